"""Main text (via trafilatura), the parsed tree, and links cited in the body.

trafilatura is our dependency for main-text work and this is its one home module. We build one
explicit, fixed set of options (no deduplication across calls, no comments, our own copy of its
configuration) so the same bytes and versions always give the same text, and we turn its
"``None`` means something went wrong" into an empty result the caller can reason about.

The page's visible lines (the page text, their DOM context bits, credit parts and hidden spans)
are :mod:`archiver.extract.page_lines`' job: one walk of the tree parsed here, which calls
nothing of trafilatura's.

Why one file of ~700 lines: it is trafilatura's one home module. Every call into trafilatura
(options, parsing, its metadata steps, main text) and what reads trafilatura's results (the
boilerplate filter of its paragraphs, the links its paragraphs cite) sit here, so a trafilatura
upgrade is checked in one place.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from copy import deepcopy
from typing import Any, NamedTuple

from lxml import etree
from lxml import html as lxml_html
from lxml.html import HtmlElement
from trafilatura import metadata as traf_meta
from trafilatura.core import bare_extraction
from trafilatura.metadata import extract_metadata
from trafilatura.settings import DEFAULT_CONFIG, Document, Extractor, set_date_params
from trafilatura.utils import is_dubious_html, load_html, repair_faulty_html

from archiver.core import lazy_re
from archiver.extract import dateparse, traf_prune
from archiver.extract.account_ui import account_block
from archiver.extract.asides import asides
from archiver.extract.control_values import show_control_values
from archiver.extract.cue_match import Folding
from archiver.extract.generated_content import show_generated_content
from archiver.extract.html import absolute_url, raise_scripts
from archiver.extract.media import FALLBACK_HOLDERS, holds_fallback, shown_text, unnest_voids
from archiver.extract.model import Link
from archiver.extract.quirks import quirks_mode
from archiver.extract.source_fixes import (
    content_after_root_end,
    merge_repeated_root_tags,
    unbalanced_noscript_as_text,
)
from archiver.extract.traf_author import author_and_element
from archiver.extract.traf_json_guard import within_budget
from archiver.extract.traf_layout import as_laid_out
from archiver.extract.unrendered import MARKED_XPATH, blank, mark, unblank, unmark, unrendered

logger = logging.getLogger(__name__)

dateparse.install()  # htmldate's dateparser fallback, without every locale's regex (see dateparse)

#: Pages this process has handed trafilatura (see :func:`_selectors_when_worth_it`).
_pages_extracted = 0


def _selectors_when_worth_it() -> None:
    """Put trafilatura's pruning and container XPaths' selectors in place (:func:`traf_prune.install`)
    at this process's second page, not at import. Why: ``install`` holds each selector to its
    XPath on a probe tree first, ~9-11 ms once a process (load ~13; most of it lxml compiling
    trafilatura's patterns for the probe), and the selectors save ~2.5 ms a page: a one-page
    ``archive URL`` would pay more than it saves. A batch's fork server extracts two warm-up
    pages (``batch_workers.warm_up``), so its workers are forked with the selectors in place;
    ``reindex``, ``reextract`` and a many-URL ``archive`` take them from their second page.
    The output is the same either way (the selectors answer as the XPaths do)."""
    global _pages_extracted
    _pages_extracted += 1
    if _pages_extracted == 2:
        traf_prune.install()

# One fixed configuration object: trafilatura's packaged defaults, as its settings module read them
# on import (``DEFAULT_CONFIG``, what ``use_config()`` returns; reading the file again cost 0.1-0.3 ms
# of one ``archive URL``, issue 13). Never changed here.
_CONFIG = DEFAULT_CONFIG

_WS = lazy_re.compile(r"\s+")


#: trafilatura's parser (``trafilatura.utils.HTML_PARSER``: same options), with lxml's C-level
#: element class lookup instead of lxml.html's Python one. Why: lxml.html asks a Python method
#: which class to give every element each time Python touches it, and trafilatura's and our
#: own walks touch some 2,000 per page (about 1 ms of the 20 KB benchmark page). The classes
#: are lxml.html's own (``HtmlElement`` and its comment, PI and entity kinds); only the form
#: controls' extra classes (``FormElement``, ``InputElement``...) are plain ``HtmlElement``
#: here, and neither trafilatura, htmldate nor this package uses their extra methods.
#: Copies of a tree (trafilatura makes several) keep their parser, and so this lookup.
_PARSER = lxml_html.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8",
                               remove_comments=True, remove_pis=True)
_PARSER.set_element_class_lookup(etree.ElementDefaultClassLookup(
    element=lxml_html.HtmlElement, comment=lxml_html.HtmlComment, pi=lxml_html.HtmlProcessingInstruction,
    entity=lxml_html.HtmlEntity))


#: A numeric character reference to a character XML cannot hold: a C0 control other than tab, line
#: feed and carriage return, U+FFFE, U+FFFF ("&#8;", "&#x1B;", "&#8" unclosed as in "&#8#8212;"). The HTML
#: standard keeps the control (a parse error; nothing a reader sees), libxml2 puts it into the tree,
#: and lxml then refuses every text set on that element ("All strings must be XML compatible"): the
#: readers that mark a tree's lines failed the whole extraction. U+0000 libxml2 already reads as
#: U+FFFD, and a literal control byte it drops; these references are dropped as those bytes are.
_XML_UNSAFE_REFERENCE = lazy_re.compile(
    r"&#(?:0*(?:[1-8]|1[124-9]|2[0-9]|3[01]|6553[45])(?![0-9])"
    r"|[xX]0*(?:[1-8bBcCeEfF]|1[0-9a-fA-F]|[fF]{3}[eEfF])(?![0-9a-fA-F]));?")


def parse_html(text: str) -> HtmlElement | None:
    """Parse decoded HTML into an lxml tree the way trafilatura expects (comments removed), with
    what libxml2 nested under a void element put back after it, as a browser parses the page
    (:func:`~archiver.extract.media.unnest_voids`)."""
    text = content_after_root_end(unbalanced_noscript_as_text(text))
    if "&#" in text:
        text = _XML_UNSAFE_REFERENCE.sub("", text)
    try:
        tree = _parse(text)
        tree = tree if tree is not None else load_html(text)
        tree = tree if tree is not None else _whole_document(text)
    except (TypeError, ValueError) as exc:  # malformed beyond repair
        logger.debug("html parse failed: %s", exc)
        return None
    if tree is not None:
        merge_repeated_root_tags(text, tree)  # a second <body hidden> hides the page, as in a browser
        unnest_voids(tree)  # nothing inside a <source>, <embed>, <wbr>... for any reader, trafilatura's too
        raise_scripts(tree)  # "10<sup>6</sup>" is read as 10⁶ by every reader of the tree
        show_generated_content(tree, quirks_mode(text))  # ".neg::before{content:'not '}": the words a reader is shown
        show_control_values(tree)  # "the pier is <input value='not'> safe": a control's words inside a sentence
    return tree


def _parse(text: str) -> HtmlElement | None:
    """trafilatura's ``load_html`` for a decoded page, parsed with :data:`_PARSER`; None where
    its path would leave the first parse (an XML encoding declaration, an empty or dubious
    tree), so that ``load_html`` itself decides those pages exactly as before."""
    beginning = text[:50].lower()
    html = repair_faulty_html(text, beginning)
    try:
        tree: HtmlElement = lxml_html.fromstring(html, parser=_PARSER)
    except Exception:  # noqa: BLE001 - load_html handles (and logs) every parse failure
        return None
    if tree is None or len(tree) < 1 or (is_dubious_html(beginning) and len(tree) < 2):
        return None
    return tree




def _whole_document(text: str) -> HtmlElement | None:
    """The page parsed as a whole document, for a page trafilatura's ``load_html`` refuses: no "html"
    in its first 50 characters and one element at its top (``<body><p>A</p><!-- ...``, ``<p>A<br/>B</p>``,
    a lone ``<a>`` around the text). Chromium shows such a page's text; ``load_html`` took it for
    something that is not HTML (a fragment) and extraction gave no text at all (ext62). The body
    was already read as HTML (:func:`archiver.core.readable.is_extractable`). None when the
    document holds no text."""
    try:
        tree: HtmlElement = lxml_html.document_fromstring(repair_faulty_html(text, text[:50].lower()), parser=_PARSER)
    except Exception:  # noqa: BLE001 - lxml's ParserError for a document with nothing in it
        return None
    return tree if tree is not None and tree.text_content().strip() else None


class MainText(NamedTuple):
    """What trafilatura gave us: the paragraphs and its own metadata document."""

    paragraphs: tuple[str, ...]
    document: Any  # trafilatura.settings.Document, or None when it found no article
    #: the document's date came from htmldate's extensive search only (:func:`page_date`)
    date_searched: bool | DateSearch = False
    #: the elements :func:`~archiver.extract.unrendered.unrendered` found in the caller's tree,
    #: in document order, for :func:`~archiver.extract.page_lines.visible_lines_with_credits`
    #: (which would otherwise search the tree for them a second time)
    unrendered: tuple[HtmlElement, ...] = ()


#: trafilatura's readability/justext fallback (``compare_extraction``, on unless ``fast=True``)
#: stays on, though it costs about a tenth of the extraction's CPU: measured with
#: ``bench/bench_extract.py --only fallback`` (paired bootstrap over pages, 95% intervals of
#: "without - with"), the ScrapingHub set (181 pages, 5 change) gains a little without it (F1
#: +0.002 [-0.005, +0.010]), but the text segments of metadata/expected.jsonl (990 pages, 73
#: change) lose recall (0.942 -> 0.930, [-0.022, -0.004]) and F1 (0.928 -> 0.922, [-0.011,
#: -0.001]): 42 pages keep under half their text (a 36 KB essay cut to a 400-character teaser).
_TEMPLATE = Extractor(
    config=_CONFIG,
    output_format="python",
    comments=False,
    links=False,
    tables=True,
    images=False,
    dedup=False,
    url=None,
    with_metadata=True,
)
_EXTENSIVE_DATES = _CONFIG.getboolean("DEFAULT", "EXTENSIVE_DATE_SEARCH")


def _options(url: str | None) -> Extractor:
    """The options ``Extractor(..., url=url, with_metadata=True)`` would build, from a template.

    ``Extractor.__init__`` reads eight values through ``configparser`` (a quarter of a
    millisecond per page); they never change, so each call copies the template's slots and
    sets only what depends on the call: the URL (and ``source``, derived from it as
    ``__init__`` derives it), fresh blacklists, and the date parameters, whose ``max_date`` is
    today's date. tests/test_capture_cpu_paths.py holds this to the constructor's result.
    """
    options = Extractor.__new__(Extractor)
    for name in Extractor.__slots__:
        setattr(options, name, getattr(_TEMPLATE, name))
    url = url or None
    options.url = url
    options.source = url and url.encode("utf-8", "replace").decode("utf-8")
    options.author_blacklist = set()
    options.url_blacklist = set()
    options.date_params = set_date_params(_EXTENSIVE_DATES)
    return options


_LINK_BLOCKS = frozenset({"p", "li", "blockquote", "dd", "td", "figcaption", "h2", "h3", "h4", "pre"})


def link_candidates(tree: HtmlElement, within: str | None = None) -> list[tuple[str, str, str]]:
    """Every ``<a href>`` inside a paragraph-like block: (href as written, anchor, block text).

    ``within`` (the main text, whitespace collapsed) skips blocks that are not part of it:
    only those can be cited (see :func:`cited_links`), and most links sit in menus and footers.
    The href is made absolute only for the few links :func:`cited_links` keeps: resolving
    every navigation link of a page cost more than finding them.
    """
    blocks: dict[Any, str | None] = {}
    out: list[tuple[str, str, str]] = []
    tokens: frozenset[str] | None = None  # within's words, once enough anchors asked (:func:`_outside`)
    asked = 0
    for a, block in _anchors_in_blocks(tree):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        if block not in blocks:
            if within is not None:
                asked += 1
                if tokens is None and asked > _TOKENS_AFTER:
                    tokens = frozenset(within.split())
                if _outside(a.text, within, tokens):
                    blocks[block] = None
                    continue
            blocks[block] = _block_text(block, within)
        para = blocks[block]
        if para is None:
            continue
        anchor = " ".join(a.text_content().split())
        if anchor:
            out.append((href, anchor, para))
    return out


def _block_text(block: Any, within: str | None) -> str | None:
    """A block's whole text, whitespace collapsed (= ``_WS.sub(" ", ...).strip()``), when ``within``
    (the main text) holds it (or there is no ``within``); else None.

    A block holding a ``<video>`` or an ``<audio>`` is looked up a second time without their fallback
    (:func:`~archiver.extract.media.shown_text`): the main text may hold the paragraph with it (as the
    page's markup has it) or without it (as a browser shows it, and as trafilatura leaves it when it
    drops the medium), and the paragraph's own links are cited either way."""
    whole = " ".join(block.text_content().split())
    if within is None or (len(whole) >= 20 and whole in within):
        return whole
    if not holds_fallback(block):
        return None
    shown = " ".join(shown_text(block).split())
    return shown if len(shown) >= 20 and shown in within else None


def _outside(text: str | None, within: str, tokens: frozenset[str] | None = None) -> bool:
    """Whether an anchor's own leading text (``a.text``), whitespace collapsed, is missing from
    ``within``: then so is its block's whole text, and the block's ``text_content`` (an XPath
    call per block; most blocks with links are menus and sidebars) need not be read.

    Why that holds: the text is a contiguous part of the block's text, and collapsing
    whitespace keeps a part's collapsed form inside the whole's collapsed form (a word cut at
    the part's edge is still a substring of the longer word it joins), so a block whose text
    ``within`` holds holds this text too. tests/test_extract_speed_links.py checks it.

    ``tokens`` (``within``'s whitespace-separated words, when the caller has made them) answers
    most texts of three words or more without looking for them along ``within``: each of their
    inner words stands between two spaces wherever the text does, so it is a word of ``within``
    if the text is in it. Why: a sidebar's links each looked along the whole main text (~1.5 us
    a link on the batch page, 72 links; issue 13).
    """
    if not text:
        return False
    words = text.split()
    if tokens is not None and len(words) > 2 and not tokens.issuperset(words[1:-1]):
        return True
    part = " ".join(words)
    return bool(part) and part not in within


#: The anchors whose text is looked for along the main text before its words are made a set for
#: :func:`_outside` (making it costs about as much as sixteen looks).
_TOKENS_AFTER = 16


_ANCHOR_OR_BLOCK = ("a", *sorted(_LINK_BLOCKS), *sorted(FALLBACK_HOLDERS))


def _anchors_in_blocks(tree: HtmlElement) -> list[tuple[Any, Any]]:
    """Every ``<a>`` inside a paragraph-like block, in document order, with its innermost such block;
    none in a ``<video>``'s, an ``<audio>``'s or another :data:`FALLBACK_HOLDERS` element's content (a
    browser shows none of it: a canvas's fallback links either).

    One walk of the tree in C, reporting only anchors, blocks and media (start and end), with the open
    blocks on a stack: half the cost of looking up each anchor's ancestors. ``str.split`` and
    ``\\s`` agree on what whitespace is (``str.isspace``), so the texts are collapsed alike.
    """
    stack: list[Any] = []
    out: list[tuple[Any, Any]] = []
    in_media = 0
    for event, el in etree.iterwalk(tree, events=("start", "end"), tag=_ANCHOR_OR_BLOCK):
        tag = el.tag
        if tag == "a":
            if event == "start" and stack and not in_media:
                out.append((el, stack[-1]))
        elif tag in FALLBACK_HOLDERS:
            in_media += 1 if event == "start" else -1
        elif event == "start":
            stack.append(el)
        else:
            stack.pop()
    return out


def cited_links(candidates: list[tuple[str, str, str]], text: str, base_url: str | None, *,
                flat: str | None = None) -> tuple[Link, ...]:
    """Links cited in the article: those whose enclosing paragraph made it into ``text``,
    made absolute against ``base_url`` (a link that cannot be is left out).

    Asking trafilatura to keep links costs it a fifth of its time; matching paragraphs back is
    cheap and keeps navigation, share and related-article links out.

    ``flat`` is ``text`` with every whitespace run made one space, when the caller has it
    already (the article's paragraphs joined by a space: each is collapsed, see
    :func:`main_text` and :func:`remove_boilerplate`); collapsing a page's text again cost a
    tenth of a millisecond.
    """
    if flat is None:
        flat = _WS.sub(" ", text)
    seen: set[tuple[str, str]] = set()
    out: list[Link] = []
    found: dict[str, bool] = {}
    for href, anchor, para in candidates:
        if para not in found:
            found[para] = len(para) >= 20 and para in flat
        if not found[para]:
            continue
        url = absolute_url(base_url, href)
        if url and (url, anchor) not in seen:
            seen.add((url, anchor))
            out.append(Link(url=url, text=anchor))
    return tuple(out)


def _document_metadata(tree: HtmlElement, options: Extractor) -> tuple[Document, bool | DateSearch]:
    """trafilatura's ``extract_metadata`` as ``bare_extraction`` runs it, less the three fields
    nothing here reads (categories, tags, licence: a twentieth of the extraction's time), and
    whether its date came from htmldate's extensive search only (:func:`page_date`).

    The steps and their order are trafilatura's own (2.x, ``metadata.extract_metadata``), so
    the title, author, URL and site name are exactly the ones it gives; the date is htmldate's
    on the page without its comments and related-story lists (:func:`page_date`). Its author guess
    from the layout is never a name in the site's account or session interface (:func:`layout_author`).
    """
    date_config = {**options.date_params}
    metadata = traf_meta.examine_meta(tree)
    if metadata.author and " " not in metadata.author:
        metadata.author = None
    try:
        with within_budget(tree):  # (its reader's time grows with the square of a hostile script's length)
            metadata = traf_meta.extract_meta_json(tree, metadata)
    except Exception as exc:  # noqa: BLE001 - trafilatura guards its JSON-LD reader the same way
        logger.debug("trafilatura JSON metadata failed: %s", exc)
    if not metadata.title:
        metadata.title = traf_meta.extract_title(tree)
    if not metadata.author:
        metadata.author = layout_author(tree)
    if not metadata.url:
        metadata.url = traf_meta.extract_url(tree, options.url)
    if metadata.url:
        metadata.hostname = traf_meta.extract_domain(  # type: ignore[attr-defined]  # trafilatura imports it from its utils without re-exporting
            metadata.url, fast=True)
    date_config["url"] = metadata.url
    metadata.date, searched = page_date(tree, date_config)
    if not metadata.sitename:
        metadata.sitename = traf_meta.extract_sitename(tree)
    if metadata.sitename:
        metadata.sitename = metadata.sitename.lstrip("@")
        if metadata.sitename and "." not in metadata.sitename and not metadata.sitename[0].isupper():
            metadata.sitename = metadata.sitename.title()
    elif metadata.url:
        match = traf_meta.META_URL.match(metadata.url)
        if match:
            metadata.sitename = match[1]
    metadata.filedate = date_config.get("max_date")
    metadata.clean_and_trim()
    return metadata, searched


#: How many account blocks the author guess passes over before it gives up (:func:`layout_author`).
_ACCOUNT_GUESSES = 3


def layout_author(tree: HtmlElement) -> str | None:
    """trafilatura's author guess from the page's layout (:func:`~archiver.extract.traf_author.extract_author`:
    its answer, in a tenth of its time), but never a name read in the site's account or session interface
    (:func:`~archiver.extract.account_ui.account_block`): a user menu's "Logged in as <span class=author>Max
    Mustermann</span> · Log out" names the reader who captured the page (issue 15). Such a block's words are
    blanked for the next guess, which goes on to the page's next author-like element, and put back."""
    saved: list[tuple[Any, bool, str | None]] = []
    try:
        for _ in range(_ACCOUNT_GUESSES):
            author, el = author_and_element(tree)
            block = account_block(el) if author and el is not None else None
            if block is None:
                return author
            saved.extend(blank([block]))
        return None
    finally:
        unblank(saved)


def _guess_again(doc: Any, tree: HtmlElement) -> None:
    """Give ``doc`` (trafilatura's own metadata, from ``bare_extraction`` or ``extract_metadata``) the
    author :func:`layout_author` gives, when its author is trafilatura's guess read in an account block."""
    if doc is None or not doc.author:
        return
    author, el = author_and_element(tree)
    if not author or el is None or " ".join(author.split()) != " ".join(doc.author.split()) or account_block(el) is None:
        return  # a declaration's author (trafilatura guesses only when the page declares none), or no account's
    again = layout_author(tree)
    doc.author = " ".join(again.split()) if again else None


def _extract(tree: HtmlElement, url: str | None, prune: list[str] | None = None,
             ) -> tuple[Any, Any, bool | DateSearch]:
    """(trafilatura's text document or None, its metadata document, whether the date came from
    htmldate's extensive search only) for ``tree``, untouched.

    As ``bare_extraction(with_metadata=True)`` does: metadata first, then the text extraction,
    which works on its own copy of the tree (``bare_extraction`` copies a tree it is given).
    The metadata steps only read the tree (htmldate copies it before it prunes, the author
    search reads it in place), so they read the caller's tree itself: no copy of a copy, half a
    millisecond on a typical page; tests/test_extract_speed_copies.py holds them to leaving the
    tree as it was.
    Without a URL, trafilatura takes the page's canonical URL for the text stage too, so that
    case keeps the plain call, and its date is asked again as :func:`page_date` asks it.
    ``prune`` (XPath expressions) goes to trafilatura, which removes what they select from its
    copy before any of its text stages (its readability/justext fallback and baseline included).
    """
    _selectors_when_worth_it()
    if url is None:
        doc = bare_extraction(tree, options=_options(url), prune_xpath=prune)
        searched: bool | DateSearch = False
        if isinstance(doc, Document):
            doc.date, searched = page_date(tree, {**_options(None).date_params, "url": doc.url})
            _guess_again(doc, tree)
        return doc, doc, searched
    options = _options(url)
    options.with_metadata = False
    meta, searched = _document_metadata(tree, options)
    return bare_extraction(tree, options=options, prune_xpath=prune), meta, searched


class DateSearch:
    """Whether only htmldate's extensive search found a page's date ``found`` (true when its plain
    search gives another answer), found when first read (``bool()``), on a copy of the page as
    :func:`page_date` gave it to htmldate (its asides out).

    Why: the answer is read only when nothing the page declares, nor its dateline or URL, gives
    that day (``metadata._unbacked_guess``), which is known after the page's lines are read, when
    the tree has been changed; htmldate's second call cost ~0.3 ms of the batch bench's page, a
    dated one, and the copy ~0.06 ms (issue 13). The copy is the input htmldate reads anyway: it
    copies the tree it is given (``deepcopy``) before cleaning it, and reads nothing the copy leaves
    out. tests/test_extract_date_search.py holds the answer to the eager call's.
    """

    __slots__ = ("_answer", "_config", "_found", "_tree")

    def __init__(self, tree: HtmlElement, date_config: dict[str, Any], found: str) -> None:
        self._tree = tree
        self._config = date_config
        self._found = found
        self._answer: bool | None = None

    def __bool__(self) -> bool:
        if self._answer is None:
            self._answer = traf_meta.find_date(  # type: ignore[attr-defined]
                self._tree, **{**self._config, "extensive_search": False}) != self._found
        return self._answer


def page_date(tree: HtmlElement, date_config: dict[str, Any]) -> tuple[str | None, bool | DateSearch]:
    """htmldate's date for the page read without its comments and related-story lists, and
    whether only its extensive search found it.

    Why the asides are taken out: htmldate reads the whole page, and a page without a date of
    its own gave a reader's comment's date ("March 1, 2023 at 4:12 pm") or a related story's as
    the article's. They are detached from the caller's tree for htmldate's call and put back in
    place after it (htmldate reads its own copy), so no copy of the tree is made here.
    Why the second answer: the extensive search reads dates out of any text (a "© 2019" footer, a
    year in a headline or a link, a Hijri calendar line, a sentence) and fills in day and month; the
    caller checks such a date against how the page prints it (:mod:`archiver.extract.printed_dates`,
    ``metadata._unbacked_guess``). When htmldate found a date by its extensive search, the second
    answer is a :class:`DateSearch`, asked only if read (see there).
    """
    taken = []
    for el in asides(tree):
        parent = el.getparent()
        if parent is not None:
            taken.append((parent, parent.index(el), el))
            parent.remove(el)
    try:
        found: str | None = traf_meta.find_date(  # type: ignore[attr-defined]  # htmldate's, imported by trafilatura.metadata
            tree, **date_config)
        searched: bool | DateSearch = False
        if found and date_config.get("extensive_search"):
            searched = DateSearch(deepcopy(tree), date_config, found)
    finally:
        for parent, index, el in reversed(taken):
            parent.insert(index, el)
    return found, searched


def main_text(tree: HtmlElement, url: str | None, *, quirks: bool = False) -> MainText:
    """Run trafilatura once on ``tree`` (it works on its own copy) for text and metadata.

    What the markup says a reader is not shown (:mod:`archiver.extract.unrendered`) is left out
    of the text, and its words are out of the tree while trafilatura's metadata and htmldate read it
    (:func:`~archiver.extract.unrendered.blank`: a hidden "By ..." or date is not the page's). Why here and by
    trafilatura's own pruning: trafilatura drops inline
    ``display:none`` in its main stage only, and its fallbacks read the unpruned tree, so hidden
    words reached the article text. Why marks: the caller's tree keeps every element for the
    page text; the elements are marked, trafilatura prunes the marked ones from its copy, and
    the marks are taken off again, so no second copy of the tree is made.
    """
    found = tuple(unrendered(tree, quirks))  # (quirks: the page's rendering mode, archiver.extract.quirks)
    words = blank(found)  # trafilatura's metadata and htmldate read the caller's tree: no hidden word is theirs
    try:
        return _main_text(tree, url, found)
    finally:
        unblank(words)


def _main_text(tree: HtmlElement, url: str | None, found: tuple[HtmlElement, ...]) -> MainText:
    hidden = mark(list(found))
    layout = as_laid_out(tree, found)
    searched: bool | DateSearch
    try:
        doc, meta, searched = _extract(tree, url, [MARKED_XPATH] if hidden else None)
    except Exception as exc:  # noqa: BLE001 - a bug in a dependency must not lose the capture
        logger.warning("trafilatura failed on %s: %s", url, exc)
        doc = meta = None
        searched = False
    finally:
        unmark(hidden)
        layout.undo()
    if not isinstance(doc, Document):  # None (as_dict is off, so never a dict)
        # No article text, but the page still describes itself (title, date, site name).
        try:
            copy = deepcopy(tree)
            with within_budget(copy):  # (its JSON-LD reader, as in _document_metadata)
                meta = extract_metadata(copy, url or None)
            if meta is not None:
                meta.date, searched = page_date(tree, {**_options(url).date_params, "url": meta.url})
                _guess_again(meta, tree)
        except Exception as exc:  # noqa: BLE001 - same reason as above
            logger.warning("trafilatura metadata failed on %s: %s", url, exc)
            meta = None
        return MainText((), meta, searched, found)
    # " ".join(line.split()) is _WS.sub(" ", line).strip(): both take str.isspace as whitespace
    paragraphs = tuple(p for p in (" ".join(line.split()) for line in (doc.text or "").split("\n")) if p)
    return MainText(paragraphs, meta, searched, found)


_F = re.IGNORECASE
#: Phrases that make a short paragraph boilerplate wherever they stand in it, by a word each
#: of them holds whatever its alternatives (its cue).
_PHRASES_BY_CUE: dict[str, tuple[str, ...]] = {
    "share": (r"(click|tap|use|hit) the share buttons?", r"share (this|the) (article|story|post|page) (with|on)",
              r"please share (this|the)"),
    "forward": (r"forward this article",),
    "crosspost": (r"crosspost (it )?on",),
    "teilen": (r"teilen sie (diesen|den) (artikel|beitrag)",),
    "partagez": (r"partagez cet article",),
    "comparte": (r"comparte (este|esta) (artículo|nota)",),
    "поделитесь": (r"поделитесь (этой )?(статьей|новостью)",),
    "newsletter": (r"(sign up|subscribe|register) (for|to) (our|the|my) (free )?(daily |weekly )?(e-?mail )?newsletter",
                   r"newsletter (abonnieren|bestellen)", r"zum newsletter anmelden"),
    "vous": (r"(inscrivez|abonnez)-vous à (notre|la) (newsletter|lettre)",),
    "suscríbete": (r"suscríbete a (nuestro|nuestra|el|la) (boletín|newsletter)",),
    "подпишитесь": (r"подпишитесь на (нашу )?рассылку",),
    "cookie": (r"we use cookies", r"this (site|website) uses cookies", r"wir verwenden cookies",
               r"diese (website|webseite|seite) (verwendet|nutzt) cookies", r"nous utilisons des cookies",
               r"utilizamos cookies", r"мы используем (файлы )?cookie"),
}
_INLINE_PHRASES = "|".join(p for phrases in _PHRASES_BY_CUE.values() for p in phrases)
_INLINE = lazy_re.compile(_INLINE_PHRASES, _F)
#: The letters the cues begin with (matched case-insensitively, as the phrases are).
_CUE_FIRST = "cfnpstvпс"
#: Why the cues: at every position of a paragraph the regex engine tried each of the 22
#: phrases in turn (1.3 ms on the benchmark page, the dearest of our own text passes). A
#: paragraph in which no cue occurs (most) is answered by this pattern alone, whose look-ahead
#: rejects most positions with one class test (0.2 ms); the answer is the same, since every
#: phrase holds its cue. tests/test_extract_speed.py checks both facts for every phrase.
_CUES = lazy_re.compile(rf"(?=[{_CUE_FIRST}])(?:{'|'.join(_PHRASES_BY_CUE)})", _F)
#: Paragraphs that are boilerplate from their first character ("Related: ...", a bare
#: "URL of this article"): anchored, so tried at the start only (every branch opens with ``^``:
#: its ``match`` is its ``search``); behind its needed strings
#: (:class:`~archiver.extract.cue_match.Folding`), so a page none of whose short paragraphs holds
#: one of the words does not compile it (issue 13), and behind how its matches open, so a paragraph
#: whose first word opens otherwise (most) is not folded for the needed strings either (~0.04 ms of
#: the batch page's 36 short paragraphs).
_WHOLE = Folding(lazy_re.compile(
    r"^url of this article:?|^\W*(related|read more|more from|recommended|see also|lesen sie auch|"
    r"mehr zum thema|à lire aussi|lire aussi|te puede interesar|читайте также)\b.{0,80}$",
    _F,
), opening=True)


#: The few characters that the regex engine, case-blind, takes for a cue's letter though their
#: lower case (``str.lower``) is not that letter: dotted and dotless I, the long s and the old
#: Cyrillic letter forms (U+1C80..U+1C88); see :func:`_inline_phrase`. A string looked for one
#: character at a time (substring tests, in C), not a character class: compiling the class cost
#: ~0.1 ms of one ``archive URL`` (issue 13), and the twelve tests are quicker than its search.
_CASE_ODD = "\u0130\u0131\u017f" + "".join(map(chr, range(0x1C80, 0x1C89)))


#: Each cue's phrases as one pattern, compiled when a paragraph first holds that cue.
_INLINE_BY_CUE = {cue: lazy_re.compile("|".join(phrases), _F) for cue, phrases in _PHRASES_BY_CUE.items()}


def _inline_phrase(para: str) -> bool:
    """Whether :data:`_INLINE` is found in ``para``: searched for the phrases of the cues it holds only.

    Why: a short paragraph holding one cue ("share") compiled all 22 phrases (~0.5 ms of one
    ``archive URL``, issue 13). Every phrase holds its cue, and in a paragraph without the odd
    letters of :data:`_CASE_ODD` (every other character is case-blind equal to a cue's letter exactly
    when its lower case is that letter; tests/test_extract_speed_cues.py derives the odd ones from
    ``re`` itself) a cue occurs exactly when its lower case is a substring, so the phrases of the
    other cues cannot match: the same answer (tests/test_extract_speed_cues.py)."""
    if para.isascii() or not _holds_odd(para):
        low = para.lower()
        for cue in _PHRASES_BY_CUE:  # (plain loops: a generator's cost was half of this on most paragraphs)
            if cue in low and _INLINE_BY_CUE[cue].search(para) is not None:
                return True
        return False
    return _CUES.search(para) is not None and _INLINE.search(para) is not None


def _holds_odd(para: str) -> bool:
    """Whether ``para`` holds a letter of :data:`_CASE_ODD`."""
    for ch in _CASE_ODD:  # noqa: SIM110 - a plain loop: ``any`` over a generator cost twice as much
        if ch in para:
            return True
    return False


def _boilerplate_phrase(para: str) -> bool:
    """Whether ``para`` holds a share prompt, a newsletter or cookie banner, or is a "related" line."""
    if _inline_phrase(para):
        return True
    return _WHOLE.match(para) is not None


_BIO = lazy_re.compile(
    r"\bcan be (reached|contacted) at\b|\b(is|was) a research associate\b|"
    r"\bvisit (his|her|their) (blog|website|site|web site)\b|"
    r"\bfollow (him|her|them) on (twitter|x|facebook|instagram)\b|"
    r"\b(his|her|their) (new|latest) book\b|\blives (and works )?in [A-Z][\w .]+\.\s*$",
    re.UNICODE,
)
#: One of these every match of :data:`_BIO` holds (case-sensitive, as it is): a paragraph without them is not
#: tried, nor the pattern compiled for it (issue 13).
_BIO_NEEDS = ("can be ", " a research associate", "visit ", "follow ", " book", "lives ")
# "Stephen Lendman, Global Research, 2019": what is left of a copyright line at the end.
_CREDIT_TAIL = lazy_re.compile(r"^(copyright|©|\(c\))|^[^.]{3,80},\s*(19|20)\d{2}\.?$", re.IGNORECASE)
_BARE_URL = lazy_re.compile(r"^(https?://|www\.)\S+$|^[*•·—–-]+$")
_SHORT = 300
_BIO_TAIL = 8  # author bios sit in the last paragraphs


def remove_boilerplate(paragraphs: tuple[str, ...], notice_texts: tuple[str, ...],
                       whole_only: Callable[[str], bool] | None = None) -> tuple[str, ...]:
    """Drop share prompts, newsletter/cookie banners, author bios, stray URLs and notices.

    Notices are reported separately, so they are removed from the text: a paragraph that is
    mostly a notice is dropped, a notice embedded in a longer paragraph is cut out of it, unless
    ``whole_only`` says it is a notice only where the page set it (a form read only in a caption,
    such as "Foto Jane Doe" without a colon: inside a paragraph the same words are the
    sentence's). ``whole_only`` is asked only of a notice found inside a longer paragraph, and
    once per notice: most notices never are, and the test (re-reading the notice's form) cost
    more than the rest of this function.
    """
    asked: dict[str, bool] = {}

    def kept_whole(notice: str) -> bool:
        if whole_only is None:
            return False
        if notice not in asked:
            asked[notice] = whole_only(notice)
        return asked[notice]

    out: list[str] = []
    n = len(paragraphs)
    for i, para in enumerate(paragraphs):
        if _BARE_URL.match(para):
            continue
        if len(para) < _SHORT and _boilerplate_phrase(para):
            continue
        if i >= n - _BIO_TAIL and len(para) < 2 * _SHORT and (any(s in para for s in _BIO_NEEDS) and _BIO.search(para) or _CREDIT_TAIL.search(para)):
            continue
        for notice in notice_texts:
            if notice in para:
                if len(notice) * 2 >= len(para):
                    para = ""
                    break
                if kept_whole(notice):
                    continue  # a credit that is a bare name ("Example Hotel") is also a word of the text
                para = _WS.sub(" ", para.replace(notice, " ")).strip()
        if para:
            out.append(para)
    return tuple(out)
