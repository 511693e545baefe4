"""Where a clause's subject is: subject phrases and the sentence's own subject.

A subject phrase runs back from its verb (:mod:`corpus.verbs`) to the nearest clause boundary;
among its appositives (:mod:`corpus.appositives`) the proper name is the subject.
"""

from __future__ import annotations

from collections.abc import Sequence

from corpus import claim_cues as cc
from corpus.appositives import SEGMENT_SKIP, introduced_as, pick_name, segments
from corpus.entities import PERSON_MARK, Entity
from corpus.organisations import remember_organisations
from corpus.phrases import OPENING_WORDS, Phrase, classify
from corpus.speakers import Discourse
from corpus.tokens import PUNCT, NameBook, Tok, bare, is_quote, opening_bracket
from corpus.verbs import VERBS, verbish

_AFTER_VERB = (
    cc.DETERMINERS
    | cc.PREPOSITIONS_NP
    | cc.words("up down out back off over that more less no all some every")
)
_GENDERED = {"he": "he", "him": "he", "his": "he", "she": "she", "her": "she", "hers": "she"}
_SUBORDINATORS = cc.BOUNDARY_WORDS - cc.words("but yet so or nor")
_NOT_ROLE = cc.DETERMINERS | cc.PREPOSITIONS_NP | cc.words("to as by with from for and or")
# "Mbatha-Rowe and her colleagues estimate": she speaks for the team she leads.
_TEAMS = cc.words("colleagues team co-authors coauthors collaborators students researchers")
_NOT_IN_SUBJECT = cc.words(
    "above below over under about into against during since until amid despite after before than"
)


_REFLEXIVES = cc.words("himself herself itself themselves")


def _stops_phrase(t: Tok) -> bool:
    return t.text in PUNCT or is_quote(t) or t.low in cc.BOUNDARY_WORDS


def subject_span(toks: Sequence[Tok], j: int) -> tuple[int, int] | None:
    """The subject before ``toks[j]`` (the verb, after auxiliaries): back to a clause boundary."""
    end = j
    if j > 2 and toks[j - 1].text == ")":
        # "Mwila's Democratic Renewal Alliance (DRA) said": the acronym belongs to the subject;
        # "Councillor Ann Lee (Labour, Old Town) said": her party and ward do not.
        j = opening_bracket(toks, j - 1) or j
        if any(t.text == "," for t in toks[j:end]):
            end = j
    if j > 1 and toks[j - 1].low in {"but", "yet"} and toks[j - 2].text not in PUNCT:
        return -1, -1  # "Fell called the results encouraging but warned that ...": his
    quote_comma = j > 2 and toks[j - 2].text == "," and is_quote(toks[j - 3])
    if j > 1 and toks[j - 1].low == "and" and (is_quote(toks[j - 2]) or quote_comma):
        return -1, -1  # "Lowe apologised “unreservedly” and said ...", "… “…”, and said": hers
    if j == 0 or _stops_phrase(toks[j - 1]):
        return None
    i = j - 1
    while i > 0 and j - i < 16 and not _stops_phrase(toks[i - 1]):
        i -= 1
    if i > 1 and toks[i - 1].low == "who" and any(verbish(toks, k) for k in range(i, j)):
        return _before_relative(toks, i - 1)
    # "A firefighter who asked that her name be withheld said": the clause is hers, not a
    # subordinate clause of the sentence.
    if i > 0 and toks[i - 1].low == "that":
        who = next((k for k in range(i - 3, max(0, i - 5), -1) if toks[k].low == "who"), None)
        if who is not None:
            return _before_relative(toks, who)
    if i > 0 and toks[i - 1].low in _SUBORDINATORS:
        return None  # a subordinate clause ("a deal that leaders had promised") reports nothing
    if any(t.low in _NOT_IN_SUBJECT for t in toks[i:j]):
        return None  # "revenue well above Wall Street estimates": not a speaker phrase
    for k in range(j - 1, i - 1, -1):
        if verbish(toks, k):
            if any(toks[m].low in {"and", "but"} for m in range(k + 1, j)):
                return -1, -1  # "X declared an emergency and said ...": the sentence's subject
            i = k + 1
            break
    if j - i > 1 and toks[j - 1].low in _SUBJECT_PRONOUNS and toks[i].low in _LEAD_INS:
        i = j - 1  # "In a later entry she wrote", "Later he said": the pronoun speaks
    if j - i > 1 and toks[j - 1].low in _REFLEXIVES:
        end = j = j - 1  # "Mortlake himself said": Mortlake
    if (
        j - i > 3
        and toks[j - 3].low == "and"
        and toks[j - 2].low in {"his", "her", "their"}
        and toks[j - 1].low in _TEAMS
    ):
        end = j = j - 3
    return (i, end) if i < j else None


