"""The options of a multiple-choice question: "Was it Sberbank, VTB or Gazprombank?".

A quiz question names wrong answers on purpose, so a name the corpus never uses is no sign of
another subject when it sits in an option beside one the corpus does use.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

# The options close the question: after a dash or a colon, or as its last words, two or more
# short items joined by commas and a final "or" ("— Wagner, Redut or Patriot?").
_OPTIONS_RE = re.compile(
    r"(?P<options>(?:[^,?:;—–]{1,60},\s*)*[^,?:;—–]{1,60}?,?\s+or\s+[^,?:;—–]{1,60}?)"
    r"\s*\?\s*$"
)
_LEAD_RE = re.compile(r"^\s*(?:the\s+|a\s+|an\s+)?", re.IGNORECASE)
_CLAUSE_WORDS = frozenset(
    {"he", "she", "it", "they", "we", "you", "i", "which", "what", "who", "how", "where", "why"}
)
_SPLIT_RE = re.compile(r",\s*(?:or\s+)?|\s+or\s+")


def options(question: str) -> list[str]:
    """The options a question offers, in order, or none.

    A follow-up read after its question ("… at which event — the New Year address, the May 9
    Victory Day Parade, or the Red Square May Day rally? And with which words did he close
    that speech?") keeps the options of the question it follows.

    Args:
        question: the question as typed (or a follow-up with the question before it).

    Returns:
        Two or more options, or an empty list when the question offers no choice.
    """
    return [option for part in re.findall(r"[^?]*\?", question) for option in _offered(part)]


def _offered(question: str) -> list[str]:
    """The options one question (ending in "?") offers."""
    tail = re.split(r"\s[—–]\s|:\s", question)[-1]
    m = _OPTIONS_RE.search(tail)
    if m is None:
        return []
    found = [_LEAD_RE.sub("", o).strip() for o in _SPLIT_RE.split(m.group("options"))]
    offered: list[str] = []
    for option in reversed([o for o in found if o]):
        # "Captain X, he was in which war before, …": a clause is no option; the run of short
        # options ends there.
        words = option.lower().split()
        if len(words) > 6 or _CLAUSE_WORDS.intersection(words):
            break
        offered.insert(0, option)
    return offered if len(offered) >= 2 else []


def without_unknown_options(
    question: str, knows: Callable[[str], bool], names: Callable[[str], Iterable[str]]
) -> str:
    """The question without the options whose names the best passage does not use.

    Only when another option's names are all the passage's: "Sberbank, VTB or Gazprombank?"
    answered by a passage about Gazprombank keeps "Gazprombank", but "Kyiv, Lviv or Dnipro?"
    of a passage naming none of them stays as asked (a near miss that happens to offer a
    place the story names elsewhere).

    Args:
        question: the question as typed.
        knows: whether the best passage uses a name.
        names: the names in a piece of the question.

    Returns:
        The question, with the other options blanked out when a known one remains.
    """
    offered = options(question)
    if not offered:
        return question
    named = {o: list(names(o)) for o in offered}
    known = [o for o, words in named.items() if words and all(map(knows, words))]
    if not known:
        return question
    for option, words in named.items():
        if words and option not in known:
            question = question.replace(option, " ")
    return question
