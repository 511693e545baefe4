"""A question that describes whom it quotes finds the passage that source speaks in."""

from __future__ import annotations

import numpy as np
import pytest
from numpy.typing import NDArray

from corpus.records import Chunk
from retrieval.embedder import Embedder
from retrieval.question_kinds import KindLifts
from retrieval.search_params import SearchParams
from retrieval.service import Answerer
from retrieval.speaker_match import SpeakerMatch, asked_speaker
from tests.own_articles import article_answerer

# An article of our own: the mayor and a ferry skipper both speak about the new boats, and
# the question names neither, only "the town's leader".
FERRIES = """Kessby votes to buy two new ferries

The council of Kessby voted on Tuesday to buy two new ferries for the crossing to Lund, which \
has run since 1921.

"The new boats say a lot about this town, and they will need bigger crews," said ferry skipper \
Tor Hallin, who has worked the crossing for 30 years.

"They will be quieter and cleaner, and they will run every hour," said Mayor Ilse Varn.

Residents packed the meeting, and several said the old ferries were unsafe in winter storms.

The boats will be built at a yard in Gdynia. Nordholm Marine, which lost the order, declined to \
comment on the vote.
"""


@pytest.mark.parametrize(
    ("question", "speaker"),
    [("What did the town's leader say about the new boats?", "town's leader"),
     ("How did the event organisers explain their side of the quarrel?", "event organisers"),
     ("what does the council leader say millbrook gets out of the deal", "council leader"),
     ("What is the legion?", None), ("Who said the boats were unsafe?", None),
     ("Why might rates rise again by the summer, according to one economist?", "economist"),
     ("According to Arestovich, how many of them are on the front line?", "Arestovich"),
     ("What has Zelensky himself said about the legion?", "Zelensky"),
     ("so what has the council leader said about that?", "council leader"),
     ("Why does the trust's chief executive say the hospitals signed up?",
      "trust's chief executive"),
     # Held-out 62: a polite question is searched as "What the firm's boss said …?".
     ("What the firm's boss said about the two injured staff?", "firm's boss"),
     ("What happened after the boss said no?", None), ("what he said about it", None)],
)  # fmt: skip
def test_the_speaker_a_question_describes_is_read(question: str, speaker: str | None) -> None:
    assert asked_speaker(question) == speaker


