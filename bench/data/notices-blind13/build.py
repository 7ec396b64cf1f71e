"""Draw notices-blind13: article pages, one per site and publisher, from the fixtures a mercury-parser fork added.

    /work/main/.venv/bin/python bench/data/notices-blind13/build.py            # re-runs the draw, checks pages.jsonl
    /work/main/.venv/bin/python bench/data/notices-blind13/build.py --write    # brings the pages back here

Why: issue 15 asks for a notices figure (recall, precision >= .90) and a persons precision (>= .95) on pages no rule
was written from; blind8 to blind12 and authors-blind2 to -blind11 used up the test pages of the projects known
here, and none of them had many German, French, Spanish, Russian, Italian or Portuguese pages. This draw reads
shinyfrog/mercury-parser (claimed in /work/notes/claimed-sources.txt before the draw), a fork of postlight/parser
kept by an Italian app maker, whose ``fixtures`` folder gained some 500 pages of its own (2019-2024, many of them
European-language blogs and magazines). One draw serves both benches: bench/labels/notices-blind13.jsonl and
bench/labels/authors-blind12.jsonl label the same pages (this folder's).

The pages are not committed (the tool library's rule: developers commit nothing ``fetch`` brings out of a
repository). ``pages.jsonl`` (committed) names each page's repository, commit, path there, licence and the sha256
of the page file; ``--write`` brings every page back from the read-only git dirs under /work/.mirror at that
commit and keeps it only if its sha256 is the recorded one (bench/data/mirror_pages.py).

The draw:
1. Candidates: the fork's ``fixtures/**.html`` that are not postlight/parser's nor jocmp/mercury-parser's (both
   drawn from already): no path either holds in any commit up to the one the earlier sets read, and no file whose
   content (git blob) either holds at that commit. A page's URL is its canonical link or og:url (``declared_url``);
   the fork's custom extractors and their tests (which name the fixtures' authors) are not read.
2. Dropped: no URL or a made-up one; a file name, URL, site or content (sha256) that ../shared/bench or a set
   older than this one holds (``known_pages.known(before="notices-blind13")``); not an article
   (``draw_common.is_article``); larger than ``MAX_GZ`` gzipped. Nothing looks at a page's notices or byline.
3. One page per site (the first in a shuffle with ``random.Random(SEED)``), then one per publisher (the host's last
   two labels, three under a country code's second level), taken round-robin over the declared languages
   (``<html lang>``, first two letters; "?" when none) until ``TARGET`` pages.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import draw_common  # noqa: E402  (bench/data/draw_common.py: what the draws share)
import known_pages  # noqa: E402  (bench/data/known_pages.py)
from declared_url import declared_url  # noqa: E402  (bench/data/declared_url.py)
from mirror_pages import git_dir, recompressed  # noqa: E402  (bench/data/mirror_pages.py)

#: how a page file is made from its upstream file (gzipped at level 9, mtime 0)
MAKE = recompressed
SEED = 20261213
#: this set's own labels (never an exclusion of its own pages when the draw is re-run)
OWN_LABELS = "notices-blind13.jsonl"
TARGET = 60
MAX_GZ = 150_000
#: name -> (GitHub repository, commit, licence)
SOURCES = {
    "shinyfrog": ("shinyfrog/mercury-parser", "5a46209b6bec1180692c3ea9f6ca306d7b9252bd",
                  "MIT or Apache-2.0 (LICENSE-MIT, LICENSE-APACHE)"),
}
#: the parsers already drawn from, at the commits the earlier sets read: (GitHub repository, commit)
DRAWN = (("postlight/parser", "e8ba7ece291efa4d915d50dd4deeec17d54359f2"),
         ("jocmp/mercury-parser", "f987e9e0b9766d59595bcbf97ac2ebe0227c5506"))
GENERIC = draw_common.GENERIC
PLACEHOLDER = draw_common.PLACEHOLDER
MADE_UP = draw_common.MADE_UP


def _run(where: Path, *args: str) -> str:
    return subprocess.run(["git", "--git-dir", str(where), *args], capture_output=True, check=True).stdout.decode()


_MIRROR = draw_common.Mirror.of(SOURCES)
_ls, _show = _MIRROR.ls, _MIRROR.show


def _drawn() -> tuple[set[str], set[str]]:
    """Every fixture path the drawn parsers held up to their commit, and the blobs of their tree at it."""
    paths: set[str] = set()
    blobs: set[str] = set()
    for repo, commit in DRAWN:
        drawn = git_dir(repo)
        paths |= {p for p in _run(drawn, "log", "--format=", "--name-only", commit, "--", "fixtures").splitlines() if p}
        blobs |= {line.split()[2] for line in _run(drawn, "ls-tree", "-r", commit).splitlines()}
    return paths, blobs


def candidates() -> list[dict]:
    old_paths, old_blobs = _drawn()
    commit = _MIRROR.commits["shinyfrog"]
    out: list[dict] = []
    for line in _run(_MIRROR.git_dirs["shinyfrog"], "ls-tree", "-r", "-l", commit, "fixtures").splitlines():
        meta, path = line.split("\t", 1)
        blob, size = meta.split()[2], meta.split()[3]
        if re.search(r"\.html?$", path) and size != "-" and path not in old_paths and blob not in old_blobs:
            out.append({"src": "shinyfrog", "path": path, "url": ""})
    return out


def _known() -> tuple[set[str], set[str], set[str], set[str]]:
    """File base names, URLs, sites and content digests no page of this set may share."""
    return known_pages.known(HERE, OWN_LABELS, before="notices-blind13")


def draw() -> tuple[list[dict], dict[str, int]]:
    """One page per site and publisher, taken round-robin over the languages until ``TARGET`` pages."""
    return draw_common.blind_draw(candidates(), _show, declared_url, _known(), seed=SEED, target=TARGET,
                                 placeholder=PLACEHOLDER, max_gz=MAX_GZ, generic=GENERIC, made_up=MADE_UP,
                                 per_publisher=True,
                                 stats_key=lambda c, why: f"{c['src']}:{why}")


if __name__ == "__main__":
    sys.exit(draw_common.main(HERE, MAKE, __doc__.split("\n")[0], draw, stats_text=draw_common.stats_json,
                              record=draw_common.recorder(HERE, _MIRROR, MAKE),
                              record_help="write pages.jsonl from the draw (once, when drawn)"))
