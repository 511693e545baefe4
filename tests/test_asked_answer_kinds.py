"""Answer kinds asked in so many words: how long, a count, a maker, a mayor, when it began."""

from __future__ import annotations

from retrieval.answer_types import expected_answer


def test_how_long_expects_a_duration_or_a_length() -> None:
    # Seed-heldout-31 asked "How long does the double polygraph test take?" of a story that
    # never says; held-out 41 "How long is the Ambermoor Tunnel?".
    kind = expected_answer("How long does the double polygraph test take?")
    assert kind is not None and kind.name == "how long"
    told = (
        "The strike lasted eight days.",
        "He signed a four-and-a-half-year contract.",
        "The ferry has run since 1921.",
        "Cleanup is expected to take weeks.",
        "The main span is 486 metres.",
        "The slick is about two kilometres long.",
        "Journeys of more than an hour are common.",
    )
    for sentence in told:
        assert kind.given_by(sentence), sentence
    assert not kind.given_by("Candidates take a polygraph test and an interview.")
    assert not kind.given_by("The tunnel carries most of the valley's traffic.")


def test_how_long_ago_asks_a_date_and_a_rambling_how_long_is_not_checked() -> None:
    ago = expected_answer("how long ago was the legion first announced?")
    assert ago is not None and ago.name == "a date"
    # Asked on the way to something else, "how long" is no answer type of its own.
    assert expected_answer("who is the union convener and how long has she worked there") is None


def test_a_maker_a_mayor_and_a_weight_are_told_as_such() -> None:
    # Held-out 48 asked all three of stories that give none of them.
    maker = expected_answer("Which company built the Corvina probe?")
    assert maker is not None and maker.name == "its maker"
    assert not maker.given_by("Engineers suspect that a thruster valve stuck open.")
    assert maker.given_by("The probe was built by Halden Orbital in Tarsk.")
    mayor = expected_answer("Who is the mayor of Corranbridge?")
    assert mayor is not None and mayor.name == "its mayor"
    assert not mayor.given_by("Deputy Mayor Osric Dallimore said the charge was needed.")
    assert mayor.given_by("Santa Ana Mayor Liza Tolentino said drones thrilled crowds.")
    weight = expected_answer("How much does the Corvina probe weigh?")
    assert weight is not None and weight.name == "a size"
    found = expected_answer("who discovered the breach first")
    assert found is not None and found.name == "who discovered it"
    assert found.given_by("It was first spotted not by the company but by a researcher.")


def test_how_many_a_body_has_is_counted_in_the_words_asked_about() -> None:
    # Held-out 49: "three children" counts no aircraft; "12 planes" does.
    kind = expected_answer("How many aircraft does Solenta Airways have?")
    assert kind is not None and kind.name == "how many it has"
    assert not kind.given_by("Ashworth, travelling with his wife and three children, waited.")
    assert kind.given_by("The airline flies a fleet of 12 Airbus planes.")
    staff = expected_answer("How many staff does the firm employ?")
    assert staff is not None and staff.given_by("It employs about 14,000 people.")


def test_when_someone_became_something_is_told_with_the_becoming() -> None:
    # Three seed sets asked "When did Ramzan Kadyrov become head of Chechnya?" of a passage
    # telling when his forces fought; held-out 42 and 47 are answered.
    kind = expected_answer("When did Ramzan Kadyrov become head of Chechnya?")
    assert kind is not None and kind.name == "when it began"
    assert not kind.given_by("The Chechen forces led by Kadyrov fought during the advance.")
    assert kind.given_by("Delahunt became famous in 2011 as the host of a cookery show.")
    assert kind.given_by("She entered parliament in 2015.")


def test_a_base_a_salary_and_followers_asked_in_other_words() -> None:
    # Seed-heldout-33 asked all three of a story that gives none of them.
    base = expected_answer("In which city is SOFREP headquartered?")
    assert base is not None and base.name == "where it is based"
    pay = expected_answer("What salary are the legion's members paid?")
    assert pay is not None and pay.name == "their pay"
    followers = expected_answer("How many followers does NEXTA have on Twitter?")
    assert followers is not None and followers.name == "how many it has"
    assert not followers.given_by("Members of the legion received donations from 40 people.")
    assert followers.given_by("The channel has about 2 million subscribers.")


