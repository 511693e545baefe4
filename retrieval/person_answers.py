"""Questions about a person: an age, a birth, an award, a job, an earlier one, their fate.

"What medals has Captain Lesnichenko received?", "What was Zelensky's career before he became
president?" and "What happened to sergeant Shishkarey later on?" are answered only by a passage
telling an honour, a former job or a later event as such; a story that names the person for
what they did once cannot answer them. Part of :data:`retrieval.answer_types.ANSWER_TYPES`.
"""

from __future__ import annotations

import re

from retrieval.answer_forms import AGE, PLACE_WORDS, YEAR, AnswerType

PERSON_AGE = AnswerType(
    # "How old is Governor Ilse Marchbanks-Dufour?": a person, whose age a story gives as an
    # age ("Pask, 58,"), never as a year; "How old is the stand at Quarry Lane?" is a thing.
    "an age",
    re.compile(
        r"\b(?i:how\s+old|what\s+age)\s+(?i:is|was)\s+"
        # Words before the name, none of them a preposition: "Corvane chief executive".
        r"(?:(?!(?i:at|in|of|on|for|from|near|by|the\s+[A-Z])\b)[\w’'.-]+\s+){0,6}?"
        r"(?:[A-Z][\w’'.-]*\s+)+[A-Z][\w’'-]+"
        + "".join(rf"(?<!\b{w})" for w in PLACE_WORDS.split())
        + r"\s*(?:[?,.!]|$)"
    ),
    # An age, or a birth year ("born in 1961"), not a birthplace ("born on Moray Island").
    re.compile(rf"{AGE}|\bborn\b[^.;]{{0,40}}?{YEAR}", re.IGNORECASE),
    beside_name=True,
)

AGE_OF_ANYTHING = AnswerType(
    "an age",
    re.compile(r"\bhow\s+old\b|\bwhat\s+age\b|\b(?:maximum|upper)\s+age|\bage\s+limit", re.I),
    # An age, or a year or a span of years that dates a thing ("built in 1890", "31 years").
    re.compile(rf"{AGE}|{YEAR}|\b\d+\s+years\b|\bcentur(?:y|ies)\b", re.IGNORECASE),
    beside_name=True,
)

BIRTH_DATE = AnswerType(
    "a birth date",
    re.compile(r"\bborn\b|\bbirth(?:day|\s+date)?\b|\bdate\s+of\s+birth\b", re.IGNORECASE),
    # Told as "born in 1961", or by an age.
    re.compile(rf"\bborn\b|\bbirth|{AGE}|{YEAR}", re.IGNORECASE),
    beside_name=True,
)

STUDIES = AnswerType(
    # "What is Ravi Hetherwick studying?", "What subject did Professor Odile Marchbank study?":
    # a subject studied, told as such beside the name ("a student of law", "a degree in
    # chemistry"), not "a 19-year-old student" nor a study the person led.
    "what they study",
    re.compile(
        r"\bwhat\s+(?:subject\s+)?(?:is|was|are|were|did|does|do|has|had)\s+(?:[\w’'.-]+\s+){0,3}?"
        r"(?-i:[A-Z])[\w’'-]+\s+(?:studying|study|studied|read|reading)\b"
        r"|\bwhat\s+(?:subject|course|degree)\s+(?:is|was|did|does|has)\b[^?]*\bstud",
        re.IGNORECASE,
    ),
    re.compile(
        r"\bstud(?:ies|ied|ying)\s+(?!at\b|for\b|the\b|a\b|an\b)\w|\bstudents?\s+of\b|\bdegree\s+in\b"
        r"|\bgraduate[sd]?\s+in\b|\breading\s+\w+\s+at\b|\b(?:PhD|doctorate|masters?|diploma)\s+in\b"
        r"|\b(?:qualified|trained)\s+as\b|\bcourse\s+in\b",
        re.IGNORECASE,
    ),
    beside_name=True,
)

EARLIER_WINNER = AnswerType(
    # "Who won the Haverleigh Prize last year?", "Who won the congress the year before?": an
    # earlier edition's winner, which a story about this year's names as such ("last year's
    # winner", "the defending champion", "won it in 2023"), not this year's.
    "an earlier winner",
    re.compile(
        r"\bwho\s+(?:won|was\s+the\s+winner\s+of|took)\b[^?]*\b(?:last\s+(?:year|season|time)"
        r"|the\s+(?:year|season|time)\s+before|the\s+previous\s+(?:year|season)|a\s+year\s+"
        r"(?:earlier|ago|before))\b|\b(?:last\s+year|last\s+season)[’']s\s+(?:winner|champion)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:last\s+(?:year|season|time)|the\s+(?:year|season)\s+before|previous\s+(?:year|"
        r"season|winner|champion|edition)|a\s+year\s+(?:earlier|ago|before)|defending\s+champion"
        r"|reigning|title[\s-]?holder|holder|won\b[^.;]{0,40}\b(?:19|20)\d\d"
        r"|(?:19|20)\d\d\s+(?:winner|champion|prize|title))\b",
        re.IGNORECASE,
    ),
)

