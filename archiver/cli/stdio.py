"""The ``archiver`` process's standard streams, made safe before a command runs.

What the shell hands a command may break the exit-code contract (conventions.md), so
:func:`guard_standard_streams` sets them up once, in :func:`archiver.cli.run` (never for an
in-process caller, whose streams are its own):

* A reader that goes away (``archiver log verify | head -c0``): the next write to stdout fails
  with EPIPE. Turning that into "exit 0" wherever it surfaced (as the CLI did) lost the
  verdict: an altered log, a quote not found, a capture that failed all exited 0, and the
  "error: ..." line on stderr was never written. Now a write that meets EPIPE points the
  descriptor at ``/dev/null`` and the command goes on to its own exit code and stderr lines
  (a reader that took what it wanted sees nothing more; the shell still sees the verdict).
  Stderr gets the same treatment (``2>&1 | head``): diagnostics nobody reads never change it.
  Any other failed write (``list >/dev/full``) is an error naming the stream, exit 3.
* A closed descriptor (``>&-``, ``<&-``, ``2>&-``): Python leaves ``sys.stdout`` (or stdin,
  stderr) ``None``, and the next file the command opens takes that number: a result printed
  "to stdout" would land in a database or WARC file of the store. Stdout closed is refused
  (:class:`StdoutClosed`, exit 2: a result nobody can read must not look like success);
  closed stdin and stderr get ``/dev/null`` on their number (stdin stays ``None``, so reading
  ``-`` is refused as "standard input is closed"; stderr's lines are then discarded).
"""

from __future__ import annotations

import io
import os
import select
import sys

from archiver.errors import UsageError


class StdoutClosed(UsageError):
    """Standard output is a closed descriptor: no result could be read, so nothing is done."""


def _is_open(fd: int) -> bool:
    try:
        os.fstat(fd)
    except OSError:
        return False
    return True


def _point_at_devnull(fd: int, flags: int) -> None:
    """Descriptor ``fd`` now reads or writes ``/dev/null`` (nothing in, everything discarded)."""
    null = os.open(os.devnull, flags)
    if null != fd:
        os.dup2(null, fd)
        os.close(null)


class _ReaderMayLeave(io.RawIOBase):
    """Descriptor ``fd`` written as is, except that EPIPE (the reader closed the pipe) points
    ``fd`` at ``/dev/null`` and counts the bytes as written: the rest of the command's output is
    discarded instead of failing the command."""

    def __init__(self, fd: int, name: str) -> None:
        super().__init__()
        self._fd = fd
        self._name = name

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._fd

    def isatty(self) -> bool:
        return os.isatty(self._fd)

    def write(self, b: object) -> int:
        data = memoryview(b)  # type: ignore[arg-type]  # (a bytes-like object, as io passes)
        try:
            while True:
                try:
                    return os.write(self._fd, data)
                except BlockingIOError:  # a non-blocking descriptor a parent handed us: wait
                    select.select([], [self._fd], [])
        except BrokenPipeError:
            _point_at_devnull(self._fd, os.O_WRONLY)
            return data.nbytes
        except OSError as exc:
            # (``list >/dev/full``): the error names the stream, not the store the CLI's catch
            # site would otherwise blame (core/resources.py names a file-less error's store);
            # what is still buffered goes to /dev/null, not into a second failure at exit
            _point_at_devnull(self._fd, os.O_WRONLY)
            raise OSError(exc.errno, exc.strerror, self._name) from None


def _tolerant(stream: io.TextIOWrapper, name: str) -> io.TextIOWrapper:
    """A text stream like ``stream`` (same descriptor, encoding, error handler, line
    buffering) whose writes survive the reader leaving (:class:`_ReaderMayLeave`)."""
    stream.flush()
    raw = _ReaderMayLeave(stream.fileno(), name)
    return io.TextIOWrapper(io.BufferedWriter(raw), encoding=stream.encoding, errors=stream.errors,
                            line_buffering=stream.line_buffering)


def guard_standard_streams() -> None:
    """Set up this process's standard streams as the module says, before the command runs.

    Raises:
        StdoutClosed: standard output is a closed descriptor.
    """
    if sys.stdin is None and not _is_open(0):
        _point_at_devnull(0, os.O_RDONLY)  # (sys.stdin stays None: "-" is refused as closed)
    if sys.stderr is None and not _is_open(2):
        _point_at_devnull(2, os.O_WRONLY)
        sys.stderr = io.TextIOWrapper(io.FileIO(2, "w", closefd=False), errors="backslashreplace",
                                      line_buffering=True)
    if sys.stdout is None:
        raise StdoutClosed("standard output is closed (>&-): the results would be lost; nothing was "
                           "done (send it to a file, or to /dev/null to discard it)")
    for attribute, name in (("stdout", "standard output"), ("stderr", "standard error")):
        stream = getattr(sys, attribute)
        if isinstance(stream, io.TextIOWrapper):
            setattr(sys, attribute, _tolerant(stream, name))
