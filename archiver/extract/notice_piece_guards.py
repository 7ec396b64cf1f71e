"""Four forms that read like a notice and are none, or are a notice's heading only (round b18notice, the wrong
reports of notices-blind18's first run), each told by general evidence of the line's form and place:

- a product's feature in a list ("Compliance Tools: Notifies employers of changes ..., without providing legal
  advice."): a title-case name, a colon, then what the thing does; its "without providing advice" says how the
  feature works, not that this page's content is no advice (:func:`feature_item`);
- a heading set over a notice ("WHY THIS SPONSORED LIST IS FREE TO READ" over "The above sponsored list includes
  ..."): the note under it is the notice, the heading reported alone was a second report of it (:func:`heading_over`);
- the site's copyright with the credit of the agency that made the website ("© Example Clinic | Created by the team
  at Studio X.", "© 2025 Shop | Website by Studio X"): the site's colophon, no picture's credit (:func:`site_colophon`);
- a link's title that holds a picture word before a colon ("Still Life Photography: The Ultimate Guide (+ 9 Tips)"
  in a menu): the title of another page, no "Photography: <name>" credit (:func:`linked_title`).

Three more from notices-blind37's first run (round lead62): a call to seek advice that offers the site's own advisers
(:func:`own_advisers_offered`), a guide's title-case heading that holds a correction's word (:func:`titled_heading`), and
a run of short options (a filter's formats) in which a picture's word stands beside a two-word item
(:func:`option_list`); and a document's name set as a heading or a link, "Copyright & Affiliate Link Disclosure"
(:func:`document_heading`, round lead65). And one form that is a notice where the model, inside the story's text, scores it low: a dated
entry of the piece's own update log (:func:`update_log_entry`, round lead63).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from archiver.core import lazy_re
from archiver.extract.cue_match import AnyOf, cue_fold
from archiver.extract.model import Notice
from archiver.extract.notice_headings import heading_key
from archiver.extract.notice_piece_cues import GUEST_NOTE, OWN_FUNDING
from archiver.extract.page_lines import CTX_CAPTION, CTX_CREDIT, CTX_LINK

_F = re.IGNORECASE

# A feature list's item: one to four title-case words naming the feature, a colon, then a verb in the third person
# saying what it does ("Notifies", "Offers", "Helps"), and the no-advice words as a "without ..." adjunct of that
# verb. A disclaimer's label ("Disclaimer:", "Legal notice:") is a label the cue tables read: the caller asks that no
# label opened the line.
_FEATURE_ITEM = lazy_re.compile(
    r"^\W{0,3}(?-i:[A-Z][\w&/'’-]*)(\s+(?-i:[A-Z&][\w&/'’-]*)){0,3}\s*:\s+(?-i:[A-Z][a-z]+(s|es))\b[^.!?]*?"
    r"\b(without|instead of) (providing|offering|giving|constituting|being|replacing)\b", _F)


def feature_item(text: str) -> bool:
    """Whether a disclaimer's ``text`` is a feature list's item whose "without ... advice" describes the feature."""
    return _FEATURE_ITEM.search(text) is not None


# A heading's form: two to twelve words, no sentence's stop at its end, no colon (a label's "Disclosure:" goes on
# into its sentence and is read by notice_inline), in capitals or one of the page's headings.
_HEADING_WORDS = lazy_re.compile(r"^\W{0,3}[^\W\d_][\w'’-]*(\s+[\w'’&-]+){1,11}\W{0,2}$")


def heading_over(line: str, text: str, heading: bool) -> bool:
    """Whether a statement's notice ``text`` is its whole ``line`` and that line a heading (``heading``: one of the
    page's headings; or set in capitals): the notice under it, of the same kind and place, is the one reported
    (:func:`~archiver.extract.notice_inline.label_over`)."""
    words = line.strip()
    if text.strip() != words or words[-1:] in ".!?:;" or not _HEADING_WORDS.match(words):
        return False
    letters = [c for c in words if c.isalpha()]
    return heading or (len(letters) >= 8 and all(c.isupper() for c in letters))


# The site's copyright opening the line, then the maker of the website credited: "Created by the team at Studio X",
# "Website by Studio X", "Web design: Studio X", "Designed and built by ...", "Powered by ...". A picture's credit
# names a picture word or its library ("© Jane Doe | Photo by ...", "Image created by jcomp - freepik.com"): not read
# as a colophon.
_COPYRIGHT_OPENS = lazy_re.compile(r"^\W{0,3}(©|\(c\)|copyright\b)", _F)
_SITE_MAKER = lazy_re.compile(
    r"(^|[|·•,.–—-]\s*)(website|web ?site|site|web ?design|web development|theme|design|designed|created|built|developed|"
    r"powered|hosted|crafted|made)( and (designed|built|developed|hosted))?( \w+){0,4}? (by|at)\b|"
    r"\b(website|web ?design|site) (by|:)\s", _F)
_PICTURE_WORD = lazy_re.compile(
    r"\b(photos?|photography|photographs?|images?|pictures?|illustrations?|foto|fotos|bild|bilder|imagen|imagem|"
    r"immagine|фото|freepik|unsplash|pexels|pixabay|shutterstock|getty|istock|adobe stock)\b", _F)


def site_colophon(line: str, ctx: int) -> bool:
    """Whether ``line``, outside a caption and a picture's credit element, is the site's copyright followed by the
    credit of the website's makers: the site's colophon, no image credit."""
    if ctx & (CTX_CAPTION | CTX_CREDIT) or not _COPYRIGHT_OPENS.match(line):
        return False
    return _SITE_MAKER.search(line) is not None and _PICTURE_WORD.search(line) is None


def heading_title(line: str, text: str, headings: frozenset[str]) -> bool:
    """Whether a credit ``text`` read inside ``line`` is part of one of the page's headings with title-case words before
    its marker ("Docker Hardened Images: Security Independently Validated by SRLabs", a post's ``<h1>``: notices-blind33),
    as a link's title is (:func:`linked_title`)."""
    return bool(headings) and heading_key(line) in headings and linked_title(line, text, CTX_LINK)


def linked_title(line: str, text: str, ctx: int) -> bool:
    """Whether a credit ``text`` read inside ``line`` is part of a link's title: the line is wholly a link, and
    title-case words stand before the credit's marker ("Still Life Photography: The Ultimate Guide"), as a page's
    title opens, where a credit's marker opens its line or follows the caption's sentence."""
    if not ctx & CTX_LINK:
        return False
    at = line.find(text)
    before = line[:at].split() if at > 0 else []
    return bool(before) and all(w[:1].isupper() for w in before) and not before[-1].endswith((".", "!", "?", ":", "|"))


# The writer's own organisation or work funded by named backers (:data:`~archiver.extract.notice_piece_cues.OWN_FUNDING`),
# and the piece called a guest's or the community's (:data:`~archiver.extract.notice_piece_cues.GUEST_NOTE`), in the
# first sentence of its paragraph: the piece's own note wherever the article's text sets it (a post that goes on to
# its sponsors' own words; a note under a headline and byline that the main text holds, which puts it past the text's
# first two paragraphs), where the model, reading a cue in the story's middle, scores it low. Not in quotation marks
# nor reported speech ("'Our company is funded by investors,' she said"): an interviewee's words.
# (each cue asked on its own behind the strings its matches need, :class:`~archiver.extract.cue_match.AnyOf`, whose
# needs the shipped table holds already, these being cues of the lexicon too: the joined alternation ran every
# language's branch at every position of the sentence, ~12 us a candidate line of the batch bench's page, issue 13)
_OWN_FUNDING = AnyOf(lazy_re.compile(p, _F) for pats in OWN_FUNDING.values() for p in pats)
#: (public: the label joins ask it of a guest note ending on "by", :func:`~archiver.extract.notice_label_joins.
#: join_labels_at`)
GUEST_NOTE_LINE = AnyOf(lazy_re.compile(p, _F) for pats in GUEST_NOTE.values() for p in pats)
_SENTENCE = lazy_re.compile(r"^.*?[.!?](?=\s+\W{0,2}[^\W\d_]|\s*$)|^.*$")
_QUOTED = lazy_re.compile(r"[\"“”«»„]|\b(said|says|told|tells|sagte|sagt|a déclaré|dijo|disse|ha detto|сказал\w*)\b", _F)


def _first_sentence(line: str, cues: AnyOf) -> str | None:
    """The first sentence of ``line`` when one of ``cues`` reads it, unquoted, else None."""
    first = _SENTENCE.match(line.strip())
    sentence = first.group(0) if first else ""
    if not cues.holds(sentence, cue_fold(sentence)) or _QUOTED.search(sentence):
        return None
    return sentence


def own_note(line: str, kinds: set[str]) -> Notice | None:
    """The piece's own note opening ``line`` (``kinds``: those whose cue stems the line holds): the writer's own
    organisation or work funded by named backers (sponsored), or the piece called a guest's or the community's
    (an editor's note); its first sentence, else None."""
    if "sponsored" in kinds and (sentence := _first_sentence(line, _OWN_FUNDING)):
        return Notice("sponsored", sentence)
    if "editors_note" in kinds and (sentence := _first_sentence(line, GUEST_NOTE_LINE)):
        return Notice("editors_note", sentence)
    return None


# The page's own advisers offered to the reader, glad to help ("Our advisors here at Citadel are always happy to talk
# savings strategies with you"): a sales line. A disclaimer's call to seek advice sends the reader elsewhere, or says
# the page is no advice ("not financial advice": the negation the caller asks for apart).
_OWN_ADVISERS = lazy_re.compile(
    r"\b(our|my) ([\w-]+ ){0,2}?(advis[eo]rs?|experts?|planners?|specialists?|consultants?|team|staff|attorneys?|lawyers?|"
    r"doctors?|professionals?)\b[^.!?]{0,60}\b(are|is|will be|would be) (always |more than |very |all )?(happy|glad|"
    r"available|ready|here|delighted|pleased|standing by) to\b", _F)
# The page saying it is no advice: then the line is a disclaimer whatever it offers.
_NO_ADVICE = lazy_re.compile(r"\b(not|no|never|n['’]t)\b[^.!?]{0,40}\badvi[cs]e\b", _F)


def own_advisers_offered(text: str) -> bool:
    """Whether a disclaimer candidate's call to seek advice offers the site's own advisers, glad to help
    (:data:`_OWN_ADVISERS`: a credit union's "When in doubt, seek a professional who specializes in financial advice
    ... Our advisors here at Citadel are always happy to talk savings strategies with you."), and never says the page
    is no advice (:data:`_NO_ADVICE`): the page selling its service, no disclaimer."""
    return bool(_OWN_ADVISERS.search(text)) and not _NO_ADVICE.search(text)


#: Small words a title-case heading keeps in lower case.
_TITLE_SMALL = frozenset(("a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "by", "with",
                          "from", "as", "vs", "via", "per", "into"))
#: The longest heading read as a title (words).
_TITLE_WORDS = 8


def titled_heading(text: str) -> bool:
    """Whether a correction candidate is a title-case heading of a few words without a stop ("Incorrect or Misattributed
    Product Reviews", a guide's section on review data): a section's title that names errors, no note that this piece
    was corrected (a note says what was wrong, in a sentence; its label the caller reads apart)."""
    words = text.split()
    if not 2 <= len(words) <= _TITLE_WORDS or text.rstrip()[-1:] in ".!?:":
        return False
    return _title_case(words)


def _title_case(words: Sequence[str], signs: bool = False) -> bool:
    """Whether ``words`` are set as a title: the first capitalised, every other capitalised or a small word
    (:data:`_TITLE_SMALL`); with ``signs``, a token without letters ("&", "-") too."""
    return words[0][:1].isupper() and all(w[:1].isupper() or w.casefold() in _TITLE_SMALL
                                          or (signs and not any(c.isalpha() for c in w)) for w in words)


#: The words that end a document's name ("Affiliate Disclosure", "Editorial Policy", "Disclosure Statement",
#: "Datenschutzerklärung", "Werbehinweis"): a heading or a link naming a statement, not the statement.
_DOCUMENT_END = lazy_re.compile(r"(disclosures?|disclaimers?|polic(y|ies)|statement|notices?|"
                                r"offenlegung|haftungsausschlu(ss|ß)|richtlinien?|erkl(ä|ae)rung|hinweise?)$", _F)
#: The longest document's name read as a heading (words).
_DOCUMENT_WORDS = 6


def document_heading(text: str) -> bool:
    """Whether a candidate is the title-case name of a document or a section, a few words without a stop that end on
    its noun ("Copyright & Affiliate Link Disclosure", a travel blog's footer heading over its copyright line,
    notices-blind38; "Advertiser Disclosure", "Full Disclosure", "Sponsored Post Disclosure"): the heading or the
    link names the statement, it says nothing (every such line the labelled sets hold is a hard negative). A label
    before a statement ("Disclosure: I was paid ...") has its colon and its sentence, and stays a notice."""
    words = text.split()
    if not 1 <= len(words) <= _DOCUMENT_WORDS or text.rstrip()[-1:] in ".!?:" or not _DOCUMENT_END.search(words[-1]):
        return False
    return _title_case(words, signs=True)


#: An option's most words (a filter's "On-Demand Recording").
_OPTION_WORDS = 3


def _option(line: str) -> bool:
    words = line.split()
    return 1 <= len(words) <= _OPTION_WORDS and not re.search(r"[.!?:,;|/©@\d]", line)


def option_list(lines: list[str], i: int) -> bool:
    """Whether line ``i`` and the next stand in a run of short options, three before them and three after each of one
    to three words without a stop, a colon or a digit (a resource filter's formats: "Datasheet" / "Ebook" / "Events" /
    "Infographic" / "Lab Report" / "Newsletter" / "On-Demand Recording" / "Podcast"): a list of items, no picture's
    label over the names it introduces. A page's field table ("Datum" / "31.01.2022" / "Autor" / "Peter Middel" /
    "Foto(s)" / "Peter Middel / FLVW" / "Kategorien", dev6) holds its date within three lines: its picture's field
    stays a credit."""
    around = [k for k in (i - 3, i - 2, i - 1, i + 2, i + 3, i + 4) if 0 <= k < len(lines)]
    return len(around) == 6 and all(_option(lines[k]) for k in around)


#: A date opening a log's entry: "May 5, 2025", "5 May 2025", "2025-05-05", "05/05/2025".
_ENTRY_DATE = (r"((jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(st|nd|rd|th)?,? \d{4}|"
               r"\d{1,2}(st|nd|rd|th)? (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,? \d{4}|"
               r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})")
