"""Noun phrases: what kind of source a phrase names.

A phrase's head is its last word before a post-modifier ("spokeswoman *for the port authority*");
the head and the proper names around it (:mod:`corpus.tokens`) say whether the phrase names
somebody, describes them ("the judge"), or leaves them unnamed ("two people familiar with ...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from corpus import claim_cues as cc
from corpus.speculation import ONE_GUESS_RE
from corpus.tokens import POSSESSIVES, PUNCT, NameBook, Tok, bare, is_quote

# Plurals without an "s": "two people familiar with the matter" are several.
_PLURAL_NOUNS = frozenset({"people", "children", "men", "women", "folk"})
_NUMBER = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|\d+)"
_OF_GROUP = r" of (?:them|those|these|us|the \w+)"
# Some of a group: "All three", "One of them", "Both", "12 of the pilots" (not a bare "400").
_QUANTIFIED_RE = re.compile(
    rf"(?:{'|'.join(cc.QUANTIFIERS)})(?: {_NUMBER})?(?:{_OF_GROUP})?|\d+{_OF_GROUP}"
)


@dataclass(frozen=True, slots=True)
class Phrase:
    """A noun phrase that may name a speaker.

    Attributes:
        kind: ``pronoun``, ``named``, ``unnamed``, ``definite`` (to be resolved), ``role`` (on
            the record, no name: "police"), ``document`` ("court records") or ``vague``
            ("the results").
        text: the phrase as the text names the source (leading article dropped).
        head: the lowercase head word; for ``definite`` the word to resolve.
        person: whether it names a person (``None``: cannot tell).
        plural: whether it names several.
        start: offset of its first character in the sentence.
        end: offset one past its last character.
    """

    kind: str
    text: str
    head: str
    person: bool | None
    plural: bool
    start: int
    end: int


def _head_end(toks: Sequence[Tok], i: int, j: int) -> int:
    """Index one past the head of ``toks[i:j]``: where the first post-modifier begins."""
    for k in range(i + 1, j):
        if toks[k].low in cc.POSTMODIFIER_STARTS or toks[k].text == "(":
            return k
        if toks[k].text == "," and not (k + 1 < j and toks[k + 1].low.endswith("-based")):
            return k
        if k + 1 < j and is_participle(toks[k]) and toks[k + 1].low in cc.PARTICIPLE_PREPOSITIONS:
            return k  # "data compiled by FinSight", "Marines stationed at the base"
        if k + 1 < j and _ing_postmodifier(toks[k]) and toks[k + 1].low in _WHERE:
            return k  # "a soldier serving near Bakhmut": Bakhmut is where, not who
    return j


_PARTICIPLES = cc.IRREGULAR_PAST | cc.EN_PARTICIPLES
_WHERE = cc.PREPOSITIONS_NP | cc.words("near outside inside along across around behind within")


def _ing_postmodifier(t: Tok) -> bool:
    return t.text.islower() and t.low.endswith("ing") and len(t.low) > 5


def is_participle(t: Tok) -> bool:
    """Whether ``t`` is a past participle ("compiled", "taken"), lower-case as in running text."""
    low = t.low
    return t.text.islower() and ((low.endswith("ed") and len(low) > 4) or low in _PARTICIPLES)


OPENING_WORDS = cc.words("and but so yet separately meanwhile however moreover elsewhere")
"""Words that open a sentence before its subject ("Separately, two senior managers said")."""


_GAVE_NAME_RE = re.compile(
    r"\bgave\s+(?:his|her|their)\s+(?:first\s+)?names?\s+(?:only\s+)?as\s+([A-Z][\w’'-]+)"
)


def classify(masked: str, toks: Sequence[Tok], i: int, j: int, book: NameBook) -> Phrase | None:
    """Say what kind of source the phrase ``toks[i:j]`` is.

    Args:
        masked: the sentence, quotations blanked out.
        toks: its tokens.
        i: first token of the phrase.
        j: one past its last token.
        book: the document's proper names.

    Returns:
        The phrase, or ``None`` when it cannot name a source.
    """
    while i < j and (toks[i].low in OPENING_WORDS or toks[i].text in PUNCT):
        i += 1  # "Separately, two senior managers": the managers
    while j > i and (toks[j - 1].text in PUNCT or toks[j - 1].low in cc.CONNECTORS):
        if toks[j - 1].text == ")" and j - i > 3 and toks[j - 3].text == "(":
            if toks[j - 2].text.isupper():
                break  # "Alliance (DRA)": the acronym stays with the name
            j -= 2  # "The ministry (pictured)": an aside
        j -= 1
    while (
        j - i > 2 and toks[j - 1].text in cc.CALENDAR and toks[j - 2].low in cc.DATE_PREPOSITIONS
    ):
        j -= 2  # "Veltrix Semiconductor on Thursday": the date is not part of the name
    if i >= j or j - i > 18 or any(is_quote(t) for t in toks[i:j]):
        return None
    first = toks[i]
    if j - i == 1 and first.low == "one" and ONE_GUESS_RE.match(masked, first.start):
        return None  # "It is, one suspects, a chosen entrance": the author's own guess
    quantified = first.low in cc.QUANTIFIERS or first.text[:1].isdigit()
    if quantified and _QUANTIFIED_RE.fullmatch(" ".join(t.low for t in toks[i:j])):
        # "All three told us", "One of them said": some of a group, none of them named.
        return Phrase(
            "unnamed",
            masked[first.start : toks[j - 1].end],
            toks[j - 1].low,
            True,
            first.low != "one",
            *_span(toks, i, j),
        )
    if j - i == 1 and first.low in cc.PRONOUNS:
        plural = first.low == "they"
        return Phrase("pronoun", first.text, first.low, None, plural, *_span(toks, i, j))
    det = first.low if first.low in cc.DETERMINERS or first.low in cc.INDEFINITE else ""
    body = i + 1 if det else i
    if body >= j:  # "Several said ...": a bare quantifier stands for unnamed people
        kind = "unnamed" if det in cc.INDEFINITE else ""
        return Phrase(kind, first.text, det, True, True, *_span(toks, i, j)) if kind else None
    h_end = _head_end(toks, body, j)
    head_tok = toks[h_end - 1]
    head = _lexical(bare(head_tok.low))
    if head == "staff" and h_end - body > 1 and toks[h_end - 2].low == "general":
        head = "headquarters"  # "the Pellavian general staff" is an army's command, not its staff
    names = [k for k in range(body, j) if book.is_name(toks, k)]
    head_names = [k for k in names if k < h_end]
    plural = head in _PLURAL_NOUNS or (
        head.endswith("s") and not head.endswith("ss") and head not in {"police", "news"}
    )
    # "The Athletic", "The Journal": a capitalised "The" inside a sentence is part of the name.
    keep_the = first.text == "The" and i > 0 and body < j and book.is_name(toks, body)
    start, end = _span(toks, i if keep_the else body, j)
    text = masked[start:end]
    low_words = {t.low.rstrip(".") for t in toks[i:h_end]}
    # "BBC Weather's Ben Rich": the names after the owner's say whether it is a person.
    owned = [k for k in head_names if toks[k].text.endswith(POSSESSIVES)]
    bearer = [k for k in head_names if k > owned[-1]] if owned else head_names
    person = _is_person(toks, bearer or head_names, low_words, book.is_name(toks, h_end - 1))
    based = any(t.low.endswith("-based") for t in toks[body:h_end])
    if det == "the" and head_tok.text.islower() and based:
        # "The San Jose, California-based company": the names say where it is based.
        return Phrase("definite", text, head, person, plural, start, end)
    # "Staff say": a bare head opening the sentence is no name, whatever "Staff" is elsewhere.
    bare_opening = i == 0 and h_end - body == 1 and not det
    given = _GAVE_NAME_RE.search(masked, start)
    if given and given.start() - end < 80 and head in cc.UNNAMED_HEADS:
        # "the woman who runs the account, who gave her name only as Lorna": named, if barely.
        return Phrase("named", given[1], head, True, plural, start, end)
    if head in cc.UNNAMED_HEADS and (bare_opening or not book.is_name(toks, h_end - 1)):
        if det in {"the", "these", "those", "this", "that"}:
            return Phrase("definite", text, head, True, plural, start, end)
        named_pp = h_end < j and toks[h_end].low in {"at", "from", "with"}
        # "Reports in the Northgate Sports Daily" are its own; "in the British press" or "in
        # Portugal", nobody's.
        published = head == "reports" and h_end < j and toks[h_end].low in {"in", "by"}
        published = published and book.is_name(toks, j - 1) and toks[h_end + 1].low == "the"
        named_pp = (named_pp and head not in cc.ANONYMOUS_HEADS) or published
        if named_pp and any(k > h_end for k in names):
            # "Researchers at the University of Sydney": identified through their institution.
            return Phrase("named", text, head, None, plural, start, end)
        polled = h_end + 1 < j and toks[h_end].low in cc.POLLED and toks[h_end + 1].low == "by"
        if polled and any(k > h_end for k in names):
            # "Economists polled by Reuters": the poll is on the record, like its data.
            return Phrase("named", text, head, None, plural, start, end)
        return Phrase("unnamed", text, head, True, plural, start, end)
    if head in cc.REPRESENTATIVE_HEADS:
        who = not plural  # a spokeswoman is a person, whoever she speaks for
        if names:
            return Phrase("named", text, head, who, plural, start, end)
        obj = _pp_object(toks, h_end, j)
        if obj and obj[0] in cc.DETERMINERS:
            return Phrase("definite", text, obj[1], who, plural, start, end)
        return Phrase("role", text, head, who, plural, start, end)
    # "Ukraine's southern military command" speaks; "Port strike", "Veltrix shares" do not.
    owner = any(toks[k].text.endswith(POSSESSIVES) for k in head_names)
    thing = not book.is_name(toks, h_end - 1) and not _describes_source(head)
    if head_names and thing and not owner:
        return None
    if plural and det in cc.INDEFINITE and det not in {"a", "an"} and head_names == [h_end - 1]:
        # "Two Marines", "Several Democrats": members of a named body, none of them named.
        return Phrase("unnamed", text, head, True, plural, start, end)
    if head_names:
        if person and names[-1] >= h_end and book.is_name(toks, h_end - 1):
            start, end = _span(toks, body, h_end)  # "Lance Perrilloux of the weather service"
            text = masked[start:end]
        return Phrase("named", text, head, person, plural, start, end)
    if head in cc.DOCUMENT_HEADS:
        if head in cc.VAGUE_DOCUMENT_HEADS and not names and "'s" not in text and "’s" not in text:
            return Phrase("vague", text, head, False, plural, start, end)
        if plural and not det and j - body == 1 and not head.endswith(("is", "us")):
            # "Estimates suggest", "Polls show": nobody's, as "Sources say" ("Census" is singular).
            return Phrase("unnamed", text, head, None, plural, start, end)
        return Phrase("document", text, head, False, plural, start, end)
    if names and (head in cc.INSTITUTIONAL_HEADS or head in cc.ROLE_WORDS):
        return Phrase("named", text, head, person, plural, start, end)
    if head in cc.INSTITUTIONAL_HEADS or head in _PERSONAL_HEADS:
        if det in cc.INDEFINITE:
            return Phrase("unnamed", text, head, person, plural, start, end)
        if plural and not det:
            return Phrase("role", text, head, person, plural, start, end)
        return Phrase("definite", text, head, person, plural, start, end)
    if det in cc.INDEFINITE or (plural and not det):
        return Phrase("unnamed", text, head, True, plural, start, end)
    if det in {"the", "this", "that", "these", "those"} and head_tok.text.islower():
        return Phrase("definite", text, head, None, plural, start, end)
    if j - body == 1 and not det and head_tok.text.istitle() and not plural:
        # Headline style: a bare capitalised singular before its verb names somebody
        # ("Turkey says ...", "Kremlin warns ..."); a common noun would need an article.
        return Phrase("named", text, head, None, False, start, end)
    return None


def _lexical(head: str) -> str:
    """The head as the lexicons list it: "surveys" -> "survey" when only the singular is listed."""
    if head.endswith("s") and head not in _LISTED and head[:-1] in _LISTED:
        return head[:-1]
    return head


def _describes_source(head: str) -> bool:
    return (
        head in cc.FAMILY_HEADS
        or head in cc.INSTITUTIONAL_HEADS
        or head in cc.ROLE_WORDS
        or head in cc.PERSON_ROLES
        or head in cc.DOCUMENT_HEADS
        or head in cc.ORG_ROLES
        or head in cc.REPRESENTATIVE_HEADS
    )


_LISTED = (
    cc.UNNAMED_HEADS
    | cc.INSTITUTIONAL_HEADS
    | cc.DOCUMENT_HEADS
    | cc.PERSON_ROLES
    | cc.ROLE_WORDS
    | cc.REPRESENTATIVE_HEADS
)


def _span(toks: Sequence[Tok], i: int, j: int) -> tuple[int, int]:
    return toks[i].start, toks[j - 1].end


def _pp_object(toks: Sequence[Tok], k: int, j: int) -> tuple[str, str] | None:
    """``(determiner, head)`` of the object of the preposition at ``toks[k]``."""
    if k >= j or toks[k].low not in {"for", "of", "at"}:
        return None
    end = _head_end(toks, k + 1, j)
    if end - k < 2:
        return None
    return toks[k + 1].low, bare(toks[end - 1].low)


# A company's description before its name; "operator" and "developer" may be a person's job.
_COMPANY_ROLES = cc.COMPANY_HEADS - cc.words("operator developer contractor business")
# "The campaign group Save Hollinsford Skyline": what a named body is called before its name.
_BODY_ROLES = cc.ORG_ROLES | cc.words("campaign coalition alliance society")
_BODY_ROLES |= cc.ORG_GENERIC - cc.words("operator developer contractor")
_PEOPLE_WORDS = cc.PERSON_ROLES | cc.FEMALE_WORDS | cc.MALE_WORDS
_PERSONAL_HEADS = cc.PERSON_ROLES | cc.KIN_WORDS  # "the judge", "his daughter"


def _is_person(
    toks: Sequence[Tok], names: Sequence[int], low_words: set[str], head_is_name: bool
) -> bool | None:
    """Whether a named phrase names a person, from its last name word and its role words."""
    if not names:
        return True if low_words & cc.KIN_WORDS else None  # "His daughter said"
    last = bare(toks[names[-1]].text).rstrip(".")
    if not head_is_name or last in cc.ORG_WORDS or last.isupper():
        return False  # "Ken Paxton's office", "Columbus Underground", "ECT"
    before = bare(toks[names[0] - 1].text).lower() if names[0] else ""
    if low_words & _COMPANY_ROLES and before not in _PEOPLE_WORDS:
        return False  # "carmaker Aldren Motors", not "ferry company spokeswoman Oriane Thackwell"
    if low_words & _PEOPLE_WORDS:
        return True  # "White House spokesman Blair Jones"
    if any(bare(toks[k].text).rstrip(".") in cc.PERSON_TITLES for k in names):
        return True
    # "Assembly worker Piet Hollis": the name after the lowercase word is the bearer's; an
    # organisation word before it only says where they work.
    tail = names[-1:]
    while len(tail) < len(names) and names[-len(tail) - 1] == tail[0] - 1:
        tail = names[-len(tail) - 1 :]
    if 2 <= len(tail) < len(names) and not any(bare(toks[k].text) in cc.ORG_WORDS for k in tail):
        return True
    if low_words & _BODY_ROLES or any(bare(toks[k].text) in cc.ORG_WORDS for k in names):
        return False
    if last.endswith("ing") and len(last) >= 9:
        return None  # "Tilthwell Composting", "Harrow Scaffolding": a trade, not a surname
    return True if len(names) >= 2 else None
