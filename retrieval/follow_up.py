"""A chat's follow-up question, read with the question before it.

In a chat people ask "when was that?" or "and who said that?" right after a question: alone,
such a message names nothing a story could match, and is declined or answered at random. Read
after the question it follows, it asks about that question's answer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.lexical import STOPWORDS

_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Words that point back at what was just asked about.
_ANAPHORS = frozenset("that this it he she they him her them his their there then those".split())  # noqa: SIM905
# Words a follow-up may hold besides stop words: asking words and verbs of telling.
_ASKING = frozenset(
    """who whom whose what when where why how which and also so exactly else next again
    say says said tell told mean means meant happen happens happened according claim claims
    claimed anyone anybody really true sure""".split()  # noqa: SIM905
)
_MOST_WORDS = 8
_MOST_AND_WORDS = 14


def is_follow_up(question: str) -> bool:
    """Whether a message only points back at the question before ("when was that?").

    It does when it is short, holds a word that points back ("that", "he", "they") and no
    word but stop words, asking words and verbs of telling: "What did he say next?" does;
    "What did the adviser say?" names someone and is a question of its own.
    """
    words = [w.casefold().replace("’", "'") for w in _WORDS.findall(question)]
    if words[:1] == ["and"] and len(words) <= _MOST_AND_WORDS:
        # "And is anybody pushed into it, or is it their own choice?": a message that opens
        # with "and" carries on the one before, whatever words of its own it adds.
        return any(w in _ANAPHORS for w in words[1:])
    # One word of its own may say what is asked about the answer: "When was that announced?"
    own = [w for w in words if w not in STOPWORDS and w not in _ASKING and w not in _ANAPHORS]
    return 0 < len(words) <= _MOST_WORDS and any(w in _ANAPHORS for w in words) and len(own) <= 1


def in_context(question: str, previous: str | None) -> str:
    """The question to search: a follow-up is read after the question it follows.

    Args:
        question: the message as typed.
        previous: the chat's question before it, if any.

    Returns:
        ``previous`` and ``question`` together for a follow-up, else ``question`` alone.
    """
    if previous and is_follow_up(question):
        return f"{previous.strip()} {question.strip()}"
    return question


def read_in_order(questions: Sequence[str]) -> list[str]:
    """Questions asked one after another in a chat, each follow-up read after the one before.

    Args:
        questions: the messages in the order they were sent.

    Returns:
        The question to search for each (see :func:`in_context`).
    """
    read: list[str] = []
    for question in questions:
        read.append(in_context(question, read[-1] if read else None))
    return read
