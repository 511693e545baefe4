"""A quotation whose speaker is named only after it, and one named before it.

"“You cannot change the ruler …” That was the blunt verdict of Imogen Rustwell, who chairs …"
and "“One hot afternoon tells you little …” So says Dr Cornelius Okwuosa, a climate scientist":
the naming sentence is the speaker's, and so is the untagged quotation before it, not the
voice of whoever spoke last. A statement introduced before it ("The hearing opened with a
statement from Agnes Holloway.") gives its author the same way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from corpus.attribution_record import Attribution
from corpus.phrases import classify
from corpus.resolve import resolve
from corpus.speakers import Discourse
from corpus.tokens import NameBook, Tok

LATE_NAMING_RE = re.compile(
    r"^\s*(?:(?:That|This|Those|These|Such)\s+(?:was|is|were|are)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:verdict|view|assessment|warning|message|words|reaction|response|argument|judge?ment|"
    r"conclusion|opinion|take|advice|plea|prediction|complaint|case)\s+(?:of|from)\s+"
    r"|So\s+(?:says|said|argues|argued|insists|insisted|writes|wrote|warns|warned)\s+)"
)
_AUTHORED_RE = re.compile(
    r"\b(?:statement|letter|message|note|email|e-mail|speech|tribute|eulogy|testimony)\s+"
    r"(?:from|by|written by)\s+((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)"
)
_PHRASE_ENDS = frozenset([",", ";", ".", ":", "(", ")"])


def late_speaker(
    text: str, masked: str, toks: Sequence[Tok], book: NameBook, disc: Discourse
) -> Attribution | None:
    """The speaker a sentence names for the quotation before it ("So says X, a …"), if any.

    Args:
        text: the sentence as written (the cue is cut from it).
        masked: the sentence with quotations blanked out.
        toks: the tokens of ``masked``.
        book: the document's proper names.
        disc: the story so far (updated with the source).

    Returns:
        The attribution, or ``None``.
    """
    m = LATE_NAMING_RE.match(masked)
    start = next((k for k, t in enumerate(toks) if t.start >= m.end()), None) if m else None
    if start is None:
        return None
    end = next((k for k in range(start, len(toks)) if toks[k].text in _PHRASE_ENDS), len(toks))
    p = classify(masked, toks, start, end, book) if end > start else None
    if p is None or p.kind != "named":
        return None
    kind, source, e = resolve(p, disc, ())
    if kind != "named":
        return None
    return Attribution(kind, source, (text[: toks[end - 1].end].strip(),), entity=e)


def named_outside(
    masked: Sequence[str], atts: Sequence[Attribution | None], run: Sequence[int]
) -> Attribution | None:
    """The speaker of an untagged quotation run named just after it, or as an author before it.

    Args:
        masked: every sentence of the document, quotations blanked out.
        atts: every sentence's attribution, if any.
        run: the indices of the run's sentences.

    Returns:
        The attribution, or ``None``.
    """
    after = run[-1] + 1
    if after < len(masked) and LATE_NAMING_RE.match(masked[after]) and atts[after] is not None:
        return atts[after]
    for i in range(max(0, run[0] - 2), run[0]):
        # "The hearing opened with a victim impact statement from Agnes Holloway. ...", then
        # the statement itself, untagged: its author speaks.
        m = _AUTHORED_RE.search(masked[i])
        if m is not None:
            return Attribution("named", m.group(1), (m.group(0),))
    return None
