"""Claim status per sentence, read in context the way an editor reads a story.

Each sentence is read in order with other people's quotations blanked out: its attribution
(:mod:`corpus.attribution`) is resolved against the story so far (:mod:`corpus.speakers`), and the
people and bodies it mentions are remembered. Then the statuses are decided: quotations spanning
sentences or paragraphs take their speaker, reported speech runs on, interview answers belong to
the interviewee, disclaimers point back at the claims they doubt, and an opinion piece's own
judgements are the author's view.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from corpus import cue_patterns as cp
from corpus import disclaimers
from corpus.attribution import find_attribution
from corpus.attribution_record import Attribution
from corpus.captions import caption_paragraphs
from corpus.colon_quotes import colon_speaker
from corpus.entities import Entity
from corpus.frames import (
    ANSWERS_PUBLISHED_RE,
    CORRECTION_RE,
    ENTRY_MARK_RE,
    interview_turns,
    is_question_heading,
    printed_author,
    printed_frame,
    quote_dash_tag,
    speaker_lines,
)
from corpus.introductions import introduced, introductions
from corpus.late_names import late_speaker, named_outside
from corpus.letters import letters_page
from corpus.list_items import listed_lines
from corpus.organisations import remember_described
from corpus.positions import position_attribution
from corpus.quotes import OPENING_MARKS, SINGLE_OPENING_MARKS, mask_quotes, single_quote_style
from corpus.records import ClaimStatus, Sentence
from corpus.register import opinion_register
from corpus.resolve import note_reports
from corpus.speakers import Discourse
from corpus.speculation import speculative_cue
from corpus.stances import stance_attribution
from corpus.subjects import remember_subject
from corpus.tokens import NameBook, tokenize
from corpus.turns import turn_claim


@dataclass(slots=True)
class _Reading:
    masked: str
    dominant: bool  # mostly quotation
    run: list[int] | None  # the sentences of the quotation it belongs to
    att: Attribution | None
    turn: str = ""  # "Q" or "A" in an interview
    answerer: str | None = None
    subject: Entity | None = None  # who the sentence is about, when it is somebody
    headline: bool = False


def _paragraphs(sents: Sequence[Sentence]) -> list[list[int]]:
    pars: list[list[int]] = []
    for i, s in enumerate(sents):
        if pars and sents[pars[-1][0]].paragraph == s.paragraph:
            pars[-1].append(i)
        else:
            pars.append([i])
    return pars


def _read(
    sents: Sequence[Sentence],
    pars: Sequence[Sequence[int]],
    par_texts: Sequence[Sequence[str]],
    captions: dict[int, str],
    transcript: dict[int, tuple[str, str]],
) -> list[_Reading]:
    """First pass, in order: blank quotations, find quote runs, find and resolve speakers."""
    texts = [s.text for s in sents]
    book = NameBook(texts)
    disc = Discourse(texts)
    turns = interview_turns(par_texts)
    single = single_quote_style(texts)
    reopen = OPENING_MARKS + (SINGLE_OPENING_MARKS if single else "")
    author = printed_author(par_texts)  # a reader's letter or a statement printed in full
    answerer: str | None = None
    readings: list[_Reading] = []
    run: list[int] | None = None
    open_state = False
    for k, par in enumerate(pars):
        if captions.get(k):
            readings += [_Reading(sents[i].text, False, None, None) for i in par]
            run, open_state = None, False
            continue
        turn = turns.get(k, "")
        if turn and answerer is None:
            # "The council published answers to residents' questions": the council answers;
            # else an interview is with the person its introduction mentions most.
            # A printed letter or statement is its author's, or the issuer last named when its
            # heading names nobody ("The statement in full").
            lead_in = sents[pars[k - 1][-1]].text if k else ""
            if author:
                who = disc.find(author, "unknown")
            elif author == "" or ANSWERS_PUBLISHED_RE.search(lead_in):
                who = disc.last_named() or disc.interviewee()
            else:
                who = disc.interviewee()
            answerer = who.label if who is not None else author or ""
        if not (open_state and sents[par[0]].text[:1] in reopen):
            run = None  # a new paragraph continues a quotation only if it reopens it
        open_state = False
        for i in par:
            text = sents[i].text
            disc.position = i
            masked, quoted, open_end, opened = mask_quotes(text, open_state, single)
            # A live blog's "11:10 — " stamps the entry; the sentence starts after it.
            masked = ENTRY_MARK_RE.sub(lambda m: " " * len(m.group()), masked)
            touched = open_state or opened
            if touched and run is None:
                run = []
            if touched and run is not None:
                run.append(i)
            dominant = open_state or quoted * 2 >= len(text)
            toks = tokenize(masked)
            att = None
            # An answer is the interviewee's, though a question may quote someone; "Correction:
            # An earlier version of this article said …" is the outlet on itself.
            if k in transcript:  # "Maren Oddie: It is the lowest figure …" is hers
                name, label = transcript[k]
                att = Attribution("named", name, (label,))
            elif turn != "A" and not CORRECTION_RE.match(masked):
                att = (
                    find_attribution(text, masked, toks, book, disc)
                    or stance_attribution(text, masked, toks, book, disc)
                    or position_attribution(masked, toks, book, disc)
                    or late_speaker(text, masked, toks, book, disc)
                )
                if att is None and (tag := quote_dash_tag(text)):  # "“…” — Keisha Dunmore"
                    att = Attribution("named", *tag)
            note_reports(masked, toks, book, disc)
            remember_described(masked, toks, book, disc)
            # A headline is a fragment ("Airline grounds flights"): read it, but remember
            # nobody from it.
            headline = i == 0 and len(par) == 1 and not cp.ENDS_SENTENCE_RE.search(text)
            subject = None if headline else remember_subject(masked, toks, book, disc)
            if att is not None and att.kind != "author" and att.entity is not None:
                # The speaker stays the story's centre past the names their words mention:
                # "She alleged that F. struck H." and then "she told jurors" is still her.
                disc.bring_forward(att.entity)
                att.entity.spoke = True
            run_of = run if touched else None
            reading = _Reading(masked, dominant, run_of, att, turn, answerer, subject, headline)
            readings.append(reading)
            open_state = open_end
            if not open_end:
                run = None
    return readings


def _run_speaker(
    readings: Sequence[_Reading], run: Sequence[int], last: Attribution | None
) -> Attribution | None:
    for i in run:
        att = readings[i].att
        if att is not None and att.kind != "author":
            return att
    introduced = colon_speaker(readings[run[0]].masked, readings[run[0]].subject)
    if introduced is not None:
        return introduced
    before = run[0] - 1
    if before >= 0 and readings[before].masked.rstrip().endswith(":"):
        att = readings[before].att
        if att is not None:
            return att
    outside = named_outside([r.masked for r in readings], [r.att for r in readings], run)
    return outside or last  # else it goes on in the voice of the last named speaker


def annotate(sentences: Sequence[Sentence]) -> list[Sentence]:
    """Give every sentence of one document its claim status, source, cues and caveat.

    Args:
        sentences: one document's sentences, in order (as from ``split_sentences``).

    Returns:
        New sentences with ``status``, ``source``, ``cues`` and ``caveat`` filled in.
    """
    sents = list(sentences)
    if not sents:
        return []
    pars = _paragraphs(sents)
    captions = caption_paragraphs(sents, pars)
    par_texts = [[sents[i].text for i in par] for par in pars]
    transcript = speaker_lines(par_texts)
    readings = _read(sents, pars, par_texts, captions, transcript)
    masked = [r.masked for r in readings]
    skip = {i for k in captions for i in pars[k]} | {i for i, r in enumerate(readings) if r.turn}
    register = opinion_register(masked, skip)
    intros = introductions(s.text for s in sents)
    last_atts = [readings[par[-1]].att for par in pars]
    lists = listed_lines(par_texts, last_atts, {*captions, *transcript})
    letters = letters_page(par_texts)
    frame = printed_frame(par_texts)
    out = list(sents)
    last_named: Attribution | None = None
    speakers: dict[int, Attribution | None] = {}
    for k, par in enumerate(pars):
        if k in captions:
            for i in par:
                out[i] = replace(sents[i], status=ClaimStatus.CAPTION, cues=(captions[k],))
            continue
        if k in letters:
            out[par[0] : par[-1] + 1] = [letters.sign(sents[i], k) for i in par]
            continue
        carry: Attribution | None = None
        for i in par:
            r = readings[i]
            if r.turn:
                first = sents[par[0]].text
                out[i] = turn_claim(sents[i], r.turn, r.answerer, r.att, r.masked, first, frame)
                continue
            att = r.att if r.att is not None and r.att.kind != "author" else None
            # "..., study finds", "Experts doubt …", "Tessellate Mobile admits hackers took …": a
            # headline tells the news, and the story names who says it (blind editors label 14
            # of 16 such titles stated); "…, officials say" stays reported.
            opens = att is not None and att.kind != "named" and r.masked.startswith(att.cue[0])
            opens = opens or (att is not None and att.cue[-1].endswith(_HEADLINE_FINDINGS))
            told = att is not None and (att.document or opens or att.kind == "named")
            att = None if r.headline and told else att
            if r.run is not None and r.dominant:
                key = id(r.run)
                if key not in speakers:
                    speakers[key] = _run_speaker(readings, r.run, last_named)
                att = att or speakers[key]
            elif r.run is not None:
                att = att or colon_speaker(r.masked, r.subject)
            if k and len(par) == 1 and is_question_heading(sents[i].text) and k not in transcript:
                continue  # "What has Lanterna said?": an explainer's heading asks, claims nothing
            if k in lists.headings:
                continue  # "What to do, according to Corvane": its list's lines claim
            att = att or lists.items.get(k)
            status, source, cues = ClaimStatus.STATED, None, []
            unconfirmed = disclaimers.unconfirmed_cue(r.masked)
            if unconfirmed:
                status, cues = ClaimStatus.UNCONFIRMED, [unconfirmed.group(0)]
                if att is not None and att.kind == "named":
                    source, cues = att.source, [*cues, *att.cue]
                named = disclaimers.claimant(r.masked, unconfirmed.start())
                source = source or disclaimers.fullest_named(named, out[:i])
            elif att is not None and att.kind == "named":
                status, source, cues = ClaimStatus.ATTRIBUTED, att.source, list(att.cue)
            elif att is not None:  # unnamed: "Analysts expect ...", "officials said ..."
                status, cues = ClaimStatus.REPORTED, list(att.cue)
            elif rep := cp.reported_cue(r.masked):
                status, cues = ClaimStatus.REPORTED, [rep]
            elif (
                carry
                and cp.main_clause_cue(cp.BACKSHIFT_RE, r.masked)
                and not cp.AUTHOR_VOICE_RE.search(r.masked)
                # Reported speech runs on about its topic; "Peskov did not say ..." is the
                # outlet telling us about the speaker again, "She would stay on" her own words.
                and (
                    r.subject is None
                    or r.subject is not carry.entity
                    or _SELF_REPORT_RE.match(r.masked) is not None
                )
            ):
                status, source, cues = ClaimStatus.ATTRIBUTED, carry.source, list(carry.cue)
            elif spec := speculative_cue(r.masked, headline=r.headline):
                status, cues = ClaimStatus.SPECULATIVE, [spec]
            elif register and (view := register.view(r.masked, title=not i)):
                status, cues = ClaimStatus.SPECULATIVE, [view]
            if status is ClaimStatus.REPORTED and att is not None and att.entity is not None:
                # "…,” she said" of an anonymous nurse: her next untagged quotation is hers.
                last_named, carry = att, None
            elif status is ClaimStatus.ATTRIBUTED and source is not None:
                last_named = att if att is not None and att.kind == "named" else carry
                if att is not None and (att.lead or att.parenthetical):
                    carry = att
            else:
                carry = None
            if source is not None:
                source = introduced(source, intros)
            out[i] = replace(sents[i], status=status, source=source, cues=tuple(cues))
            if unconfirmed:
                disclaimers.point_caveat(out, masked, pars, k, i, unconfirmed)
    return out


# "…, regulator finds": a headline telling the finding as news.
_HEADLINE_FINDINGS = (" finds", " shows", " reveals")
# A pronoun and a shifted tense: the speaker's reported words about herself ("She would stay on
# as an MP", "He had never met the buyer"), not the outlet's narration ("She did not say").
_SELF_REPORT_RE = re.compile(r"(?:He|She|They)\s+(?:would|had)\b")
