"""Which of a page's ``<style>`` texts apply to a screen, and whether any may hide words: what
:func:`archiver.extract.unrendered.unrendered` asks before :mod:`archiver.extract.style_rules` (and
with it tinycss2 and cssselect, ~10-20 ms to import) is brought in to read them."""

from __future__ import annotations

import re
from typing import Any

from archiver.core import lazy_re

#: A style text that may hold a hiding declaration: its property, then (for ``display``,
#: ``visibility`` and font sizes) a hiding value before the declaration ends. A ``transform``,
#: ``scale`` or ``zoom`` and a backslash (an escape) are always read, and so is a ``display``, ``visibility`` or font
#: size that reads a custom property (:mod:`archiver.extract.css_vars`; rvsec70: ``font-size:var(--s)`` with
#: ``--s:0`` hides its words in Chromium 156, and a page with no other hiding declaration was never read, so they
#: were ``exact``). Comments are taken out first.
_MAY_HIDE = lazy_re.compile(
    r"(?:display|visibility)\s*:[^;}]*?(?:none|hidden|collapse)"
    r"|font(?:-size)?\s*:[^;}]*?(?<![\w.#-])(?:0|\.\d|calc|min|max|clamp)"
    r"|(?:display|visibility|font(?:-size)?)\s*:[^;}]*?var\("
    r"|transform|scale|zoom|\\", re.I)
#: The ``id``/``class`` of a ``<style>`` holding a page's critical CSS (WP Rocket's ``rocket-critical-css``,
#: ``critical-styles``, Autoptimize's ``aoatfcss``): the first paint's rules, which hide what lies below
#: the fold until the page's full stylesheet, loaded after it, shows it again (livescience.com's "Most
#: Read" box). Its rules are read as conditional ones: they may show, never hide.
_CRITICAL = lazy_re.compile(r"critical|above-the-fold|atfcss", re.I)
_COMMENT = lazy_re.compile(r"/\*.*?(?:\*/|$)", re.S)
#: The media queries every screen meets (``not print``: every medium but printers, rvsec69).
_MEDIA_READ = frozenset(("", "all", "screen", "only screen", "only all", "not print", "not speech"))


def page_styles(root: Any) -> list[tuple[str, bool]]:
    """The text of every ``<style>`` element that applies to some screen, in document order, with
    whether it applies to every screen (its ``media``: :func:`for_screens`;
    a critical-CSS ``<style>``, :data:`_CRITICAL`, never); and of every stylesheet the page holds in a
    ``data:`` URL (:func:`_linked_data_sheet`, :func:`_imported_data_sheets`)."""
    out: list[tuple[str, bool]] = []
    for style in root.iter("style", "link"):
        if style.tag == "link":
            out.extend(_linked_data_sheet(style))
            continue
        kind = (style.get("type") or "").strip().lower()
        media = style.get("media") or ""
        if kind not in ("", "text/css") or not for_some_screens(media):
            continue
        if _inert(style):
            continue
        if style.text:
            critical = _CRITICAL.search(f"{style.get('id') or ''} {style.get('class') or ''}") is not None
            every = for_screens(media) and not critical
            out.extend((text, every and holds) for text, holds in _imported_data_sheets(style.text))
            out.append((style.text, every))
    return out


def _inert(el: Any) -> bool:
    """Whether ``el`` stands in a ``<template>`` or a ``<noscript>``: no stylesheet of it applies (scripts on)."""
    return any(isinstance(a.tag, str) and a.tag in ("template", "noscript") for a in el.iterancestors())


#: Why stylesheets in ``data:`` URLs (rvsec69): a ``<link rel=stylesheet href="data:text/css,...">`` or a
#: ``<style>``'s ``@import url("data:...")`` is part of the captured page, and Chromium 156 applies it
#: (``bench/markup_structure_chromium.py``); read only as ``<style>`` texts, the words such a sheet hides were
#: ``exact``. Other linked sheets are not in an HTTP capture (module docstring of style_rules).
_IMPORT = lazy_re.compile(r"""\s*@import\s+(?:url\(\s*(?:(["'])(data:.*?)\1|(data:[^)\s]*))\s*\)|(["'])(data:.*?)\4)"""
                          r"([^;]*);", re.I | re.S)
#: An ``@import`` of a sheet elsewhere (not in an HTTP capture): passed over to the imports after it.
_OTHER_IMPORT = lazy_re.compile(r"\s*@import\s[^;]*;", re.I)
_LEADING = lazy_re.compile(r"\s*(?:@charset\s+\"[^\"]*\"\s*;|/\*.*?\*/)", re.S)


