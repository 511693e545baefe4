"""Compiled cue patterns: unnamed reports, hedges, opinion and tense.

Patterns run on *masked* sentence text (quoted material blanked out by
:func:`corpus.quotes.mask_quotes`), so a cue inside somebody's quotation never becomes the
outlet's own cue.
"""

from __future__ import annotations

import re

from corpus.claim_cues import IRREGULAR_PAST, SPEECH_VERBS
from corpus.hearsay_shapes import HEARSAY_SHAPES_RE, HEARSAY_SHAPES_TRIGGERS

# --- unnamed reporting --------------------------------------------------------------------------
REPORTED_RE = re.compile(
    r"\b(?:it|this)\s+(?:has|had|have)\s+(?:also\s+)?been\s+(?:widely\s+)?(?:reported|alleged|"
    r"claimed|rumou?red|suggested)\b|\bit\s+(?:is|was)\s+(?:also\s+)?(?:widely\s+)?(?:reported|"
    r"alleged|rumou?red|claimed|understood|believed|thought|said)\b|\b(?:reportedly|allegedly|purportedly|"
    r"supposedly|reputedly|ostensibly)\b|\b(?:is|are|was|were)\s+(?:(?:also|widely|further)\s+)?"
    r"(?:(?:not\s+)?(?:said|reported|alleged|"
    r"rumou?red|believed|thought|understood|presumed|assumed|feared|tipped|suspected)"
    r"|known(?=\s+to\s+(?:have|be)\b))\s+to\b|"
    # "The board is expected to write to patients": expected by people the story does not
    # name; how long a trial "is expected to last" is the court's timetable.
    r"\b(?:is|are)\s+(?:widely\s+)?expected\s+to\b(?!\s+last\b)|"
    # "There is talk that …", "There are whispers that …", "By one account, …", "…, by one
    # estimate": hearsay no one is named for.
    r"\bthere\s+(?:is|was|has\s+been)\s+(?:\w+\s+)?talk\s+(?:that|of)\b"
    r"|\bthere\s+(?:are|were|have\s+been)\s+(?:\w+\s+)?(?:whispers|murmurs|suggestions)\s+that\b"
    r"|\bby\s+(?:one|some|several|many|other|most)\s+(?:accounts?|estimates?|counts?|reckonings?"
    r"|tallies)\b|"
    r"\b(?:is|are|was|were)\s+(?:widely\s+)?(?:seen|regarded|considered|viewed|tipped)\s+by\s+"
    r"(?:many|some|several|most|other)\b|\b(?:reports|rumou?rs|sources)\s+(?:say|said|suggest|suggested|"
    r"indicate|indicated|claim|claimed)\b|\baccording to\s+(?:(?:local|media|news|unconfirmed|"
    r"some|several|multiple|other|early|initial|press|unnamed)\s+)*(?:reports|sources|accounts|"
    r"rumou?rs)\b|\b(?:multiple|several|many|numerous|unconfirmed|conflicting)\s+reports\b|"
    r"\bthere\s+(?:are|were|have|has|had)\s+(?:also\s+)?(?:been\s+)?(?:\w+\s+)?reports\b|"
    # A newsroom passing on what reaches it: "We're getting reports that ...".
    r"\bwe(?:'re|’re| are|'ve|’ve| have)\s+(?:been\s+)?(?:getting|hearing|receiving|seeing|had|"
    r"received|seen)\s+(?:\w+\s+)?reports\b|\breports\s+(?:are|were)\s+(?:emerging|coming in|"
    r"circulating)\b|"
    # "We are hearing that ...", "We are told that ...", "We understand that ...": a newsroom
    # passing on what its unnamed sources say.
    r"\bwe(?:'re|’re| are| were|'ve|’ve| have)\s+(?:been\s+)?(?:hearing|told|given\s+to\s+"
    r"understand)\s+that\b|\bwe\s+(?:understand|hear)\s+that\b|"
    r"\b(?:a|an|the)\s+(?:reported|alleged|rumou?red|purported)\s+\w|"
    # "Local media are reporting that ...", "Rumours have circulated for months that ...".
    r"\bmedia\s+(?:are|were|have been|has been)\s+reporting\b|"
    r"\brumou?rs?\s+(?:(?:have|has|had)\s+(?:also\s+)?)?(?:circulated|swirled|spread|went\s+"
    r"(?:round|around)|did\s+the\s+rounds)\b(?!\s+by\b)|"
    # "Word among the grandmasters was that ...", "Talk among pilots at the airfield is that
    # ...", "Juniper's mother, so the story goes, ...", "by several parents' accounts", "is
    # said by colleagues to": hearsay whose speakers are a crowd, not a name.
    r"\b(?:talk|word|gossip|chatter)\s+(?:among|in|around|at|on|across|inside|along)\b[^,;.]{1,60}?"
    r"\s+(?:(?:is|was|has\s+been|had\s+been)\s+that|has\s+it|places|puts|says|suggests)\b|"
    r"\b(?:so|as)\s+the\s+story\s+goes\b|"
    # "The feeling in the village is that", "The suspicion among staff was that", "Local
    # wisdom has it that", "It is whispered that": a crowd's view, nobody's word.
    r"\bthe\s+(?:talk|word|feeling|assumption|suspicion|belief|gossip|rumou?r|whisper|chatter|"
    r"consensus)\s+(?:(?:among|in|around|at|on|along|across|inside)\b[^,;.]{1,60}?\s+)?(?:is|was|"
    r"has\s+been|had\s+been)\s+that\b|\bhas\s+it\s+that\b|\bit\s+(?:is|was|has\s+been)\s+"
    r"(?:widely\s+)?(?:whispered|muttered|murmured|gossiped|hinted|suspected)\s+that\b|"
    # "It was put about in the canteen that", "have let it be known", "on the grapevine",
    # "Unofficial estimates put", "one of them let slip", "one hears in Ousel Green", "repeat
    # a tale that", "is estimated to have cost", "by the look of things", "the Lodestar has
    # been told": talk nobody on the record answers for.
    r"\b(?:is|was|has\s+been|had\s+been)\s+put\s+about\b|\blet\s+it\s+be\s+known\b|"
    r"\bon\s+the\s+grapevine\b|\bgrapevine\s+has\s+it\b|\bunofficial\s+(?:estimates?|figures|"
    r"counts?|tallies)\b|\blet\s+slip\b|\bone\s+hears\b|\brepeat(?:s|ed)?\s+(?:a|the)\s+"
    r"(?:tale|story|rumou?r)\b|\b(?:is|are|was|were)\s+estimated\s+to\b|\bby\s+the\s+look\s+of\s+"
    r"(?:things|it)\b|\bthe\s+[A-Z][\w’'-]+\s+(?:has|had)\s+been\s+told\b(?!\s+to\b)|"
    # "From what staff can piece together", "A message circulating among glaciologists", "a
    # sum doing the rounds among drivers", "Online reviews left by guests", "Similar stories
    # have surfaced", "by local report", "It is an open secret", "we hear", "A memo leaked
    # to drivers", "It is being said in some quarters", "Retailers have heard that".
    r"\bfrom\s+what\s+[^,;.]{1,60}?\s+(?:can|could)\s+(?:piece\s+together|gather|tell|make\s+out)"
    r"\b|\b(?:circulating|doing\s+the\s+rounds|going\s+(?:a)?round)\s+(?:among|in|on|around)\b|"
    r"\breviews?\s+(?:left|posted|written)\s+(?:online\s+)?by\b|\b(?:stories|claims|reports|"
    r"accounts|rumou?rs|allegations|complaints)\s+(?:have|has|had)\s+(?:also\s+)?surfaced\b|"
    r"\bby\s+(?:local|popular|common|general|all|many|several|some)\s+(?:report|reports|account|"
    r"accounts|repute)\b|\bopen\s+secret\b|\bwe\s+hear\b|"
    r"\b(?:memo|document|email|letter|report|draft|plan|minutes|recording)s?\s+leaked\s+(?:to|from)\b|"
    r"\bit\s+is\s+being\s+(?:said|suggested|claimed|whispered)\b|\bin\s+some\s+quarters\b|"
    r"\b(?:have|has|had)\s+heard\s+that\b|"
    r"\bthe\s+story\s+goes\s+that\b|\bby\s+(?:one|some|several|many|most|other|a\s+few|two|"
    r"three|four)\s+(?:[\w-]+\s+)?[\w-]+(?:[’']s|s[’'])\s+accounts?\b|"
    r"\b(?:is|are|was|were)\s+(?:also\s+|widely\s+)?(?:said|reported|believed|thought|"
    r"understood)\s+by\s+(?:(?:some|many|several|most|his|her|their|its|former|close|fellow|"
    r"other)\s+)*(?:colleagues|friends|neighbou?rs|insiders|people|those|relatives|staff|"
    r"others|critics|rivals|acquaintances|locals|residents|witnesses|parents|players|members|"
    r"teammates|associates)\b[^,;.]{0,40}?\s+to\b|"
    # "Videos posted on social media appear to show ...": nobody named vouches for them.
    r"\b(?:videos?|photos?|footage|images?|posts?|clips?)\s+(?:\w+\s+){0,2}(?:posted|shared|"
    r"circulating|published)\s+(?:widely\s+)?on\s+social\s+media\b|"
    # "Local legend has it that he once carried a pony across": hearsay nobody is named for.
    r"\b(?:legend|rumou?r|gossip|word|folklore|tradition)\s+has\s+it\b|"
    # A columnist's unnamed sources: "I am reliably informed", "A little bird tells me",
    # "Whispers from the rehearsal rooms suggest".
    r"\bI(?:\s+am|\s+was|[’']m|\s+have\s+been|[’']ve\s+been)\s+(?:reliably\s+)?(?:told|informed)\b"
    r"|\blittle\s+bird(?:ie)?\s+(?:tells|told|has\s+told)\s+me\b"
    r"|\b(?:whispers|murmurs|mutterings)\s+(?:from|in|at|around|among)\b[^,;.]{1,60}?\s+"
    r"(?:suggest|say|have\s+it)\b",
    re.IGNORECASE,
)

