"""The draws of the blind notice sets notices-devN.jsonl (N >= 13; bench/labels/README.md): 60 pages
of dev sites no EARLIER label set holds.

    python bench/labels/draw_dev13.py      # from the repository's root: dev13's 60 pages, in order
    python bench/labels/draw_dev14.py      # dev14's

The pool: every page of ../shared/bench/metadata/expected.jsonl, metadata/expected-dates-htmldate.jsonl
and the 181 ScrapingHub pages, on the DEV side of bench/bench_generalise.py's split, whose file is in
no earlier label set (the shared disclaimers labels, notices-unseen and every notices-devK with K < N);
then only sites that appear in none of them; the sorted site list shuffled with the set's seed
(dev13: random.Random(20), dev14: random.Random(23)), the first 60 sites, one page per site (the first
file name in sorted order). Each set's output was written before the extractor ran on its pages.

Only EARLIER sets are excluded, so that a draw repeats exactly once later sets exist (excluding
"every set but its own", as the first two scripts did, made dev13's draw give other pages as soon
as dev14 was labelled).
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


def _earlier(path: Path, number: int) -> bool:
    """Whether the label set at ``path`` existed before notices-dev``number`` was drawn."""
    stem = path.stem.removeprefix("notices-")
    return not stem.startswith("dev") or not stem[3:].isdigit() or int(stem[3:]) < number


def draw(number: int, seed: int) -> list[dict]:
    """The 60 pages of notices-dev``number``, in the order of the site list shuffled by ``seed``."""
    used_files: set[str] = set()
    used_sites: set[str] = set()
    earlier = [p for p in sorted(LABELS.glob("notices-*.jsonl")) if _earlier(p, number)]
    for path in [*earlier, SHARED / "disclaimers" / "labels.jsonl"]:
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
    random.Random(seed).shuffle(sites)
    out = []
    for site in sites[:60]:
        first = sorted(f for f, u in cand.items() if site_of(u) == site)[0]
        out.append({"file": first, "url": cand[first]})
    return out


def main(number: int, seed: int) -> None:
    for page in draw(number, seed):
        print(page["file"], page["url"])
