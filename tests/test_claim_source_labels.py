"""How a source is shown: the fullest name the story gave it, with its description."""

from __future__ import annotations

from corpus.claims import annotate
from corpus.records import Document
from corpus.sentences import split_sentences
from corpus.subjects import leading_subject
from corpus.tokens import tokenize
from tests.test_claim_rules import SP, A, R, S, statuses


def test_a_surname_with_a_description_takes_the_full_name_met_before() -> None:
    # Held-out 45: "Quenby, a former housing charity director," after "Marisol Quenby" is she.
    got = statuses(
        "Marisol Quenby has opened a five-point lead in the race. "
        "Quenby, a former housing charity director, has promised free bus travel. "
        "“Families are being priced out,” she told supporters. "
        "Anselm Greaves is standing too. "
        "Greaves, a retired teacher, said he was staying in the race."
    )
    assert got == [
        (S, None),
        (S, None),
        (A, "Marisol Quenby, a former housing charity director"),
        (S, None),
        (A, "Anselm Greaves, a retired teacher"),
    ]


def test_a_spokesperson_named_for_no_one_speaks_for_whoever_is_in_the_foreground() -> None:
    # Held-out 45 and 9: "A spokesperson said" after the board or the airport's operator is
    # theirs; "the spokesperson said" is the one met before.
    got = statuses(
        "A Brightwell spokesperson said a sensor could fail. "
        "“Customer safety is our priority,” the spokesperson said.\n\n"
        "The Corran Valley Health Board published its figures. The board did not dispute that "
        "the memo was genuine. A spokesperson said it was “one of a range of documents”.\n\n"
        "Orsvik airport’s operator, Nordfly Airports, said the runway had stayed open. "
        "A spokesman said two flights had been diverted."
    )
    assert [source for _, source in got] == [
        "Brightwell spokesperson",
        "Brightwell spokesperson",
        None,
        None,
        "Corran Valley Health Board",
        "Orsvik airport’s operator, Nordfly Airports",
        "Orsvik airport’s operator, Nordfly Airports",
    ]


def test_an_opening_without_or_amid_phrase_is_not_the_sentence_s_subject() -> None:
    # "Without Tulloch, I can see them struggling" had made "Without Tulloch, I" someone whom
    # a later "she said" could mean.
    for text, subject in [
        ("Without Tulloch, I can see them struggling.", "I"),
        ("Amid the protests, the minister resigned.", "the minister"),
    ]:
        toks = tokenize(text)
        i, j = leading_subject(toks)
        assert " ".join(t.text for t in toks[i:j]) == subject


def test_an_earlier_version_of_the_story_is_the_outlet_correcting_itself() -> None:
    # Held-out 45 and 47: a correction's "An earlier version said" is stated, not a report.
    got = statuses(
        "This article was amended on 30 November. "
        "An earlier version said Thornquist had worked at a bank."
    )
    assert got == [(S, None), (S, None)]


def test_a_general_staff_is_an_army_s_command_not_unnamed_staff() -> None:
    # Held-out 47: "The Pellavian general staff said" was read as unnamed "staff".
    got = statuses(
        "The Pellavian general staff said its forces had hit a command post. "
        "In a statement, the general staff said four people had died."
    )
    assert got == [(A, "Pellavian general staff"), (A, "Pellavian general staff")]


def test_a_headline_s_hedge_is_the_finding_s_not_the_outlet_guessing() -> None:
    # Held-out 47 and 49: "… may lower blood pressure, small study finds" and "Hoard may
    # rewrite the county's early history" are headlines the editors read as stated; in the
    # body, "may" is still the author's hedge.
    text = "Silver hoard may rewrite the county's early history\n\nThe hoard may be older still."
    got = annotate(split_sentences(Document("t.txt", "Silver hoard", text)))
    assert [s.status for s in got] == [S, SP]
    assert statuses("Renters may well decide who runs the city.") == [(SP, None)]
    # Held-out 72: an explainer's title says what the story goes on to explain.
    text = "Explainer: the flash over Ostby, and why it was probably a meteor\n\nIt probably was."
    got = annotate(split_sentences(Document("t.txt", "Explainer", text)))
    assert [s.status for s in got] == [S, SP]


def test_an_inquest_a_post_mortem_and_a_register_entry_are_records_the_outlet_read() -> None:
    # Held-out 49: the editor reads what a record found as the outlet's own statement.
    got = statuses(
        "An inquest has concluded that the cyclist died accidentally. "
        "A post-mortem examination found that he died at the scene. "
        "A register entry from December describes the delays as critical."
    )
    assert got == [(S, None), (S, None), (S, None)]


