"""Claim cues in wordings first seen in held-out set 90, each on text of our own."""

from __future__ import annotations

from tests.test_claim_rules import A, C, R, S, U, statuses


def test_hearsay_from_a_crowd_or_a_story_told_in_town_is_reported() -> None:
    got = statuses(
        "The ferry’s first skipper, so the story goes on the quay, sank it twice. "
        "Rumours spread through the sorting office that the depot would shut. "
        "A rumour went round the pavilion that the umpire had been paid. "
        "Talk among the drivers at the depot is that the buses were sold cheap. "
        "Word among the stallholders afterwards was that the rent would double. "
        "Mr Drew is said by colleagues to have objected to the plan. "
        "The orchard, by several growers’ accounts, lost half its crop. "
        "Some onlookers also suggested, without any proof, that the fire was started. "
        "The rumours spread by the club hurt him. "
        "The word of the day was rain."
    )
    assert [status for status, _ in got] == [R, R, R, R, R, R, R, R, S, S]


def test_a_named_speaker_s_opinion_guess_insistence_request_or_retort() -> None:
    got = statuses(
        "The harbour master, Ines Corby, inspected the wall on Monday. "
        "Ms Corby was adamant that the wall had been sound. "
        "Her guess is that the repairs will take a year. "
        "In her opinion the harbour should stay open. "
        "She asked anyone who saw the wall fall to ring the harbour office. "
        "The ferry company’s owner, Leon Pask, hit back on Tuesday, calling her report “a "
        "fairy tale”. "
        "The visiting side hit back with two goals. "
        "Police fired back at the gunmen."
    )
    assert got[1:5] == [(A, "The harbour master, Ines Corby")] * 4
    assert got[5] == (A, "The ferry company’s owner, Leon Pask")
    assert [status for status, _ in got[6:]] == [S, S]


def test_a_quotation_named_only_after_it_is_the_speaker_s_not_the_last_speaker_s() -> None:
    got = statuses(
        "The planning officer, Rory Vance, said the scheme met every rule.\n\n"
        "“You cannot call a car park a garden. Nobody was fooled.”\n\n"
        "That was the verdict of Mabel Teague, who chairs the residents’ group.\n\n"
        "“One wet spring tells you nothing. Two in a row tell you something.”\n\n"
        "So says Dr Fenella Croft, a hydrologist at the Dunmere Institute."
    )
    assert got[0] == (A, "The planning officer, Rory Vance")
    assert [source for _, source in got[1:4]] == ["Mabel Teague"] * 3
    assert [source for _, source in got[4:7]] == ["Dr Fenella Croft"] * 3


def test_captions_credited_in_brackets_or_as_a_picture_someone_took() -> None:
    got = statuses(
        "Ferry berths at Corby Quay on Monday (credit: Olu Grant for the Packet)\n\n"
        "The wall fell on Sunday.\n\n"
        "Stallholders pack up before the storm, in a picture Ada Vell took for the Crier\n\n"
        "He paid with a credit card."
    )
    assert [status for status, _ in got] == [C, S, C, S]


def test_a_clip_too_dark_for_the_paper_to_be_sure_of_leaves_the_claim_unconfirmed() -> None:
    got = statuses(
        "A neighbour, Tom Hale, says he filmed the lynx on his shed, but the clip is too blurry "
        "for the Packet to be sure what it shows. "
        "The night was too dark for walking."
    )
    assert got[0] == (U, "A neighbour, Tom Hale")
    assert got[1] == (S, None)


def test_a_crowd_s_feeling_suspicion_or_wisdom_is_reported() -> None:
    got = statuses(
        "The feeling in the village is that the pub will close. "
        "The suspicion among staff was that the figures were wrong. "
        "Local wisdom has it that the well never dries. "
        "It is whispered that the vicar will retire. "
        "The consensus at the club is that the pitch is ruined. "
        "The belief that the pub will close is wrong, the brewery said. "
        "The feeling of the sand underfoot is pleasant."
    )
    assert [status for status, _ in got] == [R, R, R, R, R, A, S]
