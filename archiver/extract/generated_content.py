"""Words a page's own ``<style>`` rules add before or after an element (CSS generated content), put into the tree
where a reader sees them.

``.neg::before{content:"not "}`` with ``the drug is <span class=neg></span>safe`` shows every reader "the drug is not
safe", while the markup's text (and with it the article text, and a browser's ``innerText``, which leaves generated
content out) says "the drug is safe": ``verify-quote`` answered ``exact`` for words no reader was shown in that
sentence (red team lead53). So the words such a rule adds are written into the parsed tree before anything reads
it (:func:`archiver.extract.text.parse_html`), at the start of the element (``::before``) or at its end
(``::after``): the article text and the page text then hold the sentence as it was shown, and the quote engine
judges a quote of it as it judges any other (a dropped "not" is ``altered``). The same shows what a page labels by
its style sheet alone ("Editor's Note: " before a note, "By " before a byline).

Read as :mod:`archiver.extract.style_rules` reads hiding rules, so the two agree on what counts:

* the page's ``<style>`` elements for every screen (:func:`~archiver.extract.style_texts.page_styles`), and in
  them rules at the top level, in ``@layer`` or in an ``@media`` every screen meets
  (:func:`~archiver.extract.style_texts.for_screens`); not under another condition (``@media print``, which
  prints links' addresses, a width some screens lack, ``@supports``, a nested rule): those words are not shown to
  every reader, and a reader shown the sentence without them quoted it rightly;
* a selector list's ``::before`` / ``::after`` (``:before`` / ``:after`` too) selectors, matched with the same
  compiled selectors (:func:`~archiver.extract.style_rules.compile_selector`: a state that varies, ``:hover``, or a
  class scripts change, ``js-...``, is not read), in the same cascade (``!important``, then specificity, then the
  later rule) for ``content`` and for the pseudo-element's own ``display`` (``none`` shows nothing);
* a ``content`` of strings (escapes decoded, ``\\A`` a space) and ``attr(name)`` (the element's attribute), added
  only when it holds a letter or a digit outside the private use areas: quotation marks, bullets, separators and
  icon-font glyphs (``"\\f101"``) change no word. A ``counter()`` is not computed and adds nothing (its figures are
  left out: noted in README), nor does an ``open-quote``, a ``url()`` or the alternative text after ``/``;
* not an icon font's glyph (the pseudo-element's ``font-family`` an icon font's, or one or two characters in an
  element an ``icon`` class names: fonts that draw a picture for the letter "c"), nor a piece of CSS a broken string
  swallowed;
* not a placeholder: words ending in an ellipsis ("Ad loading…", "cargando..."), shown only until a script puts
  what they stand for there;
* not on an element that shows no generated content (``<img>``, ``<input>``, ``<br>`` and the other void and
  replaced elements).

Bounds: nothing is parsed unless a style text holds a ``content`` string or ``attr()`` with a letter or a digit (a
search in C); at most :data:`archiver.core.limits.STYLE_MAX_CHARS` characters of style text are scanned and
:data:`_MOST_RULES` rules with such content read.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, NamedTuple

from archiver.core import lazy_re, limits
from archiver.extract.style_texts import for_screens, page_styles

#: A ``content`` declaration's value (to the end of its declaration), its escapes, and its strings' insides.
_CONTENT_VALUE = lazy_re.compile(r"content\s*:([^;}]*)", re.I)
_ESCAPES = re.compile(r"\\([0-9a-fA-F]{1,6})\s?|\\(.)")
_QUOTED = re.compile(r"\"([^\"]*)\"|'([^']*)'")
#: A pseudo-element that generated content goes in.
_PSEUDO = lazy_re.compile(r":(?:before|after|marker)\b", re.I)
#: The pieces of a style text that make its structure: strings and comments whole (nothing in them opens or closes
#: a block), then braces and semicolons.
_TOKENS = re.compile(r"\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'|/\*.*?(?:\*/|$)|[{};]", re.S)
_COMMENTS = re.compile(r"/\*.*?(?:\*/|$)", re.S)
#: Elements that show no ``::before`` / ``::after``: void and replaced elements.
_NO_PSEUDO = frozenset(("img", "input", "br", "hr", "wbr", "meta", "link", "source", "track", "area", "col",
                        "embed", "param", "iframe", "video", "audio", "canvas", "object", "select", "textarea",
                        "picture", "svg", "math", "script", "style", "template", "noscript", "head", "title"))
#: Generated words ending in an ellipsis: a placeholder shown while a script
#: loads what goes there ("Ad loading…", "cargando..."), not words of the page.
_LOADING = re.compile(r"(?:…|\.\.\.)\s*$")
#: A font family that draws pictures, not letters: icon fonts by the names they go by.
_ICON_FONT = re.compile(r"icon|awesome|glyph|fontello|entypo|icomoon|symbol|dashicons|genericons|etmodules|"
                        r"material|elegant|ionic|feather|bootstrap-icons|social", re.I)
_ICON_CLASS = re.compile(r"icon", re.I)
#: Words that are no text a reader reads: a piece of CSS a broken string swallowed.
_NOT_WORDS = re.compile(r"[{};]")
#: A display of none and an icon font's name in a block (with a content's words: :func:`_may_matter`).
_DISPLAY_NONE = re.compile(r"display\s*:[^;}]*none", re.I)
_FONT_NAMED = re.compile(r"font[^;}]*(?:icon|awesome|glyph|fontello|entypo|icomoon|symbol|dashicons|genericons"
                         r"|etmodules|material|elegant|ionic|feather|social)", re.I)
#: How many rules adding words are read at most (a site's sheet of labels has tens).
_MOST_RULES = 2000


class _Rule(NamedTuple):
    selectors: str
    pieces: tuple[tuple[str, str], ...] | None  # ("text", words) / ("attr", name); None: content adds nothing
    content_important: bool
    has_content: bool
    display_none: bool | None  # None: the rule sets no display
    display_important: bool
    icon_font: bool | None  # None: the rule sets no font-family; True: an icon font's name
    order: int


class _Won(NamedTuple):
    important: bool
    specificity: tuple[int, int, int]
    order: int


def show_generated_content(tree: Any, quirks: bool = False) -> int:
    """Write into ``tree`` the words its ``<style>`` rules add with ``::before`` / ``::after`` (module docstring);
    ``quirks``: the page renders in quirks mode (class and id selectors match case-insensitively). Returns how many
    elements got words."""
    root = tree.getroottree().getroot()
    texts = [text for text, every in page_styles(root) if every and _PSEUDO.search(text) and _may_add_words(text)]
    if not texts:
        return 0
    rules = _rules_adding_words(texts)
    if not rules:
        return 0
    return _insert(root, rules, quirks)


def _may_add_words(text: str) -> bool:
    """Whether a style text has a ``content`` value with a letter or a digit once its escapes are out (icon fonts'
    ``"\\f101"`` have none) or an ``attr()``: the cheap test most pages stop at."""
    for found in _CONTENT_VALUE.finditer(text):
        value = _ESCAPES.sub(_unescaped, found.group(1))
        if "attr(" in value.lower() or _has_word(" ".join(a or b for a, b in _QUOTED.findall(value))):
            return True
    return False


def _may_matter(block: str) -> bool:
    """Whether a pseudo-element rule's block may matter here (the cheap test before tinycss2 reads it): a content
    adding a word or set to nothing, a display of none, an icon font. A clearfix's ``content:"";display:table`` and
    an icon's ``content:"\\f101"`` do not."""
    for found in _CONTENT_VALUE.finditer(block):
        value = _ESCAPES.sub(_unescaped, found.group(1))
        lowered = value.lower()
        if "attr(" in lowered or "none" in lowered or "normal" in lowered or _has_word(
                " ".join(a or b for a, b in _QUOTED.findall(value))):
            return True
    return bool(_DISPLAY_NONE.search(block) or _FONT_NAMED.search(block))


