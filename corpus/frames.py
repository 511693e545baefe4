"""Words that frame a story's sentences rather than claim anything.

A live blog stamps each entry with its time ("11:10 — "); an outlet corrects itself
("Correction: An earlier version of this article said …"); a court report closes with the plea
("…, a charge he denies"); an explainer heads its sections with the reader's questions ("Why was
the bridge closed?"). None of them is a source's claim, and the annotator reads past them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from corpus.cue_patterns import ENDS_SENTENCE_RE, TURN_RE
from corpus.tokens import SENTENCE_ENDINGS

# A trailing plea, as court reports tell it: "went on trial accused of murder, a charge he
# denies" states the trial and the plea, and nobody vouches for the charge by denying it.
PLEA_RE = re.compile(
    r",\s+(?:(?:a|the)\s+)?(?:charges?|allegations?|accusations?|offences?|offenses?|counts?)\s+"
    r"(?:that\s+|which\s+)?(?:he|she|they)\s+(?:has\s+|have\s+)?(?:denies|deny|denied)\b"
    # A defendant's plea, on the court's record: "denies murdering", "deny conspiring to
    # supply", "denies a charge of assault" ("denies any wrongdoing" answers a claim).
    r"|\b(?:denies|deny)\s+(?:(?:a|the|all|both|two|three|four|five|six)\s+)?(?:same\s+)?"
    r"(?:charges?|counts?)\b|\b(?:denies|deny)\s+(?:murdering|killing|conspiring|causing"
    r"|stealing|assaulting|attempting|possessing|supplying|defrauding|robbing|wounding"
    r"|harassing|stalking|raping|manslaughter|fraud|theft|murder)\b"
    # "Coldicott, 38, had admitted being the owner of a dangerous dog": his plea, on record.
    r"|\bhad\s+(?:admitted|pleaded\s+guilty\s+to)\s+(?!that\b)"
)

# "Sarnovia and Velesk immediately blamed each other": that they blame is the news, and no one
# side's claim is told.
RECIPROCAL_RE = re.compile(
    r"\b(?:blamed|blame|blaming|accused|accuse|accusing)\s+(?:each\s+other|one\s+another)\b"
)

# A live blog's entry time ("11:10 — ", "09:40 - ", "10.31am:"), a list item's mark or an
# "Editor's note:" label before the entry's first sentence.
ENTRY_MARK_RE = re.compile(
    r"^\s*\d{1,2}(?:[:.]\d\d\s*(?:am|pm)?|\s*(?:am|pm))\s*(?:[—–-]|:)\s+"
    # "15.31 The authority said": a time alone before a capital opens an entry too.
    r"|^\s*\d{1,2}[:.]\d\d(?:\s*(?:am|pm))?\s+(?=(?-i:[A-Z])|[“‘\"'])"
    r"|^\s*[•*·–-]\s+(?=\S)"  # a list item's mark: "• The academy says …"
    r"|^\s*\d{1,2}\.\s+(?=[A-Z“‘\"'])"  # or its number: "1. Pryce Coaches, which runs …, says"
    # "Editor's note: Marrable Buses told the Crier …" quotes a source as any sentence does.
    r"|^\s*Editor[’']s\s+note\s*:\s+"
    # A podcast's chapter time, "[01:40] Bryony Hale, a retired midwife, says …", and a diary's
    # day, "Wednesday: a fisherman rang to say …", open an entry as a live blog's time does.
    r"|^\s*\[\d{1,2}(?::\d\d){1,2}\]\s+"
    r"|^\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*:\s+",
    re.IGNORECASE,
)

# An interview transcript's stage direction: "[Laughs.]", "[Pause]", "[Inaudible]".
STAGE_DIRECTION_RE = re.compile(r"\[[A-Z][^\[\]]{0,40}\]")

# A note the outlet adds about its own story: what it once said is no source's claim.
CORRECTION_RE = re.compile(
    r"\s*(?:(?:Correction|Clarification)\s*:|The\s+editor\s+(?:replies|responds)\W*$)",
    re.I,
)


def is_question_heading(text: str) -> bool:
    """Whether a sentence alone in its paragraph reads as a heading asking the reader's question.

    "Why was the bridge closed?" heads an explainer's section; it doubts nothing, as a question
    inside the author's own paragraph may.
    """
    return text.endswith("?") and len(text.split()) <= 12 and text[:1].isupper()


# "It is hard to read these emails and believe that …": the writer's doubt, nobody's belief.
WRITER_DOUBT_RE = re.compile(
    r"\bIt\s+(?:is|was|’s|'s)\s+(?:\w+\s+)?(?:hard|difficult|impossible)\s+to\s+"
    r"(?:[\w’'-]+\s+){0,6}?(?:believe|think|conclude|imagine)\b"
)
# "..., whatever Varga says in public": a concession, not a report.
CONCEDING_RE = re.compile(r"\b(?:whatever|no matter what)\s+(?:[\w’'.-]+\s+){1,4}$", re.I)
# What frames reported speech after the verb: "said that ...", "said:", or a clause of its own
# with a shifted tense ("Varn said she had declared the loan"), which the next sentences may go on.
SPEECH_FRAME_RE = re.compile(
    r"\s+(?:\S+\s+){0,5}?that\b|\s*:|"
    r"\s+(?:he|she|they|it|we|i)\s+(?:had|would|could|was|were|might)\b"
)
# A speaker kept anonymous: "on condition of anonymity", "asked not to be named".
ANONYMOUS_RE = re.compile(
    r"\bon condition (?:of anonymity|that (?:he|she|they) (?:was|were) not (?:named|identified))\b"
    r"|\basked not to be (?:named|identified)\b|"
    r"\b(?:(?:declined|refused|would not|did not want) to |would not |wouldn[’']t |did not )"
    r"(?:give|be) (?:(?:his|her|their) )?(?:full )?(?:name|named|identified)\b|"
    r"\bnot authori[sz]ed to (?:speak|talk|comment)\b|\b(?:speaking|spoke|talking)\s+anonymously\b"
    # "A firefighter who asked that her name be withheld", "asked for his name to be kept out".
    r"|\basked (?:that|for) (?:his|her|their) names? (?:to )?(?:be )?"
    r"(?:withheld|kept out|not (?:be )?(?:used|given|published))\b"
)
# A lead-in to answers a body published: "The council published answers to residents' questions".
ANSWERS_PUBLISHED_RE = re.compile(
    r"\banswer(?:s|ed)?\b[^.]*\bquestions\b|\bquestions\s+to\b", re.IGNORECASE
)  # or "The Mercury put three questions to Professor Banerjee"


def interview_turns(paragraphs: Sequence[Sequence[str]]) -> dict[int, str]:
    """An interview's question and answer paragraphs, if it is one.

    Either labelled ("Q: ...", "A: ...") or, in an interview its title or introduction calls
    one, paragraphs ending in a question, each answered in the first person by those after it.

    Args:
        paragraphs: each paragraph's sentences.

    Returns:
        Paragraph number → "Q" or "A"; empty unless there are two questions and an answer.
    """
    if printed := _letter(paragraphs) or _statement(paragraphs) or _as_told(paragraphs):
        return dict.fromkeys(range(*printed[:2]), "A")
    marks: dict[int, str] = {}
    for k, sentences in enumerate(paragraphs):
        m = TURN_RE.match(sentences[0])
        if m:
            marks[k] = m.group(1)[0]
    if not marks:
        marks = _unlabelled_turns(paragraphs)
    questions = sum(1 for v in marks.values() if v == "Q")
    return marks if questions >= 2 and "A" in marks.values() else {}


# A letter to the editor opens with its salutation and closes with its writer's name and
# address, alone on a line: "Hester Grimwade, Lowmoor Road, Tansley Cross".
_SALUTATION_RE = re.compile(r"(?:Dear\s+)?(?:Sir|Madam|Sir\s+or\s+Madam|Editor)\s*[,:]")
_SIGNATURE_RE = re.compile(
    r"(?:Yours\s+\w+,?\s+)?((?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'-]+)(?:,[^.!?]*)?"
)


def _letter(paragraphs: Sequence[Sequence[str]]) -> tuple[int, int, str] | None:
    """A reader's letter: its first paragraph, the paragraph after its last, and its writer."""
    start = next((k for k, p in enumerate(paragraphs) if _SALUTATION_RE.match(p[0])), None)
    if start is None:
        return None
    for k in range(start + 1, len(paragraphs)):
        if len(paragraphs[k]) == 1 and (m := _SIGNATURE_RE.fullmatch(paragraphs[k][0].strip())):
            return start, k, m.group(1)
    return None


