"""Chunking: whole sentences, never across a paragraph (but a credit line joins its caption)."""

from __future__ import annotations

from pathlib import Path

from corpus.chunking import chunk_document
from corpus.claims import annotate
from corpus.records import Chunk, ClaimStatus, Document
from corpus.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]


def words(text: str) -> int:
    return len(text.split())


def chunked(text: str) -> list[Chunk]:
    """The chunks of ``text`` as one annotated document (its first line is the title)."""
    doc = Document("doc.txt", text.split("\n", 1)[0], text)
    return chunk_document(doc, annotate(split_sentences(doc)), first_id=0, count_tokens=words)


def seed() -> Document:
    text = (ROOT / "corpus/documents/freedom-of-russia-legion.txt").read_text(encoding="utf-8")
    return Document("freedom-of-russia-legion.txt", text.splitlines()[0], text)


def test_one_chunk_per_paragraph_with_claims() -> None:
    doc = seed()
    sents = annotate(split_sentences(doc))
    chunks = chunk_document(doc, sents, first_id=7, count_tokens=words)
    assert [c.chunk_id for c in chunks] == list(range(7, 7 + len(chunks)))
    # Both photo captions come twice, each copy with another credit: one passage each.
    assert len(chunks) == len({s.paragraph for s in sents}) - 2
    assert sum(len(c.sentences) for c in chunks) == len(sents)
    for c in chunks:
        assert c.text == doc.text[c.start : c.end]
        assert c.title == doc.title
        copies = c.claim.status is ClaimStatus.CAPTION
        assert {s.paragraph for s in c.sentences} == (
            {c.paragraph, c.paragraph + 1} if copies else {c.paragraph}
        )
        assert (c.start, c.end) == (c.sentences[0].start, c.sentences[-1].end)
    quote = next(c for c in chunks if c.text.startswith("“On the front line."))
    assert quote.claim.status is ClaimStatus.ATTRIBUTED
    assert quote.claim.source is not None and "Arestovich" in quote.claim.source
    noted = next(c for c in chunks if c.text.startswith("He also noted"))
    assert ClaimStatus.UNCONFIRMED in noted.claim.qualifiers
    caption = next(c for c in chunks if c.text.endswith("(NEXTA/Twitter)"))
    assert caption.claim.label == "photo caption"


def test_long_paragraph_splits_into_sentence_groups_within_budget() -> None:
    body = " ".join(f"Sentence number {n} has exactly seven words." for n in range(10))
    text = f"Title\n\n{body}\n\nShort one."
    doc = Document("d.txt", "Title", text)
    sents = split_sentences(doc)
    chunks = chunk_document(doc, sents, first_id=0, count_tokens=words, max_tokens=15)
    middle = [c for c in chunks if c.paragraph == 1]
    assert [len(c.sentences) for c in middle] == [2, 2, 2, 2, 2]
    assert all(words(c.text) <= 15 for c in middle)
    assert " ".join(c.text for c in middle) == body
    assert [c.chunk_id for c in chunks] == list(range(len(chunks)))


def test_oversized_sentence_stays_whole() -> None:
    long = "Word " + "word " * 49 + "end."
    text = f"Short start. {long} Short end."
    doc = Document("d.txt", "t", text)
    chunks = chunk_document(
        doc, split_sentences(doc), first_id=0, count_tokens=words, max_tokens=10
    )
    assert [c.text for c in chunks] == ["Short start.", long, "Short end."]


def test_empty_document() -> None:
    doc = Document("d.txt", "", "")
    assert chunk_document(doc, [], first_id=3, count_tokens=words) == []


