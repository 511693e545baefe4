"""A letters page: readers' letters, each signed only by a line after it.

"Letters: the Brook Lane crossing …", then a letter of one or more paragraphs and its signature,
"Harriet Oduya, Coppice End", then the next letter. Nothing inside a letter says whose it is,
so every sentence of it is its writer's: questions and opinions included, as a quotation's are.
A letter signed "Name and address supplied" is an unnamed reader's. The outlet's own
"Editor's note:" between letters, and any heading ("Star letter"), stay the outlet's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from corpus.records import ClaimStatus, Sentence
from corpus.tokens import SENTENCE_ENDINGS

_PAGE_RE = re.compile(
    r"^(?:(?:your|readers[’']?)\s+)?letters\b|\bletters\s+to\s+the\s+editor\b", re.IGNORECASE
)
# "Harriet Oduya, Coppice End", "Dr Priya Nair, Ward Street, Holt": a name, then where from or
# what post, with no sentence of its own.
_SIGNED_RE = re.compile(
    r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Rev|Cllr|Councillor)\.?\s+)?"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+(?:(?:de|van|von|da|di|du|le|la)\s+)?[A-Z][\w’'-]+){1,3})"
    r"(?:,\s+[^:;!?“”\"]{2,120})?"
)
_ANONYMOUS_RE = re.compile(r"Name\s+(?:and\s+address\s+)?(?:supplied|withheld)\b.*", re.I)
_EDITORS_NOTE_RE = re.compile(r"Editor[’']?s[’']?\s+note\b", re.IGNORECASE)


@dataclass(frozen=True)
class LettersPage:
    """Which paragraphs of a letters page are letters, and whose.

    Attributes:
        writers: letter paragraph → (the writer's name, or ``None`` for a reader whose name
            is withheld; the signature line).
        signatures: the paragraphs that only sign a letter (they claim nothing).
    """

    writers: Mapping[int, tuple[str | None, str]]
    signatures: frozenset[int]

    def __contains__(self, k: object) -> bool:
        return k in self.writers or k in self.signatures

    def sign(self, s: Sentence, k: int) -> Sentence:
        """The sentence ``s`` of paragraph ``k``, as its letter's writer's claim.

        Args:
            s: a sentence of a letter or of a signature line.
            k: its paragraph number.

        Returns:
            A signature line as plain text, a letter's sentence attributed to its writer (or
            reported, when the name is withheld), with the signature as the cue.
        """
        if k in self.signatures:
            return replace(s, status=ClaimStatus.STATED, source=None, cues=())
        writer, line = self.writers[k]
        if writer is None:
            return replace(s, status=ClaimStatus.REPORTED, source=None, cues=(line,))
        return replace(s, status=ClaimStatus.ATTRIBUTED, source=writer, cues=(line,))


def letters_page(par_texts: Sequence[Sequence[str]]) -> LettersPage:
    """Find the signed letters of a page whose title says it prints letters.

    Args:
        par_texts: each paragraph's sentences, the title first.

    Returns:
        The letters and their signatures; empty unless the title announces letters.
    """
    writers: dict[int, tuple[str | None, str]] = {}
    signatures: set[int] = set()
    if not par_texts or not _PAGE_RE.search(par_texts[0][0]):
        return LettersPage(writers, frozenset())
    for k in range(2, len(par_texts)):
        signer = _signature(par_texts[k])
        if signer is None or not _is_body(par_texts[k - 1]):
            continue
        line = par_texts[k][0].strip()
        signatures.add(k)
        body = k - 1
        while body >= 1 and _is_body(par_texts[body]) and body not in signatures:
            writers[body] = (signer or None, line)
            body -= 1
    return LettersPage(writers, frozenset(signatures))


def _signature(sentences: Sequence[str]) -> str | None:
    """The writer a paragraph signs for: a name, ``""`` when withheld, ``None`` if no signature."""
    if len(sentences) != 1:
        return None
    line = sentences[0].strip()
    if line.endswith(SENTENCE_ENDINGS):
        return None
    if _ANONYMOUS_RE.fullmatch(line):
        return ""
    m = _SIGNED_RE.fullmatch(line)
    return m["name"] if m else None


def _is_body(sentences: Sequence[str]) -> bool:
    """Whether a paragraph can be part of a letter: prose, not a heading or the editor's note."""
    return sentences[-1].rstrip().endswith(SENTENCE_ENDINGS) and not _EDITORS_NOTE_RE.match(
        sentences[0]
    )
