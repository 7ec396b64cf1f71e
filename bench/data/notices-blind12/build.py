"""Draw notices-blind12: article pages, one per site, from a 2026 extraction benchmark and two more projects' pages that no set here holds.

    /work/main/.venv/bin/python bench/data/notices-blind12/build.py            # re-runs the draw, checks pages.jsonl
    /work/main/.venv/bin/python bench/data/notices-blind12/build.py --write    # brings the pages back here

Why: issue 15 asks for a notices figure on pages no rule was written from; blind8 to blind11 used up the test
pages of 29 projects (bench/data/notices-blind8/ to -blind11/), so this draw reads a project none of our sets drew
from (claimed in /work/notes/claimed-sources.txt before the draw) and what magic-html's article benchmark still
holds of sites no set has.

The pages are not committed (the tool library's rule: developers commit nothing ``fetch`` brings out of a
repository). ``pages.jsonl`` (committed) names each page's repository, commit, path there, licence and the sha256
of the page file; ``--write`` brings every page back from the read-only git dirs under /work/.mirror at that
commit and keeps it only if its sha256 is the recorded one (bench/data/mirror_pages.py).

The draw:
1. Candidates: tiptopjaw/web-content-extraction-benchmark's ``release/html`` (1,000 pages collected in 2025-2026;
   the URL is the one its ``benchmark/ground-truth/<id>.json`` names; only pages that file types "article" or
   "blog", not its product, service, forum, listing, collection or documentation pages),
   opendatalab/magic-html's ``benchmark/data/article/htmls`` (as notices-blind11 read it: URL from ``base.json``)
   and oiwn/dom-content-extraction's ``html`` pages (URL: canonical link, else og:url).
   Checked and empty (no HTML article page with a URL, or only pages another set holds): mizchi/readability,
   fb55/readabilitySAX, ryanfowler/readability, jbl2024/readability_ex, jaimeiniesta/metainspector,
   miso-belica/jusText, scrapinghub/dateparser, markusmobius/content-extractor-benchmark (no pages of its own).
2. Dropped: no URL, or a made-up one; a file name, URL or site (host without ``www.``) that ../shared/bench,
   any older ``bench/data/*/pages.jsonl`` or ``bench/labels/*.jsonl`` holds; a page whose HTML equals (sha256) a
   page of those; not an article (a home page, a listing path segment, fewer than three ``<p>`` of 80+
   characters, an ``og:type`` of a track, video, podcast, book, profile or product); larger than ``MAX_GZ``
   gzipped. Nothing looks at a page's notices.
3. One page per site (the first in a shuffle with ``random.Random(SEED)``); sites grouped by declared language
   (``<html lang>``, first two letters; "?" when none) and taken round-robin over the languages (sorted by code)
   until ``TARGET`` pages.
"""

from __future__ import annotations

import json
import re
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
SEED = 20261212
#: this set's own labels (never an exclusion of its own pages when the draw is re-run)
OWN_LABELS = "notices-blind12.jsonl"
TARGET = 50
MAX_GZ = 150_000
#: name -> (GitHub repository, commit, licence)
SOURCES = {
    "wceb": ("tiptopjaw/web-content-extraction-benchmark", "977613a3a90de65c9ed5e1db251eeede7b9d9714", "Apache-2.0"),
    "magichtml": ("opendatalab/magic-html", "47d4a7fed12030e906a093b074637f178cb46ef2", "Apache-2.0"),
    "domce": ("oiwn/dom-content-extraction", "d1767f0852d6cfbe94423aece0b7eb7924ebb52b", "GPL-3.0"),
}
#: the page types of the benchmark's ground truth that are articles
ARTICLE_TYPES = {"article", "blog"}
GENERIC = draw_common.GENERIC
#: hosts of made-up URLs that test pages carry (not a site)
PLACEHOLDER = re.compile(r"(^|\.)(example|exemple|foo)\.[a-z]+$|(^|\.)example-|^localhost$|^[^.]+$")
MADE_UP = draw_common.MADE_UP
MAGIC_DIR = "benchmark/data/article/htmls"

_MIRROR = draw_common.Mirror.of(SOURCES)
_ls, _show = _MIRROR.ls, _MIRROR.show


def candidates() -> list[dict]:
    html = re.compile(r"\.x?html?(\.gz)?$", re.I)
    out: list[dict] = []
    for p in _ls("wceb", "release/html"):
        if html.search(p):
            key = p.rsplit("/", 1)[-1].split(".", 1)[0]
            truth = json.loads(_show("wceb", f"benchmark/ground-truth/{key}.json"))
            if (truth.get("_internal", {}).get("page_type", {}).get("primary")) in ARTICLE_TYPES:
                out.append({"src": "wceb", "path": p, "url": truth.get("url", "")})
    base = json.loads(_show("magichtml", "benchmark/data/article/base.json"))
    for p in _ls("magichtml", MAGIC_DIR):
        if html.search(p):
            key = p.rsplit("/", 1)[-1].rsplit(".", 1)[0]
            out.append({"src": "magichtml", "path": p, "url": (base.get(key) or {}).get("url", "")})
    out.extend({"src": "domce", "path": p, "url": ""} for p in _ls("domce", "html") if html.search(p))
    return out


def _known() -> tuple[set[str], set[str], set[str], set[str]]:
    """File base names, URLs, sites and content digests no page of this set may share."""
    return known_pages.known(HERE, OWN_LABELS, before="notices-blind12")


def draw() -> tuple[list[dict], dict[str, int]]:
    """One page per site, taken round-robin over the languages until ``TARGET`` pages."""
    return draw_common.blind_draw(candidates(), _show, declared_url, _known(), seed=SEED, target=TARGET,
                                 placeholder=PLACEHOLDER, max_gz=MAX_GZ, generic=GENERIC, made_up=MADE_UP,
                                 stats_key=lambda c, why: f"{c['src']}:{why}")


if __name__ == "__main__":
    sys.exit(draw_common.main(HERE, MAKE, __doc__.split("\n")[0], draw, stats_text=draw_common.stats_json,
                               record=draw_common.recorder(HERE, _MIRROR, MAKE),
                               record_help="write pages.jsonl from the draw (how it was first made; the pages are not written)",
                               record_then_compare=True))
