"""Questions expecting a date, when something happened or was founded, how long, or a base.

"What year did the museum open?" is answered by a passage giving a date; "When did Volobuev leave
Gazprombank?" by one telling when, by a date or by an event, near the name; "Where is the 70th
Motorized Rifle Brigade based?" by one telling a base; "How long is the tunnel?" by a length of
time or of something. Part of
:data:`retrieval.answer_types.ANSWER_TYPES`.
"""

from __future__ import annotations

import re

from retrieval.answer_forms import UNITS, YEAR, AnswerType
from retrieval.counts import NUMBER
from retrieval.dates import CALENDAR_DATE, DATE_OR_TIME, TIME_OF_DAY

_SPANS = (
    r"(?:second|minute|hour|day|night|week|fortnight|month|year|decade|centur(?:y|ie)|season"
    r"|term|shift)s?"
)

# Told as "founded in 1952", "set up by", "first lit in October 1871"; a year alone is not
# enough ("fined in 2023", "since 2023"), since news is full of years, nor is an opening that
# founds nothing ("opened an investigation"), nor output counted ("built 184,000 cars last year",
# "created 400 jobs").
_COUNTED = r"(?!\s+(?:about\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?\d)"
_FOUNDED = (
    rf"\bfound(?:ed|er|ers|ing)\b|\bestablish|\bset\s+up\b{_COUNTED}|\bformed\b"
    rf"|\bcreat(?:e|es|ed|ing|ion|ors?)\b{_COUNTED}"
    # Not a "launch point" or a "launch pad": places, not the founding of anything.
    rf"|\bstart(?:ed|ing)\b{_COUNTED}|\blaunch\w*(?!\s+(?:point|pad|site|ramp|slip))\b{_COUNTED}"
    rf"|\bbuilt\b{_COUNTED}"
    r"|\bbuilding\s+of\b"
    rf"|\bopen(?:ed|ing)\b{_COUNTED}(?!\s+(?:an?\s+|its\s+|the\s+)?(?:investigation|inquiry"
    r"|inquest|probe|case|fire|talks)\b)"
    r"|\bincorporat|\bcompleted\b|\berected\b|\bwent\s+up\b"
    r"|\bfirst\s+(?:lit|opened|held|run|played|sold|made|brewed|published)\b"
)
# When a thing was made ("The clock, made in 1861 by a firm"), not "made in China"; it names
# no founder ("by a firm" made the clock, it founded nothing).
_MADE_IN = r"\b(?:made|cast|forged|carved)\s+in\s+(?:about\s+|around\s+)?1[0-9]\d\d\b"
_FOUNDING_ASKED = (
    r"\b(?:founded|established|set\s+up|formed|created|started|launched|built|opened"
    r"|first\s+open)\b"
)

FOUNDED_WHEN = AnswerType(
    # "When was Stonechat Records founded?": a body's founding with its time ("founded in
    # 1911", "dates back to the 1850s"), not "the label's founder" nor the room where a fire
    # started. "When was the legion formed?" may still be answered by when it was first seen.
    "when it was founded",
    re.compile(
        r"^\W*(?:in\s+)?(?:when|what\s+year|which\s+year)\b.*"
        r"\b(?:founded|established|set\s+up|incorporated)\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"(?:{_FOUNDED})[^.;]{{0,50}}?(?:{CALENDAR_DATE.pattern})|{YEAR}[^.;]{{0,40}}?(?:{_FOUNDED})"
        r"|\bdates?\s+(?:back|from)\b|\bcentur(?:y|ies)[\s-]old\b|\b\d+\s+years\s+ago\b"
        rf"|{_MADE_IN}",
        re.IGNORECASE,
    ),
    beside_name=True,
)

FOUNDER = AnswerType(
    # "Who founded Vantrell?": someone doing the founding ("the brothers set up", "founded in
    # 2012 by the engineers", "its founder"), which "Vantrell was founded in 1987 as a single
    # carpet shop" does not name.
    "its founder",
    re.compile(
        rf"^\W*(?:in\s+)?who\b.*{_FOUNDING_ASKED}"
        r"|\bwho\s+(?:is|was|are|were)\s+(?:the\s+)?(?:co-?)?founders?\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbeen\s)(?:{_FOUNDED})"
        rf"|(?:{_FOUNDED})[^.;]{{0,40}}?\bby\b",
        re.IGNORECASE,
    ),
    beside_name=True,
)

