"""The author's own inference, prediction or opinion: what makes a sentence speculative.

"Further protests seem almost certain", "a deal before the walkout looks unlikely", "Whatever
happens on appeal, the ruling leaves ...": the outlet guessing, forecasting or judging, as
opposed to asserting. Like :mod:`corpus.cue_patterns`, the patterns run on masked sentence
text, and a cue counts only where it governs the main clause.
"""

from __future__ import annotations

import re

from corpus import claim_cues as cc
from corpus.cue_patterns import main_clause_cue

_SOURCE_HEADS = "|".join(
    sorted(cc.DOCUMENT_HEADS | cc.ORG_GENERIC | cc.ORG_ROLES | cc.ROLE_WORDS | cc.PERSON_ROLES)
)

# "It is, one suspects, a chosen entrance": the author's own guess, no unnamed source's.
ONE_GUESS = r"\bone\s+(?:suspects|imagines|wonders|fears|assumes)\b"
ONE_GUESS_RE = re.compile(ONE_GUESS, re.IGNORECASE)
SPECULATIVE_RE = re.compile(
    r"\b(?:will|would|could|may|might|can|must)\s+(?:very\s+|also\s+|still\s+|then\s+)?(?:likely|"
    r"probably|possibly|perhaps|(?:almost\s+)?certainly|surely|undoubtedly|inevitably)\b|"
    r"\b(?:is|are|was|were|be|seems?|appears?|looks?)\s+(?:(?:\w+ly|also|still|very|quite|more|"
    r"less|even|not)\s+)?(?:un)?likely\b|\bmost likely\b|"
    # "The episode is almost certain to push …", "Pressure is bound to grow": a forecast.
    r"\b(?:is|are|was|were)\s+(?:almost\s+|all\s+but\s+|virtually\s+|nearly\s+)?"
    r"(?:certain|bound)\s+to\b|"
    # "Further protests seem almost certain": the author's forecast, as "seem likely" is.
    r"\b(?:seems?|seemed|appears?|appeared|looks?|looked)\s+(?:(?:almost|virtually|nearly|"
    r"all but|increasingly)\s+)?(?:certain|inevitable|assured)\b|"
    # "The bank seems determined not to repeat …": the author reading an intention.
    r"\b(?:seems?|seemed|appears?|appeared|looks?|looked)\s+(?:(?:\w+ly|very|quite)\s+)?"
    r"(?:determined|intent|keen|eager|set|poised|ready|reluctant|unwilling|anxious)\s+"
    r"(?:not\s+)?(?:to|on)\b|"
    # "The mayor's position looks increasingly difficult to defend", "a fee … looks hard for
    # Marlstone to refuse": the author's judgement of what is to come.
    r"\b(?:seems?|seemed|looks?|looked|would\s+be)\s+(?:(?:\w+ly|very|quite)\s+)?(?:hard|difficult"
    r"|impossible|untenable)\s+(?:for\s+(?:[\w’'-]+\s+){1,6}?)?to\b|"
    # "A longer study looks like the obvious next step": the author's verdict.
    r"\b(?:seems?|looks?)\s+like\s+(?:the|an?)\s+(?:obvious|natural|logical|sensible|best)\b|"
    r"\b(?:seems?|looks?)\s+too\s+\w+\s+to\b|"  # "looks too fragile to last a full term"
    # "Whatever the appeal decides, a team that sold itself as clean will struggle": what the
    # author expects, come what may.
    r"^(?:Whatever|Whoever|Whichever|No\s+matter\s+\w+)\s+[^,]{3,60},|"
    # "However the row ends, the academy has turned …": the same, come what may.
    r"^However\s+(?:[\w’'-]+\s+){1,6}?(?:ends|turns\s+out|plays\s+out|goes|unfolds|is\s+settled"
    r"|is\s+resolved)\s*,|"
    # "Either way, plenty of people will be looking up"; "Investors will want to see …": what
    # the author expects of people, whatever comes.
    r"^Either\s+way,[^;]*?\bwill\b|\bwill\s+(?:surely\s+|no\s+doubt\s+)?want\b|"
    # "Judging by the people we met, the cabinet will …", "On the evidence so far, the Feakins
    # camp has the better of it", "On this showing, Mardlebury will need that net": the
    # author concluding from what the story has shown.
    r"^(?:Judging\s+(?:by|from)\s+[^,]{3,60}|On\s+(?:the|this|that|current|present)\s+"
    r"(?:evidence|showing|form)(?:\s+so\s+far)?)\s*,|"
    # "Six months looks an optimistic timetable", "The offer looks generous on paper, but":
    # the author's judgement of a plan.
    r"\b(?:looks?|seems?)\s+(?:an?\s+|very\s+|rather\s+|rather\s+an?\s+)?(?:optimistic|ambitious"
    r"|generous|hopeful|shaky|risky|doubtful|tall\s+order|stretch)\b|"
    # "I would expect the council to serve the notice": the writer's forecast.
    r"\bI\s+(?:would|[’']d)\s+expect\b|"
    # "Six seats and a 10pm finish hardly sound like the rowdy den the objectors fear".
    r"\bhardly\s+(?:sounds?|looks?|seems?)\s+like\b|"
    # "It is hard to read these emails and believe that rust had much to do with it".
    r"\b(?:is|it[’']s)\s+(?:hard|difficult)\s+to\s+\w+\s+(?:[\w’'-]+\s+){0,4}?and\s+(?:still\s+)?"
    r"(?:believe|conclude|think)\b|"
    # "the likeliest outcome", "it is hard to see how", "would be wise to check", "is only as
    # good as", "looks less like a one-off than", "will matter far more", "will make it much
    # harder", "the chances of finding him are falling": the author weighing what is to come.
    r"\blikeliest\b|\b(?:is|it[’']s)\s+(?:(?:also|still|now)\s+)?(?:hard|difficult)\s+to\s+"
    r"(?:see|imagine|believe|watch)\b"
    r"|\bwould\s+(?:be\s+)?(?:wise|well\s+advised|sensible|foolish|unwise|mad|daft)\s+(?:not\s+)?to\b"
    # "would do far better to ring", "could hardly come at a worse time", "will be hard to
    # catch", "will please the houses", "is long overdue", "is plainly beyond saving".
    r"|\bwould\s+do\s+(?:far\s+|much\s+|a\s+lot\s+)?(?:better|well)\s+to\b"
    r"|\bcould\s+(?:hardly|scarcely)\s+(?:have\s+)?(?:come|happened|been)\b"
    r"|\bwill\s+be\s+(?:very\s+)?(?:hard|difficult|tough)\s+to\b"
    r"|\bwill\s+(?:please|delight|disappoint|annoy|anger|upset|frustrate|infuriate|dismay"
    r"|reassure|cheer)\b|\b(?:is|are)\s+(?:long|well)\s+overdue\b"
    r"|\b(?:is|are)\s+(?:plainly|obviously|surely|clearly)\s+(?:beyond|past)\b"
    r"|\bonly\s+as\s+good\s+as\b|\b(?:seems?|seemed|looks?|looked)\s+(?:less|more)\s+like\b"
    # "looks, in hindsight, like the moment the Alliance lost": the author looking back.
    r"|\b(?:seems?|seemed|looks?|looked),\s+[^,]{1,30},\s+like\b"
    r"|\b(?:will|would|may|might|could)\s+matter\s+(?:far\s+|much\s+)?(?:more|less)\b"
    r"|\bwill\s+make\s+it\s+(?:\w+\s+)?(?:harder|easier|difficult|impossible)\b"
    r"|\b(?:chances|odds|hopes)\s+(?:of|that)\b[^,;.]{0,60}?\b(?:are|is)\s+(?:falling|fading|slim"
    r"|remote|shrinking|dwindling)\b|"
    # "It is hard to read the decision as anything other than a gamble"; "X is betting that";
    # "Fog in the Sound is hardly rare".
    r"\b(?:hard|difficult)\s+to\s+(?:read|see)\s+(?:[\w’'-]+\s+){1,5}as\b|"
    r"\b(?:is|are)\s+(?:betting|gambling)\s+(?:that|on)\b|"
    r"\b(?:is|are|was|were)\s+hardly\s+(?:rare|new|unusual|surprising|unexpected|unique"
    r"|a\s+surprise)\b|"
    # "The race looks far closer than anyone expected": the author's judgement against what
    # was expected ("The river looked higher than usual" is an observation).
    r"\b(?:seems?|seemed|appears?|appeared|looks?|looked)\s+(?:far\s+|much\s+|a\s+lot\s+)?"
    r"(?:\w+er|more\s+\w+|less\s+\w+)\s+than\s+(?:anyone|anybody|many|most|expected|"
    r"predicted|forecast|thought|feared|hoped|it\s+(?:is|was))\b|"
    r"\blikely\s+(?:will|would)\b|\b(?:was|were|be|being)\s+(?:widely\s+)?expected\s+to\b|"
    r"\b(?:probably|perhaps|presumably|apparently|seemingly|possibly|arguably|conceivably)\b|"
    r"\b(?:appears?|appeared|seems?|seemed)\s+to\b|\bit (?:appears|seems)\b|\bmay well\b|"
    r"\b(?-i:could|might|may)\b(?!\s+not\b|n't)|\bshould\b|\bought\s+to\b|"
    # "may not be clear for days" doubts; "could not" is past inability and stays plain.
    r"\b(?-i:might) not\b|\b(?-i:may) not have\b"
    # "may not survive the first defeat": an outcome doubted, not a thing forbidden.
    r"|\b(?-i:may) not (?:survive|last|hold|work|succeed|recover|happen|matter|suffice|help)\b"
    r"|\b(?-i:may) not be (?!(?:used|allowed|permitted|named|identified|"
    r"published|sold|reproduced)\b)|\bnot (?:difficult|hard) to "
    r"(?:imagine|see|believe|find|explain|understand|guess)\b|\bfar[- ](?:flung|fetched)\b|"
    # "It is hard to picture the tower without her": the author's own sense of things.
    r"\b(?:it|it’s|it's)\s+(?:is\s+)?(?:hard|difficult)\s+to\s+(?:picture|imagine|see|believe)\b|"
    # "Whoever takes over will inherit a thin squad": a forecast about someone not yet known.
    r"^(?:Whoever|Whichever)\b[^.;]*\bwill\b|"
    r"\bone (?:can|could) (?:imagine|argue)\b|\bsafe to (?:say|assume)\b|\bremains to be seen\b|"
    r"\b(?:this|that|it|which) "
    r"(?:reflects|suggests|shows|indicates|means|implies) that\b|"
    r"(?:,\s*which|\bthis)\s+(?:suggests|implies)\b|\b(?:results|findings|data|"
    r"figures|numbers|evidence) (?:suggest|suggests|indicate|indicates|imply)\b|"
    # The author reading a circumstance: "the timing suggests that"; a study or a ministry
    # that suggests is a source, and attribution outranks this cue.
    r"\b(?:the|its|their|this|that) \w+ (?:suggests|suggest|indicates|indicate|implies|imply) "
    r"that\b|"
    # "The speed of Saturday's raid suggests the gang had studied the shop".
    r"^the \w+ of [\w’' -]{1,40}? (?:suggests|indicates|implies)\b|"
    # "The narrow vote suggests councillors were frightened": a circumstance read by the author
    # (a study, a ministry or a spokesman that suggests is a source).
    rf"^the (?:[\w-]+ )?(?!(?:{_SOURCE_HEADS})\b)[\w-]+ (?:suggests|indicates|implies)\b|"
    # The author reading someone's words or acts: "Reidy's comments suggest City are unlikely".
    r"\b(?:comments|remarks|words|statements|moves|decisions|signals|actions) (?:suggest|"
    r"indicate|imply|point to)\b|"
    r"\b(?:my|our) (?:own |one |only |main |biggest )?(?:guess|bet|hunch|suspicion|sense|feeling"
    r"|prediction|expectation|view|opinion|reading|worry|fear|concern)(?: is\b|:)|"
    r"\bmy\s+money(?:[’']s|\s+is)\s+on\b|"
    # "The buns were worth it", "The episode is worth a listen", "The view is worth the climb",
    # "That history will not be lost on them": the author's verdict.
    r"\b(?:is|are|was|were)\s+(?:well\s+)?worth\s+(?:it\b|a\s+(?:listen|look|visit|read|watch"
    r"|try|detour|trip)\b|the\s+(?:climb|trip|journey|wait|detour|effort|walk|drive)\b)"
    r"|\bwill\s+not\s+be\s+lost\s+on\b|"
    # "The pies at the Tup are excellent", "The shadow argument proves very little": the
    # author's own verdict on a thing or an argument.
    r"\b(?:is|are|was|were)\s+(?:(?:quite|simply|truly|genuinely|really)\s+)?(?:excellent|superb"
    r"|delicious|wonderful|terrific|outstanding|magnificent|splendid|dreadful|awful|terrible"
    r"|delightful|disappointing)\s*(?:[,.;!]|and\b|$)|"
    r"\bproves?\s+(?:very\s+)?(?:little|nothing)\b|"
    r"\bset to (?:fall|rise|drop|climb|increase|decrease|soar|plunge|worsen|improve|continue|"
    r"grow|shrink|slow|surge|hit|reach|exceed|top|double|triple)\b|"
    r"\bI (?:think|believe|suspect|doubt|fear|hope|predict|expect|would argue|can see"
    r"|can imagine|can think of|(?:would|[’']d) be (?:surprised|amazed|astonished))\b"
    r"|\bI\s+(?:would\s+not|wouldn[’']t)\s+(?:count|bet|rely|put\s+money)\s+(?:on|against)\b"
    # "I would give the traps one season", "I fancy the Otters to edge it", "strikes me as a
    # fair bargain", "We would urge councillors", "This newspaper thinks": the writer's view.
    r"|\bI\s+(?:would|[’']d)\s+(?:give|say|put|back|take|bet|advise|urge)\b|\bI\s+fancy\b"
    r"|\bstrikes\s+me\s+as\b|\bwe\s+would\s+(?:urge|say|argue|advise|add)\b"
    r"|^(?:this|our)\s+(?:news)?paper\s+(?:thinks|believes|urges|would)\b"
    # A tipster's pick ("Nap: Moss", "Each way: Fly"; a fact check's "Verdict:" is its
    # finding), and a player's rating out of ten ("Goal shooter Keziah Brammall, 9: scored …").
    r"|^(?:Nap|Each[- ]way|Best\s+bet|Our\s+(?:tip|pick)|Tip|Pick\s+of\s+the\s+\w+)\s*:"
    r"|^(?:[A-Z][\w’'-]*\s+){1,6}[^,:;.]{0,40},\s+(?:10|\d)(?:/10)?:\s"
    r"|\bin (?:my|our) "
    r"(?:view|opinion)\b|\bto (?:my|our) mind\b|"
    r"(?<!what )(?<!how )\bwe (?:see|think|believe|doubt|suspect|expect|predict|fear|can|could"
    r"|should|must|need|all know)\b|"
    rf"{ONE_GUESS}|"
    # "Watching her, it is hard not to admire her", "It would be easy to call her a romantic",
    # "Islanders are right to be alarmed": the author's verdict.
    r"\bit (?:is|was) hard not to\b|\bit would be easy to\b"
    r"|\b(?:is|are|was|were) right (?:to|that)\b|"
    # "Shutting the tower was the right decision", "Saving money is sensible, yet …", "Anger
    # at parking fines is understandable, but …", "has some explaining to do".
    r"\b(?:is|are|was|were)\s+the\s+(?:right|wrong)\s+(?:decision|call|choice|move|thing)\b"
    # "Tamberlyn has done the right thing", "It would have done better still to ring", "The
    # council got it badly wrong", "Fennick is entitled to …, but it cannot …".
    r"|\b(?:has|have|had|did)\s+(?:done\s+)?the\s+(?:right|wrong|decent|sensible)\s+thing\b"
    r"|\bwould\s+have\s+done\s+(?:better|well|worse)\b|\bgot\s+it\s+(?:\w+ly\s+)?(?:right|wrong)\b"
    r"|\b(?:is|are)\s+entitled\s+to\b[^.;]*,\s+but\b"
    r"|\b(?:is|are|was|were)\s+(?:perfectly\s+|entirely\s+)?(?:sensible|understandable)"
    r"(?=\s*[,;]\s*(?:but|yet)\b)|\bha(?:s|ve)\s+(?:some|a\s+lot\s+of)\s+explaining\s+to\s+do\b|"
    r"(?:^|(?<=,\s))(?:(?:do not|don't|don’t)\s+)?expect\b|"
    r"\b(?:hard|difficult|impossible) to ignore\b|\bis simply\b|"
    # "has a fair point", "has the better argument", "about as mean as petty crime gets", "is
    # no record at all", "has its priorities the wrong way round": the writer's verdict.
    r"\bha(?:s|ve) (?:a (?:fair |good |real |strong )?point|the better (?:argument|case))\b"
    r"|\bas \w+ as (?:[\w’'-]+ ){1,4}gets\b|\b(?:is|are) no \w+ at all\b"
    r"|\bthe wrong way round\b|"
    r"\bthe (?:(?:\w+er|real|big|key|open|obvious)\s+)?(?:fix|"
    r"answer|solution|problem|lesson|question) is\b|\bit is time to\b|\bmakes (?:no )?sense\b|"
    r"\b(?:is|was|looks like) a mistake\b|\b(?:are|is) wrong\b|"
    # "deserves more than a committee vote", "have every right to ask", "has less excuse than
    # most", "The organisers' real mistake was waiting": the writer's verdict.
    # "Islanders deserve to hear", "The quarry deserves credit", "The least he is owed now is
    # an apology", "owes that town more than a message": what the writer thinks is due.
    r"\bdeserves?\b|\bha(?:s|ve)\s+every\s+right\s+to\b|\bthe\s+least\s+(?:[\w’'-]+\s+){1,4}"
    r"(?:is|are)\s+owed\b|\bowe[sd]?\s+(?:[\w’'-]+\s+){1,3}more\s+than\s+(?:an?|the)\s"
    r"|\bha(?:s|ve)\s+(?:less|no|little)\s+excuse\b|\b(?:real|biggest|worst)\s+mistake\s+(?:was|is)\b|"
    r"^(?:Opinion|Editorial|"
    r"Op-ed|Review|Column|Perspective|Viewpoint)\s*:|"
    # An analysis or a comment judges, unless its heading asks ("Analysis: Can a share offer
    # save the pub?") or names whose comment it is ("Comment: Jocasta Ferrier on a fair").
    r"^(?:Analysis|Comment|Commentary)\s*:(?![^?]*\?\s*$)(?!\s*(?:[A-Z][\w’'-]*\s+){1,3}on\s)",
    re.IGNORECASE,
)
# Cheap pre-checks, run on the lowercased sentence (a case-insensitive alternation is several
# times slower): a sentence containing none of these cannot match SPECULATIVE_RE, which is the
# costliest pattern (most sentences carry no hedge at all).
SPECULATIVE_TRIGGERS = re.compile(
    "likely|certain|surely|undoubtedly|inevitab|assured|expect|probabl|perhaps|presumabl|apparent|"
    "seem|possibl|arguabl|conceivabl|look|to find|to explain|to understand|to guess|"
    "appear|may|might|could|should|ought|imagine|to see|to believe|far-|far |safe to|remains to|"
    "reflects|suggest|shows|indicat|means|impl|i think|i believe|i suspect|i doubt|i fear|"
    "i hope|i would|view|opinion|we |ignore|a point|simply|the fix|the answer|the solution|"
    "the problem|the lesson|the question|time to|sense|mistake|wrong|comment|editorial|op-ed|"
    "analysis|column|perspective|one c|my |set to|hard to|difficult to|hard for|difficult for|"
    "hardly|betting|gambling|"
    "whatever|whoever|whichever|however|no matter|likeliest|wise|well advised|sensible|"
    "as good as|like|"
    "matter|make it|chances|odds|hopes|question is|predict|one s|one i|one w|one f|one a|"
    "hard not|easy to|right t|i can s|i can i|either way|want|worth|lost on|our |excellent|"
    "superb|delicious|wonderful|terrific|outstanding|magnificent|splendid|dreadful|awful|"
    "terrible|delightful|disappointing|prove|nap|each|bet|tip|pick|worry|fear|concern|"
    r"\d(?:/10)?:|pleas|delight|annoy|anger|upset|frustrat|infuriat|dismay|reassur|cheer|"
    "i can t|i fancy|strikes me|paper|point|better a|better c|gets|at all|wrong way|overdue|"
    "plainly|obviously|clearly|foolish|unwise|mad |"
    "daft|do far|do much|"
    "do better|do well|do a lot|scarcely|be surprised|be amazed|be astonished|judging|showing|"
    "evidence|current form|present form|optimistic|ambitious|generous|hopeful|shaky|risky|"
    "doubtful|tall order|stretch|i would expect|i'd expect|i’d expect|deserv|every right|excuse|"
    "owe|the right|understandable|explaining|the wrong|done better|done well|done worse|got it|"
    "entitled|decent thing|sensible thing"
)
# "If true, that would be a remarkable gift": the sentence reasons from an unverified premise;
# "If the finding holds up, it will add weight to …": the author's forecast on a condition.
CONDITIONAL_OPENING_RE = re.compile(
    r"^(?:Even )?If (?:true|so|confirmed|accurate|correct|"
    r"(?:that|this|it) is (?:so|true|correct|accurate|the case))\b"
    r"|^(?:Even )?If\b(?!\s+you\b)[^,;]{3,150},[^;]*?\b(?:will|(?:is|are)\s+in\s+for)\b"
    # "Without Crouch, the Otters' scrum will be the weaker": a forecast on a condition.
    r"|^(?:With|Without|Unless)\b[^,;]{3,120},[^;]*?\b(?:will|would|looks)\b"
    # "A town that cannot afford to fill its potholes should not …", "An airline that is the
    # only link for thousands cannot be run with no spare aircraft": the writer's verdict on
    # a kind of thing, not news of one.
    r"|^An?\s+(?:[\w’'-]+\s+){0,3}?(?:that|which|who)\s+(?:[^,;.]|\d[,.]\d){3,90}?\s+"
    r"(?:cannot|can[’']t|should|must|ought\s+to|needs|is\s+not|is\s+no|has\s+no|deserves|"
    r"has\s+questions\s+to\s+answer|will\s+not|won[’']t|would\s+cost|has\s+stopped)\b"
    # "Customers who are paying more every year deserve a leak count …", "Parents who own one
    # of these seats should not wait for a letter": the writer's verdict on a kind of people.
    r"|^(?:[A-Z][a-z’'-]+)(?:\s+[a-z’'-]+){0,2}\s+who\s+(?:[^,;.]|\d[,.]\d){3,90}?\s+"
    r"(?:deserve|should\s+not|ought\s+to|would\s+do\s+well)\b"
)


