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

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import draw_common  # noqa: E402  (bench/data/draw_common.py: what the draws share)
import known_pages  # noqa: E402  (bench/data/known_pages.py)
from declared_url import declared_url  # noqa: E402  (bench/data/declared_url.py)
from mirror_pages import recompressed  # noqa: E402  (bench/data/mirror_pages.py)

#: how a page file is made from its upstream file (gzipped at level 9, mtime 0)
MAKE = recompressed
SEED = 20261201
#: this set's name in known_pages.ORDER: its draw excludes only what the sets made before it hold, so a
#: re-run today draws what it drew then
SET = "notices-blind8"
TARGET = 60
MAX_GZ = 150_000
#: name -> (GitHub repository, commit, licence)
SOURCES = {
    "fundus": ("flairNLP/fundus", "18da6e53592f99cf0ac5770dc63d6ba99ba63ae8", "MIT"),
    "readability": ("mozilla/readability", "ab4027a8b37669745016869a37a504727992b2ba", "Apache-2.0"),
    "postlight": ("postlight/parser", "e8ba7ece291efa4d915d50dd4deeec17d54359f2", "MIT or Apache-2.0"),
    "goose3": ("goose3/goose3", "c5a8902eed0c4592a1ff5ec51a0277cf73a3aca7", "Apache-2.0"),
    "newspaper4k": ("AndyTheFactory/newspaper4k", "540bff3e8344cb8291c4829fafd98860f30d9692", "MIT"),
    "trafilatura": ("adbar/trafilatura", "e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5", "Apache-2.0"),
    "article-extractor": ("extractus/article-extractor", "08159d55041909759f3718d05afe4ea0597f9b11", "MIT"),
    "readabilipy": ("alan-turing-institute/ReadabiliPy", "947b229a90030588c77a98c2186d796693453d4c", "MIT"),
}
#: hosts of made-up URLs that test pages carry (not a site)
PLACEHOLDER = re.compile(r"(^|\.)(example|exemple|foo)\.[a-z]+$|^localhost$")

_MIRROR = draw_common.Mirror.of(SOURCES)
_ls, _show = _MIRROR.ls, _MIRROR.show


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


def _known() -> tuple[set[str], set[str], set[str], set[str]]:
    """File base names, URLs, sites and content digests no page of this set may share: those of the sets
    made before it."""
    return known_pages.known(before=SET)


def draw() -> tuple[list[dict], dict[str, int]]:
    """Every site not declared English first (one page per site), then English sites, until ``TARGET``."""
    known = _known()
    pool, stats = draw_common.pool_of(
        candidates(), _show, declared_url,
        lambda c, data, doc: draw_common.why_dropped(c, data, doc, known, placeholder=PLACEHOLDER, max_gz=MAX_GZ,
                                                     og_type=False))
    first = draw_common.one_per_site(pool, SEED)
    ordered = [c for c in first.values() if c["lang"] != "en"] + [c for c in first.values() if c["lang"] == "en"]
    stats["sites"] = len(first)
    return ordered[:TARGET], stats


if __name__ == "__main__":
    sys.exit(draw_common.main(HERE, MAKE, __doc__.split("\n")[0], draw))
