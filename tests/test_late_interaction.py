"""Late interaction: rarity within the passage's own document decides a word's weight, and a
passage that matches its whole document (a hub) gives up part of that pull."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from config import load_settings
from retrieval.embedder import Embedder
from retrieval.late_interaction import HUB_BLOCK, Implied, MaxSimScorer, stack_tokens
from retrieval.service import Answerer
from tests.own_articles import first_passage

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


def unit(*axes: int, dims: int = 4) -> np.ndarray:
    vectors = np.zeros((len(axes), dims), np.float32)
    vectors[np.arange(len(axes)), axes] = 1.0
    return vectors


def test_the_passage_that_matches_every_other_one_of_its_document_is_the_hub() -> None:
    # Passages 0-2 each speak of one thing (axes 0, 1, 2); passage 3 touches all three.
    # Passage 4 is alone in its document, and a document with only two passages has no hub.
    parts = [
        (np.array([1], np.int32), unit(0)),
        (np.array([2], np.int32), unit(1)),
        (np.array([3], np.int32), unit(2)),
        (np.array([1, 2, 3], np.int32), unit(0, 1, 2)),
        (np.array([4], np.int32), unit(3)),
        (np.array([5], np.int32), unit(0)),
        (np.array([6], np.int32), unit(1)),
    ]
    documents = np.array([0, 0, 0, 0, 1, 2, 2])
    hubness = MaxSimScorer(stack_tokens(parts, 4), 10, documents).hubness()
    assert hubness[3] > 0 > hubness[:3].max()
    assert hubness[:4].sum() == pytest.approx(0.0, abs=1e-6)  # centred per document
    assert np.array_equal(hubness[4:], np.zeros(3, np.float32))


@pytest.mark.parametrize("passages", [7, 2 * HUB_BLOCK + 5])
def test_hubness_is_the_mean_score_against_the_other_passages_of_the_document(
    passages: int,
) -> None:
    # The batched computation against its definition, on random tokens, two documents (the
    # long one in blocks) and a passage without content tokens.
    rng = np.random.default_rng(passages)
    parts = []
    for n in range(passages + 4):
        count = 0 if n == 2 else int(rng.integers(1, 6))
        vectors = rng.normal(size=(count, 8)).astype(np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        parts.append((rng.integers(1, 20, count).astype(np.int32), vectors))
    documents = np.array([0] * passages + [1] * 4)
    scorer = MaxSimScorer(stack_tokens(parts, 8), 20, documents)
    tokens = stack_tokens(parts, 8)
    expected = np.zeros(len(parts), np.float32)
    for members in (np.arange(passages), np.arange(passages, passages + 4)):
        members = members[np.diff(tokens.offsets)[members] > 0]
        for part in np.array_split(members, -(-len(members) // HUB_BLOCK)):
            matrix = np.stack([scorer.scores(*tokens.of(int(p)), part) for p in part])
            means = (matrix.sum(axis=0) - np.diag(matrix)) / (len(part) - 1)
            expected[part] = means - means.mean()
    assert np.allclose(scorer.hubness(), expected, atol=1e-3)


def test_a_short_answering_paragraph_beats_the_hub_of_the_seed_article(
    answerer: Answerer, embedder: Embedder
) -> None:
    # Without the correction the photo-caption paragraph (which mentions the fighters, the
    # Ukrainians and the legion, like half the article) came first and the answer third.
    question = "Do the legion fighters look like regular Ukrainian soldiers?"
    expect = "disguised as the Ukrainian Armed Forces"
    assert expect in first_passage(answerer, embedder, question)
    assert expect not in first_passage(answerer, embedder, question, hub_correction=0.0)


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


def test_an_implied_token_counts_as_matched_only_in_the_passages_that_imply_it() -> None:
    dims = 2
    parts = [
        (np.array([5], np.int32), np.array([[1.0, 0.0]], np.float32)),
        (np.array([6], np.int32), np.array([[1.0, 0.0]], np.float32)),
    ]
    scorer = MaxSimScorer(stack_tokens(parts, dims), vocab_size=10, documents=np.array([0, 1]))
    query_ids = np.array([5, 9], np.int32)  # 9 stands for "photo": no passage says it
    query = np.array([[1.0, 0.0], [0.0, 1.0]], np.float32)
    candidates = np.array([0, 1])
    plain = scorer.scores(query_ids, query, candidates)
    implied = Implied(np.array([False, True]), np.array([False, True]), 0.8)
    lifted = scorer.scores(query_ids, query, candidates, [implied])
    assert lifted[0] == pytest.approx(plain[0])
    assert lifted[1] > plain[1]
    # A match already better than the implied one is kept.
    weak = Implied(implied.passages, implied.tokens, -1.0)
    assert scorer.scores(query_ids, query, candidates, [weak])[1] == pytest.approx(plain[1])
