from __future__ import annotations

from retrieval.embedder import Embedder, vocabulary_words
from retrieval.lexical import BM25, compound_tails, gloss_compounds, stem, tokenize
from retrieval.service import Answerer


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
    is_word = vocabulary_words(embedder)
    texts = ["The former Vice President of Gazprombank joined the legion.", "Soldiers train."]
    assert compound_tails(texts[0], is_word) == ["bank"]
    assert compound_tails("The President spoke.", is_word) == []  # a word, no "dent"
    bm25 = BM25(texts, is_word=is_word)
    assert bm25.scores("which banker joined them").argmax() == 0
    assert BM25(texts).scores("which banker")[0] == 0.0


def test_a_business_compound_is_glossed_for_the_embedding(embedder: Embedder) -> None:
    is_word = vocabulary_words(embedder)
    text = "The former Vice President of Gazprombank lives in Brayfield."
    # A place's "-field" stays as written: the gloss is for what kind of business a name is.
    assert gloss_compounds(text, is_word) == (
        "The former Vice President of Gazprombank (bank) lives in Brayfield."
    )
    assert gloss_compounds("Bettina Adebanjo spoke.", is_word) == "Bettina Adebanjo spoke."


def test_a_reader_s_banker_finds_the_vice_president_of_gazprombank(answerer: Answerer) -> None:
    # Seven blind seed sets asked for "the banker" or "a gentleman from a bank" and were told
    # the corpus did not say: to the model "Gazprombank" was an opaque name.
    for question in ("has any senior banker joined up?", "banker defector"):
        answer = answerer.ask(question)
        assert answer.found, question
        assert "Gazprombank" in answer.hits[0].chunk.text, question
