"""What the page's template could add to a blind first run's picture credits (issue 15, round 46).

    # 1. the reports of the tree the sets were first scored with (its archiver on PYTHONPATH)
    git worktree add --detach /tmp/wt-x43 9d70965        # extractor version 43
    PYTHONPATH=/tmp/wt-x43 .venv/bin/python bench/template_credits.py dump bench/labels/notices-dev19.jsonl \
        bench/labels/notices-dev20.jsonl --out /tmp/x43-reports.jsonl
    # 2. with this tree's archiver: what the page's template (bench/template_places.py) adds to them
    PYTHONPATH=$PWD .venv/bin/python bench/template_credits.py estimate /tmp/x43-reports.jsonl [--reverse] [-v]

``estimate`` counts, per set: the first run's credit misses (labels of kind image_credit it did not find);
of them, those on a page where the first run reported some credit; those whose text stands at a place
(:func:`template_places.places`) where a reported credit stands in another picture's block (what the idea
could reach at most, before its shape and furniture guards); those the template's reading
(:func:`template_places.template_credits`) recovers; and the reports it adds that match no label (wrong),
a borderline text (neutral) or a label found already. ``--reverse`` also seeds a place from a text there
that the first run's credit forms read as a credit in a caption, reported or not, and reports that text
too. The last figures are the same idea on a caption's text instead of its elements: every caption's
closing bracketed segment, on a page where one such segment is a reported credit ("... (AP)" reported,
"... (Christie's)" not). Dev sets only: ``-v`` prints labels; it refuses a set named unseen, and must
never be run on a held-out set.
"""

from __future__ import annotations

import argparse
import json
import os
import re
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


def _refuse_unseen(paths: list[Path]) -> None:
    for path in paths:
        if "unseen" in path.name:
            raise SystemExit("unseen pages are only ever scored, never diagnosed")


def _dump_page(task: tuple[str, str, str, str]) -> dict:
    """One page's reports by the archiver on ``PYTHONPATH``."""
    name, file, path, url = task
    try:
        from archiver.extract import extract_unbounded as run
    except ImportError:  # pragma: no cover - older trees
        from archiver.extract import extract as run
    try:
        art = run(_page(Path(path)), url=url).to_dict()
    except Exception as exc:  # noqa: BLE001 - a page that breaks extraction reports nothing
        print(f"  extraction failed on {Path(path).name}: {type(exc).__name__}: {exc}", file=sys.stderr)
        art = {"disclaimers": []}
    from archiver.extract import EXTRACTOR_VERSION
    return {"set": name, "file": file, "url": url, "extractor": EXTRACTOR_VERSION,
            "reports": [{"kind": n["kind"], "text": n["text"]} for n in art.get("disclaimers") or []],
            "marked": _marked(path, url)}


def _marked(path: str, url: str) -> list[str]:
    """The texts at places of pictures' blocks that the tree's credit forms read as a credit where a caption or
    a credit element holds them (the reverse reading's seeds)."""
    from template_places import places

    from archiver.extract.head import read_head
    from archiver.extract.html import decode_html
    from archiver.extract.notice_credits import credit_features
    from archiver.extract.notices import site_keys
    from archiver.extract.page_lines import CTX_CAPTION, CTX_CREDIT
    from archiver.extract.text import parse_html
    tree = parse_html(decode_html(_page(Path(path))).text)
    if tree is None:
        return []
    site = site_keys(url, read_head(tree, url).meta.get("og:site_name"))
    return sorted({e.text for e in places(tree) if credit_features(e.text, CTX_CAPTION | CTX_CREDIT, site=site)})


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


