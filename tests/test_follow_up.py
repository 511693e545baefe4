"""Follow-up questions in a chat ("when was that?"), read after the question before them."""

from __future__ import annotations

import pytest

from retrieval.follow_up import in_context, is_follow_up, read_in_order
from retrieval.service import Answerer
from tests.test_console import chat


@pytest.mark.parametrize(
    ("message", "follows"),
    [("when was that", True), ("and who said that", True), ("What did he say next?", True),
     ("When was that announced?", True), ("What did the adviser say?", False),
     ("How does the outlet treat that diffusion claim from an evidentiary standpoint?", False),
     ("Who vets the people who want to join?", False), ("why", False),
     # A message opening with "and" carries on the last question, whatever it adds.
     ("And is anybody pushed into it, or is it their own choice?", True),
     ("And what does the writer think of the rebels' prospects?", False),
     ("So is it true that they pass themselves off as Ukrainians?", False)],
)  # fmt: skip
def test_a_follow_up_only_points_back(message: str, follows: bool) -> None:
    assert is_follow_up(message) is follows


def test_a_follow_up_is_read_after_the_question_before_it() -> None:
    assert in_context("when was that", "Who revealed the legion?") == (
        "Who revealed the legion? when was that"
    )
    assert in_context("when was that", None) == "when was that"
    assert in_context("Who vets recruits?", "Who revealed the legion?") == "Who vets recruits?"
    # A chain of follow-ups keeps the question they all go back to.
    assert read_in_order(["Who revealed the legion?", "when was that", "and who said that"]) == [
        "Who revealed the legion?",
        "Who revealed the legion? when was that",
        "Who revealed the legion? when was that and who said that",
    ]


def test_alone_a_follow_up_is_declined_and_after_its_question_answered(
    answerer: Answerer,
) -> None:
    assert not answerer.ask("when was that").found
    asked = read_in_order(["Which ministry first revealed the legion?", "when was that"])
    answer = answerer.ask(asked[1])
    assert answer.found and "Early this March" in answer.hits[0].chunk.text


def test_the_console_reads_a_follow_up_after_the_last_question(answerer: Answerer) -> None:
    out = chat(answerer, "Which ministry first revealed the legion?", "when was that", "/quit")
    # Both answers quote the lead; without the question before, "when was that" is declined.
    assert out.count("Early this March") >= 2
    assert "Please ask about something specific" not in out
    assert "Please ask about something specific" in chat(answerer, "when was that", "/quit")


def test_an_and_follow_up_is_answered_from_its_question_s_passage(answerer: Answerer) -> None:
    # Alone it names nothing the story says ("pushed", "choice"); after its question it asks
    # about the prisoners of war who may join, whose sentence says it is "entirely voluntary".
    asked = read_in_order(
        [
            "Can prisoners of war join as well?",
            "And is anybody pushed into it, or is it their own choice?",
        ]
    )
    answer = answerer.ask(asked[1])
    assert answer.found and any("entirely voluntary" in h.chunk.text for h in answer.hits[:3])