REPORTED_TRIGGERS = re.compile(
    "report|alleg|claim|rumou?r|suggest|understood|believed|said to|is said|was said|thought|"
    "informed| told|little bird|murmurs|mutterings|"
    "purport|social media|suppos|reput|sources|known to| by many| by some| by several| by most|"
    "has it|presumed|assumed|feared|tipped|talk|whispers|suggestions|by one|story goes|word|"
    "gossip|chatter| by a few| by two| by three| by four|put about|let it be|grapevine|"
    "unofficial|let slip|hears|repeat|estimated to|look of|been told|feeling|assumption|"
    "suspicion|belief|whisper|consensus|mutter|murmur|hint|suspected|piece together|"
    "circulating|rounds|going round|going around|reviews|surfaced|open secret|we hear|"
    "leaked|being said|quarters|heard that|counts|reckoning|tallies|ostensibl|"
    " by other|"
    "hearing|told that|understand that|hear that|given to understand|expected to"
)
# Modals that hedge nothing: stock phrases, and past ability with a verb of perception
# ("residents could hear the blasts" reports what they heard, it does not guess).
NOT_SPECULATIVE_RE = re.compile(
    r"\byou may (?:know|recall|remember|have)\b|\bmay not know\b|\bcould (?:hear|see|feel|"
    r"smell|taste|watch|only|barely|hardly(?!\s+(?:have\s+)?(?:come|happened|been)\b)"
    r"|no longer)\b|"
    # Permission and obligation, not a guess: "passengers may be entitled to 600 euros"; a
    # paper's house rule, "Letters may be edited for length".
    r"\b(?:may|might|could)\s+(?:also\s+)?be\s+(?:entitled|eligible|allowed|permitted|"
    r"required|liable|edited|shortened|reproduced)\b",
    re.I,
)
# The author taking the voice back: stops attribution from carrying on.
AUTHOR_VOICE_RE = re.compile(
    r"^(?:However|But|Still|Yet|Nevertheless|Notably|Meanwhile|Indeed|In fact|Of course|As you "
    r"may know)\b|"
    # "If convicted, he could face ten years": the outlet weighing what may follow.
    r"^If\b|\bit is (?:essential|important|worth|crucial|vital)\s+(?:to note|noting)\b|"
    r"\b(?:we|our|us)\b|"
    # The outlet's own account of asking: "X could not be reached for comment".
    r"\b(?:could not|couldn't|can ?not) be reached\b|"
    r"\b(?:declined|refused) to (?:comment|say|discuss|elaborate|give)\b|"
    r"\bdid not (?:respond|reply) to (?:a |our )?(?:request|requests|questions)\b",
)
# Backshifted tense: the mark of reported speech running on from the previous sentence.
BACKSHIFT_RE = re.compile(r"\b(?:would|had|could|might|was to|were to)\b")
# Clause openers after which a hedge (or a report) no longer governs the main clause.
SUBORDINATE_RE = re.compile(
    r"\b(?:if|unless|because|so that|although|though|whether|which|who|whom|whose|when|"
    # "raised the money once can surely": an adverb, no clause after it.
    r"whenever|while|whereas|since|until|as long as|before|after|lest|"
    r"once(?!\s+(?:can|will|would|could|may|might|must|should|again|more)\b)|"
    # "declined to say how long a review might take", "nobody has yet agreed what the roof should
    # be made of": a question nobody has answered.
    r"(?:say|said|know|tell|told|ask|asked|explain|disclose|reveal|confirm|agreed|decided"
    r"|settled|sure|clear)\s+(?:how|what|where))\b",
    re.IGNORECASE,
)
CLAUSE_SUBORDINATE_RE = re.compile(
    r"\s*(?:as|with|despite|amid|after|before|while|since|because|although|though|if|unless|"
    r"when|whereas|until|once)\b"
)
# A relative clause that has had its verb and ends where the main clause's auxiliary stands
# before the cue: "The marshal who moved the cones has reportedly offered to step down".
_PAST = "[a-z]+ed|" + "|".join(sorted(IRREGULAR_PAST))
_CLOSED_RELATIVE_RE = re.compile(
    rf"(?:who|which)\s+({_PAST})\b[^,;:]*?\s(?:(?:has|have|had|is|are|was|were)\s+)?$"
)
# With no auxiliary, only a hearsay adverb before the main clause's own past verb closes it:
# "Two of the patrols who left this year reportedly gave up".
_ADVERB_BEFORE_PAST_RE = re.compile(
    rf"(?:reportedly|allegedly|purportedly|supposedly|reputedly)\s+(?:{_PAST})\b"
)
# The same clause when the cue itself opens with the main verb: "Customers who paid by bank
# transfer" + "are likely to recover little", "Shareholders who hold out for 450p" + "are
# likely to be disappointed" (any verb of its own, not an auxiliary of the cue's).
_RELATIVE_BEFORE_VERB_RE = re.compile(
    r"(?:who|which)\s+(?!(?:is|are|was|were|has|have|had|will|would|can|could|may|might)\b)"
    r"([a-z]+)\b[^,;:]*?\s+$"
)
_CLAUSE_SUBJECT_RE = re.compile(r"\b(?:that|he|she|they|it|we|I)\s+$")
# "Members who backed the motion may find …": the hedge is the author's, after the relative
# clause; "a runner who leaves … may be given" is a rule's permission, not a guess.
_COPULA_RE = re.compile(
    r"(?:has|have|had|is|are|was|were|will|would)\b|(?:may|might|could)\b(?!\s+be\s+[a-z]+(?:ed|en)\b)"
)
# "a deal before the walkout looks unlikely": a preposition with a short noun phrase and no
# verb of its own before the cue, not a clause.
_PREPOSITION_RE = re.compile(r"(?:before|after|since|until)\s+(?:the|a|an|its|their)\s+\w+\s+$")
LEADING_SUBORDINATE_RE = re.compile(
    r"^(?:Seeing that|Given that|Considering that|With|Despite|Amid|Although|Though|Because|"
    r"Since|While|If|Unless|When|After|Before|As|Once|Whether)\b"
)