FOUNDING = AnswerType(
    "its founding",
    re.compile(
        rf"^\W*(?:in\s+)?(?:when|what\s+year|which\s+year)\b.*{_FOUNDING_ASKED}",
        re.IGNORECASE,
    ),
    re.compile(rf"{_FOUNDED}|\bdates?\s+(?:back|from)\b|{_MADE_IN}", re.IGNORECASE),
    beside_name=True,
)

DATE = AnswerType(
    "a date",
    re.compile(
        r"\b(?:what|which)\s+(?:year|date|day|month)\b|\bhow\s+long\s+ago\b", re.IGNORECASE
    ),
    CALENDAR_DATE,
    beside_name=True,
)


def _with_its_time(event: str) -> re.Pattern[str]:
    """An event told with its date in the same clause, either way round ("resigned in 2023")."""
    date = CALENDAR_DATE.pattern
    return re.compile(
        rf"{event}[^.;]{{0,60}}?(?:{date})|(?:{date})[^.;]{{0,60}}?{event}", re.IGNORECASE
    )


_BECAME = (
    r"\b(?:became|becomes|become|becoming|since|appointed|elected|entered|named|promoted"
    r"|took\s+(?:office|over|up|charge)|sworn\s+in)\b"
)

BECAME_WHEN = AnswerType(
    # "When did Kadyrov become head of Chechnya?": the becoming with its time ("became famous
    # in 2011", "entered parliament in 2015", "a pub since 1871"), not when his forces fought.
    "when it began",
    re.compile(r"^\W*when\s+did\b.*\bbecome\b", re.IGNORECASE),
    _with_its_time(_BECAME),
    beside_name=True,
)

_LEFT = (
    r"\b(?:resign\w*|step(?:s|ped)?\s+down|stood\s+down|quit|left|retir\w+|depart\w*"
    r"|sacked|fired|dismissed|ousted)\b"
)
LEFT_WHEN = AnswerType(
    # "When did Arestovich resign as presidential adviser?": the leaving with its time
    # ("resigned in January 2023"), not a day on which he said something while in the post.
    "when they left",
    re.compile(
        r"^\W*when\s+did\b.*\b(?:resign|step\s+down|quit|retire|stand\s+down)\b", re.IGNORECASE
    ),
    _with_its_time(_LEFT),
    beside_name=True,
)

WHEN = AnswerType(
    # "When did Volobuev leave Gazprombank?": a day, a year, or a time told by an event
    # ("during the initial advance to Kyiv"), near the name (a story goes on about an event
    # as "these forces"); a story that names him and never says when is no answer.
    "when it happened",
    re.compile(r"^\W*when\s+(?:did|was|were)\b", re.IGNORECASE),
    re.compile(
        rf"{DATE_OR_TIME.pattern}|\b(?:during|amid|after|before|since|until)\s+(?:the|a|an|his"
        r"|her|their|its)\b|\bat\s+the\s+(?:start|beginning|end|height|time)\b"
        r"|\bin\s+the\s+(?:early|initial|first|final|last|opening)\s+(?:days|weeks|months"
        r"|stages?|phase|hours)\b|\b(?:once|when|as\s+soon\s+as)\b",
        re.IGNORECASE,
    ),
    beside_name=True,
    reach=3,
)

