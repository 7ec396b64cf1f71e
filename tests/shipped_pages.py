"""The HTML pages shipped with the repository that equivalence and speed tests run over: the
extraction fixtures (tests/data/extract) and the bundled samples (archiver/samples), sorted.

One list, so that every test checking "the same answers on every shipped page" checks the same
pages, and a page added to either folder is checked by all of them."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PAGES = sorted([*(REPO / "tests" / "data" / "extract").glob("*.html"), *(REPO / "archiver" / "samples").glob("*.html")])
