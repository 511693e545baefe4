"""Disclaimers: where the outlet says it cannot vouch for a claim.

"Could not be independently verified", "It remains unclear whether", "Nobody knows yet".

Like :mod:`corpus.cue_patterns`, the patterns run on masked sentence text, so a source's own
"we cannot confirm" inside a quotation is the source's, not the outlet's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from corpus.cue_patterns import REPORTED_RE
from corpus.records import ClaimStatus, Sentence

# "has been unable to", "has so far been unable to", "has not yet been able to", "has not
# managed to": the outlet's own attempt, over and failed.
_HAS_FAILED_TO = (
    r"(?:has|have) (?:so far |yet |still )?been unable to|(?:has|have|had)(?: so far)?"
    r"(?: not|n't|n’t) (?:yet |so far )?(?:(?:been )?able|managed) to"
)
# ... and "cannot", "could not", "was unable to", "is not able to".
_UNABLE = (
    rf"cannot|can ?not|can't|could ?not|couldn't|(?:is|are|was|were) unable to|{_HAS_FAILED_TO}"
    r"|(?:was|were|is|are)(?: so far)?(?: not|n't|n’t) (?:yet |so far )?(?:(?:been )?able|managed)"
    r" to"
)
UNCONFIRMED_RE = re.compile(
    rf"\b(?:{_UNABLE}|did not|didn't|has not|have not|had not)\s+(?:yet\s+|immediately\s+|"
    r"independently\s+|been\s+|be\s+)*(?:confirm|confirmed|verify|verified|corroborate|"
    r"corroborated|authenticate|authenticated|determine|determined|establish|established|"
    r"geolocate|geolocated|substantiate|substantiated)\b|"
    # "a claim the Post has been unable to check against police records", "could not be
    # independently checked", "unable to check because …"; "could not check every bag" is only
    # an inability.
    rf"\b(?:{_UNABLE})\s+(?:be\s+(?:independently\s+)?checked\b|independently\s+check\b|"
    r"(?:check|verify|confirm)\s+(?:it\s+|this\s+|that\s+)?independently\b|"
    r"check(?:\s+(?:it|this|that|them|the\s+(?:claim|account|figures?)))?"
    r"(?:\s+against\b|\s+because\b|\s+with\s+either\b|(?=\s*(?:[,.;]|$))))|"
    r"\b(?:unverified|unconfirmed)\b|"
    r"\b(?:neither|none|no)\b[^.;]{0,60}\b(?:could|can|has|have|had)\s+(?:yet\s+)?be(?:en)?\s+"
    r"(?:independently\s+)?(?:verified|confirmed|geolocated)\b|\bno independent (?:confirmation|"
    r"verification)\b|\bnot (?:been )?independently "
    r"(?:verified|confirmed)\b|\b(?:impossible|no way) (?:to|of) (?:verify|confirm)|"
    # "a claim the Lantern has so far failed to verify", "which the Courier has had no means of
    # checking", "a reading for which the Dispatch has seen no evidence", "a figure the Sentinel
    # could not find anywhere in the accounts", "cannot say whether she is right".
    r"\b(?:has|have|had)\s+(?:so\s+far\s+|yet\s+)?failed\s+to\s+(?:verify|confirm|corroborate"
    r"|substantiate|check|pin\s+(?:it\s+|this\s+|that\s+)?down)\b|\bno\s+(?:independent\s+)?"
    r"(?:means|way)\s+(?:of\s+(?:checking|verifying|confirming|establishing|testing|proving)|to\s+"
    r"(?:check|verify|confirm|establish|test|prove))\b|"
    # "a point the Tocsin has found nobody to back up", "something the Quadrant is in no
    # position to judge", "a date the Weathervane cannot vouch for", "an account the Lodestar
    # can neither prove nor disprove".
    r"\bfound\s+(?:nobody|no\s+one|nothing|no\s+(?:record|evidence|witness))\s+to\s+(?:back\s+"
    r"(?:it\s+|this\s+|that\s+)?up|support|confirm|corroborate)\b|\bin\s+no\s+position\s+to\s+"
    r"(?:judge|say|confirm|verify|check|know|tell)\b|"
    rf"\b(?:{_UNABLE}|will\s+not|won[’']t)\s+vouch\s+for\b(?=\s*(?:[,.;]|$))|\b(?:can|could)\s+neither\s+"
    r"(?:prove|confirm|verify|check)\s+nor\s+(?:disprove|deny|refute|rule\s+out)\b|"
    r"\b(?:has|have|had)\s+seen\s+no\s+(?:evidence|proof)\b|"
    # "though the Abacus has seen nothing that would allow it to verify this"; "which the
    # Lamplighter has not been able to stand up" (a newsroom's word for corroborating).
    r"\b(?:has|have|had)\s+seen\s+nothing\b[^.;]{0,40}?\b(?:verify|confirm|corroborate"
    rf"|substantiate)\b|\b(?:{_HAS_FAILED_TO})\s+stand\s+(?:it\s+|this\s+|that\s+|them\s+)?up\b|"
    rf"\b(?:{_UNABLE})\s+find\s+(?:it\s+|them\s+)?(?:anywhere|any\s+(?:record|trace|evidence))\b|"
    # "a claim the Gazette could not match to any published figures", "a story the Packet has
    # not been able to find in its own back numbers".
    rf"\b(?:{_UNABLE})\s+(?:find|trace|match)\b[^.;]{{0,30}}?(?:\bto\s+any\s+(?:\w+\s+)?"
    r"(?:figures|records?|data|evidence)|\bin\s+any\s+(?:\w+\s+)?(?:records?|archives?|files)"
    r"|\bin\s+(?:its|their)\s+own\s+(?:\w+\s+)?(?:archives?|"
    r"records|files|cuttings|back\s+(?:numbers|issues)))\b|"
    r"\b(?:cannot|can ?not|could ?not)\s+(?:yet\s+)?say\s+whether\s+"
    r"(?:she|he|they|it|this|that)\s+(?:(?:is|was|are|were)\s+(?:right|true|correct|accurate)|exists?|existed|happened)\b|"
    # "The story has never been confirmed."
    r"\b(?:(?:has|have|had)\s+never\s+been|(?:was|were)\s+never)\s+(?:independently\s+)?"
    r"(?:confirmed|verified|corroborated)\b|"
    # The outlet saying it does not know: "It remains unclear whether the bridge is safe".
    # "It was not clear on Wednesday whether", "It remains to be seen whether ministers will".
    r"\b(?:remains?|remained|is|was|are|were)\s+(?:still\s+)?(?:unclear|not\s+(?:yet\s+|immediately"
    r"\s+)?clear|not\s+(?:yet\s+|immediately\s+)?known|to\s+be\s+seen)"
    # "It was not clear from the press release whether": a short phrase may come between.
    r"(?=\s+(?:(?:on|by|at|as\s+of|from|in)\s+(?:[\w’'-]+\s+){1,4}?)?"
    r"(?:whether|if|how|who|what|why|when|where)\b)|"
    # "Nobody knows yet.", "No one knows how many were inside."
    r"\b(?:nobody|no\s+one)\s+(?:yet\s+|really\s+)?knows\b|"
    # "It is too early to say whether the chemistry can compete": not known yet, either.
    r"\btoo (?:early|soon) to (?:say|tell|know)(?=\s+(?:whether|if|how|who|what|why|when)\b)|"
    # "though the Sextant has not been shown the service log", "which rests, as far as the
    # Windlass knows, on her word alone", "a claim that nobody approached could bear out".
    r"\bthe\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){0,2}\s+(?:has|have|had)\s+not\s+been\s+(?:shown|"
    r"given|sent)\s+(?:the|any)\b|\bon\s+(?:his|her|"
    r"their)\s+word\s+alone\b|\b(?:nobody|no\s+one|none)\b[^.;]{0,60}?\b(?:could|would|can|has|"
    r"have)\s+(?:bear|back|stand)\s+(?:it\s+|this\s+|that\s+)?(?:out|up)\b|"
    # "the clip is too dark for the Pilot to be sure what animal it shows".
    r"\btoo\s+(?:dark|blurred|blurry|grainy|indistinct|faint|distant|short|poor)\s+for\s+"
    r"[^.;]{1,40}?\s+to\s+(?:be\s+(?:sure|certain)|tell|confirm|verify|identify|make\s+out)\b",
    re.IGNORECASE,
)
NOT_RULED_OUT_RE = re.compile(
    r"\b(?:(?:has|have|had)\s+not\s+(?:yet\s+)?been|(?:cannot|can ?not|could not|can't|"
    r"couldn't)\s+be)\s+ruled\s+out\b",
    re.IGNORECASE,
)
# Substrings one of which any UNCONFIRMED_RE match contains (a cheap pre-check).
UNCONFIRMED_TRIGGERS = re.compile(
    "confirm|verif|corroborat|authentic|determine|establish|unclear|not clear|not yet clear|"
    "immediately clear|substantiat|failed to|means of|way of|seen no|find|say whether|known|"
    "too early|too soon|to be seen|knows|geolocat|check|match|trace|stand|too |pin|testing|"
    "proving|back up|no position|vouch|neither|been shown|been given|been sent|word alone|"
    "bear out|stand up|bear it out"
)
# After the cue: a content clause means the disclaimer carries its own claim, not a back-reference.
OWN_CONTENT_RE = re.compile(r"\s*(?:how|whether|if|who|what|when|where|why|which|that)\b", re.I)
PLURAL_REFERENCE_RE = re.compile(
    r"\b(?:neither|both|these|those|them|claims|reports|figures|numbers|accounts|details|"
    r"allegations|statements|videos|images|photos)\b",
    re.IGNORECASE,
)
DISCLAIMER_LEAD_RE = re.compile(r"^(?:However|But|Still|Yet|Again|So)\b\s*,?\s*")


def unconfirmed_cue(masked: str) -> re.Match[str] | None:
    """Find a disclaimer such as "could not be independently verified" in ``masked``.

    Args:
        masked: the sentence with quotations blanked out.

    Returns:
        The match, or ``None``.
    """
    if UNCONFIRMED_TRIGGERS.search(masked.lower()) is None:
        if "ruled out" not in masked:
            return _outlet_cannot_say(masked)
        # "Transmission has not been ruled out": nobody knows either way; but "X is reportedly
        # broke, and nationalisation has not been ruled out" is mainly the report.
        found = NOT_RULED_OUT_RE.search(masked)
        return found if found and not REPORTED_RE.search(masked) else None
    found = UNCONFIRMED_RE.search(masked)
    if found is None:
        return _outlet_cannot_say(masked)
    open_question = _OPEN_QUESTION_RE.match(found.group(0))
    speaker = _SPEAKER_NOT_KNOWING_RE.search(masked, 0, found.start())
    # "It said it was too early to say", "She said it was not yet clear whether": the source
    # does not know yet ("The panel said it could not verify her claim" disclaims hers).
    if speaker and (speaker["be"] or open_question):
        return None
    if open_question:
        clause = _LATER_CLAUSE_RE.search(masked, 0, found.start())
        if clause is not None and REPORTED_RE.search(masked, 0, clause.start()):
            # "The firm is understood to have paid a deposit, and it is not yet known whether
            # …": what nobody knows yet is another matter; the sentence's claim is the report.
            return None
    return found


# A closing aside in which a paper says, in words of its own, that it cannot stand behind what
# the sentence reports: "…, a date the Weathervane cannot vouch for", "…, something the
# Quadrant is in no position to judge", "…, an account the Lodestar can neither prove nor
# disprove". The paper is named (capitalised) and the aside ends the sentence.
OUTLET_CANNOT_SAY_RE = re.compile(
    r"(?<=, )(?:(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:claim|account|point|date|detail|figure|story"
    r"|allegation|assertion|version|number|suggestion|description|recollection|timeline|sighting)"
    r"|something|which)\s+(?:(?:that|for\s+which|of\s+which|about\s+which)\s+)?the\s+(?:[A-Z][\w’'-]+\s+){1,3}(?:(?:has|have|had|is|was|"
    r"can|could|did|does|will)\s+)?(?:had\s+|been\s+|seen\s+|found\s+)?(?:so\s+far\s+|yet\s+|still\s+)?(?:not\b|n[’']t\b|cannot\b|"
    r"no\b|neither\b|never\b|nobody\b|nothing\b|unable\b|failed\b|yet\s+to\b|in\s+no\s+"
    r"position\b)[^.;,]{0,80}[.!?]?$"
)

# "…, a claim the Council has not accepted": a body answering the claim, not a paper unable to
# check it.
_ANSWERING_RE = re.compile(
    r"\b(?:accept|comment|respond|repl|den[iy]|disput|contest|challeng|address|acknowledg|reject)"
)


def _outlet_cannot_say(masked: str) -> re.Match[str] | None:
    found = OUTLET_CANNOT_SAY_RE.search(masked)
    return None if found is None or _ANSWERING_RE.search(found.group(0)) else found


# Not knowing what comes next ("remains unclear whether", "is not yet known when").
_OPEN_QUESTION_RE = re.compile(
    r"(?:remains?|remained|is|was|are|were)\s+(?:still\s+)?(?:unclear|not\s+(?:yet\s+)?(?:clear|known)"
    r"|to\s+be\s+seen)\b",
    re.IGNORECASE,
)
# A clause of its own after a comma: ", and it ", ", although it ", "; it ".
_LATER_CLAUSE_RE = re.compile(r"[,;]\s+(?:(?:and|but|although|though|while)\s+)?it\s+$")


# A speaker's own not knowing, just before the cue: "She said it was too early to know".
_SPEAKER_NOT_KNOWING_RE = re.compile(
    r"\b(?:said|says|told\s+[\w’'-]+(?:\s+[\w’'-]+)?|added|warned|cautioned|stressed)\s+"
    # "It said it would work with investigators and that it was too early to say …"
    r"(?:[^.;]*?\band\s+that\s+|that\s+)?(?:it|this)\s+(?P<be>(?:was|is|remained|remains|would"
    r"\s+be)\s+)?$"
)


# "A claim by the skipper of the Kittiwake, Morwenna Tull, that …", "A figure of 400 missing,
# posted online on Monday by Dravisk's deputy mayor, Pavel Orsenko, could not be verified".
_CLAIMED_BY_RE = re.compile(
    r"^(?:An?|The)\s+(?:claim|figure|report|allegation|estimate|suggestion|account|post|video)s?"
    r"\b[^.;]*?\bby\s+(?P<by>[^,]+?)(?:,\s+(?P<name>(?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'-]+),"
    r"|\s+(?=that\b|could\b|has\b|have\b|was\b|cannot\b))"
)
# "Ms Oduya's count of 31 near misses is her own, and the Crier has not been able to confirm it".
_WHOSE_CLAIM_RE = re.compile(
    r"^\s*(?:(?:Mr|Mrs|Ms|Miss|Dr)\s+)?(?P<name>(?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w.-]+?)[’']s?\s+"
    r"(?:own\s+)?(?:claim|figure|count|tally|account|estimate|version|allegation|story|numbers?)s?"
    r"\b"
)
_CAPITALISED_TAIL_RE = re.compile(r"(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'-]*$")


def claimant(masked: str, cue_start: int) -> str | None:
    """Who made the claim a disclaimer says could not be confirmed, when the text names them.

    Args:
        masked: the sentence with quotations blanked out.
        cue_start: where the disclaimer starts.

    Returns:
        The claimant as named ("Morwenna Tull", "Ashcombe Families Forum"), or ``None``.
    """
    if whose := _WHOSE_CLAIM_RE.match(masked, 0, cue_start):
        return whose["name"]
    m = _CLAIMED_BY_RE.match(masked, 0, cue_start)
    if m is None:
        return None
    if m["name"]:
        return m["name"]
    tail = _CAPITALISED_TAIL_RE.search(m["by"])
    return tail.group(0) if tail else None


def fullest_named(name: str | None, before: Sequence[Sentence]) -> str | None:
    """The claimant as the story first named them: "Colonel Polunen" is "Colonel Arvid Polunen".

    Args:
        name: the claimant as the disclaimer names them, if at all.
        before: the sentences before the disclaimer, annotated.

    Returns:
        The latest earlier source whose name holds the same surname, else ``name``.
    """
    if not name or " " not in name:
        return name
    surname = name.split()[-1]
    for s in reversed(before):
        words = (s.source or "").replace(",", " ").split()
        if surname in words and s.source != name:
            return s.source
    return name


def point_caveat(
    out: list[Sentence],
    masked_texts: Sequence[str],
    pars: Sequence[Sequence[int]],
    k: int,
    i: int,
    cue: re.Match[str],
) -> None:
    """Point the claim(s) a disclaimer like "we cannot confirm this claim" refers to at it.

    Args:
        out: the document's sentences so far, updated in place.
        masked_texts: each sentence with quotations blanked out.
        pars: the sentence indexes of each paragraph.
        k: the disclaimer's paragraph.
        i: the disclaimer's sentence.
        cue: the disclaimer's match in it.
    """
    masked = masked_texts[i]
    lead = DISCLAIMER_LEAD_RE.sub("", masked[: cue.start()])
    if len(lead.split()) > 6 or "," in lead or OWN_CONTENT_RE.match(masked, cue.end()):
        return  # the disclaimer carries its own content ("we cannot confirm how many ...")
    par = pars[k]
    pos = par.index(i)
    earlier = list(par[:pos]) if pos else (list(pars[k - 1]) if k else [])
    earlier = [j for j in earlier if out[j].status is not ClaimStatus.CAPTION]
    if not earlier:
        return
    targets = [earlier[-1]]
    if PLURAL_REFERENCE_RE.search(masked):
        claims = {ClaimStatus.ATTRIBUTED, ClaimStatus.REPORTED}
        for j in reversed(earlier[:-1]):
            if out[j].status not in claims:
                break
            targets.append(j)
    for j in targets:
        out[j] = replace(out[j], caveat=out[i].text)
