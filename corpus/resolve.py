"""A source phrase resolved against the story.

"He" and "the judge" mean whoever the story last put in the foreground (:mod:`corpus.speakers`);
"the affidavit" means the document named earlier ("a probable cause affidavit filed in ..."), and
"the statement" means its issuer, the body or person last named. A description the story cannot
resolve ("the league's board") is remembered as a source of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from corpus import claim_cues as cc
from corpus.entities import Entity, gender_of
from corpus.phrases import Phrase
from corpus.speakers import Discourse
from corpus.tokens import NameBook, Tok

# Documents somebody issues: "the statement" is its issuer's, the speaker last named.
_ISSUED = cc.words("statement release letter memo post email")
_BODIES = cc.BODY_HEADS | cc.REPRESENTATIVE_HEADS
_REPORTING = cc.words("reported reports published publishes")
_RESEARCH = cc.words("study trial research experiment")

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
