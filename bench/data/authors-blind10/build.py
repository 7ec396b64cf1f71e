"""Draw authors-blind10: 50 article pages, one per site, from public projects' HTML test pages no set here drew from.

    /work/main/.venv/bin/python bench/data/authors-blind10/build.py            # re-runs the draw, checks pages.jsonl
    /work/main/.venv/bin/python bench/data/authors-blind10/build.py --write    # brings the pages back here

Why: issue 15 asks for persons precision >= .95 on pages no rule was written from; nine blind sets are read
(bench/labels/README.md, "authors-blind"), and authors-blind9 used up the test pages of every project the sets had
drawn from, so a tenth is drawn from two projects none of them used: hhursev/recipe-scrapers (the saved pages of
some 640 recipe sites, ``tests/test_data/<site>/*.testhtml``; recipe pages are blog and magazine articles that
credit a cook or writer, or nobody) and bookieio/breadability (its article test pages).

The pages are not committed (the tool library's rule: developers commit nothing ``fetch`` brings out of a
repository). ``pages.jsonl`` (committed) names each page's repository, commit, path there, licence and the sha256
of the page file; ``--write`` brings every page back from the read-only git dirs under /work/.mirror at that
commit and keeps it only if its sha256 is the recorded one (bench/data/mirror_pages.py). Without ``--write`` the
script re-runs the draw, prints it and says whether it is the one ``pages.jsonl`` records.

The draw (authors-blind9's rules, bench/data/authors-blind9/build.py, with this set's sources and seed):
1. Candidates: the HTML test pages of the repositories in ``SOURCES`` (paths in ``_PATHS``); a page's URL is its
   canonical link or og:url (``declared_url``).
2. Dropped: no URL or a made-up one; a file name, URL, site or content (sha256) that ../shared/bench or a set
   OLDER than this one holds (``EARLIER``: the label files and bench/data sets there were when it was drawn);
   not an article (``draw_common.is_article``); larger than ``MAX_GZ`` gzipped. Nothing looks at a page's byline,
   at the upstream project's expected output (recipe-scrapers' ``.json`` files, which name an author) or at what
   any extractor reports.
3. One page per site (the first in a shuffle with ``random.Random(SEED)``), taken round-robin over the declared
   languages (``<html lang>``, "?" when none) until ``TARGET`` pages.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import draw_common  # noqa: E402  (bench/data/draw_common.py: what the draws share)
import known_pages  # noqa: E402  (bench/data/known_pages.py)
from declared_url import declared_url  # noqa: E402  (bench/data/declared_url.py)
from mirror_pages import recompressed  # noqa: E402  (bench/data/mirror_pages.py)

_spec = importlib.util.spec_from_file_location("notices_blind9_build", HERE.parent / "notices-blind9" / "build.py")
assert _spec is not None and _spec.loader is not None
b9 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(b9)

MAKE = recompressed
SEED = 20261210
OWN_LABELS = "authors-blind10.jsonl"
TARGET = 50
MAX_GZ = 150_000
#: the label files and bench/data page sets that existed when this set was drawn (its exclusions)
EARLIER = frozenset({
    "authors-blind2.jsonl", "authors-blind3.jsonl", "authors-blind4.jsonl", "authors-blind5.jsonl",
    "authors-blind6.jsonl", "authors-blind7.jsonl", "authors-blind8.jsonl", "authors-blind9.jsonl",
    "authors-scrapinghub.jsonl",
    "notices-blind8.jsonl", "notices-blind9.jsonl", "notices-blind10.jsonl", "notices-unseen.jsonl",
    "notices-unseen2.jsonl", "notices-unseen3.jsonl", "notices-unseen4.jsonl", "notices-unseen6.jsonl",
    "notices-unseen7.jsonl",
    *(f"notices-dev{n}.jsonl" for n in range(2, 21)),
    "authors-blind2", "authors-blind8", "authors-blind9", "fundus", "notices-blind8", "notices-blind9",
    "notices-blind10"})
#: name -> (GitHub repository, commit, licence)
SOURCES = {
    "recipescrapers": ("hhursev/recipe-scrapers", "d08ddd0240ee0ff73dd9d705e43077a821944716", "MIT"),
    "breadability": ("bookieio/breadability", "95377b08109a6ee18df0998baad35e5cd970edc8", "BSD (LICENSE.rst)"),
}
#: name -> (folders, file pattern) of the candidate pages
_PATHS = {
    "recipescrapers": (("tests/test_data",), r"\.testhtml$"),
    "breadability": (("tests/data/articles", "tests/test_articles"), r"\.html?$"),
}


_MIRROR = draw_common.Mirror.of(SOURCES)
_ls, _show = _MIRROR.ls, _MIRROR.show


def candidates() -> list[dict]:
    out: list[dict] = []
    for src, (dirs, pattern) in _PATHS.items():
        paths = [p for p in _ls(src, *dirs) if re.search(pattern, p)]
        present = set(_MIRROR.present(src, paths))
        out += [{"src": src, "path": p, "url": ""} for p in paths if p in present]
    return out


def _known() -> tuple[set[str], set[str], set[str], set[str]]:
    return known_pages.known(HERE, OWN_LABELS, only=EARLIER)


def draw() -> tuple[list[dict], dict[str, int]]:
    known = _known()
    pool, stats = draw_common.pool_of(
        candidates(), _show, declared_url,
        lambda c, data, doc: draw_common.why_dropped(c, data, doc, known, placeholder=b9.PLACEHOLDER, max_gz=MAX_GZ,
                                                     generic=b9.GENERIC),
        stats_key=lambda c, why: f"{c['src']}:{why}")
    first = draw_common.one_per_site(pool, SEED)
    stats["sites"] = len(first)
    return draw_common.round_robin_by_lang(first.values(), TARGET), stats


if __name__ == "__main__":
    sys.exit(draw_common.main(HERE, MAKE, __doc__.split("\n")[0], draw, stats_text=draw_common.stats_json,
                              record=draw_common.recorder(HERE, _MIRROR, MAKE),
                              record_help="write pages.jsonl from the draw (once, when drawn)"))
