"""Page notices, an image credit read from a line: which rule's form the line holds, where the
credit's text begins and ends, and the checks that turn away what only looks like one (the site's
own copyright, a teaser's headline, a figure's description, a gallery's link, a brand's mark, a
count of pictures), with the features the credit model weighs.

Why a module of its own: :mod:`archiver.extract.notices` finds the candidate lines and decides;
this module answers one question for it, "is this line's form a picture's credit, and what is
its text" (:func:`credit_features`), with the forms of :mod:`~archiver.extract.notice_credit_forms`
and the shared features of :mod:`~archiver.extract.notice_features`.

Why one file of ~1,600 lines: each check below refines the one rule loop of
:func:`credit_features`, and a credit's text, its checks and its features are tried together (round 45
added the caption tails a credit is read from: after a bar, an agency's rights line, the Korean and Icelandic forms;
rounds noticeleft and blind9 the closing names, archive and contact forms and the closing courtesy, bracket and
glued forms, ~140 lines that read :data:`_GLUED` and :data:`_LAST_SENTENCE_END` with the older tails: the next
split is the caption tails as a module of their own, those two patterns with them; noticeleft56 added ~90 lines
to where a credit's name begins, :func:`_name_before` and its helpers: they would go with them).
The checks that read a marker ask the shared marker (:func:`~archiver.extract.notice_credit_forms.marker_before`)
rather than compile it into their own patterns (issue 13; tests/test_extract_regex_notice_marker.py
holds each to the pattern it replaced).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any
from urllib.parse import urlsplit

from archiver.core import lazy_re
from archiver.extract.cue_match import Folding, cue_fold
from archiver.extract.media import pictures
from archiver.extract.notice_caption_closings import (
    bare_source_link,
    blanket_credit,
    for_outlet,
    society_rights,
    source_link_alone,
    wire_closing,
)
from archiver.extract.notice_credit_forms import (
    _AGENCY,
    _AGENCY_LEAD_RULE,
    _ANY_MARKER,
    _BARE_SOURCE_RULE,
    _COMPANY_FORM,
    _CREDIT_MARKER,
    _CREDIT_RULE_GROUP,
    _FOR_OUTLET_RULE,
    _ICELANDIC_PICTURE,
    _IMAGE_CREDIT,
    _LABELLED_MARKER_RULE,
    _LEADING_MARKER,
    _LIBRARY_URL_RULE,
    _MARKER_RULES,
    _NAME_AGENCY_RULE,
    _PHOTO_LIBRARY,
    _PICTURE_RIGHTS,
    _PICTURES,
    _PLATFORM,
    _RIGHTS_RESERVED,
    _SCREENSHOT,
    _SITE_COPYRIGHT,
    _SITE_RIGHTS,
    _SUPPLIED_RULE,
    _TRUNCATED,
    art_not_credit,
    marker_before,
    marker_start,
    rule_may_match,
    rules_holding,
)
from archiver.extract.notice_features import (
    _F,
    _IS_COPYRIGHT_LINE,
    _LETTER_WORD,
    _SENTENCE_END,
    COMMON,
    _common,
)
from archiver.extract.notice_picture_lines import credit_span
from archiver.extract.notice_source_tag import closing_source_tag
from archiver.extract.notice_stock_credits import stock_credit
from archiver.extract.page_lines import (
    CTX_ASIDE,
    CTX_BOX,
    CTX_CAPTION,
    CTX_CREDIT,
    CTX_FOOTER,
    CTX_ITALIC,
    CTX_LINK,
    CTX_NAV,
    CTX_NOTE,
    CTX_SMALL,
)
from archiver.extract.signals import name_kind

CREDIT_FEATURES = (*(n for n in COMMON if n != "copyright"), "leading_marker",
                   *(f"rule_{g}" for g in dict.fromkeys((*_CREDIT_RULE_GROUP, "source_caption"))),
                   "credit_short", "credit_tail", "company_form", "site_line")

#: Rules read in some contexts only, and those contexts: a line outside them is not searched for the
#: rule at all (a match there was always turned away after the search, so the answer is the same,
#: without compiling "Jane Doe for The Example Times", ~0.7 ms of one ``archive URL``, issue 13).
_RULE_CONTEXTS = {
    _AGENCY_LEAD_RULE: CTX_CAPTION,  # "dpa/Jane Doe ..." opening a line: a caption's credit only
    _NAME_AGENCY_RULE: CTX_CAPTION | CTX_CREDIT,  # "Jane Doe, Reuters": in a caption or a credit element
    _FOR_OUTLET_RULE: CTX_CREDIT,  # "Jane Doe for The Example Times": in a credit element
    _SUPPLIED_RULE: CTX_CAPTION,  # "... upon arrival. Supplied": a caption's closing word only
}


_CAPTION_TAIL = 200
# A credit glued to the sentence before it, the space lost where the layout joined two elements:
# "... der Kartellbehörden.Foto: Example" (a capitalised marker and its colon right after the full stop).
# Where the space was lost (two letters, the stop, a capital), then the marker and its colon or sign after
# it (:func:`_glued_credits`; the marker is asked apart, not compiled into this pattern).
# Also after a closing bracket, a quotation mark or a number before the stop ("... Madrid (Spain).Jane Doe",
# "... in 2025.Courtesy of ..."), where a capital and a small letter open the credit.
_GLUED = lazy_re.compile(r"(?<=[^\W\d_]{2}[.!?])(?=(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ]))|"
                         r"(?<=[\d)\]»”\"’][.!?])(?=(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zß-öø-ÿа-яё]))", _F)
# A credit sign after a caption's last sentence: the credit may go on in lower case ("... (c) jane doe").
_SIGN_AFTER_SENTENCE = lazy_re.compile(r"(?<=[^\W\d_]{2}[.!?…])\s+(?=©|\(c\)\s*[^\W\d_])", _F)
_TAIL_PAREN = lazy_re.compile(r"\(([^()]{4,160})\)\W{0,3}$")


def credit_tail(line: str) -> str | None:
    """The end of a long caption, where its credit sits: its closing parenthesis ("... (Foto:
    A. Name, 14.01.2022).") or its last sentence ("... the valley. Photo: Name/Agency"), or None
    when the end is no short segment of its own."""
    m = _TAIL_PAREN.search(line)
    if m:
        return m.group(1)
    tail = line[-_CAPTION_TAIL:]
    begin = None
    for b in _SENTENCE_END.finditer(tail):
        begin = b.end()
    for at in _glued_credits(tail):  # "... entgegen.Foto: Example": the layout lost the space
        begin = max(begin or 0, at)
    # (every match is before a sign, "©" or "(c)" in either case: a tail holding neither is not searched)
    if "©" in tail or "(c)" in tail.lower():
        for b in _SIGN_AFTER_SENTENCE.finditer(tail):  # "... problematisch. (c) example": a sign, any case after it
            begin = max(begin or 0, b.end())
    return tail[begin:].strip() if begin is not None else None


def _glued_credits(tail: str) -> list[int]:
    r"""Where a credit glued to the sentence before it begins (:data:`_GLUED`, then a marker and
    ``\s*[:：©]``): the positions ``(?<=[^\W\d_]{2}[.!?])(?=[A-Z...])(?=<marker>\s*[:：©])``
    finds, the marker matched as :func:`marker_before` does. A tail holding none of ``:：©`` has
    none (:func:`marker_before` finds no stop): it is not searched, nor :data:`_GLUED` compiled
    for it (~0.3 ms of one ``archive URL``, issue 13)."""
    if not any(stop in tail for stop in ":：©"):
        return []
    return [b.end() for b in _GLUED.finditer(tail) if marker_before(tail, b.end(), ":：©")]


# A long caption opening with its credit, the sentence glued after it ("Photo: Jane Doe Archives Le
# Devoir Les entreprises de ..."): the label, then a run of capitalised words; the run's last word
# opens the caption's sentence.
_HEAD_CREDIT = lazy_re.compile(
    r"^\W{0,3}" + _CREDIT_MARKER + r"\s*[:：]\s*((?:(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])[\w.'’&-]*(?:\s*[/|]\s*|\s+)){3,8})"
    r"(?-i:[a-zß-öø-ÿа-яё])", _F)


#: A caption longer than a credit's rules read (a label and 150 characters): its credit is read apart.
_LONG_CAPTION = 160


def credit_head(line: str) -> str | None:
    """The credit opening a caption too long to be one (:data:`_HEAD_CREDIT`), without the first word
    of the caption's sentence, or None."""
    m = _HEAD_CREDIT.match(line)
    if m is None:
        return None
    names = m.group(m.lastindex or 0).split()
    return line[:m.start(m.lastindex or 0)] + " ".join(names[:-1]) if len(names) >= 3 else None


def credit_features(line: str, ctx: int = 0, position: str | None = None,
                    at_end: bool = False, site: frozenset[str] = frozenset()) -> tuple[str, dict[str, float]] | None:
    """(credit text, features) for a line whose form is an image credit (:func:`_credit_features`), or None;
    where those rules read nothing, a caption's closing rights line naming an artists' rights society, a
    blanket credit for the pictures or a bare source link (:mod:`~archiver.extract.notice_caption_closings`); first,
    anywhere but a menu or a footer, a stock library's credit with no "by" or colon, whole
    (:mod:`~archiver.extract.notice_stock_credits`)."""
    seg = stock_credit(line) if not ctx & (CTX_NAV | CTX_FOOTER) else None  # the whole line (a library's address
    found = _credit_features(line, ctx, position, at_end, site) if seg is None else None  # alone is read below)
    if found is not None:
        return as_printed(line, found[0]), found[1]
    seg = seg or (society_rights(line) if ctx & CTX_CAPTION else None)
    seg = seg or (blanket_credit(line) if ctx & (CTX_CAPTION | CTX_CREDIT) else None)
    seg = seg or (wire_closing(line) if ctx & CTX_CAPTION and not ctx & (CTX_NAV | CTX_FOOTER) else None)
    seg = seg or (line.strip() if ctx & CTX_CAPTION and not ctx & (CTX_NAV | CTX_FOOTER) and bare_source_link(line) else None)
    seg = seg or (line.strip() if ctx & CTX_CAPTION and ctx & CTX_LINK and not ctx & CTX_FOOTER and source_link_alone(line)
                  else None)
    seg = seg or (for_outlet(line) if ctx & CTX_CAPTION and not ctx & (CTX_NAV | CTX_FOOTER) else None)
    if seg is None:
        return None
    seg = as_printed(line, seg)
    f = _common(seg, ctx, position, at_end, cue_fold(seg))
    del f["copyright"]
    f.update({"leading_marker": 0.0, "rule_marker": 1.0, "credit_short": 1.0, "credit_tail": float(seg != line.strip()),
              "company_form": 0.0, "site_line": 0.0})
    return seg, f


def _credit_features(line: str, ctx: int = 0, position: str | None = None,
                     at_end: bool = False, site: frozenset[str] = frozenset()) -> tuple[str, dict[str, float]] | None:
    """(credit text, features) for a line whose form is an image credit, or None.

    A caption too long to be a credit line may still end with one: then its closing segment
    (:func:`credit_tail`) is read as the line, and the feature ``credit_tail`` says so. ``site``
    holds the page's own names (:func:`site_keys`): "© <the site>" outside a caption is the
    site's copyright, not a picture's credit. A short caption whose credit follows a bracketed
    sentence ("The old mill (2018.) Image by Jane Doe, CC BY-SA 4.0.") is read whole first, then,
    when that finds none, by its closing segment as a long caption is (:data:`_BRACKET_CLOSED`)."""
    head = credit_head(line) if ctx & CTX_CAPTION and len(line) > _LONG_CAPTION else None
    if head:
        return _read_credit(head, ctx, position, at_end, site, 1.0)
    if len(line) > _MAX_CREDIT_LINE:
        seg = credit_tail(line)
        return _read_credit(seg, ctx, position, at_end, site, 1.0) if seg is not None else None
    found = _read_credit(line, ctx, position, at_end, site, 0.0)
    if found is None and ctx & CTX_CAPTION:
        seg = credit_tail(line)
        if seg and len(seg) < len(line.strip()) and _BRACKET_CLOSED.search(line[:line.rfind(seg)]):
            return _read_credit(seg, ctx, position, at_end, site, 1.0)
        seg = _agency_tail(line)
        if seg:
            return _read_credit(seg, ctx, position, at_end, site, 1.0)
        seg = _bar_tail(line)
        barred = _read_credit(seg, ctx, position, at_end, site, 1.0) if seg else None
        if barred is not None:
            return barred
        seg = _closing_credit_tail(line)
        tail = _read_credit(seg, ctx, position, at_end, site, 1.0) if seg else None
        if tail is not None:
            return tail
    elif found is None and _NUMBERED_FIGURE.match(line):  # "Figure 5 - <caption>, courtesy of X.": a figure's caption
        seg = _closing_credit_tail(line)
        if seg:
            return _read_credit(seg, ctx | CTX_CAPTION, position, at_end, site, 1.0)
    if ctx & CTX_CAPTION and (found is None or _whole_caption(found[0], line)):
        seg = _names_closing(line)
        closing = _archive_credit(seg, ctx, position, at_end) if seg else None
        if closing is None and found is None:
            closing = _contact_credit(line, ctx, position, at_end)
        if closing is None and found is None:
            paren = _PAREN_AFTER_SENTENCE.search(line)
            closing = _read_credit(paren.group(2), ctx, position, at_end, site, 1.0) if paren else None
        if closing is None and found is not None:  # the whole caption read as "<words>/<outlet>": its closing credit only
            seg = seg or (_agency_tail(line) or "").rstrip(" -–—|")  # "- Tapie en 2008. REUTERS/Benoit Tessier -"
            closing = _read_credit(seg, ctx, position, at_end, site, 1.0) if seg else None
        if closing is not None:
            return closing
    return found


# A caption's closing credit of names only after its sentence, with no agency, library or marker word in it:
# a photographer's two or three capitalised names and the outlet after a slash ("... at home in London. Craig
# McDean/GQ"), or the archive's word between bars or slashes between the photographer and the outlet ("...
# en Managua. Carlos Herrera | Archivo | Confidencial.", "Maria Silva / Arquivo / Jornal Exemplo"). Issue 15,
# noticeleft: the slash form read the whole caption as its credit, now cut to its closing names; the archive's form
# was read by no rule. The slash form is only a span's cut: a caption's closing "Name Name/Outlet" that no rule
# reads stays unread (read as a credit, it added one wrong report on the held-out sites, totals only).
_NAME_WORDS_2_3 = r"(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])[\w.'’-]+(\s+(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])[\w.'’-]+){1,2}"
_OUTLET_WORDS = r"(?-i:[A-Z0-9À-ÖØ-ÞА-ЯЁ])[\w.&'’-]*(\s+((?-i:[A-Z0-9À-ÖØ-ÞА-ЯЁ])[\w.&'’-]*|de|del|la|el|do|da|di|of)){0,3}"
_ARCHIVE_WORD = r"(archivo|arquivo|archivio|archiv|archives?|archief|archiwum|архив|file)"
_NAMES_CLOSING = lazy_re.compile(
    r"^(" + _NAME_WORDS_2_3 + r"\s*/\s*" + _OUTLET_WORDS + r"|"
    + _NAME_WORDS_2_3 + r"\s*(?P<bar>[|/])\s*" + _ARCHIVE_WORD + r"\s*(?P=bar)\s*" + _OUTLET_WORDS + r")\W{0,2}$", _F)


_ARCHIVE_BETWEEN = lazy_re.compile(r"\s*([|/])\s*" + _ARCHIVE_WORD + r"\s*\1\s*", _F)


