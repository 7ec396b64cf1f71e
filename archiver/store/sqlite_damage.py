"""A damaged index or text index names itself, whichever query meets the damage first.

Why: both SQLite files are derived (``archiver reindex`` rebuilds them from the WARC files and
the log), so damage in them is never lost evidence, only a rebuild to run. Their openings
check that each file is a database of a schema we read, but not every table's columns (that
would cost every command's start): a table dropped, recreated with other columns by hand or by
another program, or a page corrupted inside the file surfaced later as a traceback from
whichever query met it (``show``, ``cite``, ``history``, ``list``). Connections opened through
:func:`naming_damage` turn exactly those errors (:func:`is_damage`) into one
:class:`DamagedIndexError` naming the file and the command that rebuilds it, for every
statement and fetch, and the few loops over a cursor's rows hold them in :class:`rows_named`;
every other SQLite error (a lock, a full disk, a read-only file,
FTS5 query syntax) passes unchanged to the code that already handles it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Self

from archiver.core.files import open_regular
from archiver.errors import EXIT_INCOMPLETE, StoreError

#: Words of SQLite's messages that only a file whose tables are not the ones our schema made (or
#: whose pages are corrupt) gives: a missing table or column, a table of another width, a
#: malformed page, bytes that are not a database.
_DAMAGE_WORDS = ("no such table", "no such column", "has no column named", "values were supplied",
                 "malformed", "not a database")

_Params = Any  # (typeshed spells the parameter types out; they pass through unchanged)


def is_damage(exc: BaseException | None) -> bool:
    """Whether ``exc`` is SQLite saying the file is not what our schema made (see
    :data:`_DAMAGE_WORDS`), as opposed to a lock, a resource or our own query's syntax."""
    if not isinstance(exc, sqlite3.DatabaseError) or isinstance(exc, ReadOvertakenError):
        return False
    text = str(exc).lower()
    return any(word in text for word in _DAMAGE_WORDS)


class DamagedIndexError(StoreError, sqlite3.OperationalError):
    """The index or text index is damaged: a table or column is missing or of another shape, or
    a page is corrupt. Nothing was changed; ``archiver reindex`` rebuilds the file. Also an
    ``sqlite3.OperationalError`` with the original words in its message, so code that already
    tells a missing table apart (an index made before that table) goes on doing so."""

    #: SQLite's own words for the damage ("no such table: records"), without the file's name and
    #: the advice: what ``reindex`` itself says when it replaces the file.
    detail: str = ""


class ReadOvertakenError(StoreError, sqlite3.DatabaseError):
    """A read in place (:func:`archiver.store.sqlite_read.connect_read_only`: a ``-wal`` no process
    held, its WAL index in the reader's memory) met what SQLite calls damage after another process
    had checkpointed the file or rewritten its ``-wal`` under it: the reader then reads pages of
    another moment, not damage. Not an ``OperationalError`` (code that skips those, as an
    unparsable search piece, must not skip this). Exit 3 (conventions.md: a check not completed,
    not a problem found): nothing is wrong, the command run again completes."""

    exit_code = EXIT_INCOMPLETE


def damage_error(exc: sqlite3.DatabaseError, what: str, path: Path,
                 conn: sqlite3.Connection | None = None) -> DamagedIndexError | ReadOvertakenError:
    """:func:`_damage_error`, unless ``conn`` is a read in place that another process overtook
    (its ``overtaken``, set by :mod:`archiver.store.sqlite_read`): then that, and no damage."""
    overtaken = getattr(conn, "overtaken", None)
    if callable(overtaken) and overtaken():
        return ReadOvertakenError(f"{what} {path} was changed by another process while this command read it (a "
                                  "writer's checkpoint into the file, which this read, holding no lock on it, does not hold "
                                  "off): nothing is damaged and nothing was changed; run the command again")
    return _damage_error(exc, what, path)


def _damage_error(exc: sqlite3.DatabaseError, what: str, path: Path) -> DamagedIndexError:
    """The one message for damage in ``what`` ("the index", "the text index") at ``path``."""
    found = DamagedIndexError(f"{what} {path} is damaged ({exc}); run 'archiver reindex' to rebuild it")
    found.detail = str(exc)
    for attribute in ("sqlite_errorcode", "sqlite_errorname"):
        if hasattr(exc, attribute):
            setattr(found, attribute, getattr(exc, attribute))
    return found


class _NamingCursor(sqlite3.Cursor):
    """A cursor whose statements and fetches report damage as :class:`DamagedIndexError`.

    Not row by row: iterating the cursor stays SQLite's own loop (an override of ``__next__``
    cost 0.17 us a row, 60% of a plain iteration; a lost table or column is said when the
    statement is prepared, in ``execute``). A corrupt page met mid-iteration is named by the
    site that iterates, which holds its loop in :class:`rows_named` (one ``with`` per statement,
    nothing per row); one met where no site does reaches the CLI's catch site, which says it in
    one line naming both derived files (:func:`unnamed_damage`)."""

    def _named(self, exc: sqlite3.DatabaseError) -> BaseException:
        conn = self.connection
        where = conn.damage_name if isinstance(conn, NamingConnection) else None
        if where is None or not is_damage(exc) or isinstance(exc, DamagedIndexError):
            return exc
        return damage_error(exc, *where, conn)

    def execute(self, sql: str, parameters: _Params = (), /) -> Self:
        try:
            return super().execute(sql, parameters)
        except sqlite3.DatabaseError as exc:
            raise self._named(exc) from exc

    def executemany(self, sql: str, seq_of_parameters: Iterable[_Params], /) -> Self:
        try:
            return super().executemany(sql, seq_of_parameters)
        except sqlite3.DatabaseError as exc:
            raise self._named(exc) from exc

    def executescript(self, sql_script: str, /) -> sqlite3.Cursor:
        try:
            return super().executescript(sql_script)
        except sqlite3.DatabaseError as exc:
            raise self._named(exc) from exc

    def fetchone(self) -> Any:
        try:
            return super().fetchone()
        except sqlite3.DatabaseError as exc:
            raise self._named(exc) from exc

    def fetchmany(self, size: int | None = 1) -> list[Any]:
        try:
            return super().fetchmany(self.arraysize if size is None else size)
        except sqlite3.DatabaseError as exc:
            raise self._named(exc) from exc

    def fetchall(self) -> list[Any]:
        try:
            return super().fetchall()
        except sqlite3.DatabaseError as exc:
            raise self._named(exc) from exc