# "Harbourline's statement in full", then the statement without quotation marks.
_STATEMENT_HEADING_RE = re.compile(
    r"(?P<who>(?:[A-Z][\w’'.&-]*\s+){0,4}[A-Z][\w.&-]*)[’']s?\s+(?:full\s+)?statement"
    r"(?:\s+in\s+full)?\W*"
    r"|(?:The\s+)?(?:[Ff]ull\s+statement|[Ss]tatement\s+in\s+full)\W*"  # whose, the story said
)


def _statement(paragraphs: Sequence[Sequence[str]]) -> tuple[int, int, str] | None:
    """A statement printed in full under a heading: the paragraphs that speak as "we" or "I"."""
    for k, p in enumerate(paragraphs):
        if len(p) == 1 and (m := _STATEMENT_HEADING_RE.fullmatch(p[0].strip())):
            end = k + 1
            while end < len(paragraphs) and _FIRST_PERSON_RE.search(" ".join(paragraphs[end])):
                end += 1
            if end > k + 1:
                return k + 1, end, m["who"] or ""
    return None


# "As told to Philippa Gosnold", alone on its line, signs a first-person account the writer took
# down: the person the introduction is about speaks every paragraph of it.
_AS_TOLD_RE = re.compile(r"(?:[^.!?]*,\s*)?[Aa]s\s+told\s+to\s+(?:[A-Z][\w’'.-]*\s*){1,4}\.?")


