"""Surface forms of answers, and the record of a kind of answer a passage must show.

The regular-expression parts (ages, years, units, currencies) and :class:`AnswerType`.

:mod:`retrieval.answer_types` builds its question and passage patterns from these parts;
:mod:`retrieval.question_subject` tells a question's subject apart by their word lists.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from corpus.claim_cues import CAP_STOP

DECADES = "twenties thirties forties fifties sixties seventies eighties nineties"
# "Aldana, 29,", "a 71-year-old", "aged 40", "(52)", "turns 70 next month", "who at 31 becomes",
# "in her sixties", "now 78,".
AGE = (
    r"\b\d{1,3}[- ]years?[- ]old\b|,\s?\d{1,3},|\baged?\s+(?:of\s+)?\d|\(\d{1,3}\)"
    r"|\bturn(?:s|ed|ing)?\s+\d{1,3}\b"
    # "Ilse Ferrand, now 78, taught her": an age, not "now 40%" or "now 12 stores".
    r"|\bnow\s+\d{1,3}(?=[,.;)]|\s+(?:and|but|years?)\b)"
    # "at 31", but not "at 3 a.m.", "at 10:30", "at 40%"
    r"|\bat\s+(?:the\s+age\s+of\s+)?\d{1,3}\b(?![.:,]?\d|\s*(?:[ap]\.?m\b|%|per))"
    r"|\bin\s+(?:his|her|their)\s+(?:early\s+|mid-?\s*|late\s+)?"
    rf"(?:{'|'.join(DECADES.split())})\b"
    # "now in his seventy-eighth year", "in her 80th year"
    r"|\bin\s+(?:his|her|their)\s+(?:[a-z]+-)?(?:[a-z]+th|\d{1,3}(?:st|nd|rd|th))\s+year\b"
)
YEAR = r"\b(?:1[0-9]|20)\d\d\b"
LEADING_VERBS = "commands commanded leads led heads headed runs ran chairs directs manages"
LEADER_NOUNS = (
    "commander leader head chief boss chairman chairwoman chair director manager ceo "
    "headteacher headmaster headmistress principal"
)
# The leader nouns as a regular-expression alternation, with the roles of more than one word.
LEADER_ROLES = "|".join(
    [*LEADER_NOUNS.split(), r"head\s+teacher", r"chief\s+executive", r"managing\s+director"]
)
BODIES = (
    "legion group army unit force company firm team party country government brigade battalion "
    "militia organi[sz]ation club regiment movement gang union council agency ministry "
    "department board school hospital police navy fleet squad corps trust charity network "
    "fighter soldier troop rebel committee commission panel inquiry investigation"
)
# What a leader leads: a name ("the Freedom of Russia Legion", "the Chechen forces") or a body
# ("the legion", not "the legion's recruitment").
LED = (
    rf"(?:the\s+|its\s+|their\s+)?(?:[A-Z][\w’'-]*|"
    rf"(?i:(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(BODIES.split())})s?\b(?![’']\w)))"
)
ACTIVITIES = (
    "study studies research survey project trial trials experiment expedition campaign "
    "operation raid attack search rescue review audit analysis excavation"
)
# What a name that ends so calls is a place or a building, not a person.
PLACE_WORDS = (
    "Inn Church Chapel Cathedral Bridge Hall Tower House Hotel Theatre Theater Museum School "
    "Academy College University Hospital Stadium Park Street Road Lane Square Mill Castle Abbey "
    "Station Market Club Company Group Trust Bank Lighthouse Pier Stand Centre Center Library"
)
MONEY_VERBS = (
    "cost costs costing pay pays paid earn earns earned worth charge charges charged spend "
    "spends spent sell sells sold fetch fetched pocket pocketed owe owes owed embezzle embezzled "
    "steal stole stolen fined donate donated raise raised bribes"
)
CURRENCIES = (
    "pounds? pence euros? cents? dollars? rubles? roubles? hryvnias? crowns? kroner krone kronor "
    "krona marks? francs? yen yuan rupees? lira lire zloty forints? rand pesos? reais dinars? "
    "dirhams? shekels? quid bucks? usd eur gbp chf"
)
# A sum of money: a currency's sign or name ("£38,000", "14 pounds", "850 dollars").
SUM = rf"[$€£¥₽]|\b(?:{'|'.join(CURRENCIES.split())})\b"
# Words that make a sum someone's pay ("earns about £38,000 a year", "14 pounds an hour").
PAY_WORDS = (
    # "paid for by a £210,000 grant" pays for a thing, not a person.
    r"\b(?:earn\w*|paid(?!\s+(?:for|off|out|back)\b)|pay|pays|salary|salaries|wages?|income"
    r"|contract|rate|stipend"
    r"|(?:an?|per)\s+(?:hour|week|month|year|annum|day|shift))\b"
)
MEASURES = "range distance length height depth width altitude speed weight wingspan diameter"
UNITS = (
    "km kms kilomet(?:re|er)s? miles? met(?:re|er)s? m feet foot ft yards? inch(?:es)? cm mm "
    "kg kilo(?:gram)?s? grams? tonnes? tons? lbs? mph knots? acres? hectares? km/h"
)
# Sums asked as "How much subsidy did Westerly Link get?".
MONEY_TOPICS = (
    "subsidy subsidies funding compensation aid tax taxes rent debt debts profit profits revenue "
    "cash grant grants ransom fine fines salary pay wages bonus"
)
# Sums whose size is asked as "How big is the fine?".
MONEY_AMOUNTS = (
    "fine fines bill payout settlement budget salary price cost fee fees ransom bonus loan debt "
    "debts grant compensation"
)
MONEY_NOUNS = (
    "salary salaries net\\s+worth wage wages price prices cost fee fees budget budgets revenue "
    "revenues turnover profit profits assets ticket tickets fare fares admission"
)


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
        reach: how many sentences from one naming it, that one included, may tell it.
    """

    name: str
    asked: re.Pattern[str]
    given: re.Pattern[str]
    beside_name: bool = False
    reach: int = 2

    def given_by(self, text: str) -> bool:
        """Whether ``text`` holds something of this kind."""
        return self.given.search(text) is not None

    def _given_of(self, sentence: str, names: Collection[str], passage: Sequence[str]) -> bool:
        """Whether ``sentence`` gives this kind of answer, and not of another name it opens with.

        "Corriston Athletic were founded in 1883": the form follows the opening name at once.
        """
        found = self.given.search(sentence)
        if found is None:
            return False
        other = _other_opening_name(sentence, names, passage)
        return other is None or found.start() - other > _OPENING_GAP

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
        alternatives = rf"\b(?:{'|'.join(map(re.escape, names))})\b"
        named = re.compile(alternatives) if names else None
        lowered = re.compile(alternatives, re.IGNORECASE)
        for title, sentences in passages:
            if named is None or not self.beside_name:
                if self.given_by(" ".join(sentences)):
                    return True
                continue
            if _titled(title, named, lowered):
                # The story is about the subject, but a sentence that opens with another name
                # ("Corriston Athletic were founded in 1883" under a headline naming Halvering
                # Town) tells it of that one.
                if any(self._given_of(s, names, sentences) for s in sentences):
                    return True
                continue
            for i, sentence in enumerate(sentences):
                if named.search(sentence) and self._given_beside(
                    " ".join(sentences[i : _told_until(sentences, i + self.reach)]),
                    names,
                    _other_opening_name(sentence, names, sentences),
                ):
                    return True
        return False

    def _given_beside(self, text: str, names: Collection[str], opening: int | None) -> bool:
        """Whether ``text`` shows this kind of answer, other than of another name set beside it.

        "The company is based in Brantwick, a market town of about 62,000 people": Brantwick's
        population, not that of the Penhallow named a sentence before; "Gullwater Ferries was
        founded in 1952 … and has been owned since 2011 by Mereveld Capital": the ferry
        company's founding, as ``opening`` (where another name opening ``text`` ends) tells.
        """
        for found in self.given.finditer(text):
            if opening is not None and found.start() - opening <= _OPENING_GAP:
                continue
            apposed = _APPOSED_TO.search(text, 0, found.start())
            if apposed is None or any(w in names for w in apposed.group(1).split()):
                return True
        return False


