"""Which clause a cue or a tag belongs to, on sentences of our own."""

from __future__ import annotations

from tests.test_claim_rules import SP, A, R, S, statuses


def test_a_hedge_after_a_finished_relative_clause_governs_the_main_clause() -> None:
    got = statuses(
        "The marshal who moved the cones has reportedly offered to step down. "
        "The man who led the inquiry had allegedly taken bribes. "
        "Officials who said the deal was allegedly agreed were sacked. "
        # Held-out 80: no auxiliary, but the hedge stands before the main clause's own verb.
        "Two of the wardens who quit in May reportedly left after being shouted at. "
        "The men who reportedly left the club were sacked."
    )
    assert [g[0] for g in got] == [R, R, S, R, S]


def test_a_modal_after_a_finished_relative_clause_is_the_author_s_guess() -> None:
    # A rule's permission ("may be given") and a hedge in what someone said stay plain.
    got = statuses(
        "Drivers who ignored the signs may regret it by the winter. "
        "Skaters who fall through no fault of their own may be given a second run. "
        "The trust has closed the path, which it said could be unsafe. "
        # Held-out 80: a question nobody has answered yet is no one's advice.
        "The hut is down, but nobody has yet agreed what the new one should be built of. "
        "The board has not decided where the kiosk should go. "
        "This is what the board should do."
    )
    assert [g[0] for g in got[:2]] == [SP, S]
    assert got[2][0] != SP
    assert [g[0] for g in got[3:]] == [S, S, SP]


def test_a_closing_tag_is_named_by_its_own_appositives() -> None:
    # The subject's appositive ("one of the region's biggest events") belongs to the reported
    # clause; the tag's speaker is the organisers, Fieldhouse Live.
    got = statuses(
        "The Brackenfold Festival, one of the region’s biggest music events, has been "
        "cancelled four days before it was due to open, the organisers, Fieldhouse Live, "
        "announced on Monday. "
        "Minutes of the meeting, published two weeks ago, said the vote was close."
    )
    assert got[0] == (A, "the organisers, Fieldhouse Live")
    assert got[1][0] == A


def test_and_said_after_a_quoted_word_is_the_subject_s() -> None:
    got = statuses(
        "Chief executive Harriet Lowe apologised “unreservedly” and said every customer "
        "would be paid back."
    )
    assert got == [(A, "Chief executive Harriet Lowe")]


def test_a_finding_or_an_estimate_with_a_clause_is_the_speaker_s() -> None:
    got = statuses(
        "Analysts at the brokerage Fenmore Capital estimate that the strike costs 2 million a "
        "day. Judge Elowen Strachan ruled that the council had acted unlawfully. The bank ruled "
        "out a rate cut. The court ruled in favour of the town."
    )
    assert got == [
        (A, "Analysts at the brokerage Fenmore Capital"),
        (A, "Judge Elowen Strachan"),
        (S, None),
        (S, None),
    ]


def test_an_unnamed_source_with_a_relative_clause_of_its_own_is_reported() -> None:
    # "worked on" is the relative clause's verb, not a participle ("the building described in").
    got = statuses(
        "A former harbour employee who worked on the pier said the checks had been skipped. "
        "A passenger who boarded at Kell said the doors would not close."
    )
    assert [g[0] for g in got] == [R, R]


def test_adding_up_to_a_figure_reports_nothing() -> None:
    got = statuses(
        "Lorries will be sent through the village of Orme, adding up to 9 miles to each trip. "
        "The closure will cost the port dearly, adding to the pressure on its owners. "
        "Port chief Ada Quist defended the plan, adding that it would be reviewed in May."
    )
    assert got == [(S, None), (S, None), (A, "Port chief Ada Quist")]


def test_advice_and_an_inverted_asked_report_the_speaker() -> None:
    got = statuses(
        "Health officer Prof. Ivo Marr said the virus spreads fast. "
        "He advised anyone with symptoms to stay at home for two days. "
        "“How do we even begin to rebuild?” asked Marr as the crowd dispersed. "
        "Residents were advised to boil their water."
    )
    assert got[1] == (A, "Health officer Prof. Ivo Marr")
    assert got[2] == (A, "Health officer Prof. Ivo Marr")
    assert got[3] == (S, None)


def test_a_speaker_stays_the_she_of_her_next_quote_past_the_names_she_mentions() -> None:
    # A prosecutor's allegation names the accused and the victim; "she told jurors" in the next
    # paragraph is still the prosecutor, the subject of the sentence before.
    got = statuses(
        "Peder Vinter is accused of killing Lars Holm, 47, at a farm near Odde.\n\n"
        "Anna Korsgaard, prosecuting, told the jury that the two men had argued over money. "
        "She alleged that Peder Vinter had driven to the farm and struck Lars Holm with a "
        "spade.\n\n"
        "“You will see a photograph of the spade,” she told jurors."
    )
    assert got[1:] == [(A, "Anna Korsgaard")] * 3


def test_a_trailing_plea_states_the_trial_and_vouches_for_no_charge() -> None:
    # British court reports close with the plea: the trial and the denial are facts.
    got = statuses(
        "A 52-year-old man went on trial at Odde Crown Court on Monday accused of murdering his "
        "business partner, a charge he denies. "
        "Jonas Lie, 40, faces three counts of fraud, charges which he has denied. "
        "His lawyer said he denied wrongdoing."
    )
    assert [g[0] for g in got] == [S, S, A]


def test_unnamed_people_and_papers_that_suggest_are_reports_and_analysis_is_a_view() -> None:
    # Held-out set 20's editor: "Estimates suggest the closure could cost …" is a report.
    got = statuses(
        "Estimates suggest the closure could cost hotels about 6 million pounds. "
        "Analysts suggest the bank will cut rates in June. "
        "Studies suggest the fares will rise. "
        "A court filing shows he paid the fine. "
        "Analysis suggests that bills are likely to keep rising. "
        "The results suggest that walking helps."
    )
    assert [g[0] for g in got] == [R, R, R, A, SP, SP]
    assert got[3][1] == "court filing"


def test_a_named_paper_s_reports_and_a_contractor_and_an_intention_read_into_a_body() -> None:
    got = statuses(
        "The bid was worth 38 million pounds, according to reports in the Northgate Sports Daily. "
        "He has been linked with other clubs, according to reports in the British press. "
        "An IT contractor said staff had raised concerns. "
        "The bank seems determined not to repeat the mistakes of 2025. "
        "The crowd seemed happy."
    )
    assert got[0][0] == A and "Northgate Sports Daily" in str(got[0][1])
    assert [g[0] for g in got[1:]] == [R, R, SP, S]


def test_a_demand_a_sighting_and_anonymous_or_bare_staff_are_claims_of_their_kind() -> None:
    # Held-out 38 and 39: a councillor "called for" a suspension; anglers "reported seeing" a
    # plume; managers "speaking anonymously"; "Staff say" opening a sentence names nobody.
    got = statuses(
        "Contract row\n\n"
        "Councillor Rufus Kettleborough chairs the committee. He called for the contract to be "
        "suspended. The council's local plan calls for 1,200 new homes.\n\n"
        "Anglers have also reported seeing a white plume near the outfall.\n\n"
        "Separately, two senior Gorsefield managers, speaking anonymously to the Lantern, said "
        "staff would strike.\n\n"
        "Staff say they first heard about the closures from a leaked email."
    )
    assert got[2:] == [(A, "Councillor Rufus Kettleborough"), (S, None)] + [(R, None)] * 3
