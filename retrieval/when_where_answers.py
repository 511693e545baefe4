"""Questions expecting a date, when something happened, or where something is based.

"What year did the museum open?" is answered by a passage giving a date; "When did Volobuev leave
Gazprombank?" by one telling when, by a date or by an event, near the name; "Where is the 70th
Motorized Rifle Brigade based?" by one telling a base. Part of
:data:`retrieval.answer_types.ANSWER_TYPES`.
"""

from __future__ import annotations

import re

from retrieval.answer_forms import AnswerType
from retrieval.dates import CALENDAR_DATE, DATE_OR_TIME

DATE = AnswerType(
    "a date",
    re.compile(
        r"\b(?:what|which)\s+(?:year|date|day|month)\b|\bhow\s+long\s+ago\b", re.IGNORECASE
    ),
    CALENDAR_DATE,
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

BASE = AnswerType(
    # "Where is the 70th Motorized Rifle Brigade based?": where it has its base, which a
    # story tells as such, not by naming a town the unit once fought in.
    "where it is based",
    re.compile(
        r"^\W*where\s+(?:is|are|was|were)\b.*\b(?:based|headquartered|stationed"
        r"|garrisoned)\b",
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
