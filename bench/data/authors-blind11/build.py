"""Draw authors-blind11: article pages, one per site and publisher, from public projects' HTML test pages no set here drew from.

    /work/main/.venv/bin/python bench/data/authors-blind11/build.py            # re-runs the draw, checks pages.jsonl
    /work/main/.venv/bin/python bench/data/authors-blind11/build.py --write    # brings the pages back here

Why: issue 15 asks for persons precision >= .95 on pages no rule was written from; ten blind sets are read
(bench/labels/README.md, "authors-blind"), and authors-blind10 used the last projects known to hold test pages, so
an eleventh is drawn from projects none of our sets used (and none another helper claimed the same day in
/work/notes/claimed-sources.txt): jocmp/mercury-parser (a maintained fork of postlight/parser: only the fixtures it
added, never one postlight's commit holds, since postlight/parser is drawn from already), Gerapy/GerapyAutoExtractor,
alexeyzab/article-date-extractor, kapouer/url-inspector, niklak/dom_smoothie, lepture/hentry, and two recipe
projects (TandoorRecipes/recipes and hhursev/recipe-scrapers, one genre: together at most a third of the draw and
at most ``RECIPE_MAX`` pages).

The pages are not committed (the tool library's rule: developers commit nothing ``fetch`` brings out of a
repository). ``pages.jsonl`` (committed) names each page's repository, commit, path there, licence and the sha256
of the page file; ``--write`` brings every page back from the read-only git dirs under /work/.mirror at that
commit and keeps it only if its sha256 is the recorded one (bench/data/mirror_pages.py).

The draw (authors-blind10's rules, with this set's sources and seed):
1. Candidates: the HTML test pages of ``SOURCES`` (``candidates``); a page's URL is its canonical link or og:url
   (``declared_url``).
2. Dropped: no URL or a made-up one; a file name, URL, site or content (sha256) that ../shared/bench or a set
   older than this one holds (``known_pages.known(before="authors-blind11")``); not an article
   (``draw_common.is_article``); larger than ``MAX_GZ`` gzipped. Nothing looks at a page's byline, at the upstream
   projects' expected output (mercury-parser's custom extractors and their tests, recipe-scrapers' ``.json``,
   hentry's ``.json``, which name authors) or at what any extractor reports.
3. One page per site (the first in a shuffle with ``random.Random(SEED)``), then one per publisher (the host's
   last two labels, three under a two-letter country code's ``co``/``com``/``org``/``net``..., so that the dozen
   regional sites of one paper count once), taken round-robin over the declared languages (``<html lang>``, "?"
   when none): first every non-recipe page, then recipe pages up to half as many (a third of the set) and at most
   ``RECIPE_MAX``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import draw_common  # noqa: E402  (bench/data/draw_common.py: what the draws share)
import known_pages  # noqa: E402  (bench/data/known_pages.py)
from declared_url import declared_url  # noqa: E402  (bench/data/declared_url.py)
from mirror_pages import recompressed  # noqa: E402  (bench/data/mirror_pages.py)

MAKE = recompressed
SEED = 20261212
OWN_LABELS = "authors-blind11.jsonl"
TARGET = 100
RECIPE_MAX = 40
MAX_GZ = 150_000
#: name -> (GitHub repository, commit, licence)
SOURCES = {
    "mercury": ("jocmp/mercury-parser", "f987e9e0b9766d59595bcbf97ac2ebe0227c5506", "MIT"),
    "gerapy": ("Gerapy/GerapyAutoExtractor", "d65ddd09d4714db4615ea0d522829b20ca7805e5", "Apache-2.0"),
    "datex": ("alexeyzab/article-date-extractor", "e87ba1f7d09b95640b92591dee0d1b5f6d2ad905", "BSD-3-Clause (LICENSE)"),
    "urlinspector": ("kapouer/url-inspector", "1acd92f3c9688f49a3c8f10ca4ce6b75a4fa1222", "MIT"),
    "domsmoothie": ("niklak/dom_smoothie", "fee84ec0e45ef12c6fd878a593330b9fbcafed44", "MIT"),
    "hentry": ("lepture/hentry", "26457eb6438799a29defee7cb32ff4080dceea46", "BSD (setup.py)"),
    "tandoor": ("TandoorRecipes/recipes", "d206eddbd32bd3c40feff70ad780b0f91f325eaa",
                "AGPL-3.0 with the Commons Clause (LICENSE.md)"),
    "recipescrapers": ("hhursev/recipe-scrapers", "d08ddd0240ee0ff73dd9d705e43077a821944716", "MIT"),
}
RECIPE = {"tandoor", "recipescrapers"}
#: postlight/parser at the commit the earlier sets drew from (its fixtures are not candidates here)
POSTLIGHT = ("postlight/parser", "e8ba7ece291efa4d915d50dd4deeec17d54359f2")
#: name -> (folders, file pattern) of the candidate pages
_PATHS = {
    "mercury": (("fixtures",), r"\.html$"),
    "gerapy": (("samples/content", "samples/detail"), r"\.html$"),
    "datex": (("tests/fixtures",), r"\.html$"),
    "urlinspector": (("test/fixtures",), r"\.html$"),
    "domsmoothie": (("test-pages",), r"(?<!expected)(?<!result)\.html$"),
    "hentry": (("tests/cases",), r"\.html$"),
    "tandoor": (("cookbook/tests/other/test_data",), r"\.html$"),
    "recipescrapers": (("tests/test_data",), r"\.testhtml$"),
}
GENERIC = draw_common.GENERIC
PLACEHOLDER = draw_common.PLACEHOLDER
MADE_UP = draw_common.MADE_UP


_MIRROR = draw_common.Mirror.of(SOURCES)
_ls, _show = _MIRROR.ls, _MIRROR.show


def _postlight_paths() -> set[str]:
    repo, commit = POSTLIGHT
    return set(draw_common.Mirror.of({"p": (repo, commit, "")}).ls("p", "fixtures"))


def candidates() -> list[dict]:
    out: list[dict] = []
    old = _postlight_paths()
    for src, (dirs, pattern) in _PATHS.items():
        paths = [p for p in _ls(src, *dirs) if re.search(pattern, p)]
        if src == "mercury":
            paths = [p for p in paths if p not in old]
        present = set(_MIRROR.present(src, paths))
        out += [{"src": src, "path": p, "url": ""} for p in paths if p in present]
    return out


def _known() -> tuple[set[str], set[str], set[str], set[str]]:
    return known_pages.known(HERE, OWN_LABELS, before="authors-blind11")


def draw() -> tuple[list[dict], dict[str, int]]:
    known = _known()
    pool, stats = draw_common.pool_of(
        candidates(), _show, declared_url,
        lambda c, data, doc: draw_common.why_dropped(c, data, doc, known, placeholder=PLACEHOLDER, max_gz=MAX_GZ,
                                                     generic=GENERIC, made_up=MADE_UP),
        stats_key=lambda c, why: f"{c['src']}:{why}")
    first = draw_common.one_per_site(pool, SEED)
    by_pub = draw_common.one_per_publisher(first)
    stats["sites"], stats["publishers"] = len(first), len(by_pub)
    other = draw_common.round_robin_by_lang([c for c in by_pub.values() if c["src"] not in RECIPE], TARGET)
    recipes = draw_common.round_robin_by_lang([c for c in by_pub.values() if c["src"] in RECIPE],
                                              min(RECIPE_MAX, len(other) // 2, TARGET - len(other)))
    return other + recipes, stats


if __name__ == "__main__":
    sys.exit(draw_common.main(HERE, MAKE, __doc__.split("\n")[0], draw, stats_text=draw_common.stats_json,
                              record=draw_common.recorder(HERE, _MIRROR, MAKE),
                              record_help="write pages.jsonl from the draw (once, when drawn)"))
