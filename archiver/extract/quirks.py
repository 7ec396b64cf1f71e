"""Whether a browser renders a page in quirks mode: what decides if ``.x`` matches ``class="X"``.

Why (rvsec69): in quirks mode class and id selectors match ASCII case-insensitively (Selectors Level 4, "case-
sensitivity"), so ``<style>.x{display:none}</style>`` hides ``<p class=X>`` in a page with no DOCTYPE, and Chromium
156 hides it (``bench/markup_structure_chromium.py``); style_rules matched case-sensitively and the words were
``exact``. Read from the page's source, as the HTML standard's "initial" insertion mode reads it: the parsed tree
keeps no reliable DOCTYPE (trafilatura's repair strips some, and a page parsed as a fragment has none).

Quirks mode: no DOCTYPE before the first element or text (comments and white space may precede it), a DOCTYPE
whose name is not ``html``, or one whose public or system identifier the standard lists as quirky (the HTML 2.0 to
4.0 and vendor DTDs; HTML 4.01 Transitional and Frameset with no system identifier). Limited-quirks and no-quirks
pages match case-sensitively.
"""

from __future__ import annotations

import re

from archiver.core import lazy_re

#: What may come before the DOCTYPE: a byte order mark, white space, comments (an unclosed one runs to the end),
#: and a processing instruction such as ``<?xml ...?>`` (a bogus comment to the HTML tokenizer).
_LEADING = lazy_re.compile(r"(?:\ufeff|[\t\n\x0c\r ]+|<!--.*?(?:-->|$)|<\?[^>]*>?)*", re.S)
#: A DOCTYPE: its name, then its public and system identifiers (quoted) when it has them.
_DOCTYPE = lazy_re.compile(r"<!doctype[\t\n\x0c\r ]*([^\t\n\x0c\r >]*)([^>]*)>?", re.I)
_PUBLIC = lazy_re.compile(r"""^[\t\n\x0c\r ]*public[\t\n\x0c\r ]*(["'])(.*?)\1(?:[\t\n\x0c\r ]*(["'])(.*?)\3)?""",
                          re.I | re.S)
_SYSTEM = lazy_re.compile(r"""^[\t\n\x0c\r ]*system[\t\n\x0c\r ]*(["'])(.*?)\1""", re.I | re.S)
#: The standard's quirky public identifiers (prefixes, lower case), and those quirky only with no system identifier.
_QUIRKY_PREFIXES = (
    "+//silmaril//dtd html pro v0r11 19970101//", "-//as//dtd html 3.0 aswedit + extensions//",
    "-//advasoft ltd//dtd html 3.0 aswedit + extensions//", "-//ietf//dtd html", "-//metrius//dtd metrius presentational//",
    "-//microsoft//dtd internet explorer", "-//netscape comm. corp.//dtd", "-//o'reilly and associates//dtd html",
    "-//softquad software//dtd hotmetal pro", "-//softquad//dtd hotmetal pro", "-//spyglass//dtd html 2.0 extended//",
    "-//sq//dtd html 2.0 hotmetal + extensions//", "-//sun microsystems corp.//dtd hotjava", "-//w3c//dtd html 3",
    "-//w3c//dtd html 4.0 frameset//", "-//w3c//dtd html 4.0 transitional//", "-//w3c//dtd html experimental",
    "-//w3c//dtd w3 html//", "-//w3o//dtd w3 html 3.0//", "-//webtechs//dtd mozilla html",
)
_QUIRKY_PUBLIC = ("-//w3o//dtd w3 html strict 3.0//en//", "-/w3c/dtd html 4.0 transitional/en", "html")
_QUIRKY_WITHOUT_SYSTEM = ("-//w3c//dtd html 4.01 frameset//", "-//w3c//dtd html 4.01 transitional//")
_QUIRKY_SYSTEM = "http://www.ibm.com/data/dtd/v11/ibmxhtml1-transitional.dtd"


def quirks_mode(page: str) -> bool:
    """Whether a browser renders the decoded ``page`` in quirks mode (module docstring)."""
    m = _DOCTYPE.match(page, _LEADING.match(page).end())  # type: ignore[union-attr]  # (it matches the empty string)
    if m is None:
        return True
    if m.group(1).lower() != "html":
        return True
    rest = m.group(2)
    public = _PUBLIC.match(rest)
    if public is not None:
        identifier, system = public.group(2).lower(), public.group(4)
    else:
        found = _SYSTEM.match(rest)
        identifier, system = None, found.group(2) if found is not None else None
    if system is not None and system.lower() == _QUIRKY_SYSTEM:
        return True
    if identifier is None:
        return False
    return (identifier in _QUIRKY_PUBLIC or identifier.startswith(_QUIRKY_PREFIXES)
            or (system is None and identifier.startswith(_QUIRKY_WITHOUT_SYSTEM)))
