"""Whom a question quotes: "What did the town's leader say …?" and the sources each passage names.

A reader asks what someone said by describing them ("the town's leader", "the chief examiner",
"the event organisers"), while the story names them its own way ("Mayor Ilse Varn", "lead
inspector Malcolm Degarde", "Fieldhouse Live"). The annotator has already named every passage's
sources, so the question's description is compared with those names, not with the whole
passage, where the speaker is one phrase among many.

A question may also ask for the words of someone the corpus never quotes ("What did President
Zelensky say about …?" of a story that mentions Zelensky but quotes only his adviser): no
passage holds that answer, however well one matches the topic.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np
from numpy.typing import NDArray

from corpus.claim_cues import NEWSPAPER_WORDS, PERSON_TITLES
from corpus.records import Chunk
from retrieval.answerability import Vocabulary, names_as_written
from retrieval.lexical import LETTER_WORD_RE
from retrieval.passage_kinds import asks_about_heading, asks_about_photo

_ASKS_SPEAKER = re.compile(
    r"\b(?:what|how|why)\s+(?:did|does|do|has|have)\s+(?:the\s+|a\s+|an\s+)?(.+?)"
    r"(?:\s+(?:himself|herself|themselves|itself|personally))?\s+"
    r"(?:say|tell|claim|argue|warn|think|predict|reveal|explain|describe|announce|admit|"
    r"respond|react|said|told|claimed|argued|warned|thought|predicted|revealed|explained|"
    r"described|announced|admitted|responded|reacted)\b",
    re.IGNORECASE,
)
# "(Could you tell me) what the firm's boss said about …": the same, asked indirectly; not
# "what happened after the boss said no".
_NOT_SPEAKER = (
    "happened|happens|is|are|was|were|has|have|had|did|does|do|will|would|can|could|should"
    "|after|before|when|if|about|to|of|that|it|they|he|she|we|you|i"
)
_ASKS_SPEAKER_INDIRECTLY = re.compile(
    r"^\W*(?i:what|how|why)\s+(?i:the\s+|a\s+|an\s+)?((?:(?!(?i:" + _NOT_SPEAKER + r")\b)"
    r"[\w’'-]+\s+){0,4}?(?!(?i:" + _NOT_SPEAKER + r")\b)[\w’'-]+)\s+"
    r"(?i:said|says|told|tells|claimed|claims|argued|argues|warned|warns|thinks|thought"
    r"|predicted|predicts|explained|explains|described|describes|admitted|admits)\b"
)
_ASKS_WANT = re.compile(
    r"\b(?:what|why)\s+(?:did|does|do)\s+(?:the\s+|a\s+|an\s+)?(.+?)\s+want\b", re.IGNORECASE
)
# "Why might rates rise again, according to one economist?": whose view is asked for.
_ACCORDING = re.compile(
    r"\baccording\s+to\s+(?:the\s+|a\s+|an\s+|one\s+)?([^?,.;]+?)\s*(?:[?,.;]|$)",
    re.IGNORECASE,
)
# "Putin ended the speech with “For Russia, for victory.”": words a name delivered, quoted in a
# sentence the annotator gives to the outlet.
_DELIVERS = re.compile(
    r"\b([A-Z][\w’'-]+)\s+(?:(?:had|has|then|also)\s+)?(?:ended|began|closed|opened|finished"
    r"|concluded|started|signed\s+off)\s+(?:[\w’'-]+\s+){0,3}?with\s*[“\"]"
)
# "Quillfern declined to comment on the claim", "Nordholm, which lost the order, did not
# respond": that it said nothing answers "What has Quillfern said?", though the annotator
# gives the sentence to the outlet.
_SILENT = re.compile(
    r"\b((?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+)(?:,[^,.;]{1,80},)?\s+(?:(?:has|have|had)\s+)?"
    r"(?:(?:declined|refused)\s+to"
    r"\s+comment|(?:did|does|would)\s+not\s+(?:immediately\s+)?(?:respond|reply|comment|return)"
    r"|could\s+not\s+be\s+reached|(?:has|have|had)\s+not\s+commented|had\s+no\s+comment)\b"
)
_POSTMODIFIER = re.compile(r"\s+(?:who|whom|whose|that|which|with)\b", re.IGNORECASE)
_DEMONYM_ENDINGS = ("", "n", "an", "ian", "ese", "ish")
# A capital speaks for its government: "according to Kyiv" is what Ukrainian officials say.
_CAPITALS = {
    "Kyiv": ("ukraine", "ukrainian"),
    "Kiev": ("ukraine", "ukrainian"),
    "Moscow": ("russia", "russian", "kremlin"),
    "Minsk": ("belarus", "belarusian"),
    "Washington": ("american", "pentagon"),
    "London": ("british", "britain"),
    "Beijing": ("china", "chinese"),
    "Brussels": ("european", "nato"),
    "Paris": ("france", "french"),
    "Berlin": ("germany", "german"),
}
_MEMORY = 4096
"""How many names and descriptions keep their vectors (each is embedded once, when first met)."""

Encoder = Callable[[Sequence[str]], NDArray[np.float32]]


def asked_speaker(question: str, *, wanting: bool = False) -> str | None:
    """The description of whom a question asks about ("the town's leader" → "town's leader").

    Args:
        question: the question.
        wanting: also "Why does the council leader want …?", whose answer is where the leader
            argues for it, though the story may tell what they want in its own words.
    """
    match = (
        _ASKS_SPEAKER.search(question)
        or _ASKS_SPEAKER_INDIRECTLY.search(question)
        or _ACCORDING.search(question)
        or (_ASKS_WANT.search(question) if wanting else None)
    )
    if match is None or asks_about_heading(match.group(1)) or asks_about_photo(match.group(1)):
        return None  # "What does the headline say …?": a part of the story, nobody's words
    return match.group(1)


class SpeakerMatch:
    """How near each passage's named sources come to the speaker a question describes."""

    def __init__(self, chunks: Sequence[Chunk], encode: Encoder | None) -> None:
        """Note each passage's sources.

        Args:
            chunks: the passages, in ``chunk_id`` order.
            encode: embeds texts as unit rows (the model the passages were embedded with);
                ``None`` turns the match off.
        """
        # Who keeps silent answers "What has X said?" too: X's silence is the story's answer.
        self._sources = [
            tuple(
                sorted(
                    {s.source for s in c.sentences if s.source}
                    | {m.group(1) for m in _SILENT.finditer(c.text)}
                )
            )
            for c in chunks
        ]
        delivered = (m.group(1) for c in chunks for m in _DELIVERS.finditer(c.text))
        self._quoted = Vocabulary([*(n for names in self._sources for n in names), *delivered])
        self._encode = encode
        self._vectors: dict[str, NDArray[np.float32]] = {}

    def unquoted(self, question: str) -> str | None:
        """The name a "What did X say …?" question gives its speaker, when nobody so named speaks.

        Only a speaker named by the description's last word counts ("President Zelensky",
        "Councillor Penhallow"): "Main Street businesses" are described, not named, and the
        story may name them any way it likes.

        Args:
            question: the question.

        Returns:
            The name, or ``None`` when the question asks for no named speaker's words or the
            corpus quotes someone of that name.
        """
        speaker = asked_speaker(question)
        if not speaker:
            return None
        # "the student who was rejected with AAB": a name after the head describes, not names.
        speaker = _POSTMODIFIER.split(speaker, 1)[0]
        words: list[str] = LETTER_WORD_RE.findall(speaker)
        # Read in the question, where the speaker's first word is not the sentence's first.
        names = names_as_written([question]) & set(words)
        if not words or words[-1] not in names or words[-1] in NEWSPAPER_WORDS:
            # "What does the Echo think …?": a paper's view is its own story's, quoted or not.
            return None
        # A title ("Councillor", "Dr") is anyone's: only the person's own names tell them apart.
        own = {name for name in names if name.rstrip(".") not in PERSON_TITLES} or names
        # "What does Pellavia say …?" is answered by "the Pellavian general staff said".
        # "Ukraine" is said by "the Ukrainian Defense Ministry": a final "e" gives way.
        stems = {name.lower() for name in own} | {
            name.lower()[:-1] for name in own if name[-1:] == "e"
        }
        said = [stem + ending for stem in stems for ending in _DEMONYM_ENDINGS]
        said += [word for name in own for word in _CAPITALS.get(name, ())]
        # "according to Arestovych": the story's Arestovich, spelt another way.
        if any(self._quoted.uses(word) for word in said) or any(map(self._quoted.knows, own)):
            return None
        return words[-1]

    def similarity(self, speaker: str, candidates: NDArray[np.int64]) -> NDArray[np.float32]:
        """Per candidate passage, the best cosine between ``speaker`` and one of its sources.

        Args:
            speaker: the question's description of whom it quotes (:func:`asked_speaker`).
            candidates: passage ids.

        Returns:
            A cosine per candidate; 0 for a passage that names no source.
        """
        out = np.zeros(len(candidates), dtype=np.float32)
        if self._encode is None:
            return out
        names = {speaker} | {n for c in candidates for n in self._sources[int(c)]}
        self._remember(sorted(names - self._vectors.keys()))
        wanted = self._vectors[speaker]
        for i, c in enumerate(candidates):
            sources = self._sources[int(c)]
            if sources:
                out[i] = max(float(self._vectors[n] @ wanted) for n in sources)
        return out

    def _remember(self, names: list[str]) -> None:
        if not names or self._encode is None:
            return
        if len(self._vectors) + len(names) > _MEMORY:
            self._vectors.clear()  # bounded; the names of one question's candidates come back
        for name, vector in zip(names, self._encode(names), strict=True):
            self._vectors[name] = vector