# A name and the description set beside it, up to where an answer's form starts.
_APPOSED_TO = re.compile(r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*),\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$")
# A sentence that goes on about the subject of the one before: "Quillon Therapeutics was
# founded in 2011. The company is based in Brantwick. It has been majority-owned by …".
_GOES_ON = re.compile(
    r"^[“\"‘']?(?:It|Its|He|His|She|Her|They|Their|The\s+(?:company|firm|group|business|club"
    r"|charity|school|museum|airline|chain|bank|brewery|yard|shop|band|label|trust|family))\b"
)


def _told_until(sentences: Sequence[str], end: int) -> int:
    """Where the sentences telling of a name end: ``end``, or later while each goes on of it."""
    while (
        0 < end < len(sentences)
        and _GOES_ON.match(sentences[end])
        and _GOES_ON.match(sentences[end - 1])
    ):
        end += 1
    return end


def _titled(title: str, named: re.Pattern[str], lowered: re.Pattern[str]) -> bool:
    """Whether a story's title names the subject.

    Headlines are often in sentence case: "Millbrook Falls grain exchange reborn as public
    library" names the Hadley Grain Exchange by two of its words, in lower case.
    """
    if named.search(title):
        return True
    return len({m.lower() for m in lowered.findall(title)}) >= 2


_OPENING_NAME = re.compile(r"[“\"‘'(]?((?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*)")
_OPENING_GAP = 12
"""How far the form may start after an opening name to be told of it ("were ", ", which was")."""


def _other_opening_name(
    sentence: str, names: Collection[str], passage: Sequence[str]
) -> int | None:
    """Where a proper name none of whose words ``names`` holds ends, if a sentence opens so.

    One capitalised word is a name only if the passage writes it so mid-sentence too:
    "Designed by the Chicago architect" opens with a verb.
    """
    match = _OPENING_NAME.match(sentence)
    if match is None:
        return None
    words = [w.removesuffix("’s").removesuffix("'s") for w in match.group(1).split()]
    if words[0] in CAP_STOP or any(w in names for w in words):
        return None  # "It was designed by", "The building dates back to"
    if len(words) == 1 and not any(
        re.search(rf"\w\W+{re.escape(words[0])}\b", s) for s in passage
    ):
        return None
    return match.end()
