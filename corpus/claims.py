"""Claim status per sentence, read in context the way an editor reads a story.

Each sentence is first read on its own (with other people's quotations blanked out) for the cues
in :mod:`corpus.claim_cues`; then the document is read in order so that quotations spanning
several sentences or paragraphs, pronouns ("he added"), reported speech that runs on, and
disclaimers that point back at an earlier claim all get their context.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from corpus import claim_cues as cc
from corpus.records import ClaimStatus, Sentence


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_SUBORDINATORS = _words(
    "after before when as because since while although though if until unless once whether "
    "which who that where"
)
_WINDOW = 240  # speaker phrases sit right next to their verb; never scan further
_CLAUSE_END_RE = re.compile(r"[,;]|\.\s|\.$|\s(?:and|which|who|that|but)\s")
_FRAME_RE = re.compile(r"\s+(?:\S+\s+){0,5}?that\b|\s*:")


@dataclass(slots=True)
class _Attribution:
    kind: str  # "named", "unnamed" or "author"
    source: str
    cue: tuple[str, ...]
    lead: bool = False  # frames what follows: "X said that ...", "According to X, ..."
    prediction: bool = False


@dataclass(slots=True)
class _Context:
    """What an editor remembers while reading: who has spoken, who "he" and "it" are."""

    speakers: list[str] = field(default_factory=list)
    last_person: str | None = None
    last_org: str | None = None
    texts: list[str] = field(default_factory=list)
    _protagonist: str | None = None

    def remember(self, source: str) -> None:
        self.speakers.append(source)
        if _is_person(source, self.speakers):
            self.last_person = source
        else:
            self.last_org = source

    def full_name(self, text: str) -> str:
        """Expand "Arestovich" to the fullest earlier form, e.g. with title and first name."""
        for known in reversed(self.speakers):
            if known.endswith(" " + text):
                return known
        return text

    def definite(self, head: str, text: str) -> str:
        """Resolve "the union", "the company", "the spokesman" to an earlier speaker."""
        for known in reversed(self.speakers):
            if head in known.lower():
                return known
        if head in cc.ORG_GENERIC:
            if self.last_org is None and self._protagonist is None and self.texts:
                self._protagonist = cc.protagonist(self.texts) or ""  # computed only if needed
            return self.last_org or self._protagonist or text
        return text


def _is_person(text: str, known: Sequence[str] = ()) -> bool:
    words = text.replace(",", " ").split()
    if not words or words[-1] in cc.ORG_WORDS or words[-1].isupper():
        return False
    if not words[-1][:1].isupper():
        return False
    if any(w.lower() in cc.ORG_GENERIC | cc.ORG_ROLES for w in words[:-1]):
        return False  # "Local news site Columbus Underground"
    if any(w.lower() in cc.PERSON_ROLES or w in cc.PERSON_TITLES for w in words[:-1]):
        return True  # "Pentagon spokesman John Kirby"
    if any(w in cc.ORG_WORDS for w in words):
        return False
    if len(words) == 1:  # a lone name is a person only if we met them in full
        return any(k.endswith(" " + words[0]) for k in known)
    return True


def _np_word(tok: str) -> bool:
    if not tok[:1].isalnum() or tok in cc.CAP_STOP:
        return False
    low = tok.lower()
    if tok[:1].isupper() or low in cc.ROLE_WORDS or low in cc.CONNECTORS:
        return True
    if low in cc.PARTICIPLES or low in {"a", "an", "the", "his", "her", "its", "their"}:
        return True
    return (
        low in cc.INDEFINITE
        or low.endswith(("'s", "’s", "s'"))
        or (tok.isdigit() and len(tok) == 4)
    )


def _classify(text: str, toks: list[str], initial: bool) -> tuple[str, str, str]:
    """Return ``(kind, source text, head)``; kind is named/unnamed/definite/pronoun/none."""
    if len(toks) == 1 and toks[0].lower() in cc.PRONOUNS:
        return "pronoun", toks[0], toks[0].lower()
    det = ""
    if toks and toks[0].lower() in cc.DETERMINERS | cc.INDEFINITE:
        det = toks[0].lower()
        text = text[len(toks[0]) :].lstrip()
        toks = toks[1:]
        initial = False
    if not toks:  # "Several said ...": a bare quantifier stands for unnamed people
        return ("unnamed" if det in cc.INDEFINITE else "none"), text, det
    head_i = len(toks) - 1
    for k, tok in enumerate(toks[1:], 1):
        if tok.lower() in cc.CONNECTORS | cc.PARTICIPLES:
            head_i = k - 1
            break
    head = toks[head_i].lower()
    for tok in toks[1:]:
        if tok.lower() in cc.PARTICIPLES:
            text = text[: text.find(" " + tok)] if " " + tok in text else text
            break
    names = [
        t
        for k, t in enumerate(toks)
        if t[:1].isupper()
        and t not in cc.CALENDAR
        and not (initial and k == 0 and t.lower() in cc.ROLE_WORDS | cc.UNNAMED_HEADS)
    ]
    if head in cc.UNNAMED_HEADS and not (toks[head_i][:1].isupper() and (head_i or not initial)):
        return "unnamed", text, head
    if det in cc.INDEFINITE:
        documentary = head in cc.INSTITUTIONAL_HEADS and head not in cc.ORG_GENERIC
        named = names and (head in cc.SPOKES_HEADS or documentary or toks[head_i][:1].isupper())
        return ("named" if named or documentary else "unnamed"), text, head
    if names:
        return "named", text, head
    if head in cc.INSTITUTIONAL_HEADS or det:
        return "definite", text, head
    if head in cc.ROLE_WORDS and len(toks) <= 3:
        return "named", text, head  # headline style: "..., governor says"
    return "none", text, head


def _phrase(s: str, lo: int, hi: int, backward: bool) -> tuple[str, list[str], str]:
    """Find the noun phrase ending at ``hi`` (backward) or from ``lo``, and its neighbour."""
    spans = [(m.start(), m.end()) for m in cc.TOKEN_RE.finditer(s, lo, hi)]
    if backward:
        i = len(spans) - 1
        while i >= 0 and i > len(spans) - 4 and s[slice(*spans[i])].lower() in cc.SKIP_BEFORE_VERB:
            i -= 1
        j = i
        if j >= 0 and s[slice(*spans[j])].lower() in cc.PRONOUNS:
            j -= 1
        else:
            while j >= 0 and i - j < 12 and _np_word(s[slice(*spans[j])]):
                j -= 1
        chosen, other = spans[j + 1 : i + 1], (s[slice(*spans[j])] if j >= 0 else "")
    else:
        k = 0
        while k < len(spans) and k < 12 and _np_word(s[slice(*spans[k])]):
            k += 1
        chosen, other = spans[:k], ""
        first = s[slice(*chosen[0])].lower() if chosen else ""
        if first in cc.PRONOUNS | cc.CONNECTORS | {"his", "its", "their"}:
            chosen = []  # "..., said her store had", "..., said in a statement": no tag
    toks = [s[a:b] for a, b in chosen]
    while toks and toks[0].lower() in cc.CONNECTORS:
        other = toks.pop(0)
        chosen = chosen[1:]
    while toks and toks[-1].lower() in cc.CONNECTORS | {"a", "an", "the"}:
        toks.pop()
        chosen = chosen[:-1]
    text = s[chosen[0][0] : chosen[-1][1]] if chosen else ""
    if toks and text.endswith(".") and len(toks[-1]) > 3 and "." not in toks[-1][:-1]:
        text, toks[-1] = text[:-1], toks[-1][:-1]  # sentence-final period, not "U.S."
    return text, toks, other


def _appositive(masked: str, verb_at: int) -> tuple[str, list[str]]:
    """Find the subject of "Jones, asked whether ..., said" or "His lawyer, Ann Marsh, said"."""
    segments = masked[:verb_at].rstrip().rstrip(",").split(",")
    found: tuple[str, list[str]] = ("", [])
    for n, seg in enumerate(segments[:3]):
        text, toks, other = _phrase(seg, 0, len(seg), backward=True)
        if not toks or other or (n == 0 and text != seg.strip()):
            continue
        if any(t[:1].isupper() and t not in cc.CAP_STOP for t in toks) or not found[0]:
            found = (text, toks)
    return found


def _find_attribution(masked: str, ctx: _Context) -> _Attribution | None:
    """Find the first attribution governing the sentence, with its speaker resolved."""
    for m in cc.VERB_RE.finditer(masked):
        verb, initial, lead = m.group(0).lower(), False, False
        if verb == "according to":
            window = masked[m.end() : m.end() + _WINDOW]
            tail = _CLAUSE_END_RE.split(window)[0]
            text, toks, _ = _phrase(tail, 0, len(tail), backward=False)
            text = tail.strip() if toks else ""
            toks = cc.TOKEN_RE.findall(text)
            lead = m.start() == 0
            cue: tuple[str, ...] = (masked[m.start() : m.end() + len(tail.rstrip())],)
        else:
            lo = max(0, m.start() - _WINDOW)
            text, toks, before = _phrase(masked, lo, m.start(), backward=True)
            initial = bool(text) and lo == 0 and masked[: m.start()].lstrip().startswith(text)
            prefix_end = masked[lo : m.start()].rstrip()[-1:]
            cue = (masked[max(lo, masked.rfind(text, lo, m.start())) : m.end()],)
            if not toks and prefix_end in {",", "”", '"', "’"}:
                after = masked[m.end() : m.end() + _WINDOW]
                text, toks, _ = _phrase(after, 0, len(after), backward=False)
                cue = (masked[m.start() : m.end() + after.find(text) + len(text)],)
                if not toks and prefix_end == ",":
                    text, toks = _appositive(masked, m.start())
                    initial, cue = True, (text, m.group(0))
            elif before.lower() in _SUBORDINATORS:
                continue
            rest = masked[m.end() : m.end() + _WINDOW]
            at_end = not rest.strip(' .!?”"') or rest.lstrip()[:1] == ","
            if verb in cc.CLAUSE_VERBS and not at_end and not cc.CLAUSE_START_RE.match(rest):
                continue
            lead = bool(_FRAME_RE.match(rest))
        if not toks:
            continue
        kind, source, head = _classify(text, toks, initial)
        if kind == "none":
            continue
        if verb in cc.CLAUSE_VERBS and kind == "definite" and head not in cc.INSTITUTIONAL_HEADS:
            continue  # "The results suggest that ..." is the author's inference
        if kind == "pronoun":
            low = source.lower()
            if low in {"i", "we", "you"}:
                return _Attribution("author", source, cue)
            resolved = ctx.last_person if low in {"he", "she", "him", "her"} else ctx.last_org
            resolved = resolved or (ctx.speakers[-1] if ctx.speakers else None)
            if resolved is None:
                continue
            return _Attribution("named", resolved, cue, lead)
        if kind == "definite":
            resolved = ctx.definite(head, source)
            kind, source = ("named", resolved) if resolved != source else ("role", source)
        if kind == "role":
            kind = "named"  # "the finance department": on the record, but not worth remembering
        elif kind == "named":
            source = ctx.full_name(source)
            ctx.remember(source)
        return _Attribution(kind, source, cue, lead, verb in cc.PREDICTION_VERBS)
    return None


def _mention(masked: str, ctx: _Context) -> None:
    """Remember a person introduced as a subject ("Prime Minister Giorgia Meloni, who ...")."""
    text, toks, _ = _phrase(masked, 0, min(len(masked), 160), backward=False)
    titled = any(t in cc.PERSON_TITLES for t in toks) or masked[len(text) : len(text) + 1] == ","
    if len(toks) >= 2 and toks[0] not in cc.CAP_STOP and titled and _is_person(text):
        ctx.last_person = ctx.full_name(text)


@dataclass(slots=True)
class _Reading:
    masked: str
    dominant: bool
    run: list[int] | None
    att: _Attribution | None


def _caption_paragraphs(sents: list[Sentence], pars: list[list[int]]) -> dict[int, str]:
    """Caption paragraphs (by position in ``pars``) and the credit that marks each."""
    found: dict[int, str] = {}
    for k, par in enumerate(pars):
        cue = cc.caption_cue(" ".join(sents[i].text for i in par))
        if cue:
            found[k] = cue
    # A caption line and the line beside it in the same block (no blank line) go together.
    for k in sorted(found):
        for j in (k - 1, k + 1):
            if 0 <= j < len(pars) and j not in found:
                a, b = sorted((j, k))
                same_block = sents[pars[b][0]].start - sents[pars[a][-1]].end <= 1
                if same_block and sum(len(sents[i].text) for i in pars[j]) < 300:
                    found[j] = found[k]
    return found


def _read(
    sents: list[Sentence], pars: list[list[int]], captions: dict[int, str]
) -> list[_Reading]:
    """First pass, in order: blank quotations, find quote runs, find and resolve speakers."""
    ctx = _Context(texts=[s.text for s in sents])
    readings: list[_Reading] = []
    run: list[int] | None = None
    open_state = False
    for k, par in enumerate(pars):
        if captions.get(k):
            readings += [_Reading(sents[i].text, False, None, None) for i in par]
            run, open_state = None, False
            continue
        if not (open_state and sents[par[0]].text[:1] in '“«„"'):
            run = None  # a new paragraph continues a quotation only if it reopens it
        open_state = False
        for i in par:
            text = sents[i].text
            masked, quoted, open_end, opened = cc.mask_quotes(text, open_state)
            touched = open_state or opened
            if touched and run is None:
                run = []
            if touched and run is not None:
                run.append(i)
            dominant = open_state or quoted * 2 >= len(text)
            att = _find_attribution(masked, ctx)
            if att is None:
                _mention(masked, ctx)
            readings.append(_Reading(masked, dominant, run if touched else None, att))
            open_state = open_end
            if not open_end:
                run = None
    return readings


def _run_speaker(
    readings: list[_Reading], run: list[int], last: _Attribution | None
) -> _Attribution | None:
    for i in run:
        att = readings[i].att
        if att is not None and att.kind != "author":
            return att
    before = run[0] - 1
    if before >= 0 and readings[before].masked.rstrip().endswith(":"):
        att = readings[before].att
        if att is not None:
            return att
    return last  # an untagged quotation goes on in the voice of the last named speaker


def annotate(sentences: Sequence[Sentence]) -> list[Sentence]:
    """Give every sentence of one document its claim status, source, cues and caveat.

    Args:
        sentences: one document's sentences, in order (as from ``split_sentences``).

    Returns:
        New sentences with ``status``, ``source``, ``cues`` and ``caveat`` filled in.
    """
    sents = list(sentences)
    pars: list[list[int]] = []
    for i, s in enumerate(sents):
        if pars and sents[pars[-1][0]].paragraph == s.paragraph:
            pars[-1].append(i)
        else:
            pars.append([i])
    captions = _caption_paragraphs(sents, pars)
    readings = _read(sents, pars, captions)
    out = list(sents)
    last_named: _Attribution | None = None
    speakers: dict[int, _Attribution | None] = {}
    for k, par in enumerate(pars):
        if k in captions:
            for i in par:
                out[i] = replace(sents[i], status=ClaimStatus.CAPTION, cues=(captions[k],))
            continue
        carry: _Attribution | None = None
        for i in par:
            r = readings[i]
            att = r.att if r.att is not None and r.att.kind != "author" else None
            if r.run is not None and r.dominant:
                key = id(r.run)
                if key not in speakers:
                    speakers[key] = _run_speaker(readings, r.run, last_named)
                att = att or speakers[key]
            status, source, cues = ClaimStatus.STATED, None, []
            low = r.masked.lower()
            unconfirmed = (
                cc.UNCONFIRMED_RE.search(r.masked)
                if any(w in low for w in ("confirm", "verif", "corroborat", "authentic"))
                else None
            )
            if unconfirmed:
                status, cues = ClaimStatus.UNCONFIRMED, [unconfirmed.group(0)]
                if att is not None and att.kind == "named":
                    source, cues = att.source, [*cues, *att.cue]
            elif att is not None and att.kind == "named":
                status, source, cues = ClaimStatus.ATTRIBUTED, att.source, list(att.cue)
            elif att is not None:
                pred = att.prediction
                status = ClaimStatus.SPECULATIVE if pred else ClaimStatus.REPORTED
                cues = list(att.cue)
            elif rep := cc.main_clause_cue(cc.REPORTED_RE, r.masked):
                status, cues = ClaimStatus.REPORTED, [rep]
            elif (
                carry
                and cc.BACKSHIFT_RE.search(r.masked)
                and not cc.AUTHOR_VOICE_RE.search(r.masked)
            ):
                status, source, cues = ClaimStatus.ATTRIBUTED, carry.source, list(carry.cue)
            elif spec := cc.main_clause_cue(cc.SPECULATIVE_RE, r.masked, cc.SPECULATIVE_TRIGGERS):
                status, cues = ClaimStatus.SPECULATIVE, [spec]
            if status is ClaimStatus.ATTRIBUTED and source is not None:
                last_named = att if att is not None and att.kind == "named" else carry
                if att is not None and att.lead:
                    carry = att
            else:
                carry = None
            out[i] = replace(sents[i], status=status, source=source, cues=tuple(cues))
            if unconfirmed:
                _caveat(out, readings, pars, k, i, unconfirmed)
    return out


def _caveat(
    out: list[Sentence],
    readings: list[_Reading],
    pars: list[list[int]],
    k: int,
    i: int,
    cue: re.Match[str],
) -> None:
    """Point the claim(s) a disclaimer like "we cannot confirm this claim" refers to at it."""
    masked = readings[i].masked
    lead = re.sub(r"^(?:However|But|Still|Yet|Again|So)\b\s*,?\s*", "", masked[: cue.start()])
    if len(lead.split()) > 6 or "," in lead or cc.OWN_CONTENT_RE.match(masked, cue.end()):
        return  # the disclaimer carries its own content ("we cannot confirm how many ...")
    par = pars[k]
    pos = par.index(i)
    earlier = par[:pos] if pos else (pars[k - 1] if k else [])
    earlier = [j for j in earlier if out[j].status is not ClaimStatus.CAPTION]
    if not earlier:
        return
    targets = [earlier[-1]]
    if cc.PLURAL_REFERENCE_RE.search(masked):
        claims = {ClaimStatus.ATTRIBUTED, ClaimStatus.REPORTED}
        for j in reversed(earlier[:-1]):
            if out[j].status not in claims:
                break
            targets.append(j)
    for j in targets:
        out[j] = replace(out[j], caveat=out[i].text)
