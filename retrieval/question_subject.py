"""What a question asks about, as opposed to how it describes it.

"How old is Catriona Bell, the woman who runs the shop on Inch Mhor?" asks about Catriona Bell;
the answer-type check (:mod:`retrieval.answer_types`) wants her age told beside her name, not
beside the shop's.
"""

from __future__ import annotations

import re

from retrieval.answer_forms import LEADER_NOUNS, LEADER_ROLES
from retrieval.answerability import POSSESSIVE, Vocabulary, names_as_written

_CLAUSE = re.compile(
    r",|\b(?:who|whom|whose|which|that|where|while|at|in|on|of|for|from|near|with|by)\b",
    re.IGNORECASE,
)


# Where a thing asked about is, or what it is of: "a return ticket on a Hestair flight".
_PLACED_IN = re.compile(r"\b(?:at|in|on|of|from|near)\b", re.IGNORECASE)

# Where the people counted work: "How many people work at …", "How many staff worked for …".
_WORK_AT = re.compile(
    r"^\W*how\s+many\s+(?:\w+\s+){0,2}?(?:work|works|worked|are\s+employed)\s+(?:at|for|in)\s",
    re.IGNORECASE,
)

# A people's adjective: "Russian", "Ukrainian", "Chinese", "British", "French".
_DEMONYM = re.compile(r"(?:ian|ean|ese|ish)$|^(?:French|Dutch|Swiss|Greek|Thai|Israeli|Iraqi)$")

# "the commander of the legion" asks about the legion.
_ROLE_OF = re.compile(
    rf"\bthe\s+(?:(?:{LEADER_ROLES}"
    r"|(?:co-?)?founder|owner|architect|designer|population|age|birthplace|salary"
    r"|village|town|city|island)s?"
    r"(?:\s+and\s+|\s*,?\s*))+of\s+"
    # "How many people live in Lenmark?" asks about Lenmark.
    r"|\b(?:people|residents)\s+live\s+in\s+",
    re.IGNORECASE,
)


# "When did Igor Volobuev leave Russia?": after "did" the subject runs up to the main verb, and
# a name after the verb is its object, not what the question asks about.
_DO_SUPPORT = re.compile(
    r"^\W*(?:\w+\s+){1,3}?(?:did|do|does|has|have|had|will|would|can|could)\s+", re.IGNORECASE
)
# The words of a role between names: "Hexbridge Water managing director Declan Ferrars".
_ROLE_WORD = re.compile(
    rf"^(?:{'|'.join(LEADER_NOUNS.split())}|managing|executive|teacher|the|a|an)$", re.IGNORECASE
)


def _before_main_verb(question: str) -> str:
    """The question up to its main verb when it opens with "did", "has", "will" ..."""
    opening = _DO_SUPPORT.match(question)
    if opening is None:
        return question
    words = question[opening.end() :].split()
    named = False
    for position, word in enumerate(words):
        if word[:1].isupper():
            named = True
        elif named and not _ROLE_WORD.match(word):
            return question[: opening.end()] + " ".join(words[:position])
    return question


def subject_names(question: str) -> set[str]:
    """The names of what the question asks about, as written, not of what describes it.

    "How old is Catriona Bell, the woman who runs the shop on Inch Mhor?" asks about Catriona
    Bell; "How old is the woman taking over the Cornish vineyard?" and "What age is the head
    teacher at Brindle Cross primary?" name nobody they ask about.

    Args:
        question: the question.

    Returns:
        The last run of names before the first clause, apposition or preposition after the
        question's opening words, and before the main verb of "When did X leave Y?": Y is what
        X left, X is asked about. With none there, the names of the workplace whose people are
        counted, or of what the subject is at, in or of ("a return ticket on a Hestair flight").
    """
    before = _before_main_verb(question)
    subject = _names_of(before)
    # "When did Russian forces take Severodonetsk?": a people is no name of what is asked about.
    if subject and all(_DEMONYM.search(name) for name in subject):
        return _names_of(question)
    if subject:
        return subject
    if staff := _WORK_AT.search(question):
        # "How many people work at the Coldharbour Foods depot in Ruddlesby?": the depot's.
        return _proper_names(_CLAUSE.split(question[staff.end() :], maxsplit=1)[0])
    placed = _PLACED_IN.split(before, maxsplit=1)
    if before != question and len(placed) == 2:
        # "How much does a return ticket on a Hestair flight cost?": the subject's only name
        # comes after its preposition, but it is still what the question is about ("the
        # appeal for the Brindlecombe hall" is the appeal's, "Nadia's family" hers).
        return _proper_names(placed[1])
    return subject


def _proper_names(text: str) -> set[str]:
    return {name for name in names_as_written([text]) if not _DEMONYM.search(name)}


def asked_subject(question: str, vocabulary: Vocabulary) -> set[str]:
    """The names of what a question asks about, and what the corpus calls their bearers.

    "how much has fallowden spent on a crossing" asks about Fallowden, which its story calls
    "Fallowden borough" and then "the borough"; "the Fairweathers" are each called Fairweather.
    """
    subject = subject_names(vocabulary.recase(question))
    family = {n[:-1] for n in subject if n.endswith("s") and vocabulary.uses(n[:-1].lower())}
    return subject | family | vocabulary.described_as(subject)


def _names_of(question: str) -> set[str]:
    words = _ROLE_OF.sub("", question).split()
    head = " ".join(words[:2] + _CLAUSE.split(" ".join(words[2:]), maxsplit=1)[:1])
    names = names_as_written([head])
    # "Hexbridge Water managing director Declan Ferrars" is Declan Ferrars: the names before a
    # role are whom the person works for.
    runs: list[list[str]] = [[]]
    words = head.split()
    for position, word in enumerate(words):
        bare = word.strip("?!.,;:()\"“”’'")
        following = words[position + 1] if position + 1 < len(words) else ""
        # "Vollan's Bakery" is one name; "Nadia's family" is no name of what is asked about.
        if POSSESSIVE.search(bare) and following[:1].isupper():
            bare = POSSESSIVE.sub("", bare)
        if bare in names or (runs[-1] and bare in {"&", "and"}):
            runs[-1].append(bare)
        elif runs[-1]:
            runs.append([])
    last = next((run for run in reversed(runs) if run), [])
    found = {word for word in last if word in names}
    # "the Russian Volunteer Corps" is told apart by "Volunteer Corps": "Russian" is in every
    # sentence about the war.
    proper = {word for word in found if not _DEMONYM.search(word)}
    return proper or found
