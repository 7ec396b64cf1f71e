"""Regenerate the generated part of tests/data/dateparse/strings.txt from the INSTALLED dateparser.

    /work/main/.venv/bin/python tests/data/dateparse/make_strings.py

The file has two parts. Above ``MARK``: the strings htmldate sent to dateparser on the shared benchmark
pages (bench/bench_dateparser_first_use.py --find), kept as they are. From ``MARK`` on: strings this
script builds, with a fixed seed, from the locale data of the dateparser package installed from the
package registry (``dateparser.languages.loader.default_loader``: each locale's month and weekday names,
its relative words and relative-expression patterns, its skip words, am/pm and simplifications), in the
forms pages write dates in: day month year in several orders and separators, with or without spaces,
case changed, a weekday, a time, a time zone, an ordinal suffix, noise words before or after (a
dateline's label, another locale's word, a stray letter), relative expressions alone or with a time, and
numeric forms. No string comes from another project's tests. The test holds our filtered parser to the
stock one on every string, so what matters is that the strings reach many locales by many paths
(applicable or not, read or not), not that each is a date.

Then run make_answers.py (beside this file): the stock parser's answers the test compares with are
stored there; a string new to strings.txt is asked of the stock parser live until then (right, slower).
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import dateparser
from dateparser.languages.loader import default_loader

HERE = Path(__file__).resolve().parent
TARGET = HERE / "strings.txt"
MARK = "# - built by make_strings.py"
SEED = 20261201
#: strings built per locale (every locale, in dateparser's own order), and a second pass over a shuffle
PER_LOCALE = 1
EXTRA = 60
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
NOISE = ("Updated", "Published:", "Posted on", "von", "by", "am", "|", "·", "—", "x", "Стр.", "تاريخ", "写于")
ZONES = ("UTC", "GMT", "CET", "IST", "EST", "PDT", "+0200", "MSK", "JST")


def _words(info: dict, key: str) -> list[str]:
    return [w for w in info.get(key) or [] if isinstance(w, str) and w.strip()]


def _relative(info: dict, rng: random.Random) -> str:
    """A relative expression of the locale: one of its words, or one of its patterns with a number."""
    fixed = [w for ws in (info.get("relative-type") or {}).values() for w in ws]
    patterns = [p for ps in (info.get("relative-type-regex") or {}).values() for p in ps]
    if patterns and (not fixed or rng.random() < 0.5):
        pattern = rng.choice(patterns)
        text = re.sub(r"\((?:\\d|\[)[^)]*\)", str(rng.randint(1, 40)), pattern)
        text = text.replace("\\s*", rng.choice(("", " "))).replace("\\s+", " ").replace("\\s", " ")
        text = re.sub(r"(.)\?", lambda m: m.group(1) if rng.random() < 0.5 else "", text)
        return re.sub(r"[\\^$()|*+]", "", text).strip()
    return rng.choice(fixed) if fixed else ""


def _case(text: str, rng: random.Random) -> str:
    return rng.choice((text, text, text.upper(), text.lower(), text[:1].upper() + text[1:]))


def build(info: dict, rng: random.Random) -> str:
    """One string in a form picked by ``rng`` from the locale's data."""
    month = _words(info, rng.choice(MONTHS)) or ["x"]
    day = _words(info, rng.choice(DAYS)) or [""]
    name, wday = _case(rng.choice(month), rng), rng.choice(day)
    d, y = rng.randint(1, 28), rng.randint(1990, 2029)
    hm = f"{rng.randint(0, 23)}:{rng.randint(0, 59):02d}"
    am = _words(info, rng.choice(("am", "pm"))) or ["am"]
    form = rng.randrange(14)
    if form == 0:
        return f"{d} {name} {y}"
    if form == 1:
        return f"{name} {d}, {y}"
    if form == 2:
        return f"{wday}, {d} {name} {y} {hm}"
    if form == 3:
        return f"{d}{name}{y}"
    if form == 4:
        return f"{d:02d}-{name[:3]}-{y}"
    if form == 5:
        return f"{rng.choice(NOISE)} {d} {name} {y}"
    if form == 6:
        return f"{d} {name} {y} {rng.choice(NOISE)}"
    if form == 7:
        return f"{_relative(info, rng)} {hm}".strip()
    if form == 8:
        return _relative(info, rng) or f"{name} {y}"
    if form == 9:
        return f"{d}. {name} {y} {hm} {rng.choice(am)} {rng.choice(ZONES)}"
    if form == 10:
        suffix = rng.choice(("st", "nd", "rd", "th", "."))
        return f"{wday} {d}{suffix} {name}, {y}"
    if form == 11:
        skip = [w for w in _words(info, "skip") if w.strip()] or [","]
        return f"{d} {rng.choice(skip)} {name} {rng.choice(skip)} {y}"
    if form == 12:
        words = [k for s in info.get("simplifications") or [] for k in s if isinstance(k, str) and re.fullmatch(r"\w+", k)]
        lead = rng.choice(words) if words else str(d)
        return f"{lead} {name} {y}"
    sep = rng.choice(("/", ".", "-"))
    return f"{d:02d}{sep}{rng.randint(1, 12):02d}{sep}{y if rng.random() < 0.7 else y % 100:02d} {hm}"


def strings() -> list[str]:
    rng = random.Random(SEED)
    locales = list(default_loader.get_locales())
    out: list[str] = []
    for locale in locales:
        for _ in range(PER_LOCALE):
            out.append(build(locale.info, rng))
    for locale in rng.sample(locales, EXTRA):
        out.append(build(locale.info, rng))
    seen: set[str] = set()
    return [s for s in (" ".join(x.split()) for x in out) if s and not s.startswith("#") and not (s in seen or seen.add(s))]


def main() -> int:
    kept = TARGET.read_text(encoding="utf-8").split(MARK, 1)[0]
    made = strings()
    TARGET.write_text(kept + f"{MARK} (seed {SEED}) from the installed dateparser {dateparser.__version__}'s "
                      f"locale data: {len(made)} strings\n" + "\n".join(made) + "\n", encoding="utf-8")
    print(f"{TARGET}: {len(made)} strings built")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
