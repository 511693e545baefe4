"""An answer's form must be told as that kind of answer, of what the question asks about.

Blind near misses of the held-out sets named a story's places, firms and people and asked what
it never says: a population of a place where "12,000 people took part", the founding of a bank
"fined in 2023", the pay of a librarian in a story of sums, the designer of a ship in a story
whose ferries have one.
"""

from __future__ import annotations

import pytest

from bot.render import render_plain
from retrieval.answer_types import expected_answer
from retrieval.answerability import Vocabulary
from retrieval.embedder import Embedder
from retrieval.question_subject import subject_names
from retrieval.service import Answerer
from tests.own_articles import article_answerer

# An article of our own with counts of people, years, sums and a designer, none of them a
# population, a founding, anyone's pay or the designer of the Orla Star.
HARBOUR = """Brenmouth harbour wall to be rebuilt after winter storms

About 3,000 people marched through Brenmouth on Saturday to demand a new harbour wall, and 400 \
people spent Friday night in the sports hall after the sea broke through. Residents of \
Quayside Row have been told to stay away from the seafront.

The Brenmouth Harbour Trust, which took over the port in 1989, said the new wall would cost 12 \
million pounds. It has opened an investigation into why the old wall failed. The trust was \
fined 40,000 pounds in 2021 over a smaller breach.

The new wall was designed by the engineer Maeve Dunleavy, whose firm also drew up the plans \
for the marina. Trust chair Colm Rafferty said the work would start in May. "We have waited \
long enough," he said.

The Orla Star, the last trawler still working out of Brenmouth, lost part of its own \
wheelhouse in the storm. Its skipper, Dara Quinn, said the boat would be back at sea in March. \
One fisherman, who did not want to be named, said the trust had ignored warnings about the wall \
for years.
"""


