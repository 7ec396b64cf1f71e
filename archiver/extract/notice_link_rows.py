"""A kind's label that is one of the page's links in a row of items set apart by bars ("© 2026 Example | Privacy
Policy | Affiliate Disclosure | Crafted by Studio X"): the link to the site's disclosure page, not the disclosure
(round b20notice, notices-blind20's footer row; "Affiliate Disclosure" as a link was a hard negative there).

The evidence is the DOM's, so it holds in every language: the notice's text opens on an item of the row that the page
sets as a short link (:func:`~archiver.extract.notice_headings.heading_texts`' ``sections``, the texts of its short
links), in a line of three items at least. The same words unlinked ("Sponsored | Example Tours"), or a disclosure that
says something after its label ("Affiliate disclosure: we earn a commission ..."), are read as before.
"""

from __future__ import annotations

from archiver.core import lazy_re

#: What sets a row's items apart: a bar, a middle dot or a bullet between spaces.
_BAR = lazy_re.compile(r"\s+[|·•]\s+")
#: The fewest items a row of links holds (two bars).
_ROW_ITEMS = 3


def linked_row_label(line: str, text: str, sections: frozenset[str]) -> bool:
    """Whether the notice ``text`` read on ``line`` opens on a short link of the page (one of ``sections``, folded as
    :func:`~archiver.extract.notice_headings.heading_key` folds) that is an item of a row of bar-separated items."""
    if not sections or len(_BAR.split(line)) < _ROW_ITEMS:
        return False
    first = _BAR.split(text, maxsplit=1)[0]
    return " ".join(first.split()).casefold() in sections
