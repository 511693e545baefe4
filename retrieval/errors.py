"""Errors of the retrieval layer, with messages meant for people."""

from __future__ import annotations

from corpus.errors import ClaimQAError


class IndexStoreError(ClaimQAError):
    """An index on disk is missing, stale, corrupt or from another model."""


class IndexMissingError(IndexStoreError):
    """No index has been built in the index folder yet."""
