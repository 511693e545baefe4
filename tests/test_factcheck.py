"""Curated verdicts, claims by source, ClaimReview export, and their CLI commands."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from claimqa.claimreview import claim_review
from corpus.analysis import annotate_documents
from corpus.errors import CorpusError
from corpus.loader import load_corpus
from corpus.records import ClaimStatus, Document, Sentence, Verdict
from corpus.sources import find_sources, group_by_source
from corpus.verdicts import apply_verdicts, load_verdicts

SEED = Path(__file__).resolve().parent.parent / "corpus" / "documents"
VERDICTS = """
[[verdict]]
claim = "has already spread throughout Russia"
rating = "unproven"
note = "The article itself says it cannot confirm this."
url = "https://example.org/checks/slogan"
"""


def sentence(text: str, source: str | None = None, index: int = 0) -> Sentence:
    status = ClaimStatus.ATTRIBUTED if source else ClaimStatus.STATED
    return Sentence("a.txt", index, 0, 0, len(text), text, status, source)


@pytest.fixture
def corpus_with_verdicts(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    shutil.copytree(SEED, root)
    (root / "verdicts.toml").write_text(VERDICTS, encoding="utf-8")
    return root


def test_verdicts_attach_to_the_one_quoted_sentence(corpus_with_verdicts: Path) -> None:
    corpus = load_corpus(corpus_with_verdicts)
    (sentences,) = annotate_documents(corpus.documents, corpus.verdicts)
    judged = [s for s in sentences if s.verdict]
    assert len(judged) == 1
    assert "spread throughout Russia" in judged[0].text
    assert judged[0].verdict == Verdict(
        "has already spread throughout Russia",
        "unproven",
        "The article itself says it cannot confirm this.",
        "https://example.org/checks/slogan",
    )
    # The verdict is part of the corpus version: editing it makes the index stale.
    assert corpus.corpus_hash != load_corpus(SEED).corpus_hash


def test_a_verdict_matching_nothing_or_several_sentences_is_an_error() -> None:
    sentences = [sentence("The legion fights."), sentence("The legion trains.", index=1)]
    with pytest.raises(CorpusError, match="matches no sentence"):
        apply_verdicts(sentences, [Verdict("no such words", "false", "")])
    with pytest.raises(CorpusError, match="matches 2 sentences"):
        apply_verdicts(sentences, [Verdict("The legion", "false", "")])


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("[[verdict]]\nclaim = 'x'\nrating = 'meh'\n", "rating 'meh' is not one of"),
        ("[[verdict]]\nrating = 'false'\n", "needs a `claim`"),
        ("verdict = [", "not a readable TOML file"),
    ],
)
def test_bad_verdict_files_are_clear_errors(tmp_path: Path, toml: str, message: str) -> None:
    path = tmp_path / "verdicts.toml"
    path.write_text(toml, encoding="utf-8")
    with pytest.raises(CorpusError, match=message):
        load_verdicts(path)


def test_missing_verdicts_file_means_none(tmp_path: Path) -> None:
    assert load_verdicts(tmp_path / "verdicts.toml") == ()


def test_sources_group_the_names_the_text_uses_for_one_speaker() -> None:
    groups = group_by_source(
        [
            sentence("A.", "Ukrainian Presidential Adviser Aleksey Arestovich", 0),
            sentence("B.", "Aleksey Arestovich", 1),
            sentence("C.", "Ukrainian Defense Ministry", 2),
            sentence("D.", None, 3),
            sentence("E.", "Susan Park of Meridian Securities", 4),
            sentence("F.", "Susan Park", 5),
            sentence("G.", "Meridian Securities", 6),
            sentence("H.", "Holloway's attorney, Michael Tran", 7),
            sentence("I.", "Michael Tran", 8),
        ]
    )
    assert [(g.name, len(g.sentences)) for g in groups] == [
        ("Holloway's attorney, Michael Tran", 2),
        ("Susan Park of Meridian Securities", 2),
        ("Ukrainian Presidential Adviser Aleksey Arestovich", 2),
        ("Meridian Securities", 1),
        ("Ukrainian Defense Ministry", 1),
    ]
    assert find_sources(groups, "arestovich")[0].aliases[-1] == "Aleksey Arestovich"
    assert find_sources(groups, "defense ministry")[0].name == "Ukrainian Defense Ministry"
    assert find_sources(groups, "kremlin") == []


def test_claim_review_is_schema_org_json_ld() -> None:
    judged = Sentence(
        "a.txt", 3, 1, 0, 10, "The slogan spread.", ClaimStatus.ATTRIBUTED, "Arestovich",
        verdict=Verdict("slogan spread", "false", "No evidence.", "https://example.org/c"),
    )  # fmt: skip
    review = claim_review(judged, Document("a.txt", "Title", "text"))
    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == "The slogan spread."
    assert review["reviewRating"]["alternateName"] == "False"
    assert review["reviewRating"]["worstRating"] == review["reviewRating"]["ratingValue"] == 1
    assert review["itemReviewed"]["author"]["name"] == "Arestovich"
    assert review["url"] == "https://example.org/c"


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from claimqa.cli import main; main()", *args],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def test_cli_who_claims_status_and_claimreview(corpus_with_verdicts: Path) -> None:
    corpus = str(corpus_with_verdicts)
    listing = run_cli("who", "--corpus", corpus)
    assert listing.returncode == 0, listing.stderr
    assert "Arestovich" in listing.stdout
    claims = run_cli("who", "arestovich", "--json", "--corpus", corpus)
    records = [json.loads(line) for line in claims.stdout.splitlines()]
    assert records and all("Arestovich" in r["source"] for r in records)
    assert any("spread throughout Russia" in r["text"] for r in records)
    unconfirmed = run_cli("claims", "--status", "unconfirmed", "--json", "--corpus", corpus)
    rows = [json.loads(line) for line in unconfirmed.stdout.splitlines()]
    assert rows and {r["status"] for r in rows} == {"unconfirmed"}
    export = run_cli("claims", "--format", "claimreview", "--corpus", corpus)
    reviews = json.loads(export.stdout)
    assert [r["reviewRating"]["alternateName"] for r in reviews] == ["Unproven"]


def test_cli_reports_a_bad_verdict_in_one_line(corpus_with_verdicts: Path) -> None:
    (corpus_with_verdicts / "verdicts.toml").write_text(
        "[[verdict]]\nclaim = 'Zzz not in the text'\nrating = 'false'\n", encoding="utf-8"
    )
    result = run_cli("claims", "--corpus", str(corpus_with_verdicts))
    assert result.returncode == 1
    assert "matches no sentence" in result.stderr
    assert "Traceback" not in result.stderr
