"""Rebuild the authors-blind2 page set from the mirrored upstream test corpora (read-only git dirs).

    /work/main/.venv/bin/python bench/data/authors-blind2/build.py            # re-runs the draw, checks pages.jsonl
    /work/main/.venv/bin/python bench/data/authors-blind2/build.py --write    # brings the pages back here

The pages are not committed (the tool library's rule: developers commit nothing ``fetch`` brings out of a
repository). ``pages.jsonl`` (committed) names each page's repository, commit, path there, licence and the sha256
of the page file; ``--write`` brings every page back from the read-only git dirs under /work/.mirror at that
commit and keeps it only if its sha256 is the recorded one (bench/data/mirror_pages.py); a mirror that is absent
is named, to be brought with the search tool's ``fetch``. Without ``--write`` the script re-runs the draw, prints
it and says whether it is the one ``pages.jsonl`` records.

Why a script: the draw must be reproducible and must not depend on what a page's byline says.
Candidates are every HTML test page of four public corpora (go-trafilatura's comparison set,
goose3's content tests, newspaper4k's html tests, and the trafilatura eval/cache pages that are
not in ../shared/bench/metadata); a page is dropped when its file name, URL or host is already in
../shared/bench (metadata, scrapinghub, disclaimers), when it is not an article by the rule in
``_is_article`` (URL and text shape only, never the byline), or when it is larger than
``MAX_GZ`` gzipped (keeps the set small). The rest is shuffled with a fixed seed and the first
page of each host is kept until ``TARGET`` pages are drawn.
"""

from __future__ import annotations

import gzip
import json
import random
import re
import subprocess
import sys
import unicodedata
from pathlib import Path
from urllib.parse import urlsplit

from lxml import html as lhtml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import draw_common  # noqa: E402  (bench/data/draw_common.py: what the draws share)
from declared_url import declared_url  # noqa: E402  (bench/data/declared_url.py)
from mirror_pages import recompressed  # noqa: E402  (bench/data/mirror_pages.py)

SHARED = HERE.parents[2].parent / "shared" / "bench"
MIRROR = Path("/work/.mirror")
#: how a page file is made from its upstream file (gzipped at level 9, mtime 0)
MAKE = recompressed
SEED = 20261129
TARGET = 130
MAX_GZ = 90_000
SOURCES = {
    "go-trafilatura": ("markusmobius+go-trafilatura", "markusmobius/go-trafilatura"),
    "goose3": ("goose3+goose3", "goose3/goose3"),
    "newspaper4k": ("AndyTheFactory+newspaper4k", "AndyTheFactory/newspaper4k"),
    "trafilatura": ("adbar+trafilatura", "adbar/trafilatura"),
    "postlight": ("postlight+parser", "postlight/parser"),
    "readability": ("mozilla+readability", "mozilla/readability"),
}
LISTING = draw_common.LISTING


def _git(src: str, *args: str) -> bytes:
    return subprocess.run(["git", "-C", str(MIRROR / SOURCES[src][0] / "repo"), *args],
                          capture_output=True, check=True).stdout


#: the commits the draw read (README.md's table); go-trafilatura's was not recorded (it gave no page)
COMMITS = {"goose3": "c5a8902eed0c4592a1ff5ec51a0277cf73a3aca7", "newspaper4k": "540bff3e8344cb8291c4829fafd98860f30d9692",
           "trafilatura": "e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5", "postlight": "e8ba7ece291efa4d915d50dd4deeec17d54359f2",
           "readability": "ab4027a8b37669745016869a37a504727992b2ba"}


def _ls(src: str, *dirs: str) -> list[str]:
    out = _git(src, "ls-tree", "-r", "--name-only", "-z", COMMITS.get(src, "HEAD"), *dirs).decode()
    return [p for p in out.split("\0") if p]


def _show(src: str, path: str) -> bytes:
    return _git(src, "show", f"{COMMITS.get(src, 'HEAD')}:{path}")