def test_how_many_things_are_in_something_is_a_count_of_those_things() -> None:
    # Asked of story after story: "How many bones are in the human body?", "How many players
    # are there in a rugby union team?"; a city's population or a union's members count none.
    kind = expected_answer("How many players are there in a rugby union team?")
    assert kind is not None and kind.name == "a count of them"
    assert not kind.given_by("The union, which represents about 600 crew, said in 2019, no.")
    assert kind.given_by("Each side fields 15 players.")
    # A number in words of its own, or what no one can count, still answers.
    front = expected_answer("How many legion fighters are at the front?")
    assert front is not None
    assert front.given_by("There are several dozen, it is like a separate unit.")
    assert front.given_by("We cannot confirm how many Russians are in the legion.")
    assert expected_answer("How many people were on board the ferry?") is None
    # Held-out 51: "How many continents are there?" asks a count too, of no place in particular.
    continents = expected_answer("How many continents are there?")
    assert continents is not None and continents.name == "a count of them"
    # "How many legs does a spider have?" (seven sets' unrelated questions): a count of legs,
    # which a passage counting cameras or anglers does not give.
    legs = expected_answer("How many legs does a spider have?")
    assert legs is not None and legs.name == "a count of them"
    assert not legs.given_by("The trust said it had fixed three trail cameras in the wood.")
    assert legs.given_by("Like every spider, it has eight legs.")
    # "How many minutes are there in a day?" asks about a kind of thing, counted as such or
    # with a word for each one; "Bake for 25 minutes" counts no day's minutes.
    minutes = expected_answer("How many minutes are there in a day?")
    assert minutes is not None and not minutes.given_by("Bake for 25 minutes, then cool.")
    assert minutes.given_by("There are 1,440 minutes in a day.")
    # "How many hours …?" counts a span in hours: "several dozen" fighters or "the May 9
    # parade" give none; a mid-question "… how many years of prison?" asks the same.
    shift = expected_answer("How many hours at a stretch do the crews stay on the rig?")
    assert shift is not None and shift.name == "a span of time"
    assert not shift.given_by("There are several dozen, it is like a separate unit.")
    assert not shift.given_by("It follows the May 9 Victory Day Parade in the capital.")
    assert shift.given_by("Crews work 12-hour shifts and stay a couple of hours more.")
    nights = expected_answer("How many nights were the badgers filmed?")
    assert nights is not None and nights.given_by("Cameras ran on 41 nights in June.")
    prison = expected_answer("What is the penalty for it, how many years of prison?")
    assert prison is not None and prison.given_by("Offenders face up to ten years in prison.")
    played = expected_answer("So how many years has the quartet played at the inn?")
    assert played is not None and played.given_by("They have played every Friday since 2011.")
    cows = expected_answer("How many cows does Ann Lee keep at Hill Farm?")
    assert cows is not None and not cows.given_by("Ann Lee has farmed there for 30 years.")
    assert cows.given_by("She keeps 140 cows and a bull.")
    # "At what time of day …?": a time on the clock or a part of the day, not a date.
    clock = expected_answer("At what time of day did the mayor give her speech?")
    assert clock is not None and clock.name == "a time of day"
    assert not clock.given_by("The mayor gave her speech on May 9 in the square.")
    assert clock.given_by("The mayor spoke at about 10.40pm on Saturday.")
    assert clock.given_by("She spoke shortly before dawn.")
    assert expected_answer("What time zone is the island in?") is None
    # A ship's grounding at a clock time; a runner's time in minutes and seconds.
    grounding = expected_answer("What time did the Marisca Dawn hit the rocks?")
    assert grounding is not None and grounding.given_by("It ran aground at about 4.20am.")
    race = expected_answer("What time did Amara Quist-Bellamy run in the 1,500 metres final?")
    assert race is not None and race.given_by("She won in 4 minutes 3.81 seconds.")
    # "How many staff are on duty?": a story counts them as adults, workers or staff.
    staff = expected_answer("How many staff are on lunchtime duty now?")
    assert staff is not None and staff.given_by("Lunchtimes now have six adults on duty.")
    assert not staff.given_by("The school has 210 pupils and two playgrounds.")
    # "How many applications has the legion received?" is no such question: its answer may
    # be words ("off the scale").
    assert expected_answer("How many applications has the legion received?") is None


