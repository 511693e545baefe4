from __future__ import annotations

from pathlib import Path

import pytest

from corpus.errors import CorpusError
from corpus.loader import load_corpus

SEED = Path(__file__).resolve().parent.parent / "corpus" / "documents"


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def test_seed_loads_with_title_and_exact_text() -> None:
    corpus = load_corpus(SEED)
    assert [d.doc_id for d in corpus.documents] == ["freedom-of-russia-legion.txt"]
    doc = corpus.documents[0]
    assert doc.title == "Pro-Ukraine Russian fighters? Yes, they do exist."
    assert doc.text == (SEED / "freedom-of-russia-legion.txt").read_text(encoding="utf-8")
    assert "“Freedom of Russia” Legion" in doc.text  # curly quotes survive as they are
    assert len(corpus.corpus_hash) == 64


def test_txt_and_md_recursively_hidden_and_other_files_skipped(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "Alpha title\n\nBody.")
    write(tmp_path / "sub" / "b.MD", "# Beta\n\nBody — with a dash.")
    write(tmp_path / ".hidden.txt", "Hidden\n")
    write(tmp_path / ".git" / "c.txt", "Ignored\n")
    write(tmp_path / "notes.json", "{}")
    corpus = load_corpus(tmp_path)
    assert [d.doc_id for d in corpus.documents] == ["a.txt", "sub/b.MD"]
    assert [d.title for d in corpus.documents] == ["Alpha title", "# Beta"]


def test_crlf_bom_and_leading_blank_lines_are_normalised(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "\ufeff\r\n\r\nTitle line\r\n\r\nBody.\r\n".encode())
    doc = load_corpus(tmp_path).documents[0]
    assert doc.title == "Title line"
    assert doc.text == "\n\nTitle line\n\nBody.\n"


def test_hash_is_stable_and_follows_content(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "Title\n\nOne.")
    first = load_corpus(tmp_path).corpus_hash
    assert load_corpus(tmp_path).corpus_hash == first
    write(tmp_path / "a.txt", "Title\n\nTwo.")
    assert load_corpus(tmp_path).corpus_hash != first


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("latin1.txt", "Café au lait".encode("latin-1"), "latin1.txt: is not UTF-8 text"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\0\0\0IHDR", "image.txt: is a binary file"),
        ("blank.md", "  \n\n \t\n", "blank.md: is empty"),
    ],
)
def test_bad_files_are_rejected_naming_the_file(
    tmp_path: Path, name: str, data: bytes | str, message: str
) -> None:
    write(tmp_path / "good.txt", "Good\n\nText.")
    write(tmp_path / name, data)
    with pytest.raises(CorpusError, match=message):
        load_corpus(tmp_path)


def test_empty_and_missing_folders_are_rejected(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="holds no documents"):
        load_corpus(tmp_path)
    with pytest.raises(CorpusError, match="does not exist"):
        load_corpus(tmp_path / "nope")


def test_symlink_out_of_the_corpus_is_refused(tmp_path: Path) -> None:
    outside = write(tmp_path / "secret.txt", "Secret\n\nDo not index.")
    root = tmp_path / "corpus"
    write(root / "a.txt", "Title\n\nBody.")
    (root / "leak.txt").symlink_to(outside)
    with pytest.raises(CorpusError, match="outside the corpus folder"):
        load_corpus(root)
