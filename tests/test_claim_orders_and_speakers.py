"""Claim rules first needed for held-out sets 91 to 94, each pinned on text of our own."""

from __future__ import annotations

from tests.test_claim_bodies import annotate_title
from tests.test_claim_rules import A, R, S, U, statuses


def test_a_firm_that_has_told_people_to_do_something_acts_and_does_not_speak() -> None:
    got = statuses(
        "Larkfield Toys has told parents to stop using its Skimmer scooter at once.\n\n"
        "Ostrey Buses tells 90 drivers to reapply for their jobs\n\n"
        "Larkfield Toys told the Courier that the fault affected one batch.\n\n"
        "Judge Ann Pell told jurors not to discuss the case with their families."
    )
    assert [status for status, _ in got] == [S, S, A, A]


def test_a_quotation_named_after_it_in_its_own_paragraph_is_the_named_speakers() -> None:
    text = (
        "Mayor Rhian Dove said the pool would reopen in May.\n\n"
        "“I swam here as a boy. Now my grandchildren cannot.” The voice is that of Owain Tarr, "
        "a retired postman, speaking outside the gates.\n\n"
        "“We have waited long enough.” The speaker was Bethan Lusk, who runs the swimming "
        "club.\n\n"
        "“It costs me £9 to get to the next pool.” Ffion Hale, 17, a lifeguard, was the one "
        "talking, on the steps of the leisure centre.\n\n"
        "“Nobody asked us.” Dai Penrose, a parent, had just read the council's letter when he "
        "said that."
    )
    got = statuses(text)
    assert got == [
        (A, "Mayor Rhian Dove"),
        (A, "Owain Tarr"),
        (A, "Owain Tarr"),
        (A, "Owain Tarr"),
        (A, "Bethan Lusk"),
        (A, "Bethan Lusk"),
        (A, "Ffion Hale"),
        (A, "Ffion Hale"),
        (A, "Dai Penrose"),
        (A, "Dai Penrose"),
    ]


def test_an_unnamed_expectation_is_reported_and_a_plea_or_mutual_blame_is_stated() -> None:
    got = statuses(
        "The board is expected to write to every patient.\n\n"
        "The trial is expected to last three weeks.\n\n"
        "Ada Vole, 41, and Ned Pask, 29, deny conspiring to supply cannabis.\n\n"
        "Mill Lane and Rook Street immediately blamed each other for the flood.\n\n"
        "The company denies cutting corners.\n\n"
        "Ned Pask, 29, had admitted being the owner of a dangerous dog."
    )
    assert [status for status, _ in got] == [R, S, S, S, A, S]


def test_hearsay_told_by_its_shape_is_reported() -> None:
    got = statuses(
        "The ferry was doing 20 knots, going by figures passed around among the crew. "
        "Three swans have been hurt since May, by the tally of people walking the towpath. "
        "Rents were the highest in the county, in the experience of several tenants. "
        "The repairs could cost £9,000, if the sums being done at the bar are right. "
        "Two players are, the Lantern gathers, already talking to other clubs. "
        "It has got about in Merrow that the mill will close. "
        "Among staff there is a strong feeling that the move was rushed. "
        "It is common knowledge at the depot that the lorries are old. "
        "Some in the parish are convinced that the sluice was left open. "
        "The pond is held by many anglers to be the deepest in the valley. "
        "The gates are known locally to have jammed twice. "
        "A merger has been floated in private talks among governors. "
        "The bridge reopened on Monday."
    )
    assert [status for status, _ in got] == [R] * 12 + [S]


def test_a_person_known_only_as_the_woman_is_unnamed_unless_a_name_is_given() -> None:
    got = statuses(
        "The prosecutor, Ann Bell, said one buyer, a 34-year-old woman, was taken to hospital.\n\n"
        "In a statement read to the court, the woman said the website called the pens safe.\n\n"
        "The teenager said she had been scared.\n\n"
        "The man who runs the stall, who gave his name only as Tomas, told the Post it was "
        "quiet."
    )
    assert got == [(A, "The prosecutor, Ann Bell"), (R, None), (R, None), (A, "Tomas")]


def test_a_disclaimer_names_its_claimant_as_the_story_first_did() -> None:
    got = statuses(
        "Its spokesman, Colonel Arvid Pell, said a missile fell short.\n\n"
        "Colonel Pell’s account of the missile could not be independently verified."
    )
    assert got == [
        (A, "Its spokesman, Colonel Arvid Pell"),
        (U, "Its spokesman, Colonel Arvid Pell"),
    ]


def test_what_was_not_immediately_clear_is_unconfirmed() -> None:
    got = statuses(
        "It was not immediately clear how many shops had been flooded. "
        "It is not immediately known whether the bridge is safe. "
        "The bridge was closed at noon."
    )
    assert [status for status, _ in got] == [U, U, S]


def test_a_family_speaks_for_itself_and_its_funeral_notice_is_stated() -> None:
    got = statuses(
        "Ada Rook, who ran the Rook Bakery for 40 years, has died aged 81.\n\n"
        "She died on Sunday after a short illness, the Rook family said.\n\n"
        "In their statement, the family said: “Mum loved the bakery. She knew every customer.”"
        "\n\n"
        "The funeral will be on 5 May, and the family has asked for donations instead of "
        "flowers."
    )
    family = (A, "Rook family")
    assert got == [(S, None), family, family, family, (S, None)]


def test_a_headline_naming_who_says_it_is_the_outlet_s_news() -> None:
    named = annotate_title("Larkfield Toys admits hackers took 9,000 customers’ records")
    unnamed = annotate_title("Missile strike hits grain port, officials say")
    assert named == S and unnamed == R


def test_a_speaker_who_says_it_is_not_yet_clear_voices_her_own_doubt() -> None:
    got = statuses(
        "Dr Ada Vole, a zoologist, said the foxes were smaller. She said it was not yet clear "
        "whether the change was genetic.\n\n"
        "The panel said it could not verify her claim."
    )
    assert [status for status, _ in got] == [A, A, U]
