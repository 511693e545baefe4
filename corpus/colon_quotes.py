"""Quotations a person introduces after a colon, with no verb of saying.

"The thatcher who will do the work, Jethro Bellweather, sees both sides: “Reed will …”": the
words after the colon are the thatcher's, as they would be after "said:".
"""

from __future__ import annotations

import re

from corpus.attribution_record import Attribution
from corpus.entities import Entity
from corpus.frames import ANONYMOUS_RE

_COLON_QUOTE_RE = re.compile(r":\s*[“\"]")
_APPOSED_BEFORE_COLON_RE = re.compile(
    r"(?:The|A|An|Its|Their|His|Her)\s+[^,:“\"]{3,80},\s+"
    r"(?P<name>(?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+),\s+[a-z][^,:“\"]{2,60}:\s*[“\"]"
)


def colon_speaker(masked: str, subject: Entity | None) -> Attribution | None:
    """Who introduces a quotation after a colon in ``masked``, if a person named does.

    "The thatcher who will do the work, Jethro Bellweather, sees both sides: “Reed will …”":
    the person the sentence opens on.

    Args:
        masked: the sentence, quotations blanked out.
        subject: who the sentence is about, if known.

    Returns:
        The attribution, or ``None``.
    """
    colon = _COLON_QUOTE_RE.search(masked)
    if colon is None:
        return None
    if ANONYMOUS_RE.search(masked, 0, colon.start()):
        # "A man waiting at the taxi rank, who would not give his name: “…”": nobody named.
        return Attribution("unnamed", "", (masked[: colon.start() + 1],))
    person = subject
    if person is not None and person.kind == "person" and person.named:
        name = person.display or person.name
        return Attribution("named", name, (masked[: colon.start() + 1],), entity=person)
    apposed = _APPOSED_BEFORE_COLON_RE.match(masked)
    if apposed is None:
        return None
    return Attribution("named", apposed["name"], (apposed.group(0)[:-1].rstrip(),))
