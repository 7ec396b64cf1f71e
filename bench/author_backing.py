"""Report nothing rather than a doubtful name: the backing model of archiver/extract/author_backing.py,
chosen by leave-one-set-out over the blind author sets (issue 15, authabstain).

    # 1. the table: one row per name, with its label and its features (author_backing.features)
    /work/main/.venv/bin/python bench/author_backing.py table --out /tmp/backing.jsonl
    # 2. leave-one-set-out: per left-out set and pooled, the rules alone, corroborated, the model at the threshold
    #    chosen inside the training sets and at the shipped THRESHOLD; the threshold curve; the weights fitted on
    #    every set (to paste into author_backing.py)
    /work/main/.venv/bin/python bench/author_backing.py loso /tmp/backing.jsonl
    # 3. the SHIPPED model on the sets it was fitted on and on those it never saw (its held-out figure)
    /work/main/.venv/bin/python bench/author_backing.py shipped /tmp/backing.jsonl

Two views of each blind set (authors-scrapinghub, authors-blind2 onwards: every set with a first run, as
``bench/author_blind_paths.py`` lists them):
- ``first``: the names its FIRST RUN reported (bench/data/author-first-runs/, each at the extractor it was first
  scored with, before any of the set's classes were fixed), each with the sources that run's tree recorded and
  the rest of the features read by this tree from the page. What a new set's errors look like.
- ``now``: the names this tree reports (every set has been dev since its first run: its errors were fixed).
And the metadata set's DEV pages with an author label (``now`` only; the held-out sites are never read here).

A model is fitted on every set but one and scored on the one left out; its threshold is chosen inside the
training sets (an inner leave-one-set-out over their FIRST RUNS, the view of unseen pages: the lowest score whose
inner pooled precision is .95 or more),
never on the left-out set. Names are judged as ``bench/author_blind_paths.py`` judges them (evaluate.py's
token equality, strict; a borderline name counts neither way).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import author_blind_paths  # (bench/ is the script's folder, first on sys.path)

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "bench"
LABELS = REPO / "bench" / "labels"
FIRST_RUNS = REPO / "bench" / "data" / "author-first-runs"
#: tag -> (label file, the directory its ``file`` is relative to): every blind author set with a first run, as
#: ``bench/author_blind_paths.py`` lists them (one table, so a new set is scored here too)
SETS = author_blind_paths.SETS
DECLARED = ("json-ld", "microdata", "meta:author", "opengraph", "citation", "dublin-core", "meta:parsely-author")


def _bench() -> Any:
    sys.path.insert(0, str(REPO / "bench"))
    import bench_generalise

    return bench_generalise


def _ev() -> Any:
    return _bench()._load("evaluate", SHARED / "extraction" / "evaluate.py")


def _judge(ev: Any, name: str, authors: Any, borderline: Sequence[str]) -> bool | None:
    key = ev._author_set([name])
    if key and key <= ev._author_set(list(borderline)):
        return None
    return bool(key) and key <= ev._author_set(authors)


def _page_task(task: tuple[str, str, str, dict, list[dict]]) -> list[dict]:
    """One page: the persons this tree reports and the first run's names, each with its features."""
    tag, path, url, label, first = task
    sys.path.insert(0, str(REPO))
    import archiver.extract.authors as au
    import archiver.extract.metadata as md
    from archiver.extract import author_backing as ab
    from archiver.extract import extract_unbounded

    ab.REQUIRED = False  # the names the rules admit, each then scored here
    seen: dict = {}
    real = md.resolve_authors

    def hook(head, traf, lines, marks, *, title, paragraphs, **kw):  # noqa: ANN001, ANN003, ANN202 - records its inputs
        seen.update(head=head, traf=traf, lines=list(lines), marks=marks, title=title, paragraphs=paragraphs,
                    contexts=kw.get("contexts"))
        out = real(head, traf, lines, marks, title=title, paragraphs=paragraphs, **kw)
        seen.update(persons=list(out[0]), orgs=list(out[2]))
        return out

    md.resolve_authors = hook
    try:
        extract_unbounded(_bench()._page(Path(path)), url=url or None)
    except Exception:  # noqa: BLE001 - a page that breaks extraction reports nothing
        return []
    finally:
        md.resolve_authors = real
    if not seen:
        return []
    ev = _ev()
    head, lines, marks, traf = seen["head"], seen["lines"], seen["marks"], seen["traf"]
    headlines, body = au.placed(lines, seen["title"], head.h1, marks, seen["paragraphs"])
    read = au.page_names(head, au.credit_lines(lines, seen["contexts"], headlines, body), headlines, marks, body=body)
    sources = au.source_names(traf, lines, marks, read=read)
    declared = {au.alnum(n) for s in DECLARED for n in sources[s]}
    guess = traf.split("; ") if traf else []
    out = []
    views = [("now", seen["persons"], None)] + ([("first", [n["name"] for n in first], first)] if first else [])
    for view, names, recorded in views:
        for i, name in enumerate(names):
            sup = recorded[i].get("support") or [] if recorded else au.support(name, sources)
            feats = ab.features(name, sup, lines, headlines, body, persons=len(names), declared_persons=len(declared),
                                guess=guess)
            out.append({"set": tag, "view": view, "file": label["file"], "name": name, "support": list(sup),
                        "right": _judge(ev, name, label["authors"], label.get("borderline") or []),
                        "corroborated": au.admitted_alone_or_corroborated(sup),
                        "group": au.support_group(name, sources, lines, headlines, body) if view == "now" else
                        (recorded[i].get("rule") if recorded else None),
                        "features": feats})
    return out


