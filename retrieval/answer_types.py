"""What kind of answer a question expects, and whether a passage could give it.

Dense similarity and word matches cannot tell "How old is Ramzan Kadyrov?" from "Who is Ramzan
Kadyrov?": both match the paragraph that introduces him. But the first expects an age, and a
passage with no age in it cannot answer it, however well it matches. Classic question answering
checks the expected answer type (Moldovan et al., 2000); here only for the kinds whose answer has
an unmistakable surface form (an age, a birth, a founding, a leader, a date, a designer, an
owner, a maker, a colour, a sum of money, a death toll, a population, a measurement, an
election), and only to decline: when none of the best passages holds such a form, the question
is not answered by the corpus.
"""

from __future__ import annotations

import re

from retrieval.agent_answers import DESIGNER, DISCOVERER, MAKER, MAYOR, OWNER
from retrieval.answer_forms import (
    ACTIVITIES,
    LEADER_ROLES,
    LEADING_VERBS,
    LED,
    MEASURES,
    UNITS,
    AnswerType,
)
from retrieval.asked_forms import as_question, asked_holder, asked_name, asked_superlative
from retrieval.count_answers import COUNT_TYPES, asked_count, asked_count_in, asked_span
from retrieval.dates import TIME_OF_DAY
from retrieval.money_answers import MONEY, PAY
from retrieval.person_answers import (
    AGE_OF_ANYTHING,
    AWARD,
    BIRTH_DATE,
    EARLIER_WINNER,
    FORMER_JOB,
    LATER_FATE,
    OCCUPATION,
    PERSON_AGE,
    STUDIES,
    SUCCESSOR,
)
from retrieval.scientific_names import SCIENTIFIC_NAME
from retrieval.when_where_answers import (
    BASE,
    BECAME_WHEN,
    BIRTHPLACE,
    CLOCK_TIME,
    DATE,
    FOUNDED_WHEN,
    FOUNDER,
    FOUNDING,
    HOW_LONG,
    HOW_LONG_BEEN,
    LEFT_WHEN,
    WHEN,
    WHERE,
)

