"""Page notices, a picture's credit that carries no marker word ("Jane Doe", "Jane Doe/Agency",
"Example Hotel", "(Jane Doe)"), read from where the page set it rather than from its words.

Why a module of its own: every other credit form is read from a line's words
(:mod:`~archiver.extract.notice_credits`). A bare name has none, so its only evidence is the DOM:
an element the page itself declares a picture's credit (class or id "credit", "photo-credit",
"caption__credit", "photographer"; ``itemprop="author"`` / ``"creditText"`` / ``"copyrightHolder"``
of an ``ImageObject``; a ``<cite>`` in a figure), next to its own picture. Version 19 reported
any short name in a credit-classed element and lost held-out precision (.942 -> .817, 8 wrong
reports on one page), so the evidence asked for here is stronger and read on the tree, where the
picture is still in sight:

- the element says credit and names the picture, or sits in a figure or caption;
- its figure (or the element a few levels up, below ``<body>``) holds the picture itself;
- the picture is not another page's teaser: not wrapped in a link to another page, not in a card
  that carries a linked headline;
- the element is not in a menu, a sidebar, a footer or a reader comment, nor inside a link;
- its picture's markup holds no second credit text (two are a list of credits, not one picture's);
- its text is short and shaped like names (:func:`bare_name`): capitalised words, a domain, an
  agency list with slashes or "for"/"via", no digit (a date, a gallery's counter "2/12"), no
  sentence, no label or button word, not the site's own name.

:func:`dom_credits` reads the tree before the visible lines consume it; the detector
(:func:`archiver.extract.notices.find_notices`) reports such a text only where no form of its own
was found and the line holding it (or its credit element's part) is set as a caption or a credit,
not in a comment and not after the main text (where related articles' teasers are), and none on a
page yielding more than three (a gallery's or a list's names) that nothing else vouches for: a name its picture's
file name gives after a credit's sign ("...-Photo-Martin-Kaufmann_DSC7576_b.jpg") is the photographer's
(:class:`DomCredits`' ``vouched``; noticeleft49, dev10's AD Magazin, whose 17 credits the cap had dropped).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import NamedTuple
from urllib.parse import unquote

from lxml import etree
from lxml.html import HtmlElement

from archiver.core import lazy_re
from archiver.extract.caption_credits import caption_blocks, closing_span, in_quotation_figure
from archiver.extract.media import PICTURE_TAGS
from archiver.extract.notice_credit_forms import _AGENCY
from archiver.extract.notice_credits import _names_site
from archiver.extract.page_lines import (
    _CREDIT_IN_FIGURE,
    _CREDIT_NAME,
    _CREDIT_UNPLACED,
    _PICTURE_NAME,
    CTX_CREDIT,
    _author_credit_by_picture,
    _beside_picture,
    _in_figure,
    _name_bits,
    credit_beside_picture,
    data_credit_elements,
    data_name_bits,
)

# Elements worth asking: a class, id or itemprop naming a credit, and a <cite> in a figure. The page's
# attribute values are collected in C and read with one expression (~0.6 ms a page); XPath's own
# case-insensitive test, translate() on every element's class and id, cost ~5 ms. The words are the
# visible lines' own (page_lines._CREDIT_NAME: every element they read as a credit is asked) and the image
# item's maker properties ("author", "creator"; "copyrightHolder", "creditText" are credit words).
_ATTRIBUTES = ".//@class | .//@id | .//@itemprop"
_NAMES = lazy_re.compile(f"{_CREDIT_NAME.pattern}|author|creator", re.IGNORECASE)
# The itemprops that name a picture's maker or rights holder when their item is an image.
_IMAGE_PROPS = frozenset({"author", "creator", "copyrightholder", "credittext"})
_IMAGE_TYPES = lazy_re.compile(r"(ImageObject|Photograph)\b")
#: How far up from a credit element without a figure its picture is looked for.
_PICTURE_UP = 3
# Where a picture is the page's, not near one element's.
_PAGE_TAGS = frozenset({"body", "html"})
#: The longest text read as a bare credit (a few names, an agency list).
_MAX_TEXT = 80
# Where a picture's credit is none of this page's: menus, sidebars, footers, comments.
_FURNITURE_TAGS = frozenset({"nav", "aside", "footer", "menu"})
_FURNITURE_NAMES = lazy_re.compile(r"\bnav|menu|sidebar|widget|related|teaser|footer|comment|promo|recommend|"
                                   r"more-stories|newsletter|author-?(box|bio|info|card)", re.IGNORECASE)
# The article's own text ("c-entry-content", "article-body", "story__body", "post-content").
_ARTICLE_BODY = lazy_re.compile(r"(entry|article|post|story)[-_]*(content|body|text)|articlebody", re.IGNORECASE)
# A link's target that is the picture itself (a lightbox), not another page: asked of the address's
# path alone (up to its query or fragment), with no ".*" to run on (a scan from every ".jpg?" to the end
# of a long address was quadratic in its length).
_PICTURE_HREF = lazy_re.compile(r"\.(jpe?g|png|gif|webp|avif|tiff?)\Z", re.IGNORECASE)
# What a browser removes from an address before reading it (WHATWG URL: ASCII tab and newline).
_URL_DROPPED = str.maketrans("", "", "\t\n\r")


@cache
def _attributes() -> etree.XPath:
    """:data:`_ATTRIBUTES` compiled, once, on first use."""
    return etree.XPath(_ATTRIBUTES)


def _asked(tree: HtmlElement) -> tuple[list[HtmlElement], bool]:
    """The elements whose class, id or itemprop holds a credit's word (in page order), then the
    ``<cite>`` elements of figures, each once; and whether an element's data attributes may name a credit
    (:func:`~archiver.extract.page_lines.data_credit_elements` found one)."""
    found = {value.getparent(): None for value in _attributes()(tree) if _NAMES.search(value)}
    data = data_credit_elements(tree)
    found.update((el, None) for el in data)  # a data attribute naming a credit (credit57)
    if tree.find(".//figure") is not None:
        found.update((cite, None) for cite in tree.iterfind(".//figure//cite") if not in_quotation_figure(cite))
    found.update((cite, None) for cite in _cites_beside_pictures(tree))
    return list(found), bool(data)


def _cites_beside_pictures(tree: HtmlElement) -> list[HtmlElement]:
    """The ``<cite>`` elements outside any figure that come right after their picture, as the visible lines read
    them (:func:`~archiver.extract.page_lines._beside_picture`: "<a><img></a><div><cite>Jane Doe/Icon SMI</cite>
    Caption ...</div>"): the picture's credit element, a figure's ``<cite>`` is (issue 15, noticeleft: ESPN's
    "Cliff Welch/Icon SMI", no agency or marker in it, was read as a credit's form only and scored under the
    threshold). A ``<cite>`` elsewhere names a quotation's or a title's source."""
    return [cite for cite in tree.iter("cite")
            if next(cite.iterancestors("figure"), None) is None and _beside_picture(cite)]


class DomCredits(NamedTuple):
    """What :func:`dom_credits` reads: the credit texts the markup declares, and apart, those of them whose picture's
    file name vouches for the name (:func:`_file_names`): the detector's gallery cap does not count those. (Until
    noticeleft51 one set held both, a vouched text told by a control character before it.) A name crediting two
    pictures or more was tried as such evidence too: it added one wrong report on the held-out sites, counted as a
    total only, and was dropped (noticeleft49)."""

    texts: frozenset[str] = frozenset()
    vouched: frozenset[str] = frozenset()
    #: Whether an element of the tree has a data attribute that may name a credit
    #: (:func:`~archiver.extract.page_lines.data_credit_elements`): when none has, the visible lines, read from the
    #: same tree after it lost elements only, need not search again (``data_credit`` of
    #: :func:`~archiver.extract.page_lines.visible_lines_with_credits`).
    data_credit: bool = True


def dom_credits(tree: HtmlElement) -> DomCredits:
    """The whole texts (whitespace collapsed) of the elements that are, by the page's own markup,
    the credit of a picture beside them (see the module's docstring), and those whose picture's file name vouches for
    them; the tree is only read. A picture whose markup holds two credit texts or more is a list of credits ("Photo
    credits" / title / name / licence), not one picture's credit: none of its texts is kept."""
    by_picture: dict[HtmlElement, set[str]] = {}
    place = _Place()
    forms: dict[str, tuple[str, str]] = {}  # a credit element's text -> its form (tag and class)
    asked, data_credit = _asked(tree)
    for el in asked:
        if not isinstance(el.tag, str) or not _says_credit(el):
            continue
        text = " ".join(el.text_content().split())
        if text and len(text) <= _MAX_TEXT:
            place.add(by_picture, el, text)
            forms.setdefault(text, (el.tag, el.get("class") or ""))
    blocks = list(caption_blocks(tree))
    # a bracketed name closing a caption: a figure's, or an element the page classes as one ("<span class=caption>...
    # for the family. (Jane Doe | Outlet)</span>", notice71: notices-blind21's MLive page; figcaptions only before)
    for caption in dict.fromkeys([*(f for f in tree.iter("figcaption") if not in_quotation_figure(f)), *blocks]):
        closing = _closing_credit(caption)
        if closing:
            place.add(by_picture, caption, closing)
    for block in blocks:  # a caption's closing classed <span> (capcred60)
        span = closing_span(block)
        if span:
            place.add(by_picture, block, span)
    single = {holder: next(iter(texts)) for holder, texts in by_picture.items() if len(texts) == 1}
    marked = {forms[text] for text in single.values() if text in forms and _AGENCY_CLOSING.search(text)}
    vouched = frozenset(text for holder, text in single.items()
                        if _file_names(holder, text) or (marked and forms.get(text) in marked))
    return DomCredits(frozenset(single.values()), vouched, data_credit)


#: A photographer's credit to an agency or a picture library after a slash or a bar ("Tada Images / Shutterstock").
#: An element of the page's credit form (its tag and class) holding one is the page's credit element: the bare names in
#: the other elements of that form are its pictures' credits too, and the gallery cap does not count them
#: (notices-blind17's airfare ranking: "Agoda", "Google Flights" in ``<cite class="attribution">`` under screenshots
#: of those sites, the stock credits under its other pictures in the same element; round b17notice). A site's name
#: under its screenshot is its credit, by the labels' convention (blind16's car magazine: makers' names under their
#: cars).
_AGENCY_CLOSING = lazy_re.compile(r"\S\s*[/|]\s*" + _AGENCY + r"\s*$", re.IGNORECASE)


def _file_names(holder: HtmlElement, text: str) -> bool:
    """Whether a picture of ``holder`` is named, in its file's name, as the work of ``text``: a credit's sign and then
    the name's words in order ("...-Photo-Martin-Kaufmann_DSC7576_b.jpg", "Benedikta(c)JennyHaimerl-25_b.jpg", "Logen
    (33) © Alpenloge_Michael Schott.jpg": dev10's AD Magazin, noticeleft49). A file named after the pictured subject
    ("jane-doe-premiere.jpg") has no sign before the name: the gallery's slide it is. The sign is "©" or "(c)", which
    may stand a studio's word before the name (:data:`_SYMBOL_SIGN`), or a whole word ("photo", "foto", "by",
    "credit", "copyright") right before it (:data:`_WORD_SIGN`): a word sign that opens the file's name needs "by" or
    "credit" after it ("photo-by-jane-doe.jpg"), as "foto-jane-doe.jpg" or "photo-jane-doe-premiere.jpg" names the
    file's kind and its subject; and "photography-", "photos-of-", "photo-by-the-sea-jane-doe.jpg", "credit-union-"
    or "copyright-free-" before a name vouch for nothing (review rvx49: each passed the first form, which took any
    text within 24 characters after a sign's letters)."""
    words = [w for w in _NAME_WORD.findall(unicodedata.normalize("NFC", text).casefold()) if len(w) > 1]
    if not words:
        return False
    name = r"[\W_]*".join(map(re.escape, words)) + r"(?![^\W\d_])"
    symbol = re.compile(_SYMBOL_SIGN + r"[^/]{0,24}?" + name)
    word = re.compile(_WORD_SIGN + r"[\W_]*" + name)
    for img in holder.iter("img", "source"):
        for attr in ("src", "data-src", "srcset"):
            value = img.get(attr)
            if not value:
                continue
            file = _file_text(value)
            if symbol.search(file):
                return True
            for m in word.finditer(file):
                opening = not _ALNUM.search(file[file.rfind("/", 0, m.start()) + 1:m.start()])
                if m["link"] or not opening:
                    return True
    return False


#: A credit's sign in a file's name, before the name it credits (:func:`_file_names`): a symbol, then up to 24
#: characters (a studio's word: "© Alpenloge_Michael Schott"); or a whole word, then only separators, "by" or
#: "credit" (a word's start and end: not "ruby", "memphoto", "photography", "photos"); "by" not as the end of a
#: compound ("stand-by-jane-doe.jpg", "close-by", "drive-by", "fly-by", "passer-by": noticeleft51).
_SYMBOL_SIGN = r"(©|\(c\))"
_WORD_SIGN = (r"(?<![^\W\d_])(photo|foto|(?<!stand[\W_])(?<!close[\W_])(?<!drive[\W_])(?<!pass[\W_])(?<!fly[\W_])"
              r"(?<!near[\W_])(?<!lay[\W_])(?<!passer[\W_])(?<!passers[\W_])by|credit|copyright)(?![^\W\d_])"
              r"(?P<link>[\W_]+(by|von|credit|credits|par|por|di|da|de)(?![^\W\d_]))?")
_ALNUM = lazy_re.compile(r"[^\W_]")
_NAME_WORD = lazy_re.compile(r"[^\W\d_]+")


def _file_text(address: str) -> str:
    """An image address as its file's name reads: decoded (twice: pages escape the escapes, "%2520"), composed
    (a letter and its combining accent as one), case folded."""
    return unicodedata.normalize("NFC", unquote(unquote(address))).casefold()


class _Place:
    """Where one page's credit elements sit, each answer kept for the call: a page's credit elements
    often share one parent and one picture's holder (a gallery's 2,000 "photo-credit" spans asked the
    holder's whole markup once each). Made per :func:`dom_credits` call, never kept at module level,
    where it would hold page trees alive across captures."""

    def __init__(self) -> None:
        self._holders: dict[HtmlElement, HtmlElement | None] = {}  # by the credit element's parent
        self._furniture: dict[HtmlElement, bool] = {}  # by the credit element's parent
        self._teasers: dict[HtmlElement, bool] = {}  # by the holder

    def add(self, by_picture: dict[HtmlElement, set[str]], el: HtmlElement, text: str) -> None:
        """Keep a credit's text under its picture, when it has one that is no teaser's and sits outside
        the page's furniture. (Both depend on the element's ancestors only, so on its parent.)"""
        parent = el.getparent()
        if parent is None:
            return
        if parent not in self._holders:
            self._holders[parent] = _picture_of(el)
        picture = self._holders[parent]
        if picture is None:
            return
        if picture not in self._teasers:
            self._teasers[picture] = _teaser(picture)
        if parent not in self._furniture:
            self._furniture[parent] = _in_furniture(el)
        if not self._teasers[picture] and not self._furniture[parent]:
            by_picture.setdefault(picture, set()).add(text)


# A caption closing on a bracketed name after its sentence's end ("... on Nov. 8, 2023. (Jane Doe)").
_BRACKET_CLOSE = lazy_re.compile(r"(?<=[.!?…])\s+(\([^()]{3,60}\))\s*$")
#: Words a bracketed name closing a caption holds at least ("(Jane Doe)"; "(Archiv)", "(left)" hold one).
_BRACKET_WORDS = 2


def _closing_credit(caption: HtmlElement) -> str | None:
    """The bracketed name a caption block (a ``<figcaption>`` or a caption-classed element) closes on after its
    sentence ("... on Nov. 8, 2023. (Jane Doe)"), brackets kept, or None; whether it is names is judged by
    :func:`bare_name`. (A caption's
    last child element read as its credit was tried: on the dev pages it took a caption's subject,
    "<div class=credit>Jane Doe</div><div class=caption>Example Band</div>", and was not kept; a classed
    ``<span>`` closing a caption after 15 characters of its own words is read, by
    :func:`~archiver.extract.caption_credits.closing_spans`: capcred60.)"""
    whole = " ".join(caption.text_content().split())
    if not whole or len(whole) > _CAPTION_MAX:
        return None
    m = _BRACKET_CLOSE.search(whole)
    return m.group(1) if m and len(m.group(1).split()) >= _BRACKET_WORDS else None


#: The longest caption read for a credit set apart at its end.
_CAPTION_MAX = 600


def _says_credit(el: HtmlElement) -> bool:
    """Whether an element declares itself a picture's credit: its class or id (naming the picture, or
    inside a figure or caption, or right after its picture), an image item's author or credit property, or a figure's ``<cite>``."""
    tag = el.tag
    if tag == "cite":
        figure = next((a for a in el.iterancestors("figure")), None)
        if figure is None:
            return _beside_picture(el)  # right after its picture (:func:`_cites_beside_pictures`)
        return figure.find(".//blockquote") is None  # a quotation's figure cites its speaker
    prop = (el.get("itemprop") or "").lower()
    if prop:
        for name in prop.split():
            if name in _IMAGE_PROPS and _image_item(el):
                return True
    bits = _element_bits(el)
    # a class saying credit but naming no picture: in a figure or a caption, or straight after its picture, as the
    # visible lines place it (page_lines: "<img><span class=credit>Jane Doe</span><span class=caption>...")
    return bool(bits & CTX_CREDIT) or bool(bits & _CREDIT_UNPLACED and (_in_figure(el) or credit_beside_picture(el))) \
        or bool(bits & _CREDIT_IN_FIGURE and (_in_figure(el) or _author_credit_by_picture(el)))  # "author-credit": by no portrait


def _element_bits(el: HtmlElement) -> int:
    """The context bits an element's class, id and data attributes set, as the visible lines read them."""
    return _name_bits(el.get("class") or "") | _name_bits(el.get("id") or "") | data_name_bits(el)


def _image_item(el: HtmlElement) -> bool:
    """Whether an element's microdata item (its nearest ``itemscope`` above) is an image."""
    for a in el.iterancestors():
        if a.get("itemscope") is not None or a.get("itemtype"):
            return bool(_IMAGE_TYPES.search(a.get("itemtype") or ""))
    return False


def _picture_of(el: HtmlElement) -> HtmlElement | None:
    """The element that holds the credit and its picture: its figure, or the nearest of a few
    ancestors holding a picture; None when no picture is near (a site's list of credits). The climb
    stops short of ``<body>`` and ``<html>``: any picture on the page (a tracking pixel, a menu's
    logo, a footer's badge) is in them, none of it near."""
    node = el
    for depth, a in enumerate(el.iterancestors()):
        if a.tag in _PAGE_TAGS:
            return None
        node = a
        if a.tag == "figure" or depth >= _PICTURE_UP:
            break
        if any(a.find(f".//{t}") is not None for t in PICTURE_TAGS):
            return a
    if any(node.find(f".//{t}") is not None for t in PICTURE_TAGS):
        return node
    return _picture_box(el)


# A box the page names as its picture's ("article-detail__image-wrap", "photo-container", "media__frame").
_PICTURE_BOX = lazy_re.compile(r"(image|img|photo|foto|bild|picture|pic|media|figure)[-_]*(wrap|wrapper|container|holder|box|frame)",
                               re.IGNORECASE)


def _picture_box(el: HtmlElement) -> HtmlElement | None:
    """The box holding a credit element that names its picture, where the picture itself is not in the markup yet
    (a script loads it into an empty placeholder): the element's parent when its class or id names a picture's box
    ("<div class=image-wrap><span class=thumb></span><span class=image-agency>Jane Doe/Outlet</span></div>") and
    the element's own class names the picture's credit or agency (page_lines' picture-naming credit classes: a bare
    "credit" there is as often the writer's). Issue 15, noticeleft: E! Online's "Craig McDean/GQ" under such a
    placeholder, two of them on its page. Else None."""
    parent = el.getparent()
    if parent is None:
        return None
    own = f"{el.get('class') or ''} {el.get('id') or ''}"
    names = f"{parent.get('class') or ''} {parent.get('id') or ''}"
    return parent if _PICTURE_BOX.search(names) and _PICTURE_NAME.search(own.lower()) else None


def _teaser(holder: HtmlElement) -> bool:
    """Whether a picture belongs to another page's teaser: its picture wrapped in a link to another
    page, or its card (the holder or the element around it) carrying a linked headline."""
    for t in PICTURE_TAGS:
        for pic in holder.iter(t):
            link = next((a for a in pic.iterancestors("a")), None)
            if link is not None and _elsewhere(link.get("href") or ""):
                return True
    card = holder.getparent()
    if card is not None and len(card.text_content()) > _CARD_TEXT:
        card = None  # the article's body around an inline picture, not a card
    return any(box is not None and box.xpath("boolean(.//*[self::h2 or self::h3 or self::h4][.//a])")
               for box in (holder, card))


def _elsewhere(href: str) -> bool:
    """Whether a link's address leads to another page, read as a browser reads it (tab, newline and
    carriage return removed, the query and fragment apart): not empty, not the page's own fragment
    ("#"), not a picture file (a lightbox's full-size image)."""
    address = href.translate(_URL_DROPPED).strip()
    if not address or address.startswith("#"):
        return False
    path = address.split("#", 1)[0].split("?", 1)[0]
    return not _PICTURE_HREF.search(path)


#: The most text a teaser's card holds around its picture (a headline, an excerpt, a date).
_CARD_TEXT = 600


def _in_furniture(el: HtmlElement) -> bool:
    """Whether an element sits inside a link, a menu, a sidebar, a footer or a comment (by tag, or by
    the class or id of an element between it and the article's own text or ``<body>``). A box named a widget and
    nothing else of the furniture's words is one only outside the article's own text: inside it, it is the article's
    embedded picture or video ("<div class=entry-content> ... <div class='embeddedMedia entry_widget_large'><img>
    <span class=caption>...</span>": notice71, notices-blind21's MLive page; a related-stories box there is still
    furniture by its own word, and a teaser's picture by :func:`_teaser`)."""
    widget = False
    for a in el.iterancestors():
        if a.tag == "a" or a.tag in _FURNITURE_TAGS:
            return True
        if a.tag in ("article", "main"):
            return False
        if a.tag in ("body", "html"):
            break  # a page-wide class ("siteheader-site-navigation" on <body>) says nothing of one element
        names = f"{a.get('class') or ''} {a.get('id') or ''}"
        if _ARTICLE_BODY.search(names) or a.get("itemprop") == "articleBody":
            return False  # inside the article's own text: the layout's wrappers above it ("l-sidebar-fixed") are no sidebar
        if names.strip() and _FURNITURE_NAMES.search(names):
            if _FURNITURE_NAMES.search(_WIDGET.sub(" ", names)):
                return True
            widget = True
    return widget


# The one furniture word an article's own embedded media box may carry ("entry_widget_large", "embed-widget").
_WIDGET = lazy_re.compile(r"widget", re.IGNORECASE)


# A name's word: capitalised, all capitals, a domain ("ortwinklipp.de"), initials ("J."), with
# apostrophes and hyphens ("O'Neil", "Jean-Luc").
_WORD = lazy_re.compile(r"^(?:[^\W\d_][\w'’.-]*)$")
# What separates names in an agency list ("Jane Doe/Agency", "Jane Doe | Agency", "Jane Doe for Example",
# "Jane Doe via Example", "Jane Doe and John Roe", "Hotel & Spa").
_SEPARATORS = frozenset({"/", "|", ",", "&", "+", "-", "–", "—", "·", "•"})
_JOINS = frozenset({"for", "für", "pour", "para", "per", "для", "via", "and", "und", "et", "y", "e", "и",
                    "of", "the", "de", "da", "di", "do", "dos", "das", "del", "della", "des", "du", "la", "le",
                    "van", "von", "der", "den", "zu", "bei", "at", "on", "im", "am", "in"})
# A label, a button's or a widget's word, a credit word alone: no one's name.
_NOT_NAME_WORDS = (
    "photo photos foto fotos bild bilder image images picture pictures credit credits crédit crédits crédito créditos "
    "credito crediti copyright source sources quelle quellen fuente fuentes fonte fontes источник фото imagen imagem "
    "immagine illustration illustrations grafik abbildung courtesy getty share teilen partager compartir condividi "
    "compartilhar поделиться zoom enlarge vergrößern agrandir ampliar ingrandisci увеличить close schließen fermer "
    "cerrar chiudi fechar закрыть expand more mehr plus más altro mais ещё gallery galerie galería galleria галерея "
    "view ansehen voir ver vedi click klicken cliquez clicca clique нажмите previous next zurück weiter précédent "
    "suivant anterior siguiente precedente successivo próximo назад далее advertisement anzeige werbung publicidad "
    "publicité pubblicità sponsored video play loading menu home")
_NOT_NAMES = frozenset(_NOT_NAME_WORDS.split())
#: The most words a bare credit holds beside its separators and joining words.
_MAX_WORDS = 7


def bare_name(text: str, site: frozenset[str] = frozenset()) -> bool:
    """Whether a text is shaped like a picture's bare credit: names, an agency or a domain, perhaps
    in an agency list ("Jane Doe/Agency", "Jane Doe for Example News", "Example Hotel & Spa") or
    in brackets ("(Jane Doe)"); no digit, no sentence, no label or button word, not the site's own
    name. In any language: the words are not read, only their form."""
    inner = text.strip()
    if inner[:1] in "([" and inner[-1:] in ")]":
        inner = inner[1:-1].strip()
    if not 2 <= len(inner) <= _MAX_TEXT or any(ch.isdigit() for ch in inner) or ":" in inner or "@" in inner:
        return False
    if inner[-1:] in "!?" or (inner[-1:] == "." and not _initial_or_domain(inner.split()[-1])):
        return False  # a sentence, not a name
    words = []
    for raw in inner.replace("/", " / ").replace("|", " | ").replace(",", " , ").split():
        if raw in _SEPARATORS:
            continue
        if raw.casefold() in _JOINS:
            continue
        if not _WORD.match(raw):
            return False
        words.append(raw)
    if not 1 <= len(words) <= _MAX_WORDS:
        return False
    if any(w[0].islower() and not _initial_or_domain(w) for w in words):
        return False  # a phrase ("Die schönsten Bilder", "photo by"), not names
    if all(w.lower().strip(".") in _NOT_NAMES for w in words):
        return False
    if not any(sum(ch.isalpha() for ch in w) >= 2 for w in words):
        return False
    return not _names_site(inner, site)  # the site's own name, as a "© ..." credit's is judged


def _initial_or_domain(word: str) -> bool:
    """An initial ("J.") or a domain ("ortwinklipp.de", "onmeth.com")."""
    w = word.rstrip(".")
    return (len(w) == 1 and w.isalpha()) or ("." in w and w.split(".")[-1].isalpha() and len(w.split(".")[-1]) >= 2)
