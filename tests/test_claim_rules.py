"""Claim annotation rules, one at a time, on short texts written for each rule.

The labelled articles (``tests/test_claims.py``) measure agreement; these pin down why: who "he"
is, which appositive names the speaker, when a verb reports speech and when it reports an event,
interviews, opinion pieces and captions.
"""

from __future__ import annotations

from corpus.claims import annotate
from corpus.records import ClaimStatus, Document, Sentence
from corpus.sentences import split_sentences

A, R, S, SP, C, U = (
    ClaimStatus.ATTRIBUTED,
    ClaimStatus.REPORTED,
    ClaimStatus.STATED,
    ClaimStatus.SPECULATIVE,
    ClaimStatus.CAPTION,
    ClaimStatus.UNCONFIRMED,
)


def run(text: str) -> list[Sentence]:
    """Annotate ``text`` (its first line is the title) and return the sentences after it."""
    return annotate(split_sentences(Document("t.txt", "Title", "Title\n\n" + text)))[1:]


def statuses(text: str) -> list[tuple[ClaimStatus, str | None]]:
    return [(s.status, s.source) for s in run(text)]


def test_pronoun_goes_to_the_subject_in_the_foreground_and_respects_gender() -> None:
    got = statuses(
        "Westbridge manager Gary Doyle was furious about the penalty. "
        'He said the referee had "bottled it". '
        "City's manager, Petra Lindqvist, has been linked with other jobs, but she insisted she "
        'was happy. "I am not going anywhere," she said.'
    )
    assert got[1] == (A, "Westbridge manager Gary Doyle")
    assert got[3] == (A, "City's manager, Petra Lindqvist")


def test_inverted_tag_with_name_particles() -> None:
    got = statuses('"Every step counts," said Borja del Pozo Cruz, the lead author.')
    assert got == [(A, "Borja del Pozo Cruz, the lead author")]


def test_negated_or_modal_reporting_verbs_report_nothing() -> None:
    got = statuses(
        "Kremlin spokesman Dmitry Peskov told reporters that nothing had changed. "
        "Peskov did not say whether a delegation would attend. "
        "A machine can tell you a bulb has failed."
    )
    assert [g[0] for g in got] == [A, S, S]


def test_a_verb_with_an_object_reports_an_event_not_speech() -> None:
    got = statuses(
        "Local news site Columbus Underground first reported the allegations in March. "
        "It said at the time that Hale had resigned. "
        "In 2022 the company recalled 300,000 kettles after reports that handles could detach. "
        "Okonkwo joined in January for a reported fee of £3 million."
    )
    assert got[0] == (S, None)
    assert got[1] == (A, "Local news site Columbus Underground")  # not "it"
    assert got[2] == (S, None)
    assert got[3][0] is R


def test_rejecting_a_claim_is_a_denial_and_rejecting_a_plan_an_act() -> None:
    got = statuses(
        "A grower whose orchards border the river, Idris Penhallow, rejected the suggestion that "
        "spraying was to blame. "
        "The club's chairman, Ottilie Vance, dismissed claims that the ground would be sold. "
        "The council rejected the plan in May. "
        "The judge dismissed the case. "
        "The bank dismissed 40 staff."
    )
    assert got[0][0] is A and "Idris Penhallow" in (got[0][1] or "")
    assert got[1] == (A, "The club's chairman, Ottilie Vance")
    assert [status for status, _ in got[2:]] == [S, S, S]


def test_verbs_of_the_inner_life_need_a_person() -> None:
    got = statuses("Alasdair MacLeod says he missed their birthdays. He regrets that deeply.")
    assert got == [(A, "Alasdair MacLeod"), (A, "Alasdair MacLeod")]


def test_they_resolves_to_an_unnamed_group_and_stays_reported() -> None:
    got = statuses(
        "The inquiry is focused on a 2021 contract, two people familiar with the matter said. "
        "Investigators are examining the billing, they said."
    )
    assert [g[0] for g in got] == [R, R]


def test_definite_descriptions_resolve_to_the_named_body() -> None:
    got = statuses(
        "The company and the U.S. Consumer Product Safety Commission announced a recall. "
        "Owners should stop using the fryers, the commission said. "
        "Doyle may face a Football Association charge. "
        "The governing body said it would review the remarks."
    )
    assert got[1] == (A, "U.S. Consumer Product Safety Commission")
    assert got[3] == (A, "Football Association")


def test_a_body_whose_name_ends_like_an_adverb_still_speaks() -> None:
    # "assembly" ends in "-ly" but is no adverb before "says".
    got = statuses(
        "The Harrowfield Regional Assembly set the toll in May. "
        "The assembly says the money will go to the ferry."
    )
    assert got[1] == (A, "Harrowfield Regional Assembly")


