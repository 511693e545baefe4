"""A question typed in capitals is read in lower case, not as a row of unknown names."""

from __future__ import annotations

from retrieval.question import unshouted
from retrieval.service import Answerer


def test_a_shouted_question_is_lowered_and_a_shouted_word_or_acronym_is_kept() -> None:
    assert unshouted("WHO VETS THE RECRUITS?") == "Who vets the recruits?"
    assert unshouted("What does the FSB officer do?") == "What does the FSB officer do?"
    assert (
        unshouted("Is it NOT true that they volunteer?") == "Is it NOT true that they volunteer?"
    )
    assert unshouted("WHY?") == "WHY?"  # too short to tell shouting from an acronym


def test_a_shouted_question_is_answered_like_the_same_question_in_lower_case(
    answerer: Answerer,
) -> None:
    # Seed held-out 54: "WHERE WERE THE RUSSIAN FORCES HEADING WHEN THE NEWS BROKE?" was
    # declined: each capitalised word was a name the story never uses.
    shouted = answerer.ask("WHERE WERE THE RUSSIAN FORCES HEADING WHEN THE NEWS BROKE?")
    plain = answerer.ask("Where were the Russian forces heading when the news broke?")
    assert shouted.found and plain.found
    assert [h.chunk.chunk_id for h in shouted.hits] == [h.chunk.chunk_id for h in plain.hits]
