"""The page's visible lines: its text as a reader sees it, one line per run of inline content
between blocks, with each line's DOM context bits (``CTX_*``), the credit elements' parts of
lines and the spans of the words the markup hides.

Why one file of ~700 lines: it is one job, one walk of the parsed tree and one split of its
serialised text. The walk marks block boundaries and context openings and closings (:data:`_MARK`,
the ``CTX_*`` bits from tags and from class / id names, with their guard :class:`_NameGuard`),
brackets the hidden elements' words and bidi overrides, and lets lxml serialise the tree in C; the
split (:func:`_split_lines`, :func:`_split_run`) reads the marks back into lines, context bits,
credit parts and hidden spans. Each half writes what only the other reads, so they stay together;
notices, credits and the page text (:mod:`archiver.extract`) read the result, and none of it calls
trafilatura (:mod:`archiver.extract.text` is trafilatura's home).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from lxml import etree
from lxml.html import HtmlElement

from archiver.core import lazy_re
from archiver.extract.article_holder import ArticleHolders
from archiver.extract.cue_match import NeededStrings, cue_fold, known_needs
from archiver.extract.media import FALLBACK_HOLDERS
from archiver.extract.unrendered import overriding, still_unrendered, unrendered

#: What the page text leaves out with its content (their tails are shown): never shown as text
#: (scripts, styles, the head), or shown as something else (a picture, a form control), or a
#: medium's or a canvas's fallback, a gauge's words, a ``<noembed>``, ``<noframes>`` or ``<datalist>``,
#: a ruby's ``<rp>``, which no browser shows (:data:`FALLBACK_HOLDERS`).
_SKIP = frozenset(
    {"script", "style", "noscript", "template", "head", "title", "svg", "iframe", "select", "textarea",
     "math", *FALLBACK_HOLDERS}
)
_BLOCK = frozenset(
    {"address", "article", "aside", "blockquote", "br", "caption", "center", "dd", "details",
     "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
     "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
     "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "body",
     "html", "legend", "menu", "option", "button", "label", "img"}
)


# Unicode noncharacters (U+FDD0..U+FDEF, "for internal use") mark block boundaries and contexts
# while serialising: unlike private-use characters, which icon fonts put into page text, pages
# practically never carry them (a stray U+FDD0 would at worst end a line, others are ignored).
_MARK = "\ufdd0"
# Context bits for page notices (see archiver.extract.notices): an element of one of these kinds
# opens its bit with chr(_OPEN + bit) before its text and closes it with chr(_CLOSE + bit) before
# its tail, so the line split below can say which contexts hold every word of a line.
_OPEN, _CLOSE = 0xFDD1, 0xFDE1
CTX_ASIDE, CTX_SMALL, CTX_ITALIC, CTX_CAPTION, CTX_FOOTER, CTX_NAV, CTX_NOTE, CTX_LINK, CTX_COMMENT, CTX_BOX, CTX_CREDIT = (
    1 << i for i in range(11))
#: The context bits' names, in bit order (bit ``i`` is ``1 << i``): the notice models' ``ctx_<name>`` features
#: (:mod:`~archiver.extract.notice_features`) are made from this one list.
CONTEXT_NAMES = ("aside", "small", "italic", "caption", "footer", "nav", "note", "link", "comment", "box", "credit")
_N_CTX = 11
_CTX_TAGS = {
    "aside": 0, "small": 1, "em": 2, "i": 2, "cite": 2, "figcaption": 3, "figure": 3, "caption": 3,
    "footer": 4, "nav": 5, "header": 5, "menu": 5, "a": 7, "blockquote": 9,
}
# class / id words: notes and boxes, captions, footers, menus and reader comments.
_CTX_NAMES = (
    (lazy_re.compile(r"note|disclaim|correct|editor|disclos|notice|hinweis|sponsor|affiliat|advertorial|"
                r"update|errat|anmerkung|rectif"), 6),
    # (a caption in the Spanish press's classes, "PieFoto", "pie-de-foto"; the American press's "cutline"; Italian
    # "didascalia": round b16notice)
    # (not the English "pie-photo", "pie-img": a pie's picture on a recipe's page; the Spanish word with a Spanish
    # picture word or "de": noticeleft54)
    (lazy_re.compile(r"caption|credit|legend|bildunterschrift|cutline|pie[-_]?(de[-_]?)?(foto|imagen)|pie[-_]?de[-_]?(photo|img)|"
                     r"didascalia"), 3),
    (lazy_re.compile(r"footer|colophon|copyright"), 4),
    (lazy_re.compile(r"\bnav|menu|breadcrumb|masthead|topbar|navbar"), 5),
    (lazy_re.compile(r"comment|reply|kommentar|commentaire|comentario|discussion|disqus"), 8),
    (lazy_re.compile(r"\bbox|callout|alert|infobox|panel|highlight|admonition"), 9),
    (lazy_re.compile(r"sidebar|widget|related|aside"), 0),
)
# An element whose class, id or itemprop says it holds a picture's credit ("caption__credit",
# "image-credit", "media-credit", "figure__copyright", itemprop="creditText"): its text is read apart
# from the caption's sentence, so a marked credit in it ("Foto: Jane Doe", "Getty Images") is found
# whole; a bare name there is no notice (a notice is what the page says in words: see notices). It
# keeps the caption bit above (a credit sits in a caption). A site's
# or theme's credits ("site-credit", "footer-credits") and a "credit card" are no picture's credit;
# a bare "copyright" class is the site's line, unless it names the picture ("image__copyright").
_CREDIT_NAME = lazy_re.compile(
    # "firma" (the Spanish and Italian press's signature): a byline's box, but in a figure or a caption the
    # picture's signature ("<p class=figcaption>... / <span class=firma>NAME</span>"): unplaced, asked where it sits
    r"credit|photographer|fotograf|byline[-_]?photo|bildnachweis|bildrecht|urheber|firma|"
    r"(image|img|photo|foto|bild|picture|pic|media|figure|fig|caption|asset)[-_]*(copyright|rights)|"
    # the picture's agency ("article-detail__image-agency", "photo-agency"): its source's element, as a credit's is
    r"(image|img|photo|foto|bild|picture|pic)[-_]*agency|"
    # the picture's provider ("article-media__caption-provider": the agency that supplied it; round b16notice)
    r"(caption|image|img|photo|foto|media)[-_]*provider|"
    r"copyright[-_]*(image|img|photo|foto|bild|picture|holder)")
# Another kind of credit (review rvn58: a figure's "data-credit-score" span was read as its picture's credit element):
# a card's, a loan's, a rating's, a course's.
_NOT_CREDIT_NAME = lazy_re.compile(r"(site|footer|theme|design|page)[-_]*credits?|credits?[-_]*(site|footer|theme|card|design)|"
                              r"credits?[-_]*(score|rating|limit|union|report|history|check|amount|balance|hours?|points?)|"
                              r"credit[-_]*card")
# Words that hold "credit" (and "creditor" "editor") among their letters but are other words: a byline's box
# ("content-header__accreditation"), a member list ("accredited-partners"), a lender's ("creditor-list"), "discredited".
# Taken out of a name before any pattern reads it (review rvmod59: each set the caption bit through "credit", and
# "creditor" the note bit through "editor"; "accredit" only kept the credit bits off, and took them from a second
# class of the same element, "accredited image-credit"). Of the 1,564 dev pages, 6 name an element "accredit..." (class,
# id or data value), none "creditor" or "discredit"; the glued picture credits their names hold ("captioncredit",
# "imagecredit", "photocredit", "embedcredit", "credito") keep their letters.
_NOT_CREDIT_WORD = lazy_re.compile(r"accredit\w*|discredit\w*|creditor\w*")
# The writer's credit box, a class opening on "author-credit" ("author-credit__name": "By Jane Doe", "Data Analysis By
# John Roe"): the byline's, the avatar before it no picture the text credits; in a figure or its caption it is the
# picture's author ("<figcaption>Boats at dusk. <span class=author-credit>Jane Doe</span>"): asked where it sits, a
# figure only (bit 12), not beside a picture (the writer's avatar is one)
_AUTHOR_CREDIT_NAME = lazy_re.compile(r"(^|\s)(post[-_]*|article[-_]*)?author[-_]*credits?")
_CTX_CREDIT_BIT = 10
# A credit element names its picture ("image-credit", "caption__credit", "img__credit", "media-credit",
# "figure__copyright") or sits in a figure or a caption; a bare "credit" box elsewhere is as often the
# writer's ("ACredit": the byline's box). Bit 11 marks a class that says credit but names no picture,
# for the walk to ask where the element sits.
_PICTURE_NAME = lazy_re.compile(
    r"(image|img|photo|foto|bild|picture|pic|media|figure|fig|caption|legend|asset|gallery)[-_]*(credit|copyright|rights)|"
    r"(image|img|photo|foto|bild|picture|pic)[-_]*agency|(caption|image|img|photo|foto|media)[-_]*provider|"
    r"(credit|copyright)[-_]*(image|img|photo|foto|bild|picture|pic|media)|photographer|fotograf")
_CREDIT_UNPLACED = 1 << 11
_CREDIT_IN_FIGURE = 1 << 12
# An element the page's footer classes ("footer__copyright u-typo--credit", "footer-credit"): "credit" there is
# the footer's type style or the site's credits, not a picture's; it sets no caption or credit bit (issue 15,
# round 45: a German site's "© <publisher> GmbH" footer line was read as a caption's credit). A footer class that
# also names a caption or a legend keeps its caption bit.
_CAPTION_WORD = lazy_re.compile(r"caption|legend|bildunterschrift|cutline|pie[-_]?(de[-_]?)?(foto|imagen)|"
                                r"pie[-_]?de[-_]?(photo|img)|didascalia")
# A class that says the element has no caption ("no-caption", "wp-block-image--nocaption", "without-caption",
# "caption-hidden"): a theme's switch, no caption (noticeleft54: "no-caption" under a table was read as the table's
# caption, its line a data source's). Taken out of a name before the caption's words are looked for. Whole words of
# the name only: "kino-caption", "figure-caption-offset" and "image-caption-hidden-xs" (hidden on a phone's screen,
# shown on others) are captions (review rvn55).
_NO_CAPTION = lazy_re.compile(r"(?<![a-z0-9])(no|without|hide|hidden|sans|ohne|sin|disabled?)[-_]*captions?(?![a-z0-9])|"
                              r"captions?[-_]*(none|hidden|off|disabled)(?![\w-])")


def caption_classed(names: str) -> bool:
    """Whether a lower-cased class (or class and id) string names a caption: "caption", "legend", the press's words
    (:data:`_CAPTION_WORD`), not a "no-caption" switch (:data:`_NO_CAPTION`)."""
    if "caption" in names:
        names = _NO_CAPTION.sub(" ", names)
    return bool(_CAPTION_WORD.search(names))
_CTX_CAPTION_BIT = 3
# A class, id or tag read as reader comments or an aside is taken back from an element that holds the page's
# article (its headline and a third of its words: archiver.extract.article_holder): LessWrong's post body in a
# "commentOnSelection" element, a Blogger post's aside-classed body.
_COMMENT_OR_ASIDE = CTX_COMMENT | CTX_ASIDE
_SPLIT = lazy_re.compile("([\ufdd0-\ufdef])")


_TAG_BITS = {tag: 1 << bit for tag, bit in _CTX_TAGS.items()}
# The elements whose tag, class or id can set a context: blocks (walked for line breaks anyway),
# the context tags and spans (credits and notes often sit in a <span class="credit">). Walking
# every element would cost a Python proxy per element on lxml.html trees.
_WALK = tuple(sorted(_BLOCK | set(_CTX_TAGS) | {"span"}))


_NAME_BITS: dict[str, int] = {}  # class / id string -> bits; pages and sites repeat their names

#: The patterns that give a class or id string its bits (:func:`_pattern_bits`): a string none of
#: them matches sets none (the others only refine or take back what these set).
_NAME_PATTERNS = (*(pattern for pattern, _ in _CTX_NAMES), _CREDIT_NAME)
class _NameGuard(NamedTuple):
    """What the name patterns' needed strings tell, read once from the table shipped for this
    release (:mod:`archiver.extract.cue_needs`, which lists these patterns): ``any``, one automaton
    over every pattern's strings (None when one pattern's are not known: every string is then read
    by the patterns), and ``each``, each pattern's own strings in :data:`_NAME_PATTERNS`' order."""

    any: NeededStrings | None
    each: tuple[tuple[str, ...] | None, ...]


_NAME_GUARD: list[_NameGuard] = []  # made on first use, so that a command that reads no page builds nothing


def _name_guard() -> _NameGuard:
    if not _NAME_GUARD:
        each = tuple(known_needs(pattern.pattern) for pattern in _NAME_PATTERNS)
        known = all(n is not None for n in each)
        _NAME_GUARD.append(_NameGuard(NeededStrings(x for n in each for x in n or ()) if known else None, each))
    return _NAME_GUARD[0]


def _name_bits(names: str) -> int:
    """The context bits a class or id string sets (cached: pages repeat their class names).

    A string holding none of the strings the name patterns need (:func:`_name_guard`; most:
    "container", "col-md-6", "post-42") is told so by one reading of it instead of the eight
    patterns' (a page of a site not seen before reads some hundreds of new names: about half a
    millisecond of its extraction went here). The patterns are matched case-sensitively on the
    lower-cased string; their needs are those of any case-insensitive match, found in its
    :func:`cue_fold`: a superset, never a name's bit lost (tests/test_extract_speed_names.py)."""
    bits = _NAME_BITS.get(names)
    if bits is None:
        low = names.lower()
        quick = (_NAME_GUARD[0] if _NAME_GUARD else _name_guard()).any
        bits = _pattern_bits(low) if quick is None or quick.any_in(cue_fold(low)) else 0
        if len(_NAME_BITS) > 20000:  # bounded: a long batch run must not grow it forever
            _NAME_BITS.clear()
        _NAME_BITS[names] = bits
    return bits


