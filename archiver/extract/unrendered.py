"""Which elements of a page the page's own markup says a reader is not shown.

An evidence tool must not vouch for words no reader saw as the article's words. What the HTML
itself says (no stylesheet needed) is read here, by class:

* ``<template>`` (never rendered) and ``<noscript>`` (rendered only where scripts are off; a
  reader's browser runs them, and our browser captures do);
* an element with the ``hidden`` attribute, ``hidden="until-found"`` included: that one is shown
  only when a reader searches the page for its very words or follows a link to them, so a reader
  reading the page never saw it;
* a ``<dialog>`` without ``open``; a popover (any element with the ``popover`` attribute, which a
  page opens only by a click or a script: ``display: none`` until then; a ``<dialog popover open>``
  is shown);
* a ``<details>`` without ``open``, its ``<summary>`` included: the rest is shown only after a
  click, and an archive cannot say anyone clicked (the element goes whole: a text node beside
  the summary cannot be cut out on its own, and the summary is a label);
* an inline style ``display:none``, ``visibility:hidden`` / ``collapse`` or
  ``content-visibility:hidden``, or one that leaves the words laid out but shows them to nobody:
  a zero ``font-size`` (``0``, ``0px``, ``0em``...; the ``font`` shorthand's size too, as in
  ``font:0/0 a``), or any that draws the words smaller than a pixel: a size below 1px (``0.01px``,
  ``0.4pt``; relative units at a browser's default 16px), ``calc()``, ``min()``, ``max()`` and
  ``clamp()`` computed; a ``transform`` squeezing a 16px line below a pixel along some direction
  (``scale(0)``, ``scaleY(.01)``, ``rotateX(90deg)``, a zero ``matrix()``), ``scale: 0``,
  ``zoom: 0.001`` (extractor 57: each was ``exact`` for a forged quote) (read as CSS reads it:
  the last declaration wins, ``!important`` beats it, a declaration a browser drops as invalid counts for nothing, comments
  and escapes are decoded). An inline ``display`` other than ``none`` on a ``hidden`` element or
  closed ``<dialog>`` shows it again, as in a browser;
* a ``<video>``, an ``<audio>`` or an ``<object>`` (:data:`~archiver.extract.media.FALLBACK_HOLDERS`):
  what it holds is its fallback ("Your browser does not support the video tag", a download link),
  shown by no browser that plays or shows the medium. trafilatura's main stage deletes the three,
  but its fallback extractors read them: a short page's article text was a video's fallback. So
  with the other elements whose content no browser renders (same set): a ``<canvas>``'s fallback, an
  ``<iframe>``'s own text, the words in a ``<meter>`` or a ``<progress>`` (drawn as a gauge), a
  ``<noembed>``, a ``<noframes>``, a ``<datalist>`` (review 21 F2: a quote through a canvas's fallback
  verified ``exact``), a ruby's ``<rp>`` (its fallback parentheses; one an inline style shows is a
  ``<span>`` by then: :func:`archiver.extract.media.unnest_voids`);
* the children of a declarative shadow root's host (``<div><template shadowrootmode="open">``) that
  no ``<slot>`` of the shadow root takes, and the host's own text when no default slot does: a
  browser shows the shadow root in their place (extractor 58; the template itself, which is shown,
  is in neither text, as every ``<template>``);
* the whole page, when its root hides it: ``<html hidden>`` or an inline ``display:none`` there
  reaches ``<body>``, and a repeated ``<body ...>`` or ``<html ...>`` tag anywhere in the page gives
  the root its hiding attributes, as a browser's parser does (:func:`archiver.extract.source_fixes.merge_repeated_root_tags`,
  extractor 59: a second ``<body hidden>`` made a page no reader saw a word of ``exact``);
* a ``<select>``: a form control, which the page text leaves out (one option shown in the box, the
  others on a click); trafilatura's fallback extractors read every option as article text;
* a ``<title>`` outside the ``<head>`` (one in the body, one an SVG holds): the user agent's
  ``display: none`` (ext62: ``<p>A</p><title>B</title>`` in a body, or a ``<title>`` after a ``<p>``
  that closed the head, Chromium 156 shows A only; B was article text, ``exact``). The page text
  never read titles.

* an element that strikes its words through (``<del>``, ``<s>``, ``<strike>``, ``text-decoration: line-through``):
  shown, but withdrawn ("will <del>not</del> pay" says the company will pay), so never the page's words
  (:mod:`archiver.extract.struck`, lead54).

``aria-hidden`` hides from screen readers only: the words are on the screen, so it is not read
here. Nor is text an inline style moves off-screen, colours as its background or makes
transparent (``opacity:0``: "reveal on scroll" and fade-in designs hold real paragraphs so until a
script shows them, and a forger's ``opacity:0.01`` would pass anyway): the markup
cannot say where a reader scrolled (carousels and "read more" panels move real article text out
of view) nor what lies behind it. What the page's own ``<style>`` rules hide (a class, an id, a
selector with ``display:none``, ``font-size:0``...) is read by :mod:`archiver.extract.style_rules`
(extractor 60) and joins these elements (:func:`unrendered`); what a linked stylesheet or a script
hides cannot be known without rendering the page: a browser capture (``archive --browser``)
records the page as rendered.

These elements are left out of the article text (:func:`archiver.extract.text.main_text`); the
page text keeps all but ``<template>``, ``<noscript>``, a ``<select>`` and the content of the
:data:`~archiver.extract.media.FALLBACK_HOLDERS` (shown to no
reader, where the others may be shown after a click, a search or a script), so a quote of such
words is still located; the extraction names their spans of the page text (``page_text_hidden``,
:func:`archiver.extract.page_lines.visible_lines_with_credits`), and verify-quote answers ``altered``
(``not_shown``) for a quote of them: no reader saw them.

Why one file of ~505 lines: it is the one list of what markup hides (each class above and its reading), which
the extraction, the quote check and the style pass all ask; split, the classes would be read in two places.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any

from lxml import etree

from archiver.extract.content_replaced import IMAGE_CONTENT, replaced_by_content
from archiver.extract.css_sizes import (
    LENGTH,
    SMALLER,
    factor,
    factors,
    font_size,
    shorthand_size,
    transform_functions,
)
from archiver.extract.css_vars import declared, may_take
from archiver.extract.media import FALLBACK_HOLDERS
from archiver.extract.struck import struck_through
from archiver.extract.style_texts import may_hide, page_styles

#: The attribute :func:`mark` sets, with a value no page can know in advance: a page that
#: carries the attribute itself cannot make us drop its visible text.
MARK_ATTRIBUTE = "data-archiver-unrendered"
MARK_VALUE = secrets.token_hex(8)
#: The XPath (for trafilatura's ``prune_xpath``) that selects the marked elements.
MARKED_XPATH = f'//*[@{MARK_ATTRIBUTE}="{MARK_VALUE}"]'

#: The candidates, found in C: only these are looked at in Python. Those an attribute may hide, by
#: one XPath; those their tag may hide, by one walk of the tree (:func:`_candidates`).
_BY_ATTRIBUTE = etree.XPath("//@style/.. | //@hidden/.. | //@popover/..")
_BY_TAG = ("template", "noscript", "select", "dialog", "details", "title", *sorted(FALLBACK_HOLDERS))

_COMMENT = re.compile(r"/\*.*?(\*/|$)", re.S)
_ESCAPE = re.compile(r"\\([0-9a-fA-F]{1,6})[ \t\r\n\f]?|\\(.)", re.S)
_HIDING = {"display": ("none",), "visibility": ("hidden", "collapse"), "content-visibility": ("hidden",)}
#: The properties :func:`style_values` reads: those of :data:`_HIDING`; those that leave the words
#: laid out but draw them smaller than a pixel, to nobody: ``font-size`` (the ``font`` shorthand sets it
#: too), ``transform``, ``scale`` and ``zoom`` (:data:`SMALLER`); and ``opacity``, read but not
#: hiding (what scripts fade in: see the module docstring).
_READ = (*_HIDING, "font-size", "font", "opacity", "unicode-bidi", "direction", "transform", "scale", "zoom")
#: Values any property takes (CSS-wide keywords), and a function computed later: valid, never hiding.
_GLOBAL = frozenset(("inherit", "initial", "unset", "revert", "revert-layer"))
_DISPLAY_WORDS = frozenset((
    "none", "contents", "block", "inline", "run-in", "flow", "flow-root", "table", "flex", "grid", "ruby",
    "list-item", "math", "inline-block", "inline-table", "inline-flex", "inline-grid", "table-row-group",
    "table-header-group", "table-footer-group", "table-row", "table-cell", "table-column-group",
    "table-column", "table-caption", "ruby-base", "ruby-text", "ruby-base-container", "ruby-text-container",
    "-webkit-box", "-webkit-inline-box", "-ms-flexbox", "-ms-inline-flexbox", "-ms-grid", "-ms-inline-grid",
    "-moz-box", "-moz-inline-box"))
_KEYWORDS = {"visibility": frozenset(("visible", "hidden", "collapse")),
             "content-visibility": frozenset(("visible", "auto", "hidden")),
             "unicode-bidi": frozenset(("normal", "embed", "isolate", "bidi-override", "isolate-override",
                                        "plaintext")),
             "direction": frozenset(("ltr", "rtl"))}


def _unescape(match: re.Match[str]) -> str:
    if match.group(1) is not None:
        code = int(match.group(1), 16)
        return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"
    return match.group(2)


def _valid(name: str, value: str) -> str | None:
    """``value`` as the property ``name`` takes it (``font`` read as the ``font-size`` it sets),
    or None when a browser drops the declaration as invalid: an earlier one then still holds
    (``display:none; display:bogus`` hides)."""
    if value in _GLOBAL or "var(" in value:
        return value
    if name == "display":
        return value if value and all(word in _DISPLAY_WORDS for word in value.split()) else None
    if name in _KEYWORDS:
        return value if value in _KEYWORDS[name] else None
    if name == "font-size":
        return font_size(value)
    if name == "font":
        return shorthand_size(value)
    if name == "transform":
        return value if value == "none" or transform_functions(value) is not None else None
    if name == "scale":
        return value if value == "none" or factors(value.split(), 3) is not None else None
    if name == "zoom":
        zoom = factor(value)
        return value if value == "normal" or (zoom is not None and zoom >= 0) else None
    # opacity: a number or a percentage (clamped to [0, 1] when painted)
    m = LENGTH.fullmatch(value)
    return value if "(" in value or (m is not None and m.group(2) in (None, "%")) else None


@lru_cache(maxsize=4096)
def style_values(style: str) -> tuple[tuple[str, str], ...]:
    """The values an inline ``style`` gives ``display``, ``visibility``, ``content-visibility``,
    ``font-size`` (the ``font`` shorthand's size included) and ``opacity``, as CSS resolves them:
    of the valid declarations of a property, an ``!important`` one beats the others and a later
    one an earlier one of the same weight; one a browser drops as invalid counts for nothing.
    Values are lower-cased, without ``!important``; properties the style does not set are absent."""
    return tuple(sorted((name, value) for name, (_, value) in style_declarations(style).items()))


@lru_cache(maxsize=4096)
def style_declarations(style: str) -> dict[str, tuple[bool, str]]:
    """:func:`style_values` of an inline ``style``, each value with whether it is ``!important``
    (what a stylesheet's rule needs to beat it: :mod:`archiver.extract.style_rules`). Not to be
    changed by the caller (cached)."""
    text = _ESCAPE.sub(_unescape, _COMMENT.sub("", style))
    declarations = []
    for declaration in text.split(";"):
        name, colon, value = declaration.partition(":")
        name = name.strip().lower()
        if not colon or name not in _READ:
            continue
        value = " ".join(value.split()).lower()
        important = value.endswith("important") and "!" in value
        if important:
            value = value[:value.rindex("!")].strip()
        declarations.append((name, value, important))
    return resolve_declarations(declarations)


def resolve_declarations(declarations: Iterable[tuple[str, str, bool]]) -> dict[str, tuple[bool, str]]:
    """The value each property read here (:data:`_READ`) wins among ``declarations`` (lower-case
    name, lower-case value without ``!important``, whether it was ``!important``) of one style
    or one rule, in order, with whether it is ``!important``: an important one beats the others,
    a later one an earlier one of the same weight, one a browser drops as invalid counts for
    nothing; ``font`` is read as the ``font-size`` it sets."""
    won: dict[str, tuple[bool, str]] = {}
    for name, value, important in declarations:
        if name not in _READ:
            continue
        valid = _valid(name, value)
        if valid is None:
            continue
        name = "font-size" if name == "font" else name
        if name not in won or important or not won[name][0]:
            won[name] = (important, valid)
    return won


def hides(name: str, value: str) -> bool:
    """Whether the resolved ``value`` of property ``name`` hides the words as :func:`_hidden_by_style` reads it."""
    if name in _HIDING:
        return value in _HIDING[name]
    return name in SMALLER and SMALLER[name](value)


def hides_through_vars(name: str, value: str, customs: Mapping[str, set[str]]) -> bool:
    """Whether ``value`` of property ``name``, which reads custom properties, may come to a value that hides
    (:func:`archiver.extract.css_vars.may_take` over the page's declared ``customs``)."""
    if "var(" not in value:
        return False
    for each in may_take(value, customs):
        valid = _valid(name, each)
        if valid is not None and hides(name, valid):
            return True
    return False


def page_customs(el: Any) -> dict[str, set[str]]:
    """The custom properties ``el``'s page declares (:func:`archiver.extract.css_vars.declared`): in its screens'
    ``<style>`` texts and its ``style`` attributes."""
    root = el.getroottree().getroot()
    return declared([text for text, _ in page_styles(root)] + [str(v) for v in root.xpath("//@style[contains(., '--')]")])


def _hidden_by_style(values: tuple[tuple[str, str], ...]) -> bool:
    """Hidden by an inline style: not laid out (``display``), laid out but not drawn
    (``visibility``, ``content-visibility``), drawn smaller than a pixel (``font-size``,
    ``transform``, ``scale``, ``zoom``: :data:`SMALLER`; a font size: every glyph of the element is
    that small, a descendant's own size set by a stylesheet the markup cannot show; an inline one
    set again is rare, and read as hidden, the safe side). Moved off-screen, coloured as
    its background or transparent (``opacity``: what scripts fade in) is not read as hidden: the markup alone cannot say where the page is scrolled (carousels,
    "read more" panels) or what lies behind the text."""
    return any(hides(name, value) for name, value in values)


#: The bidirectional overrides a page text is given for markup that states one (LRO, RLO).
LRO, RLO = "\u202d", "\u202e"
#: The elements that may state an override: a ``<bdo>``, or an inline style that may name one
#: (CSS is case-insensitive; an escaped one holds a backslash). Found in C, by the attribute axis (the
#: style values' elements): testing every element for a style cost twice as much (issue 13).
_MAY_OVERRIDE = etree.XPath(
    "//bdo | //@style[contains(translate(., 'OVERID', 'overid'), 'override') or contains(., '\\')]/..")


def bidi_override(el: Any) -> str | None:
    """The override (:data:`RLO` or :data:`LRO`) that ``el``'s markup forces on what it holds, or None.

    A ``<bdo>`` and an inline ``unicode-bidi: bidi-override`` / ``isolate-override`` show the
    characters they hold in the order their direction (``dir``, or an inline ``direction``) says,
    whatever those characters are: ``<bdo dir="rtl">12</bdo>`` shows "21". A left-to-right override
    is named only over text holding right-to-left letters: over any other text it shows what is
    stored. An override whose direction the markup does not state is not named (it is the page's,
    which a stylesheet may set)."""
    values = dict(style_values(el.get("style"))) if el.get("style") else {}
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    bidi = values.get("unicode-bidi", "bidi-override" if tag == "bdo" else "normal")
    if bidi not in ("bidi-override", "isolate-override"):
        return None
    direction = values.get("direction") or (el.get("dir") or "").strip().lower()
    if direction == "rtl":
        return RLO
    if direction == "ltr" and any(_right_to_left(piece) for piece in el.itertext()):
        return LRO
    return None


def _right_to_left(text: str) -> bool:
    import unicodedata

    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text if ord(ch) >= 0x590)


def overriding(tree: Any) -> list[tuple[Any, str]]:
    """Every element of ``tree`` whose markup forces an override (:func:`bidi_override`), with it."""
    out = []
    for el in _MAY_OVERRIDE(tree):
        control = bidi_override(el)
        if control is not None:
            out.append((el, control))
    return out


def _shown_by_style(values: tuple[tuple[str, str], ...]) -> bool:
    """An inline ``display`` other than ``none``: it beats the user agent's ``display: none``
    for ``[hidden]`` and ``dialog:not([open])``."""
    return any(name == "display" and value not in ("none", "", "revert", "revert-layer")
               for name, value in values)


def shown_by_inline_style(style: str) -> bool:
    """Whether an inline ``style`` gives an element a ``display`` other than ``none`` (:func:`style_values`):
    that beats the user agent's ``display: none`` (an ``<rp>``'s: :func:`archiver.extract.media.unnest_voids`)."""
    return _shown_by_style(style_values(style))


def is_unrendered(el: Any) -> bool:
    """Whether the markup alone says ``el`` (and so everything in it) is not shown to a reader."""
    tag = el.tag
    if not isinstance(tag, str):
        return False
    tag = tag.lower()
    if tag in ("template", "noscript", "select") or tag in FALLBACK_HOLDERS:
        return True
    if tag == "title":
        return next(el.iterancestors("head"), None) is None
    style = el.get("style")
    values = style_values(style) if style else ()
    if _hidden_by_style(values):
        return True
    if style and "var(" in style and any("var(" in value for _, value in values):
        customs = page_customs(el)
        if any(hides_through_vars(name, value, customs) for name, value in values):
            return True
    hidden = el.get("hidden")
    if hidden is not None and hidden.strip().lower() == "until-found":
        # the user agent gives it content-visibility: hidden, not display: none
        return dict(values).get("content-visibility") not in ("visible", "auto")
    if hidden is not None and _streamed_segment(el):
        return False
    # (the user agent's "[popover]:not(:popover-open):not(dialog[open])": a popover is closed when the page
    # loads, a <dialog popover open> is shown)
    if hidden is not None or (el.get("popover") is not None if tag != "dialog" else el.get("open") is None):
        return not _shown_by_style(values)
    if tag == "details" and el.get("open") is None:
        return True
    if tag == "body":
        # the page's root hidden hides the body: what an <html hidden> (or a repeated <html> tag's
        # attributes: merge_repeated_root_tags) does to the whole page
        parent = el.getparent()
        return parent is not None and parent.tag == "html" and is_unrendered(parent)
    return _left_out_of_a_shadow_root(el, tag)


#: The id React's streamed server rendering gives a finished segment of the page (``<div hidden id="S:0">``).
_SEGMENT_ID = re.compile(r"S:([0-9a-fA-F]+)")


def _streamed_segment(el: Any) -> bool:
    """Whether ``el`` is a segment of a page React streamed from the server: ``<div hidden id="S:0">`` at the
    body's end, whose placeholder ``<template id="B:0">`` (or ``"P:0"``) stands where it belongs. The page's own
    script (``$RC("B:0","S:0")``) moves it there as the page loads, so every reader sees it; an archive that
    saved the scripts' output or dropped them still holds the words where the placeholder says (notices-blind38: a
    database blog's whole article in one such segment, read as hidden before extractor 214)."""
    m = _SEGMENT_ID.fullmatch(el.get("id") or "")
    if m is None:
        return False
    n = m.group(1)
    return bool(el.getroottree().xpath("//template[@id=$b or @id=$p]", b=f"B:{n}", p=f"P:{n}"))


#: The elements a declarative shadow root may be attached to (the HTML standard's list; a custom
#: element's name, one with a hyphen, too: :func:`_shadow_slots`).
_SHADOW_HOSTS = frozenset(("article", "aside", "blockquote", "body", "div", "footer", "h1", "h2", "h3", "h4",
                           "h5", "h6", "header", "main", "nav", "p", "section", "span"))


def _shadow_slots(host: Any) -> frozenset[str] | None:
    """The names of the slots of ``host``'s declarative shadow root (``""`` for the default slot),
    or None when it has none: a ``<template shadowrootmode="open|closed">`` child of an element that
    may host one. A browser shows that template's content in place of the host's own children, and
    of those only the ones a slot of it takes (the default slot: children with no ``slot`` name and
    the host's own text)."""
    if host is None or not isinstance(host.tag, str):
        return None
    tag = host.tag.lower()
    if tag not in _SHADOW_HOSTS and "-" not in tag:
        return None
    for child in host.iterchildren("template"):
        if (child.get("shadowrootmode") or "").strip().lower() in ("open", "closed"):
            return frozenset(slot.get("name") or "" for slot in child.iter("slot"))
    return None


def _left_out_of_a_shadow_root(el: Any, tag: str) -> bool:
    """A child of a declarative shadow root's host that no slot takes (:func:`_shadow_slots`), or a
    host whose own text no slot takes (the whole host then: its template is in neither text, and
    children a named slot takes are read as hidden too, the safe side). Before extractor 58 these
    words were article text: ``<div><template shadowrootmode=open><p>Nothing to
    report</p></template><p>The mayor resigned</p></div>`` shows only "Nothing to report"."""
    slots = _shadow_slots(el)
    if slots is not None and "" not in slots:
        own = [el.text, *(child.tail for child in el)]
        if not slots or any(piece and not piece.isspace() for piece in own):
            return True
    parent = el.getparent()
    if tag == "template" or parent is None:
        return False
    slots = _shadow_slots(parent)
    return slots is not None and (el.get("slot") or "") not in slots


def unrendered(tree: Any, quirks: bool = False) -> list[Any]:
    """Every element of ``tree`` that :func:`is_unrendered` says is not shown, or the page's own
    ``<style>`` rules hide (:mod:`archiver.extract.style_rules`), and that holds some text (nested
    ones too). Why only those: an empty hidden element (an ad slot, a script's
    placeholder; most of them) has no words to vouch for, and taking it out of trafilatura's tree
    still moved its choice of paragraphs on real pages (a subheading and a caption lost)."""
    found = [el for el in _candidates(tree) if is_unrendered(el) and _has_text(el)]
    texts = page_styles(tree.getroottree().getroot())
    if texts and may_hide(texts):
        # tinycss2 and cssselect are imported only for a page whose styles may hide (it imports this module)
        from archiver.extract.style_rules import style_hidden

        seen = set(found)
        for el in style_hidden(tree, texts, quirks).elements:
            if el not in seen and _has_text(el):
                seen.add(el)
                found.append(el)
    # words struck through: shown, but withdrawn (lead54: archiver/extract/struck.py)
    root = tree.getroottree().getroot()
    seen = set(found)
    for el in struck_through(root, texts or [], quirks):
        if el not in seen:
            seen.add(el)
            found.append(el)
    if _MAY_REPLACE(tree) or texts and any(every and IMAGE_CONTENT.search(text) for text, every in texts):
        # an element whose content a "content: url(...)" image replaces (lead53: archiver/extract/content_replaced.py)
        seen = set(found)
        root = tree.getroottree().getroot()
        for el in replaced_by_content(root, texts or [], quirks):
            if el not in seen and _has_text(el):
                seen.add(el)
                found.append(el)
    return found


#: Whether an inline style may set ``content`` (one XPath in C; what content_replaced reads then).
_MAY_REPLACE = etree.XPath("boolean(//@style[contains(translate(., 'CONTENT', 'content'), 'content')])")


def _candidates(tree: Any) -> list[Any]:
    """The elements of ``tree``'s whole document that an attribute (``style``, ``hidden``, ``popover``)
    or their tag (:data:`_BY_TAG`) may hide, each once: those with such an attribute first, in
    document order, then the others, in document order. Why two searches: an XPath union of one
    ``//tag`` per tag scans the tree once a tag (0.069 ms on the batch page for the fifteen tags and
    three attributes here, 0.037 for extractor 54's seven and two); the walk for all the tags is one
    scan in C (both searches: 0.027 ms; ``timeit``, best of 7 x 2,000). Every reader of the list
    uses it as a set (marks, spans), so the order does not matter."""
    found: list[Any] = _BY_ATTRIBUTE(tree)
    seen = set(found)
    top = tree.getroot() if isinstance(tree, etree._ElementTree) else tree.getroottree().getroot()
    found.extend(el for el in top.iter(*_BY_TAG) if el not in seen)
    found.extend(body for el in list(found) if el.tag == "html" for body in el.iterchildren("body")
                 if body not in seen)
    for template in [el for el in found if el.tag == "template" and el.get("shadowrootmode") is not None]:
        host = template.getparent()
        if host is not None:
            for el in (host, *host.iterchildren()):
                if el not in seen and el not in found:
                    seen.add(el)
                    found.append(el)
    return found


def still_unrendered(found: Sequence[Any], tree: Any) -> list[Any]:
    """:func:`unrendered` of ``tree`` once more, from what it returned for the same tree before
    (``found``), when the tree has since only lost elements and characters (never gained one, nor
    had an attribute changed): the elements of ``found`` still in the tree's document that still
    hold some text, in the same order.

    Why: the page's lines (:mod:`archiver.extract.page_lines`) ask for them after trafilatura's
    stage asked, and the search of the whole tree cost a tenth of a millisecond on the batch
    bench's page; in between, elements are only taken out (scripts, styles, templates: which
    detaches every element inside them from the document) and characters only dropped. An element
    ``unrendered`` would find now was a candidate before (same tag and attributes) and held text
    before (it can only have lost some), so it is in ``found``; one of ``found`` it would not find
    now has left the document or lost its last words. The candidates' XPath is absolute, so it
    reads the whole document whatever element it is given: so does the document test here.
    tests/test_extract_speed_unrendered.py holds the two to the same elements."""
    root = tree.getroottree().getroot()
    return [el for el in found if _in_document(el, root) and _has_text(el)]


def _in_document(el: Any, root: Any) -> bool:
    """Whether ``el``'s outermost ancestor is the document's ``root``: an element taken out of the
    tree (and every element inside it) stays in lxml's document, but under no parent."""
    top = el
    for top in el.iterancestors():  # noqa: B007 - the last ancestor is the one wanted
        pass
    return top is root


def _has_text(el: Any) -> bool:
    return any(not piece.isspace() for piece in el.itertext() if piece)


def mark(elements: list[Any]) -> list[tuple[Any, str | None]]:
    """Mark ``elements`` for :data:`MARKED_XPATH`; returns what :func:`unmark` needs to put
    every element back as it was (a page's own attribute of that name included)."""
    before = [(el, el.get(MARK_ATTRIBUTE)) for el in elements]
    for el in elements:
        el.set(MARK_ATTRIBUTE, MARK_VALUE)
    return before


def unmark(before: list[tuple[Any, str | None]]) -> None:
    """Undo :func:`mark`."""
    for el, value in before:
        if value is None:
            el.attrib.pop(MARK_ATTRIBUTE, None)
        else:
            el.set(MARK_ATTRIBUTE, value)


def blank(elements: Sequence[Any]) -> list[tuple[Any, bool, str | None]]:
    """Take the words out of ``elements`` (each one's text, and its descendants' text and tails;
    its own tail is shown) and return what :func:`unblank` needs to put them back. Their attributes
    stay: a hidden ``<time datetime=...>`` or ``<meta itemprop=...>`` still declares what it declares,
    but the page's metadata readers (trafilatura's author and title, htmldate) read no hidden word
    as a printed one (issue 15: a header's hidden "By ..." was the page's author)."""
    saved: list[tuple[Any, bool, str | None]] = []
    for top in elements:
        for el in top.iter():
            if isinstance(el.tag, str) and el.text is not None:  # a comment's text is no word of the page
                saved.append((el, False, el.text))
                el.text = None
            if el is not top and el.tail is not None:
                saved.append((el, True, el.tail))
                el.tail = None
    return saved


def unblank(saved: list[tuple[Any, bool, str | None]]) -> None:
    """Undo :func:`blank`."""
    for el, is_tail, value in reversed(saved):
        if is_tail:
            el.tail = value
        else:
            el.text = value
