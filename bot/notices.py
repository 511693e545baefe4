"""Short notes for the reliability paths: too many questions, no text, a reload already running.

Pure rendering, like :mod:`bot.render`: plain strings in Telegram HTML, nothing from the user.
"""

from __future__ import annotations


def render_rate_limited(retry_in: int) -> list[str]:
    """Render the friendly note for a question over the per-user rate limit.

    Args:
        retry_in: whole seconds until the next question would be answered.
    """
    return [f"You're asking faster than I can read — try again in {retry_in} s."]


def render_text_only() -> list[str]:
    """Render the hint for a private message without text (a sticker, a photo, a voice note)."""
    return ["I can only read text. Type your question, or send /help to see what I can do."]


def render_reload_queued() -> list[str]:
    """Render the reply to /reload while another reload is still running."""
    return [
        "🔄 A reload is already running; yours starts when it finishes. "
        "I keep answering from the current index meanwhile."
    ]


def render_reload_crashed() -> list[str]:
    """Render a reload that failed unexpectedly (not a corpus or index problem)."""
    return [
        "❌ Reload failed unexpectedly; the details are in the bot's log.\n"
        "The previous index is still answering questions."
    ]
