"""The capture index: derived, rebuildable, behind a small interface.

Everything here can be rebuilt from the WARC files plus the provenance log
(``archiver reindex``), so losing ``index.sqlite3`` loses nothing. The embedded default is
SQLite in WAL mode; each write is one transaction (the store's lock, ``store.lock``, keeps a
``reindex`` apart from committers: :mod:`archiver.core.store_lock`). A PostgreSQL implementation
would satisfy the same :class:`CaptureIndex` protocol.

Why one file of ~880 lines: the protocol and its one SQLite implementation (schema, writes,
look-ups and the integrity check a look-up that finds nothing runs, the rebuild's single
transaction) change together; split, each half would restate the schema the other reads.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, NamedTuple, Protocol

from archiver.core import json_text
from archiver.core.clock import CROCKFORD
from archiver.core.digests import sha256_label
from archiver.core.fsize import sqlite_limit_error
from archiver.core.resources import resource_error
from archiver.errors import ArchiverError, NewerStoreError, StoreError, UnknownCaptureError
from archiver.store.sqlite_damage import (
    DamagedIndexError,
    NamingConnection,
    damage_error,
    is_damage,
    journal_error,
    naming_damage,
    rows_named,
)
from archiver.store.sqlite_foreign import ForeignDatabaseError, refuse_foreign_database
from archiver.store.sqlite_read import connect_read_only, refuse_unheld_foreign_wal
from archiver.store.storage import read_only_hint, sqlite_first_pragmas

#: 2 added where each capture's and extraction's log entry lies in log.jsonl (``log_offset``,
#: ``log_length``); a schema 1 index is migrated when opened for writing (the columns are added,
#: empty: checks then find those entries by seq, and ``archiver reindex`` fills them), and read
#: as it is when opened read-only. 3 added each capture's URLs in one canonical form
#: (``url_key``, ``final_url_key``: :func:`archiver.capture.fetch.wire_uri`), which look-ups by URL
#: compare, so that a URL typed as an IRI and its RFC 3986 form find the same captures; a
#: schema 2 index gains them, filled, when opened for writing (``reindex`` writes them too), and
#: one opened read-only is searched by computing the form of each row's URLs as it is read.
#: The ``extraction_checks`` table (``archiver reextract``'s markers, :data:`_CHECKS_TABLE`) came
#: later under schema 3: made by the first mark; an index without it has no markers.
SCHEMA_VERSION = 3

#: The columns added after schema 1, by table (a migration adds whichever an index lacks).
LATER_COLUMNS = {"captures": ("log_offset", "log_length", "url_key", "final_url_key"),
                 "extractions": ("log_offset", "log_length")}
_COLUMN_TYPES = {"log_offset": "INTEGER", "log_length": "INTEGER", "url_key": "TEXT", "final_url_key": "TEXT"}

#: The extraction's bulky fields: kept in the WARC extraction record only (issue 14: the index
#: held a second copy of every text). A stored article without them carries TEXTS_IN_WARC.
TEXT_FIELDS = ("text", "page_text")
TEXTS_IN_WARC = "_texts_in_warc"

#: Reads the block of the record at (WARC name, offset): how the index gets texts back.
BlockReader = Callable[[str, int, int], tuple[str, bytes]]

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS captures (
    capture_id TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    final_url TEXT NOT NULL,
    status INTEGER,
    reason TEXT,
    content_type TEXT,
    capture_time TEXT NOT NULL,
    warc TEXT NOT NULL,
    response_record_id TEXT NOT NULL,
    response_offset INTEGER NOT NULL,
    payload_digest TEXT,
    truncated INTEGER NOT NULL DEFAULT 0,
    origin TEXT NOT NULL DEFAULT 'captured',
    log_seq INTEGER,
    detail TEXT NOT NULL,
    log_offset INTEGER,
    log_length INTEGER,
    url_key TEXT,
    final_url_key TEXT
);
CREATE INDEX IF NOT EXISTS captures_url ON captures(url);
CREATE INDEX IF NOT EXISTS captures_final_url ON captures(final_url);
CREATE TABLE IF NOT EXISTS records (
    record_id TEXT PRIMARY KEY,
    capture_id TEXT NOT NULL,
    type TEXT NOT NULL,
    target_uri TEXT,
    warc TEXT NOT NULL,
    offset INTEGER NOT NULL,
    length INTEGER NOT NULL,
    block_digest TEXT,
    payload_digest TEXT
);
CREATE INDEX IF NOT EXISTS records_capture ON records(capture_id);
CREATE TABLE IF NOT EXISTS extractions (
    capture_id TEXT PRIMARY KEY,
    record_id TEXT,
    log_seq INTEGER,
    text_sha256 TEXT,
    article TEXT NOT NULL,
    log_offset INTEGER,
    log_length INTEGER
);
CREATE TABLE IF NOT EXISTS aliases (
    alias TEXT NOT NULL,
    capture_id TEXT NOT NULL,
    PRIMARY KEY (alias, capture_id)
);
CREATE TABLE IF NOT EXISTS foreign_records (
    record_id TEXT PRIMARY KEY,
    warc TEXT NOT NULL
);
"""

#: ``archiver reextract``'s markers (:meth:`SqliteIndex.mark_checked`): made by the first mark, not
#: by opening the index (opening one made before them for writing must change nothing), and
#: dropped by a rebuild (``reindex``).
_CHECKS_TABLE = """CREATE TABLE IF NOT EXISTS extraction_checks (
    capture_id TEXT PRIMARY KEY, log_seq INTEGER NOT NULL, extractor TEXT NOT NULL)"""

