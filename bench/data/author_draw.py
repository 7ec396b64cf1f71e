"""The draw every blind author set after authors-blind2 was made by (bench/data/authors-blind*/draw.py).

Candidates: the pages of metadata/expected.jsonl with no author label, the pages of
metadata/expected-dates-htmldate.jsonl not in expected.jsonl, and disclaimers/labels.jsonl's pages.
Dropped: a held-out site (bench_generalise.held_out); a page of metadata/expected.jsonl with an
author label or of one of the EARLIER sets each draw names, or of a site with a page in one of them;
not an article by authors-blind2's rule (build.py's ``_is_article``: URL and paragraph shape, never
the byline). The rest, sorted by file, are shuffled with the draw's seed; the first page of each site
is kept, in that order, until 85. With ``favour_hint`` (blind4 on), pages WITH a byline are drawn
first, openly: a throw-away byte test independent of archiver (:func:`has_byline_hint`: a ``<meta
name=author>``, a JSON-LD ``author``, or an element whose class/id/rel/itemprop says author/byline),
then the first page of the remaining sites fills up. Nothing here reads what the extractor reports.

Why one function: each draw names the sets it excludes explicitly (never "every set but mine"), so
each prints the same pages whatever sets are labelled later; the three copies this replaced
differed only in seed, sets excluded and the hint.
"""

from __future__ import annotations

import gzip
import importlib
import json
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "bench"
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO / "bench" / "data" / "authors-blind2"))

from bench_generalise import held_out, site_of  # noqa: E402

# blind2's builder (bench/data/authors-blind2/build.py), imported by name so that ruff's import
# sorting does not depend on whether a build/ folder (pip's) sits in the checkout
_is_article = importlib.import_module("build")._is_article

WANT = 85
_HINT = re.compile(
    rb"""<meta[^>]+name=["']?author|["']author["']\s*:|(?:class|id|rel|itemprop)=["'][^"']*(?:author|byline)""",
    re.I)


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.open() if x.strip()]


def has_byline_hint(data: bytes) -> bool:
    """A page that declares or marks an author somewhere (not whether it is right or printed)."""
    return bool(_HINT.search(data))


def draw(seed: int, earlier: tuple[str, ...], *, favour_hint: bool) -> int:
    """Print the draw (one JSON line per page) and a summary on stderr; the exit code."""
    meta = _jsonl(SHARED / "metadata" / "expected.jsonl")
    labelled = [("metadata/" + r["file"], r["url"]) for r in meta if "author" in r]
    for name in earlier:
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
            pool.append((f, url, favour_hint and has_byline_hint(data)))
    random.Random(seed).shuffle(pool)
    seen: set[str] = set()
    picked = []
    for want_hint in ((True, False) if favour_hint else (False,)):
        for f, url, hint in pool:
            if len(picked) == WANT:
                break
            if site_of(url) in seen or hint != want_hint:
                continue
            seen.add(site_of(url))
            picked.append((f, url))
    for f, url in picked:
        print(json.dumps({"file": f, "url": url}))
    if favour_hint:
        print(f"candidates {len(cands)}, article pages of new dev sites {len(pool)} "
              f"({len({site_of(u) for _, u, _ in pool})} sites, "
              f"{len({site_of(u) for _, u, h in pool if h})} with a byline hint), drawn {len(picked)}", file=sys.stderr)
    else:
        print(f"candidates {len(cands)}, article pages of new dev sites {len(pool)}, drawn {len(picked)}",
              file=sys.stderr)
    return 0
