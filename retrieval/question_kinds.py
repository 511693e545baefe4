"""What a question asks for, where that changes which passage answers it.

Some kinds of question rank worse than the rest on our eval sets, for reasons the blend of
signals cannot see on its own:

- "Why ...?" asks for a reason. Late interaction rewards the passage that repeats the question's
  words ("switched sides"), while the passage that gives the reason ("lied to ... displeased
  with their government") paraphrases them; the pooled vectors, which see the whole sentence,
  judge it better, so a why-question leans on them more (``SearchParams.reason_token_weight``).
  And a story states the event before its cause: the paragraph after one that matches the
  question better than itself shares part of that match (``SearchParams.why_context``).
- "How many X ...?" asks for a count of X. A story's lead often names X without counting it
  ("thousands of households", "dozens missing") and a later paragraph counts it ("About 11,000
  homes"); a passage that puts a number right before X is lifted (``SearchParams.count_lift``).
- "When ...?" asks for a time. The passage that dates the event ("On May 11, Arestovich reported
  that the legion members have been sent to the frontlines") may match the question's words
  less well than a neighbour without a date (his quote "On the front line ..."); a passage
  that gives a date or a time is lifted (``SearchParams.time_lift``); for "How long ...?", one
  that gives a span of time ("jailed for eight years", "since 1923").
- "What did the town's leader say …?" asks for what a described speaker said; a passage
  whose named sources come near the description is lifted (:mod:`retrieval.speaker_match`).
- "What is the legion's other name?" asks for an alias. The paragraph that gives it says
  "otherwise known as", not "name", while a paragraph that mentions "the legion's name" in
  passing matches both content words; a passage that gives another name is taken to say "name"
  (``SearchParams.alias_name_match``) and is lifted (``SearchParams.alias_lift``).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

import numpy as np
from numpy.typing import NDArray

from corpus.records import Chunk
from retrieval.answer_forms import AnswerType
from retrieval.counts import CountIndex, counted_things
from retrieval.dates import asks_how_long, gives_duration, gives_time
from retrieval.passage_kinds import (
    asked_picture,
    asks_about_section_heading,
    asks_confirmation,
    asks_correction,
    asks_writer_view,
    gives_writer_view,
    is_correction,
    is_section_heading,
    picture_places,
    says_unconfirmed,
)
from retrieval.search_params import SearchParams
from retrieval.speaker_match import Encoder, SpeakerMatch, asked_speaker

_WHY = re.compile(
    r"^\W*(?:why|how come|for what reasons?|what (?:is|was|were|are) the reasons?"
    r"|what\s+(?:caused|causes|led\s+to|prompted|triggered|sparked))\b",
    re.IGNORECASE,
)
# "How did the thieves get in?": how a past event happened, which a story tells after it.
_HOW_DID = re.compile(r"^\W*how\s+(?:did|was|were)\b", re.IGNORECASE)
_ASKS_OTHER_NAME = re.compile(
    r"\b(?:other|another|alternative|alternate|second|different)\s+names?\b"
    r"|\b(?:also|otherwise|better)\s+(?:known|called|referred)\b|\bknown\s+as\b"
    r"|\bnick-?names?d?\b|\baliase?s?\b|\ba\.?k\.?a\b|\bgo(?:es)?\s+by\b"
    r"|\bwhat\s+else\b.*\bcall",
    re.IGNORECASE,
)
_GIVES_OTHER_NAME = re.compile(
    r"\b(?:otherwise|also|better|formerly|previously|commonly|widely|sometimes|locally|popularly)"
    r"\s+(?:[a-z]+ly\s+)?(?:(?:known|referred\s+to)(?:\s+[a-z]+ly)?\s+as|called|named)\b"
    r"|\ba\.k\.a\b|\baka\b|\bnicknamed\b|\bdubbed\b|\brenamed\b|\bgoes\s+by\b"
    r"|\bunder\s+the\s+name\b|[,(]\s*known(?:\s+[a-z]+ly)?\s+as\b",
    re.IGNORECASE,
)
_ASKS_ALIAS = re.compile(
    r"\b(?:other|another|alternative|different)\s+names?\b|\bgo(?:es)?\s+by\s+(?:any|another)\b",
    re.IGNORECASE,
)
_ASKS_OUTCOME = re.compile(
    r"\b(?:eventually|finally|ultimately|in\s+the\s+end)\b"
    # "Did Russia end up taking Severodonetsk?", not "Could the legion end up fighting …?"
    r"|^\W*(?:did|has|have|had)\b.*\bend(?:ed)?\s+up\b",
    re.IGNORECASE,
)
# "Will it come down eventually?" asks for a forecast, which a prediction answers.
_ASKS_FORECAST = re.compile(
    r"^\W*(?:will|would|could|might|may|can|should|shall)\b|\bgoing\s+to\b", re.IGNORECASE
)
OUTCOME = "the outcome (the nearest passage only speculates)"
"""What a question about how things turned out lacks when the story only guesses at it."""
_ASKS_ROLE = re.compile(
    r"^\W*(?i:who\s+(?:is|was|are|were)\s+(?:the\s+|an?\s+)?)"
    r"(?P<role>(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)\s+(?:of|at|for|in|on)\b",
)
"""A question for whoever holds a role, in lower case: "Who is the chief executive of X?"."""
_ASKS_WHEN = re.compile(
    r"^\W*when\b|\b(?:what|which)\s+(?:year|date|day|month)\b|\bhow\s+long\s+ago\b",
    re.IGNORECASE,
)
NAME_WORDS = (
    *("name", "names", "named", "call", "calls", "called", "known", "alias", "nickname", "aka"),
)
"""Words a passage that gives another name stands for without saying them."""


def asks_why(question: str) -> bool:
    """Whether the question asks for a reason ("Why ...?", "How come ...?")."""
    return _WHY.search(question) is not None


def asks_other_name(question: str) -> bool:
    """Whether the question asks for another name ("other name", "also known as", "nickname")."""
    return _ASKS_OTHER_NAME.search(question) is not None


def gives_other_name(text: str) -> bool:
    """Whether a passage gives something another name ("otherwise known as", "dubbed")."""
    return _GIVES_OTHER_NAME.search(text) is not None


def asks_outcome(question: str) -> bool:
    """Whether a question asks how things turned out ("Did Severodonetsk eventually fall?").

    A story can tell the outcome only if it happened before the story was written; when the
    passage that best matches such a question is the author's speculation ("the Russian forces
    will likely come face to face …"), quoting it would pass a guess off as the answer.
    """
    return _ASKS_OUTCOME.search(question) is not None and not _ASKS_FORECAST.search(question)


def asked_role(question: str) -> str | None:
    """The role a question asks who holds ("Who is the survey manager at the Trust?")."""
    match = _ASKS_ROLE.match(question)
    return match.group("role").lower() if match else None


def names_role_holder(text: str, role: str) -> bool:
    """Whether ``text`` names someone with ``role`` ("Survey manager Dr. Priya Holloway")."""
    said = r"\s+".join(map(re.escape, role.split()))
    before = rf"(?i:\b{said})\s+(?:(?:Dr|Prof|Mr|Mrs|Ms|Sir|Dame)\.?\s+)?[A-Z]"
    after = (
        rf"[A-Z][\w’'-]*,\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){{0,3}}"
        rf"(?i:{said})\b"
    )
    return re.search(f"{before}|{after}", text) is not None


def asks_when(question: str) -> bool:
    """Whether the question asks for a time ("When ...?", "What year ...?", "On what date?")."""
    return _ASKS_WHEN.search(question) is not None


class KindLifts:
    """Per passage, what it gives that a kind of question asks for, and the lifts that follow."""

    def __init__(self, chunks: Sequence[Chunk], encode: Encoder | None = None) -> None:
        """Note what each passage gives.

        Args:
            chunks: the passages, in ``chunk_id`` order.
            encode: embeds texts as unit rows, for the speaker a question describes (``None``:
                no speaker lift).
        """
        self.speakers = SpeakerMatch(chunks, encode)
        self._chunks = chunks
        self.counts = CountIndex(c.text for c in chunks)
        self.gives_name = np.array([gives_other_name(c.text) for c in chunks], dtype=bool)
        self.gives_time = np.array([gives_time(c.text) for c in chunks], dtype=bool)
        self.gives_duration = np.array([gives_duration(c.text) for c in chunks], dtype=bool)
        self.unconfirmed = np.array([says_unconfirmed(c) for c in chunks], dtype=bool)
        self.writer_view = np.array([gives_writer_view(c) for c in chunks], dtype=bool)
        self.correction = np.array([is_correction(c) for c in chunks], dtype=bool)
        self.section_heading = np.array([is_section_heading(c) for c in chunks], dtype=bool)
        self.picture_at, self.picture_from_end = picture_places(chunks)
        self.follows = np.array(
            [i > 0 and chunks[i - 1].doc_id == c.doc_id for i, c in enumerate(chunks)], dtype=bool
        )

    def show_answer(
        self, kind: AnswerType, names: Collection[str], candidates: NDArray[np.int64]
    ) -> NDArray[np.float32]:
        """Per candidate passage, 1 when it shows the form of the answer ``kind`` expects.

        Args:
            kind: the kind of answer the question expects.
            names: the names of what the question asks about
                (:func:`retrieval.question_subject.subject_names`).
            candidates: passage ids.

        Returns:
            1.0 or 0.0 per candidate.
        """
        passages = (self._chunks[int(c)] for c in candidates)
        shown = [
            kind.given_in([(c.title, [s.text for s in c.sentences])], names) for c in passages
        ]
        return np.array(shown, dtype=np.float32)

    def asks_for_kind(
        self, question: str, candidates: NDArray[np.int64], missing: Sequence[str] = ()
    ) -> bool:
        """Whether a question asks for a kind of passage a candidate is: a heading, another name.

        "What does the subheading say?" and "Does the unit go by any other name …?" match the
        passage they ask for only by what it is, too weakly for the floors that decline
        questions nothing in the corpus answers; but not when they name what the corpus never
        mentions (``missing``: "What does the subheading say about Crimea?").
        """
        if missing:
            return False
        if asks_about_section_heading(question):
            return bool(self.section_heading[candidates].any())
        return _ASKS_ALIAS.search(question) is not None and bool(self.gives_name[candidates].any())

    def lifts(
        self,
        question: str,
        candidates: NDArray[np.int64],
        relevance: NDArray[np.float32],
        p: SearchParams,
        priors: NDArray[np.float32] | None = None,
    ) -> NDArray[np.float32]:
        """The ranking lift of each candidate for the kind of question asked.

        Args:
            question: the question.
            candidates: the candidate passages' ids, ascending.
            relevance: their blended scores.
            p: the knobs (``count_lift``, ``time_lift``, ``alias_lift``, ``why_context``,
                ``role_lift``, ``speaker_lift``).
            priors: their headline and caption handicaps (``None``: none).

        Returns:
            A lift per candidate, added to its score when ranking only.
        """
        lift = np.zeros(len(candidates), dtype=np.float32)
        counted = counted_things(question)
        if counted and p.count_lift:
            lift += p.count_lift * self.counts.counts(candidates, counted)
        if p.time_lift and asks_when(question):
            lift += p.time_lift * self.gives_time[candidates]
        if p.time_lift and asks_how_long(question):
            lift += p.time_lift * self.gives_duration[candidates]
        if p.view_lift and asks_writer_view(question):
            lift += p.view_lift * self.writer_view[candidates]
        if p.unconfirmed_lift and asks_confirmation(question):
            lift += p.unconfirmed_lift * self.unconfirmed[candidates]
        if p.correction_lift and asks_correction(question):
            # "What did the obituary get wrong?": its correction, which no question word matches.
            lift += p.correction_lift * self.correction[candidates]
        if p.section_heading_lift and asks_about_section_heading(question):
            # "What does the subheading say?" shares no word with the heading it asks about.
            lift += p.section_heading_lift * self.section_heading[candidates]
        nth = asked_picture(question) if p.picture_lift else None
        if nth is not None:
            # "In the second photograph …": the story's second caption, whatever its words.
            places = self.picture_from_end if nth < 0 else self.picture_at
            lift += p.picture_lift * (places[candidates] == nth)
        if p.alias_lift and asks_other_name(question):
            lift += p.alias_lift * self.gives_name[candidates]
        if p.why_context and (asks_why(question) or _HOW_DID.search(question)):
            # A story states the event, then its cause: "The launch … has been postponed" is
            # followed by "engineers had found a faulty valve". The paragraph after one that
            # matches a why-question better than itself shares that match.
            after = np.flatnonzero(
                (candidates[1:] == candidates[:-1] + 1) & self.follows[candidates[1:]]
            )
            # A headline or a caption matches every question about its story a little too
            # well: it passes on only what is left after its handicap.
            ahead = relevance if priors is None else relevance - priors
            before = np.zeros_like(relevance)
            before[after + 1] = ahead[after]
            lift += p.why_context * np.maximum(before - relevance, 0.0)
        role = asked_role(question) if p.role_lift else None
        if role:
            # "Who is the chief executive of X?" wants the passage naming whoever holds it.
            named = [names_role_holder(self._chunks[int(c)].text, role) for c in candidates]
            lift += p.role_lift * np.array(named, dtype=np.float32)
        speaker = asked_speaker(question, wanting=True) if p.speaker_lift else None
        if speaker:
            near = self.speakers.similarity(speaker, candidates)
            lift += p.speaker_lift * np.maximum(near - p.speaker_floor, 0.0)
        return lift
