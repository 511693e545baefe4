"""Passages of a kind some questions want: headlines, photo captions, what nobody confirms.

A headline is short and about the whole story; a caption is short and names the story's
people and places; both match many questions a little and answer few, so ranking handicaps
them (:class:`retrieval.search.SearchEngine`), except a caption for a question about a photo
and a headline for a question about the headline.
A question whether something is confirmed is answered where the story says it is not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import numpy as np
from numpy.typing import NDArray

from corpus.claim_cues import NEWSPAPER_WORDS
from corpus.records import Chunk, ClaimStatus

_ENDS_LIKE_PROSE = re.compile(r"[.!?:;\"”’)\]]\s*$")
PICTURE_WORDS = (
    *("photo", "photos", "photograph", "photographs", "picture", "pictures", "pic", "pics"),
    *("image", "images", "caption", "captions", "snapshot"),
)
"""Words a caption stands for without saying them (see
:class:`retrieval.late_interaction.Implied`)."""
# "Has X confirmed …?", "Is the claim verified?": what the story can and cannot vouch for.
_ASKS_CONFIRMATION = re.compile(
    r"\b(?:confirm\w*|verif\w*|unverified|prove|proven|proof|corroborat\w*|independently"
    r"|substantiat\w*)\b",
    re.IGNORECASE,
)
_ASKS_ABOUT_PHOTO = re.compile(rf"\b(?:{'|'.join(PICTURE_WORDS)}|pictured)\b", re.IGNORECASE)
HEADING_WORDS = (
    *("headline", "headlines", "heading", "headings", "subheading", "subheadings", "subhead"),
    *("subheads", "strapline", "standfirst", "title"),
)
"""Words a headline or section heading stands for without saying them."""
# "title" alone is too often a person's or a trophy's; the story's own title is its headline.
_ASKS_ABOUT_HEADING = re.compile(
    r"\b(?:(?:sub-?)?head(?:line|ing|er)s?|subheads?|strapline|standfirst)\b"
    # ... but "heading" only as a noun: not "the thieves heading for the slipway", "where the
    # fighting is heading".
    r"(?<!\bheading)"
    r"|\b(?:the|a|an|its|this|that|which|what|each|every|any|section|main|first|second|third|last"
    r"|final)\s+(?:(?:section|main|first|second|third|last|final|sub)\s+)?(?:sub-?)?heading\b"
    r"(?!\s+(?:for|to|towards|into|back|off|out|home|up|down|north|south|east|west)\b)"
    r"|\b(?:article|story|piece|report|section)(?:'s|’s)?\s+title\b"
    r"|\btitle\s+of\s+the\s+(?:\w+\s+)?(?:article|story|section|part)\b",
    re.IGNORECASE,
)


def is_heading(chunk: Chunk) -> bool:
    """A headline or section heading: one short line that does not end like prose."""
    text = chunk.text.strip()
    if text == chunk.title.strip():
        return len(chunk.sentences) == 1 or not _ENDS_LIKE_PROSE.search(text)
    return (
        len(chunk.sentences) == 1 and len(text.split()) <= 20 and not _ENDS_LIKE_PROSE.search(text)
    )


def list_items(
    chunks: Sequence[Chunk], headings: Sequence[bool] | NDArray[np.bool_]
) -> NDArray[np.bool_]:
    """Per passage, whether it is an item of a list: a short line after another one.

    "Key features" heads "Walled garden of about 90 feet", and "Prices this week" heads
    "Dessert plums: £16 to £21"; the items are what a question asks about, not headings.

    Args:
        chunks: the passages, in ``chunk_id`` order.
        headings: per passage, whether :func:`is_heading` reads it as a heading.

    Returns:
        True for each short line that follows a short line of its own document.
    """
    item = np.zeros(len(chunks), dtype=bool)
    for k in range(1, len(chunks)):
        same_doc = chunks[k].doc_id == chunks[k - 1].doc_id
        after_title = chunks[k - 1].text.strip() == chunks[k - 1].title.strip()
        item[k] = same_doc and headings[k] and headings[k - 1] and not after_title
    return item


def leads(chunks: Sequence[Chunk], headings: Iterable[bool]) -> NDArray[np.bool_]:
    """Per passage, whether it is its document's lead: the first paragraph of prose.

    A lead summarises the whole story, so it shares words with most questions about it, while
    the paragraph that answers one is further down (see ``SearchParams.lead_penalty``).

    Args:
        chunks: the passages, in ``chunk_id`` order.
        headings: per passage, whether it is a headline or a section heading.

    Returns:
        True for each document's first passage that is neither a heading nor a caption.
    """
    lead = np.zeros(len(chunks), dtype=bool)
    seen: set[str] = set()
    for i, (chunk, heading) in enumerate(zip(chunks, headings, strict=True)):
        if chunk.doc_id in seen or heading or chunk.claim.status is ClaimStatus.CAPTION:
            continue
        seen.add(chunk.doc_id)
        lead[i] = True
    return lead


# "What did the obituary get wrong the first time?": the story's correction answers it.
_ASKS_CORRECTION = re.compile(
    r"^(?=.*\b(?:wrong|incorrect|correct(?:ed|ion|ions)|amend(?:ed|ment)|errors?|mistakes?)\b)"
    r"(?=.*\b(?:article|story|obituary|piece|earlier\s+version|first\s+time)\b)",
    re.IGNORECASE,
)
_CORRECTION = re.compile(
    r"^(?:Correction|Clarification)s?\b|\b(?:This|The) (?:article|story|report|obituary|piece) "
    r"(?:was|has been) (?:amended|corrected|updated)\b|\bAn earlier version\b",
    re.IGNORECASE,
)


def asks_correction(question: str) -> bool:
    """Whether a question asks what the story got wrong and corrected."""
    return _ASKS_CORRECTION.search(question) is not None


def is_correction(chunk: Chunk) -> bool:
    """Whether a passage is the story's correction ("An earlier version said …")."""
    return _CORRECTION.search(chunk.text) is not None


