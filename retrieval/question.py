"""Turning what a user typed into a question the search can use."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from retrieval.lexical import STOPWORDS

_TAG = re.compile(r"</?[A-Za-z][^<>]{0,200}>")
_SPACE = re.compile(r"\s+")
_WORDS = re.compile(r"[^\W_]+")

SMALL_TALK = frozenset(
    """hi hello hey hiya yo howdy greetings thanks thank thx cheers bye goodbye ok okay cool nice
    great good fine morning afternoon evening night today going doing joke jokes tell funny lol
    haha please sorry bot help test testing anyone there alive""".split()  # noqa: SIM905
)
"""Words of greetings and chit-chat: a message made only of these (and stop words) is not a
question about the corpus, however similar an interview's small talk may look to it."""
WEATHER_TALK = frozenset(
    """rain raining rainy snow snowing snowy sun sunny sunshine weather forecast temperature storm
    stormy windy wind cloudy fog foggy frost freezing cold hot warm degrees
    umbrella sunset sunrise daylight dark""".split()  # noqa: SIM905
)
"""Words of a weather forecast: a message made only of these, chit-chat, time and stop words
("Will it rain here tomorrow?", "What time does the sun set tomorrow?") asks about the
reader's weather, which no story reports."""
_NOW_WORDS = frozenset(
    """tonight tomorrow weekend week later outside here live like time set sets rise rises
    get gets""".split()  # noqa: SIM905
)
EXAMPLE_QUESTION = "Who vets the people who want to join?"
"""The question every hint shows: one the shipped corpus answers plainly."""
VAGUE_NOTICE = f"Please ask about something specific, e.g. “{EXAMPLE_QUESTION}”"
SMALL_TALK_NOTICE = (
    "Hello! I answer questions about the news articles I hold, by quoting them, "
    f"e.g. “{EXAMPLE_QUESTION}”"
)
WEATHER_NOTICE = (
    "I can't tell you the weather where you are: I answer questions about the news articles I "
    f"hold, by quoting them, e.g. “{EXAMPLE_QUESTION}”"
)


_POLITE_OPENING = re.compile(
    r"^\W*(?:(?:please\s+)?(?:can|could|would|will)\s+(?:you|anyone|anybody|someone|somebody)"
    r"\s+(?:please\s+)?(?:tell|show|let)\s+me(?:\s+know)?"
    r"|(?:might|may|can|could)\s+i\s+(?:please\s+)?(?:ask|enquire|inquire)(?:\s+you)?"
    r"(?:\s*,?\s+(?:roughly|approximately|exactly|precisely|just))?"
    r"|i\s+(?:would|'d|’d)\s+(?:like|love)\s+to\s+know|i\s+(?:want|need)\s+to\s+know"
    r"|i\s+(?:wonder|wondered|was\s+wondering|am\s+wondering|'m\s+wondering|’m\s+wondering)"
    r"|(?:do|does)\s+(?:you|anyone|anybody)\s+(?:happen\s+to\s+)?know"
    r"|please\s+(?:tell|let)\s+me(?:\s+know)?|tell\s+me|any\s+idea)"
    r"\s*,?\s+(?=(?:who|whom|whose|what|which|when|where|why|how|whether|if)\b)",
    re.IGNORECASE,
)
_POLITE_ASIDE = re.compile(r",\s*(?:might|may|can|could)\s+I\s+ask\s*,", re.IGNORECASE)


