"""A one-word pen name glued to the post's date under the headline ("Yucy3/4/2025": the theme prints the writer
and the date in two elements with no space between), read only with second evidence: the writer's card after the
story, the name alone over a bio opening with it ("Yucy" / "Yucy, as a proficient editor ..., specializes in ...").

authors-blind18's first run missed such a writer (round b19auth). One word under a headline is as often a section,
a tag or a brand as a writer ("News3/4/2025"), and a wrong author is worse than none: the card is required, and a
story that names the word itself (its subject) names no writer here.

Why a module of its own: the form needs the writer's card after the story, which signals.py's line readers (its
``_glued_to_date`` reads a name glued after a date) never look for; one function a test can call on lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from archiver.core import lazy_re
from archiver.extract.name_letters import name_word

# One capitalised word glued to a date that opens with a digit ("Yucy3/4/2025", "Yucy12.03.2025", "Yucy2025-03-04").
# The word is a name's (:func:`~archiver.extract.name_letters.name_word`, any script; round auth59), asked after the match.
_GLUED = lazy_re.compile(r"([^\W\d_]{3,20})(\d{1,4}[./-]\d{1,2}[./-]\d{1,4})$")
# A bio opening with the name: a comma and a lower-case word, or a verb of being (EN, DE, FR, ES, IT, PT).
_BIO_AFTER = lazy_re.compile(r"(?:,\s+[a-zß-öø-ÿ]|\s+(?:is|was|ist|war|est|était|es|era|è|é)\s)")
#: A bio is a sentence: this many words at least.
_BIO_WORDS = 8
#: Lines under the headline the glued name may stand on.
_UNDER = 2


def _card_after(lines: Sequence[str], start: int, name: str) -> bool:
    """True when, from ``lines[start]`` on, the page prints ``name`` alone with a bio opening with it within the two
    lines under it (a writer's card)."""
    for k in range(start, len(lines)):
        if lines[k].strip() != name:
            continue
        for j in (k + 1, k + 2):
            if j < len(lines) and _bio(lines[j].strip(), name):
                return True
    return False


def _bio(text: str, name: str) -> bool:
    return text.startswith(name) and len(text.split()) >= _BIO_WORDS and _BIO_AFTER.match(text[len(name):]) is not None


def _named_in_story(lines: Sequence[str], body: tuple[int, int], name: str) -> bool:
    """True when the story's text names ``name`` (its subject), the writer's card (the name alone, its bio) aside."""
    word = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")
    return any(word.search(lines[k]) for k in range(body[0], min(body[1] + 1, len(lines)))
               if lines[k].strip() != name and not (_bio(lines[k].strip(), name) and _under_name(lines, k, name)))


def _under_name(lines: Sequence[str], k: int, name: str) -> bool:
    """True when the name stands alone on one of the two lines over ``lines[k]`` (a card's bio, not the story's)."""
    return any(j >= 0 and lines[j].strip() == name for j in (k - 1, k - 2))


def glued_pen_name(lines: Sequence[str], at: int, body: tuple[int, int] | None) -> list[str]:
    """``[name]`` when a line right under the headline at ``lines[at]`` is one capitalised word glued to a date and
    a writer's card after the story's start names the same word (see the module's docstring); else ``[]``."""
    if body is None:
        return []
    for i in range(at + 1, min(at + 1 + _UNDER, len(lines))):
        m = _GLUED.match(lines[i].strip())
        if m is None or not name_word(m.group(1)):
            continue
        name = m.group(1)
        if not _named_in_story(lines, body, name) and _card_after(lines, max(body[0], i + 1), name):
            return [name]
    return []


__all__ = ["glued_pen_name"]
