"""Which body "the council", "the park" or "the estate" means, on text of our own."""

from __future__ import annotations

from corpus.claims import annotate
from corpus.records import Document
from corpus.sentences import split_sentences
from tests.test_claim_rules import SP, A, R, S, statuses


def test_the_council_is_the_body_whose_name_ends_in_council() -> None:
    # A union with "Council" in its name was named last; "the council" is still the council.
    got = statuses(
        "Garnet District Council has been offline for a week.\n\n"
        "Maya Lind, of the Council Workers Union, said staff were using paper.\n\n"
        "The council said it was working with police."
    )
    assert got[2] == (A, "Garnet District Council")


def test_the_park_or_the_estate_is_the_name_the_story_gave_it_in_passing() -> None:
    # Neither name was a source before, nor has a word that marks a body.
    got = statuses(
        "A lion at Brockwell Safari Park has died, the park says.\n\n"
        "Walkers say they were turned away by gamekeepers on the Haverley estate.\n\n"
        "The estate said no one had been threatened. The park said the lion was old."
    )
    assert got[0] == (A, "Brockwell Safari Park")
    assert got[1] == (R, None)
    assert got[2] == (A, "the Haverley estate")
    assert got[3] == (A, "Brockwell Safari Park")


def test_a_described_body_keeps_its_description_when_no_name_has_its_words() -> None:
    # "the county health department" is not the state's Department of Health.
    got = statuses(
        "The Marlow State Department of Health inspected the plant.\n\n"
        "Wells were tested, the county health department said."
    )
    assert got[1] == (A, "county health department")


def test_list_lines_take_the_source_their_introduction_names() -> None:
    # A heading with "according to", a sentence ending in a colon, a heading naming the
    # survey cited before it: each list's lines are the source's, and the headings claim
    # nothing.
    got = statuses(
        "Brantley Appliances has recalled 9,000 kettles.\n\n"
        "What owners should do, according to Brantley Appliances\n\n"
        "1. Unplug the kettle.\n\n"
        "2. Call the helpline for a refund.\n\n"
        "The inspector, Omar Fielding, said in his report that the firm:\n\n"
        "(a) ignored two warnings;\n\n"
        "(b) sold kettles after the fault was known.\n\n"
        "A poll of members published by the Harling Tenants Union on Friday shows anger.\n\n"
        "What the poll found\n\n"
        "70 per cent want a rent freeze\n\n"
        "22 per cent would move"
    )
    assert got[1] == (S, None)
    assert got[2][0] == A and "Brantley" in str(got[2][1])
    assert got[3][0] == A and "Brantley" in str(got[3][1])
    assert got[5][0] == A and str(got[5][1]).endswith("Omar Fielding")
    assert got[6][0] == A and str(got[6][1]).endswith("Omar Fielding")
    assert got[8] == (S, None)
    assert got[9][0] == A and got[10][0] == A


def test_two_lines_that_only_look_like_list_lines_stay_the_outlet_s() -> None:
    # No introduction names anyone: a numbers box is the outlet's.
    got = statuses(
        "The bridge reopened on Monday.\n\n"
        "By the numbers\n\n"
        "40 per cent of drivers used the detour\n\n"
        "12 per cent walked"
    )
    assert got[2] == (S, None) and got[3] == (S, None)


def test_the_writer_s_forecast_after_a_relative_clause_and_a_verdict_are_speculative() -> None:
    got = statuses(
        "Owners who bought a kettle second-hand will probably be the hardest to find. "
        "A fee of £2m would be hard for a club of Harlow’s size to refuse. "
        "A wider trial looks like the obvious next step. "
        "Ruth Fell, who announced in May that she would retire, owns the shop."
    )
    assert [g[0] for g in got[:3]] == [SP, SP, SP]
    assert got[3][0] != SP  # her "would" is in what she announced


def test_unnamed_members_of_a_named_body_speak_for_it_but_residents_of_a_place_do_not() -> None:
    got = statuses(
        "Volunteers from Lennmouth Bat Watch say they found 40 roosts.\n\n"
        "Officials from the Interior Ministry said the border was closed.\n\n"
        "Residents of Harlow say the road is dangerous.\n\n"
        "Officials at the Harlow Tax Office, speaking on condition of anonymity, said it was shut."
    )
    assert got[0][0] == A and "Lennmouth Bat Watch" in str(got[0][1])
    assert got[1][0] == A and "Interior Ministry" in str(got[1][1])
    assert got[2] == (R, None)
    assert got[3] == (R, None)


def test_a_product_recall_reports_no_one_remembering() -> None:
    got = statuses(
        "Kettles recalled over fire risk. Owners recalled the sparks. "
        "Residents recalled that the mill burned in 1950."
    )
    assert [g[0] for g in got] == [S, S, R]


def test_no_one_called_shortly_and_no_one_showing_anything() -> None:
    # "the two shows" is no one showing anything; "Shortly" opening a sentence is no name.
    got = statuses(
        "Shortly after 5pm, the singer posted that she had to rest.\n\n"
        "The promoter, Brightline Live, said all tickets would be refunded. "
        "It said the two shows would not be rescheduled."
    )
    assert got[0][0] == A
    assert got[2][1] != "two" and "Shortly" not in str(got[2][1])


