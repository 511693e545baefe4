"""What kind of answer a question expects, and whether a passage could give it.

Dense similarity and word matches cannot tell "How old is Ramzan Kadyrov?" from "Who is Ramzan
Kadyrov?": both match the paragraph that introduces him. But the first expects an age, and a
passage with no age in it cannot answer it, however well it matches. Classic question answering
checks the expected answer type (Moldovan et al., 2000); here only for the kinds whose answer has
an unmistakable surface form (an age, a birth, a founding, a designer, an owner, a colour, a
sum of money, a population), and only to decline: when none of the best passages holds such a
form, the question is not answered by the corpus.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUMBER = r"\d|\b(?:hundreds?|thousands?|millions?|billions?|trillions?)\b"
_YEAR = r"\b(?:1[0-9]|20)\d\d\b"
_MONEY_VERBS = (
    "cost costs costing pay pays paid earn earns earned worth charge charges charged spend "
    "spends spent sell sells sold fetch fetched"
)
_MONEY_NOUNS = "salary salaries net\\s+worth wage wages price prices cost fee fees"


@dataclass(frozen=True, slots=True)
class AnswerType:
    """A kind of answer with a surface form a passage must show to give it.

    Attributes:
        name: what the answer is, for the reader ("an age").
        asked: matches a question expecting this kind of answer.
        given: matches a text that could give it.
    """

    name: str
    asked: re.Pattern[str]
    given: re.Pattern[str]

    def given_by(self, text: str) -> bool:
        """Whether ``text`` holds something of this kind."""
        return self.given.search(text) is not None


ANSWER_TYPES = (
    AnswerType(
        "an age",
        re.compile(r"\bhow\s+old\b|\bwhat\s+age\b", re.IGNORECASE),
        # "Aldana, 29,", "a 71-year-old", "aged 40", "(52)"; a year or a span of years dates a
        # thing ("built in 1890", "for 31 years").
        re.compile(
            rf"\b\d{{1,3}}[- ]years?[- ]old\b|,\s?\d{{1,3}},|\baged?\s+(?:of\s+)?\d|\(\d{{1,3}}\)"
            rf"|{_YEAR}|\b\d+\s+years\b|\bcentur(?:y|ies)\b",
            re.IGNORECASE,
        ),
    ),
    AnswerType(
        "a birth date or place",
        re.compile(r"\bborn\b|\bbirth(?:day|place|\s+date)?\b", re.IGNORECASE),
        # A birth is told as "born in", an age, or a native place ("a native of Grozny").
        re.compile(
            r"\bborn\b|\bbirth|\bnative\b|\bgrew\s+up\b|\b\d{1,3}[- ]years?[- ]old\b"
            r"|,\s?\d{1,3},|\baged?\s+(?:of\s+)?\d",
            re.IGNORECASE,
        ),
    ),
    AnswerType(
        "its founding",
        re.compile(
            r"^\W*(?:in\s+)?(?:when|what\s+year|which\s+year|who)\b.*"
            r"\b(?:founded|established|set\s+up|formed|created|started|launched|built|opened)\b",
            re.IGNORECASE,
        ),
        # Told as "founded in 1952", "set up by", "the club's founders"; a bare year is not
        # enough, since news is full of years.
        re.compile(
            r"\bfound(?:ed|er|ers|ing)\b|\bestablish|\bset\s+up\b|\bformed\b|\bcreat"
            r"|\bstart(?:ed|ing)\b|\blaunch|\bbuilt\b|\bbuild|\bopen(?:ed|ing)\b"
            r"|\bincorporat|\bdates?\s+back\b",
            re.IGNORECASE,
        ),
    ),
    AnswerType(
        "its designer",
        re.compile(
            r"^\W*(?:who|which\s+\w+(?:\s+\w+)?)\s+(?:designed|drew\s+up)\b"
            r"|\bwho\s+(?:is|was|were)\s+the\s+(?:architect|designer)s?\b",
            re.IGNORECASE,
        ),
        re.compile(r"\bdesign(?:ed|er|ers|s)?\b|\barchitect", re.IGNORECASE),
    ),
    AnswerType(
        "its owner",
        re.compile(
            r"^\W*who\s+(?:owns|owned)\b|\bwho\s+(?:is|are|was|were)\s+the\s+owners?\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\bown(?:s|ed|er|ers|ership)?\b|\bstake\b|\bsubsidiary\b|\bparent\b|\bbought\b"
            r"|\bacquir|\bsold\b|\bbelongs?\b|\bfamily-(?:run|owned)\b",
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
            rf"\bhow\s+much\b.*\b(?:{'|'.join(_MONEY_VERBS.split())})\b"
            rf"|\bwhat(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+(?:\S+\s+){{0,3}}"
            rf"(?:{'|'.join(_MONEY_NOUNS.split())})\b",
            re.IGNORECASE,
        ),
        re.compile(rf"{_NUMBER}|[$€£¥₽]", re.IGNORECASE),
    ),
    AnswerType(
        "a population",
        re.compile(
            r"\bpopulation\b|\binhabitants\b|\bhow\s+many\s+(?:people|residents)\s+live\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\bpopulation\b|\binhabitants\b|\bresidents\b|\bpeople\s+live\b|\bpopulous\b"
            r"|\d[\d,.]*\s*(?:million\s+|thousand\s+)?people\b",
            re.IGNORECASE,
        ),
    ),
)


def expected_answer(question: str) -> AnswerType | None:
    """The kind of answer the question expects, when it is one of :data:`ANSWER_TYPES`."""
    return next((kind for kind in ANSWER_TYPES if kind.asked.search(question)), None)