def _tasks() -> tuple[list[tuple[str, str, str, dict, list[dict]]], dict[str, int]]:
    ev = _ev()
    tasks = []
    gold: dict[str, int] = {}
    for tag, (path, base) in SETS.items():
        rows = [json.loads(x) for x in path.open() if x.strip()]
        first = {p["file"]: p["names"] for p in json.loads((FIRST_RUNS / f"{tag}.json").read_text())["pages"]}
        gold[tag] = sum(len(ev._author_set(r["authors"])) for r in rows)
        tasks += [(tag, str(_bench().page_path(r["file"], base)), r.get("url") or "", r, first.get(r["file"], []))
                  for r in rows]
    bg = _bench()
    meta = [json.loads(x) for x in (SHARED / "metadata" / "expected.jsonl").open() if x.strip()]
    dev = [r for r in meta if "author" in r and not bg.held_out(r["url"])]  # never a held-out site
    gold["md"] = sum(len(ev._author_set(r["author"])) for r in dev)
    tasks += [("md", str(SHARED / "metadata" / r["file"]), r["url"], {**r, "authors": r["author"]}, []) for r in dev]
    return tasks, gold


def cmd_table(out: str, jobs: int) -> None:
    tasks, gold = _tasks()
    with ProcessPoolExecutor(jobs) as pool:
        rows = [row for page in pool.map(_page_task, tasks, chunksize=4) for row in page]
    with open(out, "w", encoding="utf-8") as f:
        f.write(json.dumps({"gold": gold}) + "\n")
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    for view in ("now", "first"):
        sel = [r for r in rows if r["view"] == view and r["right"] is not None]
        print(f"{view}: {len(sel)} judged names ({sum(not r['right'] for r in sel)} wrong), "
              f"{sum(r['right'] is None for r in rows if r['view'] == view)} borderline")


# ----------------------------------------------------------------------------- the model
def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        if abs(m[c][c]) < 1e-12:
            continue
        for r in range(n):
            if r != c and m[r][c]:
                f = m[r][c] / m[c][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c], strict=True)]
    return [m[i][n] / m[i][i] if abs(m[i][i]) >= 1e-12 else 0.0 for i in range(n)]