def test_parenthetical_tag_carries_into_backshifted_continuation() -> None:
    got = statuses(
        "U.S. District Judge David Hittner ruled against the state. The judge disagreed with it. "
        "The statute, he wrote, would sweep in protected speech. "
        "Even a cheerleading routine might fall within its reach."
    )
    assert got[2:] == [(A, "U.S. District Judge David Hittner")] * 2


def test_past_ability_with_a_verb_of_perception_is_not_a_hedge() -> None:
    got = statuses("Residents could hear the roar from miles away. The toll could rise.")
    assert [g[0] for g in got] == [S, SP]


def test_interview_answers_belong_to_the_interviewee() -> None:
    got = statuses(
        "Matthias Huss has measured glaciers for decades. Huss heads the network.\n\n"
        "Q: How bad was this summer?\n\n"
        "A: It was the second-worst year. I think people understand now.\n\n"
        "Q: Is it too late?\n\n"
        "A: For many glaciers, yes. [Laughs.] I know how that sounds."
    )
    assert got[2] == (S, None)
    assert got[3:5] == [(A, "Matthias Huss")] * 2
    assert got[6] == (A, "Matthias Huss")
    assert got[7] == (S, None)  # the transcript's stage direction
    assert got[8] == (A, "Matthias Huss")


def test_an_interviewers_question_may_quote_a_source_or_pass_on_a_report() -> None:
    got = statuses(
        "Matthias Huss has measured glaciers for decades. Huss heads the network.\n\n"
        "Q: The federal audit office said in May that half the ice is gone. Is that right?\n\n"
        "A: It is worse than that.\n\n"
        "Q: Several ministers have reportedly asked you to soften the report.\n\n"
        "A: Nobody has asked me anything."
    )
    assert got[2:5] == [(A, "federal audit office"), (S, None), (A, "Matthias Huss")]
    assert got[5:] == [(R, None), (A, "Matthias Huss")]


def test_media_reports_and_rumours_are_unnamed_reports() -> None:
    got = statuses(
        "Local media are reporting that part of the roof collapsed. "
        "Rumours have also circulated for months that the agency wants a merger."
    )
    assert got == [(R, None), (R, None)]


def test_opinion_piece_judgements_are_the_authors_view_and_narrative_is_not() -> None:
    sents = annotate(
        split_sentences(
            Document(
                "t.txt",
                "Comment",
                "Comment: The four-day week works\n\nMany firms tried it in 2022. "
                "That is a remarkable result. Too many managers confuse hours with work. "
                "Employers will find that out.",
            )
        )
    )
    assert [s.status for s in sents] == [SP, S, SP, SP, SP]


def test_broadcaster_and_contributor_credits_are_captions() -> None:
    got = statuses(
        "Bills will rise.\n\nImage source, PA Media\nImage caption, Protesters in London\n\n"
        "Sara Cline in Baton Rouge contributed to this report."
    )
    assert [g[0] for g in got] == [S, C, C, C]


def test_disclaimer_outranks_the_outlets_own_determination() -> None:
    got = statuses("The Journal could not determine whether the concerns were passed on.")
    assert got[0][0] is U


def test_single_quote_house_style_is_tracked_like_double_quotes() -> None:
    got = statuses(
        "A source told The Sun: 'They still care about each other. It just ran its course.'\n\n"
        "Singer Kayla Reyes is touring Europe. "
        "Reyes described Bell as 'the calmest person I know'. "
        "'He makes me laugh,' she told the magazine. The players' union didn't comment."
    )
    assert [g[0] for g in got] == [R, R, S, A, A, S]
    assert got[3][1] == got[4][1] == "Singer Kayla Reyes"


def test_the_listener_after_told_is_not_the_speaker() -> None:
    got = statuses(
        '"We have been here for hours," Aoife Brennan, who was travelling with her children, '
        "told RTÉ News."
    )
    assert got == [(A, "Aoife Brennan")]


def test_wire_credit_and_deontic_modal() -> None:
    got = statuses(
        "Palestinians inspect the damage. REUTERS/Ramadan Abed\n\n"
        "Under EU rules, passengers may be entitled to 600 euros. Fares may rise."
    )
    assert [g[0] for g in got] == [C, C, S, SP]


def test_a_headline_is_read_but_nobody_is_remembered_from_it() -> None:
    sents = annotate(
        split_sentences(
            Document(
                "t.txt",
                "Airline grounds flights",
                "Airline grounds flights after outage\n\nBudget carrier SkyJet grounded its "
                "flights. The airline said the problem had been fixed.",
            )
        )
    )
    assert (sents[2].status, sents[2].source) == (A, "Budget carrier SkyJet")


