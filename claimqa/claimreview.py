"""schema.org ClaimReview JSON-LD for the editors' curated verdicts."""

from __future__ import annotations

from typing import Any

from corpus.records import Document, Sentence
from corpus.verdicts import RATINGS

REVIEWER = "ClaimQA editors"


def claim_review(sentence: Sentence, document: Document) -> dict[str, Any]:
    """One ClaimReview for a sentence that carries a verdict.

    Args:
        sentence: the reviewed sentence (its ``verdict`` must be set).
        document: the document it comes from.

    Returns:
        The ClaimReview as JSON-LD.

    Raises:
        ValueError: the sentence has no verdict.
    """
    verdict = sentence.verdict
    if verdict is None:
        raise ValueError("only sentences with a curated verdict are reviewed")
    # ratingValue runs from 1 (worst) to len(RATINGS) (best), as schema.org's Rating expects.
    value = len(RATINGS) - RATINGS.index(verdict.rating)
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": sentence.text,
        "author": {"@type": "Organization", "name": REVIEWER},
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": value,
            "bestRating": len(RATINGS),
            "worstRating": 1,
            "alternateName": verdict.rating.capitalize(),
            "ratingExplanation": verdict.note,
        },
        "itemReviewed": {
            "@type": "Claim",
            "appearance": {"@type": "CreativeWork", "headline": document.title},
        },
    }
    if sentence.source:
        review["itemReviewed"]["author"] = {"@type": "Thing", "name": sentence.source}
    if verdict.url:
        review["url"] = verdict.url
    return review