#: The elements a data attribute of declares a picture's credit by its name or its value, as a class does
#: (round credit57: a theme's ``data-theme-key="photo-credit-creditor"``, ``data-credit``, ``data-photo-credit``):
#: found by one XPath in C, since most elements' data attributes (addresses, ids, JSON) never say so.
_DATA_CREDIT = ("descendant-or-self::*[@*[starts-with(name(), 'data-') and "
                "(contains(name(), 'redit') or contains(., 'redit'))]]")
#: A data attribute's value read as a class is: one token of letters, digits, dashes and underscores.
_DATA_TOKEN = lazy_re.compile(r"[\w-]{1,60}")
#: "credit" as a word of a data attribute's name or value (words split at dashes, underscores and a capital), perhaps
#: glued to the picture's word ("photocredit"): "data-creditor-name", "accredited", "incredible" hold its letters only
#: (review rvn58: a figure's "data-creditor-name" span was read as the picture's credit element).
_CREDIT_WORD = lazy_re.compile(r"(?<![a-z])(photo|image|img|foto|bild|picture|pic|media)?credits?(?![a-z])")
#: Where a word of a data attribute starts with a capital ("photoCredit"), read as a dash.
_CAMEL = lazy_re.compile(r"(?<=[a-z])(?=[A-Z])")