def _imported_data_sheets(text: str) -> list[tuple[str, bool]]:
    """The ``data:`` stylesheets a style text's leading ``@import`` rules name (CSS reads ``@import`` only before
    every other rule), with whether each holds on every screen (no condition after its URL but a ``layer``)."""
    out: list[tuple[str, bool]] = []
    if "@import" not in text.lower():  # (most style texts: no pattern run)
        return out
    at = 0
    while (leading := _LEADING.match(text, at)) is not None and leading.end() > at:
        at = leading.end()
    while True:
        if (m := _IMPORT.match(text, at)) is not None:
            sheet = _data_url_text(m.group(2) or m.group(3) or m.group(5))
            conditions = " ".join(m.group(6).split()).lower()
            if sheet is not None:
                out.append((sheet, conditions in ("", "layer") or for_screens(conditions)))
        elif (m := _OTHER_IMPORT.match(text, at)) is None:
            return out
        at = m.end()
        while (leading := _LEADING.match(text, at)) is not None and leading.end() > at:
            at = leading.end()


def _linked_data_sheet(link: Any) -> list[tuple[str, bool]]:
    """A ``<link rel=stylesheet>`` whose ``href`` is a ``data:`` URL, as a style text (none for any other link,
    one a script must enable, an alternate sheet, or one for printers or speech)."""
    rel = (link.get("rel") or "").lower().split()
    href = (link.get("href") or "").strip()
    media = link.get("media") or ""
    if ("stylesheet" not in rel or "alternate" in rel or link.get("disabled") is not None
            or href[:5].lower() != "data:" or not for_some_screens(media) or _inert(link)):
        return []
    sheet = _data_url_text(href)
    return [] if sheet is None else [(sheet, for_screens(media))]


def _data_url_text(url: str) -> str | None:
    """The text a ``data:`` URL holds (percent-decoded, or base64), as UTF-8; None when it does not decode."""
    import base64
    from urllib.parse import unquote_to_bytes

    head, comma, data = url[5:].partition(",")
    if not comma:
        return None
    raw = unquote_to_bytes(data)
    if head.lower().replace(" ", "").endswith(";base64"):
        try:
            raw = base64.b64decode(b"".join(raw.split()), validate=False)
        except ValueError:
            return None
    return raw.decode("utf-8", "replace")


def may_hide(texts: list[tuple[str, bool]]) -> bool:
    """Whether any of ``texts`` that applies to every screen may hold a declaration that hides
    (:data:`_MAY_HIDE`)."""
    for text, every in texts:
        if not every:
            continue
        if "/*" in text:
            text = _COMMENT.sub("", text)
        if _MAY_HIDE.search(text) is not None:
            return True
    return False


def for_some_screens(media: str) -> bool:
    """Whether some screen meets a media query list: one of its queries is not for printers or
    speech alone (``print``, ``only print and (...)``, ``speech``)."""
    for query in media.split(","):
        words = query.lower().split()
        if words[:1] == ["only"]:
            words = words[1:]
        if words[:1] not in (["print"], ["speech"]):
            return True
    return False


def for_screens(media: str) -> bool:
    """Whether a media query list holds for every screen: empty, or one of its queries is ``all``,
    ``screen``, ``not print`` or ``not speech`` with no condition, or one whose conditions every reader's
    viewport meets (:func:`_every_viewport`)."""
    queries = [" ".join(q.lower().split()) for q in media.split(",")]
    return queries == [""] or any(q and (q in _MEDIA_READ or _every_viewport(q)) for q in queries)


#: The smallest viewport a reader's browser shows a page in, in CSS pixels: 320 wide (the narrowest phones in use)
#: and 280 high (a phone held sideways, less the browser's bars).
_SMALLEST = {"width": 320.0, "height": 280.0}
#: A minimum viewport width or height: ``(min-width: 1px)``, ``(width >= 10em)``.
_MIN_SIZE = lazy_re.compile(r"\(\s*(?:min-(?:device-)?(width|height)\s*:|(width|height)\s*>=?)\s*"
                            r"(\d*\.?\d+)\s*(px|em|rem)?\s*\)")


def _every_viewport(query: str) -> bool:
    """Whether every reader's viewport meets ``query`` (lower case, white space collapsed): ``all`` or ``screen`` (or
    none) and only minimum widths and heights no larger than the smallest viewport (:data:`_SMALLEST`). Why
    (rvsec69): ``@media (min-width:1px){.x{display:none}}`` hides its words on every screen, and Chromium 156 hides
    them; read as a condition some screens fail, they were ``exact``. A larger minimum (a desktop layout's) still
    is such a condition: a phone shows what it hides."""
    parts = query.split(" and ")
    if parts[0] in ("all", "screen", "only screen", "only all"):
        parts = parts[1:]
    if not parts:
        return False
    for part in parts:
        m = _MIN_SIZE.fullmatch(part)
        if m is None or (m.group(4) is None and float(m.group(3)) != 0):  # (a length with no unit but 0 is invalid)
            return False
        size = float(m.group(3)) * (16 if m.group(4) in ("em", "rem") else 1)
        if size > _SMALLEST[m.group(1) or m.group(2)]:
            return False
    return True
