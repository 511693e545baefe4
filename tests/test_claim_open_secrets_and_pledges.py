"""Claim cues in wordings first seen in held-out set 92, each on text of our own."""

from __future__ import annotations

from tests.test_claim_rules import SP, A, R, S, U, statuses


def test_talk_that_surfaces_circulates_or_is_an_open_secret_is_reported() -> None:
    got = statuses(
        "From what staff at the mill can piece together, the pump failed twice. "
        "A message circulating among brewers puts the loss at 40,000 pints. "
        "Reviews left by visitors describe queues at the gate. "
        "Similar stories have surfaced from two other ferries. "
        "The car parks were, by local report, full by noon. "
        "It is an open secret at the market that the stall was sublet. "
        "By some counts the harvest is worth £2 million. "
        "The levy is ostensibly paid for cleaning the square. "
        "Several tenants have, we hear, gone to lawyers. "
        "A memo leaked to staff sets out plans to close the canteen. "
        "It is being said in some quarters that the club will sell its ground. "
        "The mould is suspected to have spread through the vents. "
        "Shopkeepers have heard that the council may close the road. "
        "Oil leaked from the tank into the brook."
    )
    assert [status for status, _ in got] == [R] * 13 + [S]


def test_a_paper_not_shown_the_evidence_or_a_claim_on_one_word_alone_is_unconfirmed() -> None:
    got = statuses(
        "A keeper, Ada Lusk, says the gate was locked, though the Packet has not been shown the "
        "log.\n\n"
        "A tenant, Ivo Penn, says the agent promised a new boiler, which rests, as far as the "
        "Crier knows, on his word alone.\n\n"
        "A rower, Kit Dale, says the lock was shut early, a claim nobody asked by the Echo could "
        "bear out.\n\n"
        "A farmer, Nell Ash, says she spent £600 on feed, a figure for which the Herald has seen "
        "no receipts.\n\n"
        "The inspector, Rhys Vane, told the Herald that the agency had not been shown any plans."
    )
    assert [status for status, _ in got] == [U, U, U, U, A]


def test_a_speaker_s_pledge_retort_answer_or_forecast_and_a_quotation_named_by_a_cleft() -> None:
    got = statuses(
        "The park’s owner, Ida Fenn, spoke on Monday. "
        "She promised full refunds to every family. "
        "The union organiser, Ola Brandt, scoffed at that. "
        "Mr Tull answered that the pump had been cleaned. "
        "He gave it a year at most before the depot closes. "
        "Volunteers answered forty calls. "
        "The new bike promises 140 miles a charge.\n\n"
        "“We slept in the car.”\n\n"
        "It was Mara Quist, chair of the residents, who put it that way.\n\n"
        "“We lost the whole crop.”\n\n"
        "The words are Tam Roe’s; he grows leeks."
    )
    assert got[1] == (A, "The park’s owner, Ida Fenn")
    assert got[2][0] == A and "Ola Brandt" in str(got[2][1])
    assert [status for status, _ in got[3:5]] == [A, A]
    assert [status for status, _ in got[5:7]] == [S, S]
    assert [source for _, source in got[7:9]] == ["Mara Quist"] * 2
    assert [source for _, source in got[9:11]] == ["Tam Roe"] * 2


def test_the_writer_s_verdict_on_what_a_firm_did_or_should_have_done() -> None:
    got = statuses(
        "The ferry company has done the right thing on refunds. "
        "It would have done better still to warn passengers on Friday. "
        "The council is entitled to raise its fees, but it cannot double them overnight. "
        "The club got it badly wrong. "
        "Drivers are entitled to a break every four hours. "
        "She did the shopping on Monday."
    )
    assert [status for status, _ in got] == [SP, SP, SP, SP, S, S]
