"""Questions asking how many of something a body has ("How many aircraft does it fly?").

A story that answers puts a number before the thing asked about, or a word for it ("a fleet
of 12 planes", "employs about 14,000 people"), beside the body's name; "travelling with his
wife and three children" counts no aircraft. Part of
:func:`retrieval.answer_types.expected_answer`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from retrieval.answer_forms import AnswerType
from retrieval.counts import NUMBER

# Words a story may count the same things by; the first word of each group is only a label.
_KINDS = (
    "pupils students children",
    "staff employees workers people jobs",
    "members",
    "followers subscribers",
    "fighters troops soldiers volunteers",
    "prisoners inmates captives",
    "tanks",
    "beds",
    "branches stores shops outlets",
    "aircraft planes jets",
    "boats ships vessels ferries",
    "seats",
    "reservoirs",
    "rooms",
    "screens",
)
# Verbs that give a count without the counted word ("employs 900", "seats 620").
_COUNTING_VERBS = {"staff": "employs", "pupils": "enrols|enrolls|teaches", "seats": "seats"}
_GROUP_OF = {word: kind.split() for kind in _KINDS for word in kind.split()}
_ASKED = re.compile(
    rf"^\W*how\s+many\s+(?:\w+\s+){{0,2}}?(?P<thing>{'|'.join(_GROUP_OF)})"
    # "How many prisoners of war does Ukraine hold?"
    r"(?:\s+of\s+war)?\s+(?:(?:does|do|did)"
    r"\s+.+\b(?:have|has|employ|hold|keep|run|own|operate|rent|fly|seat)|go\s+to|attend"
    r"|work(?:s|ed)?\s+(?:at|for|in)|(?:are|is)\s+(?:there\s+)?in)\b",
    re.IGNORECASE,
)


def asked_count(question: str) -> AnswerType | None:
    """The count of members, staff, seats … of a body a question asks for, if any.

    Args:
        question: the question.

    Returns:
        An answer type told beside the question's names, or ``None`` when no such count is
        asked.
    """
    m = _ASKED.search(question)
    if m is None:
        return None
    return _count_of(_GROUP_OF[m["thing"].lower()][0])


@lru_cache(maxsize=len(_KINDS))
def _count_of(kind: str) -> AnswerType:
    """The answer type counting one group of things, built once per group (kind: its label)."""
    group = _GROUP_OF[kind]
    given = rf"(?:{NUMBER.pattern})\s+(?:[\w’'-]+\s+){{0,2}}?(?:{'|'.join(group)})\b"
    if verbs := _COUNTING_VERBS.get(kind):
        given += rf"|\b(?:{verbs})\s+(?:about\s+|around\s+|some\s+|nearly\s+)?\d"
    return AnswerType("how many it has", _ASKED, re.compile(given, re.IGNORECASE), True)


_ASKED_IN = re.compile(
    r"^\W*how\s+many\s+(?:\w+\s+){0,2}?(?P<thing>[a-z]{3,})\s+(?:(?:are|is|were|was)\s+"
    r"(?:there\b|(?:in|on|at)\b)"
    # "How many legs does a spider have?": whatever the story counts them by, it names them.
    # "How many league titles have Rushcastle Lynx won?", "How many can the rink hold?"; any
    # verb at all ("How many pictures did readers send in?") lost answers counted in other words.
    r"|(?:does|do|did|can|could|will|has|have)\s+(?:[\w’'-]+\s+){1,7}?(?:have|own|keep|hold"
    r"|employ|cover|supply|make|produce|bake|build|sell|sold|win|won|get|got|score|scored"
    r"|concede|conceded|complete|completed|seat|accommodate)\b"
    r"[^?]{0,40}\?)",
    re.IGNORECASE,
)
# Words that count anything a story may count by another word ("87 passengers", "a team of
# nine"): no check.
_ANYTHING = {"people", "persons", "others", "ones", "them", "there", "more"}
# Words for the people of a place that a story may count by any of the others.
_PEOPLE = frozenset({"staff", "employee", "worker", "adult", "person", "personnel"})


def asked_count_in(question: str) -> AnswerType | None:
    """The count a "How many bones are in the human body?" question asks for, if any.

    A story that answers it counts the thing asked about ("all 21 crew members", "set with 112
    garnets"), or says how many in words of their own ("There are several dozen") or that
    nobody knows "how many"; a passage counting only other things does not.

    Args:
        question: the question (spelling already read).

    Returns:
        An answer type, or ``None`` when no such count is asked.
    """
    m = _ASKED_IN.search(question)
    if m is None or m["thing"].lower() in _ANYTHING:
        return None
    word = m["thing"].lower().removesuffix("s")
    kind = _KIND_OF_THING.search(question)
    if kind is not None:
        # "How many minutes are there in a day?" asks about a kind of thing, which a story
        # counts as such ("24 hours in a day", "a spider has eight legs") or not at all: "bake
        # for 25 minutes" counts no day's minutes.
        return _count_per(re.escape(word[: max(3, len(word) - 1)]), re.escape(kind["kind"]))
    if word in _PEOPLE:
        # "How many staff are on duty?" — "six adults on duty" counts them.
        return _count_in("|".join(sorted(_PEOPLE)))
    return _count_in(re.escape(word[: max(3, len(word) - 1)]))


@lru_cache(maxsize=256)
def _count_in(stem: str) -> AnswerType:
    """The answer type counting things whose words begin with ``stem`` (a pattern)."""
    given = (
        rf"(?:{NUMBER.pattern})\s+(?:[\w’'-]+\s+){{0,2}}?(?:{stem})\w*"
        r"|\b(?:dozen|dozens|hundreds|thousands|several|few)"
        r"(?=\s*[,.;:!?”\"]|\s+(?:it|they|and|but|of\s+them)\b)"
        r"|\bhow\s+many\b"
    )
    return AnswerType("a count of them", _ASKED_IN, re.compile(given, re.IGNORECASE))


# "in a day", "does a spider have", "in a rugby union team": a kind of thing, not one of the
# story's; its last word names it.
_KIND_OF_THING = re.compile(
    r"\b(?:(?:in|on|to)\s+(?:a|an|one|the\s+human)|(?:does|do)\s+(?:a|an|the\s+human))"
    r"\s+(?:[a-z]+\s+){0,2}?(?P<kind>[a-z]{3,})\s*(?:have\b|\?|$)",
    re.IGNORECASE,
)


@lru_cache(maxsize=256)
def _count_per(stem: str, kind: str) -> AnswerType:
    """The answer type counting things (``stem``) in each of a kind of thing (``kind``).

    The count comes with the kind or with a word for each one: "24 hours in a day", "Like
    every spider, it has eight legs", "Each side fields 15 players".
    """
    count = rf"(?:{NUMBER.pattern})\s+(?:[\w’'-]+\s+){{0,2}}?(?:{stem})\w*"
    each = rf"\b(?:{kind}\w*|each|every|per)\b"
    given = rf"{each}[^.;]*?{count}|{count}[^.;]*?{each}"
    return AnswerType("a count of them", _ASKED_IN, re.compile(given, re.IGNORECASE))


# "How many nights were the meadows filmed?", "… how many years of prison?": a span counted
# in the unit asked, not a count of anything else ("several dozen" fighters).
_ASKED_SPAN = re.compile(
    r"(?:^|[,;:—–]\s*)\W*(?:and\s+|so\s+)?how\s+many\s+(?:more\s+|extra\s+|whole\s+|full\s+)?"
    r"(?P<unit>minute|hour|day|night|week|month|year|decade)s\b",
    re.IGNORECASE,
)


def asked_span(question: str) -> AnswerType | None:
    """The span of time a "How many hours …?" question asks for, if any.

    A story that answers counts the unit asked ("on 62 nights", "a four-day week", "a couple
    of hours"), or dates the span's start ("every Saturday since 2019") when years are asked.

    Args:
        question: the question (spelling already read).

    Returns:
        An answer type, or ``None`` when no span is counted.
    """
    m = _ASKED_SPAN.search(question)
    return None if m is None else _span_in(m["unit"].lower())


# Between the count and the unit, only a word that keeps it a span: "May 9 Victory Day" is
# a date.
_SPAN_FILLERS = "(?:more|full|whole|extra|long|straight|consecutive|working|school|sleepless)"


@lru_cache(maxsize=8)
def _span_in(unit: str) -> AnswerType:
    """The answer type of a span counted in ``unit`` ("hour"), built once per unit."""
    count = rf"(?:{NUMBER.pattern}|\ban?|\ba\s+couple\s+of)"
    given = rf"{count}[\s-]+(?:{_SPAN_FILLERS}\s+)?{unit}s?\b|\bhow\s+many\s+{unit}s\b"
    if unit in ("year", "decade", "month"):
        given += r"|\b(?:since|from)\s+(?:1[5-9]|20)\d\d\b"
    return AnswerType("a span of time", _ASKED_SPAN, re.compile(given, re.IGNORECASE))


_OFTEN = rf"(?:{NUMBER.pattern})(?:\s+(?:{NUMBER.pattern}))?\s+(?:times|occasions|nights|days)\b"
HOW_MANY_TIMES = AnswerType(
    "how many times",
    re.compile(r"\bhow\s+many\s+times\b", re.IGNORECASE),
    # "viewed more than 1.3 million times", "on at least nine nights", "a double polygraph
    # test"; a passage counting other things ("several hundred of soldiers") does not say.
    re.compile(
        rf"{_OFTEN}|\bonce(?!\s+(?:again|more)\b)|\b(?:twice|thrice|double|triple|repeatedly)\b",
        re.IGNORECASE,
    ),
)
"""How often something happened ("How many times was the post shared?")."""

SHARE = AnswerType(
    "a share",
    # "What proportion of applicants fail …?", not "what share price target …".
    re.compile(
        r"\b(?:what|which|by\s+what)\s+(?:proportion|percentage|fraction|share(?!\s+price))\b",
        re.IGNORECASE,
    ),
    # "41% of patients", "fewer than one in five", "about half": a share in some words.
    re.compile(
        r"%|\bper\s*cent\b|\bpercent(?:age)?\b|\b\w+\s+in\s+(?:two|three|four|five|six|ten|\d+)\b"
        r"|\b(?:half|third|thirds|quarter|quarters|fifth|fifths|majority|minority|most)\b",
        re.IGNORECASE,
    ),
)
"""A share of a whole ("What proportion of the electorate took part?")."""
# Units by what they measure: "How many acres …?" is not answered by "12km of river".
_UNIT_FAMILIES = (
    r"km|kms|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|feet|foot|ft|yards?|inch(?:es)?|cm|mm",
    r"acres?|hectares?|square\s+(?:miles?|met(?:re|er)s?|feet|kilomet(?:re|er)s?)",
    r"kg|kilo(?:gram)?s?|grams?|tonnes?|tons?|lbs?|pounds\s+in\s+weight",
    r"litres?|liters?|gallons?|barrels?|pints?",
)


def _in_units(units: str) -> AnswerType:
    """A quantity asked and given in one family of units ("how many acres", "a 40-acre farm")."""
    return AnswerType(
        "an amount in units",
        re.compile(rf"\bhow\s+many\s+(?:{units})\b", re.IGNORECASE),
        re.compile(rf"(?:{NUMBER.pattern})\s*-?\s*(?:{units})\b", re.IGNORECASE),
        # "How many acres is Hobb's Orchard?": told of the orchard, not of another farm.
        beside_name=True,
    )


IN_UNITS = tuple(_in_units(units) for units in _UNIT_FAMILIES)
"""Quantities counted in a unit ("How many kilometres is it from Kyiv to Severodonetsk?")."""

# A name and no more, in a run of capitalised words: "the Ambermoor Tunnel", "the river Lumm".
_NAMED_THING = (
    r"(?:the\s+)?(?:[a-z]+\s+)?(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*(?:\s+[a-z]+(?<!ed)(?<!to)){0,2}"
)
LENGTH_OF_NAME = AnswerType(
    # "How long is the Ambermoor Tunnel?" asks the length of the thing named, told beside its
    # name ("486 metres", "a 12-mile line"); the broader "how long" takes any span anywhere,
    # and a story about another tunnel gives one. A span of time beside the name answered
    # "How long is the Sennet Trader?" with "the third ship to run aground in ten years".
    "a length",
    re.compile(
        rf"^\W*(?i:how\s+long\s+(?:is|was))\s+{_NAMED_THING}(?:\s+from\s+end\s+to\s+end)?\s*\?*\s*$"
    ),
    re.compile(rf"(?:{NUMBER.pattern})\s*-?\s*(?:{_UNIT_FAMILIES[0]})\b", re.IGNORECASE),
    beside_name=True,
)
COUNT_TYPES = (HOW_MANY_TIMES, SHARE, *IN_UNITS, LENGTH_OF_NAME)
"""The fixed answer types of this module, in the order they are tried."""
