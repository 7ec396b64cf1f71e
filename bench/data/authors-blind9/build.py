"""Draw authors-blind9: ~100 article pages, one per site, from public projects' HTML test pages no set here drew from.

    /work/main/.venv/bin/python bench/data/authors-blind9/build.py            # re-runs the draw, checks pages.jsonl
    /work/main/.venv/bin/python bench/data/authors-blind9/build.py --write    # brings the pages back here

Why: issue 15 asks for persons precision >= .95 on pages no rule was written from; eight blind sets are read
(bench/labels/README.md, "authors-blind"), so a ninth is drawn from repositories none of them used.

The pages are not committed (the tool library's rule: developers commit nothing ``fetch`` brings out of a
repository). ``pages.jsonl`` (committed) names each page's repository, commit, path there, licence and the sha256
of the page file; ``--write`` brings every page back from the read-only git dirs under /work/.mirror at that
commit and keeps it only if its sha256 is the recorded one (bench/data/mirror_pages.py). Without ``--write`` the
script re-runs the draw, prints it and says whether it is the one ``pages.jsonl`` records.

The draw (notices-blind9's rules, bench/data/notices-blind9/build.py, with this set's sources and seed):
1. Candidates: the HTML test pages of the repositories in ``SOURCES`` (paths in ``_PATHS``); a page's URL is
   go-trafilatura's own tables for its pages, else the page's canonical link or og:url.
2. Dropped: no URL or a made-up one; a file name, URL, site or content (sha256) that ../shared/bench or a set
   OLDER than this one holds (``EARLIER``: the label files and bench/data sets there were when it was drawn, so
   a re-draw reproduces whatever sets come later); not an article (blind9's ``_is_article``); larger than
   ``MAX_GZ`` gzipped. Nothing looks at a page's byline or at what any extractor reports.
3. One page per site (the first in a shuffle with ``random.Random(SEED)``), taken round-robin over the declared
   languages (``<html lang>``, "?" when none) until ``TARGET`` pages.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib.util
import json
import random
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(HERE.parent))

import known_pages  # noqa: E402  (bench/data/known_pages.py)
from declared_url import declared_url  # noqa: E402  (bench/data/declared_url.py)
from mirror_pages import bring_back, read_rows, recompressed  # noqa: E402  (bench/data/mirror_pages.py)

_spec = importlib.util.spec_from_file_location("notices_blind9_build", HERE.parent / "notices-blind9" / "build.py")
assert _spec is not None and _spec.loader is not None
b9 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(b9)

MIRROR = Path("/work/.mirror")
MAKE = recompressed
SEED = 20261209
OWN_LABELS = "authors-blind9.jsonl"
TARGET = 100
MAX_GZ = 150_000
#: the label files and bench/data page sets that existed when this set was drawn (its exclusions)
EARLIER = frozenset({
    "authors-blind2.jsonl", "authors-blind3.jsonl", "authors-blind4.jsonl", "authors-blind5.jsonl",
    "authors-blind6.jsonl", "authors-blind7.jsonl", "authors-blind8.jsonl", "authors-scrapinghub.jsonl",
    "notices-blind8.jsonl", "notices-blind9.jsonl", "notices-unseen.jsonl", "notices-unseen2.jsonl",
    "notices-unseen3.jsonl", "notices-unseen4.jsonl", "notices-unseen6.jsonl", "notices-unseen7.jsonl",
    *(f"notices-dev{n}.jsonl" for n in range(2, 21)),
    "authors-blind2", "authors-blind8", "fundus", "notices-blind8", "notices-blind9"})
#: name -> (GitHub repository, commit, licence)
SOURCES = {
    "gotrafilatura": ("markusmobius/go-trafilatura", "67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed", "Apache-2.0"),
    "godomdistiller": ("markusmobius/go-domdistiller", "71af71939ff30427314d2587923f8af0841f820a", "MIT"),
    "articleextractor": ("extractus/article-extractor", "08159d55041909759f3718d05afe4ea0597f9b11", "MIT"),
    "boilerpy3": ("jmriebold/BoilerPy3", "bbdc31d1197f896194abd175ffd01ac227cc484f", "Apache-2.0"),
    "graby": ("j0k3r/graby", "3e7695203c4c57dac2998780972450ced372b960", "MIT"),
    "gne": ("GeneralNewsExtractor/GeneralNewsExtractor", "3d5a67c65f4d6c8e13c3047754a4c18fc0b0754a", "GPL-3.0"),
    "pythongoose": ("grangier/python-goose", "09023ec9f5ef26a628a2365616c0a7c864f0ecea", "Apache-2.0"),
    "goose": ("jiminoc/goose", "88567c78a2cd393a8fd1a918cc21312c35c63116", "Apache-2.0"),
    "pyreadability": ("buriy/python-readability", "b220919186d0db2a006bbabb910b602056b3f51a", "Apache-2.0"),
    "ukeeper": ("ukeeper/ukeeper-readability", "0baca68bc0eb68c317c40a7c00af29c00ed28533", "MIT"),
    "htmlmetadata": ("wikimedia/html-metadata", "7f5ee136ff9424a2501c2c3bf7ca054853b6e4f0", "MIT"),
    "rubyreadability": ("cantino/ruby-readability", "90067593e6626d1a17577cb4520411b4bc4ddb71", "Apache-2.0"),
    "readabilityphp": ("fivefilters/readability.php", "0e2370d2488f79651caf11164853e892775e294c", "Apache-2.0"),
    "goose_go": ("advancedlogic/GoOse", "717927370fc8f68b5f590aa46b8b156756cfebb3", "Apache-2.0"),
    "nreadability": ("marek-stoj/NReadability", "808afcfd2086b627d7be4ed7572afd33a4825df3", "Apache-2.0"),
    "luin": ("luin/readability", "8f3357b1a6cf2d725e28502c845538da9e5563c1", "Apache-2.0 (README)"),
    "smartreader": ("Strumenta/SmartReader", "882c7073fcdc3afa478c389ae5a960334ae58146", "Apache-2.0"),
    "snacktory2": ("smallrivers/snacktory", "6a87f3f19d13843166dd689760cbdc2ff3af34f6", "Apache-2.0 (README)"),
    "epubpress": ("haroldtreen/epub-press", "8be475cc611f51d0b3760768e31aa574a19cc887", "GPL-3.0+"),
}
#: name -> (folders, file pattern) of the candidate pages
_PATHS = {
    "gotrafilatura": (("test-files/comparison", "test-files/mock"), r"\.html?$"),
    "godomdistiller": (("example",), r"\.html?$"),
    "articleextractor": (("tests/test-data",), r"\.html?$"),
    "boilerpy3": (("tests",), r"\.html?$"),
    "graby": (("tests/fixtures/content",), r"\.html?$"),
    "gne": (("tests",), r"\.html?$"),
    "pythongoose": (("tests/data",), r"\.html?$"),
    "goose": (("src/main/resources/com/gravity/goose/statichtml", "src/test"), r"(?<!_result)\.(html?|txt)$"),
    "pyreadability": (("tests/samples",), r"\.html?$"),
    "ukeeper": (("extractor/testdata",), r"\.html?$"),
    "htmlmetadata": (("test/static",), r"\.html?$"),
    "rubyreadability": (("spec/fixtures",), r"\.html?$"),
    "readabilityphp": (("test/test-pages",), r"/source\.html$"),
    "goose_go": (("sites",), r"\.html?$"),
    "nreadability": (("Src/NReadability/NReadability.Tests/SampleWebInput", "Src/NReadability/NReadability.Tests/SampleInput"),
                     r"\.html?$"),
    "luin": (("test",), r"\.html?$"),
    "smartreader": (("src/SmartReaderTests/test-pages",), r"/source\.html$"),
    "snacktory2": (("src/test/resources/de/jetwick/snacktory", "test_data"), r"\.html?$"),
    "epubpress": (("tests/fixtures/articles",), r"\.html?$"),
}


def _git_dir(src: str) -> Path:
    repo = MIRROR / SOURCES[src][0].replace("/", "+") / "repo"
    return repo / ".git" if (repo / ".git").is_dir() else repo


def _git(src: str, *args: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(_git_dir(src)), *args], capture_output=True, check=True).stdout


def _ls(src: str, *dirs: str) -> list[str]:
    out = _git(src, "ls-tree", "-r", "--name-only", "-z", SOURCES[src][1], *dirs).decode()
    return [p for p in out.split("\0") if p]


def _show(src: str, path: str) -> bytes:
    data = _git(src, "show", f"{SOURCES[src][1]}:{path}")
    return gzip.decompress(data) if path.endswith(".gz") else data


def candidates() -> list[dict]:
    out: list[dict] = []
    tables: dict[str, str] = {}
    for path, pattern in (("scripts/comparison/data.go", r'"(https?://[^"]+)":\s*\{\s*File:\s*"([^"]+)"'),
                          ("realworld-mock_test.go", r'"(https?://[^"]+)":\s*"([^"]+)"')):
        for url, name in re.findall(pattern, _show("gotrafilatura", path).decode()):
            tables.setdefault(name, url)
    for src, (dirs, pattern) in _PATHS.items():
        for p in _ls(src, *dirs):
            if re.search(pattern, p):
                url = tables.get(p.rsplit("/", 1)[1], "") if src == "gotrafilatura" else ""
                out.append({"src": src, "path": p, "url": url})
    return out


def _known() -> tuple[set[str], set[str], set[str], set[str]]:
    return known_pages.known(HERE, OWN_LABELS, only=EARLIER)


def draw() -> tuple[list[dict], dict[str, int]]:
    names, urls, sites, digests = _known()
    stats: dict[str, int] = {}
    pool: list[dict] = []
    for c in sorted(candidates(), key=lambda c: (c["src"], c["path"])):
        data = _show(c["src"], c["path"])
        doc = b9._doc(data)
        c["url"] = (c["url"] or declared_url(data)).strip()
        name = known_pages.norm_name(c["path"])
        why = ("no-url" if not c["url"] or b9.PLACEHOLDER.search(known_pages.site_of(c["url"]) or "localhost")
               else "known" if ((name in names and name not in b9.GENERIC) or c["url"] in urls
                                or known_pages.site_of(c["url"]) in sites or hashlib.sha256(data).hexdigest() in digests)
               else "not-article" if not b9._is_article(c["url"], doc)
               else "too-big" if len(gzip.compress(data, 9, mtime=0)) > MAX_GZ else "")
        key = f"{c['src']}:{why or 'eligible'}"
        stats[key] = stats.get(key, 0) + 1
        if not why:
            c["lang"] = b9.lang_of(doc)
            pool.append(c)
    random.Random(SEED).shuffle(pool)
    first: dict[str, dict] = {}
    for c in pool:
        first.setdefault(known_pages.site_of(c["url"]), c)
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


def _row(c: dict) -> dict:
    data = _show(c["src"], c["path"])
    page = MAKE(data, c["path"])
    name = f"{c['src']}-{hashlib.sha256(c['path'].encode()).hexdigest()[:12]}.html.gz"
    repo, commit, licence = SOURCES[c["src"]]
    return {"file": f"bench/data/authors-blind9/{name}", "url": c["url"], "lang": c["lang"], "source": repo,
            "commit": commit, "licence": licence, "upstream_path": c["path"],
            "sha256": hashlib.sha256(page).hexdigest(), "html_sha256": hashlib.sha256(data).hexdigest()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--write", action="store_true",
                    help="bring the pages of pages.jsonl back here from /work/.mirror, each checked against its sha256")
    ap.add_argument("--record", action="store_true", help="write pages.jsonl from the draw (once, when drawn)")
    args = ap.parse_args()
    if args.write:
        return bring_back(HERE, MAKE)
    picked, stats = draw()
    print(json.dumps(stats, sort_keys=True), "picked", len(picked), file=sys.stderr)
    for c in picked:
        print(c["src"], c.get("lang", ""), c["url"])
    if args.record:
        with (HERE / "pages.jsonl").open("w", encoding="utf-8") as f:
            f.writelines(json.dumps(_row(c), ensure_ascii=False) + "\n" for c in picked)
        return 0
    same = [c["path"] for c in picked] == [r["upstream_path"] for r in read_rows(HERE)]
    print(f"the draw {'is' if same else 'is NOT'} the one pages.jsonl records", file=sys.stderr)
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
