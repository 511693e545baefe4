"""Claims in a podcast write-up, a diary, a walk guide, a recipe column and a photo gallery."""

from __future__ import annotations

from corpus.claims import annotate
from corpus.records import Document
from corpus.sentences import split_sentences
from tests.test_claim_rules import SP, A, C, R, S, U, statuses


def test_a_chapter_time_or_a_diary_day_opens_an_entry_before_its_speaker() -> None:
    got = statuses(
        "Episode 9: the fog over Carrow Sound\n\n"
        "[03:10] Hal Brede, a retired ferryman who has logged the fog since May, says it is "
        "thicker this year. “It sits on the water like wool,” he tells Ann. "
        "“Nobody believes me.”\n\n"
        "[1:02:45] The harbour board told the show it had no record of a change.\n\n"
        "Tuesday: a walker who did not want to be named rang to say the stile was broken.\n\n"
        "Thursday: the ferry ran late twice."
    )
    assert got[1:4] == [(A, "Hal Brede, a retired ferryman who has logged the fog since May")] * 3
    assert got[4] == (A, "harbour board")
    assert [status for status, _ in got[5:]] == [R, S]


def test_a_caller_or_a_writer_says_what_they_rang_or_wrote_in_to_say() -> None:
    got = statuses(
        "Bins left unemptied\n\n"
        "A reader, Ann Lee, wrote in to complain that the bins were late again. "
        "Another reader phoned to say the lorry had broken down. "
        "She called to order a taxi."
    )
    assert got[1] == (A, "A reader, Ann Lee")
    assert [status for status, _ in got[2:]] == [R, S]


def test_speech_in_progress_is_reported_by_its_speakers() -> None:
    got = statuses(
        "Auction row\n\n"
        "Within hours, other bidders were claiming that the lot had been withdrawn. "
        "The auctioneer, Ivo Sand, was insisting on Friday that the sale was fair. "
        "The dog is showing signs of stress. "
        "The survey asks what residents are saying about the sale."
    )
    assert got[1][0] == R
    assert got[2] == (A, "The auctioneer, Ivo Sand")
    assert [status for status, _ in got[3:]] == [S, S]


def test_the_author_s_verdicts_in_a_guide_or_a_column_speculate() -> None:
    got = statuses(
        "This week's walk\n\n"
        "It is, to my mind, the best walk in the county. "
        "The view from the top is worth the climb on its own. "
        "The episode is worth a listen. "
        "Our guess is that the gate will stay. "
        "The scones at the Mill Tea Room are excellent. "
        "The photograph proves very little either way. "
        "The house is worth £500,000. "
        "The scones were sold out by noon."
    )
    assert [status for status, _ in got[1:]] == [SP] * 6 + [S, S]


def test_a_point_the_outlet_could_not_check_is_unconfirmed() -> None:
    got = statuses(
        "Show row\n\n"
        "Ann Lee, who came third, says the judge was her neighbour, a point the Gazette has not "
        "been able to check."
    )
    assert got[1] == (U, "Ann Lee")


def test_a_gallery_s_numbered_pictures_and_credits_closing_a_line_are_captions() -> None:
    got = statuses(
        "Readers sent us 90 photographs of the fair.\n\n"
        "2 of 4: The tug of war final on the green on Saturday afternoon\n\n"
        "A dog show entrant in a bow tie, sent in by Omar Reed\n\n"
        "Locked: the new gate at Ash Farm, photographed by the author on Monday\n\n"
        "The gate was photographed by the author on Monday."
    )
    assert [status for status, _ in got] == [S, C, C, C, S]


def test_a_headline_reporting_a_doubt_states_it() -> None:
    text = (
        "The fair in pictures, and the cake that may not have been home-made\n\n"
        "Readers sent us 90 photographs of the fair."
    )
    headline = annotate(split_sentences(Document("t.txt", "The fair", text)))[0]
    assert headline.status == S


def test_minutes_name_those_present_and_their_roles_once() -> None:
    got = statuses(
        "Present: Cllr Ann Lee (chair), Cllr Tom Reed and the clerk, Jo Hale.\n\n"
        "The clerk reported that the gate had been stolen. "
        "Cllr Reed said the police had been told. "
        "The chair said she would write to the owner.\n\n"
        "The Marsh Valley Growers’ Co-operative said in a statement that its members had lost "
        "half their crop. It said cherries had escaped."
    )
    assert got[1:] == [
        (A, "Jo Hale"),
        (A, "Cllr Tom Reed"),
        (A, "Cllr Ann Lee"),
        (A, "Marsh Valley Growers’ Co-operative"),
        (A, "Marsh Valley Growers’ Co-operative"),
    ]


def test_a_paper_quoting_someone_as_saying_gives_them_the_words() -> None:
    got = statuses(
        "Around the papers\n\n"
        "Its front page quoted the choir’s secretary, Mair Vaughan, as saying there was "
        "“no merger”. “We have sung here since 1890,” she told the paper. "
        "The Gazette quoted figures from the council."
    )
    assert got[1:3] == [(A, "the choir’s secretary, Mair Vaughan")] * 2
    assert got[3] == (S, None)