def _says_credit(name: str) -> bool:
    """Whether a data attribute's name or value holds "credit" as a word (:data:`_CREDIT_WORD`)."""
    return _CREDIT_WORD.search(_CAMEL.sub("-", name).lower()) is not None


@lru_cache(maxsize=1)
def _data_credit() -> etree.XPath:
    """:data:`_DATA_CREDIT` compiled, once, on first use."""
    return etree.XPath(_DATA_CREDIT)


def data_credit_elements(root: HtmlElement) -> list[HtmlElement]:
    """The elements of ``root`` (itself too) whose data attributes may name a credit (:func:`data_name_bits`)."""
    found = _data_credit()(root)
    return found if isinstance(found, list) else []  # (an element list, as this XPath answers)


def data_name_bits(el: HtmlElement) -> int:
    """The context bits an element's data attributes set, read as its class is (:func:`_name_bits`): the
    attribute's name after "data-" ("data-photo-credit") and a value of one token ("photo-credit-creditor"); a
    value with spaces, slashes or dots (a name, an address, JSON) is never read as a name."""
    bits = 0
    for key, value in el.items():
        if key.startswith("data-") and ("redit" in key or "redit" in value):
            if _says_credit(key[5:]):
                bits |= _name_bits(key[5:])
            if _DATA_TOKEN.fullmatch(value) and _says_credit(value):
                bits |= _name_bits(value)
    return bits