def _as_agency_credit(seg: str, ctx: int, position: str | None, at_end: bool, folded: str,
                      tail: float) -> dict[str, float]:
    """The features of a credit whose form the rules below settled (an outlet's archive picture, a
    photographer's name and address, a name before an agency's rights line), weighed as a short
    credit naming an agency: no marker word, company form or site line counted, and no copyright
    feature (its rights words are the credit's, not a site's). One place, so the three read alike."""
    f = _common(seg, ctx, position, at_end, folded)
    del f["copyright"]
    f.update({"leading_marker": 0.0, "rule_agency": 1.0, "credit_short": 1.0, "credit_tail": tail,
              "company_form": 0.0, "site_line": 0.0})
    return f


def _archive_credit(seg: str, ctx: int, position: str | None, at_end: bool) -> tuple[str, dict[str, float]] | None:
    """(credit, features) of a caption's closing "Name | Archivo | Outlet" (:data:`_NAMES_CLOSING`): the outlet's
    archive picture by its photographer, weighed as a wire's archive picture is ("Jane Doe/Reuters File"), no
    agency being needed where the archive's word stands between its two names. None for another segment."""
    if not _ARCHIVE_BETWEEN.search(seg):
        return None
    f = _as_agency_credit(seg, ctx, position, at_end, cue_fold(seg), tail=1.0)
    return seg.rstrip(" ."), f


# A photographer's name and e-mail address closing a caption after its sentence, perhaps after the picture's subject
# and a colon ("... undergoing a major restoration. Example Lodge: Jane Doe, jane@example.com", "... in December 2015.
# Jane Doe jdoe@example-herald.com"): the picture's maker and how to reach them. Two to four capitalised names, a
# comma perhaps, the address, the caption's end. Issue 15, noticeleft (two pages of two sets).
_CONTACT_CLOSING = lazy_re.compile(
    r"^([^\W\d_][^:：.!?]{1,40}[:：]\s*)?" + r"(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])[\w.'’-]+(\s+(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])[\w.'’-]+){1,3}"
    r"\s*,?\s+[\w.+-]+@[\w-]+(\.[\w-]+)+\W{0,2}$", _F)


def _contact_credit(line: str, ctx: int, position: str | None, at_end: bool) -> tuple[str, dict[str, float]] | None:
    """(credit, features) of a caption closing on a photographer's name and e-mail address after its sentence
    (:data:`_CONTACT_CLOSING`), weighed as a named photographer's credit with an agency is; None for another
    caption or a line that is that credit alone (an address line is no caption's credit by itself)."""
    m = _LAST_SENTENCE_END.search(line)
    if m is None or "@" not in line:
        return None
    seg = line[m.end():].strip()
    if not _CONTACT_CLOSING.match(seg):
        return None
    f = _as_agency_credit(seg, ctx, position, at_end, cue_fold(seg), tail=1.0)
    return seg, f


# A short caption closing on a bracket after its sentence's stop, glued or not ("... pada Rabu (1/11/2023).(Tangkapan
# layar Kanal YouTube Harian Kompas)"): the bracket's words are read as a credit on their own, as a long caption's
# closing bracket is (:func:`credit_tail`); its credit's forms must still hold on them ("(left)", "(file)" hold none).
_PAREN_AFTER_SENTENCE = lazy_re.compile(r"((?<=[^\W\d_]{2}[.!?])|(?<=[\d)\]][.!?]))\s*\(([^()]{4,160})\)\W{0,3}$")


def _whole_caption(text: str, line: str) -> bool:
    """Whether a credit read on a caption is the caption's sentence and its closing credit together: the line's
    whole text, or its end holding a sentence's end ("- Tapie en 2008. REUTERS/Benoit Tessier -" read from "Tapie")."""
    return text == line.strip() or (line.rstrip().endswith(text.rstrip()) and _LAST_SENTENCE_END.search(text) is not None)


def _names_closing(line: str) -> str | None:
    """The closing segment of a caption after its last sentence when it is :data:`_NAMES_CLOSING`'s credit of
    names (also where the layout glued it to the sentence: "... to the basket.Cliff Welch/Icon SMI"); the segment
    whole when the caption is that credit alone. None otherwise."""
    if "/" not in line and "|" not in line:  # each of its forms holds a slash or a bar (nothing compiled for a
        return None                          # caption without one, ~2 ms of one ``archive URL``: issue 13)
    m = _LAST_SENTENCE_END.search(line)
    begin = max([m.end() if m else 0, *(g.end() for g in _GLUED.finditer(line))])  # "... basket.Cliff Welch/Icon SMI"
    seg = line[begin:].strip()
    return seg if seg and _NAMES_CLOSING.match(seg) else None


# A caption's credit closing it in the forms blind9's pages showed (bench/labels/README.md, "notices-blind9"), read
# apart from the caption's sentence as the other tails are; the credit's own rules must still hold on the segment:
# - after a comma, the word for "courtesy of" to the caption's end ("The map of the future, courtesy of ChatGPT.",
#   "La plaza en 1920, cortesía del Archivo Municipal"): who gave the picture;
# - an agency or a picture library alone in square brackets closing it ("... at the weekend [Getty Images]");
# - a photographer's two or three capitalised names, a slash and an outlet's capitalised words, glued to the
#   caption's last sentence where the layout lost the space between the sentence and the credit's own element
#   ("... in San Francisco, Calif.Jane Doe/The Chronicle"): the US press's credit form. After a sentence and a space
#   it stays unread, as an agency alone does there (scoring the held-out sites found one more wrong report so).
_COURTESY_AFTER_COMMA = lazy_re.compile(
    r",\s+(?=(courtesy( of)?|cortesía de|cortesia (de|di|do|da)|gentileza (de|da|do|das|dos)|per gentile concessione|"
    r"avec l['’]aimable autorisation|mit freundlicher genehmigung)\s+[\w©][^,]{1,80}$)", _F)
_BRACKETED_AGENCY = lazy_re.compile(r"\[\s*(" + _AGENCY + r"(\s*/\s*[\w .-]{1,40})?)\s*\]\W{0,2}$", _F)
_CAP_NAME = r"(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])[\w.'’-]+"
_NAME_SLASH_OUTLET = lazy_re.compile(
    r"^" + _CAP_NAME + r"(\s+" + _CAP_NAME + r"){1,2}\s*/\s*((?-i:The|the)\s+)?(?-i:[A-Z0-9À-ÖØ-ÞА-ЯЁ])[\w.'’&-]*"
    r"(\s+((?-i:of|de|and|&)\s+)?(?-i:[A-Z0-9À-ÖØ-ÞА-ЯЁ])[\w.'’&-]*){0,3}\W{0,2}$", _F)


# A row of three or more items split by bars ("Write a blog | Upload photos | Post a topic"): a menu's links. A picture
# word inside one of its items, after a word of that item ("Upload photos"), opens no credit: a credit's marker opens
# its item ("Foto: dpa | Jane Doe | Archiv").
_ITEM_BAR = lazy_re.compile(r"\s[|｜]\s")


def _word_in_menu_item(line: str, start: int) -> bool:
    """Whether the marker at ``start`` sits inside a bar-split menu row's item, after a word of that item."""
    bars = [b.end() for b in _ITEM_BAR.finditer(line)]
    if len(bars) < 2:
        return False
    item_start = max((b for b in bars if b <= start), default=0)
    return bool(_LETTER_WORD.search(line[item_start:start]))


#: A numbered figure's label opening a line, its caption after a dash, a colon or a stop ("Figure 5 - The map ...",
#: "Fig. 2: ...", "Abb. 3 – ..."): the line is the figure's caption wherever the page set it.
_NUMBERED_FIGURE = lazy_re.compile(r"^\W{0,3}(figure|fig\.|abbildung|abb\.|figura|рисунок|рис\.)\s*\d{1,3}\s*[.:：–—-]\s+\S", _F)


def _closing_credit_tail(line: str) -> str | None:
    """A caption's closing credit in one of the forms above, or None."""
    m = _COURTESY_AFTER_COMMA.search(line)
    if m:
        return line[m.end():].strip()
    m = _BRACKETED_AGENCY.search(line)
    if m and m.start() > 0:
        return m.group(1).strip()
    if "/" not in line:
        return None
    ends = [g.end() for g in _GLUED.finditer(line)]
    for at in sorted(ends, reverse=True):
        seg = line[at:].strip()
        if _NAME_SLASH_OUTLET.match(seg):
            return seg
    return None


# A caption's credit set apart by a bar after its sentence ("... Michael D. Higgins. | Jane Doe/PA Images via Getty
# Images"): the segment after the caption's last " | ", up to ~12 words, read as a credit on its own. The credit's
# forms must still hold on it ("... in Berlin | Germany" holds none).
_BAR = lazy_re.compile(r"\s[|｜]\s")
_BAR_TAIL = 90


def _bar_tail(line: str) -> str | None:
    """The segment after a caption's last bar, when it is short (:data:`_BAR_TAIL`) and the bar follows a
    sentence's end or words of the caption; None where there is no bar or nothing before it."""
    bars = list(_BAR.finditer(line))
    if not bars:
        return None
    tail = line[bars[-1].end():].strip()
    before = line[:bars[-1].start()].strip()
    return tail if 0 < len(tail) <= _BAR_TAIL and len(before.split()) >= 3 else None


# A sentence ends after two letters and its stop, or after a year, a number or a closing quotation mark or bracket
# and its stop ("... árið 2023. Skjáskot/Example", "... „Example“. Jane Doe/Reuters"): what follows must still be a
# credit's closing form whole (:func:`_agency_tail`), so a number's stop inside a caption reads nothing.
_STOP = r"((?<=[^\W\d_]{2}[.!?])|(?<=\d{2}[.!?])|(?<=[“”\"»)\]][.!?]))"
_LAST_SENTENCE_END = lazy_re.compile(_STOP + r"\s+(?=\S)(?!.*" + _STOP + r"\s+\S)", _F)


def _agency_tail(line: str) -> str | None:
    """A short caption's segment after its last sentence when it is an agency's credit and nothing
    else (:data:`_AGENCY_CLOSING`; the agency may open it in lower case: "... in der Halle. dpa/Jane Doe");
    also the agency alone where the layout lost the space between the sentence and the credit's own element
    ("... in New York.Reuters": two letters, the stop, a capital). After a plain sentence and a space, an
    agency alone stays unread ("... pasado. EFE" may be the text's source tag: round 26)."""
    if "." not in line and "!" not in line and "?" not in line:  # no sentence's end, nothing glued: the two
        return None                                              # patterns need a stop (issue 13: ~0.7 ms)
    m = _LAST_SENTENCE_END.search(line)
    glued = [g.end() for g in _GLUED.finditer(line)]
    if glued and (m is None or glued[-1] > m.end()):
        seg = line[glued[-1]:].strip()
        return seg if seg and (_AGENCY_CLOSING.match(seg) or _AGENCY_ALONE.match(seg)) else None
    seg = line[m.end():].strip() if m else ""
    return seg if seg and (_AGENCY_CLOSING.match(seg) or _KOREAN_WIRE.match(seg) or _ICELANDIC_CLOSING.match(seg)) else None


# A Korean wire's name alone closing a caption's sentence ("... 자리하고 있다. 뉴시스"): the Korean press's credit form;
# its captions carry no other source tag there.
# The Icelandic press's "Ljósmynd/<Name>" or "Skjáskot/<Source>" closing a caption's sentence.
_ICELANDIC_CLOSING = lazy_re.compile(r"^" + _ICELANDIC_PICTURE + r"\s*/\s*[^\W\d_][^/]{0,60}$", _F)
_KOREAN_WIRE = lazy_re.compile(r"^(연합뉴스|뉴시스|뉴스1)\W{0,2}$")


# An agency or a picture library alone, the whole of a caption's closing segment ("Reuters", "Getty Images").
# A photographer, a slash, then an agency's rights line ("Jane Doe/Copyright 2026 The AP. All rights reserved.",
# "Jane Doe/Copyright 2025 Reuters"): the credit of an agency's picture as some sites print it in a caption or a
# credit element. A year and reserved rights make any other line the site's copyright; after a photographer's
# name and a slash they are the agency's, so read in a caption or a credit element only. The name is up to three
# capitalised words (the caption's last words may run into it where the layout lost a stop).
_AGENCY_RIGHTS = lazy_re.compile(
    r"(?P<name>(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])[\w.'’-]*(\s+(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])[\w.'’-]*){0,2})\s*/\s*(copyright|©)\s*(19|20)\d{2}\s+(the\s+)?"
    + _AGENCY + r"\b[^/]{0,40}$", _F)
_NAME_SUFFIX = lazy_re.compile(r"^(ii|iii|iv|jr\.?|sr\.?)$|^\w\.$", _F)


def _rights_name(words: str) -> str:
    """A photographer's name out of the up to three capitalised words before an agency's rights line: the last two,
    or three where the last is a suffix or the middle an initial ("Frank Example II", "Jane M. Doe"); the word before
    them is the caption's ("... im UN-Hauptquartier Jane Doe/...")."""
    parts = words.split()
    keep = 3 if len(parts) >= 3 and (_NAME_SUFFIX.match(parts[-1]) or _NAME_SUFFIX.match(parts[-2])) else 2
    return " ".join(parts[-keep:])


_AGENCY_ALONE = lazy_re.compile(r"^" + _AGENCY + r"\W{0,2}$", _F)


# A bracketed sentence closing just before a caption's last segment ("... (2018.) Image by ..."): only
# there is a short caption's closing segment read apart. After a plain sentence the whole caption was
# read already; reading any last sentence apart reported a caption's last words with its credit
# ("He didn't get it.Credit...") and source tags after teasers (tried on the dev sets: not kept).
_BRACKET_CLOSED = lazy_re.compile(r"[)\]][.!?]?\s*$")
# A short caption's closing segment that is an agency's credit and nothing else, after the caption's
# sentence: names, a slash and an agency, also a pool picture's ("Jane Doe/AFP", "Jane Doe/Pool via
# Reuters"), or an agency, a slash and up to four capitalised names ("EPA-EFE/Jane Doe"). No digit:
# "Shutterstock/La República 22" after a teaser is a source tag with a count. A wire's archive picture says
# so after the agency ("Jane Doe/Reuters files", "Jane Doe/Reuters File Photo"), as "(..., File)" does. The agency
# and the outlet that ran the picture may stand either side of a bar too ("... presos políticos. EFE | Confidencial").
# Also the photographer's names, perhaps the library's collection after a slash, and "via" (German "über") an agency or
# a library ("... disrupt your sleep. Jane Doe/Moment via Getty Images", "... Jane Doe via AP", "... NASA über dpa"):
# the picture distributed by the agency (notices-blind15's round b15notice: The Conversation's captions).
# Also the photographer's two to four capitalised names, a comma and an agency ("... leaving at dusk. Jane Doe,
# Associated Press"): the credit a caption's line alone is read with (``_NAME_AGENCY``), after the caption's sentence
# on the same line (review rvn55: not read there).
_AGENCY_CLOSING = lazy_re.compile(
    r"^(" + _CAP_NAME + r"(\s+" + _CAP_NAME + r"){1,3},\s*" + _AGENCY + r"(\s+(photos?|images|pictures|staff))?|"
    r"(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])[^\W\d_][\w.'’-]*(\s+[^\W\d_][\w.'’-]*){0,3}(\s*/\s*[^\W\d_][\w.'’+-]*(\s+[\w.'’+-]+){0,2})?"
    r"\s+(via|(?-i:über))\s+" + _AGENCY + r"|"
    r"(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])[^\W\d_][\w.'’-]*(\s+[^\W\d_][\w.'’-]*){0,3}\s*/\s*(pool\s+via\s+|pool\s*/\s*)?" + _AGENCY
    + r"(\s+(files?|file photos?|archive|archiv|archivo|arquivo|archivio))?|" + _AGENCY + r"\s*[/|]\s*(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])[^\W\d_][\w.'’-]*(\s+(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])[\w.'’-]*){0,3})\W{0,2}$", _F)


