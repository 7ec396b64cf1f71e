"""The draw of notices-dev14.jsonl (bench/labels/README.md): 60 pages of dev sites no earlier label set holds.

    python bench/labels/draw_dev14.py      # from the repository's root: prints the 60 pages, in order

The pool: every page of ../shared/bench/metadata/expected.jsonl, metadata/expected-dates-htmldate.jsonl
and the 181 ScrapingHub pages, on the DEV side of bench/bench_generalise.py's split, whose file is in
no label set; then only sites that appear in no label set at all; the sorted site list shuffled with
random.Random(23), the first 60 sites, one page per site (the first file name in sorted order).
The output was written before the extractor ran on any of these pages.
"""

from __future__ import annotations

import gzip
import json
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "bench"))

from bench_generalise import SHARED, held_out, site_of  # noqa: E402

LABELS = REPO / "bench" / "labels"


def _rows(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.open(encoding="utf-8") if x.strip()]


def draw() -> list[dict]:
    """The 60 pages, in the order of the shuffled site list."""
    used_files: set[str] = set()
    used_sites: set[str] = set()
    for path in [*sorted(LABELS.glob("notices-*.jsonl")), SHARED / "disclaimers" / "labels.jsonl"]:
        if path.name == "notices-dev14.jsonl":
            continue  # this draw's own labels; dev13's pages and sites are excluded like any other set's
        for row in _rows(path):
            used_files.add(row["file"])
            used_sites.add(site_of(row["url"]))
    pool: dict[str, str] = {}
    for name in ("expected.jsonl", "expected-dates-htmldate.jsonl"):
        for row in _rows(SHARED / "metadata" / name):
            pool.setdefault("metadata/" + row["file"], row["url"])
    truth = json.loads(gzip.decompress((SHARED / "extraction" / "scrapinghub" / "ground-truth.json.gz").read_bytes()))
    for digest, value in truth.items():
        pool[f"extraction/scrapinghub/html/{digest}.html.gz"] = value["url"]
    cand = {f: u for f, u in pool.items() if not held_out(u) and f not in used_files and (SHARED / f).exists()}
    sites = sorted({site_of(u) for u in cand.values()} - used_sites)
    random.Random(23).shuffle(sites)
    out = []
    for site in sites[:60]:
        first = sorted(f for f, u in cand.items() if site_of(u) == site)[0]
        out.append({"file": first, "url": cand[first]})
    return out


if __name__ == "__main__":
    for page in draw():
        print(page["file"], page["url"])
