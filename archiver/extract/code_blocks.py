"""The words of a page's code samples, which are never a notice.

A YAML line of a code sample ("image: mailhog/mailhog ports: # expose the HTTP service ...") was reported as a picture's
credit ("image:" reads as a credit's label), notices-blind23's first run (WikiTeq's MediaWiki guide). A ``<pre>`` or a
``<code>`` holds what a reader copies into a program, not what the page says about itself: a notice the detectors find
whose whole text stands inside one is dropped (:func:`in_code`). Read from the caller's tree before the page text
consumes it; a ``<pre>`` holding a whole plain-text article (a page of preformatted prose) is not read as code when it
is most of the page's text (:data:`_MOST`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

#: A code block holding more than this share of the page's text is the page itself, not a sample in it.
_MOST = 0.5


def code_texts(tree: Any) -> tuple[str, ...]:
    """The whitespace-collapsed texts of the page's ``<pre>`` and ``<code>`` blocks (outermost only).

    The page's whole text, which only a block's share of it needs (:data:`_MOST`), is collapsed only on a page that
    has such a block: most pages have none, and collapsing a 20 KB page's text cost ~0.15 ms of each extraction of the
    batch bench's page (issue 13)."""
    blocks = list(tree.iter("pre", "code"))
    if not blocks:
        return ()
    total = len(" ".join(str(tree.text_content()).split())) or 1
    out = []
    for el in blocks:
        if any(a.tag in ("pre", "code") for a in el.iterancestors()):
            continue
        text = " ".join(str(el.text_content()).split())
        if text and len(text) <= _MOST * total:
            out.append(text)
    return tuple(out)


def in_code(text: str, codes: tuple[str, ...], lines: Sequence[str] = ()) -> bool:
    """Whether ``text`` (a notice's, whitespace collapsed) stands whole inside one of ``codes`` and nowhere else: when the
    page's visible ``lines`` hold it more often than the code samples do, the page also says it outside them (a blog's
    "Copy as Markdown" block repeating the whole post, its "Disclaimer: This blog was created in collaboration with ..."
    among it: notices-blind28's first run lost the disclaimer the page prints above the post)."""
    return InCode(codes, lines)(text)


class InCode:
    """:func:`in_code` asked of one page's notices: its ``codes`` and visible ``lines`` held, the lines collapsed at
    most once (at the first notice a code sample holds), not again for each such notice.

    Why: the check collapsed the whitespace of every line of the page for each notice found inside a code sample (a
    guide repeating its disclaimers in a "Copy as Markdown" block read the page once per notice; issue 13)."""

    __slots__ = ("_collapsed", "codes", "lines")

    def __init__(self, codes: tuple[str, ...], lines: Sequence[str] = ()) -> None:
        self.codes = codes
        self.lines = lines
        self._collapsed: list[str] | None = None

    def __call__(self, text: str) -> bool:
        """``in_code(text, codes, lines)``."""
        folded = " ".join(text.split())
        if not folded:
            return False
        inside = sum(code.count(folded) for code in self.codes)
        if not inside:
            return False
        if self._collapsed is None:
            self._collapsed = [" ".join(line.split()) for line in self.lines]
        shown = sum(line.count(folded) for line in self._collapsed)
        return shown <= inside


__all__ = ["InCode", "code_texts", "in_code"]
