"""The index on disk: ``index.faiss`` + ``chunks.jsonl`` + ``manifest.json``, swapped atomically.

Layout of an index folder::

    CURRENT                     name of the build that serves (replaced atomically)
    builds/<hash>-<time>/       manifest.json, chunks.jsonl, index.faiss

A build is written into a hidden temporary folder, fsynced, renamed into ``builds/`` and only
then named in ``CURRENT``: a crash or a full disk mid-build leaves the last good index in place.
Nothing is ever unpickled.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import numpy as np
from numpy.typing import NDArray

from corpus.records import Chunk
from retrieval.codec import chunk_from_dict, chunk_to_dict
from retrieval.errors import IndexMissingError, IndexStoreError
from retrieval.late_interaction import TokenVectors
from retrieval.manifest import FORMAT_VERSION, Manifest
from retrieval.vector_index import VectorIndex

MANIFEST_FILE = "manifest.json"
CHUNKS_FILE = "chunks.jsonl"
VECTORS_FILE = "index.faiss"
TOKEN_FILES = ("tokens.npy", "token_ids.npy", "token_offsets.npy")
CURRENT_FILE = "CURRENT"
BUILDS_DIR = "builds"
KEEP_BUILDS = 2
STALE_TMP_SECONDS = 3600


@dataclass(frozen=True, slots=True)
class StoredIndex:
    """An index read back from disk."""

    path: Path
    manifest: Manifest
    chunks: tuple[Chunk, ...]
    vectors: VectorIndex
    tokens: TokenVectors


def save_index(
    index_dir: Path,
    manifest: Manifest,
    chunks: Sequence[Chunk],
    vectors: VectorIndex,
    tokens: TokenVectors,
) -> Path:
    """Write a build and make it the current one, atomically.

    Args:
        index_dir: the index folder (created if missing).
        manifest: the build's manifest.
        chunks: its passages, in ``chunk_id`` order.
        vectors: its FAISS index.
        tokens: its passages' word-piece vectors.

    Returns:
        The build's folder.

    Raises:
        IndexStoreError: the build could not be written (e.g. the disk is full); the previous
            build stays current.
    """
    builds = index_dir / BUILDS_DIR
    stamp = manifest.built_at.replace(":", "").replace("-", "").split(".")[0]
    # Unique even for two builds of one corpus in the same second (a forced rebuild).
    final = builds / f"{manifest.corpus_hash[:12]}-{stamp}-{secrets.token_hex(4)}"
    tmp: Path | None = None
    try:
        builds.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=builds))
        with (tmp / CHUNKS_FILE).open("w", encoding="utf-8") as out:
            for chunk in chunks:
                out.write(json.dumps(chunk_to_dict(chunk), ensure_ascii=False) + "\n")
            _sync(out)
        vectors.save(tmp / VECTORS_FILE)
        _fsync_path(tmp / VECTORS_FILE)
        arrays: tuple[NDArray[Any], ...] = (tokens.vectors, tokens.ids, tokens.offsets)
        for name, array in zip(TOKEN_FILES, arrays, strict=True):
            np.save(tmp / name, array, allow_pickle=False)
            _fsync_path(tmp / name)
        _write_synced(tmp / MANIFEST_FILE, manifest.to_json())
        tmp.rename(final)
        tmp = None
        _write_synced(index_dir / f".{CURRENT_FILE}.tmp", final.name)
        (index_dir / f".{CURRENT_FILE}.tmp").replace(index_dir / CURRENT_FILE)
    except OSError as exc:
        raise IndexStoreError(f"Could not write the index to {index_dir}: {exc.strerror}") from exc
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
    _prune(builds, keep=final.name)
    return final


def current_build(index_dir: Path) -> Path:
    """Return the folder of the current build.

    Raises:
        IndexMissingError: no build has been made in ``index_dir``.
        IndexStoreError: ``CURRENT`` is unreadable or names a build that is not there.
    """
    pointer = index_dir / CURRENT_FILE
    if not pointer.is_file():
        raise IndexMissingError(f"No index in {index_dir} yet: run `claimqa index` to build it.")
    try:
        name = pointer.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as exc:  # a damaged pointer must not crash a start
        raise IndexStoreError(
            f"The index in {index_dir} is damaged: {CURRENT_FILE} is unreadable ({exc})."
        ) from exc
    build = index_dir / BUILDS_DIR / name
    # A hidden name would be a half-written ".tmp-" build, or ".." (the index folder itself).
    if not name or "/" in name or name.startswith(".") or not build.is_dir():
        raise IndexStoreError(f"The index in {index_dir} is damaged: its current build is gone.")
    return build


def read_manifest(index_dir: Path) -> Manifest:
    """Read the current build's manifest.

    Raises:
        IndexStoreError: missing or unreadable.
    """
    build = current_build(index_dir)
    try:
        return Manifest.from_json((build / MANIFEST_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise IndexStoreError(f"The index manifest in {build} is unreadable ({exc}).") from exc


def load_index(index_dir: Path, *, model: str, recipe: str) -> StoredIndex:
    """Read and check the current build.

    Args:
        index_dir: the index folder.
        model: the embedding model the caller will query with.
        recipe: the chunking/embedding recipe the caller expects.

    Returns:
        The index.

    Raises:
        IndexStoreError: the index is missing, from another model or recipe, truncated or
            corrupt; the message says which.
    """
    manifest = read_manifest(index_dir)
    build = current_build(index_dir)
    if manifest.format != FORMAT_VERSION or manifest.recipe != recipe:
        raise IndexStoreError(
            f"The index in {index_dir} was built by another version: rebuild it."
        )
    if manifest.model != model:
        raise IndexStoreError(
            f"The index in {index_dir} was built with {manifest.model}, not {model}: rebuild it."
        )
    chunks = _read_chunks(build / CHUNKS_FILE)
    if len(chunks) != manifest.chunks or any(c.chunk_id != i for i, c in enumerate(chunks)):
        raise IndexStoreError(
            f"{build / CHUNKS_FILE} holds {len(chunks)} passages where the manifest says "
            f"{manifest.chunks}: the index is truncated; rebuild it."
        )
    try:
        vectors = VectorIndex.load(build / VECTORS_FILE)
    except (OSError, ValueError) as exc:
        raise IndexStoreError(f"{build / VECTORS_FILE} is corrupt ({exc}); rebuild it.") from exc
    if vectors.size != manifest.vectors or vectors.dims != manifest.dims:
        raise IndexStoreError(
            f"{build / VECTORS_FILE} holds {vectors.size}×{vectors.dims} vectors where the "
            f"manifest says {manifest.vectors}×{manifest.dims}; rebuild it."
        )
    tokens = _read_tokens(build, manifest)
    return StoredIndex(build, manifest, chunks, vectors, tokens)


def _read_tokens(build: Path, manifest: Manifest) -> TokenVectors:
    try:
        # allow_pickle=False: an index folder is data, and data never runs code.
        vectors, ids, offsets = (np.load(build / name, allow_pickle=False) for name in TOKEN_FILES)
    except (OSError, ValueError) as exc:
        raise IndexStoreError(f"The token vectors in {build} are unreadable ({exc}).") from exc
    if (
        vectors.dtype != np.float16
        or vectors.shape != (manifest.tokens, manifest.dims)
        or ids.shape != (manifest.tokens,)
        or offsets.shape != (manifest.chunks + 1,)
        or (len(offsets) and (offsets[0] != 0 or offsets[-1] != manifest.tokens))
        or np.any(np.diff(offsets) < 0)
    ):
        raise IndexStoreError(f"The token vectors in {build} do not match its manifest.")
    return TokenVectors(ids.astype(np.int32), vectors, offsets.astype(np.int64))


def _read_chunks(path: Path) -> tuple[Chunk, ...]:
    chunks: list[Chunk] = []
    try:
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, start=1):
                try:
                    chunks.append(chunk_from_dict(json.loads(line)))
                except (ValueError, KeyError, TypeError) as exc:
                    raise IndexStoreError(
                        f"{path} line {number} is not a passage record ({exc}); rebuild the index."
                    ) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise IndexStoreError(f"{path} is unreadable ({exc}); rebuild the index.") from exc
    return tuple(chunks)


def _write_synced(path: Path, text: str) -> None:
    with path.open("w", encoding="utf-8") as out:
        out.write(text)
        _sync(out)


def _sync(out: IO[str]) -> None:
    out.flush()  # fsync only sees what left Python's buffer: without this the tail is not synced
    os.fsync(out.fileno())


def _fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _prune(builds: Path, *, keep: str) -> None:
    """Delete old builds, keeping the newest few so a reader mid-load is never cut off.

    Temporary folders left by a crashed build are removed once they are an hour old (a younger
    one may belong to a build still running in another process).
    """
    now = time.time()
    for leftover in builds.glob(".tmp-*"):
        if now - leftover.stat().st_mtime > STALE_TMP_SECONDS:
            shutil.rmtree(leftover, ignore_errors=True)
    done = sorted(
        (p for p in builds.iterdir() if p.is_dir() and not p.name.startswith(".")),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    for old in done[KEEP_BUILDS:]:
        if old.name != keep:
            shutil.rmtree(old, ignore_errors=True)