def _unescaped(escape: re.Match[str]) -> str:
    """A CSS escape's character (``"\\6E\\6F\\74"`` spells "not"; ``"\\f101"`` is an icon font's private one)."""
    if escape.group(1) is None:
        return escape.group(2)
    code = int(escape.group(1), 16)
    return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"


def _rules_adding_words(texts: list[str]) -> list[_Rule]:
    """The rules of ``texts`` (for every screen) that set ``content`` or ``display`` on a ``::before`` / ``::after``,
    when some rule's content adds a word at all (else none: most pages' generated content is icons and marks)."""
    budget = limits.current().style_max_chars
    rules: list[_Rule] = []
    adds_words = False
    order = 0
    for text in texts:
        if budget <= 0 or len(rules) >= _MOST_RULES:
            break
        text = text[:budget]
        budget -= len(text)
        for groups, prelude, block in style_blocks(text):
            order += 1
            if not _PSEUDO.search(prelude) or prelude.startswith("@") or not all(for_every_screen(g) for g in groups):
                continue
            rule = _rule(prelude, block, order)
            if rule is None:
                continue
            pieces = rule.pieces or ()
            adds_words = adds_words or any(kind == "attr" or _has_word(words) for kind, words in pieces)
            rules.append(rule)
            if len(rules) >= _MOST_RULES:
                break
    return rules if adds_words else []