@pytest.fixture(scope="module")
def ferries(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Answerer:
    return article_answerer(tmp_path_factory, embedder, {"kessby-ferries.txt": FERRIES})


def speakers_of(
    answerer: Answerer,
) -> tuple[tuple[Chunk, ...], NDArray[np.int64], int, int]:
    """The article's passages, their ids, and the mayor's and the skipper's passage."""
    chunks = answerer.engine.chunks
    mayor = next(i for i, c in enumerate(chunks) if "Mayor Ilse Varn" in c.text)
    skipper = next(i for i, c in enumerate(chunks) if "Tor Hallin" in c.text)
    return chunks, np.arange(len(chunks), dtype=np.int64), mayor, skipper


def test_a_description_of_the_speaker_is_nearest_the_source_it_describes(
    ferries: Answerer, embedder: Embedder
) -> None:
    chunks, ids, mayor, skipper = speakers_of(ferries)
    near = SpeakerMatch(chunks, embedder.encode).similarity("town's leader", ids)
    assert near[mayor] > near[skipper]
    assert near[0] == 0.0  # the headline names no source
    assert not SpeakerMatch(chunks, None).similarity("town's leader", ids).any()


def test_a_question_quoting_a_described_speaker_lifts_the_passages_they_speak_in(
    ferries: Answerer, embedder: Embedder
) -> None:
    chunks, ids, mayor, skipper = speakers_of(ferries)
    kinds = KindLifts(chunks, embedder.encode)
    relevance = np.full(len(chunks), 0.5, dtype=np.float32)
    p = SearchParams(speaker_lift=1.0, speaker_floor=0.0, why_context=0.0)
    lifts = kinds.lifts("What did the town's leader say about the new boats?", ids, relevance, p)
    assert lifts[mayor] > lifts[skipper] > 0.0
    assert not kinds.lifts("What will the new boats cost?", ids, relevance, p).any()


@pytest.mark.parametrize(
    ("question", "unquoted"),
    [("What did President Kallio say about the new boats?", "Kallio"),
     ("What did the Kessby council say about the ferries?", None),  # described, not named
     ("What did Mayor Varn say about the new boats?", None),  # she is quoted
     ("What did Tor Hallin tell the meeting?", None),
     ("What does Lund think of the new boats?", "Lund"),  # named in the story, quoted nowhere
     ("What did Kessby's council say about the ferries?", None),
     ("What did Hallin tell the meeting?", None),
     # Mayor Varn is quoted, but the title is anyone's: Mayor Oskar Brandt is not.
     ("What did Mayor Oskar Brandt say about the ferries?", "Brandt"),
     ("Who said the boats were unsafe?", None),
     # Declining to comment is Nordholm's answer, though nobody quotes it.
     ("What has Nordholm Marine said about losing the order?", None),
     # Held-out 46: a name inside the description's relative clause names someone else.
     ("What did the skipper who sailed with Kallio say?", None),
     # Held-out 76: a paper's view is its own story's, quoted or not.
     ("What does the Echo think the row is really about?", None)],
)  # fmt: skip
def test_the_words_of_someone_the_story_never_quotes_are_not_in_it(
    ferries: Answerer, question: str, unquoted: str | None
) -> None:
    assert SpeakerMatch(ferries.engine.chunks, None).unquoted(question) == unquoted


def test_a_question_for_the_words_of_someone_nobody_quotes_is_declined(
    ferries: Answerer,
) -> None:
    answer = ferries.ask("What does Lund think of the new ferries?")
    assert not answer.found
    assert answer.not_given == "what Lund said (no passage quotes that name)"
    assert ferries.ask("What did Mayor Ilse Varn say about the new ferries?").found
    # "declined to comment" answers what Nordholm said, and is lifted as its words.
    silence = ferries.ask("What has Nordholm Marine said about losing the order?")
    assert silence.found and "declined to comment" in silence.hits[0].chunk.text


def test_words_a_name_delivered_in_the_outlet_s_own_sentence_are_that_name_s(
    answerer: Answerer,
) -> None:
    # The seed's "… where Putin ended the speech with “For Russia, for victory.”" is the outlet's
    # sentence, but the words are Putin's (seed held-out 16 asked for them).
    answer = answerer.ask("What did Putin say to finish his Victory Day speech?")
    assert answer.found and any("For Russia, for victory" in h.chunk.text for h in answer.hits)
    assert not answerer.ask("What did President Zelensky say about the legion?").found
    assert not answerer.ask("What has Zelensky himself said about the legion?").found


def test_what_a_described_person_wants_is_lifted_but_never_declined(ferries: Answerer) -> None:
    # "Why does the council leader want …?" is answered where the leader argues for it, so the
    # lift looks for the leader; but the story may tell what someone wants in its own words,
    # so nobody is declined for not being quoted.
    question = "Why does the council leader want to knock the hall down?"
    assert asked_speaker(question, wanting=True) == "council leader"
    assert asked_speaker(question) is None
    assert SpeakerMatch(ferries.engine.chunks, None).unquoted("What does Lund want?") is None


def test_a_country_asked_by_name_speaks_through_a_body_named_for_its_people(
    tmp_path_factory: pytest.TempPathFactory, embedder: Embedder
) -> None:
    # Held-out 47: "What does Pellavia say …?" when only "the Pellavian general staff" speaks.
    text = (
        "Shells hit Brodnitsa\n\nThe Pellavian general staff said its forces had hit a "
        "command post.\n\nKarsovian officials were not available.\n"
    )
    shelling = article_answerer(tmp_path_factory, embedder, {"brodnitsa.txt": text})
    match = SpeakerMatch(shelling.engine.chunks, None)
    assert match.unquoted("What does Pellavia say it was aiming at?") is None
    assert match.unquoted("What does Osmeria say it was aiming at?") == "Osmeria"
    # Seed-heldout-36: "According to the defence ministry of Ukraine" is "the Ukrainian Defense
    # Ministry": a name's final "e" gives way to the people's ending.
    assert match.unquoted("According to the staff of Pellave, what did they hit?") is None


def test_a_capital_speaks_for_its_government(answerer: Answerer) -> None:
    # Seed held-out 42: "according to Kyiv" asks what Ukrainian officials say, which the seed
    # quotes; a capital whose country nobody quotes is still nobody the story quotes.
    question = "According to Kyiv, how are Russian commanders stopping their men from joining?"
    match = SpeakerMatch(answerer.engine.chunks, None)
    assert match.unquoted(question) is None
    assert match.unquoted("According to Beijing, how are Russian commanders coping?") == "Beijing"
    answer = answerer.ask(question)
    assert answer.found and any("legion’s viciousness" in h.chunk.text for h in answer.hits[:3])


def test_a_barrister_named_by_side_answers_for_the_lawyer(
    tmp_path_factory: pytest.TempPathFactory, embedder: Embedder
) -> None:
    # Held-out 62: "Defending, Aurelio Bankside said" is read as "Aurelio Bankside, defence
    # lawyer", which "What did his lawyer say in his favour?" describes.
    text = (
        "Egg collector jailed\n\n"
        "A retired postman who took rare eggs from a nature reserve was jailed for 16 months.\n\n"
        "Prosecuting, Constance Hebblethwaite said 38 eggs came from the reserve's avocets.\n\n"
        "Defending, Aurelio Bankside said his client had been ashamed since his arrest. "
        "Mr Bankside said he had handed over his notebooks without being asked.\n\n"
        "Consumer lawyer Philippa Orcutt said buyers of eggs online should check the law.\n"
    )
    court = article_answerer(tmp_path_factory, embedder, {"eggs.txt": text})
    chunks = court.engine.chunks
    ids = np.arange(len(chunks), dtype=np.int64)
    defence = next(i for i, c in enumerate(chunks) if "Bankside" in c.text)
    near = SpeakerMatch(chunks, embedder.encode).similarity("his lawyer", ids)
    # Above the floor a lift starts from ("Aurelio Bankside, defending" stayed below it).
    assert near[defence] > SearchParams().speaker_floor
    answer = court.ask("What did his lawyer say in his favour?")
    assert answer.found and "notebooks" in answer.hits[0].chunk.text