def test_he_is_the_surname_who_just_spoke_not_an_earlier_man() -> None:
    got = statuses(
        "The teenager, Oskar Brennagh, denies any wrongdoing. His mother said he was ill.\n\n"
        "Brennagh tied for first with International Master Kwame Adjei. Adjei said he had "
        "watched the game. “I saw a nervous kid. I did not see a cheat,” he said."
    )
    assert got[-1] == (A, "International Master Kwame Adjei")
    assert got[-2] == (A, "International Master Kwame Adjei")


def test_a_headline_that_opens_on_unnamed_people_tells_the_news() -> None:
    # Blind editors label every such title stated; "…, officials say" stays reported.
    opens = annotate_title("Experts doubt video shows pine marten in wood")
    ends = annotate_title("Missile strike hits grain port, officials say")
    assert opens == S and ends == R


def annotate_title(title: str) -> object:
    doc = Document("t.txt", title, title + "\n\nThe video was filmed on Tuesday.")
    return annotate(split_sentences(doc))[0].status


def test_a_councillor_s_party_and_ward_in_brackets_stay_out_of_the_way() -> None:
    got = statuses(
        "Councillor Ann Pettit (Commonweal, Old Town) said she would vote against.\n\n"
        "The Harbour Renewal Alliance (HRA) said it would win."
    )
    assert got[0] == (A, "Councillor Ann Pettit")
    assert got[1][0] == A and "Harbour Renewal Alliance" in str(got[1][1])


def test_the_force_is_no_newspaper() -> None:
    got = statuses(
        "Harlow Constabulary has appealed for witnesses. Three thefts were reported to the "
        "Harlow Post. Asked about the thefts, the force said it was looking into them."
    )
    assert got[2] == (A, "Harlow Constabulary")


def test_inspectors_speak_for_the_inspectorate_the_story_named() -> None:
    got = statuses(
        "Millbrook Infant School has been rated poor by the Harlow Schools Inspectorate. "
        "Inspectors said the playground was unsafe. In 2021, inspectors noted that records "
        "were missing."
    )
    assert got[1:] == [(A, "Harlow Schools Inspectorate")] * 2


def test_thanking_praising_or_condemning_is_saying() -> None:
    got = statuses(
        "In a statement, his daughter, Jan Moff, said he was recovering. She thanked a bus "
        "driver who stopped to help. The mayor, Ken Ode, condemned the attack."
    )
    assert got[1] == (A, "his daughter, Jan Moff")
    assert got[2][0] == A and "Ken Ode" in str(got[2][1])


def test_a_critic_s_verdicts_in_the_past_tense_are_the_critic_s() -> None:
    doc = Document(
        "r.txt",
        "Review: The Gull serves one great dish",
        "Review: The Gull serves one great dish\n\n"
        "The Gull opened in May on the quay. I ate there on a Friday.\n\n"
        "The crab was superb. The chips arrived lukewarm. Dinner for two came to £80.",
    )
    got = [s.status for s in annotate(split_sentences(doc))][1:]
    assert got == [S, S, SP, SP, S]


def test_a_council_spokesperson_speaks_for_the_council_the_story_named() -> None:
    got = statuses(
        "Kelder Town Council will vote on Monday.\n\n"
        "A council spokesperson said every household would get a letter. The cost was "
        "£14,000, according to a council spokesperson.\n\n"
        "Proposing the motion, Councillor Ann Lee (Labour, Old Town), who chairs the finance "
        "committee, said the lights cost too much."
    )
    assert got[1] == (A, "Kelder Town Council") and got[2] == (A, "Kelder Town Council")
    assert got[3][0] == A and "Ann Lee" in str(got[3][1])


def test_known_to_pupils_is_no_hedge_but_known_to_have_is() -> None:
    got = statuses(
        "Edith Pen, who was known to three generations of pupils as “Mrs P”, has died. "
        "The gang is known to have stolen cars."
    )
    assert [g[0] for g in got] == [S, R]


def test_in_his_judgement_is_his_view() -> None:
    got = statuses(
        "The inspector, Roderick Fenn, allowed the appeal. The new homes would add traffic. "
        "But they were not, in his judgement, a reason to refuse."
    )
    assert got[2] == (A, "The inspector, Roderick Fenn")


def test_a_body_asking_the_public_to_do_something_is_its_request() -> None:
    got = statuses(
        "The Harlow Wildlife Trust said the marten was seen near the lake. "
        "It asked walkers not to leave the paths. "
        "A ranger, who asked not to be named, said the marten was thin. "
        "The trust has asked the court to order a fence. "
        "Two wardens were asked to leave."
    )
    assert got[1] == (A, "Harlow Wildlife Trust")
    assert [status for status, _ in got[2:]] == [R, S, S]


def test_the_charity_is_the_larder_the_story_named() -> None:
    got = statuses(
        "The Harlow Community Larder gave out 41,300 parcels, according to its annual report. "
        "The charity says a third of the households it helped had an adult in work."
    )
    assert got == [(A, "Harlow Community Larder")] * 2