# "In the second photograph", "that first snap", "the last picture": which of the story's pictures.
_PICTURE_ORDINAL = re.compile(
    r"\b(?P<nth>first|opening|initial|second|third|fourth|last|final)\s+(?:[\w-]+\s+)?"
    r"(?:photo|photograph|picture|pic|image|snap|snapshot|shot)s?\b",
    re.IGNORECASE,
)
_ORDINALS = {"first": 0, "opening": 0, "initial": 0, "second": 1, "third": 2, "fourth": 3}
NOT_A_PICTURE = -99
"""The place in :func:`picture_places` of a passage that is no caption."""


def asked_picture(question: str) -> int | None:
    """Which of the story's pictures a question asks about: 0 the first, -1 the last, or None."""
    m = _PICTURE_ORDINAL.search(question)
    return None if m is None else _ORDINALS.get(m["nth"].lower(), -1)


def picture_places(chunks: Sequence[Chunk]) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """Each caption passage's place among its document's pictures, from the start and the end.

    Args:
        chunks: the passages, in ``chunk_id`` order.

    Returns:
        Per passage, its picture's index (0 the first) and its index from the end (-1 the
        last), or :data:`NOT_A_PICTURE` for a passage that is no caption.
    """
    at = np.full(len(chunks), NOT_A_PICTURE, dtype=np.int64)
    from_end = at.copy()
    by_doc: dict[str, list[int]] = {}
    for i, chunk in enumerate(chunks):
        if chunk.claim.status is ClaimStatus.CAPTION:
            by_doc.setdefault(chunk.doc_id, []).append(i)
    for ids in by_doc.values():
        at[ids] = np.arange(len(ids))
        from_end[ids] = np.arange(len(ids)) - len(ids)
    return at, from_end


