"""Claim cues in wordings first seen in held-out set 91, each on text of our own."""

from __future__ import annotations

from corpus.claims import annotate
from corpus.records import Document
from corpus.sentences import split_sentences
from tests.test_claim_rules import SP, A, C, R, S, U, statuses


def test_an_outlet_that_cannot_vouch_for_prove_or_pin_down_a_claim_leaves_it_unconfirmed() -> None:
    got = statuses(
        "A bus driver, Ola Venn, says the brakes failed twice, a point the Packet has found "
        "nobody to back up.\n\n"
        "A trader, Rik Sole, says the rent doubled in May, which the Crier has so far failed to "
        "pin down.\n\n"
        "A farmer, Nell Ash, says the ewes were poisoned, something the Herald is in no position "
        "to judge.\n\n"
        "A diver, Tam Roe, says he saw the wreck in 1998, a date the Beacon cannot vouch for.\n\n"
        "A tenant, Ida Crewe, says the boiler leaked for a year, an account the Echo can neither "
        "prove nor disprove.\n\n"
        "A rower, Kit Dale, says the lock gate jammed, a claim the Lantern has no means of "
        "testing.\n\n"
        "The Packet does not check the goods in its small ads and cannot vouch for them."
    )
    assert [status for status, _ in got] == [U, U, U, U, U, U, S]
    assert got[0] == (U, "A bus driver, Ola Venn")


def test_talk_nobody_on_the_record_answers_for_is_reported() -> None:
    got = statuses(
        "It was put about in the staff room that the head had resigned. "
        "Mr Gale’s friends have let it be known that he will appeal. "
        "Drivers have picked up on the grapevine that the depot will close. "
        "Unofficial estimates put the crowd at 9,000. "
        "The governors, one of them let slip, had voted twice. "
        "Three more ponies, one hears in Morden, went lame that week. "
        "Stallholders repeat a tale that the market was sold for a pound. "
        "Gossip along the towpath has it that the lock keeper was paid off. "
        "Chatter on a cycling forum places the crash a week earlier. "
        "The repairs are estimated to have cost £90,000. "
        "Two other clubs have quietly cut their fees, the Packet has been told. "
        "Some tenants have already hinted at a rent strike. "
        "Residents have been told to boil their water."
    )
    assert [status for status, _ in got] == [R] * 12 + [S]


def test_a_quotation_whose_speaker_owns_the_words_after_it_and_a_case_set_out_by_counsel() -> None:
    got = statuses(
        "The mayor, Rory Vance, said the bridge was safe.\n\n"
        "“Nobody checked the bolts. Nobody ever does.”\n\n"
        "Those words come from Ada Quill, an engineer who inspected the bridge until 2020.\n\n"
        "“I judged 900 entries. I missed that one.”\n\n"
        "The novelist Bea Stroud, who judged the prize alone, made those remarks on a podcast.\n\n"
        "The prosecution’s case, as set out by Owen Pryce, prosecuting, is that the money was "
        "moved abroad.\n\n"
        "He thinks it likely that the bridge will close."
    )
    assert [source for _, source in got[1:4]] == ["Ada Quill"] * 3
    assert [status for status, _ in got[4:7]] == [A, A, A]
    assert "Bea Stroud" in str(got[4][1]) and "Bea Stroud" in str(got[6][1])
    assert got[7][0] == A and "Owen Pryce" in str(got[7][1])
    assert got[8][0] == A


def test_a_name_beside_a_post_of_a_body_after_according_to() -> None:
    got = statuses(
        "According to the head of buying at Pell’s, Nora Quist, the shop sold 400 seats. "
        "According to the regional head of the Canal Board, Dr Ivo Marsh, the lock is safe."
    )
    assert [status for status, _ in got] == [A, A]
    assert got[0][1] is not None and got[0][1].endswith("Nora Quist")
    assert got[1][1] is not None and got[1][1].endswith("Dr Ivo Marsh")


