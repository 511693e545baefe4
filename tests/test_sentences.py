"""Sentence and paragraph splitting: offsets, abbreviations, quotes, captions, hostile input."""

from __future__ import annotations

import itertools
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.records import Document, Sentence
from corpus.sentences import paragraph_spans, quote_spans, split_sentences

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus/documents/freedom-of-russia-legion.txt"


def split(text: str) -> list[Sentence]:
    return split_sentences(Document("t.txt", "t", text))


def texts(text: str) -> list[str]:
    return [s.text for s in split(text)]


def check_offsets(text: str, sents: list[Sentence]) -> None:
    for n, s in enumerate(sents):
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip() and s.text
        assert s.index == n
    assert [s.start for s in sents] == sorted(s.start for s in sents)
    assert all(a.end <= b.start for a, b in itertools.pairwise(sents))


def test_seed_paragraphs_captions_and_quotes() -> None:
    text = SEED.read_text(encoding="utf-8")
    sents = split(text)
    check_offsets(text, sents)
    got = [s.text for s in sents]
    assert got[:2] == ["Pro-Ukraine Russian fighters?", "Yes, they do exist."]
    # A dangling "Source:" stays in its caption sentence; the credit line is its own paragraph.
    caption = next(s for s in sents if s.text.endswith("(NEXTA). Source:"))
    credit = sents[caption.index + 1]
    assert credit.text.endswith("(NEXTA/Twitter)") and credit.paragraph == caption.paragraph + 1
    assert "“On the front line." in got
    assert "They are fighting very well." in got
    assert any(t.endswith("Arestovich said.") and t.startswith("There are") for t in got)
    assert "Pro-Ukraine Russian Fighters Capture Pro-Russia Ukrainian Fighters" in got
    assert len(sents) == 46


def test_abbreviations_initials_decimals() -> None:
    got = texts(
        "Mr. Smith met Dr. Jones and Gen. Lee at 9 a.m. on Jan. 5 in the U.S. capital. "
        "He paid 3.5 million, i.e. a lot, e.g. more than No. 2 did. "
        "J. R. R. Tolkien wrote it. Lt. Col. Ray agreed."
    )
    assert got == [
        "Mr. Smith met Dr. Jones and Gen. Lee at 9 a.m. on Jan. 5 in the U.S. capital.",
        "He paid 3.5 million, i.e. a lot, e.g. more than No. 2 did.",
        "J. R. R. Tolkien wrote it.",
        "Lt. Col. Ray agreed.",
    ]


def test_initialism_ends_a_sentence_before_an_opener() -> None:
    assert texts("They flew to the U.S. The talks began at 9 a.m. He left.") == [
        "They flew to the U.S.",
        "The talks began at 9 a.m.",
        "He left.",
    ]


def test_quotes_and_speech_tags() -> None:
    got = texts(
        "“They are fighting very well.” Arestovich said. “It works,” he added. "
        "“Really?” she asked. “Yes!” The crowd cheered."
    )
    assert got == [
        "“They are fighting very well.” Arestovich said.",
        "“It works,” he added.",
        "“Really?” she asked.",
        "“Yes!”",
        "The crowd cheered.",
    ]


def test_speech_tag_only_after_a_quotation_that_opened_the_sentence() -> None:
    # After a quote inside a sentence, "He asked ..." starts a new sentence, not a tag.
    assert texts('Mayor Walker said the town "is gone." He asked for help. "Go." Lee said.') == [
        'Mayor Walker said the town "is gone."',
        "He asked for help.",
        '"Go." Lee said.',
    ]


def test_time_of_day_ends_a_sentence_unless_a_day_or_zone_follows() -> None:
    assert texts("It hit after 8 p.m. Preliminary data followed. Doors open 9 a.m. Friday.") == [
        "It hit after 8 p.m.",
        "Preliminary data followed.",
        "Doors open 9 a.m. Friday.",
    ]


def test_a_time_that_names_a_service_does_not_end_a_sentence() -> None:
    assert texts(
        "The 6.42 p.m. Tarnside Railways service was late. It left after 8 p.m. Then"
    ) == [
        "The 6.42 p.m. Tarnside Railways service was late.",
        "It left after 8 p.m.",
        "Then",
    ]


def test_ellipses_and_em_dashes() -> None:
    assert texts("Wait... The door opened… and he left. It was late — very late. Done") == [
        "Wait...",
        "The door opened… and he left.",
        "It was late — very late.",
        "Done",
    ]


def test_line_per_paragraph_but_wrapped_prose_joins() -> None:
    text = (
        "A Title Line\n"
        "Photo caption here (Reuters)\n\n"
        "This is a long paragraph of prose that was hard wrapped at seventy\n"
        "characters by an old editor, and it continues on this line.\n"
    )
    sents = split(text)
    assert [s.paragraph for s in sents] == [0, 1, 2]
    assert sents[2].text.startswith("This is") and sents[2].text.endswith("this line.")
    assert paragraph_spans(text)[2] == (sents[2].start, sents[2].end)


def test_caption_credit_stays_with_caption() -> None:
    assert texts("A man rows a boat in Lugo. Photo: AP") == [
        "A man rows a boat in Lugo. Photo: AP"
    ]
    assert texts("Volunteers clear mud. (Getty Images)") == [
        "Volunteers clear mud. (Getty Images)"
    ]


def test_quote_spans_pair_curly_and_toggle_straight() -> None:
    assert quote_spans("a “b” c ”d “e") == [(2, 5), (11, 13)]
    assert quote_spans('say "hi" and "bye') == [(4, 8), (13, 17)]
    assert quote_spans("") == []


def test_empty_and_blank() -> None:
    assert split("") == []
    assert split("\n\n  \t\n") == []


def test_huge_paragraph_without_punctuation_is_one_sentence() -> None:
    text = "word " * 200_000
    sents = split(text)
    assert len(sents) == 1 and sents[0].end == len(text.rstrip())


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_offsets_always_slice_back(text: str) -> None:
    check_offsets(text, split(text))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab .?!”“"\n\u202e\x00🎉…AB—(),:'))))
def test_punctuation_soup_never_raises(text: str) -> None:
    sents = split(text)
    check_offsets(text, sents)
    assert all(s.paragraph >= 0 for s in sents)


def test_a_numbered_step_keeps_its_number() -> None:
    doc = Document("s.txt", "T", "T\n\n1. Unplug the kettle. Wait.\n\n2024. A year of change.")
    got = [s.text for s in split_sentences(doc)][1:]
    assert got == ["1. Unplug the kettle.", "Wait.", "2024.", "A year of change."]


def test_a_spaced_ellipsis_leaves_words_out_and_ends_nothing() -> None:
    text = "T\n\n“In ten years … I never missed a day,” she said. Then… Nothing."
    doc = Document("s.txt", "T", text)
    got = [s.text for s in split_sentences(doc)][1:]
    assert got == ["“In ten years … I never missed a day,” she said.", "Then…", "Nothing."]