_HEDGE_RE = re.compile(
    r"(?:may|might|could)(?: not(?: have| be)?)?|can|should|probably|possibly|likely",
    re.IGNORECASE,
)  # "… the owl that may not have been there": the dispute the story reports


def speculative_cue(masked: str, *, headline: bool = False) -> str | None:
    """The author's inference, prediction or opinion governing ``masked``, if any.

    Args:
        masked: the sentence with quotations blanked out.
        headline: it is the story's headline, whose hedge is the finding's ("… may lower
            blood pressure, study finds", "signals cut could come", "… and why it was probably
            a meteor"), not the outlet guessing.

    Returns:
        The cue words, or ``None``.
    """
    if m := CONDITIONAL_OPENING_RE.match(masked):
        return m.group(0)
    cue = main_clause_cue(SPECULATIVE_RE, masked, SPECULATIVE_TRIGGERS)
    if headline and cue and _HEDGE_RE.fullmatch(cue):
        return None
    if cue and cue.lower() in {"should", "must"} and _UNDER_RULES_RE.match(masked):
        return None
    return cue


# "Under the agency’s own rules, a station used for records should have no tarmac nearby": what
# the rules require, not the writer's guess or advice.
_UNDER_RULES_RE = re.compile(
    r"^Under\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,3}(?:rules|regulations|guidance|laws?|"
    r"code|terms|contract|policy|standards?)\b"
)
