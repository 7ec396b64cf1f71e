"""Headings of boxes after a story that name someone other than its writer: "About the company", "About the book",
"Related authors", "More from our writers", "Weitere Autoren" ... in EN, DE, FR, ES, IT and PT.

Why: round b18auth read a writer from a card after the story ("Jane Roe" / "Author" / "Jane is ..."; "Jane Roe" /
"Jane Roe is the CEO of ...") by its label and bio alone. The same card under a company's, a reviewed book's or a
list of other writers' heading names the company's founder, the book's author or another writer (review rva58:
"About the company" / "Hugo Boss" / "Hugo Boss is a German fashion house ..."; "Related authors" / "Lena Brandt" /
"Author" / "Lena is a travel writer ..."). An author box's own heading ("About the author", "About Alexa",
:func:`~archiver.extract.author_box.author_box_heading`) is not one of these.

Why a module of its own: both readers of such cards (``author_box`` and ``headline_name_line``) ask it; it is a list of
other boxes' headings, apart from author_box's reading of the writer's own box, one function a test can call.
"""

from __future__ import annotations

import re

from archiver.core import lazy_re

# "About <anything but the author>" and the lists of other writers, a heading's few words (folded, no accents asked).
_OTHER_BOX = lazy_re.compile(
    r"^(?:about|über|uber|à\s+propos|a\s+propos|sobre|informazioni|chi\s+è|acerca\s+de|quem\s+é)\s+"
    r"(?:de\s+|du\s+|su\s+|sull['’]|sulla\s+|dell['’]|della\s+|do\s+|da\s+)?"
    r"(?:the\s+|this\s+|our\s+|die\s+|das\s+|den\s+|le\s+|la\s+|les\s+|l['’]|el\s+|los\s+|las\s+|o\s+|a\s+|os\s+|"
    r"as\s+|il\s+|lo\s+|gli\s+)?"
    r"(?:company|companies|firm|business|brand|book|books|product|organi[sz]ation|publisher|sponsor|partner|"
    r"unternehmen|firma|buch|marke|verlag|entreprise|société|livre|marque|éditeur|empresa|libro|marca|editorial|"
    r"azienda|società|editore|livro|editora|us\b|uns\b|nous\b|nosotros\b|nós\b|noi\b)"
    r"|^(?:related|other|more|similar|featured|our)\s+(?:authors|writers|contributors|experts)"
    r"|^more\s+from\s+(?:our|other)\s+(?:authors|writers|contributors)"
    r"|^(?:weitere|andere|ähnliche)\s+(?:autoren|autorinnen|autor\*innen)"
    r"|^(?:autres|d['’]autres)\s+(?:auteurs|autrices|contributeurs)|^auteurs\s+(?:associés|similaires)"
    r"|^(?:otros|más)\s+(?:autores|colaboradores)|^autores\s+relacionados"
    r"|^(?:altri|altre)\s+(?:autori|autrici|collaboratori)|^autori\s+correlati"
    r"|^(?:outros|mais)\s+(?:autores|colaboradores)",
    re.IGNORECASE)
#: A heading is a few words: a longer line is a sentence that happens to open so.
_HEADING_WORDS = 6


def other_box_heading(line: str) -> bool:
    """True when ``line`` heads a box after the story about someone or something other than the writer (see the
    module's docstring): a card under it names no writer of the story."""
    text = line.strip().rstrip(" :：")
    return 0 < len(text.split()) <= _HEADING_WORDS and _OTHER_BOX.match(text) is not None


__all__ = ["other_box_heading"]
