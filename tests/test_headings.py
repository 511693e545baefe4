"""Questions about what the headline or a section heading says (real model, real index)."""

from __future__ import annotations

import pytest

from retrieval.embedder import Embedder
from retrieval.passage_kinds import asks_about_heading, asks_about_section_heading
from retrieval.service import Answerer
from retrieval.speaker_match import asked_speaker
from tests.own_articles import article_answerer, first_passage, with_knobs

# An article of our own: a headline, a section heading, and paragraphs that repeat the
# heading's words, which outranked the heading itself while headings were always handicapped.
FERRIES = """Island ferry crews walk out over rotas

Crews on the Skelda island ferries walked out on Friday in a dispute over rotas, leaving about \
3,000 passengers a day without a crossing, the operator Norrholm Lines said.

The union said crews had worked double shifts for months because the company had not replaced \
staff who left. Norrholm Lines said it had hired 14 deckhands since June.

Councillors Demand Emergency Timetable

Councillors on Skelda said the walkout showed the island could not rely on one operator and \
asked the county for an emergency timetable run by chartered boats.

The county said it would discuss the request on Tuesday. Islanders queued at the harbour for \
hours on Friday hoping for news of a crossing.
"""


@pytest.fixture(scope="module")
def ferries(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Answerer:
    return article_answerer(tmp_path_factory, embedder, {"skelda-ferries.txt": FERRIES})


@pytest.mark.parametrize(
    "question",
    ["What does the headline say?", "what does the sub-heading say councillors want",
     "What's in the section headings?", "What is the title of the article?",
     "the story's title", "Which strapline ran on the piece?", "section header?",
     "What is the heading?"],
)  # fmt: skip
def test_a_question_about_a_headline_or_heading_is_recognised(question: str) -> None:
    assert asks_about_heading(question)


@pytest.mark.parametrize(
    "question",
    ["Who holds the title?", "What is the title of her new book?", "Where is the ferry headed?",
     "Which team won the league title?", "Were the crews heading for the harbour?",
     "Where is the fighting heading?", "What is the title of her part in the play?"],
)  # fmt: skip
def test_other_titles_and_heads_are_not_headlines(question: str) -> None:
    assert not asks_about_heading(question)


def test_a_question_about_the_section_heading_gets_the_heading_first(
    ferries: Answerer, embedder: Embedder
) -> None:
    question = "What does the section heading say councillors want?"
    assert first_passage(ferries, embedder, question) == "Councillors Demand Emergency Timetable"


def test_a_question_about_a_subheading_sharing_no_word_with_it_gets_the_heading(
    ferries: Answerer, embedder: Embedder
) -> None:
    # Seed held-out 42: nothing but "sub-heading" ties the question to the heading it asks for.
    question = "What does the sub-heading partway down the piece announce?"
    assert asks_about_section_heading(question)
    assert not asks_about_section_heading("What does the headline say?")
    assert first_passage(ferries, embedder, question) == "Councillors Demand Emergency Timetable"
    plain = with_knobs(ferries, embedder, section_heading_lift=0.0).ask(question)
    assert "Councillors Demand Emergency Timetable" not in [h.chunk.text for h in plain.hits]
    # A subheading asked about a name the corpus never uses is still declined.
    assert not ferries.ask("What does the subheading say about Tromsø?").found
    # Seed held-out sets 38 to 63: "the heading of the section about …", "the title of the
    # second part", "the section header that flags …".
    for asked in ("What is the heading of the section about the island's demand?",
                  "What is the title of the second part of the article?",
                  "What's the section header that flags the call for boats?"):  # fmt: skip
        assert asks_about_section_heading(asked)
        assert first_passage(ferries, embedder, asked) == "Councillors Demand Emergency Timetable"
    # Seed held-out 55: a child's words for it.
    child = "What does the second title in the middle of the story say?"
    assert asks_about_section_heading(child)
    assert first_passage(ferries, embedder, child) == "Councillors Demand Emergency Timetable"
    # Seed held-out 70: "subtitle" for it, but a subtitle alone may be a film's.
    assert asks_about_section_heading("There's a bold subtitle in the middle of the page?")
    assert not asks_about_section_heading("How many characters fit on a subtitle line?")


def test_a_question_about_the_headline_quotes_the_headline(
    ferries: Answerer, embedder: Embedder
) -> None:
    # The headline never says "headline": it counts as saying it, as a caption says "photo".
    question = "What does the headline say the crews did?"
    quoted = [hit.chunk.text for hit in ferries.ask(question).hits[:3]]
    assert "Island ferry crews walk out over rotas" in quoted
    plain = with_knobs(ferries, embedder, heading_word_match=0.0).ask(question)
    assert "Island ferry crews walk out over rotas" not in [h.chunk.text for h in plain.hits]
    # Any other question about the walkout is answered by the story, not its headline.
    assert not first_passage(ferries, embedder, "Why did the crews walk out?").startswith("Island")


def test_a_question_about_the_headline_asks_no_speaker() -> None:
    # "What does the headline say …?" is not "What did X say …?": no source is asked for.
    assert asked_speaker("What does the headline say the crews did?") is None
    assert asked_speaker("What did the caption say?") is None
    assert asked_speaker("What did the harbour master say about the crews?") == "harbour master"
