"""The draw of bench/labels/authors-blind3.jsonl: 80+ article pages, one per site, from DEV sites of
../shared/bench (metadata html and disclaimers pages; every scrapinghub page is already in
authors-scrapinghub), none in an existing author label set, none of a site that has a page in one.

    python bench/data/authors-blind3/draw.py > /tmp/draw.jsonl

Candidates: the pages of metadata/expected.jsonl with no author label, the pages of
metadata/expected-dates-htmldate.jsonl not in expected.jsonl, and disclaimers/labels.jsonl's pages.
Dropped: a held-out site (bench_generalise.held_out); a page in authors-scrapinghub, authors-blind2 or
metadata/expected.jsonl with an author label, or of a site with a page in one of them; not an article
by authors-blind2's rule (build.py's _is_article: URL and paragraph shape, never the byline).
The rest, sorted by file, are shuffled with random.Random(21); the first page of each site is kept
until 85 pages are drawn. Nothing here looks at who wrote the page.
"""

from __future__ import annotations

import gzip
import importlib
import json
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
SHARED = REPO.parent / "shared" / "bench"
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO / "bench" / "data" / "authors-blind2"))

from bench_generalise import held_out, site_of  # noqa: E402

# blind2's builder (bench/data/authors-blind2/build.py), imported by name so that ruff's import
# sorting does not depend on whether a build/ folder (pip's) sits in the checkout
_is_article = importlib.import_module("build")._is_article

WANT = 85


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.open() if x.strip()]


def main() -> int:
    meta = _jsonl(SHARED / "metadata" / "expected.jsonl")
    labelled = [("metadata/" + r["file"], r["url"]) for r in meta if "author" in r]
    labelled += [(r["file"], r["url"]) for r in _jsonl(REPO / "bench" / "labels" / "authors-scrapinghub.jsonl")]
    labelled += [(r["file"], r["url"]) for r in _jsonl(REPO / "bench" / "labels" / "authors-blind2.jsonl")]
    used_files = {f for f, _ in labelled}
    used_sites = {site_of(u) for _, u in labelled}
    in_meta = {"metadata/" + r["file"] for r in meta}
    cands = {("metadata/" + r["file"]): r["url"] for r in meta if "author" not in r}
    for r in _jsonl(SHARED / "metadata" / "expected-dates-htmldate.jsonl"):
        f = "metadata/" + r["file"]
        if f not in in_meta:
            cands.setdefault(f, r["url"])
    for r in _jsonl(SHARED / "disclaimers" / "labels.jsonl"):
        cands.setdefault(r["file"], r["url"])
    pool = []
    for f, url in sorted(cands.items()):
        if held_out(url) or f in used_files or site_of(url) in used_sites:
            continue
        data = gzip.decompress((SHARED / f).read_bytes())
        if _is_article(url, data):
            pool.append((f, url))
    random.Random(21).shuffle(pool)
    seen: set[str] = set()
    for f, url in pool:
        if site_of(url) in seen:
            continue
        seen.add(site_of(url))
        print(json.dumps({"file": f, "url": url}))
        if len(seen) == WANT:
            break
    print(f"candidates {len(cands)}, article pages of new dev sites {len(pool)}, drawn {len(seen)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
