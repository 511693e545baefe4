"""Word lists for claim annotation: the words an editor looks for.

Only lexicons live here (plain frozensets of lowercase words unless noted). The compiled cue
patterns are in :mod:`corpus.cue_patterns`; the grammar that uses these lists is in
:mod:`corpus.phrases`, :mod:`corpus.speakers` and :mod:`corpus.attribution`.
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """Split a space-separated word list into a frozenset."""
    return frozenset(text.split())


# --- reporting verbs ---------------------------------------------------------------------------
# Verbs that report speech whatever follows them ("denied any wrongdoing", "told the BBC").
SPEECH_VERBS = words(
    "said says say told tells tell claimed claim blamed blames insisted insists argued argues "
    "argue warned warns warn alleged alleges allege acknowledged acknowledges admitted admits "
    "asserted asserts contended contends maintained maintains stressed stresses emphasized "
    "emphasised emphasizes emphasises testified explained explains stated insist denied denies "
    "deny estimated expected thanked praised criticised criticized condemned "
    "disputed disputes cautioned cautions predicted predicts predict expects expect "
    "anticipates anticipate pointed conceded concedes accused accuses accuse recommend "
    "recommends recommended urged urges urge advised advises forecast forecasts reminded reminds "
    "remarked foresees foresaw foresee reckons reckon reckoned hit hits hinted scoffed scoffs "
    "answered answers"
)
# Verbs that attribute only with a clause after them, or as a tag ("..., the judge wrote."):
# with a plain object they report an event ("reported the allegations", "recalled 300 kettles").
CLAUSE_VERBS = words(
    "found finds show shows showed suggested suggests suggest indicated indicates indicate "
    "believes believe believed thinks think wrote writes tweeted tweets posted posts continued "
    "concluded concludes replied replies responded countered reported reports revealed reveals "
    "announced announces confirmed confirms disclosed discloses declared declares "
    "estimate estimates projects notes noted claims states observed observes ruled "
    "acknowledge add added adds promised promises pledged pledges vowed vows emailed emails "
    "texted texts messaged messages agreed agrees accepted accepts rejected rejects dismissed "
    "dismisses rebutted rebuts refuted refutes swears swore"
)
# "The union put the figure at 45,000": an estimate given, though "put" reports nothing else.
ESTIMATE_NOUNS = words(
    "figure figures number numbers toll total count cost costs bill estimate turnout crowd "
    "damage losses size margin error"
)
# Verbs that characterise ("called the comments 'irresponsible'"): a report with a quotation.
CHARACTERISING_VERBS = words("called calls described describes dubbed labelled labeled branded")
# Of these, people also describe what they saw or went through ("Passengers described long
# queues"): a report even without a quotation.
DESCRIBING_VERBS = words("described describes")
# Verbs of a person's inner life: only that person can be the source ("He regrets that").
MENTAL_VERBS = words(
    "fear fears feared hope hopes hoped regret regrets regretted worry worries worried wish "
    "wishes wished doubt doubts doubted "
    "feels felt suspects suspected remembers remembered recalls recalled"
)
# Hedged inference: with a vague subject ("The results suggest") it is the author's inference.
INFERENCE_VERBS = words("suggest suggests suggested indicate indicates indicated imply implies")
# A particle that must follow a verb for it to report speech ("pointed out", "agreed that";
# "agreed to buy" is an act).
VERB_PARTICLES = {"pointed": "out"} | dict.fromkeys(
    words("agreed agrees accepted accepts answered answers"), "that"
)
# A particle that must come straight after, then a word that opens a retort: "hit back at her
# critics", "hit back on Monday, calling"; "hit back with two goals" and "hit the town back in
# 2019" report no words.
NEXT_PARTICLES = dict.fromkeys(words("hit hits"), "back")
RETORT_OPENERS = words(", at against on that calling saying accusing dismissing describing")
AUXILIARIES = words(
    "is are was were be been being has have had do does did will would can could may might "
    "shall should must also later previously earlier further then now once again separately "
    "repeatedly publicly privately recently initially originally first last still subsequently "
    "yesterday today frequently often already since never not just only even always n't"
)
# Common irregular past forms, so the end of a subject noun phrase can be found without a tagger.
IRREGULAR_PAST = words(
    "rose fell paid took made came went saw got gave held led met ran sold told won lost left "
    "kept began brought built bought fought found hit put set cut spent sent struck stood spoke "
    "wrote knew grew drew threw flew broke chose drove rode wore tore became sat beat hid shot "
    "shut spread quit let read fled fed felt dealt meant heard said laid sought taught caught "
    "thought stuck swung hung sank sang rang sprang swam forgot forgave froze stole woke bore "
    "arose shook understood withdrew overtook undertook ate drank slept"
)

# --- noun phrases ------------------------------------------------------------------------------
PRONOUNS = words("he she it they him her them i we you")
PERSON_PRONOUNS = words("he she him her")
DETERMINERS = words("a an the this that these those his her its their our my your")
INDEFINITE = words(
    "a an one two three four five six seven eight nine ten several some many multiple other "
    "another various few numerous dozens hundreds"
)
CONNECTORS = words("of for in at on from by with and de del della da van von bin al le la")
# Participles that, with a preposition, start a post-modifier ("data compiled by FinSight").
EN_PARTICIPLES = words("taken written given seen known shown drawn driven stolen hidden")
PARTICIPLE_PREPOSITIONS = words("by at in on from with for under")
# "Economists polled by Reuters": the poll is on the record.
POLLED = words("polled surveyed questioned interviewed tracked")
# Words that start a quantified subject ("All three", "One of them").
QUANTIFIERS = words(
    "all both each most many some several none neither either one two three four five six seven "
    "eight nine ten dozens"
)
# Prepositions of a date after a name ("Veltrix Semiconductor on Thursday").
DATE_PREPOSITIONS = words("on in last this next early late earlier")
# Words that end a subject noun phrase when walking backwards from its verb.
BOUNDARY_WORDS = words(
    "that which who whom whose when where while after before because since although though if "
    "unless until once as whether than so yet or but nor"
)
POSTMODIFIER_STARTS = words(
    "of for at from in on with by who which whose that familiar close polled cited quoted "
    "reviewed obtained released published conducted commissioned provided seen filed based"
)
# Prepositions that end a noun phrase (so "announced a recall in May" has no clause after it).
PREPOSITIONS_NP = words(
    "in on at for from with by after before over under about into to against during since "
    "until amid despite"
)
# Heads that never name anybody: unnamed people and unnamed reports.
UNNAMED_HEADS = words(
    "official officials source sources people person aide aides insider insiders witness "
    "witnesses resident residents observer observers diplomat diplomats analyst analysts expert "
    "experts trader traders scientist scientists researcher researchers economist economists "
    "critic critics employee employees worker workers staff activist activists parent parents "
    "lawmaker lawmakers leader leaders member members businesses reports media "
    "commentators bloggers users accounts someone forecasters meteorologists advocates groups "
    "neighbours neighbors fans supporters voters investors executives managers doctors nurses "
    "teachers students owners shoppers customers consumers passengers locals survivors relatives "
    "soldier soldiers troops fighter fighters councillor councillors councilor councilors "
    "channel channels posts radio drivers contractors journalists reporters markets market "
    # The singular of each kind of person above: "one shop owner said" names nobody either.
    "employee parent member neighbour neighbor fan supporter voter investor executive manager "
    "doctor nurse teacher student owner shopper customer consumer passenger local survivor "
    "relative trader economist critic activist lawmaker commentator blogger user forecaster "
    "driver contractor journalist reporter fishermen fisherman farmers farmer shopkeepers "
    "shopkeeper landlords tenants tenant pensioners commuters villagers campaigners "
    "protesters protestors patients families farmworkers dockers miners "  # by trade or place
    # People who were only there: "Some spectators also suggested ...".
    "spectators spectator onlookers bystanders visitors visitor guests attendees viewers "
    "listeners readers colleagues friends regulars diners walkers players competitors pilots "
    # People by age, sex or family alone: "the woman said" names nobody.
    "man men woman women girl girls boy boys teenager teenagers child children mother mothers "
    "father fathers pupil pupils grandmother grandfather"
)
# Heads of anonymous sourcing: unnamed even with a named institution ("officials at the agency"),
# and people who are only somewhere ("passengers at Dublin Airport"), not part of a body.
ANONYMOUS_HEADS = words(
    "official officials source sources people person aide aides insider insiders someone "
    "diplomat diplomats reports accounts passengers residents witnesses shoppers fans voters "
    "locals customers survivors relatives neighbours neighbors visitors travellers travelers "
    "commuters drivers onlookers bystanders fishermen farmers shopkeepers villagers pensioners "
    "tenants patients families"
)
# Representatives speak for whoever the phrase names: "a spokeswoman for the port authority".
REPRESENTATIVE_HEADS = words(
    "spokesman spokeswoman spokesperson spokespeople representative representatives lawyer "
    "lawyers attorney attorneys counsel"
)
# Official bodies that are on the record even unnamed ("police said", "investigators believe").
INSTITUTIONAL_HEADS = words(
    "command headquarters cabinet presidency embassy mission forces police prosecutors "
    "prosecutor investigators investigator detectives inspectors coroner sheriff coastguard party "
    "firefighters authorities court government military army navy ministry department office "
    "agency authority regulator governor mayor judge state city council committee commission "
    "board union league club association institute university company firm group operator "
    "maker chipmaker carrier airline bank body organisation organization network service "
    "library museum gallery hospital school college trust tribunal assembly parliament senate "
    "federation"
)
# Documents speak for their authors: "court records show", "the study found".
DOCUMENT_HEADS = words(
    "study poll survey audit statement memo letter paper records documents filings filing "
    "lawsuit complaint indictment report emails email messages ruling opinion order review "
    "research figures data census estimates count counts counters release affidavit affidavits "
    "log logs logbook transcript transcripts testimony warrant dossier timeline invoices receipts "
    "database register minutes results findings numbers trends evidence trial experiment "
    "investigation inquiry consensus projections assessment"
)
# Too vague to stand for anyone: with "suggest" they are the author's inference.
VAGUE_DOCUMENT_HEADS = words("results findings data evidence analysis numbers figures trends")
# What someone said or did, as the author reads it: "Reidy's comments suggest" is an inference.
READ_INTO_HEADS = words("comments remarks words tone silence moves decisions signals actions")
# Organisation nouns a definite description may stand for ("the company" = the protagonist).
ORG_GENERIC = words(
    "company firm group operator maker chipmaker carrier airline bank body organisation "
    "organization club team business retailer manufacturer contractor developer lender insurer "
    "broadcaster network outlet publisher force utility charity"
)
ORG_ROLES = words(
    "site outlet newspaper broadcaster network magazine agency association union ministry "
    "department institute organisation organization firm tank charity watchdog maker company"
)
# Lowercase words that may sit inside a named speaker's noun phrase ("Ofwat chief executive").
ROLE_WORDS = words(
    "spokesman spokeswoman spokesperson adviser advisor minister secretary president chief "
    "director negotiator operator official officials officer officers commander general governor "
    "mayor senator lawyer attorney judge prosecutor police investigators detectives analyst "
    "economist researcher scientist source aide witness resident staff leader member executive "
    "founder chairman chairwoman head professor fellow association union company firm agency "
    "ministry department office government military board council committee commission court "
    "study poll survey report statement team senior former top local regional state federal "
    "foreign defense defence interior presidential deputy acting associate assistant "
    "intelligence security service civil protection finance diplomat pharmacist doctor nurse "
    "teacher coach manager owner historian meteorologist forecaster correspondent editor news "
    "site think tank research market consumer watchdog secretary-general environment shadow "
    "district county city attorney-general"
)
ROLE_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman")
"""Endings of a lowercase noun that names someone's role ("organiser", "consultant")."""
PERSON_ROLES = words(
    "spokesman spokeswoman spokesperson adviser advisor minister secretary president negotiator "
    "officer commander governor mayor senator lawyer attorney judge analyst economist professor "
    "fellow executive founder chairman chairwoman director chief leader coach manager owner "
    "doctor pharmacist researcher scientist member historian meteorologist coroner sheriff "
    "captain striker goalkeeper midfielder defender player keeper author correspondent editor "
    "neurologist glaciologist resident treasurer official clerk chair chairperson"
)
FEMALE_WORDS = words(
    "ms ms. mrs mrs. miss lady dame queen spokeswoman chairwoman businesswoman congresswoman "
    "she her wife mother daughter sister widow grandmother actress"
)
MALE_WORDS = words(
    "mr mr. sir lord king spokesman chairman businessman congressman he him his husband father "
    "son brother widower grandfather actor"
)
# "Marit Haldane, his wife": a relative, so another person than the Haldane of the story.
FAMILY_HEADS = words("family families")
"""A family is a source of its own ("the Kittering family said"), not its namesake."""
KIN_WORDS = words(
    "wife husband mother father daughter son sister brother widow widower grandmother "
    "grandfather partner cousin niece nephew aunt uncle"
)

