"""biblatex ``langid``: the babel/polyglossia name of a page's language, for a citation.

A ``langid`` biblatex does not know breaks the LaTeX run of the paper citing it, so only names
from this table are given, and none for a language it lacks.
"""

from __future__ import annotations

#: ISO 639-1 (and a few regional tags) -> the babel/polyglossia name biblatex's ``langid`` takes.
_BABEL = {"en": "english", "en-us": "american", "en-gb": "british", "de": "ngerman", "fr": "french",
          "es": "spanish", "pt": "portuguese", "pt-br": "brazilian", "it": "italian", "ru": "russian",
          "nl": "dutch", "pl": "polish", "sv": "swedish", "da": "danish", "fi": "finnish", "cs": "czech",
          "uk": "ukrainian", "tr": "turkish", "el": "greek", "ca": "catalan", "nb": "norsk", "no": "norsk"}


def babel_language(tag: str | None) -> str | None:
    """biblatex ``langid`` for a BCP 47 tag; None when unknown (a wrong name breaks LaTeX runs)."""
    if not tag:
        return None
    tag = tag.strip().lower().replace("_", "-")
    return _BABEL.get(tag) or _BABEL.get(tag.split("-")[0])
