"""Draw notices-blind22: recipe-scrapers' non-English recipe pages (a third of the set at most), the 2026 extraction
benchmark's (tiptopjaw) pages no set holds, and the 2025 benchmark's undrawn English articles.

    /work/main/.venv/bin/python bench/data/notices-blind22/build.py            # re-runs the draw, checks pages.jsonl
    /work/main/.venv/bin/python bench/data/notices-blind22/build.py --write    # brings the pages back here

Why: issue 15 asks for a notices figure (recall, precision >= .90) and a persons precision (>= .95) on pages no rule
was written from, in EN, DE, FR, ES, RU, PT, IT; every set before this one has been read (dev). notices-blind21's
README names the pools left: hhursev/recipe-scrapers' non-English recipe pages (``.testhtml``), TandoorRecipes'
test pages and tiptopjaw/web-content-extraction-benchmark's ~500 English pages of 2026 (``release/html``), besides
Murrough-Foley/web-content-extraction-benchmark's (WCXB) undrawn English articles. ../shared/bench/metadata holds no
page a blind draw may take (``known_pages.known`` counts all of it). So: recipe-scrapers' pages at its head that
declare a language other than English, round-robin over their languages, a third of the set at most
(``RECIPE_MAX``: recipe pages are one template family); every tiptopjaw page declaring another language than
English, then ``TIPTOP_EN`` of its English ones (pages of 2026, another benchmark's selection than WCXB's); then
WCXB's until ``TARGET``. TandoorRecipes' test pages are read too (none in another language is eligible at its
head: its German pages' sites are held by sets already). One draw serves both benches:
bench/labels/notices-blind22.jsonl and bench/labels/authors-blind21.jsonl label the same pages.

The pages are not committed (the tool library's rule: developers commit nothing ``fetch`` brings out of a
repository). ``pages.jsonl`` (committed) names each page's repository, commit, path there, licence and the sha256
of the page file; ``--write`` brings every page back from the read-only git dirs under /work/.mirror at that
commit and keeps it only if its sha256 is the recorded one (bench/data/mirror_pages.py).

The draw (``draw_common.eligible`` and ``others_then_wcxb``, as notices-blind18 to -21's):
1. Candidates: recipe-scrapers' ``tests/test_data/**/*.testhtml``, Tandoor's ``cookbook/tests/**/*.html`` and
   tiptopjaw's ``release/html/*.html.gz`` at the commits of ``SOURCES`` (files the mirror holds), each with the URL
   it declares (``declared_url``: tiptopjaw's ground truth is never read); WCXB's ``dev/html`` and ``test/html``
   pages that its ``metadata.json`` types "article" (only the ground truth's ``url`` field read).
2. Dropped: no URL or a made-up one; a file name, URL, site or content (sha256) that ../shared/bench or a set
   older than this one holds (``known_pages.known(before="notices-blind22")``); not an article
   (``draw_common.is_article``); larger than ``MAX_GZ`` gzipped. Nothing looks at a page's notices or byline.
3. A page's language is its ``<html lang>``, else its ``og:locale``, else its Content-Language
   (``draw_common.lang_or_meta``); a recipe page declaring English or nothing is not drawn.
4. One page per site (the first in a shuffle with ``random.Random(SEED)``), then one per publisher; up to
   ``RECIPE_MAX`` recipe pages round-robin over their languages; of the tiptopjaw pages that declare themselves
   articles (``og:type`` "article" or a JSON-LD article type: its benchmark types no page, and holds docs, shop,
   forum and listing pages), every non-English one and the first ``TIPTOP_EN`` English ones; then WCXB's pages
   until ``TARGET`` pages.
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

#: how a page file is made from its upstream file (gzipped at level 9, mtime 0)
MAKE = recompressed
SEED = 20261222
#: this set's own labels (never an exclusion of its own pages when the draw is re-run)
OWN_LABELS = "notices-blind22.jsonl"
TARGET = 40
#: recipe pages are a third of the set at most (the brief's limit: one template family)
RECIPE_MAX = 13
#: tiptopjaw's English pages drawn after its non-English ones
TIPTOP_EN = 13
MAX_GZ = 150_000
#: name -> (GitHub repository, commit, licence)
SOURCES = {
    "recipes": ("hhursev/recipe-scrapers", "d08ddd0240ee0ff73dd9d705e43077a821944716", "MIT (LICENSE)"),
    "tandoor": ("TandoorRecipes/recipes", "d206eddbd32bd3c40feff70ad780b0f91f325eaa", "AGPL-3.0 (LICENSE.md)"),
    "tiptop": ("tiptopjaw/web-content-extraction-benchmark", "977613a3a90de65c9ed5e1db251eeede7b9d9714",
               "Apache-2.0 (release/LICENSE)"),
    "wcxb": draw_common.WCXB,
}
#: where each source keeps its pages, and how a page file's name ends
_PAGES = {"recipes": ("tests/test_data", ".testhtml"), "tandoor": ("cookbook/tests", ".html"),
          "tiptop": ("release/html", ".html.gz")}

_MIRROR = draw_common.Mirror.of(SOURCES)
_show = _MIRROR.show


def source_pages(src: str) -> list[dict]:
    """The page files of ``src`` at its commit that the mirror holds (not Tandoor's test-report pages)."""
    folder, suffix = _PAGES[src]
    paths = [p for p in _MIRROR.ls(src, folder) if p.endswith(suffix) and "/docs/" not in p]
    return [{"src": src, "path": p, "url": ""} for p in _MIRROR.present(src, paths)]


def candidates() -> list[dict]:
    return [c for src in _PAGES for c in source_pages(src)] + draw_common.wcxb_articles(_MIRROR)


def pick(other: list[dict]) -> list[dict]:
    """Of the non-WCXB pages (one per site and publisher, in the shuffle's order): up to ``RECIPE_MAX`` recipe pages
    in another language than English, round-robin over their languages; of the tiptopjaw pages that declare
    themselves articles (:func:`declares_article`), every non-English one, then the first ``TIPTOP_EN`` English."""
    recipes = [c for c in other if c["src"] in ("recipes", "tandoor") and c["lang"] not in ("en", "?")]
    tiptop = [c for c in other if c["src"] == "tiptop" and c["article"]]
    return (draw_common.round_robin_by_lang(recipes, RECIPE_MAX)
            + [c for c in tiptop if c["lang"] not in ("en", "?")]
            + [c for c in tiptop if c["lang"] == "en"][:TIPTOP_EN])


#: JSON-LD types of an article page (schema.org's Article and its kinds a page of text declares)
_ARTICLE_LD = re.compile(r'"@type"\s*:\s*\[?\s*"(Article|NewsArticle|BlogPosting|Report|ReportageNewsArticle|'
                         r'AnalysisNewsArticle|OpinionNewsArticle|TechArticle|ScholarlyArticle|Recipe)"')


def declares_article(data: bytes) -> bool:
    """The page says it is an article: ``og:type`` "article", or a JSON-LD ``@type`` of an article kind.
    tiptopjaw's benchmark holds docs, shop, forum and listing pages too and types none of its pages (WCXB's
    ``metadata.json`` does); this is the page's own word on its type, nothing about its notices or byline."""
    doc = draw_common.doc_of(data)
    if doc is None:
        return False
    if any(v.strip().lower() == "article" for v in doc.xpath('//meta[@property="og:type"]/@content')):
        return True
    return any(_ARTICLE_LD.search(s) for s in doc.xpath('//script[@type="application/ld+json"]/text()'))


def draw() -> tuple[list[dict], dict[str, int]]:
    known = known_pages.known(HERE, OWN_LABELS, before="notices-blind22")
    pool, stats = draw_common.eligible(candidates(), _show, declared_url, known, max_gz=MAX_GZ,
                                       stats_key=lambda c, why: f"{c['src']}:{why}")
    for c in pool:
        if c["src"] != "wcxb":
            data = _show(c["src"], c["path"])
            c["lang"] = draw_common.lang_or_meta(draw_common.doc_of(data))
            c["article"] = c["src"] != "tiptop" or declares_article(data)
    return draw_common.others_then_wcxb(pool, stats, seed=SEED, target=TARGET, pick=pick)


if __name__ == "__main__":
    sys.exit(draw_common.main(HERE, MAKE, __doc__.split("\n")[0], draw, stats_text=draw_common.stats_json,
                              record=draw_common.recorder(HERE, _MIRROR, MAKE),
                              record_help="write pages.jsonl from the draw (once, when drawn)"))
