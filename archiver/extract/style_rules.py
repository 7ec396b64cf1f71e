"""Which elements the page's own ``<style>`` rules hide from every reader.

Why one file of ~890 lines: one pass in the order a browser's cascade runs it (which rules count,
their declarations, selectors matched against the page, the cascade per element and property,
the guards against hiding a whole page), each step reading the one before's structures; split,
the cascade's order would be spread over modules that each hold half of it.

:mod:`archiver.extract.unrendered` reads what the markup itself hides (``hidden``, inline styles...);
this module reads the rules of the page's ``<style>`` elements, in the captured HTML, with the same
notion of hiding: ``display:none``, ``visibility:hidden|collapse``, ``content-visibility:hidden``,
a size under a pixel (``font-size``, the ``font`` shorthand's, ``transform``, ``scale``, ``zoom``),
each declaration read as an inline one is (:func:`archiver.extract.unrendered.resolve_declarations`:
``!important``, invalid declarations, the last one winning). ``.x{display:none}`` with
``the wall is <span class=x>not </span>safe`` shows "the wall is safe": the span is hidden.

What is read, and why (rules that hold for every reader only; a false hiding is a false alarm, a
missed one a false vouch, and both are measured in README):

* The page's ``<style>`` elements (not one inside a ``<template>`` or a ``<noscript>``, nor one
  for printers or speech only, nor one of another ``type``). An HTTP capture holds no linked
  stylesheet: what one hides is not known here (a browser capture's rendered text is).
* Top-level rules and rules under ``@media all`` / ``@media screen`` (``only screen``, ``not print`` too, or a
  minimum width every viewport has: :func:`~archiver.extract.style_texts.for_screens`) or a ``@layer`` (no
  condition: rvsec69) hide, and so do rules under an ``@supports`` Chromium 156 supports (rvsec70:
  :mod:`archiver.extract.css_supports`; one it fails is not read, one its table cannot decide is read for what it
  hides only). A
  rule under any other condition (``@media (max-width:600px)``, ``@container``,
  ``@scope``), or in a ``<style media="(min-width:...)">`` or a critical-CSS ``<style>``
  (:data:`~archiver.extract.style_texts._CRITICAL`), does not hide: a phone may show what a desktop hides. It may show again
  what another rule hides (``.menu{display:none} @media (min-width:768px){.menu{display:flex}}``
  is shown on a desktop), but for printers (``@media print``) or speech only it is not read. A nested
  style rule (CSS Nesting) is read under its parent (:func:`_nesting`, rvsec69), and so is a conditional group rule
  nested in one (``.x{@media screen{display:none}}``, rvsec70).
* A rule that also animates (``transition``, ``animation``) or sets ``opacity`` does not hide: it is
  a state the page fades its words in from (:func:`_declarations`).
* A selector is skipped (a debug log says which) when cssselect cannot read or translate it, when
  it names a pseudo-element (``::before``: generated content, not the element's words), or a
  pseudo-class whose state varies (``:hover``, ``:focus``, ``:checked``, ``:target``,
  ``:defined``...; the structural ones ``:first-child``, ``:nth-child()``, ``:not()``, ``:is()``,
  ``:where()``, ``:has()``, ``:empty``, ``:root`` are read), or when it names (or negates) a class
  that names a state the page's scripts change (:data:`SCRIPT_STATE`: ``html.no-js
  .menu{display:none}`` hides nothing once the scripts every reader's browser runs have taken
  ``no-js`` away; ``.loading{visibility:hidden}``, ``preload``, ``wf-loading`` alike; a
  ``js-``-prefixed hook class too, so a menu hidden by one is missed, not a false alarm).
* A rule that would hide the ``<html>``, ``<head>`` or ``<body>`` element itself, or an element
  holding more than half of the page's words, is not applied: a page that hides its whole body
  or wrapper in a ``<style>`` is shown by its scripts (the anti-flicker snippets:
  ``body{visibility:hidden}`` or ``.container{visibility:hidden}`` until the fonts or an A/B test
  load), and hiding the whole page would be a false alarm on every word. Both guards stand on the page holding a
  script (a ``<script>`` or an event handler attribute: :func:`_scripted`, rvsec70): with none, nothing shows the
  words again, and Chromium shows none of them.

The cascade, per property, as CSS resolves it: among the matching rules' declarations, an
``!important`` one beats the others, then the higher specificity, then the later rule (document
order of the ``<style>`` elements, then of their rules); the element's inline style beats every
rule's normal declaration and loses to an ``!important`` one unless it is ``!important`` too. An
element is hidden when the value so won hides it. ``display``, ``content-visibility`` and the
sizes of a ``transform``/``scale``/``zoom`` hide the whole element, whatever its descendants say
(as in a browser). ``visibility`` and ``font-size`` are inherited, and a descendant may set them
again (``visibility:visible``; a ``font-size`` that does not scale its parent's:
:func:`archiver.extract.css_sizes.sets_size_again`, the inline-block idiom
``.row{font-size:0} .row > div{font-size:14px}``): then the element is hidden whole only when it
holds words of its own (its text, its children's tails: the safe side, its shown descendants go
with it), and otherwise only its children that do not set it again are (each read the same way).

Bounds: the pass is skipped without parsing when no ``<style>`` holds a declaration that may hide
(:func:`~archiver.extract.style_texts.may_hide`, a search in C; tinycss2 and
cssselect are not even imported then); at most :data:`archiver.core.limits.STYLE_MAX_CHARS`
characters of style text are parsed and :data:`archiver.core.limits.STYLE_MAX_RULES` selectors
read (the rest is not applied, the safe side for what it hides and not for what it shows again),
and a selector list longer than :data:`_LONGEST_PRELUDE` characters is not read; rules that can set
none of the properties read (``@font-face``, ``@keyframes`` too) are taken out before tinycss2 reads the
text, and so are the declarations of the rules kept that neither set one nor animate, by a scanner that
finds where each rule ends as tinycss2 does (:func:`~archiver.extract.style_scan.pruned`; where it is
unsure, by :data:`_UNREAD_RULE` and :func:`_slim`),
a selector needing a class or id no element of the page carries is not matched, and one that only
shows again is matched only when its subject may be a hidden element or inside one
(:func:`_carried`). A style text's rules are cached by its digest (:data:`_PARSED`): a site's pages
repeat the same ``<style>``.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import islice
from typing import Any, NamedTuple

import tinycss2
from cssselect import HTMLTranslator, SelectorError, parse
from cssselect.parser import (
    Attrib,
    Class,
    CombinedSelector,
    Element,
    Function,
    Hash,
    Matching,
    Negation,
    Pseudo,
    Relation,
    Selector,
    SpecificityAdjustment,
)
from lxml import etree

from archiver.core import limits
from archiver.extract.css_sizes import sets_size_again
from archiver.extract.css_supports import supports
from archiver.extract.style_nesting import nested_selector, split_selectors
from archiver.extract.style_scan import (
    ANIMATED,
    BLOCK_MARK,
    GROUPS,
    LONGEST_PRELUDE,
    MARK,
    PROPERTIES,
    Selectors,
    pruned,
)
from archiver.extract.style_texts import for_screens, for_some_screens, may_hide, page_styles
from archiver.extract.unrendered import (
    hides,
    hides_through_vars,
    page_customs,
    resolve_declarations,
    style_declarations,
)

logger = logging.getLogger(__name__)

#: The properties a rule is read for: those that may hide (or show again) what an inline style may.
_PROPERTIES = PROPERTIES
#: A style text that names none of :data:`_PROPERTIES` (nor holds an escape) sets none of them.
_PROPERTY_NAMES = re.compile(r"display|visibility|font|transform|scale|zoom|\\", re.I)
#: A style rule that can set none of :data:`_PROPERTIES`: its block names none of them, and neither its
#: selector nor its block holds a character that could open or close a string, a comment or an escape
#: (quotes, ``/*``, ``*/``, a backslash; nor ``@``, ``;`` or a brace in the selector), so it begins
#: right after a brace or a semicolon and nothing around it can belong to a string or a comment that
#: would change where it ends. Such rules (most of a stylesheet) are taken out before tinycss2 reads
#: the text, in C: tinycss2 tokenizes in Python (~1.4 KB a CPU millisecond), and the rules it reads are
#: the same, less rules :func:`_names_a_property` would have left. (Wherever the pattern matches
#: inside a comment or a string instead, what it takes out is words of that comment or string.)
_UNREAD_RULE = re.compile(r"(?:(?<=[{};])|^)(?:[^{};\"'/*\\@]|(?<![/*])[/*](?![/*]))*\{"
                          r"(?:(?!display|visibility|font|transform|scale|zoom)(?:[^{}\"'/*\\]|(?<![/*])[/*](?![/*])))*\}",
                          re.I)
#: A style rule's block that :data:`_UNREAD_RULE` left, on the same terms (it begins right after a brace or
#: a semicolon; no quote, comment, escape or nested block in it): :func:`_slim` takes out of it the
#: declarations :func:`_declarations` does not read before tinycss2 tokenizes it (most of a kept rule's text).
_KEPT_BLOCK = re.compile(r"((?:(?<=[{};])|^)(?:[^{};\"'/*\\@]|(?<![/*])[/*](?![/*]))*\{)"
                         r"((?:[^{}\"'/*\\]|(?<![/*])[/*](?![/*]))*)\}")
#: A declaration :func:`_slim` may take out: a plain name (not one of :data:`_PROPERTIES`, nor one
#: :data:`_ANIMATED` reads: checked by the caller), a colon, and a value whose parentheses (if any) do not
#: nest (and no bracket), so that none of the block's semicolons stands inside one (where it would not end
#: a declaration).
_PLAIN_DECLARATION = re.compile(r"[ \t\r\n\f]*(-?-?[a-zA-Z_][a-zA-Z0-9_-]*)[ \t\r\n\f]*:"
                                r"[^()[\]]*(?:\([^()[\]]*\)[^()[\]]*)*")
#: Inherited properties a descendant may set again (see the module docstring).
_INHERITED = ("visibility", "font-size")
#: Pseudo-classes whose answer the markup alone gives, the same to every reader.
_STATIC_PSEUDO = frozenset(("first-child", "last-child", "only-child", "first-of-type", "last-of-type",
                            "only-of-type", "empty", "root"))
_STATIC_FUNCTIONS = frozenset(("nth-child", "nth-last-child", "nth-of-type", "nth-last-of-type", "lang"))
#: A class that names a state the page's scripts change (mostly on ``<html>``/``<body>``): no-js, js,
#: js-enabled, no-javascript, loading, is-loading, preload, wf-loading (web fonts), async-hide,
#: not-hydrated...
SCRIPT_STATE = re.compile(r"(^|[-_])(no-?)?(js|javascript|script)([-_]|$)|loading|preload|loaded|async-hide"
                          r"|hydrat|^wf-|fonts?-(loading|loaded|active)", re.I)
#: The properties that make a rule a state the page animates out of (:func:`_declarations`).
_ANIMATED = ANIMATED
_TRANSLATOR = HTMLTranslator()
#: The longest selector list read (real ones run to a few hundred characters, a framework's reset
#: to a couple of thousand); a longer one is not applied. With :func:`_selectors`' 4,096 cached
#: lists it bounds what that cache holds (~16 MiB at most).
_LONGEST_PRELUDE = LONGEST_PRELUDE


class Hiding(NamedTuple):
    """What :func:`style_hidden` found: the elements the page's ``<style>`` rules hide (holding
    words or not, in no particular order), and how many selectors it read (at most
    :data:`archiver.core.limits.STYLE_MAX_RULES`) of how many characters of style text."""

    elements: list[Any]
    rules_read: int
    chars_read: int


class _Won(NamedTuple):
    important: bool
    specificity: tuple[int, int, int]
    order: int
    value: str


class _Selector:
    """One selector of a rule's list, ready to match (:func:`_selectors` gives None for one not applied).
    It is turned into XPath only when first matched (:meth:`xpath`): most of a site's selectors need a
    class or an id the page does not carry, and translating is most of what reading one costs."""

    __slots__ = ("_folded_xpath", "_xpath", "classes", "ids", "parsed", "specificity", "subject")

    def __init__(self, parsed: Selector, specificity: tuple[int, int, int], classes: frozenset[str],
                 ids: frozenset[str], subject: tuple[str | None, frozenset[str], frozenset[str]]) -> None:
        self.parsed = parsed
        self.specificity = specificity
        self.classes = classes  # the classes it needs an element to carry (not under :not())
        self.ids = ids
        self.subject = subject  # what the matched element itself needs: its tag (None: any), classes and
        # ids (:func:`_subject`)
        self._xpath: Any = None  # etree.XPath once translated; False when it cannot be
        self._folded_xpath: Any = None  # the same for a page in quirks mode (:class:`_QuirksTranslator`)

    def xpath(self, quirks: bool = False) -> Any:
        """The compiled XPath that finds what it matches (its classes and ids matched case-insensitively
        in a page in ``quirks`` mode), or None when cssselect cannot translate it (then it is not applied).
        Cached: two threads may both translate it, to the same."""
        done = self._folded_xpath if quirks else self._xpath
        if done is None:
            try:
                done = etree.XPath((_QUIRKS_TRANSLATOR if quirks else _TRANSLATOR).selector_to_xpath(self.parsed))
            except Exception as exc:  # noqa: BLE001 - a selector cssselect reads but cannot turn into XPath
                logger.debug("style rule not applied: cannot translate %r (%s)", self.parsed.canonical(), exc)
                done = False
            if quirks:
                self._folded_xpath = done
            else:
                self._xpath = done
        return done or None


#: ASCII upper case to lower case, as quirks mode compares class names and ids (no other letter folds).
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_XPATH_LOWER = "translate({}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"


def _folded(names: Iterable[str]) -> frozenset[str]:
    return frozenset(name.translate(_ASCII_LOWER) for name in names)


class _QuirksTranslator(HTMLTranslator):
    """cssselect's translation with class and id selectors matched ASCII case-insensitively, as a page in quirks
    mode matches them (:mod:`archiver.extract.quirks`, rvsec69)."""

    def xpath_class(self, class_selector: Class) -> Any:
        xpath = self.xpath(class_selector.selector)
        return self.xpath_attrib_includes(xpath, _XPATH_LOWER.format("@class"),
                                          class_selector.class_name.translate(_ASCII_LOWER))

    def xpath_hash(self, id_selector: Hash) -> Any:
        xpath = self.xpath(id_selector.selector)
        return self.xpath_attrib_equals(xpath, _XPATH_LOWER.format("@id"), id_selector.id.translate(_ASCII_LOWER))


_QUIRKS_TRANSLATOR = _QuirksTranslator()


def style_hidden(tree: Any, texts: list[tuple[str, bool]] | None = None, quirks: bool = False) -> Hiding:
    """The elements under ``<body>`` of ``tree``'s whole document that its ``<style>`` rules hide
    (module docstring); ``texts``: :func:`~archiver.extract.style_texts.page_styles` of it, when the
    caller has them; ``quirks``: the page is rendered in quirks mode (:func:`archiver.extract.quirks.quirks_mode`),
    where class and id selectors match case-insensitively."""
    root = tree.getroottree().getroot()
    texts = page_styles(root) if texts is None else texts
    if not texts or not may_hide(texts):
        return Hiding([], 0, 0)
    body = page_body(root)
    if body is None:
        return Hiding([], 0, 0)
    # A page lxml parsed as a fragment has its body renamed (:func:`page_body`); Chromium's is a <body>, which
    # ``body .x`` or ``body{@media screen{.x{...}}}`` match (rvsec70: they matched nothing, and the words they hid
    # were ``exact``). It is named so while the rules are matched.
    tag = body.tag
    body.tag = "body"
    try:
        return _hiding(root, texts, body, quirks)
    finally:
        body.tag = tag


def _hiding(root: Any, texts: list[tuple[str, bool]], body: Any, quirks: bool) -> Hiding:
    """:func:`style_hidden` of a page whose styles may hide and whose ``body`` is found."""
    bounds = limits.current()
    present = _present(root)
    if quirks:
        present = (_folded(present[0]), _folded(present[1]))
    entries: list[tuple[_Selector, dict[str, tuple[bool, str]], int]] = []
    hiding: list[int] = []  # which of the entries hide
    rules_read = chars_read = order = 0
    for text, every in texts:
        if chars_read >= bounds.style_max_chars or rules_read >= bounds.style_max_rules:
            break
        cut = text[:bounds.style_max_chars - chars_read]
        chars_read += len(cut)
        # (each rule read below counts one selector at least: no more rules than the limit has left are read)
        most = bounds.style_max_rules - rules_read
        for listed, declarations in _rules_of(cut, every, len(cut) < len(text), most):
            if rules_read >= bounds.style_max_rules:
                break
            order += 1
            if isinstance(listed, Selectors) and listed.matches_nothing_in(*present, fold=quirks):
                # its selectors count as read (none of them would have matched): never parsed
                rules_read = min(rules_read + listed.count, bounds.style_max_rules)
                continue
            prelude = listed.text if isinstance(listed, Selectors) else listed
            # (a value reading a custom property may hide: _hidden decides, from the page's declared values)
            hides_some = any(hides(name, value) or "var(" in value for name, (_, value) in declarations.items())
            for selector in _selectors(prelude):
                if rules_read >= bounds.style_max_rules:
                    break
                rules_read += 1
                if selector is None:
                    continue
                classes, ids = (_folded(selector.classes), _folded(selector.ids)) if quirks else (selector.classes,
                                                                                                   selector.ids)
                if not classes <= present[0] or not ids <= present[1]:
                    continue
                if hides_some:
                    hiding.append(len(entries))
                entries.append((selector, declarations, order))
    # the rules that hide first: a page none of whose hiding rules matches an element is done
    cascade: dict[Any, dict[str, _Won]] = {}
    for i in hiding:
        _match(entries[i], root, cascade, quirks)
    if not cascade:
        return Hiding([], rules_read, chars_read)
    # then the others, for what they show again: only those whose subject one of the elements the
    # hiding rules matched, or of their descendants (an inherited value set again), may be
    tags, carried_classes, carried_ids = _carried(cascade)
    if quirks:
        carried_classes, carried_ids = set(_folded(carried_classes)), set(_folded(carried_ids))
    hides_set = set(hiding)
    for i, entry in enumerate(entries):
        tag, needs, named = entry[0].subject
        if quirks:
            needs, named = _folded(needs), _folded(named)
        if i not in hides_set and (tag is None or tag in tags) and needs <= carried_classes and named <= carried_ids:
            _match(entry, root, cascade, quirks)
    return Hiding(_hidden(cascade, body), rules_read, chars_read)


def page_body(root: Any) -> Any:
    """The element that is the page's ``<body>`` under ``root`` (its ``<html>``), or None.

    Why not ``root.find("body")`` alone: a page with no ``<html>`` or doctype at its start and several
    elements in its body (``<body><style>...</style><p>..``, ``<!-- c --><body>``, bare paragraphs) is
    parsed by lxml as a fragment, which renames the body ``<div>`` (or ``<span>``) in place; a browser
    still applies the page's ``<style>`` rules there. Until rvsec69 no rule of such a page hid anything
    (``bench/markup_structure_chromium.py``: 19 sentences a ``<style>`` hides were ``exact``). libxml2
    gives ``<html>`` no child but ``<head>`` and ``<body>``, so the one other child is the body."""
    body = root.find("body")
    if body is not None:
        return body
    others = [child for child in root.iterchildren("*") if child.tag != "head"]
    return others[0] if len(others) == 1 else None


def _match(entry: tuple[_Selector, dict[str, tuple[bool, str]], int], root: Any,
           cascade: dict[Any, dict[str, _Won]], quirks: bool = False) -> None:
    """Let one selector's rule into the cascade of every element it matches (in ``quirks`` mode:
    :meth:`_Selector.xpath`)."""
    selector, declarations, order = entry
    xpath = selector.xpath(quirks)
    if xpath is None:
        return
    try:
        matched = xpath(root)
    except etree.XPathError as exc:  # pragma: no cover - cssselect's XPath is valid
        logger.debug("style rule not applied: %s", exc)
        return
    for el in matched:
        _apply(cascade.setdefault(el, {}), declarations, selector.specificity, order)


def _carried(cascade: dict[Any, dict[str, _Won]]) -> tuple[set[str], set[str], set[str]]:
    """The tags, classes and ids the elements of ``cascade`` and their descendants carry."""
    tags: set[str] = set()
    classes: set[str] = set()
    ids: set[str] = set()
    seen: set[Any] = set()
    for top in cascade:
        if top in seen:
            continue
        for el in top.iter():
            if el in seen or not isinstance(el.tag, str):
                continue
            seen.add(el)
            tags.add(el.tag)
            value = el.get("class")
            if value:
                classes.update(value.split())
            value = el.get("id")
            if value:
                ids.add(value.strip())
    return tags, classes, ids


def _present(root: Any) -> tuple[frozenset[str], frozenset[str]]:
    """The classes and the ids the page's elements carry."""
    classes = frozenset(c for value in root.xpath("//@class") for c in str(value).split())
    ids = frozenset(str(value).strip() for value in root.xpath("//@id"))
    return classes, ids


