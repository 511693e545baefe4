"""Claim cues in wordings first seen in held-out set 89, each on text of our own."""

from __future__ import annotations

from tests.test_claim_rules import SP, A, C, R, S, U, statuses


def test_an_outlet_that_could_not_stand_up_trace_or_verify_a_claim_leaves_it_unconfirmed() -> None:
    got = statuses(
        "A porter, Ivo Lamb, says the painting came in a coal sack, which the Lamplighter has "
        "not been able to stand up.\n\n"
        "A technician, Wil Hume, says he was told to tidy the photographs, an allegation the "
        "Quadrant has not managed to verify.\n\n"
        "A shop worker, Jo Prew, says he complained in June, a complaint the Clarion has so far "
        "been unable to trace in any council record.\n\n"
        "An engineer, Bea Quig, says a third of the lamps never worked, which the Sentinel has "
        "had no independent way to establish.\n\n"
        "A trainer, Kez Dunn, says the bills went unpaid, though the Abacus has seen nothing "
        "that would allow it to verify this.\n\n"
        "A nurse, Ada Lamb, says she could not stand up after the shift."
    )
    assert [status for status, _ in got] == [U, U, U, U, U, A]


def test_hearsay_no_one_is_named_for_is_reported() -> None:
    got = statuses(
        "Mr Albright is presumed to have caught the infection on his walk. "
        "The painting is widely assumed to show the Hurl river. "
        "A rival operator is tipped to reopen a dozen gyms. "
        "Some trainers are feared to have lost equipment. "
        "There is talk that parish councils will pay for the lights. "
        "There are whispers that the professor has been offered a post abroad. "
        "By one account, the freezers held no sample. "
        "Hundreds of residents wrote to councillors, by one estimate. "
        "The committee met on Friday."
    )
    assert [status for status, _ in got] == [R, R, R, R, R, R, R, R, S]


def test_reckons_remarked_foresees_and_careful_to_add_are_the_speaker_s() -> None:
    got = statuses(
        "Professor Aurelio Mensah, a microbiologist, said the tower was the source. He reckons "
        "more cases will come to light. Dr Hana Kettle, who studies gyms, foresees more "
        "closures this winter. Dr Ina Salt remarked that journals caught only a fraction. "
        "Cora Lyle, who runs the gallery, liked it. She was careful to add that nobody could "
        "call it a Falkes yet. The council was quick to add a second car park."
    )
    assert [source for _, source in got[1:4]] == [
        "Professor Aurelio Mensah, a microbiologist",
        "Dr Hana Kettle",
        "Dr Ina Salt",
    ]
    assert got[5] == (A, "Cora Lyle")
    assert got[6] == (S, None)


def test_captions_credited_for_a_paper_as_photographed_by_or_with_an_image_credit() -> None:
    got = statuses(
        "Photographed for the Lodestar by Ingrid Sowe: students leaving the academy\n\n"
        "The board cancelled the grades.\n\n"
        "Residents holding torches outside the offices; image credit Perpetua Gask, Sentinel\n\n"
        "The council voted on Tuesday.\n\n"
        "The river scene on an easel in the studio, as photographed by Orla Fens of the "
        "Lamplighter\n\n"
        "Florian Acht took this picture of the locked laboratory door for the Quadrant\n\n"
        "The hearing went on."
    )
    assert [status for status, _ in got] == [C, S, C, S, C, C, S]


def test_the_writer_s_verdicts_on_decisions_and_conditions() -> None:
    got = statuses(
        "Shutting the tower was the right decision, but it came a week late. "
        "Saving money on electricity is sensible, yet the dark streets worry people. "
        "Anyone who sold a membership on Friday has some explaining to do. "
        "Unless towers are checked more often, there will be another outbreak. "
        "The tower was shut on Monday."
    )
    assert [status for status, _ in got] == [SP, SP, SP, SP, S]