_SUBJECT_PRONOUNS = cc.words("he she they we i")
# Words that open a phrase of time or place before a clause's own subject.
_LEAD_INS = cc.words("in on at by during after before since later then earlier afterwards once")


def _before_relative(toks: Sequence[Tok], who: int) -> tuple[int, int] | None:
    """The subject of "Two officials who spoke on condition of anonymity said": before "who"."""
    s = who
    while s > 0 and who - s < 12 and not _stops_phrase(toks[s - 1]):
        s -= 1
    if s == who or (s > 0 and toks[s - 1].low in _SUBORDINATORS):
        return None
    if any(verbish(toks, k) for k in range(s, who)):
        return None
    return s, who


def leading_subject(toks: Sequence[Tok]) -> tuple[int, int]:
    """The token span of the sentence's own subject, with its appositives."""
    n = len(toks)
    i = 0
    for k in range(min(n, 12)):  # a dateline: "HOUSTON —", "ODENPORT, Dec. 1 (Tidewire) -"
        if toks[k].text in {"—", "–", "-"} and toks[0].text.isupper() and len(toks[0].text) > 1:
            i = k + 1
            break
    while i < n and toks[i].low in OPENING_WORDS:
        i += 1
        if i < n and toks[i].text == ",":
            i += 1
    # "Speaking to reporters, …", "Based in Oslo, …" open with a clause; "Winifred Smith"
    # and "Alfred Dunn" with a name.
    participle = toks[i].low.endswith(("ing", "ed")) if i < n else False
    if participle and i + 1 < n and toks[i + 1].text[:1].isupper():
        participle = False
    if i < n and (toks[i].low in SEGMENT_SKIP or participle):
        comma = next((k for k in range(i, min(n, i + 25)) if toks[k].text == ","), -1)
        if toks[i].low in SEGMENT_SKIP or not _titled_name(toks, i, comma if comma >= 0 else n):
            i = comma + 1 if comma >= 0 else n
    j = i
    while j < n and j - i < 40:
        t = toks[j]
        if t.text == ",":
            if j + 1 < n and toks[j + 1].low in {"who", "which", "whose"}:
                j = next((k for k in range(j + 1, n) if toks[k].text == ","), n)
                continue
        elif _ends_subject(toks, i, j):
            break
        j += 1
    if j == n:  # nothing ended it: "Crumbwell Foods opened in 1990." has its verb after all
        past = (
            k for k in range(i + 1, n) if toks[k].text.islower() and toks[k].low.endswith("ed")
        )
        j = next(past, n)
    return i, j


def _titled_name(toks: Sequence[Tok], i: int, end: int) -> bool:
    """Whether ``toks[i:end]`` is a role and a name ("Retired teacher Margaret Doyle").

    Not an opening clause ("Speaking to reporters", "Based in Oslo").
    """
    if end - i < 3 or not toks[i + 1].text.islower() or toks[i + 1].low in _NOT_ROLE:
        return False
    return all(t.text[:1].isupper() for t in toks[i + 2 : end])


def _ends_subject(toks: Sequence[Tok], i: int, j: int) -> bool:
    """Whether ``toks[j]`` ends the subject phrase that began at ``toks[i]``."""
    t = toks[j]
    if is_quote(t) or t.text in {";", ":", "(", "—", "–"} or verbish(toks, j):
        return True
    if t.low in cc.BOUNDARY_WORDS or t.low in cc.AUXILIARIES:
        return True
    return j > i and _present_verb(toks, j)


def _present_verb(toks: Sequence[Tok], k: int) -> bool:
    """Whether ``toks[k]`` is a present-tense verb after its subject ("MacLeod climbs")."""
    t, prev = toks[k], toks[k - 1]
    low = t.low
    if not t.text.islower() or len(low) < 4 or not low.endswith("s") or low.endswith(("ss", "us")):
        return False
    if prev.low in cc.DETERMINERS or prev.text in PUNCT or is_quote(prev):
        return False
    if not (prev.text[:1].isupper() or prev.text.islower()):
        return False
    if k + 1 >= len(toks):
        return True
    nxt = toks[k + 1]
    # A verb is followed by its object or an adverb ("climbs the steps", "publishes its
    # results", "stands by"); a plural noun by more of its phrase ("news site", "shares jump").
    return not verbish(toks, k + 1) and (
        not nxt.text.islower()
        or nxt.low in _AFTER_VERB
        or nxt.low.endswith("ly")
        or nxt.text[:1].isdigit()
    )


def named_company_subject(
    masked: str, toks: Sequence[Tok], book: NameBook
) -> tuple[Phrase, list[str]] | None:
    """The sentence's own subject when it names a company, with its descriptors.

    "The biscuit maker Crumbwell Foods will close its factory, the company said": the company
    of the closing tag is the subject, not the last company the story named.
    """
    phrase, descriptors = pick_name(masked, toks, segments(toks, *leading_subject(toks)), book)
    if phrase is None or phrase.kind != "named" or phrase.person is not False:
        return None
    return phrase, descriptors