CLOCK_TIME = AnswerType(
    # "At what time of day did Putin speak?", "what time was the mayday call": a time on the
    # clock or a part of the day ("at about 10.40pm", "shortly before dawn"); a date alone
    # ("On May 9") does not say it.
    "a time of day",
    re.compile(
        r"\bwhat\s+time\b(?!\s+(?:zone|frame|period|limit|scale|of\s+(?:the\s+)?year))",
        re.IGNORECASE,
    ),
    re.compile(
        rf"{TIME_OF_DAY}|\b(?:morning|afternoon|evening|night|overnight|dawn|dusk|daybreak"
        r"|nightfall|lunchtime|midday|tonight|o[’']clock|early\s+hours|rush\s+hour"
        r"|after\s+dark|before\s+dark)\b"
        # A race's time is asked the same way: "in 4 minutes 3.81 seconds".
        r"|\b\d+\s*(?:minutes?|mins?)\s+(?:and\s+)?\d+(?:\.\d+)?\s*(?:seconds?|secs?)\b"
        r"|\b\d+\.\d+\s*(?:seconds|secs)\b",
        re.IGNORECASE,
    ),
)

HOW_LONG = AnswerType(
    # "How long is the Ambermoor Tunnel?", "How long does the vetting take?": a length of time
    # ("for 19 days", "a four-and-a-half-year contract", "since 1921", "until June") or of
    # something ("486 metres", "two kilometres long"). Only a question that opens with it: a
    # rambling one may say "how long" on the way to asking something else.
    "how long",
    re.compile(
        r"^\W*(?:so\s+|and\s+)?how\s+long\b(?!\s+ago\b)"
        # "Is the course a few days or a couple of months?": a length offered as a choice.
        rf"|\b(?:a\s+few|several|a\s+couple\s+of|\d+)\s+{_SPANS}\s+or\s+"
        rf"(?:a\s+few|several|a\s+couple\s+of|\d+)\s+{_SPANS}\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"(?:{NUMBER.pattern}|\b(?:an?|one|half\s+an?|a\s+couple\s+of|a\s+few)\b)\s*-?\s*"
        rf"(?:{_SPANS})|-(?:{_SPANS})\b|\b(?:hundreds|thousands|millions)\s+of\s+years\b"
        r"|\b(?:since|until|till|dates?\s+(?:from|back)|overnight|long)\b"
        rf"|\b(?:take|takes|took|taking|last|lasts|lasted|for)\s+(?:{_SPANS})\b"
        rf"|\d(?:[\d,.]*)\s*-?\s*(?:{'|'.join(UNITS.split())})\b",
        re.IGNORECASE,
    ),
    # Not beside the name: "Cleanup is expected to take weeks" follows a paragraph on Faenza.
    beside_name=False,
)

# A span something has lasted up to now ("for 30 years", "has waited 14 months", "since 1921",
# "dates from 1958"), not one to come or one an event takes ("within 56 days", "expected to
# last five weeks", "in 11 minutes"), an age ("a 34-year-old") or "since her last visit".
_EVENT_SPAN = "in within last lasts lasted take takes took next first"
_NOT_HELD = "".join(rf"(?<!\b{word}\s)" for word in _EVENT_SPAN.split())
_HELD = re.compile(
    rf"{_NOT_HELD}(?<![\w,.])(?:{NUMBER.pattern}|\b(?:an?|one|half\s+an?|a\s+couple\s+of|a\s+few)\b)"
    rf"\s*-?\s*(?:{_SPANS})\b(?!-old|\s+(?:old|ago|later|earlier|after)\b)"
    r"|\bsince\b(?!\s+(?:her|his|their|its|the|my|our)\s+(?:last|previous)\b)"
    r"|\bdates?\s+(?:from|back)\b",
    re.IGNORECASE,
)

# Told beside the name asked about: "How long has Rosalind Achterberg been chief inspector?" is
# not answered by "the second recall in three years".
HOW_LONG_BEEN = AnswerType(
    "how long",
    # "How many years did Lesnichenko serve?" asks the same.
    re.compile(
        # "How long has Imelda Varga worked at …?": a span held, as "been" asks.
        r"^\W*how\s+long\s+(?:has|have|had)\s+.+?\s+(?:been|worked|coached|lived|run|owned"
        r"|served|played|taught|managed|led)\b"
        r"|^\W*how\s+many\s+(?:years|months|decades)\s+(?:has|have|had|did)\b",
        re.IGNORECASE,
    ),
    _HELD,
    beside_name=True,
)

