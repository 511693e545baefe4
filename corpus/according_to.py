"""Attributions that name their source after a preposition: "according to X" and "by X".

"According to figures published by the board" is the board's; "are advised by the NHS to" is
the NHS's. Both resolve the source in the story so far, as the reporting-verb tags do.
"""

from __future__ import annotations

from collections.abc import Sequence

from corpus import claim_cues as cc
from corpus.attribution_record import Attribution, cue_words
from corpus.issuers import body_owner, issuer_of
from corpus.outlet_documents import own_staff, seen_by_outlet
from corpus.phrases import Phrase
from corpus.resolve import is_document, resolve
from corpus.source_phrases import according_source, described_document, source_after
from corpus.speakers import Discourse
from corpus.tokens import NameBook, Tok
from corpus.verb_frames import skip_adverbs
from corpus.verbs import BE_FORMS

_AGENT_STOPS = cc.words("to not")


def passive_agent(
    text: str, masked: str, toks: Sequence[Tok], v: int, book: NameBook, disc: Discourse
) -> Attribution | None:
    """The agent of a passive report: "Older people are advised by the NHS to ...".

    Args:
        text: the sentence as written.
        masked: the sentence with quotations blanked out.
        toks: the tokens of ``masked``.
        v: the index of the participle ("advised"), with "by" after it.
        book: the document's proper names.
        disc: the story so far.

    Returns:
        The attribution to the agent, or ``None`` when the agent is vague or a pronoun.
    """
    p = source_after(masked, toks, v + 2, book, _AGENT_STOPS)
    if p is None or p.kind in {"vague", "pronoun"}:
        return None
    kind, source, e = resolve(p, disc, ())
    if not kind:
        return None
    cue = cue_words(text, toks[v].start, p.end, toks[v].text)
    return Attribution(kind, source, cue, document=is_document(p, e), entity=e)


def according_to(
    text: str,
    masked: str,
    toks: Sequence[Tok],
    v: int,
    book: NameBook,
    disc: Discourse,
    ends_at: int | None = None,
) -> Attribution | None:
    """The attribution made by "according to X" at ``toks[v]``.

    Args:
        text: the sentence as written (cues are cut from it).
        masked: the sentence with quotations blanked out.
        toks: the tokens of ``masked``.
        v: the index of "according".
        book: the document's proper names.
        disc: the story so far (a document's issuer is noted in it).
        ends_at: when given, X must end there ("..., according to X." closing the sentence).

    Returns:
        The attribution, or ``None`` when X is the outlet itself or names no source.
    """
    if v + 2 < len(toks) and own_staff(masked, toks[v + 2].start):
        return None  # "according to our reporter Imogen Tull-Baptiste": the outlet itself
    p, display = according_source(masked, toks, v + 2, book)
    if p is None:
        return None
    issuer = issuer_of(masked, toks, v + 2, p, book, disc)
    if ends_at is not None and max(p.end, issuer.end if issuer else 0) < ends_at:
        return None
    issued = p if issuer is not None and p.kind == "document" else None
    if issuer is not None:
        # "according to figures published by Ashgrove Vale Health Board": the board is the
        # source, named as itself, not as the figures it published.
        p, display = issuer, None
    owner = body_owner(p, disc) if issuer is None else None
    if owner is not None:
        p, display = owner, None  # "according to the council's own traffic counts"
    if p.kind == "vague":  # "according to figures provided by the company"
        p = Phrase("document", p.text, p.head, False, p.plural, p.start, p.end)
    described = described_document(masked, toks, v + 2, p)
    if p.kind == "document" and seen_by_outlet(described or p.text):
        return None  # "According to internal documents seen by the Vennor Tribune"
    kind, source, e = resolve(p, disc, (), described if p.kind == "document" else display)
    if not kind:
        return None
    cue = cue_words(text, toks[v].start, p.end, "according to")
    if issued is not None:
        # "The filing says", later, is still its author speaking.
        disc.note_document(issued).display = source
    doc = is_document(p, e)
    return Attribution(kind, source, cue, lead=v == 0, document=doc, entity=e)


def is_passive_by(toks: Sequence[Tok], v: int) -> bool:
    """Whether ``toks[v]`` is a passive participle with its agent next ("are advised by")."""
    k = skip_adverbs(toks, v - 1)  # "were repeatedly warned by"
    return k >= 0 and toks[k].low in BE_FORMS and v + 1 < len(toks) and toks[v + 1].low == "by"