# --- interviews ---------------------------------------------------------------------------------
TURN_RE = re.compile(r"(Q|A|Question|Answer)\s*[:.]\s")
"""An interview turn's label: the interviewer's question or the interviewee's answer."""

# --- opinion pieces -----------------------------------------------------------------------------
OPINION_TITLE_RE = re.compile(
    # An "Analysis:" piece argues too: its present-tense judgements are the analyst's; and a
    # "Review:" is the critic's.
    r"^(?:Opinion|Comment|Commentary|Editorial|Op-ed|Column|Perspective|Viewpoint|My view|"
    r"Analysis|Review|Leader|Our view)\s*[:|—–-]"
    # A newspaper's leader: "The Argus view on the Inchkell ferry sale: a bad bargain".
    r"|^The\s+(?:[A-Z][\w’'-]*\s+){1,2}view\s+on\b",
    re.IGNORECASE,
)
# In an opinion piece, narrative (past tense, perfect, dates, habits) is the record; a present
# tense generalisation or a prediction in the author's own voice is the author's view.
NARRATIVE_RE = re.compile(
    r"\b(?i:was|were|had|did|has|have|ago|yesterday|every|each|last (?:year|month|week))\b|"
    r"\b(?:19|20)\d\d\b|\b[a-z]{3,}ed\b|\b(?:" + "|".join(sorted(IRREGULAR_PAST)) + r")\b"
)
_FIGURE_RE = re.compile(r"\d")
PREDICTION_RE = re.compile(r"\b(?:will|won't|would|shall)\b")