# --- capitalised words (case-sensitive) ----------------------------------------------------------
PERSON_TITLES = words(
    "Mr Mrs Ms Dr Prof Gen Lt Col Capt Sgt Maj Sen Rep Gov Rev Sir Dame Lord Lady President "
    "Adviser Advisor Minister Secretary Spokesman Spokeswoman Governor Mayor Senator Judge "
    "Justice Chief Officer Director Captain Sergeant General Commander Lieutenant Coroner "
    "Sheriff Coach Manager Professor Meteorologist Detective Inspector Constable Councillor "
    "DI DS DCI DCS Supt Insp Det PC Cllr Cllrs"
)
# Bodies and office-holders a definite description names ("the ministry", "the judge").
BODY_HEADS = INSTITUTIONAL_HEADS | ORG_GENERIC | PERSON_ROLES
# Nouns that stand for a company ("the company", "the carmaker", "the lender").
COMPANY_HEADS = words(
    "company firm maker chipmaker carrier airline operator retailer manufacturer contractor "
    "developer lender insurer business chain supermarket grocer"
)
# Endings that make a name a company's ("Halvard Pharma", "Brightline Holdings"); each is also
# an organisation word ("Halvard Pharma, which part-funded the study" is "the company").
COMPANY_ENDINGS = words(
    "Inc Corp Corporation Company Co Ltd Plc PLC LLC AG SA NV Holdings Group Pharma Line Lines "
    "Pharmaceuticals Therapeutics Biotech Biosciences Technologies Systems Labs Laboratories "
    "Motors Air Airlines Airways Semiconductor Software Securities Investments Bancorp Realty "
    "Properties Logistics Shipping Mining Petroleum Steel Aerospace Robotics Industries "
    "Enterprises Brands Foods Consulting Consultants Consultancy Partners Associates Services "
    "Solutions Capital Energy Media Catering Hotels Resorts Developments Estates Homes Stores "
    "Snacks Dairies Bakeries Breweries Fisheries"
)
NEWSPAPER_WORDS = words(  # "the Saltrow Tribune", "the Sentinel"
    "Times Post Journal News Press Telegraph Guardian Herald Tribune Gazette Chronicle Courier "
    "Mercury Echo Advertiser Sentinel Dispatch Examiner Bulletin Enquirer Inquirer Argus Clarion"
)
_ORG_NAMES = words(
    "Ministry Department Office House Staff Authority Union Inc Corp Group Council Court Police "
    "Agency Service Bank Association University Organization Organisation Institute Board "
    "Committee Commission Party Government Kremlin Pentagon Reuters CNN AP AFP BBC Company Co Ltd "
    "League Club Army Navy Forces Semiconductor Foundation Center Centre Administration Bureau "
    "Alliance Coalition Federation Trust Fund Society Water Energy Airlines Airways Motors "
    "Holdings Partners Capital Media Network Dynamics Systems Technologies Labs Pharmaceuticals "
    "Insurance Underground Rovers Athletic United City FC Network Exchange Council Tribunal "
    "Parliament Senate Congress Assembly Guard Staff Services Studios Records Games Group Review "
    "Monitor Watch Institute Laboratory Hospital School College Academy Museum Networks "
    "Industries Resources Solutions Utilities Communications Electronics Enterprises Associates "
    "Brands Foods Railways Railway Rail Ferries Electricity Power Gas Telecom Financial "
    "Construction Engineering Healthcare Chamber Infirmary Clinic Directorate Consortium "
    "Cooperative Co-operative Corps Regiment Brigade Library Gallery Observatory Constabulary "
    "Panel Guild Confederation Brotherhood Executive Inspectorate Regulator Secretariat Larder "
    "Pantry Foodbank Circle Fellowship Commissioners Collective Forum Initiative Syndicate "
    "Lodge Orchestra Choir Band Ensemble Troupe Conservancy Responders"
)
ORG_WORDS = COMPANY_ENDINGS | NEWSPAPER_WORDS | _ORG_NAMES
CAP_STOP = words(
    "However But And Meanwhile Also Moreover Still Yet So Then Now Later Earlier On In At After "
    "Before When While As Since Because Although If Last This That These Those Yesterday Today "
    "Yes No It There Here Instead Separately Previously Early Late During Under Over Despite "
    "With Without Seeing Given Asked Speaking Writing Neither Either Each Every All Both The A "
    "An He She They We I You His Her Its Their Our My Your Some Many Several One Two Three Few "
    "Most Such What Why How Who Where Even Only Just Not Nor Or For From To Of By Q A Image "
    "Photo Photograph Picture Caption Credit Source Comment Opinion Analysis Editorial"
)
CALENDAR = words(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
    "June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept "
    "Oct Nov Dec GMT BST UTC CET CEST EST EDT CST CDT PST PDT ET PT CT"
)

INSTITUTION_WORDS = ORG_WORDS - COMPANY_ENDINGS
"""Words that name a public body rather than a brand ("Coast Guard", "Board")."""
_PAPERS = words(
    "Tribune Times Post Herald Gazette Journal Telegraph Guardian Chronicle Courier News Daily "
    "Star Observer Independent Record Mail Express Standard"
)
_REGULATORS = words("Board Authority Commission Agency Regulator Office Inspectorate")
_UNIONS = words("Union Federation Guild Association Congress")
NAMED_AS = {
    "newspaper": _PAPERS,
    "paper": _PAPERS,
    "regulator": _REGULATORS,
    "watchdog": _REGULATORS,
    "union": _UNIONS,  # "the union": the Cabin Crew Federation
    "hospital": words("Hospital Infirmary Clinic"),  # "the hospital": Kelmsworth Royal Infirmary
    "school": words("School Academy College"),  # "the school": Larkspur Rise Academy
}
"""What a role noun's referent is called: "the newspaper" is the one whose name ends "Tribune"."""
