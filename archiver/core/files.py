"""Reading and writing the user's own files: the one place their OS errors become ours.

A file named on the command line (a key, a proof, a URL list, a report to write) that cannot
be read or written is bad input: a :class:`~archiver.errors.UsageError` (exit 2) naming the
file and the reason, and nothing done. Callers decode the bytes with their format's decoder;
they do not catch ``OSError`` themselves. (The store's own files have their boundaries in
:mod:`archiver.store.storage`, :mod:`archiver.provenance.log` and
:mod:`archiver.provenance.keys`, where an OS error means something else: exit 1 or 3.)
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, TextIO, TypeVar

from archiver.core.durable import write_atomic
from archiver.core.limits import current, mib
from archiver.errors import NotRegularFileError, UsageError

T = TypeVar("T")


def _label(path: Path | str, what: str | None) -> str:
    return f"{what} {path}" if what else str(path)


def open_user_file(path: Path | str, what: str | None = None) -> BinaryIO:
    """A file the user named, open for reading, if it is a regular file.

    Why only a regular file: a FIFO blocks the command until something writes to it (for ever,
    in a script), and a device such as ``/dev/zero`` never ends, so reading it whole ended in a
    MemoryError. The file is opened without blocking, then checked, so a FIFO is refused at once.

    Raises:
        UsageError: it does not exist, is a folder, a FIFO, a device or a socket, or cannot be
            read (``cannot read <what> <path>: <reason>``).
    """
    label = _label(path, what)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as exc:
        raise UsageError(f"cannot read {label}: {exc.strerror or exc}") from exc
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        kind = "a folder" if stat.S_ISDIR(mode) else "not a regular file (a pipe, device or socket)"
        raise UsageError(f"cannot read {label}: it is {kind}")
    os.set_blocking(fd, True)
    return os.fdopen(fd, "rb")


def regular_descriptor(path: Path | str) -> int:
    """A descriptor of ``path`` opened read-only, if it is a regular file. The open never blocks
    (``O_NONBLOCK``: a FIFO's open waits for no writer) and the descriptor is left non-blocking;
    nothing is created, and nothing is opened for writing.

    Why one function: every reader of a store file that must not wait on a FIFO put there, nor
    read a device, opened and checked it this way, each with its own copy of the steps.

    Raises:
        NotRegularFileError: a FIFO, socket, device or folder there.
        OSError: it cannot be opened (``FileNotFoundError``: it is not there).
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotRegularFileError(errno.EISDIR, "not a regular file", str(path))
    except BaseException:
        os.close(fd)
        raise
    return fd


def ask_regular(path: Path | str, ask: Callable[[int], T], unknown: T) -> T:
    """``ask`` of a descriptor of ``path`` (:func:`regular_descriptor`), closed after it (with
    whatever lock ``ask`` took on it): a question asked of a store file without changing it (is
    a lock held on it?). ``unknown``, the caller's answer when it cannot be told, where the file
    cannot be opened, is no regular file, or ``ask`` raises an ``OSError``."""
    try:
        fd = regular_descriptor(path)
    except OSError:
        return unknown
    try:
        return ask(fd)
    except OSError:
        return unknown
    finally:
        os.close(fd)


def open_regular(path: Path | str) -> BinaryIO:
    """``path`` opened for reading, if it is a regular file; without ever blocking on the open
    (:func:`regular_descriptor`; the file object reads blocking, as any file).

    Raises:
        NotRegularFileError: a FIFO, socket, device or folder there (a FIFO is opened without
            waiting for a writer, then refused).
        OSError: it cannot be opened (``FileNotFoundError``: it is not there).
    """
    fd = regular_descriptor(path)
    try:
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def require_regular(path: Path | str) -> os.stat_result:
    """``os.stat(path)``, if it names a regular file (raises as :func:`open_regular`)."""
    st = os.stat(path)
    if not stat.S_ISREG(st.st_mode):
        raise NotRegularFileError(errno.EISDIR, "not a regular file", str(path))
    return st


def check_user_file(path: Path | str, what: str | None = None) -> None:
    """Refuse, before anything is done, a file the user named that another library reads later
    (a CA bundle): it must be a regular file (:func:`open_user_file`), or that read would block
    on a FIFO or never end on a device."""
    open_user_file(path, what).close()


def read_user_file(path: Path | str, what: str | None = None, *, limit: int | None = None) -> bytes:
    """The bytes of a file the user named: a regular file (:func:`open_user_file`) of at most
    ``limit`` bytes (default: the ``user_file_max_bytes`` limit of :mod:`archiver.core.limits`).

    Raises:
        UsageError: it does not exist, is no regular file, is over the limit, or cannot be read
            (``cannot read <what> <path>: <reason>``).
    """
    cap = current().user_file_max_bytes if limit is None else limit
    with open_user_file(path, what) as f:
        try:
            data = f.read(cap + 1)
        except OSError as exc:
            raise UsageError(f"cannot read {_label(path, what)}: {exc.strerror or exc}") from exc
    if len(data) > cap:
        raise UsageError(f"cannot read {_label(path, what)}: it is larger than the limit of {mib(cap)}")
    return data


def write_user_file(path: Path | str, data: bytes, what: str | None = None) -> None:
    """Write a file the user asked for (a proof, a report, a receipt), whole or not at all,
    through a temporary file of ours beside it (:func:`~archiver.core.durable.write_atomic`: a
    random name made anew, so a file or link the user has at ``<path>.part`` is neither followed,
    nor consumed, nor removed, as it was with that fixed name). Mode as any new file of the user's
    (``0o666`` less the umask).

    Raises:
        UsageError: a missing folder, no permission (``cannot write <what> <path>: <reason>``);
            nothing is left behind.
        ResourceError: a full disk or quota, no file descriptors, a read-only file system or the
            file-size limit (exit 3: the machine's state, not the path the user gave).
    """
    try:
        write_atomic(Path(path), data, mode=0o666, durable=False)
    except OSError as exc:
        raise _write_error(exc, path, what) from exc


def replace_user_file(tmp: Path, path: Path | str, what: str | None = None) -> None:
    """Move a finished temporary file onto the path the user named (atomic on one file system).

    Raises:
        UsageError: the destination cannot be written.
    """
    try:
        tmp.replace(path)
    except OSError as exc:
        raise _write_error(exc, path, what) from exc


def _write_error(exc: OSError, path: Path | str, what: str | None) -> Exception:
    """The error for a failed write of a user's file: the machine's resource (exit 3, see
    :mod:`archiver.core.resources`), else the path itself (UsageError, exit 2)."""
    from archiver.core.resources import resource_error

    found = resource_error(exc, Path(path).parent)
    if found is not None:
        return found
    return UsageError(f"cannot write {_label(path, what)}: {exc.strerror or exc}")


def read_user_stream(stream: TextIO | None, what: str) -> str:
    """All of a text stream the user gave (standard input as ``-``), at most the
    ``user_file_max_bytes`` limit of bytes, as a file they name is bounded, and decoded as one
    is: strictly UTF-8, from the stream's bytes (``sys.stdin`` decodes with the locale's codec
    and turns bytes it cannot decode into lone surrogates, which failed with a traceback in
    the index or the log, or vanished into "the quote is empty").

    Raises:
        UsageError: the stream is closed (``None``: ``<&-``), more than that limit
            (``<what> from standard input is over ... bytes``), or not UTF-8.
    """
    if stream is None:
        raise UsageError(f"{what} is to come from standard input, but standard input is closed; "
                         "give it a file or a pipe")
    cap = current().user_file_max_bytes
    binary: BinaryIO | None = getattr(stream, "buffer", None)
    if binary is not None:
        data = binary.read(cap + 1)
    else:  # a text stream with no bytes under it (a caller's StringIO)
        data = stream.read(cap + 1).encode("utf-8", "surrogatepass")
    if len(data) > cap:
        raise UsageError(f"{what} from standard input is over {cap:,} bytes "
                         "(ARCHIVER_LIMIT_USER_FILE_MAX_BYTES sets the limit)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UsageError(f"{what} from standard input is not UTF-8 (byte {exc.start}): "
                         "convert it first") from None
