"""trafilatura's JSON-LD reader is handed only the scripts its regular expressions read in bounded time.

Why: ``trafilatura.metadata.extract_meta_json`` strips tags from each script's text with ``<[^>]*>`` and reads a
script that is not valid JSON with patterns such as ``"author":[^}[]+?"name``: each tries every position and scans
ahead, so its time grows with the square of a script's length when the shape is hostile. Measured in one process
(session 68): 150 KB of ``"author": "x", `` took 14 s of CPU, 600 KB 235 s; 200 KB of ``<!-- `` 35 s. A page could
thus run every extraction of it past its time limit, and no quote could then be verified against it, at the cost of
a few hundred kilobytes. Real pages' scripts are small: of the 3,396 benchmark pages, 4 hold one over 32 KB and 1
over 64 KB.

So the reader is shown the page's JSON-LD scripts in order up to :data:`SCRIPT_LIMIT` each and :data:`TOTAL_LIMIT`
in all (its worst case then about a second); the others are hidden from it for the call, by their ``type``, and
given back as they were. trafilatura's reading only seconds ours: :mod:`archiver.extract.head` reads every script
(its JSON reader is linear), so a large script's title, authors and dates are still read, and said where they came
from."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from lxml import etree
from lxml.html import HtmlElement

#: The most of one script's text trafilatura's JSON-LD reader is handed, and the most of all of them.
SCRIPT_LIMIT = 32_000
TOTAL_LIMIT = 64_000
#: The scripts trafilatura's reader reads (its own XPath).
_ITS_SCRIPTS = etree.XPath('.//script[@type="application/ld+json" or @type="application/settings+json"]')
#: The type a hidden script carries for the call: one no reader takes for JSON-LD.
_HIDDEN = "application/x-archiver-unread"


@contextmanager
def within_budget(tree: HtmlElement) -> Iterator[int]:
    """Hide from trafilatura's JSON-LD reader, for the ``with`` block, the scripts of ``tree`` past the budget;
    gives how many were hidden, and sets each one's ``type`` back however the block ends."""
    hidden: list[tuple[HtmlElement, str]] = []
    total = 0
    for script in _ITS_SCRIPTS(tree):
        size = len(script.text or "")
        if size > SCRIPT_LIMIT or total + size > TOTAL_LIMIT:
            hidden.append((script, script.get("type") or ""))
            script.set("type", _HIDDEN)
        else:
            total += size
    try:
        yield len(hidden)
    finally:
        for script, kind in hidden:
            script.set("type", kind)
