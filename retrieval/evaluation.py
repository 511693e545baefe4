"""Measuring answer quality: retrieval recall, abstention, claim-status agreement.

An eval file has the shape of ``eval/questions.json``::

    {"in_scope": [{"q": str, "expect": str}], "off_topic": [str],
     "claims": [{"find": str, "status": [str], "source": str?}], "corpus": str?}

``expect`` is a substring a good answer's passages contain; ``find`` a substring of the labelled
sentence. ``corpus`` (optional) is a folder, relative to the eval file, that the file is about.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from corpus.records import Sentence
from retrieval.follow_up import read_in_order
from retrieval.records import Answer


@dataclass(frozen=True, slots=True)
class EvalSet:
    """The questions and labels of one eval file."""

    in_scope: tuple[tuple[str, str], ...]
    off_topic: tuple[str, ...]
    claims: tuple[dict[str, Any], ...]
    corpus: Path | None


@dataclass(slots=True)
class EvalReport:
    """Figures and misses of one evaluation run."""

    questions: int = 0
    recall_at_1: float = 0.0
    recall_at_3: float = 0.0
    recall_at_5: float = 0.0
    mrr_at_10: float = 0.0
    off_topic: int = 0
    abstention: float = 0.0
    wrong_abstention: float = 0.0
    claims: int = 0
    claim_agreement: float = 0.0
    sources: int = 0
    source_agreement: float = 0.0
    misses: list[str] = field(default_factory=list)
    not_first: list[str] = field(default_factory=list)
    """In-scope questions answered in the top 3 but not first (recall@1's misses)."""

    def as_dict(self) -> dict[str, Any]:
        """The report as plain data, figures rounded to 4 places."""
        return {k: round(v, 4) if isinstance(v, float) else v for k, v in asdict(self).items()}


def load_eval_set(path: Path) -> EvalSet:
    """Read an eval file.

    Raises:
        ValueError: the file is not an eval set.
    """
    data = json.loads(path.read_text(encoding="utf-8"))
    corpus = data.get("corpus")
    return EvalSet(
        in_scope=tuple((str(item["q"]), str(item["expect"])) for item in data.get("in_scope", [])),
        off_topic=tuple(str(q) for q in data.get("off_topic", [])),
        claims=tuple(data.get("claims", [])),
        corpus=(path.parent / corpus).resolve() if corpus else None,
    )


def first_match_rank(answer: Answer, expect: str) -> int | None:
    """The rank of the first passage containing ``expect`` (quotes and case folded)."""
    wanted = fold(expect)
    for hit in answer.hits:
        if wanted in fold(hit.chunk.text):
            return hit.rank
    return None


def fold(text: str) -> str:
    """Fold case, curly quotes and dashes so labels match however the text typesets them."""
    table = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "—": "-", "–": "-"})
    return " ".join(text.translate(table).casefold().split())


def evaluate(
    eval_set: EvalSet,
    ask_many: Callable[[Sequence[str]], list[Answer]],
    sentences: Sequence[Sentence],
) -> EvalReport:
    """Score an answer function and an annotated corpus against an eval set.

    Args:
        eval_set: the questions and labels.
        ask_many: answers a batch of questions (with up to 10 passages each).
        sentences: every annotated sentence of the corpus.

    Returns:
        The figures, with every miss described.
    """
    report = EvalReport(questions=len(eval_set.in_scope), off_topic=len(eval_set.off_topic))
    # Asked in order, as in a chat: "when was that" is read after the question before it.
    answers = ask_many(read_in_order([q for q, _ in eval_set.in_scope]))
    hits_at = {1: 0, 3: 0, 5: 0}
    reciprocal = 0.0
    abstained = 0
    for (question, expect), answer in zip(eval_set.in_scope, answers, strict=True):
        rank = first_match_rank(answer, expect)
        if not answer.found:
            abstained += 1
            report.misses.append(f"abstained on in-scope {question!r} (expects {expect!r})")
        elif rank is None or rank > 3:
            report.misses.append(f"{question!r}: {expect!r} at rank {rank or '>10'}")
        elif rank > 1:
            first = answer.hits[0].chunk.text[:60]
            report.not_first.append(f"{question!r}: {expect!r} at rank {rank}, after {first!r}…")
        for cutoff in hits_at:
            hits_at[cutoff] += rank is not None and rank <= cutoff
        reciprocal += 1.0 / rank if rank is not None and rank <= 10 else 0.0
    n = max(len(eval_set.in_scope), 1)
    report.recall_at_1, report.recall_at_3, report.recall_at_5 = (
        hits_at[c] / n for c in (1, 3, 5)
    )
    report.mrr_at_10 = reciprocal / n
    report.wrong_abstention = abstained / n
    off_answers = ask_many(list(eval_set.off_topic))
    for question, answer in zip(eval_set.off_topic, off_answers, strict=True):
        if answer.found:
            report.misses.append(
                f"answered off-topic {question!r} with {answer.hits[0].chunk.text[:60]!r}…"
                f" (score {answer.hits[0].score})"
            )
    report.abstention = sum(not a.found for a in off_answers) / max(len(off_answers), 1)
    _score_claims(eval_set.claims, sentences, report)
    return report


def _score_claims(
    labels: Sequence[dict[str, Any]], sentences: Sequence[Sentence], report: EvalReport
) -> None:
    agree = sources_agree = 0
    for label in labels:
        wanted = fold(str(label["find"]))
        sentence = next((s for s in sentences if wanted in fold(s.text)), None)
        statuses = label["status"] if isinstance(label["status"], list) else [label["status"]]
        report.claims += 1
        if sentence is None:
            report.misses.append(f"claim label {label['find']!r} matches no sentence")
            continue
        if sentence.status in statuses:
            agree += 1
        else:
            report.misses.append(
                f"claim {label['find']!r}: {sentence.status} (cues {list(sentence.cues)}), "
                f"expected {'/'.join(statuses)}"
            )
        if label.get("source"):
            report.sources += 1
            if sentence.source and _bare(label["source"]) in _bare(sentence.source):
                sources_agree += 1
            else:
                report.misses.append(
                    f"claim {label['find']!r}: source {sentence.source!r}, "
                    f"expected {label['source']!r}"
                )
    report.claim_agreement = agree / max(report.claims, 1)
    report.source_agreement = sources_agree / max(report.sources, 1)


def _bare(name: str) -> str:
    """A source name folded, without a leading article ("the NHS" names the NHS)."""
    folded = fold(str(name))
    for article in ("the ", "a ", "an "):
        folded = folded.removeprefix(article)
    return folded
