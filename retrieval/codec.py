"""JSON forms of the corpus records, for ``chunks.jsonl`` (never pickle)."""

from __future__ import annotations

from typing import Any

from corpus.records import Chunk, ClaimStatus, PassageClaim, Sentence, Verdict


def sentence_to_dict(sentence: Sentence) -> dict[str, Any]:
    """Turn a sentence into plain JSON types."""
    return {
        "doc_id": sentence.doc_id,
        "index": sentence.index,
        "paragraph": sentence.paragraph,
        "start": sentence.start,
        "end": sentence.end,
        "text": sentence.text,
        "status": str(sentence.status),
        "source": sentence.source,
        "cues": list(sentence.cues),
        "caveat": sentence.caveat,
        "verdict": verdict_to_dict(sentence.verdict) if sentence.verdict else None,
    }


def verdict_to_dict(verdict: Verdict) -> dict[str, Any]:
    """Turn a curated verdict into plain JSON types."""
    return {"claim": verdict.claim, "rating": verdict.rating, "note": verdict.note,
            "url": verdict.url}  # fmt: skip


def sentence_from_dict(data: dict[str, Any]) -> Sentence:
    """Rebuild a sentence from :func:`sentence_to_dict`'s output."""
    return Sentence(
        doc_id=str(data["doc_id"]),
        index=int(data["index"]),
        paragraph=int(data["paragraph"]),
        start=int(data["start"]),
        end=int(data["end"]),
        text=str(data["text"]),
        status=ClaimStatus(data["status"]),
        source=data["source"],
        cues=tuple(str(c) for c in data["cues"]),
        caveat=data.get("caveat"),
        verdict=Verdict(**data["verdict"]) if data.get("verdict") else None,
    )


def chunk_to_dict(chunk: Chunk) -> dict[str, Any]:
    """Turn a chunk, its sentences and its rolled-up claim into plain JSON types."""
    return {
        "chunk_id": chunk.chunk_id,
        "doc_id": chunk.doc_id,
        "title": chunk.title,
        "paragraph": chunk.paragraph,
        "start": chunk.start,
        "end": chunk.end,
        "text": chunk.text,
        "sentences": [sentence_to_dict(s) for s in chunk.sentences],
        "claim": {
            "status": str(chunk.claim.status),
            "source": chunk.claim.source,
            "cues": list(chunk.claim.cues),
            "qualifiers": [str(q) for q in chunk.claim.qualifiers],
            "label": chunk.claim.label,
        },
    }


def chunk_from_dict(data: dict[str, Any]) -> Chunk:
    """Rebuild a chunk from :func:`chunk_to_dict`'s output.

    Raises:
        KeyError, ValueError, TypeError: the data is not a chunk record.
    """
    claim = data["claim"]
    return Chunk(
        chunk_id=int(data["chunk_id"]),
        doc_id=str(data["doc_id"]),
        title=str(data["title"]),
        paragraph=int(data["paragraph"]),
        start=int(data["start"]),
        end=int(data["end"]),
        text=str(data["text"]),
        sentences=tuple(sentence_from_dict(s) for s in data["sentences"]),
        claim=PassageClaim(
            status=ClaimStatus(claim["status"]),
            source=claim["source"],
            cues=tuple(str(c) for c in claim["cues"]),
            qualifiers=tuple(ClaimStatus(q) for q in claim["qualifiers"]),
            label=str(claim["label"]),
        ),
    )
