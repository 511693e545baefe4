"""Answerers over articles a test writes itself (real model, real index), and what they quote."""

from __future__ import annotations

from typing import Any

import pytest

from config import load_settings
from retrieval.embedder import Embedder
from retrieval.search_params import SearchParams
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


def with_knobs(answerer: Answerer, embedder: Embedder, **knobs: Any) -> Answerer:
    """An answerer over the same index as ``answerer``, without a cache, with knobs changed."""
    params = SearchParams(**knobs)
    return Answerer.open(answerer.settings, embedder=embedder, params=params, cache_size=0)


def first_passage(answerer: Answerer, embedder: Embedder, question: str, **knobs: Any) -> str:
    """The first passage ``answerer`` quotes for ``question``, with some knobs changed."""
    if knobs:
        answerer = with_knobs(answerer, embedder, **knobs)
    return answerer.ask(question).hits[0].chunk.text
