"""Questions expecting a sum of money, and someone's pay.

"How much will the terminal cost?" is answered by a passage giving a sum in a currency; "How
much does head librarian Dolores Finch earn?" only by one giving a sum as someone's pay. Part of
:data:`retrieval.answer_types.ANSWER_TYPES`, pay before money, as a question asking pay asks a
sum too.
"""

from __future__ import annotations

import re

from retrieval.answer_forms import (
    MONEY_AMOUNTS,
    MONEY_NOUNS,
    MONEY_TOPICS,
    MONEY_VERBS,
    PAY_WORDS,
    SUM,
    AnswerType,
)

PAY = AnswerType(
    # "How much does head librarian Dolores Finch earn?", "What is Nadia Kroll's salary?":
    # pay, which a story gives with a word for pay beside the sum ("earns about £38,000 a
    # year", "the usual rate is about 14 pounds an hour"); any other sum is no one's pay.
    "their pay",
    re.compile(
        # Within one clause: "how much did she promise, and when will it be paid" asks a sum.
        r"\bhow\s+much\b[^,;]*\b(?:earn|earns|earned|paid(?!\s+(?:for|to|out|up|back|off)\b))\b"
        # "How much money did Volobuev make at Gazprombank?": his pay, not a firm's takings.
        r"|\bhow\s+much\s+money\s+(?:does|did|do)\s+(?!the\b|a\b|its\b)[^,;]*\b(?:make|makes)\b"
        r"|\bwhat(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+(?:\S+\s+){0,4}?"
        r"(?:salary|salaries|wages?)\b|\bwhat\s+(?:salary|salaries|wages?)\b"
        # "Do the fighters get a wage, and how much is it a month?"
        r"|\b(?:salary|salaries|wages?)\b[^?]*\bhow\s+much\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"(?:{SUM})(?:[^.!?]|\.\d){{0,80}}?{PAY_WORDS}"
        rf"|{PAY_WORDS}(?:[^.!?]|\.\d){{0,80}}?(?:{SUM})",
        re.IGNORECASE,
    ),
    beside_name=True,
)

MONEY = AnswerType(
    "a sum of money",
    re.compile(
        r"\bhow\s+much\b(?!\s+(?:time|longer|more\s+time)\b)"
        rf".*\b(?:{'|'.join(MONEY_VERBS.split())})\b"
        rf"|\bwhat(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+(?:\S+\s+){{0,3}}"
        rf"(?:{'|'.join(MONEY_NOUNS.split())})\b"
        rf"|\bhow\s+much\s+(?:\S+\s+)?(?:{'|'.join(MONEY_TOPICS.split())})\b"
        # "How much prize money did Ines Taborda win?" (bare "money" also asks of pledges
        # and bribes told without a sum beside the name, so only prize money is kept)
        r"|\bhow\s+much\s+prize\s+money\b"
        # "Roughly what does one NLAW cost Ukraine's allies?"
        r"|\bwhat\s+(?:does|did|do)\s+(?:\S+\s+){1,5}?cost\b"
        # "How much is an adult ticket to the park?"
        r"|\bhow\s+much\s+(?:is|are|was|were)\s+(?:\S+\s+){0,3}?(?:tickets?|fares?|admission)\b"
        # "How big is the fine that Brightcart is challenging?"
        r"|\bhow\s+(?:big|large|high)\s+(?:is|was|are|were|will\s+be)\s+(?:the\s+|its\s+|their\s+)?"
        rf"(?:\S+\s+){{0,2}}?(?:{'|'.join(MONEY_AMOUNTS.split())})\b",
        re.IGNORECASE,
    ),
    # A currency, as a sign or a word ("£19,000", "3 million marks", "thirty-four thousand
    # pounds", "for free"): a bare number ("May 11", "70th") is no sum of money.
    re.compile(
        rf"{SUM}|\bfree\s+of\s+charge\b|\bfor\s+free\b"
        r"|\bunpaid\b|\bsalary\b|\bwages?\b|\b\d[\d,.]*\s*(?:m|bn|k)\b",
        re.IGNORECASE,
    ),
    beside_name=True,
)
