"""Draw notices-blind29 (and authors-blind28, the same pages): 30 English article pages no set holds, half from the 2026
extraction benchmark (tiptopjaw), half from the 2025 one (WCXB), for issue 15's blind first run (notices and persons on
pages no rule was written from).

    /work/main/.venv/bin/python bench/data/notices-blind29/build.py            # re-runs the draw, checks pages.jsonl
    /work/main/.venv/bin/python bench/data/notices-blind29/build.py --write    # brings the pages back here

Drawn by the lead in session 60 (2026-12-04), held out of rounds lead60c and lead60d, as authors-blind22 was (``draw_common.eligible`` and ``others_then_wcxb``;
notices-blind22's build.py says how), with another seed, no recipe pages, ``TIPTOP_EN`` tiptopjaw pages that declare
themselves articles and WCXB's articles up to ``TARGET``. Nothing looks at a page's notices or byline when drawing. The
pages are not committed; ``pages.jsonl`` names each one's repository, commit, path, licence and sha256.
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
SEED = 20261229
#: this set's own labels (never an exclusion of its own pages when the draw is re-run)
OWN_LABELS = "notices-blind29.jsonl"
TARGET = 30
#: recipe pages are a third of the set at most (the brief's limit: one template family)
RECIPE_MAX = 0
#: tiptopjaw's English pages drawn after its non-English ones
TIPTOP_EN = 15
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
    known = known_pages.known(HERE, OWN_LABELS, before="notices-blind29")
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