def _as_told(paragraphs: Sequence[Sequence[str]]) -> tuple[int, int] | None:
    """A first-person account signed "As told to …": its first paragraph and the one after."""
    for k, p in enumerate(paragraphs):
        if len(p) != 1 or not _AS_TOLD_RE.fullmatch(p[0].strip()):
            continue
        first_person = [
            j
            for j in range(1, len(paragraphs))
            if _FIRST_PERSON_RE.search(" ".join(paragraphs[j]))
        ]
        before = [j for j in first_person if j < k]
        if before:  # the line closes the account, which runs from its first "I" to here
            return before[0], k
        end = k + 1  # the line opens it, and the account runs on to the next heading
        while end < len(paragraphs) and not (
            len(paragraphs[end]) == 1 and not ENDS_SENTENCE_RE.search(paragraphs[end][0])
        ):
            end += 1
        return (k + 1, end) if end > k + 1 and k + 1 in first_person else None
    return None


def printed_frame(paragraphs: Sequence[Sequence[str]]) -> str:
    """The line that makes paragraphs one person's printed words: "As told to …", or ``""``.

    Args:
        paragraphs: each paragraph's sentences.
    """
    told = _as_told(paragraphs)
    if told is None:
        return ""
    line = told[0] - 1 if _AS_TOLD_RE.fullmatch(paragraphs[told[0] - 1][0].strip()) else told[1]
    return paragraphs[line][0].strip()


def printed_author(paragraphs: Sequence[Sequence[str]]) -> str | None:
    """Who wrote the reader's letter or the statement a story prints in full, if it prints one.

    Args:
        paragraphs: each paragraph's sentences.

    Returns:
        The name the letter is signed with or the statement is headed with, ``""`` for a
        statement whose heading names nobody (the issuer the story last named), or ``None``.
    """
    printed = _letter(paragraphs) or _statement(paragraphs)
    return printed[2] if printed else None


