from __future__ import annotations

from retrieval.lexical import BM25, stem, tokenize


def test_tokenize_drops_stopwords_possessives_and_stems() -> None:
    assert tokenize("The group’s slogans were joined") == ["group", "slogan", "join"]
    assert stem("stopped") == "stop"
    assert stem("applications") == "applic"
    assert stem("countries") == "country"


def test_bm25_prefers_rare_exact_terms() -> None:
    bm25 = BM25(["the legion trains soldiers", "Volobuev joined the legion", "soldiers rest"])
    scores = bm25.scores("Who is Volobuev?")
    assert scores.argmax() == 1
    assert scores[0] == 0.0 and scores[2] == 0.0
    assert BM25([]).scores("anything").shape == (0,)
