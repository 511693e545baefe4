"""Pure rendering of the fact-checker views: /who, /claims, and editors' verdicts.

Claims are listed by source (/who) or by status (/claims); an editor's verdict is shown beside
any quoted passage that holds the claim it judges.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from bot.htmltext import escape, shorten, split_html
from corpus.records import ClaimStatus, Sentence, Verdict
from corpus.sources import SourceClaims

MAX_LISTED = 25
"""Claims listed in one reply; the CLI (`claimqa who`, `claimqa claims`) lists them all."""
CLAIM_CHARS = 400

VERDICT_EMOJI = {
    "verified": "✅",
    "mostly true": "☑️",
    "misleading": "⚠️",
    "disputed": "⚖️",
    "unproven": "❔",
    "false": "❌",
}

STATUS_EMOJI = {
    ClaimStatus.STATED: "🟢",
    ClaimStatus.ATTRIBUTED: "🟡",
    ClaimStatus.REPORTED: "🟠",
    ClaimStatus.UNCONFIRMED: "🔴",
    ClaimStatus.SPECULATIVE: "⚪",
    ClaimStatus.CAPTION: "📷",
}


def render_verdict(verdict: Verdict) -> str:
    """One line (HTML) for an editor's verdict: rating, note, and a link when there is one."""
    emoji = VERDICT_EMOJI.get(verdict.rating, "⚖️")
    line = f"{emoji} <b>Editors' verdict: {escape(verdict.rating.capitalize())}</b>"
    if verdict.note:
        line += f" — {escape(verdict.note)}"
    if verdict.url:
        line += f' (<a href="{escape(verdict.url)}">source</a>)'
    return line


def verdict_lines(sentences: Sequence[Sentence]) -> list[str]:
    """The verdict lines of a passage's sentences, quoting which claim each is about."""
    return [
        f"{render_verdict(s.verdict)}\n   on “{escape(shorten(s.verdict.claim, 120))}”"
        for s in sentences
        if s.verdict
    ]


def _claim(sentence: Sentence, titles: Mapping[str, str]) -> str:
    emoji = STATUS_EMOJI[sentence.status]
    title = titles.get(sentence.doc_id, sentence.doc_id)
    lines = [
        f"{emoji} <i>{escape(str(sentence.status))}</i> · 📄 <i>{escape(title)}</i>",
        f"<blockquote>{escape(shorten(sentence.text, CLAIM_CHARS))}</blockquote>",
    ]
    if sentence.caveat:
        lines.append(f"⚠️ <i>The article adds: “{escape(shorten(sentence.caveat, 200))}”</i>")
    lines.extend(verdict_lines([sentence]))
    return "\n".join(lines)


def _listed(sentences: Sequence[Sentence], titles: Mapping[str, str], more_hint: str) -> str:
    shown = [_claim(s, titles) for s in sentences[:MAX_LISTED]]
    if len(sentences) > MAX_LISTED:
        shown.append(f"…and {len(sentences) - MAX_LISTED} more. {more_hint}")
    return "\n\n".join(shown)


def render_sources_list(groups: Sequence[SourceClaims]) -> list[str]:
    """Render /who with no argument: every named source with its number of claims."""
    if not groups:
        return ["No claim in the corpus is attributed to a named source."]
    rows = [f"{len(g.sentences):>3} · {escape(g.name)}" for g in groups]
    return split_html(
        "<b>Named sources and their claims</b>\n"
        + "\n".join(rows)
        + "\n\nSend <code>/who NAME</code> to quote a source's claims."
    )


def render_who(
    query: str, matches: Sequence[SourceClaims], titles: Mapping[str, str]
) -> list[str]:
    """Render /who NAME: every claim attributed to the matching sources, quoted with status."""
    if not matches:
        return split_html(
            f"No source in the corpus matches “{escape(shorten(query, 80))}”. "
            "Send /who to list the sources."
        )
    parts = []
    for group in matches:
        also = [a for a in group.aliases if a != group.name]
        aka = f"\n<i>also named: {escape('; '.join(also))}</i>" if also else ""
        parts.append(
            f"🗣 <b>{escape(group.name)}</b> — {len(group.sentences)} claim(s){aka}\n\n"
            + _listed(group.sentences, titles, "The command line lists them all: claimqa who.")
        )
    return split_html("\n\n".join(parts))


def render_claims(
    status: ClaimStatus, sentences: Sequence[Sentence], titles: Mapping[str, str]
) -> list[str]:
    """Render /claims STATUS: the corpus's sentences of one claim status."""
    if not sentences:
        return [f"No sentence of the corpus is {escape(str(status))}."]
    header = f"<b>{len(sentences)} {escape(str(status))} claim(s)</b>\n\n"
    hint = "The command line lists them all: claimqa claims --status " + str(status) + "."
    return split_html(header + _listed(sentences, titles, escape(hint)))


def render_claims_usage() -> list[str]:
    """Render the hint for /claims without a valid status."""
    names = ", ".join(str(s) for s in ClaimStatus)
    return [f"Usage: <code>/claims STATUS</code>, where STATUS is one of: {names}."]
