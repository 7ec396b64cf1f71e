"""Read handles kept open between checks, never trusted past a change of the file's name.

An evidence check runs before every statement about a capture, so a process that answers many
(a manuscript check, a library caller, a server) would otherwise open the same log and WARC
files again for each answer; opening costs as much as the reading. Keeping a handle open is
only safe if it still reads the file the path names *now*: a WARC deleted or replaced after
it was opened must be reported missing or read anew, not vouched for from a stale handle. So
every :meth:`HeldFiles.get` looks the path up again (``os.stat``: a few microseconds) and
compares the device and inode with the held handle's; a deleted path raises
``FileNotFoundError`` exactly as a fresh ``open`` would, and anything but a regular file there
(a FIFO, whose plain ``open`` would wait for a writer for good) ``NotRegularFileError``. Bytes are always read afresh through
the handle, so a file changed in place is read as it is now.
"""

from __future__ import annotations

import os
from collections import OrderedDict
from typing import BinaryIO

from archiver.core.files import open_regular, require_regular


class HeldFiles:
    """Binary read handles by path, at most ``limit`` open (least recently used closed first)."""

    def __init__(self, limit: int = 16) -> None:
        self.limit = limit
        self._held: OrderedDict[str, tuple[BinaryIO, tuple[int, int]]] = OrderedDict()

    def get(self, path: str) -> BinaryIO:
        """An open handle on the file ``path`` names now.

        Raises:
            FileNotFoundError: the path names no file (deleted since it was opened, too).
            OSError: it cannot be opened.
        """
        return self.get_sized(path)[0]

    def get_sized(self, path: str) -> tuple[BinaryIO, int]:
        """:meth:`get`, and the file's size as the same ``stat`` gave it (no second system call
        for a reader that needs it, as the held log reader does before each check)."""
        st = require_regular(path)  # (a FIFO in its place: refused here, never opened to wait on)
        held = self._held.get(path)
        if held is not None:
            handle, ident = held
            if ident == (st.st_dev, st.st_ino):
                self._held.move_to_end(path)
                return handle, st.st_size
            self._drop(path)
        handle = open_regular(path)  # closed by close() or when evicted
        opened = os.fstat(handle.fileno())
        self._held[path] = (handle, (opened.st_dev, opened.st_ino))
        while len(self._held) > self.limit:
            self._drop(next(iter(self._held)))
        return handle, opened.st_size

    def _drop(self, path: str) -> None:
        handle, _ = self._held.pop(path)
        handle.close()

    def close(self) -> None:
        """Close every held handle (the owner's ``close``)."""
        while self._held:
            self._drop(next(iter(self._held)))


__all__ = ["HeldFiles"]
