"""Organisations a sentence names, remembered so that "the commission" later means them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from corpus import claim_cues as cc
from corpus.phrases import Phrase
from corpus.speakers import Discourse
from corpus.tokens import NameBook, Tok, bare

# What "X, the company developing the spray" or "X, a website that tracks outages" says X is.
_DESCRIBING_HEADS = cc.ORG_GENERIC | cc.ORG_ROLES | cc.words("website startup regulator")
_SAME_AS = {"website": "site", "startup": "company"}
_AFTER_HEAD = cc.words("that which who whose in of at for with from on by and based")
# "Volunteers from Lennside Vole Watch", "Officials at the Interior Ministry": people the text
# leaves unnamed, but on behalf of a body it names.
_MEMBERS_RE = re.compile(
    r"^(?:[\w-]+\s+)?[A-Za-z]+s\s+(?:from|of|at|with)\s+(?:the\s+)?"
    r"((?:[A-Z][\w’'&-]*\s+)*([A-Z][\w-]*))$"
)
_MODIFIERS = 4
"""Words allowed between the article and the noun ("the UK's largest water company")."""


def remember_organisations(
    masked: str, toks: Sequence[Tok], hits: Sequence[int], book: NameBook, disc: Discourse
) -> None:
    """Remember "the U.S. Consumer Product Safety Commission" wherever a sentence names it.

    Args:
        masked: the sentence, quotations blanked out.
        toks: its tokens.
        hits: the positions of organisation words ("Commission").
        book: the document's proper names.
        disc: the story so far.
    """
    n = len(toks)
    done = -1
    for hit in hits:
        if hit <= done or not book.is_name(toks, hit):
            continue
        s = hit
        while s > 0 and (
            book.is_name(toks, s - 1)
            or (toks[s - 1].low in {"of", "for", "and"} and s > 1 and book.is_name(toks, s - 2))
            or (toks[s - 1].text == "." and s > 1 and len(toks[s - 2].text) <= 4)
        ):
            s -= 1
        k = hit
        while k < n and (
            book.is_name(toks, k)
            or (toks[k].text == "." and len(toks[k - 1].text) <= 4)  # "U.S.", "Inc."
            or (toks[k].low in {"of", "for", "and"} and k + 1 < n and book.is_name(toks, k + 1))
        ):
            k += 1
        done = k
        while s < k and not book.is_name(toks, s):
            s += 1
        words = [bare(t.text) for t in toks[s:k]]
        text = masked[toks[s].start : toks[k - 1].end].rstrip(".")
        disc.note(Phrase("named", text, words[-1].lower(), False, False, 0, 0), kind="org")


def remember_described(masked: str, toks: Sequence[Tok], book: NameBook, disc: Discourse) -> None:
    """Remember "Quillon Therapeutics, the company developing the spray" as a company.

    Wherever a sentence names an organisation and describes it with an appositive, a later
    "the company" or "the site" means it, and a short "Quillon" is the same body.

    Args:
        masked: the sentence, quotations blanked out.
        toks: its tokens.
        book: the document's proper names.
        disc: the story so far.
    """
    _remember_introduced(masked, toks, book, disc)
    if ", " not in masked:
        return
    for c in range(1, len(toks) - 2):
        if toks[c].text != "," or toks[c + 1].low not in {"the", "a", "an"}:
            continue
        if not book.is_name(toks, c - 1):
            continue
        head = next(
            (
                toks[h].low
                for h in range(c + 2, min(c + 3 + _MODIFIERS, len(toks)))
                if toks[h].low in _DESCRIBING_HEADS and _ends_phrase(toks, h + 1)
            ),
            None,
        )
        if head is None:
            continue
        s = c - 1
        while s > 0 and book.is_name(toks, s - 1):
            s -= 1
        words = [bare(t.text) for t in toks[s:c]]
        text = masked[toks[s].start : toks[c - 1].end]
        known = disc.find(text, "person")
        if known is not None and known.kind == "person":
            continue  # "Sam Green, a developer based in Leeds, said": a person, already met
        heads = {head, _SAME_AS.get(head, head)}
        disc.note(Phrase("named", text, words[-1].lower(), False, False, 0, 0), heads, "org")


def _remember_introduced(
    masked: str, toks: Sequence[Tok], book: NameBook, disc: Discourse
) -> None:
    """Remember "the campaign group Clear Lungs Now": its name after what it is."""
    for h in range(1, len(toks) - 1):
        if toks[h].low not in _DESCRIBING_HEADS or not book.is_name(toks, h + 1):
            continue
        if not any(t.low in {"the", "a", "an"} for t in toks[max(0, h - 3) : h]):
            continue
        e = h + 1
        # Mid-sentence, a capital goes on with the name ("Clear Lungs Now").
        while e < len(toks) and (book.is_name(toks, e) or toks[e].text[:1].isupper()):
            e += 1
        text = masked[toks[h + 1].start : toks[e - 1].end]
        if disc.find(text, "person") is None:
            heads = {toks[h].low, _SAME_AS.get(toks[h].low, toks[h].low)}
            disc.note(
                Phrase("named", text, bare(toks[e - 1].text).lower(), False, False, 0, 0),
                heads,
                "org",
            )


def _ends_phrase(toks: Sequence[Tok], k: int) -> bool:
    """Whether the description's noun phrase ends before ``toks[k]``.

    "A union organiser" describes a person; "the company developing the spray" and "a website
    that tracks outages" describe bodies.
    """
    if k >= len(toks):
        return True
    t = toks[k]
    return not t.text[:1].isalnum() or t.low in _AFTER_HEAD or t.low.endswith(("ing", "ed"))


def member_body(p: Phrase) -> Phrase | None:
    """The body that unnamed members speak for ("Divers from the Keldon Sub-Aqua Club").

    Args:
        p: a source phrase.

    Returns:
        The body, named, when ``p`` is unnamed and the body's last word marks an organisation
        ("Club", "Ministry"); a place ("Residents of Harlow") gives ``None``.
    """
    m = _MEMBERS_RE.match(p.text) if p.kind == "unnamed" else None
    if m is None or m.group(2) not in cc.ORG_WORDS:
        return None
    return Phrase("named", m.group(1), m.group(2).lower(), False, False, p.start, p.end)
