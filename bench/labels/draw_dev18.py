"""The draw of notices-dev18.jsonl (bench/labels/README.md): 50 dev-side pages no notice label set holds, one per
site, from the two pools left after dev17.

    python bench/labels/draw_dev18.py      # from the repository's root: prints the 50 pages, in order

Part A (strict: sites no notice label set holds): the pages of bench/data/authors-blind2 that dev17's draw kept but
did not take (its 82 dev-side pages minus dev17's 60: 22 pages), in pages.jsonl's order, shuffled with
random.Random(28). Part B (pages no notice set holds, of sites another page of which a notice set holds): every page
of ../shared/bench/metadata/expected.jsonl, metadata/expected-dates-htmldate.jsonl and the ScrapingHub pages on the
DEV side of bench/bench_generalise.py's split whose file is in no notice label set (the shared disclaimers labels,
notices-unseen, every notices-devK with K < 18); the sorted site list shuffled with random.Random(28), the first 28 sites, one page per site (the first file
name in sorted order). The dev-site pool of ../shared/bench has no site left that no notice set holds (dev16 took the
last), so part B's sites were seen before through another page, which part A's were not: their figures are given
apart in bench/labels/README.md. Never a held-out-side site. No page is picked for having a notice.
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
BLIND2 = REPO / "bench" / "data" / "authors-blind2" / "pages.jsonl"
PART_B_SITES = 28


def _rows(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.open(encoding="utf-8") if x.strip()]


def _earlier(path: Path) -> bool:
    stem = path.stem.removeprefix("notices-")
    return not stem.startswith("dev") or not stem[3:].isdigit() or int(stem[3:]) < 18


def _used() -> tuple[set[str], set[str]]:
    """The files and sites of every notice label set drawn before dev18."""
    files: set[str] = set()
    sites: set[str] = set()
    for path in [*(p for p in sorted(LABELS.glob("notices-*.jsonl")) if _earlier(p)), SHARED / "disclaimers" / "labels.jsonl"]:
        for row in _rows(path):
            files.add(row["file"])
            sites.add(site_of(row["url"]))
    return files, sites


def part_a(sites: set[str]) -> list[dict]:
    """authors-blind2's dev-side pages of sites no notice set holds (dev17 took 60 of them), shuffled."""
    keep = [{"file": r["file"], "url": r["url"]} for r in _rows(BLIND2)
            if not held_out(r["url"]) and site_of(r["url"]) not in sites]
    random.Random(28).shuffle(keep)
    return keep


def part_b(files: set[str], sites_a: set[str]) -> list[dict]:
    """One unlabelled page each of the first PART_B_SITES dev sites of ../shared/bench, shuffled."""
    pool: dict[str, str] = {}
    for name in ("expected.jsonl", "expected-dates-htmldate.jsonl"):
        for row in _rows(SHARED / "metadata" / name):
            pool.setdefault("metadata/" + row["file"], row["url"])
    truth = json.loads(gzip.decompress((SHARED / "extraction" / "scrapinghub" / "ground-truth.json.gz").read_bytes()))
    for digest, value in truth.items():
        pool[f"extraction/scrapinghub/html/{digest}.html.gz"] = value["url"]
    cand = {f: u for f, u in pool.items()
            if not held_out(u) and f not in files and site_of(u) not in sites_a and (SHARED / f).exists()}
    order = sorted({site_of(u) for u in cand.values()})
    random.Random(28).shuffle(order)
    out = []
    for site in order[:PART_B_SITES]:
        first = sorted(f for f, u in cand.items() if site_of(u) == site)[0]
        out.append({"file": first, "url": cand[first]})
    return out


def draw() -> list[dict]:
    files, sites = _used()
    a = part_a(sites)
    return [*({**p, "part": "A"} for p in a), *({**p, "part": "B"} for p in part_b(files, {site_of(p["url"]) for p in a}))]


def main() -> None:
    for page in draw():
        print(page["part"], page["file"], page["url"])


if __name__ == "__main__":
    main()
