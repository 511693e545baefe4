"""A source phrase resolved against the story, and the source phrase after "according to".

"He" and "the judge" mean whoever the story last put in the foreground (:mod:`corpus.speakers`);
"the affidavit" means the document named earlier ("a probable cause affidavit filed in ..."), and
"the statement" means its issuer, the body or person last named. A description the story cannot
resolve ("the league's board") is remembered as a source of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from corpus import claim_cues as cc
from corpus.entities import Entity, gender_of
from corpus.phrases import Phrase, classify, is_participle
from corpus.speakers import Discourse
from corpus.tokens import PUNCT, NameBook, Tok, is_quote, token_from
from corpus.verbs import verbish

# Documents somebody issues: "the statement" is its issuer's, the speaker last named.
_ISSUED = cc.words("statement release letter memo post email")
_BODIES = cc.BODY_HEADS | cc.REPRESENTATIVE_HEADS
_REPORTING = cc.words("reported reports published publishes")
_RESEARCH = cc.words("study trial research experiment")
_DESCRIPTION_TOKENS = 24
"""A document's description longer than this is more likely a clause of the sentence."""


def is_document(p: Phrase, e: Entity | None) -> bool:
    """Whether a resolved source is a document ("the study", "court records")."""
    return p.kind == "document" or (e is not None and e.kind == "document")


def resolve(
    p: Phrase, disc: Discourse, descriptors: Sequence[str], display: str | None = None
) -> tuple[str, str, Entity | None]:
    """Resolve a source phrase against the story: pronouns, descriptions, documents.

    Args:
        p: the phrase.
        disc: the story so far (updated with the source).
        descriptors: nouns from appositives that describe it.
        display: the name as introduced, with its description ("Ann Marsh, a lawyer").

    Returns:
        ``(kind, source, entity)``: kind ``named``, ``unnamed``, ``author`` or ``""`` (no source).
    """
    if p.head == "version":
        return "", p.text, None  # "An earlier version said …": the outlet correcting itself
    if p.kind == "pronoun":
        if p.head in {"i", "we", "you"}:
            return "author", p.text, None
        last = disc.entities[-1] if disc.entities else None
        if last is not None and last.voice and last.voice == gender_of([p.head]):
            return "named", last.label, last  # the spokeswoman just quoted, for her body
        e = disc.pronoun(p.head)
        if e is None:
            return "", p.text, None
        if p.head in cc.PERSON_PRONOUNS:
            disc.set_gender(e, p.head)  # "He said": whom "she" cannot mean next
        disc.bring_forward(e)
        return ("named" if e.named else "unnamed"), e.label, e
    if p.kind == "named" and p.text.islower() and p.head in cc.ORG_GENERIC:
        p = replace(p, kind="definite")  # "The arts body said": a body the story named
    if p.kind == "definite":
        words = p.text.lower().split()
        words = words[: words.index(p.head)] if p.head in words else words
        e = disc.definite(p.head, words)
        if e is not None:
            disc.bring_forward(e)
            said = p.text.lower().split()[:2]
            spoken_for = any(w in cc.REPRESENTATIVE_HEADS for w in said)
            e.voice = gender_of(said) if spoken_for else None
            e.heads.update(descriptors)
            return ("named" if e.named else "unnamed"), e.label, e
        if p.head in cc.UNNAMED_HEADS:
            return "unnamed", p.text, disc.note(replace(p, kind="unnamed"), descriptors, "group")
        if not p.plural and (name := disc.name_ending_in(p.head, words)):  # "the park": "X Park"
            seen = Phrase("named", name, p.head, False, False, 0, 0)
            named = disc.note(seen, descriptors, "org")
            return "named", named.label if named else name, named
        if p.head not in _BODIES:
            kind = "group" if p.plural else "person" if p.person else "org"  # "his daughter"
            return "named", p.text, disc.note(p, descriptors, kind)
        # A body or office is remembered as a source of its own: "the board" later means it.
        group = "group" if p.plural else "org"
        return "named", p.text, disc.note(replace(p, kind="named"), descriptors, group)
    represented = _represented(p, disc) if p.head in cc.REPRESENTATIVE_HEADS else None
    if represented is not None:
        disc.bring_forward(represented)
        represented.voice = gender_of(p.text.split()) if represented.kind == "org" else None
        return "named", represented.label, represented
    if p.kind in {"named", "role", "unnamed"}:
        e = disc.note(p, descriptors, display=display)
        source = e.label if e is not None and p.kind == "named" else p.text
        return ("unnamed" if p.kind == "unnamed" else "named"), source, e
    if p.kind == "document":
        # "The affidavit says": the document named earlier ("a probable cause affidavit ...").
        bare_head = p.text.islower() and " " not in p.text
        e = disc.definite(p.head) if bare_head else None
        heads = {p.head} | (_RESEARCH if p.head in _RESEARCH else set())
        if e is None and bare_head and p.head in _RESEARCH:
            # "according to the CLEARVIEW trial ... the study found": one piece of research.
            e = next((f for h in sorted(heads - {p.head}) if (f := disc.definite(h))), None)
        # "the study" is the document named earlier, whether the text gave it as a document
        # ("a probable cause affidavit") or by a name of its own ("the HALO-3 study").
        if e is not None and (e.kind == "document" or (e.named and bool(heads & e.heads))):
            disc.bring_forward(e)
            e.display = e.display or display
            return "named", e.label, e
        if p.text in _ISSUED:  # "In a statement, the board said ... the statement said."
            author = disc.last_named()
            if author is not None:
                return "named", author.label, author
        doc = disc.note_document(p)
        doc.display = display
        return "named", doc.label, doc
    return "", p.text, None


