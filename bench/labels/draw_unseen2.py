"""The draw of notices-unseen2.jsonl and notices-unseen3.jsonl (bench/labels/README.md): 100 pages of HELD-OUT sites
no notice label set holds, one per site, to measure the notice detector once more on pages no rule was written from.

    python bench/labels/draw_unseen2.py      # from the repository's root: prints the 100 pages, in order

Candidates: the pages of ../shared/bench/metadata/expected.jsonl whose site is on the HELD-OUT side of
bench/bench_generalise.py's split (``sha256(site) % 3 == 0``); dropped: a site with a page in
../shared/bench/disclaimers/labels.jsonl or in a notice label set drawn before this one (notices-unseen and
notices-dev2 ... notices-dev18, named here, never "every set but mine"). The sorted site list is shuffled with
random.Random(31); for each of the first 100 sites the first file name in sorted order is taken. unseen2 is sites
1-50, unseen3 sites 51-100. No page is picked for having a notice; no page of these sites was read before.
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
EARLIER = ["notices-unseen.jsonl", *(f"notices-dev{k}.jsonl" for k in range(2, 19))]
PAGES = 100


def _rows(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.open(encoding="utf-8") if x.strip()]


def _used_sites(earlier: list[str]) -> set[str]:
    """The sites of the notice label sets ``earlier`` (and of the shared disclaimers set)."""
    sites: set[str] = set()
    for path in [*(LABELS / name for name in earlier), SHARED / "disclaimers" / "labels.jsonl"]:
        sites.update(site_of(row["url"]) for row in _rows(path))
    return sites


def held_out_draw(earlier: list[str], seed: int, pages: int) -> list[dict]:
    """One page (the first file name in sorted order) of each of the first ``pages`` held-out sites of the
    metadata set that no set in ``earlier`` holds, the sorted site list shuffled with ``random.Random(seed)``.
    Each draw names its own ``earlier`` sets and seed (draw_unseen4.py is another), so that it prints the
    same pages whatever sets are labelled later."""
    used = _used_sites(earlier)
    cand: dict[str, str] = {}
    for row in _rows(SHARED / "metadata" / "expected.jsonl"):
        url, file = row["url"], "metadata/" + row["file"]
        if held_out(url) and site_of(url) not in used and (SHARED / file).exists():
            cand[file] = url
    order = sorted({site_of(u) for u in cand.values()})
    random.Random(seed).shuffle(order)
    out = []
    for site in order[:pages]:
        first = sorted(f for f, u in cand.items() if site_of(u) == site)[0]
        out.append({"file": first, "url": cand[first]})
    return out


def draw() -> list[dict]:
    """unseen2: sites 1-50, unseen3: sites 51-100."""
    return [{"set": "unseen2" if n < PAGES // 2 else "unseen3", **page}
            for n, page in enumerate(held_out_draw(EARLIER, 31, PAGES))]


def main() -> None:
    for page in draw():
        print(page["set"], page["file"], page["url"])


if __name__ == "__main__":
    main()