#: A rule's selector list (its text, or a plain one unparsed: :class:`~archiver.extract.style_scan.Selectors`)
#: and its declarations read.
_Rules = tuple[tuple[str | Selectors, dict[str, tuple[bool, str]]], ...]
#: :func:`_rules_of`'s answers by a digest of the style text (not the text: 64 texts of up to
#: STYLE_MAX_CHARS would be 32 MiB held), with whether each is all of the text's rules (not only the first
#: ones a call asked for), most recently used last.
_PARSED: OrderedDict[tuple[bytes, bool, bool], tuple[_Rules, bool]] = OrderedDict()
_PARSED_MOST = 64
_PARSED_LOCK = threading.Lock()
#: The fewest top-level rules tinycss2 is given at a time when more are needed (:func:`_parse`).
_FEWEST_PARSED = 256


def _rules_of(text: str, every: bool, cut: bool, most: int) -> _Rules:
    """:func:`_applied_rules` of one style text (``cut``: cut short at the limit, its last rule
    left out as it may be incomplete): its first ``most`` rules at least, or all it holds. Cached: a site's pages
    repeat the same ``<style>`` (a theme's, a plugin's), and parsing is most of this module's cost (tinycss2
    tokenizes in Python). Not to be changed by the caller."""
    if _PROPERTY_NAMES.search(text) is None:
        return ()
    key = (hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest(), every, cut)
    with _PARSED_LOCK:  # (a batch's threads share it)
        cached = _PARSED.get(key)
        if cached is not None and (cached[1] or len(cached[0]) >= most):
            _PARSED.move_to_end(key)
            return cached[0]
    found = _parse(text, every, cut, most)
    with _PARSED_LOCK:
        _PARSED[key] = (found, len(found) < most)
        while len(_PARSED) > _PARSED_MOST:
            _PARSED.popitem(last=False)
    return found


