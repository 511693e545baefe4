"""Words around a full stop that tell whether it ends a sentence (for :mod:`corpus.sentences`)."""

from __future__ import annotations

from corpus.claim_cues import words as _words

# Abbreviations after which a period never ends a sentence (titles, months, reference words).
ABBREV_NEVER = _words(
    "mr mrs ms messrs dr prof gen lt col capt cpt sgt maj cmdr adm sen rep gov rev hon fr st mt "
    "ft pres supt insp det cpl pvt brig gens reps sens jan feb mar apr jun jul aug sep sept oct "
    "nov dec vol fig figs pp approx dept est e.g i.e cf viz ca no nos art sec ch para op"
)
# Abbreviations that may also end a sentence: break only before a typical sentence opener.
ABBREV_MAYBE = _words(
    "inc corp ltd co bros jr sr etc al ave blvd rd calif mich ky ariz fla mass conn ga ill pa "
    "tenn tex va wash wis colo minn mo md nev okla ore ala ark del ind kan la miss neb wyo "
    "univ assn govt"
)
# Words after "p.m." that keep it in the sentence ("at 8 p.m. Friday").
AFTER_TIME = _words(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday ET EST EDT CT CST CDT MT PT PST "
    "PDT GMT BST CET CEST UTC"
)
# Words that open a sentence after an abbreviation that may end one ("Ltd. The firm …").
OPENERS = _words(
    "the a an he she it they we i you this that these those there his her its their our but "
    "and in on at as after before when while however meanwhile in one two some many"
)