@pytest.fixture(scope="module")
def harbour(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Answerer:
    return article_answerer(tmp_path_factory, embedder, {"brenmouth-wall.txt": HARBOUR})


@pytest.mark.parametrize(
    ("question", "kind"),
    [("How many people live in Brenmouth?", "a population"),
     ("What is the population of Quayside Row?", "a population"),
     ("When was the Brenmouth Harbour Trust founded?", "when it was founded"),
     ("How much does Colm Rafferty earn?", "their pay"),
     ("What is Dara Quinn's salary?", "their pay"),
     ("Who designed the Orla Star?", "its designer"),
     ("Who owns the Orla Star?", "its owner"),
     ("What is the name of the fisherman who said warnings were ignored?",
      "the name of the fisherman")],
)  # fmt: skip
def test_a_form_told_of_something_else_does_not_answer(
    harbour: Answerer, question: str, kind: str
) -> None:
    answer = harbour.ask(question)
    assert not answer.found and answer.not_given == kind


@pytest.mark.parametrize(
    ("question", "expect"),
    [("Who designed the new harbour wall?", "designed by the engineer Maeve Dunleavy"),
     ("When did the trust take over the port?", "took over the port in 1989"),
     ("How much will the new wall cost?", "12 million pounds"),
     ("What is the name of the skipper of the Orla Star?", "Its skipper, Dara Quinn")],
)  # fmt: skip
def test_the_forms_told_of_the_thing_asked_about_still_answer(
    harbour: Answerer, question: str, expect: str
) -> None:
    answer = harbour.ask(question, k=3)
    assert answer.found and answer.not_given is None
    assert any(expect in hit.chunk.text for hit in answer.hits)


def test_a_count_of_people_is_no_population_and_a_year_no_founding() -> None:
    people = expected_answer("What is the population of Brenmouth?")
    founded = expected_answer("When was the trust founded?")
    pay = expected_answer("How much does the skipper earn?")
    owner = expected_answer("Who owns the trawler?")
    assert people and founded and pay and owner
    assert not people.given_by("About 3,000 people marched through Brenmouth on Saturday.")
    assert not people.given_by("Residents of Quayside Row have been told to stay away.")
    assert people.given_by("the 640 residents of Kilrossan")
    assert people.given_by("about 2,000 people live on the island")
    assert not founded.given_by("The trust was fined 40,000 pounds in 2021.")
    assert not founded.given_by("It has opened an investigation into the breach.")
    assert founded.given_by("The museum opened in 1958.")
    assert not pay.given_by("The wall would cost 12 million pounds.")
    assert pay.given_by("A skilled welder there earns about £38,000 a year.")
    assert pay.given_by("the usual rate is about 14 pounds an hour")
    # Held-out 32: a programme "paid for by a £210,000 grant" is nobody's pay.
    assert not pay.given_by("a tutoring programme paid for by a £210,000 grant")
    assert pay.given_by("She is paid £95,000 a year.")
    assert not owner.given_by("It has begun its own investigation.")
    assert owner.given_by("The farm is owned by the Pellow family.")


@pytest.mark.parametrize(
    ("question", "names"),
    [("How many people live in Lenmark?", {"Lenmark"}),
     ("What is the population of the village of Ostby?", {"Ostby"}),
     ("How many people live in Lagos, where the manager was born?", {"Lagos"}),
     ("Who owns Vollan's Bakery?", {"Vollan", "Bakery"}),
     ("How much did Nadia's family spend on chess last year?", set()),
     # Seed-heldout-27: Russia is what he left, and the article never says when.
     ("When did Igor Volobuev leave Russia?", {"Igor", "Volobuev"}),
     ("When did Hexbridge Water managing director Declan Ferrars leave?", {"Declan", "Ferrars"}),
     ("When did Russian forces finally take Severodonetsk?", {"Severodonetsk"})],
)  # fmt: skip
def test_the_subject_of_a_place_or_a_possessive_name(question: str, names: set[str]) -> None:
    assert subject_names(question) == names


def test_a_population_question_is_one_whatever_its_relative_clause_says() -> None:
    kind = expected_answer("How many people live in Lagos, where the manager was born?")
    assert kind is not None and kind.name == "a population"
    title = expected_answer("Who was the architect of the Hadley Grain Exchange?")
    assert title is not None
    # A headline in sentence case names the exchange by two of its words.
    passage = (
        "Millbrook Falls grain exchange reborn as public library",
        ["He got one.", "Designed by the Chicago architect Eleanor Pryce, it has a dome."],
    )
    names = subject_names("Who was the architect of the Hadley Grain Exchange?")
    assert title.given_in([passage], names)
    assert not title.given_in([("Theatre reopens", passage[1])], names)


def test_a_name_is_asked_of_a_thing_s_own_noun() -> None:
    group = expected_answer("What is the name of the group behind the attack?")
    assert group is not None and group.name == "the name of the group"
    assert group.given_by("A criminal group calling itself Quillfang said it was behind it.")
    assert group.given_by("Quillfang, a criminal group, said it was behind it.")
    assert not group.given_by("A criminal group said it was behind the attack.")
    teacher = expected_answer("What is the name of the head teacher of Larkspur Rise Academy?")
    assert teacher is not None and teacher.given_by("head teacher Ruth Okoro said")
    assert not teacher.given_by("Larkspur Rise Academy was rated inadequate last week.")
    owned = expected_answer("What is the name of the North Carrow Health Trust's chief executive?")
    assert owned is not None and owned.name == "the name of the chief executive"
    # "the name of Fennick Group" names its subject: no named-thing answer to look for.
    assert expected_answer("What is the name of Fennick Group's new store?") is not None
    assert expected_answer("What was the name of Fennick Group?") is None
    # Held-out 32: the name before the noun, "owned by the Aldcorn family".
    family = expected_answer("whats the name of the family who own the farm")
    assert family is not None and family.given_by("Saltings Farm is owned by the Aldcorn family.")
    assert not family.given_by("The farm has been owned by the same family since 1900.")
    assert not family.given_by("The family said it would sell.")


def test_a_superlative_is_asked_as_a_comparison() -> None:
    tallest = expected_answer("What is the tallest mountain in the county?")
    assert tallest is not None and tallest.name == "the tallest one"
    assert not tallest.given_by("She said she would climb the mountain again next year.")
    assert tallest.given_by("Scarrow Pike, the highest peak in the county")
    # A record of the whole world is told as one: "the highest peak in the county" is not it.
    world = expected_answer("What is the tallest mountain in the world?")
    assert world is not None and not world.given_by("Scarrow Pike, the highest peak in the county")
    assert world.given_by("Everest, the world’s highest mountain")
    earliest = expected_answer("What is the earliest date the lander could touch down?")
    assert earliest is not None and earliest.given_by("no earlier than Dec. 9")
    assert expected_answer("Which river is the longest in South America?") is not None
    # A limit or a record answers a superlative too.
    longest = expected_answer("What's the longest prison term for smuggling eggs?")
    assert longest is not None and longest.given_by("carries a maximum sentence of two years")
    assert longest.given_by("could face up to two years in prison")
    # "most" and "latest" ask for no comparison a story must make.
    assert expected_answer("What is the latest news on interest rates?") is None
    assert expected_answer("Who do the fighters most want to fight?") is None


def test_a_superlative_the_story_never_makes_is_declined(harbour: Answerer) -> None:
    answer = harbour.ask("What is the tallest harbour wall in the world?")
    assert not answer.found and answer.not_given == "the tallest one"


def test_the_reply_says_which_answer_no_passage_gives(harbour: Answerer) -> None:
    answer = harbour.ask("What is the tallest harbour wall in the world?")
    assert "none gives the tallest one" in render_plain(answer)
    answer = harbour.ask("What is the name of the fisherman who said warnings were ignored?")
    assert "none gives the name of the fisherman" in render_plain(answer)


def test_a_form_told_of_another_name_the_sentence_opens_with_does_not_answer() -> None:
    # Held-out 30: a headline naming both clubs let "Corriston Athletic were founded in 1883"
    # answer "When was Halvering Town founded?".
    founded = expected_answer("When was Halvering Town founded?")
    designer = expected_answer("Who was the architect of the Hadley Grain Exchange?")
    assert founded and designer
    title = "Corriston Athletic sign Halvering Town winger"
    halvering = subject_names("When was Halvering Town founded?")
    other = ["Corriston Athletic were founded in 1883 by rope workers."]
    assert not founded.given_in([(title, other)], halvering)
    own = ["Halvering Town were founded in 1879.", "Corriston Athletic play in red."]
    assert founded.given_in([(title, own)], halvering)
    assert founded.given_in([(title, ["The club was founded in 1879."])], halvering)
    # An opening participle is no name: "Designed by the Chicago architect …".
    hadley = subject_names("Who was the architect of the Hadley Grain Exchange?")
    built = ["Designed by the Chicago architect Eleanor Pryce, the exchange opened in 1887."]
    assert designer.given_in([("Hadley Grain Exchange reborn", built)], hadley)


def test_a_form_told_of_the_name_a_sentence_opens_with_is_not_of_a_name_further_on() -> None:
    # Held-out 28 and 29: "Gullwater Ferries was founded in 1952 … and has been owned since
    # 2011 by Mereveld Capital" answered "When was Mereveld Capital founded?".
    founded = expected_answer("When was Tarnwell Holdings founded?")
    assert founded is not None
    tarnwell = subject_names("When was Tarnwell Holdings founded?")
    owned = [
        "Brisk Buses was founded in 1961 and has been owned since 2015 by Tarnwell Holdings.",
        "It runs 40 routes.",
    ]
    assert not founded.given_in([("Bus routes cut", owned)], tarnwell)
    # Told of the name further on, or of the opening name when it is the one asked about.
    bought = ["Brisk Buses is owned by Tarnwell Holdings, which was founded in 1998."]
    assert founded.given_in([("Bus routes cut", bought)], tarnwell)
    brisk = subject_names("When was Brisk Buses founded?")
    assert founded.given_in([("Bus routes cut", owned)], brisk)


def test_a_base_is_told_as_a_base(harbour: Answerer, answerer: Answerer) -> None:
    # Three blind seed sets asked where the 70th Motorized Rifle Brigade is based, of a story
    # that names the brigade and never its base.
    based = expected_answer("Where is the 70th Motorized Rifle Brigade based?")
    assert based is not None and based.name == "where it is based"
    assert based.given_by("Quillfern, an Ormsley-based firm, said")
    assert based.given_by("The trust, which has its head office in Quayside Row, said")
    assert not based.given_by("sergeant Nikolay Shishkarey from the 70th Motorized Rifle Brigade")
    assert expected_answer("Where did the brigade fight?") is None
    # "the last trawler still working out of Brenmouth" tells its base.
    answer = harbour.ask("Where is the Orla Star based?")
    assert answer.found and "working out of Brenmouth" in answer.hits[0].chunk.text
    declined = answerer.ask("Where is the 70th Motorized Rifle Brigade based?")
    assert not declined.found and declined.not_given == "where it is based"


def test_when_something_happened_is_told_near_the_name(answerer: Answerer) -> None:
    # The seed names Igor Volobuev and never says when he left Gazprombank (asked by two blind
    # seed sets); it tells when the Kadyrovites were blown up by an event, two sentences on.
    left = answerer.ask("When did Igor Volobuev leave Gazprombank?")
    assert not left.found and left.not_given == "when it happened"
    blown = answerer.ask("When were the Kadyrovites blown up?", k=3)
    assert blown.found and any("initial advance to Kyiv" in h.chunk.text for h in blown.hits)
    when = expected_answer("When did the fire start?")
    assert when is not None and when.name == "when it happened"
    assert when.given_by("The fire started shortly after 11pm.")
    assert when.given_by("It began during the night.")
    assert not when.given_by("The fire started in the kitchen.")


VILLAGES = """Data centre plan divides Brindlewick

Brindlewick, a village of about 3,100 people, lies four miles south of Westerhay. Residents \
say the data centre would hum day and night.

The developer, Corrowdale Digital, was set up in 2017 and is based in Kelsworth. Its chief \
executive said the site would bring 220 jobs.
"""


def test_a_lower_case_question_s_names_are_read_as_the_corpus_writes_them(
    tmp_path_factory: pytest.TempPathFactory, embedder: Embedder
) -> None:
    # Held-out 32: "how many people live in kelsworth" was answered with Brindlewick's size,
    # as a question in lower case named nothing the check could look for.
    villages = article_answerer(tmp_path_factory, embedder, {"brindlewick.txt": VILLAGES})
    vocabulary = Vocabulary([VILLAGES])
    assert vocabulary.recase("how many people live in kelsworth") == (
        "how many people live in Kelsworth"
    )
    # Not a word the corpus writes in lower case too, nor a question with capitals.
    assert vocabulary.recase("do residents say the site hums") == "do residents say the site hums"
    assert vocabulary.recase("Is kelsworth big?") == "Is kelsworth big?"
    declined = villages.ask("how many people live in kelsworth")
    assert not declined.found and declined.not_given == "a population"
    answered = villages.ask("how many people live in brindlewick")
    assert answered.found and "3,100 people" in answered.hits[0].chunk.text
    # A country's size is a population too (held-out 31's "a country of about 5.8 million").
    people = expected_answer("what is the population of aldmere")
    assert people is not None and people.given_by("Aldmere, a country of about 5.8 million")


def test_a_maker_is_told_as_one_not_by_a_weapon_s_users() -> None:
    maker = expected_answer("Which country manufactures the NLAW?")
    assert maker is not None and maker.name == "its maker"
    assert not maker.given_by("They are trained to use Western-donated weapons such as the NLAW.")
    assert maker.given_by("The drops used in the trial were made by Halvard Pharma.")
    assert maker.given_by("the British-made NLAW")
    made = expected_answer("Who made the decision to close the ward?")
    assert made is None or made.name != "its maker"


def test_when_a_body_was_founded_is_told_with_its_time_not_by_its_founder() -> None:
    # Held-out 37 and 39: "the label's founder, Ptolemy Garside" and the room "where they
    # started" tell no founding date.
    founded = expected_answer("When was Stonechat Records founded?")
    assert founded is not None and founded.name == "when it was founded"
    assert not founded.given_by("The label’s founder, Ptolemy Garside, said he was proud.")
    assert not founded.given_by("Four fires spread beyond the room where they started.")
    assert founded.given_by("Brindlecombe was founded in 1911 by the baker Josiah Brindlecombe.")
    assert founded.given_by("The guild dates back to the 1850s.")
    # Held-out 10: output counted is no founding ("built 184,000 cars last year").
    assert not founded.given_by("The plant built 184,000 cars last year.")
    assert not founded.given_by("The firm created more than 400 jobs in 2021.")
    assert founded.given_by("The works was built in 1902 and opened in 1904.")
    # Held-out 50: "when was the clock built" is told by "made in 1861", not by "made in China".
    built = expected_answer("when was the clock built")
    assert built is not None and built.given_by("The clock, made in 1861 by a firm, still runs.")
    assert not built.given_by("Made in China, the phones sell well.")
    # "Who founded X?" wants the founder: a founding told with its year alone names none.
    founder = expected_answer("Who founded Vantrell?")
    assert founder is not None and founder.name == "its founder"
    assert not founder.given_by("Vantrell was founded in 1987 as a single carpet shop.")
    assert founder.given_by("It was founded in 2012 by the engineers Ada and Bo Linde.")
    assert founder.given_by("The soldiers decided to switch sides and create the legion.")
    # Held-out 61: a "launch point" is a place on a river, no launching of anything.
    assert not founder.given_by("It is about 400 metres downstream of a public launch point.")
    assert founder.given_by("The paddlers launched the club in 1990.")
    # "Formed" and "created" keep the looser check: when a unit was first seen may answer.
    formed = expected_answer("When was the Freedom of Russia legion formed?")
    assert formed is not None and formed.name == "its founding"


def test_paid_in_a_later_clause_asks_no_one_s_pay() -> None:
    # Held-out 49: the sum promised is asked, and when it will be paid.
    kind = expected_answer("how much money did the minister promise, and when will it be paid")
    assert kind is not None and kind.name == "a sum of money"
    pay = expected_answer("how much is the wicklestone mayor paid")
    assert pay is not None and pay.name == "their pay"


def test_a_ticket_s_price_or_a_bank_s_assets_are_sums_of_money() -> None:
    # Held-out 40 and seed-heldout-29 asked them; a passage about season tickets' refunds, or
    # a bank's former vice president, gives no sum.
    for question in ("How much is an adult ticket to the park?", "What are Gazprombank's assets?"):
        kind = expected_answer(question)
        assert kind is not None and kind.name == "a sum of money"
        assert not kind.given_by("Season-ticket holders will be offered refunds, the park said.")
        assert kind.given_by("An adult ticket costs £14.50.")


def test_how_many_a_body_has_and_where_its_head_office_is_are_told_beside_its_name() -> None:
    # Held-out 40 and 41: a passage naming the university or the bank for something else
    # gives neither its students nor its head office.
    has = expected_answer("How many students does the University of Mardenfield have?")
    assert has is not None and has.name == "how many it has"
    assert has.given_by("The university has about 19,000 students.")
    assert not has.given_by("A former doctoral student raised concerns with the university.")
    office = expected_answer("Where is Pellacombe Mutual Bank's head office?")
    assert office is not None and office.name == "where it is based"
    assert not office.given_by("Pellacombe Mutual Bank, a small lender with 23 branches, failed.")
    # Held-out 10, 42, 44 and 25: fleets, reservoirs, boats for hire and seats too.
    for question, given in [
        ("How many aircraft does Arlen Airways have in its fleet?", "It flies 40 aircraft."),
        ("How many reservoirs does Brenmouth Water run?", "It runs 12 reservoirs."),
        ("how many boats does sallowfield marina rent out", "It rents out 30 boats."),
        ("How many seats does the refurbished auditorium have?", "The auditorium seats 620."),
    ]:
        kind = expected_answer(question)
        assert kind is not None and kind.name == "how many it has", question
        assert kind.given_by(given), given


def test_a_port_s_size_is_its_population() -> None:
    # Held-out 37: "ulvaro population" was declined, its answer "a river port of about 31,000
    # people" not read as a place's size.
    kind = expected_answer("ulvaro population")
    assert kind is not None and kind.name == "a population"
    assert kind.given_by("Ulvaro, a river port of about 31,000 people, was shelled.")
    assert not kind.given_by("About 4,200 people fled the port on Thursday.")
