"""Draw the fundus page sets (notices-dev19, notices-unseen5) from flairNLP/fundus's parser test pages.

    /work/main/.venv/bin/python bench/data/fundus/build.py            # re-runs the draw, checks pages.jsonl
    /work/main/.venv/bin/python bench/data/fundus/build.py --write    # brings the pages back here

The pages are not committed (the tool library's rule: developers commit nothing ``fetch`` brings out of a
repository). ``pages.jsonl`` (committed) names each page's repository, commit, path there, licence and the sha256
of the page file; ``--write`` brings every page back from the read-only git dirs under /work/.mirror at that
commit and keeps it only if its sha256 is the recorded one (bench/data/mirror_pages.py); a mirror that is absent
is named, to be brought with the search tool's ``fetch``. Without ``--write`` the script re-runs the draw, prints
it and says whether it is the one ``pages.jsonl`` records.

Why this pool: every earlier notice set is mostly English, and the blind sets' misses are mostly German pages
and picture credits. fundus (MIT) keeps one or more recent article pages of ~190 news publishers as parser test
fixtures, 140 of its 258 pages German-language (de, at, ch), the rest from 40 other countries: modern pages
(2023-2026) of exactly the outlets a researcher cites.

The draw, reproducible from the mirrored repository at ``COMMIT`` (read-only git dir, never a work tree):
1. Candidates: every ``tests/resources/parser/test_data/<country>/<Publisher>[_<date>].html.gz``.
2. A page's URL: its canonical link, else og:url, else the publisher's ``domain`` in
   ``src/fundus/publishers/<country>/__init__.py`` (where a page declares neither).
3. Dropped: a page with no URL; a site (host without ``www.``) that any page of ../shared/bench (metadata,
   scrapinghub, disclaimers), of bench/data or of any label set in bench/labels held at the draw (named in
   ``EARLIER_LABELS`` / ``EARLIER_PAGES``) (so no rule can
   have been written from the same site's template); a page larger than ``MAX_GZ`` gzipped.
4. One page per site: the newest file name (fundus names pages by the date they were fetched).
5. Split by bench/bench_generalise.py's rule: DEV side (``sha256(site) % 3 != 0``) and HELD-OUT side. Each
   side's sorted site list is shuffled with ``random.Random(SEED)``; dev19 is the first ``DEV_PAGES`` dev-side
   sites, unseen5 the first ``UNSEEN_PAGES`` held-out-side sites. No page is picked for having a notice.
"""

from __future__ import annotations

import gzip
import json
import random
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(HERE.parent))

import draw_common  # noqa: E402  (bench/data/draw_common.py: what the draws share)
from bench_generalise import SHARED, held_out, site_of  # noqa: E402
from declared_url import declared_url  # noqa: E402
from mirror_pages import as_stored, bring_back, read_rows  # noqa: E402  (bench/data/mirror_pages.py)

MIRROR = Path("/work/.mirror/flairNLP+fundus/repo")
COMMIT = "18da6e53592f99cf0ac5770dc63d6ba99ba63ae8"
TEST_DATA = "tests/resources/parser/test_data"
SEED = 33
DEV_PAGES = 60
UNSEEN_PAGES = 50
MAX_GZ = 150_000
_PAGE = re.compile(r"^(?P<cc>[a-z]+)/(?P<pub>[A-Za-z0-9]+?)(?:_(?P<date>\d{4}_\d{2}_\d{2}))?\.html\.gz$")
_PUBLISHER = re.compile(r"^\s*(\w+)\s*=\s*Publisher\((.*?)^\s*\)", re.M | re.S)
_DOMAIN = re.compile(r"domain\s*=\s*\"([^\"]+)\"")


def _git(*args: str) -> bytes:
    return subprocess.run(["git", "-C", str(MIRROR), *args], capture_output=True, check=True).stdout


#: The label sets and page sets that existed when this draw was made, named (never "every set there is":
#: the sets drawn from it, and its own pages.jsonl, would then take its sites away and the draw would not
#: reproduce).
EARLIER_LABELS = (*(f"authors-blind{k}.jsonl" for k in range(2, 8)), "authors-scrapinghub.jsonl",
                  *(f"notices-dev{k}.jsonl" for k in range(2, 19)), "notices-unseen.jsonl",
                  *(f"notices-unseen{k}.jsonl" for k in range(2, 5)))
