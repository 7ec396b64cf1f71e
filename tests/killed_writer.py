"""A writing ``archiver`` process killed (SIGKILL) at a point the test chooses: where it waits
for a write transaction the test holds on one of the store's SQLite files.

Tests of what a store looks like after a killed capture (log ahead of the index, rows only in a
``-wal``) all hold the writer the same way and must leave the same way whatever the body found:
the writer killed and reaped, the test's transaction rolled back and closed, so no process and no
lock outlives the test. One helper keeps that tail the same in each of them.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from cli import start_cli_process


@contextmanager
def writer_held_on(db: Path, *args: str, store: Path,
                   env: dict[str, str] | None = None) -> Iterator[subprocess.Popen[str]]:
    """``archiver ARGS`` started as a real process while the test holds a write transaction
    (``BEGIN IMMEDIATE``) on the SQLite file ``db``: the writer waits there (SQLite's busy wait)
    for as long as the body needs. When the body ends, the writer is SIGKILLed where it waits;
    then, however the body ended, the transaction is rolled back and closed and a writer still
    alive is killed and reaped. ``env`` is added to the writer's environment (a module's store
    built outside any test names its own key folder there)."""
    blocker = sqlite3.connect(db, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    writer = start_cli_process(*args, store=store, env=env)
    try:
        yield writer
        writer.send_signal(signal.SIGKILL)
        writer.communicate(timeout=60)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
        if writer.poll() is None:
            writer.kill()
            writer.communicate()
