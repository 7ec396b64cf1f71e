"""Another program's SQLite database where the store's index or text index belongs.

Why: both indexes are derived, so an opening for writing makes their tables (``CREATE TABLE IF
NOT EXISTS``) and ``reindex`` replaces a file it finds damaged. Red team rvcli54 put a database
of the user's own (a table ``expenses``) at ``index.sqlite3``: ``archive`` and ``verify-quote``
made our tables inside it, silently (exit 0, no word on stderr), and ``reindex`` moved its
rebuilt text index over one at ``text-index.sqlite3``. A file that holds one of our tables is
ours (damaged, older or being made: the openings' own checks say which); one that holds none and
others is someone else's: refused in one line, every byte kept (nothing is overwritten or merged
silently, README).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

from archiver.errors import StoreError
from archiver.store.sqlite_read import connect_read_only


class ForeignDatabaseError(StoreError):
    """A SQLite database where the index or text index belongs holds tables of another program's
    and none of ours: it is not ours to replace, rebuild or write our tables into."""


def refuse_foreign_database(db: sqlite3.Connection, what: str, path: Path, ours: Iterable[str]) -> None:
    """Refuse, before any write (``PRAGMA journal_mode`` included), a database at ``path`` that
    holds tables but none of ``ours`` (names; one ending in ``*`` a prefix, for FTS5's shadow
    tables).

    Why: an opening for writing runs ``CREATE TABLE IF NOT EXISTS``, which made our tables inside
    a user's own database put there (red team rvcli54: ``archive`` and ``verify-quote`` did so
    silently, exit 0), and ``reindex`` replaces an index it finds damaged. A file that holds one of
    our tables is ours (damaged, older or being made: the openings' own checks say which); one that
    holds none and others is someone else's, and keeps every byte.

    Raises:
        ForeignDatabaseError: ``the index PATH is not an archiver index (it holds table(s) ...)``.
    """
    names = {str(r[0]) for r in db.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
    mine = set(ours)
    prefixes = tuple(p[:-1] for p in mine if p.endswith("*"))
    names = {n for n in names if not n.startswith("sqlite_")}
    if not names or any(n in mine or (prefixes and n.startswith(prefixes)) for n in names):
        return
    shown = ", ".join(sorted(names)[:5]) + (", ..." if len(names) > 5 else "")
    raise ForeignDatabaseError(f"{what} {path} is not an archiver {what.removeprefix('the ')} (it holds table(s) "
                               f"{shown} of another program): nothing was changed; move it out of the store, "
                               "then run 'archiver reindex' to rebuild it")


def refuse_foreign_file(path: Path, what: str, ours: Iterable[str]) -> None:
    """Before a rebuilt file is put in the place of ``path``: refuse, keeping every byte, a file
    there that is another program's database (:func:`refuse_foreign_database`). One that is empty,
    no database or damaged is derived and is replaced as before; so is ours."""
    try:
        if path.stat().st_size == 0:
            return
        db = connect_read_only(path, what=what)
    except (OSError, sqlite3.Error, StoreError):
        return
    try:
        refuse_foreign_database(db, what, path, ours)
    except sqlite3.Error:
        return  # not a database, or damaged: ours to replace
    finally:
        db.close()
