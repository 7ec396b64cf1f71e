"""The notices table of bench/bench_generalise.py (``--only notices``): the shared disclaimers set by the fixed split,
the unseen held-out-site sets, and every labelled dev and blind set (``--sets``), each scored by the shared score.py's
matching, with per-language and per-kind rows.

Every row is scored twice (issue 15, b17notice). ``recall`` uses score.py's matching at cover 0 (its ``--min-cover``
default, the figure every earlier round printed): a label counts as found when a report holds it or any fragment of
it does, so "Shutterstock" finds "Tada Images / Shutterstock". ``rec.5`` and ``rec1`` count a label found only
when a report holds it or a fragment covering at least half (``rec.5``) or all (``rec1``: the report holds the whole
label) of its length: score.py's ``--min-cover`` rule at 0.5 and 1. Precision is the same at every cover, as in
score.py: a reported fragment of a label is part of a notice, not a wrong report; the stricter columns only stop it
counting as the whole notice found."""

from __future__ import annotations

import json
from collections import Counter

from generalise_run import (
    REPO,
    SHARED,
    _load,
    _run_all,
    absent_note,
    held_out,
    share,
)
from generalise_sets import (
    _PARTS,
    BLIND,
    BLIND8,
    BLIND9,
    BLIND10,
    BLIND11,
    BLIND12,
    BLIND13,
    BLIND14,
    BLIND15,
    BLIND16,
    BLIND17,
    BLIND18,
    BLIND19,
    BLIND20,
    BLIND21,
    BLIND22,
    BLIND23,
    BLIND24,
    BLIND25,
    BLIND26,
    BLIND27,
    BLIND28,
    BLIND29,
    BLIND30,
    BLIND31,
    BLIND32,
    BLIND33,
    BLIND34,
    BLIND35,
    BLIND36,
    BLIND37,
    BLIND38,
    BLIND39,
    DEV4,
    DEV6,
    DEV7,
    DEV8,
    DEV9,
    DEV10,
    DEV11,
    DEV12,
    DEV13,
    DEV14,
    DEV15,
    DEV16,
    DEV17,
    DEV18,
    DEV19,
    DEV20,
    UNSEEN_SETS,
)

# The covers the stricter recall columns are scored at (score.py's --min-cover rule): half the label, and all of it.
STRICT_COVERS = (0.5, 1.0)
HEADER = (f"{'part':<10}{'pages':>6}{'labels':>7}{'recall':>8}{'precision':>11}{'kind_acc':>10}{'reported':>10}"
          f"{'rec.5':>7}{'rec1':>7}")


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
            for cover in STRICT_COVERS:
                c[f"found@{cover}"] += any(sc.matches(lt, rt, cover) for rt, _ in reps)
            if verbose and not hits:
                print(f"  MISS [{part}] {row['file'][-40:]}: {lk}: {lt[:100]}")
            elif verbose and not any(sc.matches(lt, rt, STRICT_COVERS[0]) for rt, _ in reps):
                print(f"  PART [{part}] {row['file'][-40:]}: {lk}: {lt[:100]} (only fragments under half of it; "
                      f"{_fragments(sc, lt, reps)})")
            elif verbose and not any(sc.matches(lt, rt, STRICT_COVERS[1]) for rt, _ in reps):
                print(f"  CUT  [{part}] {row['file'][-40:]}: {lk}: {lt[:100]} (only fragments of half of it or more; "
                      f"{_fragments(sc, lt, reps)})")
        for rt, rk in reps:
            ok = any(sc.matches(lt, rt, 0.0) for lt, _ in labels)
            if not ok and any(sc.matches(bt, rt, 0.0) for bt in borderline):
                continue
            c["reported"] += 1
            c["correct"] += ok
            if verbose and not ok:
                print(f"  FP   [{part}] {row['file'][-40:]}: {rk}: {rt[:100]}")
    return c


def _fragments(sc, label: str, reps: list[tuple[str, str]]) -> str:  # noqa: ANN001
    """What of ``label`` its longest reported fragment leaves out, before it and after it (each cut to 50 characters),
    and how many reports hold a fragment: the ``-v`` lines' PART and CUT, where a label is found only in part
    (noticeleft56: which end of the notice the detector cut)."""
    found = [rt for rt, _ in reps if sc.matches(label, rt, 0.0)]
    if not found:
        return "-"
    best = max(found, key=len)
    at = label.find(best)
    before, after = label[:at], label[at + len(best):]
    return f"{len(found)} report(s); left out before {before[-50:]!r}, after {after[:50]!r}"


