"""Who says a sentence: the reporting verb or "according to", its speaker, resolved in context.

A reporting verb attributes a sentence when its subject can be a source and, for verbs that also
report events ("reported the allegations", "recalled 300,000 kettles"), when a clause follows it or
it stands as a tag ("..., the study found."). Its speaker is found by `corpus.speaker_phrase`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from corpus import claim_cues as cc
from corpus.according_to import according_to, is_passive_by, passive_agent
from corpus.appositives import closes_sentence, introduced_as
from corpus.asking import asks_to, orders
from corpus.attribution_record import Attribution, cue_words
from corpus.frames import (
    ANONYMOUS_RE,
    CONCEDING_RE,
    PLEA_RE,
    RECIPROCAL_RE,
    SPEECH_FRAME_RE,
    WRITER_DOUBT_RE,
)
from corpus.issuers import document_author
from corpus.organisations import member_body
from corpus.outlet_documents import outlet_speaks, read_by_outlet
from corpus.resolve import is_document, resolve
from corpus.speaker_phrase import INVERTING, PARTICIPLE_SPEECH, find_speaker
from corpus.speakers import Discourse
from corpus.subjects import named_company_subject
from corpus.tokens import NameBook, Tok, is_quote
from corpus.verb_frames import (
    COMMITMENTS,
    calls_for,
    closing_tag,
    found_in_place,
    has_complement,
    puts_figure,
    quoted_as_saying,
    verb_group_start,
)
from corpus.verbs import (
    BE_FORMS,
    VERBS,
    calls_it,
    counted,
    counts_next,
    gerund_object,
    reports_in_frame,
)

_DET_TAIL_RE = re.compile(r"\b(?:the|a|an|The|A|An)\s*$")
# Reports made to the subject of a passive ("are advised by the NHS to", "were warned by X that").
_PASSIVE_REPORTS = cc.words(
    "advised told warned urged recommended instructed encouraged reminded informed assured"
)
_PARTICIPLE_NEXT = cc.words("by in as on at from with")
_FINDINGS = cc.words("found finds showed shows concluded concludes")


def find_attribution(
    text: str, masked: str, toks: Sequence[Tok], book: NameBook, disc: Discourse
) -> Attribution | None:
    """Find the first attribution governing a sentence, with its speaker resolved.

    Args:
        text: the sentence as written (cues are cut from it).
        masked: the sentence with quotations blanked out.
        toks: the tokens of ``masked``.
        book: the document's proper names.
        disc: the story so far (updated with the speaker).

    Returns:
        The attribution, or ``None``.
    """
    # "X found Y, according to a person familiar with the matter": the closing "according
    # to" is who vouches for the whole sentence, X's finding included.
    last = len(masked.rstrip(' .!?"”’)'))
    for v in range(len(toks) - 2, 0, -1):
        if toks[v].low == "according" and toks[v - 1].text == "," and toks[v + 1].low == "to":
            att = according_to(text, masked, toks, v, book, disc, ends_at=last)
            if att is not None:
                return att
            break
    # "X denies taking any banned substance and will appeal, his lawyer, Isadora Quennell,
    # said.": a closing tag vouches for the whole sentence, the denial in it included.
    closing = closing_tag(toks)
    if closing is not None:
        att = _verb_attribution(text, masked, toks, closing, book, disc)
        if att is not None:
            return att
    found = (PLEA_RE.search(masked), WRITER_DOUBT_RE.search(masked), RECIPROCAL_RE.search(masked))
    skipped = [m.span() for m in found if m]
    for v, tok in enumerate(toks):
        low = tok.low
        if any(start <= tok.start < end for start, end in skipped):
            continue
        if low in _PASSIVE_REPORTS and is_passive_by(toks, v):
            att = passive_agent(text, masked, toks, v, book, disc)
            if att is not None:
                return att
        if low == "according" and v + 1 < len(toks) and toks[v + 1].low == "to":
            att = according_to(text, masked, toks, v, book, disc)
            if att is not None:
                return att
            continue
        # "“How do you celebrate this?” asked Mulvey": a verb that reports speech only as an
        # inverted tag.
        inverted_tag = (
            low in INVERTING and v > 0 and (is_quote(toks[v - 1]) or toks[v - 1].text == ",")
        )
        speech = low in VERBS or low in PARTICIPLE_SPEECH or inverted_tag
        speech = speech or puts_figure(toks, v) or quoted_as_saying(toks, v) or asks_to(toks, v)
        speech = speech or reports_in_frame(toks, v)
        # "the two shows would not be rescheduled": no one shows anything.
        noun = counted(toks, v) or found_in_place(toks, v) or gerund_object(toks, v)
        # "The blazer the school now insists on is said to cost £45": a relative clause.
        stranded = (
            v + 2 < len(toks)
            and toks[v + 1].low in {"on", "upon", "about"}
            and toks[v + 2].low in BE_FORMS
        )
        if not speech or not tok.text.islower() or noun or stranded:
            continue
        if low in _PASSIVE_REPORTS and v + 1 < len(toks) and toks[v + 1].low == "to":
            continue  # "Owners told to stop charging e-bikes": they were told, said nothing
        if orders(toks, v):
            continue
        att = _verb_attribution(text, masked, toks, v, book, disc)
        if att is not None:
            return att
    return None


def _verb_attribution(
    text: str, masked: str, toks: Sequence[Tok], v: int, book: NameBook, disc: Discourse
) -> Attribution | None:
    """The attribution made by the reporting verb at ``toks[v]``, if it makes one."""
    j = verb_group_start(toks, v)
    if j is None:
        return None
    low = toks[v].low
    speaker = find_speaker(masked, toks, v, j, book)
    if speaker is None or speaker.phrase.kind == "vague" or outlet_speaks(masked, speaker.phrase):
        return None
    p, descriptors, segs = speaker.phrase, speaker.descriptors, speaker.segments
    inverted = speaker.inverted
    if not inverted and p.start >= toks[v].end:
        return None  # "… and frost forecast, the final toll is likely …": no tag speaks
    said_by = p  # the words of the tag, which the cue quotes
    if p.kind == "definite" and p.head in cc.COMPANY_HEADS and closes_sentence(toks, v):
        p, descriptors = named_company_subject(masked, toks, book) or (p, descriptors)
    # A role ("doctor at ...", "The finder"), not a person's own name.
    bare = p.kind in {"definite", "role"} and not any(w[:1].isupper() for w in p.text.split()[1:])
    # "A Lowmoor player, who did not want to be named": a club's player, no name of hers.
    described = p.kind == "named" and any(w[:1].islower() for w in (p.text, p.text.split()[-1]))
    if (
        (bare or described)
        and p.head not in cc.REPRESENTATIVE_HEADS  # "a spokesperson for Eide" speaks for him
        and ANONYMOUS_RE.search(masked, 0, toks[v].start)
    ):
        # "A doctor at Corran District Hospital, who spoke on condition of anonymity, said":
        # the hospital is named, the source is not; "The finder, who asked not to be named".
        p = replace(p, kind="unnamed")
    elif not ANONYMOUS_RE.search(masked, 0, toks[v].start):
        p = member_body(p) or p  # "Divers from the Keldon Sub-Aqua Club say": the club
    if CONCEDING_RE.search(masked, 0, toks[v].start):
        return None  # "..., whatever Varga says in public": a concession, not a report
    person = p.person or (p.kind == "pronoun" and p.head in cc.PERSON_PRONOUNS)
    if low in cc.MENTAL_VERBS and (not person or counts_next(masked, toks[v].end)):
        return None  # "it recalled 300,000 kettles", "A bakery has recalled 90,000 bars"
    if low in ("recalled", "recalls") and p.kind != "named" and not has_complement(toks, v, False):
        return None  # "Kettles recalled over fire risk": a product recall, no one remembering
    before = _DET_TAIL_RE.sub("", masked[: p.start]).rstrip()
    tag = j > 0 and before[-1:] in {",", "”", '"'}
    # "The report itself, written by the engineer X, says", "Figures released by the Coastal
    # Waters Agency show": the author's, though "Council records show" is the outlet's reading.
    authored = document_author(masked, toks, p, descriptors, toks[v].start, book, disc)
    if not inverted and not authored and read_by_outlet(p, low, masked[p.start : toks[v].start]):
        return None  # "Council records show", "A memo seen by the Observer says"
    finding = p.head in cc.DOCUMENT_HEADS and low in _FINDINGS  # "The inquiry found no fault"
    # "He promised full refunds": a person's pledge is their word, object or clause.
    pledge = low in COMMITMENTS and person and v + 1 < len(toks)
    pledge = pledge and toks[v + 1].low not in cc.PREPOSITIONS_NP
    if (
        low in cc.CLAUSE_VERBS
        and not inverted
        and not finding
        and not pledge
        and not has_complement(toks, v, tag)
        and not reports_in_frame(toks, v)  # "A reader wrote to say"
    ):
        return None
    demand = calls_for(toks, v) and bool(p.person or p.head in cc.PERSON_PRONOUNS)
    quoted = any(is_quote(t) for t in toks[v + 1 : v + 9])
    verdict = p.person and calls_it(toks, v)  # "calls it the finest piece": her verdict
    if low in cc.CHARACTERISING_VERBS and not (demand or quoted or verdict):
        # "called the police" reports an act; "called it 'irresponsible'" a view; people who
        # "described long queues" report what they saw, "the building described in" is a thing.
        witness = low in cc.DESCRIBING_VERBS and p.person and toks[v - 1].text != ","
        if not witness or (v + 1 < len(toks) and toks[v + 1].low in _PARTICIPLE_NEXT):
            return None
    body = p.kind == "definite" and p.head in cc.BODY_HEADS  # "the ministry suggests"
    # "Analysts suggest", "Studies suggest" and "Estimates suggest" pass on what unnamed
    # others think; "Analysis suggests" is still the author's reading.
    singular = p.head[:-3] + "y" if p.head.endswith("ies") else p.head  # "studies": "study"
    others = cc.UNNAMED_HEADS | cc.DOCUMENT_HEADS
    unnamed = p.kind == "unnamed" and (p.head in others or singular in others)
    if low in cc.INFERENCE_VERBS and (
        (p.kind not in {"named", "pronoun", "document"} and not body and not unnamed)
        or p.head in cc.READ_INTO_HEADS
    ):
        return None  # "The results suggest that ...": the author's inference
    named = p.kind == "named" and segs
    display = introduced_as(masked, toks, segs, p, book) if named else None
    if authored is not None:
        p, display, descriptors = authored[0], None, []
    kind, source, e = resolve(p, disc, descriptors, display)
    if not kind:
        return None
    if authored is not None:
        disc.note_document(authored[1]).display = source  # "It says", next, is X still
    rest = masked[toks[v].end :]
    lead = bool(SPEECH_FRAME_RE.match(rest))
    # "The statute, he wrote, would ...": the tag sits inside the outlet's own sentence.
    inside = before.endswith(",") and before[-2:-1] not in {"”", '"'}
    parenthetical = inside and v + 1 < len(toks) and toks[v + 1].text == ","
    det = _DET_TAIL_RE.search(masked, 0, said_by.start)  # keeps "The" of "The ministry said"
    start, end = said_by.start, said_by.end
    a, b = (toks[v].start, end) if inverted else (det.start() if det else start, toks[v].end)
    if not inverted and b - a > 120:
        cue: tuple[str, ...] = (text[start:end], toks[v].text)
    else:
        cue = cue_words(text, a, b, toks[v].text)
    return Attribution(kind, source, cue, lead, is_document(p, e), parenthetical, e)
