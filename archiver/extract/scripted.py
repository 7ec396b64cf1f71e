"""Evidence, in the HTML an HTTP capture holds, that the page's article is drawn by its scripts.

Single-page apps, Blogger's dynamic views and script-rendered news sites send a shell: the
article is in ``<noscript>`` (shown only where scripts are off), in a script's data, or nowhere
yet, and the visible markup holds a sidebar, an empty app root or an "enable JavaScript" notice.
Since extractor 39 words in ``<noscript>`` are not article text, so such a page's sidebar became
its "article" (security.googleblog.com) and an empty shell looked like ``not_article``. Neither
says what happened, nor that ``archive --browser`` would capture the article.

Which evidence, measured on the 792 dev-side pages of bench/extract_fingerprint.py (counts in
:func:`drawn_by_scripts`): markers of a script framework alone (an app root, ``__NEXT_DATA__``)
are on many ordinary server-rendered articles, so they count only when the visible page is
nearly empty; text in ``<noscript>``/``<template>`` counts only when it dwarfs the article
text. Text hidden by an inline style or ``hidden`` is not counted: menus, modals and tabs of
ordinary articles hide far more words than their article holds (21 dev articles, more than twice).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, NamedTuple

from lxml import etree

from archiver.core import lazy_re

#: The outermost ``<noscript>`` and ``<template>`` elements: what a page shows without scripts,
#: or what its scripts stamp out.
_FALLBACKS = etree.XPath(
    "//noscript[not(ancestor::noscript or ancestor::template)]"
    " | //template[not(ancestor::noscript or ancestor::template)]")
#: The mount points of script frameworks (React, Vue, Next, Nuxt, Gatsby, Angular).
_APP_ROOTS = etree.XPath(
    "//*[@id='root' or @id='app' or @id='__next' or @id='__nuxt' or @id='___gatsby' or @id='app-root'"
    " or @ng-app or @data-reactroot or @ng-version or @data-v-app]")
#: Scripts holding a framework's state as data ("__NEXT_DATA__", "window.__INITIAL_STATE__ = ...",
#: "__NUXT__", "__APOLLO_STATE__"): named by the script's id or in its first characters.
#: The candidates are picked in C (a "__" in the id or the first 200 characters); the name is
#: then checked in Python on those few.
_ISLAND_SCRIPTS = etree.XPath(
    "//script[not(@src) and not(@type='application/ld+json')"
    " and (contains(@id, '__') or contains(substring(., 1, 200), '__'))]")
_ISLAND_NAME = lazy_re.compile(r"__[A-Z][A-Z_]*(?:STATE|DATA|PROPS|NUXT)[A-Z_]*__")
#: A string literal of prose: 80 characters or more (escapes included).
_LONG_STRING = lazy_re.compile(r'"((?:[^"\\\n]|\\.){80,})"')
_JS_NOTICE = lazy_re.compile(
    r"enable javascript|javascript (?:is )?(?:disabled|required|must be enabled|turned off)|"
    r"(?:turn on|switch on|activate|requires?) javascript|"
    r"javascript (?:aktivieren|einschalten)|(?:aktivieren|aktiviere) (?:sie )?javascript|javascript ist deaktiviert|"
    r"activ(?:ez|er) (?:le )?javascript|javascript (?:est )?désactivé|"
    r"(?:habilita|habilite|activa|active) (?:el )?javascript|javascript (?:está )?desactivado|"
    r"(?:abilita|attiva) (?:il )?javascript|(?:ative|habilite) o javascript|"
    r"включите javascript|javascript отключ",
    re.IGNORECASE)

#: Text in ``<noscript>``/``<template>`` at least this long, and at least this many times the
#: article text, is where the article is. Dev pages: 1 of 792 reaches both (the Blogger post);
#: 8 hold 500 characters or more there, the next ratio is 0.99 (biobiochile.cl), most are under 0.2.
FALLBACK_MIN_CHARS = 500
FALLBACK_RATIO = 2
#: A visible page shorter than this is "nearly empty": the other signals count only there.
SHELL_MAX_CHARS = 500
#: Prose in a script's data at least this long is an article the scripts will draw.
ISLAND_MIN_CHARS = 500


class ScriptEvidence(NamedTuple):
    """What the page's markup says about scripts drawing it. ``fallback_chars`` and ``islands``
    are read before :func:`archiver.extract.page_lines.visible_lines_with_credits` consumes the tree
    (it strips ``<noscript>``, ``<template>`` and ``<script>``); whether there is an app root is
    asked of ``tree`` only for a nearly empty page (:meth:`app_root`), as the walk leaves
    elements' ids as they were."""

    fallback_chars: int = 0  # text in the outermost <noscript>/<template>, whitespace collapsed
    islands: tuple[str, ...] = ()  # the text of scripts holding a framework's state
    tree: Any = None  # the page, for :meth:`app_root`

    def app_root(self) -> bool:
        """Whether an element a script framework mounts into is on the page. Why on demand: the
        XPath tests every element's attributes (about 1 ms a page), and only a nearly empty
        page needs the answer."""
        return self.tree is not None and bool(_APP_ROOTS(self.tree))


def script_evidence(tree: Any) -> ScriptEvidence:
    """Read the evidence from a parsed page (XPath in C: Python sees only the candidates)."""
    fallback = sum(len(" ".join("".join(el.itertext()).split())) for el in _FALLBACKS(tree))
    islands = tuple(text for el in _ISLAND_SCRIPTS(tree)
                    if (text := el.text or "") and (_ISLAND_NAME.search(el.get("id") or "")
                                                    or _ISLAND_NAME.search(text[:200])))
    return ScriptEvidence(fallback_chars=fallback, islands=islands, tree=tree)


def _island_prose(islands: Sequence[str]) -> int:
    """Characters of prose (long string literals holding spaces) in the islands' data."""
    return sum(len(m.group(1)) for text in islands for m in _LONG_STRING.finditer(text)
               if m.group(1).count(" ") >= 8)


def drawn_by_scripts(evidence: ScriptEvidence, *, text: str, lines: Sequence[str]) -> bool:
    """Whether the article is evidently drawn by the page's scripts, not in its visible HTML.

    Either the page's script-less fallback holds much more text than the article text we found
    (dev pages: 1 of 792), or the visible page is nearly empty and holds an app root (dev: 0;
    49 pages carry one beside their article), a script's data holding prose (dev: 0; 17 pages
    carry one beside their article), or an "enable JavaScript" notice (dev: 0; 3 pages carry one
    beside their article). Counts: ``bench/script_signals.py``."""
    if evidence.fallback_chars >= FALLBACK_MIN_CHARS and evidence.fallback_chars >= FALLBACK_RATIO * len(text):
        return True
    visible = sum(len(line) for line in lines)
    if len(text) >= SHELL_MAX_CHARS or visible >= SHELL_MAX_CHARS:
        return False
    if _island_prose(evidence.islands) >= ISLAND_MIN_CHARS or evidence.app_root():
        return True
    notice = sum(len(line) for line in lines if _JS_NOTICE.search(line))
    return notice > 0 and 2 * notice >= visible
