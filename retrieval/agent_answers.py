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

AWARD = AnswerType(
    # "What medals has Captain Lesnichenko received?", "Which film won the jury prize?": an
    # honour told as such, not anything else the person or film did.
    "an award",
    re.compile(
        r"\b(?:medals?|awards?|honours?|honors?|decorations?|prizes?|trophy|trophies)\b"
        r"[^?]*\b(?:received|receive|won|win|wins|awarded|given|get|got|earned|has|have)\b"
        r"|\b(?:received|won|awarded|given|earned)\b[^?]*\b(?:medals?|awards?|prizes?|trophy)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\bmedals?\b|\bawards?\b|\bawarded\b|\bhonou?r(?:s|ed)?\b|\bdecorated\b|\bprizes?\b"
        r"|\btrophy\b|\btrophies\b|\bOrder\s+of\b|\bHero\s+of\b|\bwinners?\b|\bwon\b",
        re.IGNORECASE,
    ),
)

FORMER_JOB = AnswerType(
    # "What did Arestovich do before he became an adviser?", "What was Zelensky's career before
    # he became president?": an earlier job told as such beside the name.
    "what they did before",
    re.compile(
        # Not "What did the farmer do before he left?": an act before an event.
        r"\bwhat\s+did\s+.+\bdo\b.*\bbefore\s+(?:becoming|(?:he|she|they)\s+became|entering)\b"
        r"|\b(?:career|job|profession|living)\s+before\b"
        r"|\bwhat\s+did\s+.+\bdo\s+for\s+a\s+living\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\bformer(?:ly)?\b|\bpreviously\b|\bex-\w+|\bbefore\s+(?:becoming|joining|entering)\b"
        r"|\bworked\s+(?:as|for|at)\b|\bcareer\b|\bonce\s+(?:a|an|the)\b|\bused\s+to\b",
        re.IGNORECASE,
    ),
    beside_name=True,
)

LATER_FATE = AnswerType(
    # "What happened to Captain Lesnichenko later on?", "… after he switched sides?": what
    # became of someone afterwards, told as such ("was later killed", "has since returned",
    # "went on to"), not the act the story reports.
    "what became of them",
    re.compile(
        # Of someone named ("to sergeant Shishkarey", "to Captain Maxim Lesnichenko"), not "to
        # the currency after the announcement", whose answer is the event's outcome.
        r"^\W*what\s+(?:has\s+)?happened\s+to\s+(?:(?!the\b|an?\b)[a-z]+\s+)?(?-i:[A-Z])"
        r"[^?]*\b(?:later|after|afterwards|since|then|next|eventually)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\blater\b|\bsince\b|\bwent\s+on\s+to\b|\bafterwards\b|\beventually\b|\bnow\b"
        r"|\b(?:killed|died|dead|sentenced|jailed|released|freed|exchanged|swapped|returned"
        r"|wounded|injured|captured|arrested)\b",
        re.IGNORECASE,
    ),
    beside_name=True,
)
