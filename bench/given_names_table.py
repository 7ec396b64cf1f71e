"""Write ``archiver/extract/given_names_faker.txt``: the given names of Faker's person providers, for the backing model.

Why: the backing model (:mod:`archiver.extract.author_backing`) counts a listed given name opening a credit as
evidence that the credit names a person (its strongest feature). Its list was the extractor's own ~2,600 names,
written by hand, and the model leaned against writers whose given name that list lacks, non-Western names among
them ("Ogechi Chibueze", "Naoise McNally", "Віктор Волокіта"). Faker (MIT) keeps, per locale, lists of common given
names for 79 locales; this script takes every one-word name of them, less:

- names only its ``en`` locale holds (the US Social Security list of ~7,000, which holds "Press", "Texas", "Prince",
  "King", "Royal" ...); a name the ``en_US``, ``en_GB`` ... or any other locale lists too is kept;
- names of one or two letters ("El", "Al": articles and initials more often than names);
- :data:`EXCLUDED`: names that one of the extractor's own word sets gives another meaning (a month, a place, a title,
  a surname the rules read as one, a preposition), as found when the list was first made.

The file holds each name case-folded, one a line, after a header of ``#`` lines (the source, its version and
licence). ``tests/test_author_backing_faker_names.py`` checks the committed file is what this script makes from the
Faker version ``pyproject.toml``'s test extra pins; after changing that pin, run the script and commit the file.

    .venv/bin/python bench/given_names_table.py [--check]
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "archiver" / "extract" / "given_names_faker.txt"

#: The provider attributes that hold given names (a tuple, or a dict of name -> weight).
ATTRIBUTES = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary",
              "first_romanized_names", "first_romanized_names_male", "first_romanized_names_female")

#: Faker's given names (case-folded) that a module-level word set of ``archiver.extract`` held on 2026-12-05 (months,
#: places, titles, surnames the rules read as surnames, prepositions, interface words): found by collecting every
#: module-level frozenset of strings of the package (the given-name lists aside) and intersecting. Kept as a list,
#: not recomputed, so the file does not change when an unrelated word set does.
EXCLUDED = frozenset((
    "abbey", "abril", "anni", "anon", "asunción", "august", "avril", "baldwin", "belo", "campbell", "chase",
    "collins", "conrad", "cooper", "cruz", "davis", "del", "día", "duke", "durante", "edu", "einer", "ellis",
    "fletcher", "franklin", "fraser", "gibson", "hasta", "hudson", "hunter", "ibn", "johnson", "jordan", "jose",
    "juli", "junior", "juni", "július", "kasim", "kennedy", "kent", "lady", "lambert", "leia", "leone", "made", "maj",
    "maja", "mar", "marino", "mars", "mart", "may", "meta", "miller", "morris", "murray", "paris", "parker", "paz",
    "perry", "pier", "preston", "queen", "rica", "rico", "roberts", "rogers", "santa", "sep", "sierra", "taylor",
    "uma", "uno", "vaughan", "ver", "ville", "von", "ward", "август", "марта",
))


def faker_names() -> tuple[str, dict[str, set[str]]]:
    """(Faker's version, each given name of its person providers -> the locales listing it)."""
    import faker  # noqa: PLC0415 - a test extra, needed only to make the file
    import faker.providers.person as person  # noqa: PLC0415

    locales: dict[str, set[str]] = {}
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for attribute in ATTRIBUTES:
            # the class's own value or an inherited one; a property (a locale computing its list) is skipped
            value = next((base.__dict__[attribute] for base in provider.__mro__ if attribute in base.__dict__), None)
            if value is None or isinstance(value, property):
                continue
            for name in value.keys() if isinstance(value, dict) else value:
                locales.setdefault(name, set()).add(module.name)
    return faker.VERSION, locales


def table() -> str:
    """The file's text."""
    version, locales = faker_names()
    # (sorted: archiver.extract.given_names searches the file's text by halves; a name opening or ending on a mark
    # that broad_given_name strips from the word it is asked, "அகுல்," or "डा." (a title), could never be asked for)
    kept = sorted({name.casefold() for name, where in locales.items()
                   if " " not in name and len(name) > 2 and where != {"en"} and name.casefold() not in EXCLUDED
                   and name == name.strip(".,'’")})
    header = [
        "# Given names of Faker's person providers (every locale), for archiver.extract.author_backing's feature",
        f"# given_name_first. Made by bench/given_names_table.py from Faker {version}; {len(kept)} names, case-folded.",
        "# Faker: Copyright (c) 2012 Daniele Faraglia. Permission is hereby granted, free of charge, to any person",
        "# obtaining a copy of this software and associated documentation files (the \"Software\"), to deal in the",
        "# Software without restriction, including without limitation the rights to use, copy, modify, merge, publish,",
        "# distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is",
        "# furnished to do so, subject to the following conditions: The above copyright notice and this permission",
        "# notice shall be included in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED",
        "# \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF",
        "# MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR",
        "# COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT,",
        "# TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN",
        "# THE SOFTWARE.",
    ]
    return "\n".join([*header, *kept]) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when the committed file differs, write nothing")
    args = parser.parse_args()
    text = table()
    if args.check:
        same = OUT.read_text(encoding="utf-8") == text
        print(f"{OUT.name}: {'up to date' if same else 'differs from what Faker gives: run without --check'}")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10))} lines)")
    return 0


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        sys.exit(main())