EARLIER_PAGES = ("authors-blind2",)


def _used_sites() -> set[str]:
    """Every site a page of ../shared/bench, of bench/data or of a label set in bench/labels held when this draw
    was made (:data:`EARLIER_LABELS`, :data:`EARLIER_PAGES`)."""
    urls: list[str] = []
    for path in [*(REPO / "bench" / "labels" / name for name in EARLIER_LABELS),
                 *(REPO / "bench" / "data" / name / "pages.jsonl" for name in EARLIER_PAGES),
                 SHARED / "metadata" / "expected.jsonl", SHARED / "disclaimers" / "labels.jsonl"]:
        urls += [json.loads(x).get("url") or "" for x in path.open(encoding="utf-8") if x.strip()]
    with gzip.open(SHARED / "extraction" / "scrapinghub" / "ground-truth.json.gz", "rt", encoding="utf-8") as fh:
        urls += [v.get("url") or "" for v in json.load(fh).values()]
    return {site_of(u) for u in urls if u}


def _domains() -> dict[tuple[str, str], str]:
    """(country, publisher enum name) -> the publisher's declared domain."""
    out: dict[tuple[str, str], str] = {}
    for path in _git("ls-tree", "-r", "--name-only", COMMIT, "src/fundus/publishers/").decode().split("\n"):
        if not path.endswith("__init__.py") or path.count("/") != 4:
            continue
        cc = path.split("/")[3]
        text = _git("show", f"{COMMIT}:{path}").decode()
        for name, body in _PUBLISHER.findall(text):
            got = _DOMAIN.search(body)
            if got:
                out[(cc, name)] = got.group(1)
    return out


def candidates() -> list[dict]:
    """One row per kept site (its newest page), before the split."""
    used, domains = _used_sites(), _domains()
    listing = _git("ls-tree", "-r", "-l", COMMIT, TEST_DATA + "/").decode().split("\n")
    by_site: dict[str, dict] = {}
    for line in listing:
        if not line.endswith(".html.gz"):
            continue
        meta, path = line.split("\t", 1)
        size = int(meta.split()[3])
        rel = path[len(TEST_DATA) + 1:]
        m = _PAGE.match(rel)
        if not m or size > MAX_GZ:
            continue
        data = gzip.decompress(_git("show", f"{COMMIT}:{path}"))
        url = declared_url(data) or domains.get((m["cc"], m["pub"]), "")
        if not url or not urlsplit(url).hostname:
            continue
        site = site_of(url)
        if site in used:
            continue
        row = {"file": f"bench/data/fundus/{m['cc']}-{rel.split('/', 1)[1]}", "url": url, "country": m["cc"],
               "publisher": m["pub"], "upstream_path": path, "date": m["date"] or ""}
        if site not in by_site or row["date"] > by_site[site]["date"]:
            by_site[site] = row
    return [by_site[s] for s in sorted(by_site)]


def draw() -> tuple[list[dict], list[dict], dict[str, int]]:
    rows = candidates()
    dev = [r for r in rows if not held_out(r["url"])]
    ho = [r for r in rows if held_out(r["url"])]
    random.Random(SEED).shuffle(dev)
    random.Random(SEED).shuffle(ho)
    return dev[:DEV_PAGES], ho[:UNSEEN_PAGES], {"candidates": len(rows), "dev side": len(dev), "held-out side": len(ho)}


def main() -> int:
    args = draw_common.options(__doc__.split("\n")[0])
    if args.write:
        return bring_back(HERE, as_stored)
    dev, unseen, counts = draw()
    print(counts, file=sys.stderr)
    drawn = []
    for part, rows in (("dev19", dev), ("unseen5", unseen)):
        for row in rows:
            print(json.dumps({"set": part, **{k: v for k, v in row.items() if k != "date"}}, ensure_ascii=False))
            drawn.append((part, row["upstream_path"]))
    return draw_common.say_same(drawn, [(r["set"], r["upstream_path"]) for r in read_rows(HERE)])


if __name__ == "__main__":
    sys.exit(main())
