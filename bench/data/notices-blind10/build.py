"""Draw notices-blind10: ~60 article pages, one per site, from public projects' HTML test pages that no set here holds.

    /work/main/.venv/bin/python bench/data/notices-blind10/build.py            # re-runs the draw, checks pages.jsonl
    /work/main/.venv/bin/python bench/data/notices-blind10/build.py --write    # brings the pages back here

Why: issue 15 asks for a notices figure on pages no rule was written from; blind8 and blind9 used up the test pages
of eleven projects (bench/data/notices-blind8/, -blind9/), so this draw reads projects none of our sets drew from
(and none of the ones authors-blind9's draw reads the same day: go-trafilatura, go-domdistiller,
extractus/article-extractor, BoilerPy3).

The pages are not committed (the tool library's rule: developers commit nothing ``fetch`` brings out of a
repository). ``pages.jsonl`` (committed) names each page's repository, commit, path there, licence and the sha256
of the page file; ``--write`` brings every page back from the read-only git dirs under /work/.mirror at that
commit and keeps it only if its sha256 is the recorded one (bench/data/mirror_pages.py).

The draw:
1. Candidates: kepano/defuddle's ``tests/fixtures``, advancedlogic/GoOse's ``sites``, marek-stoj/NReadability's
   ``SampleInput`` and ``SampleWebInput``, j0k3r/graby's ``tests/fixtures/content``, cantino/ruby-readability's
   ``spec/fixtures``, buriy/python-readability's ``tests/samples``, dankito/Readability4J's
   ``additional-test-pages``, seomoz/dragnet's ``test/datafiles/HTML`` and chimbori/crux's ``test_data`` (at
   4aa31ad9, the last commit before crux deleted its test pages) and GeneralNewsExtractor's ``tests`` (Chinese
   news pages); each page's URL is the one a leading
   ``<!-- {"url": ...} -->`` comment names (defuddle's fixtures), else its canonical link, else og:url.
   seomoz/dragnet_data (its pages are one 4 MiB+ archive the mirror lacks) and fhamborg/news-please (no HTML
   test page) contribute nothing.
2. Dropped: no URL, or a made-up one; a file name, URL or site (host without ``www.``) that ../shared/bench,
   any older ``bench/data/*/pages.jsonl`` or ``bench/labels/*.jsonl`` holds (this set's own folder and labels, and
   the sets made after it in ``known_pages.ORDER``, are left out, so that a re-draw reproduces); a page whose HTML equals (sha256) a page of those; not an
   article (as blind9: a home page, a listing path segment, fewer than three ``<p>`` of 80+ characters, an
   ``og:type`` of a track, video, podcast, book, profile or product); larger than ``MAX_GZ`` gzipped. Nothing
   looks at a page's notices.
3. One page per site (the first in a shuffle with ``random.Random(SEED)``); sites grouped by declared language
   (``<html lang>``, first two letters; "?" when none) and taken round-robin over the languages (sorted by code)
   until ``TARGET`` pages.
"""

from __future__ import annotations

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
SEED = 20261203
#: this set's own labels (never an exclusion of its own pages when the draw is re-run)
OWN_LABELS = "notices-blind10.jsonl"
TARGET = 60
MAX_GZ = 150_000
#: name -> (GitHub repository, commit, licence)
SOURCES = {
    "defuddle": ("kepano/defuddle", "6de16345bbc822e69397bd6a126861bad9ff469f", "MIT"),
    "goose": ("advancedlogic/GoOse", "717927370fc8f68b5f590aa46b8b156756cfebb3", "Apache-2.0"),
    "nreadability": ("marek-stoj/NReadability", "808afcfd2086b627d7be4ed7572afd33a4825df3", "Apache-2.0"),
    "graby": ("j0k3r/graby", "3e7695203c4c57dac2998780972450ced372b960", "MIT"),
    "rubyreadability": ("cantino/ruby-readability", "90067593e6626d1a17577cb4520411b4bc4ddb71", "Apache-2.0"),
    "pyreadability": ("buriy/python-readability", "b220919186d0db2a006bbabb910b602056b3f51a", "Apache-2.0"),
    "readability4j": ("dankito/Readability4J", "170d052e99db58ecac85a77cdaa63ac8253be1fd", "Apache-2.0"),
    "dragnet": ("seomoz/dragnet", "1b65e7b0897ca061b5c90b3eefffbfc156a0cc3b", "MIT"),
    # crux's test pages were deleted in 365b8965; read at the commit before (its newest with them)
    "crux": ("chimbori/crux", "4aa31ad9b6ce3c954edbda3e69be581fafb010f4", "Apache-2.0"),
    "gne": ("GeneralNewsExtractor/GeneralNewsExtractor", "3d5a67c65f4d6c8e13c3047754a4c18fc0b0754a", "GPL-3.0"),
}
GENERIC = draw_common.GENERIC
#: hosts of made-up URLs that test pages carry (not a site); defuddle's synthetic fixtures also name hosts such as
#: example-ai.com
PLACEHOLDER = re.compile(r"(^|\.)(example|exemple|foo)\.[a-z]+$|(^|\.)example-|^localhost$|^[^.]+$")
MADE_UP = draw_common.MADE_UP

_MIRROR = draw_common.Mirror.of(SOURCES)
_ls, _show = _MIRROR.ls, _MIRROR.show


def candidates() -> list[dict]:
    html = re.compile(r"\.html?$")
    where = {"defuddle": ("tests/fixtures",), "goose": ("sites",),
             "nreadability": ("Src/NReadability/NReadability.Tests/SampleInput",
                              "Src/NReadability/NReadability.Tests/SampleWebInput"),
             "graby": ("tests/fixtures/content",), "rubyreadability": ("spec/fixtures",),
             "pyreadability": ("tests/samples",), "readability4j": ("src/test/resources/additional-test-pages",),
             "dragnet": ("test/datafiles/HTML",), "crux": ("test_data",), "gne": ("tests",)}
    out: list[dict] = []
    for src, dirs in where.items():
        for p in _ls(src, *dirs):
            if html.search(p) and not (src == "readability4j" and not p.endswith("/source.html")):
                out.append({"src": src, "path": p, "url": _comment_url(_show(src, p))})
    return out


def _comment_url(data: bytes) -> str:
    """The URL a defuddle fixture names in its leading ``<!-- {"url": ...} -->`` comment ("" when none)."""
    m = re.search(rb'<!--\s*\{\s*"url"\s*:\s*"(https?://[^"]+)"', data[:2000])
    return m.group(1).decode("utf-8", "replace") if m else ""


def _known() -> tuple[set[str], set[str], set[str], set[str]]:
    """File base names, URLs, sites and content digests no page of this set may share (OWN_LABELS read
    at the call: authors-blind8's draw sets it)."""
    return known_pages.known(HERE, OWN_LABELS, before="notices-blind10")


def draw() -> tuple[list[dict], dict[str, int]]:
    """One page per site, taken round-robin over the languages until ``TARGET`` pages."""
    return draw_common.blind_draw(candidates(), _show, declared_url, _known(), seed=SEED, target=TARGET,
                                 placeholder=PLACEHOLDER, max_gz=MAX_GZ, generic=GENERIC, made_up=MADE_UP)


if __name__ == "__main__":
    sys.exit(draw_common.main(HERE, MAKE, __doc__.split("\n")[0], draw,
                               record=draw_common.recorder(HERE, _MIRROR, MAKE),
                               record_help="write pages.jsonl from the draw (how it was first made; the pages are not written)",
                               record_then_compare=True))
