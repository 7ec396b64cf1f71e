"""Words a page strikes through: shown, but withdrawn, so never vouched for as what the page says.

"The company will <del>not</del> pay for the repairs": a reader sees "not" struck through and reads that the company
will pay (a correction, a changed price, a retracted claim: ``<del>`` is text removed from the document, ``<s>`` text
no longer accurate, ``<strike>`` and ``text-decoration: line-through`` draw the same line). The archived text held
"will not pay", so ``verify-quote`` answered ``exact`` for a statement the page withdrew, and ``altered`` for the
faithful "the company will pay" (lead54).

Struck-through elements are therefore read as the page's hidden words are (:func:`archiver.extract.unrendered.unrendered`
adds them): left out of the article text, kept in the page text with their spans named (``page_text_hidden``), so a
quote of them is located and answered ``altered``, never ``exact``. A browser capture's rendered text leaves them out
too (``archiver/capture/browser_page.py``).

What strikes through, as Chromium draws it: a ``<del>``, ``<s>`` or ``<strike>`` (the user agent's
``text-decoration: line-through``) unless the page's style gives it a decoration without ``line-through``
(``s{text-decoration:none}``, as embedded posts style their "@" and "#"), and any element an inline style or a
``<style>`` rule for every screen gives ``text-decoration`` or ``text-decoration-line`` with ``line-through``
(:func:`archiver.extract.content_replaced.declared_values`: the page's cascade). A line drawn through an element
is drawn through everything in it (a descendant cannot take it off), so the element goes whole. Only an element
holding a letter or a digit is read: a struck "@" or "#" is no word to vouch for. Not read: a linked style sheet's
rules (a browser capture reads what Chromium drew), ``:hover`` and other states that vary.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from archiver.core import lazy_re
from archiver.extract.content_replaced import NOT_READ, declared_values

#: The elements the user agent's style sheet strikes through.
STRUCK_TAGS = ("del", "s", "strike")
_DECORATION = ("text-decoration", "text-decoration-line")
#: A style text or inline style that may set a decoration.
_MAY_DECORATE = lazy_re.compile(r"text-decoration", re.I)
#: Whether an inline style may set a decoration (one XPath in C).
_MAY_DECORATE_INLINE = etree.XPath("boolean(//@style[contains(translate(., 'DECORATION', 'decoration'), 'decoration')])")


def struck_through(root: Any, texts: list[tuple[str, bool]], quirks: bool = False) -> list[Any]:
    """The elements of ``root``'s page whose words are struck through and hold a letter or a digit (module
    docstring), by their tag, their inline style and the rules of ``texts``
    (:func:`~archiver.extract.style_texts.page_styles` of the page)."""
    tagged = list(root.iter(*STRUCK_TAGS))
    sheets = [text for text, every in texts if every and _MAY_DECORATE.search(text)]
    if not tagged and not sheets and not _MAY_DECORATE_INLINE(root):
        return []
    values = declared_values(root, sheets, _DECORATION, quirks)
    out = [el for el in tagged if ("line-through" in values[el] if el in values else True) and _has_words(el)]
    seen = set(out)
    for el, value in values.items():
        if ("line-through" in value and el not in seen and isinstance(el.tag, str) and el.tag not in NOT_READ
                and _has_words(el)):
            out.append(el)
    return out


def _has_words(el: Any) -> bool:
    """Whether ``el`` holds a letter or a digit."""
    return any(ch.isalnum() for piece in el.itertext() for ch in piece)


__all__ = ["STRUCK_TAGS", "struck_through"]
