"""The source phrase after "according to" or "by", as the text gives it.

"according to the trust's chief executive, Dr. Maren Quayle" is Dr. Quayle, introduced so;
"according to its own agent" the agent of the sentence's subject; "according to a study
published Wednesday in the Journal of Aging" a document with the words that identify it.
:mod:`corpus.resolve` then resolves the phrase against the story.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from corpus import claim_cues as cc
from corpus.phrases import Phrase, classify, is_participle
from corpus.tokens import PUNCT, NameBook, Tok, is_quote, token_from
from corpus.verbs import verbish

_DESCRIPTION_TOKENS = 24

_DESCRIPTION_RE = re.compile(
    r"(?:[Tt]he\s+)?(?:[a-z][\w’'-]*\s+){1,3}(?:to|of|at|for)\s+(?:the\s+)?[A-Z]"
)


def apposed_name(masked: str, toks: Sequence[Tok], p: Phrase, book: NameBook) -> Phrase | None:
    """The name set beside a description: "the trust's chief executive, Dr. Maren Quayle"."""
    # "the clerk to the Fenby Harbour Commissioners, Jo Quill": a description with a body's
    # name inside is still a description.
    described = p.kind == "named" and _DESCRIPTION_RE.match(p.text) is not None
    if p.kind not in {"role", "definite", "unnamed"} and not described:
        return None
    k = token_from(toks, p.end)
    # "the ward councillor who raised it at last month's meeting, Eustace Brimley-Hatch.": past
    # the relative clause, a name that closes the sentence.
    relative = k < len(toks) and toks[k].low in {"who", "that"}
    if relative:
        k = next((j for j in range(k, min(k + 16, len(toks))) if toks[j].text == ","), len(toks))
    if k + 1 >= len(toks) or toks[k].text != ",":
        return None
    q = source_after(masked, toks, k + 1, book)
    if q is None:
        return None
    after = token_from(toks, q.end)
    if relative and after < len(toks) - 1:
        return None
    if after < len(toks) and toks[after].text not in PUNCT and not is_quote(toks[after]):
        return None  # "According to the observatory, Mount Karvel has had …": the clause's subject
    return q if q.kind == "named" and q.person else None


OWNER_PRONOUNS = {"its": "it", "their": "they", "his": "he", "her": "she"}
"""A possessive pronoun and the pronoun of its owner ("her report": she)."""
OWNED_RECORDS = cc.DOCUMENT_HEADS | cc.words(
    "website accounts rotas rota catalogue archive archives blog newsletter prospectus brochure "
    "timetable ledger files handbook notice notices rules rulebook constitution"
)
"""What a body keeps or publishes, which speaks for it: "its annual report", "the board's own
staffing rotas", "the group's website"."""


def owner_of(toks: Sequence[Tok], k: int) -> Phrase | None:
    """The pronoun that owns a source ("its own agent", "their website"), to the clause end."""
    if k >= len(toks) or toks[k].low not in OWNER_PRONOUNS:
        return None
    j = k + 1
    while j < len(toks) and toks[j].text not in PUNCT and not is_quote(toks[j]):
        j += 1
    if j == k + 1:
        return None
    head = OWNER_PRONOUNS[toks[k].low]
    return Phrase(
        "pronoun", toks[k].text, head, None, head == "they", toks[k].start, toks[j - 1].end
    )


def according_source(
    masked: str, toks: Sequence[Tok], k: int, book: NameBook
) -> tuple[Phrase | None, str | None]:
    """The source after "according to" at ``toks[k]``, and how the text introduces it.

    "the trust's chief executive, Dr. Maren Quayle" is Dr. Quayle, introduced so; "its own
    agent" is the agent of the sentence's subject ("The Civic Alliance spent …, according to its
    own agent"), or of the body the story last named.
    """
    p = source_after(masked, toks, k, book)
    if p is None or (p.head in OWNED_RECORDS and toks[k].low in OWNER_PRONOUNS):
        p = owner_of(toks, k)
        subject = source_after(masked, toks, 0, book) if p is not None else None
        if p is not None and subject is not None and subject.kind == "named":
            return replace(subject, end=p.end), None
        return p, None
    named = apposed_name(masked, toks, p, book)
    if named is None:
        return p, None
    return named, f"{masked[p.start : p.end]}, {masked[named.start : named.end]}"


def source_after(
    masked: str, toks: Sequence[Tok], k: int, book: NameBook, stops: frozenset[str] = frozenset()
) -> Phrase | None:
    """The source phrase starting at ``toks[k]`` ("according to X", "advised by X to").

    Args:
        masked: the sentence, quotations blanked out.
        toks: its tokens.
        k: the phrase's first token.
        book: the document's proper names.
        stops: words that end the phrase ("to" of "advised by the NHS to").

    Returns:
        The phrase, or ``None``.
    """
    j = k
    while j < len(toks) and j - k < 18:
        t = toks[j]
        if t.text == "." and len(toks[j - 1].text) <= 4 and toks[j - 1].text[:1].isupper():
            j += 1  # "according to Dr. Michael Grandner"
            continue
        acronym = j + 2 < len(toks) and toks[j + 2].text == ")" and toks[j + 1].text.isupper()
        if t.text == "(" and acronym:
            j += 3  # "Scottish and Southern Electricity Networks (SSEN)"
            continue
        if (t.text in PUNCT and t.text not in {"'", "’", "-"}) or is_quote(t):
            break
        if t.low in {"which", "who", "but", "that"} or t.low in stops:
            break
        if j > k and verbish(toks, j) and not (j + 1 < len(toks) and toks[j + 1].low == "by"):
            break  # "a database maintained by ..." goes on: a participle, not a verb
        after_name = j > k and toks[j - 1].text[:1].isupper() and t.text.islower()
        if after_name and t.low.endswith("ed") and toks[j + 1 : j + 2] and toks[j + 1].low != "by":
            break  # "by the Orlin Trust published on Wednesday": the trust, not "Trust published"
        j += 1
    return classify(masked, toks, k, j, book)


def described_document(masked: str, toks: Sequence[Tok], k: int, p: Phrase) -> str | None:
    """A document source with the participle phrase that identifies it, as the text gives it.

    "According to a study published Wednesday in the Journal of Aging, ..." names "a study
    published Wednesday in the Journal of Aging": after a document, "published" or "filed"
    begins a description, not the sentence's verb.

    Args:
        masked: the sentence, quotations blanked out.
        toks: its tokens.
        k: the phrase's first token (after "according to").
        p: the phrase :func:`source_after` found there.

    Returns:
        The longer form, or ``None`` when the text says no more.
    """
    m = next((m for m in range(k, len(toks)) if toks[m].start >= p.end), len(toks))
    if m == len(toks) or not is_participle(toks[m]):
        return None
    end = m + 1
    while end < len(toks) and end - k < _DESCRIPTION_TOKENS:
        t = toks[end]
        if (t.text in PUNCT and t.text not in {"'", "’", "-"}) or is_quote(t):
            break
        joins_name = t.low == "and" and end + 1 < len(toks) and toks[end + 1].text[:1].isupper()
        if (t.low in {"which", "who", "that", "and", "but"} and not joins_name) or (
            verbish(toks, end) and not is_participle(t)
        ):
            return None  # a clause, not a description: keep the plain name
        end += 1
    if end - k >= _DESCRIPTION_TOKENS:
        return None
    return masked[toks[k].start : toks[end - 1].end]