def _parse(text: str, every: bool, cut: bool, most: int) -> _Rules:
    """:func:`_rules_of`, uncached: the rules and declarations that can set nothing read here taken
    out (:func:`~archiver.extract.style_scan.pruned`, with the rule a text cut short ends inside; when
    it is unsure, :data:`_UNREAD_RULE` and :func:`_slim` as before), the rest parsed by tinycss2 until
    ``most`` rules are found: the top-level rules kept, a run at a time (:attr:`~archiver.extract.style_scan.Pruned.ends`).
    A style cut at the character limit holds some 20,000 rules, of which :data:`archiver.core.limits.STYLE_MAX_RULES`
    selectors at most are read; tinycss2 tokenized and read them all (a third to a half of the
    style pass's CPU on such a page)."""
    reading = _ALL if every else _SHOWS
    kept = pruned(text, cut)
    if kept is None:
        rules = tinycss2.parse_stylesheet(_KEPT_BLOCK.sub(_slim, _UNREAD_RULE.sub("", text)), skip_comments=True,
                                          skip_whitespace=True)
        if cut and rules:
            rules = rules[:-1]  # the rule the text ends inside
        return tuple(islice(_applied_rules(rules, reading), most))
    marks = {f'"{MARK}{i}"': listed for i, listed in enumerate(kept.selectors)}
    found: list[tuple[str | Selectors, dict[str, tuple[bool, str]]]] = []
    done = start = 0  # top-level rules parsed, and where the next one begins
    while done < len(kept.ends) and len(found) < most:
        upto = min(len(kept.ends), done + max(most - len(found), _FEWEST_PARSED))
        rules = tinycss2.parse_stylesheet(kept.text[start:kept.ends[upto - 1]], skip_comments=True,
                                          skip_whitespace=True)
        found += islice(_applied_rules(rules, reading, marks, kept.blocks), most - len(found))
        done, start = upto, kept.ends[upto - 1]
    return tuple(found)


