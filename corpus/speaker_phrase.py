"""The phrase that names who speaks through a reporting verb, wherever it stands.

The speaker may be the subject before the verb ("The ministry said"), the phrase after an
inverted verb ("..., said Jane Roe"), the antecedent of a relative ("..., operated by Great
Lakes Southern Railway, which said"), the sentence's subject before a participle ("Vestby welcomed
the cut, saying ..."), or the name among a tag's appositives ("His lawyer, Ann Marsh, said").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from corpus import claim_cues as cc
from corpus.appositives import pick_name, segments, tag_segments
from corpus.inverted import np_after
from corpus.phrases import Phrase, classify
from corpus.subjects import leading_subject, subject_span
from corpus.tokens import PUNCT, NameBook, Tok, is_quote, opening_bracket
from corpus.verbs import progressive, quotes_as_saying, verbish

_ANTECEDENT_STOPS = cc.PREPOSITIONS_NP - {"for"}
PARTICIPLE_SPEECH = cc.words("saying adding insisting arguing warning claiming telling")
_ISSUED_TEXTS = cc.words("statement letter message note notice post email")
# "shares jumped 23%, adding about 410 million pounds to its value": a sum, not a word said.
_ADDED_AMOUNTS = cc.words("up to about around some nearly almost roughly over more another")
_AMOUNT_STARTS = frozenset("0123456789£$€")  # "adding £19 a year to the bill"
INVERTING = cc.words(
    "said says added adds asked wrote writes explained explains continued noted notes insisted "
    "argued argues warned warns recalled recalls replied stressed cautioned declared observed "
    "concluded countered"
)


@dataclass(slots=True)
class Speaker:
    """The phrase naming a reporting verb's speaker, and how it was found.

    Attributes:
        phrase: the speaker's phrase.
        descriptors: the appositives that describe it ("His lawyer" of "His lawyer, Ann Marsh").
        segments: the subject's comma-separated pieces, when it has any.
        inverted: the speaker follows the verb ("..., said Jane Roe").
    """

    phrase: Phrase
    descriptors: list[str] = field(default_factory=list)
    segments: list[tuple[int, int]] = field(default_factory=list)
    inverted: bool = False


def _closes_relative(toks: Sequence[Tok], j: int) -> bool:
    """Whether the comma before ``toks[j]`` closes the subject's relative clause.

    "The Tramworkers' Society, which represents drivers, said the report …": the verb's object
    follows, not its speaker.
    """
    return not any(is_quote(t) for t in toks[:j]) and any(
        toks[m].low in {"which", "who"} and toks[m - 1].text == "," for m in range(1, j)
    )


def _antecedent_start(toks: Sequence[Tok], k: int) -> int:
    """Where the noun phrase before ``toks[k]`` starts: past a comma, verb or preposition."""
    s = k
    while s > 0 and toks[s - 1].text not in PUNCT and not is_quote(toks[s - 1]):
        if verbish(toks, s - 1) or toks[s - 1].low in _ANTECEDENT_STOPS:
            break
        s -= 1
    return s


def _person_before(masked: str, toks: Sequence[Tok], s: int, book: NameBook) -> Phrase | None:
    """The person named before the description a "who" follows, if any.

    "Dr Imelda Varga, a cardiologist at Ostlebury University, who said": she said it, not the
    university.
    """
    c = next((m for m in range(s - 1, max(0, s - 12), -1) if toks[m].text == ","), None)
    if c is None:
        return None
    b = _antecedent_start(toks, c)
    q = classify(masked, toks, b, c, book) if b < c else None
    return q if q is not None and q.kind == "named" and q.person else None


def _relative_start(toks: Sequence[Tok], j: int) -> int:
    """Where a relative clause whose second verb is ``toks[j]`` starts, else ``j``.

    "Leonora Pilbeam, who rang the newsdesk on Monday and said she knew the float": "said" is
    hers as in "Leonora Pilbeam, who said".
    """
    if j < 2 or toks[j - 1].low != "and":
        return j
    for m in range(j - 2, 1, -1):
        if toks[m].text in PUNCT or is_quote(toks[m]):
            return j
        if toks[m].low in {"which", "who"} and toks[m - 1].text == ",":
            # "which owns and maintains the track": two verbs of one object, no second clause
            return m + 1 if j - m > 3 else j
    return j


def find_speaker(
    masked: str, toks: Sequence[Tok], v: int, j: int, book: NameBook
) -> Speaker | None:
    """Find the speaker of the reporting verb at ``toks[v]``.

    Args:
        masked: the sentence with quotations blanked out.
        toks: the tokens of ``masked``.
        v: the reporting verb's index.
        j: the index of the verb group's first word (auxiliaries and adverbs before ``v``).
        book: the document's proper names.

    Returns:
        The speaker, or ``None`` when the verb has none this module can find.
    """
    low = toks[v].low
    descriptors: list[str] = []
    segs: list[tuple[int, int]] = []
    p: Phrase | None = None
    inverted = False
    after_comma = j > 0 and toks[j - 1].text == ","
    # Only say-verbs invert ("..., said Jane Roe"); after "told" comes the listener.
    inverts = after_comma and low in INVERTING and not _closes_relative(toks, j)
    # "Its front page quoted the secretary, X, as saying …": the one quoted speaks.
    quoting = quotes_as_saying(toks, v)
    if quoting and toks[v + 1].low in cc.PRONOUNS:  # "quoted him as saying": he did
        p, inverted, segs = classify(masked, toks, v + 1, v + 2, book), True, [(v + 1, v + 2)]
    tag = j > 0 and (inverts or is_quote(toks[j - 1])) and low in INVERTING
    if j == v and j > 0 and p is None and (tag or quoting):
        end = np_after(toks, v + 1, book)
        # "Her owner, X, said Juniper “has never …”": a clause follows, no name closing a tag.
        clause = end < len(toks) and (is_quote(toks[end]) or verbish(toks, end))
        if end > v + 1 and not clause:
            p, inverted = classify(masked, toks, v + 1, end, book), True
            segs = [(v + 1, end)]
            if end < len(toks) and toks[end].text == "," and (p is not None or end > v + 2):
                tail = next(
                    (m for m in range(end + 1, len(toks)) if toks[m].text in PUNCT), len(toks)
                )
                segs.append((end + 1, tail))
                # "..., said the company's spokeswoman, Dana Kessler": the name follows.
                more = np_after(toks, end + 1, book)
                if (p is None or p.kind != "named") and more > end + 1:
                    p = classify(masked, toks, end + 1, more, book) or p
    r = _relative_start(toks, j)
    relative = r > 1 and toks[r - 1].low in {"which", "who"} and toks[r - 2].text == ","
    if relative:  # "..., operated by Great Lakes Southern Railway, which said that ..."
        k = r - 2
        s = _antecedent_start(toks, k)
        p = classify(masked, toks, s, k, book) if s < k else None
        if toks[r - 1].low == "who" and p is not None and p.person is False:
            p = _person_before(masked, toks, s, book) or p
        if s >= 2 and toks[s - 1].text == "," and toks[s - 2].low in cc.KIN_WORDS:
            descriptors = [toks[s - 2].low]  # "by her son, Crispin Hale, who said": a man
    if low in PARTICIPLE_SPEECH and not progressive(toks, v):  # not "are saying"
        # "Vestby welcomed the cut, saying it would help": the sentence's subject speaks; "...,
        # adding up to 12 kilometres" and "adding to the pressure" sum things up.
        after = toks[v + 1].low if v + 1 < len(toks) else ""
        # "City have issued a statement saying ...": the issuer speaks, as without the comma.
        issued = low == "saying" and v >= 2 and toks[v - 1].low in _ISSUED_TEXTS
        if (
            not (after_comma or issued)
            or after in {"nothing", "little"}
            or (low == "adding" and (after in _ADDED_AMOUNTS or after[:1] in _AMOUNT_STARTS))
        ):
            return None
        segs = segments(toks, *leading_subject(toks))
        p, descriptors = pick_name(masked, toks, segs, book)
    elif p is None and after_comma:
        k = j - 1
        s = k
        stop = {";", ":", "(", ")"}
        while s > max(0, k - 40) and not is_quote(toks[s - 1]):
            opening = opening_bracket(toks, s - 1) if toks[s - 1].text == ")" else None
            if opening:
                # "Brightwater Industrial Group (BIG), said", "Councillor Ann Lee (Labour,
                # Old Town), who chairs the committee, said": step over the brackets.
                s = opening
            elif toks[s - 1].text in stop:
                break
            else:
                s -= 1
        segs = tag_segments(toks, segments(toks, s, k), v)
        p, descriptors = pick_name(masked, toks, segs, book)
    elif p is None:
        span = subject_span(toks, j)
        if span == (-1, -1):
            span = leading_subject(toks)
            segs = segments(toks, *span)
            p, descriptors = pick_name(masked, toks, segs, book)
        elif span is not None:
            p = classify(masked, toks, span[0], span[1], book)
            segs = [span]
    if p is None:
        return None
    return Speaker(p, descriptors, segs, inverted)
