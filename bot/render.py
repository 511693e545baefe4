"""Pure rendering: service records in, Telegram-HTML messages out (no Telegram client here).

Every function returns a list of messages, each under Telegram's 4,096-unit limit; the console
shows the same messages through :func:`bot.htmltext.to_plain`. Everything that comes from a user
or from the corpus is escaped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.htmltext import escape, shorten, split_html, to_plain
from bot.render_claims import verdict_lines
from corpus.records import Chunk, ClaimStatus, PassageClaim
from retrieval.question import EXAMPLE_QUESTION
from retrieval.records import Answer, DocumentStats, Hit
from retrieval.search import WEAK_MATCH

QUESTION_ECHO_CHARS = 200
CAVEAT_CHARS = 300
WEAK_NOTE = "Weak match: these are the nearest passages, but they may not answer your question."

BADGES: dict[ClaimStatus, tuple[str, str]] = {
    ClaimStatus.STATED: ("🟢", "Stated by the article"),
    ClaimStatus.ATTRIBUTED: ("🟡", "Claimed by a named source"),
    ClaimStatus.REPORTED: ("🟠", "Reported by unnamed sources"),
    ClaimStatus.UNCONFIRMED: ("🔴", "The article says it cannot confirm this"),
    ClaimStatus.SPECULATIVE: ("⚪", "Author's speculation"),
    ClaimStatus.CAPTION: ("📷", "Photo caption"),
}
"""Emoji and meaning of each claim status, as the badge legend shows them."""

QUALIFIERS: dict[ClaimStatus, str] = {
    ClaimStatus.STATED: "partly stated by the article",
    ClaimStatus.ATTRIBUTED: "partly claimed by a named source",
    ClaimStatus.REPORTED: "partly unnamed reports",
    ClaimStatus.UNCONFIRMED: "partly unconfirmed",
    ClaimStatus.SPECULATIVE: "partly speculation",
    ClaimStatus.CAPTION: "includes a photo caption",
}


_DESCRIPTION = re.compile(r",| (?:of|at|for|from|in) ")
# Sources that read better with "the": "Claimed by the Ukrainian Defense Ministry".
_INSTITUTIONS = frozenset(
    {"ministry", "department", "office", "agency", "council", "army", "forces", "government",
     "service", "services", "police", "committee", "commission", "embassy", "military",
     "kremlin", "pentagon", "administration", "parliament", "court", "company", "ministries"}
)  # fmt: skip


def source_name(source: str) -> str:
    """Return a source as it reads after "Claimed by", adding "the" to institutions.

    "Ukrainian Defense Ministry" reads "the Ukrainian Defense Ministry", "The trust's chief
    executive, Dr Alan Reeve" reads "the trust's ...", and a person described by their employer
    ("Ann Marsh, a spokeswoman for the Interior Ministry") keeps her name first.
    """
    words = source.split()
    if not words:
        return source
    if words[0] in {"The", "A", "An"}:
        return words[0].lower() + source[len(words[0]) :]
    if words[0].lower() in {"the", "a", "an"} or not source[:1].isupper():
        return source
    # Only the name itself, not a description after a comma or "of", "at", "for" ...
    name = _DESCRIPTION.split(source, maxsplit=1)[0]
    if any(word.lower().strip(".,'’s") in _INSTITUTIONS for word in name.split()):
        return f"the {source}"
    return source


def badge(claim: PassageClaim) -> str:
    """Return a passage's badge as plain text, e.g. "🟡 Claimed by X · partly unconfirmed".

    Args:
        claim: the passage's rolled-up claim status.

    Returns:
        The emoji, what the status means (naming the source of a claim) and the qualifiers.
    """
    emoji, meaning = BADGES[claim.status]
    if claim.status is ClaimStatus.ATTRIBUTED and claim.source:
        meaning = f"Claimed by {source_name(claim.source)}"
    extras: list[str] = []
    for qualifier in claim.qualifiers:
        text = QUALIFIERS[qualifier]
        if qualifier is ClaimStatus.ATTRIBUTED and claim.source:
            text = f"partly claimed by {source_name(claim.source)}"
        if qualifier != claim.status and text not in extras:
            extras.append(text)
    return " · ".join([f"{emoji} {meaning}", *extras])


def _caveat(chunk: Chunk) -> str | None:
    caveats = [s.caveat for s in chunk.sentences if s.caveat]
    return caveats[0] if caveats else None


def _passage(hit: Hit) -> str:
    chunk = hit.chunk
    lines = [
        f"<b>{hit.rank}.</b> {escape(badge(chunk.claim))}",
        f"<blockquote>{escape(chunk.text.strip())}</blockquote>",
    ]
    caveat = _caveat(chunk)
    if caveat:
        lines.append(f"⚠️ <i>The article adds: “{escape(shorten(caveat, CAVEAT_CHARS))}”</i>")
    lines.extend(verdict_lines(chunk.sentences))
    lines.append(f"📄 <i>{escape(chunk.title)}</i> · match {round(hit.score * 100)}%")
    return "\n".join(lines)


def _echo(question: str) -> str:
    return f"<i>{escape(shorten(question, QUESTION_ECHO_CHARS))}</i>"


def render_answer(
    answer: Answer, *, start: int = 0, count: int = 3, asked: str | None = None
) -> list[str]:
    """Render the passages ``start .. start+count`` of an answer.

    Args:
        answer: the service's answer.
        start: index into ``answer.hits`` of the first passage to show.
        count: how many passages to show.
        asked: the question as the user typed it, echoed (shortened, escaped) so they recognise
            it; the service's cleaned ``answer.question`` when None.

    Returns:
        The messages; a plain "couldn't find" note with a /help hint when nothing was found.
    """
    notes = [answer.notice] if answer.notice else []
    if answer.read_as:
        notes.append("Read " + ", ".join(f"“{a}” as “{b}”" for a, b in answer.read_as) + ".")
    notice = "".join(f"ℹ️ <i>{escape(note)}</i>\n" for note in notes)
    echo = _echo(answer.question if asked is None else asked)
    shown = answer.hits[start : start + count]
    if not answer.question and answer.notice:  # nothing askable was left of the question
        return split_html(f"{notice}Send /help to see what I can answer.")
    if not answer.found or not shown:
        names = ", ".join(f"“{escape(name)}”" for name in answer.missing)
        missing = f"The corpus never mentions {names}. " if names else ""
        if answer.not_given and not names:
            missing = f"Passages touch on it, but none gives {escape(answer.not_given)}. "
        return split_html(
            f"{notice}I couldn't find that in the corpus. {missing}\nYou asked: {echo}\n\n"
            "Try other words, or send /help to see what I can answer."
        )
    first, last = shown[0].rank, shown[-1].rank
    span = f"passage {first}" if first == last else f"passages {first}–{last}"
    header = f"🔎 {echo}\n{notice}<b>{span} of {len(answer.hits)}</b>"
    if answer.hits[0].score < WEAK_MATCH:
        # Near-miss questions in the corpus's own words get through the abstention check.
        header += f"\n⚠️ <i>{WEAK_NOTE}</i>"
    return split_html("\n\n".join([header, *(_passage(hit) for hit in shown)]))


def render_plain(
    answer: Answer, *, shown: int = 3, start: int = 0, asked: str | None = None
) -> str:
    """Render an answer as plain text (console, CLI): the same messages, without markup.

    Args:
        answer: the service's answer.
        shown: how many passages to show.
        start: index into ``answer.hits`` of the first passage to show.
        asked: the question as typed, for the echo (``answer.question`` when None).

    Returns:
        The text, messages separated by a blank line.
    """
    messages = render_answer(answer, start=start, count=shown, asked=asked)
    return "\n\n".join(to_plain(message).strip() for message in messages)


def render_paragraph(chunk: Chunk, paragraph: str) -> list[str]:
    """Render the whole paragraph around a passage, with the passage itself in bold.

    Args:
        chunk: the passage.
        paragraph: the full text of the paragraph it lies in.

    Returns:
        The messages.
    """
    before, found, after = paragraph.partition(chunk.text.strip())
    body = f"{escape(before)}<b>{escape(found)}</b>{escape(after)}" if found else escape(paragraph)
    return split_html(
        f"📄 <b>{escape(chunk.title)}</b>, paragraph {chunk.paragraph + 1}\n"
        f"<blockquote>{body.strip()}</blockquote>\n"
        f"The passage{' (in bold)' if found else ''}: {escape(badge(chunk.claim))}"
    )


def _legend() -> str:
    rows = [f"{emoji} {escape(meaning)}" for emoji, meaning in BADGES.values()]
    return "\n".join(rows)


def render_help(example: str = EXAMPLE_QUESTION) -> list[str]:
    """Render /help: what the bot does, how to read the badges, an example question."""
    return split_html(
        "<b>ClaimQA</b> answers questions about a collection of news articles. It never makes "
        "up an answer: it <b>quotes</b> the passages that answer you and says who vouches "
        "for each one.\n\n"
        "<b>How to read the badges</b>\n"
        f"{_legend()}\n"
        "A badge may add e.g. “partly unconfirmed” when a passage mixes statuses.\n\n"
        "<b>Try</b>\n"
        f"<code>/ask {escape(example)}</code>\n"
        "In a private chat just type the question. In a group, use /ask, mention me, or reply "
        "to one of my messages.\n\n"
        "<b>Commands</b>\n"
        "/ask QUESTION — search the corpus\n"
        "/sources — the articles I know, with their claim counts\n"
        "/who [NAME] — the named sources, or every claim of one, quoted\n"
        "/claims STATUS — e.g. <code>/claims unconfirmed</code>\n"
        "/status — corpus version, index size, model, uptime\n"
        "/help — this message"
    )


def render_start(example: str = EXAMPLE_QUESTION) -> list[str]:
    """Render the /start greeting followed by the help text."""
    greeting = "👋 Hello! Ask me anything about the news corpus.\n\n"
    return split_html(greeting + "\n\n".join(render_help(example)))


def render_sources(documents: Sequence[DocumentStats]) -> list[str]:
    """Render /sources: every document with its sentence counts by claim status."""
    if not documents:
        return split_html("The corpus is empty.")
    lines = [f"<b>{len(documents)} document(s) in the corpus</b>"]
    for doc in documents:
        counts = ", ".join(
            f"{BADGES[ClaimStatus(status)][0]} {count} {escape(status)}"
            for status, count in doc.by_status
        )
        lines.append(
            f"\n📄 <b>{escape(doc.title)}</b>\n<code>{escape(doc.doc_id)}</code> — "
            f"{doc.sentences} sentences" + (f": {counts}" if counts else "")
        )
    return split_html("\n".join(lines))


def render_ask_usage(example: str = EXAMPLE_QUESTION) -> list[str]:
    """Render the hint for an empty question."""
    return [f"Ask me a question, e.g. <code>/ask {escape(example)}</code>"]


def render_unknown_command() -> list[str]:
    """Render the hint for a command the bot does not know."""
    return ["I don't know that command. Send /help to see what I can do."]


def render_error() -> list[str]:
    """Render the brief apology for an unexpected failure."""
    return ["Sorry, something went wrong on my side. Please try again in a moment."]


def render_stale_button() -> str:
    """Return the short text answering a button that no longer works (no HTML)."""
    return "This button has expired. Please ask the question again."


def render_reloaded_button() -> str:
    """Return the short text answering a button from before a reload (no HTML)."""
    return "The corpus was reloaded since this answer. Please ask again."