#: Created once the key columns exist (an older index gains them in :meth:`SqliteIndex._migrate`).
KEY_INDEXES = """
CREATE INDEX IF NOT EXISTS captures_url_key ON captures(url_key);
CREATE INDEX IF NOT EXISTS captures_final_url_key ON captures(final_url_key);
"""

#: The SQL name of :func:`url_key` on every connection (fills the columns at migration, and
#: searches a read-only index made before them).
_KEY_FUNCTION = "archiver_url_key"


def url_key(url: str | None) -> str | None:
    """The form a capture's URL is looked up in: :func:`archiver.capture.fetch.wire_uri` (an IRI
    and its percent-encoded, punycode form are one key; so are two letter cases of a host or a
    URL with and without its fragment). Imported here, not at the top: reading the index must not
    load the HTTP stack until a URL is compared."""
    if url is None:
        return None
    from archiver.capture.fetch import wire_uri

    return wire_uri(url)


def _with_key_function(db: sqlite3.Connection) -> sqlite3.Connection:
    db.create_function(_KEY_FUNCTION, 1, url_key, deterministic=True)
    return db


#: The tables a look-up of a capture (by id, prefix, alias or URL) reads.
_CAPTURE_TABLES = ("captures", "aliases")

#: The tables :meth:`SqliteIndex.rebuild` empties and refills (all but ``meta``).
_TABLES = ("captures", "records", "extractions", "aliases", "foreign_records")


def _statements(script: str) -> list[str]:
    """The statements of one of our schema scripts (no ``;`` inside a statement), to run one by
    one inside a transaction."""
    return [part.strip() for part in script.split(";") if part.strip()]


class IdClashError(StoreError):
    """A capture id or WARC record id is already in the store: the write is refused.

    Ids are the names evidence is cited by; two captures (or records) under one name would
    make one of them unreachable, so a clash stops the write instead of replacing anything.
    """


class CaptureRow(NamedTuple):
    """One capture as the index knows it. ``detail`` holds the full JSON summary."""

    capture_id: str
    url: str
    final_url: str
    status: int | None
    reason: str | None
    content_type: str | None
    capture_time: str
    warc: str
    response_record_id: str
    response_offset: int
    payload_digest: str | None
    truncated: bool
    origin: str
    log_seq: int | None
    detail: dict[str, Any]
    #: Where the ``capture``/``import`` entry ``log_seq`` lies in log.jsonl (bytes, no newline);
    #: None in an index made before schema 2 until ``reindex``. Untrusted, like every cached
    #: fact: a check reads those bytes and confirms they are that entry's whole line.
    log_offset: int | None = None
    log_length: int | None = None


class IndexWriter(Protocol):
    """The index as committing a capture or an extraction writes it (:mod:`archiver.store.commit`,
    an import): the one statement of these two methods, which :class:`CaptureIndex` extends."""

    def add_capture(self, row: CaptureRow, records: list[dict[str, Any]],
                    extraction: dict[str, Any] | None = None) -> None: ...
    def add_extraction(self, capture_id: str, *, record_id: str | None, log_seq: int | None,
                       text_sha256: str | None, article: dict[str, Any],
                       log_place: tuple[int, int] | None = None) -> None: ...


class CaptureIndex(IndexWriter, Protocol):
    def resolve(self, prefix: str) -> str: ...
    def resolve_how(self, prefix: str) -> tuple[str, bool]: ...
    def get(self, capture_id: str) -> CaptureRow: ...
    def records(self, capture_id: str) -> list[dict[str, Any]]: ...
    def find_record(self, capture_id: str, match: Callable[[dict[str, Any]], bool]) -> dict[str, Any] | None: ...
    def extraction(self, capture_id: str) -> dict[str, Any] | None: ...
    def extraction_ids(self) -> set[str]: ...
    def extraction_digests(self) -> dict[str, str | None]: ...
    def list(self, *, url: str | None = None) -> list[CaptureRow]: ...
    def rebuild(self) -> contextlib.AbstractContextManager[None]: ...


