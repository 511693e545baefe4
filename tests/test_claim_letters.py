"""A letters page: each letter is its signer's, on pages of our own."""

from __future__ import annotations

from corpus.claims import annotate
from corpus.records import ClaimStatus, Document
from corpus.sentences import split_sentences
from tests.test_claim_rules import A, R, S, U

PAGE = (
    "Your letters: the ferry timetable and a lost dog\n\n"
    "Letter of the week\n\n"
    "Since the spring the 7.40 ferry has left late on most mornings. "
    "I gather the operator has known about the fault for months. "
    "Why does nobody fix it?\n\n"
    "Dr Tobias Wrenfield-Abara, Harbour Row, Kessock\n\n"
    "Editor’s note: Mr Wrenfield-Abara’s count of late sailings is his own, and the Gazette "
    "could not verify it. Kessock Ferries told the Gazette the fault would be fixed in June.\n\n"
    "Our dog slipped her lead on the beach on Sunday. A boy carried her home. "
    "He deserves a medal.\n\n"
    "Name and address supplied\n\n"
    "The councillor who wrote last week is wrong about the car park. "
    "It was never free.\n\n"
    "Marisol Penhaligon, cabinet member for transport, Kessock Borough Council\n\n"
    "Write to the Letters Desk, 4 Quay Street, Kessock. Letters may be edited for length."
)


def statuses(text: str) -> list[tuple[ClaimStatus, str | None]]:
    """Each sentence's status and source, the title's included."""
    return [(s.status, s.source) for s in annotate(split_sentences(Document("l.txt", "", text)))]


def test_every_sentence_of_a_letter_is_its_signer_s_and_a_signature_claims_nothing() -> None:
    got = statuses(PAGE)
    assert got[2:5] == [(A, "Tobias Wrenfield-Abara")] * 3  # the question and the guess too
    assert got[5] == (S, None)  # the signature line
    assert got[1] == (S, None)  # the heading
    assert got[8:11] == [(R, None)] * 3  # a reader whose name is withheld
    assert got[12:14] == [(A, "Marisol Penhaligon")] * 2
    assert got[15:17] == [(S, None)] * 2  # the page's own footer and its house rule


def test_an_editor_s_note_quotes_and_doubts_as_the_outlet() -> None:
    got = statuses(PAGE)
    assert got[6][0] == U
    assert str(got[6][1]).endswith("Tobias Wrenfield-Abara")
    assert got[7] == (A, "Kessock Ferries")


def test_signed_paragraphs_outside_a_letters_page_are_no_letters() -> None:
    got = statuses(
        "Ferry delays anger commuters\n\n"
        "Since the spring the 7.40 ferry has left late on most mornings.\n\n"
        "Tobias Wrenfield-Abara, Harbour Row\n\n"
        "Commuters want answers."
    )
    assert all(status is not ClaimStatus.ATTRIBUTED for status, _ in got)
