"""The stock dateparser parser's answers on the date strings tests/test_extract_dates.py holds our
filtered parser to, read from tests/data/dateparse/stock_answers.json where they are still the
installed dateparser's, asked of the stock parser itself where they are not.

Why a stored reference: the stock parser is the slow one (each string tried against every locale
it has: ~9 ms a string quiet, ~17 under load, and ~2 s to compile every locale's words first);
on its ~350 strings it was most of the file's CPU (12.2 CPU-s of a shared machine's make test,
the costliest in-process file). Its answers are fixed by its version, its arguments and, for a
few strings (two-digit years), the clock: the file holds the answers of one dateparser version
for one set of arguments, only for strings whose answer did not move with the clock when it was
made (make_answers.py asks at three dates), and this module asks the stock parser live for every
other string, for all of them when the version or the arguments differ. Our parser is always
asked live: the tests compare the two as before.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import dateparser

from archiver.extract import dateparse_locales

ANSWERS = Path(__file__).resolve().parent / "data" / "dateparse" / "stock_answers.json"

#: One parser's answer on one string: the date (ISO form), locale, period and parts.
Answer = tuple[str | None, str | None, str | None, tuple[str, ...]]


def answer(parser: Any, string: str) -> Answer:
    """``parser``'s answer on ``string``, in the form the stored answers are kept in."""
    data = parser.get_date_data(string)
    date = data.date_obj.isoformat() if data.date_obj is not None else None
    return date, data.locale, data.period, tuple(data.parts or ())


def arguments() -> str:
    """The stock parser's arguments as the file records them (htmldate's, as our parser takes them)."""
    return json.dumps(dateparse_locales.HTMLDATE_PARSER_ARGS, sort_keys=True)


def stored() -> dict[str, Answer]:
    """The file's answers, if they are the installed dateparser's for the same arguments; else none."""
    if not ANSWERS.exists():
        return {}
    doc = json.loads(ANSWERS.read_text(encoding="utf-8"))
    if doc.get("dateparser") != dateparser.__version__ or doc.get("arguments") != arguments():
        return {}
    return {string: (a[0], a[1], a[2], tuple(a[3])) for string, a in doc["answers"].items()}


def stock_answers(strings: list[str]) -> dict[str, Answer]:
    """The stock parser's answer on each of ``strings``: stored where the file holds it, else asked."""
    known = stored()
    asked = [string for string in strings if string not in known]
    if asked:
        stock = dateparse_locales.DateDataParser(**dateparse_locales.HTMLDATE_PARSER_ARGS)
        known = {**known, **{string: answer(stock, string) for string in asked}}
    return {string: known[string] for string in strings}
