"""The corpus records every layer above passes around: documents, sentences, chunks.

All records are frozen dataclasses; claim statuses are a :class:`ClaimStatus` ``StrEnum``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class ClaimStatus(StrEnum):
    """Who vouches for a sentence, as the text itself says."""

    STATED = "stated"
    """The outlet asserts it in its own voice."""
    ATTRIBUTED = "attributed"
    """A named source says or claims it; ``source`` names them."""
    REPORTED = "reported"
    """Unnamed reports ("it has been reported", "reportedly", "allegedly")."""
    UNCONFIRMED = "unconfirmed"
    """The text says it cannot be confirmed or verified."""
    SPECULATIVE = "speculative"
    """The author's inference, prediction or opinion."""
    CAPTION = "caption"
    """A photo caption or credit line."""


@dataclass(frozen=True, slots=True)
class Document:
    """One corpus file.

    Attributes:
        doc_id: path relative to the corpus folder, with ``/`` separators.
        title: the first non-blank line of the file.
        text: the whole file, decoded as UTF-8, exactly as stored (offsets point into it).
    """

    doc_id: str
    title: str
    text: str


@dataclass(frozen=True, slots=True)
class Verdict:
    """An editor's curated verdict on one claim (from ``verdicts.toml``).

    Attributes:
        claim: the quoted substring that picks out the sentence.
        rating: e.g. ``verified``, ``disputed``, ``false``, ``misleading``, ``unproven``.
        note: the editor's explanation.
        url: a link to the evidence, or None.
    """

    claim: str
    rating: str
    note: str
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a document, with where it sits and who vouches for it.

    Attributes:
        doc_id: the document it belongs to.
        index: position of the sentence in its document, from 0.
        paragraph: paragraph number in its document, from 0 (blank lines separate paragraphs).
        start: offset of the first character in ``Document.text``.
        end: offset one past the last character; ``Document.text[start:end] == text``.
        text: the sentence text.
        status: its claim status.
        source: who says it, as the text names them, for ``attributed`` sentences.
        cues: the words in the text that decided the status (and the source).
        caveat: for a claim that a later disclaimer refers to, the disclaimer's text.
        verdict: an editor's curated verdict on this sentence, if any.
    """

    doc_id: str
    index: int
    paragraph: int
    start: int
    end: int
    text: str
    status: ClaimStatus = ClaimStatus.STATED
    source: str | None = None
    cues: tuple[str, ...] = ()
    caveat: str | None = None
    verdict: Verdict | None = None


@dataclass(frozen=True, slots=True)
class PassageClaim:
    """The rolled-up claim status of a passage's sentences.

    Attributes:
        status: the status that covers most of the passage.
        source: the main named source, when the passage is (partly) attributed.
        cues: the cues of the sentences that decided ``status``, de-duplicated, in order.
        qualifiers: the other statuses present, e.g. ``("unconfirmed",)``.
        label: a short human summary, e.g. "attributed to Arestovich, partly unconfirmed".
    """

    status: ClaimStatus
    source: str | None
    cues: tuple[str, ...]
    qualifiers: tuple[ClaimStatus, ...]
    label: str


@dataclass(frozen=True, slots=True)
class Chunk:
    """A passage of whole sentences from one paragraph: the unit of retrieval.

    Attributes:
        chunk_id: position of the chunk in its index, from 0.
        doc_id: the document it comes from.
        title: that document's title.
        paragraph: the paragraph number it lies in.
        start: offset of its first character in ``Document.text``.
        end: offset one past its last character.
        text: ``Document.text[start:end]``.
        sentences: its sentences, in order, with their claim statuses.
        claim: the rolled-up claim status of ``sentences``.
    """

    chunk_id: int
    doc_id: str
    title: str
    paragraph: int
    start: int
    end: int
    text: str
    sentences: tuple[Sentence, ...]
    claim: PassageClaim = field(compare=False)
