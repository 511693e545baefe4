"""Property tests: the splitter, annotator and chunker on arbitrary Unicode, and huge inputs.

Whatever the text (control characters, right-to-left scripts, emoji, lone quotes, a megabyte
without punctuation), splitting, annotating and chunking never raise, every offset slices back
to its text, nothing is lost or duplicated, and the work stays linear.
"""

from __future__ import annotations

import itertools
import re
import signal
from collections.abc import Iterator
from contextlib import contextmanager

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from corpus.analysis import analyse_documents
from corpus.captions import is_credit_line
from corpus.chunking import chunk_document
from corpus.claims import annotate
from corpus.records import ClaimStatus, Document, Sentence
from corpus.sentences import paragraph_spans, split_sentences
from retrieval.embedder import Embedder

EXAMPLES = 400
"""Examples per property (hypothesis's default is 100); see docs/reliability.md for totals."""
fuzz = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

NAMES = ["John Kirby", "Arestovich", "the Ukrainian Defense Ministry", "officials", "He", "Police"]
VERBS = ["said", "says", "told CNN", "claimed", "added", "warned", "noted"]
CUES = [
    "according to",
    "reportedly",
    "allegedly",
    "it has been reported that",
    "we cannot confirm",
    "could not be independently verified",
    "will likely",
    "it is not difficult to imagine",
    "(NEXTA/Twitter)",
    "Source:",
    "Photo:",
]
WORDS = ["the", "bridge", "Mr.", "U.S.", "J.", "No.", "5", "2023", "e.g.", "Inc.", "Jan.", "—"]
EXOTIC = [
    "😀", "👩‍👩‍👧", "🇺🇦", "مرحبا بالعالم", "שלום", "\u202e", "\u200b", "\u200d", "e\u0301", "\x00",
    "\x1b[31m", "\ufeff", "記者会見", "İ", "ß", "\u2028", "\x0b", "\x0c", "\x85", "\r", "\t", "ﬁ",
]  # fmt: skip
PUNCT = [".", "!", "?", "…", "...", ",", ";", ":", '"', "“", "”", "«", "»", "'", "’", "(", ")"]
SEPARATORS = [" ", " ", " ", "", "\n", "\n\n", "  ", "\n \n", "\r\n", "\t"]

sentence_like = st.builds(
    lambda who, verb, cue, words, end: f"{who} {verb} {cue} {' '.join(words)}{end}",
    st.sampled_from(NAMES),
    st.sampled_from(VERBS),
    st.sampled_from(CUES),
    st.lists(st.sampled_from(WORDS + EXOTIC), max_size=6),
    st.sampled_from([".", "!", "?", '."', ".”", "…", ""]),
)
token = st.one_of(
    sentence_like,
    st.sampled_from(NAMES + VERBS + CUES + WORDS),
    st.sampled_from(PUNCT),
    st.sampled_from(EXOTIC),
    st.text(max_size=6),
)
newsy_text = st.lists(st.tuples(token, st.sampled_from(SEPARATORS)), max_size=80).map(
    lambda parts: "".join(t + s for t, s in parts)
)
any_text = st.one_of(newsy_text, st.text(max_size=400))
"""News-like text full of cues and odd characters, or any Unicode at all (no surrogates)."""


def words(text: str) -> int:
    """A cheap stand-in for the model's token count (sums over sentences, like word pieces)."""
    return len(text.split())


def assert_sentences_slice_back(text: str, sentences: list[Sentence]) -> None:
    covered: set[int] = set()
    for i, s in enumerate(sentences):
        assert s.index == i
        assert text[s.start : s.end] == s.text
        assert s.text and s.text == s.text.strip()
        covered.update(range(s.start, s.end))
    for before, after in itertools.pairwise(sentences):
        assert before.end <= after.start and before.paragraph <= after.paragraph
    # Nothing is dropped: every visible character lies in exactly one sentence.
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())


@fuzz
@given(any_text)
def test_split_sentences_offsets_always_slice_back(text: str) -> None:
    sentences = split_sentences(Document("doc.txt", "Title", text))
    assert_sentences_slice_back(text, sentences)
    for start, end in paragraph_spans(text):
        assert text[start:end] == text[start:end].strip() != ""


@fuzz
@given(any_text)
def test_annotate_keeps_every_sentence_and_explains_its_status(text: str) -> None:
    sentences = split_sentences(Document("doc.txt", "Title", text))
    annotated = annotate(sentences)
    position = [(s.index, s.paragraph, s.start, s.end, s.text) for s in sentences]
    assert [(a.index, a.paragraph, a.start, a.end, a.text) for a in annotated] == position
    assert annotate(sentences) == annotated  # deterministic
    for sentence in annotated:
        assert isinstance(sentence.status, ClaimStatus)
        if sentence.status is ClaimStatus.ATTRIBUTED:
            assert sentence.source  # "attributed" always names who says it


