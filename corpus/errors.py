"""Errors with messages meant for people: every front end shows them as they are."""

from __future__ import annotations


class ClaimQAError(Exception):
    """Base of the errors ClaimQA reports to users instead of a traceback."""


class CorpusError(ClaimQAError):
    """The corpus folder cannot be used as it is (empty, unreadable, not UTF-8 text...)."""
