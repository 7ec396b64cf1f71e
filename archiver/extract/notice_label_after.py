"""A disclaimer's label after the closing sentence of a paragraph: "Contact us today and see what better HR
management looks like. Disclaimer: The information contained herein is not intended to be construed as legal
advice." (notices-blind18's Checkwriters page, round credit57: the label set in bold italics inside the story's last
paragraph, glued to its sentence, "...looks like.Disclaimer: ...").

Read as the line, the notice's label stood in its middle, so the model weighed a cue with no label and a story's
sentence before it, and nothing was reported. The part from the label on is the notice, read as a line of its own;
the sentence before it stays the story's. Only a label of the disclaimer kind (every language of
:data:`~archiver.extract.notice_cues.LABELS`), capitalised, right after a sentence's stop, the line's first such label: "He read the
disclaimer: nothing applied" holds no stop before it, and a disclaimer repeated on one line is read as before.

Why a module of its own: :func:`archiver.extract.notices.candidate` asks it before reading a line whole, and the
notices module is long.
"""

from __future__ import annotations

import re
from functools import lru_cache

from archiver.core import lazy_re
from archiver.extract import notice_cues


@lru_cache(maxsize=1)
def _any_label() -> re.Pattern[str]:
    """A disclaimer label and its colon anywhere, in any case."""
    words = "|".join(notice_cues.LABELS["disclaimer"].values())
    return lazy_re.compile(r"(?i:" + words + r")\s*[:：]")  # type: ignore[return-value]  # a lazy pattern answers as one


@lru_cache(maxsize=1)
def _label_after_stop() -> re.Pattern[str]:
    """A capitalised disclaimer label right after a sentence's stop (perhaps with no space), then its colon."""
    words = "|".join(notice_cues.LABELS["disclaimer"].values())
    return lazy_re.compile(r"(?<=[^\W\d_]{2}[.!?])\s*(?P<label>(?=[A-ZÀ-ÖØ-ÞА-ЯЁ\u4e00-\u9fff\u3040-\u30ff])(?i:" + words
                           + r"))\s*[:：]\s*(?=\S)")  # type: ignore[return-value]  # a lazy pattern answers as one


def label_after_sentence(line: str) -> str | None:
    """The line from a disclaimer's label set after its sentence's stop (see the module's docstring), or None."""
    if ":" not in line and "：" not in line:
        return None
    m = _label_after_stop().search(line)
    if m is None or _any_label().search(line, 0, m.start("label")):
        return None  # a line holding the label before (a disclaimer repeated, read as it was: its cue's sentence)
    return line[m.start("label"):]
