"""Draw notices-blind8: ~60 article pages, one per site, from public projects' HTML test pages that no set here holds.

    /work/main/.venv/bin/python bench/data/notices-blind8/build.py            # re-runs the draw, checks pages.jsonl
    /work/main/.venv/bin/python bench/data/notices-blind8/build.py --write    # brings the pages back here

The pages are not committed (the tool library's rule: developers commit nothing ``fetch`` brings out of a
repository). ``pages.jsonl`` (committed) names each page's repository, commit, path there, licence and the sha256
of the page file; ``--write`` brings every page back from the read-only git dirs under /work/.mirror at that
commit and keeps it only if its sha256 is the recorded one (bench/data/mirror_pages.py); a mirror that is absent
is named, to be brought with the search tool's ``fetch``. Without ``--write`` the script re-runs the draw, prints
it and says whether it is the one ``pages.jsonl`` records.

Why: every pool of ../shared/bench has been read or tuned on (bench/labels/README.md, round 29), and the
authors-blind2 and fundus pools are used up; issue 15 asks for a notices figure on pages no rule was written from.

The draw, reproducible from the mirrored repositories (read-only git dirs under /work/.mirror, at ``SOURCES``'
commits):
1. Candidates: every HTML test page of the sources below (fundus's parser pages, mozilla/readability's test pages,
   postlight/parser's fixtures, goose3's and newspaper4k's test pages, trafilatura's eval/cache pages, and the
   small fixture sets of extractus/article-extractor and ReadabiliPy). A page's URL is the one its project gives it,
   else its canonical link, else og:url.
2. Dropped: no URL, or a made-up one (``PLACEHOLDER``: example.com, foo.bar); a file name, URL or site (host without ``www.``) that ../shared/bench (metadata, htmldate
   dates, disclaimers, scrapinghub), the ``bench/data/*/pages.jsonl`` or ``bench/labels/*.jsonl`` of a set made before this one (known_pages.ORDER) holds; a page
   whose HTML equals (sha256) a page of those; not an article (a home page, a listing path segment, fewer than three
   ``<p>`` of 80+ characters); larger than ``MAX_GZ`` gzipped. Nothing looks at the page's notices.
3. Sites are grouped by the page's declared language (``<html lang>``, first two letters; "?" when none). To mix
   languages as issue 15 asks, every site not declared English ("en") is taken first (one page per site: the first in a shuffle
   with ``random.Random(SEED)``), then English sites in the shuffled order until ``TARGET`` pages.
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
SEED = 20261201
#: this set's name in known_pages.ORDER: its draw excludes only what the sets made before it hold, so a
#: re-run today draws what it drew then
SET = "notices-blind8"
TARGET = 60
MAX_GZ = 150_000
#: name -> (mirror folder, GitHub repository, commit, licence)
SOURCES = {
    "fundus": ("flairNLP+fundus", "flairNLP/fundus", "18da6e53592f99cf0ac5770dc63d6ba99ba63ae8", "MIT"),
    "readability": ("mozilla+readability", "mozilla/readability", "ab4027a8b37669745016869a37a504727992b2ba",
                    "Apache-2.0"),
    "postlight": ("postlight+parser", "postlight/parser", "e8ba7ece291efa4d915d50dd4deeec17d54359f2",
                  "MIT or Apache-2.0"),
    "goose3": ("goose3+goose3", "goose3/goose3", "c5a8902eed0c4592a1ff5ec51a0277cf73a3aca7", "Apache-2.0"),
    "newspaper4k": ("AndyTheFactory+newspaper4k", "AndyTheFactory/newspaper4k",
                    "540bff3e8344cb8291c4829fafd98860f30d9692", "MIT"),
    "trafilatura": ("adbar+trafilatura", "adbar/trafilatura", "e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5", "Apache-2.0"),
    "article-extractor": ("extractus+article-extractor", "extractus/article-extractor",
                          "08159d55041909759f3718d05afe4ea0597f9b11", "MIT"),
    "readabilipy": ("alan-turing-institute+ReadabiliPy", "alan-turing-institute/ReadabiliPy",
                    "947b229a90030588c77a98c2186d796693453d4c", "MIT"),
}
#: hosts of made-up URLs that test pages carry (not a site)
PLACEHOLDER = re.compile(r"(^|\.)(example|exemple|foo)\.[a-z]+$|^localhost$")
LISTING = {"tag", "tags", "category", "categories", "topic", "topics", "search", "page", "archive",
           "archives", "author", "authors", "index", "sitemap", "feed", "rss", "label"}


def _git(src: str, *args: str) -> bytes:
    return subprocess.run(["git", "-C", str(MIRROR / SOURCES[src][0] / "repo"), *args],
                          capture_output=True, check=True).stdout


def _commit(src: str) -> str:
    return SOURCES[src][2] or _git(src, "rev-parse", "HEAD").decode().strip()


def _ls(src: str, *dirs: str) -> list[str]:
    out = _git(src, "ls-tree", "-r", "--name-only", "-z", _commit(src), *dirs).decode()
    return [p for p in out.split("\0") if p]


def _show(src: str, path: str) -> bytes:
    data = _git(src, "show", f"{_commit(src)}:{path}")
    return gzip.decompress(data) if path.endswith(".gz") else data


site_of = known_pages.site_of


def candidates() -> list[dict]:
    out: list[dict] = []
    for p in _ls("fundus", "tests/resources/parser/test_data"):
        if p.endswith(".html.gz"):
            out.append({"src": "fundus", "path": p, "url": ""})
    out += [{"src": "readability", "path": p, "url": ""}
            for p in _ls("readability", "test/test-pages") if p.endswith("/source.html")]
    urls: dict[str, str] = {}
    for t in _ls("postlight", "src/extractors/custom"):
        if t.endswith(".test.js"):
            js = _show("postlight", t).decode()
            for url, fix in re.findall(r"url\s*=\s*'(https?://[^']+)';\s*const html = fs\.readFileSync\(\s*"
                                       r"'\./(fixtures/[^']+)'", js):
                urls.setdefault(fix, url)
    out += [{"src": "postlight", "path": p, "url": urls.get(p, "")}
            for p in _ls("postlight", "fixtures") if p.endswith(".html")]
    goose = set(_ls("goose3", "tests/data"))
    for p in sorted(goose):
        if p.endswith(".html") and p[:-5] + ".json" in goose:
            try:
                meta = json.loads(_show("goose3", p[:-5] + ".json"))
            except ValueError:
                meta = {}
            out.append({"src": "goose3", "path": p, "url": meta.get("url") or "" if isinstance(meta, dict) else ""})
    metas = set(_ls("newspaper4k", "tests/data/metadata"))
    for p in _ls("newspaper4k", "tests/data/html"):
        m = "tests/data/metadata/" + p.rsplit("/", 1)[1].rsplit(".", 1)[0] + ".json"
        url = json.loads(_show("newspaper4k", m)).get("url", "") if m in metas else ""
        out.append({"src": "newspaper4k", "path": p, "url": url})
    out += [{"src": "trafilatura", "path": p, "url": ""} for p in _ls("trafilatura", "tests/eval", "tests/cache")
            if re.search(r"\.html?(\.gz)?$", p)]
    out += [{"src": "article-extractor", "path": p, "url": ""} for p in _ls("article-extractor", "tests/test-data")
            if p.endswith(".html")]
    out += [{"src": "readabilipy", "path": p, "url": ""} for p in _ls("readabilipy", "tests/data")
            if p.endswith(".html")]
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
               else "known" if (_norm_name(c["path"]) in names or c["url"] in urls or site_of(c["url"]) in sites
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
    ordered = [c for c in first.values() if c["lang"] != "en"] + [c for c in first.values() if c["lang"] == "en"]
    stats["sites"] = len(first)
    return ordered[:TARGET], stats


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
