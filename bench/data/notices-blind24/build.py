"""Draw notices-blind24: Brazilian Portuguese news and press pages (victormartinez/ferret's fixtures) and Russian news
pages (axls/tensor-content-extractor's), languages no blind set had drawn.

    /work/main/.venv/bin/python bench/data/notices-blind24/build.py            # re-runs the draw, checks pages.jsonl
    /work/main/.venv/bin/python bench/data/notices-blind24/build.py --write    # brings the pages back here

Why: issue 15 asks for notices (recall, precision >= .90) and persons precision (>= .95) on pages no rule was written
from, in EN, DE, FR, ES, RU, PT, IT; the blind sets before this one hold 1 Russian and 4 Portuguese pages in all, and
notices-blind22's README found no eligible page in ES, RU, PT or IT left in the pools it knew. A helper's search of
the code index (session 57) found two repositories no set had read: ferret, a Brazilian news and legal-news
extractor whose regression fixtures are saved pages of 2016 (``tests/resources/pt/<site>/page.html``, each with the
page's URL in ``url.txt`` beside it), and a Russian "mini-readability" exercise's four saved news pages of 2023
(``tests/data/*.html``). Neither carries a licence; as for every set, the pages are not committed, only where they
come from.

The pages are not committed (the tool library's rule: developers commit nothing ``fetch`` brings out of a
repository). ``pages.jsonl`` (committed) names each page's repository, commit, path there and the sha256 of the page
file; ``--write`` brings every page back from the read-only git dirs under /work/.mirror at that commit and keeps it
only if its sha256 is the recorded one (bench/data/mirror_pages.py).

The draw:
1. Candidates: ferret's ``tests/resources/pt/**/page.html`` (not its ``content.html`` expected outputs) and
   tensor-content-extractor's ``tests/data/*.html`` at the commits of ``SOURCES``; a page's URL is the one it
   declares (``declared_url``), else the ``url.txt`` beside it (ferret's record of where it saved the page).
2. Dropped: no URL or a made-up one; a file name, URL, site or content that ../shared/bench or an older set holds
   (``known_pages.known(before="notices-blind24")``); not an article (``draw_common.is_article``); larger than
   ``MAX_GZ`` gzipped. Nothing looks at a page's notices or byline.
3. One page per site and per publisher in a shuffle with ``random.Random(SEED)``: every Russian page, then ferret's
   until ``TARGET`` pages (its pages declare Portuguese or nothing: all sit in its Portuguese folder).
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
SEED = 20261224
OWN_LABELS = "notices-blind24.jsonl"
TARGET = 30
MAX_GZ = 150_000
#: name -> (GitHub repository, commit, licence)
SOURCES = {
    "ferret": ("victormartinez/ferret", "2cadfa47d0842656c7c56136c004cf9ba488df9f", "none stated"),
    "tensor": ("axls/tensor-content-extractor", "82d3cc1c0ebc8ab84fd8a1d305d64421faf4516c", "none stated"),
}

_MIRROR = draw_common.Mirror.of(SOURCES)
_show = _MIRROR.show


def candidates() -> list[dict]:
    """The page files of both sources at their commits, each with its URL (declared, else ferret's ``url.txt``)."""
    found = []
    ferret = _MIRROR.ls("ferret", "tests/resources/pt")
    for path in sorted(p for p in ferret if p.endswith("/page.html")):
        url = declared_url(_show("ferret", path))
        beside = path.rsplit("/", 1)[0] + "/url.txt"
        if not url and beside in ferret:
            url = _show("ferret", beside).decode("utf-8", "replace").strip()
        found.append({"src": "ferret", "path": path, "url": url})
    for path in sorted(p for p in _MIRROR.ls("tensor", "tests/data") if p.endswith(".html")):
        found.append({"src": "tensor", "path": path, "url": declared_url(_show("tensor", path))})
    return found


def draw_set(here: Path, own_labels: str, seed: int, *, generic: frozenset[str] = draw_common.GENERIC
             ) -> tuple[list[dict], dict[str, int]]:
    """The draw of the set in ``here`` (labels ``own_labels``, made in :data:`known_pages.ORDER` as ``here``'s name):
    the eligible pages against every older set (``generic``: file names that name no page), one per site and
    publisher in a shuffle with ``seed``, every Russian page first, then ferret's until ``TARGET``. notices-blind25
    draws with it too (its ``build.py``)."""
    known = known_pages.known(here, own_labels, before=here.name)
    pool, stats = draw_common.eligible(candidates(), _show, declared_url, known, max_gz=MAX_GZ, generic=generic,
                                       stats_key=lambda c, why: f"{c['src']}:{why}")
    for c in pool:
        c["lang"] = draw_common.lang_or_meta(draw_common.doc_of(_show(c["src"], c["path"])))
        if c["src"] == "ferret" and c["lang"] == "?":
            c["lang"] = "pt"  # (its Portuguese folder; the page declares no language)
    first = draw_common.one_per_publisher(draw_common.one_per_site(pool, seed))
    stats["sites_and_publishers"] = len(first)
    russian = [c for c in first.values() if c["src"] == "tensor"]
    return russian + [c for c in first.values() if c["src"] == "ferret"][:TARGET - len(russian)], stats


def draw() -> tuple[list[dict], dict[str, int]]:
    return draw_set(HERE, OWN_LABELS, SEED)


if __name__ == "__main__":
    sys.exit(draw_common.main(HERE, MAKE, __doc__.split("\n")[0], draw, stats_text=draw_common.stats_json,
                              record=draw_common.recorder(HERE, _MIRROR, MAKE),
                              record_help="write pages.jsonl from the draw (once, when drawn)"))