@fuzz
@given(any_text, st.integers(min_value=1, max_value=40), st.integers(min_value=0, max_value=50))
@example("Arestovich\nPhoto: ", 2, 0)  # a credit line joining its caption (found by the fuzzer)
@example("Photo:\nJohn Kirby ", 7, 0)  # a caption joining the credit line above it (found in CI)
def test_chunks_slice_back_and_lose_nothing(text: str, max_tokens: int, first_id: int) -> None:
    doc = Document("doc.txt", "Title", text)
    annotated = annotate(split_sentences(doc))
    chunks = chunk_document(
        doc, annotated, first_id=first_id, count_tokens=words, max_tokens=max_tokens
    )
    assert [c.chunk_id for c in chunks] == list(range(first_id, first_id + len(chunks)))
    assert [s for c in chunks for s in c.sentences] == annotated
    for chunk in chunks:
        assert text[chunk.start : chunk.end] == chunk.text
        assert (chunk.start, chunk.end) == (chunk.sentences[0].start, chunk.sentences[-1].end)
        assert chunk.paragraph == min(s.paragraph for s in chunk.sentences)
        # A paragraph joins another only as a photo credit under its caption (or a caption under
        # the credit line above it, or a copy of the caption with another credit), an answer
        # under the question it answers (an interview's, or a heading's), or a list item.
        joined = [s for s in chunk.sentences if s.paragraph != chunk.paragraph]
        asked = chunk.sentences[0].text.endswith("?") or chunk.text.startswith(("Q", "Question"))
        first = chunk.sentences[0]
        in_caption = first.status is ClaimStatus.CAPTION
        openers = {s.paragraph: s for s in reversed(joined)}  # each joined paragraph's first
        for s in joined:
            credit = s.status is ClaimStatus.CAPTION and is_credit_line(s.text)
            listed = re.match(r"[-•*–]\s", openers[s.paragraph].text) is not None
            captioned = in_caption and s.status is ClaimStatus.CAPTION
            assert credit or captioned or asked or listed
        if len(chunk.sentences) > 1:  # only a lone over-long sentence may exceed the budget
            assert sum(words(s.text) for s in chunk.sentences) <= max_tokens
        statuses = {s.status for s in chunk.sentences}
        assert chunk.claim.status in statuses
        if any(s.caveat for s in chunk.sentences):  # a later disclaimer marks it unconfirmed
            statuses.add(ClaimStatus.UNCONFIRMED)
        assert set(chunk.claim.qualifiers) <= statuses - {chunk.claim.status}


@settings(max_examples=60, deadline=None)
@given(st.lists(any_text, min_size=1, max_size=4))
def test_analysis_with_the_real_tokenizer_numbers_chunks_by_position(
    embedder: Embedder, texts: list[str]
) -> None:
    documents = [Document(f"d{i}.txt", f"T{i}", t) for i, t in enumerate(texts)]
    analysed = analyse_documents(documents, count_tokens=embedder.count_tokens, max_tokens=64)
    assert [c.chunk_id for c in analysed.chunks] == list(range(len(analysed.chunks)))
    by_doc = {d.doc_id: d.text for d in documents}
    for chunk in analysed.chunks:
        assert by_doc[chunk.doc_id][chunk.start : chunk.end] == chunk.text


# --- huge inputs: linear time, bounded by an alarm rather than a timing assertion --------


@contextmanager
def alarm(seconds: int) -> Iterator[None]:
    """Fail the test if the block runs longer than ``seconds`` (a hang guard, not a benchmark)."""

    def expired(signum: int, frame: object) -> None:
        raise TimeoutError(f"still running after {seconds} s: quadratic or stuck")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


MEGABYTE = 1_000_000
HUGE_PARAGRAPHS = {
    "words without punctuation": "word " * (MEGABYTE // 5),
    "one unbroken token": "x" * MEGABYTE,
    "right-to-left and emoji": "مرحبا بالعالم 😀 שלום " * (MEGABYTE // 21),
    "control characters": "\x00\x01\x1b[31m \u200b" * (MEGABYTE // 8),
    "open quotes": "“he said " * (MEGABYTE // 9),
    "a sentence per line": "It rained. " * (MEGABYTE // 11),
}


def test_megabyte_paragraphs_are_split_annotated_and_chunked(embedder: Embedder) -> None:
    for name, text in HUGE_PARAGRAPHS.items():
        doc = Document("huge.txt", "Huge", text)
        with alarm(120):
            sentences = annotate(split_sentences(doc))
            chunks = chunk_document(
                doc, sentences, first_id=0, count_tokens=embedder.count_tokens, max_tokens=200
            )
        assert sentences, name
        assert all(text[c.start : c.end] == c.text for c in chunks), name
        assert "".join(text.split()) == "".join("".join(s.text.split()) for s in sentences)


def test_many_hard_wrapped_lines_are_read_in_linear_time() -> None:
    # Four megabytes of short lower-case lines form one hard-wrapped paragraph; re-reading the
    # whole paragraph for every line (as the splitter once did) takes minutes here.
    text = "and so on\n" * (4 * MEGABYTE // 10)
    with alarm(60):
        spans = paragraph_spans(text)
        sentences = split_sentences(Document("wrapped.txt", "Wrapped", text))
    assert spans == [(0, len(text) - 1)]
    assert len(sentences) == 1 and sentences[0].end == len(text) - 1