def test_more_credits_and_verdicts_of_a_market_report_or_a_press_review() -> None:
    got = statuses(
        "Pears stacked before the bell on Tuesday; photographed for the Advertiser by Ann Lark\n\n"
        "The choir singing on the quay in July (courtesy of the Harbour Gazette)\n\n"
        "Our reading is that a merger is coming. "
        "I would not count on it, since the frost took the valley floor."
    )
    assert [status for status, _ in got] == [C, C, SP, SP]


def test_a_tipster_s_picks_and_a_reporter_s_ratings_are_the_writer_s_judgement() -> None:
    got = statuses(
        "Nap: Bramble\n\n"
        "Each way: Pip\n\n"
        "Full back Ann Lee, 8: two tries and a try-saving tackle.\n\n"
        "Fly half Tom Reed (captain), 6: missed three kicks.\n\n"
        "Draw 2: Pip, run by Ann Lee, won here in 2019.\n\n"
        "Verdict: False, because the figures show a fall.\n\n"
        "She is the dog to beat, and I would not bet against her. My one worry is the wind."
    )
    assert [status for status, _ in got] == [SP, SP, SP, SP, S, S, SP, SP]


def test_a_club_s_member_who_would_not_be_named_is_an_unnamed_source() -> None:
    got = statuses(
        "A Harbour Rovers player, who did not want to be named, said the referee was biased. "
        "Ann Lee, who asked not to be named in full, said the pier was unsafe."
    )
    assert got == [(R, None), (A, "Ann Lee")]


def test_a_column_s_name_a_reader_s_letter_and_a_name_inside_a_clause() -> None:
    got = statuses(
        "Angling notes: perch on the canal and a row over a weir\n\n"
        "One reader, who asked not to be named, wrote to say the weir was older than the mill. "
        "Her owner, Ann Lee, said Biscuit “has never chased anything bigger than a ball”. "
        "“We won,” said Tom Reed, the captain."
    )
    assert got == [(S, None), (R, None), (A, "Her owner, Ann Lee"), (A, "Tom Reed, the captain")]


def test_an_angler_s_forecast_a_festival_s_pick_and_cameras_credited() -> None:
    got = statuses(
        "With rain forecast from Tuesday, I expect the fish to come back.\n\n"
        "Our pick: the ghost walk on Friday night\n\n"
        "The van outside the hall on Saturday (shot for the Courier by Ann Lee)\n\n"
        "A sticker in the cafe door (Courier camera: Tom Reed)\n\n"
        "The choir after the concert (from the choir’s own camera)"
    )
    assert [status for status, _ in got] == [SP, SP, C, C, C]


def test_a_review_s_cast_list_is_the_record_and_its_rating_the_critic_s() -> None:
    text = (
        "Review: the Oxley Players’ Cinderella is a triumph\n\n"
        "The Oxley Players opened Cinderella on Friday.\n\n"
        "Who plays whom\n\n"
        "Cinderella: Ann Lee\n\n"
        "Buttons: Tom Hale, his ninth panto\n\n"
        "The Fairy Godmother: Jo Marsh, on wires\n\n"
        "I laughed more than I have at any panto in years.\n\n"
        "Rating: four stars out of five"
    )
    got = [s.status for s in annotate(split_sentences(Document("r.txt", "Review", text)))]
    assert got[2:6] == [S, S, S, S]
    assert got[7] == SP


def test_the_writer_s_advice_forecasts_and_verdicts_in_plain_words() -> None:
    got = statuses(
        "The ferry stops in May.\n\n"
        "The timing could hardly have come at a worse moment for the island’s shops. "
        "The trust would be foolish to sell the quay. "
        "Anyone who finds a stranded seal would do far better to ring the rescue line. "
        "On this showing the Rovers will be hard to beat. "
        "The new timetable will annoy the commuters and please the tourists. "
        "It is the finest harbour wall I can think of. "
        "I would be surprised if the pier stays shut past June. "
        "A new roof is long overdue. "
        "The old pier is plainly beyond repair."
    )
    assert [g[0] for g in got] == [S, SP, SP, SP, SP, SP, SP, SP, SP, SP]
    plain = statuses("She could hardly hear the siren. The wreck was clearly visible at low tide.")
    assert [g[0] for g in plain] == [S, S]


def test_a_caller_who_rang_someone_to_say_it_says_it() -> None:
    got = statuses(
        "A reader who asked not to be named rang the Herald to say the clock was a fake. "
        "A fisherman wrote to the harbour master to complain that the buoys had moved. "
        "Ann Lee rang her sister and went to say goodbye."
    )
    assert [g[0] for g in got] == [R, R, S]


def test_someone_s_explanation_is_theirs() -> None:
    got = statuses(
        "Her coach, Ann Lee, puts that down to a late breakfast. "
        "The vet attributes the limp to a thorn. "
        "Ann Lee put the bag down to open the gate. "
        "The quote was attributed to a farmer."
    )
    assert got == [(A, "Her coach, Ann Lee"), (A, "vet"), (S, None), (S, None)]
