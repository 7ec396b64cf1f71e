"""Draw authors-blind8's 40 extra pages: notices-blind9's pool (bench/data/notices-blind9/build.py), the sites it did not take.

    /work/main/.venv/bin/python bench/data/authors-blind8/build.py            # prints the draw
    /work/main/.venv/bin/python bench/data/authors-blind8/build.py --write    # writes the pages and pages.jsonl here

Why: authors-blind8 labels person authors on notices-blind9's 60 pages (read for notices only, never for
authors); about half credit a person, too few names for a precision figure, so 40 more pages are drawn. Every
other public test corpus here is used up (notices-blind8 and notices-blind9's notes: the mirrors of
chimbori/crux and markusmobius/go-domdistiller hold no article page), so the extra pages come from the same
pool: blind9's candidates and drops exactly (its ``draw``, seed 20261202, one page per site, round-robin over
declared languages), continued past its 60th page to the 100th. The first 60 are blind9's pages (checked);
pages 61-100 are pages nobody here has read. The labels of both sets (notices-blind9.jsonl, authors-blind8.jsonl)
and both sets' pages.jsonl are not exclusions (they name these very pages).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
B9_DIR = HERE.parent / "notices-blind9"
sys.path.insert(0, str(HERE.parent))
from mirror_pages import bring_back, recompressed  # noqa: E402  (bench/data/mirror_pages.py)

_spec = importlib.util.spec_from_file_location("blind9_build", B9_DIR / "build.py")
assert _spec is not None and _spec.loader is not None
b9 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(b9)

OWN = {"notices-blind9.jsonl", "authors-blind8.jsonl"}
TOTAL = 100


def _known() -> tuple[set[str], set[str], set[str], set[str]]:
    """blind9's exclusions, minus this set's and blind9's own labels and page lists."""
    saved = b9.OWN_LABELS
    names: set[str] = set()
    urls: set[str] = set()
    sites: set[str] = set()
    digests: set[str] = set()
    # blind9's _known skips one label file (OWN_LABELS) and its own pages.jsonl; run it once per own file skipped
    # and keep what both runs agree on (the intersection drops exactly what either own file adds)
    runs = []
    for own in sorted(OWN):
        b9.OWN_LABELS = own
        runs.append(b9._known_orig())
    b9.OWN_LABELS = saved
    names, urls, sites, digests = (runs[0][i] & runs[1][i] for i in range(4))
    mine = HERE / "pages.jsonl"
    if mine.exists():  # this set's own page list names blind9's pages too: drop what only it adds
        own_urls = {json.loads(ln)["url"] for ln in mine.open(encoding="utf-8") if ln.strip()}
        urls -= own_urls
        sites -= {b9.site_of(u) for u in own_urls}
        names -= {b9._norm_name(json.loads(ln)["upstream_path"]) for ln in mine.open(encoding="utf-8") if ln.strip()}
        digests -= {hashlib.sha256(gzip.decompress(p.read_bytes())).hexdigest() for p in HERE.glob("*.html.gz")}
    return names, urls, sites, digests


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--write", action="store_true", help="write the gzipped pages and pages.jsonl here")
    args = ap.parse_args()
    if args.write and (HERE / "pages.jsonl").exists():
        # the pages as recorded, each checked against its sha256: a re-draw reads the sets labelled since
        # (authors-blind9's pages and sites) and no longer reproduces this one
        return bring_back(HERE, recompressed)
    b9._known_orig = b9._known
    b9._known = _known
    b9.TARGET = TOTAL
    picked, stats = b9.draw()
    print(stats, "picked", len(picked), file=sys.stderr)
    b9_urls = [json.loads(ln)["url"] for ln in (B9_DIR / "pages.jsonl").open(encoding="utf-8") if ln.strip()]
    assert [c["url"] for c in picked[:len(b9_urls)]] == b9_urls, "the first pages are not blind9's draw"
    rows = []
    for c in picked[len(b9_urls):]:
        data = b9._show(c["src"], c["path"])
        name = f"{c['src']}-{hashlib.sha256(c['path'].encode()).hexdigest()[:12]}.html.gz"
        rows.append({"file": f"bench/data/authors-blind8/{name}", "url": c["url"], "lang": c["lang"],
                     "source": b9.SOURCES[c["src"]][1], "commit": b9.SOURCES[c["src"]][2],
                     "licence": b9.SOURCES[c["src"]][3], "upstream_path": c["path"]})
        if args.write:
            (HERE / name).write_bytes(gzip.compress(data, 9, mtime=0))
        else:
            print(c["src"], c["lang"], c["url"])
    if args.write:
        with (HERE / "pages.jsonl").open("w", encoding="utf-8") as f:
            f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
