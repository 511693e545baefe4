"""The opinion register: whether a piece argues in its author's voice, and where it does.

An editor decides once per piece whether it is opinion. A column says so in its title
("Comment: ..."); there every present-tense judgement and every prediction in the author's own
voice is the author's view. A blog or analysis piece says so by its voice: the outlet speaks as
"we", takes positions ("We doubt it.", "To be fair, ...") and asks the reader questions it does
not answer. There the reporting stays reporting ("As you may know, the base ...", "The first
sightings came ..."), and only what is marked as the author's judgement is speculative: the
author's own questions, evaluations of what was just said ("That is not a strategy."),
generalisations ("thrill-seekers do not usually ..."), and claims about an unknown actor
("Whoever is flying these drones ...").
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from dataclasses import dataclass

from corpus import cue_patterns as cp
from corpus.tokens import reads_as_label

_FIRST_PERSON_SINGULAR = r"I|[Mm]y|me"
_WE_RE = re.compile(rf"\b(?:[Ww]e|[Uu]s|[Oo]urs?|[Oo]urselves|{_FIRST_PERSON_SINGULAR})\b")
_I_RE = re.compile(rf"\b(?:{_FIRST_PERSON_SINGULAR})\b")  # a critic's "I", not a newsroom's "we"
# The author taking a position, or talking to the reader as a columnist does.
_STANCE_RE = re.compile(
    r"\b(?:we|I)\s+(?:doubt|think|believe|suspect|suppose|bet|guess|wonder|reckon|see|would "
    r"argue)\b|\bAs you (?:may|might|probably|will) (?:know|recall|remember|have (?:seen|heard|"
    r"noticed))\b|\bTo be fair\b|\bMake no mistake\b|\bLet(?:'s|’s| us) be (?:clear|honest)\b|"
    r"\bin (?:our|my) (?:view|opinion)\b|\b(?:Frankly|Honestly|Admittedly)\b",
    re.IGNORECASE,
)
# Marks of the author's judgement in a sentence of the author's own.
_JUDGEMENT_RE = re.compile(
    # An evaluation of what was just said: "That is not a strategy.", "It is a shrug."
    r"(?:^|(?<=,\s))(?:[Tt]hat|[Tt]his|It|it)(?:\s+is|’s|'s)\s+"
    r"(?!\w+ed\b|(?:also|now|still|being)\b|(?:not\s+)?\w+\s+(?:to|that|whether|if)\b)|"
    # A generalisation: "thrill-seekers do not usually fly in formation".
    r"\b(?:usually|typically|normally|generally|rarely|seldom|hardly|surely|clearly|"
    r"obviously|frankly|simply|merely|really|truly)\b|"
    # A claim about an actor the author cannot name.
    r"^(?:Whoever|Whatever|Whichever)\b"
)
# The column's own facts, said in the present or future tense: the author's byline ("Maren
# Gillet is a columnist for the Courier") and a date already set ("On Thursday evening, the
# council will vote on ...").
_BIO_RE = re.compile(
    r"^[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+)+\s+is\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}"
    r"(?:columnist|writer|author|journalist|editor|correspondent|reporter|commentator|"
    r"contributor|professor|lecturer|fellow)\b"
)
_SCHEDULED_RE = re.compile(
    r"^(?:On|Next|This|By|From|Later|Early)\b[^,.]{0,40},\s+[^,.]*?\bwill\s+(?:vote|meet|"
    r"decide|debate|hold|open|close|publish|announce|begin|start|sit|hear|consider|rule)\b"
)
_NUMBER_RE = re.compile(r"\d")
_REVIEW_TITLE_RE = re.compile(r"^[^:|—–]{1,80}?\breview\s*[:|—–-]", re.IGNORECASE)
# A critic's verdict on a dish, a scene or a performance, whatever the tense.
_VERDICT_RE = re.compile(
    r"\b(?:superb|excellent|outstanding|delicious|wonderful|brilliant|magnificent|stunning|"
    r"gorgeous|lovely|terrific|better|best|worse|worst|poor|bland|dull|tired|soggy|lukewarm|"
    r"greasy|stodgy|overcooked|undercooked|under-seasoned|over-seasoned|disappointing|"
    r"forgettable|memorable|overpriced|steep|generous|mean|flat|clumsy|flawless|gripping|"
    r"tedious|moving|as good as|the kind of \w+ that)\b",
    re.IGNORECASE,
)
# A critic's rating line is a verdict, however short: "Rating: three stars out of five".
_RATING_RE = re.compile(r"\b(?:rating|verdict|score|stars?|out of|\d+\s?/\s?\d+)\b", re.IGNORECASE)
_TITLE_MODAL_RE = re.compile(r"\b(?:would|should|must|ought to)\b", re.IGNORECASE)
_SCAN = 1000  # a sentence's register shows in its first words (and huge ones stay cheap)


def _judgement(masked: str) -> str | None:
    m = _JUDGEMENT_RE.search(masked, 0, _SCAN)
    if m is None:
        return None
    if m.group(0)[:2].lower() in {"th", "it"} and _NUMBER_RE.search(masked, 0, _SCAN):
        return None  # "It is 150 kilometres from Taiwan": a fact, not a judgement
    return m.group(0).strip()


def _is_question(masked: str) -> bool:
    return masked.rstrip().rstrip("\"”’')]").endswith("?")


@dataclass(frozen=True, slots=True)
class Register:
    """A piece's opinion register.

    Attributes:
        label: the words that mark the piece as opinion (a title label, or ``"author's view"``).
        column: the title labels it opinion, so every present-tense judgement is a view.
    """

    label: str
    column: bool

    def view(self, masked: str, title: bool = False) -> str | None:
        """The cue that makes a sentence in the author's own voice the author's view, if any.

        Args:
            masked: the sentence, quotations blanked out.
            title: it is the piece's title, which argues only with a modal ("Closing the
                library would be a false economy"); a question there is its topic.

        Returns:
            The cue (``"?"`` for the author's own question), or ``None`` for reporting.
        """
        if title:
            return cp.main_clause_cue(_TITLE_MODAL_RE, masked)
        if _is_question(masked):
            return "?"
        judged = _judgement(masked)
        if judged:
            return judged
        if self.column:
            if _BIO_RE.match(masked) or _SCHEDULED_RE.match(masked):
                return None
            if reads_as_label(masked, 8) and not _RATING_RE.search(masked):
                return None  # a heading or a list's line ("Jack: Ruairi Tolhurst") argues nothing
            critic = "review" in self.label.lower() and _VERDICT_RE.search(masked, 0, _SCAN)
            if critic:  # "The hake was superb": a critic judges in the past tense too
                return critic.group(0)
            return cp.opinion_cue(masked, self.label)
        return None


def opinion_register(masked: Sequence[str], skip: Container[int]) -> Register | None:
    """Decide whether a piece is opinion, once, from its title and its author's voice.

    Args:
        masked: the piece's sentences with quotations blanked out; the first is its title.
        skip: sentences to leave out (captions, interview turns).

    Returns:
        The register, or ``None`` for a news story.
    """
    if not masked:
        return None
    title = cp.OPINION_TITLE_RE.match(masked[0])
    if title:
        return Register(title.group(0), column=True)
    body = [text for i, text in enumerate(masked) if i and i not in skip]
    critic = _REVIEW_TITLE_RE.match(masked[0])
    if critic and any(_I_RE.search(text, 0, _SCAN) for text in body):
        # "Kittiwake review: a gripping drama …" by a critic who writes "I": a review, not a
        # "Pay review: nurses offered 4%" news story, which no "I" tells.
        return Register(critic.group(0), column=True)
    if sum(_WE_RE.search(text, 0, _SCAN) is not None for text in body) < 2:
        return None
    # "We" alone is a newsroom's voice too ("we asked the embassy", a live blog's "we'll bring
    # you"); it argues when it takes positions or asks the reader questions as well.
    stance = sum(
        _is_question(text)
        or _STANCE_RE.search(text, 0, _SCAN) is not None
        or _judgement(text) is not None
        for text in body
    )
    return Register("author's view", column=False) if stance >= 2 else None
