"""What a page's repeated credit-shaped texts (bench/repeat_places.py, no seed) add to a run's picture credits
(issue 15, round 47).

    # 1. the reports (and authors) of the tree a set was first scored with (its archiver on PYTHONPATH)
    git worktree add --detach /tmp/wt-x43 9d70965        # extractor version 43
    PYTHONPATH=/tmp/wt-x43 .venv/bin/python bench/repeat_credits.py dump bench/labels/notices-dev19.jsonl \
        bench/labels/notices-dev20.jsonl --out /tmp/x43.jsonl
    # 2. with this tree's archiver: what the repetition adds to them, scored against the labels
    PYTHONPATH=$PWD .venv/bin/python bench/repeat_credits.py estimate /tmp/x43.jsonl [-v]

``estimate`` counts, per set: the run's credit misses (labels of kind image_credit none of its reports
matches, score.py's matching); those the repetition recovers; and the reports it adds that match no label
(wrong), a borderline text, or a label found already (right again). Dev sets only: it refuses a set named
unseen, and must never be run on a held-out set.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1] / "shared" / "bench"
if not SHARED.exists():
    SHARED = Path("/work/shared/bench")

sys.path.insert(0, str(HERE))
if not os.environ.get("PYTHONPATH"):  # this tree's archiver, unless PYTHONPATH names the tree to read
    sys.path.insert(0, str(HERE.parent))
from bench_generalise import _load, _page, absent_note, page_path  # noqa: E402 - the bench's own page and module readers
from template_credits import _refuse_unseen  # noqa: E402 - the same refusal as round 46's estimate


def _dump_page(task: tuple[str, str, str, str]) -> dict:
    name, file, path, url = task
    from archiver.extract import EXTRACTOR_VERSION, extract_unbounded
    try:
        art = extract_unbounded(_page(Path(path)), url=url).to_dict()
    except Exception as exc:  # noqa: BLE001 - a page that breaks extraction reports nothing
        print(f"  extraction failed on {Path(path).name}: {type(exc).__name__}: {exc}", file=sys.stderr)
        art = {"disclaimers": [], "authors": []}
    return {"set": name, "file": file, "url": url, "extractor": EXTRACTOR_VERSION,
            "reports": [{"kind": n["kind"], "text": n["text"]} for n in art.get("disclaimers") or []],
            "authors": list(art.get("authors") or [])}


def dump(sets: list[Path], out: Path, jobs: int) -> None:
    _refuse_unseen(sets)
    tasks = []
    for path in sets:
        rows = [json.loads(x) for x in path.open(encoding="utf-8") if x.strip()]
        note = absent_note(rows)
        if note:  # a set of bench/data pages that are not committed (bench/data/mirror_pages.py)
            print(f"{path.stem}: {note}", file=sys.stderr)
            continue
        tasks += [(path.stem, row["file"], str(page_path(row["file"], SHARED)), row["url"]) for row in rows]
    with ProcessPoolExecutor(jobs) as pool, out.open("w", encoding="utf-8") as fh:
        for res in pool.map(_dump_page, tasks, chunksize=4):
            fh.write(json.dumps(res, ensure_ascii=False) + "\n")


def _estimate_page(task: tuple[dict, dict, bool, bool]) -> dict:
    first, labels, strict, credit_class = task
    from repeat_places import entries, repeated_credits

    from archiver.extract.head import read_head
    from archiver.extract.html import decode_html
    from archiver.extract.notices import site_keys
    from archiver.extract.page_lines import visible_lines_with_credits
    from archiver.extract.text import parse_html
    sc = _load("score", SHARED / "disclaimers" / "score.py")
    out: dict = {"file": first["file"], "set": first["set"], "misses": [], "recovered": [], "wrong": [],
                 "borderline": [], "right_again": [], "added": []}
    tree = parse_html(decode_html(_page(page_path(first["file"], SHARED))).text)
    if tree is None:
        return out
    site = site_keys(first["url"], read_head(tree, first["url"]).meta.get("og:site_name"))
    found = entries(tree)
    lines, _, _ = visible_lines_with_credits(tree)
    reports = [r["text"] for r in first["reports"]]
    reps = [sc.norm(r) for r in reports]
    for n in labels["notices"]:
        if n["kind"] == "image_credit" and not any(sc.matches(sc.norm(n["text"]), r, 0.0) for r in reps):
            out["misses"].append(n["text"])
    added = repeated_credits(found, lines, site, reports, first.get("authors") or (), strict, credit_class)
    out["added"] = added
    norm_labels = [sc.norm(n["text"]) for n in labels["notices"]]
    border = [sc.norm(t) for t in labels.get("borderline") or ()]
    missed = [sc.norm(m) for m in out["misses"]]
    for text in added:
        t = sc.norm(text)
        hit = [lt for lt in norm_labels if sc.matches(lt, t, 0.0)]
        if hit:
            out["recovered" if any(h in missed for h in hit) else "right_again"].append(text)
        elif any(sc.matches(b, t, 0.0) for b in border):
            out["borderline"].append(text)
        else:
            out["wrong"].append(text)
    return out


def estimate(path: Path, jobs: int, verbose: bool, strict: bool = False, credit_class: bool = False) -> None:
    firsts = [json.loads(x) for x in path.open(encoding="utf-8") if x.strip()]
    sets = sorted({f["set"] for f in firsts}, key=lambda s: (len(s), s))
    labels: dict[tuple[str, str], dict] = {}
    for name in sets:
        lpath = HERE / "labels" / f"{name}.jsonl"
        _refuse_unseen([lpath])
        for row in (json.loads(x) for x in lpath.open(encoding="utf-8") if x.strip()):
            labels[(name, row["file"])] = row
    with ProcessPoolExecutor(jobs) as pool:
        res = list(pool.map(_estimate_page, [(f, labels[(f["set"], f["file"])], strict, credit_class) for f in firsts], chunksize=4))
    total: Counter[str] = Counter()
    for name in sets:
        c: Counter[str] = Counter()
        for r in (r for r in res if r["set"] == name):
            for k in ("misses", "recovered", "wrong", "borderline", "right_again"):
                c[k] += len(r[k])
            c["pages_added"] += bool(r["added"])
            c["pages_wrong"] += bool(r["wrong"])
            if verbose and r["added"]:
                print(f"  {r['file'][-48:]}: added {r['added']!r}")
                for k in ("recovered", "wrong", "borderline"):
                    if r[k]:
                        print(f"      {k}: {r[k]!r}")
        total.update(c)
        version = {f["extractor"] for f in firsts if f["set"] == name}
        print(f"{name:<16} run (extractor {', '.join(sorted(version))}): credit misses {c['misses']}; "
              f"recovered {c['recovered']}; added: wrong {c['wrong']} (on {c['pages_wrong']} pages), borderline "
              f"{c['borderline']}, right again {c['right_again']} (on {c['pages_added']} pages)")
    print(f"{'all':<16} credit misses {total['misses']}; recovered {total['recovered']}; wrong {total['wrong']} "
          f"(on {total['pages_wrong']} pages); borderline {total['borderline']}; right again {total['right_again']}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("sets", nargs="+", type=Path)
    d.add_argument("--out", type=Path, required=True)
    d.add_argument("--jobs", type=int, default=2)
    e = sub.add_parser("estimate")
    e.add_argument("reports", type=Path)
    e.add_argument("--jobs", type=int, default=2)
    e.add_argument("-v", "--verbose", action="store_true")
    e.add_argument("--strict", action="store_true", help="add the refusals chosen after the first estimate (post hoc)")
    e.add_argument("--credit-class", action="store_true", help="only places classed as a credit (post hoc)")
    args = ap.parse_args()
    if args.cmd == "dump":
        dump(args.sets, args.out, args.jobs)
    else:
        estimate(args.reports, args.jobs, args.verbose, args.strict, args.credit_class)
    return 0


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        sys.exit(main())
