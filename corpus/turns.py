"""An interview's turns as claims: the outlet's question, or the interviewee's answer."""

from __future__ import annotations

from dataclasses import replace

from corpus import cue_patterns as cp
from corpus.attribution_record import Attribution
from corpus.frames import STAGE_DIRECTION_RE
from corpus.records import ClaimStatus, Sentence


def turn_claim(
    s: Sentence,
    turn: str,
    answerer: str | None,
    att: Attribution | None,
    masked: str,
    first: str,
    frame: str = "",
) -> Sentence:
    """The claim a sentence of an interview turn makes.

    Args:
        s: the sentence.
        turn: ``"Q"`` for the interviewer's question, ``"A"`` for an answer.
        answerer: who answers (``None`` or empty when the story does not say).
        att: the sentence's own attribution, if any.
        masked: the sentence with quotations blanked out.
        first: the turn's first sentence, which carries its label ("Q:").
        frame: the line that frames an unlabelled account ("As told to …"), its cue.

    Returns:
        An answer attributed to the interviewee; a question stated, unless it puts someone's
        claim or a report; a stage direction ("[Laughs.]") stated.
    """
    label = cp.TURN_RE.match(first)
    cue = (label.group(0).strip(),) if label else (frame,) if frame else ()
    if STAGE_DIRECTION_RE.fullmatch(s.text):
        return replace(s, cues=cue)  # "[Laughs.]": the transcript's, no claim of the speaker's
    if turn == "A" and answerer:
        return replace(s, status=ClaimStatus.ATTRIBUTED, source=answerer, cues=cue)
    # The interviewer's question may itself put a claim: "The audit office said in May that
    # ...", "MPs have reportedly signed a letter ...".
    asked = att if turn == "Q" and att is not None else None
    if asked is not None and asked.kind == "named":
        cues = (*cue, *asked.cue)
        return replace(s, status=ClaimStatus.ATTRIBUTED, source=asked.source, cues=cues)
    if asked is not None and asked.kind == "unnamed":
        return replace(s, status=ClaimStatus.REPORTED, cues=(*cue, *asked.cue))
    if turn == "Q" and (rep := cp.reported_cue(masked)):
        return replace(s, status=ClaimStatus.REPORTED, cues=(*cue, rep))
    return replace(s, cues=cue)
