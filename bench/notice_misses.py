"""Where the notice detector's misses come from, per labelled DEV set.

    PYTHONPATH=<tree> .venv/bin/python bench/notice_misses.py bench/labels/notices-dev13.jsonl [...] [-v] [--dump FILE]

For every labelled notice the extractor does not report (score.py's matching, as in
bench/bench_generalise.py), the class of the miss:

- ``a``: no candidate: no visible line of the detector holds the label (the line is not reached:
  the page's text as archiver reads it lacks it, or a long line's middle), or the line holding it
  has no cue stem of the kind, no credit form and no statement cue;
- ``b``: a candidate the model scores below the threshold;
- ``c``: a candidate dropped by a rule or filter (a credit form matched, then refused: site's
  copyright, teaser headline, embedded post, count, widget label ...);
- ``d``: the line holding the label yields a notice, but its text does not match the label (span).

``--dump FILE`` appends every label's outcome as a JSON line, for bench/notice_contexts.py (where the
misses sit on the page: DOM context, place against the main text).

It runs the extractor of whatever tree ``PYTHONPATH`` names (so an older commit's detector can be
diagnosed on the set it was first scored on: a blind first run reconstructed) and only reads
that tree's public-ish internals (``classify_line``, ``candidate``, ``credit_features``,
``statement_features``, ``probability``, ``_threshold``, ``_IMAGE_CREDIT``), which every version
since the learned model has. Never run it on held-out or unseen pages: it prints labels.
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
from bench_generalise import _load, _page, page_path  # noqa: E402 - the bench's own page and module readers


def _credit_form(N, line: str) -> bool:  # noqa: ANN001, N803 - a module
    """Whether any credit rule's expression matches the line (before any refusal)."""
    rules = getattr(N, "_IMAGE_CREDIT", ())
    folded = N.cue_fold(line) if hasattr(N, "cue_fold") else line.casefold()
    for rule in rules:
        try:
            if rule.search(line, folded):
                return True
        except TypeError:
            if rule.search(line):
                return True
    return False


def diagnose_page(task: tuple[str, str, list[dict], list[str]]) -> list[tuple[str, str, str, str]]:
    """(class, detail, kind, label) for each missed label of one page; ('found', ...) for the others."""
    path, url, notices, borderline = task
    from archiver.extract import notices as N
    try:
        from archiver.extract import extract_unbounded as run
    except ImportError:  # pragma: no cover - older trees
        from archiver.extract import extract as run
    sc = _load("score", SHARED / "disclaimers" / "score.py")
    calls: list[tuple] = []
    real = N.classify_line

    names = ("line", "kinds", "ctx", "position", "at_end", "site")

    def spy(*args, **kw):  # noqa: ANN002, ANN003, ANN202 - the tree's own signature, passed through
        out = real(*args, **kw)
        given = {**dict(zip(names, args, strict=False)), **kw}
        calls.append((given["line"], given.get("kinds"), given.get("ctx", 0), given.get("position"),
                      given.get("at_end", False), given.get("site"), out))
        return out

    N.classify_line = spy
    try:
        art = run(_page(Path(path)), url=url).to_dict()
    except Exception as exc:  # noqa: BLE001 - a page that breaks extraction reports nothing
        print(f"  extraction failed on {Path(path).name}: {type(exc).__name__}: {exc}", file=sys.stderr)
        art = {"disclaimers": []}
    finally:
        N.classify_line = real
    reps = [sc.norm(n["text"]) for n in art.get("disclaimers") or []]
    out = []
    for n in notices:
        label = sc.norm(n["text"])
        if any(sc.matches(label, r, 0.0) for r in reps):
            out.append(("found", "", n["kind"], n["text"]))
            continue
        out.append((*_classify(N, sc, label, calls), n["kind"], n["text"]))
    return out


