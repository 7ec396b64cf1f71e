"""Draw notices-blind11: article pages, one per site, from public projects' HTML test pages that no set here holds.

    /work/main/.venv/bin/python bench/data/notices-blind11/build.py            # re-runs the draw, checks pages.jsonl
    /work/main/.venv/bin/python bench/data/notices-blind11/build.py --write    # brings the pages back here

Why: issue 15 asks for a notices figure on pages no rule was written from; blind8, blind9 and blind10 used up the test
pages of 23 projects (bench/data/notices-blind8/, -blind9/, -blind10/), so this draw reads projects none of our sets
drew from (and none that authors-blind10's draw, the same day, claimed in /work/notes/claimed-sources.txt).

The pages are not committed (the tool library's rule: developers commit nothing ``fetch`` brings out of a
repository). ``pages.jsonl`` (committed) names each page's repository, commit, path there, licence and the sha256
of the page file; ``--write`` brings every page back from the read-only git dirs under /work/.mirror at that
commit and keeps it only if its sha256 is the recorded one (bench/data/mirror_pages.py).

The draw:
1. Candidates: opendatalab/magic-html's ``benchmark/data/article/htmls`` (its article benchmark, pages of 2024 and
   older; the URL is the one the benchmark's ``base.json`` names for the page, else the page's canonical link / og:url;
   its ``forum`` pages are not articles and are not read), and every HTML file of microsoft/markitdown,
   jhy/jsoup, peterc/pismo, currentslab/extractnet and miniflux/v2 (URL: canonical link, else og:url).
   Checked and empty (every page without a URL, known, or no article): chromium/dom-distiller,
   weblyzard/inscriptis, go-shiori/go-readability (mozilla/readability's pages), keepcosmos/readability,
   kumabook/readability, Unstructured-IO/unstructured, kreuzberg-dev/html-to-markdown, kreuzberg-dev/kreuzberg,
   JohannesKaufmann/html-to-markdown, jacktuck/unfurl, scrapinghub/extruct (only event and shop pages),
   kohlschutter/boilerpipe, scotteh/php-goose, readeck/readeck and brave-experiments/SpeedReader (no HTML page).
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
SEED = 20261211
#: this set's own labels (never an exclusion of its own pages when the draw is re-run)
OWN_LABELS = "notices-blind11.jsonl"
TARGET = 50
MAX_GZ = 150_000
#: name -> (GitHub repository, commit, licence)
SOURCES = {
    "magichtml": ("opendatalab/magic-html", "47d4a7fed12030e906a093b074637f178cb46ef2", "Apache-2.0"),
    "markitdown": ("microsoft/markitdown", "a51f725d7ff4cdfe3bb6ad2ce2c04d98bf5f1f00", "MIT"),
    "jsoup": ("jhy/jsoup", "46b620860af930eedc193a705eaf7cea5aec89a6", "MIT"),
    "pismo": ("peterc/pismo", "3b784a1fd0c882bcadc9e572aef1cfa8ddfa97bc", "MIT"),
    "extractnet": ("currentslab/extractnet", "b3e11056106a056ad74e2b7e6da4b3f31e9d02a9", "MIT"),
    "miniflux": ("miniflux/v2", "106cdd09e1557222303f3ed1376e1dadf0638621", "Apache-2.0"),
}
GENERIC = draw_common.GENERIC
#: hosts of made-up URLs that test pages carry (not a site)
PLACEHOLDER = re.compile(r"(^|\.)(example|exemple|foo)\.[a-z]+$|(^|\.)example-|^localhost$|^[^.]+$")
MADE_UP = draw_common.MADE_UP
MAGIC_DIR = "benchmark/data/article/htmls"

_MIRROR = draw_common.Mirror.of(SOURCES)
_ls, _show = _MIRROR.ls, _MIRROR.show


def candidates() -> list[dict]:
    html = re.compile(r"\.x?html?(\.gz)?$", re.I)
    base = json.loads(_show("magichtml", "benchmark/data/article/base.json"))
    out: list[dict] = []
    for p in _ls("magichtml", MAGIC_DIR):
        if html.search(p):
            key = p.rsplit("/", 1)[-1].rsplit(".", 1)[0]
            out.append({"src": "magichtml", "path": p, "url": (base.get(key) or {}).get("url", "")})
    for src in ("markitdown", "jsoup", "pismo", "extractnet", "miniflux"):
        out.extend({"src": src, "path": p, "url": ""} for p in _ls(src) if html.search(p))
    return out


def _known() -> tuple[set[str], set[str], set[str], set[str]]:
    """File base names, URLs, sites and content digests no page of this set may share."""
    return known_pages.known(HERE, OWN_LABELS, before="notices-blind11")


def draw() -> tuple[list[dict], dict[str, int]]:
    """One page per site, taken round-robin over the languages until ``TARGET`` pages."""
    return draw_common.blind_draw(candidates(), _show, declared_url, _known(), seed=SEED, target=TARGET,
                                 placeholder=PLACEHOLDER, max_gz=MAX_GZ, generic=GENERIC, made_up=MADE_UP)


if __name__ == "__main__":
    sys.exit(draw_common.main(HERE, MAKE, __doc__.split("\n")[0], draw,
                               record=draw_common.recorder(HERE, _MIRROR, MAKE),
                               record_help="write pages.jsonl from the draw (how it was first made; the pages are not written)",
                               record_then_compare=True))
