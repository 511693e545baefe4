"""Is the question about something the corpus mentions at all?

Dense similarity cannot tell "How many tanks does Ukraine have?" from a paraphrase of a passage
about Ukraine: both resemble the corpus. What can is a name: a question about "Nvidia" or
"Waterloo" is not answered by a corpus that never names them, however similar its topic. A name
the corpus does not use (allowing for typos) makes the search demand a strong semantic match,
and the reply can say what was missing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence

import numpy as np
from numpy.typing import NDArray

from corpus.records import Chunk
from retrieval.acronyms import asked_expansion, expansions
from retrieval.choices import options, without_unknown_options
from retrieval.edits import transliterated, within_edits
from retrieval.lexical import LETTER_WORD_RE, STOPWORDS, stem
from retrieval.search_params import SearchParams

YEAR_RE = re.compile(r"(?<![\d,.])(?:1[5-9]\d\d|20\d\d)(?![\d,.]\d)")
"""A year ("2023"), not part of a larger number ("12,023", "2023.5")."""
POSSESSIVE = re.compile(r"[’']s$", re.IGNORECASE)
"""A possessive ending ("Vollan's", "Estmark’s")."""
# Words a chat message opens a sentence with that name nothing: "I've", "Whose …?", "Thanks".
QUESTION_OPENERS = frozenset(
    {"i", "i'm", "im", "whose", "hi", "hello", "please", "thanks", "thank", "cheers", "okay"}
    | {f"i{apostrophe}{rest}" for apostrophe in "'’" for rest in ("m", "ve", "ll", "d")}
)
# Titles and everyday abbreviations name a role or a thing in general, not a subject of their own.
COMMON_CAPITALS = frozenset(
    {"ceo", "cfo", "coo", "cto", "chief", "president", "dr", "mr", "mrs", "ms", "prof", "gen",
     "sen", "rep", "gov", "st", "tv", "ai", "ok", "faq", "q", "a", "mp", "mps", "mep", "pm",
     "nco", "ncos"}
)  # fmt: skip
# Two-letter names of countries and unions, which a story may spell out instead ("Britain",
# "the United Nations"), and seats of government that stand for their country ("the Kremlin").
SPELLED_OUT = {
    "UK": ("britain", "british", "britons"), "EU": ("european", "brussels"), "UN": ("nations",),
    "US": ("america", "american", "americans", "washington"),
    "Kremlin": ("kremlin", "russia", "russian"), "Pentagon": ("pentagon", "american"),
}  # fmt: skip
_DOTTED = re.compile(r"\b(?:[A-Z]\.){2,}")
_IGNORED = STOPWORDS | QUESTION_OPENERS | COMMON_CAPITALS
# "C-suite", "X-ray", "U-turn", "T-shirt": a capital letter before a common word names nothing.
_LETTER_COMPOUND = re.compile(r"^[A-Z]-[a-z]")
_ASIDE = re.compile(r"\?\s+[^?]*[^?\s]\s*$")
_IN_ENGLISH = re.compile(r"\b(?:in|into)\s+(?:plain\s+|simple\s+)?English\b")
# "Fallowden borough", "Kelsworth council": what a place is, in lower case after its name,
# which "the borough" means later in its story. ("The museum" of "Larkspur Museum" may be
# another: "The museum's director said it would launch …" dates no founding.)
_KINDS = (
    "borough council county district town village city parish hospital university college "
    "school academy club company firm trust bank airport port harbour prison museum library "
    "theatre station stadium"
)
_NAME_KIND = re.compile(rf"((?:[A-Z][\w’'-]+\s){{1,4}})({'|'.join(_KINDS.split())})\b(?!\s+[A-Z])")
# A capitalised word after a lower-case one or a comma: a name, not a sentence's first word.
_MID_SENTENCE_NAME = re.compile(r"(?<=[a-z0-9,;:] )[A-Z][a-z][\w’'-]*")


class Vocabulary:
    """The words a corpus uses, for asking whether it ever names something."""

    def __init__(self, texts: Iterable[str]) -> None:
        """Count the lower-cased words and collect their stems.

        Args:
            texts: the corpus passages.
        """
        words: Counter[str] = Counter()
        firsts: list[str] = []
        names: dict[str, str] = {}
        lower: set[str] = set()
        self.years: set[str] = set()
        # "US" as written: the lower-case word is also the pronoun "us".
        self._acronyms: set[str] = set()
        self._expanded: set[str] = set()
        self._kinds: dict[str, set[str]] = {}
        for text in texts:
            self.years.update(YEAR_RE.findall(text))
            raw = LETTER_WORD_RE.findall(text)
            self._acronyms.update(w.replace(".", "") for w in _DOTTED.findall(text))
            self._expanded.update(expansions(text))
            self._acronyms.update(
                part for w in raw for part in w.split("-") if part.isupper() and len(part) == 2
            )
            found = [_strip(w).lower() for w in raw]
            words.update(found)
            # "Western-donated weapons" mentions the West: a question's "Western" is known.
            words.update(p for w in found if "-" in w for p in w.split("-") if len(p) > 2)
            lower.update(_strip(w) for w in raw if w.islower())
            for run, kind in _NAME_KIND.findall(text):
                for word in run.split():
                    self._kinds.setdefault(_strip(word), set()).add(kind.lower())
            for name in _MID_SENTENCE_NAME.findall(text):
                names.setdefault(_strip(name).lower(), _strip(name))
            firsts.append("".join(w[:1] for w in found))
        self._words = words
        # Names the corpus never writes in lower case: "kelsworth" in a question is Kelsworth.
        self._names = {low: name for low, name in names.items() if low not in lower}
        # Each passage's words' first letters in a row: "video assistant referees" is what "VAR"
        # stands for, though the text never says it (searched only for unknown acronyms).
        self._initials = "|".join(firsts)
        self._stems = {stem(w) for w in words}
        self._by_initial: dict[str, list[str]] = {}
        for word in words:
            if len(word) >= 4:
                self._by_initial.setdefault(word[0], []).append(word)

    def uses(self, word: str) -> bool:
        """Whether the corpus uses the lower-case ``word`` or its stem."""
        return word in self._words or stem(word) in self._stems

    def recase(self, question: str) -> str:
        """A question typed all in lower case, with the corpus's names capitalised.

        "how many people live in kelsworth" asks about Kelsworth, a name, which the answer-type
        checks look for beside the answer; a question with capitals is taken as written.
        """
        if question != question.lower():
            return question
        return LETTER_WORD_RE.sub(lambda m: self._names.get(_strip(m[0]), m[0]), question)

    def described_as(self, names: Iterable[str]) -> set[str]:
        """What the corpus calls the bearers of ``names`` after naming them ("the borough")."""
        kinds = {kind for name in names for kind in self._kinds.get(name, ())}
        return {f"{the} {kind}" for kind in kinds for the in ("the", "The")}

    def frequency(self, word: str) -> int:
        """How often the corpus uses the lower-case ``word``."""
        return self._words[word]

    def names(self) -> Collection[str]:
        """The names the corpus never writes in lower case, as it writes them."""
        return self._names.values()

    def spellings(self, initial: str) -> Sequence[str]:
        """The corpus's words of four letters or more that start with ``initial``."""
        return self._by_initial.get(initial, ())

    def spells_out(self, acronym: str) -> bool:
        """Whether the corpus gives the words behind ``acronym`` (as written, upper case)."""
        return acronym in self._expanded or acronym.lower() in self._initials

    def knows(self, word: str) -> bool:
        """Whether the corpus uses ``word``, its stem, or a spelling one or two edits away."""
        low = _strip(word).lower()
        if word in SPELLED_OUT:
            return word in self._acronyms or any(map(self.uses, SPELLED_OUT[word]))
        if self.uses(low):
            return True
        if word.isupper() and 2 < len(word) <= 5 and low in self._initials:
            return True  # an acronym of words the corpus uses in a row
        # Parts of a hyphenated name count on their own ("Pro-Russia", "Emilia-Romagna").
        if "-" in low and all(self.knows(p) for p in low.split("-") if p):
            return True
        # "Russian-made", "Kremlin-backed": a name with a common word after it is that name.
        named = [p for p in _strip(word).split("-") if p[:1].isupper()]
        if "-" in word and named and len(named) < word.count("-") + 1:
            return all(self.knows(p) for p in named)
        short = word[:1].isupper() and 4 <= len(low) <= 5  # "Vlad" of a story's "Vladimir"
        if short and any(n.startswith(low) and len(n) > len(low) + 2 for n in self._names):
            return True
        limit = 1 if len(low) < 8 else 2
        return len(low) >= 5 and any(
            (abs(len(low) - len(w)) <= limit and within_edits(low, w, limit))
            or transliterated(low, w)  # "Shishkaryov" of a story's "Shishkarey"
            for w in self.spellings(low[0])
        )


