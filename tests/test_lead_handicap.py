"""Passages of a kind: a lead, handicapped (more for a why-question), and a correction, lifted."""

from __future__ import annotations

import pytest

from retrieval.embedder import Embedder
from retrieval.passage_kinds import asks_correction, is_heading, leads
from retrieval.search_params import SearchParams
from retrieval.service import Answerer
from tests.own_articles import article_answerer, with_knobs
from tests.test_chunking import chunked

# An article of our own: the lead tells the derailment, the third paragraph its cause, in
# words ("a worn wheel had lifted over the rail") the question does not use.
TRAM = """Tram derails in Ostby

A tram came off the tracks on Harbour Road in Ostby on Wednesday morning, injuring nine \
passengers, one of them seriously.

Pictured: the rear car on its side near the fish market | Photo: Mara Lind

The number 4 tram was carrying about 60 people when its rear car left the rails at a bend near \
the fish market, the operator, Ostby Transit, said.

Investigators said on Thursday that a worn wheel had lifted over the rail on the bend, and that \
the car had last been serviced in March.

Passenger Lena Holm, 41, said the car "jolted and tipped" and that people fell against the \
windows.

Harbour Road stayed closed until the evening while cranes lifted the car back on to the track.
"""
WHY = "Why did the tram leave the rails on Harbour Road?"


def test_the_lead_is_the_first_paragraph_of_prose_not_the_headline() -> None:
    chunks = chunked(TRAM)
    flags = leads(chunks, [is_heading(c) for c in chunks])
    assert [c.text[:20] for c, lead in zip(chunks, flags, strict=True) if lead] == [
        "A tram came off the "
    ]


@pytest.fixture(scope="module")
def tram(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Answerer:
    return article_answerer(tmp_path_factory, embedder, {"ostby-tram.txt": TRAM})


def _rank(answerer: Answerer, text: str) -> tuple[int, float]:
    hit = next(h for h in answerer.ask(WHY, k=6).hits if text in h.chunk.text)
    return hit.rank, hit.score


def test_a_why_question_s_cause_overtakes_the_lead_that_tells_the_event(
    tram: Answerer, embedder: Embedder
) -> None:
    plain = with_knobs(tram, embedder, lead_penalty=0.0, why_lead_penalty=0.0)
    assert _rank(plain, "worn wheel")[0] == 4
    assert _rank(tram, "worn wheel")[0] == 3
    # The handicap orders passages; the match shown for the lead stays its own.
    assert _rank(tram, "A tram came off")[1] == _rank(plain, "A tram came off")[1]
    assert SearchParams().why_lead_penalty > 0


# An obituary of our own whose correction, at its end, shares no word with the question.
OBITUARY = """Mara Lind, harbour pilot, dies at 88

Mara Lind, who guided ships into Ostby harbour for forty years, has died at the age of 88.

She was born in Kessel in 1938 and went to sea at sixteen on her father's trawler.

In 1971 she became the first woman licensed as a pilot on the Ostby approaches.

She is survived by two sons and five grandchildren.

This article was amended on 30 November. An earlier version said Mara Lind was born in 1936.
"""


def test_what_a_story_got_wrong_is_answered_by_its_correction(
    tmp_path_factory: pytest.TempPathFactory, embedder: Embedder
) -> None:
    # Held-out 45: "what did the obituary get wrong the first time" (outside the top 10).
    assert asks_correction("what did the obituary get wrong the first time")
    assert not asks_correction("What is wrong with the harbour wall?")
    articles = {"lind.txt": OBITUARY, "ostby-tram.txt": TRAM}
    obituary = article_answerer(tmp_path_factory, embedder, articles)
    question = "what did the pilot's obituary get wrong at first"
    assert "An earlier version" in obituary.ask(question).hits[0].chunk.text
    plain = with_knobs(obituary, embedder, correction_lift=0.0)
    assert not any("An earlier version" in h.chunk.text for h in plain.ask(question, k=3).hits)