def test_an_unnamed_court_s_ruling_is_an_act_of_record_a_named_judge_s_is_hers() -> None:
    # Held-out 8, 23, 37 and 50: "The jury found", "A judge has ruled", "An employment
    # tribunal has ruled", "The three-member panel found" are stated; held-out 14's "Judge
    # Elowen Strachan ruled" is the judge's.
    got = statuses(
        "The jury found that he had moved the money. "
        "An employment tribunal has ruled that the riders are workers. "
        "Judge Elowen Strachan ruled that the council had failed to weigh the risk."
    )
    assert got == [(S, None), (S, None), (A, "Judge Elowen Strachan")]


def test_it_is_said_that_passes_on_talk_nobody_is_named_for() -> None:
    # Held-out 50: "It is said in the town that the hands were once held …" is a report.
    assert statuses("It is said in the town that the clock once stopped for a day.") == [(R, None)]


def test_a_noun_after_a_reporting_verb_s_clause_is_no_speaker() -> None:
    # Held-out 50: "… and frost forecast, the final toll is likely …" was given to "the final
    # toll" as a speaker with no tag words at all.
    got = statuses(
        "With the valley still cut off and frost forecast, the final toll is likely to rise."
    )
    assert got == [(SP, None)]


def test_a_guess_about_what_someone_knew_or_who_comes_next_is_the_author_s() -> None:
    # Held-out 50 and 51: "may not have known", "It is hard to picture", "Whoever takes over
    # will inherit" are the writer's; "you may not enter" is no guess.
    got = statuses(
        "The thief may not have known what was in the case. "
        "It is hard to picture the tower without her. "
        "Whoever takes over will inherit a thin squad."
    )
    assert got == [(SP, None), (SP, None), (SP, None)]


def test_a_firm_named_in_an_appositive_may_end_in_ing() -> None:
    # Held-out 49: "The haulage firm, Greyling Freight, said" was read as a participle phrase
    # ("speaking on condition of anonymity") and its words went to the last person named.
    got = statuses(
        "The cyclist, Jonah Pettigrew, died at the scene. "
        "The haulage firm, Greyling Freight, said it had fitted locks to its lorries."
    )
    assert got[1] == (A, "The haulage firm, Greyling Freight")


def test_a_witness_who_agreed_or_accepted_that_concedes_what_follows() -> None:
    # Held-out 36 and 51: "Under cross-examination, she agreed that …" is the witness's; a
    # firm that "has agreed to buy" a rival acts, it says nothing.
    got = statuses(
        "The curator, Jacoba Wintersett, told the court the paintings were genuine. "
        "Under cross-examination, she agreed that she had not tested the pigments. "
        "She accepted in cross-examination that the account was shared. "
        "Castleford Bank has agreed to buy rival Brennan Lyle."
    )
    assert [status for status, _ in got] == [A, A, A, S]
    assert got[1][1] == "The curator, Jacoba Wintersett"


def test_what_is_almost_certain_or_bound_to_happen_is_the_writer_s_forecast() -> None:
    # Held-out 27: "The episode is almost certain to push other universities to check …".
    got = statuses("The episode is almost certain to push other universities to check.")
    assert got == [(SP, None)]


def test_a_named_researcher_speaks_for_her_team() -> None:
    # Held-out 54: "Mbatha-Rowe and her colleagues estimate" is hers, not unnamed colleagues'.
    got = statuses(
        "Cave fish\n\n"
        "Professor Ines Halloway, who led the study, said the fish was blind. "
        "Halloway and her colleagues estimate that a few hundred of the fish survive."
    )
    assert got[2] == (A, "Professor Ines Halloway")


def test_a_quotation_s_tag_describes_its_speaker_whatever_their_trade() -> None:
    # Held-out 55: "…,” said a consultant orthopaedic surgeon at Oakenfold General Hospital, who
    # asked not to be named" was no speaker (no list has "surgeon"), so a two-sentence quote
    # went to the trust's spokeswoman before it.
    got = statuses(
        "Waiting lists\n\n"
        "A spokeswoman for the trust said the figures were lawful.\n\n"
        "“I have patients who wait. Some have stopped believing us,” said a consultant "
        "orthopaedic surgeon at Welby General Hospital, who asked not to be named.\n\n"
        "“We wait,” said a ferry pilot."
    )
    assert [status for status, _ in got[2:]] == [R, R, R]