ANSWER_TYPES = (
    SCIENTIFIC_NAME,
    AnswerType(
        # First: "How many people live in Lagos, where the manager was born?" asks a population.
        "a population",
        re.compile(
            r"\bpopulation\b|\binhabitants\b"
            r"|\bhow\s+many\s+(?:people|residents)\s+live\b"
            # "Is Severodonetsk a big place?": its size in people.
            r"|\b(?:is|was)\s+(?:\S+\s+){1,3}?an?\s+(?:big|large|small)\s+(?:place|town|city)\b",
            re.IGNORECASE,
        ),
        # A place's size: "a town of about 14,000 people", "home to 1,900 people", "the 640
        # residents of Kilrossan". Not any count of people ("12,000 people took part", "4,200
        # people fled"), nor "Residents of Ostby have been asked".
        re.compile(
            r"\bpopulation\b|\binhabitants\b|\bpopulous\b|\bhome\s+to\b"
            r"|\d[\d,.]*\s*(?:million\s+|thousand\s+)?(?:residents|souls|villagers)\b"
            r"|\d[\d,.]*\s+(?:people|residents)\s+(?:who\s+)?live\b"
            r"|\b(?:town|city|village|island|hamlet|community|parish|suburb|country|nation|region"
            r"|province|county|district|borough|state|port|capital|settlement|municipality)\s+of\s+"
            r"(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|over\s+)?\d",
            re.IGNORECASE,
        ),
        beside_name=True,
    ),
    PERSON_AGE,
    AGE_OF_ANYTHING,
    BIRTHPLACE,
    BIRTH_DATE,
    FOUNDED_WHEN,
    FOUNDER,
    FOUNDING,
    AnswerType(
        "its leader",
        # Only of a body or a named thing: "Who is in charge of vetting recruits?" and "Who runs
        # the background checks?" ask who does it ("checked by Ukraine's Security Services").
        # Not of an activity ("Who led the Kelverton street light study?"): whoever led it is
        # named as its author or its head, in no leader's words a check could require.
        re.compile(
            rf"^(?!.*\b(?i:{'|'.join(ACTIVITIES.split())})\W*$)"
            rf"\W*(?i:who\s+(?:{'|'.join(LEADING_VERBS.split())}))\s+{LED}"
            rf"|(?i:\bwho\s+(?:is|are|was|were)\s+(?:in\s+charge\s+of|(?:the\s+)?"
            rf"(?:current\s+|new\s+)?(?:{LEADER_ROLES})s?"
            rf"\s+of))\s+{LED}"
        ),
        # "led by Chechen leader Ramzan Kadyrov", "Skarline, which operates the route", "under
        # the command of", "chief executive", "at the helm", "Russian President Vladimir Putin".
        # Not "President of" or "Captain", titles a story gives people for what they lead
        # elsewhere ("the former Vice President of Gazprombank Igor Volobuev has joined").
        re.compile(
            r"\b(?:led|leads?|leading|leader|leadership|command\w*|head(?:s|ed|ing)?|chief"
            r"|boss|chair\w*|director|manag(?:es|ed|er|ing)|run\s+by|runs|ran"
            r"|operat(?:es|ed|or|ors|ing)|in\s+charge|helm|founder|founded|ceo)\b"
            r"|(?-i:\b(?:President|Prime\s+Minister|Chancellor)\s+[A-Z])",
            re.IGNORECASE,
        ),
        beside_name=True,
    ),
    DATE,
    DESIGNER,
    OWNER,
    MAKER,
    DISCOVERER,
    MAYOR,
    STUDIES,
    EARLIER_WINNER,
    AWARD,
    FORMER_JOB,
    OCCUPATION,
    LATER_FATE,
    SUCCESSOR,
    BASE,
    AnswerType(
        "a colour",
        re.compile(r"\b(?:what|which)\s+colou?rs?\b", re.IGNORECASE),
        re.compile(
            r"\bcolou?r|\b(?:red|blue|green|yellow|white|black|grey|gray|pink|orange|purple"
            r"|brown|gold|golden|silver|beige|navy|turquoise)\b",
            re.IGNORECASE,
        ),
    ),
    PAY,
    MONEY,
    AnswerType(
        # "What was the score when Wendmoor Rovers played Orrin Vale?": a result ("won 3-1",
        # "a goalless draw"), beside the names.
        "a match score",
        re.compile(r"^\W*what\s+was\s+the\s+(?:final\s+)?score\b.*\bplay", re.IGNORECASE),
        re.compile(
            r"\b\d+\s*[-–]\s*\d+\b|\b(?:goalless|scoreless)\b|\bdraw\b|\bdrew\b",
            re.IGNORECASE,
        ),
        beside_name=True,
    ),
    AnswerType(
        # "Which university is Professor Adeyemi-Sollis based at?": one named beside her.
        "a university",
        re.compile(r"^\W*(?:which|what)\s+(?:university|college)\b", re.IGNORECASE),
        re.compile(r"\b(?:university|college)\b", re.IGNORECASE),
        beside_name=True,
    ),
    AnswerType(
        # "What is the capital of Pallandia?": a story that tells it calls the city its capital.
        "a capital",
        re.compile(r"\bcapital\s+(?:city\s+)?of\b", re.IGNORECASE),
        re.compile(r"\bcapital\b", re.IGNORECASE),
    ),
    AnswerType(
        # "Which party does Councillor Felgate belong to?": a party told beside the name.
        "a party",
        re.compile(
            r"^\W*(?:which|what)\s+(?:political\s+)?party\b.*\b(?:belong|member|represent"
            r"|stand|sit)",
            re.IGNORECASE,
        ),
        re.compile(r"\bpart(?:y|ies)\b|\b(?:Labour|Conservative|Tory|Liberal|Green)s?\b"),
        beside_name=True,
    ),
    *COUNT_TYPES,
    AnswerType(
        "a death toll",
        re.compile(
            r"\bhow\s+many\b.*\b(?:died|die|dead|killed|deaths|casualties|fatalities"
            r"|lost\s+their\s+lives|perished)\b|\bdeath\s+toll\b",
            re.IGNORECASE,
        ),
        # Deaths told in words a story uses for them ("killed at least 14", "23 bodies had
        # been recovered", "casualties"); a count of anything else is no death toll.
        re.compile(
            r"\b(?:died|dies|dead|death|deaths|killed|killing|bodies|casualt\w*|fatalit\w*"
            r"|lost\s+their\s+lives|perished|toll)\b",
            re.IGNORECASE,
        ),
    ),
    AnswerType(
        # "How deep is the reservoir?", "How much does the probe weigh?": a size, with its unit;
        # a share ("down to 9% of its capacity") is no depth. ("How high could the bid go?" may
        # ask a price, so "high" stays a measurement below.)
        "a size",
        re.compile(
            r"\bhow\s+(?:tall|deep|wide|heavy)\b|\bhow\s+much\s+(?:does|did|do|will|would)\b.*"
            r"\bweigh\b",
            re.IGNORECASE,
        ),
        re.compile(
            rf"\d(?:[\d,.]*)\s*-?\s*(?:{'|'.join(UNITS.split())})\b"
            rf"|\b(?:{'|'.join(UNITS.split()[1:])})\b|\b(?:{'|'.join(MEASURES.split())})\b",
            re.IGNORECASE,
        ),
        # "How deep is Tarnbeck Reservoir?" is not answered by "carries visitors 58 metres up
        # the face of Cormorant Nab": the size is the named thing's.
        beside_name=True,
    ),
    AnswerType(
        # "What is the range of an NLAW?", "How far is Merevan from the front?", "How high is
        # Scarrow Pike?": a measurement, which a story gives with its unit ("913 metres", "a
        # 600 km detour", "58 miles an hour") or as a share ("fell 14%").
        "a measurement",
        re.compile(
            # Not "How far back …?" (a time) nor "How far has the slogan spread?" (an extent).
            r"\bhow\s+(?:far(?!\s+back\b)(?!.*\b(?:spread|gone|come|got|progressed|travell?ed"
            r"|reached)\b)|tall|high|deep|wide|heavy)\b"
            r"|\bhow\s+much\s+(?:does|did|do|will|would)\b.*\bweigh\b"
            r"|\bwhat(?:'s|’s|\s+is|\s+was|\s+are)"
            rf"\s+(?:the\s+|its\s+|their\s+)?(?:\S+\s+){{0,2}}?(?:{'|'.join(MEASURES.split())})"
            r"\s+of\b",
            re.IGNORECASE,
        ),
        re.compile(
            rf"\d(?:[\d,.]*)\s*-?\s*(?:{'|'.join(UNITS.split())})\b|%|\bper\s*cent\b"
            rf"|\b(?:{'|'.join(UNITS.split()[1:])})\b|\b(?:{'|'.join(MEASURES.split())})\b",
            re.IGNORECASE,
        ),
        beside_name=True,
    ),
    AnswerType(
        # "What is the boiling point of water?": a temperature, told in degrees.
        "a temperature",
        re.compile(
            r"\b(?:boiling|melting|freezing)\s+point\b|\btemperatures?\b|\bhow\s+(?:hot|cold)\b",
            re.IGNORECASE,
        ),
        # Or against freezing: "would stay below freezing until at least Saturday".
        re.compile(
            r"\bdegrees?\b|°|\bcelsius\b|\bfahrenheit\b|\b\d+\s*[CF]\b"
            r"|\b(?:below|above)\s+(?:freezing|zero)\b|\bsub-zero\b",
            re.IGNORECASE,
        ),
    ),
    AnswerType(
        # "What are the opening hours of the leisure centre?": times of day ("from 7am to 7pm").
        "opening hours",
        re.compile(
            r"\bopening\s+(?:hours|times)\b|\bwhat\s+time\s+(?:does|do|is|are|will)\b.*"
            r"\b(?:open|close|shut)\b",
            re.IGNORECASE,
        ),
        re.compile(rf"{TIME_OF_DAY}|\b24\s+hours\b|\bround\s+the\s+clock\b", re.IGNORECASE),
        beside_name=True,
    ),
    AnswerType(
        # "When was Zelensky elected president?", "Who won the mayoral election?": a story that
        # tells it speaks of an election, a vote or a win.
        "an election",
        # Not "where they will hold their meetings and elections now": a place is asked.
        re.compile(
            r"^(?!.*\bwhere\b.*\belections?\b).*\b(?:elected|re-elected|elections?|by-elections?)\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\belect\w*|\bvot(?:e|es|ed|ing|ers?)\b|\bballots?\b|\bpolls?\b|\bpolling\b"
            r"|\bwon\b|\bwin(?:s|ning)?\b|\bcampaign\w*|\bturnout\b"
            r"|\bsworn\s+in\b|\binaugurat\w*|\bseats?\b|\bmandate\b",
            re.IGNORECASE,
        ),
    ),
    HOW_LONG_BEEN,
    HOW_LONG,
    CLOCK_TIME,
    BECAME_WHEN,
    LEFT_WHEN,
    WHERE,
    WHEN,  # last: "When was X born / founded / elected?" asks something more particular
)


def expected_answer(question: str) -> AnswerType | None:
    """The kind of answer the question expects: a fixed kind, a name or a superlative."""
    question = as_question(question)
    fixed = next((kind for kind in ANSWER_TYPES if kind.asked.search(question)), None)
    asked = asked_holder(question) or asked_count(question) or fixed or asked_count_in(question)
    asked = asked or asked_span(question)
    return asked or asked_name(question) or asked_superlative(question)
