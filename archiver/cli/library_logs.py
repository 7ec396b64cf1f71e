"""Other libraries' log lines: shown with ``-v`` (escaped), never on their own.

Without a handler anywhere on a logger's way to the root, Python prints a record through its
last-resort handler, as it is: warcio, reading another tool's WARC, logs every target URI holding
a space ("Replacing spaces in invalid WARC-Target-URI: ..." with the file's URI, control
characters and all), so a file could write escape sequences to the terminal of whoever imports
or checks it, and the line came without ``-v`` though ``--help`` promises other libraries' lines
only with it. :func:`quiet_libraries` gives the root logger a handler that drops what reaches it
(our own warnings have their handler on the ``archiver`` logger; pypdf's recoverable-damage
warnings were kept off the same way, for pypdf alone, by ``extract/pdf.py``); :func:`show_libraries` is ``-v``'s
stderr handler, each line escaped for the terminal as every value from outside is
(:func:`archiver.core.shown.escaped`).
"""

from __future__ import annotations

import logging
import sys

FORMAT = "%(levelname)s %(name)s: %(message)s"


class _Dropped(logging.NullHandler):
    """The root logger's handler without ``-v``: a record reaching it is not shown."""


class _Escaped(logging.Formatter):
    """``-v``'s lines with every character a terminal would act on escaped (line breaks kept)."""

    def format(self, record: logging.LogRecord) -> str:
        from archiver.core.shown import escaped

        return escaped(super().format(record))


def quiet_libraries() -> None:
    """Keep other libraries' records off stderr (once: a second call adds nothing)."""
    root = logging.getLogger()
    if not any(isinstance(h, _Dropped) for h in root.handlers):
        root.addHandler(_Dropped())


def show_libraries() -> None:
    """``-v``: every record that reaches the root logger on stderr, escaped (``logging.basicConfig``,
    which adds nothing where the root logger has a handler already)."""
    root = logging.getLogger()
    for dropped in [h for h in root.handlers if isinstance(h, _Dropped)]:
        root.removeHandler(dropped)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_Escaped(FORMAT))
    logging.basicConfig(handlers=[handler])