def _notice_row(part: str, c: Counter[str]) -> str:
    rec = share(c["found"], c["labels"], 8)
    prec = share(c["correct"], c["reported"], 11)
    kacc = share(c["kind_ok"], c["found"], 10)
    strict = "".join(share(c[f"found@{cover}"], c["labels"], 7) for cover in STRICT_COVERS)
    return f"{part:<10}{c['pages']:>6}{c['labels']:>7}{rec}{prec}{kacc}{c['reported']:>10}{strict}"


def bench_notices(jobs: int, verbose: bool, dev_only: bool = False, sets: frozenset[str] = frozenset()) -> None:
    """Notice rows; with ``sets`` only those labelled dev sets (e.g. a round's blind set, scored once, without
    running the split's held-out part or the unseen set)."""
    sc = _load("score", SHARED / "disclaimers" / "score.py")
    if sets:
        print(f"\n== notices on {', '.join(sorted(sets))}\n{HEADER}")
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
    print("recall: a report holding the label or any fragment of it (score.py at cover 0); rec.5 / rec1: a report holding"
          " it or a fragment covering half / all of it (score.py --min-cover 0.5 / 1); precision is the same at each")


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
    print(HEADER)
    for part in ("dev",) if dev_only else ("dev", "held-out"):
        pick = [i for i, row in enumerate(rows) if held_out(row["url"]) == (part == "held-out")]
        c = _score_notices(sc, [rows[i] for i in pick], [res[i] for i in pick], verbose and part == "dev", part)
        print(_notice_row(part, c))


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
                       ("blind15", BLIND15), ("blind16", BLIND16),
                       ("blind17", BLIND17), ("blind18", BLIND18),
                       ("blind19", BLIND19), ("blind20", BLIND20),
                       ("blind21", BLIND21), ("blind22", BLIND22),
                       ("blind23", BLIND23), ("blind24", BLIND24),
                       ("blind25", BLIND25), ("blind26", BLIND26),
                       ("blind27", BLIND27), ("blind28", BLIND28),
                       ("blind29", BLIND29), ("blind30", BLIND30),
                       ("blind31", BLIND31), ("blind32", BLIND32),
                       ("blind33", BLIND33), ("blind34", BLIND34),
                       ("blind35", BLIND35), ("blind36", BLIND36),
                       ("blind37", BLIND37), ("blind38", BLIND38),
                       ("blind39", BLIND39)):
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
                     "blind15": "that benchmark's undrawn articles and ten DE/FR/IT/PT recipes",
                     "blind16": "14 ES/CA news pages, a RU article, that benchmark's English",
                     "blind17": "that benchmark's undrawn English articles",
                     "blind18": "7 DE/FR/ES/PT pages of projects' histories, that benchmark's English",
                     "blind19": "2 DE pages of snacktory's history, that benchmark's English",
                     "blind20": "11 FR/RU/PL/JA/EL/UK/NL/ZH/BN history pages, that benchmark's English",
                     "blind21": "13 English pages of snacktory's history, that benchmark's English",
                     "blind22": "13 DE/FR/NL/SV recipe pages, tiptopjaw's 2026 pages, WCXB's English",
                     "blind23": "authors-blind22's 24 English pages: tiptopjaw's 2026, WCXB's",
                     "blind24": "26 Brazilian PT news and press pages of 2016, 4 RU news pages",
                     "blind25": "30 more Brazilian PT pages of 2016, held out of round lead57",
                     "blind26": "40 English pages: tiptopjaw's 2026, WCXB's (mostly company blogs)",
                     "blind27": "30 more such English pages, held out of round lead60",
                     "blind28": "30 more such English pages, held out of round lead60b",
                     "blind29": "30 more such English pages, held out of rounds lead60c-d",
                     "blind30": "40 more such English pages, held out of every round to extractor 205",
                     "blind31": "40 more such English pages, held out of round lead61",
                     "blind32": "40 more such English pages, held out of round lead61b",
                     "blind33": "40 more such English pages, held out of round lead61c",
                     "blind34": "40 more such English pages, held out of round lead61d",
                     "blind35": "40 more such English pages, held out of round lead61e",
                     "blind36": "40 more such English pages, held out of round lead61f",
                     "blind37": "40 more such English pages, held out of round lead61g",
                     "blind38": "40 more such English pages, held out of round lead62",
                     "blind39": "the last 20 such English pages, held out of round lead63"}.get(name, "dev sites")
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