# The entry: its date, a colon or a dash, and what the editors did, in the past tense.
_LOG_ENTRY = lazy_re.compile(
    r"^\W{0,3}" + _ENTRY_DATE + r"\s*[:–—-]\s*(updated|added|removed|replaced|corrected|revised|changed|fixed|"
    r"clarified|edited|verified|refreshed|rewrote|rewritten|expanded|amended)\b", _F)
# The log's lead: this piece said to have been updated ("This best workout earbuds article has been recently updated
# with the following changes:", "How has this article been updated?").
_LOG_LEAD = lazy_re.compile(
    r"\b(this|the|our) ([\w-]+ ){0,4}?(article|post|guide|list|review|story|page|roundup|piece)\b[^.!?]{0,40}?\b"
    r"(has|have|was|were|is) (been )?(recently |regularly |last |since )?(updated|revised|corrected|changed)\b|"
    r"\bhow (has|was|is) this ([\w-]+ ){0,3}?(article|post|guide|list|review|story|page) (been )?(updated|revised|changed)\b",
    _F)
#: How many lines above an entry its log's lead may stand (the log's earlier entries between).
_LOG_LEAD_LINES = 8


def update_log_entry(lines: Sequence[str], i: int) -> bool:
    """Whether line ``i`` is a dated entry of the piece's own update log (:data:`_LOG_ENTRY`: "May 5, 2025: Corrected
    a spelling error and replaced ..."), under a lead saying this piece was updated (:data:`_LOG_LEAD`, within
    :data:`_LOG_LEAD_LINES` lines above: notices-blind38's audio site). The lead tells the log from a product's or a
    program's changelog, whose dated "Added ..." entries are release notes, not notes on this text."""
    if not _LOG_ENTRY.match(lines[i]):
        return False
    return any(_LOG_LEAD.search(lines[k]) for k in range(max(0, i - _LOG_LEAD_LINES), i))