def _pattern_bits(low: str) -> int:
    """The context bits of a lower-cased class or id string, by the patterns themselves.

    Each of :data:`_NAME_PATTERNS` is searched only when the string holds one of the strings its
    matches need (:attr:`_NameGuard.each`): a name that passed :func:`_name_guard` for one pattern's
    strings ("caption") no longer compiles the others ("credit|photographer|...", ~0.2 ms of one
    ``archive URL``, issue 13); tests/test_extract_speed_names.py holds it to the unguarded reading."""
    bits = 0
    if "caption" in low:
        low = _NO_CAPTION.sub(" ", low)
    if "redit" in low:
        low = _NOT_CREDIT_WORD.sub(" ", low)
    folded = cue_fold(low)
    footer = "footer" in low
    each = (_NAME_GUARD[0] if _NAME_GUARD else _name_guard()).each
    for (pattern, bit), needs in zip(_CTX_NAMES, each[:-1], strict=True):  # (the last: _CREDIT_NAME)
        if _may_hold(needs, folded) and pattern.search(low) and not (
                footer and bit == _CTX_CAPTION_BIT and not _CAPTION_WORD.search(low)):
            bits |= 1 << bit
    if _may_hold(each[-1], folded) and _CREDIT_NAME.search(low) and not _NOT_CREDIT_NAME.search(low) and not footer:
        bits |= (1 << _CTX_CREDIT_BIT if _PICTURE_NAME.search(low) else
                 _CREDIT_IN_FIGURE if _AUTHOR_CREDIT_NAME.search(low) else _CREDIT_UNPLACED)
    return bits


def _may_hold(needs: tuple[str, ...] | None, folded: str) -> bool:
    """False when ``folded`` (a lower-cased name's :func:`cue_fold`) holds none of ``needs``, the
    strings every match of a name pattern holds: then it cannot match (see :func:`_name_bits` on
    why the needs of a case-insensitive match hold for these patterns)."""
    return needs is None or any(x in folded for x in needs)


@lru_cache(maxsize=1024)
def _marks(bits: int) -> tuple[str, str]:
    """The opening and closing marker strings for a set of context bits."""
    on = [b for b in range(_N_CTX) if bits >> b & 1]
    return "".join(chr(_OPEN + b) for b in on), "".join(chr(_CLOSE + b) for b in on)


def visible_lines(tree: HtmlElement) -> list[str]:
    """The page's visible text as lines (see :func:`visible_lines_with_context`)."""
    return visible_lines_with_context(tree)[0]


def visible_lines_with_context(tree: HtmlElement) -> tuple[list[str], list[int]]:
    """The page's visible text as lines, one per run of inline content between blocks, and for
    each line the context bits (``CTX_*``) that hold all of its words: inside an ``<aside>``, a
    caption, a note box, wholly italic, wholly a link... Notices are told apart by where they sit.

    This *consumes* ``tree`` (hidden elements are removed, block boundaries marked), so call
    it after everything else has read the tree. Working in place lets lxml do the walk and the
    serialisation in C, which keeps it a small fraction of trafilatura's own time.
    """
    lines, contexts, _ = visible_lines_with_credits(tree)
    return lines, contexts


def visible_lines_with_credits(tree: HtmlElement, hidden: list[tuple[int, int]] | None = None,
                               unshown: Sequence[HtmlElement] | None = None, *, data_credit: bool = True,
                               ) -> tuple[list[str], list[int], dict[int, tuple[str, int]]]:
    """:func:`visible_lines_with_context`, and for a line only part of which sits in a credit
    element (``CTX_CREDIT``: "<caption's sentence> <span class=credit>Jane Doe</span>" on one
    line), that part's text and its own context bits, by line index. The lines themselves are
    the same: the credit's part is read apart for notices only, the page's text is not cut.

    Given a list ``hidden``, it is filled with the spans (code-point offsets into the lines
    joined by "\n", the page text) of the words the page's markup hides
    (:func:`archiver.extract.unrendered.unrendered`): the page text keeps them, so a quote of
    them is located, and these spans say no reader saw them. The lines are the same either way.
    ``unshown``: what :func:`~archiver.extract.unrendered.unrendered` returned for ``tree`` before,
    which has only lost elements and characters since (trafilatura's stage asks first): the hidden
    elements are then taken from it (:func:`~archiver.extract.unrendered.still_unrendered`)
    instead of searched for in the tree again. ``data_credit`` False: :func:`data_credit_elements` found none in
    ``tree`` before, which has only lost elements and characters since, so none is searched for again (the search
    cost ~0.06 ms of each extraction of the batch bench's page, issue 13)."""
    body = tree.find(".//body") if tree.tag != "body" else tree
    root = body if body is not None else tree
    if hidden is not None and unshown is None:
        # searched before the templates go: a declarative shadow root's is what hides its host's children
        unshown = unrendered(root)
    etree.strip_elements(root, *_SKIP, with_tail=False)
    if hidden is not None:
        return _with_hidden(root, hidden, unshown, data_credit)
    return _lines_of(root, data_credit=data_credit)


