"""Text from outside (a server, another tool's WARC) made safe to show on a terminal.

A reason phrase, a Content-Type, a URL, a title or a bad status line comes from whoever
answered; printed as it is, ``200 OK\\x1b[1A\\x1b[2K...`` could erase and rewrite the lines
above it, and a bidirectional override could show its words in another order. The one place
that rule lives, for the CLI's renderers and the capture's one-line errors alike.
"""

from __future__ import annotations

import re

#: Control characters (tab and line feed aside: the renderers' own layout) and the
#: bidirectional embeddings, overrides and isolates.
_UNSHOWABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def escaped(text: str) -> str:
    """``text`` with every character a terminal would act on written as its escape (``\\x1b``)."""
    return _UNSHOWABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)
