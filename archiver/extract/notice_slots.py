"""Two readings of notices-blind17's first run that were no notice (round b17notice; bench/labels/README.md,
"notices-blind17"):

- a kind's bare label ("Sponsored", "Anzeige": a word or two, no sentence) in the middle of the story's text, not at
  its edges: the label of the promoted card or ad slot set into the story after it, not of the page (Class Central's
  grey "Sponsored" over a course card, between two of the guide's sections). Above the story, or as its first line, the
  same label still labels the page; after it, :func:`archiver.extract.notices._teaser_or_widget` reads it a widget's;
- a slash pair that is the whole text of one of the page's headings ("Country/region", a shop footer's region picker in
  a caption-classed ``<h2>``): a heading is a title, no "Name / Agency" credit, unless a part of it names an agency
  or a library ("Jane Doe/Reuters"), or a picture's label opens it ("<h5>Image: SiliconANGLE/ChatGPT</h5>" under a
  story, notices-blind31: the heading says what it is).
"""

from __future__ import annotations

import re

from archiver.core import lazy_re
from archiver.extract.notice_credit_forms import _AGENCY, _CREDIT_MARKER
from archiver.extract.notice_headings import heading_key

#: The most words of a bare label (as :data:`archiver.extract.notices._BARE_WORDS`).
_LABEL_WORDS = 2
_SENTENCE_END = lazy_re.compile(r"[.!?…:]\s*$")


def slot_label_in_story(line: str, position: str | None) -> bool:
    """Whether a sponsored candidate is a bare label in the middle of the story's text (see the module's docstring)."""
    return position == "main_middle" and len(line.split()) <= _LABEL_WORDS and not _SENTENCE_END.search(line)


#: A part of a slash pair that names an agency or a picture library.
_AGENCY_PART = lazy_re.compile(r"(^|/)\s*" + _AGENCY + r"\s*($|/)", re.IGNORECASE)


#: A picture's label opening a credit ("Image: ", "Photo credit: ", "Foto | ").
_LABELLED = lazy_re.compile(r"^\W{0,3}" + _CREDIT_MARKER + r"(\s+credits?)?\s*[:：|]", re.IGNORECASE)


def heading_slash_pair(line: str, text: str, headings: frozenset[str]) -> bool:
    """Whether a credit read from a line is a slash pair that is the whole of one of the page's headings, naming no
    agency and opening on no picture's label (see the module's docstring)."""
    return (bool(headings) and "/" in text and heading_key(text) == heading_key(line)
            and heading_key(line) in headings and not _AGENCY_PART.search(text) and not _LABELLED.match(text))
