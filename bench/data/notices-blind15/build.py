"""Draw notices-blind15: article pages, one per site and publisher, from a 2025 extraction benchmark's undrawn articles and recipe pages in six languages.

    /work/main/.venv/bin/python bench/data/notices-blind15/build.py            # re-runs the draw, checks pages.jsonl
    /work/main/.venv/bin/python bench/data/notices-blind15/build.py --write    # brings the pages back here

Why: issue 15 asks for a notices figure (recall, precision >= .90) and a persons precision (>= .95) on pages no rule
was written from, in EN, DE, FR, ES, RU, PT and IT. blind8 to blind14 and authors-blind2 to -blind13 used up the
test pages of the projects known here (their READMEs list them; this set's README lists the sources looked at this
time). Two sources still hold pages nobody here has read: Murrough-Foley/web-content-extraction-benchmark (WCXB),
of whose 924 eligible article pages notices-blind14 drew 48, all English; and hhursev/recipe-scrapers, whose
test pages are real recipe pages in many languages, of which authors-blind11 drew 16 of 835 eligible. No other
source found this session holds eligible pages (the README says what was checked). The six languages WCXB lacks
come from recipe-scrapers (its English pages are left out: WCXB gives English articles of every kind, and recipes
would otherwise fill half the set). One draw serves both benches: bench/labels/notices-blind15.jsonl and
bench/labels/authors-blind14.jsonl label the same pages (this folder's).

The pages are not committed (the tool library's rule: developers commit nothing ``fetch`` brings out of a
repository). ``pages.jsonl`` (committed) names each page's repository, commit, path there, licence and the sha256
of the page file; ``--write`` brings every page back from the read-only git dirs under /work/.mirror at that
commit and keeps it only if its sha256 is the recorded one (bench/data/mirror_pages.py).

The draw:
1. Candidates: WCXB's ``dev/html`` and ``test/html`` pages that its ``metadata.json`` types "article", each with
   the URL its ``<split>/ground-truth/<id>.json`` names (only that field is read: the file also holds an author
   and the article's text, which nobody here read); recipe-scrapers' ``tests/test_data/**/*.testhtml`` (URL: the
   page's canonical link or og:url, ``declared_url``; its ``.json`` expectations, which name authors, are never
   read).
2. Dropped: no URL or a made-up one; a file name, URL, site or content (sha256) that ../shared/bench or a set
   older than this one holds (``known_pages.known(before="notices-blind15")``: notices-blind14's and
   authors-blind11's pages among them); not an article (``draw_common.is_article``); larger than ``MAX_GZ``
   gzipped; a recipe-scrapers page whose declared language is not one of ``OTHER_LANGS``. Nothing looks at a
   page's notices or byline.
3. One page per site (the first in a shuffle with ``random.Random(SEED)``), then one per publisher (the host's last
   two labels, three under a country code's second level); ``PER_LANG`` pages of each of ``OTHER_LANGS`` (in that
   shuffle's order), then WCXB's pages round-robin over its declared languages ("en" and "?" for none) until
   ``TARGET`` pages.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import draw_common  # noqa: E402  (bench/data/draw_common.py: what the draws share)
import known_pages  # noqa: E402  (bench/data/known_pages.py)
from declared_url import declared_url  # noqa: E402  (bench/data/declared_url.py)
from mirror_pages import recompressed  # noqa: E402  (bench/data/mirror_pages.py)

#: how a page file is made from its upstream file (gzipped at level 9, mtime 0)
MAKE = recompressed
SEED = 20261215
#: this set's own labels (never an exclusion of its own pages when the draw is re-run)
OWN_LABELS = "notices-blind15.jsonl"
TARGET = 48
#: the issue's languages other than English, each given PER_LANG recipe pages
OTHER_LANGS = ("de", "es", "fr", "it", "pt", "ru")
PER_LANG = 3
MAX_GZ = 150_000
#: name -> (GitHub repository, commit, licence)
SOURCES = {
    "wcxb": draw_common.WCXB,
    "recipescrapers": ("hhursev/recipe-scrapers", "d08ddd0240ee0ff73dd9d705e43077a821944716", "MIT"),
}

_MIRROR = draw_common.Mirror.of(SOURCES)
_ls, _show = _MIRROR.ls, _MIRROR.show


def candidates() -> list[dict]:
    out = draw_common.wcxb_articles(_MIRROR)
    out.extend({"src": "recipescrapers", "path": p, "url": ""}
               for p in _MIRROR.present("recipescrapers", [p for p in _ls("recipescrapers", "tests/test_data")
                                                    if p.endswith(".testhtml")]))
    return out


def _known() -> tuple[set[str], set[str], set[str], set[str]]:
    """File base names, URLs, sites and content digests no page of this set may share."""
    return known_pages.known(HERE, OWN_LABELS, before="notices-blind15")


def draw() -> tuple[list[dict], dict[str, int]]:
    """One page per site and publisher: ``PER_LANG`` recipe pages of each of ``OTHER_LANGS``, then WCXB's pages
    round-robin over its languages until ``TARGET`` pages."""
    pool, stats = draw_common.eligible(candidates(), _show, declared_url, _known(), max_gz=MAX_GZ,
                                       stats_key=lambda c, why: f"{c['src']}:{why}")
    return draw_common.others_then_wcxb(
        [c for c in pool if c["src"] == "wcxb" or c["lang"] in OTHER_LANGS], stats, seed=SEED, target=TARGET,
        pick=lambda others: [c for lang in OTHER_LANGS for c in [c for c in others if c["lang"] == lang][:PER_LANG]])


if __name__ == "__main__":
    sys.exit(draw_common.main(HERE, MAKE, __doc__.split("\n")[0], draw, stats_text=draw_common.stats_json,
                              record=draw_common.recorder(HERE, _MIRROR, MAKE),
                              record_help="write pages.jsonl from the draw (once, when drawn)"))
