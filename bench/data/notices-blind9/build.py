"""Draw notices-blind9: ~60 article pages, one per site, from public projects' HTML test pages that no set here holds.

    /work/main/.venv/bin/python bench/data/notices-blind9/build.py            # re-runs the draw, checks pages.jsonl
    /work/main/.venv/bin/python bench/data/notices-blind9/build.py --write    # brings the pages back here

Why: issue 15 asks for a notices figure on pages no rule was written from; blind8 used up the test pages of
postlight/parser, fundus, goose3, trafilatura and ReadabiliPy (bench/data/notices-blind8/), so this draw reads seven
projects none of our sets drew from.

The pages are not committed (the tool library's rule: developers commit nothing ``fetch`` brings out of a
repository). ``pages.jsonl`` (committed) names each page's repository, commit, path there, licence and the sha256
of the page file; ``--write`` brings every page back from the read-only git dirs under /work/.mirror at that
commit and keeps it only if its sha256 is the recorded one (bench/data/mirror_pages.py); a mirror that is absent
is named, to be brought with the search tool's ``fetch``. Without ``--write`` the script re-runs the draw, prints
it and says whether it is the one ``pages.jsonl`` records.

The draw:
1. Candidates: markusmobius/go-trafilatura's comparison and mock pages (URL from its own tables,
   ``scripts/comparison/data.go`` and ``realworld-mock_test.go``), ageitgey/node-unfluff's fixtures (URL from the
   ``.json`` beside each), omnivore-app/omnivore's readability test pages (URL from each page's ``url.txt``),
   codelucas/newspaper's ``tests/data/html``, karussell/snacktory's test pages, microlinkhq/metascraper's test
   pages, mediacloud/metadata-lib's fixtures and mozilla/readability's test pages (canonical link, else og:url).
   blind8's draw read mozilla/readability's too but dropped every one of them by its file name, ``source.html``,
   which authors-blind2's rows hold: a name that names no page (``GENERIC``) is matched here by URL, site and
   content only (the 20 pages authors-blind2 read for authors are dropped by their URL).
2. Dropped: no URL, or a made-up one; a file name, URL or site (host without ``www.``) that ../shared/bench
   (metadata, htmldate dates, disclaimers, scrapinghub), the ``bench/data/*/pages.jsonl`` or
   ``bench/labels/*.jsonl`` of a set made before this one (known_pages.ORDER) holds; a page whose HTML equals (sha256) a page of those; not an article (a home page,
   a listing path segment, fewer than three ``<p>`` of 80+ characters, a page that declares itself a track, video,
   podcast episode, book or profile in ``og:type``); larger than ``MAX_GZ`` gzipped. Nothing
   looks at a page's notices.
3. One page per site (the first in a shuffle with ``random.Random(SEED)``); sites are grouped by the page's
   declared language (``<html lang>``, first two letters; "?" when none) and taken round-robin over the languages
   (sorted by code), each language's sites in the shuffled order, until ``TARGET`` pages: every language gets a
   page before any gets a second, so English and German (most of the pool) do not fill the set.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

from lxml import html as lhtml

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(HERE.parent))

import known_pages  # noqa: E402  (bench/data/known_pages.py)
from declared_url import declared_url  # noqa: E402  (bench/data/declared_url.py)
from mirror_pages import bring_back, read_rows, recompressed  # noqa: E402  (bench/data/mirror_pages.py)

SHARED = REPO.parent / "shared" / "bench"
MIRROR = Path("/work/.mirror")
#: how a page file is made from its upstream file (gzipped at level 9, mtime 0)
MAKE = recompressed
SEED = 20261202
#: this set's name in known_pages.ORDER: its draw excludes only what the sets made before it hold, so a
#: re-run today draws what it drew then
SET = "notices-blind9"
TARGET = 60
MAX_GZ = 150_000
#: name -> (mirror git dir under MIRROR, GitHub repository, commit, licence)
SOURCES = {
    "gotrafilatura": ("markusmobius+go-trafilatura/repo", "markusmobius/go-trafilatura",
                      "67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed", "Apache-2.0"),
    "unfluff": ("ageitgey+node-unfluff/repo", "ageitgey/node-unfluff", "cf8131d85f0ab2a791be2fbb609771a662dd73f5",
                "Apache-2.0"),
    "newspaper": ("codelucas+newspaper/repo", "codelucas/newspaper", "1618b547f31c2d1fd19ae3b6afd8f7542dd02074",
                  "MIT"),
    "snacktory": ("karussell+snacktory/repo/.git", "karussell/snacktory", "c05c5ec338922b3f9a40cd35597ba8094f9162b0",
                  "Apache-2.0 (README)"),
    "readability": ("mozilla+readability/repo", "mozilla/readability", "ab4027a8b37669745016869a37a504727992b2ba",
                    "Apache-2.0"),
    "metascraper": ("microlinkhq+metascraper/repo", "microlinkhq/metascraper", "20423f52ef9b4a07d3b25e56e34d2756b3291250",
                    "MIT"),
    "mediacloud": ("mediacloud+metadata-lib/repo", "mediacloud/metadata-lib", "23948e286dbadf9d05cae697de22c7e505304d05",
                   "Apache-2.0"),
    "omnivore": ("omnivore-app+omnivore/repo", "omnivore-app/omnivore", "322ce62b2e09a4fc8f328dde6003e7066953a9ca",
                 "Apache-2.0 (packages/readabilityjs, a mozilla/readability fork; the repository AGPL-3.0)"),
}
#: file names that name no page (a folder per page holds one): matched by URL, site and content only
GENERIC = {"source.html", "input.html", "index.html", "article.html"}
#: hosts of made-up URLs that test pages carry (not a site)
PLACEHOLDER = re.compile(r"(^|\.)(example|exemple|foo)\.[a-z]+$|^localhost$|^[^.]+$")
LISTING = {"tag", "tags", "category", "categories", "topic", "topics", "search", "page", "archive",
           "archives", "author", "authors", "index", "sitemap", "feed", "rss", "label"}


def _git(src: str, *args: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(MIRROR / SOURCES[src][0]), *args],
                          capture_output=True, check=True).stdout


def _ls(src: str, *dirs: str) -> list[str]:
    out = _git(src, "ls-tree", "-r", "--name-only", "-z", SOURCES[src][2], *dirs).decode()
    return [p for p in out.split("\0") if p]


def _show(src: str, path: str) -> bytes:
    data = _git(src, "show", f"{SOURCES[src][2]}:{path}")
    return gzip.decompress(data) if path.endswith(".gz") else data


site_of = known_pages.site_of


def _go_table(src: str, path: str, pattern: str) -> dict[str, str]:
    """file name -> URL from one of go-trafilatura's Go tables (the first URL naming a file wins)."""
    got: dict[str, str] = {}
    for url, name in re.findall(pattern, _show(src, path).decode()):
        got.setdefault(name, url)
    return got


