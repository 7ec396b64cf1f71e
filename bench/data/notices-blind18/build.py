"""Draw notices-blind18: German, French, Spanish, Russian and Portuguese article pages four projects' histories keep, and the 2025 extraction benchmark's undrawn English articles.

    /work/main/.venv/bin/python bench/data/notices-blind18/build.py            # re-runs the draw, checks pages.jsonl
    /work/main/.venv/bin/python bench/data/notices-blind18/build.py --write    # brings the pages back here

Why: issue 15 asks for a notices figure (recall, precision >= .90) and a persons precision (>= .95) on pages no rule
was written from, in EN, DE, FR, ES, RU, PT and IT; blind17 found no new non-English page and is English only. This
round read the whole history of every mirrored extraction project (every HTML file any commit held, not only its
newest tree: README.md lists what each held). Four of them keep non-English article pages no set here holds, in
commits an earlier draw never read (pages a later commit removed or replaced, or on a branch): flairNLP/fundus
(German news of Bild and the NRZ its parser tests dropped), postlight/parser (French and Portuguese news and blogs of
custom extractors), microlinkhq/metascraper (a Russian story site) and fivefilters/readability.php (an Argentine
radio's news page). The rest of the set is Murrough-Foley/web-content-extraction-benchmark's (WCXB) English article
pages no set holds. One draw serves both benches: bench/labels/notices-blind18.jsonl and
bench/labels/authors-blind17.jsonl label the same pages (this folder's).

The pages are not committed (the tool library's rule: developers commit nothing ``fetch`` brings out of a
repository). ``pages.jsonl`` (committed) names each page's repository, commit, path there, licence and the sha256
of the page file; ``--write`` brings every page back from the read-only git dirs under /work/.mirror at that
commit and keeps it only if its sha256 is the recorded one (bench/data/mirror_pages.py).

The draw (``draw_common``):
1. Candidates: the history pages of ``HISTORY`` (each at the newest commit holding it: the pages that a scan of every
   HTML blob in the four histories, with the filters of step 2, found eligible and not declaring English), with the
   URL each page declares (``declared_url``); WCXB's ``dev/html`` and ``test/html`` pages that its ``metadata.json``
   types "article", each with the URL its ``<split>/ground-truth/<id>.json`` names (only that field is read: the file
   also holds an author and the article's text, which nobody here read).
2. Dropped: no URL or a made-up one; a file name, URL, site or content (sha256) that ../shared/bench or a set
   older than this one holds (``known_pages.known(before="notices-blind18")``); not an article
   (``draw_common.is_article``); larger than ``MAX_GZ`` gzipped. Nothing looks at a page's notices or byline.
3. A history page's language is its ``<html lang>``, else its ``og:locale``, else its Content-Language (``lang``);
   kept are those in a language of ``LANGS`` (issue 15's other than English; the others are listed in README.md).
4. One page per site (the first in a shuffle with ``random.Random(SEED)``), then one per publisher (the host's last
   two labels, three under a country code's second level); every history page kept, then WCXB's pages until
   ``TARGET`` pages.
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
SEED = 20261218
#: this set's own labels (never an exclusion of its own pages when the draw is re-run)
OWN_LABELS = "notices-blind18.jsonl"
TARGET = 44
MAX_GZ = 150_000
#: the languages a history page is drawn in: issue 15's, English aside (WCXB's pages are English)
LANGS = frozenset({"de", "fr", "es", "ru", "pt", "it"})
_FUNDUS, _POSTLIGHT = "flairNLP/fundus", "postlight/parser"
_MIT, _MIT_APACHE = "MIT", "MIT or Apache-2.0 (LICENSE-MIT, LICENSE-APACHE)"
#: name -> (GitHub repository, commit, licence); a history page's source is its repository at the newest commit
#: holding it
SOURCES = {
    "fundus-bild": (_FUNDUS, "91721946e6afe97efd2f2c2b8f2ef2462330f362", _MIT),
    "fundus-waz": (_FUNDUS, "a6c9dac8ebc2fa1cb08ee993429735fb723c0db3", _MIT),
    "fundus-pravda": (_FUNDUS, "c5057b81940d543ec5a20bf430b05ceb95ca38d7", _MIT),
    "postlight-lapresse": (_POSTLIGHT, "f72e4f2e79963ab3dd3852efcfb4ca09c27c1ff9", _MIT_APACHE),
    "postlight-nextwarez": (_POSTLIGHT, "53dea2560f01f965745f4c4764c611fca54cbe82", _MIT_APACHE),
    "postlight-publico": (_POSTLIGHT, "8de0fb840239486f3bf9c1da659eb64b8f70b367", _MIT_APACHE),
    "postlight-sic": (_POSTLIGHT, "e888b6782d7320aabb839c26225c154a00388360", _MIT_APACHE),
    "metascraper": ("microlinkhq/metascraper", "20423f52ef9b4a07d3b25e56e34d2756b3291250", "MIT (LICENSE.md)"),
    "metascraper-bukvy": ("microlinkhq/metascraper", "17b55cabf06f95f1aef9bce305cafba623b811e8", "MIT (LICENSE.md)"),
    "readabilityphp": ("fivefilters/readability.php", "2fad6c1a7dc4b45453c1a70bb00120d7f59c528b", "Apache-2.0"),
    "wcxb": draw_common.WCXB,
}
#: the history pages: (source, path); fundus's Pravda page (Ukrainian) and metascraper's bukvy page (it declares no
#: language) are candidates the language rule leaves out
HISTORY = (
    ("fundus-bild", "tests/resources/parser/test_data/de/BildZeitung.html.gz"),
    ("fundus-waz", "tests/resources/parser/test_data/de/WAZ.html.gz"),
    ("fundus-pravda", "tests/resources/parser/test_data/ua/Pravda_2025_10_24.html.gz"),
    ("postlight-lapresse", "fixtures/blogues.lapresse.ca/1489425440073.html"),
    ("postlight-nextwarez", "fixtures/nextwarez.com/1488394551752.html"),
    ("postlight-publico", "fixtures/www.publico.pt/1553543404508.html"),
    ("postlight-sic", "fixtures/sicnoticias.pt/1589031523972.html"),
    ("metascraper", "packages/metascraper/test/integration/pikabu/input.html"),
    ("metascraper-bukvy", "packages/metascraper/test/integration/bukvy/input.html"),
    ("readabilityphp", "test/test-pages/needs-entity-normalization/source.html"),
)

_MIRROR = draw_common.Mirror.of(SOURCES)
_ls, _show = _MIRROR.ls, _MIRROR.show


def candidates() -> list[dict]:
    return [{"src": src, "path": path, "url": ""} for src, path in HISTORY] + draw_common.wcxb_articles(_MIRROR)


def draw() -> tuple[list[dict], dict[str, int]]:
    """One page per site and publisher: every history page in a language of ``LANGS``, then WCXB's pages until
    ``TARGET`` pages."""
    known = known_pages.known(HERE, OWN_LABELS, before="notices-blind18")
    return draw_common.history_then_wcxb(candidates(), _show, declared_url, known, langs=LANGS, max_gz=MAX_GZ,
                                         seed=SEED, target=TARGET)


if __name__ == "__main__":
    sys.exit(draw_common.main(HERE, MAKE, __doc__.split("\n")[0], draw, stats_text=draw_common.stats_json,
                              record=draw_common.recorder(HERE, _MIRROR, MAKE),
                              record_help="write pages.jsonl from the draw (once, when drawn)"))
