"""Photo captions and credit lines: recognised per paragraph, by the credit that marks them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from corpus.records import Sentence

_CREDIT_WORDS = (
    r"Photo|Photos|Images?|Pictures?|Getty|Reuters|AP|AFP|EPA|PA|Shutterstock|Alamy|Twitter|"
    r"Instagram|Facebook|Telegram|YouTube|TikTok|NEXTA|Credit|Courtesy|via|Handout|Pool|File|"
    r"Illustration|Graphic|Photographs?|[Pp]hotographers?"
)
# A label naming what the picture is, then who made or gave it.
_LABEL = r"(?:Photo|Photograph|Image|Picture|Illustration|Graphic|Video|Screenshot)s?"
# "Photo credit: X", "Illustration courtesy of X", "Photo by X for the Post", "Handout photo
# supplied by X", "Image provided by X".
_LABELLED_CREDIT = (
    r"(?:(?:Handout|File|Undated|Archive|Pool)\s+" + _LABEL.lower() + r"\s+|" + _LABEL + r"\s+)"
    r"(?:credits?\s*:|courtesy\s+(?:of\s+)?|(?:(?:supplied|provided|released|issued|taken)\s+)?"
    r"by\s+(?=(?:the\s+)?[A-Z]))"
)
# A credit line alone, a name and an agency: "Teodor Vask/Brightline Sport".
_SLASH_CREDIT = (
    r"[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){1,2}\s?/\s?[A-Z][\w’'&.-]*(?:\s[A-Z][\w’'&.-]*){0,3}$"
)
# Searched in the last few hundred characters of a paragraph only (cheap on huge paragraphs).
CAPTION_END_RE = re.compile(
    r"\((?:[^()]*(?:/|@|\b(?:" + _CREDIT_WORDS + r")\b)[^()]*)\)\s*\.?\s*"
    r"(?:(?:Source|Credit|Photo)s?\s*:\s*)?$|"
    # The same in square brackets: "... on Saturday. [Photo: Tomas Quell / Nordic Press]".
    r"\[[^\[\]]*(?:/|@|\b(?:" + _CREDIT_WORDS + r")\b)[^\[\]]*\]\s*\.?$|"
    r"(?:^|[\s.])" + _LABELLED_CREDIT + r"[^.!?]{1,60}$|"
    r"(?:^|[\s.])(?:(?:File|Archive|Handout|Library|Stock)\s+(?:photo|picture|image)s?\s*:"
    r"\s*[^.!?]{1,60}$)|"
    r"(?:^|[\s.])(?:Source|Credit|Photo|PHOTO|Photograph|Image|Picture|Courtesy)s?\s*:\s*"
    r"(?:[^.!?]|(?<=\b[A-Z])\.){0,60}$|"  # "Photo: U.S. Marine Corps", "Credit: J. Smith"
    r"\b(?:Getty Images|Shutterstock|via Getty)\s*\.?$|\([@A-Z][\w@ ./-]{0,30}\)$|"
    # "Ingrid Vasquez-Hale on the filter beds (photo: Ottilie Brand)", "… (snapped by a
    # reader)", "… on Wednesday afternoon / Examiner staff".
    r"\((?:photo|picture|photograph|image)s?\s*(?::|by)\s*[^()]{1,60}\)\s*$|"
    r"\((?:snapped|taken|photographed|shot|filmed|sent\s+in)(?:\s+for\s+[^()]{1,40}?)?\s+by\s+"
    r"[^()]{1,40}\)\s*$|"
    # "(Almanac camera: Tobiah Wrenfield)", "(from the ringers’ own camera)".
    r"\([^()]{0,40}\bcamera\b[^()]{0,40}\)\s*$|"
    # "… on the chip shop roof, sent in by Ayo Feltham"; "…, photographed by the author on
    # Sunday"; "…; photographed for the Crier by Ottilie Marsh": a credit closing a line that
    # ends without a full stop.
    r"[,;]\s+(?:sent\s+in|photographed|snapped|pictured)(?:\s+for\s+[^.!?]{1,40}?)?\s+by\s+"
    r"[^.!?]{1,60}(?<![.!?])$|\((?:photo\s+|picture\s+)?courtesy\s+of\s+[^()]{1,60}\)\s*$|"
    r"\s/\s*(?:[A-Z][\w’'-]+\s+){1,3}(?:staff|photographer|pictures)\s*$|"
    # "… of her shop. Photo © Maxim Ellery"; "… front door | Handout image, Quenby Systems".
    r"(?:^|[\s.])(?:(?:Photo|Picture|Image)s?\s*)?©\s*[^.!?]{1,60}$|"
    r"\|\s*(?:[\w-]+\s+)?(?:photo|photograph|picture|image)s?\s*[,:][^|.!?]{1,60}$|"
    # A broadcaster's credit closing the caption's own line: "... of Dunmere. Image source: X".
    r"(?:^|[\s.])(?:Image|Media|Video)\s+(?:source|credit|copyright)\s*[,:]\s*[^.!?]{1,60}$|"
    # A wire credit at the end of a caption: "... the strike. REUTERS/Ramadan Abed".
    r"\b(?:REUTERS|AP|AFP|EPA|PA|GETTY IMAGES|ANADOLU)/[A-Z][\w .'’-]{1,40}$|"
    # A photographer's credit in capitals: "... on Sunday. ANNIKA ROOS/NORDPIX FOR THE MERIDIAN".
    r"(?:^|[\s.])[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+)+/[A-Z][A-Z0-9 .'’&-]{1,60}$|"
    # A credit after a dash closing the caption: "... on Monday — picture courtesy of X."
    r"\s[—–-]\s*(?:photo|photograph|picture|image)s?\s+(?:courtesy\s+of|by|supplied\s+by)\s"
    r"[^.!?]{1,60}\.?$|"
    # A credit after the description's full stop or a bar: "… circled in red. Supplied by
    # Corvane Home", "… since 1984 | Ffion Tasker".
    r"(?:^|[.!?]\s+)(?:Supplied|Provided|Handout)\s+by\s+(?:the\s+)?(?:[A-Z][^.!?]{1,60}|[a-z]+)$|"
    # "… at home, in a picture taken by her owner last spring"; "… (Farrant & Pybus handout)".
    r",\s+in\s+an?\s+(?:picture|photo|photograph|image)\s+(?:taken\s+by\b|(?:[A-Z][\w’'-]+\s+)"
    r"{1,3}(?:took|shot|snapped)\b)[^.!?]{1,60}$|"
    # "…, as drawn in court by X, the Tocsin’s artist"; "…, photo by X, reproduced by the
    # Quadrant"; "…, in a still from a video filmed by X", "…, in a screen capture made by".
    r",\s+(?:as\s+)?(?:drawn|sketched|painted)\b[^.!?]{0,40}?\bby\s+[A-Z][^.!?]{1,80}$|"
    r",\s+(?:photo|picture|image|photograph)\s+by\s+[A-Z][^.!?]{1,100}$|"
    r",\s+in\s+an?\s+(?:still|screen\s?(?:capture|grab|shot)|screenshot|frame)\s+(?:from|made|"
    r"taken)\b[^.!?]{1,100}$|"
    # "… in August (credit: Hamish Oduya for the Bellwether)".
    r"\(\s*(?:photo\s+|picture\s+|image\s+)?credits?\s*:[^()]{1,60}\)\s*$|"
    r"\([^()]{1,40}\s+handout\)\s*$|"
    r"\|\s*[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}\s*$|"
    # "… circled. Reader’s own picture"; "… (Ann Lee for the Wrexley Beacon)".
    r"(?:^|[.!?]\s+)(?:Readers?[’']s?|Own|Family|Submitted)\s+(?:own\s+)?(?:picture|photo"
    r"|photograph|image)\s*$|\((?:[A-Z][\w’'-]+\s+){1,3}for\s+(?:the\s+)?[A-Z][^()]{1,40}\)\s*$|"
    # "… after the ruling (the Clavier’s Marguerite Oyelaran)": the paper's photographer.
    r"\((?:the\s+)?[A-Z][\w-]+[’']s\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}\)\s*$|"
    # A contributor line ("X in Atlanta contributed to this report.") is a credit too.
    r"\bcontributed(?: reporting)? to this (?:report|story|article)\s*\.?$|"
    # A portrait's own credit: "Bronwen Castellane-Hart, photographed at Linnet Hill School by
    # Osric Palmer-Ndiaye".
    r",\s+(?:photographed|pictured)\b[^.!?]{0,80}\bby\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}"
    r"\s*\.?$|"
    # "…, as photographed by Orla Fensome of the Lamplighter"; "…; image credit Perpetua
    # Gaskin, Sentinel".
    r",\s+as\s+(?:photographed|pictured|captured)\s+by\s+[A-Z][^.!?]{1,60}$"
    r"|[;,]\s+(?:image|photo|picture)\s+credit\s*:?\s+[A-Z][^.!?]{1,60}$"
)
CAPTION_START_RE = re.compile(
    r"(?:Photo|Photograph|Image|Picture|Illustration|Graphic|Screenshot|Caption|Pictured|Credit|"
    r"Above|Top|Left|Right|Inset|Chart|Map|Graph|Diagram)s?\s*:|" + _LABELLED_CREDIT + "|"
    # "Main picture: …", "Image from the council webcast: …".
    r"(?:Main|Top|Lead)\s+(?:picture|image|photo|photograph)\s*:|"
    r"\d{1,2}\s+of\s+\d{1,2}\s*:\s|"  # a gallery's "3 of 5: The winning entry …"
    r"From\s+(?:the|our)\s+(?:archives?|files)\s*:|"  # "From the archive: skaters in 1925"
    # "Reader’s photograph: frost on the allotments", "Photograph © Sunniva Ekdahl: ambulances".
    r"Readers?[’']s?\s+(?:own\s+)?(?:picture|photo|photograph|image)\s*:|"
    r"(?:Photo|Photograph|Picture|Image)s?\s*©\s*[^:.!?]{1,40}:|"
    r"(?:Image|Picture|Photo|Still)\s+from\s+[^:.!?]{1,60}:|"
    # "Photographed by X: the comb", "Photographed for the Lodestar by X: students leaving".
    r"(?:Photographed|Pictured|Taken)(?:\s+for\s+(?:the\s+)?[A-Z][^:.!?]{1,30}?)?\s+by\s+"
    r"[A-Z][^:.!?]{1,40}:|"
    # "Florian Achterberg took this picture of the locked door … for the Quadrant".
    r"(?:[A-Z][\w’'-]+\s+){1,3}took\s+this\s+(?:picture|photo|photograph|image)\b[^.!?]{0,200}$|"
    # A frame of a video: "Still from Ruaridh Calloway’s phone video, taken at about 7.15pm".
    r"(?:A\s+(?:still|screen\s?grab|frame)|Still|Screen\s?grab|Frame)\s+from\s+"
    r"(?=[^.!?]{3,160}$)|"
    # An artist's picture: "Court sketch by Wenna Gallimore: the accused in the dock".
    r"(?:Court\s+)?(?:[Ss]ketch|[Dd]rawing|Artwork|Cartoon)\s+by\s+[A-Z][^:.!?]{1,40}:|"
    + _SLASH_CREDIT
    + "|"
    r"(?:PHOTO|PHOTOGRAPH|IMAGE|PICTURE|ILLUSTRATION|GRAPHIC|SCREENSHOT|CAPTION)S?\s*:|"
    # An older or supplied picture: "File photo: the reliquary on display in 2022".
    r"(?:File|Archive|Handout|Library|Stock|Family)\s+(?:photo|photograph|picture|image)s?"
    r"(?:,?\s+(?:supplied|provided))?\s*:|"
    # Broadcasters' web pages label their pictures: "Image source, PA Media".
    r"(?:Image|Media|Video)\s+(?:source|caption|copyright)\s*[,:]|"
    # Wire services mark archive pictures: "FILE - A sign ...", "FILE PHOTO: REUTERS/...".
    r"FILE(?:\s+PHOTO)?\s*[-:—–]|"
    # A credit in brackets before a one-line description: "[Lennside Vole Watch] A vole at dusk".
    r"\[[A-Z][^\[\]]{1,40}\]\s+(?=[A-Z][^.!?]{10,200}$)|"
    r"\((?:Reporting|Writing|Editing|Additional reporting|Compiled)\b[^()]{0,300}\)$"
)


_CREDIT_LINE_RE = re.compile(
    r"(?:Photo|Photograph|Image|Picture|Illustration|Graphic|Screenshot|Credit)s?\s*:|"
    r"(?:PHOTO|PHOTOGRAPH|IMAGE|PICTURE|CREDIT)S?\s*:|" + _LABELLED_CREDIT + "|" + _SLASH_CREDIT
)
# "Image source: PA Media" labels the picture itself; the line above is its caption when it reads
# like one (no closing full stop), or when the credit stands alone in its block and the story
# goes on after it: at the very end the line above may be the story's last sentence, and
# "Image source, PA Media / Image caption, ..." carries its caption with it.
_SOURCE_LINE_RE = re.compile(r"(?:Image|Media|Video)\s+(?:source|copyright)\s*[,:]")
_QUOTE_RE = re.compile('[“”"]')
_SHOWN_RE = re.compile(
    r"\b(?:shown|pictured|seen)\s+(?:here|above|below|left|right)\b|\(pictured\)"
)


# A line that reads like a caption and closes on the picture's provenance: "The dredger waiting
# off the harbour mouth (harbour office image)", "Crates waiting for the lorry (taken from an
# upstairs window by a resident)". Credits take endless forms; what they share is a bracket at
# the very end of a line with no full stop, after a description with no "Label:" before it
# ("Treble: Hester Quarrington (conductor)" is a list line), naming a picture or who gave it.
_PROVENANCE_LINE_RE = re.compile(
    r"[A-Z][^:()]{24,300}?\s\((?=[^()]*\b(?:by|from|image|images|snapshot|snap|shot|photo|picture"
    r"|photograph|photographs|pictures|footage|camera|drone|phone|handout|lent|taken|posted"
    r"|courtesy|supplied|permission)\b)[^()]{6,130}\)"
)


def is_credit_line(text: str) -> bool:
    """Whether ``text`` is a bare photo credit ("Photo: Lena Brodsky / Reuters")."""
    return len(text) < 80 and bool(_CREDIT_LINE_RE.match(text) or _SOURCE_LINE_RE.match(text))


def caption_cue(paragraph: str, *, headline: bool = False) -> str | None:
    """Return the credit or label that makes ``paragraph`` a photo caption, if any.

    Args:
        paragraph: the paragraph's text.
        headline: it is the story's first line, which has no full stop either.

    Returns:
        The credit words, e.g. ``"(NEXTA/Twitter)"`` or ``"Photo: AP"``, or ``None``.
    """
    m = CAPTION_START_RE.match(paragraph[:400]) if len(paragraph) < 400 else None
    m = m or CAPTION_END_RE.search(paragraph[-200:])
    if m:
        return m.group(0).strip(" .")
    line = _PROVENANCE_LINE_RE.fullmatch(paragraph) if len(paragraph) < 400 else None
    if line:
        return line.group(0)[line.group(0).rindex("(") :]
    if not headline and len(paragraph) < 400 and not paragraph.rstrip().endswith(_CLOSING_MARKS):
        credit = _PICTURE_CREDIT_RE.search(paragraph, max(0, len(paragraph) - 160))
        return credit.group(0) if credit else None
    return None


# Credits take endless forms, but a line with no full stop that ends by naming a picture and
# who made or gave it ("…, in a still from a video filmed by X and passed to the Y") is one.
_CLOSING_MARKS = (".", "!", "?", "”", '"', "’", "'", ":", ";")
_PICTURE_CREDIT_RE = re.compile(
    r"\b(?:photo(?:graph)?s?|pictures?|images?|an?\s+still|screenshots?|screen\s+(?:captures?|grabs?"
    r"|shots?)|sketch(?:es)?|drawings?|drawn|illustrations?|footage|videos?|filmed|snapped|pictured"
    r"|photographed|cameras?|credits?)\b[^.!?]{0,60}?\b(?:by|for|from|courtesy\s+of)\s+(?:the\s+)?"
    r"(?-i:[A-Z])[^.!?]*$",
    re.IGNORECASE,
)


def caption_paragraphs(sents: Sequence[Sentence], pars: Sequence[Sequence[int]]) -> dict[int, str]:
    """Find the caption paragraphs of a document.

    Args:
        sents: the document's sentences.
        pars: the sentence indexes of each paragraph, in order.

    Returns:
        The caption paragraphs (by position in ``pars``) with the credit that marks each.
    """
    found: dict[int, str] = {}
    for k, par in enumerate(pars):
        cue = caption_cue(" ".join(sents[i].text for i in par), headline=k == 0)
        if cue:
            found[k] = cue
    # A caption line and the line beside it in the same block (no blank line) go together.
    for k in sorted(found):
        for j in (k - 1, k + 1):
            if 0 <= j < len(pars) and j not in found:
                a, b = sorted((j, k))
                same_block = sents[pars[b][0]].start - sents[pars[a][-1]].end <= 1
                if same_block and sum(len(sents[i].text) for i in pars[j]) < 300:
                    found[j] = found[k]
    # A bare credit line ("Photo: U.S. Marine Corps") credits the one-line description above it,
    # even across a blank line.
    for k in sorted(found):
        credit = " ".join(sents[i].text for i in pars[k])
        j = k - 1
        if j <= 0 or j in found or len(credit) >= 80:
            continue
        above = sents[pars[j][0]].text
        gap_below = (
            sents[pars[k + 1][0]].start - sents[pars[k][-1]].end if k + 1 < len(pars) else 0
        )
        if gap_below == 1:
            continue  # "Handout photo supplied by X" over its caption's line: it credits that
        alone = gap_below > 1
        bare = _CREDIT_LINE_RE.match(credit) or (
            _SOURCE_LINE_RE.match(credit)
            and (alone or not above.rstrip().endswith((".", "!", "?")))
        )
        if bare and len(pars[j]) == 1 and len(above) < 200 and not _QUOTE_RE.search(above):
            found[j] = found[k]
    # A line beside a credit that points at the picture ("The Vela, shown here with its rain
    # canopy, …") is its caption, above or below it.
    for k in sorted(found):
        for j in (k - 1, k + 1):
            if 0 < j < len(pars) and j not in found and len(pars[j]) == 1:
                line = sents[pars[j][0]].text
                if len(line) < 200 and _SHOWN_RE.search(line) and not _QUOTE_RE.search(line):
                    found[j] = found[k]
    return found