class NamingConnection(sqlite3.Connection):
    """A connection whose cursors (its own ``execute`` included) report damage by name once
    :attr:`damage_name` is set; None while the file is being opened, whose own checks say it."""

    damage_name: tuple[str, Path] | None = None

    def cursor(self, factory: Any = None) -> Any:  # (typeshed's overloads: one signature here)
        return super().cursor(factory or _NamingCursor)

    def execute(self, sql: str, parameters: _Params = (), /) -> sqlite3.Cursor:
        return self.cursor().execute(sql, parameters)  # type: ignore[no-any-return]

    def executemany(self, sql: str, parameters: Iterable[_Params], /) -> sqlite3.Cursor:
        return self.cursor().executemany(sql, parameters)  # type: ignore[no-any-return]

    def executescript(self, sql_script: str, /) -> sqlite3.Cursor:
        return self.cursor().executescript(sql_script)  # type: ignore[no-any-return]


class rows_named:  # noqa: N801 - used as a statement: ``with rows_named(db): for r in db.execute(...)``
    """A block that iterates ``db``'s cursors: damage met while their rows are read (a corrupt
    page reached mid-iteration, which no ``execute`` or ``fetch*`` sees) leaves it as
    :class:`DamagedIndexError` naming the file, as a statement's would (:func:`naming_damage`).

    Around the loop, not in it: entering and leaving cost about 0.6 us once per statement (a
    one-row look-up costs 4-5 us), each row nothing (the ``__next__`` override this replaces
    cost 0.17 us a row). Everything else passes. The sites: the index's id and digest scans
    (``capture_ids``, ``extraction_ids``, ``extraction_digests``) and the text index's scans and
    search reads (``doc_ids``, ``made_from``, its FTS row lists and stored bodies)."""

    __slots__ = ("db",)

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> sqlite3.Connection:
        return self.db

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: Any) -> None:
        if exc is None or isinstance(exc, DamagedIndexError) or not is_damage(exc):
            return
        where = self.db.damage_name if isinstance(self.db, NamingConnection) else None
        if where is not None:
            assert isinstance(exc, sqlite3.DatabaseError)  # (is_damage)
            raise damage_error(exc, *where, self.db) from exc


def unnamed_damage(exc: sqlite3.DatabaseError | BaseException, store: Path | None) -> DamagedIndexError:
    """The message for damage met where the file is not known (a corrupt page read while a
    cursor's rows were iterated): the store's two derived files, and ``reindex``."""
    where = f"{store}/" if store is not None else ""
    return DamagedIndexError(f"the index or text index ({where}index.sqlite3, {where}text-index.sqlite3) "
                             f"is damaged ({exc}); run 'archiver reindex' to rebuild them")


#: The first bytes of every rollback journal SQLite writes (its header's magic number).
_JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")


def journal_error(exc: BaseException, what: str, path: Path) -> DamagedIndexError | None:
    """The message for a rollback journal left beside ``what`` ("the index", "the text index") at
    ``path`` (its ``-journal`` file), when ``exc`` is SQLite refusing a read for it: a hot journal
    a read-only connection cannot roll back (``SQLITE_READONLY_ROLLBACK``); ``None`` otherwise.

    Why: it was said as a read-only file system (exit 3, "copy the store to a writable place"),
    which the store is not. A journal whose first bytes are SQLite's header holds the pages of a
    write that was interrupted: a writing command ('archiver reindex') rolls it back; any other
    is junk SQLite only removes (the code tells them apart by that header, not by what follows
    it). Exit 1, as any damage of the derived files; saying it changes nothing."""
    if not str(getattr(exc, "sqlite_errorname", "")).startswith("SQLITE_READONLY_ROLLBACK"):
        return None
    journal = path.with_name(path.name + "-journal")
    try:
        with open_regular(journal) as fh:
            head = fh.read(len(_JOURNAL_MAGIC))
    except OSError:
        return None
    if head == _JOURNAL_MAGIC:
        return DamagedIndexError(
            f"{what} {path} has a rollback journal beside it ({journal}) from a write that was "
            "interrupted, which a read cannot apply: nothing was changed; run 'archiver reindex' (its "
            "opening rolls the journal back), then the command again")
    return DamagedIndexError(
        f"{what} {path} has a file beside it ({journal}) that is not a rollback journal SQLite wrote "
        "(its header is not a journal's), which a read cannot get past: nothing was changed; remove "
        "that file (or run 'archiver reindex'), then run the command again")


def naming_damage(db: sqlite3.Connection, what: str, path: Path) -> None:
    """From now on, damage met by ``db`` (opened with ``factory=NamingConnection``) is reported
    as ``what`` at ``path`` (see :class:`DamagedIndexError`)."""
    if isinstance(db, NamingConnection):
        db.damage_name = (what, path)