def _mentioned_people(masked: str, toks: Sequence[Tok], book: NameBook, disc: Discourse) -> None:
    """Bring forward the people a sentence names anywhere: "..., and Quill reads it. He points".

    A name first met with an age ("Among them is Walter Denholm, 71, a retired driver") or a
    title ("by Dr Ingrid Solberg-Adeyemi") is a person the next "he" may be, wherever in the
    sentence it stands.
    """
    start = 0
    for k, t in enumerate(toks):
        if not book.is_name(toks, k):
            start = k + 1
            continue
        if k + 1 < len(toks) and book.is_name(toks, k + 1):
            continue
        e = disc.find(bare(t.text), "person")
        # "raised in 2024 by Dr Ingrid Solberg-Adeyemi": a titled full name is a person too.
        titled = toks[start].text.rstrip(".") in cc.PERSON_TITLES and k + 1 - start >= 3
        if e is None and (_aged(toks, k + 1) or titled) and k + 1 - start >= 2:
            p = classify(masked, toks, start, k + 1, book)
            e = disc.note(p, [PERSON_MARK], "person") if p and p.kind == "named" else None
        if e is not None and e.kind == "person":
            disc.bring_forward(e)


def _aged(toks: Sequence[Tok], k: int) -> bool:
    """Whether an age in commas follows at ``toks[k]`` (", 71,")."""
    return (
        k + 2 < len(toks)
        and toks[k].text == ","
        and toks[k + 1].text.isdigit()
        and toks[k + 2].text == ","
    )


def _opening_adverb(p: Phrase, masked: str, book: NameBook) -> bool:
    """Whether a one-word name opening the sentence is a common word ("Shortly", "Production").

    "Production will move to Lowenstoke", then "It said …": no body called Production speaks;
    a word the story never capitalises mid-sentence is no name, unless a description is set
    beside it ("Marsh, of Lower Tensley, denies …").
    """
    if p.start != 0 or " " in p.text or p.text in book.mid:
        return False
    return p.text.endswith("ly") or not masked[p.end :].lstrip().startswith(",")


_ASKING = frozenset({"what", "who", "whom", "which", "why", "how", "where", "when"})


def remember_subject(
    masked: str, toks: Sequence[Tok], book: NameBook, disc: Discourse
) -> Entity | None:
    """Bring the sentence's subject and the organisations it names into the foreground.

    Returns:
        The entity the sentence's subject refers to, if any.
    """
    _mentioned_people(masked, toks, book, disc)
    if toks and toks[0].low in _ASKING and masked.rstrip().endswith("?"):
        return None  # "What has Lanterna said?": its subject is what is asked, nobody named
    i, j = leading_subject(toks)
    e: Entity | None = None
    if i < j:
        segs = segments(toks, i, j)
        p, descriptors = pick_name(masked, toks, segs, book)
        if p is not None and p.kind == "named" and _opening_adverb(p, masked, book):
            p = None  # "Shortly after 5pm, the singer posted": no one called Shortly
        if p is not None and p.kind == "pronoun":
            e = disc.pronoun(p.head)
        elif p is not None and p.kind == "definite":
            e = disc.definite(p.head)
        elif p is not None:
            display = introduced_as(masked, toks, segs, p, book) if p.kind == "named" else None
            e = disc.note(p, descriptors, display=display)
        if e is not None:
            disc.bring_forward(e)
            # "Lindqvist ..., but she insisted": the first pronoun after a person is hers,
            # unless it opens reported speech ("Her lawyer said she would fight").
            for k in range(j, len(toks)):
                if toks[k].low in _GENDERED:
                    if (
                        toks[k - 1].low not in VERBS
                        and toks[k - 1].low != "that"
                        and not _is_object(toks, k)
                    ):
                        disc.set_gender(e, _GENDERED[toks[k].low])
                    break
                if book.is_name(toks, k):
                    break
    hits = [k for k, t in enumerate(toks) if t.text[:1].isupper() and bare(t.text) in cc.ORG_WORDS]
    if hits:
        remember_organisations(masked, toks, hits, book, disc)
    return e


def _is_object(toks: Sequence[Tok], k: int) -> bool:
    """Whether the pronoun at ``k`` is an object, not a possessive ("her team").

    "The trust the village had placed in him" is someone else's: the subject's own would be
    "himself".
    """
    if toks[k].low == "him":
        return True
    after = toks[k + 1].low if k + 1 < len(toks) else ""
    return toks[k].low == "her" and (not after[:1].isalpha() or after in _NOT_ROLE)
