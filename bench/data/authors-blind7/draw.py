"""The draw of bench/labels/authors-blind7.jsonl: up to 85 article pages, one per site, from DEV sites of
../shared/bench (metadata html and disclaimers pages), none in an existing author label set
(metadata with an author label, authors-scrapinghub, authors-blind2, authors-blind3, authors-blind4,
authors-blind5, authors-blind6), none of a site that has a page in one.

    python bench/data/authors-blind7/draw.py > /tmp/draw.jsonl

Candidates and drops exactly as the earlier draws (``author_draw.draw``), with authors-blind6's pages and
sites added to the used ones. The rest, sorted by file, are shuffled with random.Random(26). Pages WITH a
byline are favoured, openly (``author_draw.has_byline_hint``, a byte test independent of archiver); the
first such page of each site is drawn, in the shuffled order; then the first page of the remaining sites
fills up, until 85 or the pool is spent. The test never reads what the extractor reports.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from author_draw import draw  # noqa: E402

if __name__ == "__main__":
    sys.exit(draw(26, ('authors-scrapinghub', 'authors-blind2', 'authors-blind3', 'authors-blind4', 'authors-blind5',
                       'authors-blind6'), favour_hint=True))