def _represented(p: Phrase, disc: Discourse) -> Entity | None:
    """Whom a lawyer's or a spokesperson's phrase stands for, if the story named them.

    "Prideaux-Mensah's lawyer" is the lawyer the story named as his before; "A Pellbrook
    spokesperson" and "a spokesperson for Eide" stand for whom they speak for.
    """
    if p.kind not in {"named", "role"}:
        return None
    if p.kind == "role" and p.text.lower() == p.head and p.head.startswith("spokes"):
        # "A spokesperson said", named for no one: the spokesperson met before ("the
        # spokesperson said"), else one for the body in the foreground.
        met = [e for e in (disc.definite(p.head), disc.last_named()) if e is not None]
        return max(met, key=lambda e: e.order, default=None)
    if any(mark in p.text for mark in "’'"):
        owner = p.text[: -len(p.head)].rstrip() if p.text.endswith(p.head) else ""
        e = disc.definite(p.head)
        named = e is not None and e.named and e.kind == "person"
        return e if named and owner and e is not None and owner in e.label else None
    principal = " ".join(w for w in p.text.split() if w[:1].isupper())
    if p.kind == "named" and principal:
        return disc.find(principal, "org")
    # "A (county) council spokesperson": for the council the story named ("Hessary County
    # Council").
    words = [w for w in p.text.lower().split() if w not in cc.DETERMINERS]
    if len(words) >= 2 and words[-1] == p.head and words[-2] in cc.BODY_HEADS:
        e = disc.definite(words[-2], words[:-2])
        return e if e is not None and e.named and e.kind == "org" else None
    return None


_DESCRIPTION_RE = re.compile(r"(?:[Tt]he\s+)?[a-z][\w’'-]*\s+(?:to|of|at|for)\s+the\s+[A-Z]")


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


def note_reports(masked: str, toks: Sequence[Tok], book: NameBook, disc: Discourse) -> None:
    """Remember "Bloomberg News reported ..." as a report, so "the report said" means its.

    Args:
        masked: the sentence, quotations blanked out.
        toks: its tokens.
        book: the document's proper names.
        disc: the story so far.
    """
    if "report" not in masked and "publish" not in masked:
        return
    for k, t in enumerate(toks):
        if t.low not in _REPORTING or k == 0 or not book.is_name(toks, k - 1):
            continue
        s = k - 1
        while s > 0 and book.is_name(toks, s - 1):
            s -= 1
        name = masked[toks[s].start : toks[k - 1].end]
        disc.note_document(Phrase("document", name, "report", False, False, 0, 0))
