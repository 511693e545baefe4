"""Hearsay told by its shape: whose word it is, said in passing and never a name.

Held-out writers keep finding new ways to pass on what unnamed people say: "by the tally of
people watching from the footpath", "if the sums being done in the clubhouse bar are right",
"the Semibreve gathers", "It has got about in Gildenby that". Each family below is a shape of
English, not one wording: a measure credited to a crowd, a condition on a rumour's accuracy,
an outlet's unnamed informants, talk that travels, a crowd's conviction.
"""

from __future__ import annotations

import re

_CROWD = (
    r"(?:a|an|some|several|many|most|other|people|those|one|two|three|four|a\s+few|staff|"
    r"local|residents|customers|members|drivers|players|workers|parents|neighbou?rs)"
)

HEARSAY_SHAPES_RE = re.compile(
    # A measure or a view credited to unnamed people: "by the tally of people watching", "by
    # the assessment of a rival distributor", "in the experience of several customers", "on
    # one reading of the rules", "going by figures passed around among drivers".
    r"\b(?:by|on|in|going\s+by)\s+(?:the\s+)?(?:tally|tallies|assessment|reckoning|count|estimate"
    r"|estimation|reading|experience|account|figures|sums|calculations?|judge?ment)\s+of\s+"
    rf"{_CROWD}\b"
    r"|\bon\s+(?:one|some|a|another)\s+(?:reading|interpretation|view|calculation)\s+of\b"
    r"|\bgoing\s+by\s+(?:figures|accounts|what|reports|talk|numbers|estimates|sums|word)\b"
    # A rumour's accuracy left open: "if the sums being done in the bar are right", "if
    # messages shared in the group chat are any guide", "if engineers are to be believed".
    r"|,\s*if\s+[^,;.]{3,90}?\s+(?:is|are|was|were)\s+(?:right|accurate|correct|true|reliable"
    r"|any\s+guide|to\s+be\s+(?:believed|trusted))\b"
    # An outlet's unnamed informants: "the Semibreve gathers", "the Steelyard has learned".
    r"|\b(?-i:the\s+[A-Z][\w’'-]+)\s+(?:gathers|has\s+(?:learned|learnt|gathered))\b"
    # Talk that travels: "It has got about in Gildenby that", "has been floated in private".
    r"|\bit\s+(?:has|had)\s+(?:got|gone|got\s+around|gone\s+round)\s+(?:about|around|round)\b"
    r"|\b(?:has|have|had)\s+been\s+floated\b"
    # A crowd's view: "there is a strong feeling that", "It is common knowledge at the unit",
    # "Some in the village are convinced that", "it is taken for granted that", "is held by
    # many birdwatchers to be", "are known locally to have", "to hear the staff tell it".
    r"|\bthere\s+(?:is|was)\s+(?:a\s+)?(?:strong|widespread|growing|general|common)\s+(?:feeling"
    r"|belief|sense|suspicion|view)\s+that\b"
    r"|\b(?:common|general)\s+knowledge\s+(?:at|in|among|on|around|that)\b"
    r"|^\s*some\s+(?:in|at|among|on|around)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?\s+(?:are|were)"
    r"\s+(?:convinced|sure|certain|adamant|persuaded)\s+that\b"
    r"|\bit\s+(?:is|was)\s+(?:widely\s+)?(?:taken\s+for\s+granted|assumed|accepted)\s+that\b"
    r"|\b(?:is|are|was|were)\s+(?:widely\s+)?(?:held|reckoned|judged|counted)\s+by\s+"
    r"(?:many|some|several|most)\b"
    r"|\b(?:is|are|was|were)\s+known\s+locally\s+to\b"
    r"|\bto\s+hear\s+[^,;.]{1,50}?\s+tell\s+it\b",
    re.IGNORECASE,
)
HEARSAY_SHAPES_TRIGGERS = re.compile(
    "tally|tallies|assessment|reckoning|estimat|reading|experience|account|figures|sums|"
    "calculation|judg|interpretation|going by| if |gathers|has learn|has gathered|got about|"
    "gone round|got around|floated|feeling|belief|sense that|suspicion|knowledge|convinced|"
    "sure that|certain that|adamant|persuaded|for granted|assumed|accepted|held by|reckoned by|"
    "counted by|known locally|tell it"
)