def _with_hidden(root: HtmlElement, hidden: list[tuple[int, int]], unshown: Sequence[HtmlElement] | None = None,
                 data_credit: bool = True) -> tuple[list[str], list[int], dict[int, tuple[str, int]]]:
    """:func:`visible_lines_with_credits` with the hidden elements' words bracketed by
    :data:`_HIDE_OPEN` / :data:`_HIDE_CLOSE` (the page's own such characters dropped first, as the
    line split always dropped them: a page cannot close the bracket early), then read out as spans."""
    for found in _OWN_HIDE_MARKS(root) if _holds_hide_marks(root) else ():
        parent = found.getparent()
        if found.is_tail:
            parent.tail = _HIDE_MARKS.sub("", parent.tail)
        else:
            parent.text = _HIDE_MARKS.sub("", parent.text)
    for el in unrendered(root) if unshown is None else still_unrendered(unshown, root):
        el.text = _HIDE_OPEN + (el.text or "")
        el.tail = _HIDE_CLOSE + (el.tail or "")
    spans: dict[int, list[tuple[int, int]]] = {}
    lines, contexts, credits = _lines_of(root, spans, data_credit=data_credit)
    at = 0
    for i, line in enumerate(lines):
        for a, b in spans.get(i, ()):
            if hidden and hidden[-1][1] >= at + a - 1:  # (across a line end: one span)
                hidden[-1] = (hidden[-1][0], at + b)
            else:
                hidden.append((at + a, at + b))
        at += len(line) + 1
    return lines, contexts, credits


def _lines_of(root: HtmlElement, spans: dict[int, list[tuple[int, int]]] | None = None, *, data_credit: bool = True,
              ) -> tuple[list[str], list[int], dict[int, tuple[str, int]]]:
    """The lines of ``root``, its skipped elements already stripped (see
    :func:`visible_lines_with_credits`, and for ``data_credit``); ``spans`` filled with each line's hidden spans.

    Markup that shows what it holds in forced order (``<bdo dir="rtl">``, an inline
    ``unicode-bidi: bidi-override``: :func:`archiver.extract.unrendered.bidi_override`) gives the
    lines the override control and a PDF around it, as a page storing the controls would: the
    quote check then sees the page shows those characters in another order."""
    overrides = overriding(root)
    for el, control in overrides:
        el.text = control + (el.text or "")
    # (``iter`` with tag names yields elements only, never a comment or an entity: every tag is a
    # str; an element without attributes, most, is not asked for three; its text is read only
    # where a mark goes in front of it)
    holders = ArticleHolders(root)
    credited = {el: data_name_bits(el) for el in data_credit_elements(root)} if data_credit else {}
    for el in root.iter(*_WALK):
        tag: str = el.tag  # type: ignore[assignment]  # an element's (see above), not a comment's
        bits = _TAG_BITS.get(tag, 0)
        if tag == "figure" and _table_figure(el):
            bits = 0  # a table's figure ("wp-block-table"): its cells are no caption (b17notice); its figcaption is one
        if tag == "header" and _in_article(el):
            bits = 0  # an article's own <header> (headline, byline, lead picture) is no site menu
        if el.keys():
            cls = el.get("class")
            if cls:
                bits |= _name_bits(cls)
            ident = el.get("id")
            if ident:
                bits |= _name_bits(ident)
            if credited:
                bits |= credited.get(el, 0)
            prop = el.get("itemprop")
            if prop and _CREDIT_NAME.search(prop.lower()):  # "creditText", "copyrightHolder"
                bits |= _CREDIT_UNPLACED
            if bits & _CREDIT_UNPLACED:
                bits &= ~_CREDIT_UNPLACED
                # in a figure or a caption, or straight after its picture ("<img><span class=credit>Jane
                # Doe/Agency</span><span class=caption>...</span>": the credit glued before the caption's sentence)
                if _in_figure(el) or credit_beside_picture(el):
                    bits |= CTX_CREDIT
            if bits & _CREDIT_IN_FIGURE:
                bits &= ~_CREDIT_IN_FIGURE
                # the writer's "author-credit" box: a picture's in a figure, or right after a picture that is no portrait
                # and sits in no portrait's holder ("<img src=harbour.jpg><span class=author-credit>Jane Doe</span>")
                if _in_figure(el) or _author_credit_by_picture(el):
                    bits |= CTX_CREDIT
        if bits & _COMMENT_OR_ASIDE and holders.holds_article(el):
            bits &= ~_COMMENT_OR_ASIDE  # a post's body classed as comments or an aside: the article itself
        if tag == "cite" and (_beside_picture(el) or _closing_figcaption(el)):
            bits |= CTX_CREDIT  # "<a><img></a><div><cite>Jane Doe/Agency</cite>Caption ...</div>": the picture's source
        if bits:
            opens, closes = _marks(bits)
            if tag in _BLOCK:
                opens, closes = _MARK + opens, closes + _MARK
        elif tag in _BLOCK:
            opens = closes = _MARK
        else:
            continue
        text = el.text
        el.text = opens + text if text else opens
        tail = el.tail
        el.tail = closes + tail if tail else closes
    for el, _ in overrides:  # (after the walk: the PDF closes the override before a block's line ends)
        el.tail = _PDF + (el.tail or "")
    text = etree.tostring(root, method="text", encoding="unicode")
    return _split_lines(text) if spans is None else _split_lines(text, spans)


