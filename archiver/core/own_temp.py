"""Temporary folders named for the process that made them, so a killed process's are removed.

Why: ``export`` builds its bundle in a temporary folder beside the file the user named (copies
of the exported records, the index, the zip), on that file's file system so the finished zip is
renamed onto it whole. An error or Ctrl-C removes the folder; SIGKILL (the out-of-memory killer,
``kill -9``, a CI job's time limit) cannot be caught, and each such kill left its folder (named
``wacz-XXXXXXXX``, nothing in it saying whose it was) in the user's folder for good.

So the folder's name says which process made it:
``<prefix><boot>-<pidns>-<pid>-<start>-<random>``, where ``boot`` is the first 12 hex digits of
this boot's id (``/proc/sys/kernel/random/boot_id``), ``pidns`` the process's PID namespace
(the inode of ``/proc/self/ns/pid``), ``pid`` its id there and ``start`` its start time (clock
ticks after boot: with the pid, one process for good, as :mod:`archiver.capture.browser_procs`
knows Chromium's). :func:`make_folder` first removes, from the folder it makes one in, each
folder of that prefix it can prove is a dead process's (:func:`remove_dead`): the name has
exactly that form, the boot and the PID namespace are this process's (a folder on a shared disk
made by another machine, before a reboot, or in another container of this machine is never
taken: its process cannot be looked up from here), no process with that pid and start time
runs, and it is a real folder (not a link) of this user's. Anything else (the old ``wacz-`` names, the user's own folders) is left alone.

Without ``/proc`` (not Linux) no name carries an identity, and nothing is ever removed.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

logger = logging.getLogger(__name__)

#: The prefix of ``export``'s temporary folders.
EXPORT_PREFIX = "archiver-export-"


def _boot_id() -> str | None:
    try:
        with open("/proc/sys/kernel/random/boot_id", encoding="ascii") as fh:
            text = fh.read().strip().replace("-", "")
    except (OSError, ValueError):
        return None
    return text[:12] if re.fullmatch(r"[0-9a-f]{32}", text) else None


def _start_time(pid: int) -> int | None:
    """Process ``pid``'s start time (clock ticks after boot), None if there is no such process
    (or no ``/proc``)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return int(fh.read().rsplit(b")", 1)[1].split()[19])
    except (OSError, IndexError, ValueError):
        return None


def namespace() -> str | None:
    """``<boot>-<pidns>``: where a pid names one process (None without ``/proc``)."""
    boot = _boot_id()
    try:
        pidns = os.stat("/proc/self/ns/pid").st_ino
    except OSError:
        return None
    return None if boot is None else f"{boot}-{pidns}"


def _identity() -> str | None:
    """``<boot>-<pidns>-<pid>-<start>`` of this process, None without ``/proc``."""
    where, pid = namespace(), os.getpid()
    start = _start_time(pid)
    return None if where is None or start is None else f"{where}-{pid}-{start}"


@contextlib.contextmanager
def folder(parent: Path | None, *, prefix: str) -> Iterator[Path]:
    """:func:`make_folder`, removed with all it holds when the block ends (as
    :class:`tempfile.TemporaryDirectory` does; a SIGKILL's is left for :func:`remove_dead`)."""
    made = make_folder(parent, prefix=prefix)
    try:
        yield made
    finally:
        shutil.rmtree(made, ignore_errors=True)


def make_folder(parent: Path | None, *, prefix: str) -> Path:
    """A new private (0700) temporary folder in ``parent`` (None: the system's temporary folder),
    its name carrying this process's identity, once the folders there of dead processes made
    with this ``prefix`` are removed (:func:`remove_dead`).

    Raises:
        OSError: the folder cannot be made there.
    """
    where = Path(parent) if parent is not None else Path(tempfile.gettempdir())
    remove_dead(where, prefix=prefix)
    ident = _identity()
    return Path(tempfile.mkdtemp(prefix=f"{prefix}{ident}-" if ident else prefix, dir=where))


def remove_dead(parent: Path, *, prefix: str) -> list[str]:
    """Remove every folder in ``parent`` provably made by :func:`make_folder` with ``prefix``
    in a process of this boot that has since died (see the module docstring); the names removed.
    Never fails: a folder that cannot be read or removed is left (and named in the log)."""
    here = namespace()
    if here is None:
        return []
    pattern = re.compile(re.escape(prefix) + r"([0-9a-f]{12}-[0-9]+)-([0-9]+)-([0-9]+)-[A-Za-z0-9_]+")
    try:
        names = os.listdir(parent)
    except OSError:
        return []
    removed = []
    for name in names:
        match = pattern.fullmatch(name)
        if match is None or match.group(1) != here:
            continue
        if _start_time(int(match.group(2))) == int(match.group(3)):
            continue  # (its process still runs)
        path = Path(parent) / name
        try:
            info = os.lstat(path)
        except OSError:
            continue
        if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
            continue
        try:
            shutil.rmtree(path)  # (follows no link inside it)
        except OSError as exc:
            logger.info("cannot remove %s, left by a process that died: %s", path, exc)
            continue
        removed.append(name)
        logger.info("removed %s, left by a process that died before it could", path)
    return removed