def _estimate_page(task: tuple[dict, dict, bool]) -> dict:
    """The template's additions to one page's first-run reports, scored against its labels."""
    first, labels, reverse = task
    from template_places import _holds, places, template_credits

    from archiver.extract.head import read_head
    from archiver.extract.html import decode_html
    from archiver.extract.model import Notice
    from archiver.extract.notices import site_keys
    from archiver.extract.page_lines import visible_lines_with_credits
    from archiver.extract.text import parse_html
    sc = _load("score", SHARED / "disclaimers" / "score.py")
    tree = parse_html(decode_html(_page(page_path(first["file"], SHARED))).text)
    out: dict = {"file": first["file"], "set": first["set"], "misses": [], "reach": [], "recovered": [],
                 "wrong": [], "borderline": [], "right_again": [], "added": [],
                 "on_credited_page": [], "closing_recovered": [], "closing_wrong": [], "closing_borderline": []}
    if tree is None:
        return out
    head = read_head(tree, first["url"])
    site = site_keys(first["url"], head.meta.get("og:site_name"))
    entries = places(tree)  # read before the lines consume the tree, for the reach only
    closing = _closing_segments(tree)
    lines, _, _ = visible_lines_with_credits(tree)
    first_run = [Notice(r["kind"], r["text"]) for r in first["reports"]]
    reps = [sc.norm(r.text) for r in first_run]
    out["credited"] = any(r.kind == "image_credit" for r in first_run)
    reports = list(first_run)
    if reverse:  # the reverse reading: a text at a place read as a credit by its form seeds the place too
        reports += [Notice("image_credit", t) for t in first.get("marked") or ()]
    credits = [r.text for r in reports if r.kind == "image_credit"]
    seeds = {(e.place, e.block) for e in entries if any(_holds(e.text, c) for c in credits)}
    seed_places = {p for p, _ in seeds}
    for n in labels["notices"]:
        if n["kind"] != "image_credit" or any(sc.matches(sc.norm(n["text"]), r, 0.0) for r in reps):
            continue
        out["misses"].append(n["text"])
        out["on_credited_page"] += [n["text"]] if out["credited"] else []
        label = sc.norm(n["text"])
        if any(e.place in seed_places and (e.place, e.block) not in seeds
               and (label in sc.norm(e.text)) for e in entries):
            out["reach"].append(n["text"])
    added = template_credits(tree, reports, lines, site)
    if reverse and added:  # a marked text the first run left is reported with the names it seeded
        added += [t for t in first.get("marked") or () if not any(sc.matches(sc.norm(t), r, 0.0) for r in reps)
                  and any(_holds(e.text, t) and e.place in {f.place for f in entries if f.text in added}
                          for e in entries)]
    out["added"] = added
    # the same idea one level down, on the caption's text: a caption closing on a bracketed segment that is a
    # reported credit ("... (AP)") seeds every other caption's closing bracketed segment ("... (Christie's)")
    if any(_holds(seg, c) for seg in closing for c in credits):
        for seg in closing:
            t = sc.norm(seg)
            if any(sc.matches(t, r, 0.0) or sc.matches(r, t, 0.0) for r in reps):
                continue
            hit = [lt for lt in (sc.norm(n["text"]) for n in labels["notices"]) if sc.matches(lt, t, 0.0)]
            key = "closing_recovered" if hit else "closing_borderline" if any(
                sc.matches(sc.norm(b), t, 0.0) for b in labels.get("borderline") or ()) else "closing_wrong"
            out[key].append(seg)
    norm_labels = [sc.norm(n["text"]) for n in labels["notices"]]
    border = [sc.norm(t) for t in labels.get("borderline") or ()]
    for text in added:
        t = sc.norm(text)
        hit = [lt for lt in norm_labels if sc.matches(lt, t, 0.0)]
        if hit:
            if any(h in [sc.norm(m) for m in out["misses"]] for h in hit):
                out["recovered"].append(text)
            else:
                out["right_again"].append(text)
        elif any(sc.matches(b, t, 0.0) for b in border):
            out["borderline"].append(text)
        else:
            out["wrong"].append(text)
    return out


# A caption's closing bracketed segment after its text ("... released on Jeffrey Epstein. (AP)", "... 모습. [사진 = X]").
_CLOSING = re.compile(r"\S\s*([(\[][^()\[\]]{2,60}[)\]])\s*$")
#: Where a page sets a caption (a figure's, or an element classed as one).
_CAPTIONS = "//figcaption | //*[contains(translate(@class, 'CAPTION', 'caption'), 'caption')]"


def _closing_segments(tree) -> list[str]:  # noqa: ANN001 - an lxml tree
    """The closing bracketed segments of the page's captions, each once, in page order."""
    out: list[str] = []
    for el in tree.xpath(_CAPTIONS):
        m = _CLOSING.search(" ".join(el.text_content().split()))
        if m and m.group(1) not in out:
            out.append(m.group(1))
    return out


def estimate(path: Path, jobs: int, verbose: bool, reverse: bool) -> None:
    firsts = [json.loads(x) for x in path.open(encoding="utf-8") if x.strip()]
    sets = sorted({f["set"] for f in firsts})
    labels: dict[tuple[str, str], dict] = {}
    for name in sets:
        lpath = HERE / "labels" / f"{name}.jsonl"
        _refuse_unseen([lpath])
        for row in (json.loads(x) for x in lpath.open(encoding="utf-8") if x.strip()):
            labels[(name, row["file"])] = row
    with ProcessPoolExecutor(jobs) as pool:
        res = list(pool.map(_estimate_page, [(f, labels[(f["set"], f["file"])], reverse) for f in firsts], chunksize=4))
    for name in sets:
        c: Counter[str] = Counter()
        for r in (r for r in res if r["set"] == name):
            for k in ("misses", "on_credited_page", "reach", "recovered", "wrong", "borderline", "right_again",
                      "closing_recovered", "closing_wrong", "closing_borderline"):
                c[k] += len(r[k])
            c["pages_added"] += bool(r["added"])
            if verbose and (r["added"] or r["reach"]):
                print(f"  {r['file'][-48:]}: added {r['added']!r}")
                for k in ("reach", "recovered", "wrong", "borderline"):
                    if r[k]:
                        print(f"      {k}: {r[k]!r}")
            if verbose and any(r[k] for k in ("closing_recovered", "closing_wrong", "closing_borderline")):
                print(f"  {r['file'][-48:]}: captions' closing brackets")
                for k in ("closing_recovered", "closing_wrong", "closing_borderline"):
                    if r[k]:
                        print(f"      {k}: {r[k]!r}")
        version = {f["extractor"] for f in firsts if f["set"] == name}
        print(f"{name:<16} first run (extractor {', '.join(sorted(version))}): credit misses {c['misses']}; "
              f"on a page with a credit reported {c['on_credited_page']}; at a seed's place in another picture's block "
              f"{c['reach']}; recovered {c['recovered']}; "
              f"added reports: wrong {c['wrong']}, borderline {c['borderline']}, right again {c['right_again']} "
              f"(on {c['pages_added']} pages); captions' closing brackets: recovered {c['closing_recovered']}, "
              f"wrong {c['closing_wrong']}, borderline {c['closing_borderline']}")


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
    e.add_argument("--reverse", action="store_true", help="seed places also from texts the first run's forms read "
                   "as credits in a caption, reported or not")
    args = ap.parse_args()
    if args.cmd == "dump":
        dump(args.sets, args.out, args.jobs)
    else:
        estimate(args.reports, args.jobs, args.verbose, args.reverse)
    return 0


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        sys.exit(main())