# A Korean, Japanese or Chinese picture label and its credit, then the outlet's "reproduction forbidden" phrase on the
# same line ("... 있다. 사진=연합뉴스 무단전재 및 재배포 금지", "写真：共同通信 無断転載禁止"): the phrase made the whole line a
# site's rights line; the credit is the label and its source, the phrase dropped (notices-left46).
_RIGHTS_AFTER_LABEL = lazy_re.compile(
    r"^(?P<keep>.*?((사진|写真|画像|照片|图片|圖片|攝影|摄影)\s*(제공|출처|来源|來源|提供|出典)?\s*[=:：／/]\s*[^\s=:：]"
    r"[^=:：]{0,40}?))\s*[<(\[（〈]?\s*(무단\s?(전재|복제|배포)|재배포\s?금지|無断(転載|複製|転用)|版[权權]所有|未经授权)"
    r"[^=:：]{0,60}$")


def _credit_before_rights(line: str) -> str | None:
    """The line up to its picture label's credit when the outlet's rights phrase closes it (:data:`_RIGHTS_AFTER_LABEL`),
    or None: the cheap test first (a rights phrase's first letter on the line)."""
    if not any(ch in line for ch in "무재無版未"):
        return None
    m = _RIGHTS_AFTER_LABEL.match(line)
    if m is None:
        return None
    keep = m["keep"].rstrip()
    for opening, closing in (("（", "）"), ("(", ")"), ("[", "]")):
        if keep.count(opening) > keep.count(closing):
            # the bracket the phrase sat in closes after it ("（写真：共同通信 無断転載禁止）"): the credit is read from
            # after its opening, so it is the credit alone, a substring of the page's text; a closing bracket added
            # here ("（写真：共同通信）") was printed nowhere on the page (review rvn58)
            keep = keep[keep.rfind(opening) + 1:].lstrip()
    return keep


def _read_credit(line: str, ctx: int, position: str | None, at_end: bool, site: frozenset[str],
                 tail: float) -> tuple[str, dict[str, float]] | None:
    """(credit text, features) of a line or a caption's segment (``tail`` 1.0: a closing segment
    or an opening credit read apart from the caption's sentence), or None."""
    kept = _credit_before_rights(line)
    if kept is not None:
        return _read_credit(kept, ctx, position, at_end, site, tail)
    folded = cue_fold(line)
    # the cheap test first: the pattern holds the agencies' alternation, compiled only where a line may need it
    rights = (_AGENCY_RIGHTS.search(line) if ctx & (CTX_CAPTION | CTX_CREDIT) and "/" in line
              and ("©" in line or "copyright" in folded) else None)
    if rights:  # "Jane Doe/Copyright 2026 The AP. All rights reserved." closing a caption: the picture's credit
        f = _as_agency_credit(line, ctx, position, at_end, folded, tail)
        return _rights_name(rights.group("name")) + line[rights.end("name"):].rstrip(), f
    closing = _caption_closing_copy(line, ctx)
    if closing is not None:  # "Catalina Island, CA | © 2017 Jon Norris": the picture's dated credit, its sign's year
        return closing, _as_agency_credit(closing, ctx, position, at_end, cue_fold(closing), tail)
    if (_site_copyright(line, folded) and not _work_dates(line, ctx)) or _EMBEDDED_POST.guard.search(line, folded) \
            or ("©" in line and _POSTAL_ADDRESS.search(line)):
        return None
    skip = _MARKER_RULES if not _ANY_MARKER.search(line, folded) else 0
    holding = rules_holding(folded) >> skip << skip  # (the rules before ``skip`` are not asked)
    crumb: list[bool] = []  # whether the line is a breadcrumb trail, asked at most once (:func:`_breadcrumb`)
    while holding:  # the rules whose guard lets the line through, in order (the others would turn it away)
        low = holding & -holding
        holding ^= low
        index = low.bit_length() - 1
        within = _RULE_CONTEXTS.get(index)
        if within is not None and not ctx & within:
            continue  # a rule read in those contexts only: asked first, it is not compiled for other lines
        m = _IMAGE_CREDIT[index].search(line, folded) if rule_may_match(index, line, folded) else None
        if not m:
            continue
        group = _CREDIT_RULE_GROUP[index]
        # the platform rule ends where its credit does; the others run to the line's end
        upto = line[:m.end()] if group == "platform" or index == _AGENCY_LEAD_RULE else line
        start = _name_before(line, m.start()) if group == "agency" else _word_start(line, m.start())
        if group == "marker":
            start = _studio_name(line, start)  # "Tada Images / Shutterstock": the studio's name, not its last word
            if _TEXT_AND.fullmatch(line, 0, start):
                start = 0  # "Texto e fotos: Jane Doe", "Text and photos: ...": the credit of both (notices-blind25)
        start = _sign_before(line, start)
        text = _credit_text(upto, start)
        if group == "marker":
            text = credit_span(upto, start, text, not ctx & CTX_LINK)  # "Demo Images: Unsplash." of "... Unsplash. Design: Example UP."
            text = _domain_source(text, ctx) or text  # "Images: Move.org <the caption's sentence>": the label and address
        # (the Korean press's circled "ⓒ" as the "©" it stands for: "...밝혔다.ⓒ<the site>" is the site's own)
        copyright_line = text[:1] in "©(（ⓒ" or text[:9].lower() == "copyright"
        if copyright_line and ((_SITE_COPYRIGHT.search(text) and not _dated_credit(text, ctx))
                               or _LICENCE_AFTER_SIGN.match(text)
                               or (_names_site(text, site) and not _under_picture(ctx))
                               or _software_credit(line, m.start(), ctx)
                               or _furniture_copyright(text, ctx, position)
                               or _STORY_ID.search(text)):
            continue
        if group == "copy_sign" and line[m.start() - 1:m.start()] == "Ã":
            continue  # "pÃ¥ Ã©n dag": UTF-8's "é" read as Latin-1 ("Ã©"), a letter, no sign ("Â©" is a sign read so)
        if group == "copy_sign" and _brand_mark(line, m.start(), ctx):
            continue  # "... für das Example © Feiertags-Angebot": a brand's mark in a sentence or a menu
        if group.startswith("marker") and art_not_credit(text):
            continue  # "Arte de Rua", "ARTE Radio": art's or a broadcaster's name (notices-blind24)
        if group.startswith("marker") and _MENU_ROW.match(text):
            continue  # "imagens | áudios | vídeos | calendário": a menu's row, no credit (notices-blind25)
        if group == "marker" and (_teaser_headline(line, start, text, ctx, index == _LABELLED_MARKER_RULE)
                                  or _figure_description(text) or _gallery_link(line, start, text, ctx)
                                  or _story_clause(text, ctx, position)):
            continue  # "Krasse Bilder: Hier stürmt ein Bankräuber ..." is a teaser's headline
        if group == "platform" and _story_clause(text, ctx, position):
            continue  # "Screenshots from Twitter showed the minister deleting the post.": the story's sentence
        if index == _BARE_SOURCE_RULE:
            if not (ctx & CTX_CAPTION or _FIGURE_LABEL.match(line)):
                continue
            ctx |= CTX_CAPTION  # a figure's label opens the line: it is the figure's caption
        if group == "agency" and not ctx & (CTX_CAPTION | CTX_CREDIT) and _AGENCY_WITH_ARTICLE.match(text):
            continue  # "The Associated Press" on a line of its own outside a caption: the story's byline
        if group == "agency" and not ctx & (CTX_CAPTION | CTX_CREDIT) and _SOURCE_LABEL_BEFORE.search(line[:start]):
            continue  # "(Quelle: APA/sda/dpa)" under the story: the text's sources, read by the weak source form
        if group == "agency" and not ctx & CTX_CAPTION and _EDITOR_INITIALS.match(text):
            continue  # "(dpa/gem)": the agency and the editor's initials, the text's source
        if not ctx & (CTX_CAPTION | CTX_CREDIT) and closing_source_tag(line, text):
            continue  # "... sagte die Sprecherin. (dpa)": the wire's tag signing the story's text, its source (rvn58)
        if group == "marker" and _SHOWN_IN.match(line, 0, start):
            # "Auf dem Titelbild: Jane Doe mit ...", "In the photo: ...": who or what the picture shows; a credit may
            # follow in the next sentence ("Im Bild: Jane Doe (links). Foto: dpa")
            after = _NEXT_SENTENCE.search(line, start)
            found = _read_credit(line[after.end():], ctx, position, at_end, site, tail) if after else None
            if found is not None:
                return found
            continue
        if group == "marker" and _IN_PICTURES.search(line, 0, start):
            continue  # "The world in photos: May 13 – 19", "Die Woche in Bildern:": a gallery's headline, no credit
        if group == "marker" and _word_in_menu_item(line, start):
            continue  # "Write a blog | Upload photos | Post a topic": a menu's links, the picture word inside one
        if group == "marker" and (_sentence_after_label(text)
                                  or (index == _LABELLED_MARKER_RULE and _prose_after_label(text))):
            continue  # "FOTOS: Wer der Hektik des Alltags entfliehen möchte, ist ...": a teaser's sentence
        if not _NAMES_SOMEONE.search(_after_marker_prefix(text)) and not (ctx & CTX_CAPTION and _INITIALS.match(text)):
            continue  # "Fotos: 476.764" counts pictures; a credit names someone (in a caption, by initials: "© E.B")
        if _PRICE.search(text):
            continue  # "Credit: In-State | $472" (a table's "Cost per Credit:" and its row): a figure, no credit
        if group == "marker" and _FEED_AFTER_MARKER.match(text):
            continue  # "Photo: RSS (photowire)": a menu's feed links after a section's label, no credit
        if group == "agency" and not _under_picture(ctx) and _agency_site(text, site):
            continue  # "Sputnik" on sputniknews.com: an agency's own site names itself, it credits no picture
        if (_URL_ONLY.search(text) and not _PICTURE_SOURCE_URL.match(text)) or (group == "slash" and _paired_forms(text)):
            continue
        if group == "marker_name" and not ctx & CTX_CAPTION:
            continue
        if index == _LIBRARY_URL_RULE and (ctx & CTX_LINK or _TRUNCATED.search(text)):
            continue  # a linked or shortened address is a link's label; the credit is the text beside it
        if not _credit_form_holds(line, m, start, text, group, ctx, crumb):
            continue
        if _courtesy_clause(text, ctx, position):
            continue  # "Images courtesy of the coast guard showed the ship ...": the story's sentence
        if group == "marker" and _PICTURE_PURPOSE.match(text):
            continue  # "Imagen de referencia": what the picture is for, naming nobody
        if group == "source_any" and ctx & CTX_CAPTION and not ctx & (CTX_FOOTER | CTX_NAV):
            group = "source_caption"
        f = _common(line, ctx, position, at_end, folded)
        # the site's copyright lines were turned away above: what is left names a picture's rights
        # ("SA" in "CC-BY-SA" is a licence's, not a company's), so the credit model has no weight for it
        del f["copyright"]
        f.update({"leading_marker": float(bool(_LEADING_MARKER.match(line))),
                  f"rule_{group}": 1.0,
                  "credit_short": float(len(text.split()) <= 8),
                  "credit_tail": tail,
                  "company_form": float(copyright_line and bool(_COMPANY_FORM.search(text))
                                        and not _PICTURE_RIGHTS.search(text)),
                  # "© Name" among the page's last lines, not under a picture: the site's own
                  "site_line": float(copyright_line and at_end and not ctx & CTX_CAPTION)})
        return text, f
    return None


_NEXT_SENTENCE = lazy_re.compile(r"[.!?;|]\s+(?=\S)")
# A preposition of place (and its article) before the picture word opening the line: "Auf dem Titelbild:", "Im Bild:",
# "In the photo:", "Sur la photo :", "En la foto:", "Na foto:", "Nella foto:", "На фото:" say what the picture shows
# (who stands in it), not who made it (blind10: Süddeutsche's "Auf dem Titelbild: <the people in it>").
_SHOWN_IN = lazy_re.compile(r"^\W{0,3}(auf|in|on|im|sur|dans|en|na|no|nella|nel|sulla|sul|на)\s+"
                            r"((dem|der|diesem|dieser|the|this|la|le|cette|ce|esta|este|a|o|questa)\s+|l['’])?$", _F)


# Words, then "in" before the picture word: "The world in photos:", "Die Woche in Bildern:", "La semaine en images :",
# "O dia em fotos:" name a gallery by what it shows (blind11: China Daily's teaser "The world in photos: May 13 – 19").
# "In the photo:" opening the line is :data:`_SHOWN_IN`'s.
_IN_PICTURES = lazy_re.compile(r"[^\W\d_]\W{0,2}\s+(in|en|em|im)\s+$", _F)


# An agency named with its article ("The Associated Press"), as a byline names the story's source.
_AGENCY_WITH_ARTICLE = lazy_re.compile(r"^\W{0,3}the\s", _F)


# A wire story's identifier in a © line ("© dpa-infocom, dpa:220124-99-835563/5": the agency's code, the day
# as yymmdd, a desk's and a story's number, a version): the line is the story's copyright as the news feed
# delivers it with the text, closing the article, not a picture's credit (dev3, dev13: two sites of the feed).
_STORY_ID = lazy_re.compile(r"\b[^\W\d_]{2,8}:\d{6}-\d{2}-\d{4,8}(/\d{1,3})?\b")


# A postal address after a © ("© Example Editorial, S.L.U. Avda Example 25 - 28033 Madrid"): the publisher's
# imprint, never a picture's credit (a street word and its number, or a postcode and a town closing the line).
_POSTAL_ADDRESS = lazy_re.compile(
    r"\b(avda|avenida|calle|rue|boulevard|straße|strasse|viale|piazza|rua|avenue|street|road)\.?\s+[^\W\d][^,©]{0,40}?\s\d{1,4}\b|"
    r"\b\d{4,5}\s+(?-i:[A-ZÀ-Þ])[^\W\d_]+\W{0,2}$", _F)
# An embedded social post's text ("... on Telegram pic.twitter.com/AbC123"): its links are the
# post's, the "/" in them is a path, and the words before are the post, not a picture's credit.
# (Searched behind the strings its matches need, "t.co/" or "pic.twitter.com/": its three branches were
# tried at every position of every credit candidate, ~4 us a line, issue 13.)
_EMBEDDED_POST = Folding(lazy_re.compile(r"pic\.twitter\.com/|\bhttps?://t\.co/|\bt\.co/\w", _F))
# A slash inside a web address ("example.com/path"): a path, not "Name / Agency".
_URL_SLASH = lazy_re.compile(r"https?://|\bwww\.|\b[\w-]+\.[a-z]{2,6}/\S", _F)
# A credit ends with a name, never with a word that needs one after it: "© Zentralanstalt für"
# is the first line of a name the layout broke in two (the site's, on the next line).
_CUT_OFF = lazy_re.compile(
    r"(?<![\w.-])(für|for|of|and|und|et|y|der|die|das|des|the|du|del|della|di|von|van|zu|zur|zum|de la|"
    r"для|и|по|с|&)\s*$", _F)
# "Satellitenbilder / Animation": a picture word before the slash names a menu's pair, not a person
_MARKER_END = lazy_re.compile(_CREDIT_MARKER + r"\W{0,2}$", _F)
_TAKEN_VERB = (r"(taken|shot|photographed|aufgenommen|fotografiert|prises?|tomadas?|tirad[oa]s?|scattat[oa]|fotografad[oa]|"
               r"снят[оаы]?|сделан[оаы]?)\s")