def _slim(found: re.Match[str]) -> str:
    """A kept rule (:data:`_KEPT_BLOCK`) less the declarations that set none of :data:`_PROPERTIES` and do not
    animate (``margin:0``, ``font-family:...``, ``color:red``): tinycss2 reads its block's declarations one
    by one between its semicolons, none of which stands inside a parenthesis when every piece is a plain
    declaration (:data:`_PLAIN_DECLARATION`), so :func:`_declarations` reads the same without them. A block
    with a piece of another form is left whole."""
    pieces = found.group(2).split(";")
    kept = []
    for piece in pieces:
        plain = _PLAIN_DECLARATION.fullmatch(piece)
        if plain is None:
            if piece and not piece.isspace():
                return found.group(0)
            continue
        name = plain.group(1).lower()
        if name in _PROPERTIES or _ANIMATED.search(name):
            kept.append(piece)
    if len(kept) == len(pieces):
        return found.group(0)
    return found.group(1) + ";".join(kept) + "}"


def _applied_rules(rules: list[Any], reading: str = "all", marks: dict[str, Selectors] | None = None,
                   blocks: tuple[tuple[str, ...], ...] = ()) -> Iterator[tuple[str | Selectors, dict[str, tuple[bool, str]]]]:
    """(the selector text, the values it declares for :data:`_PROPERTIES`) of every style rule
    of ``rules``, in order (module docstring), as ``reading`` says (:func:`_read_as`): all of them for a rule that
    holds for every reader; only those that show (``display:block``, ``visibility:visible``, a legible size) for a
    rule under a condition some screens meet (another ``@media``, ``@container``, ``@scope``; a ``@layer``'s hold
    for every reader, rvsec69): ``.menu{display:none} @media (min-width:768px){.menu{display:flex}}`` is shown on
    a desktop. An ``@supports`` block is decided as Chromium 156 decides it (:func:`_under_supports`, rvsec70).
    A rule that declares none of those properties is left before its selectors are read;
    one for printers or speech only is not read. ``marks``: the plain selector lists the string tokens
    of :class:`~archiver.extract.style_scan.Pruned` stand for, given in their place; ``blocks``: the
    declarations its marked blocks stand for."""
    for rule in rules:
        if rule.type == "qualified-rule":
            content = rule.content
            if blocks and len(content) == 1 and content[0].type == "string" and content[0].value[:1] == BLOCK_MARK:
                declarations = _resolved(_declaration(piece) for piece in blocks[int(content[0].value[1:])])
            elif any(token.type == "{} block" for token in content):
                yield from _nesting(tinycss2.serialize(rule.prelude).strip(), content, reading)
                continue
            elif not _names_a_property(content):
                continue
            else:
                declarations = _declarations(content)
            declarations = _read_as(declarations, reading)
            if declarations:
                prelude = tinycss2.serialize(rule.prelude).strip()
                yield (marks.get(prelude, prelude) if marks else prelude), declarations
        elif rule.type == "at-rule" and rule.content is not None and rule.lower_at_keyword in _GROUPS:
            inner = _group_reading(rule, reading)
            if inner is not None:
                yield from _applied_rules(tinycss2.parse_blocks_contents(
                    rule.content, skip_comments=True, skip_whitespace=True), inner, marks, blocks)


