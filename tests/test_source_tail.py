"""A question's "…, and who says so?" tail asks whose word it is, not what to search for."""

from __future__ import annotations

import pytest

from retrieval.question import clean_question, without_source_tail


@pytest.mark.parametrize(
    ("question", "searched"),
    [
        ("Had the dog escaped before, and who says so?", "Had the dog escaped before?"),
        (
            "How did the attackers break in, and who is saying that?",
            "How did the attackers break in?",
        ),
        (
            "has measles reached another school and who says so",
            "has measles reached another school?",
        ),
        ("was the mill sold; according to whom?", "was the mill sold?"),
    ],
)
def test_a_source_tail_is_left_out_of_the_search(question: str, searched: str) -> None:
    assert without_source_tail(question) == searched
    assert clean_question(question, 500).text == searched


@pytest.mark.parametrize(
    "question",
    ["Who says so?", "and who said that", "who says the council did not listen", "Who said that?"],
)
def test_a_question_about_the_source_itself_is_kept(question: str) -> None:
    assert without_source_tail(question) == question
