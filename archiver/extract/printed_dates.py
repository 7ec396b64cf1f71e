"""How the page prints a date it is said to carry: the check that keeps a guessed date out of a citation.

htmldate's answer comes from anywhere in the page: a ``<time>`` attribute, a meta tag, but also
(with its extensive search) a copyright year, a year in a link or a headline, a date in a
sentence. Whether the reader of the page would see that date as the article's is told by how
the page's text prints it:

- ``"plain"``: a full date (day, month, year) at the start of a line or in a short line ("March
  5, 2024", "05.03.2024", "2024-03-05", a slash date whose order a day over 12 or the page's
  language settles);
- ``"running"``: only inside a sentence of running text ("The programme will start on June 1,
  2025, officials said."): an event the article mentions, not its date;
- ``"ambiguous"``: only as a slash date whose order the page does not settle (03/05/2024 on a page
  in plain English), or settles the other way: htmldate picked one reading;
- ``"absent"``: nowhere in the text (a bare year, a year-month from a link, a date in markup only).

Only lines holding the date's year are read, and only a few characters around each occurrence of
the year, so the check costs little on long pages.
"""

from __future__ import annotations

import re

from archiver.core import lazy_re
from archiver.extract.signals import date_at, in_sentence, slash_date

#: a date may start at a digit or at a word of three letters or more (a month name)
_DATE_START = lazy_re.compile(r"(?<!\w)(?=\d|[^\W\d_]{3})")
_SLASH = lazy_re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)")
#: how far before the year a date may start ("Wednesday, 30 September 2024": the weekday is not needed)
_LOOK_BACK = 24
_RANK = {"absent": 0, "ambiguous": 1, "running": 2, "plain": 3}
#: a day written on its own: "1", "01", "1st", "1." (not part of a longer number)
_DAY_TOKEN = "(?<![\\d.,/:-]){day}(?:st|nd|rd|th|er|\\.|日|일)?(?![\\d,/:])"
#: how near the year a day must stand to count as printed with it
_NEAR = 16


def how_printed(lines: list[str], iso: str, order: str | None) -> str:
    """How the page's text prints the date ``iso`` (YYYY-MM-DD): "plain", "running",
    "ambiguous" or "absent" (see the module's docstring; the best found counts). ``order`` is
    the page's slash-date order (:func:`archiver.extract.signals.slash_order`)."""
    year = iso[:4]
    best = "absent"
    for line in lines:
        at = line.find(year)
        while at >= 0 and best != "plain":
            for kind in _forms_at(line, at, iso, order):
                best = kind if _RANK[kind] > _RANK[best] else best
            at = line.find(year, at + 4)
        if best == "plain":
            break
    return best


def day_beside_year(lines: list[str], iso: str) -> bool:
    """Whether the text writes the day of ``iso`` on its own within a few characters of its year,
    in any language ("1 октября 2022", "2022年10月1日", "1. března 2022"): a date htmldate read in
    full from words :func:`how_printed` does not know, where a year alone ("© 2019", "Budget
    2024") has no day beside it."""
    year, day = iso[:4], int(iso[8:10])
    token = re.compile(_DAY_TOKEN.format(day=f"0?{day}"))
    for line in lines:
        at = line.find(year)
        while at >= 0:
            window = line[max(0, at - _NEAR): at] + " " + line[at + 4: at + 4 + _NEAR]
            if token.search(window):
                return True
            at = line.find(year, at + 4)
    return False


def _forms_at(line: str, year_at: int, iso: str, order: str | None) -> list[str]:
    """The kinds of print of ``iso`` among the dates that end or start at the year at ``year_at``."""
    window_start = max(0, year_at - _LOOK_BACK)
    kinds = []
    for start in _DATE_START.finditer(line, window_start, year_at + 1):
        rest = line[start.start():]
        slash = _SLASH.match(rest)
        if slash:
            a, b, y = int(slash.group(1)), int(slash.group(2)), int(slash.group(3))
            read = slash_date(a, b, y, order)
            if read == iso:
                kinds.append(_placed(line, start.start()))
            elif iso in (slash_date(a, b, y, "dmy"), slash_date(a, b, y, "mdy")):
                kinds.append("ambiguous")  # an order the page does not settle, or settles the other way
            continue
        if date_at(rest, order) == iso:
            kinds.append(_placed(line, start.start()))
    return kinds


def _placed(line: str, start: int) -> str:
    """"running" when the date at ``line[start:]`` stands inside a sentence (:func:`in_sentence`), else "plain"."""
    return "running" if in_sentence(line, start) else "plain"
