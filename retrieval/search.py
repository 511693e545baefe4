"""Hybrid search: passage, sentence and token-level similarity blended with BM25.

Arrays in, scores out. For each question a first stage gathers candidate passages from FAISS (the
passages and sentences nearest the question) and from BM25; a second stage scores each candidate
on three signals:

- dense: the passage vector's cosine, blended with its best sentence's, so a question answered by
  one sentence of a long paragraph still finds it;
- late interaction: how well each content word of the question is matched by some word of the
  passage (:mod:`retrieval.late_interaction`);
- lexical: BM25, normalised by the most the question's terms could score, for names and rare
  words that embeddings blur.

Their blend ranks the passages and is shown as the match score. Whether anything answers at all
is decided on the dense signal, which unlike the others has a floor near zero for unrelated
questions, with BM25 able to vouch for a terse keyword query, and with names the corpus never
uses demanding a strong match (:mod:`retrieval.answerability`); the best blend must reach a
floor too, and a question expecting an age, a price, a founding ... that none of the best
passages shows is declined (:mod:`retrieval.answer_types`). Ranking also demotes headlines,
captions (short texts that resemble every question a little) and leads, lifts passages that answer
the kind of question asked (:mod:`retrieval.question_kinds`) and drops near-duplicate passages
of the same document.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from numpy.typing import NDArray

from corpus.records import Chunk, ClaimStatus
from retrieval.answer_types import expected_answer
from retrieval.answerability import (
    Vocabulary,
    clears_floors,
    sole_namers,
    unexpanded,
    unknown_names,
)
from retrieval.builder import vector_layout
from retrieval.introductions import Introductions, defined_name
from retrieval.late_interaction import Implied, MaxSimScorer, TokenVectors
from retrieval.lexical import BM25
from retrieval.passage_kinds import (
    asks_about_heading,
    asks_about_photo,
    is_heading,
    leads,
    list_items,
)
from retrieval.question_kinds import OUTCOME, KindLifts, asks_outcome, asks_why
from retrieval.question_subject import asked_subject
from retrieval.records import Ranking, Scored
from retrieval.search_params import SearchParams
from retrieval.speaker_match import Encoder
from retrieval.spelling import Speller
from retrieval.store import StoredIndex

WEAK_MATCH = 0.45
"""A best passage below this blended score may well not answer the question (measured over our
nine eval sets: 11 % of in-scope answers fall below it, 31 of those 48 with the right passage
first, and 49 % of the off-topic questions that are answered anyway); replies say so."""


class SearchEngine:
    """Searches one stored index; immutable, so a reload builds a new engine and swaps it in."""

    def __init__(
        self,
        index: StoredIndex,
        params: SearchParams | None = None,
        *,
        picture_pieces: frozenset[int] = frozenset(),
        name_pieces: frozenset[int] = frozenset(),
        heading_pieces: frozenset[int] = frozenset(),
        is_word: Callable[[str], bool] = lambda word: False,
        encode: Encoder | None = None,
    ) -> None:
        """Prepare the lexical index, token scorer, passage vectors and priors.

        Args:
            index: the stored index.
            params: search knobs (defaults when None).
            picture_pieces: the word-piece ids of :data:`PICTURE_WORDS` in the model's
                vocabulary, which captions imply.
            name_pieces: those of :data:`retrieval.question_kinds.NAME_WORDS`, which a passage
                giving another name implies.
            heading_pieces: those of :data:`HEADING_WORDS`, which a headline implies.
            is_word: whether a lower-case word is one of the model's words (for the speller).
            encode: embeds texts with the passages' model (for the speaker a question asks
                about; ``None``: no speaker lift).
        """
        self.index = index
        self.params = params or SearchParams()
        chunks = index.chunks
        _, self._owner = vector_layout(chunks)
        self._passages = index.vectors.reconstruct_range(0, len(chunks))
        self._bm25 = BM25([c.text for c in chunks], is_word=is_word)
        p = self.params
        self._doc = np.array([hash(c.doc_id) for c in chunks], dtype=np.int64)
        self._maxsim = MaxSimScorer(
            index.tokens,
            vocab_size=index.tokens.vocab_size,
            documents=np.unique(self._doc, return_inverse=True)[1].astype(np.int64),
            corpus_idf_power=p.corpus_idf_power,
            document_idf_power=p.document_idf_power,
        )
        self._caption = np.array(
            [c.claim.status is ClaimStatus.CAPTION for c in chunks], dtype=np.float32
        )
        # Ranking handicaps, never in the match shown: a hub's pull comes off its late-interaction
        # share, as if its word matches had been scored without it.
        headings = np.array([is_heading(c) for c in chunks], dtype=bool)
        self._heading = headings.astype(np.float32)
        # A two-sentence headline ("… fighters? Yes, they do exist.") is still "the headline".
        titles = np.array([c.text.strip() == c.title.strip() for c in chunks], dtype=bool)
        self._lead = leads(chunks, headings).astype(np.float32)
        # An item of a list is an answer, not a heading over one.
        priors = p.heading_penalty * (headings & ~list_items(chunks, headings))
        priors = priors + p.caption_penalty * self._caption
        self._handicap = priors.astype(np.float32)
        # Per unit of late-interaction weight, which differs by kind of question.
        self._hub_handicap = (
            p.hub_correction * self._maxsim.hubness()
            if p.hub_correction
            else np.zeros(len(chunks), dtype=np.float32)
        )
        self._kinds = KindLifts(chunks, encode)
        self._introductions = Introductions(chunks, headings)
        self._vocabulary = Vocabulary(c.text for c in chunks)
        self.speller = Speller(self._vocabulary, is_word)
        self._sole_namer = sole_namers(chunks)

        self._implying = (
            (self._caption > 0, np.array(sorted(picture_pieces), dtype=np.int32),
             p.caption_picture_match),
            (self._kinds.gives_name, np.array(sorted(name_pieces), dtype=np.int32),
             p.alias_name_match),
            (headings | titles, np.array(sorted(heading_pieces), dtype=np.int32),
             p.heading_word_match),
        )  # fmt: skip

    @property
    def chunks(self) -> tuple[Chunk, ...]:
        """The passages, addressed by ``chunk_id``."""
        return self.index.chunks

    def nearest(self, vectors: NDArray[np.float32]) -> NDArray[np.float32]:
        """Each vector's best similarity to a passage or sentence of the corpus."""
        if not self.index.chunks:
            return np.zeros(len(vectors), dtype=np.float32)
        scores, _ = self.index.vectors.search(vectors, 1)
        return np.asarray(scores[:, 0], dtype=np.float32)

    def search(
        self,
        query_vectors: NDArray[np.float32],
        query_tokens: TokenVectors,
        questions: Sequence[str],
        *,
        limit: int,
    ) -> list[Ranking]:
        """Rank passages for a batch of questions.

        Args:
            query_vectors: unit vectors, one row per question.
            query_tokens: the questions' content word pieces.
            questions: the questions' text, for the lexical side.
            limit: the most passages to return per question.

        Returns:
            Per question, the relevant passages best first, or none.
        """
        if not self.index.chunks:
            return [Ranking(()) for _ in questions]
        scores, ids = self.index.vectors.search(query_vectors, self.params.dense_candidates)
        return [
            self._rank(query_vectors[row], query_tokens.of(row), scores[row], ids[row], question,
                       limit)
            for row, question in enumerate(questions)
        ]  # fmt: skip

    def _rank(
        self,
        query: NDArray[np.float32],
        query_tokens: tuple[NDArray[np.int32], NDArray[np.float16]],
        scores: NDArray[np.float32],
        ids: NDArray[np.int64],
        question: str,
        limit: int,
    ) -> Ranking:
        p = self.params
        lexical_all = self._bm25.normalised_scores(question)
        valid = ids >= 0
        owners = self._owner[ids[valid]]
        # Work in proportion to the candidates, never to the corpus: only passages that share a
        # term with the question can enter from the lexical side.
        matched = np.flatnonzero(lexical_all)
        if len(matched) > p.lexical_candidates:
            top = np.argpartition(-lexical_all[matched], p.lexical_candidates)
            matched = matched[top[: p.lexical_candidates]]
        candidates = np.union1d(owners, matched)
        passage = self._passages[candidates] @ query
        # Best vector per passage among those FAISS returned; a passage it missed keeps its own.
        best = np.full(len(candidates), -1.0, dtype=np.float32)
        np.maximum.at(best, np.searchsorted(candidates, owners), scores[valid])
        sentence = np.maximum(best, passage)
        dense = (1 - p.sentence_weight) * passage + p.sentence_weight * sentence
        implied = self._implied(query_tokens[0], candidates)
        tokens = self._maxsim.scores(query_tokens[0], query_tokens[1], candidates, implied)
        why = asks_why(question)
        token_weight = p.reason_token_weight if why else p.token_weight
        semantic = (1 - token_weight) * dense + token_weight * tokens
        lexical = lexical_all[candidates]
        relevance = np.clip(semantic + p.lexical_weight * lexical, 0.0, 1.0)
        if not len(candidates):
            return Ranking(())
        leader = self.chunks[int(candidates[int(relevance.argmax())])]
        missing = tuple(unknown_names(question, self._vocabulary, leader))
        blended = float(relevance.max())
        if not self._kinds.asks_for_kind(question, candidates, missing) and not clears_floors(
            p, float(dense.max()), float(lexical.max()), len(missing), blended
        ):
            return Ranking((), missing)
        if acronym := unexpanded(question, self._vocabulary):
            return Ranking((), missing, f"what {acronym} stands for")
        priors = self._handicap[candidates]
        handicap = priors + token_weight * self._hub_handicap[candidates]
        # A lift (a why-question's cause after its event) counts toward the display floor too.
        lifts = self._kinds.lifts(question, candidates, relevance, p, priors)
        lead = p.lead_penalty + (p.why_lead_penalty if why else 0.0)
        handicap = handicap - lifts + lead * self._lead[candidates]
        defined = defined_name(question) if p.introduction_lift else None
        if defined:
            introduces = self._introductions.introduces(defined, candidates)
            handicap = handicap - p.introduction_lift * introduces
        about_photo = asks_about_photo(question)
        if about_photo:
            # A caption looks a little like every question, but answers "who took the picture?".
            handicap = handicap - p.caption_penalty * self._caption[candidates]
        if asks_about_heading(question):
            # Likewise a headline, for "What does the headline say?"
            handicap = handicap - p.heading_penalty * self._heading[candidates]
        order = np.argsort(-(relevance - handicap), kind="stable")
        kind = expected_answer(question) if p.answer_type_depth else None
        subject = asked_subject(question, self._vocabulary) if kind else set()
        if kind and p.answer_type_lift:
            # Among the passages the answer-type check reads, those that show the expected form
            # ("born in Leeuwarden", "designed by …") come first; none from further down is
            # lifted among them, so the check declines what it declined before.
            top = order[: p.answer_type_depth]
            shown = self._kinds.show_answer(kind, subject, candidates[top])
            handicap[top] -= p.answer_type_lift * shown
            order = np.argsort(-(relevance - handicap), kind="stable")
        out: list[Scored] = []
        kept: list[int] = []
        for position in order:
            chunk_id = int(candidates[position])
            # A question about a photo sees every copy of its caption: each may credit another
            # source ("(NEXTA). Source:", "(NEXTA/Twitter)").
            keep_copy = about_photo and self._caption[chunk_id]
            if relevance[position] + lifts[position] < p.min_relevance or (
                not keep_copy and self._duplicates(chunk_id, kept)
            ):
                continue
            kept.append(chunk_id)
            out.append(Scored(chunk_id, float(relevance[position])))
            if len(out) == max(limit, p.answer_type_depth):
                break
        leaders = [self.chunks[s.chunk_id] for s in out[: p.answer_type_depth]]
        texts = ((c.title, [s.text for s in c.sentences]) for c in leaders)
        if kind and not kind.given_in(texts, subject):
            return Ranking((), missing, kind.name)
        guess = leaders and leaders[0].claim.status is ClaimStatus.SPECULATIVE
        if guess and asks_outcome(question):
            return Ranking((), missing, OUTCOME)
        unquoted = self._kinds.speakers.unquoted(question) if p.speaker_check else None
        if unquoted:
            return Ranking((), missing, f"what {unquoted} said (no passage quotes that name)")
        return Ranking(tuple(out[:limit]))

    def _implied(
        self, query_ids: NDArray[np.int32], candidates: NDArray[np.int64]
    ) -> list[Implied]:
        """Question words some candidates imply (a caption's "photo", an alias's "name")."""
        out = []
        for passages, pieces, similarity in self._implying:
            tokens = np.isin(query_ids, pieces)
            if similarity and tokens.any():
                out.append(Implied(passages[candidates], tokens, similarity))
        return out

    def _duplicates(self, chunk_id: int, kept: list[int]) -> bool:
        """Whether a better passage of the same document says nearly the same thing.

        A passage that alone in its document names someone (a second photo credit under the
        same caption) is never a duplicate: dropping it would hide that name from the reader.
        """
        if not kept or self._sole_namer[chunk_id]:
            return False
        same_doc = [k for k in kept if self._doc[k] == self._doc[chunk_id]]
        if not same_doc:
            return False
        cosines = self._passages[same_doc] @ self._passages[chunk_id]
        return bool(cosines.max() >= self.params.duplicate_cosine)
