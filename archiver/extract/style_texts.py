"""Which of a page's ``<style>`` texts apply to a screen, and whether any may hide words: what
:func:`archiver.extract.unrendered.unrendered` asks before :mod:`archiver.extract.style_rules` (and
with it tinycss2 and cssselect, ~10-20 ms to import) is brought in to read them."""

from __future__ import annotations

import re
from typing import Any

from archiver.core import lazy_re

#: A style text that may hold a hiding declaration: its property, then (for ``display``,
#: ``visibility`` and font sizes) a hiding value before the declaration ends. A ``transform``,
#: ``scale`` or ``zoom`` and a backslash (an escape) are always read. Comments are taken out first.
_MAY_HIDE = lazy_re.compile(
    r"(?:display|visibility)\s*:[^;}]*?(?:none|hidden|collapse)"
    r"|font(?:-size)?\s*:[^;}]*?(?<![\w.#-])(?:0|\.\d|calc|min|max|clamp)"
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
    a critical-CSS ``<style>``, :data:`_CRITICAL`, never)."""
    out = []
    for style in root.iter("style"):
        kind = (style.get("type") or "").strip().lower()
        media = style.get("media") or ""
        if kind not in ("", "text/css") or not for_some_screens(media):
            continue
        if any(isinstance(a.tag, str) and a.tag in ("template", "noscript") for a in style.iterancestors()):
            continue
        if style.text:
            critical = _CRITICAL.search(f"{style.get('id') or ''} {style.get('class') or ''}") is not None
            out.append((style.text, for_screens(media) and not critical))
    return out


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
    ``screen``, ``not print`` or ``not speech`` with no condition."""
    queries = [" ".join(q.lower().split()) for q in media.split(",")]
    return queries == [""] or any(q in _MEDIA_READ and q for q in queries)