def test_how_long_someone_has_been_something_is_told_beside_their_name() -> None:
    # Held-out 47 and 48: "How long has Philippa Harcastle been a judge?" is not answered by
    # a nine-year sentence she passed, nor a firm's "second recall in three years".
    kind = expected_answer("How long has Philippa Harcastle been a judge?")
    assert kind is not None and kind.beside_name
    loose = expected_answer("How long is the tunnel?")
    assert loose is not None and not loose.beside_name
    # Held-out 49, 51, 52: a span up to now, not an event's, a deadline, an age or a last visit.
    for held in (
        "Vane has sat as a judge for 11 years.",
        "Vane has waited 14 months for it.",
        "Vane has been a judge since 2019.",
        "The court dates from 1958.",
    ):
        assert kind.given_by(held), held
    for other in (
        "Vane said the trial was expected to last five weeks.",
        "Vane said the council must reply within 56 days.",
        "Vane, a 34-year-old judge, said so.",
        "Vane said it had got worse since her last visit in 2023.",
    ):
        assert not kind.given_by(other), other
    # Seed set 38: "how many years did captain lesnichenko serve" asks the same span.
    years = expected_answer("how many years did captain lesnichenko serve in the army")
    assert years is kind


def test_a_capital_and_a_party_are_told_as_such() -> None:
    # Seed-heldout-29 and held-out 42, 43, 45: stories that name the place or the councillor
    # for something else tell neither.
    capital = expected_answer("What is the capital of the Luhansk People's Republic?")
    assert capital is not None and capital.name == "a capital"
    assert not capital.given_by("The republic's fighters were captured near the river.")
    party = expected_answer("Which political party does Councillor Perpetua Gallimore belong to?")
    assert party is not None and party.name == "a party"
    assert party.given_by("Councillor Gallimore, of the Civic Alliance party, said so.")


def test_a_match_score_is_a_result_not_a_player_s_goals() -> None:
    # Held-out 15, 17 and 30: "scored 19 goals in 27 league games" is no match's score.
    kind = expected_answer("What was the score when Dunhollow United last played Ravenholt?")
    assert kind is not None and kind.name == "a match score"
    assert not kind.given_by("Osterby, 24, has scored 19 goals in 27 league games this season.")
    assert kind.given_by("Dunhollow United beat Ravenholt 3-1 in March.")


def test_a_former_holder_is_not_the_office_s_holder() -> None:
    # Held-out 52: "Thaddeus Pennock, a former prison governor" does not say who governs it now.
    kind = expected_answer("Who is the governor of Wrenholt prison?")
    assert kind is not None
    assert not kind.given_by("Thaddeus Pennock, a former prison governor, said so.")
    assert kind.given_by("Ann Lee, the prison governor, said so.")


def test_which_university_someone_is_at_is_told_beside_their_name() -> None:
    # Held-out 52: the trial's chief investigator is named, her university is not.
    kind = expected_answer("Which university is Professor Henrike Adeyemi-Sollis based at?")
    assert kind is not None and kind.name == "a university"
    assert not kind.given_by("The trial's chief investigator, Professor Adeyemi-Sollis, said so.")
    assert kind.given_by("Professor Adeyemi-Sollis, of Harnwick University, said so.")


def test_a_depth_or_a_weight_is_told_with_its_unit_not_as_a_share() -> None:
    # Held-out 54: "down to 9% of its capacity" tells how full a reservoir is, not how deep.
    deep = expected_answer("How deep is Merrowdale reservoir?")
    assert deep is not None and deep.name == "a size"
    assert not deep.given_by("The reservoir is down to 9% of its capacity.")
    assert deep.given_by("The reservoir is 31 metres deep at the dam.")
    # "How high could the bid go?" may ask a price: still any measurement or share.
    high = expected_answer("How high could the bidder go?")
    assert high is not None and high.name == "a measurement"