#: What makes a figure a picture's: a table in a figure holding none of them is the figure's content, not a layout.
_PICTURE_TAGS = ("img", "picture", "svg", "video", "iframe", "canvas", "object", "embed")


def _table_figure(el: HtmlElement) -> bool:
    """Whether a ``<figure>`` holds a table and no picture (WordPress's ``<figure class="wp-block-table">``): the
    table's cells are text of the page, no caption ("Limited design/customization" read as "Name / Agency",
    notices-blind17); a figure laying out a picture in a table keeps its caption."""
    return el.find(".//table") is not None and next(el.iter(*_PICTURE_TAGS), None) is None


def _in_article(el: HtmlElement) -> bool:
    """Whether an element sits inside an ``<article>`` or ``<main>`` (asked of ``<header>`` only:
    a page has few)."""
    return any(a.tag in ("article", "main") for a in el.iterancestors())


def _beside_picture(el: HtmlElement) -> bool:
    """Whether an element comes right after its picture: a sibling right before it, or right before the parent it
    opens, is an ``<img>`` or holds one ("<a><img></a><div><cite>Jane Doe/Agency</cite>Caption ...</div>"), with no
    words between them. Asked of ``<cite>`` and of credit-classed elements no figure holds: a ``<cite>`` elsewhere is a quotation's or a title's source, and so
    is one under a quotation (``<blockquote>``, ``<q>``) or inside running text, a picture before them or not."""
    if next(el.iterancestors("blockquote", "q"), None) is not None:
        return False
    node: HtmlElement | None = el
    while node is not None:
        before = node.getprevious()
        while before is not None and not isinstance(before.tag, str):
            before = before.getprevious()  # a comment between them
        if before is not None:
            return (before.tag == "img" or before.find(".//img") is not None) and not _has_words(before.tail)
        parent = node.getparent()
        if node is not el or parent is None or _has_words(parent.text):
            return False  # (the parent's own words before it: running text)
        node = parent
    return False


def _closing_figcaption(el: HtmlElement) -> bool:
    """Whether a ``<cite>`` closes a figure's ``<figcaption>`` after the caption's words, nothing after it ("<figcaption>
    Phoenix Sky Harbor International Airport<cite class=attribution>Jane Doe / Agency</cite></figcaption>"): HTML's
    own way to name a figure's source. Its text is read apart from the caption's sentence, as a credit element's is:
    where the layout glued the two without a space, the line's reading found only the agency ("AirportJane Doe /
    Agency" gave "Agency"; noticeleft56, notices-blind17's travel site)."""
    parent = el.getparent()
    if parent is None or parent.tag != "figcaption" or _has_words(el.tail) or el.getnext() is not None:
        return False
    return next(el.iterancestors("blockquote", "q"), None) is None


def credit_beside_picture(el: HtmlElement) -> bool:
    """Whether a credit-classed element no figure holds is its picture's credit by place: it comes right after the
    picture (:func:`_beside_picture`: "<img><span class=credit>Jane Doe/Agency</span><span class=caption>..."), and
    its text is not the picture's own alt text (a theme's "credit line" repeating the alt names who is pictured:
    "<img alt='Jane Doe'><span class='cb-credit-line'>Jane Doe</span>", dev18's LA Weekly)."""
    if not _beside_picture(el):
        return False
    text = " ".join(el.text_content().split()).casefold()
    before = el.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()
    pictures = [] if before is None else [before] if before.tag == "img" else before.findall(".//img")
    if any(_PORTRAIT.search(" ".join((img.get(a) or "") for a in ("class", "src", "alt"))) for img in pictures):
        return False  # the writer's avatar, then an author box's "By Jane Doe" (a credit-classed byline): no picture's
    return not any(" ".join((img.get("alt") or "").split()).casefold() == text for img in pictures)


def _author_credit_by_picture(el: HtmlElement) -> bool:
    """Whether an "author-credit" element no figure holds is its picture's credit by place (notices-left46): right
    after a picture (:func:`credit_beside_picture`, which refuses a portrait by the picture's own class, address or alt)
    whose holder's class or id names no portrait either (the writer's box: "author-credit__avatar-container" holding
    the avatar, then "author-credit__name": "By Jane Doe")."""
    if not credit_beside_picture(el):
        return False
    node: HtmlElement | None = el
    while node is not None:  # the element, or the ancestor it opens, whose sibling before it holds the picture
        before = node.getprevious()
        while before is not None and not isinstance(before.tag, str):
            before = before.getprevious()
        if before is not None:
            return not _PORTRAIT.search(" ".join((before.get(a) or "") for a in ("class", "id")))
        node = node.getparent()
    return False


