"""Text from outside (a server, another tool's WARC, a page's metadata) made safe to show.

A reason phrase, a Content-Type, a URL, a title or a bad status line comes from whoever
answered; printed as it is, ``200 OK\\x1b[1A\\x1b[2K...`` could erase and rewrite the lines
above it, and a bidirectional override could show its words in another order. The one place
that rule lives, for the CLI's renderers and the capture's one-line errors alike
(:func:`escaped`), and for documents others read, such as citations (:func:`confined`,
:func:`shown_url`): there a page's title may hold right-to-left text, so its controls are kept
but cannot reach past the value, where they would reorder the capture id and digest after it.
"""

from __future__ import annotations

import re

from archiver.core import lazy_re

#: Control characters (tab and line feed aside: the renderers' own layout) and the
#: bidirectional embeddings, overrides and isolates.
_UNSHOWABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
#: Controls that open a bidi level closed by PDF (embeddings LRE/RLE, overrides LRO/RLO) ...
_EMBEDDINGS = "\u202a\u202b\u202d\u202e"
_PDF = "\u202c"
#: ... and those closed by PDI (isolates LRI/RLI/FSI).
_ISOLATES = "\u2066\u2067\u2068"
_PDI = "\u2069"
#: Control characters that are not whitespace (whitespace is made one space).
_CONTROLS = lazy_re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")
#: Characters a URL shows percent-encoded: whitespace, controls, bidi controls and marks.
_URL_HIDDEN = lazy_re.compile("[\x00-\x20\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def escaped(text: str) -> str:
    """``text`` with every character a terminal would act on written as its escape (``\\x1b``)."""
    return _UNSHOWABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def escaped_line(text: str) -> str:
    """:func:`escaped`, with line breaks escaped too: one value that cannot start a line of its own
    (a zip member named "x\\nVERIFIED" would otherwise print a verdict line of its own)."""
    return escaped(text).replace("\n", "\\n")


def confined(text: str) -> str:
    """``text`` as one line that cannot change how anything after it is shown.

    Whitespace runs (line breaks too) become one space and other control characters are
    dropped; every bidi embedding, override or isolate the text opens is closed at its end
    (as UAX #9 pairs them), and a closer with nothing to close is dropped, so the text is shown
    as its page showed it and the next value as it is.
    """
    out: list[str] = []
    stack: list[str] = []
    for ch in " ".join(_CONTROLS.sub("", text).split()):
        if ch in _EMBEDDINGS or ch in _ISOLATES:
            stack.append(ch)
        elif ch == _PDF:
            if not stack or stack[-1] in _ISOLATES:
                continue  # closes nothing here (inside an isolate it may not close what is outside)
            stack.pop()
        elif ch == _PDI:
            if not any(c in _ISOLATES for c in stack):
                continue
            while stack.pop() not in _ISOLATES:  # a PDI closes the embeddings inside its isolate too
                pass
        out.append(ch)
    out += [_PDI if c in _ISOLATES else _PDF for c in reversed(stack)]
    return "".join(out)


def shown_url(url: str) -> str:
    """``url`` with whitespace, control and bidi characters percent-encoded (the same address,
    as a browser's address bar shows it), so no character of it is invisible or reorders others."""
    return _URL_HIDDEN.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode("utf-8")), url)
