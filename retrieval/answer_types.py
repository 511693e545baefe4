"""What kind of answer a question expects, and whether a passage could give it.

Dense similarity and word matches cannot tell "How old is Ramzan Kadyrov?" from "Who is Ramzan
Kadyrov?": both match the paragraph that introduces him. But the first expects an age, and a
passage with no age in it cannot answer it, however well it matches. Classic question answering
checks the expected answer type (Moldovan et al., 2000); here only for the kinds whose answer has
an unmistakable surface form (an age, a birth, a founding, a leader, a date, a designer, an
owner, a colour, a sum of money, a death toll, a population), and only to decline: when none of
the best passages holds such a form, the question is not answered by the corpus.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from retrieval.dates import CALENDAR_DATE

_DECADES = "twenties thirties forties fifties sixties seventies eighties nineties"
# "Aldana, 29,", "a 71-year-old", "aged 40", "(52)", "turns 70 next month", "who at 31 becomes",
# "in her sixties".
_AGE = (
    r"\b\d{1,3}[- ]years?[- ]old\b|,\s?\d{1,3},|\baged?\s+(?:of\s+)?\d|\(\d{1,3}\)"
    r"|\bturn(?:s|ed|ing)?\s+\d{1,3}\b"
    # "at 31", but not "at 3 a.m.", "at 10:30", "at 40%"
    r"|\bat\s+(?:the\s+age\s+of\s+)?\d{1,3}\b(?![.:,]?\d|\s*(?:[ap]\.?m\b|%|per))"
    r"|\bin\s+(?:his|her|their)\s+(?:early\s+|mid-?\s*|late\s+)?"
    rf"(?:{'|'.join(_DECADES.split())})\b"
)
_YEAR = r"\b(?:1[0-9]|20)\d\d\b"
_LEADING_VERBS = "commands commanded leads led heads headed runs ran chairs directs manages"
LEADER_NOUNS = (
    "commander leader head chief boss chairman chairwoman chair director manager ceo "
    "headteacher headmaster headmistress principal"
)
_BODIES = (
    "legion group army unit force company firm team party country government brigade battalion "
    "militia organi[sz]ation club regiment movement gang union council agency ministry "
    "department board school hospital police navy fleet squad corps trust charity network "
    "fighter soldier troop rebel committee commission panel inquiry investigation"
)
# What a leader leads: a name ("the Freedom of Russia Legion", "the Chechen forces") or a body
# ("the legion", not "the legion's recruitment").
_LED = (
    rf"(?:the\s+|its\s+|their\s+)?(?:[A-Z][\w’'-]*|"
    rf"(?i:(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(_BODIES.split())})s?\b(?![’']\w)))"
)
_ACTIVITIES = (
    "study studies research survey project trial trials experiment expedition campaign "
    "operation raid attack search rescue review audit analysis excavation"
)
# What a name that ends so calls is a place or a building, not a person.
_PLACE_WORDS = (
    "Inn Church Chapel Cathedral Bridge Hall Tower House Hotel Theatre Theater Museum School "
    "Academy College University Hospital Stadium Park Street Road Lane Square Mill Castle Abbey "
    "Station Market Club Company Group Trust Bank Lighthouse Pier Stand Centre Center Library"
)
_MONEY_VERBS = (
    "cost costs costing pay pays paid earn earns earned worth charge charges charged spend "
    "spends spent sell sells sold fetch fetched"
)
_CURRENCIES = (
    "pounds? pence euros? cents? dollars? rubles? roubles? hryvnias? crowns? kroner krone kronor "
    "krona marks? francs? yen yuan rupees? lira lire zloty forints? rand pesos? reais dinars? "
    "dirhams? shekels? quid bucks? usd eur gbp chf"
)
_MONEY_NOUNS = "salary salaries net\\s+worth wage wages price prices cost fee fees"


@dataclass(frozen=True, slots=True)
class AnswerType:
    """A kind of answer with a surface form a passage must show to give it.

    Attributes:
        name: what the answer is, for the reader ("an age").
        asked: matches a question expecting this kind of answer.
        given: matches a text that could give it.
        beside_name: a fact about someone or something the question names, which a story tells
            in a sentence naming it, or the one after ("Pask, 58,"; "She is 58."; "Islink, which
            was founded in 1987,").
    """

    name: str
    asked: re.Pattern[str]
    given: re.Pattern[str]
    beside_name: bool = False

    def given_by(self, text: str) -> bool:
        """Whether ``text`` holds something of this kind."""
        return self.given.search(text) is not None

    def given_in(
        self, passages: Iterable[tuple[str, Sequence[str]]], names: Collection[str]
    ) -> bool:
        """Whether one of ``passages`` gives this kind of answer about the question's subject.

        Args:
            passages: the best passages, each as its document's title and its sentences.
            names: the names of what the question asks about, as written
                (:func:`retrieval.question_subject.subject_names`).

        Returns:
            True when a passage shows the answer's form; for a fact told beside a name, in a
            sentence using one of ``names`` or the sentence after, or anywhere in a passage of
            a story whose title uses one ("The tower was first lit in 1871" under "Greyhaven
            Point lighthouse sold").
        """
        # A name as written ("Water" of "Hexbridge Water"), not the common word ("water").
        named = re.compile(rf"\b(?:{'|'.join(map(re.escape, names))})\b") if names else None
        for title, sentences in passages:
            if named is None or not self.beside_name or named.search(title):
                if self.given_by(" ".join(sentences)):
                    return True
                continue
            for i, sentence in enumerate(sentences):
                if named.search(sentence) and self.given_by(" ".join(sentences[i : i + 2])):
                    return True
        return False


ANSWER_TYPES = (
    AnswerType(
        # "How old is Governor Ilse Marchbanks-Dufour?": a person, whose age a story gives as an
        # age ("Pask, 58,"), never as a year; "How old is the stand at Quarry Lane?" is a thing.
        "an age",
        re.compile(
            r"\b(?i:how\s+old|what\s+age)\s+(?i:is|was)\s+"
            # Words before the name, none of them a preposition: "Corvane chief executive".
            r"(?:(?!(?i:at|in|of|on|for|from|near|by|the\s+[A-Z])\b)[\w’'.-]+\s+){0,6}?"
            r"(?:[A-Z][\w’'.-]*\s+)+[A-Z][\w’'-]+"
            + "".join(rf"(?<!\b{w})" for w in _PLACE_WORDS.split())
            + r"\s*(?:[?,.!]|$)"
        ),
        # An age, or a birth year ("born in 1961"), not a birthplace ("born on Moray Island").
        re.compile(rf"{_AGE}|\bborn\b[^.;]{{0,40}}?{_YEAR}", re.IGNORECASE),
        beside_name=True,
    ),
    AnswerType(
        "an age",
        re.compile(r"\bhow\s+old\b|\bwhat\s+age\b", re.IGNORECASE),
        # An age, or a year or a span of years that dates a thing ("built in 1890", "for 31
        # years").
        re.compile(rf"{_AGE}|{_YEAR}|\b\d+\s+years\b|\bcentur(?:y|ies)\b", re.IGNORECASE),
        beside_name=True,
    ),
    AnswerType(
        "a birthplace",
        re.compile(
            r"\bwhere\b.*\bborn\b|\bbirthplace\b|\bplace\s+of\s+birth\b|\bhometown\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\bborn\b|\bnative\b|\bgrew\s+up\b|\braised\s+in\b|\bhails?\s+from\b"
            r"|\bhometown\b",
            re.IGNORECASE,
        ),
        beside_name=True,
    ),
    AnswerType(
        "a birth date",
        re.compile(r"\bborn\b|\bbirth(?:day|\s+date)?\b|\bdate\s+of\s+birth\b", re.IGNORECASE),
        # Told as "born in 1961", or by an age.
        re.compile(rf"\bborn\b|\bbirth|{_AGE}|{_YEAR}", re.IGNORECASE),
        beside_name=True,
    ),
    AnswerType(
        "its founding",
        re.compile(
            r"^\W*(?:in\s+)?(?:when|what\s+year|which\s+year|who)\b.*"
            r"\b(?:founded|established|set\s+up|formed|created|started|launched|built|opened)\b"
            r"|\bwho\s+(?:is|was|are|were)\s+(?:the\s+)?(?:co-?)?founders?\b",
            re.IGNORECASE,
        ),
        # Told as "founded in 1952", "set up by", "first lit in October 1871", "since 1958"; a
        # bare year is not enough, since news is full of years.
        re.compile(
            r"\bfound(?:ed|er|ers|ing)\b|\bestablish|\bset\s+up\b|\bformed\b|\bcreat"
            r"|\bstart(?:ed|ing)\b|\blaunch|\bbuilt\b|\bbuild|\bopen(?:ed|ing)\b"
            r"|\bincorporat|\bdates?\s+(?:back|from)\b|\bcompleted\b|\berected\b|\bwent\s+up\b"
            r"|\bfirst\s+(?:lit|opened|held|run|played|sold|made|brewed|published)\b"
            r"|\b(?:in|since|from)\s+(?:[A-Z][a-z]+\s+)?(?:1[5-9]|20)\d\d\b",
            re.IGNORECASE,
        ),
        beside_name=True,
    ),
    AnswerType(
        "its leader",
        # Only of a body or a named thing: "Who is in charge of vetting recruits?" and "Who runs
        # the background checks?" ask who does it ("checked by Ukraine's Security Services").
        # Not of an activity ("Who led the Kelverton street light study?"): whoever led it is
        # named as its author or its head, in no leader's words a check could require.
        re.compile(
            rf"^(?!.*\b(?i:{'|'.join(_ACTIVITIES.split())})\W*$)"
            rf"\W*(?i:who\s+(?:{'|'.join(_LEADING_VERBS.split())}))\s+{_LED}"
            rf"|(?i:\bwho\s+(?:is|are|was|were)\s+(?:in\s+charge\s+of|(?:the\s+)?"
            rf"(?:current\s+|new\s+)?(?:{'|'.join(LEADER_NOUNS.split())}|head\s+teacher)s?"
            rf"\s+of))\s+{_LED}"
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
    AnswerType(
        "a date",
        re.compile(
            r"\b(?:what|which)\s+(?:year|date|day|month)\b|\bhow\s+long\s+ago\b", re.IGNORECASE
        ),
        CALENDAR_DATE,
        beside_name=True,
    ),
    AnswerType(
        "its designer",
        re.compile(
            r"^\W*(?:who|which\s+\w+(?:\s+\w+)?)\s+(?:designed|drew\s+up)\b"
            r"|\bwho\s+(?:is|was|were)\s+the\s+(?:architect|designer)s?\b",
            re.IGNORECASE,
        ),
        # "designed by", "the architect", "the work of the engineer", "the Oslo studio Fjell
        # Arkitekter", "drew up the plans".
        re.compile(
            r"\bdesign(?:ed|er|ers|s)?\b|\barchitect|\barkitekt|\bengineer|\bstudio\b"
            r"|\bpractice\b|\bwork\s+of\b|\bplans\b|\bdrew\b|\bdrawn\b",
            re.IGNORECASE,
        ),
    ),
    AnswerType(
        "its owner",
        re.compile(
            r"^\W*who\s+(?:owns|owned)\b|\bwho\s+(?:is|are|was|were)\s+the\s+owners?\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\bown(?:s|ed|er|ers|ership)?\b|\bstake\b|\bsubsidiary\b|\bparent\b|\bbought\b"
            r"|\bacquir|\bsold\b|\bbelong(?:s|ed|ing)?\b|\bfamily-(?:run|owned)\b"
            r"|\bcontroll(?:ed|ing)\b|\bin\s+the\s+hands\s+of\b",
            re.IGNORECASE,
        ),
    ),
    AnswerType(
        "a colour",
        re.compile(r"\b(?:what|which)\s+colou?rs?\b", re.IGNORECASE),
        re.compile(
            r"\bcolou?r|\b(?:red|blue|green|yellow|white|black|grey|gray|pink|orange|purple"
            r"|brown|gold|golden|silver|beige|navy|turquoise)\b",
            re.IGNORECASE,
        ),
    ),
    AnswerType(
        "a sum of money",
        re.compile(
            r"\bhow\s+much\b(?!\s+(?:time|longer|more\s+time)\b)"
            rf".*\b(?:{'|'.join(_MONEY_VERBS.split())})\b"
            rf"|\bwhat(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+(?:\S+\s+){{0,3}}"
            rf"(?:{'|'.join(_MONEY_NOUNS.split())})\b",
            re.IGNORECASE,
        ),
        # A currency, as a sign or a word ("£19,000", "3 million marks", "thirty-four thousand
        # pounds", "for free"): a bare number ("May 11", "70th") is no sum of money.
        re.compile(
            rf"[$€£¥₽]|\b(?:{'|'.join(_CURRENCIES.split())})\b"
            r"|\bfree\s+of\s+charge\b|\bfor\s+free\b"
            r"|\bunpaid\b|\bsalary\b|\bwages?\b|\b\d[\d,.]*\s*(?:m|bn|k)\b",
            re.IGNORECASE,
        ),
        beside_name=True,
    ),
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
        "a population",
        re.compile(
            r"\bpopulation\b|\binhabitants\b|\bhow\s+many\s+(?:people|residents)\s+live\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\bpopulation\b|\binhabitants\b|\bresidents\b|\bpeople\s+live\b|\bpopulous\b"
            r"|\bhome\s+to\b|\d[\d,.]*\s*(?:million\s+|thousand\s+)?(?:people|souls|villagers)\b"
            r"|\b(?:town|city|village|island|hamlet|community|parish|suburb)\s+of\s+"
            r"(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|over\s+)?\d",
            re.IGNORECASE,
        ),
        beside_name=True,
    ),
)


def expected_answer(question: str) -> AnswerType | None:
    """The kind of answer the question expects, when it is one of :data:`ANSWER_TYPES`."""
    return next((kind for kind in ANSWER_TYPES if kind.asked.search(question)), None)
