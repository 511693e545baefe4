from __future__ import annotations

from retrieval.embedder import Embedder
from retrieval.lexical import BM25, compound_tails, stem, tokenize


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


def test_a_compound_name_is_found_by_its_last_word(embedder: Embedder) -> None:
    # Seed sets 4, 30, 32: "which banker joined them" is about the Vice President of
    # Gazprombank; to BM25 and to MiniLM's word pieces "Gazprombank" was one opaque word.
    def is_word(word: str) -> bool:
        return bool(embedder.piece_ids([word]))

    texts = ["The former Vice President of Gazprombank joined the legion.", "Soldiers train."]
    assert compound_tails(texts[0], is_word) == ["bank"]
    assert compound_tails("The President spoke.", is_word) == []  # a word, no "dent"
    bm25 = BM25(texts, is_word=is_word)
    assert bm25.scores("which banker joined them").argmax() == 0
    assert BM25(texts).scores("which banker")[0] == 0.0
