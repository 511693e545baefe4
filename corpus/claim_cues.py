"""Lexicons and compiled patterns for claim annotation: the words an editor looks for.

Patterns run on *masked* sentence text (quoted material blanked out by ``claims``), so a cue inside
somebody's quotation never becomes the outlet's own cue.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _alternatives(text: str) -> tuple[str, ...]:
    return tuple(text.split("|"))


# --- a passage that says it cannot vouch for a claim -------------------------------------------
UNCONFIRMED_RE = re.compile(
    r"\b(?:cannot|can ?not|can't|could ?not|couldn't|(?:is|are|was|were|has been|have been) "
    r"unable to|did not|didn't|has not|have not|had not)\s+(?:yet\s+|immediately\s+|"
    r"independently\s+|been\s+|be\s+)*(?:confirm|confirmed|verify|verified|corroborate|"
    r"corroborated|authenticate|authenticated)\b|\b(?:unverified|unconfirmed)\b|"
    r"\b(?:neither|none|no)\b[^.;]{0,60}\b(?:could|can|has|have|had)\s+(?:yet\s+)?be(?:en)?\s+"
    r"(?:independently\s+)?(?:verified|confirmed)\b|\bno independent (?:confirmation|"
    r"verification)\b|\bnot (?:been )?independently "
    r"(?:verified|confirmed)\b|\b(?:impossible|no way) (?:to|of) (?:verify|confirm)",
    re.IGNORECASE,
)
# After the cue: a content clause means the disclaimer carries its own claim, not a back-reference.
OWN_CONTENT_RE = re.compile(r"\s*(?:how|whether|if|who|what|when|where|why|which|that)\b", re.I)
PLURAL_REFERENCE_RE = re.compile(
    r"\b(?:neither|both|these|those|them|claims|reports|figures|numbers|accounts|details|"
    r"allegations|statements|videos|images|photos)\b",
    re.IGNORECASE,
)

# --- unnamed reporting --------------------------------------------------------------------------
REPORTED_RE = re.compile(
    r"\b(?:it|this)\s+(?:has|had|have)\s+(?:also\s+)?been\s+(?:widely\s+)?(?:reported|alleged|"
    r"claimed|rumou?red|suggested)\b|\bit\s+(?:is|was)\s+(?:also\s+)?(?:widely\s+)?(?:reported|"
    r"alleged|rumou?red|claimed|understood|believed)\b|\b(?:reportedly|allegedly|purportedly|"
    r"supposedly|reputedly)\b|\b(?:is|are|was|were)\s+(?:said|reported|alleged|rumou?red|"
    r"believed|thought)\s+to\b|\b(?:reports|rumou?rs|sources)\s+(?:say|said|suggest|suggested|"
    r"indicate|indicated|claim|claimed)\b|\baccording to\s+(?:(?:local|media|news|unconfirmed|"
    r"some|several|multiple|other|early|initial|press|unnamed)\s+)*(?:reports|sources|accounts|"
    r"rumou?rs)\b|\b(?:multiple|several|many|numerous|unconfirmed|conflicting)\s+reports\b|"
    r"\bthere\s+(?:are|were|have been|had been)\s+(?:\w+\s+)?reports\b",
    re.IGNORECASE,
)

# --- the author's inference, prediction or opinion ----------------------------------------------
SPECULATIVE_RE = re.compile(
    r"\b(?:will|would|could|may|might)\s+(?:very\s+)?(?:likely|probably|possibly|perhaps)\b|"
    r"\b(?:is|are|was|were|be|seems|appears|looks)\s+(?:\w+ly\s+)?likely\b|\bmost likely\b|"
    r"\blikely\s+(?:will|would)\b|\b(?:is|are|was|were|be|being)\s+(?:widely\s+)?expected\s+to\b|"
    r"\b(?:probably|perhaps|presumably|apparently|seemingly|possibly|arguably|conceivably)\b|"
    r"\b(?:appears?|appeared|seems?|seemed)\s+to\b|\bit (?:appears|seems)\b|\bmay well\b|"
    r"\b(?-i:could|might|may)\b(?!\s+not\b|n't)|\bshould\b|\bnot (?:difficult|hard) to "
    r"(?:imagine|see|believe)\b|\bfar[- ](?:flung|fetched)\b|\bone (?:can|could) (?:imagine|"
    r"argue)\b|\bsafe to (?:say|assume)\b|\bremains to be seen\b|\b(?:this|that|it|which) "
    r"(?:reflects|suggests|shows|indicates|means|implies) that\b|\b(?:results|findings|data|"
    r"figures|numbers|evidence) (?:suggest|suggests|indicate|indicates|imply)\b|"
    r"\bI (?:think|believe|suspect|doubt|fear|hope|would argue)\b|\bin (?:my|our) (?:view|"
    r"opinion)\b|\bwe (?:see|think|believe|can|could|should|must|need|all know)\b|"
    r"\b(?:hard|difficult|impossible) to ignore\b|\bhas a point\b|\bis simply\b|\bthe (?:fix|"
    r"answer|solution|problem|lesson) is\b|\bit is time to\b|\bmakes (?:no )?sense\b|"
    r"\b(?:is|was) a mistake\b|\b(?:are|is) wrong\b|^(?:Opinion|Commentary|Editorial|"
    r"Op-ed|Analysis)\s*:",
    re.IGNORECASE,
)
# Cheap substring pre-check: a sentence containing none of these cannot match SPECULATIVE_RE,
# which is the costliest pattern (most sentences carry no hedge at all).
SPECULATIVE_TRIGGERS = _alternatives(
    "likely|expected|probabl|perhaps|presumabl|apparent|seem|possibl|arguabl|conceivabl|"
    "appear|may|might|could|should|imagine|to see|to believe|far-|far |safe to|remains to|"
    "reflects|suggest|shows|indicat|means|impl|i think|i believe|i suspect|i doubt|i fear|"
    "i hope|i would|view|opinion|we |ignore|a point|simply|the fix|the answer|the solution|"
    "the problem|the lesson|time to|sense|mistake|wrong|commentary|editorial|op-ed|"
    "analysis|one c"
)
# Stock phrases that contain a modal without hedging anything.
NOT_SPECULATIVE_RE = re.compile(
    r"\byou may (?:know|recall|remember|have)\b|\bmay not know\b", re.I
)
# The author taking the voice back: stops attribution from carrying on.
AUTHOR_VOICE_RE = re.compile(
    r"^(?:However|But|Still|Yet|Nevertheless|Notably|Meanwhile|Indeed|In fact|Of course|As you "
    r"may know)\b|\bit is (?:essential|important|worth|crucial|vital)\s+(?:to note|noting)\b|"
    r"\b(?:we|our|us)\b",
)
# Backshifted tense: the mark of reported speech running on from the previous sentence.
BACKSHIFT_RE = re.compile(r"\b(?:would|had|could|might|was to|were to)\b")
# Clause openers after which a hedge (or a report) no longer governs the main clause.
SUBORDINATE_RE = re.compile(
    r"\b(?:if|unless|because|so that|although|though|whether|which|who|whom|whose|when|"
    r"whenever|while|whereas|since|until|as long as|before|after|once|lest)\b",
    re.IGNORECASE,
)
CLAUSE_SUBORDINATE_RE = re.compile(
    r"\s*(?:as|with|despite|amid|after|before|while|since|because|although|though|if|unless|"
    r"when|whereas|until|once)\b"
)
LEADING_SUBORDINATE_RE = re.compile(
    r"^(?:Seeing that|Given that|Considering that|With|Despite|Amid|Although|Though|Because|"
    r"Since|While|If|Unless|When|After|Before|As|Once|Whether)\b"
)

# --- photo captions and credits -----------------------------------------------------------------
_CREDIT_WORDS = (
    r"Photo|Photos|Image|Picture|Getty|Reuters|AP|AFP|EPA|Shutterstock|Alamy|Twitter|Instagram|"
    r"Facebook|Telegram|YouTube|TikTok|NEXTA|Credit|Courtesy|via|Handout|Pool|File"
)
# Searched in the last few hundred characters of a paragraph only (cheap on huge paragraphs).
CAPTION_END_RE = re.compile(
    r"\((?:[^()]*(?:/|@|\b(?:" + _CREDIT_WORDS + r")\b)[^()]*)\)\s*\.?\s*"
    r"(?:(?:Source|Credit|Photo)s?\s*:\s*)?$|"
    r"(?:^|[\s.])(?:Source|Credit|Photo|Photograph|Image|Picture|Courtesy)s?\s*:\s*[^.!?]{0,60}$|"
    r"\b(?:Getty Images|Shutterstock|via Getty)\s*\.?$|\([@A-Z][\w@ ./-]{0,30}\)$"
)
CAPTION_START_RE = re.compile(
    r"(?:Photo|Photograph|Image|Picture|Caption|Pictured|Credit|Above|Top|Left|Right)s?\s*:|"
    r"\((?:Reporting|Writing|Editing|Additional reporting|Compiled)\b[^()]{0,300}\)$"
)

# --- attribution --------------------------------------------------------------------------------
# Verbs that report speech whatever follows them.
SPEECH_VERBS = _words(
    "said says say told tells tell claimed claims claim added adds noted notes explained explains "
    "stated insisted insists argued argues argue warned warns warn alleged alleges allege "
    "acknowledged acknowledges admitted admits asserted asserts contended contends maintained "
    "maintains stressed stresses emphasized emphasised emphasizes testified estimated "
    "reported revealed reveals announced announces confirmed confirms denied denies disclosed "
    "discloses declared declares cautioned cautions expects expect predicted predicts predict "
    "anticipates anticipate"
)
# Verbs that attribute only with a clause after them ("found that", "believe he sold").
CLAUSE_VERBS = _words(
    "found finds find show shows showed suggested suggests suggest indicated indicates indicate "
    "believes believe believed thinks think wrote writes tweeted tweets posted posts continued "
    "concluded recalled replied responded countered reports estimates forecast forecasts "
    "projects notes claims states"
)
PREDICTION_VERBS = _words(
    "expects expect predicted predicts predict forecast forecasts projects anticipates anticipate"
)
VERB_RE = re.compile(
    r"\b(?:[Aa]ccording to|pointed out|points out|"
    + "|".join(sorted(SPEECH_VERBS | CLAUSE_VERBS, key=len, reverse=True))
    + r")\b"
)
CLAUSE_START_RE = re.compile(
    r"\s+(?:\S+\s+){0,6}?(?:that\b|:|[“\"])|\s+(?:he|she|they|it|we|I|there|his|her|their|its)\b|"
    r"\s+(?:\S+\s+){1,3}?(?:was|were|is|are|had|has|have|would|will|could)\b"
)
TOKEN_RE = re.compile(r"[\w’'.@&/-]+|[^\w\s]")

PRONOUNS = _words("he she it they him her them i we you")
DETERMINERS = _words("a an the this that these those his her its their our")
INDEFINITE = _words(
    "a an one two three four five six several some many multiple other another various few "
    "numerous"
)
CONNECTORS = _words("of for in at on from by with and de del della da van von bin al le la")
PARTICIPLES = _words(
    "released published conducted commissioned polled surveyed cited quoted obtained reviewed "
    "filed familiar close"
)
# Heads that never name anybody: unnamed people and unnamed reports.
UNNAMED_HEADS = _words(
    "official officials source sources people person aide aides insider insiders witness "
    "witnesses resident residents observer observers diplomat diplomats analyst analysts expert "
    "experts trader traders scientist scientists researcher researchers economist economists "
    "critic critics employee employees worker workers staff activist activists parent parents "
    "lawmaker lawmakers leader leaders member members businesses report reports media "
    "commentators bloggers users accounts someone"
)
# Institutions and documents: on the record even without a personal name.
INSTITUTIONAL_HEADS = _words(
    "police prosecutors prosecutor investigators investigator detectives coroner sheriff "
    "firefighters court records documents filings filing lawsuit complaint indictment study "
    "poll survey audit statement data figures memo letter analysis paper ministry department "
    "office agency authority authorities government military army navy company firm group union "
    "board council committee commission bank league club association institute university "
    "operator maker chipmaker carrier airline regulator governor mayor spokesman spokeswoman "
    "spokesperson"
)
ORG_GENERIC = _words("company firm group operator maker chipmaker carrier airline bank")
SPOKES_HEADS = _words("spokesman spokeswoman spokesperson representative")
# Lowercase words that may sit inside a speaker's noun phrase.
ROLE_WORDS = _words(
    "spokesman spokeswoman spokesperson adviser advisor minister secretary president chief "
    "director negotiator operator official officials officer officers commander general governor "
    "mayor senator lawyer attorney judge prosecutor prosecutors police investigators detectives "
    "analyst analysts expert experts economist economists researcher researchers scientist "
    "scientists source sources aide aides people person witness witnesses resident residents "
    "staff employees workers traders leader leaders members member executive founder chairman "
    "chairwoman head professor fellow association union company firm agency ministry department "
    "office government military board council committee commission court records documents "
    "study poll survey report reports data figures statement lawsuit complaint filings team "
    "senior former top local regional state federal foreign defense defence interior "
    "presidential deputy acting associate assistant intelligence military security service "
    "civil protection finance businesses diplomat diplomats pharmacist doctor nurse teacher "
    "coach manager owner insiders critics activists parents lawmakers"
)
CAP_STOP = _words(
    "However But And Meanwhile Also Moreover Still Yet So Then Now Later Earlier On In At After "
    "Before When While As Since Because Although If Last This That These Those Yesterday Today "
    "Yes No It There Here Instead Separately Previously Early Late During Under Over Despite "
    "With Without Seeing Given Asked Speaking Writing Neither Either Each Every All Both"
)
CALENDAR = _words(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
    "June July August September October November December"
)
SKIP_BEFORE_VERB = _words(
    "also later previously earlier further then has have had now once again separately "
    "repeatedly publicly privately recently initially originally first last still subsequently "
    "yesterday today frequently often already has since"
)
ORG_ROLES = _words(
    "site outlet newspaper broadcaster network magazine agency association union ministry "
    "department institute organisation organization"
)
PERSON_ROLES = _words(
    "spokesman spokeswoman spokesperson adviser advisor minister secretary president negotiator "
    "officer commander governor mayor senator lawyer attorney judge analyst economist professor "
    "fellow executive founder chairman chairwoman director chief leader coach manager owner "
    "doctor pharmacist researcher scientist member"
)
PERSON_TITLES = _words(
    "Mr. Mrs. Ms. Dr. Prof. Gen. Lt. Col. Capt. Sgt. Maj. Sen. Rep. Gov. President Adviser "
    "Advisor Minister Secretary Spokesman Spokeswoman Governor Mayor Senator Judge Chief "
    "Officer Director Captain Sergeant General Commander Lieutenant"
)
ORG_WORDS = _words(
    "Ministry Department Office House Staff Authority Union Inc Inc. Corp Corp. Group Council "
    "Court Police Agency Service Bank Association University Organization Organisation "
    "Institute Board Committee Commission Party Government Kremlin Pentagon Reuters CNN AP AFP "
    "BBC Times Post Journal News Press Company Co. Ltd Ltd. League Club Army Navy Forces "
    "Semiconductor Foundation Center Centre Administration Bureau"
)

_QUOTE_MARK_RE = re.compile('[“«„”»"]')
_OPEN_QUOTES, _CLOSE_QUOTES = "“«„", "”»"
_WINDOW = 240


def mask_quotes(text: str, open_at_start: bool) -> tuple[str, int, bool, bool]:
    """Blank out quoted material (keeping the marks) so the outlet's own words can be read.

    Curly quotes pair up (a stray closing mark is ignored); straight quotes toggle.

    Args:
        text: one sentence.
        open_at_start: whether a quotation is already open when the sentence begins.

    Returns:
        ``(masked text, quoted characters, quote open at the end, a quote opened here)``.
    """
    pieces: list[str] = []
    pos, quoted, opened = 0, 0, False
    open_from = 0 if open_at_start else -1
    for m in _QUOTE_MARK_RE.finditer(text):
        ch, i = m.group(0), m.start()
        if open_from < 0 and ch not in _CLOSE_QUOTES:
            open_from, opened = i + 1, True
        elif open_from >= 0 and ch not in _OPEN_QUOTES:
            pieces += [text[pos:open_from], "_" * (i - open_from)]
            quoted += i - open_from
            pos, open_from = i, -1
    if open_from >= 0:
        pieces += [text[pos:open_from], "_" * (len(text) - open_from)]
        quoted += len(text) - open_from
        pos = len(text)
    pieces.append(text[pos:])
    return "".join(pieces), quoted, open_from >= 0, opened


def _governs(masked: str, at: int) -> bool:
    """Whether a cue at ``at`` sits in the main clause, not a subordinate or relative one."""
    if LEADING_SUBORDINATE_RE.match(masked):
        comma = masked.find(",", 0, at)
        if comma < 0:
            return False
    lo = max(masked.rfind(d, max(0, at - _WINDOW), at) for d in ",;:—–(")
    if lo >= 0 and CLAUSE_SUBORDINATE_RE.match(masked, lo + 1):
        return False
    return SUBORDINATE_RE.search(masked, max(lo + 1, at - _WINDOW), at) is None


def main_clause_cue(
    pattern: re.Pattern[str], masked: str, triggers: tuple[str, ...] = ()
) -> str | None:
    """Return the first match of ``pattern`` that governs the main clause of ``masked``.

    Args:
        pattern: a cue pattern, e.g. :data:`SPECULATIVE_RE`.
        masked: the sentence with quotations blanked out.
        triggers: lowercase substrings one of which any match contains (a fast pre-check).

    Returns:
        The cue words, or ``None``.
    """
    if triggers:
        low = masked.lower()
        if not any(t in low for t in triggers):
            return None
    for m in pattern.finditer(masked):
        near = masked[max(0, m.start() - 12) : m.end() + 12]
        if _governs(masked, m.start()) and not NOT_SPECULATIVE_RE.search(near):
            return m.group(0)
    return None


def caption_cue(paragraph: str) -> str | None:
    """Return the credit or label that makes ``paragraph`` a photo caption, if any.

    Args:
        paragraph: the paragraph's text.

    Returns:
        The credit words, e.g. ``"(NEXTA/Twitter)"`` or ``"Photo: AP"``, or ``None``.
    """
    m = CAPTION_START_RE.match(paragraph[:400]) if len(paragraph) < 400 else None
    m = m or CAPTION_END_RE.search(paragraph[-200:])
    return m.group(0).strip(" .") if m else None


_FUNCTION_WORDS = _words(
    "the a an he she they we i it its their his her our this that there in on at as but and "
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday"
)


def protagonist(texts: list[str]) -> str | None:
    """Return the capitalised word a story keeps returning to: "the company" by default.

    Args:
        texts: the document's sentences.

    Returns:
        The word, when it occurs at least three times away from sentence starts.
    """
    counts: dict[str, int] = {}
    for text in texts:
        for word in text[:2000].split():
            word = word.strip(".,;:!?()“”\"'’").removesuffix("’s").removesuffix("'s")
            if word[:1].isupper() and word.lower() not in _FUNCTION_WORDS and word not in CAP_STOP:
                counts[word] = counts.get(word, 0) + 1
    best = max(counts.items(), key=lambda kv: kv[1], default=("", 0))
    return best[0] if best[1] >= 3 else None