def style_blocks(text: str) -> Any:
    """Each block of a style text, innermost first: the preludes of the blocks around it, its own prelude (comments
    out, white space collapsed) and its content. A text that ends inside a block loses that block."""
    stack: list[tuple[str, int]] = []
    start = 0
    for token in _TOKENS.finditer(text):
        mark = token.group()
        if mark == "{":
            prelude = " ".join(_COMMENTS.sub(" ", text[start:token.start()]).split())
            stack.append((prelude, token.end()))
            start = token.end()
        elif mark == "}":
            if stack:
                prelude, opened = stack.pop()
                yield [p for p, _ in stack], prelude, text[opened:token.start()]
            start = token.end()
        elif mark == ";":
            start = token.end()


def for_every_screen(prelude: str) -> bool:
    """Whether the rules in a group with this prelude apply to every screen: ``@media`` every screen meets, or a
    ``@layer``; not another condition, nor a style rule (a nested rule is not read)."""
    lowered = prelude.lower()
    if lowered.startswith("@media"):
        return for_screens(prelude[6:].strip())
    return lowered.startswith("@layer")


def _rule(prelude: str, block: str, order: int) -> _Rule | None:
    """A style rule's ``content`` and ``display`` (the last declaration of each wins, an important one over the
    others), or None when it sets neither."""
    import tinycss2  # noqa: PLC0415 - only for the few pages whose styles add words

    if not _may_matter(block):
        return None  # (a clearfix's content:"" and display:table, an icon's glyph: nothing read here)
    content: tuple[bool, list[Any]] | None = None
    display: tuple[bool, str] | None = None
    family: tuple[bool, str] | None = None
    for item in tinycss2.parse_blocks_contents(block, skip_comments=True, skip_whitespace=True):
        if item.type != "declaration":
            continue
        if item.lower_name == "content" and (content is None or item.important or not content[0]):
            content = (bool(item.important), item.value)
        elif item.lower_name == "display" and (display is None or item.important or not display[0]):
            display = (bool(item.important), tinycss2.serialize(item.value).strip().lower())
        elif item.lower_name in ("font-family", "font") and (family is None or item.important or not family[0]):
            family = (bool(item.important), tinycss2.serialize(item.value))
    if content is None and display is None and family is None:
        return None
    return _Rule(prelude, _pieces(content[1]) if content else None, bool(content and content[0]), content is not None,
                 None if display is None else display[1] == "none", bool(display and display[0]),
                 None if family is None else bool(_ICON_FONT.search(family[1])), order)


def _pieces(value: list[Any]) -> tuple[tuple[str, str], ...] | None:
    """What a ``content`` value shows, piece by piece: strings and ``attr()``s up to an alternative text's ``/``;
    None for ``none`` / ``normal`` (nothing generated)."""
    out: list[tuple[str, str]] = []
    for token in value:
        if token.type == "string":
            out.append(("text", token.value.replace("\n", " ")))
        elif token.type == "function" and token.lower_name == "attr":
            names = [t.value for t in token.arguments if t.type == "ident"]
            if names:
                out.append(("attr", names[0]))
        elif token.type == "ident" and token.lower_value in ("none", "normal"):
            return None
        elif token.type == "literal" and token.value == "/":
            break
    return tuple(out)


def _has_word(text: str) -> bool:
    """Whether generated text holds a letter or a digit outside the private use areas (icon fonts' glyphs)."""
    return any(c.isalnum() and unicodedata.category(c) != "Co" for c in text)


def _insert(root: Any, rules: list[_Rule], quirks: bool) -> int:
    """Match ``rules`` against the page, resolve each pseudo-element's cascade, and write the words it shows. The
    rules whose content adds words are matched first; the others (content set to nothing, ``display``, fonts) only
    where their subject may be one of the elements those matched (most of a sheet's pseudo-element rules are icons
    and clearfixes on other elements)."""
    from archiver.extract.style_rules import page_names  # noqa: PLC0415 - only for the few pages whose styles add words

    names = page_names(root)
    adding = [rule for rule in rules if any(kind == "attr" or _has_word(words) for kind, words in rule.pieces or ())]
    keys: dict[tuple[Any, str], list[tuple[_Rule, Any]]] = {}
    for rule, where, compiled in _compiled_selectors(adding, names):
        for el in _matched(compiled, root, quirks):
            keys.setdefault((el, where), []).append((rule, compiled))
    if not keys:
        return 0
    tags = {el.tag for el, _ in keys}
    classes = {c for el, _ in keys for c in (el.get("class") or "").split()}
    ids = {el.get("id") for el, _ in keys}
    for rule, where, compiled in _compiled_selectors([rule for rule in rules if rule not in adding], names):
        tag, need_classes, need_ids = compiled.subject
        if tag is not None and tag not in tags or not need_classes <= classes or not need_ids <= ids:
            continue
        for el in _matched(compiled, root, quirks):
            if (el, where) in keys:
                keys[(el, where)].append((rule, compiled))
    changed = set()
    for (el, where), matching in keys.items():
        words = _shown(el, matching)
        if words is None or el.tag in _NO_PSEUDO or not isinstance(el.tag, str):
            continue
        if where == "marker" and el.tag not in ("li", "summary"):
            continue  # (only a list item, and a <summary>, shows a marker)
        if not _has_word(words) or _NOT_WORDS.search(words) or _LOADING.search(words) or _glyph(el, words):
            continue
        _write(el, where, words)
        changed.add(el)
    return len(changed)


