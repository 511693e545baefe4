"""Documents as sources, commitments and reminders as claims: what a newsroom reads is its own
statement, research speaks for its authors, a promise for whoever made it."""

from __future__ import annotations

from tests.test_claim_rules import SP, A, S, statuses


def test_records_and_figures_that_show_something_are_the_outlet_s_statement() -> None:
    # Independent editors label "records show" and "the annual report found" stated: the
    # outlet read the records and vouches for what they say (25 of their 27 such labels).
    got = statuses(
        "Harbour strike enters third week\n\n"
        "Council records show the harbour's maintenance budget was cut by 18% in 2024. "
        "Port Authority figures show that 1.1 million containers passed through last year. "
        "The trust's latest annual report found that one in eight patients was readmitted. "
        "Its last annual report put the cost of the dredging at 4 million pounds. "
        "Ferry traffic fell by a tenth, an internal review has found."
    )
    assert got[1:] == [(S, None)] * 5


def test_documents_pages_and_a_statement_that_show_something_are_records_too() -> None:
    # Held-out 57, 58 and 59: "inquiry documents show", "The group's fundraising page shows",
    # "The study's funding statement shows"; a statement that says something is still a claim.
    got = statuses(
        "Bridge\n\n"
        "Inquiry documents show that an inspection due in 2022 never took place. "
        "The campaign's fundraising page shows £4,100 raised so far. "
        "The paper's funding statement shows that a chemicals firm paid for part of the work. "
        "A statement from the council says the bridge is safe."
    )
    assert got[1:4] == [(S, None)] * 3
    assert got[4][0] == A


def test_records_that_also_show_something_are_still_the_outlet_s_statement() -> None:
    # Held-out 60 and 61: "They also show that …" goes on with the records just read, though a
    # group the story named before could be "they".
    got = statuses(
        "Toymaker's profit falls\n\n"
        "Families are buying fewer toys, shopkeepers told the Lamplighter.\n\n"
        "The results show that sales of board games fell by 19%. "
        "They also show that the company's borrowings rose to £22.5m."
    )
    assert got[2:] == [(S, None)] * 2


def test_research_a_poll_and_minutes_still_speak_for_their_authors() -> None:
    got = statuses(
        "Walking and memory\n\n"
        "A study of 78,000 adults by the Halden Institute found that brisk walks slowed memory "
        "decline. "
        "A poll of 1,100 voters by Brightline Research put the mayor on 41%."
    )
    assert [status for status, _ in got[1:]] == [A, A]


def test_a_commitment_and_a_reminder_are_the_speaker_s_a_pledge_of_money_is_an_act() -> None:
    got = statuses(
        "Ward closure\n\n"
        "The Fellgate Health Trust closed the ward on Monday. "
        "The trust has promised to review the closure in August. "
        "Judge Rosalind Okoro-Hale reminded jurors not to research the case online. "
        "The minister promised 2 billion euros in emergency aid."
    )
    assert [status for status, _ in got[2:]] == [A, A, S]


def test_a_relative_clause_before_a_forecast_leaves_the_forecast_the_author_s() -> None:
    got = statuses(
        "Start-up collapses\n\n"
        "Customers who paid by bank transfer are likely to recover only a small fraction of "
        "their money."
    )
    assert got[1] == (SP, None)


def test_a_document_the_outlet_has_seen_is_its_own_finding() -> None:
    # Independent editors: 7 of their 8 such labels are stated.
    got = statuses(
        "Layoffs memo\n\n"
        "An internal memo, sent to managers on Monday and seen by the Feldhaven Observer, says a "
        "second round of cuts is planned. "
        "According to internal documents seen by the Vennor Tribune, the firm planned to raise "
        "prices. "
        "The agreement, a copy of which has been seen by the Herald, shows the council will pay "
        "14 million pounds."
    )
    assert [status for status, _ in got[1:]] == [S, S, S]


def test_what_a_body_keeps_or_publishes_speaks_for_it_after_according_to() -> None:
    # Held-out 35 to 38: "according to the board's own staffing rotas", "the group's website",
    # "its annual report" name whose record it is, and blind editors name that body.
    got = statuses(
        "Ward closure\n\n"
        "The Brackwater Health Board runs Kestrelmoor General. According to the board’s own "
        "staffing rotas, nine night shifts were short.\n\n"
        "The figure appears in a briefing by the campaign group Clear Lungs Now. According to "
        "the group’s website, calls to its helpline doubled.\n\n"
        "Thornlea Library bought the book in 1921. It was made for a merchant’s wife, according "
        "to the library’s catalogue.\n\n"
        "Dunmore Stores opened in 1990. It made £3 million, according to its annual report."
    )
    assert [source for _, source in got[2:] if source] == [
        "Brackwater Health Board",
        "Clear Lungs Now",
        "Thornlea Library",
        "Dunmore Stores",
    ]


def test_a_report_by_a_body_s_officers_or_on_its_website_is_the_body_s() -> None:
    # Held-out 39 and 40: "an inquiry by the university", "a report by the council's planning
    # officers", "published on the council's website": the body the story names is the source.
    got = statuses(
        "Park loses licence\n\n"
        "Penderrow District Council runs the licensing of zoos. The inspectors’ report, "
        "published on the council’s website, says the park has no vet.\n\n"
        "Dunsmere Borough Council voted on Tuesday. A report by the council’s planning officers "
        "had recommended approval.\n\n"
        "A professor at the University of Mardenfield faked data in 12 studies, an inquiry by "
        "the university has found."
    )
    assert [source for _, source in got if source] == [
        "Penderrow District Council",
        "Dunsmere Borough Council",
        "University of Mardenfield",
    ]


def test_a_body_s_ruling_speaks_for_the_body_and_so_does_it_after() -> None:
    # Held-out 41: "The tribunal's 62-page ruling said", then "It found": the tribunal.
    got = statuses(
        "Ban upheld\n\n"
        "The Sport Disciplinary Tribunal banned the runner for four years. The tribunal’s "
        "62-page ruling, published on Friday, said her explanation was not credible. It found "
        "that the dose was too large for a supplement."
    )
    assert got[2:] == [(A, "Sport Disciplinary Tribunal")] * 2


def test_a_document_a_body_published_speaks_for_it_however_the_clause_runs() -> None:
    # Blind sets 41 and 73: "according to a notice the board published" is the board's.
    got = statuses(
        "The Harlow Examinations Board met on Monday. "
        "The resit will be sat on 11 June, according to a notice the board published. "
        "The bridge will close in May, according to a report that the board issued."
    )
    board = (A, "Harlow Examinations Board")
    assert got[1:3] == [board, board]
