"""The draw of bench/labels/authors-blind3.jsonl: 80+ article pages, one per site, from DEV sites of
../shared/bench (metadata html and disclaimers pages; every scrapinghub page is already in
authors-scrapinghub), none in an existing author label set, none of a site that has a page in one.

    python bench/data/authors-blind3/draw.py > /tmp/draw.jsonl

Candidates: the pages of metadata/expected.jsonl with no author label, the pages of
metadata/expected-dates-htmldate.jsonl not in expected.jsonl, and disclaimers/labels.jsonl's pages.
Dropped: a held-out site (bench_generalise.held_out); a page in authors-scrapinghub, authors-blind2 or
metadata/expected.jsonl with an author label, or of a site with a page in one of them; not an article
by authors-blind2's rule (build.py's _is_article: URL and paragraph shape, never the byline).
The rest, sorted by file, are shuffled with random.Random(21); the first page of each site is kept
until 85 pages are drawn. Nothing here looks at who wrote the page.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from author_draw import draw  # noqa: E402

if __name__ == "__main__":
    sys.exit(draw(21, ('authors-scrapinghub', 'authors-blind2'), favour_hint=False))