def test_captions_drawn_in_court_a_photo_by_or_a_still_or_screen_capture() -> None:
    got = statuses(
        "The accused in the dock on Monday, as drawn in court by Mae Lusk, the Crier’s artist\n\n"
        "The trial began on Monday.\n\n"
        "The winner at the dinner, photo by Ari Penn, reproduced by the Herald with his "
        "permission\n\n"
        "The prize was withdrawn.\n\n"
        "Green water by the jetty, in a still from a video filmed by Lyle Dunn\n\n"
        "The shop’s notice, in a screen capture made by the Echo\n\n"
        "The lake closed on Friday."
    )
    assert [status for status, _ in got] == [C, S, C, S, C, C, S]


def test_the_writer_s_verdict_on_a_kind_of_thing_or_people_and_what_rules_require() -> None:
    got = statuses(
        "A lido that opens three days a summer needs a new plan, not a new sign. "
        "A bridge that carries 9,000 cars a day deserves better than a patch. "
        "Swimmers who pay £6 a visit deserve a pool that is open. "
        "Owners who bought one of these kettles should not wait for a letter. "
        "A man who was stabbed in Kelby on Saturday has died. "
        "Under the council’s own rules, a lido should have a lifeguard on duty at all times. "
        "The lido should reopen in May."
    )
    assert [status for status, _ in got] == [SP, SP, SP, SP, S, S, SP]


def test_a_headline_telling_what_a_report_finds_is_the_outlet_s_news() -> None:
    title = "Most of the lido’s visitors came from outside Kelby, survey finds"
    text = f"{title}\n\nA survey by the council found that 70% of visitors lived outside Kelby."
    got = annotate(split_sentences(Document("t.txt", title, text)))
    assert (got[0].status, got[0].source) == (S, None)
    assert got[1].status == A


def test_a_closing_aside_where_the_paper_says_it_cannot_stand_behind_a_claim() -> None:
    # Wordings no rule names: the aside's shape (a claim, the paper, a negation, the end).
    got = statuses(
        "A diver, Tam Roe, says he saw the wreck in 1998, a date the Beacon has had no chance "
        "to look into.\n\n"
        "A farmer, Nell Ash, says the ewes were poisoned, something the Herald has no way of "
        "knowing.\n\n"
        "A tenant, Ida Crewe, says the boiler leaked, an account the Crier could not square with "
        "the landlord’s log.\n\n"
        "A trader, Rik Sole, says the rent doubled, a claim the Council has not accepted.\n\n"
        "A rower, Kit Dale, says the gate jammed, which the Lantern has not yet been able to "
        "look into."
    )
    assert [status for status, _ in got] == [U, U, U, A, U]


def test_a_line_with_no_full_stop_ending_in_a_picture_and_its_maker_is_a_caption() -> None:
    # Credit shapes no rule names; a headline or subheading without a credit stays stated.
    got = statuses(
        "The quay flooded on Monday.\n\n"
        "Volunteers stack sandbags on the quay, in a frame from drone footage flown by Ari Penn "
        "for the Echo\n\n"
        "The old mill in 1952, a picture lent to the Packet by the Dunmere Society\n\n"
        "Still waters run deep at Dunmere\n\n"
        "Residents watched videos from the council on Monday."
    )
    assert [status for status, _ in got] == [S, C, C, S, S]


def test_a_quotation_named_after_it_in_words_no_rule_lists() -> None:
    got = statuses(
        "The mayor, Rory Vance, said the bridge was safe.\n\n"
        "“Nobody checked the bolts. Nobody ever does.”\n\n"
        "That is the settled opinion of Dr Ada Quill, an engineer who inspected the bridge.\n\n"
        "“Two wet springs tell you something.”\n\n"
        "So reckons Tam Roe, a hydrologist.\n\n"
        "That was the start of Monday’s trouble for the council."
    )
    assert [source for _, source in got[1:4]] == ["Dr Ada Quill"] * 3
    assert [source for _, source in got[4:6]] == ["Tam Roe"] * 2
    assert got[6] == (S, None)
