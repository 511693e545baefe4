"""Late interaction's word weights: rarity within the passage's own document decides."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from config import load_settings
from retrieval.embedder import Embedder
from retrieval.late_interaction import MaxSimScorer, stack_tokens
from retrieval.service import Answerer

ARTICLES = Path(__file__).resolve().parent / "articles"


def scorer(**powers: float) -> MaxSimScorer:
    # Document 0 has two passages, both using piece 5; document 1 one passage without it.
    dims = 2
    parts = [
        (np.array([5, 6], np.int32), np.ones((2, dims), np.float32)),
        (np.array([5, 7], np.int32), np.ones((2, dims), np.float32)),
        (np.array([8], np.int32), np.ones((1, dims), np.float32)),
    ]
    return MaxSimScorer(
        stack_tokens(parts, dims), vocab_size=10, documents=np.array([0, 0, 1]), **powers
    )


def test_a_word_in_every_passage_of_a_document_weighs_less_than_a_word_in_one() -> None:
    weights = scorer().weights(np.array([5, 7], np.int32), np.array([0, 1]))
    assert weights[0, 0] < weights[0, 1]
    assert np.array_equal(weights[0], weights[1])  # the same document, the same weights


def test_words_a_document_never_uses_weigh_the_most_and_unknown_ids_do_not_alias() -> None:
    # Piece 15 is beyond the vocabulary: as if a document 1 key (1 * 10 + 5) were looked up.
    weights = scorer().weights(np.array([5, 7, 15], np.int32), np.array([2]))
    assert weights[0, 0] == weights[0, 1] == weights[0, 2]
    assert weights[0, 0] > scorer().weights(np.array([7], np.int32), np.array([0]))[0, 0]


def test_with_no_powers_every_word_weighs_the_same() -> None:
    weights = scorer(document_idf_power=0.0).weights(np.array([5, 6], np.int32), np.array([0]))
    assert np.array_equal(weights, np.ones((1, 2), np.float32))


@pytest.fixture(scope="module")
def two_ports(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Answerer:
    root = tmp_path_factory.mktemp("ports")
    (root / "corpus").mkdir()
    for name in ("wire-port-strike.txt", "conflict-port-strike.txt"):
        shutil.copy(ARTICLES / name, root / "corpus" / name)
    settings = load_settings(corpus_dir=root / "corpus", index_dir=root / "index")
    return Answerer.open(settings, embedder=embedder, cache_size=0)


@pytest.mark.parametrize(
    ("question", "expect"),
    [
        ("What pay rise are the Rotterdam dockers asking for?", "9.5% pay rise"),
        ("How many Rotterdam dock workers are on strike?", "About 4,000 workers"),
        ("How many people were hurt in the Izmail strike?", "11 people were wounded"),
    ],
)
def test_a_detail_further_down_beats_the_lead_that_names_the_story(
    two_ports: Answerer, question: str, expect: str
) -> None:
    # Each lead names the port and the strike; only the later paragraph answers. With the
    # corpus-wide idf alone ("Rotterdam" is rare in the corpus) the lead came first.
    answer = two_ports.ask(question, k=3)
    assert answer.found
    assert expect in answer.hits[0].chunk.text, [h.chunk.text[:60] for h in answer.hits]