#: The at-rules whose block holds style rules read as conditional (all but ``@media all|screen``).
_GROUPS = GROUPS
#: How a rule's declarations are read (:func:`_read_as`): all of them; only those that may show (a condition
#: some screens fail); only those that may hide (an ``@supports`` the table cannot decide).
_ALL, _SHOWS, _HIDES = "all", "shows", "hides"


def _group_reading(rule: Any, reading: str) -> str | None:
    """How the rules of a conditional group rule (``@media``, ``@supports``, ``@layer``...) under ``reading`` are read,
    or None when no reader's screen applies them (for printers or speech only; an ``@supports`` Chromium fails)."""
    if rule.lower_at_keyword == "supports":
        return _under_supports(rule.prelude, reading)
    media = tinycss2.serialize(rule.prelude) if rule.lower_at_keyword == "media" else "-"
    if not for_some_screens(media):
        return None
    # (a cascade layer is no condition: its rules hold on every screen, rvsec69; read as unlayered ones, so
    # the layer's lower precedence against unlayered rules is not read: it may hide more, the safe side)
    holds = for_screens(media) or rule.lower_at_keyword == "layer"
    return _both(reading, _ALL if holds else _SHOWS)


def _under_supports(prelude: list[Any], reading: str) -> str | None:
    """How an ``@supports`` block's rules are read (rvsec70): as the rules around it when Chromium 156 supports its
    condition (:func:`archiver.extract.css_supports.supports`), not at all when it does not, and for what they hide
    only when the table cannot say: the words are then flagged as not shown rather than vouched for."""
    answer = supports(prelude)
    if answer is False:
        return None
    return reading if answer else _both(reading, _HIDES)


