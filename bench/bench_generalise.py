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
    .venv/bin/python bench/bench_generalise.py --only authors-blind15 [-v]  # the same on blind15 (notices-blind16's pages)
    .venv/bin/python bench/bench_generalise.py --only authors-blind16 [-v]  # the same on blind16 (notices-blind17's pages)
    .venv/bin/python bench/bench_generalise.py --only authors-blind17 [-v]  # the same on blind17 (notices-blind18's pages)
    .venv/bin/python bench/bench_generalise.py --only authors-blind18 [-v]  # the same on blind18 (notices-blind19's pages)
    .venv/bin/python bench/bench_generalise.py --only authors-blind19 [-v]  # the same on blind19 (notices-blind20's pages)
    .venv/bin/python bench/bench_generalise.py --only authors-blind20 [-v]  # the same on blind20 (notices-blind21's pages)
    .venv/bin/python bench/bench_generalise.py --only authors-blind21 [-v]  # the same on blind21 (notices-blind22's pages)
    .venv/bin/python bench/bench_generalise.py --only authors-blind22 [-v]  # the same on blind22 (24 English pages, session 55)
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

Split by job (it was one file of 1,157 lines): ``generalise_sets.py`` holds every labelled set's file and how it was
drawn, ``generalise_run.py`` runs the engines over a set's pages and compares names, ``generalise_notices.py`` prints
the notices table and ``generalise_authors.py`` the author policy's support and paths tables; this file prints the
metadata and person-author tables and reads the options. Names other scripts read here (``held_out``, ``name_keys``,
``_load``...) are imported here from those modules.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path

from generalise_authors import (
    _author_inputs,  # noqa: F401 - other bench scripts read it here
    _path_tasks,  # noqa: F401 - other bench scripts read it here
    bench_author_paths,
    bench_author_support,
)
from generalise_notices import (
    _notice_row,  # noqa: F401 - other bench scripts read it here
    _score_notices,  # noqa: F401 - other bench scripts read it here
    bench_notices,
)
from generalise_run import (
    AUTHOR_GATES,
    FIELDS,
    REPO,
    SHARED,
    _author_precision,
    _field_match,
    _load,
    _page,  # noqa: F401 - other bench scripts read it here
    _run_all,
    _safe_run,  # noqa: F401 - other bench scripts read it here
    absent_note,
    held_out,
    name_keys,
    page_path,  # noqa: F401 - other bench scripts read it here
    share,
    site_of,
)
from generalise_sets import (
    AUTHORS_BLIND2,
    AUTHORS_BLIND3,
    AUTHORS_BLIND4,
    AUTHORS_BLIND5,
    AUTHORS_BLIND6,
    AUTHORS_BLIND7,
    AUTHORS_BLIND8,
    AUTHORS_BLIND9,
    AUTHORS_BLIND_SETS,
    AUTHORS_SH,
)


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
        prec[e] = (share(right, reported, 0), reported, right)
    print(f"{part:<9}{'author precision' + tag:<18}{len(have):>5}{prec['archiver'][0]:>10}"
          f"{prec['trafilatura-meta'][0]:>13}   (names reported: {prec['archiver'][1]} vs "
          f"{prec['trafilatura-meta'][1]})")
    right = reported = 0
    for i in have:  # persons only: what a citation's author field gets (organisations go to publisher)
        r, n = _author_precision(ev, rows[i]["author"], results["archiver"][0][i].get("persons"), keys)
        right, reported = right + r, reported + n
    print(f"{part:<9}{'  persons' + tag:<18}{len(have):>5}{share(right, reported, 10)}"
          f"{prec['trafilatura-meta'][0]:>13}   (names reported: {reported} vs {prec['trafilatura-meta'][1]})")
    gold = sum(len((keys or (lambda e, v: e._author_set(v)))(ev, rows[i]["author"])) for i in have)
    traf_right = prec["trafilatura-meta"][2]
    print(f"{part:<9}{'  recall' + tag:<18}{len(have):>5}{right / gold if gold else 0:>10.3f}"
          f"{traf_right / gold if gold else 0:>13.3f}   (right names of {gold} labelled)")


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
        line += f"{share(right, rep, 11)}{share(right, names, 7)}{share(exact, len(rows), 9)}{rep:>4}"
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
    cols = (("archiver (extraction)", "rules", "persons"), ("archiver (corroborated)", "corroborated", "persons"),
            ("archiver (backed)", "backed", "persons"), ("archiver (backed-95: cite)", "backed-95", "persons"),
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
    for name, (path, tag, lang) in AUTHORS_BLIND_SETS.items():
        if name in parts and path.exists():
            _bench_authors_blind(path, tag, lang(), args.jobs, args.verbose)
    if "author-support" in parts:
        bench_author_support(args.jobs, args.verbose)
    if "author-paths" in parts:
        bench_author_paths(args.jobs, args.verbose)
    return 0


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        sys.exit(main())
