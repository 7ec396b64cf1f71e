"""The draw of English article pages from tiptopjaw's 2026 extraction benchmark and WCXB's 2025 one (recipe-scrapers'
and Tandoor's non-English recipe pages too, where a set asks for them), one page per site and publisher: the draw
notices-blind22 made (its build.py says how, step by step) and authors-blind22 repeated, shared by the sets drawn the
same way since (notices-blind26 to -blind29), which differ in their seed, their size and how many tiptopjaw pages they
take. Each set's build.py holds its numbers and hands :func:`draw` to ``draw_common.main``, as every build.py does.

Why a module: session 60's four sets were first four copies of authors-blind22's script, differing in five constants
(review of session 60); one copy of the draw keeps them from drifting apart. notices-blind22's and authors-blind22's own
scripts are left as they were committed with their sets.
"""

from __future__ import annotations

import re
from pathlib import Path

import draw_common  # (bench/data/draw_common.py: what the draws share; bench/data is on sys.path, the caller's folder)
import known_pages
from declared_url import declared_url
from mirror_pages import recompressed

#: how a page file is made from its upstream file (gzipped at level 9, mtime 0)
MAKE = recompressed
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

MIRROR = draw_common.Mirror.of(SOURCES)
_show = MIRROR.show


def source_pages(src: str) -> list[dict]:
    """The page files of ``src`` at its commit that the mirror holds (not Tandoor's test-report pages)."""
    folder, suffix = _PAGES[src]
    paths = [p for p in MIRROR.ls(src, folder) if p.endswith(suffix) and "/docs/" not in p]
    return [{"src": src, "path": p, "url": ""} for p in MIRROR.present(src, paths)]


def candidates() -> list[dict]:
    return [c for src in _PAGES for c in source_pages(src)] + draw_common.wcxb_articles(MIRROR)


def pick(other: list[dict], recipe_max: int, tiptop_en: int) -> list[dict]:
    """Of the non-WCXB pages (one per site and publisher, in the shuffle's order): up to ``RECIPE_MAX`` recipe pages
    in another language than English (``recipe_max`` at most), round-robin over their languages; of the tiptopjaw pages that declare
    themselves articles (:func:`declares_article`), every non-English one, then the first ``tiptop_en`` English."""
    recipes = [c for c in other if c["src"] in ("recipes", "tandoor") and c["lang"] not in ("en", "?")]
    tiptop = [c for c in other if c["src"] == "tiptop" and c["article"]]
    return (draw_common.round_robin_by_lang(recipes, recipe_max)
            + [c for c in tiptop if c["lang"] not in ("en", "?")]
            + [c for c in tiptop if c["lang"] == "en"][:tiptop_en])


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


def draw(here: Path, name: str, *, seed: int, target: int, recipe_max: int = 0,
         tiptop_en: int) -> tuple[list[dict], dict[str, int]]:
    """Set ``name``'s draw (its folder ``here``, its labels ``<name>.jsonl`` never an exclusion of its own pages):
    every page no set made before it holds, then :func:`pick` and WCXB's articles up to ``target``, shuffled with
    ``seed``."""
    known = known_pages.known(here, f"{name}.jsonl", before=name)
    pool, stats = draw_common.eligible(candidates(), _show, declared_url, known, max_gz=MAX_GZ,
                                       stats_key=lambda c, why: f"{c['src']}:{why}")
    for c in pool:
        if c["src"] != "wcxb":
            data = _show(c["src"], c["path"])
            c["lang"] = draw_common.lang_or_meta(draw_common.doc_of(data))
            c["article"] = c["src"] != "tiptop" or declares_article(data)
    return draw_common.others_then_wcxb(pool, stats, seed=seed, target=target,
                                        pick=lambda other: pick(other, recipe_max, tiptop_en))