# An interview says so: "Interview: ...", "spoke to the Herald", "has been edited for length".
_INTERVIEW_RE = re.compile(r"\binterview(?:ed)?\b|\bspoke\s+to\s+the\b|\bQ\s*&\s*A\b", re.I)
_OWN_SOURCE_RE = re.compile(
    r"\b(?:said|says|told|according\s+to|could\s+not\s+(?:verify|confirm)"
    r"|in\s+a\s+statement)\b",
    re.IGNORECASE,
)
_FIRST_PERSON_RE = re.compile(r"\b(?:I|I[’']\w+|[Ww]e|[Mm]y|[Oo]ur|[Mm]e|[Uu]s)\b")


def _unlabelled_turns(paragraphs: Sequence[Sequence[str]]) -> dict[int, str]:
    """The turns of an interview printed without labels: a question, then its answers."""
    asked = [k for k, p in enumerate(paragraphs) if k > 1 and p[-1].rstrip().endswith("?")]
    lead = " ".join(s for p in paragraphs[: asked[0]] for s in p) if asked else ""
    if len(asked) < 2 or not _INTERVIEW_RE.search(lead):
        return {}
    marks: dict[int, str] = {}
    for k in range(asked[0], len(paragraphs)):
        text = " ".join(paragraphs[k])
        if k in asked:
            marks[k] = "Q"
        elif marks.get(k - 1) == "Q":
            marks[k] = "A"  # "Who pays for all this?" "The vehicles come from the authority."
        elif _OWN_SOURCE_RE.search(text):
            # After the last answer the outlet writes on in its own voice, quoting others: "In a
            # statement, the authority said …", "The Spindle could not verify a claim …".
            continue
        elif _FIRST_PERSON_RE.search(text) or marks.get(k - 1) == "A":
            marks[k] = "A"
    return marks


# A transcript's line: "Jonah Pettifer, Marrowgate Echo: Your own report says …", "Oddie: Until …".
_SPEAKER_LINE_RE = re.compile(
    r"((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)(?:,\s+[A-Z][^:.!?]{0,40})?:\s+(?=[A-Z“\"‘'])"
)


_SPOKEN_ENDINGS = (*SENTENCE_ENDINGS, "—", "–", "'", ")", "]")


def speaker_lines(paragraphs: Sequence[Sequence[str]]) -> dict[int, tuple[str, str]]:
    """The paragraphs of a transcript, each opening with its speaker's name and a colon.

    A line counts when its name is a person's full name ("Maren Oddie:") or the surname of one
    given so on an earlier line ("Oddie:"); labels such as "Correction:" or "Photo:" are not.

    Args:
        paragraphs: each paragraph's sentences.

    Returns:
        Paragraph number → (the speaker's full name, the label as written).
    """
    full: dict[str, str] = {}  # surname → full name, from the lines that give one
    lines: dict[int, tuple[str, str]] = {}
    for k, p in enumerate(paragraphs):
        m = _SPEAKER_LINE_RE.match(p[0])
        if m is None or not p[-1].rstrip().endswith(_SPOKEN_ENDINGS):
            continue  # "Dame Trott: Lancelot Brimblecombe, his fourteenth dame": a cast list
        name = m.group(1)
        if " " in name:
            full[name.split()[-1]] = name
        if name in full.values() or name in full:
            lines[k] = (full.get(name, name), m.group(0).rstrip())
    # Two lines at least: one labelled paragraph is more likely a heading than a transcript.
    return lines if len(lines) >= 2 else {}


# A quotation signed after a dash: "“Friday costs me £38.” — Pawel Brzezinski, father of two".
_DASH_TAG_RE = re.compile(
    r"[”\"]\s*[—–]\s*((?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'-]+)(?:,\s*[^.!?”\"]{0,80})?\s*$"
)


def quote_dash_tag(text: str) -> tuple[str, tuple[str]] | None:
    """The speaker a quotation is signed with after a dash, and the words that say so."""
    m = _DASH_TAG_RE.search(text)
    return (m.group(1), (m.group(0).lstrip('”" '),)) if m else None