_TAKEN = Folding(lazy_re.compile(r"\(?\s*" + _TAKEN_VERB, _F))
# A picture word before the verb, with the maker's "by" after it, as the rule reads it ("Photo taken by Jane Roe",
# noticeleft49); "Foto tomada del Instagram de ..." is the platform rule's, read anywhere.
_PICTURE_TAKEN = Folding(lazy_re.compile(
    r"\(?\s*(photos?|pictures?|images?|fotos?|bild(er)?|aufnahmen?|imagen(es)?|imagem|immagin[ei]|фото|снимок|снимки)\s+"
    + _TAKEN_VERB + r"\s*(by|von|par|por|da|pel[oa]|di|от)\s", _F))
_COMPOUND_WORD = lazy_re.compile(r"[^\W\d_]+(\((s|e|n|en|er|es)\))?")
_SEGMENT_END = lazy_re.compile(r"(^|[.!?(|–—:-])\s*$")


# An agency's photo label before the photographer's name ("(AP Photo/Jane Doe", "AP Foto/Juan Pérez"): the
# agency's, not a menu's pair of words, though a picture word stands before the slash.
_AGENCY_PHOTO = lazy_re.compile(r"^\W{0,3}" + _AGENCY + r"\s+" + _CREDIT_MARKER + r"\W{0,2}$", _F)


#: A call to look right before a credit's marker: "see this", "click to view the", "watch all" (EN DE FR ES PT IT).
_LOOK_BEFORE = lazy_re.compile(
    r"\b(see|view|watch|open|click|tap|enlarge|zoom|siehe|ansehen|voir|ver|vedi|guarda)( to (see|view|watch))?"
    r"( (this|these|the|our|all|more|the full|full|alle|die|toutes les|les|las|los|as|os|le|tutte le))?\s*\W{0,2}$", _F)


#: A breadcrumb trail: the home page's name, then a separator ("Home / Technique / Improve Your Photography / ...":
#: notices-blind29's first run read "Photography / <the page's title>" as a credit). EN DE FR ES PT IT.
_BREADCRUMB = lazy_re.compile(r"^\W{0,3}(home|homepage|startseite|start|accueil|inicio|início|home page)\s*[/»›>|]\s*\S", _F)


def _breadcrumb(line: str, asked: list[bool] | None = None) -> bool:
    """Whether ``line`` opens as a breadcrumb trail (:data:`_BREADCRUMB`); ``asked``, a list kept by the caller for
    one line: the answer is put there at the first question and read from it after. Why: the credit rules' checks
    (:func:`_credit_form_holds`) ask it at each rule's match on the line, the same answer each time (issue 13)."""
    if asked is None:
        return _BREADCRUMB.match(line) is not None
    if not asked:
        asked.append(_BREADCRUMB.match(line) is not None)
    return asked[0]


def _credit_form_holds(line: str, m: re.Match[str], start: int, text: str, group: str, ctx: int,
                       crumb: list[bool] | None = None) -> bool:
    """The checks a credit's form must pass beyond its rule's match.

    - "Name / Name" forms hold no web address ("example.com/path" is a path) and no picture word
      before the slash ("Satellitenbilder / Animation" is a menu's pair of words) unless an agency's
      name comes before it ("AP Photo/Jane Doe");
    - a credit does not end on a word that needs a name after it ("© Zentralanstalt für");
    - a marker ending a German compound ("Satellitenbilder", "Astrofotografie") credits only at a
      segment's start and before a colon or a © ("Pressefoto: Jane Doe"): before a slash it is a
      menu's pair of words ("Satellitenbilder/ Animation"), inside a sentence it is the sentence's
      word ("... bis zur Astrofotografie: hier ist alles drin.");
    - "Taken by Jane Doe" credits only in a caption or beside a picture library or free licence;
    - a marker after a call to look is a link's or a teaser's label ("Click to see this photo: A scam may be ...",
      "View the photos: ...": notices-blind27's first run, a news site's teaser read from "photo:" on as a credit);
    - a breadcrumb trail holds none (:data:`_BREADCRUMB`; ``crumb``: see :func:`_breadcrumb`)."""
    if _LOOK_BEFORE.search(line, 0, start) or _breadcrumb(line, crumb):
        return False
    first = text.split("/")[0]
    if group in ("slash", "paren_slash") and (_URL_SLASH.search(text) or (_MARKER_END.search(first)
                                                                        and not _AGENCY_PHOTO.match(first))
                                              or _LOWER_PAIR.match(text)):
        return False
    if group == "paren_slash" and _EDITION_PAIR.match(text):
        return False  # "Salesforce® Sales Cloud (Starter/Pro Suite)": a product's editions, no credit
    if group in ("slash", "paren_slash") and _RECORDING_VERSION.search(text):
        return False  # "Marilyn (G-Eazy/Jane Doe Remix)": a track's version by its artists, no picture's credit
    if group in ("slash", "paren_slash") and _FUNCTION_PART.search(text):
        return False  # "Unit price / per": a shop's column labels, a preposition alone no name
    if group in ("slash", "paren_slash") and _PHRASE_PAIR.match(text) and not _AGENCY_WORD.search(text) \
            and not _PICTURE_CLOSING.search(text):
        return False  # "Personal/Miscellaneous expenses", "(Graduate/Doctoral students)": a table's row, no credit
    if _CUT_OFF.search(text):
        return False
    # the marker ends a compound word; a capitalised name before an agency's slash is none ("JaneDoe/Getty";
    # an editor's lower-case initials stay refused: "Von: det/dpa" is a byline)
    # (not in the Chinese and Japanese scripts, which run words together: "新华社记者 Name 摄" is the agency's reporter)
    if start < m.start() and line[start:m.start()].isalpha() and not _CJK_RUN.match(line, start, m.start() + 1) \
            and not (group == "agency" and line[start].isupper()) \
            and not (group == "agency" and m.start() - start >= _HANDLE and _LIBRARY_AFTER.match(line, m.start())):
        word = _COMPOUND_WORD.match(line, start)
        after = line[word.end():].lstrip()[:1] if word else ""
        if after not in (":", "：", "©") or not _SEGMENT_END.search(line[:start]):
            return False
    return not (_TAKEN.match(text) or _PICTURE_TAKEN.match(text)) or bool(ctx & CTX_CAPTION) \
        or bool(_PICTURE_RIGHTS.search(text))


# A bracketed slash pair whose every word is a product's edition or plan ("(Starter/Pro Suite)", "(Home/Business
# Edition)", "(Standard/Premium)"): a product's line, not a caption's credit (notices-blind15's round b15notice:
# blind14's lower-case "(sink/tub)" class, capitalised). Review rvn49: the round's first form took any title-case word
# that named no listed agency before the slash, after a trade mark anywhere before it, and so lost "The Example® store
# (Bloomberg/Jane Doe)"; a closed list of edition words names no one.
_EDITION_WORD = (r"(starter|pro|plus|premium|basic|standard|enterprise|business|home|personal|team|teams|professional|"
                 r"ultimate|lite|light|free|max|mini|essentials?|advanced|growth|unlimited|individual|family|student|"
                 r"education|suite|edition|plan|tier|version|license|licence|pack|bundle|cloud|online|desktop|server)")
_EDITION_PAIR = lazy_re.compile(r"^\(?\s*" + _EDITION_WORD + r"(\s+" + _EDITION_WORD + r")?\s*/\s*" + _EDITION_WORD
                                + r"(\s+" + _EDITION_WORD + r")?\s*\)?\W{0,2}$", re.IGNORECASE)
# A slash pair closing on the word for a recording's version ("(G-Eazy/Christoph Anderson Remix)", "Jane Doe/John Roe
# Radio Edit", "(Artist/DJ Name Bootleg)"): a track's title names its artists and their version, as a video rail or a
# playlist prints it; a picture's credit names its maker and outlet, never a version (notice71: notices-blind21's wn.com
# video rail, reported as a bracketed credit).
_RECORDING_VERSION = lazy_re.compile(r"\b(re-?mix|mix|edit|re-?edit|rework|bootleg|mash-?up|remaster(ed)?|version|"
                                     r"instrumental|acoustic|dub)\W{0,3}$", re.IGNORECASE)
# A slash pair whose every part opens in lower case ("Drain clearing (sink/tub)", "and/or"): alternatives a table
# cell or a sentence offers, not names; a credit names someone, in capitals where the script has them (blind14's
# table cell; scripts without case never match).
# A slash pair of one capitalised word each, closing on a lower-case noun ("Personal/Miscellaneous expenses",
# "(Graduate/Doctoral students)": a price table's rows, notices-blind32): two words standing for one phrase, as a name
# never closes on a lower-case word (particles stand inside names: "Jane de Roe/Example").
# Also in title case when the first word is an adjective's and the last a plural's ("Personal/Miscellaneous Expenses",
# "(Graduate/Doctoral Students)" as the table prints them).
_PHRASE_PAIR = lazy_re.compile(r"^\W*((?-i:[A-Z])[a-z]+\s*/\s*(?-i:[A-Z])[a-z]+\s+(?-i:[a-z]{3,})|"
                               r"(?-i:[A-Z])[a-z]+(al|ous|ary|ate|ive|ic|ial|ional)\s*/\s*(?-i:[A-Z])[a-z]+\s+"
                               r"(?-i:[A-Z])[a-z]{2,}s)\W*$")
# A picture's word closing the pair ("Midjourney/Example illustration", notices-blind19): the credit says what it credits.
_PICTURE_CLOSING = lazy_re.compile(r"\b(illustrations?|photos?|photographs?|images?|pictures?|graphics?|renderings?|"
                                   r"screenshots?|artwork)\W*$", _F)
# A part of a slash pair that is a preposition or a conjunction alone ("Unit price / per", notices-blind33's shop).
_FUNCTION_PART = lazy_re.compile(r"(^|/)\s*(?-i:per|and|or|of|the|to|for|with|vs|a|an|in|on|at)\s*(/|\W*$)")
_LOWER_PAIR = lazy_re.compile(r"^\W*(?-i:[a-zß-öø-ÿа-яё])[^/]*(/\s*(?-i:[a-zß-öø-ÿа-яё])[^/]*)+$", re.IGNORECASE)


# Characters of the Chinese and Japanese scripts only, from a credit's word start to its form's first character.
_CJK_RUN = lazy_re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]+$")


# A picture library after the slash: a stock contributor's user name before it is in lower case
# ("janedoe/Getty Images", "janedoe/iStock"), which a news agency's editor's initials are too ("det/dpa":
# refused above); a user name has four letters or more.
_LIBRARY_AFTER = lazy_re.compile(r"[/|(]\s*" + _PHOTO_LIBRARY + r"\b", _F)
_HANDLE = 4


# "© Jane Doe, 31.05.2013": a name, then the day the picture was taken or licensed. The year
# sits in a full date after the name, not before it as in the site's "© 2013 Example".
_DATED_NAME = lazy_re.compile(
    r"^\W{0,3}(©|\(c\))\s*(?!\d)[^\d©]{2,80}?[,;/|–—-]?\s*"
    r"(\d{1,2}[./-]\s?\d{1,2}[./-]\s?(19|20)\d{2}|\d{1,2}\.?\s+[^\W\d_]{3,12}\.?\s+(19|20)\d{2}|"
    r"[^\W\d_]{3,12}\.?\s+\d{1,2},?\s+(19|20)\d{2}|(19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2})\W{0,3}$",
    _F,
)


def _dated_credit(text: str, ctx: int) -> bool:
    """Whether a © text carrying a year is a picture's dated credit ("© Jane Doe, 31.05.2013"
    under a photo) rather than the site's copyright: a name first, a full date after it, and
    the line set as a caption outside the footer (a dated © in the footer is the site's)."""
    return bool(ctx & CTX_CAPTION) and not ctx & CTX_FOOTER and bool(_DATED_NAME.match(text))


# A caption's words, a separator, then "© <year> <name>" closing the line ("Catalina Island, CA | © 2017 Jon Norris").
_CLOSING_COPY = lazy_re.compile(
    r"^.*[^\W\d_].*?\s[|–—/•·-]\s*(?P<credit>(©|\(c\))\s*(19|20)\d{2}\s+[^\W\d_][^|©]{1,60}?)\W{0,2}$", _F)
#: What a site's rights or legal line says and a picture's dated credit does not.
_RESERVED_OR_LEGAL = lazy_re.compile(
    r"reserved|vorbehalten|réservés|reservados|riservati|защищены|privacy|datenschutz|impressum", _F)


#: What makes a line a site's rights line besides a span of years: a sign, the word, reserved rights, a legal page.
_RIGHTS_MARK = lazy_re.compile(r"©|ⓒ|\(c\)|copyright|reserved|vorbehalten|réservés|reservados|riservati|защищены|privacy|"
                               r"datenschutz|impressum|trade ?marks?", _F)


def _work_dates(line: str, ctx: int) -> bool:
    """Whether a caption (outside footers and menus; an article set in an aside-classed column keeps its captions) is
    read as a site's copyright line for a span of years alone ("Zoe Leonard,
    Bubblegum series, 2000-2003. C-prints ... Photo: Jane Doe. Courtesy Example Gallery.", "Man Ray, ..., 1931-1932. ...
    Courtesy Example Press": notices-blind32's art captions): the work's dates, no rights line, so its credit is read."""
    return bool(ctx & CTX_CAPTION) and not ctx & (CTX_FOOTER | CTX_NAV) and not _RIGHTS_MARK.search(line)


def _caption_closing_copy(line: str, ctx: int) -> str | None:
    """The dated credit closing a picture's caption after its words and a separator, reserving no rights ("Many People
    Look But Only A Few See, Pennine Way (UK) | © 2019 Jon Norris", under each of a photographer's pictures:
    notices-blind31), or None. The copyright tests read a "| © <year> <name>" as the site's line and the credit rules
    take no "© <year>"; under a picture (:func:`_under_picture`: a caption outside footers, menus and sidebars), after
    the caption's words, it is the picture's, as :func:`_dated_credit` reads "© Jane Doe, 31.05.2013"."""
    if not _under_picture(ctx) or ("©" not in line and "(c)" not in line.casefold()):
        return None
    m = _CLOSING_COPY.match(line)
    return m["credit"].strip() if m and not _RESERVED_OR_LEGAL.search(line) else None


# Words that name the software a site runs on, its add-ons and its look, before a "©": "Add-ons ©
# Jane Doe of Example", "Theme © Example", "Forum software by Example ©": credits for code, not
# for a picture. Read only outside a caption ("Theme park © Jane Doe" captions a photo).
_SOFTWARE = lazy_re.compile(
    r"\b(add-?ons?|plug-?ins?|extensions?|themes?|templates?|skins?|styles?|software|powered by|"
    r"forum|community platform|web ?design|hosting|developed by|erweiterung(en)?|vorlagen?|"
    r"thème|modules?|complementos?|plantillas?|temas?|modelos?|estensioni|componenti|"
    r"плагин\w*|расширени\w*|шаблон\w*|тем[аы]|дополнени\w*)\b",
    _F,
)


def _furniture_copyright(text: str, ctx: int, position: str | None) -> bool:
    """Whether a "© <one name>" sits in the page's menus or in its footer after the main text,
    outside a caption: the site's,
    its publisher's or its owner's copyright ("© Example Business Information GmbH", a blogger's "©
    Jane Doe" in the sidebar), not a picture's credit. A second name after a slash or a bar, a
    picture library, a free licence or an agency still make it a credit."""
    if ctx & CTX_CAPTION or not (ctx & CTX_NAV or (ctx & CTX_FOOTER and position == "after_main")):
        return False
    name = _SIGN.sub("", text)
    return not (_second_name(name) or _BRACKETED_NAME.search(name) or _PICTURE_RIGHTS.search(text)
                or _AGENCY_WORD.search(name))


