"""The `claimqa` command line: JSON contracts, stdin mode, eval, index and clear errors."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from config import Settings

PROJECT = Path(__file__).resolve().parent.parent
EVAL = PROJECT / "eval"
PASSAGE_KEYS = {"rank", "score", "text", "document", "status", "source", "cues", "sentences"}
SENTENCE_KEYS = {"text", "status", "source", "cues"}
STATUSES = {"stated", "attributed", "reported", "unconfirmed", "speculative", "caption"}


def claimqa(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    return subprocess.run(
        [sys.executable, "-c", "from claimqa.cli import main; main()", *args],
        input=stdin, capture_output=True, text=True, timeout=300, check=False, env=env,
    )  # fmt: skip


@pytest.fixture(scope="module")
def folders(seed_settings: Settings) -> list[str]:
    # The session's seed index is already built, so these commands reuse it.
    return ["--corpus", str(seed_settings.corpus_dir), "--index", str(seed_settings.index_dir)]


def check_answer(obj: dict[str, object], question: str) -> None:
    assert set(obj) >= {"question", "found", "passages"}
    assert obj["question"] == question
    passages = obj["passages"]
    assert isinstance(passages, list)
    for rank, passage in enumerate(passages, start=1):
        assert set(passage) >= PASSAGE_KEYS
        assert passage["rank"] == rank
        assert isinstance(passage["score"], float) and 0.0 <= passage["score"] <= 1.0
        assert passage["status"] in STATUSES
        assert passage["source"] is None or isinstance(passage["source"], str)
        assert all(isinstance(c, str) for c in passage["cues"])
        assert passage["sentences"] and all(set(s) >= SENTENCE_KEYS for s in passage["sentences"])
        assert passage["text"].startswith(passage["sentences"][0]["text"])


def test_ask_json_prints_one_object_and_nothing_else(folders: list[str]) -> None:
    question = "Who vets the people who want to join?"
    result = claimqa("ask", "--json", "--k", "3", question, *folders)
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.splitlines()
    answer = json.loads(line)
    check_answer(answer, question)
    assert answer["found"] is True and len(answer["passages"]) == 3
    assert any("Security Services" in p["text"] for p in answer["passages"])
    vetting = next(p for p in answer["passages"] if "Security Services" in p["text"])
    assert vetting["status"] == "attributed" and "Defense Ministry" in vetting["source"]


def test_ask_json_from_stdin_answers_each_line(folders: list[str]) -> None:
    questions = ["Who are the Kadyrovites?", "What is the capital of France?", "", "NLAW"]
    result = claimqa("ask", "--json", "-", *folders, stdin="\n".join(questions) + "\n")
    assert result.returncode == 0, result.stderr
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [a["question"] for a in answers] == [
        "Who are the Kadyrovites?",
        "What is the capital of France?",
        "NLAW",
    ]
    for answer, question in zip(
        answers,
        ["Who are the Kadyrovites?", "What is the capital of France?", "NLAW"],
        strict=True,
    ):
        check_answer(answer, question)
    assert answers[0]["found"] and "Chechen forces" in answers[0]["passages"][0]["text"]
    assert answers[1] == {
        "question": "What is the capital of France?",
        "found": False,
        "passages": [],
    }
    assert answers[2]["found"]


def test_ask_for_people_quotes_with_badges(folders: list[str]) -> None:
    result = claimqa("ask", "Which former Gazprombank executive joined?", *folders)
    assert result.returncode == 0, result.stderr
    assert "Volobuev" in result.stdout
    assert "🟠 Reported by unnamed sources" in result.stdout


def test_ask_echoes_the_question_as_typed(folders: list[str]) -> None:
    # The search reads "Why the vetting is so strict?"; the reader sees what they typed.
    result = claimqa("ask", "Could you tell me why the vetting is so strict?", *folders)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("🔎 Could you tell me why the vetting is so strict?")
    assert "as spies" in result.stdout


def test_index_reports_reuse(folders: list[str]) -> None:
    result = claimqa("index", *folders)
    assert result.returncode == 0, result.stderr
    assert "The index is current" in result.stdout and "passages" in result.stdout


def test_eval_json_reports_every_figure(folders: list[str]) -> None:
    result = claimqa("eval", str(EVAL / "public-sample.json"), "--json", *folders)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    for key in (
        "recall_at_1",
        "recall_at_3",
        "recall_at_5",
        "mrr_at_10",
        "abstention",
        "wrong_abstention",
        "claim_agreement",
        "source_agreement",
    ):
        assert 0.0 <= report[key] <= 1.0, key
    assert report["questions"] == 12 and report["off_topic"] == 3 and report["claims"] == 6
    # The bar for the public sample: 11 of 12 in the top 3, every off-topic declined,
    # every claim label agreed with.
    assert report["recall_at_3"] >= 11 / 12
    assert report["abstention"] == 1.0
    assert report["claim_agreement"] == 1.0
    assert isinstance(report["misses"], list)
    # recall@1's misses are listed too, one per in-scope question not answered first.
    assert len(report["not_first"]) == round(12 * (report["recall_at_3"] - report["recall_at_1"]))


def test_claims_json_lines_shape(folders: list[str]) -> None:
    result = claimqa("claims", "--json", "--corpus", folders[1])
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) > 30
    for row in rows:
        assert set(row) >= {"document", "text", "status", "source", "cues"}
        assert row["status"] in STATUSES
    assert any(r["status"] == "caption" and "(NEXTA/Twitter)" in r["text"] for r in rows)


def test_broken_corpus_is_one_clear_line(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "bad.txt").write_bytes(b"caf\xe9 au lait")
    result = claimqa("ask", "anything", "--corpus", str(corpus), "--index", str(tmp_path / "i"))
    assert result.returncode == 1
    assert result.stderr.strip().endswith("bad.txt: is not UTF-8 text (byte 0xe9 at offset 3).")
    assert "Traceback" not in result.stderr
    empty = claimqa("index", "--corpus", str(tmp_path / "nothing"), "--index", str(tmp_path / "i"))
    assert empty.returncode == 1 and "does not exist" in empty.stderr


def test_stale_index_is_rebuilt_on_first_use(tmp_path: Path, folders: list[str]) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(folders[1], corpus)
    index = tmp_path / "index"
    first = claimqa("ask", "--json", "NLAW", "--corpus", str(corpus), "--index", str(index))
    assert first.returncode == 0 and json.loads(first.stdout)["found"]
    (corpus / "extra.md").write_text("# Harbour news\n\nThe ferry to Lindholm resumes on Monday.")
    second = claimqa("ask", "--json", "When does the Lindholm ferry resume?", "--corpus",
                     str(corpus), "--index", str(index))  # fmt: skip
    answer = json.loads(second.stdout)
    assert answer["found"] and "Lindholm resumes" in answer["passages"][0]["text"]
