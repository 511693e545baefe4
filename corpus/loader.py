"""Reading the corpus folder into :class:`Document` records, refusing what is not text."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from corpus.errors import CorpusError
from corpus.records import Document, Verdict
from corpus.verdicts import load_verdicts

DOCUMENT_SUFFIXES = frozenset({".txt", ".md"})
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
MAX_TITLE_CHARS = 200
VERDICTS_FILE = "verdicts.toml"


@dataclass(frozen=True, slots=True)
class Corpus:
    """The documents of a corpus folder and their content hashes.

    Attributes:
        root: the corpus folder.
        documents: the documents, sorted by ``doc_id``.
        doc_hashes: ``doc_id`` → SHA-256 of its text, for telling what a reload changed.
        corpus_hash: one SHA-256 over every ``doc_id`` and text, and the verdicts: the index
            version.
        verdicts: the editors' curated verdicts from ``verdicts.toml`` in the folder, if any.
    """

    root: Path
    documents: tuple[Document, ...]
    doc_hashes: dict[str, str]
    corpus_hash: str
    verdicts: tuple[Verdict, ...] = ()


def load_corpus(root: Path) -> Corpus:
    """Read every ``.txt`` and ``.md`` file under ``root`` (recursively, hidden files skipped).

    An optional ``verdicts.toml`` in ``root`` holds curated verdicts (:mod:`corpus.verdicts`).

    Args:
        root: the corpus folder.

    Returns:
        The loaded corpus.

    Raises:
        CorpusError: the folder is missing or empty, or a file is not UTF-8 text, is empty, is
            too large, or (through a symlink) lies outside the folder. The message names the file.
    """
    if not root.is_dir():
        raise CorpusError(f"Corpus folder {root} does not exist or is not a folder.")
    real_root = root.resolve()
    documents = [read_document(path, real_root) for path in _document_paths(root)]
    if not documents:
        raise CorpusError(
            f"The corpus folder {root} holds no documents: add .txt or .md files (UTF-8 text)."
        )
    doc_hashes = {d.doc_id: _sha256(d.text) for d in documents}
    verdicts_path = root / VERDICTS_FILE
    if verdicts_path.exists() and not verdicts_path.resolve().is_relative_to(real_root):
        raise CorpusError(f"{VERDICTS_FILE}: links outside the corpus folder; refusing it.")
    verdicts = load_verdicts(verdicts_path)
    digest = hashlib.sha256()
    for doc_id in sorted(doc_hashes):
        digest.update(f"{doc_id}\0{doc_hashes[doc_id]}\n".encode())
    digest.update(repr(verdicts).encode())
    return Corpus(
        root=root,
        documents=tuple(sorted(documents, key=lambda d: d.doc_id)),
        doc_hashes=doc_hashes,
        corpus_hash=digest.hexdigest(),
        verdicts=verdicts,
    )


def read_document(path: Path, real_root: Path) -> Document:
    r"""Read one document file, checking that it is UTF-8 text inside ``real_root``.

    Args:
        path: the file, inside the corpus folder.
        real_root: the corpus folder with symlinks resolved.

    Returns:
        The document; its text has ``\\r\\n`` turned into ``\\n`` and a BOM removed, nothing else.

    Raises:
        CorpusError: with a message naming the file.
    """
    real = path.resolve()
    if not real.is_relative_to(real_root):
        raise CorpusError(f"{path.name}: links outside the corpus folder; refusing to read it.")
    doc_id = real.relative_to(real_root).as_posix()
    size = real.stat().st_size
    if size > MAX_DOCUMENT_BYTES:
        raise CorpusError(
            f"{doc_id}: {size:,} bytes is larger than the {MAX_DOCUMENT_BYTES:,}-byte limit."
        )
    raw = real.read_bytes()
    if b"\0" in raw:
        raise CorpusError(f"{doc_id}: is a binary file, not UTF-8 text.")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CorpusError(
            f"{doc_id}: is not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start})."
        ) from None
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    title = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if not title:
        raise CorpusError(f"{doc_id}: is empty.")
    return Document(doc_id=doc_id, title=title[:MAX_TITLE_CHARS], text=text)


def _document_paths(root: Path) -> Iterable[Path]:
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if path.suffix.lower() in DOCUMENT_SUFFIXES and path.is_file():
            yield path


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
