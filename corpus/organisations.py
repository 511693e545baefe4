"""Organisations a sentence names, remembered so that "the commission" later means them."""

from __future__ import annotations

from collections.abc import Sequence

from corpus.phrases import Phrase
from corpus.speakers import Discourse
from corpus.tokens import NameBook, Tok, bare


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
