"""A nested CSS rule's selectors made whole: what :mod:`archiver.extract.style_rules` matches a nested rule by.

Why: CSS Nesting (``.w{& .x{display:none}}``, ``.w{.x{display:none}}``), which Chromium 156 applies, puts rules
inside rules; the selector matcher (cssselect) reads only whole selectors, so each nested one is written out
under its parent first (rvsec69: such rules were read as no rule, and the words they hid were ``exact``).
"""

from __future__ import annotations


def nested_selector(parent: str, selector: str) -> str:
    """A nested rule's ``selector`` made whole under its ``parent`` list, as CSS Nesting reads it: each ``&``
    is the parent (``:is(parent)`` for a list of several), and one with no ``&`` is relative to it (a
    descendant, or after the combinator it opens with)."""
    whole = parent if len(split_selectors(parent)) == 1 else f":is({parent})"
    if "&" in selector:
        return selector.replace("&", whole)
    return f"{whole} {selector}"


def split_selectors(text: str) -> list[str]:
    """A selector list's selectors: split at its commas outside parentheses and brackets."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "," and depth == 0:
            out.append(text[start:i])
            start = i + 1
    out.append(text[start:])
    return [part for part in out if part.strip()]