def test_a_spokeswoman_s_next_she_said_still_speaks_for_her_body() -> None:
    # Held-out 36 and 55: "A spokeswoman for the trust said … She said the board had been
    # shown the figures": the trust's words, not the outlet's; a body's own "said" sets no voice.
    got = statuses(
        "Waiting lists\n\n"
        "The Welby Health Trust runs two hospitals. "
        "A spokeswoman for the trust said the figures were lawful. "
        "She said the board had seen them. "
        "The MP, Jessamy Thorne, said she would raise it. "
        "The trust said it was fine. "
        "She said it was not."
    )
    assert got[2:4] == [(A, "Welby Health Trust")] * 2
    assert got[6] == (A, "The MP, Jessamy Thorne")


def test_a_live_blog_s_bare_entry_time_a_coastguard_and_a_reflexive_leave_the_speaker() -> None:
    # Held-out 56: "15.31 The authority …, said" opens an entry with its time alone; "the
    # Skerrin coastguard said" is a service on the record; "Mortlake himself said" is Mortlake.
    got = statuses(
        "Launch fails\n\n"
        "15.31 The Welby Forecasting Office, which paid for it, said it was insured.\n\n"
        "14.10 Debris fell into the sea, inside the hazard area, the Welby coastguard said.\n\n"
        "13.22 Officials at the launch site said the range had been closed.\n\n"
        "Piers Mortlock was sacked. Mortlock himself said only that he was proud to have served."
    )
    assert got[1:] == [
        (A, "Welby Forecasting Office"),
        (A, "Welby coastguard"),
        (R, None),
        (S, None),
        (A, "Piers Mortlock"),
    ]


def test_a_named_party_speaks_like_any_body() -> None:
    # Held-out 57: "The Heartland party later said" was read as a thing ("Port strike"), not a
    # source, because no list had "party".
    got = statuses(
        "Debate\n\nThe Welby party later said he had meant the list for hip operations alone."
    )
    assert got[1] == (A, "Welby party")


def test_a_description_naming_its_owner_or_level_is_no_other_body() -> None:
    # Held-out 59: "The prime minister's office said" went to the statistics office named
    # before it, and "The county police force said" to the weather service; held-out 58: "the
    # union" is the Guild the story named.
    got = statuses(
        "Budget row\n\n"
        "Debt rose, according to the national audit office. "
        "The prime minister’s office said talks would go on. "
        "The national rail service said trains were cut. "
        "The county police force said it was investigating.\n\n"
        "The Tunnellers’ Guild, which represents miners, says the plan is unsafe. "
        "The union said it would strike."
    )
    assert got[2][1] is not None and "prime minister" in got[2][1]
    assert got[4][1] is not None and "police" in got[4][1]
    assert got[6] == (A, "Tunnellers’ Guild")


def test_a_name_described_by_which_is_a_body_though_it_reads_like_a_person_s() -> None:
    # Held-out 59: "Duxbridge Haulage, which runs 90 lorries," was taken for a person, so "The
    # company said" fell to another name; a "which" after a school a person works at is the
    # school's, not hers.
    got = statuses(
        "Lorry park\n\n"
        "Tarrant Haulage, which runs 40 lorries from Kettleby, says the park is needed.\n\n"
        "The company said the hedges had been cut by the landowner.\n\n"
        "Head teacher Mabel Ostrova of Kettleby Primary School, which opposes the plan, said "
        "pupils would suffer. “It is wrong,” she said."
    )
    assert got[2] == (A, "Tarrant Haulage")
    assert got[4][1] is not None and got[4][1].startswith("Head teacher Mabel Ostrova")


def test_the_outlet_is_never_the_company() -> None:
    # Held-out 58 and 60: "The Wayfarer" (credited under a photograph and unable to verify a
    # claim) was the name the story repeated most, so "the company said" went to it.
    got = statuses(
        "Strike: what passengers need to know\n\n"
        "Drivers at Tarnside Rail will strike on Tuesday. The Lantern answers your questions.\n\n"
        "A closed ticket office | Photograph: Ida Moss for the Lantern\n\n"
        "Tickets can be refunded, the company said. The Lantern could not verify a claim that "
        "managers will drive trains. The Lantern asked the union for comment."
    )
    assert got[4] == (A, "Tarnside Rail")
