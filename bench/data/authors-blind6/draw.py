"""The draw of bench/labels/authors-blind6.jsonl: 80+ article pages, one per site, from DEV sites of
../shared/bench (metadata html and disclaimers pages), none in an existing author label set
(metadata with an author label, authors-scrapinghub, authors-blind2, authors-blind3, authors-blind4, authors-blind5), none of a site
that has a page in one.

    python bench/data/authors-blind6/draw.py > /tmp/draw.jsonl

Candidates and drops exactly as authors-blind3's draw (bench/data/authors-blind3/draw.py), with
authors-blind3's, authors-blind4's and authors-blind5's pages and sites added to the used ones. The rest, sorted by file, are shuffled with
random.Random(25). Pages WITH a byline are favoured, openly: a page counts as "with a byline" when a
throw-away lxml test independent of archiver (``_has_byline_hint``: a ``<meta name=author>``, a JSON-LD
``author``, or an element whose class/id/rel/itemprop says author/byline) finds one; the first such
page of each site is drawn, in the shuffled order, until 85 pages; if fewer, the first page of the
remaining sites fills up. The test never reads what the extractor reports.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from author_draw import draw  # noqa: E402

if __name__ == "__main__":
    sys.exit(draw(25, ('authors-scrapinghub', 'authors-blind2', 'authors-blind3', 'authors-blind4', 'authors-blind5'), favour_hint=True))