def candidates() -> list[dict]:
    out: list[dict] = []
    comp = _go_table("gotrafilatura", "scripts/comparison/data.go", r'"(https?://[^"]+)":\s*\{\s*File:\s*"([^"]+)"')
    mock = _go_table("gotrafilatura", "realworld-mock_test.go", r'"(https?://[^"]+)":\s*"([^"]+)"')
    for p in _ls("gotrafilatura", "test-files/comparison", "test-files/mock"):
        name = p.rsplit("/", 1)[1]
        url = (comp if p.startswith("test-files/comparison/") else mock).get(name, "")
        if re.search(r"\.html?$", p):
            out.append({"src": "gotrafilatura", "path": p, "url": url})
    fix = set(_ls("unfluff", "fixtures"))
    for p in sorted(fix):
        if p.endswith(".html"):
            url = ""
            if p[:-5] + ".json" in fix:
                try:
                    url = json.loads(_show("unfluff", p[:-5] + ".json")).get("url") or ""
                except ValueError:
                    url = ""
            out.append({"src": "unfluff", "path": p, "url": url})
    out += [{"src": "newspaper", "path": p, "url": ""} for p in _ls("newspaper", "tests/data/html")
            if re.search(r"\.html?$", p)]
    out += [{"src": "snacktory", "path": p, "url": ""} for p in _ls("snacktory", "src/test/resources", "test_data")
            if re.search(r"\.html?$", p)]
    out += [{"src": "metascraper", "path": p, "url": ""} for p in _ls("metascraper", "packages")
            if "/test/" in p and re.search(r"\.html?$", p)]
    out += [{"src": "mediacloud", "path": p, "url": ""} for p in _ls("mediacloud", "mcmetadata/test/fixtures")
            if p.endswith(".html") or p.rsplit("/", 1)[1].startswith("cached-http")]
    out += [{"src": "readability", "path": p, "url": ""} for p in _ls("readability", "test/test-pages")
            if p.endswith("/source.html")]
    pages = set(_ls("omnivore", "packages/readabilityjs/test/test-pages"))
    for p in sorted(pages):
        if p.endswith("/source.html"):
            txt = p.rsplit("/", 1)[0] + "/url.txt"
            url = _show("omnivore", txt).decode("utf-8", "replace").strip() if txt in pages else ""
            out.append({"src": "omnivore", "path": p, "url": url})
    return out


