"""The draw of bench/labels/authors-blind5.jsonl: 80+ article pages, one per site, from DEV sites of
../shared/bench (metadata html and disclaimers pages), none in an existing author label set
(metadata with an author label, authors-scrapinghub, authors-blind2, authors-blind3, authors-blind4), none of a site
that has a page in one.

    python bench/data/authors-blind5/draw.py > /tmp/draw.jsonl

Candidates and drops exactly as authors-blind3's draw (bench/data/authors-blind3/draw.py), with
authors-blind3's and authors-blind4's pages and sites added to the used ones. The rest, sorted by file, are shuffled with
random.Random(24). Pages WITH a byline are favoured, openly: a page counts as "with a byline" when a
throw-away lxml test independent of archiver (``_has_byline_hint``: a ``<meta name=author>``, a JSON-LD
``author``, or an element whose class/id/rel/itemprop says author/byline) finds one; the first such
page of each site is drawn, in the shuffled order, until 85 pages; if fewer, the first page of the
remaining sites fills up. The test never reads what the extractor reports.
"""

from __future__ import annotations

import gzip
import importlib
import json
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
SHARED = REPO.parent / "shared" / "bench"
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO / "bench" / "data" / "authors-blind2"))

from bench_generalise import held_out, site_of  # noqa: E402

_is_article = importlib.import_module("build")._is_article

WANT = 85
_HINT = re.compile(
    rb"""<meta[^>]+name=["']?author|["']author["']\s*:|(?:class|id|rel|itemprop)=["'][^"']*(?:author|byline)""",
    re.I)


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.open() if x.strip()]


def _has_byline_hint(data: bytes) -> bool:
    """A page that declares or marks an author somewhere (not whether it is right or printed)."""
    return bool(_HINT.search(data))


def main() -> int:
    meta = _jsonl(SHARED / "metadata" / "expected.jsonl")
    labelled = [("metadata/" + r["file"], r["url"]) for r in meta if "author" in r]
    for name in ("authors-scrapinghub", "authors-blind2", "authors-blind3", "authors-blind4"):
        labelled += [(r["file"], r["url"]) for r in _jsonl(REPO / "bench" / "labels" / f"{name}.jsonl")]
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
            pool.append((f, url, _has_byline_hint(data)))
    random.Random(24).shuffle(pool)
    seen: set[str] = set()
    picked = []
    for want_hint in (True, False):
        for f, url, hint in pool:
            if len(picked) == WANT:
                break
            if site_of(url) in seen or hint != want_hint:
                continue
            seen.add(site_of(url))
            picked.append((f, url))
    for f, url in picked:
        print(json.dumps({"file": f, "url": url}))
    print(f"candidates {len(cands)}, article pages of new dev sites {len(pool)} "
          f"({len({site_of(u) for _, u, _ in pool})} sites, "
          f"{len({site_of(u) for _, u, h in pool if h})} with a byline hint), drawn {len(picked)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