BASE = AnswerType(
    # "Where is the 70th Motorized Rifle Brigade based?": where it has its base, which a
    # story tells as such, not by naming a town the unit once fought in.
    "where it is based",
    re.compile(
        r"^\W*(?:where|(?:in\s+)?(?:which|what)\s+(?:city|town|country|place))\s+(?:is|are|was"
        r"|were)\b.*\b(?:based|headquartered|stationed"
        r"|garrisoned|head\s+office|headquarters|HQ)\b"
        # "Which garrison town does the brigade call home?", "Where are its barracks?"
        r"|\b(?:where|which|what)\b.*\bcalls?\s+home\b|\bgarrison\s+town\b|\bbarracks\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\bbased\b|\bbase\b|\bheadquarter|\bhead\s+office|\bHQ\b|\bstationed\b"
        r"|\bgarrison|\bhome\s+port\b|\boffices?\s+(?:in|at)\b|\b(?:works|plant|site|"
        r"factory|factories|depot|barracks)\s+(?:in|at|near|outside)\b|\blocated\b"
        r"|\b(?:work|works|working|operat\w*|run|runs|running|sail\w*|fl(?:y|ies|ying))\s+"
        r"out\s+of\b",
        re.IGNORECASE,
    ),
    beside_name=True,
)

WHERE = AnswerType(
    # "Where is the University of Ardlow?", asked of nothing but a name: a place told beside it
    # ("in Castrelle", "near the border", "outside Dunstry", "a town north of"), not a story
    # that only names it ("Professor Mbatha-Rowe of the University of Ardlow said").
    "where it is",
    re.compile(
        r"^\W*(?i:where)\s+(?:is|are|was|were)\s+(?:(?i:the)\s+)?"
        r"(?:[A-Z][\w’'.-]*|of|and|the|de|la|on|upon)(?:\s+(?:[A-Z][\w’'.-]*|of|and|the|de|la"
        r"|on|upon))*\s*\??\s*$"
    ),
    re.compile(
        r"\b(?i:in|into|inside|within|from|near|outside|at|on|off|across|beside|by)\s+"
        r"(?:(?i:the)\s+)?[A-Z]|\b(?i:coast|border|shore|estuary|valley|county|province|region)\b"
        r"|\b(?i:based|located|situated|headquartered|lies|lie|sits|stands|stood)\b"
        r"|\b(?i:north|south|east|west|northern|southern|eastern|western|centre|center|heart|edge"
        r"|outskirts)\s+of\b|\b(?i:near(?:by)?|miles|km|kilomet(?:re|er)s)\b",
    ),
    beside_name=True,
)

BIRTHPLACE = AnswerType(
    "a birthplace",
    re.compile(
        r"\bwhere\b.*\bborn\b|\bbirthplace\b|\bplace\s+of\s+birth\b|\bhometown\b"
        # "Where is X originally from?", "What town does X come from?"
        # — of someone: "Where are the fake ads thought to come from?" asks no birthplace.
        r"|\bwhere\s+(?:is|was|are|were)\b(?=.*(?:\s(?-i:[A-Z])|\b(?:he|she|they|you)\b))"
        r".*\bfrom\W*$|\boriginally\s+from\b"
        # "Which Russian region does sergeant X come from?"
        r"|\b(?:what|which)\s+(?:[\w-]+\s+)?(?:town|city|village|country|county|region|province)"
        r"\b.*\b(?:(?:come|comes|came|is|was)\s+from\b|from\W*$)",
        re.IGNORECASE,
    ),
    re.compile(
        r"\bborn\b|\bnative\b|\bgrew\s+up\b|\braised\s+in\b|\bhails?\s+from\b"
        # "Ada Quill, from Leeds, said", "a 34-year-old from Leeds"; not "rented it from
        # Sallowmere Marina".
        r"|\bhometown\b|,\s*(?:originally\s+)?from\s+(?-i:[A-Z])[\w’'-]*,"
        r"|\d-year-old\s+from\s+(?-i:[A-Z])",
        re.IGNORECASE,
    ),
    beside_name=True,
)
"""Where someone was born or comes from, told beside their name."""