def _both(outer: str, inner: str) -> str | None:
    """The reading of a rule under two conditions, each read as one of :data:`_ALL`, :data:`_SHOWS`, :data:`_HIDES`
    (None: a rule read only for what it shows under one read only for what it hides, which is nothing)."""
    if outer == _ALL:
        return inner
    if inner in (_ALL, outer):
        return outer
    return None


def _read_as(declarations: dict[str, tuple[bool, str]], reading: str) -> dict[str, tuple[bool, str]]:
    """The declarations of a rule read as ``reading`` says (:data:`_ALL`...)."""
    if reading == _SHOWS:
        return _conditional(declarations)
    if reading == _HIDES:
        return {name: (important, value) for name, (important, value) in declarations.items()
                if hides(name, value) or "var(" in value}
    return declarations


def _conditional(declarations: dict[str, tuple[bool, str]]) -> dict[str, tuple[bool, str]]:
    """The declarations of a rule under a condition some screens fail, as read here: those that may show, never
    one that hides, nor a custom property's value (its ``var()`` left unread, as it was before rvsec69, so that
    :func:`_hidden` does not read it as a value that may hide)."""
    return {name: (important, value.replace("var(", "unread-var(")) for name, (important, value) in declarations.items()
            if not hides(name, value)}


def _nesting(prelude: str, content: list[Any], reading: str) -> Iterator[tuple[str | Selectors, dict[str, tuple[bool, str]]]]:
    """:func:`_applied_rules` of a style rule whose block holds rules of its own (CSS Nesting, which Chromium 156
    applies: ``.w{& .x{display:none}}`` and ``.w{.x{display:none}}`` hide ``.w .x``; rvsec69, read as no rule
    before, so the words they hid were ``exact``): the rule's own declarations, then each nested style rule with its
    selectors made whole (:func:`~archiver.extract.style_nesting.nested_selector`), nested again as deep as it goes.
    A nested conditional group rule (``.w{@media screen{display:none}}``, ``@supports`` too) holds declarations and
    rules of the same rule, read under its condition (:func:`_group_reading`; rvsec70: it was not read, so the words
    Chromium hid under ``@media screen`` were ``exact``)."""
    items = tinycss2.parse_blocks_contents(content, skip_comments=True, skip_whitespace=True)
    declarations = _read_as(_resolved(_read(item) for item in items if item.type == "declaration"), reading)
    if declarations:
        yield prelude, declarations
    for item in items:
        if item.type == "qualified-rule":
            nested = ", ".join(nested_selector(prelude, part.strip())
                               for part in split_selectors(tinycss2.serialize(item.prelude)))
            yield from _applied_rules([_Nested(nested, item.content)], reading)
        elif item.type == "at-rule" and item.content is not None and item.lower_at_keyword in _GROUPS:
            inner = _group_reading(item, reading)
            if inner is not None:
                yield from _nesting(prelude, item.content, inner)


class _Nested(NamedTuple):
    """A nested style rule with its selector list made whole, in the form :func:`_applied_rules` reads."""

    selectors: str
    content: list[Any]
    type: str = "qualified-rule"

    @property
    def prelude(self) -> list[Any]:
        parsed: list[Any] = tinycss2.parse_component_value_list(self.selectors)
        return parsed


def _names_a_property(content: list[Any]) -> bool:
    """Whether a rule's block holds a word that names a property read here (an escaped name is
    an ident token too, unescaped): the rules that do not are left unparsed (most of a stylesheet)."""
    for token in content:  # noqa: SIM110 - a plain loop: a generator cost more over every rule of a sheet
        if token.type == "ident" and token.lower_value in _PROPERTIES:
            return True
    return False