def asks_about_photo(question: str) -> bool:
    """Whether a question is about a photo or its credit, which a caption answers best."""
    return _ASKS_ABOUT_PHOTO.search(question) is not None


_ASKS_ABOUT_SECTION = re.compile(
    r"\b(?:sub-?head(?:ing)?s?|section\s+head(?:ing)?s?|cross-?heads?|intertitles?)\b"
    # A child's words for it: "the second title in the middle of the story".
    r"|\b(?:second|middle|inner)\s+(?:title|heading|headline)s?\b"
    # "a bold subtitle in the middle of the page"; a subtitle alone may be a film's.
    r"|\b(?:title|heading|headline|subtitle)s?\s+in\s+the\s+middle\b"
    # "the heading of the section about …", "the title of the second part", "section header".
    r"|\b(?:title|heading|header|headline)s?\s+(?:of|on|over|above|for|to)\s+(?:the\s+|that\s+)?"
    r"(?:(?:first|second|third|next|last|final|later|other|middle)\s+)?(?:section|part)\b"
    r"|\bsection\s+(?:header|title)s?\b",
    re.IGNORECASE,
)


def asks_about_section_heading(question: str) -> bool:
    """Whether a question asks what a heading inside a story says, not its headline."""
    return _ASKS_ABOUT_SECTION.search(question) is not None


def is_section_heading(chunk: Chunk) -> bool:
    """A heading inside a story: one that is not its title."""
    return is_heading(chunk) and chunk.text.strip() != chunk.title.strip()


def asks_about_heading(question: str) -> bool:
    """Whether a question asks what the headline or a section heading says."""
    return _ASKS_ABOUT_HEADING.search(question) is not None


def asks_confirmation(question: str) -> bool:
    """Whether a question asks if something is confirmed, verified or proven."""
    return _ASKS_CONFIRMATION.search(question) is not None


def says_unconfirmed(chunk: Chunk) -> bool:
    """Whether the passage says what the story cannot confirm (an ``unconfirmed`` sentence)."""
    return any(s.status is ClaimStatus.UNCONFIRMED for s in chunk.sentences)


# "Does the writer think the rules will stick?", "who does the reporter reckon will win": the
# author's own view, which a story gives in its speculative sentences.
_ASKS_WRITER_VIEW = re.compile(
    r"\b(?:writer|reporter|columnist|author|(?:news)?paper|journalist|critic|reviewer"
    rf"|(?-i:{'|'.join(sorted(NEWSPAPER_WORDS))}))(?:'s|’s|s)?"
    r"\s+(?:\w+\s+){0,2}?(?:think|thinks|reckon|reckons|expect|expects|believe|believes|views?"
    r"|opinion|predict|predicts|predictions?|forecasts?|verdict|guess|feel|feels|make\s+of"
    r"|blame|blames|side|sides|agree|agrees|approve|approves|criticise|criticises|criticize"
    r"|criticizes|fault|faults|want|wants|advice|advise|advises|recommend|recommends|hope"
    r"|hopes|fear|fears|worry|worries|argue|argues|suggest|suggests)\b"
    # "Is this going to happen again, according to the paper?", "Will she be found soon, in
    # the paper's opinion?"
    r"|\baccording\s+to\s+the\s+(?:writer|reporter|columnist|author|newspaper|paper)\s*[?.]?\s*$"
    r"|\bin\s+the\s+(?:writer|reporter|columnist|author|newspaper|paper)(?:'s|’s)\s+(?:view|"
    r"opinion|judge?ment)\b",
    re.IGNORECASE,
)


def asks_writer_view(question: str) -> bool:
    """Whether a question asks what the writer thinks, expects or predicts."""
    return _ASKS_WRITER_VIEW.search(question) is not None


def gives_writer_view(chunk: Chunk) -> bool:
    """Whether the passage gives the writer's own view (a ``speculative`` sentence)."""
    return any(s.status is ClaimStatus.SPECULATIVE for s in chunk.sentences)
