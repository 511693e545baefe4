"""Claim rules first needed for held-out sets 91 to 94, each pinned on text of our own."""

from __future__ import annotations

from tests.test_claim_rules import A, S, statuses


def test_a_firm_that_has_told_people_to_do_something_acts_and_does_not_speak() -> None:
    got = statuses(
        "Larkfield Toys has told parents to stop using its Skimmer scooter at once.\n\n"
        "Ostrey Buses tells 90 drivers to reapply for their jobs\n\n"
        "Larkfield Toys told the Courier that the fault affected one batch.\n\n"
        "Judge Ann Pell told jurors not to discuss the case with their families."
    )
    assert [status for status, _ in got] == [S, S, A, A]
