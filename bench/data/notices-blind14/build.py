"""Draw notices-blind14: article pages, one per site and publisher, from a 2025 extraction benchmark and a recipe app's test pages.

    /work/main/.venv/bin/python bench/data/notices-blind14/build.py            # re-runs the draw, checks pages.jsonl
    /work/main/.venv/bin/python bench/data/notices-blind14/build.py --write    # brings the pages back here

Why: issue 15 asks for a notices figure (recall, precision >= .90) and a persons precision (>= .95) on pages no rule
was written from; blind8 to blind13 and authors-blind2 to -blind12 used up the test pages of the projects known
here (their READMEs list them). This draw reads Murrough-Foley/web-content-extraction-benchmark (WCXB: 2,008 pages
of 2025, one per domain, in a ``dev`` and a ``test`` split), which notices-blind12 looked at and did not draw from
(a benchmark of the same family as tiptopjaw's, whose 41 drawn pages are excluded here by URL, site and content),
and TandoorRecipes/recipes' saved recipe pages (German, French, Italian and Portuguese ones among them), which
authors-blind11 found eligible and did not draw. One draw serves both benches: bench/labels/notices-blind14.jsonl
and bench/labels/authors-blind13.jsonl label the same pages (this folder's).

The pages are not committed (the tool library's rule: developers commit nothing ``fetch`` brings out of a
repository). ``pages.jsonl`` (committed) names each page's repository, commit, path there, licence and the sha256
of the page file; ``--write`` brings every page back from the read-only git dirs under /work/.mirror at that
commit and keeps it only if its sha256 is the recorded one (bench/data/mirror_pages.py).

The draw:
1. Candidates: WCXB's ``dev/html`` and ``test/html`` pages that its ``metadata.json`` types "article" (not its
   forum, product, collection, listing, documentation or service pages), each with the URL its
   ``<split>/ground-truth/<id>.json`` names (only that field is read: the file also holds an author and the
   article's text, which nobody here read); TandoorRecipes' ``cookbook/tests/other/test_data/*.html`` (URL: the
   page's canonical link or og:url, ``declared_url``).
2. Dropped: no URL or a made-up one; a file name, URL, site or content (sha256) that ../shared/bench or a set
   older than this one holds (``known_pages.known(before="notices-blind14")``); not an article
   (``draw_common.is_article``); larger than ``MAX_GZ`` gzipped. Nothing looks at a page's notices or byline.
3. One page per site (the first in a shuffle with ``random.Random(SEED)``), then one per publisher (the host's last
   two labels, three under a country code's second level), taken round-robin over the declared languages
   (``<html lang>``, first two letters; "?" when none) until ``TARGET`` pages.
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
SEED = 20261214
#: this set's own labels (never an exclusion of its own pages when the draw is re-run)
OWN_LABELS = "notices-blind14.jsonl"
TARGET = 50
MAX_GZ = 150_000
#: name -> (GitHub repository, commit, licence)
SOURCES = {
    "wcxb": draw_common.WCXB,
    "tandoor": ("TandoorRecipes/recipes", "d206eddbd32bd3c40feff70ad780b0f91f325eaa",
                "AGPL-3.0 with the Commons Clause (LICENSE.md)"),
}

_MIRROR = draw_common.Mirror.of(SOURCES)
_ls, _show = _MIRROR.ls, _MIRROR.show


def candidates() -> list[dict]:
    out = draw_common.wcxb_articles(_MIRROR)
    out.extend({"src": "tandoor", "path": p, "url": ""}
               for p in _ls("tandoor", "cookbook/tests/other/test_data") if p.endswith(".html"))
    return out


def _known() -> tuple[set[str], set[str], set[str], set[str]]:
    """File base names, URLs, sites and content digests no page of this set may share."""
    return known_pages.known(HERE, OWN_LABELS, before="notices-blind14")


def draw() -> tuple[list[dict], dict[str, int]]:
    """One page per site and publisher, taken round-robin over the languages until ``TARGET`` pages."""
    return draw_common.blind_draw(candidates(), _show, declared_url, _known(), seed=SEED, target=TARGET,
                                 placeholder=draw_common.PLACEHOLDER, max_gz=MAX_GZ, generic=draw_common.GENERIC,
                                 made_up=draw_common.MADE_UP,
                                 per_publisher=True,
                                 stats_key=lambda c, why: f"{c['src']}:{why}")


if __name__ == "__main__":
    sys.exit(draw_common.main(HERE, MAKE, __doc__.split("\n")[0], draw, stats_text=draw_common.stats_json,
                              record=draw_common.recorder(HERE, _MIRROR, MAKE),
                              record_help="write pages.jsonl from the draw (once, when drawn)"))
