"""The draw of notices-unseen6.jsonl (bench/labels/README.md): 50 pages of HELD-OUT sites no notice label set
holds, one per site, to measure the notice detector once more on pages no rule was written from and no brief named
(notices-unseen5, made a dev set since (notices-dev20), was its sister set of fundus pages: bench/data/fundus).

    python bench/labels/draw_unseen6.py      # from the repository's root: prints the 50 pages, in order

Candidates: the pages of ../shared/bench/metadata/expected.jsonl whose site is on the HELD-OUT side of
bench/bench_generalise.py's split (``sha256(site) % 3 == 0``); dropped: a site with a page in
../shared/bench/disclaimers/labels.jsonl or in a notice label set drawn before this one (notices-unseen,
notices-dev2 ... notices-dev18, notices-unseen2, notices-unseen3 and notices-unseen4, named here, never "every set
but mine"). The sorted site list is shuffled with random.Random(34); for each of the first 50 sites the first file name in sorted
order is taken. No page is picked for having a notice; no page of these sites was read before.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from draw_unseen2 import held_out_draw  # noqa: E402

EARLIER = ["notices-unseen.jsonl", *(f"notices-dev{k}.jsonl" for k in range(2, 19)), "notices-unseen2.jsonl",
           "notices-unseen3.jsonl", "notices-unseen4.jsonl"]
PAGES = 50


def draw() -> list[dict]:
    return [{"set": "unseen6", **page} for page in held_out_draw(EARLIER, 34, PAGES)]


def main() -> None:
    for page in draw():
        print(page["set"], page["file"], page["url"])


if __name__ == "__main__":
    main()
