"""A "how long" question expects a length of time or of something."""

from __future__ import annotations

from retrieval.answer_types import expected_answer


def test_how_long_expects_a_duration_or_a_length() -> None:
    # Seed-heldout-31 asked "How long does the double polygraph test take?" of a story that
    # never says; held-out 41 "How long is the Ambermoor Tunnel?".
    kind = expected_answer("How long does the double polygraph test take?")
    assert kind is not None and kind.name == "how long"
    told = (
        "The strike lasted eight days.",
        "He signed a four-and-a-half-year contract.",
        "The ferry has run since 1921.",
        "Cleanup is expected to take weeks.",
        "The main span is 486 metres.",
        "The slick is about two kilometres long.",
        "Journeys of more than an hour are common.",
    )
    for sentence in told:
        assert kind.given_by(sentence), sentence
    assert not kind.given_by("Candidates take a polygraph test and an interview.")
    assert not kind.given_by("The tunnel carries most of the valley's traffic.")


def test_how_long_ago_asks_a_date_and_a_rambling_how_long_is_not_checked() -> None:
    ago = expected_answer("how long ago was the legion first announced?")
    assert ago is not None and ago.name == "a date"
    # Asked on the way to something else, "how long" is no answer type of its own.
    assert expected_answer("who is the union convener and how long has she worked there") is None