# A picture of the writer, by its class, address or alt text ("avatar", "gravatar.com", "headshot", "/authors/jane.jpg")
_PORTRAIT = lazy_re.compile(r"(?i)avatar|gravatar|headshot|mugshot|author|profile")


def _has_words(text: str | None) -> bool:
    """Whether ``text`` (an element's text or tail, maybe holding the walk's marks) holds a letter or a digit."""
    return text is not None and any(c.isalnum() for c in text)


def _in_figure(el: HtmlElement) -> bool:
    """Whether an element sits in a figure, a figure's caption or a caption-classed box (asked of
    credit-classed elements only: a page has few)."""
    for a in el.iterancestors():
        if a.tag in ("figure", "figcaption"):
            return True
        names = f"{a.get('class') or ''} {a.get('id') or ''}".lower()
        if ("caption" in names or "legend" in names or "cutline" in names or "pie" in names
                or "didascalia" in names) and caption_classed(names):
            return True
    return False


def _split_lines(text: str, spans: dict[int, list[tuple[int, int]]] | None = None,
                 ) -> tuple[list[str], list[int], dict[int, tuple[str, int]]]:
    """Lines and, per line, the context bits open over every non-blank piece of it.

    The text is cut at the line marks first (in C); a run between two of them that holds no
    context mark (most: a paragraph, a list item) is one piece, so it is a line as it is,
    whitespace collapsed, under the contexts open at that point. Only runs with context marks
    go through the piece-by-piece walk (:func:`_split_run`). With ``spans``, the hidden marks
    (:data:`_HIDE_OPEN`, :data:`_HIDE_CLOSE`) are read too: ``spans`` gets, by line index, the
    spans of the line's characters between them.
    """
    lines: list[str] = []
    contexts: list[int] = []
    credits: dict[int, tuple[str, int]] = {}
    state = _Contexts()
    state.spans = spans
    for run in text.split(_MARK):
        if not run or run.isspace():
            continue  # (between two blocks, most often: no line, and no mark, which is no space)
        if run.isascii() or _CONTEXT_MARK.search(run) is None:
            line = " ".join(run.split())
            if line:
                lines.append(line)
                active = state.active
                contexts.append(active if active > 0 else 0)
                if state.hiding and spans is not None:
                    spans[len(lines) - 1] = [(0, len(line))]
        else:
            _split_run(run, state, lines, contexts, credits)
    return lines, contexts, credits


#: The context marks (and the page's own noncharacters, ignored) that a line's run may hold.
_CONTEXT_MARK = lazy_re.compile("[\ufdd1-\ufdef]")
#: POP DIRECTIONAL FORMATTING: closes an override :func:`_lines_of` writes.
_PDF = "\u202c"
#: What brackets the words of a hidden element when their spans are asked for (noncharacters past
#: the context marks: a run holding one goes through the piece-by-piece walk, which follows them).
_HIDE_OPEN, _HIDE_CLOSE = "\ufdee", "\ufdef"
_HIDE_OPEN_CODE = ord(_HIDE_OPEN)
_HIDE_CODES = frozenset((_HIDE_OPEN_CODE, ord(_HIDE_CLOSE)))
_HIDE_MARKS = lazy_re.compile("[\ufdee\ufdef]")
#: The text nodes that hold one of them already (the page's own: dropped before marking).
_OWN_HIDE_MARKS = etree.XPath("//text()[contains(., '\ufdee') or contains(., '\ufdef')]")


def _holds_hide_marks(root: HtmlElement) -> bool:
    """Whether a text node of ``root``'s document holds :data:`_HIDE_OPEN` or :data:`_HIDE_CLOSE`,
    i.e. whether :data:`_OWN_HIDE_MARKS` finds any (each is one character: the document's texts joined
    hold one exactly where a text node does). Why: the XPath makes the string value of every text node
    twice (~0.2 ms on the batch bench's page, issue 13); the document's text serialised in C costs a
    tenth of that, and pages practically never hold these noncharacters."""
    text = etree.tostring(root.getroottree(), method="text", encoding="unicode")
    return _HIDE_OPEN in text or _HIDE_CLOSE in text


class _Contexts:
    """The context bits open at a point of the text, with how deeply each is nested."""

    __slots__ = ("active", "depth", "hiding", "spans")

    def __init__(self) -> None:
        self.depth = [0] * _N_CTX
        self.active = 0
        self.hiding = 0  # how many hidden elements are open (only counted when spans is asked for)
        self.spans: dict[int, list[tuple[int, int]]] | None = None


