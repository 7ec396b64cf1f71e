"""The files of a provenance log on disk, their durable writes, and the lock serialising writers.

Files (in ``<store>/provenance/``)::

    log.jsonl                      append-only, one RFC 8785 entry per line, '\\n'-terminated
    log.lock                       flock target serialising writers (processes and threads)
    log.pub                        the verifier key (vkey) of the log: what a user publishes
    checkpoint                     latest signed checkpoint (copy of the newest below)
    checkpoints/<size>.checkpoint  immutable signed checkpoints, one per size
    checkpoints/<size>.<kind>      time-anchor proofs (e.g. ``rfc3161.tsr``)
    recovered/<offset>.torn        bytes of a torn final line removed by a repair
    tree.json                      cache: Merkle compact range at the last checkpoint

Writers take an exclusive ``flock`` on ``log.lock`` (:func:`writer_lock`); readers take no lock.
The lock is advisory and ``flock`` is unreliable on NFS: keep stores on a local disk.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from archiver.core.store_lock import acquire
from archiver.errors import LockBusyError, ReadOnlyStoreError

#: One logger for every module of the provenance log (the name its messages have always had).
logger = logging.getLogger("archiver.provenance.log")

LOG_FILE = "log.jsonl"
LOCK_FILE = "log.lock"
PUB_FILE = "log.pub"
LATEST_FILE = "checkpoint"
CHECKPOINT_DIR = "checkpoints"
RECOVERED_DIR = "recovered"
TREE_STATE_FILE = "tree.json"

_thread_locks: dict[str, threading.Lock] = {}
_thread_locks_guard = threading.Lock()


def _thread_lock(path: Path) -> threading.Lock:
    # flock already excludes threads (each call opens its own file description); this lock
    # just keeps threads of one process queueing in Python rather than in the kernel.
    with _thread_locks_guard:
        return _thread_locks.setdefault(os.path.abspath(path), threading.Lock())


@contextlib.contextmanager
def writer_lock(directory: Path, *, within: float | None = None) -> Iterator[None]:
    """Hold the exclusive writer lock of the log in ``directory`` (``log.lock``), waiting for it
    ``within`` seconds at most (None: as long as another writer holds it).

    Raises:
        ReadOnlyStoreError: the lock file cannot be opened (a read-only store).
        LockBusyError: another process (or thread) still held it ``within`` seconds later.
    """
    tlock = _thread_lock(directory)
    started = time.monotonic()
    if not tlock.acquire(timeout=-1 if within is None else within):
        raise LockBusyError(f"another thread of this process held this store's provenance log for {within:g} s")
    try:
        try:
            fd = os.open(directory / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:  # a read-only store: nothing can be appended or signed
            raise ReadOnlyStoreError(
                f"cannot lock the provenance log in {directory} ({exc.strerror}): the store is read-only, "
                "nothing can be appended or signed; copy it somewhere writable"
            ) from exc
        try:
            left = None if within is None else max(0.0, within - (time.monotonic() - started))
            acquire(fd, True, what="this store's provenance log", within=left, path=directory / LOCK_FILE)
            yield
        finally:
            os.close(fd)  # closing releases the flock
    finally:
        tlock.release()