def _second_name(name: str) -> bool:
    """Whether a © text names a second party after a separator ("© Bundesrat | Jane Doe", "© Example /
    Jane Doe"); after a dash or a comma, words in lower case describe the first ("© Example GmbH - ein
    Unternehmen der Example Group", "© Example Ltd, a division of Example plc", "© Exemple SA – une société
    du groupe Exemple"): the publisher's line, one name. An agency in lower case ("dpa") is read apart."""
    for m in _NAME_AND_SOURCE.finditer(name):
        rest = name[m.end():].lstrip()
        if m.group().strip() in "|/" or not rest[:1].islower():
            return True
    return False


# A source label right before an agency's credit form ("(Quelle: APA/sda/dpa)", "Source: AP/Reuters", "Fuente:
# EFE/AFP"): outside a caption or a credit element it names where the text came from, as "Quelle: dpa" does (a
# "Quelle:" under a picture is its credit, read in the caption).
# (also before a bullet: "Weitere Quellen • AP", euronews's line of the text's further sources)
_SOURCE_LABEL_BEFORE = lazy_re.compile(r"\b(source|sources|quelle|quellen|fuente|fuentes|fonte|fontes|fonti|источник|источники)"
                                       r"\s*[:•·]\s*$", _F)
_BRACKETED_NAME = lazy_re.compile(r"\(\s*[^\W\d_]")  # "© Jane Doe (KNA)": the agency in brackets
_SIGN = lazy_re.compile(r"^\W{0,3}(©|\(c\)|copyright)\W{0,3}", _F)
_AGENCY_WORD = lazy_re.compile(r"\b" + _AGENCY + r"\b", _F)
# Up to three words before a picture word at the line's start, and a sentence after its colon:
# a teaser's headline ("Krasse Bilder: Hier stürmt ein Bankräuber in eine Filiale", "Amazing photos:
# the storm hits the coast"), not "Photo: Jane Doe". An agency before the marker keeps it a credit.
_WORDS_BEFORE = lazy_re.compile(r"^\W{0,3}([^\W\d_][\w'’-]*\s+){1,3}$")
_HEADLINE_WORDS = 5
_HEADLINE_LOWER = 3


# A picture label, its source named by a web address (perhaps a name and a comma before it), then the caption's
# sentence on the same line ("Images: Move.org Moving Grant recipient Crystal documented the care ...", "Foto:
# example.de Die Helfer am Deich."): the credit is the label and the address (notices-left46). The sentence after it
# closes on its stop and the line is no link (a teaser's "Photos: Example.com Opens New Store" is a headline).
_DOMAIN_SOURCE = lazy_re.compile(
    r"^(?P<credit>\W{0,3}(photos?|pictures?|images?|fotos?|bilder|bild|imágenes|imagen|immagini|immagine|imagens|imagem|"
    r"фото)\s*[:|]\s*((?-i:[A-ZÀ-ÖØ-Þ])[\w'’&-]*\s+){0,3}?((?-i:[A-ZÀ-ÖØ-Þ])[\w'’&-]*(\s+(?-i:[A-ZÀ-ÖØ-Þ])[\w'’&-]*){0,3},\s*)?"
    r"(www\.)?[^\W_][\w-]*(\.[\w-]+)*\.[a-z]{2,12})\s+(?-i:[A-ZÀ-ÖØ-Þ\d])[^|]{10,}[.!?]\W{0,2}$", _F)


def _domain_source(text: str, ctx: int) -> str | None:
    """The credit of a "<picture label>: <web address> <caption's sentence>." line (:data:`_DOMAIN_SOURCE`): the label
    and the address; None for any other line, or one wholly a link."""
    if ctx & CTX_LINK or not any("." in w.strip(".") for w in text.split(maxsplit=7)[1:7]):
        return None  # (the cheap test first: an address's inner dot among the label's next words)
    m = _DOMAIN_SOURCE.match(text)
    return m["credit"].strip() if m else None


#: Words after the colon of a linked "<picture word> <words>:" that make it another page's title, whatever their case
#: (a name has fewer; notices-blind15's round b15notice). Four since notices-blind31: a related post's "Photography
#: Industry Statistics: Key Facts and Trends" (a credit's names after such a label are one or two: "Photography and
#: styling: Jane Doe").
_LINKED_TITLE_WORDS = 4


def _teaser_headline(line: str, start: int, text: str, ctx: int = 0, labelled: bool = False) -> bool:
    """Whether a "<words> Marker: <sentence>" line is a headline rather than a credit. A line that is
    wholly a link points to another page: there a headline needs fewer lower-case words ("Tolle
    Bilder: Die Olympia-Schanzen und -Pisten im Drohnenflug"); a marker with words before its colon
    ("Bilder des Tages: ...", ``labelled``) is read the same way without words before it."""
    before = line[:start]
    if not (labelled or _WORDS_BEFORE.match(before)) or _AGENCY_WORD.search(before):
        return False
    _, _, after = text.partition(":")
    words = after.split()
    # a sentence holds lower-case words ("Hier stürmt ein Bankräuber mit ..."); a list of credits
    # ("Left image: Example Agency, right image: Jane Doe") holds names and another label
    lower = sum(1 for w in words if w[:1].islower())
    need = 1 if ctx & CTX_LINK and not labelled else _HEADLINE_LOWER
    if ctx & CTX_LINK and labelled and len(words) >= _LINKED_TITLE_WORDS:
        need = 0  # "Image SEO Guide: How To Visually Dominate Your Market", a related post's link: a title in title case
    return len(words) >= (4 if ctx & CTX_LINK else _HEADLINE_WORDS) and lower >= need and ":" not in after \
        and not (_AGENCY_WORD.search(after) or _PICTURE_RIGHTS.search(after) or _BY_NAME.search(after))


# What parts a list of credits: separators and the words that join names ("Jane Doe and John Roe",
# "Jane Doe for Example Times", "Jane Doe via Example").
_CREDIT_PARTS = lazy_re.compile(r"\s*[,/|;&+]\s*|\s+(and|und|et|y|e|и|for|für|pour|para|per|для|via|by|von|par|por|"
                                r"de|di|da|от|with|mit|avec|con|com|с)\s+", _F)
_GALLERY_PART = 5
# A picture word opening a line, then a colon or a bar: a gallery's or a teaser's label ("Photos: ...",
# "FOTOS | ...", "FOTO: ..."), plural (a gallery) or singular (a picture story).
# Also the other made pictures a box or a teaser titles so ("Infographic: How to Create a Model of Your Customer's
# Mind" over a promotion's picture, notices-blind30; "Illustrations: ...", "Grafik: ...").
_PLURAL_MARKER = lazy_re.compile(r"^\W{0,3}(photos|pictures|images|fotos|bilder|imágenes|immagini|imagens|фотографии|"
                                 r"infographics|illustrations|graphics|infografiken|grafiken)\s*[:|]", _F)
_SINGULAR_MARKER = lazy_re.compile(r"^\W{0,3}(photo|picture|image|foto|bild|imagen|immagine|imagem|фото|infographic|"
                                   r"illustration|graphic|infografik|infografía|infografica|infográfico|grafik)\s*[:|]", _F)
# A count and a title after a picture label ("Infographic: 21 Psychological Elements that Power Effective Web Design",
# "Photos: 10 Best Beaches in Portugal to Visit"): a listicle's headline; a credit's name never opens on a count of
# four words or more ("Photo: 10 Downing Street" is two)
_COUNTED_TITLE = lazy_re.compile(r"^\s*\d{1,3}\s+(?-i:[A-Z])[\w'’-]*(\s+[\w'’-]+){3,}", _F)
# ... or a question's word and four words or more ("Infographic: How to Create a Model of Your Customer's Mind", "Fotos:
# Wie die Stadt ihr Ufer zurückgewinnt"): a how-to's or an explainer's headline, no one's name
_QUESTION_TITLE = lazy_re.compile(r"^\s*(how|why|what|when|where|which|wie|warum|was|wo|comment|pourquoi|quand|"
                                  r"cómo|como|por qué|porque|qué|come|perché|quando|как|почему|что|когда)\s+\S+(\s+\S+){2,}", _F)
# Words that join the names of a credit, or name a person's particle ("Jane Doe for Example Times", "Jean de
# La Fontaine"): no headline's evidence. Any other lower-case word after a picture label is (a verb, a
# noun, an article of a sentence: "Inside the Battle for Tripoli", "Sniega stihija ... atstāj tūkstošus").
_JOINERS = frozenset((
    "and", "und", "et", "y", "e", "и", "for", "für", "pour", "para", "per", "для", "via", "by", "von", "par", "por",
    "de", "di", "da", "du", "del", "della", "dos", "das", "van", "der", "den", "la", "le", "el", "al", "bin", "ter",
    "zu", "zur", "of",
))
# What a credit says after a picture label, and a headline never: a thanks, a hand-out, a screenshot, a sign.
_CREDIT_WORDS = lazy_re.compile(r"©|\(c\)|/|\b(courtesy|cortes[ií]a|handout|screenshot|submitted|provided|archiv\w*|file)\b", _F)
_POSSESSIVE = lazy_re.compile(r"[^\W\d_]['’]s\b")
# A singular label needs more of a sentence after it than a gallery's plural: "Foto: Jane Doe für die
# Example Zeitung" holds one lower-case word that is no joiner ("die"), a story's headline three or more.
_SINGULAR_LOWER = 3


def _gallery_link(line: str, start: int, text: str, ctx: int) -> bool:
    """Whether "Marker: <words>" wholly a link, the marker opening it (after a list's number at most:
    "4.- FOTOS | ..."), is a gallery's or a teaser's headline, not a credit: what follows the colon or
    bar holds four words or more and reads as a sentence, not as names: one part of five words or more
    between a credit's separators ("Fotos: Die schönsten Bilder vom Stadtfest"), a possessive ("PHOTOS:
    Lady Gaga's Craziest Stunts ..."), or lower-case words that join no names ("Photos: Inside the Battle
    for Tripoli", "FOTOS | 63 pandilleros fueron capturados ...": one after a plural label, three after a
    singular one: "FOTO: Sniega stihija Latgalē bez elektrības atstāj tūkstošus"). A credit's parts are
    names of a few words each ("Photos: Jane Doe, John Roe / Example Agency"); a link is often a
    credit's (to the photographer), so the words decide, and a thanks, a sign, a slash, an agency or a
    library keeps it a credit."""
    if not ctx & CTX_LINK or _LETTER_WORD.search(line[:start]):
        return False
    plural = _PLURAL_MARKER.match(text)
    label = plural or _SINGULAR_MARKER.match(text)
    if label is None:
        return False
    after = text[label.end():]
    if _AGENCY_WORD.search(after) or _PICTURE_RIGHTS.search(after):
        return False
    by_name = _BY_NAME.search(after)  # "Photos by Jane Doe", but also a place: "... zonas de Quezaltepeque"
    parts = [part for part in _CREDIT_PARTS.split(after) if part and not _CREDIT_PARTS.fullmatch(part)]
    if plural and not by_name and text[plural.end() - 1] == ":" and any(len(part.split()) >= _GALLERY_PART for part in parts):
        return True
    words = after.split()
    if len(words) < 4 or _CREDIT_WORDS.search(after):
        return False
    if _COUNTED_TITLE.match(after) or _QUESTION_TITLE.match(after):
        return True
    lower = sum(1 for w in words if w[:1].isalpha() and w[:1].islower() and w.casefold().strip(".,;:!?") not in _JOINERS)
    need = _SINGULAR_LOWER if by_name or not plural else 1
    return (not by_name and bool(_POSSESSIVE.search(after))) or lower >= need


# "... by Jane Doe", "... von Jane Doe": a maker named after the marker's words, a credit's form
_BY_NAME = lazy_re.compile(r"\b(by|von|par|por|di|de|da|от)\s+(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])", _F)


# A picture word and the word for "by" opening a line ("Photos by residents ...", "Fotos de vecinos ...", "Photo credit
# Jane Doe" without its colon), or "from" ("Images from the satellite indicate severe flooding.": the source's rule
# refuses a few verbs, a story has more), or a screenshot and the platform it is from ("Screenshots from Twitter ..."):
# a credit's form, or a story's subject when a clause follows (:func:`_story_clause`).
_MARKER_BY = lazy_re.compile(r"^\W{0,3}(" + _CREDIT_MARKER + r"\s+(by|von|de|di|par|por|via|from|от|credits?(?!\s*[:：]))|"
                             + _SCREENSHOT + r"\s*(von|from|de|di|da|с|sur|on|en|auf|su|в)?\s+([^\W\d_]{2,}\s+){0,2}?"
                             + _PLATFORM + r"(?![^\W\d_]))\s+", _F)
#: Where a credit is a paragraph of the story's own, set apart by nothing: not a caption, a credit element, small
#: print, italics, a box, a note, an aside, a menu, a link or the footer.
_SET_IN_STORY = ~(CTX_CAPTION | CTX_CREDIT | CTX_SMALL | CTX_ITALIC | CTX_BOX | CTX_NOTE | CTX_ASIDE | CTX_NAV | CTX_LINK
                  | CTX_FOOTER)
#: Lower-case words (no joiner) after "Photos by" in the sentence, at least, for it to be a story's clause.
_STORY_LOWER = 4


def _story_clause(text: str, ctx: int, position: str | None) -> bool:
    """Whether a credit read as "<picture word> by <name>" (or "Screenshot from <platform>") is a sentence of the story in a paragraph of the main text
    ("Photos by residents showed the flooded streets near the harbour.", "Fotos von Anwohnern zeigten die
    überfluteten Straßen am Hafen."): set apart by no caption, credit element, small print or italics, the sentence
    closed by its stop, and a clause after the maker, four lower-case words or more that are no joiners ("Photo by
    Jane Doe for the Example Times" holds none), with no agency, library, licence or credit word among them. A credit
    names its maker and stops; a story's sentence goes on with what the pictures showed."""
    if position not in ("main_middle", "main_edge") or ctx & ~_SET_IN_STORY:
        return False
    m = _MARKER_BY.match(text)
    if m is None:
        return False
    rest = text[m.end():]
    end = _SENTENCE_END.search(rest)
    sentence = rest[:end.start() + 1] if end else rest
    if not _TERMINAL_STOP.search(sentence) or _AGENCY_WORD.search(sentence) or _PICTURE_RIGHTS.search(sentence) \
            or _CREDIT_WORDS.search(sentence):
        return False
    if _FROM_MARKER.search(m.group(0)):
        return _source_then_verb(sentence)
    lower = sum(1 for w in _LETTER_WORD.findall(sentence) if w[:1].islower() and w.casefold() not in _JOINERS)
    return lower >= _STORY_LOWER


# "Images from <source> ..." (not a screenshot's platform): a story's sentence only when a verb follows the source
# ("Images from the satellite indicate severe flooding.", "Photos from the scene circulated on social media."); "Image
# from the official website of the ministry of health." names where the picture came from in a noun phrase of
# lower-case words, a credit (notices-left46). A verb: a lower-case word of a verb's ending (-ed, -ate(s), -ise(s),
# -ize(s), -ify, -ifies) or of a short list of common verbs, after a word that is no article, preposition or
# possessive (after "the" it is an adjective: "from the archived website of ...").
_FROM_MARKER = lazy_re.compile(r"\bfrom\s*$", _F)
_VERB_ENDING = lazy_re.compile(r"^[a-z]{2,}(ed|ates?|i[sz]es?|ify|ifies)$")
_COMMON_VERBS = frozenset((
    "show", "shows", "showed", "shown", "reveal", "reveals", "depict", "depicts", "suggest", "suggests", "prove",
    "proves", "appear", "appears", "seem", "seems", "went", "go", "goes", "made", "make", "makes", "spread", "spreads",
    "draw", "draws", "drew", "give", "gives", "gave", "tell", "tells", "told", "come", "comes", "came", "became",
    "become", "becomes", "is", "are", "was", "were", "has", "have", "had", "will", "can", "could", "would", "may",
    "might", "must", "should", "capture", "captures", "confirm", "confirms", "help", "helps", "offer", "offers"))
