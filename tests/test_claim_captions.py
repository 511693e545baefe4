"""Caption credits in the forms picture desks write them, each on sentences of our own."""

from __future__ import annotations

from corpus.captions import caption_cue, is_credit_line
from tests.test_claim_rules import A, C, S, statuses


def test_labelled_credits_name_what_the_picture_is_then_who_gave_it() -> None:
    assert is_credit_line("Photo credit: Arno Veld for the Coast Gazette")
    assert is_credit_line("Illustration courtesy of the Orlin Rail Company")
    assert caption_cue("Graphic: Data desk") == "Graphic:"
    got = statuses(
        "An artist's impression of the new station at night.\n"
        "Illustration courtesy of the Orlin Rail Company\n\nThe station opens in May.\n\n"
        "Cyclists ride along the harbour wall on Sunday.\n"
        "Photo credit: Arno Veld for the Coast Gazette\n\nThe wall was rebuilt in 2019."
    )
    assert [g[0] for g in got] == [C, C, S, C, C, S]


def test_a_credit_in_square_brackets_closes_a_caption_line() -> None:
    got = statuses(
        "The strike began on Monday.\n\nNurses gather outside the hospital as the strike "
        "begins. [Photo: Mira Holt / Delta Press]\n\nTalks resume today. [He declined to "
        "say more.]"
    )
    assert [g[0] for g in got] == [S, C, C, S, S]


def test_a_photographers_credit_in_capitals_closes_a_caption_line() -> None:
    got = statuses(
        "Prices rose.\n\nCranes stand idle over the estate on Sunday. LENA DAHL/NORDPIX FOR "
        "THE COAST GAZETTE\n\nSales fell."
    )
    assert [g[0] for g in got] == [S, C, C, S]


def test_a_screenshot_credit_is_a_caption_credit() -> None:
    got = statuses(
        "The claim is false.\n\nA screenshot of the viral post, which shows a flooded road.\n"
        "Screenshot: X, annotated by the fact-check desk\n\nThe video dates from 2019."
    )
    assert [g[0] for g in got] == [S, C, C, S]


def test_a_photo_by_credit_closes_a_caption_line() -> None:
    assert is_credit_line("Photo by Lukas Brandvik for the Carrow Evening Post")
    got = statuses(
        "The crown was stolen.\n\nAn empty display case stands in the Gold Room on Wednesday. "
        "Photo by Lukas Brandvik for the Carrow Evening Post\n\nThe thieves took photos by "
        "Anna Berg as well."
    )
    assert [g[0] for g in got] == [S, C, C, S]


def test_a_bracketed_photograph_credit_closes_a_caption_line() -> None:
    got = statuses(
        "The bridge opens next year.\n\nTomas Quill at the controls of the ferry on a December "
        "morning. (Photograph: Saskia Fenn for the Westerly Review)\n\nHe has done it for 31 "
        "years."
    )
    assert [g[0] for g in got] == [S, C, S]


def test_a_handout_credit_on_the_line_above_marks_the_caption_below() -> None:
    assert is_credit_line("Handout photo supplied by the Orlin Rail Company")
    assert is_credit_line("Image provided by Arno Veld")
    got = statuses(
        "The launch slipped to March.\n\nHandout photo supplied by the Orlin Rail Company\n"
        "The new locomotive in the paint shop at Kessel before its first run.\n\n"
        "The company declined to comment."
    )
    assert [g[0] for g in got] == [S, C, C, S]


def test_a_credit_after_a_dash_closes_a_caption_line() -> None:
    got = statuses(
        "Parents handed in the petition.\n\nParents and pupils carry boxes of signatures into "
        "the civic centre on Monday — picture courtesy of the Keep Pellow Open campaign.\n\n"
        "The council will decide in March."
    )
    assert [g[0] for g in got] == [S, C, S]


def test_a_credit_line_in_capitals_credits_the_caption_above() -> None:
    assert is_credit_line("PHOTO: MATEO LINDQVIST / VALLORNE REVIEW")


def test_a_file_or_handout_photo_label_opens_a_caption() -> None:
    # Held-out set 18: "File photo: the reliquary on display in the museum's main gallery …".
    got = statuses(
        "Thieves took a reliquary.\n\nFile photo: the reliquary on display in 2022, courtesy "
        "of the museum.\n\nArchive picture: the gallery before the fire.\n\nThe file photo "
        "was released by police: they said it shows the reliquary."
    )
    assert [g[0] for g in got][:3] == [S, C, C]
    assert got[3][0] != C


def test_a_portrait_credited_as_photographed_by_someone_is_a_caption() -> None:
    got = statuses(
        "A later school day\n\n"
        "Bronwen Castellane-Hart, photographed at Linnet Hill School by Osric Palmer-Ndiaye\n\n"
        "She was photographed at the scene by police."
    )
    assert got[1] == (C, None)
    assert got[2] == (S, None)


def test_an_archive_credit_a_plural_credit_and_a_line_showing_the_picture_are_captions() -> None:
    got = statuses(
        "The market hall opened in 1880.\n\n"
        "Stalls in the market hall at Christmas. File picture: Courier archive\n\n"
        "Traders pay rent monthly.\n\n"
        "Above: Ada Penrose at her stall\n\n(Pictures: Lior Baskin, Harbour Studio)\n\n"
        "Image credit: Penrose Pickles\n\n"
        "The new jar, shown here in its gift box, comes in two sizes.\n\n"
        "Sales doubled last year."
    )
    assert [g[0] for g in got] == [S, C, C, S, C, C, C, C, S]


