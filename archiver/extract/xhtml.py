"""Whether an XHTML page (``application/xhtml+xml``) is shown as a page at all: a browser parses it as XML.

Chromium 156 parses an ``application/xhtml+xml`` body with its XML parser, and one that is not well-formed (a
``<br>`` left open, an entity no DTD defines, a second root element, an unclosed ``<p>``) is shown as its error
page: "This page contains the following errors", and beneath it a rendering of part of the tree, which leaves out
words the source holds before the error (the text of an element still open, all of what an open ``<br>`` swallowed)
and everything after it (``bench/markup_structure_chromium.py``, rvsec69). Extraction read such a page as HTML, as
libxml2's forgiving HTML parser repairs it, and every word of it was ``exact``. Which words of the part beneath the
error message a reader was shown depends on where Chromium's tree stopped; an evidence tool does not guess it: such
a page is ``not_shown`` (the safe side for the words before the error).

Well-formedness is judged by the standard library's expat over the text extraction decoded (so the decision is
the same whatever encoding the page was sent in). An entity reference with no definition is an error only where the
document has no DOCTYPE: Chromium resolves the XHTML entities (``&nbsp;``) under any DOCTYPE, and expat does not
report an undefined entity in a document whose external DTD it has not read.
"""

from __future__ import annotations

#: The type whose body a browser parses as XML and shows as a page (:data:`archiver.core.readable.HTML_TYPES`).
XHTML_TYPE = "application/xhtml+xml"


def well_formed(text: str) -> bool:
    """Whether ``text`` (a decoded XHTML document) is a well-formed XML document, as expat reads it.

    (expat is imported here: only an XHTML page asks, and its import, pyexpat's with it, cost ~0.7 ms of every
    ``archive URL`` of an HTML page: issue 13, task perf71.)"""
    from xml.parsers import expat

    parser = expat.ParserCreate("utf-8")  # (the text is decoded already: its XML declaration's encoding counts for nothing)
    try:
        parser.Parse(text.encode("utf-8", "replace"), True)
    except expat.ExpatError:
        return False
    return True