def test_where_a_named_place_is_is_told_beside_its_name() -> None:
    # Held-out 54: "Professor Mbatha-Rowe of the University of Ardlow said" names it, and does
    # not say where it is.
    kind = expected_answer("Where is the University of Ardlow?")
    assert kind is not None and kind.name == "where it is"
    assert not kind.given_in(
        [
            (
                "Cave fish",
                ["Professor Ines Halloway of the University of Ardlow said it was blind."],
            )
        ],
        {"University of Ardlow"},
    )
    for told in (
        "The University of Ardlow, in Castrelle, led the dig.",
        "Saltmarch is a harbour town on the east coast.",
        "Orrinsby lies two miles north of the city.",
    ):
        assert kind.given_by(told), told
    # A question with a verb of its own asks something else.
    assert expected_answer("Where is the chipmaker building its factory?") is None


def test_how_much_money_someone_made_asks_their_pay() -> None:
    # Seed set 38: "how much money did igor volobuev make at gazprombank" asks his pay; a firm's
    # takings ("How much money did the firm make?") and output ("how much cheese does the dairy
    # make") are other questions.
    kind = expected_answer("how much money did igor volobuev make at gazprombank")
    assert kind is not None and kind.name == "their pay"
    firm = expected_answer("How much money did the firm make last year?")
    assert firm is None or firm.name != "their pay"
    assert expected_answer("how much cheese does the dairy make") is None


def test_a_fragment_expects_what_its_question_would() -> None:
    # Seed-heldout-41: "age of sgt shishkarey" and "name of the volunteer group that donated
    # food" are "How old is …?" and "What is the name of …?" typed between meetings.
    age = expected_answer("age of sgt marek hollin")
    assert age is not None and age.name == "an age"
    named = expected_answer("name of the charity that ran the appeal")
    assert named is not None and named.name == "the name of the charity"
    founder = expected_answer("founder of the Orrin Trust")
    assert founder is not None and founder.name == "its founder"
    assert expected_answer("legion slogan meaning") is None
    # An age told as a year of life: "now in his seventy-eighth year".
    assert age.given_by("The chair, now in his seventy-eighth year, said")
    assert age.given_by("She is in her 80th year.")
    assert not age.given_by("It is in its third year of trading.")


def test_where_someone_comes_from_is_told_as_an_origin_beside_the_name() -> None:
    # Seed-heldout-39: "where is sergeant … originally from like what town" of a story that
    # names his brigade ("from the 70th Motorized Rifle Brigade") and never his town.
    origin = expected_answer("where is corporal anton vesk originally from like what town")
    assert origin is not None and origin.name == "a birthplace"
    assert expected_answer("What town does Anton Vesk come from?") is origin
    assert expected_answer("Where did the money come from?") is None
    assert origin.given_by("Anton Vesk, from Tarnow, said")
    assert origin.given_by("a 34-year-old from Leeds")
    assert not origin.given_by("Corporal Anton Vesk from the 12th Rifle Brigade")
    assert not origin.given_by("She rented the boat from Sallowmere Marina.")


def test_an_award_is_told_as_an_honour() -> None:
    # Seed-heldout-39: "what medals has captain … received" of a story that never decorates him.
    award = expected_answer("what medals has captain petra holm received")
    assert award is not None and award.name == "an award"
    assert expected_answer("Which film won the jury prize in 2024?") is award
    assert award.given_by("She was awarded the Order of Courage in May.")
    assert award.given_by("The film took the festival's top prize.")
    assert not award.given_by("Captain Holm defected with his unit in March.")
    assert expected_answer("Who won the election?") is not award


def test_a_count_of_prisoners_of_war_or_tanks_a_body_holds() -> None:
    # Seed sets 28 and 29 and the seed's own off-topic set: a story that counts no prisoners
    # held and no tanks cannot say how many a country has.
    held = expected_answer("How many prisoners of war does Estmark currently hold?")
    assert held is not None and held.name == "how many it has"
    assert held.given_by("Estmark holds about 1,200 captives.")
    assert not held.given_by("There are several dozen of them fighting.")
    tanks = expected_answer("How many tanks does Estmark have?")
    assert tanks is not None and tanks.given_by("a fleet of 300 tanks")