def test_a_blog_in_the_outlets_voice_is_opinion_only_where_it_judges() -> None:
    got = statuses(
        "As you may know, the base opened in 2023. It sits 150 kilometres from Taiwan. "
        "We asked the Marines about the drones. That is about as close to a non-answer as you "
        "can get. Is it really a coincidence? We doubt it. Thrill-seekers do not usually fly at "
        "2 a.m. Whoever is flying them is learning. We will keep you posted."
    )
    assert [g[0] for g in got] == [S, S, S, SP, SP, SP, SP, SP, S]


def test_a_newsrooms_we_and_a_set_up_question_do_not_make_opinion() -> None:
    got = statuses(
        "We'll bring you the latest. We have sent a reporter to the harbour. Is it unusual to "
        "see a storm this strong? Not especially, according to forecaster Ben Rich. "
        "Ferries were cancelled."
    )
    assert [g[0] for g in got] == [S, S, S, A, S]


def test_a_credit_line_and_the_description_above_it_are_one_caption() -> None:
    got = statuses(
        "A launcher during an exercise. Photo: U.S. Marine Corps\n\nThe base is small.\n\n"
        "A Marine at the gate.\n\nCredit: J. Smith/AP\n\nThe drones came at night."
    )
    assert [g[0] for g in got] == [C, S, C, C, S]


def test_documents_on_the_record_are_named_sources() -> None:
    got = statuses(
        "Drones circled the base, according to an incident log kept by the Santa Ana police. "
        "He used the card, according to a probable cause affidavit filed in Marion County. "
        "The affidavit says he forged a signature. Analysts had expected $19.7 billion, "
        "according to data compiled by FinSight. In a statement, the league's board said the "
        "season would go ahead. Fees rose, the statement said."
    )
    assert [g[0] for g in got] == [A] * 6
    assert "Santa Ana police" in (got[0][1] or "")
    assert got[1][1] == got[2][1] == "probable cause affidavit filed in Marion County"
    assert "FinSight" in (got[3][1] or "") and got[5][1] == "league's board"


def test_hearsay_unnamed_forecasters_and_quantified_people_are_reported() -> None:
    got = statuses(
        "Holloway allegedly told investigators he would repay it. Analysts expect the slowdown "
        "to last. All three told us the flights were late. One of them said so. Two Marines "
        "stationed at the base told us the drones were large. Passengers at Dublin Airport "
        "described long queues. We're getting reports that a tree fell."
    )
    assert [g[0] for g in got] == [R] * 7


def test_passive_agents_acronyms_relatives_and_report_back_references() -> None:
    got = statuses(
        "Older people are advised by the NHS to walk. Mwila's Democratic Renewal Alliance (DRA) "
        "said its count differed. Halvorsen's parent, Brightwater Industrial Group (BIG), said "
        "it was cooperating. The train was run by Great Lakes Railway, which said it was "
        "helping. Shares rose after Bloomberg News reported a bid. The offer was $3 billion, "
        "the report said."
    )
    assert [g[1] for g in got] == [
        "NHS",
        "Mwila's Democratic Renewal Alliance (DRA)",
        "Halvorsen's parent, Brightwater Industrial Group (BIG)",
        "Great Lakes Railway",
        None,
        "Bloomberg News",
    ]


def test_a_headline_tagging_a_finding_to_a_study_is_the_outlets_own() -> None:
    sents = annotate(
        split_sentences(
            Document("t.txt", "t", "Daily walks slow memory decline, study finds\n\nBody text.")
        )
    )
    assert sents[0].status is S


def test_newsroom_disclaimers_and_forecasts() -> None:
    got = statuses(
        "We have not been able to verify that. Until someone pays, expect it to get worse. "
        "A merger would almost certainly face scrutiny."
    )
    assert [g[0] for g in got] == [U, SP, SP]


def test_findings_of_documents_and_representatives_of_unnamed_bodies() -> None:
    got = statuses(
        'The inquiry found no wrongdoing. "We will rebuild," said a spokeswoman for the county. '
        "The building described in the report was demolished."
    )
    assert got == [(A, "inquiry"), (A, "spokeswoman for the county"), (S, None)]


def test_a_credit_alone_in_its_block_mid_story_makes_the_line_above_a_caption() -> None:
    got = statuses(
        "The storm hit at dawn.\n\nWorkers clear debris in Alder on Monday.\n\n"
        "Image source: Getty Images\n\nThe storm moved east.\n\n"
        "Divers search the harbour. Image source: Coastline Photo"
    )
    assert [g[0] for g in got] == [S, C, C, S, C, C]