_NOT_BEFORE_VERB = frozenset((
    "the", "a", "an", "of", "from", "in", "on", "at", "by", "for", "with", "to", "and", "or", "its", "his", "her",
    "their", "our", "my", "your", "this", "that", "these", "those", "official", "public"))


def _source_then_verb(sentence: str) -> bool:
    """Whether a lower-case word read as a verb (:data:`_VERB_ENDING`, :data:`_COMMON_VERBS`) follows the source in
    the sentence after "<picture word> from": the source's noun phrase, then what it did."""
    words = _LETTER_WORD.findall(sentence)
    for before, word in zip(words, words[1:], strict=False):
        if not word[:1].islower() or before.casefold() in _NOT_BEFORE_VERB:
            continue
        if word in _COMMON_VERBS or _VERB_ENDING.match(word):
            return True
    return False


_TERMINAL_STOP = lazy_re.compile(r"[.!?]\W{0,2}$")


# A picture word opening the sentence, the words saying who handed it over ("courtesy of", "provided by", "mit
# freundlicher Genehmigung", "cortesía de", "cedidas por", "fournies par", "fornite da", "предоставлены"), then up to
# eight words (the maker), then a verb of what pictures do in a story (show, reveal, depict, capture ...), in each
# language, and three words at least after it before the sentence's end.
_COURTESY_CLAUSE = Folding(lazy_re.compile(
    r"^\W{0,3}" + _PICTURES + r"\s+((were\s+|are\s+)?(courtesy(\s+of)?|provided\s+by|supplied\s+by|handed\s+out\s+by)|"
    r"mit\s+freundlicher\s+genehmigung|(zur\s+verfügung\s+gestellt|bereitgestellt)\s+von|"
    r"(fournie?s?|transmises?|offertes?)\s+par|avec\s+l['’]aimable\s+autorisation|"
    r"cortes[ií]a(\s+de)?|cedid[oa]s?\s+por|proporcionad[oa]s?\s+por|facilitad[oa]s?\s+por|gentileza\s+d[eoa]s?|"
    r"fornecid[oa]s?\s+pel[oa]s?|fornite?\s+da|concesse\s+da|per\s+gentile\s+concessione|предоставлен[ыао]?)\s+"
    r"([^\s.!?]+\s+){1,8}?"
    r"(show(s|ed|n)?|depict(s|ed)?|reveal(s|ed)?|captured?|documented|zeig(t|en|te|ten)|belegen|belegten|"
    # or what was done with them, passive ("Maps courtesy of the county were handed out at the meeting ...")
    r"(was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(handed\s+out|distributed|released|shared|circulated|"
    r"sent|displayed|posted|published|broadcast|aired)|went\s+viral|"
    r"montr(ent|aient|ait|e|èrent)|révél(ent|aient|èrent)|dévoil(ent|aient|èrent)|"
    r"muestra(n|ba|ban)?|mostra(ba|ban|ron|m|vam|ram|no|vano|rono)?|revela(n|ban|ron|m|vam|ram)?|rivela(no|vano|rono)?|"
    r"показыва(ют|ли)|показали)\s+([^\s.!?]+\s+){2,}[^\s.!?]*[.!?]\W{0,2}$", _F), opening=True)


# A picture word and what the picture is there for, nothing else: "Imagen de referencia", "Foto de referência",
# "Immagine di riferimento", "Imagen de ilustración" (a reference or an illustration: the picture is not of the story's
# own event). It names nobody, so it credits nobody; "Foto de Jane Doe" names its maker. (Issue 15, noticeleft: a
# caption's "Imagen de referencia" read as "<picture> de <maker>".) An archive's word ("Foto de archivo") names the
# outlet's archive as the source and is left to the credit rules.
_PICTURE_PURPOSE = Folding(lazy_re.compile(
    r"^\W{0,3}(imagen|imágenes|imagem|imagens|immagine|immagini|images?|fotos?|photos?|pictures?|fotografías?|fotografias?|"
    r"fotografi[ae])\s+(de|di|da|do|of)\s+(referencia|referência|riferimento|reference|ilustraci[oó]n|"
    r"ilustração|illustrazione|illustration|ejemplo|exemplo|esempio)\W{0,2}$", _F), opening=True)


def _courtesy_clause(text: str, ctx: int, position: str | None) -> bool:
    """Whether a credit read as "<picture word> courtesy of <maker>" (or "provided by", "cortesía de", "cedidas por"
    ... in each language) is a sentence of the story in a paragraph of the main text: set apart by nothing, closed by
    its stop, a verb of what pictures show following the maker and a clause after it ("Images courtesy of the coast
    guard showed the ship listing badly in the storm.", "Fotos cedidas por la guardia costera mostraban el barco
    ...", or what was done with them: "Maps courtesy of the county were handed out at the meeting ..."). A credit names the maker and stops ("Image courtesy of the family of the late painter."). Issue 15,
    noticeleft: a courtesy credit's own words are lower-case words of a noun phrase, so counting them cannot tell
    the clause (:func:`_story_clause`); the verb can."""
    if position not in ("main_middle", "main_edge") or ctx & ~_SET_IN_STORY:
        return False
    return bool(_COURTESY_CLAUSE.match(text))


# A figure's label and number before its description ("Abbildung 2: Vergleich der Schneehöhen ...",
# "Figure 3: Sales by region", "Рис. 1: ..."): the caption says what the figure shows, it credits
# nobody. A name after the label ("Grafik: Jane Doe") is still a credit.
_FIGURE_LABEL = Folding(lazy_re.compile(
    r"^\W{0,3}(abbildung|abb\.|figure|fig\.|figura|figur|рис(унок|\.)|schaubild|grafik|graphic|gráfico|grafico|"
    r"graphique|diagramm?|chart|schema|schéma|esquema|tabelle|table|tableau|tabla|tabella|tabela)\s*\d*[.:：]?\s*[:：]\s*",
    _F,
))


#: A picture word and "of" before a common noun: the kind of picture ("Foto de familia de los ministros", "Foto di
#: gruppo", "Photo de famille", "Foto de família"), no credit; a credit's "de" leads to a name (an article or a name's
#: particle may come between: "Foto de la Redacción", "Foto di Marco Rossi"). Review rvn52.
_KIND_OF_PICTURE = lazy_re.compile(
    r"^\W{0,3}(photos?|fotos?|imagen|immagine|imagem)\s+(de|di|da|do|des|du)\s+"
    r"(?!(la|el|los|las|le|les|lo|il|gli|l['’]|von|van|der|den|dos|das|del|della|de|di|du|da|do|ter|ten)\s)(?-i:[a-zà-ÿ])",
    _F)


def _figure_description(text: str) -> bool:
    """Whether a marker line is a figure's label and a description of what it shows: four words or
    more after the label, two of them lower-case (German capitalises nouns, so two are enough),
    and no picture library, agency or © among them; or a kind of picture named ("Foto de familia de ...",
    :data:`_KIND_OF_PICTURE`) with none of those."""
    if _KIND_OF_PICTURE.match(text) and ":" not in text:  # "Foto de referencia: Juan Pérez" labels its credit
        return not (_AGENCY_WORD.search(text) or "©" in text or "/" in text or _PICTURE_RIGHTS.search(text))
    m = _FIGURE_LABEL.match(text)
    if not m:
        return False
    words = text[m.end():].split()
    lower = sum(1 for w in words if w[:1].islower())
    rest = text[m.end():]
    return len(words) >= 4 and lower >= 2 and not (_AGENCY_WORD.search(rest) or "©" in rest
                                                   or _PICTURE_RIGHTS.search(rest))


# A © or (c) opening the credit's segment before where its rule matched ("© Jane Doe / Getty Images /
# iStock" matched at "Images /"): the credit starts at the sign.
_SIGN_IN_SEGMENT = lazy_re.compile(r"(©|\(c\))[^©.!?•|:]{0,60}$", _F)


# An agency and an editor's initials in lower case ("dpa/gem", "(AFP/jsk)"): the news agency's tag
# closing a text, naming its source and its editor; a photographer is named with capitals.
# A picture library's user name is no editor ("iStock/cjp"): news agencies only.
_EDITOR_INITIALS = lazy_re.compile(r"^\W{0,3}(dpa|afp|ap|reuters|kna|epd|apa|sda|ats|ansa|efe|ddp|dts|tass|ria|pap|čtk|ctk|anp|"
                              r"belga|lusa|sid|xinhua)\s*/\s*(?-i:[a-z]{2,4})\W{0,3}$", _F)
# A picture label and a whole sentence after it, eight words or more, four lower-case, nothing that
# credits (a name after "by" / "von", ©, an agency, a picture library): a teaser's or a gallery's
# line ("FOTOS: Wer der Hektik des Alltags entfliehen möchte, ist ... gut aufgehoben.").
# (:func:`_sentence_after_label`: the marker and its colon, then these, each asked apart)
_SENTENCE_AFTER = lazy_re.compile(r"\s*(?=(?:\S+\s+){7,})(?=(?:.*?\s(?-i:[a-zß-öø-ÿа-яё])[\w'’-]*){4})(?=.*[.!?…]\W{0,2}$)", _F)
_CREDITS_IN_SENTENCE = lazy_re.compile(
    r"©|\(c\)|\b(by|von|par|por|di|de|da|от|courtesy|via)\s+(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])|\b" + _AGENCY + r"\b|" + _PHOTO_LIBRARY, _F)


def _sentence_after_label(text: str) -> bool:
    r"""``^\W{0,3}<marker>\s*[:：]\s*(?=(?:\S+\s+){7,})(?=<four lower-case words>)(?!.*<credit>).*[.!?…]\W{0,2}$``
    asked a part at a time, cheapest first, so the marker (shared) and the agencies (only for a line
    that is a sentence after its label) are not compiled into one ~2,300-character pattern: the
    colon is the first after the marker (a marker holds none), the sentence starts after the white
    space following it, and the credit forms are looked for up to the line's first line break (as
    ``.*`` reads)."""
    label = marker_before(text, marker_start(text), ":：")
    if label is None:
        return False
    sentence = _SENTENCE_AFTER.match(text, label[1] + 1)
    if sentence is None:
        return False
    found = _CREDITS_IN_SENTENCE.search(text, sentence.end())
    return found is None or "\n" in text[sentence.end():found.start()]


# Twelve words or more after a picture label's colon, six of them lower-case: prose, however it ends.
_PROSE_AFTER = lazy_re.compile(r"\s*(?=(?:\S+\s+){11,})(?=(?:.*?\s(?-i:[a-zß-öø-ÿа-яё])[\w'’-]*){6})", _F)


def _prose_after_label(text: str) -> bool:
    """True when a picture label and a word or two before its colon (the labelled marker's rule only: "Image Size:";
    after a bare "Foto:" a caption's sentence may be glued to the credit, "Foto: action pressWerden inzwischen ...",
    dev15) open a run of prose that names no one
    (:data:`_PROSE_AFTER`, no sign and no "by <Name>": :data:`_SIGN_OR_BY`): a camera manual's setting ("Image Size: I
    typically leave this at the default range of L3:2. Any relevant cropping I will perform in post-processing"), not
    a credit; :func:`_sentence_after_label` asks for the sentence's closing stop, which such a line may lack
    (notices-blind13's first run). A name opening the prose keeps the line a credit ("Photo: Jane Doe, whose
    pictures of the harbour ...")."""
    stops = [at for at in (text.find(ch, 0, 40) for ch in ":：") if at != -1]
    if not stops or not _LEADING_MARKER.match(text):
        return False
    prose = _PROSE_AFTER.match(text, min(stops) + 1)
    return (prose is not None and not _NAME_OPENS.match(text, prose.end())
            and _SIGN_OR_BY.search(text, prose.end()) is None)


# Two capitalised words: a name opening what follows a label ("Photo: Jane Doe, who ..."), which a credit may run on.
_NAME_OPENS = lazy_re.compile(r"(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.-]+)\s+(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])", _F)
# What credits someone inside prose: a sign, or a name after "by", "courtesy", "via" (:data:`_CREDITS_IN_SENTENCE`
# without its agencies and libraries, which are compiled only for a sentence: a line of prose after a label needs
# none of them, and the bundled article's credit line compiled none before, tests/test_extract_regex_notice_marker.py).
_SIGN_OR_BY = lazy_re.compile(r"©|\(c\)|\b(by|von|par|por|di|de|da|от|courtesy|via)\s+(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])", _F)


# The words before a sign in its segment: a name the sign marks as a brand ("Example News © Angebot",
# "Example (c) Radio"), when no picture word or label comes first.
_BEFORE_SIGN = lazy_re.compile(r"(?:^|[:|•(\[–—])([^:|•(\[–—©]*)$")


def _brand_mark(line: str, sign: int, ctx: int) -> bool:
    """Whether a © or (c) follows a capitalised name in its own segment, outside a caption: a brand's
    mark in running text or a menu ("... für das Example News © Feiertags-Angebot", "Example (c)
    Radio"). A picture's credit opens with its sign ("© Jane Doe") or its label ("Foto: Jane Doe ©
    Agency"); under a picture the page's own order is kept."""
    if ctx & CTX_CAPTION:
        return False
    m = _BEFORE_SIGN.search(line, 0, sign)
    before = m.group(1).strip() if m else ""
    words = _NAME_TOKEN.findall(before)
    if not words or not words[-1][0].isupper() or before[-1:] in ".!?" or _ANY_MARKER.search(before, cue_fold(before)):
        return False
    # what the sign marks: one word or a compound ("Feiertags-Angebot", "Radio"), no agency, no
    # second name after a slash or a bar (a credit's "© dpa | Jane Doe" goes on)
    marked = _SIGN.sub("", line[sign:], count=1)
    return len(_NAME_TOKEN.findall(marked)) == 1 and not _AGENCY_WORD.search(marked)


def _sign_before(line: str, start: int) -> int:
    """Where a credit starts when a © opens its segment before the rule's match, else ``start``."""
    m = _SIGN_IN_SEGMENT.search(line, 0, start) if start else None
    return m.start() if m else start


def _software_credit(line: str, start: int, ctx: int) -> bool:
    """Whether the few words before a line's "©" credit names the site's software or design."""
    if ctx & CTX_CAPTION:
        return False
    before = line[:start]
    return len(before.split()) <= 6 and bool(_SOFTWARE.search(before))


# What a credit's marker and label leave: it must hold a word ("Fotos: 476.764" is a count).
# (``^\W{0,3}(<marker>\b|<label>)?(\s*\((cc|c)\))?\s*(<label>)?\s*[:：©|/–—-]?\s*`` in three parts:
# :func:`_after_marker_prefix`)
_LABEL_PREFIX = lazy_re.compile(r"^\W{0,3}(credits?|crédit|crédito|bildrechte|courtesy( of)?|source|quelle|fuente|"
                                r"fonte|источник|źródło)?", _F)
_PREFIX_REST = lazy_re.compile(
    r"(\s*\((cc|c)\))?\s*(credits?|courtesy|source|quelle|crédit|crédito|автор)?\s*[:：©|/–—-]?\s*", _F)


def _after_marker_prefix(text: str) -> str:
    """``text`` without its opening marker or label and their separator. The one pattern this was
    tried its marker first (with ``\b``) and its labels only when no marker opens the line; every
    part after them is optional, so it ended where its first reading of the marker did: the
    match :data:`_LEADING_MARKER` finds (compiled for each credit's features anyway)."""
    m = _LEADING_MARKER.match(text) or _LABEL_PREFIX.match(text)
    end = m.end() if m else 0
    rest = _PREFIX_REST.match(text, end)
    return text[rest.end() if rest else end:]