def _compiled_selectors(rules: list[_Rule], names: tuple[frozenset[str], frozenset[str]]) -> Any:
    """Each rule's ``::before`` / ``::after`` / ``::marker`` selectors, compiled without their pseudo-element, with
    which it is (:func:`compiled_selectors`)."""
    for rule in rules:
        for where, compiled in compiled_selectors(rule.selectors, names, ("before", "after", "marker")):
            yield rule, where, compiled


def compiled_selectors(selectors: str, names: tuple[frozenset[str], frozenset[str]],
                       pseudo: tuple[str, ...] = ()) -> Any:
    """The selectors of a selector list that name one of the pseudo-elements ``pseudo`` (none: those that name
    none), each with its pseudo-element's name ("" for none) and compiled without it
    (:func:`~archiver.extract.style_rules.compile_selector`); those a state that varies, a script's class, or a
    class or id the page lacks (``names``: :func:`~archiver.extract.style_rules.page_names`) rules out are left out.
    :mod:`archiver.extract.content_replaced` reads the page's elements' own selectors with it."""
    from cssselect import SelectorError, parse  # noqa: PLC0415
    from cssselect.parser import Selector  # noqa: PLC0415

    from archiver.extract.style_rules import compile_selector  # noqa: PLC0415

    classes, ids = names
    try:
        parsed = parse(selectors)
    except SelectorError:
        return
    for selector in parsed:
        where = str(selector.pseudo_element or "").lower()
        if where not in pseudo if pseudo else where:
            continue
        compiled = compile_selector(Selector(selector.parsed_tree, None))
        if compiled is not None and compiled.classes <= classes and compiled.ids <= ids:
            yield where, compiled


def _matched(compiled: Any, root: Any, quirks: bool) -> list[Any]:
    xpath = compiled.xpath(quirks)
    return [] if xpath is None else list(xpath(root))


def _shown(el: Any, matching: list[tuple[_Rule, Any]]) -> str | None:
    """The words a pseudo-element of ``el`` shows, from the rules that match it (each property's cascade:
    ``!important``, then specificity, then the later rule): None when its ``content`` adds nothing, its ``display`` is
    ``none`` or its font is an icon font's (:data:`_ICON_FONT`)."""
    content = max(((_Won(r.content_important, c.specificity, r.order), r) for r, c in matching if r.has_content),
                  default=None, key=lambda pair: pair[0])
    if content is None or not content[1].pieces:
        return None
    display = max(((_Won(r.display_important, c.specificity, r.order), r.display_none) for r, c in matching
                   if r.display_none is not None), default=None, key=lambda pair: pair[0])
    font = max(((_Won(False, c.specificity, r.order), r.icon_font) for r, c in matching if r.icon_font is not None),
               default=None, key=lambda pair: pair[0])
    if display is not None and display[1] or font is not None and font[1]:
        return None
    return "".join(value if kind == "text" else (el.get(value) or "") for kind, value in content[1].pieces)


def _glyph(el: Any, words: str) -> bool:
    """Whether generated ``words`` are an icon font's glyph, not words: one or two characters in an element an
    ``icon`` class names (icon fonts that map letters to pictures: ``.icon.msg-facebook:before{content:"c"}``; a
    font named as an icon font's is read in :func:`_shown`)."""
    return len(words.strip()) <= 2 and bool(_ICON_CLASS.search(el.get("class") or ""))


def _write(el: Any, where: str, words: str) -> None:
    """Put ``words`` at the start of ``el`` (``before``) or at its end (``after``), where a browser lays them out."""
    if where in ("before", "marker"):  # (a list item's marker stands before its words)
        el.text = words + (el.text or "")
        return
    children = [child for child in el]
    if children:
        last = children[-1]
        last.tail = (last.tail or "") + words
    else:
        el.text = (el.text or "") + words


__all__ = ["show_generated_content"]