def unknown_names(question: str, vocabulary: Vocabulary, best: Chunk | None = None) -> list[str]:
    """The names in a question that the corpus never uses.

    A name is a capitalised word after the first, or an acronym anywhere ("GDP", "NATO"); a
    year counts as one.

    Args:
        question: the question as typed.
        vocabulary: the corpus's words.
        best: the passage that best matches; the options of a multiple-choice question
            that it does not name do not count when it names another.

    Returns:
        The unknown names, in order, without duplicates.
    """
    # An aside after the question ("…? I gather the NLAW features.") is the asker's guess.
    question = _ASIDE.sub("?", question)
    # The stories are in English: "the slogan in English" asks for their own words.
    question = _IN_ENGLISH.sub("", question)
    if best is not None and options(question):  # "Javelin, NLAW or Stinger?": a quiz
        used = names_in(s.text for s in best.sentences)
        question = without_unknown_options(question, lambda w: w.lower() in used, _option_names)
    missing: list[str] = []
    for word in _names(question):
        if not vocabulary.knows(word) and word not in missing:
            missing.append(word)
    # A year names a time as a name names a thing: "the 2023 raids" of a story that never
    # mentions 2023 are not in it.
    years = dict.fromkeys(YEAR_RE.findall(question))
    missing.extend(year for year in years if year not in vocabulary.years)
    return missing


