"""A live blog's forms, on sentences of our own: entry times, the newsroom's "we are hearing",
its own reporter, and readers' emails (held-out 28's deadline-day blog had each)."""

from __future__ import annotations

from tests.test_claim_rules import A, R, S, statuses


def test_an_entry_time_does_not_hide_the_subject() -> None:
    got = statuses(
        "Deadline day live\n\n"
        "10.31am: Rovers manager Caius Whitlow-Darby has just spoken to reporters. "
        "“I am not going to talk about a player who belongs to another club,” he said.\n\n"
        "08:05 — Corran Police said a man in his 60s had been taken to hospital."
    )
    assert got[2] == (A, "Rovers manager Caius Whitlow-Darby")
    assert got[3] == (A, "Corran Police")


def test_what_the_newsroom_hears_is_reported_and_what_its_reporter_saw_is_stated() -> None:
    got = statuses(
        "Deadline day live\n\n"
        "2.30pm: We are hearing that the two clubs are about 1.5 million pounds apart.\n\n"
        "6.45pm: We are told that a deal has now been agreed in principle.\n\n"
        "We understand that the player has passed his medical.\n\n"
        "9.40am: The striker has arrived for a medical, according to our reporter Imogen "
        "Tull-Baptiste, who watched him walk in.\n\n"
        "We told the club that we would wait."
    )
    assert got[1:] == [(R, None), (R, None), (R, None), (S, None), (S, None)]


def test_a_speaker_who_always_insisted_or_emailed_is_the_source() -> None:
    got = statuses(
        "Novelist dies\n\n"
        "Edda Marrable-Quint always insisted that none of her characters was based on a real "
        "person. Her agent, Tomas Reyne, emailed that the last novel was unfinished."
    )
    assert got[1] == (A, "Edda Marrable-Quint")
    assert got[2] == (A, "Tomas Reyne")


def test_a_statement_issued_saying_something_is_the_issuer_s() -> None:
    got = statuses(
        "Deadline day live\n\n"
        "12.20pm: Ormsgate City have issued a statement saying no agreement has been reached "
        "with any club.\n\n"
        "The striker issued a statement on Monday."
    )
    assert got[1] == (A, "Ormsgate City")
    assert got[2] == (S, None)
