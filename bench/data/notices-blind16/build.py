"""Draw notices-blind16: article pages, one per site and publisher, from a Spanish media scraper's saved news pages, a Russian page a readability port kept, and the 2025 extraction benchmark's undrawn English articles.

    /work/main/.venv/bin/python bench/data/notices-blind16/build.py            # re-runs the draw, checks pages.jsonl
    /work/main/.venv/bin/python bench/data/notices-blind16/build.py --write    # brings the pages back here

Why: issue 15 asks for a notices figure (recall, precision >= .90) and a persons precision (>= .95) on pages no rule
was written from, in EN, DE, FR, ES, RU, PT and IT; the blind sets before this one hold at most 32 non-English labels
of 339 and no Russian page. Two sources new here hold non-English article pages nobody here has read:
CommonActionForum/liqen-scraper, whose tests keep 26 saved pages of Spanish (and Catalan and Latin American) news
sites of 2017, and mvasilkov/readability2, whose history keeps one Russian article (slon.ru) as a usage example. The
rest of the set is Murrough-Foley/web-content-extraction-benchmark's (WCXB) English article pages no set holds
(notices-blind14 and -blind15 drew 86 of them). One draw serves both benches: bench/labels/notices-blind16.jsonl and
bench/labels/authors-blind15.jsonl label the same pages (this folder's).

The pages are not committed (the tool library's rule: developers commit nothing ``fetch`` brings out of a
repository). ``pages.jsonl`` (committed) names each page's repository, commit, path there, licence and the sha256
of the page file; ``--write`` brings every page back from the read-only git dirs under /work/.mirror at that
commit and keeps it only if its sha256 is the recorded one (bench/data/mirror_pages.py).

The draw:
1. Candidates: liqen-scraper's ``__tests__/__html__/*.html`` and readability2's ``usage/*.html`` (URL: the page's
   canonical link or og:url, ``declared_url``; liqen-scraper's tests, which name what its parsers should find,
   and readability2's ``usage/result.txt``, its extraction of the page, are never read); WCXB's ``dev/html`` and
   ``test/html`` pages that its ``metadata.json`` types "article", each with the URL its
   ``<split>/ground-truth/<id>.json`` names (only that field is read: the file also holds an author and the
   article's text, which nobody here read).
2. Dropped: no URL or a made-up one; a file name, URL, site or content (sha256) that ../shared/bench or a set
   older than this one holds (``known_pages.known(before="notices-blind16")``); not an article
   (``draw_common.is_article``); larger than ``MAX_GZ`` gzipped. Nothing looks at a page's notices or byline.
3. One page per site (the first in a shuffle with ``random.Random(SEED)``), then one per publisher (the host's last
   two labels, three under a country code's second level); every non-English page of the two new sources (their
   declared language not "en"), then WCXB's pages round-robin over its declared languages until ``TARGET`` pages.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(HERE.parent))

import draw_common  # noqa: E402  (bench/data/draw_common.py: what the draws share)
import known_pages  # noqa: E402  (bench/data/known_pages.py)
from declared_url import declared_url  # noqa: E402  (bench/data/declared_url.py)
from mirror_pages import recompressed  # noqa: E402  (bench/data/mirror_pages.py)

#: how a page file is made from its upstream file (gzipped at level 9, mtime 0)
MAKE = recompressed
SEED = 20261216
#: this set's own labels (never an exclusion of its own pages when the draw is re-run)
OWN_LABELS = "notices-blind16.jsonl"
TARGET = 48
MAX_GZ = 150_000
#: name -> (GitHub repository, commit, licence)
SOURCES = {
    "liqen": ("CommonActionForum/liqen-scraper", "6201cb7a7c200980d9aa505bfe8726b35a9cb6fa", "MIT"),
    "readability2": ("mvasilkov/readability2", "3b55ef30b489702abaf0ca841dd31644615e067a", "MIT"),
    "wcxb": draw_common.WCXB,
}
#: the sources new here, whose non-English pages are all drawn first
NEW = ("liqen", "readability2")

_MIRROR = draw_common.Mirror.of(SOURCES)
_ls, _show = _MIRROR.ls, _MIRROR.show


def candidates() -> list[dict]:
    out: list[dict] = [{"src": "liqen", "path": p, "url": ""} for p in _ls("liqen", "__tests__/__html__")
                       if p.endswith(".html")]
    out.extend({"src": "readability2", "path": p, "url": ""} for p in _ls("readability2", "usage")
               if p.endswith(".html"))
    out.extend(draw_common.wcxb_articles(_MIRROR))
    return out


def _known() -> tuple[set[str], set[str], set[str], set[str]]:
    """File base names, URLs, sites and content digests no page of this set may share."""
    return known_pages.known(HERE, OWN_LABELS, before="notices-blind16")


def draw() -> tuple[list[dict], dict[str, int]]:
    """One page per site and publisher: every non-English page of the new sources, then WCXB's pages round-robin
    over its languages until ``TARGET`` pages."""
    pool, stats = draw_common.eligible(candidates(), _show, declared_url, _known(), max_gz=MAX_GZ,
                                       stats_key=lambda c, why: f"{c['src']}:{why}")
    return draw_common.others_then_wcxb([c for c in pool if c["src"] == "wcxb" or c["lang"] != "en"], stats,
                                        seed=SEED, target=TARGET)


if __name__ == "__main__":
    sys.exit(draw_common.main(HERE, MAKE, __doc__.split("\n")[0], draw, stats_text=draw_common.stats_json,
                              record=draw_common.recorder(HERE, _MIRROR, MAKE), record_help="write pages.jsonl from the draw (once, when drawn)"))
