"""The page's layout, as a reader sees it, put where trafilatura reads it: for its run only.

trafilatura reads some elements otherwise than any browser lays them out, and the archived text then held a
sequence of words no reader saw, or lost words a reader read:

* every ``<q>`` is inline (Chromium draws "The mayor said "the pier is safe" after the debate" on one line), but
  trafilatura turns it into its block ``quote`` element, as it does ``<blockquote>``, and its text broke the line
  before and after it ("said\\n\\nthe pier is safe\\n\\nafter the debate"): a faithful quote over it was only
  "approximate" (a German government page's "„<q>Wer optimal schützen will ...</q>", sagt Dr. Georg Schneider");
* a ``<time>``, ``<button>``, ``<label>``, ``<output>``, ``<marquee>``, ``<blink>`` or ``<map>`` trafilatura deletes
  with its words (its ``MANUALLY_CLEANED``: a ``<time>`` is mostly a dateline, a ``<button>`` a form's); inside a
  sentence ("The vote was held on <time>3 March</time> in the hall") that left "held on in the hall", which a quote
  could match exactly. Read as a ``<span>`` where words run into it and on after it;
* a block it deletes (``<nav>``, ``<aside>``, ``<footer>``, ``<figure>``, ``<form>``, ``<menu>``, ``<fieldset>``,
  ``<legend>``, ``<details>``, an open ``<dialog>``) with text after it in the same element: trafilatura dropped that
  text with the block on some pages (a magazine's paragraph after a ``<figure>``), and joined it to the line before
  on others. A line break is put after the block: the text after it is kept, on a line of its own (the block's words
  stay out, as before). Not read as part of a sentence it interrupts: a reader reads across a picture, an
  advertisement or a pull quote set in the middle of a paragraph ("the pier is [picture] safe" reads "the pier is
  safe"), so a quote across it is a quote across a line break, as before. A closed ``<details>`` (hidden, its summary
  a block of its own) gets the line break too.

Left: a ``<center>`` between two runs of a sentence is dropped by trafilatura with its words and the text after it
(words lost, the safe side); read as the ``<div>`` it is laid out as, it moved trafilatura's choice of paragraphs on a
benchmark page (a breadcrumb taken in), so it is left as it was.

Why for the run only: the page's style rules (``q::before``, ``time.gone``), the credit readers (a ``<cite>`` under
a quotation is its source, not a photo's) and the page text read the elements as they are in the caller's tree.
An element the page hides (``found``: :func:`archiver.extract.unrendered.unrendered`) is pruned whole, as before:
no reader sees it, and no line break either. The quotation marks Chromium draws around a ``<q>`` (its own style
sheet's ``open-quote``, unless the page's style removes them) are not written in: a style sheet we do not hold may
remove them, and a quote's quotation marks are compared as normalisation, never as words.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from archiver.core import lazy_re

#: Inline elements trafilatura deletes with their words, which a reader reads as part of the sentence they stand in.
_DROPPED_INLINE = ("time", "button", "label", "output", "marquee", "blink", "map")
#: Blocks trafilatura deletes: a reader sees the line broken around them.
_DROPPED_BLOCKS = ("nav", "aside", "footer", "figure", "form", "menu", "fieldset", "legend", "details", "dialog")

_SENTENCE_SIDE = lazy_re.compile(r"\w+[\s\u00a0]*\Z")
_SENTENCE_GOES_ON = lazy_re.compile(r"\A[\s\u00a0]*[,;:]?[\s\u00a0]*\w+\W+\w+")
_WORD = lazy_re.compile(r"\w")


class Layout:
    """What :func:`as_laid_out` changed in a tree, to be undone by :meth:`undo` once trafilatura has read it."""

    __slots__ = ("breaks", "renamed")

    def __init__(self, renamed: list[tuple[Any, str]], breaks: list[tuple[Any, Any]]) -> None:
        self.renamed = renamed
        self.breaks = breaks

    def undo(self) -> None:
        """Put the tree back as it was: each element's own name, each block's text after it."""
        for el, tag in self.renamed:
            el.tag = tag
        for block, br in self.breaks:
            block.tail = br.tail
            parent = br.getparent()
            if parent is not None:
                parent.remove(br)


def as_laid_out(tree: Any, found: Collection[Any]) -> Layout:
    """Change ``tree`` so that trafilatura reads it as laid out (module docstring); ``found`` are the elements the
    page hides (left as they are). Undo with :meth:`Layout.undo`."""
    hidden = set(found)
    renamed: list[tuple[Any, str]] = [(el, "q") for el in tree.iter("q")]
    renamed += [(el, str(el.tag)) for el in tree.iter(*_DROPPED_INLINE) if in_a_sentence(el)]
    for el, _ in renamed:
        el.tag = "span"
    breaks = []
    for block in tree.iter(*_DROPPED_BLOCKS):
        if not (block not in hidden or _closed_details(block)) or not block.tail or not _WORD.search(block.tail):
            continue
        br = block.makeelement("br", {})
        br.tail, block.tail = block.tail, None
        block.addnext(br)
        breaks.append((block, br))
    return Layout(renamed, breaks)


def _closed_details(el: Any) -> bool:
    """Whether ``el`` is a ``<details>`` hidden only for being closed: its summary still shows, a block of its own
    (the markup's hiding reads the summary as a label, and hides it with the rest: ``unrendered``)."""
    return el.tag == "details" and el.get("hidden") is None and "display" not in (el.get("style") or "").lower()


def in_a_sentence(el: Any) -> bool:
    """Whether words run into ``el`` and on after it (two words after it: "held on <time>3 March</time> in the hall"),
    not a dateline's or a form's words of their own ("Posted: <time>...</time>", "<time>" alone in a teaser)."""
    before, parent = el.getprevious(), el.getparent()
    if before is None:
        text = parent.text if parent is not None else None
    elif before.tail and not before.tail.isspace():
        text = before.tail
    else:  # (a <p> the block closed: "<p>the pier is <nav>not</nav> safe</p>" is parsed "<p>the pier is </p><nav>")
        text = before.text_content()[-40:] if before.tag == "p" else None
    return (text is not None and _SENTENCE_SIDE.search(text[-40:]) is not None
            and _SENTENCE_GOES_ON.match(el.tail or "") is not None)


__all__ = ["Layout", "as_laid_out", "in_a_sentence"]