def _classify(N, sc, label: str, calls: list[tuple]) -> tuple[str, str]:  # noqa: ANN001, N803
    """The miss class of one label from the detector's calls on the page's candidate lines."""
    holding = [c for c in calls if label in sc.norm(c[0]) or (len(sc.norm(c[0])) >= 8 and sc.norm(c[0]) in label)]
    if not holding:
        return "a", "no candidate line holds it"
    best = ("a", "no cue or form on its line")
    rank = {"a": 0, "c": 1, "b": 2, "d": 3}
    for line, kinds, ctx, position, at_end, site, result in holding:
        if result is not None:
            cls = ("d", f"reported {result.text[:70]!r}")
        else:
            found = (N.candidate(line, kinds, ctx, position, at_end, site) if site is not None
                     else N.candidate(line, kinds, ctx, position, at_end))
            if found is not None:
                group, _, _, f = found
                # the evidence that was on, to see whether one kind of evidence (place, box, small print)
                # is missing from the candidates the model leaves under its threshold
                on = " ".join(sorted(k for k, v in f.items() if v and k != "bias"))
                cls = ("b", f"{group} p={N.probability(group, f):.2f} [{on}]")
            else:
                credit = "image_credit" in (kinds or {"image_credit"}) and _credit_form(N, line)
                statement = N.statement_features(line, ctx, position) is not None
                if credit or statement:
                    cls = ("c", "credit form refused" if credit else "statement dropped (teaser/widget)")
                elif _credit_form(N, line) and "image_credit" not in (kinds or set()):
                    cls = ("a", "credit form, but no credit stem on the line (prefilter)")
                elif len(line) > 300:
                    cls = ("a", "long line, form not at its end")
                else:
                    cls = ("a", "no cue or form on its line")
        if rank[cls[0]] > rank[best[0]]:
            best = cls
    return best


def _dump(out: Path, name: str, tasks: list[tuple], res: list[list[tuple[str, str, str, str]]]) -> None:
    """Append each label's outcome on each page (found, or its miss class) as one JSON line."""
    with out.open("a", encoding="utf-8") as fh:
        for (page, url, _, _), outcomes in zip(tasks, res, strict=True):
            for cls, detail, kind, text in outcomes:
                row = {"set": name, "file": page, "url": url, "class": cls, "detail": detail, "kind": kind, "text": text}
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="+", type=Path)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--tag", default="", help="a name for the tree diagnosed, printed in each row")
    ap.add_argument("-v", "--verbose", action="store_true", help="list each miss with its class")
    ap.add_argument("--dump", type=Path, help="append every label's outcome (set, page, class, label) as JSON lines "
                    "(bench/notice_contexts.py reads them: where the misses sit on the page)")
    args = ap.parse_args()
    for path in args.sets:
        if "unseen" in path.name:
            raise SystemExit("unseen pages are only ever scored, never diagnosed")
        rows = [json.loads(x) for x in path.open(encoding="utf-8") if x.strip()]
        tasks = [(str(page_path(r["file"], SHARED)), r["url"], r["notices"], r.get("borderline") or []) for r in rows]
        with ProcessPoolExecutor(args.jobs) as pool:
            res = list(pool.map(diagnose_page, tasks, chunksize=4))
        c: Counter[str] = Counter()
        if args.dump:
            _dump(args.dump, path.stem, tasks, res)
        for page in res:
            for cls, detail, kind, text in page:
                c[cls] += 1
                if cls != "found":
                    c[f"{cls}:{detail.split(' p=')[0] if cls == 'b' else detail if cls != 'd' else 'reported'}"] += 1
                    if args.verbose:
                        print(f"  {cls} [{kind}] {text[:80]!r}: {detail}")
        labels = sum(v for k, v in c.items() if ":" not in k)
        print(f"{args.tag:<10}{path.stem:<16} labels {labels:>3} found {c['found']:>3}  "
              + "  ".join(f"{k} {c[k]}" for k in "abcd"))
        for k in sorted(k for k in c if ":" in k):
            print(f"{'':<28}{k} {c[k]}")
    return 0


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        sys.exit(main())
