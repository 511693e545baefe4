"""Pure rendering of the administrative replies: /status, /reload and refusals."""

from __future__ import annotations

from collections.abc import Sequence

from bot.htmltext import escape, split_html
from retrieval.records import IndexInfo, ReloadReport


def format_duration(seconds: float) -> str:
    """Return e.g. "2d 3h 4m 5s" for a duration in seconds."""
    total = max(int(seconds), 0)
    days, rest = divmod(total, 86_400)
    hours, rest = divmod(rest, 3_600)
    minutes, secs = divmod(rest, 60)
    units = [(days, "d"), (hours, "h"), (minutes, "m")]
    shown = [f"{value}{unit}" for value, unit in units if value]
    return " ".join([*shown, f"{secs}s"])


def render_status(info: IndexInfo, *, uptime: float) -> list[str]:
    """Render /status: corpus version and hash, index size, model and uptime."""
    return split_html(
        "<b>ClaimQA status</b>\n"
        f"Corpus version: <code>{escape(info.corpus_hash[:12])}</code>\n"
        f"Corpus hash: <code>{escape(info.corpus_hash)}</code>\n"
        f"Index: {info.documents} document{'' if info.documents == 1 else 's'}, "
        f"{info.chunks} passages, {info.sentences} sentences "
        f"({escape(info.index_type)}, {info.dims} dims, built {escape(info.built_at)})\n"
        f"Model: <code>{escape(info.model)}</code>\n"
        f"Uptime: {format_duration(uptime)}"
    )


def render_reload_started() -> list[str]:
    """Render the immediate reply to /reload."""
    return ["🔄 Reloading the corpus… I keep answering from the current index meanwhile."]


def _doc_list(doc_ids: Sequence[str]) -> str:
    return f" ({escape(', '.join(doc_ids))})" if doc_ids else ""


def render_reload_report(report: ReloadReport) -> list[str]:
    """Render what a finished reload changed (and whether the index on disk had to be rebuilt)."""
    repaired = ""
    if report.repaired:
        why = escape(report.repaired)
        repaired = f"⚠️ The index on disk was unusable, so I rebuilt it: {why}\n"
    if not report.changed:
        return split_html(
            f"{repaired}✅ Nothing changed in the corpus; the index is current ({report.chunks} "
            f"passages, {'rebuilt' if repaired else 'checked'} in {report.seconds:.1f} s)."
        )
    return split_html(
        f"{repaired}✅ Reloaded in {report.seconds:.1f} s.\n"
        f"Documents added: {len(report.added)}{_doc_list(report.added)}\n"
        f"Documents removed: {len(report.removed)}{_doc_list(report.removed)}\n"
        f"Documents modified: {len(report.modified)}{_doc_list(report.modified)}\n"
        f"Passages: {report.chunks}\n"
        f"Index version: <code>{escape(report.corpus_hash[:12])}</code>"
    )


def render_reload_failed(message: str) -> list[str]:
    """Render a failed reload: the service's own message; the old index keeps serving."""
    return split_html(
        f"❌ Reload failed: {escape(message)}\nThe previous index is still answering questions."
    )


def render_refusal() -> list[str]:
    """Render the polite refusal of an admin command to a non-admin."""
    return ["Sorry, only the bot's administrators can reload the corpus."]
