"""A question asking what or who a named thing is finds the passage that introduces it."""

from __future__ import annotations

import pytest

from retrieval.embedder import Embedder
from retrieval.introductions import defined_name
from retrieval.service import Answerer
from tests.own_articles import first_passage


@pytest.mark.parametrize(
    ("question", "name"),
    [("What is the Freedom of Russia Legion?", ("freedom", "russia", "legion")),
     ("Who are the Kadyrovites?", ("kadyrovites",)),
     ("Who is Igor Volobuev?", ("igor", "volobuev")),
     ("What is NLAW?", ("nlaw",)),
     ("What is the legion's other name?", None),  # asks for something else than what it is
     ("Who is the chief executive of Skerrin Ferries?", None),
     ("What is Gideon Marsh accused of?", None),
     ("What is the population of Kellsmouth?", None),
     ("Why is the vetting so strict?", None)],
)  # fmt: skip
def test_the_name_a_question_asks_to_have_defined_is_read(
    question: str, name: tuple[str, ...] | None
) -> None:
    assert defined_name(question) == name


def test_what_a_named_thing_is_is_answered_where_the_story_introduces_it(
    answerer: Answerer, embedder: Embedder
) -> None:
    # The public sample's question: the paragraph about the legion's deployment matches it
    # best, but the one before it says what the legion is (former Russian soldiers who "switch
    # sides and create" it).
    question = "What is the Freedom of Russia Legion?"
    assert "switch sides" in first_passage(answerer, embedder, question)
    assert "switch sides" not in first_passage(answerer, embedder, question, introduction_lift=0)
    # The Kadyrovites are named first in passing; the story defines them later ("The term
    # “Kadyrovites” refer to …"), and that passage is the introduction.
    assert "The term “Kadyrovites”" in answerer.ask("Who are the Kadyrovites?").hits[0].chunk.text