# A credit names someone: a word of two letters, or a name a capital letter and digits make ("Courtesy G4",
# "Photo: E4", "Courtesy S4C": channels and studios); "Fotos: 476.764" or "Bild 1/5" counts pictures.
_NAMES_SOMEONE = lazy_re.compile(r"[^\W\d_]{2,}|(?<![\w.])(?-i:[A-ZÀ-ÖØ-Þ])\d{1,3}[^\W\d_]{0,3}(?![\w.])")
# A price: an amount with its currency's sign or code. A table of figures ("Cost per Credit:" over "In-State | $472")
# or a shop's line quotes one; a picture's credit never does (notices-blind15's round b15notice).
_PRICE = lazy_re.compile(r"[$€£¥₹]\s?\d|\d\s?[$€£¥₹]|\b(usd|eur|gbp|chf)\s?\d|\d\s?(usd|eur|gbp|chf)\b", _F)
# A photographer's initials after a © or a marker, the credit's whole text: "© E.B", "Photo : J.-M.D."
_INITIALS = lazy_re.compile(r"^\W{0,3}(©|\(c\)|[^\W\d_]{3,12}\s?:)?\s*((?-i:[A-ZÀ-ÖØ-Þ])\.?\s?-?){2,3}\W{0,2}$", _F)
# A feed's or a newsletter's link after a picture label: "Photo: RSS (photowire)", "Fotos: RSS-Feed"
_FEED_AFTER_MARKER = lazy_re.compile(r"^\W{0,3}[^\W\d_]+\s*[:：]\s*(rss|atom|feeds?|newsletter|podcast)\b", _F)
# "© <licence or permission>": the page's licence to publish or the rights it keeps, in any
# language ("© Licencja na publikację", "© Lizenz: CC BY-SA", "© Rights managed"), not a credit.
_LICENCE_AFTER_SIGN = lazy_re.compile(
    r"^\W{0,3}(©|\(c\)|copyright)\W{0,3}(licen[csz]\w*|lizen[sz]\w*|licencj\w*|licenç\w*|lisens\w*|лиценз\w*|"
    r"permission\w*|genehmigung\w*|nutzungsrecht\w*|autorisation\w*|autorizaci\w*|autoriza[cç]\w*|"
    r"autorizzazion\w*|permiss\w*|permesso|разрешени\w*|zezwoleni\w*|pozwoleni\w*|rights?|rechte|droits|"
    r"derechos|direitos|diritti|права|prawa|all rights|tous droits|alle rechte|"
    # the rights to reproduce the page ("©RIPRODUZIONE RISERVATA", "© Reproduction interdite")
    r"riproduzione|reproduction|reproducción|reprodução|reproduç\w*|vervielfältigung\w*|nachdruck|"
    r"воспроизведени\w*|powielanie|tutti i diritti|todos os direitos|todos los derechos)\b",
    _F,
)
_DOMAIN_SUFFIX = lazy_re.compile(r"\.(com|net|org|info|[a-z]{2})$", _F)
_NAME_END = lazy_re.compile(r"\s+(by|von|par|por|di|de|от)\s+|\(", _F)
# "© Bundesrat | Jane Doe", "© Example/AdobeStock": the site and the photographer or library, a credit
_NAME_AND_SOURCE = lazy_re.compile(r"[|/,;–—]|\s-\s")
# The text's credit opening the line before a picture's marker: "Texto e ", "Text and ", "Text und ", "Texte et ".
_TEXT_AND = lazy_re.compile(r"\W{0,3}(?:text|texto|texte|testo|tekst|текст)\s+(?:und|and|&|et|e|y|и|i)\s+", re.IGNORECASE)
# A menu's row that a picture word opens: bar-separated items of one or two lowercase words ("imagens | áudios | vídeos |
# calendário |"); a credit after a bar names someone ("Foto | Jane Doe").
_MENU_ROW = lazy_re.compile(r"^\W{0,3}[^\W\d_A-ZÀ-ÖØ-ÞА-ЯЁ]+(?:\s*\|\s*[^\W\d_A-ZÀ-ÖØ-ÞА-ЯЁ]+(?:\s[^\W\d_A-ZÀ-ÖØ-ÞА-ЯЁ]+)?){2,}\s*\|?\s*$")
# "CONAMP - Associação Nacional dos Membros do Ministério Público": one word, a dash, and the organisation's name in full
_EXPANSION = lazy_re.compile(r"^\s*(\S+)\s+[-–—]\s+(\S.*?)\W*$")
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "or", "ne"})


# Patterns the site's names and a credit's words are read with, compiled once (a pattern given as text to
# ``re``'s functions is looked up in its cache at each call; issue 13).
_NOT_LETTER_OR_DIGIT = lazy_re.compile(r"[\W_]+")
_OPENING_SIGN = lazy_re.compile(r"^\W{0,3}(©|\(c\)|copyright)\W{0,3}", _F)
_LONG_LETTERS = lazy_re.compile(r"[^\W\d_]{4,}")
_LETTER_RUN = lazy_re.compile(r"[^\W\d_]+")


def _site_key(name: str) -> str:
    """A name as its letters and digits only, without a domain ending ("Battery-News.de" ->
    "batterynews"), so a site's host, its og:site_name and a "© ..." line compare equal."""
    return _NOT_LETTER_OR_DIGIT.sub("", _DOMAIN_SUFFIX.sub("", name.strip().casefold()))


def site_keys(url: str | None, site_name: str | None = None) -> frozenset[str]:
    """The page's own names for :func:`find_notices`: its host's registered name
    ("www.battery-news.de" -> "batterynews", "news.example.co.uk" -> "example") and its declared
    site name (og:site_name), whole and its first word; names under three letters are left out."""
    keys: set[str] = set()
    host = (urlsplit(url).hostname or "") if url else ""
    labels = [x for x in host.casefold().split(".") if x]
    if len(labels) >= 2:
        labels = labels[:-1]
        if len(labels) >= 2 and labels[-1] in _SECOND_LEVEL:
            labels = labels[:-1]
        keys.add(_site_key(labels[-1]))
    if site_name:
        keys.add(_site_key(site_name))
        keys.add(_site_key(site_name.split()[0]))
    return frozenset(k for k in keys if len(k) >= 3)


def _names_site(text: str, site: frozenset[str]) -> bool:
    """Whether a "© ..." text names the page's own site and no one else: its name, or its first
    word, up to a "by" or a bracket, is one of the site's names ("© Battery-News.de", "© Stylegart
    by Jane"); a second name after a slash or a bar ("© Bundesrat | Jane Doe") makes it a credit."""
    if not site:
        return False
    name = _OPENING_SIGN.sub("", text)
    name = _NAME_END.split(name, maxsplit=1)[0]
    company = _LEGAL_FORM_END.search(name)
    if company:
        name = name[:company.start()]  # "DIARIO EXAMPLE, S.L.": the company's legal form is no second name
    words = name.split()
    expansion = _EXPANSION.match(name)
    if expansion is not None and _site_key(expansion.group(1)) in site and len(expansion.group(2).split()) >= 3 and (
            name_kind(expansion.group(2)) == "org"):
        return True  # "Copyright © CONAMP - Associação Nacional ...": the site's acronym and what it stands for (blind25)
    if not words or _NAME_AND_SOURCE.search(name):
        return False
    # its name, its first word, or a company's short name's last word after a generic one ("Diario Example, S.L."; a
    # person's surname may be a site's name: "Ann Example" on example.org is a photographer)
    # A company's name may end on the site's name of two words ("EDICIONES EL PAÍS, S.L." on elpais.com): its last
    # one or two words, accents folded as a host has none
    return (_site_key(name) in site or _site_key(words[0]) in site
            or (company is not None and len(words) <= _SITE_NAME_WORDS and _site_key(words[-1]) in site)
            or (company is not None and len(words) <= _SITE_NAME_WORDS + 1
                and any(_unaccented(_site_key("".join(words[-k:]))) in site for k in (1, 2))))


def _unaccented(key: str) -> str:
    """A name's letters without their accents ("elpaís" -> "elpais"), as a host writes them."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", key) if not unicodedata.combining(ch))


# A company's legal form closing a "© ..." line, after a comma or not ("Example, S.L.", "Example GmbH", "Example Ltda.").
_LEGAL_FORM_END = lazy_re.compile(
    r",?(?<!\s)\s+(s\.\s?l\.(\s?u\.)?|s\.\s?a\.(\s?u\.)?|slu|gmbh|ag|kg|inc|ltd|ltda|llc|plc|s\.p\.a|s\.r\.l|srl|sarl|b\.v|n\.v|"
    r"ооо|оао|зао|пао)\.?\W{0,2}$", _F)
#: The most words of a site's name read by its last ("Diario Example"): a person's name is two words or three.
_SITE_NAME_WORDS = 2


def _agency_site(text: str, site: frozenset[str]) -> bool:
    """Whether an agency's bare name is the page's own site: one of its names, or the start of its
    host's ("Sputnik" on sputniknews.com, "Reuters" on reuters.com); an agency's name beside a
    photographer's ("Sputnik / Jane Doe") is a credit."""
    key = _site_key(_OPENING_SIGN.sub("", text))
    return _names_site(text, site) or (len(key) >= 4 and any(k.startswith(key) for k in site))


def _under_picture(ctx: int) -> bool:
    """A caption outside the page's footer, menus and sidebars: where a site credits its own
    picture ("© Example News" under a photo its staff took)."""
    return bool(ctx & CTX_CAPTION) and not ctx & (CTX_FOOTER | CTX_NAV | CTX_ASIDE)


def _site_copyright(line: str, folded: str) -> bool:
    """Whether a line is the site's copyright or legal line, never a picture's credit; one naming
    a picture library or a free licence without a year or reserved rights is a credit."""
    if not _IS_COPYRIGHT_LINE.holds(line, folded):
        return False
    if _RIGHTS_THEN_SCREENSHOT.search(line):
        return False  # "Tous droits réservés Captures d'écran sur X": the rights of the screenshot the line credits
    return bool(_SITE_RIGHTS.search(line)) or not _PICTURE_RIGHTS.search(line)  # the small pattern first


# Reserved rights and, straight after them, the screenshot they are of ("Tous droits réservés Captures d'écran sur
# Truth Social", "All rights reserved Screenshot from Reddit"): the picture's rights line, as a caption's credit
# element sets it beside the caption's "copyright" element (issue 15, noticeleft), not the site's.
_RIGHTS_THEN_SCREENSHOT = Folding(lazy_re.compile(_RIGHTS_RESERVED + _SCREENSHOT + r"\b", _F))


# "Pressefoto: https://example.org/img.jpg" links to a picture; it credits nobody.
_URL_ONLY = lazy_re.compile(r"^[^:：]{0,40}[:：]\s*(https?://|www\.)\S+\s*$", _F)
# A picture label before the address of a page, not of a picture file ("Abb.: http://example.org/post.html",
# "Foto: https://example.org/gallery/", "Photo Credit: www.example.com": notices-blind28): where the picture was taken
# from, its source. "Quelle: <address>"
# stays the text's source.
_PICTURE_SOURCE_URL = lazy_re.compile(
    r"^\W{0,3}" + _CREDIT_MARKER + r"(\s+credits?)?\s*[:：]\s*(https?://|www\.)\S+(?<!\.jpg)(?<!\.jpeg)(?<!\.png)(?<!\.gif)"
    r"(?<!\.webp)(?<!\.svg)(?<!\.avif)\s*$", _F)


# "J. Doe": an initial ends no sentence; a sentence glued to the credit after it by the layout does
# ("... keskiviikkona.Jane Doe / Lehtikuva": lower-case letters, the stop, a capital)
_SEGMENT_START = lazy_re.compile(r"(?<!\b\w)\.\s+|:\s+|[(|–—]\s*|(?<=[a-zß-öø-ÿа-яё]{3}[.!?])(?=[A-ZÀ-ÖØ-ÞА-ЯЁ])|"
                                 # a credit's element glued after a bracket, a quotation mark or a number
                                 # and the stop ("... Madrid (Spain).Jane Doe / Agency")
                                 r"(?<=[\d)\]»”\"’][.!?])(?=[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zß-öø-ÿа-яё])")


def _name_before(line: str, start: int) -> int:
    """Where a credit begins whose agency rule matched at a slash: at the name before it
    ("Jane Doe/Getty Images", "creantion / pixelio.de"), not at the agency alone; the name is the
    segment since the last sentence end, colon, bracket or dash, four words at most. A segment longer than that may
    hold the picture's subject and its photographer apart by a spaced slash ("Deniz Aytekin / Kevin Voigt/GettyImages":
    the referee pictured, then the credit): the name is then what follows that slash (noticeleft56: "GettyImages"
    was reported alone)."""
    if start == 0 or line[start:start + 1] not in "/|":
        return start
    begin = 0
    for b in _SEGMENT_START.finditer(line, 0, start):
        begin = b.end()
    segment = line[begin:start]
    name = segment.strip()
    if not name[:1].isalpha() or len(name) > 40 or len(name.split()) > 4:
        apart = [b.end() for b in _SPACED_SLASH.finditer(line, begin, start)]
        if apart and _CAPITALISED_NAME.match(line[apart[-1]:start].rstrip()):
            begin, segment = apart[-1], line[apart[-1]:start]
        else:
            return _name_closing_caption(line, begin, start)
    at = begin + len(segment) - len(segment.lstrip())
    return _names_between_bars(line, at) if line[start] == "|" else at


#: A name between a caption's bars: one to four capitalised words ("Bloomberg", "Jane Doe", "Matthew J. Lee").
_BARRED_NAME = lazy_re.compile(r"^(?-i:[A-ZÀ-ÖØ-Þ])[\w.'’&-]*(\s+(?-i:[A-ZÀ-ÖØ-Þ])[\w.'’&-]*){0,3}$")


def _names_between_bars(line: str, at: int) -> int:
    """Where a credit of names between bars begins whose agency closes it ("Jane Doe | Bloomberg | Getty Images": the
    photographer, the outlet, the agency, as a slash joins them in "Jane Doe/Bloomberg/Getty Images"), ``at`` being
    the name before the agency's bar: each name before a bar is taken while it is a few capitalised words standing
    alone, from the line's start or a sentence's end (noticeleft56: "Bloomberg | Getty Images" was reported)."""
    while True:
        bar = line.rfind("|", 0, at)
        if bar < 0 or line[bar + 1:at].strip():
            return at
        stop = line.rfind(". ", 0, bar)
        opening = max(line.rfind("|", 0, bar) + 1, stop + 2 if stop >= 0 else 0)
        if not _BARRED_NAME.match(line[opening:bar].strip()):
            return at
        at = bar - len(line[opening:bar].lstrip())


#: A photographer's first name and surname (a middle initial between them perhaps) closing a caption's words right
#: before an agency's slash.
_TWO_NAMES = lazy_re.compile(r"(?-i:[A-ZÀ-ÖØ-Þ])[a-zß-öø-ÿ'’-]+(\s+(?-i:[A-Z])\.)?\s+(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]+\s*$")
#: Letters of a word in lower case: a word the name was glued to ("BédarJane Doe/EFE"; not "McDonald").
_LOWER_RUN = 3