def test_when_someone_left_a_post_is_told_with_the_leaving() -> None:
    # Three seed sets: "When did Arestovich resign as presidential adviser?" of a story that
    # dates only what he said while adviser ("On May 11, … Adviser Aleksey Arestovich said").
    left = expected_answer("When did Tomas Vell resign as chief constable?")
    assert left is not None and left.name == "when they left"
    assert expected_answer("When did Tomas Vell step down?") is left
    assert left.given_by("Vell resigned in January 2023 after the inquiry.")
    assert left.given_by("In March 2021 he stepped down.")
    assert not left.given_by("On May 11, Chief Constable Tomas Vell said crime had fallen.")
    assert expected_answer("When did Tomas Vell leave the force?") is not left


def test_an_earlier_job_is_told_as_such_beside_the_name() -> None:
    # Seed sets 9, 27 and 29: "What was Zelensky's career before he became president?" of a
    # story that never says; "What did the farmer do before he left?" asks an act, not a job.
    before = expected_answer("What was Ilse Varn's career before she became mayor?")
    assert before is not None and before.name == "what they did before"
    assert expected_answer("What did Ilse Varn do for a living before politics?") is before
    assert expected_answer("What did the farmer do before he left?") is not before
    assert before.given_by("Varn, a former teacher, said")
    assert before.given_by("She worked as a nurse for 20 years.")
    assert not before.given_by("Mayor Ilse Varn said the bridge would reopen.")


def test_someone_s_job_is_told_beside_the_name_or_as_a_job() -> None:
    # Held-out 45 and 61: "What does X do for a living?" of a story that names X only as a
    # defendant or a successor; a job is set beside the name or told as work.
    job = expected_answer("What does Fintan Drummock do for a living?")
    assert job is not None and job.name == "their job"
    assert expected_answer("What did the kayaker do for a living?") is job
    assert expected_answer("What is Drummock's job?") is job
    assert expected_answer("What did Varn do for a living before politics?") is not job
    assert job.given_by("The inquest heard that Ashgrove, a land surveyor, had paddled it.")
    assert job.given_by("Kell, 58, a retired teacher.")
    assert job.given_by("She works as a nurse.")
    assert job.given_by("Ida Kell runs a bicycle repair shop on Tanner's Row.")
    assert not job.given_by("The council runs a consultation until May.")
    assert not job.given_by("Tolliver’s deputy and successor, Fintan Drummock, told the Spindle")


def test_what_became_of_someone_named_is_told_as_a_later_event() -> None:
    # Seed sets 7, 23, 25 and 26: "What happened to Captain … later on?" of a story that says
    # only that he joined; "what happened to the currency after the announcement" is an event's
    # outcome, not anyone's fate.
    fate = expected_answer("What happened to Corporal Ines Harrow later on?")
    assert fate is not None and fate.name == "what became of them"
    assert expected_answer("what happened to the currency after the announcement") is not fate
    assert expected_answer("What happened to the units during the push?") is not fate
    assert fate.given_by("Harrow was later killed near the river.")
    assert not fate.given_by("Corporal Ines Harrow joined the unit with two others.")


def test_who_replaces_someone_is_answered_only_by_someone_taking_the_place() -> None:
    # Three blind sets asked who replaced or will replace someone their story never succeeds.
    successor = expected_answer("Who will replace Ann Lee as headteacher?")
    assert successor is not None and successor.name == "who takes their place"
    assert not successor.given_by("Ann Lee, the headteacher, retires in July after 17 years.")
    assert successor.given_by("Her deputy, Tom Reed, will take over in September.")
    assert successor.given_by("The governors have appointed Tom Reed to succeed her.")
    replaced = expected_answer("Who replaced Tom Reed at the bank?")
    assert replaced is not None and replaced.name == "who takes their place"
    assert expected_answer("Who replaces the batteries in the lighthouse?") is not None
    assert expected_answer("What replaced the old bridge?") is None
