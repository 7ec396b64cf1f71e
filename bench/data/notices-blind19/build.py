"""Draw notices-blind19: German article pages a snacktory fork's history keeps, and the 2025 extraction benchmark's undrawn English articles.

    /work/main/.venv/bin/python bench/data/notices-blind19/build.py            # re-runs the draw, checks pages.jsonl
    /work/main/.venv/bin/python bench/data/notices-blind19/build.py --write    # brings the pages back here

Why: issue 15 asks for a notices figure (recall, precision >= .90) and a persons precision (>= .95) on pages no rule
was written from, in EN, DE, FR, ES, RU, PT and IT. This round scanned the whole git history (every HTML blob any
commit holds) of five extraction projects no draw had read that way: smallrivers/snacktory (named by blind18 as left
for a next round), and four mirrored for this round, fhamborg/news-please, go-shiori/go-readability,
miso-belica/jusText and kohlschutter/boilerpipe (README.md lists what each held). Only snacktory keeps eligible
pages in a language of ``LANGS``: two German trade-press articles (marconomy.de, mittelstand-nachrichten.de). The
rest of the set is Murrough-Foley/web-content-extraction-benchmark's (WCXB) English article pages no set holds. One
draw serves both benches: bench/labels/notices-blind19.jsonl and bench/labels/authors-blind18.jsonl label the same
pages (this folder's).

The pages are not committed (the tool library's rule: developers commit nothing ``fetch`` brings out of a
repository). ``pages.jsonl`` (committed) names each page's repository, commit, path there, licence and the sha256
of the page file; ``--write`` brings every page back from the read-only git dirs under /work/.mirror at that
commit and keeps it only if its sha256 is the recorded one (bench/data/mirror_pages.py).

The draw (``draw_common``), as notices-blind18's:
1. Candidates: the history pages of ``HISTORY`` (each at a commit holding it), with the URL each page declares
   (``declared_url``); WCXB's ``dev/html`` and ``test/html`` pages that its ``metadata.json`` types "article"
   (``draw_common.wcxb_articles``: only the ground truth's ``url`` field is read).
2. Dropped: no URL or a made-up one; a file name, URL, site or content (sha256) that ../shared/bench or a set
   older than this one holds (``known_pages.known(before="notices-blind19")``); not an article
   (``draw_common.is_article``); larger than ``MAX_GZ`` gzipped. Nothing looks at a page's notices or byline.
3. A history page's language is its ``<html lang>``, else its ``og:locale``, else its Content-Language; kept are
   those in a language of ``LANGS``.
4. One page per site (the first in a shuffle with ``random.Random(SEED)``), then one per publisher; every history
   page kept, then WCXB's pages until ``TARGET`` pages.
"""

from __future__ import annotations

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
SEED = 20261219
#: this set's own labels (never an exclusion of its own pages when the draw is re-run)
OWN_LABELS = "notices-blind19.jsonl"
TARGET = 40
MAX_GZ = 150_000
#: the languages a history page is drawn in: issue 15's, English aside (WCXB's pages are English)
LANGS = frozenset({"de", "fr", "es", "ru", "pt", "it"})
_SNACKTORY, _APACHE = "smallrivers/snacktory", "Apache-2.0 (README.md: \"stands under Apache 2 License\")"
#: name -> (GitHub repository, commit, licence); a history page's source is its repository at a commit holding it
SOURCES = {
    "snacktory-marconomy": (_SNACKTORY, "279767be87857bb0f1778e26c25e51f9d110f825", _APACHE),
    "snacktory-mittelstand": (_SNACKTORY, "86cf6cdf23111cbea94d468e45f16221f4c08d98", _APACHE),
    "wcxb": draw_common.WCXB,
}
#: the history pages: (source, path)
HISTORY = (
    ("snacktory-marconomy", "src/test/resources/de/jetwick/snacktory/it-business.de.html"),
    ("snacktory-mittelstand", "src/test/resources/de/jetwick/snacktory/mittelstand-nachrichten.de.html"),
)

_MIRROR = draw_common.Mirror.of(SOURCES)
_show = _MIRROR.show


def candidates() -> list[dict]:
    return [{"src": src, "path": path, "url": ""} for src, path in HISTORY] + draw_common.wcxb_articles(_MIRROR)


def draw() -> tuple[list[dict], dict[str, int]]:
    """One page per site and publisher: every history page in a language of ``LANGS``, then WCXB's pages until
    ``TARGET`` pages."""
    known = known_pages.known(HERE, OWN_LABELS, before="notices-blind19")
    return draw_common.history_then_wcxb(candidates(), _show, declared_url, known, langs=LANGS, max_gz=MAX_GZ,
                                         seed=SEED, target=TARGET)


if __name__ == "__main__":
    sys.exit(draw_common.main(HERE, MAKE, __doc__.split("\n")[0], draw, stats_text=draw_common.stats_json,
                              record=draw_common.recorder(HERE, _MIRROR, MAKE),
                              record_help="write pages.jsonl from the draw (once, when drawn)"))