def site_of(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def candidates() -> list[dict]:
    out: list[dict] = []
    go = _show("go-trafilatura", "scripts/comparison/data.go").decode()
    present = set(_ls("go-trafilatura", "test-files/comparison"))
    for url, name in re.findall(r'^\t"(https?://[^"]+)": \{\n\t\tFile:\s*"([^"]+)"', go, re.M):
        if f"test-files/comparison/{name}" in present:
                out.append({"src": "go-trafilatura", "path": f"test-files/comparison/{name}", "url": url})
    for p in _ls("goose3", "tests/data/content"):
        if p.endswith(".html"):
            meta = json.loads(_show("goose3", p[:-5] + ".json"))
            out.append({"src": "goose3", "path": p, "url": meta.get("url") or ""})
    metas = set(_ls("newspaper4k", "tests/data/metadata"))
    for p in _ls("newspaper4k", "tests/data/html"):
        m = "tests/data/metadata/" + p.rsplit("/", 1)[1].rsplit(".", 1)[0] + ".json"
        url = json.loads(_show("newspaper4k", m)).get("url", "") if m in metas else ""
        out.append({"src": "newspaper4k", "path": p, "url": url})
    known = {json.loads(x)["upstream_file"] for x in (SHARED / "metadata" / "expected.jsonl").open() if x.strip()}
    for p in _ls("trafilatura", "tests/eval", "tests/cache"):
        if p not in known:
            out.append({"src": "trafilatura", "path": p, "url": ""})
    out += _postlight() + _readability()
    return out


def _postlight() -> list[dict]:
    """postlight/parser's fixtures; each URL is the one its custom-extractor test parses it with."""
    urls: dict[str, str] = {}
    for t in _ls("postlight", "src/extractors/custom"):
        if t.endswith(".test.js"):
            js = _show("postlight", t).decode()
            for url, fix in re.findall(r"url\s*=\s*'(https?://[^']+)';\s*const html = fs\.readFileSync\(\s*'\./(fixtures/[^']+)'", js):
                urls.setdefault(fix, url)
    return [{"src": "postlight", "path": p, "url": urls.get(p, "")}
            for p in _ls("postlight", "fixtures") if p.endswith(".html")]


def _readability() -> list[dict]:
    """mozilla/readability's test pages (source.html; the URL is the page's own canonical one)."""
    return [{"src": "readability", "path": p, "url": ""}
            for p in _ls("readability", "test/test-pages") if p.endswith("/source.html")]


def _shared_names() -> tuple[set[str], set[str], set[str]]:
    """File base names, URLs and hosts already in ../shared/bench (never drawn again)."""
    names, urls = set(), set()
    for path in (SHARED / "metadata" / "expected.jsonl", SHARED / "disclaimers" / "labels.jsonl",
                 HERE.parents[1] / "labels" / "authors-scrapinghub.jsonl"):
        for line in path.open():
            if line.strip():
                row = json.loads(line)
                urls.add(row["url"])
                for key in ("file", "upstream_file"):
                    if row.get(key):
                        names.add(_norm_name(row[key]))
    for gt in json.loads(gzip.decompress((SHARED / "extraction" / "scrapinghub" / "ground-truth.json.gz").read_bytes())).values():
        if isinstance(gt, dict) and gt.get("url"):
            urls.add(gt["url"])
    return names, urls, {site_of(u) for u in urls}


def _norm_name(path: str) -> str:
    base = path.rsplit("/", 1)[-1].removesuffix(".gz")
    return unicodedata.normalize("NFC", base).casefold()


def _is_article(url: str, data: bytes) -> bool:
    """The stated non-article rule: a home page (empty path), a listing (a path segment such as
    tag/category/search/page/archive/author/feed), a redirect stub or a page with less than three
    paragraphs of 80+ characters is not an article. Nothing here looks at who wrote the page."""
    segs = [s.lower() for s in urlsplit(url).path.split("/") if s]
    if not segs or any(s in LISTING for s in segs):
        return False
    try:
        doc = lhtml.fromstring(data)
    except (ValueError, lhtml.etree.ParserError):
        return False
    long_ps = [p for p in doc.iter("p") if len(p.text_content().strip()) >= 80]
    return len(long_ps) >= 3


def draw() -> tuple[list[dict], dict]:
    names, urls, hosts = _shared_names()
    stats: dict[str, int] = {}
    pool = []
    for c in sorted(candidates(), key=lambda c: (c["src"], c["path"])):
        data = _show(c["src"], c["path"])
        c["url"] = c["url"] or declared_url(data)
        why = ("no-url" if not c["url"] else "in-shared" if (_norm_name(c["path"]) in names or c["url"] in urls
               or site_of(c["url"]) in hosts) else "not-article" if not _is_article(c["url"], data)
               else "too-big" if len(gzip.compress(data, 9, mtime=0)) > MAX_GZ else "")
        stats[why or "eligible"] = stats.get(why or "eligible", 0) + 1
        if not why:
            pool.append(c)
    random.Random(SEED).shuffle(pool)
    picked, seen = [], set()
    for c in pool:
        if site_of(c["url"]) not in seen and len(picked) < TARGET:
            seen.add(site_of(c["url"]))
            picked.append(c)
    return picked, stats


if __name__ == "__main__":
    sys.exit(draw_common.main(HERE, MAKE, __doc__.split("\n")[0], draw))
