"""Draw notices-blind25: 30 more of victormartinez/ferret's Brazilian Portuguese news and press pages, on sites
notices-blind24 did not draw: the held-out figure of round lead57, whose rules were written from notices-blind24.

    /work/main/.venv/bin/python bench/data/notices-blind25/build.py            # re-runs the draw, checks pages.jsonl
    /work/main/.venv/bin/python bench/data/notices-blind25/build.py --write    # brings the pages back here

Why: round lead57 (extractor 198) fixed the classes of notices-blind24's first run; a first run on pages of the same
pool that no rule was written from says whether they carry over (the guide's "set part of it aside and report both
figures", done after the fact by drawing the rest of the pool).
The draw is notices-blind24's (``draw_set`` of its ``build.py``, read from there), with this set's seed and labels:
every site blind24 drew is known now, so none is drawn again, and tensor-content-extractor has no Russian page left.
ferret names every page ``page.html``, so that name counts as one that names no page (``draw_common.GENERIC``): pages
are matched by URL, site and content.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import draw_common  # noqa: E402  (bench/data/draw_common.py: what the draws share)

_SPEC = importlib.util.spec_from_file_location("notices_blind24_build", HERE.parent / "notices-blind24" / "build.py")
assert _SPEC is not None and _SPEC.loader is not None
BLIND24 = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(BLIND24)

SEED = 20261225
OWN_LABELS = "notices-blind25.jsonl"


def draw() -> tuple[list[dict], dict[str, int]]:
    return BLIND24.draw_set(HERE, OWN_LABELS, SEED, generic=draw_common.GENERIC | {"page.html"})


if __name__ == "__main__":
    sys.exit(draw_common.main(HERE, BLIND24.MAKE, __doc__.split("\n")[0], draw, stats_text=draw_common.stats_json,
                              record=draw_common.recorder(HERE, BLIND24._MIRROR, BLIND24.MAKE),
                              record_help="write pages.jsonl from the draw (once, when drawn)"))
