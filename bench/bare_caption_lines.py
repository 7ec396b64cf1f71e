"""What a cue-less "bare name in a caption" credit generator would propose on labelled dev pages (issue 15, gen58).

    PYTHONPATH=$PWD .venv/bin/python bench/bare_caption_lines.py bench/labels/notices-blind8.jsonl [...] [-v]

For every line the detector reads on the pages (``bench/notice_contexts.page_lines``: visible lines after the
label joins, their DOM context, their place against the main text) that sits in a caption context and whose whole
text is shaped like a bare credit (``notice_bare_credits.bare_name``: names, an agency or a domain; no digit, no
sentence), it counts the lines holding a picture-credit label, a borderline text, or neither; overall and outside
nav and footer. Why: 40 of the 192 blind first-run misses were credits with no marker at all, and only their place
could propose them; this is the price of proposing every such line before any model judges it (bench/labels/
README.md, gen58). Dev sets only: it prints page lines, so it refuses unseen sets and must never read held-out pages.
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
sys.path.insert(0, str(HERE))
if not os.environ.get("PYTHONPATH"):  # this tree's archiver, unless PYTHONPATH names the tree to read
    sys.path.insert(0, str(HERE.parent))
from bench_generalise import page_path  # noqa: E402 - the bench's own page reader
from notice_contexts import SHARED, _load, contexts_of, page_lines  # noqa: E402 - the same reading of the page


def page_counts(task: tuple[str, str, list[dict], list[str]]) -> list[tuple[str, str, bool]]:
    """(label / border / other, the line, in nav or footer) for each bare-name-shaped caption line of one page."""
    from archiver.extract.notice_bare_credits import bare_name

    path, url, labels, border = task
    sc = _load("score", SHARED / "disclaimers" / "score.py")
    credits = [sc.norm(lab["text"]) for lab in labels if lab["kind"] == "image_credit"]
    borders = [sc.norm(b) for b in border]
    out = []
    for line, bits, position, beside, under in page_lines(path, url):
        ctx = contexts_of(bits, position, beside, under)
        if "caption" not in ctx or not bare_name(line):
            continue
        n = sc.norm(line)
        cls = ("label" if any(t in n or n in t for t in credits) else
               "border" if any(t in n or n in t for t in borders) else "other")
        out.append((cls, line, "nav/header" in ctx or "footer" in ctx))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="+", type=Path)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("-v", "--verbose", action="store_true", help="list each proposed line that is no label")
    args = ap.parse_args()
    tasks = []
    for path in args.sets:
        if "unseen" in path.name:
            raise SystemExit("unseen pages are only ever scored, never read line by line")
        for row in (json.loads(x) for x in path.open(encoding="utf-8") if x.strip()):
            tasks.append((str(page_path(row["file"], SHARED)), row["url"], row["notices"], row.get("borderline") or []))
    every: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    pages: dict[str, set[str]] = {"label": set(), "other": set(), "border": set()}
    with ProcessPoolExecutor(args.jobs) as pool:
        for task, found in zip(tasks, pool.map(page_counts, tasks, chunksize=4), strict=True):
            for cls, line, nav_or_footer in found:
                every[cls] += 1
                inside[cls] += not nav_or_footer
                pages[cls].add(task[0])
                if args.verbose and cls == "other":
                    print(f"  other {Path(task[0]).parent.name:<16} {line[:70]!r}")
    print(f"bare-name caption lines: label {every['label']} (on {len(pages['label'])} pages), border {every['border']}, "
          f"other {every['other']} (on {len(pages['other'])} pages); outside nav and footer: label {inside['label']}, "
          f"border {inside['border']}, other {inside['other']}")
    return 0


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        raise SystemExit(main())
