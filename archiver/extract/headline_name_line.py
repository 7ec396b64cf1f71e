"""A writer's name alone on its line right under the headline, over the story's date line, with no lead word and no
declaration (authors-blind16's first run missed two: "Matteo Laratta" between the ``<h1>`` and "Last Updated:",
"Emmanuel Oyibo" over a topic tag and "Published on ..."; round b17auth).

A wrong author is worse than none, and a name alone under a headline is as often the story's subject, a topic or a
reviewed book's author, so each reading here needs all of: the line is right under the headline (or under the
headline printed twice); it is a person's full name of two words by the given-name list (its first word a listed given name,
:func:`archiver.extract.given_names.given_name`, no place, a person by
:func:`archiver.extract.signals.name_kind`); the post's date line follows it within two lines, at most one short topic
tag ("#Cloud Computing") between, a date label ("Last Updated:", "Published on ...", "Veröffentlicht am ...") or a
date; and the story never names the surname (its subject is named again in it). :func:`archiver.extract.signals.
headline_credit` reads a name over a date only on the very next line; this reads the block a byline widget prints.

Why a module of its own: signals.py and byline_forms.py hold the other byline readers (and another round edits them
now); this one form is read in one function a test can call on lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from archiver.core import lazy_re
from archiver.extract.given_names import given_name
from archiver.extract.signals import date_at, name_kind, place_name

# Two words only, as signals' _name_over_date reads a name over a date: a third is as often a follow button's
# ("Pablo Iglesias Seguir", a topic's tag over the date), a school's or a team's after a person's name.
_NAME = lazy_re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[-'’][A-ZÀ-ÖØ-Þa-zß-öø-ÿ][a-zß-öø-ÿ]+)*\s+"
                        r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[-'’][A-ZÀ-ÖØ-Þa-zß-öø-ÿ][a-zß-öø-ÿ]+)*$")
# A post's date line, opened by its label (the date itself may be drawn by the page's scripts: "Last Updated:" alone).
_DATE_LABEL = lazy_re.compile(
    r"^\W{0,2}(?:published|posted|updated|last\s+updated|last\s+modified|veröffentlicht|aktualisiert|"
    r"zuletzt\s+aktualisiert|publié|mis\s+à\s+jour|publicado|actualizado|atualizado|pubblicato|aggiornato)"
    r"(?:\s+(?:on|am|le|el|em|il))?\s*(?::|$|\s+\d|\s+[A-Za-zÀ-ÿ]{3,9}\.?\s+\d)", re.IGNORECASE)
# A topic tag printed between the writer and the date ("#Cloud Computing"): a hash and a few words, nothing else.
_TAG = lazy_re.compile(r"^#\s?[^\W\d_][\w&' -]{1,40}$")
#: Lines under the headline the name may stand on (the headline is printed twice by some themes: its title line too).
_UNDER = 2


def _date_line(line: str) -> bool:
    text = line.strip()
    return len(text) <= 80 and (_DATE_LABEL.match(text) is not None or (len(text) <= 40 and date_at(text) is not None))


def _dated_below(lines: Sequence[str], i: int) -> bool:
    """True when the post's date line follows line ``i``: on the next line, or on the one after a topic tag."""
    if i + 1 < len(lines) and _date_line(lines[i + 1]):
        return True
    return i + 2 < len(lines) and _TAG.match(lines[i + 1].strip()) is not None and _date_line(lines[i + 2])


def _named_in_story(lines: Sequence[str], body: tuple[int, int], name: str, at: int) -> bool:
    surname = re.compile(r"(?<!\w)" + re.escape(name.split()[-1]) + r"(?!\w)")
    return any(surname.search(lines[k]) for k in range(max(body[0], at + 1), min(body[1] + 1, len(lines)))
               if lines[k].strip() != name)


def name_line_under_headline(lines: Sequence[str], at: int, body: tuple[int, int] | None) -> list[str]:
    """``[name]`` when a line right under the headline at ``lines[at]`` is a person's full name alone over the
    post's date line, and the story names no one of that surname (see the module's docstring); else ``[]``. Without
    the article's span (``body``) nothing is read: the story's mentions cannot be told."""
    if body is None:
        return []
    for i in range(at + 1, min(at + 1 + _UNDER, len(lines))):
        name = lines[i].strip()
        if name == lines[at].strip():
            continue  # the headline printed again
        if len(name) > 40 or not _NAME.match(name):
            return []
        if not given_name(name.split()[0]) or place_name(name) or name_kind(name) != "person":
            return []
        if not _dated_below(lines, i) or _named_in_story(lines, body, name, i):
            return []
        return [name]
    return []


__all__ = ["name_line_under_headline"]
