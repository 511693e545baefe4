"""Questions about the writer's own view find the passage where the story gives it."""

from __future__ import annotations

import pytest

from retrieval.embedder import Embedder
from retrieval.passage_kinds import asks_writer_view
from tests.own_articles import article_answerer, with_knobs

# An article of our own whose last paragraph is the reporter's view, in words no question uses.
LIDO = """Council votes to keep Marrow Lane lido open for one more summer

Councillors in Kelby voted on Tuesday to keep the Marrow Lane lido open until September, after \
a petition signed by 4,100 people.

The lido needs a new filter and a relined pool, which the council's own survey costs at 380,000 \
pounds. The council's finance chief, Ola Brandt, said the money would have to come from reserves.

Swimmers' group chair Ines Marlow said the vote was a victory for the town. "We will keep \
fighting until the pool is safe for another fifty years," she said.

The lido opened in 1936 and was last refurbished in 1989. It drew 22,000 swimmers last summer, \
up from 18,000 the year before.

A reprieve for one summer buys time, not a future. I expect the council to give up on the site \
within two years.
"""


def test_a_question_about_the_writer_s_view_is_told_apart() -> None:
    assert asks_writer_view("Does the columnist think the new rules will stick?")
    assert asks_writer_view("who does the reporter reckon will win the semi")
    assert asks_writer_view("What did the critic make of the second act?")
    assert asks_writer_view("What does the Echo think the row is really about?")
    assert asks_writer_view("Does the newspaper blame the council for this?")
    assert asks_writer_view("Does the paper side with the swimmers or the council?")
    assert asks_writer_view("Will the lido open next summer, according to the paper?")
    assert asks_writer_view("Will it reopen, in the writer’s view?")
    assert asks_writer_view("whats the writers prediction for the lido")
    assert asks_writer_view("What does the columnist want the council to do?")
    assert asks_writer_view("whats the papers advice for swimmers")
    assert not asks_writer_view("What does the council think of the lido?")
    assert not asks_writer_view("Who wrote the article?")
    assert not asks_writer_view("What was wrong with the pictures in the paper?")
    assert not asks_writer_view("According to the paper, how much did the filter cost?")
    assert not asks_writer_view("What papers did the court see?")


@pytest.mark.parametrize(
    "question",
    [
        "Does the reporter think the swimmers have won the fight?",
        "Does the writer think the vote saves the lido?",
    ],
)
def test_the_writer_s_view_is_lifted_for_a_question_about_it(
    tmp_path_factory: pytest.TempPathFactory, embedder: Embedder, question: str
) -> None:
    lido = article_answerer(tmp_path_factory, embedder, {"marrow-lido.txt": LIDO})
    view = "buys time, not a future"
    assert any(view in h.chunk.text for h in lido.ask(question, k=3).hits)
    plain = with_knobs(lido, embedder, view_lift=0.0)
    assert not any(view in h.chunk.text for h in plain.ask(question, k=3).hits)