_norm_name = known_pages.norm_name


def _known() -> tuple[set[str], set[str], set[str], set[str]]:
    """File base names, URLs, sites and content digests no page of this set may share: those of the sets
    made before it."""
    return known_pages.known(before=SET)


def _doc(data: bytes):  # noqa: ANN202 - lxml element or None
    try:
        return lhtml.fromstring(data)
    except (ValueError, lhtml.etree.ParserError):
        return None


def _is_article(url: str, doc) -> bool:  # noqa: ANN001
    """A home page (empty path), a listing (a path segment such as tag/category/page/author/feed) or a page with
    fewer than three paragraphs of 80+ characters is not an article."""
    segs = [s.lower() for s in urlsplit(url).path.split("/") if s]
    if not segs or any(s in LISTING for s in segs) or doc is None:
        return False
    og_type = " ".join(doc.xpath('//meta[@property="og:type"]/@content')).lower()
    if re.search(r"music|video|podcast|book|profile|product", og_type):
        return False
    return sum(1 for p in doc.iter("p") if len(p.text_content().strip()) >= 80) >= 3


def lang_of(doc) -> str:  # noqa: ANN001
    got = [v.strip().lower()[:2] for v in doc.xpath("/html/@lang | /html/@xml:lang") if v.strip()] if doc is not None else []
    return got[0] if got else "?"


def draw() -> tuple[list[dict], dict[str, int]]:
    names, urls, sites, digests = _known()
    stats: dict[str, int] = {}
    pool: list[dict] = []
    for c in sorted(candidates(), key=lambda c: (c["src"], c["path"])):
        data = _show(c["src"], c["path"])
        doc = _doc(data)
        c["url"] = (c["url"] or declared_url(data)).strip()
        why = ("no-url" if not c["url"] or PLACEHOLDER.search(site_of(c["url"]) or "localhost")
               else "known" if ((_norm_name(c["path"]) in names and _norm_name(c["path"]) not in GENERIC) or c["url"] in urls or site_of(c["url"]) in sites
                                or hashlib.sha256(data).hexdigest() in digests)
               else "not-article" if not _is_article(c["url"], doc)
               else "too-big" if len(gzip.compress(data, 9, mtime=0)) > MAX_GZ else "")
        stats[why or "eligible"] = stats.get(why or "eligible", 0) + 1
        if not why:
            c["lang"] = lang_of(doc)
            pool.append(c)
    random.Random(SEED).shuffle(pool)
    first: dict[str, dict] = {}
    for c in pool:
        first.setdefault(site_of(c["url"]), c)
    stats["sites"] = len(first)
    by_lang: dict[str, list[dict]] = {}
    for c in first.values():
        by_lang.setdefault(c["lang"], []).append(c)
    ordered: list[dict] = []
    while len(ordered) < TARGET and any(by_lang.values()):
        for lang in sorted(by_lang):
            if by_lang[lang] and len(ordered) < TARGET:
                ordered.append(by_lang[lang].pop(0))
    return ordered, stats


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--write", action="store_true",
                    help="bring the pages of pages.jsonl back here from /work/.mirror, each checked against its sha256")
    args = ap.parse_args()
    if args.write:
        return bring_back(HERE, MAKE)
    picked, stats = draw()
    print(stats, "picked", len(picked), file=sys.stderr)
    for c in picked:
        print(c["src"], c.get("lang", ""), c["url"])
    drawn = [c["path"] for c in picked]
    same = drawn == [r["upstream_path"] for r in read_rows(HERE)]
    print(f"the draw {'is' if same else 'is NOT'} the one pages.jsonl records", file=sys.stderr)
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