# "Had the dog escaped before, and who says so?": the tail asks whose word it is, which every
# answer tells beside its quotation; searched, its "says" matches every "said" in the story.
_SOURCE_TAIL = re.compile(
    r"(?:\s*[,;:-]\s*|\s+)(?:and\s+|but\s+|so\s+)?(?:who|whom)(?:[’']s|\s+is|\s+was)?\s+"
    r"(?:says|saying|claims|claiming|reports|reporting)\s+(?:so|that|this|it)"
    r"\s*[?.!]*\s*$"
    r"|\s*[,;]\s*(?:and\s+)?according\s+to\s+whom\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def without_source_tail(text: str) -> str:
    """A question without its "…, and who says so?" tail: the words that find the passage."""
    stripped = _SOURCE_TAIL.sub("?", text)
    # "And who said that?" is a follow-up about the last answer, not a tail.
    return stripped if len(_WORDS.findall(stripped)) >= 3 else text


def direct_question(text: str) -> str:
    """The question a polite indirect one asks, for the checks that read its first word.

    "Could you tell me why the vetting is so strict?" asks "Why the vetting is so strict?";
    "Why, might I ask, is it so strict?" asks "Why is it so strict?".
    """
    text = _POLITE_ASIDE.sub("", text)
    opening = _POLITE_OPENING.match(text)
    if opening is None:
        return text
    rest = text[opening.end() :]
    return rest[:1].upper() + rest[1:]


# Chat shorthand and their words: the model and the floors know "people", not "ppl".
_SHORTHAND = {
    "ppl": "people", "govt": "government", "gov": "government", "pics": "pictures",
    "pic": "picture", "ukr": "Ukraine", "rn": "right now", "bc": "because", "cuz": "because",
    "abt": "about", "thru": "through", "tho": "though", "smth": "something", "whats": "what is",
    "theyre": "they are", "ur": "your", "r": "are", "u": "you", "w/o": "without", "w/": "with",
    "w": "with", "y": "why",
}  # fmt: skip
_SHORTHAND_RE = re.compile(
    rf"(?<![\w’'-])(?:{'|'.join(map(re.escape, sorted(_SHORTHAND, key=len, reverse=True)))})"
    r"(?![\w’'-])"
)


def spelled_out(text: str) -> str:
    """A chat message's shorthand written out ("why r they so picky" → "why are they so picky").

    Only lower-case words count: "R" and "U" may be letters a story writes about.
    """
    return _SHORTHAND_RE.sub(lambda m: _SHORTHAND[m.group()], text)


_REQUEST = re.compile(
    r"^(?:(?:can|could|would|will) you |please |hey,? )*(?:"
    r"tell me (?:a |another |some )?(?:joke|story|riddle|fun fact)s?|"
    r"(?:write|compose) (?:me )?(?:a |an )?(?:poem|song|haiku|story|limerick|joke)|sing\b|"
    r"recommend (?:me )?(?:a |an |some )?(?:good |great |nice )?(?:[\w-]+ ){0,2}"
    r"(?:book|novel|film|movie|series|show|song|album|game|restaurant|recipe|podcast)s?\b|"
    r"what(?:'s|’s| is| are) the best (?:[\w-]+ ){0,2}(?:app|website|site|book|novel|film|movie|"
    r"series|show|song|album|game|restaurant|recipe|podcast|course|phone|laptop)s?\b)",
    re.IGNORECASE,
)
"""Requests for entertainment or a recommendation: chit-chat, whatever their topic."""


@dataclass(frozen=True, slots=True)
class CleanQuestion:
    """A question ready for search, and a remark for the user if it had to be changed."""

    text: str
    notice: str | None


def clean_question(raw: str, max_chars: int) -> CleanQuestion:
    """Strip markup and control characters, collapse whitespace, and cap the length.

    Args:
        raw: what the user typed.
        max_chars: the longest question searched; longer ones are cut at a word boundary.

    Returns:
        The cleaned question (empty when nothing askable is left) and an optional notice.
    """
    # Bound the work on huge pastes before any character-level pass.
    text = _TAG.sub(" ", raw[: max_chars * 8])
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)
    text = _SPACE.sub(" ", text).strip()
    if not any(ch.isalnum() for ch in text):
        return CleanQuestion("", f"Please ask a question in words, e.g. “{EXAMPLE_QUESTION}”")
    if is_small_talk(text):
        vague = all(w.casefold() in STOPWORDS for w in _WORDS.findall(text))
        return CleanQuestion("", VAGUE_NOTICE if vague else SMALL_TALK_NOTICE)
    if asks_for_weather(text):
        return CleanQuestion("", WEATHER_NOTICE)
    text = without_source_tail(direct_question(spelled_out(unshouted(text))))
    if len(text) <= max_chars:
        return CleanQuestion(text, None)
    cut = text[:max_chars]
    if " " in cut[max_chars // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return CleanQuestion(
        cut, f"Your question was long, so I searched its first {len(cut):,} characters."
    )


def unshouted(text: str) -> str:
    """A question typed in capitals, in lower case ("WHO VETS THEM?" → "Who vets them?").

    Every capitalised word would otherwise read as a name the corpus never uses; a story's
    names are found in lower case too, as in questions typed without capitals.
    """
    words = [w for w in _WORDS.findall(text) if any(ch.isalpha() for ch in w)]
    if len(words) < 3 or sum(w.isupper() for w in words) < 0.8 * len(words):
        return text
    lowered = text.lower()
    return lowered[:1].upper() + lowered[1:]


def is_small_talk(text: str) -> bool:
    """Whether a message is chit-chat, not a question about the news.

    That is, it holds only greetings, chit-chat and stop words ("hi, how are you?"), or asks
    for entertainment or a recommendation ("tell me a joke about cats", "can you recommend a
    good novel?"), which no quoted passage answers.
    """
    words = _short_words(text)
    if not words:
        return False
    return all(w in _CHIT_CHAT for w in words) or bool(_REQUEST.match(text))


def asks_for_weather(text: str) -> bool:
    """Whether a message asks for the reader's own weather ("Will it rain here tomorrow?").

    It does when it holds a weather word and nothing but weather, time, chit-chat and stop
    words: "What is the weather forecast for the fells this week?" names a place a story may
    cover, and is searched.
    """
    words = _short_words(text)
    return any(w in WEATHER_TALK for w in words) and all(w in _WEATHER_KNOWN for w in words)


_CHIT_CHAT = SMALL_TALK | STOPWORDS
_WEATHER_KNOWN = WEATHER_TALK | _NOW_WORDS | _CHIT_CHAT


def _short_words(text: str) -> list[str]:
    """The words of a short message, folded; none for a long one (never mere chit-chat)."""
    return [] if len(text) > 200 else [w.casefold() for w in _WORDS.findall(text)]
