"""Lists whose lines say whose they are only in the line that introduces them.

"The notice finds that the company:" and then "(a) failed to inspect the valve;", or a heading
"What to do, according to Corvane" over "1. Stop using the airer": each line is the source's,
though it has no verb of saying. The introducing heading itself claims nothing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from corpus import claim_cues as cc
from corpus.attribution_record import Attribution
from corpus.tokens import reads_as_label

# A line of a list: "(a) …", "1. …", "• …", "Council tax: …", "48 per cent of parents …".
_ITEM_RE = re.compile(
    r"\(?(?:[a-h]|[ivx]{1,4}|\d{1,2})[.)]\s"  # "(a) ", "1. ", "ii) "
    r"|[•*·–-]\s"
    r"|[A-Z0-9][^.:!?“”\"]{0,40}:\s"  # a short label and a colon: "Planning: no new decisions"
    r"|\d[\d,.]*(?:\s?(?:per cent|percent|%))"  # a figure that opens the line: "48 per cent of"
)
_NOT_NOUNS = cc.words("what which who how the a an of from said found says shows")


@dataclass(frozen=True)
class ListedLines:
    """The lists of a document and whose lines they hold.

    Attributes:
        items: paragraph index → the attribution its list's introduction gives.
        headings: the headings that only introduce a list (stated, whatever their wording).
    """

    items: Mapping[int, Attribution]
    headings: frozenset[int]


def listed_lines(
    par_texts: Sequence[Sequence[str]],
    atts: Sequence[Attribution | None],
    skip: frozenset[int] | set[int] = frozenset(),
) -> ListedLines:
    """Find runs of list lines and the source their introduction names.

    Args:
        par_texts: each paragraph's sentences.
        atts: each paragraph's last sentence's attribution, if any.
        skip: paragraphs that are no list lines (captions, a transcript's turns).

    Returns:
        The list lines that take a named source from their introduction, and the headings
        that introduce them.
    """
    items: dict[int, Attribution] = {}
    headings: set[int] = set()
    k = 1
    while k < len(par_texts):
        end = k
        while end < len(par_texts) and end not in skip and _is_item(par_texts[end]):
            end += 1
        if end - k < 2:  # one such line is a sentence like any other
            k = max(end, k + 1)
            continue
        intro = _introduction(par_texts, atts, k)
        if intro is not None:
            att, heading = intro
            items.update(dict.fromkeys(range(k, end), att))
            if heading:
                headings.add(k - 1)
        k = end
    return ListedLines(items, frozenset(headings))


def _is_item(sentences: Sequence[str]) -> bool:
    return len(sentences) == 1 and bool(_ITEM_RE.match(sentences[0]))


def _is_heading(sentences: Sequence[str]) -> bool:
    return len(sentences) == 1 and reads_as_label(sentences[0])


def _introduction(
    par_texts: Sequence[Sequence[str]], atts: Sequence[Attribution | None], k: int
) -> tuple[Attribution, bool] | None:
    """The named attribution that introduces the list at ``k``; whether a heading gives it.

    A sentence ending in a colon gives its own; a heading gives its own ("What to do,
    according to Corvane"), or, when it names what the paragraph before cited ("What the
    survey found" after "A survey published by the school shows"), that paragraph's.
    """
    before = par_texts[k - 1]
    att = atts[k - 1]
    if before and before[-1].rstrip().endswith(":"):
        return (att, False) if att is not None and att.kind == "named" else None
    if not _is_heading(before):
        return None
    if att is not None and att.kind == "named" and not att.document:
        return att, True
    # The paragraph that cited it may stand behind a caption or two.
    earlier = (atts[j] for j in range(k - 2, max(k - 5, -1), -1))
    cited = next((a for a in earlier if a is not None), None)
    if cited is None or cited.kind != "named":
        return None
    cue = " ".join(cited.cue).lower()
    nouns = [w for w in re.findall(r"[a-z]+", before[-1].lower()) if w not in _NOT_NOUNS]
    return (cited, True) if any(re.search(rf"\b{w}\b", cue) for w in nouns) else None