def _declarations(content: list[Any]) -> dict[str, tuple[bool, str]]:
    """The values a rule's block gives the properties read here, with whether each is important.
    A rule that also animates (a ``transition``, an ``animation``) or sets ``opacity`` describes a
    state the page fades or moves its words out of (``.container{opacity:0; visibility:hidden;
    transition:all .3s}`` until a script shows the page): its hiding values are not applied."""
    return _resolved(_read(item) for item in tinycss2.parse_blocks_contents(content, skip_comments=True,
                                                                            skip_whitespace=True)
                     if item.type == "declaration")


def _read(item: Any) -> tuple[str, str, bool]:
    """A declaration's lower-case name, its value as read here (lower-case, whitespace collapsed) and
    whether it is important."""
    return item.lower_name, " ".join(tinycss2.serialize(item.value).split()).lower(), bool(item.important)


def _declaration(text: str) -> tuple[str, str, bool]:
    """:func:`_read` of one declaration's text (a piece of a block between its semicolons, of the
    form :data:`~archiver.extract.style_scan._DECLARATION`), read as tinycss2 reads it in its block;
    the short ones (``display:none``) cached, as a site's sheets repeat them."""
    return _short_declaration(text) if len(text) <= 200 else _parsed_declaration(text)


def _parsed_declaration(text: str) -> tuple[str, str, bool]:
    item = tinycss2.parse_one_declaration(text, skip_comments=True)
    return _read(item) if item.type == "declaration" else ("", "", False)


_short_declaration = lru_cache(maxsize=8192)(_parsed_declaration)


def _resolved(declarations: Iterable[tuple[str, str, bool]]) -> dict[str, tuple[bool, str]]:
    """:func:`_declarations` of a block's declarations read (:func:`_read`)."""
    found = []
    animated = False
    for name, value, important in declarations:
        if name in _PROPERTIES:
            found.append((name, value, important))
        elif _ANIMATED.search(name):
            animated = True
    if not found:
        return {}
    won = resolve_declarations(found)
    if animated:
        won = {name: (important, value) for name, (important, value) in won.items() if not hides(name, value)}
    return won


@lru_cache(maxsize=4096)
def _selectors(prelude: str) -> tuple[_Selector | None, ...]:
    """Each selector of a rule's selector list, compiled to match (None for one not applied). A
    list longer than :data:`_LONGEST_PRELUDE` characters is not read (cssselect parses in Python)."""
    if len(prelude) > _LONGEST_PRELUDE:
        logger.debug("style rule not applied: a selector list of %d characters", len(prelude))
        return (None,)
    try:
        parsed = parse(prelude)
    except SelectorError as exc:
        logger.debug("style rule not applied: cssselect cannot read %r (%s)", prelude[:200], exc)
        return (None,)
    return tuple(_compiled(selector) for selector in parsed)


def _compiled(selector: Selector) -> _Selector | None:
    try:
        return _compile(selector)
    except Exception as exc:  # noqa: BLE001 - a selector cssselect reads but cannot turn into XPath
        logger.debug("style rule not applied: cannot translate %r (%s)", selector.canonical(), exc)
        return None


def _compile(selector: Selector) -> _Selector | None:
    if selector.pseudo_element is not None:
        return None
    classes: set[str] = set()
    ids: set[str] = set()
    for kind, name, negated in _parts(selector.parsed_tree, False):
        if kind == "pseudo" and name not in _STATIC_PSEUDO or kind == "function" and name not in _STATIC_FUNCTIONS:
            logger.debug("style rule not applied: %r has a state that varies (%s)", selector.canonical(), name)
            return None
        if kind == "class" and SCRIPT_STATE.search(name):
            logger.debug("style rule not applied: %r needs a class scripts change (%s)", selector.canonical(), name)
            return None
        if not negated and kind == "class":
            classes.add(name)
        elif not negated and kind == "id":
            ids.add(name)
    a, b, c = selector.specificity()
    return _Selector(selector, (a, b, c), frozenset(classes), frozenset(ids), _subject(selector.parsed_tree))


def _subject(node: Any) -> tuple[str | None, frozenset[str], frozenset[str]]:
    """The tag (None for any), classes and ids the element a selector matches must itself carry: its
    last compound's, read through the simple selectors cssselect nests (``:not()``, ``:is()``,
    ``:has()`` and the like need nothing here)."""
    while isinstance(node, CombinedSelector):
        node = node.subselector
    tag: str | None = None
    classes: set[str] = set()
    ids: set[str] = set()
    while node is not None:
        if isinstance(node, Class):
            classes.add(node.class_name)
        elif isinstance(node, Hash):
            ids.add(node.id)
        elif isinstance(node, Element):
            tag = node.element.lower() if node.element and node.element != "*" else None
            break
        node = getattr(node, "selector", None)
    return tag, frozenset(classes), frozenset(ids)


