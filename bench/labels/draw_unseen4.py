"""The draw of notices-unseen4.jsonl (bench/labels/README.md): 50 pages of HELD-OUT sites no notice label set
holds, one per site, to measure the notice detector of version 42 on pages no rule was written from and no brief
named (unseen3's gain at version 42 is not wholly independent: bench/labels/README.md, "Round 42").

    python bench/labels/draw_unseen4.py      # from the repository's root: prints the 50 pages, in order

Candidates: the pages of ../shared/bench/metadata/expected.jsonl whose site is on the HELD-OUT side of
bench/bench_generalise.py's split (``sha256(site) % 3 == 0``); dropped: a site with a page in
../shared/bench/disclaimers/labels.jsonl or in a notice label set drawn before this one (notices-unseen,
notices-dev2 ... notices-dev18, notices-unseen2 and notices-unseen3, named here, never "every set but mine"). The
sorted site list is shuffled with random.Random(32); for each of the first 50 sites the first file name in sorted
order is taken. No page is picked for having a notice; no page of these sites was read before.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "bench"))

from bench_generalise import SHARED, held_out, site_of  # noqa: E402

LABELS = REPO / "bench" / "labels"
EARLIER = ["notices-unseen.jsonl", *(f"notices-dev{k}.jsonl" for k in range(2, 19)), "notices-unseen2.jsonl",
           "notices-unseen3.jsonl"]
PAGES = 50


def _rows(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.open(encoding="utf-8") if x.strip()]


def _used_sites() -> set[str]:
    """The sites of every notice label set drawn before unseen4 (and of the shared disclaimers set)."""
    sites: set[str] = set()
    for path in [*(LABELS / name for name in EARLIER), SHARED / "disclaimers" / "labels.jsonl"]:
        sites.update(site_of(row["url"]) for row in _rows(path))
    return sites


def draw() -> list[dict]:
    used = _used_sites()
    cand: dict[str, str] = {}
    for row in _rows(SHARED / "metadata" / "expected.jsonl"):
        url, file = row["url"], "metadata/" + row["file"]
        if held_out(url) and site_of(url) not in used and (SHARED / file).exists():
            cand[file] = url
    order = sorted({site_of(u) for u in cand.values()})
    random.Random(32).shuffle(order)
    out = []
    for site in order[:PAGES]:
        first = sorted(f for f, u in cand.items() if site_of(u) == site)[0]
        out.append({"set": "unseen4", "file": first, "url": cand[first]})
    return out


def main() -> None:
    for page in draw():
        print(page["set"], page["file"], page["url"])


if __name__ == "__main__":
    main()