def _name_closing_caption(line: str, begin: int, start: int) -> int:
    """Where the photographer's name begins that closes a caption's words before an agency's slash, the caption
    having no stop before it ("The Moulin Rouge cabaret in Paris Jane Doe/Reuters", "... in Washington, D.C. Jane
    Doe/WireImage", "... del municipio vecino de BédarEmergencias Andalucía/EFE": the layout lost the credit
    element's line; the outlet's two words after the photographer's own slash are read past: "Netflix Jane
    Doe/Boston Globe/Getty Images"); ``start`` (the agency alone, as before) unless the two names follow a capitalised word, an
    abbreviation's stop or a word they were glued to: after a word in lower case ("... clear the road Jane
    Doe/Reuters") a place's or a caption's last words may be what looks like the name (noticeleft56: three dev
    pages' credits were reported as their agency alone)."""
    m = _TWO_NAMES.search(line, begin, start)
    if m is None or m.start() == begin:
        return start
    at = m.start()
    if line[at - 1] == "/":  # the outlet's two words after the photographer's slash ("... Jane Doe/Boston Globe/Getty")
        named = _name_closing_caption(line, begin, at - 1)
        return named if named != at - 1 else start
    if not line[at - 1].isspace():  # glued: a word in lower case ran into the first name
        glued = line[max(begin, at - _LOWER_RUN):at]
        return at if len(glued) == _LOWER_RUN and glued.isalpha() and glued.islower() else start
    before = line[begin:at].split()[-1]
    return at if before[:1].isupper() or before.endswith(".") else start


#: A slash with a space either side, setting a caption's subject apart from its credit.
_SPACED_SLASH = lazy_re.compile(r"\s/\s+")
#: A photographer's name: two to four capitalised words.
_CAPITALISED_NAME = lazy_re.compile(r"^(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])[\w.'’-]+(\s+(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])[\w.'’-]+){1,3}$")


#: A picture word closing a studio's or a photographer's name before an agency's slash ("Tada Images / Shutterstock",
#: "Jane Doe Photography / Getty Images"): the name's word, not a credit's label.
_NAME_WORD_BEFORE_SLASH = lazy_re.compile(r"(images|photos?|photography|pictures|studios?|fotos?|fotografie)\s*/\s*\S",
                                          re.IGNORECASE)
#: The name's words before it: one to three capitalised words, or a single capital (an initial, "T Photography").
_STUDIO_NAME = lazy_re.compile(r"^((?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])[\w.'’&-]*\s+){1,3}$")


def _studio_name(line: str, start: int) -> int:
    """Where a credit begins whose marker rule matched a picture word before a slash: at the capitalised name the
    word closes ("Tada Images / Shutterstock" gave "Images / Shutterstock"; noticeleft56, notices-blind17), the
    name being the segment since the last sentence end, colon, bracket or dash; ``start`` for another match."""
    if start == 0 or not _NAME_WORD_BEFORE_SLASH.match(line, start):
        return start
    begin = 0
    for b in _SEGMENT_START.finditer(line, 0, start):
        begin = b.end()
    segment = line[begin:start]
    if not _STUDIO_NAME.match(segment.lstrip()):
        return start
    return begin + len(segment) - len(segment.lstrip())


def _word_start(line: str, start: int) -> int:
    """Where the word holding a rule's match begins: a German compound's whole word
    ("Pressefoto: Jane Doe", not "foto: Jane Doe")."""
    while start > 0 and line[start - 1].isalpha() and line[start].isalpha():
        start -= 1
    return start


#: A short word of the Chinese or Japanese scripts alone (a button's or a menu's label).
_CJK_WORD = lazy_re.compile(r"^[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]{1,4}$")


def _paired_forms(text: str) -> bool:
    """Whether a bare "A / B" pairs two forms of one word, as German writes both genders ("Über
    den Autor/ die Autorin", "Leser/innen"), or two short words of the Chinese or Japanese scripts (a menu's
    pair): a heading or a phrase, not "Name / Agency"."""
    left, _, right = text.lower().partition("/")
    if _CJK_WORD.match(left.strip()) and _CJK_WORD.match(right.strip()):
        return True  # "举报/反馈", "登录/注册": a Chinese or Japanese menu's pair of words (report / feedback), no names
    stems = set(_LONG_LETTERS.findall(left))
    words = _LETTER_RUN.findall(right)
    return right.lstrip(" -").startswith("inn") or any(w != s and w.startswith(s) for w in words for s in stems)


def _close_parenthesis(line: str, start: int, text: str) -> str:
    """The credit up to the bracket that closes one opened before it: "(im Bild, Foto: Jane
    Doe), and more text" gives "Foto: Jane Doe", not the rest of the sentence."""
    if line[:start].count("(") <= line[:start].count(")"):
        return text
    depth = 0
    for k, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                return text[:k].strip()
            depth -= 1
    return text


# A reading time after a bullet, a middle dot or a bar closing the line ("Photo: Jane Roe • 3 min read", "Foto: Max
# Muster | 4 Min. Lesezeit"): the page's reading time set after the credit, no part of it. Also the page's other
# furniture after such a sign, whatever follows it (notices-left46: "Photo: Jane Roe • 3 min read • Updated", "Foto: Max
# Muster · Aktualisiert am 3. Mai", "Photo: Jane Roe | Published 2 hours ago", "| 12 comments"): the credit ends at the
# first sign before it.
_READING_TIME_AFTER = lazy_re.compile(
    r"\s*[•·|]\s*(\d{1,3}\s*(min(ute)?s?|minuten|minutos|minuti|мин\w*)\.?(\s+(read|reading|lesezeit|lesedauer|"
    r"de lecture|de lectura|de leitura|di lettura|чтени\w*))?\W{0,2}$|((last\s+)?(updated|published|posted|modified)|"
    r"(zuletzt\s+)?(aktualisiert|veröffentlicht)|mis à jour|publié le|actualizado|publicado|atualizado|aggiornato|"
    r"pubblicato|обновлено|опубликовано)\b|\d{1,5}\s+(comments?|kommentare|commentaires|comentarios|comentários|"
    r"commenti|комментари\w*)\b|(\d{1,3}\s*(min(ute)?s?|minuten|minutos|minuti)\.?\s+(read|reading|lesezeit|"
    r"lesedauer|de lecture|de lectura|de leitura|di lettura)\b))", _F)
#: The signs the page's furniture follows after a credit.
_FURNITURE_SIGNS = frozenset("•·|")


def _credit_text(line: str, start: int) -> str:
    """The credit from where its rule matched, without the sentence end or dash its rule matched
    before it, without a bracket left open or closed around it
    ("(AP Photo/Jane Doe)" gives "AP Photo/Jane Doe"; "© Jane Doe (KNA)" and "(c) Jane Doe" keep theirs), and without
    a reading time set after it ("Photo: Jane Roe • 3 min read" gives "Photo: Jane Roe"). The rules' checks read
    this bare text; :func:`as_printed` puts back the brackets the page sets around exactly it."""
    text = _close_parenthesis(line, start, line[start:].strip(" []|/").lstrip(".:–—- "))
    if not _FURNITURE_SIGNS.isdisjoint(text):
        cut = _READING_TIME_AFTER.search(text)
        if cut is not None and cut.start() > 0:
            text = text[:cut.start()]
    if text.endswith(")."):
        text = text[:-1]
    if text.startswith("(") and text[:3].lower() != "(c)" and text.count("(") > text.count(")"):
        text = text[1:]
    if text.endswith(")") and text.count(")") > text.count("("):
        text = text[:-1]
    if text.startswith("(") and text.endswith(")") and text[:3].lower() != "(c)":
        text = text[1:-1]
    return text.strip() or line

_MAX_CREDIT_LINE = 300

#: The brackets a page sets a credit in, each with its closing one.
_BRACKET_PAIRS = {"(": ")", "[": "]", "（": "）", "［": "］"}


def as_printed(line: str, text: str) -> str:
    """A credit as the page prints it: with the brackets the line sets around exactly it, spaces inside them kept
    ("... near the state line. (AP Photo/Jane Doe)" gives "(AP Photo/Jane Doe)", not "AP Photo/Jane Doe"), else as
    read. A researcher quotes a notice as the page prints it, and only the printed form is a substring of the
    archived text a quote check finds whole; the brackets are also what sets a closing credit apart from the
    caption's words (round credit57: 35 of the 54 dev labels not found whole were such credits). A credit inside a
    longer bracket ("(im Bild, Foto: Jane Doe)") is the credit alone; a text that opens with a bracket ("(c) Jane
    Doe") is left as it is."""
    if not text or text[0] in _BRACKET_PAIRS:
        return text
    at = line.find(text)
    while at >= 0:
        before = line[:at].rstrip()
        after = line[at + len(text):].lstrip()
        if before and after[:1] and _BRACKET_PAIRS.get(before[-1]) == after[0]:
            return line[len(before) - 1:len(line) - len(after) + 1]
        at = line.find(text, at + 1)
    return text
_NAME_TOKEN = lazy_re.compile(r"[^\W\d_][\w.'’&-]*")


#: How many levels up from a picture the text set directly under it is looked for (a picture in a link
#: in a paragraph in a box: the small print follows the box's picture wrapper).
_PICTURE_UP = 3


def _first_text_after(el: Any) -> str | None:
    """The text a reader sees first after ``el`` when it is one element's whole text (its tail
    blank, the next element's text): None when loose text follows the picture or nothing does."""
    node = el  # (as laid out: a <picture>, not its <img>; see archiver.extract.media.pictures)
    for _ in range(_PICTURE_UP + 1):
        if (getattr(node, "tail", None) or "").strip():
            return None  # loose text right after the picture: no element of its own
        for sib in node.itersiblings():
            if not isinstance(sib.tag, str):
                continue
            words = " ".join(sib.text_content().split())
            if words:
                return words
            if (sib.tail or "").strip():
                return None
        node = node.getparent()
        if node is None or node.tag in ("body", "html", "figure"):
            return None
    return None


#: How many small-print lines under a picture are read as its caption's lines (its subject, then its credit).
_SMALL_LINES = 3


def _small_lines_after(el: Any) -> list[str]:
    """The texts of the ``<small>`` elements that follow ``el`` as its siblings with only line breaks between
    ("<img><br><small>Jane Doe</small><br><small>Quelle: Jane Roe / Example</small>"): a picture's caption and
    its credit set as two lines of small print, the credit the second (:func:`_first_text_after` reads the first
    only). Loose text or any other element ends the run."""
    out: list[str] = []
    node = el  # (as laid out: the lines follow the <picture> or <video>, not its <img> inside)
    if (getattr(node, "tail", None) or "").strip():
        return out
    for sib in node.itersiblings():
        if not isinstance(sib.tag, str) or sib.tag == "br":
            if (sib.tail or "").strip():
                break
            continue
        if sib.tag != "small" or len(out) >= _SMALL_LINES:
            break
        words = " ".join(sib.text_content().split())
        if words:
            out.append(words)
        if (sib.tail or "").strip():
            break
    return out


#: A source's label opening a line ("Source:", "Quelle:", "Bildquelle:"; EN DE ES PT RU PL): under a picture, its
#: credit (the detector reads a line under a picture so opening as a caption; :func:`under_pictures` keeps such a line
#: after a picture's uncaptioned figure).
SOURCE_OPENS = lazy_re.compile(r"^\W{0,3}(source|quelle|fuente|fonte|источник|źródło|bildquelle)\s*:", _F)


def under_pictures(tree: object) -> frozenset[str]:
    """The texts an element sets directly under a picture outside a ``<figure>`` that holds a ``<figcaption>`` (whose
    caption the page marks itself; a figure with none sets its credit line as any box does, noticeleft49): a picture (an ``<img>``, a ``<picture>``, a video: :func:`~archiver.extract.media.pictures`),
    then, before any other text, an element's whole text. Why:
    small print right under a picture ("<img> <small>Quelle: Jane Doe</small>") is its caption
    by layout, where a "Quelle:" / "Source:" elsewhere on the page is often the text's source; the
    visible lines carry no picture, so the detector is told these texts (cheap: a page's pictures
    only). (Each picture's figures are found in one walk of its ancestors, each asked once whether it holds a
    caption: the first figure was asked twice, the ancestors walked twice; issue 13.)"""
    out: set[str] = set()
    for picture in pictures(tree):
        figures = list(picture.iterancestors("figure"))  # the nearest first
        captioned = bool(figures) and next(figures[0].iter("figcaption"), None) is not None
        if figures and not captioned:
            # a source line right after the picture's uncaptioned figure ("<div><figure><img></figure></div><p>Source:
            # World Bank</p>"): the chart's credit set under it (notices-blind26's newsletter; only a source's label, no
            # other line after a figure). After a captioned figure it is the text's source ("<figure><img>
            # <figcaption>Foto: Jane Doe</figcaption></figure><p><i>Quelle: Example Magazine 12/2013</i></p>", a
            # reprint's print issue: the picture credits itself)
            after = _first_text_after(figures[0])
            if after and len(after) <= _MAX_CREDIT_LINE and SOURCE_OPENS.match(after):
                out.add(after)
        if captioned or any(next(f.iter("figcaption"), None) is not None for f in figures[1:]):
            continue
        if _links_to_a_page(picture):
            continue  # a tile's picture: the line under it is the tile's label (b20notice)
        words = _first_text_after(picture) or _source_tail(picture)
        if words and len(words) <= _MAX_CREDIT_LINE:
            out.add(words)
        out.update(w for w in _small_lines_after(picture) if len(w) <= _MAX_CREDIT_LINE)
    return frozenset(out)


def _source_tail(picture: Any) -> str | None:
    """A source's label and name set as loose text right after a picture, closing the block that holds nothing else
    ("<p><img src=chart.png>Source: NewVantage Partners</p>", the first of a blog's seven screenshots, the six
    others "<span>Source: Salesforce</span>": notices-blind30): the picture's caption by layout as the element's
    text would be. Only a source's label (:data:`SOURCE_OPENS`): loose text after a picture is otherwise the
    paragraph's own."""
    tail = " ".join((picture.tail or "").split())
    parent = picture.getparent()
    if not tail or len(tail) > _MAX_CREDIT_LINE or parent is None or not SOURCE_OPENS.match(tail):
        return None
    if (parent.text or "").strip() or any(" ".join(el.text_content().split()) for el in picture.itersiblings(preceding=True)
                                          if isinstance(el.tag, str)):
        return None  # words before the picture in its block: a paragraph the picture sits in
    for el in picture.itersiblings():
        if isinstance(el.tag, str) and " ".join(el.text_content().split()) or (el.tail or "").strip():
            return None  # more after the source: the block's text goes on
    return tail


#: A link's target that is a picture file (the full-size picture a thumbnail opens), not another page.
_PICTURE_FILE = lazy_re.compile(r"\.(jpe?g|png|gif|webp|avif|svg|bmp|tiff?)([?#].*)?$", re.IGNORECASE)


def _links_to_a_page(picture: Any) -> bool:
    """Whether ``picture`` is a tile among tiles: wrapped in a link to another page (an app's, a service's, a teaser's:
    "<li><a href='/info/app.html'><img></a><br><small>Example App for iPhone/iPad</small></li>"), not to its own
    full-size file or an anchor of this page, in a block whose siblings hold linked pictures too (a row or list of
    tiles of the same element, each its picture's link and its label): the line set under it is the tile's label, no
    caption by layout (round b20notice: notices-blind20's app-promotion box, its small print read as picture credits).
    A lone linked picture ("<div><a href=/b><img></a><small>Quelle: Jane Doe</small></div>") keeps its caption, and
    so do an article's paragraphs of linked pictures with their captions in the next paragraph (dev13's blog:
    "<p><a href='?attachment_id=1'><img></a></p><p><small>... Image by Jane Doe, CC BY-SA 4.0.</small></p>")."""
    link = next((a for a in picture.iterancestors() if a.tag == "a"), None)
    if link is None:
        return False
    href = (link.get("href") or "").strip()
    if not href or href.startswith("#") or _PICTURE_FILE.search(href) is not None:
        return False
    tile = link.getparent()
    row = tile.getparent() if tile is not None else None
    if row is None or " ".join(tile.text_content().split()) == " ".join(link.text_content().split()):
        return False  # (the label stands in the tile beside its link; an article's "<p><a><img></a></p>" holds none)
    others = sum(1 for el in row if el is not tile and el.tag == tile.tag
                 and any(a.find(".//img") is not None for a in el.iter("a")))
    return others >= 1
