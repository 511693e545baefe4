"""Split a document into paragraphs and sentences with exact character offsets.

Rules of thumb an editor would apply, kept cheap (one regex pass per paragraph, bounded look-ups
around each candidate boundary, so a megabyte without punctuation is still linear):

* A blank line ends a paragraph. Inside a block, each line is its own paragraph (titles, captions,
  credit lines) unless the lines are clearly hard-wrapped prose.
* A sentence ends at ``.``, ``!``, ``?`` or an ellipsis (plus any closing quotes or brackets) that
  is followed by whitespace and a capital, digit or opening quote -- unless the word before is an
  abbreviation or initial, the next words are a speech tag (``…well.” Arestovich said.``), or all
  that follows is a caption label (``(NEXTA). Source:``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from corpus.abbreviations import ABBREV_MAYBE, ABBREV_NEVER, AFTER_TIME, OPENERS
from corpus.records import Document, Sentence

OPEN_QUOTES = "“«„"
CLOSE_QUOTES = "”»"
STRAIGHT_QUOTE = '"'
_QUOTE_MARK_RE = re.compile('[“«„”»"]')

# Terminal punctuation, then closing quotes/brackets; a boundary needs space or the end after.
_CANDIDATE_RE = re.compile(r"(?:[.!?]+|…)(?:[.!?…]*)[\"”’'»)\]]*(?=\s|$)")
_PREV_WORD_RE = re.compile(r"(\S{1,40})$")
_NEXT_WORD_RE = re.compile(r"\s*([\"“‘'(\[]?)(\S{0,40})")
_INITIALISM_RE = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")
# A short capitalised speech tag after a closing quote keeps the quote and the tag together.
_SPEECH_TAG_RE = re.compile(
    r"\s+(?:[A-Z][\w’'.-]*\s+){1,4}(?:said|says|added|asked|explained|noted|told|wrote|replied|"
    r"insisted|argued|warned|claimed|continued|recalled|stated)\b[^.!?]{0,60}[.!?]"
)
_CAPTION_TAIL_RE = re.compile(
    r"\s*(?:Source|Sources|Credit|Credits|Photo|Photos|Photograph|Image|Images|Picture|Courtesy)"
    r"\s*:(?:[^.!?]|(?<=\b[A-Z])\.){0,60}$|\s*\([^()]{1,80}\)\s*$"
)

# A time that names a train or a flight at the start of a sentence ("The 6.42 p.m. service").
_TIME_AS_NAME_RE = re.compile(
    r"(?:^|[.!?]\s+)(?:The|A|An|This|That|Its|Their|Every)\s+\d{1,2}(?:[.:]\d\d)?\s*[ap]\.m$"
)


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of every non-blank line, stripped of surrounding whitespace."""
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        s, e = pos, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            yield s, e
        else:
            yield -1, -1  # blank line marker
        if nl < 0:
            break
        pos = nl + 1


def _ends_terminal(line: str) -> bool:
    stripped = line.rstrip("\"”’')]»")
    return bool(stripped) and stripped[-1] in ".!?…:"


def _title_counts(line: str) -> tuple[int, int]:
    """Count a line's words that start with a letter, and those of them that are capitalised."""
    words = [w for w in line.split() if w[:1].isalpha()]
    return len(words), sum(1 for w in words if w[0].isupper())


def _looks_like_title(line: str) -> bool:
    words, caps = _title_counts(line)
    return _title_ratio(words, caps)


def _title_ratio(words: int, caps: int) -> bool:
    return not words or caps / words >= 0.6


_LIST_NUMBER_RE = re.compile(r"\s*\d{1,2}")
_BULLETS = frozenset({"• ", "- ", "* ", "– ", "· "})
_TAIL = 64  # enough of a paragraph's end to see its last mark behind any closing quotes


