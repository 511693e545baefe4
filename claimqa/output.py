"""Plain-data forms of answers and claims: the ``--json`` contract of the CLI."""

from __future__ import annotations

from typing import Any

from corpus.records import Sentence
from retrieval.codec import verdict_to_dict
from retrieval.records import Answer


def sentence_json(sentence: Sentence) -> dict[str, Any]:
    """A sentence as ``{"text", "status", "source", "cues"}`` (and ``caveat`` when set)."""
    out: dict[str, Any] = {
        "text": sentence.text,
        "status": str(sentence.status),
        "source": sentence.source,
        "cues": list(sentence.cues),
    }
    if sentence.caveat:
        out["caveat"] = sentence.caveat
    if sentence.verdict:
        out["verdict"] = verdict_to_dict(sentence.verdict)
    return out


def answer_json(answer: Answer) -> dict[str, Any]:
    """An answer in the documented JSON shape.

    ``{"question", "found", "passages": [{"rank", "score", "text", "document", "status",
    "source", "cues", "sentences": [...]}]}``, plus ``doc_id``, ``label`` and ``notice``
    for readers who want them.
    """
    out: dict[str, Any] = {
        "question": answer.question,
        "found": answer.found,
        "passages": [
            {
                "rank": hit.rank,
                "score": hit.score,
                "text": hit.chunk.text,
                "document": hit.chunk.title,
                "doc_id": hit.chunk.doc_id,
                "status": str(hit.chunk.claim.status),
                "source": hit.chunk.claim.source,
                "cues": list(hit.chunk.claim.cues),
                "label": hit.chunk.claim.label,
                "sentences": [sentence_json(s) for s in hit.chunk.sentences],
            }
            for hit in answer.hits
        ],
    }
    if answer.notice:
        out["notice"] = answer.notice
    return out


def claim_json(sentence: Sentence, title: str) -> dict[str, Any]:
    """A corpus sentence for ``claimqa claims --json``: ``{"document", "text", "status", ...}``."""
    return {"document": title, "doc_id": sentence.doc_id, **sentence_json(sentence)}
