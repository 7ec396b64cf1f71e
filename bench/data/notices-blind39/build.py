"""Draw notices-blind39 (and authors-blind38, the same pages): 40 English article pages no set holds, half from the 2026
extraction benchmark (tiptopjaw), half from the 2025 one (WCXB), for issue 15's blind first run (notices and persons on
pages no rule was written from).

    /work/main/.venv/bin/python bench/data/notices-blind39/build.py            # re-runs the draw, checks pages.jsonl
    /work/main/.venv/bin/python bench/data/notices-blind39/build.py --write    # brings the pages back here

Drawn by the lead in session 62 (2026-12-04), held out of round lead63, by ``tiptop_wcxb_draw`` (the draw authors-blind22 made;
notices-blind22's build.py says how), with another seed, no recipe pages, ``TIPTOP_EN`` tiptopjaw pages that declare
themselves articles and WCXB's articles up to ``TARGET``. Nothing looks at a page's notices or byline when drawing. The
pages are not committed; ``pages.jsonl`` names each one's repository, commit, path, licence and sha256.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import draw_common  # noqa: E402  (bench/data/draw_common.py: what the draws share)
import tiptop_wcxb_draw as tw  # noqa: E402  (bench/data/tiptop_wcxb_draw.py: the draw)

SEED = 20261239
TARGET = 40
#: tiptopjaw's English pages drawn, after its pages in other languages; no recipe page (recipe_max 0)
TIPTOP_EN = 20

if __name__ == "__main__":
    sys.exit(draw_common.main(HERE, tw.MAKE, __doc__.split("\n")[0],
                              lambda: tw.draw(HERE, "notices-blind39", seed=SEED, target=TARGET, tiptop_en=TIPTOP_EN),
                              stats_text=draw_common.stats_json, record=draw_common.recorder(HERE, tw.MIRROR, tw.MAKE),
                              record_help="write pages.jsonl from the draw (once, when drawn)"))