ENDS_SENTENCE_RE = re.compile(r"[.!?…][\"”’')\]]*$")
_WINDOW = 240


def _governs(masked: str, at: int) -> bool:
    """Whether a cue at ``at`` sits in the main clause, not a subordinate or relative one."""
    if LEADING_SUBORDINATE_RE.match(masked):
        comma = masked.find(",", 0, at)
        if comma < 0:
            return False
    lo = max(masked.rfind(d, max(0, at - _WINDOW), at) for d in ",;:—–(")
    if lo >= 0 and CLAUSE_SUBORDINATE_RE.match(masked, lo + 1):
        return False
    # Matched on the whole sentence, so that what follows an opener decides ("once can").
    openers = SUBORDINATE_RE.finditer(masked, max(lo + 1, at - _WINDOW))
    return all(
        _closed_relative(masked, m.start(), at) or _PREPOSITION_RE.match(masked, m.start(), at)
        for m in openers
        if m.end() <= at
    )


_AUXILIARIES = ("has", "have", "had", "is", "are", "was", "were")


def _closed_relative(masked: str, start: int, at: int) -> bool:
    """Whether the relative clause at ``start`` has ended before the cue at ``at``."""
    m = _CLOSED_RELATIVE_RE.match(masked, start, at)
    if m is not None and not m.group(0).rstrip().endswith(_AUXILIARIES):
        m = m if _ADVERB_BEFORE_PAST_RE.match(masked, at) else None
    if m is None and _COPULA_RE.match(masked, at):
        m = _RELATIVE_BEFORE_VERB_RE.match(masked, start, at)
    # "Officials who said the deal was allegedly agreed": the cue is in what they said, as in
    # "who announced in October that she would retire".
    if m is None or _CLAUSE_SUBJECT_RE.search(masked, start, at):
        return False
    # "which it said could be …": the cue is in what was said.
    words = masked[m.start(1) : at].lower().split()
    return not any(w in SPEECH_VERBS for w in words[:3])