def test_a_credit_on_its_own_line_joins_its_caption_and_no_other() -> None:
    text = (
        "Quake\n\nRescuers dig in Oskara on Tuesday.\n\nPhoto: Lena Brodsky / Reuters\n\n"
        "A strong quake struck before dawn.\n\nA bridge lies in the river.\n\n"
        "Photo: Orbiscan\n\nAftershocks followed."
    )
    chunks = chunked(text)
    texts = [c.text for c in chunks]
    assert texts == [
        "Quake",
        "Rescuers dig in Oskara on Tuesday.\n\nPhoto: Lena Brodsky / Reuters",
        "A strong quake struck before dawn.",
        "A bridge lies in the river.\n\nPhoto: Orbiscan",
        "Aftershocks followed.",
    ]
    assert chunks[1].claim.status is chunks[3].claim.status is ClaimStatus.CAPTION
    assert chunks[1].paragraph == 1 and chunks[3].paragraph == 4  # numbered as written


def test_a_credit_line_above_its_caption_in_the_same_block_joins_it() -> None:
    text = (
        "Delay\n\nThe launch slipped.\n\nHandout photo supplied by Veltor\n"
        "The satellite in a clean room before it was shipped.\n\nShares fell."
    )
    texts = [c.text for c in chunked(text)]
    assert texts == [
        "Delay",
        "The launch slipped.",
        "Handout photo supplied by Veltor\nThe satellite in a clean room before it was shipped.",
        "Shares fell.",
    ]


def test_a_credit_line_in_capitals_joins_its_caption() -> None:
    text = (
        "Harvest\n\nPickers work late.\n\nPickers carry crates up the terraces on Tuesday.\n"
        "PHOTO: MATEO LINDQVIST / VALLORNE REVIEW\n\nPrices rose."
    )
    texts = [c.text for c in chunked(text)]
    caption = "Pickers carry crates up the terraces on Tuesday."
    assert texts[2] == f"{caption}\nPHOTO: MATEO LINDQVIST / VALLORNE REVIEW"


def test_an_interview_answer_joins_the_question_before_it() -> None:
    # A reader asks what the interviewer asked; the passage must hold the answer too.
    text = (
        "Interview: the minister\n\nThe minister spoke to us on Monday.\n\n"
        "Q: Why close the plant early?\n\nA: Because the numbers no longer add up.\n\n"
        "Q: Will you stay on?\n\nQ: Is that a yes?\n\nA: It is."
    )
    chunks = chunked(text)
    assert [c.text for c in chunks][2:] == [
        "Q: Why close the plant early?\n\nA: Because the numbers no longer add up.",
        "Q: Will you stay on?",
        "Q: Is that a yes?\n\nA: It is.",
    ]
    assert [s.paragraph for s in chunks[2].sentences] == [2, 3]  # numbered as written


def test_a_question_heading_and_list_items_join_what_they_introduce() -> None:
    text = (
        "Explainer: the levy\n\nFrom April, every household will pay.\n\n"
        "How much will households pay?\n\nIt depends on the home:\n- 45 euros for a flat\n"
        "- 70 euros for a house\n\nWhy now?\n\n- The dam needs repairs.\n\nThe board says so."
    )
    assert [c.text for c in chunked(text)][2:] == [
        "How much will households pay?\n\nIt depends on the home:\n- 45 euros for a flat\n"
        "- 70 euros for a house",
        "Why now?",
        "- The dam needs repairs.",
        "The board says so.",
    ]


def test_a_caption_copied_with_another_credit_joins_the_first_copy() -> None:
    chunks = chunked(
        "Harbour reopens\n\nBoats return to the harbour after the storm on Sunday. (Coast Press)\n"
        "Boats return to the harbour after the storm on Sunday. (Coast Press/Twitter)\n\n"
        "Divers inspect the damaged pier on Monday morning. (Coast Press)\n\n"
        "Boats return to the harbour after repairs, the council said in its report on Friday."
    )
    texts = [c.text for c in chunks]
    assert texts[1].startswith("Boats return") and texts[1].endswith("(Coast Press/Twitter)")
    assert texts[2].startswith("Divers inspect")  # another caption: another picture
    assert texts[3].startswith("Boats return to the harbour after repairs")  # not a caption
    assert len(chunks) == 4
