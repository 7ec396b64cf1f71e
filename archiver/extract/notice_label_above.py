"""A picture credit's label closing the caption's line above its credit ("San Francisco at dusk. Credit:" over "Jane
Doe/Getty Images"): the label is the credit's, and the notice is the two together, as the page prints it
(noticeleft56: notices-blind17's travel magazine, whose credit element follows the caption's "Credit:" on a line of
its own, was reported without its label).

Read only where both lines are a caption's and the credit below is reported whole, on its own line; the label is a
credit's or a picture's word in the cue lexicon's languages (EN DE FR ES IT PT RU) standing alone after the caption's
last sentence, with its colon and nothing after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from archiver.core import lazy_re
from archiver.extract.model import Notice
from archiver.extract.page_lines import CTX_CAPTION

#: The label closing the line: the line's only words or after a sentence's stop, then its colon and nothing else.
_LABEL_CLOSING = lazy_re.compile(
    r"(^|(?<=[.!?)])\s+)(?P<label>((photo|image|picture)\s+)?credits?|crédits?(\s+photos?)?|crédito(\s+(foto|fotográfico))?|"
    r"credito(\s+fotografico)?|photos?|images?|fotos?|bild(er|quelle)?|bildnachweis|fotografía|fotografia|source|quelle|"
    r"fuente|fonte|фото|источник)\s*[:：]\s*$", re.IGNORECASE)


def label_above(lines: Sequence[str], contexts: Sequence[int], i: int, notice: Notice) -> Notice:
    """``notice``, the picture credit reported for line ``i``, with the credit's label that closes the caption's line
    above it in front (see the module's docstring); ``notice`` as it is otherwise."""
    if i == 0 or notice.kind != "image_credit" or notice.text != lines[i].strip():
        return notice
    if not contexts[i] & CTX_CAPTION or not contexts[i - 1] & CTX_CAPTION:
        return notice
    m = _LABEL_CLOSING.search(lines[i - 1])
    if m is None:
        return notice
    return Notice(notice.kind, f"{lines[i - 1][m.start('label'):].strip()} {notice.text}")