def main_clause_cue(
    pattern: re.Pattern[str], masked: str, triggers: re.Pattern[str] | None = None
) -> str | None:
    """Return the first match of ``pattern`` that governs the main clause of ``masked``.

    Args:
        pattern: a cue pattern, e.g. :data:`SPECULATIVE_RE`.
        masked: the sentence with quotations blanked out.
        triggers: a fast pre-check on the lowercased sentence: something any match contains.

    Returns:
        The cue words, or ``None``.
    """
    if triggers is not None and triggers.search(masked.lower()) is None:
        return None
    for m in pattern.finditer(masked):
        near = masked[max(0, m.start() - 12) : m.end() + 12]
        if _governs(masked, m.start()) and not NOT_SPECULATIVE_RE.search(near):
            return m.group(0)
    return None


def reported_cue(masked: str) -> str | None:
    """An unnamed report governing ``masked`` ("reportedly", "is said to"), if any."""
    return main_clause_cue(REPORTED_RE, masked, REPORTED_TRIGGERS) or main_clause_cue(
        HEARSAY_SHAPES_RE, masked, HEARSAY_SHAPES_TRIGGERS
    )


def opinion_cue(masked: str, label: str) -> str | None:
    """In an opinion piece, the author's view: a prediction or a present-tense judgement.

    Args:
        masked: a sentence in the author's own voice, quotations blanked out.
        label: the words that mark the piece as opinion (e.g. its "Comment:" title label).

    Returns:
        The modal of a prediction, ``label`` for a judgement, or ``None`` for narrative that
        reports what happened.
    """
    pred = main_clause_cue(PREDICTION_RE, masked)
    if pred:
        return pred
    # A figure is the record, in a column as in a review ("Tickets cost between 18 and 62
    # pounds.").
    if NARRATIVE_RE.search(masked) or "?" in masked or _FIGURE_RE.search(masked):
        return None
    return label
