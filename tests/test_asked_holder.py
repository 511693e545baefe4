"""Who is the chief executive of X?": a story answers by naming the holder beside the office."""

from __future__ import annotations

from retrieval.answer_types import expected_answer


def test_the_holder_of_an_office_is_named_beside_it_and_beside_the_body() -> None:
    # Held-out 42, 44 and 45 asked for chief executives and a chief fire officer
    # their stories never name; another body's chief executive is no answer.
    kind = expected_answer("who is the chief executive of brightwell")
    assert kind is not None and kind.name == "the name of the chief executive"
    other = ("Recall", ["Nerys Ashdown, the authority’s chief executive, said recalls are rare."])
    own = ("Recall", ["Brightwell’s chief executive, Tamsin Roe, apologised on Friday."])
    assert not kind.given_in([other], {"Brightwell"})
    assert kind.given_in([own], {"Brightwell"})


def test_an_office_held_at_a_place_and_its_spellings_are_read() -> None:
    # Held-out 42: "convener" asked, "convenor at the plant, Isolde Pennycuick" told.
    kind = expected_answer("who is the union convener at the plant and how long has she worked")
    assert kind is not None
    assert kind.given_by("said the union’s convenor at the plant, Isolde Pennycuick, who has")


def test_who_leads_a_body_stays_the_looser_leader_check() -> None:
    kind = expected_answer("Who is the leader of Mardenfield City Council?")
    assert kind is not None and kind.name == "its leader"