def fit(rows: list[dict], keys: Sequence[str], l2: float = 1.0, rounds: int = 25) -> dict[str, float]:
    """A logistic regression of ``right`` on ``keys`` (L2 on the coefficients, not the intercept), by Newton's
    method; the weights as :data:`archiver.extract.author_backing.WEIGHTS` keeps them."""
    xs = [[1.0, *(r["features"][k] for k in keys)] for r in rows]
    ys = [1.0 if r["right"] else 0.0 for r in rows]
    n = len(keys) + 1
    w = [0.0] * n
    for _ in range(rounds):
        grad = [0.0] * n
        hess = [[0.0] * n for _ in range(n)]
        for x, y in zip(xs, ys, strict=True):
            z = sum(wi * xi for wi, xi in zip(w, x, strict=True))
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            for i in range(n):
                if x[i]:
                    grad[i] += (y - p) * x[i]
                    for j in range(n):
                        if x[j]:
                            hess[i][j] += p * (1 - p) * x[i] * x[j]
        for i in range(1, n):
            grad[i] -= l2 * w[i]
            hess[i][i] += l2
        hess[0][0] += 1e-6
        step = _solve(hess, grad)
        w = [wi + si for wi, si in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-6:
            break
    return {"": round(w[0], 3), **{k: round(w[i + 1], 3) for i, k in enumerate(keys)}}


def _score(weights: dict[str, float], feats: dict[str, float]) -> float:
    z = weights.get("", 0.0) + sum(weights.get(k, 0.0) * v for k, v in feats.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _pr(sel: list[dict], keep: Callable[[dict], bool], gold: int) -> tuple[float, float, int, int]:
    kept = [r for r in sel if r["right"] is not None and keep(r)]
    right = sum(bool(r["right"]) for r in kept)
    return (right / len(kept) if kept else 0.0), (right / gold if gold else 0.0), len(kept), len(kept) - right


def _threshold(scored: list[tuple[float, bool]], target: float) -> float:
    """The lowest score threshold whose kept names are right ``target`` of the time or more (the highest
    recall at that precision), over names scored out of their set."""
    best = 1.0
    for t in sorted({round(s, 3) for s, _ in scored}):
        kept = [ok for s, ok in scored if s >= t]
        if kept and sum(kept) / len(kept) >= target:
            best = t
            break
    return best


def _model_keys() -> tuple[str, ...]:
    """The features of the shipped model (:data:`archiver.extract.author_backing.WEIGHTS`)."""
    sys.path.insert(0, str(REPO))
    from archiver.extract.author_backing import WEIGHTS

    return tuple(k for k in WEIGHTS if k)


def _train(rows: list[dict], tags: Sequence[str], views: Sequence[str]) -> list[dict]:
    return [r for r in rows if r["set"] in tags and r["view"] in views and r["right"] is not None]


def _out_of_set_scores(rows: list[dict], tags: Sequence[str], views: Sequence[str], keys: Sequence[str],
                       l2: float) -> dict[int, float]:
    """Each name of ``tags`` scored by a model fitted on the other sets of ``tags`` (and the metadata dev
    pages, never left out: they have no first run)."""
    out: dict[int, float] = {}
    for tag in tags:
        w = fit(_train(rows, [t for t in (*tags, "md") if t != tag], views), keys, l2)
        for r in rows:
            if r["set"] == tag:
                out[id(r)] = _score(w, r["features"])
    return out


def cmd_loso(path: str, views: Sequence[str], target: float, l2: float, keys_arg: str | None) -> None:
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    gold = json.loads(lines[0])["gold"]
    rows = [json.loads(x) for x in lines[1:]]
    keys = tuple(keys_arg.split(",")) if keys_arg else _model_keys()
    tags = [t for t in SETS if any(r["set"] == t for r in rows)]
    sys.path.insert(0, str(REPO))
    from archiver.extract.author_backing import THRESHOLD as shipped  # noqa: N811 - the shipped threshold
    print(f"table: {len(rows)} rows; training views {'+'.join(views)}; target {target}; L2 {l2}; features {len(keys)}")
    outer: dict[int, float] = {}
    cut: dict[str, float] = {}
    for tag in tags:
        inner_tags = [t for t in tags if t != tag]
        inner = _out_of_set_scores(rows, inner_tags, views, keys, l2)
        scored = [(inner[id(r)], bool(r["right"])) for r in rows
                  if id(r) in inner and r["view"] == "first" and r["right"] is not None]
        cut[tag] = _threshold(scored, target)
        w = fit(_train(rows, [t for t in (*inner_tags, "md") if t != tag], views), keys, l2)
        for r in rows:
            if r["set"] == tag:
                outer[id(r)] = _score(w, r["features"])
    for view in ("first", "now"):
        print(f"\n== view {view}: left-out set's names, persons precision / recall / names kept (wrong)")
        print(f"{'set':<6}{'gold':>5}  {'default':<24}{'corroborated':<24}{'model (chosen threshold)':<31}"
              f"model at {shipped}")
        pooled: dict[str, list[dict]] = {"d": [], "c": [], "m": [], "s": []}
        for tag in tags:
            sel = [r for r in rows if r["set"] == tag and r["view"] == view]
            cells = []
            for key, keep in (("d", lambda r: True), ("c", lambda r: r["corroborated"]),
                              ("m", lambda r, t=tag: outer[id(r)] >= cut[t]),
                              ("s", lambda r: outer[id(r)] >= shipped)):
                p, rc, n, wrong = _pr(sel, keep, gold[tag])
                pooled[key] += [r for r in sel if r["right"] is not None and keep(r)]
                cells.append(f"{p:.3f} / {rc:.3f} / {n} ({wrong})")
            print(f"{tag:<6}{gold[tag]:>5}  {cells[0]:<24}{cells[1]:<24}{cells[2] + f' ({cut[tag]:.2f})':<31}{cells[3]}")
        g = sum(gold[t] for t in tags)
        cells = []
        for key in ("d", "c", "m", "s"):
            kept = pooled[key]
            right = sum(bool(r["right"]) for r in kept)
            cells.append(f"{right / len(kept) if kept else 0:.3f} / {right / g:.3f} / {len(kept)} ({len(kept) - right})")
        print(f"{'pooled':<6}{g:>5}  {cells[0]:<24}{cells[1]:<24}{cells[2]:<31}{cells[3]}")
        print(f"threshold curve (view {view}, pooled out-of-set scores): threshold  precision  recall  kept")
        sel = [r for r in rows if r["set"] in tags and r["view"] == view and r["right"] is not None]
        for t in (0.0, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97):
            p, rc, n, wrong = _pr(sel, lambda r, t=t: outer[id(r)] >= t, g)
            print(f"  {t:>5.2f}  {p:.3f}  {rc:.3f}  {n} ({wrong})")
    full = _out_of_set_scores(rows, tags, views, keys, l2)
    scored = [(full[id(r)], bool(r["right"])) for r in rows if id(r) in full and r["view"] == "first"
              and r["right"] is not None]
    w = fit(_train(rows, [*tags, "md"], views), keys, l2)
    print(f"\nshipped: weights fitted on every set, threshold {_threshold(scored, target):.3f} "
          f"(leave-one-set-out over all sets, precision {target})")
    print(json.dumps(w))


def cmd_shipped(path: str) -> None:
    """The SHIPPED weights and thresholds on each set's first-run names, grouped by whether the weights were fitted on
    the set (authabstain fitted them on sh and blind2-8): the sets after are names the model never saw."""
    sys.path.insert(0, str(REPO))
    from archiver.extract.author_backing import STRICT_THRESHOLD, THRESHOLD, score

    lines = Path(path).read_text(encoding="utf-8").splitlines()
    gold = json.loads(lines[0])["gold"]
    rows = [json.loads(x) for x in lines[1:]]
    fitted = {"sh", *(f"b{n}" for n in range(2, 9))}
    groups = {"fitted on (sh, b2-b8)": [t for t in SETS if t in fitted],
              "never fitted on (b9 on)": [t for t in SETS if t not in fitted]}
    print("first runs: persons precision / recall of the labelled names / names kept (wrong)")
    for label, tags in groups.items():
        sel = [r for r in rows if r["set"] in tags and r["view"] == "first" and r["right"] is not None]
        g = sum(gold.get(t, 0) for t in tags)
        cells = []
        for cut in (0.0, THRESHOLD, STRICT_THRESHOLD):
            p, rc, n, wrong = _pr(sel, lambda r, c=cut: score(r["features"]) >= c, g)
            cells.append(f"at {cut:.3f}: {p:.3f} / {rc:.3f} / {n} ({wrong})")
        print(f"{label:<24} labelled {g:>4}  " + "  ".join(cells))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cmd", choices=("table", "loso", "shipped"))
    ap.add_argument("file", nargs="?")
    ap.add_argument("--out")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--views", default="first", help="the views the model is fitted on (first, now or both)")
    ap.add_argument("--target", type=float, default=0.95, help="inner precision the threshold is chosen for")
    ap.add_argument("--l2", type=float, default=3.0)
    ap.add_argument("--keys", help="the features the model uses (comma-separated; default the shipped model's)")
    args = ap.parse_args()
    if args.cmd == "table":
        cmd_table(args.out, args.jobs)
    elif args.cmd == "shipped":
        cmd_shipped(args.file)
    else:
        cmd_loso(args.file, args.views.split(","), args.target, args.l2, args.keys)
    return 0


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        sys.exit(main())
