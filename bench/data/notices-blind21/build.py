"""Draw notices-blind21: English article pages snacktory's history keeps, and the 2025 extraction benchmark's undrawn
English articles.

    /work/main/.venv/bin/python bench/data/notices-blind21/build.py            # re-runs the draw, checks pages.jsonl
    /work/main/.venv/bin/python bench/data/notices-blind21/build.py --write    # brings the pages back here

Why: issue 15 asks for a notices figure (recall, precision >= .90) and a persons precision (>= .95) on pages no rule
was written from; this round's first run is an A/B (the session's start, 35f72ea, against main) on pages nobody here
has read. notices-blind20 had scanned every mirrored history with ``git rev-list --all --objects --missing=allow-any``
and drawn every eligible non-English article page no set held; what it left (README.md) is English, or a second page
of a publisher already drawn (the other se.pl and Impress sites: not drawn, one page per publisher), or declares no
language or URL. So this set is English: snacktory's test pages of 2014-2016 (``HISTORY``: its tree at two commits,
the newest and the one holding the most pages), a third of the set at most (``SNACKTORY_MAX``), for pages of another
decade and other sites' templates than the benchmark's, then Murrough-Foley/web-content-extraction-benchmark's
(WCXB) English article pages no set holds. One draw serves both benches: bench/labels/notices-blind21.jsonl and
bench/labels/authors-blind20.jsonl label the same pages.

The pages are not committed (the tool library's rule: developers commit nothing ``fetch`` brings out of a
repository). ``pages.jsonl`` (committed) names each page's repository, commit, path there, licence and the sha256
of the page file; ``--write`` brings every page back from the read-only git dirs under /work/.mirror at that
commit and keeps it only if its sha256 is the recorded one (bench/data/mirror_pages.py).

The draw (``draw_common.eligible`` and ``others_then_wcxb``, as notices-blind18 to -20's):
1. Candidates: snacktory's ``.html`` files under ``src/test/resources`` at each commit of ``SNACKTORY_COMMITS`` (a
   path at the first commit holding it), with the URL each page declares (``declared_url``); WCXB's ``dev/html``
   and ``test/html`` pages that its ``metadata.json`` types "article" (only the ground truth's ``url`` field read).
2. Dropped: no URL or a made-up one; a file name, URL, site or content (sha256) that ../shared/bench or a set
   older than this one holds (``known_pages.known(before="notices-blind21")``); not an article
   (``draw_common.is_article``); larger than ``MAX_GZ`` gzipped. Nothing looks at a page's notices or byline.
3. A snacktory page's language is its ``<html lang>``, else its ``og:locale``, else its Content-Language; kept are
   those declaring English (the others declare none, or are drawn already).
4. One page per site (the first in a shuffle with ``random.Random(SEED)``), then one per publisher; the first
   ``SNACKTORY_MAX`` snacktory pages in that order, then WCXB's pages until ``TARGET`` pages.
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
SEED = 20261221
#: this set's own labels (never an exclusion of its own pages when the draw is re-run)
OWN_LABELS = "notices-blind21.jsonl"
TARGET = 40
#: snacktory's pages are a third of the set at most: the rest is WCXB's 2018-2026 pages
SNACKTORY_MAX = 13
MAX_GZ = 150_000
_SNACKTORY, _APACHE = "smallrivers/snacktory", "Apache-2.0 (README.md: \"stands under Apache 2 License\")"
#: snacktory's commits read: the newest of its main line and the one whose tree holds the most test pages (242)
SNACKTORY_COMMITS = {"snacktory-head": "6a87f3f19d13843166dd689760cbdc2ff3af34f6",
                     "snacktory-6e4f": "6e4f1178e5cc88972a52170ceb94ff339ca1d323"}
#: name -> (GitHub repository, commit, licence); a history page's source is its repository at a commit holding it
SOURCES = {**{name: (_SNACKTORY, commit, _APACHE) for name, commit in SNACKTORY_COMMITS.items()},
           "wcxb": draw_common.WCXB}

_MIRROR = draw_common.Mirror.of(SOURCES)
_show = _MIRROR.show


def snacktory_pages() -> list[dict]:
    """snacktory's test pages, each path at the first commit of ``SNACKTORY_COMMITS`` holding it."""
    seen: set[str] = set()
    out: list[dict] = []
    for src in SNACKTORY_COMMITS:
        for path in _MIRROR.present(src, [p for p in _MIRROR.ls(src, "src/test/resources")
                                          if p.lower().endswith((".html", ".htm"))]):
            if path not in seen:
                seen.add(path)
                out.append({"src": src, "path": path, "url": ""})
    return out


def candidates() -> list[dict]:
    return snacktory_pages() + draw_common.wcxb_articles(_MIRROR)


def draw() -> tuple[list[dict], dict[str, int]]:
    """One page per site and publisher: up to ``SNACKTORY_MAX`` of snacktory's English pages, then WCXB's pages until
    ``TARGET`` pages."""
    known = known_pages.known(HERE, OWN_LABELS, before="notices-blind21")
    pool, stats = draw_common.eligible(candidates(), _show, declared_url, known, max_gz=MAX_GZ,
                                       stats_key=lambda c, why: f"{c['src'].split('-')[0]}:{why}")
    for c in pool:
        if c["src"] != "wcxb":
            c["lang"] = draw_common.lang_or_meta(draw_common.doc_of(_show(c["src"], c["path"])))
    return draw_common.others_then_wcxb([c for c in pool if c["src"] == "wcxb" or c["lang"] == "en"], stats,
                                        seed=SEED, target=TARGET, pick=lambda other: other[:SNACKTORY_MAX])


if __name__ == "__main__":
    sys.exit(draw_common.main(HERE, MAKE, __doc__.split("\n")[0], draw, stats_text=draw_common.stats_json,
                              record=draw_common.recorder(HERE, _MIRROR, MAKE),
                              record_help="write pages.jsonl from the draw (once, when drawn)"))
