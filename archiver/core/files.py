"""Reading and writing the user's own files: the one place their OS errors become ours.

A file named on the command line (a key, a proof, a URL list, a report to write) that cannot
be read or written is bad input: a :class:`~archiver.errors.UsageError` (exit 2) naming the
file and the reason, and nothing done. Callers decode the bytes with their format's decoder;
they do not catch ``OSError`` themselves. (The store's own files have their boundaries in
:mod:`archiver.store.storage`, :mod:`archiver.provenance.log` and
:mod:`archiver.provenance.keys`, where an OS error means something else: exit 1 or 3.)
"""

from __future__ import annotations

from pathlib import Path

from archiver.core.durable import write_atomic
from archiver.errors import UsageError


def _label(path: Path | str, what: str | None) -> str:
    return f"{what} {path}" if what else str(path)


def read_user_file(path: Path | str, what: str | None = None) -> bytes:
    """The bytes of a file the user named.

    Raises:
        UsageError: it does not exist, is a folder, or cannot be read (``cannot read <what> <path>: <reason>``).
    """
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read {_label(path, what)}: {exc.strerror or exc}") from exc


def write_user_file(path: Path | str, data: bytes, what: str | None = None) -> None:
    """Write a file the user asked for (a proof, a report, a receipt), whole or not at all,
    through a temporary file of ours beside it (:func:`~archiver.core.durable.write_atomic`: a
    random name made anew, so a file or link the user has at ``<path>.part`` is neither followed,
    nor consumed, nor removed, as it was with that fixed name). Mode as any new file of the user's
    (``0o666`` less the umask).

    Raises:
        UsageError: a missing folder, no permission, a full disk (``cannot write <what> <path>: <reason>``);
            nothing is left behind.
    """
    try:
        write_atomic(Path(path), data, mode=0o666, durable=False)
    except OSError as exc:
        raise UsageError(f"cannot write {_label(path, what)}: {exc.strerror or exc}") from exc


def replace_user_file(tmp: Path, path: Path | str, what: str | None = None) -> None:
    """Move a finished temporary file onto the path the user named (atomic on one file system).

    Raises:
        UsageError: the destination cannot be written.
    """
    try:
        tmp.replace(path)
    except OSError as exc:
        raise UsageError(f"cannot write {_label(path, what)}: {exc.strerror or exc}") from exc
