"""Who speaks for a document: whoever issued it, or the body whose own figures it holds.

"according to a filing by Halberd to the stock exchange", "The report itself, written by the
safety engineer Desmond Kirkhope, says", "according to the council's own traffic counts": a
filing, a report or a count has no voice of its own, and blind editors name its author.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from corpus import claim_cues as cc
from corpus.outlet_documents import RECORD_HEADS
from corpus.phrases import Phrase
from corpus.source_phrases import OWNED_RECORDS, OWNER_PRONOUNS, apposed_name, source_after
from corpus.speakers import Discourse
from corpus.tokens import NameBook, Tok, token_from

_ISSUING = cc.words(
    "published issued released posted filed signed circulated written prepared compiled produced "
    "sent lodged"
)
_ADDRESSEE = cc.words("to on")  # "a filing by Halberd to the stock exchange on Monday"
# "the council's own traffic counts"; "minutes of the council's cabinet meeting".
_BODY_OWNER_RE = re.compile(
    r"^(?:(?:the\s+)?(?:minutes|transcripts?|records?)\s+of\s+)?(the\s+)?([a-z]+)[’']s\b"
)
_RECORDS = "|".join(sorted(OWNED_RECORDS))
_NAMED_OWNER_RE = re.compile(
    r"^(?:the\s+)?(?P<name>(?:[A-Z][\w-]*\s+){0,4}[A-Z][\w-]*?)(?:[’']s|(?<=s)[’'])\s+"
    rf"(?:[a-z-]+\s+){{0,2}}(?:{_RECORDS})\b"
)


def issuer_of(
    masked: str,
    toks: Sequence[Tok],
    k: int,
    p: Phrase,
    book: NameBook,
    disc: Discourse,
    end: int | None = None,
) -> Phrase | None:
    """The named body behind "a notice published by Estmark's finance ministry", if any.

    A notice or filing has no voice of its own: whoever issued it is the source, and the story
    may go on with "The ministry said".

    Args:
        masked: the sentence, quotations blanked out.
        toks: its tokens.
        k: the document phrase's first token.
        p: the document phrase.
        book: the document's proper names.
        disc: the story so far, which must name a body described as "the university".
        end: where to stop looking (the phrase's end when None).

    Returns:
        The issuer's named phrase, or ``None``.
    """
    if kept := _kept_by(masked, toks, p, book):
        return _on_record(kept, book, disc)
    for b in range(k + 1, len(toks) - 1):
        if toks[b].start >= (p.end if end is None else end):
            break
        # "published by", "published on Thursday by", "a filing by"
        issuing = any(t.low in _ISSUING for t in toks[max(k, b - 4) : b])
        after_document = toks[b - 1].low == p.head or toks[b - 1].low in cc.DOCUMENT_HEADS
        # "a statement from the trust", "a letter from the council": its sender.
        sent_from = toks[b].low == "from" and after_document and not _dated(toks, b + 1)
        if (toks[b].low == "by" and (issuing or after_document)) or sent_from:
            issuer = source_after(masked, toks, b + 1, book, _ADDRESSEE)
            if issuer is not None and (issuer.kind != "named" or issuer.text[-1:].islower()):
                # "a report by the council's external auditor, Anneliese Drakeford-Umeh"
                role = replace(issuer, kind="role") if issuer.kind == "named" else issuer
                issuer = apposed_name(masked, toks, role, book) or issuer
            return _on_record(issuer, book, disc)
        if toks[b].low == "on" and issuing:
            # "published on the council's website": whoever keeps the website issued it.
            owner = body_owner(source_after(masked, toks, b + 1, book, _ADDRESSEE))
            if owner is not None:
                return _on_record(owner, book, disc)
    return None


_RELATIVE_TIMES = cc.words("last this next earlier yesterday")


def _dated(toks: Sequence[Tok], k: int) -> bool:
    """Whether ``toks[k]`` starts a time ("from December", "from last year"), not a sender."""
    if k >= len(toks):
        return False
    t = toks[k]
    return t.text in cc.CALENDAR or t.low in _RELATIVE_TIMES or t.text[:1].isdigit()


def _kept_by(masked: str, toks: Sequence[Tok], p: Phrase, book: NameBook) -> Phrase | None:
    """The issuer in "a notice the company filed", "a report that the council published"."""
    # The phrase may run on over its issuer ("a notice the company filed"): look after the
    # document's own word.
    kept = (i for i, t in enumerate(toks) if p.start <= t.start < p.end and t.low in OWNED_RECORDS)
    m = next(kept, len(toks)) + 1
    if m < len(toks) and toks[m].low in {"that", "which"}:
        m += 1
    if m >= len(toks) or (toks[m].low not in {"the", "its"} and not book.is_name(toks, m)):
        return None
    issuer = source_after(masked, toks, m, book)
    if issuer is None or issuer.kind not in {"named", "definite"}:
        return None
    after = token_from(toks, issuer.end)
    return issuer if after < len(toks) and toks[after].low in _ISSUING else None


def _on_record(issuer: Phrase | None, book: NameBook, disc: Discourse) -> Phrase | None:
    """A named issuer, or the named body behind "the university" or "the council's officers"."""
    if issuer is None or issuer.kind == "named":
        return issuer
    body = _owner(issuer)
    if body is None and issuer.kind == "definite" and issuer.head in cc.BODY_HEADS:
        body = issuer
    # "figures compiled by the agency" stay the figures when the story names no agency.
    if body is None or (
        disc.definite(body.head) is None and body.head.capitalize() not in book.mid
    ):
        return None
    return body


def body_owner(p: Phrase | None, disc: Discourse | None = None) -> Phrase | None:
    """The body a record belongs to ("council's own traffic counts", "the group's website").

    Args:
        p: a source phrase.
        disc: the story so far; with it, an owner outside the usual words for a body counts
            when the story has named one so ("the fellowship's competition rules" after "the
            Mullocksby Model Railway Fellowship").

    Returns:
        The body as a description to resolve ("council"), or ``None``.
    """
    if p is not None and p.kind in {"named", "unnamed"} and (m := _NAMED_OWNER_RE.match(p.text)):
        # "the Wendle Valley Council’s log of complaints", "Crunchwell Snacks’ latest accounts"
        return Phrase("named", m["name"], m["name"].split()[-1].lower(), False, False, p.start,
                      p.start + len(m.group(0)))  # fmt: skip
    if p is None or not (
        p.kind == "document" or (p.kind == "definite" and p.head in OWNED_RECORDS)
    ):
        return None
    return _owner(p, disc)


def _owner(p: Phrase, disc: Discourse | None = None) -> Phrase | None:
    """The body named in a possessive ("the council's"), as a description to resolve."""
    owner = _BODY_OWNER_RE.match(p.text)
    if owner is None:
        return None
    if owner.group(2) not in cc.BODY_HEADS and (
        disc is None or disc.name_ending_in(owner.group(2)) is None
    ):
        return None
    # "the mutual’s own count": "the mutual", without the possessive, so that it resolves to
    # the name the story gave it ("Penwarden Mutual").
    text = (owner.group(1) or "") + owner.group(2)
    return Phrase("definite", text, owner.group(2), False, False, p.start, p.end)


def document_author(
    masked: str,
    toks: Sequence[Tok],
    p: Phrase,
    descriptors: Sequence[str],
    end: int,
    book: NameBook,
    disc: Discourse,
) -> tuple[Phrase, Phrase] | None:
    """The author of a document that is a sentence's subject, and the document.

    "The report itself, written by the safety engineer Desmond Kirkhope, says": Kirkhope; "The
    assessment, by the structural engineer Dr Philippa Onwuachi-Lund, found": she.

    Args:
        masked: the sentence, quotations blanked out.
        toks: its tokens.
        p: the subject phrase.
        descriptors: nouns of the appositives beside it.
        end: where the reporting verb starts.
        book: the document's proper names.
        disc: the story so far.

    Returns:
        ``(author, document)``, or ``None`` when the subject is no document by someone.
    """
    if p.kind == "named" and p.text.startswith("by "):
        head = next((d for d in descriptors if d in cc.DOCUMENT_HEADS), None)
        if head is None:
            return None
        author = replace(p, text=p.text[3:], start=p.start + 3)
        return author, Phrase("document", head, head, False, False, p.start, p.start)
    head = next((w for w in p.text.lower().split() if w in cc.DOCUMENT_HEADS), None)
    k = token_from(toks, p.start)
    if head is None:
        return None
    document = replace(p, kind="document", head=head)
    before = masked[: p.start].split()
    if before and before[-1].lower() in {"his", "her"}:  # "Her report says": the officer's
        owner = before[-1]
        at = p.start - len(owner) - 1
        pronoun = OWNER_PRONOUNS[owner.lower()]
        return Phrase("pronoun", owner, pronoun, True, False, at, at + len(owner)), document
    issuer = issuer_of(masked, toks, k, p, book, disc, end)
    if issuer is None and head not in RECORD_HEADS:
        # "The tribunal's 62-page ruling said": the tribunal; but "the trust's annual report
        # found" is a record the outlet read, as blind editors label it.
        issuer = _on_record(body_owner(document), book, disc)
    return None if issuer is None else (issuer, document)
