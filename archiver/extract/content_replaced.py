"""Elements whose words a ``content`` image replaces: shown to no reader.

``.x{content:url(dot.gif)}`` (or a gradient, an ``image-set()``) on an element, not on its ``::before``, makes
Chromium draw the image in place of everything the element holds: "The drug is <span class=x>not </span>safe."
shows "The drug is [image]safe." (Chromium 156: the span's text has no box, and ``innerText`` leaves it out). The
markup's text kept "not", so ``verify-quote`` answered ``exact`` for "the drug is not safe", a sentence no reader
saw (red team lead53; an old image-replacement idiom for logos, and a way to hide words as ``display:none`` does).
A string ``content`` on an element is ignored by Chromium, and ``normal`` / ``none`` replace nothing.

Read as the page's other style rules are: the ``<style>`` elements for every screen, rules at the top level or in
an ``@media`` every screen meets or a ``@layer`` (:func:`~archiver.extract.generated_content.for_every_screen`), the
same compiled selectors (:func:`~archiver.extract.style_rules.compile_selector`: no pseudo-element, no state that
varies, no class scripts change) and cascade (``!important``, then specificity, then the later rule; an inline
``style`` beats a rule's normal declaration). The ``<html>``, ``<head>`` and ``<body>`` elements are not read (a
page whose body an image replaces is not one a quote is taken from), nor are elements that are images already.
:func:`archiver.extract.unrendered.unrendered` adds what this finds to what the markup hides.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, NamedTuple

from archiver.core import lazy_re, limits
from archiver.extract.generated_content import compiled_selectors, for_every_screen, style_blocks

#: A ``content`` value that is an image (what replaces an element's content in Chromium).
_IMAGE = r"(?:url|(?:-webkit-)?(?:repeating-)?(?:linear|radial|conic)-gradient|(?:-webkit-)?image-set|(?:-webkit-)?cross-fade)\("
IMAGE_CONTENT = lazy_re.compile(rf"content\s*:\s*{_IMAGE}", re.I)
_IMAGE_VALUE = re.compile(rf"^\s*{_IMAGE}", re.I)
#: Elements not read: the page's root elements, and what shows an image or a medium anyway.
NOT_READ = frozenset(("html", "head", "body", "img", "input", "video", "audio", "canvas", "iframe", "object",
                      "embed", "svg", "picture", "br", "hr", "script", "style", "template"))
#: How many rules setting the property read are read at most.
_MOST_RULES = 2000


class _Rule(NamedTuple):
    selectors: str
    value: str
    important: bool
    order: int


def replaced_by_content(root: Any, texts: list[tuple[str, bool]], quirks: bool = False) -> list[Any]:
    """The elements of ``root``'s page whose content a ``content`` image replaces (module docstring), by its inline
    styles and by the rules of ``texts`` (:func:`~archiver.extract.style_texts.page_styles` of it)."""
    values = declared_values(root, [text for text, every in texts if every and IMAGE_CONTENT.search(text)],
                             ("content",), quirks)
    return [el for el, value in values.items()
            if _IMAGE_VALUE.match(value) and isinstance(el.tag, str) and el.tag not in NOT_READ]


def declared_values(root: Any, texts: list[str], names: tuple[str, ...], quirks: bool = False) -> dict[Any, str]:
    """The value that wins, for each element of ``root``'s page an inline style or a rule of ``texts`` (style texts
    for every screen) sets it on, of the property ``names`` name (a longhand and its shorthand read as one:
    ``text-decoration`` and ``text-decoration-line``), lower-cased, without ``!important``.

    The page's cascade: ``!important``, then specificity, then the later rule; an inline ``style`` beats a rule's
    normal declaration. Rules of elements only (no pseudo-element: generated content is read elsewhere), with the
    same compiled selectors as the hiding rules (no state that varies, no class scripts change). Why one reader:
    what a ``content`` image replaces and what ``text-decoration`` strikes through (:mod:`archiver.extract.struck`)
    are read alike."""
    rules = _rules(texts, names)
    won: dict[Any, tuple[tuple[bool, tuple[int, int, int], int], str]] = {}
    if rules:
        from archiver.extract.style_rules import page_names  # noqa: PLC0415

        page = page_names(root)
        for rule in rules:
            for _, compiled in compiled_selectors(rule.selectors, page):  # (not a pseudo-element's: generated)
                xpath = compiled.xpath(quirks)
                for el in xpath(root) if xpath is not None else ():
                    key = (rule.important, compiled.specificity, rule.order)
                    if el not in won or key >= won[el][0]:
                        won[el] = (key, rule.value)
    word = names[0].split("-")[-1]  # ("content", "decoration": the word every name of the property holds)
    for el in root.xpath(f"//*[@style[contains(translate(., '{word.upper()}', '{word}'), '{word}')]]"):
        value = _inline(el.get("style") or "", names)
        if value is not None and (el not in won or value[1] or not won[el][0][0]):
            won[el] = ((value[1], (1, 0, 0), 0), value[0])
    return {el: value for el, (_, value) in won.items()}


def _inline(style: str, names: tuple[str, ...]) -> tuple[str, bool] | None:
    """An inline style's last value of the property ``names`` name and whether it is important, or None."""
    found = list(_inline_pattern(names).finditer(style))
    if not found:
        return None
    important = [m for m in found if "!important" in m.group(1).lower()]
    value = (important or found)[-1].group(1)
    return value.lower().replace("!important", "").strip(), bool(important)


@lru_cache(maxsize=8)
def _inline_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """The declarations of the property ``names`` name in an inline style."""
    return re.compile(rf"(?:^|;)\s*(?:{'|'.join(map(re.escape, names))})\s*:\s*([^;]*)", re.I)


def _rules(texts: list[str], names: tuple[str, ...]) -> list[_Rule]:
    """The rules of ``texts`` (for every screen) that set the property ``names`` name on elements (not
    pseudo-elements)."""
    budget = limits.current().style_max_chars
    out: list[_Rule] = []
    order = 0
    for text in texts:
        if budget <= 0:
            break
        text = text[:budget]
        budget -= len(text)
        for groups, prelude, block in style_blocks(text):
            order += 1
            if prelude.startswith("@") or ":" in prelude and re.search(r":(?:before|after|marker)|::", prelude, re.I):
                continue
            lowered = block.lower()
            if not any(name in lowered for name in names) or not all(for_every_screen(g) for g in groups):
                continue
            value = _last_value(block, names)
            if value is not None:
                out.append(_Rule(prelude, value[0], value[1], order))
                if len(out) >= _MOST_RULES:
                    return out
    return out


def _last_value(block: str, names: tuple[str, ...]) -> tuple[str, bool] | None:
    """A block's winning declaration of the property ``names`` name (the last one; an important one over the
    others), read by tinycss2, lower-cased."""
    import tinycss2  # noqa: PLC0415

    won: tuple[str, bool] | None = None
    for item in tinycss2.parse_blocks_contents(block, skip_comments=True, skip_whitespace=True):
        if item.type == "declaration" and item.lower_name in names and (
                won is None or item.important or not won[1]):
            won = (tinycss2.serialize(item.value).strip().lower(), bool(item.important))
    return won


__all__ = ["IMAGE_CONTENT", "NOT_READ", "declared_values", "replaced_by_content"]