def _open_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection to the index at ``path``; an empty in-memory index if there is none
    (a store whose captures all failed has no index file, and reading must not create one)."""
    db: sqlite3.Connection | None = None
    try:
        if not path.exists():
            return _empty_index()
        db = connect_read_only(path, what="the index", timeout=60, isolation_level=None,
                             check_same_thread=False, factory=NamingConnection)
        # (another program's database: said as reindex says it, not "damaged ... run reindex")
        refuse_foreign_database(db, "the index", path, _OUR_TABLES)
        _refuse_newer(db, path)
        if _being_made(db):  # (another process's first capture is making it: nothing in it yet)
            db.close()
            return _empty_index()
        db.execute("SELECT count(*) FROM captures").fetchone()
        naming_damage(db, "the index", path)
        return _with_key_function(db)
    except ForeignDatabaseError:
        assert db is not None
        db.close()
        raise
    except sqlite3.DatabaseError as exc:
        if (journal := journal_error(exc, "the index", path)) is not None:
            raise journal from exc
        _refuse_for_resource(exc, path)
        if is_damage(exc):  # (or a writer's checkpoint under this read's first pages: its connection says)
            found = damage_error(exc, "the index", path, db)
            if db is not None:
                db.close()
            raise found from exc
        raise StoreError(f"index {path} is unreadable ({exc}); run 'archiver reindex' to rebuild it") from exc


def _empty_index() -> sqlite3.Connection:
    """An empty index in memory: what a reader sees of an index not there yet."""
    db = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    db.executescript(SCHEMA + KEY_INDEXES)
    db.execute("INSERT INTO meta(key, value) VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
    return db


def _being_made(db: sqlite3.Connection) -> bool:
    """Whether the index file is one another process is making right now: no table yet, or
    ``meta`` without its schema row (:data:`SCHEMA`'s tables are made one committed statement at
    a time, ``meta`` first, the schema row once all are made; see :func:`_refuse_lost_tables`).
    A reader then saw "the index ... is damaged; run reindex" for the moment of a store's first
    capture; it reads an empty index, as before the file exists (no capture is in it yet)."""
    tables = {str(r[0]) for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not tables:
        return True
    return "meta" in tables and db.execute("SELECT 1 FROM meta WHERE key='schema'").fetchone() is None


def _refuse_newer(db: sqlite3.Connection, path: Path) -> None:
    """Refuse (and close) an index whose schema is newer than :data:`SCHEMA_VERSION`: a newer
    archiver made it, and this one would misread its columns, or (a writer) "migrate" it to its
    own older schema, marking it older than its columns are.

    Raises:
        NewerStoreError: the schema recorded in ``meta`` is a higher number than ours."""
    try:
        row = db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
    except sqlite3.OperationalError:  # no meta table: a new index (or not one: said later)
        return
    try:
        version = int(row[0]) if row is not None else 0
    except (TypeError, ValueError):
        return  # (not a number: the migration's column checks decide)
    if version > SCHEMA_VERSION:
        db.close()
        raise newer_schema_error("index", path, str(version), SCHEMA_VERSION)


#: Every table an index of ours has had (a database holding none of them is another program's).
_OUR_TABLES = ("meta", "captures", "records", "extractions", "aliases", "foreign_records", "extraction_checks")
OUR_TABLES = _OUR_TABLES  # (for the store's checks that do not open the index: ``Archive.write_cdxj``)

#: The tables every index has had since schema 1: one of them missing from an index that exists
#: (its ``meta`` table names a schema) is damage, not an index made before the table.
_FIRST_TABLES = ("captures", "records", "extractions")


def _refuse_lost_tables(db: sqlite3.Connection, path: Path) -> None:
    """Refuse an existing index that lost one of :data:`_FIRST_TABLES` (dropped by hand or by
    another program): opening it for writing would make the table again, empty, and a capture's
    extraction would read as never made ("no capture ... has extracted text") though the log
    holds it. Reading says the same (:mod:`archiver.store.sqlite_damage`); ``reindex`` rebuilds.

    An index another process is making at this moment is none of these: :data:`SCHEMA`'s tables
    are made one committed statement at a time, ``meta`` first, and the schema row is written
    once all are made. So an index is an existing one when its ``meta`` names a schema, or when
    it has one of those tables but no ``meta`` (lost too: no opener makes them in that order).

    Raises:
        DamagedIndexError: an existing index lacks one of those tables."""
    tables = {str(r[0]) for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    lost = [t for t in _FIRST_TABLES if t not in tables]
    if not lost:
        return
    if "meta" in tables:
        existing = db.execute("SELECT 1 FROM meta WHERE key='schema'").fetchone() is not None
    else:
        existing = len(lost) < len(_FIRST_TABLES)
    if existing:
        raise damage_error(sqlite3.OperationalError(f"no such table: {lost[0]}"), "the index", path)


def newer_schema_error(what: str, path: Path, version: str, known: int) -> NewerStoreError:
    """The one refusal of a store file (``what``: "index", "text index") whose schema this
    version does not know: a newer archiver made it. Not "run reindex": that would rebuild it at
    our older schema, marking the store older than what wrote it."""
    return NewerStoreError(f"the {what} {path} was made by a newer archiver ({what} schema {version}; this "
                           f"version knows up to {known}): nothing was read or changed; use that newer "
                           "archiver (or move the file away and run 'archiver reindex' to rebuild it)")


def refuse_newer_index(path: Path) -> None:
    """Refuse the index at ``path`` now if a newer archiver made it (see :func:`_refuse_newer`),
    reading it without changing any file; a missing or damaged one is left to its opening.

    Why: a command that adds captures opens the index only once it has something to write,
    after the page was fetched: the site was asked for a capture that could never be stored."""
    if not path.exists():
        return
    try:
        db = connect_read_only(path, what="the index", timeout=60, isolation_level=None)
    except sqlite3.DatabaseError:
        return
    try:
        _refuse_newer(db, path)
    except sqlite3.DatabaseError:
        pass  # (not a database: said by the opening, as before)
    finally:
        db.close()


def _refuse_for_resource(exc: BaseException, path: Path) -> None:
    """Raise :class:`~archiver.errors.ResourceError` when SQLite failed for want of disk space or
    open files (or a read-only file system): "unreadable, run reindex" would be wrong advice."""
    found = resource_error(exc, path.parent)
    if found is not None:
        raise found from exc


def _roll_back(db: sqlite3.Connection) -> None:
    """Roll back the transaction under way, if SQLite has not already: after an I/O error (a
    write stopped by a full disk or the file-size limit) it has, and a ROLLBACK then failed with
    "cannot rollback - no transaction is active", a traceback that hid the error itself."""
    if db.in_transaction:
        db.execute("ROLLBACK")


class SqliteIndex:
    """:class:`CaptureIndex` in one SQLite file."""

    def __init__(self, path: Path, *, read_only: bool = False, read_block: BlockReader | None = None,
                 lazy: bool = False) -> None:
        """Open (or create) the index; ``read_only`` opens it without creating or changing any
        file (see :mod:`archiver.store.sqlite_read`), and a missing one as empty; ``lazy`` reads a
        missing one as empty too, and makes its file at the first write (:meth:`_make`).

        With ``read_block`` (``(warc, offset, length) -> (record id, block)``) extractions are stored
        without their texts, which :meth:`extraction` reads back from the WARC record; without
        it (or in an index written before) the texts are stored in the index as well.
        """
        self.path = path
        self._read_block = read_block
        self._rebuilding = False
        #: table -> the index's :meth:`state` when :meth:`_require_intact` last found it intact
        self._intact_at: dict[str, tuple[int, int]] = {}
        #: no index file when opened ``lazy``: it reads as empty and is made at the first write
        #: (:meth:`_make`), or opened once another process made it
        self._unmade = False
        if read_only or (lazy and not Path(path).exists()):
            self._unmade = not read_only
            self._db = _open_read_only(Path(path))
            self._db.row_factory = sqlite3.Row
            self._keyed = self._has_columns("captures", ("url_key", "final_url_key"))
            return
        self._open_for_writing()

    @property
    def _db(self) -> sqlite3.Connection:
        """The connection; an index opened for writing with no file yet opens the file once
        another process has made it (a reader in the meantime reads an empty index)."""
        if self._unmade and Path(self.path).exists():
            self._make()
        return self._conn

    @_db.setter
    def _db(self, db: sqlite3.Connection) -> None:
        self._conn = db

    def _make(self) -> None:
        """Open the index for writing, making its file if there is none yet.

        Why not at once: a writing command refused before its first write (an unknown capture
        id, a URL that is not one) made an empty ``index.sqlite3`` in a store without one (its
        captures all failed, or the index was deleted): a refused command left a file behind."""
        if self._unmade:
            self._unmade = False
            self._conn.close()
            self._open_for_writing()

    def _open_for_writing(self) -> None:
        """Open the file for writing (made if missing); a failed opening closes its connection at
        once, and SQLite removes the ``-wal`` and ``-shm`` it made with it (left open to the
        process's end, a refused command left them beside a damaged index)."""
        try:
            self._open_file_for_writing()
        except BaseException:
            if getattr(self, "_conn", None) is not None:
                self._conn.close()
            raise

    def _open_file_for_writing(self) -> None:
        path = self.path
        refuse_unheld_foreign_wal(Path(path), "the index")  # (before SQLite applies it, and checkpoints it in)
        try:
            self._db = _with_key_function(sqlite3.connect(path, timeout=60, isolation_level=None,
                                                          check_same_thread=False, factory=NamingConnection))
            refuse_foreign_database(self._db, "the index", Path(path), _OUR_TABLES)  # (before any write)
            sqlite_first_pragmas(self._db, ["PRAGMA journal_mode=WAL"])  # waits for another opener
            self._db.execute("PRAGMA busy_timeout=60000")
            self._db.execute("PRAGMA synchronous=NORMAL")
            _refuse_newer(self._db, Path(path))  # (before the schema's CREATEs: nothing written)
            _refuse_lost_tables(self._db, Path(path))  # (the CREATEs would make them again, empty)
            self._db.executescript(SCHEMA)
            if self._db.execute("SELECT 1 FROM meta WHERE key='schema'").fetchone() is None:  # (no write
                self._db.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('schema', ?)",  # lock
                                 (str(SCHEMA_VERSION),))  # to wait for while a reindex holds it)
            self._migrate()
            self._db.executescript(KEY_INDEXES)
        except (DamagedIndexError, ForeignDatabaseError):
            raise
        except sqlite3.DatabaseError as exc:
            if is_damage(exc):
                raise damage_error(exc, "the index", Path(path)) from exc
            limited = sqlite_limit_error(exc, "the index", Path(path))
            if limited is not None:  # (no damage: "run reindex" would fail the same way)
                raise limited from exc
            _refuse_for_resource(exc, Path(path))
            hint = read_only_hint(Path(path)) if isinstance(exc, sqlite3.OperationalError) else ""
            if hint:
                raise StoreError(f"cannot open the index {path} ({exc}){hint}") from exc
            raise StoreError(f"index {path} is unreadable ({exc}); run 'archiver reindex' to rebuild it") from exc
        self._db.row_factory = sqlite3.Row
        naming_damage(self._db, "the index", Path(path))
        self._keyed = True

    def _migrate(self) -> None:
        """Bring an older index to this schema: add the columns it lacks (:data:`LATER_COLUMNS`:
        the log places stay empty until ``reindex``; the URL keys are filled here, from the
        row's own URLs), in one transaction that checks again under the write lock (another
        process may have done it). The columns are looked for, not only the version: an index
        is a cache anyone may have touched, and a missing column must not turn every write into
        an error."""
        version = self._db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        if version == (str(SCHEMA_VERSION),) and all(self._has_columns(t, c) for t, c in LATER_COLUMNS.items()):
            return  # (read only: no write lock taken on every open)
        cur = self._db.cursor()
        cur.execute("BEGIN IMMEDIATE")
        try:
            for table, columns in LATER_COLUMNS.items():
                have = {r[1] for r in cur.execute(f"PRAGMA table_info({table})")}
                for column in columns:
                    if column not in have:
                        cur.execute(f"ALTER TABLE {table} ADD COLUMN {column} {_COLUMN_TYPES[column]}")
            cur.execute(f"UPDATE captures SET url_key={_KEY_FUNCTION}(url), final_url_key={_KEY_FUNCTION}(final_url) "
                        "WHERE url_key IS NULL OR final_url_key IS NULL")
            cur.execute("UPDATE meta SET value=? WHERE key='schema'", (str(SCHEMA_VERSION),))
            cur.execute("COMMIT")
        except BaseException:
            _roll_back(self._db)
            raise

    def _has_columns(self, table: str, columns: tuple[str, ...]) -> bool:
        have = {r[1] for r in self._db.execute(f"PRAGMA table_info({table})")}
        return set(columns) <= have

    def close(self) -> None:
        self._conn.close()

    def _tx(self, statements: list[tuple[str, tuple[Any, ...]]]) -> None:
        """Run ``statements`` as one transaction; inside :meth:`rebuild`, as one savepoint of
        its transaction (a refused insert undoes only its own capture).

        Raises:
            FileSizeLimitError: a write stopped at this process's file-size limit (nothing written).
        """
        self._make()
        cur = self._db.cursor()
        begin, commit, undo = (("SAVEPOINT write", "RELEASE write", "ROLLBACK TO write; RELEASE write")
                               if self._rebuilding else ("BEGIN IMMEDIATE", "COMMIT", "ROLLBACK"))
        try:
            cur.execute(begin)
            try:
                for sql, params in statements:
                    cur.execute(sql, params)
                cur.execute(commit)
            except BaseException:
                # SQLite may have rolled back on its own (an I/O error: a full disk, the file-size
                # limit): undoing again would raise "no transaction is active" over that error
                if self._db.in_transaction:
                    for statement in undo.split("; "):
                        cur.execute(statement)
                raise
        except sqlite3.OperationalError as exc:
            limited = sqlite_limit_error(exc, "the index", Path(self.path))
            if limited is not None:
                raise limited from exc
            raise

    @contextlib.contextmanager
    def rebuild(self) -> Iterator[None]:
        """Empty the index and refill it (the writes made inside) in *one* transaction: readers
        see the old index until the new one is whole (a reader reading a capture's row, then its
        records, around ``reindex``'s emptying said "the index disagrees with the log")."""
        self._make()
        cur = self._db.cursor()
        cur.execute("BEGIN IMMEDIATE")
        self._rebuilding = True
        try:
            # dropped and made again, not emptied: a table damaged by hand or by another program
            # (gone, other columns) is rebuilt too, as the whole file is when it is no database
            for table in _TABLES:
                cur.execute(f"DROP TABLE IF EXISTS {table}")
            cur.execute("DROP TABLE IF EXISTS extraction_checks")  # (marks only: the next run checks again)
            for statement in _statements(SCHEMA + KEY_INDEXES):  # (executescript would commit first)
                cur.execute(statement)
            yield
            cur.execute("COMMIT")
        except BaseException:
            _roll_back(self._db)
            raise
        finally:
            self._rebuilding = False

    def add_capture(self, row: CaptureRow, records: list[dict[str, Any]],
                    extraction: dict[str, Any] | None = None) -> None:
        """Insert one capture and its records in one transaction, with its extraction when given
        (``extraction``: :meth:`add_extraction`'s keyword arguments): a reader never sees the
        capture without the extraction its log entries list, which it would take for an index
        that disagrees with the log.

        Raises:
            IdClashError: the capture id or a record id is already in the index (nothing written).
        """
        stmts: list[tuple[str, tuple[Any, ...]]] = [(
            "INSERT INTO captures (capture_id, url, final_url, status, reason, content_type, capture_time, warc, "
            "response_record_id, response_offset, payload_digest, truncated, origin, log_seq, detail, log_offset, "
            "log_length, url_key, final_url_key) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (row.capture_id, row.url, row.final_url, row.status, row.reason, row.content_type,
             row.capture_time, row.warc, row.response_record_id, row.response_offset,
             row.payload_digest, int(row.truncated), row.origin, row.log_seq,
             json_text.dumps(row.detail, sort_keys=True), row.log_offset, row.log_length,
             url_key(row.url), url_key(row.final_url)),
        )]
        for rec in records:
            stmts.append((
                "INSERT INTO records VALUES (?,?,?,?,?,?,?,?,?)",
                (rec["record_id"], row.capture_id, rec["type"], rec.get("target_uri"), rec["warc"],
                 rec["offset"], rec["length"], rec.get("block_digest"), rec.get("payload_digest")),
            ))
        original = row.detail.get("original_capture_id")
        if original and original != row.capture_id:
            stmts.append(("INSERT OR IGNORE INTO aliases VALUES (?,?)", (original, row.capture_id)))
        if extraction is not None:
            stmts.append(self._extraction_insert(row.capture_id, **extraction))
        try:
            self._tx(stmts)
        except sqlite3.IntegrityError as exc:
            raise self._clash(row, records) from exc

    def _clash(self, row: CaptureRow, records: list[dict[str, Any]]) -> IdClashError:
        """Name the id that is already taken (the insert was rolled back)."""
        if self.has_capture(row.capture_id):
            return IdClashError(f"capture id {row.capture_id} is already in the store: refused "
                                "(nothing replaced)")
        taken = self.taken_record_ids(r["record_id"] for r in records)
        if not taken and self._db.execute("SELECT 1 FROM extractions WHERE capture_id=?",
                                          (row.capture_id,)).fetchone() is not None:
            return IdClashError(f"capture {row.capture_id} already has an extraction: refused (nothing replaced)")
        name = taken[0] if taken else "of a record listed twice"
        return IdClashError(f"WARC record id {name} (capture {row.capture_id}) is already in the store: "
                            "refused (nothing replaced)")

    def has_capture(self, capture_id: str) -> bool:
        return self._db.execute("SELECT 1 FROM captures WHERE capture_id=?", (capture_id,)).fetchone() is not None

    def taken_record_ids(self, record_ids: Iterable[str]) -> list[str]:
        """Which of ``record_ids`` the store already holds (in a capture or an imported file)."""
        out = []
        for rid in record_ids:
            if self._db.execute("SELECT 1 FROM records WHERE record_id=? UNION ALL "
                                "SELECT 1 FROM foreign_records WHERE record_id=? LIMIT 1",
                                (rid, rid)).fetchone() is not None:
                out.append(rid)
        return out

    def add_foreign_records(self, warc: str, record_ids: list[str]) -> None:
        """Remember the record ids of an imported file, so later imports cannot reuse them."""
        self._tx([("INSERT OR IGNORE INTO foreign_records VALUES (?,?)", (rid, warc)) for rid in record_ids])

    def add_extraction(self, capture_id: str, *, record_id: str | None, log_seq: int | None,
                       text_sha256: str | None, article: dict[str, Any],
                       log_place: tuple[int, int] | None = None) -> None:
        """Insert a capture's extraction (one per capture; a second one is refused).
        ``log_place``: (offset, length) of its ``extraction`` entry in log.jsonl."""
        try:
            self._tx([self._extraction_insert(capture_id, record_id=record_id, log_seq=log_seq,
                                              text_sha256=text_sha256, article=article, log_place=log_place)])
        except sqlite3.IntegrityError as exc:
            raise IdClashError(f"capture {capture_id} already has an extraction: refused "
                               "(nothing replaced)") from exc

    def _extraction_insert(self, capture_id: str, *, record_id: str | None, log_seq: int | None,
                           text_sha256: str | None, article: dict[str, Any],
                           log_place: tuple[int, int] | None = None) -> tuple[str, tuple[Any, ...]]:
        """The statement inserting a capture's extraction row (its texts left in the WARC record
        when the index reads them from there)."""
        stored = article
        if self._read_block is not None and record_id is not None:
            stored = {k: v for k, v in article.items() if k not in TEXT_FIELDS}
            stored[TEXTS_IN_WARC] = True
        return ("INSERT INTO extractions (capture_id, record_id, log_seq, text_sha256, article, log_offset, "
                "log_length) VALUES (?,?,?,?,?,?,?)",
                (capture_id, record_id, log_seq, text_sha256, json_text.dumps(stored, sort_keys=True),
                 *(log_place or (None, None))))

    def replace_extraction(self, capture_id: str, *, record: dict[str, Any], dropped: str | None,
                           log_seq: int, text_sha256: str | None, article: dict[str, Any],
                           log_place: tuple[int, int] | None = None) -> None:
        """Point a capture at a newer extraction (``archiver reextract``), in one transaction: its
        ``record`` joins the capture's records (``dropped``: the re-extraction record it replaces,
        which leaves them; a record the capture entry lists is never dropped) and its row replaces
        the extraction row (or becomes it: a capture whose extraction failed). The older extraction
        stays in the WARC file and the log."""
        stored = article
        if self._read_block is not None:
            stored = {k: v for k, v in article.items() if k not in TEXT_FIELDS}
            stored[TEXTS_IN_WARC] = True
        stmts: list[tuple[str, tuple[Any, ...]]] = []
        if dropped is not None:
            stmts.append(("DELETE FROM records WHERE record_id=? AND capture_id=?", (dropped, capture_id)))
        stmts.append(("INSERT INTO records VALUES (?,?,?,?,?,?,?,?,?)",
                      (record["record_id"], capture_id, record["type"], record.get("target_uri"), record["warc"],
                       record["offset"], record["length"], record.get("block_digest"), record.get("payload_digest"))))
        # (an upsert: a capture whose extraction failed when it was captured has no row yet)
        stmts.append(("INSERT OR REPLACE INTO extractions (capture_id, record_id, log_seq, text_sha256, article, "
                      "log_offset, log_length) VALUES (?,?,?,?,?,?,?)",
                      (capture_id, record["record_id"], log_seq, text_sha256, json_text.dumps(stored, sort_keys=True),
                       *(log_place or (None, None)))))
        self._tx(stmts)

    def mark_checked(self, capture_id: str, *, log_seq: int, extractor: str) -> None:
        """Remember that ``archiver reextract`` re-ran the extractor ``extractor`` (its versions,
        canonical JSON) on the capture whose newest extraction entry is ``log_seq`` and found no
        difference: ``--all-outdated`` passes it over while both still hold. A marker only (no
        log entry: nothing changed); ``reindex`` drops it (one more re-run), and a newer
        extraction entry or other extractor versions make it stale."""
        self._tx([(_CHECKS_TABLE, ()), ("INSERT OR REPLACE INTO extraction_checks (capture_id, log_seq, extractor) VALUES (?,?,?)",
                   (capture_id, log_seq, extractor))])

    def checked(self) -> dict[str, tuple[int, str]]:
        """Capture id -> (extraction entry seq, extractor versions) of each :meth:`mark_checked`
        marker ({} in an index made before markers were kept, opened read-only)."""
        try:
            rows = self._db.execute("SELECT capture_id, log_seq, extractor FROM extraction_checks").fetchall()
        except sqlite3.OperationalError as exc:
            if "no such table" not in str(exc):
                raise
            return {}  # never marked, or rebuilt since
        return {str(r[0]): (int(r[1]), str(r[2])) for r in rows}

    def resolve(self, prefix: str) -> str:
        return self.resolve_how(prefix)[0]

    def resolve_how(self, prefix: str) -> tuple[str, bool]:
        """(the full id of the capture ``prefix`` names, whether it was reached through the
        ``aliases`` table: an imported capture's id in the store it came from). The table is a
        cache like the rest of the index: the caller holds an alias to the logged
        ``original_capture_id`` before stating anything (:meth:`archiver.archive.Archive.resolve`)."""
        prefix = prefix.strip().lower()
        if not prefix or any(c not in CROCKFORD for c in prefix):
            raise UnknownCaptureError(f"{prefix!r} is not a capture id")
        rows = self._db.execute(
            "SELECT capture_id FROM captures WHERE capture_id >= ? AND capture_id < ? LIMIT 3",
            (prefix, prefix + "\x7f")).fetchall()
        aliased = not rows
        if aliased:
            rows = self._db.execute(  # an imported capture's id in the store it came from
                "SELECT DISTINCT capture_id FROM aliases WHERE alias >= ? AND alias < ? LIMIT 3",
                (prefix, prefix + "\x7f")).fetchall()
        if not rows:
            self._require_intact(_CAPTURE_TABLES)  # (a damaged index hides rows without failing a statement)
            raise UnknownCaptureError(f"no capture with id {prefix!r} (see 'archiver list')")
        if len(rows) > 1:
            raise UnknownCaptureError(
                f"capture id prefix {prefix!r} is ambiguous ({', '.join(r[0] for r in rows)}, ...): give more characters")
        return str(rows[0][0]), aliased

    def _row(self, r: sqlite3.Row) -> CaptureRow:
        place = (r["log_offset"], r["log_length"]) if len(r) > 15 else (None, None)  # schema 1: none
        return CaptureRow(
            capture_id=r["capture_id"], url=r["url"], final_url=r["final_url"], status=r["status"],
            reason=r["reason"], content_type=r["content_type"], capture_time=r["capture_time"],
            warc=r["warc"], response_record_id=r["response_record_id"],
            response_offset=r["response_offset"], payload_digest=r["payload_digest"],
            truncated=bool(r["truncated"]), origin=r["origin"], log_seq=r["log_seq"],
            detail=json.loads(r["detail"]), log_offset=place[0], log_length=place[1],
        )

    def get(self, capture_id: str) -> CaptureRow:
        r = self._db.execute("SELECT * FROM captures WHERE capture_id=?", (capture_id,)).fetchone()
        if r is None:
            self._require_intact(_CAPTURE_TABLES)
            raise UnknownCaptureError(f"no capture with id {capture_id!r}")
        return self._row(r)

    def _require_intact(self, tables: tuple[str, ...]) -> None:
        """Before a look-up's "nothing" is said: raise :class:`DamagedIndexError` when SQLite's
        integrity check of the ``tables`` the look-up read (with their indexes: ``captures`` and
        ``aliases`` for a capture, ``extractions`` for its extraction, ``records`` for one of its
        records) finds damage. A corrupt page can hide a row without failing any statement
        (an index entry whose key bytes changed still sorts in place: the look-up finds nothing
        and the table reads whole), which said "no capture with id ..." of a capture the store
        holds, or "has no extracted text" of one whose extraction it holds. Only on that path,
        and once per table and state of the index (:meth:`state`): about 17 ms of CPU for
        ``captures`` at 10,000 captures, a later miss at the same state 0.1 ms (``PRAGMA
        quick_check`` costs 33 ms for the whole file and does not compare an index with its
        table, which is the damage that hides a row)."""
        state = self.state()
        for table in tables:
            if self._intact_at.get(table) == state:
                continue
            try:
                found = [str(r[0]) for r in self._db.execute(f"PRAGMA integrity_check({table})").fetchall()]
            except sqlite3.OperationalError as exc:
                if "no such table" in str(exc) and table == "aliases":  # (an index made before aliases)
                    continue
                raise
            if found != ["ok"]:
                detail = "; ".join(line.replace("\n", " ").replace("*** in database main *** ", "")
                                   for line in found[:2]) + ("; ..." if len(found) > 2 else "")
                raise damage_error(sqlite3.DatabaseError(detail), "the index", Path(self.path))
            self._intact_at[table] = state

    def records(self, capture_id: str) -> list[dict[str, Any]]:
        rows = self._db.execute(
            "SELECT record_id, type, target_uri, warc, offset, length, block_digest, payload_digest "
            "FROM records WHERE capture_id=? ORDER BY warc, offset", (capture_id,)).fetchall()
        return [dict(r) for r in rows]

    def find_record(self, capture_id: str, match: Callable[[dict[str, Any]], bool]) -> dict[str, Any] | None:
        """The first of the capture's :meth:`records` that ``match`` accepts; None (a statement
        about the capture: "has no screenshot", "lists no record ...") only once the ``records``
        table and its indexes are intact, as for every look-up that finds nothing."""
        found = next((r for r in self.records(capture_id) if match(r)), None)
        if found is None:
            self._require_intact(("records",))
        return found

    def capture_ids(self) -> set[str]:
        """Every capture the index holds (held against the captures the log lists)."""
        with rows_named(self._db):
            return {r[0] for r in self._db.execute("SELECT capture_id FROM captures")}

    def meta_value(self, key: str) -> str | None:
        """The ``meta`` row ``key`` (e.g. :data:`archiver.store.log_position.META_KEY`); ``None``: none."""
        with rows_named(self._db):
            row = self._db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta_value(self, key: str, value: str | None, *, replacing: str | None, force: bool = False) -> bool:
        """Set (``None``: delete) the ``meta`` row ``key``, only if it still holds ``replacing``
        (``None``: no row) unless ``force``, in one transaction (inside :meth:`rebuild`, part of
        its); whether it was set (another writer may have moved it meanwhile)."""
        if force:
            stmt: tuple[str, tuple[Any, ...]] = (
                ("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value)) if value is not None
                else ("DELETE FROM meta WHERE key=?", (key,)))
        elif replacing is None and value is None:
            return False  # (no row, none wanted)
        elif replacing is None:
            stmt = ("INSERT INTO meta(key, value) SELECT ?, ? WHERE NOT EXISTS (SELECT 1 FROM meta WHERE key=?)",
                    (key, value, key))
        elif value is None:
            stmt = ("DELETE FROM meta WHERE key=? AND value=?", (key, replacing))
        else:
            stmt = ("UPDATE meta SET value=? WHERE key=? AND value=?", (value, key, replacing))
        before = self._db.total_changes
        self._tx([stmt])
        return self._db.total_changes > before

    def state(self) -> tuple[int, int]:
        """Changes to the index since this connection opened: its own writes and other
        connections' commits (``PRAGMA data_version``); equal: nothing changed in between."""
        return self._db.total_changes, int(self._db.execute("PRAGMA data_version").fetchone()[0])

    def extraction_ids(self) -> set[str]:
        """The captures that have an extraction: the texts the full-text index should hold."""
        with rows_named(self._db):
            return {r[0] for r in self._db.execute("SELECT capture_id FROM extractions")}

    def extraction_digests(self) -> dict[str, str | None]:
        """Each capture's extraction's ``text_sha256``: the texts the full-text index should hold."""
        with rows_named(self._db):
            return {r[0]: r[1] for r in self._db.execute("SELECT capture_id, text_sha256 FROM extractions")}

    def extraction(self, capture_id: str) -> dict[str, Any] | None:
        r = self._db.execute("SELECT * FROM extractions WHERE capture_id=?", (capture_id,)).fetchone()
        if r is None:  # ("no extracted text" is said of the capture: not of a damaged index)
            self._require_intact(("extractions",))
            return None
        article = json.loads(r["article"])
        read = None
        if article.pop(TEXTS_IN_WARC, False):
            # a text found in the row anyway is kept: the evidence check then says the index
            # disagrees with the archived extraction, as it did when every row held its text
            texts, read = self._texts(capture_id, r["record_id"])
            article = {**texts, **article}
        place = (r["log_offset"], r["log_length"]) if len(r) > 5 else (None, None)  # schema 1: none
        return {"record_id": r["record_id"], "log_seq": r["log_seq"], "log_offset": place[0],
                "log_length": place[1], "text_sha256": r["text_sha256"], "article": article,
                "read_from_warc": read}

    def _texts(self, capture_id: str, record_id: str) -> tuple[dict[str, Any], dict[str, Any] | None]:
        """The extraction's texts, read from its WARC record (where the index found it), and what
        was read: the record's place, id, block sha256 and parsed extraction, so that the evidence
        check of the same capture need not read, inflate and parse the record a second time.

        When the record cannot be read, the texts are empty and ``text_unavailable`` says why:
        the evidence check of the capture names the problem (missing or altered evidence)."""
        where = self._db.execute("SELECT warc, offset, length FROM records WHERE record_id=? AND capture_id=?",
                                 (record_id, capture_id)).fetchone()
        if where is None:
            self._require_intact(("records",))
        problem = f"the index lists no record {record_id} for capture {capture_id}"
        if where is not None and self._read_block is not None:
            try:
                found_id, block = self._read_block(where["warc"], where["offset"], where["length"])
                archived = json.loads(block)
                if found_id == record_id and isinstance(archived, dict):
                    read = {"warc": where["warc"], "offset": where["offset"], "record_id": found_id,
                            "block_sha256": sha256_label(block), "archived": archived}
                    return {k: archived.get(k) for k in TEXT_FIELDS}, read
                problem = f"{where['warc']}@{where['offset']} is not extraction record {record_id}"
            except (ArchiverError, OSError, ValueError) as exc:
                problem = exc.diagnostics() if isinstance(exc, ArchiverError) else str(exc)
        elif where is not None:
            problem = "this index was opened without access to the WARC files"
        return {**dict.fromkeys(TEXT_FIELDS, ""), "text_unavailable": problem}, None

    def list(self, *, url: str | None = None) -> list[CaptureRow]:
        """Every capture, newest first; with ``url``, those whose requested or final URL is that
        URL in any of its forms (compared as :func:`url_key`s: an IRI, its RFC 3986 form, another
        letter case of the host, with or without a fragment)."""
        if url is None:
            rows = self._db.execute("SELECT * FROM captures ORDER BY capture_id DESC").fetchall()
        else:
            key = url_key(url)
            where = ("url_key=? OR final_url_key=?" if self._keyed  # an index before schema 3, read-only:
                     else f"{_KEY_FUNCTION}(url)=? OR {_KEY_FUNCTION}(final_url)=?")  # each row's keys computed
            rows = self._db.execute(f"SELECT * FROM captures WHERE {where} ORDER BY capture_id DESC",
                                    (key, key)).fetchall()
            # The keys only find candidates: a row counts by its own URLs, which the evidence check
            # holds against the log (a key edited to another URL must not make a capture answer for it).
            rows = [r for r in rows if key in (url_key(r["url"]), url_key(r["final_url"]))]
            if not rows:
                self._require_intact(_CAPTURE_TABLES)
        return [self._row(r) for r in rows]

