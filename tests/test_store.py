from __future__ import annotations

import errno
import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from corpus.analysis import analysis_fingerprint
from retrieval.builder import RECIPE, ensure_index
from retrieval.embedder import Embedder
from retrieval.errors import IndexMissingError, IndexStoreError
from retrieval.store import current_build, load_index, read_manifest
from retrieval.vector_index import VectorIndex


def test_build_writes_the_three_files_and_a_manifest(
    corpus_copy: Path, tmp_path: Path, embedder: Embedder
) -> None:
    outcome = ensure_index(corpus_copy, tmp_path / "index", embedder)
    assert outcome.built and outcome.reason == "there was no index yet"
    build = current_build(tmp_path / "index")
    assert sorted(p.name for p in build.iterdir()) == [
        "chunks.jsonl",
        "index.faiss",
        "manifest.json",
        "token_ids.npy",
        "token_offsets.npy",
        "tokens.npy",
    ]
    manifest = json.loads((build / "manifest.json").read_text())
    assert manifest["model"] == "sentence-transformers/all-MiniLM-L6-v2"
    assert manifest["dims"] == 384
    assert manifest["corpus_hash"] == outcome.index.manifest.corpus_hash
    assert manifest["built_at"].endswith("+00:00")
    lines = (build / "chunks.jsonl").read_text().splitlines()
    assert len(lines) == manifest["chunks"] > 10
    assert manifest["vectors"] >= manifest["chunks"]
    assert manifest["tokens"] > manifest["chunks"]
    # Every passage's text slices back out of its document.
    text = (corpus_copy / "freedom-of-russia-legion.txt").read_text()
    for line in lines:
        record = json.loads(line)
        assert text[record["start"] : record["end"]] == record["text"]


def test_unchanged_corpus_is_reused_and_a_change_rebuilds(
    corpus_copy: Path, tmp_path: Path, embedder: Embedder
) -> None:
    index_dir = tmp_path / "index"
    first = ensure_index(corpus_copy, index_dir, embedder)
    again = ensure_index(corpus_copy, index_dir, embedder)
    assert not again.built and again.reason == "the corpus is unchanged"
    assert again.index.path == first.index.path
    (corpus_copy / "extra.txt").write_text("Extra news\n\nThe mayor said the bridge reopens.")
    changed = ensure_index(corpus_copy, index_dir, embedder)
    assert changed.built and changed.reason == "the corpus changed"
    assert changed.index.manifest.corpus_hash != first.index.manifest.corpus_hash
    assert len(changed.index.manifest.documents) == 2


def test_missing_index_is_a_clear_error(tmp_path: Path, embedder: Embedder) -> None:
    with pytest.raises(IndexMissingError, match="run `claimqa index`"):
        load_index(tmp_path, model=embedder.name, recipe=RECIPE)


@pytest.fixture
def built(corpus_copy: Path, tmp_path: Path, embedder: Embedder) -> Path:
    index_dir = tmp_path / "index"
    ensure_index(corpus_copy, index_dir, embedder)
    return index_dir


def test_corrupt_faiss_file_is_reported(built: Path, embedder: Embedder) -> None:
    (current_build(built) / "index.faiss").write_bytes(b"not a faiss index at all")
    with pytest.raises(IndexStoreError, match=r"index\.faiss is corrupt"):
        load_index(built, model=embedder.name, recipe=RECIPE)


def test_truncated_chunks_file_is_reported(built: Path, embedder: Embedder) -> None:
    chunks = current_build(built) / "chunks.jsonl"
    data = chunks.read_text()
    chunks.write_text(data[: len(data) // 2])
    with pytest.raises(IndexStoreError, match=r"chunks\.jsonl"):
        load_index(built, model=embedder.name, recipe=RECIPE)


def test_manifest_from_another_model_is_refused(built: Path, embedder: Embedder) -> None:
    path = current_build(built) / "manifest.json"
    manifest = json.loads(path.read_text())
    manifest["model"] = "some/other-model"
    path.write_text(json.dumps(manifest))
    with pytest.raises(IndexStoreError, match="built with some/other-model"):
        load_index(built, model=embedder.name, recipe=RECIPE)


def test_stale_or_broken_index_is_rebuilt_by_ensure(
    built: Path, corpus_copy: Path, embedder: Embedder
) -> None:
    (current_build(built) / "index.faiss").write_bytes(b"garbage")
    path = current_build(built) / "manifest.json"
    manifest = json.loads(path.read_text())
    manifest["corpus_hash"] = "0" * 64
    path.write_text(json.dumps(manifest))
    outcome = ensure_index(corpus_copy, built, embedder)
    assert outcome.built
    assert load_index(built, model=embedder.name, recipe=RECIPE).vectors.size > 0


def test_failed_write_keeps_the_previous_build(
    built: Path, corpus_copy: Path, embedder: Embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = current_build(built)

    def disk_full(self: VectorIndex, path: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(VectorIndex, "save", disk_full)
    (corpus_copy / "extra.txt").write_text("Extra\n\nMore text.")
    with pytest.raises(IndexStoreError, match="No space left on device"):
        ensure_index(corpus_copy, built, embedder)
    assert current_build(built) == before
    assert not [p for p in (built / "builds").iterdir() if p.name.startswith(".tmp")]
    assert load_index(built, model=embedder.name, recipe=RECIPE).path == before


def test_token_arrays_that_disagree_with_the_manifest_are_refused(
    built: Path, embedder: Embedder
) -> None:
    offsets = current_build(built) / "token_offsets.npy"
    np.save(offsets, np.load(offsets)[:-1], allow_pickle=False)
    with pytest.raises(IndexStoreError, match=r"token vectors .* do not match"):
        load_index(built, model=embedder.name, recipe=RECIPE)


def test_pickled_token_file_is_never_unpickled(built: Path, embedder: Embedder) -> None:
    path = current_build(built) / "tokens.npy"
    np.save(path, np.array([object()], dtype=object), allow_pickle=True)
    with pytest.raises(IndexStoreError, match="unreadable"):
        load_index(built, model=embedder.name, recipe=RECIPE)


def test_index_folder_holds_no_pickles(built: Path) -> None:
    for path in built.rglob("*"):
        if path.is_file():
            assert not path.read_bytes().startswith(b"\x80"), path  # pickle protocol marker
    assert read_manifest(built).index_type == "flat"


def test_deleted_current_build_is_a_clear_error(built: Path, embedder: Embedder) -> None:
    shutil.rmtree(current_build(built))
    with pytest.raises(IndexStoreError, match="current build is gone"):
        load_index(built, model=embedder.name, recipe=RECIPE)


def test_an_index_made_by_other_analysis_code_is_rebuilt(
    built: Path, corpus_copy: Path, embedder: Embedder
) -> None:
    # Same corpus, same model, but sentences and statuses from an older annotator: reusing
    # the index would serve the old statuses.
    assert RECIPE.endswith(analysis_fingerprint())
    path = current_build(built) / "manifest.json"
    manifest = json.loads(path.read_text())
    manifest["recipe"] = "passage+tokens/sentences/v2/analysis-000000000000"
    path.write_text(json.dumps(manifest))
    outcome = ensure_index(corpus_copy, built, embedder)
    assert outcome.built
    assert read_manifest(built).recipe == RECIPE