def _parts(node: Any, negated: bool) -> Iterator[tuple[str, str, bool]]:
    """The classes, ids, pseudo-classes and functional pseudo-classes of a parsed selector, each
    with whether it stands under a ``:not()``."""
    if isinstance(node, Selector):
        yield from _parts(node.parsed_tree, negated)
        if node.pseudo_element is not None:
            yield "pseudo", "::" + str(node.pseudo_element), negated
    elif isinstance(node, CombinedSelector):
        yield from _parts(node.selector, negated)
        yield from _parts(node.subselector, negated)
    elif isinstance(node, Class):
        yield "class", node.class_name, negated
        yield from _parts(node.selector, negated)
    elif isinstance(node, Hash):
        yield "id", node.id, negated
        yield from _parts(node.selector, negated)
    elif isinstance(node, Attrib):
        yield from _parts(node.selector, negated)
    elif isinstance(node, Pseudo):
        yield "pseudo", node.ident.lower(), negated
        yield from _parts(node.selector, negated)
    elif isinstance(node, Function):
        yield "function", node.name.lower(), negated
        yield from _parts(node.selector, negated)
    elif isinstance(node, Negation):
        yield from _parts(node.selector, negated)
        yield from _parts(node.subselector, True)
    elif isinstance(node, Relation):
        yield from _parts(node.selector, negated)
        for _, sub in node.arguments:
            yield from _parts(sub, True)  # (what :has() needs is not the element's own)
    elif isinstance(node, Matching | SpecificityAdjustment):
        yield from _parts(node.selector, negated)
        for tree in node.selector_list:
            yield from _parts(tree, True)  # (one of the list is enough: none of them is needed)


def _apply(won: dict[str, _Won], declarations: dict[str, tuple[bool, str]], specificity: tuple[int, int, int],
           order: int) -> None:
    """Let a matching rule's declarations into an element's cascade."""
    for name, (important, value) in declarations.items():
        key = _Won(important, specificity, order, value)
        held = won.get(name)
        if held is None or key[:3] >= held[:3]:
            won[name] = key


def _values(el: Any, cascade: dict[Any, dict[str, _Won]]) -> dict[str, str]:
    """The value each property read here wins for ``el``: its rules' against its inline style."""
    sheet = cascade.get(el, {})
    style = el.get("style")
    inline = style_declarations(style) if style else {}
    out = {name: won.value for name, won in sheet.items()}
    for name, (important, value) in inline.items():
        if name in _PROPERTIES and (important or name not in sheet or not sheet[name].important):
            out[name] = value
    return out


def _hidden(cascade: dict[Any, dict[str, _Won]], body: Any) -> list[Any]:
    """The elements under ``body`` the cascade hides (module docstring)."""
    out: list[Any] = []
    customs: dict[str, set[str]] | None = None  # the page's custom properties, read for the first var() met

    def hiding(name: str, value: str) -> bool:
        nonlocal customs
        if hides(name, value):
            return True
        if "var(" not in value:
            return False
        customs = page_customs(body) if customs is None else customs
        return hides_through_vars(name, value, customs)

    scripted = _scripted(body)
    for el in cascade:
        whole = el is body or el is body.getparent()
        if whole and scripted or not whole and not _under(el, body) or el.tag in ("script", "style", "template",
                                                                                 "noscript"):
            continue
        values = _values(el, cascade)
        if any(hiding(name, value) for name, value in values.items() if name not in _INHERITED):
            out.append(body if whole else el)
            continue
        for name in _INHERITED:
            if name in values and hiding(name, values[name]):
                out.extend(body if each is el and whole else each for each in _inherited_hiding(el, name, cascade)
                           if each.tag != "head")
                break
    if not out or not scripted:
        return out
    half = _words(body) / 2
    return [el for el in out if _words(el) <= half]


def _scripted(body: Any) -> bool:
    """Whether the page ``body`` is in holds a script (a ``<script>`` element or an event handler attribute): what
    the guards against hiding a whole page stand on (module docstring). Why (rvsec70): a page with no script cannot
    show again what its ``<style>`` hides, and Chromium 156 shows no word of ``<style>body{visibility:hidden}</style>``
    or of a wrapper hidden so; with the guards they were ``exact`` (``bench/markup_structure_chromium.py``). The five
    shared bench pages whose guard kept their words shown (``bench/style_guard_chromium.py``) all hold scripts, which
    show them in Chromium."""
    root = body.getroottree().getroot()
    return bool(root.xpath("boolean(//script | //@*[starts-with(translate(name(), 'ON', 'on'), 'on')])"))


def _words(el: Any) -> int:
    """How many characters of words ``el`` holds (its scripts' and styles' left out)."""
    total = sum(len(piece.strip()) for piece in el.itertext())
    return total - sum(len((inner.text or "").strip()) for inner in el.iter("script", "style"))


def _under(el: Any, body: Any) -> bool:
    return any(a is body for a in el.iterancestors())


def _shows_again(el: Any, name: str, cascade: dict[Any, dict[str, _Won]]) -> bool:
    """Whether ``el`` sets the inherited property ``name`` again to a value that shows its words."""
    if el not in cascade and el.get("style") is None:
        return False
    value = _values(el, cascade).get(name)
    if value is None:
        return False
    if name == "visibility":
        return value == "visible"
    return sets_size_again(value)


def _inherited_hiding(el: Any, name: str, cascade: dict[Any, dict[str, _Won]]) -> list[Any]:
    """The elements an inherited hiding value on ``el`` hides: ``el`` whole when no descendant
    sets ``name`` again or when it holds words of its own; else each child that does not set it
    again, read the same way."""
    descendants = [d for d in el.iterdescendants() if isinstance(d.tag, str)]
    if not any(_shows_again(d, name, cascade) for d in descendants) or _own_words(el):
        return [el]
    out = []
    for child in el.iterchildren():
        if isinstance(child.tag, str) and not _shows_again(child, name, cascade):
            out.extend(_inherited_hiding(child, name, cascade))
    return out


def _own_words(el: Any) -> bool:
    return any(piece and not piece.isspace() for piece in (el.text, *(child.tail for child in el)))


#: The compiled form of one parsed selector and the classes and ids a page carries, for the rules of generated
#: content (:mod:`archiver.extract.generated_content`), which match as the hiding rules do.
compile_selector = _compiled
page_names = _present
