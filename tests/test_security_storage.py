"""Security of the data on disk: no pickle or eval, and no path out of the corpus folder.

Index files are data: a planted pickle is never unpickled (and no module could unpickle one).
Corpus files are read only from inside the corpus folder, whatever symlinks or ``..`` say.
"""

from __future__ import annotations

import ast
import os
import pickle
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from config import load_settings
from corpus.errors import CorpusError
from corpus.loader import load_corpus, read_document
from retrieval.builder import RECIPE, ensure_index
from retrieval.embedder import Embedder
from retrieval.errors import IndexStoreError
from retrieval.service import Answerer
from retrieval.store import current_build, load_index
from tests.bot_harness import Bot
from tests.fake_telegram_data import ADMIN_ID, user
from tests.reliability_support import PROJECT, VETTING

ADMIN = user(ADMIN_ID, "Admin", "the_admin")


# --- nothing that can run code is ever loaded from the index folder ----------------------


class Exploit:
    """Unpickling this creates a marker folder: proof that a pickle was loaded."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[Any, ...]:
        return (os.mkdir, (str(self.marker),))


OUR_FILES = ["index.faiss", "chunks.jsonl", "manifest.json", "CURRENT"]
BAIT_FILES = ["index.pkl", "chunks.pkl", "answers.pickle", "model.pt", "bm25.joblib"]


def plant_pickles(index_dir: Path, marker: Path) -> None:
    build = current_build(index_dir)
    payload = pickle.dumps(Exploit(marker))
    for name in OUR_FILES:
        target = index_dir / name if name == "CURRENT" else build / name
        target.write_bytes(payload)
    for name in BAIT_FILES:
        (build / name).write_bytes(payload)
        (index_dir / name).write_bytes(payload)
    for npy in build.glob("*.npy"):  # numpy files hold arrays; an object array is a pickle
        np.save(npy, np.array([Exploit(marker)], dtype=object), allow_pickle=True)


def test_malicious_pickles_in_the_index_folder_are_never_executed(
    corpus_copy: Path, tmp_path: Path, embedder: Embedder
) -> None:
    index_dir, marker = tmp_path / "index", tmp_path / "PWNED"
    ensure_index(corpus_copy, index_dir, embedder)
    pickle.loads(pickle.dumps(Exploit(tmp_path / "control")))
    assert (tmp_path / "control").is_dir()  # the bait works when unpickled
    plant_pickles(index_dir, marker)
    with pytest.raises(IndexStoreError):
        load_index(index_dir, model=embedder.name, recipe=RECIPE)
    settings = load_settings(corpus_dir=corpus_copy, index_dir=index_dir)
    with pytest.raises(IndexStoreError):
        Answerer.open(settings, build=False, embedder=embedder)
    rebuilt = Answerer.open(settings, embedder=embedder)  # a damaged index is rebuilt instead
    assert rebuilt.ask(VETTING).found
    assert not marker.exists()


FORBIDDEN_MODULES = {"pickle", "cPickle", "_pickle", "dill", "cloudpickle", "joblib", "shelve"}


def code_loading_calls(path: Path) -> list[str]:
    """Imports and calls in ``path`` that could run code from a data file."""
    found: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import | ast.ImportFrom):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            names.append(getattr(node, "module", None) or "")
            found += [f"import {n}" for n in names if n.split(".")[0] in FORBIDDEN_MODULES]
        if not isinstance(node, ast.Call):
            continue
        func = ast.unparse(node.func)
        keywords = {k.arg: ast.unparse(k.value) for k in node.keywords}
        if func.endswith(".load") and keywords.get("allow_pickle") not in (None, "False"):
            found.append(f"{func}(allow_pickle={keywords['allow_pickle']})")
        if (
            func in {"torch.load", "marshal.loads", "marshal.load"}
            and keywords.get("weights_only") != "True"
        ):
            found.append(func)
        if func in {"eval", "exec"} or func.endswith(("yaml.load", "yaml.unsafe_load")):
            found.append(func)
    return found


def test_no_module_can_unpickle_or_eval_data() -> None:
    offenders = {}
    for package in ["config", "corpus", "retrieval", "bot", "claimqa"]:
        for path in sorted((PROJECT / package).rglob("*.py")):
            if calls := code_loading_calls(path):
                offenders[str(path.relative_to(PROJECT))] = calls
    assert offenders == {}


def test_the_code_scan_catches_what_it_should(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import pickle\nimport numpy as np\nnp.load('x.npy', allow_pickle=True)\n"
        "torch.load('m.pt')\neval('1')\nmodel.eval()\nnp.load('y.npy', allow_pickle=False)\n"
    )
    assert code_loading_calls(sample) == [
        "import pickle",
        "np.load(allow_pickle=True)",
        "torch.load",
        "eval",
    ]


# --- corpus paths stay inside the corpus folder ------------------------------------------


def test_symlinks_and_dotdot_cannot_reach_outside_the_corpus(tmp_path: Path) -> None:
    corpus, outside = tmp_path / "corpus", tmp_path / "outside"
    corpus.mkdir()
    outside.mkdir()
    (corpus / "news.txt").write_text("Harbour news\n\nThe mayor said the bridge reopens.\n")
    secret = outside / "secret.txt"
    secret.write_text("Secret\n\nThe launch codes are 0000.\n")
    (outside / "notes.md").write_text("Private notes\n\nDo not publish.\n")

    (corpus / "innocent.txt").symlink_to(secret)
    with pytest.raises(CorpusError, match=r"innocent\.txt: links outside the corpus folder"):
        load_corpus(corpus)
    (corpus / "innocent.txt").unlink()

    (corpus / "archive").symlink_to(outside, target_is_directory=True)
    loaded = load_corpus(corpus)  # a linked folder is either skipped or refused, never read
    assert all("secret" not in d.text.lower() for d in loaded.documents)
    assert [d.doc_id for d in loaded.documents] == ["news.txt"]

    # The editors' verdicts file is read from the corpus folder too, and no more from outside.
    (outside / "verdicts.toml").write_text(
        '[[verdict]]\nclaim = "bridge reopens"\nrating = "false"\nnote = "private note"\n'
    )
    (corpus / "verdicts.toml").symlink_to(outside / "verdicts.toml")
    with pytest.raises(CorpusError, match=r"verdicts\.toml: links outside the corpus folder"):
        load_corpus(corpus)
    (corpus / "verdicts.toml").unlink()

    sneaky = corpus / "sub" / ".." / ".." / "outside" / "secret.txt"
    with pytest.raises(CorpusError, match="links outside the corpus folder"):
        read_document(sneaky, corpus.resolve())


async def test_a_planted_symlink_fails_the_reload_and_leaks_nothing(
    reload_bot: Bot, corpus_copy: Path, tmp_path: Path
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("Secret memo\n\nThe vetting password is swordfish-42.\n")
    (corpus_copy / "vetting-memo.txt").symlink_to(secret)
    (_, failed) = await reload_bot.ask_private("/reload", sender=ADMIN, count=2)
    assert "links outside the corpus folder" in failed.params["text"]
    (answer,) = await reload_bot.ask_private("What is the vetting password?")
    assert "swordfish" not in answer.params["text"]