def test_a_copyright_credit_a_supplied_family_photo_and_a_credit_after_a_bar_are_credits() -> None:
    got = statuses(
        "The shop opened in 1990.\n\n"
        "Ada Penrose behind her counter. Photo © Lior Baskin\n\n"
        "Family photograph, supplied: the Kittiwake leaving harbour last summer\n\n"
        "A doorbell camera beside a front door | Handout image, Penrose Pickles\n\n"
        "Sales doubled."
    )
    assert [g[0] for g in got] == [S, C, C, C, C, S]


def test_a_credit_in_brackets_before_a_one_line_description_makes_a_caption() -> None:
    got = statuses(
        "Voles are in decline.\n\n[Lenn Vole Watch] A water vole feeding at dusk below the "
        "bridge in May\n\n[Updated] The count will be repeated. It starts in June."
    )
    assert [g[0] for g in got] == [S, C, S, S]


def test_a_photographer_s_credit_before_a_colon_opens_a_caption() -> None:
    got = statuses("The dig ends in May.\n\nPhotographed by Anwen Roe: the comb from trench 3")
    assert [g[0] for g in got] == [S, C]


def test_a_label_in_capitals_opens_a_caption() -> None:
    got = statuses("The site is down.\n\nSCREENSHOT: the holding page on the council's website")
    assert [g[0] for g in got] == [S, C]


def test_a_sketch_credit_a_supplied_credit_a_bare_name_after_a_bar_and_a_slash_credit() -> None:
    got = statuses(
        "The trial opened on Monday.\n\n"
        "Court sketch by Ines Marlow: the accused listens to the charges (2 May)\n\n"
        "A kettle with its label circled in red. Supplied by Brantley Appliances\n\n"
        "Jon Pike, 70, with the key he has kept since 1990 | Ruth Ames\n\n"
        "Pike lifts the cup after the final on Sunday\n\n"
        "Ola Berg/Harbour Sport\n\n"
        "Pike said: “Supplied by nobody.” The vote is on 4 May."
    )
    assert [g[0] for g in got] == [S, C, C, C, C, C, C, A, S]


def test_a_reader_s_picture_a_bracketed_credit_for_the_outlet_and_a_video_still() -> None:
    got = statuses(
        "The bill was wrong.\n\n"
        "The first page of the bill, with the total circled. Reader’s own picture\n\n"
        "Smoke over the depot on Monday. (Ann Lee for the Harlow Beacon)\n\n"
        "Still from Tom Ray’s phone video, taken at about 7pm on Tuesday\n\n"
        "Tom Ray said he filmed it."
    )
    assert [g[0] for g in got] == [S, C, C, C, C, A]


def test_main_picture_inset_chart_and_an_image_from_a_webcast_open_captions() -> None:
    got = statuses(
        "The vote is on Monday.\n\n"
        "Main picture: the road where the bus stopped. Inset: the driver\n\n"
        "Chart: profit since 2020, in millions\n\n"
        "Image from the council webcast: Ann Lee speaks in the chamber\n\n"
        "The road reopened."
    )
    assert [g[0] for g in got] == [S, C, C, C, C, S]


def test_a_reader_s_photograph_a_copyright_label_a_still_and_a_bracketed_photo_credit() -> None:
    got = statuses(
        "The frost came early.\n\n"
        "Reader’s photograph: frost on the allotments on Sunday, sent in by Ann Lee\n\n"
        "Photograph © Tom Ray: ambulances outside the hospital on Tuesday\n\n"
        "A still from a video posted by @harbour_watch, showing the flash over the bridge\n\n"
        "Ann Lee on the allotments at Mill Lane (photo: Tom Ray)\n\n"
        "Ann Lee said the frost (photo below) killed her beans."
    )
    assert [g[0] for g in got] == [S, C, C, C, C, A]


def test_an_archive_label_a_snapped_by_credit_and_a_staff_credit_after_a_slash() -> None:
    got = statuses(
        "The mere froze in 1925.\n\n"
        "From the archive: skaters near the boathouse in January 1925\n\n"
        "Spotted: the boarded-up foyer where the alleged row took place (snapped by a reader)\n\n"
        "Shift change at the biscuit factory on Wednesday afternoon / Examiner staff\n\n"
        "The factory employs 340 people / a third of the town, the union said."
    )
    assert [g[0] for g in got] == [S, C, C, C, A]


def test_a_supplied_credit_naming_no_name_a_picture_taken_by_and_a_handout_in_brackets() -> None:
    got = statuses(
        "The larder gave out parcels.\n\n"
        "Volunteers sort donated tins at the warehouse. Supplied by the charity\n\n"
        "Pudding on the windowsill at home, in a picture taken by her owner last spring\n\n"
        "Lot 88 open at the entry for 9 February, photographed at the viewing (Harlow handout)\n\n"
        "The parcels were supplied by the council."
    )
    assert [g[0] for g in got] == [S, C, C, C, C, S]


def test_a_line_closing_on_where_its_picture_came_from_is_a_caption() -> None:
    got = statuses(
        "The ferry was late.\n\n"
        "The tug Brisk Wren waiting off the quay on Monday, with the lock behind her "
        "(port office image)\n\n"
        "Sacks of sand stacked by the chapel door last week (taken from the bell tower by a "
        "verger)\n\n"
        "The old organ in its new home, the village hall (the buyer’s own snapshot)\n\n"
        "The empty shelf by the post office door, its lock forced (reader’s photograph, used "
        "with permission)\n\n"
        "Treble: Ann Lee (conductor)\n\n"
        "The repairs were paid for in full (by the parish)."
    )
    assert [g[0] for g in got] == [S, C, C, C, C, S, S]
