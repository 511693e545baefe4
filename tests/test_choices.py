"""Multiple-choice questions: their options, and wrong options the story never names."""

from __future__ import annotations

import pytest

from retrieval.choices import options, without_unknown_options
from retrieval.service import Answerer


@pytest.mark.parametrize(
    ("question", "offered"),
    [
        ("Which bank was it — Sberbank, VTB or Gazprombank?", ["Sberbank", "VTB", "Gazprombank"]),
        ("Was the motto for Russia or for Ukraine?", ["Was the motto for Russia", "for Ukraine"]),
        ("Which weapon: the Javelin, the NLAW, or the Stinger?", ["Javelin", "NLAW", "Stinger"]),
        # A clause is no option: the run of short options ends before it.
        ("Captain Ode, he served where before, in Mali or in Chad?", ["in Mali", "in Chad"]),
        ("Why did they join?", []),
        ("Who said it, and when?", []),
        # A follow-up read after its question keeps that question's options.
        (
            "Which bank — Sberbank, VTB or Gazprombank? And when did he join?",
            ["Sberbank", "VTB", "Gazprombank"],
        ),
    ],
)
def test_the_options_a_question_offers(question: str, offered: list[str]) -> None:
    assert options(question) == offered


def test_unknown_options_go_only_when_a_known_one_stays() -> None:
    known = {"Gazprombank", "NLAW"}.__contains__

    def names(option: str) -> list[str]:
        return [w for w in option.split() if w[:1].isupper()]

    kept = without_unknown_options("Which bank — Sberbank, VTB or Gazprombank?", known, names)
    assert "Sberbank" not in kept and "VTB" not in kept and "Gazprombank" in kept
    asked = "Which general — Gerasimov, Surovikin or Dvornikov?"
    assert without_unknown_options(asked, known, names) == asked


def test_a_quiz_question_with_wrong_options_is_answered(answerer: Answerer) -> None:
    # Our own quiz questions about the seed story: the wrong options name banks and weapons
    # the story never mentions; the right one is in the passage that answers.
    answer = answerer.ask("Which bank's vice president joined: Sberbank, VTB or Gazprombank?")
    assert answer.found and "Gazprombank" in answer.hits[0].chunk.text
    answer = answerer.ask("Which weapon do recruits learn to use — Javelin, Stinger or NLAW?")
    assert answer.found and any("NLAW" in hit.chunk.text for hit in answer.hits[:3])
    # Every option unknown: still a question about something else.
    assert not answerer.ask("Which general leads them — Gerasimov, Surovikin or Dvornikov?").found
