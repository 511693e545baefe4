"""Cut a document's annotated sentences into passages: the unit of retrieval and quoting."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from corpus.captions import is_credit_line
from corpus.cue_patterns import TURN_RE
from corpus.frames import is_question_heading
from corpus.records import Chunk, ClaimStatus, Document, Sentence
from corpus.rollup import roll_up


def _groups(
    sentences: Sequence[Sentence], count_tokens: Callable[[str], int], max_tokens: int
) -> list[list[Sentence]]:
    """Consecutive sentences of one paragraph, each group within ``max_tokens`` if it can be."""
    groups: list[list[Sentence]] = []
    current: list[Sentence] = []
    used = 0
    for s in sentences:
        n = count_tokens(s.text)
        if current and used + n > max_tokens:
            groups.append(current)
            current, used = [], 0
        current.append(s)
        used += n
    if current:
        groups.append(current)
    return groups


_BLANK_LINE_RE = re.compile(r"\n[ \t]*\n")
_LIST_ITEM_RE = re.compile(r"[-•*–]\s")


def _continues(before: Sequence[Sentence], paragraph: Sequence[Sentence], text: str) -> bool:
    """Whether ``paragraph`` belongs in one passage with the one ``before`` it.

    It does when it answers an interview's question ("Q: ..." then "A: ..."), follows a
    section heading that asks a question ("How much will households pay?"), or is a list item
    under the line that introduces it, in the same block.
    """
    asked, answered = TURN_RE.match(before[0].text), TURN_RE.match(paragraph[0].text)
    if asked and answered:
        return asked.group(1)[0] == "Q" and answered.group(1)[0] == "A"
    if asked or answered:
        return False
    first = paragraph[0]
    heading = len(before) == 1 and before[0].paragraph > 0 and is_question_heading(before[0].text)
    if heading and not _LIST_ITEM_RE.match(first.text):
        return True
    same_block = not _BLANK_LINE_RE.search(text, before[-1].end, first.start)
    return same_block and bool(_LIST_ITEM_RE.match(first.text))


def _credits(previous: Sequence[Sentence], s: Sentence) -> bool:
    """Whether ``s`` belongs with the caption lines ``previous``.

    It does as the credit line under the caption, as the caption under its credit line
    ("Handout photo supplied by X"), or as the same caption again with another credit (a
    page's picture copied with each of its credits: "... from volunteers (NEXTA). Source:",
    then "... from volunteers (NEXTA/Twitter)").
    """
    caption = ClaimStatus.CAPTION
    if s.status is not caption or any(p.status is not caption for p in previous):
        return False
    if _same_caption(previous[0].text, s.text):
        return True
    if is_credit_line(s.text):
        return not is_credit_line(previous[-1].text)
    return (
        len(previous) == 1 and is_credit_line(previous[0].text) and s.start - previous[0].end <= 1
    )


_SAME_CAPTION_PREFIX = 40
"""Characters two captions must share, from their start, to be copies of one."""


def _same_caption(first: str, second: str) -> bool:
    # Copies differ in their credits and their quotation marks, never in how they begin.
    def folded(text: str) -> str:
        return re.sub(r"\W+", " ", text).casefold()[:_SAME_CAPTION_PREFIX]

    return len(first) >= _SAME_CAPTION_PREFIX and folded(first) == folded(second)


def chunk_document(
    doc: Document,
    sentences: Sequence[Sentence],
    *,
    first_id: int,
    count_tokens: Callable[[str], int],
    max_tokens: int = 256,
) -> list[Chunk]:
    """Group a document's sentences into chunks that never cross a paragraph.

    A paragraph is one chunk unless it holds more than ``max_tokens``; then it is cut into runs
    of whole consecutive sentences. A single sentence longer than ``max_tokens`` stays whole.
    A photo credit on a line of its own joins the caption above it (or below it, in the same
    block), a caption copied with another credit joins the first copy, and an interview's
    answer the question before it.

    Args:
        doc: the document the sentences come from (offsets point into ``doc.text``).
        sentences: its sentences in order, with claim statuses.
        first_id: the ``chunk_id`` of the first chunk; the rest follow consecutively.
        count_tokens: counts tokens in a text (retrieval passes the model's WordPiece count).
        max_tokens: the most tokens a chunk should hold.

    Returns:
        The chunks in document order, each with its rolled-up claim.
    """
    paragraphs: list[list[Sentence]] = []
    for s in sentences:
        if paragraphs and paragraphs[-1][-1].paragraph == s.paragraph:
            paragraphs[-1].append(s)
        elif paragraphs and _credits(paragraphs[-1], s):
            paragraphs[-1].append(s)  # "who took the picture?" needs the caption and its credit
        else:
            paragraphs.append([s])
    # A reader asks what an interviewer or a section heading asked, and the passage must hold
    # the answer; a list item means nothing without the line that introduces it.
    passages: list[list[Sentence]] = []
    for paragraph in paragraphs:
        if passages and _continues(passages[-1], paragraph, doc.text):
            passages[-1].extend(paragraph)
        else:
            passages.append(paragraph)
    chunks: list[Chunk] = []
    for paragraph in passages:
        whole = doc.text[paragraph[0].start : paragraph[-1].end]
        if count_tokens(whole) <= max_tokens:
            groups = [paragraph]
        else:
            groups = _groups(paragraph, count_tokens, max_tokens)
        for group in groups:
            start, end = group[0].start, group[-1].end
            chunks.append(
                Chunk(
                    chunk_id=first_id + len(chunks),
                    doc_id=doc.doc_id,
                    title=doc.title,
                    paragraph=group[0].paragraph,
                    start=start,
                    end=end,
                    text=doc.text[start:end],
                    sentences=tuple(group),
                    claim=roll_up(group),
                )
            )
    return chunks
