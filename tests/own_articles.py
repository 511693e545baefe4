"""Answerers over articles a test writes itself (real model, real index)."""

from __future__ import annotations

import pytest

from config import load_settings
from retrieval.embedder import Embedder
from retrieval.service import Answerer


def article_answerer(
    tmp_path_factory: pytest.TempPathFactory, embedder: Embedder, articles: dict[str, str]
) -> Answerer:
    """An answerer, without a cache, over a real index of articles of a test's own.

    Args:
        tmp_path_factory: pytest's temporary folders.
        embedder: the shared model.
        articles: file name → text.
    """
    root = tmp_path_factory.mktemp("articles")
    (root / "corpus").mkdir()
    for name, text in articles.items():
        (root / "corpus" / name).write_text(text, encoding="utf-8")
    settings = load_settings(corpus_dir=root / "corpus", index_dir=root / "index")
    return Answerer.open(settings, embedder=embedder, cache_size=0)
