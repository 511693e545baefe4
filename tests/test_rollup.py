"""Rolling sentence statuses up into a passage claim."""

from __future__ import annotations

from corpus.records import ClaimStatus, Sentence
from corpus.rollup import roll_up


def sent(
    text: str,
    status: ClaimStatus = ClaimStatus.STATED,
    source: str | None = None,
    cues: tuple[str, ...] = (),
    caveat: str | None = None,
) -> Sentence:
    return Sentence("d", 0, 0, 0, len(text), text, status, source, cues, caveat)


def test_all_stated() -> None:
    claim = roll_up([sent("The sky is blue."), sent("Grass is green.")])
    assert claim.status is ClaimStatus.STATED
    assert (claim.source, claim.cues, claim.qualifiers) == (None, (), ())
    assert claim.label == "stated by the article"


def test_attributed_majority_with_caveat_is_partly_unconfirmed() -> None:
    claim = roll_up(
        [
            sent(
                "He also noted that the slogan has spread throughout Russia.",
                ClaimStatus.ATTRIBUTED,
                "Aleksey Arestovich",
                ("He also noted",),
                caveat="We cannot confirm this.",
            ),
            sent("We cannot confirm this.", ClaimStatus.UNCONFIRMED, cues=("cannot confirm",)),
        ]
    )
    assert claim.status is ClaimStatus.ATTRIBUTED
    assert claim.source == "Aleksey Arestovich"
    assert claim.qualifiers == (ClaimStatus.UNCONFIRMED,)
    assert claim.cues == ("He also noted",)
    assert claim.label == "attributed to Aleksey Arestovich, partly unconfirmed"


def test_tie_goes_to_the_weaker_vouched_status() -> None:
    claim = roll_up(
        [sent("abcd", ClaimStatus.STATED), sent("wxyz", ClaimStatus.SPECULATIVE, cues=("may",))]
    )
    assert claim.status is ClaimStatus.SPECULATIVE
    assert claim.qualifiers == (ClaimStatus.STATED,)
    assert claim.label == "the author's speculation, partly stated by the article"


def test_most_characters_win_and_source_is_most_frequent() -> None:
    claim = roll_up(
        [
            sent("Short.", ClaimStatus.ATTRIBUTED, "Kremlin", ("the Kremlin said",)),
            sent(
                "A much longer reported sentence here.", ClaimStatus.REPORTED, cues=("reportedly",)
            ),
            sent("Tiny.", ClaimStatus.ATTRIBUTED, "Kremlin", ("the Kremlin said",)),
            sent("Tiny.", ClaimStatus.ATTRIBUTED, "Pentagon", ("the Pentagon said",)),
        ]
    )
    assert claim.status is ClaimStatus.REPORTED
    assert claim.source == "Kremlin"
    assert claim.qualifiers == (ClaimStatus.ATTRIBUTED,)
    assert claim.label == "reported (unnamed sources), partly attributed to Kremlin"


def test_cues_deduplicated_in_order() -> None:
    claim = roll_up(
        [
            sent("“A.", ClaimStatus.ATTRIBUTED, "Jones", ("Jones said",)),
            sent("B,” Jones said.", ClaimStatus.ATTRIBUTED, "Jones", ("Jones said",)),
            sent("C.", ClaimStatus.ATTRIBUTED, "Jones", ("he added",)),
        ]
    )
    assert claim.cues == ("Jones said", "he added")


def test_caption_and_empty() -> None:
    claim = roll_up([sent("Members of the legion (NEXTA/Twitter)", ClaimStatus.CAPTION)])
    assert (claim.status, claim.label) == (ClaimStatus.CAPTION, "photo caption")
    assert roll_up([]).status is ClaimStatus.STATED
