"""Pictures and media in the parsed tree as a browser lays them out, whatever libxml2 nested.

Why: libxml2's HTML parser does not know ``<source>`` and ``<track>`` as void elements (HTML5's),
so it nests everything after one under it until its parent closes: a ``<picture>``'s ``<img>``
(``<picture><source><source><img></source></source></picture>``) and a ``<video>``'s or an
``<audio>``'s other sources, tracks and fallback content alike. A browser shows the ``<picture>``
(or the video, the audio's controls) where that element is, and never shows a video's or an
audio's fallback (the text and links for a browser that cannot play it). Every reader of the tree
that looks at what sits beside a picture, or at a paragraph's text, asks here instead of each
climbing out of ``<source>`` its own way (round 44's two readers of what is set under a picture
climbed out of ``<source>`` only, so small print under a ``<picture>`` was never read; the cited
links read a video's fallback as the paragraph's text):

- :func:`laid_out_as`: the element that stands for a picture (or any part of one) in the layout,
  whose siblings are what follows the picture (a caption set under it);
- :func:`pictures`: each picture of a tree once, as :func:`laid_out_as` gives it;
- :func:`shown_text`: an element's text without media fallback, as a browser shows it (the main
  text holds a paragraph with or without it: trafilatura mostly drops ``<video>`` and ``<audio>``,
  not always, so the cited links look a paragraph up both ways; their walk skips the anchors in
  a fallback by :data:`FALLBACK_HOLDERS`).
"""

from __future__ import annotations

from collections.abc import Iterator
from copy import deepcopy
from typing import Any

from lxml import etree

#: What a picture is in the tree: an image, a responsive picture, an AMP image, a video.
PICTURE_TAGS = ("img", "picture", "amp-img", "video")
#: The elements that hold a picture's or a medium's alternatives (``<source>``, ``<track>``, an
#: ``<img>``) and stand for them in the layout.
_HOLDERS = frozenset({"picture", "video", "audio"})
#: HTML5's void elements that libxml2 nests the rest of their parent under (see the module).
_NESTING = frozenset({"source", "track"})
#: The elements whose content a browser that plays them does not show (fallback).
FALLBACK_HOLDERS = frozenset({"video", "audio"})


def laid_out_as(el: Any) -> Any:
    """The element standing for ``el`` in the page's layout: ``el`` climbed out of the ``<source>``
    and ``<track>`` elements libxml2 nested it under and out of the ``<picture>``, ``<video>`` or
    ``<audio>`` holding it (an ``<img>`` of a ``<picture>``, a video's fallback image); ``el``
    itself when it is in none. Only through an unbroken chain of those: an image in a ``<div>`` of
    a video's fallback stays where it is."""
    node = el
    parent = node.getparent()
    while parent is not None and (parent.tag in _NESTING or parent.tag in _HOLDERS):
        node = parent
        parent = node.getparent()
    return node


def pictures(tree: Any) -> Iterator[Any]:
    """Each picture of ``tree`` (:data:`PICTURE_TAGS`) once, as laid out (:func:`laid_out_as`: a
    ``<picture>`` and its ``<img>`` are one picture), in document order; never an image of a
    video's or an audio's fallback, wherever in it (a browser that plays the medium shows none of
    it, so nothing beside such an image is a picture's caption), nor an audio player."""
    seen: set[Any] = set()
    for el in tree.iter(*PICTURE_TAGS):
        node = laid_out_as(el)
        if node in seen or node.tag == "audio" or (node.tag != "video" and _in_fallback(node)):
            continue
        seen.add(node)
        yield node


def _in_fallback(el: Any) -> bool:
    """Whether ``el`` stands inside a ``<video>``'s or an ``<audio>``'s content (its fallback)."""
    return any(a.tag in FALLBACK_HOLDERS for a in el.iterancestors())


def holds_fallback(el: Any) -> bool:
    """Whether ``el`` is or holds a ``<video>`` or an ``<audio>`` (one walk of its subtree, in C)."""
    return any(True for _ in el.iter(*FALLBACK_HOLDERS))


def shown_text(el: Any) -> str:
    """``el``'s text content without any ``<video>``'s or ``<audio>``'s fallback inside it (their
    tails kept: the text after the medium is shown). ``text_content()`` when it holds none; else
    read from a copy with them stripped (no recursion: a deep page cannot exhaust the stack)."""
    if not holds_fallback(el):
        return str(el.text_content())
    copy = deepcopy(el)
    etree.strip_elements(copy, *FALLBACK_HOLDERS, with_tail=False)
    return str(copy.xpath("string()"))


__all__ = ["FALLBACK_HOLDERS", "PICTURE_TAGS", "holds_fallback", "laid_out_as", "pictures", "shown_text"]