def _is_wrapped(
    prev: str, nxt: str, *, length: int | None = None, title: bool | None = None
) -> bool:
    """Whether ``nxt`` continues the prose line ``prev`` (a hard wrap, not a new paragraph).

    ``prev`` may be just the end of the paragraph so far when ``length`` (the paragraph's full
    length) and ``title`` (whether it reads as a title) are given, so that a paragraph of many
    hard-wrapped lines is read in linear time.
    """
    if _ends_terminal(prev) or prev.endswith(")") or nxt.lstrip()[:2] in _BULLETS:
        return False  # a list item starts a line of its own: "• The academy says …"
    first = nxt.lstrip("\"“‘'(")[:1]
    if first.islower() or first.isdigit() or prev[-1] in ",;-–—(":
        return True
    length = len(prev) if length is None else length
    title = _looks_like_title(prev) if title is None else title
    return length >= 50 and not title


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` offsets of every paragraph of ``text``.

    Args:
        text: the whole document text.

    Returns:
        Stripped paragraph spans in document order.
    """
    spans: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    words = caps = 0  # the current paragraph's, kept up to date line by line
    for s, e in _lines(text):
        if s < 0:
            if current is not None:
                spans.append(current)
            current = None
            continue
        if current is not None:
            # Only the paragraph's end is sliced: copying all of it per line was quadratic.
            start, end = current
            tail = text[max(start, end - _TAIL) : end]
            if end - start > _TAIL and not tail.rstrip("\"”’')]»"):
                tail = text[start:end]  # closing marks all the way back: look further
            wrapped = _is_wrapped(
                tail, text[s:e], length=end - start, title=_title_ratio(words, caps)
            )
            if wrapped:
                current = (start, e)
                more_words, more_caps = _title_counts(text[s:e])
                words, caps = words + more_words, caps + more_caps
                continue
            spans.append(current)
        current = (s, e)
        words, caps = _title_counts(text[s:e])
    if current is not None:
        spans.append(current)
    return spans


def _is_boundary(par: str, m: re.Match[str]) -> bool:
    """Decide whether the candidate ``m`` (terminal punctuation) really ends a sentence."""
    at = m.end()
    nm = _NEXT_WORD_RE.match(par, at)
    if nm is None or not (nm.group(1) or nm.group(2)):
        return True
    opener, word = nm.group(1), nm.group(2)
    first = (opener or word)[:1]
    if first.isalpha() and first.islower():
        return False
    if first in ",;:)]}—–-":
        return False
    if _CAPTION_TAIL_RE.match(par, at):
        return False
    punct = m.group(0)
    if punct == "…" and par[m.start() - 1 : m.start()] == " ":
        return False  # "In 41 years … I have never": a spaced ellipsis leaves words out
    closed_quote = any(q in punct for q in '"”»')
    if closed_quote and _SPEECH_TAG_RE.match(par, at) and _quote_opens_sentence(par, m.start()):
        return False
    if punct != ".":
        return True
    if _LIST_NUMBER_RE.fullmatch(par, 0, m.start()):
        return False  # "1. Stop using the airer": a numbered step, not a sentence "1."
    pw = _PREV_WORD_RE.search(par, max(0, m.start() - 41), m.start())
    if pw is None:
        return True
    token = pw.group(1).lstrip("\"“‘'([")
    low = token.lower()
    if low in ABBREV_NEVER:
        # "No." only abbreviates before a number.
        return low in {"no", "nos"} and not word[:1].isdigit()
    if len(token) == 1 and token.isalpha() and token.isupper():
        return False  # an initial, as in "J. R. R. Tolkien"
    if low in {"a.m", "p.m"}:  # "at 8 p.m. Friday", but "after 8 p.m. Preliminary estimates"
        if _TIME_AS_NAME_RE.search(par, max(0, m.start() - 40), m.start()):
            return False  # "The 6.42 p.m. Tarnside Railways service": a train, not a sentence
        return word[:1].isupper() and word.strip("\"“‘'.,") not in AFTER_TIME
    if low in ABBREV_MAYBE or _INITIALISM_RE.match(token):
        return word.lower().strip("\"“‘'") in OPENERS
    return True


def _quote_opens_sentence(par: str, close_at: int) -> bool:
    """Whether the quotation closing at ``close_at`` began a sentence ("“... well.” X said.").

    Only then is the capitalised "X said" that follows a tag of the quotation; after a quote
    inside a sentence ("the town “is gone.” He asked ...") a new sentence starts.
    """
    open_at = max(par.rfind("“", 0, close_at), par.rfind("«", 0, close_at))
    if open_at < 0:
        open_at = par.rfind('"', 0, close_at)
    if open_at < 0:
        return True
    before = par[max(0, open_at - 80) : open_at].rstrip()
    return not before or before[-1] in '.!?…:"”»'


def _sentence_spans(par: str) -> Iterator[tuple[int, int]]:
    start = 0
    for m in _CANDIDATE_RE.finditer(par):
        if m.end() <= start or not _is_boundary(par, m):
            continue
        yield start, m.end()
        start = m.end()
        while start < len(par) and par[start].isspace():
            start += 1
    if start < len(par):
        yield start, len(par)


def split_sentences(doc: Document) -> list[Sentence]:
    """Split a document into sentences, numbered within the document and by paragraph.

    Args:
        doc: the document; offsets refer to ``doc.text``.

    Returns:
        The sentences in order, each with ``doc.text[s.start:s.end] == s.text`` and no
        surrounding whitespace. Claim fields are left at their defaults.
    """
    text = doc.text
    out: list[Sentence] = []
    for p_index, (ps, pe) in enumerate(paragraph_spans(text)):
        par = text[ps:pe]
        for s, e in _sentence_spans(par):
            while e > s and par[e - 1].isspace():
                e -= 1
            if e <= s:
                continue
            out.append(
                Sentence(
                    doc_id=doc.doc_id,
                    index=len(out),
                    paragraph=p_index,
                    start=ps + s,
                    end=ps + e,
                    text=par[s:e],
                )
            )
    return out


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Find quoted stretches of ``text``: from an opening mark to its closing mark, inclusive.

    Curly quotes pair up (a stray closing mark is ignored); straight double quotes toggle. A quote
    still open at the end runs to the end of ``text``, as a quotation that continues into the
    next sentence or paragraph does.

    Args:
        text: any text, e.g. a paragraph or a sentence.

    Returns:
        ``(start, end)`` spans in order, never overlapping.
    """
    spans: list[tuple[int, int]] = []
    open_at = -1
    for m in _QUOTE_MARK_RE.finditer(text):
        ch, i = m.group(0), m.start()
        if open_at < 0 and ch not in CLOSE_QUOTES:
            open_at = i
        elif open_at >= 0 and ch not in OPEN_QUOTES:
            spans.append((open_at, i + 1))
            open_at = -1
    if open_at >= 0:
        spans.append((open_at, len(text)))
    return spans
