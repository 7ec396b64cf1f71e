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
   a re-draw reproduces whatever sets come later); not an article (blind9's rule, ``draw_common.is_article``); larger than
   ``MAX_GZ`` gzipped. Nothing looks at a page's byline or at what any extractor reports.
3. One page per site (the first in a shuffle with ``random.Random(SEED)``), taken round-robin over the declared
   languages (``<html lang>``, "?" when none) until ``TARGET`` pages.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import draw_common  # noqa: E402  (bench/data/draw_common.py: what the draws share)
import known_pages  # noqa: E402  (bench/data/known_pages.py)
from declared_url import declared_url  # noqa: E402  (bench/data/declared_url.py)
from mirror_pages import recompressed  # noqa: E402  (bench/data/mirror_pages.py)

_spec = importlib.util.spec_from_file_location("notices_blind9_build", HERE.parent / "notices-blind9" / "build.py")
assert _spec is not None and _spec.loader is not None
b9 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(b9)

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




_MIRROR = draw_common.Mirror.of(SOURCES)
_ls, _show = _MIRROR.ls, _MIRROR.show


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
    known = _known()
    pool, stats = draw_common.pool_of(
        candidates(), _show, declared_url,
        lambda c, data, doc: draw_common.why_dropped(c, data, doc, known, placeholder=b9.PLACEHOLDER, max_gz=MAX_GZ,
                                                     generic=b9.GENERIC),
        stats_key=lambda c, why: f"{c['src']}:{why}")
    first = draw_common.one_per_site(pool, SEED)
    stats["sites"] = len(first)
    return draw_common.round_robin_by_lang(first.values(), TARGET), stats


if __name__ == "__main__":
    sys.exit(draw_common.main(HERE, MAKE, __doc__.split("\n")[0], draw, stats_text=draw_common.stats_json,
                              record=draw_common.recorder(HERE, _MIRROR, MAKE),
                              record_help="write pages.jsonl from the draw (once, when drawn)"))
