"""Regenerate tests/data/dateparse/stock_answers.json: the INSTALLED stock dateparser parser's
answers on the strings tests/test_extract_dates.py checks (strings.txt and the test's own list).

    /work/main/.venv/bin/python tests/data/dateparse/make_answers.py

Run it after make_strings.py, after a dateparser upgrade or a change of htmldate's parser
arguments (until then tests/dateparse_answers.py asks the stock parser live, and the tests are as
slow as before, not wrong). A string whose answer moves with the clock (asked now and at two other
dates given as dateparser's RELATIVE_BASE; two-digit years do) is left out, so the tests ask it
live each time.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import sys
from pathlib import Path

import dateparser

HERE = Path(__file__).resolve().parent
TESTS = HERE.parents[1]
sys.path.insert(0, str(TESTS))

from dateparse_answers import ANSWERS, answer, arguments  # noqa: E402
from test_extract_dates import all_strings  # noqa: E402

from archiver.extract import dateparse_locales  # noqa: E402

#: Other "now"s the answers are asked at, besides the real one.
OTHER_NOWS = (dt.datetime(2001, 3, 4, 5, 6, 7), dt.datetime(2049, 11, 28, 23, 59, 0))


def _parser(now: dt.datetime | None) -> dateparse_locales.DateDataParser:
    args = copy.deepcopy(dateparse_locales.HTMLDATE_PARSER_ARGS)
    if now is not None:
        args["settings"]["RELATIVE_BASE"] = now
    return dateparse_locales.DateDataParser(**args)


def main() -> int:
    strings = all_strings()
    parsers = [_parser(None), *(_parser(now) for now in OTHER_NOWS)]
    answers, moving = {}, []
    for string in strings:
        found = {answer(parser, string) for parser in parsers}
        if len(found) == 1:
            answers[string] = list(found.pop())
        else:
            moving.append(string)
    doc = {"dateparser": dateparser.__version__, "arguments": arguments(),
           "left_out_moving_with_the_clock": moving, "answers": answers}
    ANSWERS.write_text(json.dumps(doc, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(answers)} answers written, {len(moving)} left to be asked live: {moving}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
