"""Typos in questions read as the corpus's words: the speller, its guards, and the service."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest
from numpy.typing import NDArray

from bot.render import render_plain
from retrieval.answerability import Vocabulary, within_edits
from retrieval.embedder import Embedder
from retrieval.heard_names import sound
from retrieval.late_interaction import TokenVectors, stack_tokens
from retrieval.service import Answerer
from retrieval.spelling import Speller, _one_edit, read_typos

TEXTS = [
    "Russian soldiers apply in writing to join the legion.",
    "Reservoirs in the south are full; a burglary was reported at the pharmacy.",
]
REAL_WORDS = {"burglar", "reposted"}


def speller() -> Speller:
    return Speller(Vocabulary(TEXTS), lambda word: word in REAL_WORDS)


@pytest.mark.parametrize(
    ("a", "b", "near"),
    [("legoin", "legion", True), ("russain", "russian", True), ("resevoirs", "reservoirs", True),
     ("soliders", "soldiers", True), ("legion", "legion", False), ("legoni", "legion", False),
     ("polygraph", "paragraph", False)],
)  # fmt: skip
def test_one_edit_or_one_swap_of_neighbours(a: str, b: str, near: bool) -> None:
    assert _one_edit(a, b) is near


def test_typos_are_read_as_the_corpus_words_one_edit_away() -> None:
    text, pairs = speller().correct("how do Russain soliders sign up for the legoin")
    assert text == "how do Russian soldiers sign up for the legion"
    assert pairs == (("Russain", "Russian"), ("soliders", "soldiers"), ("legoin", "legion"))


@pytest.mark.parametrize(
    "question",
    ["Will the burglar be held?",  # a real word, and "burglary" only adds an ending
     "Who reposted it?",  # a real word the model knows, though "reported" is one letter away
     "cant they join",  # under five letters
     "Which regiment?"],  # nothing in the corpus is one edit away
)  # fmt: skip
def test_real_words_short_words_and_unknown_words_are_left_alone(question: str) -> None:
    assert speller().correct(question) == (question, ())


def _stub_encode(texts: Sequence[str]) -> tuple[NDArray[np.float32], TokenVectors]:
    vectors = np.array([[1.0, 0.0] if "legion" in t else [0.0, 1.0] for t in texts], np.float32)
    parts = [(np.array([7], np.int32), vectors[i : i + 1]) for i in range(len(texts))]
    return vectors, stack_tokens(parts, 2)


def test_a_correction_is_kept_only_if_it_brings_the_question_nearer_the_corpus() -> None:
    texts = ["draw for the legoin", "plain question"]
    vectors, tokens = _stub_encode(texts)
    nearer = read_typos(speller(), _stub_encode, lambda v: v[:, 0], texts, vectors, tokens)
    assert nearer.texts == ["draw for the legion", "plain question"]
    assert nearer.corrections == [(("legoin", "legion"),), ()]
    assert nearer.vectors[0].tolist() == [1.0, 0.0]
    farther = read_typos(speller(), _stub_encode, lambda v: v[:, 1], texts, vectors, tokens)
    assert farther.texts == texts and farther.corrections == [(), ()]


def test_the_service_reads_a_typo_and_says_so(answerer: Answerer, embedder: Embedder) -> None:
    # Dense similarity 0.15 as typed, below the abstention floor; 0.47 read as "legion".
    answer = answerer.ask("what letter do ppl draw for the legoin", k=3)
    assert answer.found and answer.read_as == (("legoin", "legion"),)
    assert any("drew the letter" in hit.chunk.text for hit in answer.hits)
    # The typo stays as typed (the reply says how it was read); chat shorthand is written out.
    assert answer.question == "what letter do people draw for the legoin"
    assert "Read “legoin” as “legion”." in render_plain(answer)
    assert answerer.ask("What letter do they draw?").read_as == ()


def test_a_name_heard_as_several_words_is_read_as_the_name() -> None:
    # Voice input splits names it does not know into words it does: "gas prom bank".
    names = Speller(
        Vocabulary(["The deal was signed by Mackintosh at Gazprombank in Wrexfordshire."]),
        lambda word: word in {"gas", "prom", "bank", "mack", "tosh"},
    )
    text, pairs = names.correct("what did mack in tosh say about the gas prom bank deal")
    assert text == "what did Mackintosh say about the Gazprombank deal"
    assert pairs == (("mack in tosh", "Mackintosh"), ("gas prom bank", "Gazprombank"))
    # The name is read as the corpus writes it, capitals inside it too.
    mixed = Speller(Vocabulary(["It was signed by McAllister on Monday."]), lambda w: False)
    assert mixed.correct("what did mack allister sign")[0] == "what did McAllister sign"
    # A run of words the corpus uses, or ending in a stopword, stays as it is.
    assert names.correct("was the deal signed") == ("was the deal signed", ())
    assert names.correct("who signed at the bank of") == ("who signed at the bank of", ())


@pytest.mark.parametrize(
    ("heard", "name"),
    [("volo boo ev", "Volobuev"), ("arrest ovich", "Arestovich"), ("seve road on yetsk",
     "Severodonetsk"), ("shish car ray", "Shishkarey"), ("gas prom bank", "Gazprombank")],
)  # fmt: skip
def test_runs_sound_like_the_name(heard: str, name: str) -> None:
    assert sound(heard.replace(" ", "")) == sound(name) or within_edits(
        sound(heard.replace(" ", "")), sound(name), 2
    )


def test_the_service_reads_a_heard_name_and_says_so(answerer: Answerer) -> None:
    # Read as the name, the question comes nearer the corpus (best similarity 0.37 -> 0.41).
    answer = answerer.ask("what did president adviser arrest ovich say about the vetting", k=3)
    assert answer.found and ("arrest ovich", "Arestovich") in answer.read_as
    assert any("Arestovich" in hit.chunk.text for hit in answer.hits)


def test_a_name_romanised_another_way_or_shortened_is_the_story_s() -> None:
    # Our own story: "Aleksey" asked as "Alexei", "Vladimir" as "Vlad"; "Gazprom" is no short
    # form of "Gazprombank", and a word that is no name's start stays unknown.
    vocabulary = Vocabulary(["Adviser Aleksey Ostrov met Vladimir Kell at Gazprombank."])
    assert vocabulary.knows("Alexei") and vocabulary.knows("Vlad")
    assert not vocabulary.knows("Gazprom") and not vocabulary.knows("Olga")
