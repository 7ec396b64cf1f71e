"""Every blind first run's notice misses in one table: where the pipeline lost each one, per set (issue 15, gen58).

    # 1. each blind set's first-run tree (its labels commit; archiver/ as scored then), one dump for all of them
    git archive <labels commit> archiver | tar -x -C /tmp/bN; git show <labels commit>:bench/labels/notices-blindN.jsonl \
        > /tmp/bN/notices-blindN.jsonl
    PYTHONPATH=/tmp/bN .venv/bin/python bench/notice_misses.py /tmp/bN/notices-blindN.jsonl --jobs 1 --dump /tmp/first.jsonl
    # 2. the table (no extractor needed: it reads the dump only)
    .venv/bin/python bench/notice_first_runs.py /tmp/first.jsonl [--now /tmp/now.jsonl]

Why: each round read one blind set's misses and wrote rules for them; the next set fell again. Pooled over
every first run, the question is which stage of the pipeline loses the most misses across the most sets, and
whether the misses are spread over pages or bunched on a few (one page's one form repeated under every picture).
Classes (the first that holds):

- ``bare``: a picture credit with no marker word, sign or form at all (a name, a studio, a site's name alone:
  "Ryan Ray Photography", "Agoda"): only the place it stands in could propose it;
- ``form``: any other picture credit no candidate read (a marker or form the credit lexicon lacked: "出典：",
  "Image from ...", "Photo <Name> on <stock URL>", "(Dok. ...)");
- ``statement``: a non-credit notice (disclosure, note, correction, republication) whose line no cue read;
- ``score``: a candidate the model left under its threshold (class b of notice_misses);
- ``guard``: a candidate a rule refused (class c); ``fragment``: reported, but not as the label (class d).

A miss is ``bunched`` when its page holds three or more first-run misses. Never run it on held-out or unseen
pages' dumps (notice_misses refuses them).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

#: Words, signs and forms that mark a picture credit in the languages of the blind sets; a credit label holding
#: none of them is "bare" (only its place could tell it). A superset on purpose: it decides only the table's class.
MARKER = re.compile(
    r"(?i)(©|ⓒ|\(c\)|/|\bvia\b|photo|foto|fotó|bild|image|imag|img|picture|pic\b|credit|copyright|courtesy|source|"
    r"quelle|fuente|fonte|sumber|dok\.|capture|screenshot|illustrat|ilustra|supplied|archiv|getty|reuters|afp|\bap\b|"
    r"\bdpa\b|\bepa\b|efe|shutterstock|unsplash|pexels|istock|alamy|摄|撮影|提供|出典|来源|фото|источник|\bby\b)")

CLASSES = ("bare", "form", "statement", "score", "guard", "fragment")


def miss_class(row: dict) -> str:
    """The table's class of one missed label (notice_misses' class, the credit split by its words)."""
    cls = row["class"]
    if cls == "b":
        return "score"
    if cls == "c":
        return "guard"
    if cls == "d":
        return "fragment"
    if row["kind"] != "image_credit":
        return "statement"
    return "form" if MARKER.search(row["text"]) else "bare"


def table(rows: list[dict]) -> str:
    """The markdown table: class x set, then the bunched share and the pooled recall."""
    sets = sorted({r["set"] for r in rows}, key=lambda s: (len(s), s))
    per_page = Counter((r["set"], r["file"]) for r in rows if r["class"] != "found")
    count: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        if r["class"] == "found":
            count["found"][r["set"]] += 1
        else:
            count[miss_class(r)][r["set"]] += 1
            count["bunched"][r["set"]] += per_page[r["set"], r["file"]] >= 3
        count["labels"][r["set"]] += 1
    short = [s.replace("notices-blind", "b") for s in sets]
    lines = ["| class | " + " | ".join(short) + " | all | sets with any |", "| --- |" + " ---: |" * (len(sets) + 2)]
    for name in ("labels", "found", *CLASSES, "bunched"):
        vals = [count[name][s] for s in sets]
        lines.append(f"| {name} | " + " | ".join(str(v) for v in vals) + f" | {sum(vals)} | {sum(1 for v in vals if v)} |")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dump", type=Path, help="notice_misses.py --dump of the first-run trees")
    ap.add_argument("--now", type=Path, help="the same labels' dump with this tree: how many of each class are found now")
    ap.add_argument("-v", "--verbose", action="store_true", help="list each miss with its class")
    args = ap.parse_args()
    rows = [json.loads(x) for x in args.dump.open(encoding="utf-8") if x.strip()]
    print(table(rows))
    if args.now:
        now = {(r["set"], r["file"], r["text"]): r["class"] for r in
               (json.loads(x) for x in args.now.open(encoding="utf-8") if x.strip())}
        still = Counter(miss_class(r) for r in rows if r["class"] != "found" and now.get((r["set"], r["file"], r["text"]), "found") != "found")
        print("\nstill missed now (the sets are dev now): " + ", ".join(f"{c} {still[c]}" for c in CLASSES))
    if args.verbose:
        for r in rows:
            if r["class"] != "found":
                print(f"  {r['set']:<16} {miss_class(r):<9} [{r['kind']}] {r['text'][:90]!r}")
    return 0


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        raise SystemExit(main())
