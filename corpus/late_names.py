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

from corpus.appositives import pick_name, segments
from corpus.attribution_record import Attribution, cue_words
from corpus.phrases import classify
from corpus.resolve import resolve
from corpus.speakers import Discourse
from corpus.subjects import leading_subject
from corpus.tokens import NameBook, Tok, token_from

LATE_NAMING_RE = re.compile(
    # "That was the blunt verdict of X", "This is the view from X": any noun, then the name.
    r"^\s*(?:(?:That|This|Those|These|Such)\s+(?:was|is|were|are)\s+(?:the\s+)?(?:[\w’'-]+\s+)"
    r"{1,3}?(?:of|from)\s+(?=[A-Z])"
    r"|So\s+(?:says|said|argues|argued|insists|insisted|writes|wrote|warns|warned|believes|"
    r"reckons|claims|maintains|thinks)\s+"
    r"|(?:Those|These|The)\s+(?:words|remarks|comments|lines|thoughts)\s+(?:(?:come|came|are|were"
    r"|belong|belonged)\s+(?:from|to)\s+|(?:are|were)\s+(?=[A-Z]))"
    # "The voice is that of Marianne Quist, …", "The speaker was Wystan Croker, …".
    r"|The\s+(?:voice|speaker|words)\s+(?:is|was|are|were)\s+(?:(?:that|those)\s+of\s+)?"
    r"(?=[A-Z])"
    # "It was Delphine Marskell, chair of …, who put it that way".
    r"|It\s+was\s+(?=[A-Z][^.]*\bwho\s+(?:put|said|spoke|wrote|told|made|gave|summed|described"
    r"|offered)\b))"
)
# "The poet Ifeoma Castellane, who judged the prize, made those remarks on a podcast".
OWNED_REMARKS_RE = re.compile(
    r"\b(?:made|gave|offered|wrote|posted|delivered)\s+(?:those|these)\s+(?:remarks|comments|"
    r"observations|points)\b"
    # "X, 23, a student, was the one talking, on the steps"; "X had just opened her letter
    # when she said that."
    r"|\bwas\s+the\s+one\s+(?:talking|speaking)\b"
    r"|\b(?:said|wrote|spoke)\s+(?:that|this|those\s+words|these\s+words)\s*[.!]?\s*$"
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
    owned = OWNED_REMARKS_RE.search(masked)
    if owned is not None:
        # The speaker is the sentence's subject: "The poet X, who …, made those remarks".
        p, _ = pick_name(masked, toks, segments(toks, *leading_subject(toks)), book)
    elif (named := LATE_NAMING_RE.match(masked)) is not None:
        # The speaker follows the opening words: "So says X, a climate scientist".
        start = token_from(toks, named.end())
        end = next((k for k in range(start, len(toks)) if toks[k].text in _PHRASE_ENDS), len(toks))
        p = classify(masked, toks, start, end, book) if end > start else None
    else:
        return None
    if p is None or p.kind != "named":
        return None
    kind, source, e = resolve(p, disc, ())
    if kind != "named":
        return None
    source = source.removesuffix("’s").removesuffix("'s")  # "The words are Nell Hatherway’s"
    if owned is not None:
        return Attribution(kind, source, cue_words(text, p.start, owned.end(), owned[0]), entity=e)
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
    late = after < len(masked) and (
        LATE_NAMING_RE.match(masked[after]) or OWNED_REMARKS_RE.search(masked[after])
    )
    if late and atts[after] is not None:
        return atts[after]
    for i in range(max(0, run[0] - 2), run[0]):
        # "The hearing opened with a victim impact statement from Agnes Holloway. ...", then
        # the statement itself, untagged: its author speaks.
        m = _AUTHORED_RE.search(masked[i])
        if m is not None:
            return Attribution("named", m.group(1), (m.group(0),))
    return None
