"""Pure rendering: badges, escaping, and splitting under Telegram's limit without breaking tags."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.htmltext import MESSAGE_LIMIT, escape, split_html, to_plain, utf16_len
from bot.keyboards import (
    CALLBACK_LIMIT,
    AnswerCache,
    MoreButton,
    ParagraphButton,
    answer_keyboard,
    more_data,
    paragraph_data,
    parse_callback,
)
from bot.render import (
    BADGES,
    badge,
    render_answer,
    render_help,
    render_paragraph,
    render_plain,
    render_sources,
)
from bot.render_admin import (
    format_duration,
    render_reload_failed,
    render_reload_report,
)
from corpus.records import Chunk, ClaimStatus, PassageClaim, Sentence
from retrieval.records import Answer, DocumentStats, Hit, ReloadReport
from tests.fake_bot_rules import ApiError, check_html


def claim(
    status: ClaimStatus, source: str | None = None, *qualifiers: ClaimStatus
) -> PassageClaim:
    return PassageClaim(status, source, (), tuple(qualifiers), "label")


def chunk(text: str, *, chunk_id: int = 0, title: str = "A <title> & more", **kw: object) -> Chunk:
    the_claim = kw.get("claim", claim(ClaimStatus.STATED))
    caveat = kw.get("caveat")
    sentence = Sentence("doc.txt", 0, 2, 0, len(text), text, caveat=caveat)  # type: ignore[arg-type]
    return Chunk(chunk_id, "doc.txt", title, 2, 0, len(text), text, (sentence,), the_claim)  # type: ignore[arg-type]


def answer(*texts: str, question: str = "Who vets?", notice: str | None = None) -> Answer:
    hits = tuple(Hit(i + 1, 0.8 - i / 100, chunk(t, chunk_id=i)) for i, t in enumerate(texts))
    return Answer(question, bool(hits), hits, "f" * 64, notice)


def assert_valid(parts: list[str]) -> None:
    for part in parts:
        assert utf16_len(part) <= MESSAGE_LIMIT
        check_html(part)  # raises ApiError on anything Telegram would reject


@pytest.mark.parametrize(
    ("the_claim", "expected"),
    [
        (claim(ClaimStatus.STATED), "🟢 Stated by the article"),
        (
            claim(ClaimStatus.ATTRIBUTED, "the Ukrainian Defense Ministry"),
            "🟡 Claimed by the Ukrainian Defense Ministry",
        ),
        (
            claim(ClaimStatus.ATTRIBUTED, "Ukrainian Defense Ministry"),
            "🟡 Claimed by the Ukrainian Defense Ministry",
        ),
        (
            claim(ClaimStatus.ATTRIBUTED, "Ukrainian Presidential Adviser Aleksey Arestovich"),
            "🟡 Claimed by Ukrainian Presidential Adviser Aleksey Arestovich",
        ),
        (claim(ClaimStatus.ATTRIBUTED, "CNN"), "🟡 Claimed by CNN"),
        (
            claim(ClaimStatus.ATTRIBUTED, "The trust's chief executive, Dr Alan Reeve"),
            "🟡 Claimed by the trust's chief executive, Dr Alan Reeve",
        ),
        (
            claim(ClaimStatus.ATTRIBUTED, "Ann Marsh, a spokeswoman for the Interior Ministry"),
            "🟡 Claimed by Ann Marsh, a spokeswoman for the Interior Ministry",
        ),
        (
            claim(ClaimStatus.ATTRIBUTED, "Ministry of Defence"),
            "🟡 Claimed by the Ministry of Defence",
        ),
        (claim(ClaimStatus.ATTRIBUTED), "🟡 Claimed by a named source"),
        (claim(ClaimStatus.REPORTED), "🟠 Reported by unnamed sources"),
        (claim(ClaimStatus.UNCONFIRMED), "🔴 The article says it cannot confirm this"),
        (claim(ClaimStatus.SPECULATIVE), "⚪ Author's speculation"),
        (claim(ClaimStatus.CAPTION), "📷 Photo caption"),
        (
            claim(ClaimStatus.ATTRIBUTED, "Arestovich", ClaimStatus.UNCONFIRMED),
            "🟡 Claimed by Arestovich · partly unconfirmed",
        ),
        (
            claim(ClaimStatus.STATED, None, ClaimStatus.SPECULATIVE, ClaimStatus.CAPTION),
            "🟢 Stated by the article · partly speculation · includes a photo caption",
        ),
    ],
)
def test_badges_read_at_a_glance(the_claim: PassageClaim, expected: str) -> None:
    assert badge(the_claim) == expected


def test_every_status_has_a_badge_in_the_help_legend() -> None:
    help_text = "".join(render_help())
    for status in ClaimStatus:
        emoji, meaning = BADGES[status]
        assert f"{emoji} {escape(meaning)}" in help_text
    assert "/ask Who vets the people who want to join?" in help_text
    assert_valid(render_help())


def test_answer_quotes_passages_and_escapes_corpus_and_user_text() -> None:
    hostile = 'Say <script>alert("x")</script> & <b>bold</b>'
    source = "Kyiv <Post> & Co"
    hit = Hit(
        1,
        0.9,
        chunk(hostile, claim=claim(ClaimStatus.ATTRIBUTED, source), caveat="we <cannot> confirm"),
    )
    parts = render_answer(
        Answer("q", True, (hit,), "v", "Your <question> was long"), asked="<b>x</b> & y?"
    )
    assert_valid(parts)
    text = "".join(parts)
    assert "&lt;b&gt;x&lt;/b&gt; &amp; y?" in text
    assert "<blockquote>Say &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in text
    assert "Claimed by Kyiv &lt;Post&gt; &amp; Co" in text
    assert "we &lt;cannot&gt; confirm" in text
    assert "Your &lt;question&gt; was long" in text
    assert "A &lt;title&gt; &amp; more" in text
    assert "<b>x</b>" not in text and "<script>" not in text


def test_plain_text_variant_has_no_markup() -> None:
    hit = Hit(1, 0.5, chunk("Fish & <chips>.", claim=claim(ClaimStatus.REPORTED)))
    text = render_plain(Answer("q", True, (hit,), "v"), asked="<b>q</b>")
    assert "🔎 <b>q</b>" in text  # the question exactly as typed
    assert "  │ Fish & <chips>." in text
    assert "🟠 Reported by unnamed sources" in text
    assert "<blockquote>" not in text and "&amp;" not in text


def test_a_weak_best_match_is_said_to_be_one() -> None:
    weak = answer("The port reopened.")
    weak = Answer(weak.question, True, (Hit(1, 0.3, weak.hits[0].chunk),), weak.index_version)
    assert "Weak match" in render_answer(weak)[0]
    assert "Weak match" in render_plain(weak)
    assert "Weak match" not in render_answer(answer("The port reopened."))[0]


def test_not_found_is_plain_and_points_to_help() -> None:
    parts = render_answer(Answer("What is the capital of France?", False, (), "v"))
    assert_valid(parts)
    assert "I couldn't find that in the corpus" in parts[0]
    assert "/help" in parts[0]
    assert "<blockquote>" not in parts[0]


def test_pages_number_passages_by_rank() -> None:
    many = answer(*(f"Passage number {i}." for i in range(7)))
    second = "".join(render_answer(many, start=3, count=3))
    assert "passages 4–6 of 7" in second
    assert "<b>4.</b>" in second and "Passage number 5." in second
    assert "Passage number 0." not in second


def test_long_answers_split_under_the_limit_between_passages() -> None:
    texts = [f"Sentence {i} of a long passage. " * 60 for i in range(6)]
    parts = render_answer(answer(*texts), count=6)
    assert len(parts) > 1
    assert_valid(parts)
    # Each passage is ~2,000 characters, so no passage needs cutting: every quote stays whole.
    for part in parts:
        assert part.count("<blockquote>") == part.count("</blockquote>")
    joined = to_plain("\n".join(parts))
    for i in range(6):
        assert f"Sentence {i} of a long passage." in joined


def test_one_huge_paragraph_is_cut_inside_the_quote_and_reopened() -> None:
    text = "Word & <more> words, " * 900  # ~19k characters once escaped
    parts = render_paragraph(chunk("words,"), text)
    assert len(parts) >= 4
    assert_valid(parts)
    for part in parts[1:]:
        assert part.startswith("<blockquote>")


def test_paragraph_highlights_the_passage() -> None:
    passage = chunk("The middle sentence.")
    parts = render_paragraph(passage, "First one. The middle sentence. Last one.")
    assert "First one. <b>The middle sentence.</b> Last one." in parts[0]
    assert "paragraph 3" in parts[0]


def test_sources_and_reload_reports_render() -> None:
    docs = [DocumentStats("a/<x>.txt", "Title & co", 12, (("stated", 8), ("attributed", 4)))]
    text = "".join(render_sources(docs))
    assert "Title &amp; co" in text and "a/&lt;x&gt;.txt" in text
    assert "12 sentences: 🟢 8 stated, 🟡 4 attributed" in text
    report = ReloadReport(True, ("new.txt",), (), ("old.txt",), 42, 1.234, "abcdef" * 10)
    text = "".join(render_reload_report(report))
    assert "Documents added: 1 (new.txt)" in text
    assert "Documents removed: 0" in text and "Documents modified: 1 (old.txt)" in text
    assert "Passages: 42" in text and "1.2 s" in text
    failed = "".join(render_reload_failed("bad.txt is not UTF-8 <text>"))
    assert "bad.txt is not UTF-8 &lt;text&gt;" in failed and "still answering" in failed


def test_duration_format() -> None:
    assert format_duration(3) == "3s"
    assert format_duration(3_723) == "1h 2m 3s"
    assert format_duration(90_061) == "1d 1h 1m 1s"


def test_callback_data_round_trips_and_fits() -> None:
    version = "0123456789abcdef" * 4
    assert parse_callback(more_data("AbC-_d12", 3)) == MoreButton("AbC-_d12", 3)
    assert parse_callback(paragraph_data(version, 123456)) == ParagraphButton(
        "0123456789ab", 123456
    )
    for bad in [None, "", "x", "m:", "m:id:", "m:id:-1", "q:id:1", "p::3", "m:id:9999999999"]:
        assert parse_callback(bad) is None
    hits = answer(*(f"p{i}" for i in range(3))).hits
    markup = answer_keyboard(hits, index_version=version, answer_id="AbC-_d12", next_start=3)
    assert markup is not None
    for row in markup.inline_keyboard:
        for button in row:
            assert len(str(button.callback_data).encode()) < CALLBACK_LIMIT


def test_answer_cache_is_bounded_lru() -> None:
    cache = AnswerCache(capacity=2)
    first = cache.remember(answer("a"))
    second = cache.remember(answer("b"))
    assert cache.get(first) is not None  # touching it makes `second` the oldest
    cache.remember(answer("c"))
    assert cache.get(second) is None and cache.get(first) is not None
    assert len(cache) == 2


# -- split_html on arbitrary well-formed HTML ---------------------------------------------------

_WORDS = st.text(alphabet="ab <>&\"'\n  é😀", min_size=0, max_size=40).map(escape)
_TAGS = st.sampled_from(["b", "i", "u", "s", "code", "blockquote", "tg-spoiler"])


def _html(depth: int) -> st.SearchStrategy[str]:
    if depth == 0:
        return _WORDS
    inner = st.lists(_html(depth - 1), min_size=1, max_size=4).map("".join)
    tagged = st.tuples(_TAGS, inner).map(lambda t: f"<{t[0]}>{t[1]}</{t[0]}>")
    link = inner.map(lambda s: f'<a href="https://example.org/?a=1&amp;b=2">{s}</a>')
    return st.one_of(_WORDS, tagged, link)


def _normalised(text: str) -> str:
    return re.sub(r"\s+", "", text)


@settings(max_examples=300, deadline=None)
@given(st.lists(_html(3), min_size=1, max_size=12).map("".join), st.integers(200, 600))
def test_split_never_breaks_tags_or_entities_and_keeps_all_text(html: str, limit: int) -> None:
    parts = split_html(html, limit)
    for part in parts:
        assert utf16_len(part) <= limit
    # check_html parses like Telegram: it rejects broken tags and returns the visible text.
    visible = "".join(check_html(part) for part in parts)
    assert _normalised(visible) == _normalised(check_html(html))


@settings(max_examples=300, deadline=None)
@given(st.lists(_html(2), min_size=0, max_size=4).map("".join))
def test_a_whole_message_is_kept_exactly_when_it_shows_some_text(html: str) -> None:
    # The fast path for a message that fits decides visibility without the HTML parser.
    assert split_html(html) == ([html.strip()] if to_plain(html).strip() else [])


def test_split_prefers_paragraph_breaks() -> None:
    paragraphs = [f"<b>Para {i}</b> " + "x" * 300 for i in range(20)]
    parts = split_html("\n\n".join(paragraphs), 1000)
    assert all(part.startswith("<b>Para") for part in parts)


def test_split_cuts_a_single_overlong_word_and_entities_stay_whole() -> None:
    word = "&amp;" + "y" * 5000 + "&lt;"
    parts = split_html(f"<i>{word}</i>", 1000)
    assert len(parts) == 6
    assert_valid(parts)
    assert to_plain("".join(parts)) == "&" + "y" * 5000 + "<"


def test_check_html_rejects_what_telegram_rejects() -> None:
    for bad in ["<b>x", "a < b", "Tom & Jerry", "<div>x</div>", "<b><i>x</b></i>"]:
        with pytest.raises(ApiError):
            check_html(bad)
