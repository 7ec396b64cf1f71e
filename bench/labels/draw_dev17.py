"""The draw of notices-dev17.jsonl (bench/labels/README.md): 60 pages of bench/data/authors-blind2 (five public
test corpora, not ../shared/bench), one per site, drawn with random.Random(27).

    python bench/labels/draw_dev17.py      # from the repository's root: prints the 60 pages, in order

The dev-site pool of draw_dev.py is used up (dev16 took its last 28 pages), so dev17 comes from authors-blind2's
130 pages, which no notice label set had touched. Dropped before the draw: a page whose site is in any notices
label set (../shared/bench/disclaimers/labels.jsonl, notices-unseen, every notices-devK) or whose content
(sha256 of the decompressed HTML) equals a page of ../shared/bench or of a label set; a page whose site is on the
HELD-OUT side of bench/bench_generalise.py's split (sha256(site) % 3 == 0), so that rules written from dev17's
misses never come from a held-out-side site. The pages left, in pages.jsonl's order, are shuffled with
random.Random(27) and the first 60 kept (authors-blind2 already has one page per site).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "bench"))

from bench_generalise import SHARED, held_out, site_of  # noqa: E402

LABELS = REPO / "bench" / "labels"
POOL = REPO / "bench" / "data" / "authors-blind2" / "pages.jsonl"


def _rows(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.open(encoding="utf-8") if x.strip()]


def _digest(path: Path) -> str:
    data = path.read_bytes()
    return hashlib.sha256(gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data).hexdigest()


def _used() -> tuple[set[str], set[str]]:
    """The sites and content digests of every notices label set's pages and of every ../shared/bench page."""
    sites: set[str] = set()
    digests: set[str] = set()
    for path in [*sorted(LABELS.glob("notices-*.jsonl")), SHARED / "disclaimers" / "labels.jsonl"]:
        if path.name == "notices-dev17.jsonl":
            continue
        for row in _rows(path):
            sites.add(site_of(row["url"]))
    for page in SHARED.rglob("*.htm*"):
        digests.add(_digest(page))
    return sites, digests


def draw(seed: int = 27, count: int = 60) -> tuple[list[dict], list[tuple[str, str]]]:
    """(the drawn pages, the dropped pages with the reason)."""
    sites, digests = _used()
    keep, dropped = [], []
    for row in _rows(POOL):
        if site_of(row["url"]) in sites:
            dropped.append((row["file"], "site in a notices label set"))
        elif held_out(row["url"]):
            dropped.append((row["file"], "held-out-side site"))
        elif row["html_sha256"] in digests:  # the page's own digest, recorded (its page is not committed)
            dropped.append((row["file"], "content equals a ../shared/bench page"))
        else:
            keep.append({"file": row["file"], "url": row["url"]})
    random.Random(seed).shuffle(keep)
    return keep[:count], dropped


def main() -> None:
    pages, dropped = draw()
    for file, why in dropped:
        print(f"# dropped {file}: {why}", file=sys.stderr)
    for page in pages:
        print(page["file"], page["url"])


if __name__ == "__main__":
    main()
