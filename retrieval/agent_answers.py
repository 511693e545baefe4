"""Questions asking who made, designed, owns or discovered something, or who its mayor is.

"Who designed the Tallis Bridge?" is answered by a passage telling a designer ("designed by",
"the architect"), "Which company built the probe?" by one telling a maker, "Who discovered the
breach?" by one telling who found it; a passage that names the thing for something else is no
answer. Part of :data:`retrieval.answer_types.ANSWER_TYPES`.
"""

from __future__ import annotations

import re

from retrieval.answer_forms import AnswerType

DESIGNER = AnswerType(
    "its designer",
    re.compile(
        r"^\W*(?:who|which\s+\w+(?:\s+\w+)?)\s+(?:designed|drew\s+up)\b"
        r"|\bwho\s+(?:is|was|were)\s+the\s+(?:architect|designer)s?\b",
        re.IGNORECASE,
    ),
    # "designed by", "the architect", "the work of the engineer", "the Oslo studio Fjell
    # Arkitekter", "drew up the plans".
    re.compile(
        r"\bdesign(?:ed|er|ers|s)?\b|\barchitect|\barkitekt|\bengineer|\bstudio\b"
        r"|\bpractice\b|\bwork\s+of\b|\bplans\b|\bdrew\b|\bdrawn\b",
        re.IGNORECASE,
    ),
    beside_name=True,
)

OWNER = AnswerType(
    "its owner",
    re.compile(
        r"^\W*who\s+(?:owns|owned|controls)\b|\bwho\s+(?:is|are|was|were)\s+the\s+owners?\b"
        r"|^\W*(?:which|what)\s+(?:firm|company|group|fund|business|family)\s+(?:owns|owned"
        r"|controls|controlled)\b",
        re.IGNORECASE,
    ),
    # Not "its own investigation".
    re.compile(
        r"\bown(?:s|ed|er|ers|ership)\b|(?<!\bits\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)"
        r"\bown\b|\bstake\b|\bsubsidiary\b|\bparent\b|\bbought\b"
        r"|\bacquir|\bsold\b|\bbelong(?:s|ed|ing)?\b|\bfamily-(?:run|owned)\b"
        r"|\bcontroll(?:ed|ing)\b|\bin\s+the\s+hands\s+of\b",
        re.IGNORECASE,
    ),
    beside_name=True,
)

MAKER = AnswerType(
    # "Which country manufactures the NLAW?", "Which company built the probe?": a maker, told
    # as such ("made by Halvard Pharma", "British-made", "the Saab factory"), not by naming a
    # weapon's users. ("Who built X?" asks its founding first: "built in 1902 by".)
    "its maker",
    re.compile(
        r"^\W*(?:who|(?:which|what)\s+\w+)\s+(?:makes|manufactures|manufactured|produces)\b"
        r"|^\W*(?:which|what)\s+\w+\s+(?:made|makes|built|builds)\b"
        r"|\bwho\s+(?:is|are|was|were)\s+the\s+(?:makers?|manufacturers?)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\bmade\s+(?:by|in|at)\b|\bmanufactur|\bproduce[rd]s?\b|\bproduction\b|\bmakers?\b"
        r"|\w-made\b|\bbuilt\s+by\b|\bfactor(?:y|ies)\b|\bplant\b|\bsuppl(?:y|ied|ier)",
        re.IGNORECASE,
    ),
    beside_name=True,
)

DISCOVERER = AnswerType(
    # "Who discovered penicillin?", "who discovered the breach first": whoever found it, told
    # as such ("first spotted not by the company but by …", "invented by", "noticed").
    "who discovered it",
    re.compile(r"^\W*who\s+(?:first\s+)?(?:discovered|invented|uncovered)\b", re.IGNORECASE),
    re.compile(
        r"\bdiscover\w*|\binvent\w*|\bspott\w*|\buncover\w*|\bdetect\w*|\bidentif\w*"
        r"|\bnoticed\b|\bfound\b|\bfirst\s+(?:saw|reported|raised|warned|flagged)\b",
        re.IGNORECASE,
    ),
)

MAYOR = AnswerType(
    # "Who is the mayor of Corranbridge?": a mayor named as such, not "Deputy Mayor Osric
    # Dallimore" nor a former one.
    "its mayor",
    re.compile(r"^\W*who\s+(?:is|was)\s+(?:the\s+)?(?:current\s+)?mayor\s+of\b", re.IGNORECASE),
    re.compile(
        r"(?<!\bdeputy\s)(?<!\bformer\s)(?<!\bvice\s)(?<!\bdeputy-)\bmayor(?:al|ess)?\b",
        re.IGNORECASE,
    ),
    beside_name=True,
)
