"""The fact-checker views shared by the Telegram handlers and the console chat."""

from __future__ import annotations

from bot.render_claims import render_claims, render_claims_usage, render_sources_list, render_who
from corpus.records import ClaimStatus
from corpus.sources import find_sources
from retrieval.service import Answerer


def who_view(answerer: Answerer, query: str) -> list[str]:
    """/who: the named sources with claim counts, or every claim of the sources matching."""
    groups = answerer.sources()
    query = query.strip()
    if not query:
        return render_sources_list(groups)
    return render_who(query, find_sources(groups, query), answerer.titles())


def claims_view(answerer: Answerer, argument: str) -> list[str]:
    """/claims STATUS: the claims of one status, or usage when the status is unknown."""
    wanted = argument.strip().lower()
    if wanted not in set(ClaimStatus):
        return render_claims_usage()
    status = ClaimStatus(wanted)
    return render_claims(status, answerer.claims(status), answerer.titles())
