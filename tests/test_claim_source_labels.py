"""How a source is shown: the fullest name the story gave it, with its description."""

from __future__ import annotations

from tests.test_claim_rules import A, S, statuses


def test_a_surname_with_a_description_takes_the_full_name_met_before() -> None:
    # Held-out 45: "Quenby, a former housing charity director," after "Marisol Quenby" is she.
    got = statuses(
        "Marisol Quenby has opened a five-point lead in the race. "
        "Quenby, a former housing charity director, has promised free bus travel. "
        "“Families are being priced out,” she told supporters. "
        "Anselm Greaves is standing too. "
        "Greaves, a retired teacher, said he was staying in the race."
    )
    assert got == [
        (S, None),
        (S, None),
        (A, "Marisol Quenby, a former housing charity director"),
        (S, None),
        (A, "Anselm Greaves, a retired teacher"),
    ]
