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
SEED = 20261202
#: this set's name in known_pages.ORDER: its draw excludes only what the sets made before it hold, so a
#: re-run today draws what it drew then
SET = "notices-blind9"
TARGET = 60
MAX_GZ = 150_000
#: name -> (GitHub repository, commit, licence)
SOURCES = {
    "gotrafilatura": ("markusmobius/go-trafilatura", "67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed", "Apache-2.0"),
    "unfluff": ("ageitgey/node-unfluff", "cf8131d85f0ab2a791be2fbb609771a662dd73f5", "Apache-2.0"),
    "newspaper": ("codelucas/newspaper", "1618b547f31c2d1fd19ae3b6afd8f7542dd02074", "MIT"),
    "snacktory": ("karussell/snacktory", "c05c5ec338922b3f9a40cd35597ba8094f9162b0", "Apache-2.0 (README)"),
    "readability": ("mozilla/readability", "ab4027a8b37669745016869a37a504727992b2ba", "Apache-2.0"),
    "metascraper": ("microlinkhq/metascraper", "20423f52ef9b4a07d3b25e56e34d2756b3291250", "MIT"),
    "mediacloud": ("mediacloud/metadata-lib", "23948e286dbadf9d05cae697de22c7e505304d05", "Apache-2.0"),
    "omnivore": ("omnivore-app/omnivore", "322ce62b2e09a4fc8f328dde6003e7066953a9ca",
                 "Apache-2.0 (packages/readabilityjs, a mozilla/readability fork; the repository AGPL-3.0)"),
}
GENERIC = draw_common.GENERIC
#: hosts of made-up URLs that test pages carry (not a site)
PLACEHOLDER = re.compile(r"(^|\.)(example|exemple|foo)\.[a-z]+$|^localhost$|^[^.]+$")

_MIRROR = draw_common.Mirror.of(SOURCES)
_ls, _show = _MIRROR.ls, _MIRROR.show


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


def _known() -> tuple[set[str], set[str], set[str], set[str]]:
    """File base names, URLs, sites and content digests no page of this set may share: those of the sets
    made before it."""
    return known_pages.known(before=SET)


def draw() -> tuple[list[dict], dict[str, int]]:
    """One page per site, taken round-robin over the languages until ``TARGET`` pages."""
    known = _known()
    pool, stats = draw_common.pool_of(
        candidates(), _show, declared_url,
        lambda c, data, doc: draw_common.why_dropped(c, data, doc, known, placeholder=PLACEHOLDER, max_gz=MAX_GZ,
                                                     generic=GENERIC))
    first = draw_common.one_per_site(pool, SEED)
    stats["sites"] = len(first)
    return draw_common.round_robin_by_lang(first.values(), TARGET), stats


if __name__ == "__main__":
    sys.exit(draw_common.main(HERE, MAKE, __doc__.split("\n")[0], draw))
