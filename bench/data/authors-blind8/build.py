"""Draw authors-blind8's 40 extra pages: notices-blind9's pool (bench/data/notices-blind9/build.py), the sites it did not take.

    /work/main/.venv/bin/python bench/data/authors-blind8/build.py            # re-runs the draw, checks pages.jsonl
    /work/main/.venv/bin/python bench/data/authors-blind8/build.py --write    # brings the pages back here

Why: authors-blind8 labels person authors on notices-blind9's 60 pages (read for notices only, never for
authors); about half credit a person, too few names for a precision figure, so 40 more pages are drawn. Every
other public test corpus here is used up (notices-blind8 and notices-blind9's notes: the mirrors of
chimbori/crux and markusmobius/go-domdistiller hold no article page), so the extra pages come from the same
pool: blind9's candidates and drops exactly (its ``draw``, seed 20261202, one page per site, round-robin over
declared languages), continued past its 60th page to the 100th. The first 60 are blind9's pages (checked);
pages 61-100 are pages nobody here has read. The labels of both sets (notices-blind9.jsonl, authors-blind8.jsonl)
and both sets' pages.jsonl are not exclusions (they name these very pages): the exclusions are blind9's, those of
the sets made before it (bench/data/known_pages.py ``known(before="notices-blind9")``).

The pages are not committed (the tool library's rule: developers commit nothing ``fetch`` brings out of a
repository): ``--write`` brings the pages ``pages.jsonl`` records back from the read-only mirrors at their
commits, each kept only if its sha256 is the recorded one (bench/data/mirror_pages.py ``bring_back``), as the
other uncommitted sets do; it never draws again.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
B9_DIR = HERE.parent / "notices-blind9"
_spec = importlib.util.spec_from_file_location("blind9_build", B9_DIR / "build.py")
assert _spec is not None and _spec.loader is not None
b9 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(b9)
sys.path.insert(0, str(HERE.parent))

import draw_common  # noqa: E402  (bench/data/draw_common.py: what the draws share)
from mirror_pages import bring_back, read_rows  # noqa: E402  (bench/data/mirror_pages.py)

TOTAL = 100


def main() -> int:
    args = draw_common.options(__doc__.split("\n")[0])
    if args.write:
        return bring_back(HERE, b9.MAKE)
    b9.TARGET = TOTAL  # blind9's draw, its exclusions unchanged (the sets made before notices-blind9)
    picked, stats = b9.draw()
    print(stats, "picked", len(picked), file=sys.stderr)
    b9_urls = [json.loads(ln)["url"] for ln in (B9_DIR / "pages.jsonl").open(encoding="utf-8") if ln.strip()]
    assert [c["url"] for c in picked[:len(b9_urls)]] == b9_urls, "the first pages are not blind9's draw"
    for c in picked[len(b9_urls):]:
        print(c["src"], c["lang"], c["url"])
    return draw_common.say_same([c["path"] for c in picked[len(b9_urls):]], [r["upstream_path"] for r in read_rows(HERE)])


if __name__ == "__main__":
    sys.exit(main())
