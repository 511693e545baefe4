"""Questions asking a living thing's scientific name ("What is the Latin name of the moth?").

A story that answers gives a binomial, a capitalised genus and a lower-case species with a
Latin ending ("Cydalima perspectalis", "Ideonella sakaiensis"); a passage about the creature
that never names it so is no answer. Part of :data:`retrieval.answer_types.ANSWER_TYPES`.
"""

from __future__ import annotations

import re

from retrieval.answer_forms import AnswerType

# Latin endings of a species' name; a place and a common noun ("Kelby area") rarely end so.
_SPECIES_ENDINGS = (
    "us um ae is ii ensis oides ata atum icus ica icum alis ale ella ina osa osus ana anus ides"
)
SCIENTIFIC_NAME = AnswerType(
    "its scientific name",
    re.compile(r"\b(?:scientific|latin|botanical|species)\s+name\b", re.IGNORECASE),
    re.compile(rf"\b[A-Z][a-z]{{2,}}\s+[a-z]{{2,}}(?:{'|'.join(_SPECIES_ENDINGS.split())})\b"),
)