def unexpanded(question: str, vocabulary: Vocabulary) -> str | None:
    """The acronym a question asks to spell out ("What does SOFREP stand for?"), if no text does.

    Args:
        question: the question as typed.
        vocabulary: the corpus's words.

    Returns:
        The acronym as asked, or ``None`` when the question asks no such thing or the corpus
        spells it out (in brackets beside it, "stands for", or as the initials of words it uses
        in a row).
    """
    acronym = asked_expansion(question)
    if acronym is None:
        return None
    return None if vocabulary.spells_out(acronym) else acronym


def names_in(sentences: Iterable[str]) -> set[str]:
    """The names a passage uses, lower-cased, by the rule of :func:`unknown_names`.

    Args:
        sentences: the passage's sentences (a sentence's first word is capitalised anyway).

    Returns:
        The names.
    """
    return {word.lower() for word in names_as_written(sentences)}


def names_as_written(sentences: Iterable[str]) -> set[str]:
    """The names of :func:`names_in`, with their capitals."""
    return {word for sentence in sentences for word in _names(sentence)}


def sole_namers(chunks: Sequence[Chunk]) -> NDArray[np.bool_]:
    """Per passage, whether it uses a name no other passage of its document uses.

    Args:
        chunks: the passages, in ``chunk_id`` order.

    Returns:
        A boolean per passage.
    """
    names = [names_in(s.text for s in c.sentences) for c in chunks]
    passages_naming: dict[tuple[str, str], int] = {}
    for chunk, chunk_names in zip(chunks, names, strict=True):
        for name in chunk_names:
            key = (chunk.doc_id, name)
            passages_naming[key] = passages_naming.get(key, 0) + 1
    sole = [
        any(passages_naming[(chunk.doc_id, name)] == 1 for name in chunk_names)
        for chunk, chunk_names in zip(chunks, names, strict=True)
    ]
    return np.array(sole, dtype=bool)


def _names(text: str) -> Iterable[str]:
    for position, raw in enumerate(LETTER_WORD_RE.findall(text)):
        word = _strip(raw)
        acronym = len(word) >= 2 and word.isupper()
        capitalised = position > 0 and word[:1].isupper() and not _LETTER_COMPOUND.match(word)
        if (acronym or capitalised) and (word in SPELLED_OUT or word.lower() not in _IGNORED):
            yield word


def _option_names(option: str) -> Iterable[str]:
    return _names("and " + option)  # the option's first word may be a name


def _strip(word: str) -> str:
    return POSSESSIVE.sub("", word).strip("-’'")


def clears_floors(
    p: SearchParams, dense: float, lexical: float, names_missing: int, blended: float
) -> bool:
    """Whether the best match is close enough to answer from, by the dense and lexical floors.

    Args:
        p: the knobs (``best_match_floor``, ``abstain_below``, ``lexical_rescue``,
            ``rescue_floor``, ``blend_rescue``, ``blend_rescue_floor``,
            ``blend_rescue_lexical``, ``unknown_name_floor``, ``further_name_floor``).
        dense: the best candidate's dense similarity.
        lexical: the best candidate's normalised BM25 score.
        names_missing: how many of the question's names the corpus never uses.
        blended: the best candidate's blended score (dense, late interaction and BM25).
    """
    if blended < p.best_match_floor:
        return False
    if names_missing:
        # Each further name the corpus never uses is more evidence of another subject.
        floor = p.unknown_name_floor + p.further_name_floor * (names_missing - 1)
        return dense >= floor
    if dense >= p.abstain_below or (lexical >= p.lexical_rescue and dense >= p.rescue_floor):
        return True
    # "Which ex-banker reportedly joined?" (dense 0.22) for "the former Vice President of
    # Gazprombank": no signal alone is sure, but all three agreeing moderately are.
    return (
        blended >= p.blend_rescue
        and dense >= p.blend_rescue_floor
        and lexical >= p.blend_rescue_lexical
    )
