"""Which body "the council", "the park" or "the estate" means, on text of our own."""

from __future__ import annotations

from tests.test_claim_rules import A, R, statuses


def test_the_council_is_the_body_whose_name_ends_in_council() -> None:
    # A union with "Council" in its name was named last; "the council" is still the council.
    got = statuses(
        "Garnet District Council has been offline for a week.\n\n"
        "Maya Lind, of the Council Workers Union, said staff were using paper.\n\n"
        "The council said it was working with police."
    )
    assert got[2] == (A, "Garnet District Council")


def test_the_park_or_the_estate_is_the_name_the_story_gave_it_in_passing() -> None:
    # Neither name was a source before, nor has a word that marks a body.
    got = statuses(
        "A lion at Brockwell Safari Park has died, the park says.\n\n"
        "Walkers say they were turned away by gamekeepers on the Haverley estate.\n\n"
        "The estate said no one had been threatened. The park said the lion was old."
    )
    assert got[0] == (A, "Brockwell Safari Park")
    assert got[1] == (R, None)
    assert got[2] == (A, "the Haverley estate")
    assert got[3] == (A, "Brockwell Safari Park")


def test_a_described_body_keeps_its_description_when_no_name_has_its_words() -> None:
    # "the county health department" is not the state's Department of Health.
    got = statuses(
        "The Marlow State Department of Health inspected the plant.\n\n"
        "Wells were tested, the county health department said."
    )
    assert got[1] == (A, "county health department")
