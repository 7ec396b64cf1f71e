"""What a CSS value that reads custom properties (``display: var(--d)``) may come to on a page.

Why (rvsec69): ``:root{--d:none} .x{display:var(--d)}``, ``.x{display:var(--unset, none)}`` and an inline
``style="--d:none; display:var(--d)"`` hide their words in Chromium 156 (``bench/markup_structure_chromium.py``),
and the hiding rules read ``var(--d)`` as a value that shows, so those words were ``exact``. Which declaration of
a custom property reaches an element is a cascade of its own (inherited, per element); here a reference may come
to any value the page declares for that name anywhere (its ``<style>`` texts, its ``style`` attributes) or to its
fallback: a value that may hide is read as hiding (the safe side: a page that gives ``--d`` ``none`` in one place
and ``block`` in another hides both ways here).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from archiver.core import lazy_re

#: A ``var()`` reference: its custom property's name and its fallback (anything up to the closing parenthesis,
#: one level of parentheses inside).
_VAR = lazy_re.compile(r"var\(\s*(--[a-z0-9_-]+)\s*(?:,\s*((?:[^()]|\([^()]*\))*))?\)", re.I)
#: A custom property's declaration in a style text or a ``style`` attribute.
_DECLARED = lazy_re.compile(r"(--[A-Za-z0-9_-]+)\s*:\s*([^;{}]*)")
#: The most values one value is read as (a value of several references, each declared many times, is cut there).
_MOST = 32


def declared(texts: Iterable[str]) -> dict[str, set[str]]:
    """Every value each custom property is declared with in ``texts`` (names and values lower case, white space
    collapsed, without ``!important``), as the readers of values hold them."""
    out: dict[str, set[str]] = {}
    for text in texts:
        if "--" not in text:
            continue
        for m in _DECLARED.finditer(text):
            value = " ".join(m.group(2).split()).lower()
            if value.endswith("important") and "!" in value:
                value = value[:value.rindex("!")].strip()
            out.setdefault(m.group(1).lower(), set()).add(value)
    return out


def may_take(value: str, customs: Mapping[str, set[str]]) -> set[str]:
    """Every value ``value`` may come to once each of its ``var()`` references is replaced by a value ``customs``
    declares for it or by its fallback (a reference with neither makes the declaration invalid at computed-value
    time: the property's initial or inherited value, none read here); references inside those too, four deep."""
    out = {value}
    for _ in range(4):
        done = True
        following: set[str] = set()
        for each in out:
            m = _VAR.search(each)
            if m is None:
                following.add(each)
                continue
            done = False
            choices = set(customs.get(m.group(1).lower(), ()))
            if m.group(2) is not None:
                choices.add(" ".join(m.group(2).split()))
            following.update(each[:m.start()] + choice + each[m.end():] for choice in sorted(choices))
        out = set(sorted(following)[:_MOST])
        if done:
            break
    return {each for each in out if "var(" not in each}
