"""A question about the story's first, second or last picture finds that picture's caption."""

from __future__ import annotations

import pytest

from retrieval.embedder import Embedder
from retrieval.passage_kinds import NOT_A_PICTURE, asked_picture, picture_places
from tests.own_articles import article_answerer, first_passage
from tests.test_chunking import chunked

# An article of our own with three pictures whose captions share most of their words.
FERRY = """Ferry returns to Ostby after repairs

The Ostby ferry returned to service on Monday after six weeks of repairs to its engines.

Pictured: the ferry leaving the harbour on Monday morning | Photo: Mara Lind

The operator, Ostby Lines, said the repairs had cost about 400,000 euros.

Pictured: passengers queueing on the quay before the first crossing | Photo: Jonas Berg

Passenger Lena Holm, 41, said she had missed the ferry more than the bus that replaced it.

Pictured: the ferry's new engine being lowered into the hull in May | Photo: Ostby Lines
"""


def test_the_ordinal_of_a_picture_is_read_from_the_question() -> None:
    assert asked_picture("In the second photograph, who is queueing?") == 1
    assert asked_picture("Who took that first snap?") == 0
    assert asked_picture("What does the last picture show?") == -1
    assert asked_picture("Who was the first passenger?") is None


def test_each_caption_knows_its_place_among_the_story_s_pictures() -> None:
    chunks = chunked(FERRY)
    at, from_end = picture_places(chunks)
    captions = [i for i, place in enumerate(at) if place != NOT_A_PICTURE]
    assert [int(at[i]) for i in captions] == [0, 1, 2]
    assert [int(from_end[i]) for i in captions] == [-3, -2, -1]


@pytest.mark.parametrize(
    ("question", "credit"),
    [
        ("Who took the second photo?", "Jonas Berg"),
        ("Who is credited for the last picture?", "Photo: Ostby Lines"),
        ("Who took the first photo?", "Mara Lind"),
    ],
)
def test_a_question_about_the_nth_picture_finds_its_caption(
    tmp_path_factory: pytest.TempPathFactory, embedder: Embedder, question: str, credit: str
) -> None:
    ferry = article_answerer(tmp_path_factory, embedder, {"ferry.txt": FERRY})
    assert credit in first_passage(ferry, embedder, question)


def test_without_the_lift_the_caption_that_shares_a_word_wins(
    tmp_path_factory: pytest.TempPathFactory, embedder: Embedder
) -> None:
    ferry = article_answerer(tmp_path_factory, embedder, {"ferry.txt": FERRY})
    # "first crossing" in the second caption outweighs which picture was asked about.
    plain = first_passage(ferry, embedder, "Who took the first photo?", picture_lift=0.0)
    assert "Jonas Berg" in plain
