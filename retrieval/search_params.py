"""The knobs of the hybrid search (:mod:`retrieval.search`), with the values measured best."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SearchParams:
    """Knobs of the hybrid search, chosen with ``claimqa eval`` (see docs/retrieval.md).

    Attributes:
        dense_candidates: vectors fetched from FAISS per question.
        lexical_candidates: passages taken from the top of BM25 per question.
        sentence_weight: share of the best sentence's similarity in the dense signal.
        token_weight: share of late interaction against the dense signal.
        reason_token_weight: the same for a question asking why
            (:mod:`retrieval.question_kinds`).
        lexical_weight: weight of normalised BM25.
        corpus_idf_power: exponent of a question word's rarity in the corpus in its late
            interaction weight...
        document_idf_power: ...and of its rarity among the passages of the candidate's own
            document (see :class:`retrieval.late_interaction.MaxSimScorer`).
        hub_correction: share of a passage's hubness (how well it matches the rest of its
            document, :meth:`retrieval.late_interaction.MaxSimScorer.hubness`) taken off its
            late-interaction score for ranking (the match shown stays the plain blend).
        heading_penalty: ranking handicap of a headline.
        caption_penalty: ranking handicap of a photo caption, waived when the question asks
            about a photo.
        lead_penalty: ranking handicap of a document's lead, its first paragraph of prose
            (:func:`retrieval.passage_kinds.leads`), which sums up the story and so shares
            words with most questions answered further down...
        why_lead_penalty: ...and more for a why-question, as the lead tells the event and
            seldom its cause.
        caption_picture_match: the late-interaction match a caption's implied "photo" gets
            for a question's "photo", "picture", "image" ... (0: none).
        heading_word_match: the late-interaction match a headline's implied "headline" gets
            for a question's "headline", "heading" ... (0: none); the heading penalty is
            waived for such a question either way.
        why_context: for a why-question, the share of the lead a passage has over the next
            passage in its document that the next one gets as a ranking lift (the cause
            follows the event).
        speaker_lift: for "What did X say …?", the ranking lift per unit of cosine between X
            and a source the passage names (:mod:`retrieval.speaker_match`) above...
        speaker_floor: ...this cosine.
        speaker_check: whether "What did X say …?" is declined when no passage quotes anyone
            named X (0: not checked).
        introduction_lift: for "What is X?" / "Who are X?", ranking lift of the passage that
            introduces X (:mod:`retrieval.introductions`).
        role_lift: for "Who is the chief executive of X?", ranking lift of a passage that names
            someone with that role ("said chief executive Ingrid Halvorsen").
        unconfirmed_lift: for "Has X confirmed …?", "Is the claim verified?", ranking lift of
            a passage in which the text says what it cannot confirm (an ``unconfirmed``
            sentence).
        view_lift: for "Does the writer think …?", "who does the reporter reckon will win",
            ranking lift of a passage giving the author's own view (a ``speculative``
            sentence).
        correction_lift: for "What did the article get wrong?", ranking lift of the story's
            correction ("An earlier version said …").
        time_lift: ranking lift, for a "when" question, of a passage that gives a date or a
            time (:func:`retrieval.dates.gives_time`), and for a "how long" question of one
            that gives a span of time (:func:`retrieval.dates.gives_duration`).
        count_lift: ranking lift, for a "how many X" question, of a passage that puts a
            number before X.
        section_heading_lift: for a question about a subheading, ranking lift of a heading
            inside a story (not its headline).
        picture_lift: for "In the second photograph …", ranking lift of the story's second
            caption passage (first, second …, last).
        alias_name_match: the late-interaction match the implied "name" of a passage that gives
            another name ("otherwise known as") gets for a question's "name", "called" ...
            (0: none).
        alias_lift: ranking lift, for a question asking for another name, of such a passage.
        duplicate_cosine: a passage this similar to a better one of its document is dropped.
        min_relevance: a passage below this blended score (with its lift for the kind of
            question) is not shown.
        best_match_floor: the best passage's blended score must reach this, or the answer is
            "not in the corpus" (whatever the dense similarity)...
        answer_type_depth: ...and a question expecting an age, a birth, a leader, a date, a sum
            of money … (:mod:`retrieval.answer_types`) needs one among this many best passages
            (0: not checked); those of them that show it are lifted by ``answer_type_lift``.
        abstain_below: the best dense similarity must reach this, or the answer is "not in the
            corpus"...
        lexical_rescue: ...unless BM25 covers this much of the question...
        rescue_floor: ...and the dense similarity is at least this;
        blend_rescue: ...or unless the best blended score (dense, late interaction and BM25)
            reaches this...
        blend_rescue_floor: ...with the dense similarity at least this...
        blend_rescue_lexical: ...and BM25 covering at least this much of the question.
        unknown_name_floor: the dense similarity needed when the question names something the
            corpus never mentions.
        further_name_floor: ...raised by this for each further such name (a year the corpus
            never mentions counts as one).
    """

    dense_candidates: int = 256
    lexical_candidates: int = 64
    sentence_weight: float = 0.5
    token_weight: float = 0.7
    reason_token_weight: float = 0.5
    lexical_weight: float = 0.15
    corpus_idf_power: float = 0.0
    document_idf_power: float = 3.0
    hub_correction: float = 0.5
    heading_penalty: float = 0.2
    caption_penalty: float = 0.1
    lead_penalty: float = 0.05
    why_lead_penalty: float = 0.1
    caption_picture_match: float = 0.8
    heading_word_match: float = 0.8
    count_lift: float = 0.1
    time_lift: float = 0.1
    why_context: float = 0.4
    speaker_lift: float = 0.3
    speaker_floor: float = 0.3
    speaker_check: int = 1
    introduction_lift: float = 0.1
    role_lift: float = 0.1
    unconfirmed_lift: float = 0.1
    view_lift: float = 0.15
    correction_lift: float = 0.2
    section_heading_lift: float = 0.2
    picture_lift: float = 0.2
    alias_name_match: float = 1.0
    alias_lift: float = 0.2
    duplicate_cosine: float = 0.9
    min_relevance: float = 0.2
    best_match_floor: float = 0.25
    answer_type_depth: int = 5
    answer_type_lift: float = 0.3
    abstain_below: float = 0.24
    lexical_rescue: float = 0.3
    rescue_floor: float = 0.12
    blend_rescue: float = 0.33
    blend_rescue_floor: float = 0.2
    blend_rescue_lexical: float = 0.18
    unknown_name_floor: float = 0.53
    further_name_floor: float = 0.1