def _split_run(run: str, state: _Contexts, lines: list[str], contexts: list[int],
               credits: dict[int, tuple[str, int]] | None = None) -> None:
    """One run between line marks that holds context marks: its line (if any non-blank piece)
    gets the bits open over every non-blank piece; the marks update ``state`` as they pass.
    The pieces inside a credit element are gathered too (see :func:`visible_lines_with_credits`), and where none is,
    the pieces inside a caption, when the line holds others: a caption-classed ``<span>`` glued to its sibling byline
    ("... for the family. (Jane Doe | Outlet)" + "<span class=byline>Jane Doe</span>") makes one line whose bits,
    the AND over its pieces, hold no caption bit, so the caption's own words are kept apart with their bits
    (notice71: notices-blind21's MLive caption)."""
    tokens = _SPLIT.split(run)
    if len(tokens) == 5 and _one_wrapped(tokens, state, lines, contexts):
        return
    depth = state.depth
    parts: list[str] = []
    hidden: list[bool] = []  # per piece of parts: inside a hidden element (only kept when spans are asked for)
    credit: list[str] = []
    credit_bits = -1
    caption: list[str] = []
    caption_bits = -1
    line_bits = -1  # AND over the line's pieces; -1 = no piece yet
    for i in range(0, len(tokens), 2):
        piece = tokens[i]
        if piece and not piece.isspace():
            parts.append(piece)
            hidden.append(state.hiding > 0)
            line_bits &= state.active
            if state.active & CTX_CREDIT:
                credit.append(piece)
                credit_bits &= state.active
            if state.active & CTX_CAPTION:
                caption.append(piece)
                caption_bits &= state.active
        elif piece and parts:  # the space between two inline elements ("2.0</a> <a>David")
            parts.append(" ")
            hidden.append(state.hiding > 0)
            if credit:
                credit.append(" ")
            if caption:
                caption.append(" ")
        if i + 1 >= len(tokens):
            break
        code = ord(tokens[i + 1])
        if code in _HIDE_CODES:
            if state.spans is not None:  # (else a page's own such character: ignored, as ever)
                state.hiding = state.hiding + 1 if code == _HIDE_OPEN_CODE else max(0, state.hiding - 1)
            continue
        if code < _CLOSE:
            b = code - _OPEN
            if b >= _N_CTX:  # a noncharacter of the page's own: ignored
                continue
            depth[b] += 1
            state.active |= 1 << b
        else:
            b = code - _CLOSE
            if b >= _N_CTX:
                continue
            depth[b] = max(0, depth[b] - 1)
            if not depth[b]:
                state.active &= ~(1 << b)
    if parts:
        line = " ".join("".join(parts).split())
        if line:
            lines.append(line)
            contexts.append(line_bits if line_bits > 0 else 0)
            if state.spans is not None and any(hidden):
                state.spans[len(lines) - 1] = _hidden_spans(parts, hidden)
            if credits is not None:
                _keep_part(credits, len(lines) - 1, line, line_bits,
                           (CTX_CREDIT, credit, credit_bits), (CTX_CAPTION, caption, caption_bits))


def _keep_part(credits: dict[int, tuple[str, int]], at: int, line: str, line_bits: int,
               *pieces: tuple[int, list[str], int]) -> None:
    """Keep, for line ``at``, the first of the given parts (a credit element's pieces, then a caption's: each with
    the context bit that gathered it) that holds some of the line's words, not all, where the line's own bits lack
    that context (a line wholly in a caption is read as a caption already), with the bits open over each of the
    part's pieces: the part read apart (:func:`visible_lines_with_credits`)."""
    for context, held, bits in pieces:
        if held and not line_bits & context:
            part = " ".join("".join(held).split())
            if part and part != line:
                credits[at] = (part, bits)
                return


def _hidden_spans(parts: list[str], hidden: list[bool]) -> list[tuple[int, int]]:
    """The spans of a line's hidden characters: the line is ``parts`` joined, whitespace
    collapsed (as :func:`_split_run` makes it), so each character's flag is followed through that."""
    flags: list[bool] = []
    text: list[str] = []
    for piece, flag in zip(parts, hidden, strict=True):
        for ch in piece:
            if ch.isspace():
                if text and text[-1] != " ":
                    text.append(" ")
                    flags.append(flag)
            else:
                text.append(ch)
                flags.append(flag)
    while text and text[-1] == " ":
        text.pop()
        flags.pop()
    out: list[tuple[int, int]] = []
    for i, flag in enumerate(flags):
        if flag:
            if out and out[-1][1] == i:
                out[-1] = (out[-1][0], i + 1)
            else:
                out.append((i, i + 1))
    return out


def _one_wrapped(tokens: list[str], state: _Contexts, lines: list[str], contexts: list[int]) -> bool:
    """:func:`_split_run` for the commonest run that holds context marks: one element's text
    between its own opening and closing mark, with text or nothing around it (a menu's link
    "<a>Home</a>", a sidebar's "<a>Related story</a> June 2, 2019"); False, having done
    nothing, for any other run (and for a credit element's, whose part is read apart, and a caption's with words
    outside it, whose part is read apart too: :func:`_keep_part`).

    Why: the general walk costs some microseconds a run, and menus and sidebars are made of
    such runs. Here the line is the run's text, whitespace collapsed; its bits are those open
    outside, with the element's own when the element holds all of the line's words; the
    context state is left as it was (the element's bit opened and closed again).
    tests/test_extract_speed_runs.py holds this to the general walk."""
    before, opening, text, closing, after = tokens
    b = ord(opening) - _OPEN
    if b >= _N_CTX or b == _CTX_CREDIT_BIT or ord(closing) - _CLOSE != b:
        return False
    outside = (before and not before.isspace()) or (after and not after.isspace())
    if outside and b == _CTX_CAPTION_BIT and text and not text.isspace():
        return False
    line = " ".join((before + text + after).split())
    if line:
        lines.append(line)
        contexts.append(state.active if outside else state.active | 1 << b)
        if state.hiding and state.spans is not None:
            state.spans[len(lines) - 1] = [(0, len(line))]
    return True
