"""The draw of notices-unseen7.jsonl (bench/labels/README.md): every page of a HELD-OUT-side site no notice label set
holds that this repository can name, 54 pages, one per site: round 45's blind measure with unseen6 (drawn and
committed before round 45 began).

    python bench/labels/draw_unseen7.py      # from the repository's root: prints the 54 pages, in order

Part M: the pages of ../shared/bench/metadata/expected.jsonl whose site is on the HELD-OUT side of
bench/bench_generalise.py's split (``sha256(site) % 3 == 0``), no site of ../shared/bench/disclaimers/labels.jsonl or
of a notice label set drawn before (notices-unseen, notices-dev2 ... notices-dev18, notices-unseen2, -unseen3, -unseen4
and -unseen6, named here): 14 sites are left (the metadata set's last ones), one page each (draw_unseen2.held_out_draw,
seed 35). Part A: the 40 pages of bench/data/authors-blind2 (five public test corpora) whose site is on the held-out
side and in no notice label set (dev17 and dev18 took only dev-side ones); read before only by the labeller of person
authors (its half B, "never read" for author errors, is read for notices now: the author figure says so), never by a
notice rule. Part A in the order of its pages.jsonl shuffled with random.Random(35). No page is picked for having a
notice. (dev19 and dev20 are fundus pages, of no site here.)
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO / "bench"))

from bench_generalise import held_out, site_of  # noqa: E402
from draw_unseen2 import _used_sites, held_out_draw  # noqa: E402

EARLIER = ["notices-unseen.jsonl", *(f"notices-dev{k}.jsonl" for k in range(2, 19)), "notices-unseen2.jsonl",
           "notices-unseen3.jsonl", "notices-unseen4.jsonl", "notices-unseen6.jsonl"]
SEED = 35


def draw() -> list[dict]:
    part_m = [{"set": "unseen7", "part": "M", **page} for page in held_out_draw(EARLIER, SEED, 100)]
    used = _used_sites(EARLIER) | {site_of(p["url"]) for p in part_m}
    rows = [json.loads(x) for x in (REPO / "bench" / "data" / "authors-blind2" / "pages.jsonl").open(encoding="utf-8")]
    part_a = [{"set": "unseen7", "part": "A", "file": r["file"], "url": r["url"]} for r in rows
              if held_out(r["url"]) and site_of(r["url"]) not in used]
    random.Random(SEED).shuffle(part_a)
    return part_m + part_a


def main() -> None:
    for page in draw():
        print(page["set"], page["part"], page["file"], page["url"])


if __name__ == "__main__":
    main()