AWARD = AnswerType(
    # "What medals has Captain Lesnichenko received?", "Which film won the jury prize?": an
    # honour told as such, not anything else the person or film did.
    "an award",
    re.compile(
        r"\b(?:medals?|awards?|honours?|honors?|decorations?|prizes?(?!\s+money)|trophy|trophies)\b"
        r"[^?]*\b(?:received|receive|won|win|wins|awarded|given|get|got|earned|has|have)\b"
        r"|\b(?:received|won|awarded|given|earned)\b[^?]*\b(?:medals?|awards?|prizes?|trophy)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\bmedals?\b|\bawards?\b|\bawarded\b|\bhonou?r(?:s|ed)?\b|\bdecorated\b|\bprizes?\b"
        r"|\btrophy\b|\btrophies\b|\bOrder\s+of\b|\bHero\s+of\b|\bwinners?\b|\bwon\b",
        re.IGNORECASE,
    ),
)

FORMER_JOB = AnswerType(
    # "What did Arestovich do before he became an adviser?", "What was Zelensky's career before
    # he became president?": an earlier job told as such beside the name.
    "what they did before",
    re.compile(
        # Not "What did the farmer do before he left?": an act before an event.
        r"\bwhat\s+did\s+.+\bdo\b.*\bbefore\s+(?:becoming|(?:he|she|they)\s+became|entering)\b"
        # Not "What did the kayaker do for a living?": his job, however the story tells it.
        r"|\b(?:career|job|profession|living)\s+before\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\bformer(?:ly)?\b|\bpreviously\b|\bex-\w+|\bbefore\s+(?:becoming|joining|entering)\b"
        r"|\bworked\s+(?:as|for|at)\b|\bcareer\b|\bonce\s+(?:a|an|the)\b|\bused\s+to\b",
        re.IGNORECASE,
    ),
    beside_name=True,
)

OCCUPATION = AnswerType(
    # "What did the kayaker do for a living?", "What is Drummock's job?": a job, which a story
    # sets beside the name ("Ashgrove, a land surveyor,") or tells as one ("works as").
    "their job",
    re.compile(
        r"\bdo(?:es)?\s+for\s+a\s+living\b|\b(?:what|which)\s+(?:job|occupation|profession|trade)"
        r"\s+(?:does|did|do|has|had)\b|(?:'s|’s)\s+(?:job|occupation|profession)\s*\W*$",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:works?|worked|working)\s+(?:as|for)\b|\bby\s+(?:trade|profession)\b|\bjob\b"
        # Or a business of their own: "runs a bicycle repair shop", "owns a bakery".
        r"|\b(?:runs?|ran|owns?|owned)\s+(?:a|an|the|her|his|their)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:shop|business|firm|company|cafe|café|pub|farm|restaurant|bakery|practice|studio)\b"
        r"|\boccupation\b|\bprofession\b|\bemployed\b|\bretired\b|\bformer(?:ly)?\b|\bex-\w+"
        # A description set beside a name: "Ashgrove, a land surveyor,", "Kell, 58, a teacher".
        r"|[A-Z][\w’'-]+,\s+(?:\d+,\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*[,.]"
    ),
    beside_name=True,
)

LATER_FATE = AnswerType(
    # "What happened to Captain Lesnichenko later on?", "… after he switched sides?": what
    # became of someone afterwards, told as such ("was later killed", "has since returned",
    # "went on to"), not the act the story reports.
    "what became of them",
    re.compile(
        # Of someone named ("to sergeant Shishkarey", "to Captain Maxim Lesnichenko"), not "to
        # the currency after the announcement", whose answer is the event's outcome.
        r"^\W*what\s+(?:has\s+)?happened\s+to\s+(?:(?!the\b|an?\b)[a-z]+\s+)?(?-i:[A-Z])"
        r"[^?]*\b(?:later|after|afterwards|since|then|next|eventually)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\blater\b|\bsince\b|\bwent\s+on\s+to\b|\bafterwards\b|\beventually\b|\bnow\b"
        r"|\b(?:killed|died|dead|sentenced|jailed|released|freed|exchanged|swapped|returned"
        r"|wounded|injured|captured|arrested)\b",
        re.IGNORECASE,
    ),
    beside_name=True,
)

SUCCESSOR = AnswerType(
    # "Who replaced Igor Volobuev at the bank?", "Who will replace the headteacher?": someone
    # told as taking the place, not the person replaced told doing something else.
    "who takes their place",
    re.compile(
        r"^\W*who\s+(?:(?:will|would|did|has|have|is\s+(?:going\s+|set\s+)?to)\s+)?"
        r"(?:replace[sd]?|replacing|succeed(?:s|ed)?|take\s+over\s+from|took\s+over\s+from"
        r"|(?:step|stand|fill)(?:s|ed|ing)?\s+in\s+for|stood\s+in\s+for)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\breplac\w*|\bsucce(?:ed|eds|eded|eding|ssor)\b|\b(?:take|takes|took|taking)\s+over\b"
        r"|\b(?:step|steps|stepped|stand|stands|stood|fill|fills|filled)\s+in\b|\binstead\b"
        r"|\bin\s+(?:his|her|their)\s+place\b|\b(?:new|interim|acting)\s+[a-z]+\b|\bappointed\b"
        r"|\bnamed\s+as\b",
        re.IGNORECASE,
    ),
)
