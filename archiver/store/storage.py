"""Where things live: the store layout and the WARC storage behind a small interface.

The embedded default is a local folder::

    <store>/
      README.md                 what this folder is (written on first use)
      warcs/                    archiver-<UTC time>-<pid>-<random>-<n>.warc.gz, one writer each
      index.sqlite3             derived: captures, records, extractions (``archiver reindex``)
      text-index.sqlite3        derived: full-text index for whole-archive quote search
      provenance/               the hash-chained log and its signed checkpoints

Large projects will keep WARCs in object storage; everything above the :class:`WarcStorage`
protocol only sees relative names like ``warcs/archiver-....warc.gz``, open-for-append and
open-for-read, so a different backend can be slotted in.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import sqlite3
import stat
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO, Protocol

from archiver.capture.warc import (
    RecordSpec,
    StoredRecord,
    WarcAppender,
    WrittenRecord,
    read_member,
    read_record,
    store_warc_name,
)
from archiver.core.files import open_regular
from archiver.core.fsize import os_limit_error
from archiver.core.resources import folder_refused
from archiver.errors import NoStoreError, StoreError, UsageError, WarcError
from archiver.store.warc_writing import create_held

DEFAULT_ROTATE_BYTES = 1024 * 1024 * 1024  # 1 GiB, like Heritrix/browsertrix defaults

STORE_README = """\
# archiver store

This folder is an archiver store. Do not edit files here by hand.

- `warcs/`: WARC/1.1 files (gzip per record). Each writing process appends to its own file,
  which starts with a `warcinfo` record; files are never rewritten once closed.
- `index.sqlite3`, `text-index.sqlite3`: derived indexes; `archiver reindex` rebuilds them
  from the WARC files and the provenance log.
- `provenance/`: the tamper-evident provenance log and its signed checkpoints
  (`archiver log verify`). The signing key is NOT here; it lives in your config directory.
"""


class WarcStorage(Protocol):
    """Storage for WARC files, addressed by names relative to the store root."""

    def new_file(self, name: str) -> tuple[str, BinaryIO]:
        """Create a new WARC file for exclusive appending; return its relative name and handle."""

    def open_read(self, name: str) -> BinaryIO:
        """Open an existing WARC file for reading."""

    def local_path(self, name: str) -> Path:
        """A local filesystem path for ``name`` (a backend may download to a cache)."""

    def names(self) -> list[str]:
        """Every WARC file, sorted by name (names sort by creation time)."""

    def read_record(self, name: str, offset: int) -> StoredRecord:
        """The record at ``offset`` of WARC file ``name``: how every place the log or the index
        names is read (a remote backend would fetch that byte range rather than the file)."""

    def read_block(self, name: str, offset: int, length: int) -> tuple[str, bytes]:
        """(record id, block) of the record of ``length`` bytes at ``offset`` of ``name``: the
        fast read of a place the index names (a quote look-up reads an extraction record so)."""


class LocalWarcStorage:
    """WARC files in ``<store>/warcs`` on the local filesystem."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.dir = root / "warcs"

    def new_file(self, name: str) -> tuple[str, BinaryIO]:
        self.dir.mkdir(parents=True, exist_ok=True)
        path = self.dir / name
        try:
            f = create_held(path)  # locked before its name appears (a live writer's file: warc_writing)
        except FileExistsError as exc:
            raise StoreError(f"WARC file {path} already exists; refusing to append to it") from exc
        except OSError as exc:  # read-only file system, no permission, disk full
            raise StoreError(f"cannot create WARC file {path}: {exc.strerror}") from exc
        return f"warcs/{name}", f

    def open_read(self, name: str) -> BinaryIO:
        try:
            return open_regular(self.local_path(name))
        except FileNotFoundError as exc:
            raise StoreError(f"WARC file {name} is missing from the store") from exc

    def local_path(self, name: str) -> Path:  # not resolved: a linked warcs/ is read through, as evidence does
        if not store_warc_name(name):  # (``..``, a folder part; commands that write refuse a linked warcs/)
            raise StoreError(f"WARC name {name!r} points outside the store's warcs/ folder")
        return Path(os.path.abspath(self.root)) / name

    def read_record(self, name: str, offset: int) -> StoredRecord:
        return read_record(self.local_path(name), offset)

    def read_block(self, name: str, offset: int, length: int) -> tuple[str, bytes]:
        path = self.local_path(name)
        try:
            f = open_regular(path)  # (not a FIFO's plain open, which would wait for a writer)
        except OSError:
            f = None  # the full reader names the problem
        if f is not None:
            with f:
                found = read_member(f.fileno(), offset, length)
            if found is not None:
                return found
        record = read_record(path, offset)  # another layout, or damage: the full reader decides
        return record.record_id, record.block

    def roll_back(self, name: str, size: int, *, remove: bool) -> None:
        """Undo a failed write to a closed WARC file this process created: cut it back to
        ``size`` bytes, or remove it when it holds no record but its warcinfo."""
        with contextlib.suppress(OSError):
            if remove:
                self.local_path(name).unlink()
            else:
                os.truncate(self.local_path(name), size)

    def names(self) -> list[str]:
        """Every WARC file of the store, sorted (the newest native one last).

        Read with ``os.scandir``, whose entries know their type from the directory listing:
        ``Path.is_file`` on each name cost a ``stat`` call per file, and a store gains a file
        per ``archive`` call, so every capture paid for all the earlier ones (~3 ms of one
        ``archive URL`` in a store of 100 files)."""
        if not self.dir.is_dir():
            return []
        with os.scandir(self.dir) as listing:
            return sorted(f"warcs/{e.name}" for e in listing
                          if e.name.endswith((".warc.gz", ".warc")) and e.is_file())


class WarcFileWriter:
    """This process's WARC output: one file at a time, rotated at a size limit.

    Each file begins with a ``warcinfo`` record made by ``warcinfo`` (a callable given the
    file name, returning the spec), so every file says which software and options wrote it.
    Thread-safe: a lock serialises whole batches, so one capture's records stay together.
    """

    def __init__(self, storage: WarcStorage, *, warcinfo: Callable[[str], RecordSpec],
                 clock_now: Callable[[], dt.datetime], token: str | None = None,
                 rotate_bytes: int = DEFAULT_ROTATE_BYTES) -> None:
        self.storage = storage
        self._warcinfo = warcinfo
        self._now = clock_now
        self.rotate_bytes = rotate_bytes
        self._lock = threading.Lock()
        self._token = token or f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self._serial = 0
        self._name: str | None = None
        self._file: BinaryIO | None = None
        self._appender: WarcAppender | None = None
        self._holds_records = False  # whether the current file has more than its warcinfo
        #: where each file's warcinfo landed (a capture's log entry names its file's: see
        #: :meth:`warcinfo_of`); one small entry per file this process wrote
        self._warcinfos: dict[str, WrittenRecord] = {}

    def _open_next(self) -> None:
        stamp = self._now().astimezone(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
        name = f"archiver-{stamp}-{self._token}-{self._serial:05d}.warc.gz"
        self._serial += 1
        self._name, self._file = self.storage.new_file(name)
        self._appender = WarcAppender(self._file)
        self._holds_records = False
        written = self._guarded_write([self._warcinfo(name)], start=0, sync=False)  # the first unit written syncs it
        self._warcinfos[self._name] = written[0]

    def warcinfo_of(self, name: str) -> WrittenRecord | None:
        """Where the ``warcinfo`` record opening file ``name`` (written by this writer) landed,
        with its digests: a capture's log entry lists it, so an edited warcinfo (the options and
        software the file claims) is caught as an edited record is. ``None``: not one of ours."""
        with self._lock:
            return self._warcinfos.get(name)

    def write(self, specs: list[RecordSpec], *, sync: bool = True) -> tuple[str, list[WrittenRecord]]:
        """Append ``specs`` as one unit (fsynced); return the file's name and where they landed.

        ``sync=False`` leaves the fsync to the next synced write of this writer (see
        :meth:`WarcAppender.write`); a file is fsynced before it is rotated or closed.

        A failed write (disk full, I/O error) leaves no part of the unit behind: the file is
        cut back to where the unit began, closed, and removed if it held nothing but its
        warcinfo; the caller gets a one-line :class:`StoreError`.
        """
        with self._lock:
            if self._appender is not None and self._appender.tell() >= self.rotate_bytes:
                self._close_current()
            if self._appender is None:
                self._open_next()
            assert self._appender is not None and self._name is not None
            name = self._name
            written = self._guarded_write(specs, start=self._appender.tell(), sync=sync)
            self._holds_records = True
            return name, written

    def _guarded_write(self, specs: list[RecordSpec], *, start: int, sync: bool = True) -> list[WrittenRecord]:
        assert self._appender is not None and self._name is not None
        try:
            return self._appender.write(specs, sync=sync)
        except OSError as exc:
            name = self._name
            self._abandon(start)
            limited = os_limit_error(exc, "the WARC file", Path(name))
            if limited is not None:  # (exit 3 naming the limit, as the index says it)
                raise limited from exc
            reason = exc.strerror or str(exc)
            if exc.errno == errno.ENOSPC:
                reason += " (disk full: free some space and run the command again)"
            raise StoreError(f"cannot write to WARC file {name}: {reason}; nothing of this write was kept") from exc

    def _abandon(self, start: int) -> None:
        """Cut the current file back to ``start`` and close it; drop it if it holds no record."""
        name, f, keep = self._name, self._file, self._holds_records
        self._file = None
        self._appender = None
        self._name = None
        if f is not None:
            with contextlib.suppress(OSError, ValueError):
                f.close()  # its failed buffer may be flushed (or fail again) here: cut after
        roll_back = getattr(self.storage, "roll_back", None)
        if name is not None and roll_back is not None:
            roll_back(name, start, remove=not keep)

    def _close_current(self) -> None:
        if self._appender is not None:
            self._appender.sync()  # records written unsynced are on disk before the file is left
        if self._file is not None:
            self._file.close()
        self._file = None
        self._appender = None
        self._name = None

    def close(self) -> None:
        with self._lock:
            self._close_current()


def read_only_hint(path: Path) -> str:
    """A hint for an SQLite file that cannot be opened: its folder may be read-only (SQLite in WAL
    mode writes beside the database even to read it)."""
    if os.access(path.parent, os.W_OK):
        return ""
    return "; the store folder is read-only: archiver needs to write its index files, copy the store somewhere writable"


#: What makes a folder an archiver store: any of these (an empty folder, or one holding only
#: the README a store starts with, is not one).
STORE_MARKERS = ("provenance/log.jsonl", "index.sqlite3", "warcs")
#: The warcinfo field naming the provenance log a native WARC file belongs to.
LOG_ORIGIN_FIELD = "archiver-log-origin"
#: Native WARC files (written by this store's own processes) are named so; imports are not.
NATIVE_WARC_PREFIX = "archiver-"


def is_store(root: Path) -> bool:
    """Whether ``root`` holds an archiver store (a log, an index or WARC files)."""
    return Path(root).is_dir() and any((Path(root) / m).exists() for m in STORE_MARKERS)


def refuse_link_loop(root: Path) -> None:
    """Refuse (exit 2) a store path that is, or passes through, a loop of symbolic links: what
    it is said plainly, where making it said "File exists" and reading it "no archiver store"."""
    try:
        os.stat(root)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise UsageError(f"store path {root} is a loop of symbolic links (it never reaches a folder); "
                             "give --store a real folder") from None


def require_store(root: Path) -> None:
    """For commands that must not create a store: a path without one is bad input (exit 2).

    A mistyped ``--store`` must say so, not answer "no captures yet" from a new empty store.
    """
    root = Path(root)
    refuse_link_loop(root)
    if root.exists() and not root.is_dir():
        raise UsageError(f"store path {root} is not a directory")
    if not is_store(root):
        raise NoStoreError(f"no archiver store at {root} (nothing created; check --store or "
                           "ARCHIVER_STORE; `archiver archive URL` creates a store)")


#: How long opening an SQLite file of the store waits for another process's lock before failing.
SQLITE_LOCK_WAIT_SECONDS = 60


def sqlite_first_pragmas(db: sqlite3.Connection, pragmas: Sequence[str]) -> None:
    """Run a new connection's file-setting ``pragmas`` (journal mode, auto-vacuum), waiting while
    another process holds the file's write lock.

    On a file not yet in WAL mode (a brand-new index) these pragmas start as a read that then
    asks for the write lock, and SQLite refuses a reader's request to write at once ("database
    is locked"), without the busy timeout, to rule out deadlocks: a process opening a new store
    while another one was setting the same file up failed at once (several ``archiver``
    processes, or a batch's workers, opening one new store). The pragmas are idempotent and
    hold no lock when refused, so they are tried again until the other process is done.
    """
    deadline = time.monotonic() + SQLITE_LOCK_WAIT_SECONDS
    while True:
        try:
            for pragma in pragmas:
                db.execute(pragma)
            return
        except sqlite3.OperationalError as exc:
            if exc.sqlite_errorcode & 0xFF != sqlite3.SQLITE_BUSY or time.monotonic() > deadline:
                raise
            time.sleep(0.005)


def check_store_path(root: Path) -> None:
    """Every refusal :func:`ensure_store` makes, made without creating anything (a creating
    command opens the store so, and makes it only at its first write: a command refused before
    that leaves nothing behind): a loop of links, a file, a folder under a file or in a folder
    this process cannot write to (exit 2), a store with links or files where its own belong."""
    root = Path(root)
    refuse_link_loop(root)
    if root.is_dir():
        check_store_layout(root)
    elif os.path.lexists(root):  # a file, or a link to nothing (as ``mkdir`` says it)
        raise UsageError(f"cannot create store directory {root}: {os.strerror(errno.EEXIST)}")
    elif (place := next((p for p in root.absolute().parents if os.path.exists(p)), None)) is not None:
        why = (errno.ENOTDIR if not place.is_dir() else None if os.access(place, os.W_OK | os.X_OK)
               else errno.EROFS if os.statvfs(place).f_flag & os.ST_RDONLY else errno.EACCES)
        if why is not None:  # (where ``mkdir -p`` would start)
            raise folder_refused("store directory", root, why, place)


def ensure_store(root: Path) -> None:
    """Create the store folder (and its README) if needed: only commands that add captures
    call this, at their first write (:meth:`archiver.archive.Archive.make_store`)."""
    # A --store that cannot be a folder is bad input (exit 2), as click says for a --store that is a file.
    refuse_link_loop(root)
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise folder_refused("store directory", root, exc.errno or 0, Path(os.fsdecode(exc.filename or root))) from exc
    if not root.is_dir():
        raise UsageError(f"store path {root} is not a directory")
    check_store_layout(root)  # before the README below is written through a link
    readme = root / "README.md"
    if not readme.exists():
        with contextlib.suppress(OSError):
            readme.write_text(STORE_README, encoding="utf-8")


#: The full-text index's file, and the name ``reindex`` builds a new one under until it is whole
#: (:meth:`archiver.archive.Archive.rebuilding_text_index`).
TEXT_INDEX_FILE = "text-index.sqlite3"
TEXT_INDEX_REBUILT = "text-index.sqlite3.rebuilding"
#: What a store holds at its top level, by name: folders, and files (the SQLite files with
#: their journals).
_STORE_DIRS = ("warcs", "provenance", "provenance/checkpoints", "batches", "indexes")
_STORE_FILES = ("README.md", *(f"{db}{suffix}" for db in ("index.sqlite3", TEXT_INDEX_FILE, TEXT_INDEX_REBUILT)
                                for suffix in ("", "-wal", "-shm", "-journal")),
                *(f"provenance/{name}" for name in ("log.jsonl", "checkpoint", "log.pub", "tree.json")))
#: Folders of the store whose every entry (one level down) the store writes or replaces.
_STORE_FOLDERS = ("provenance", "provenance/checkpoints", "batches", "indexes")
_CHECKPOINTS = "provenance/checkpoints"


def check_store_layout(root: Path) -> None:
    """Raise :class:`StoreError` if one of the store's own files or folders is a symbolic link,
    or a file where a folder belongs (or the other way round).

    Everything a command writes into a store (WARC files, index, log, checkpoints, batch
    state, the README) goes through these names; a link among them (planted in a store copied
    from someone else, or left by a move) sends the write to wherever it points: a log
    appended to another store's log, an index or a WARC file created in a folder outside the
    store. A file named ``warcs`` (or a folder named ``index.sqlite3``) ended a command in a
    traceback. Checked before a command that writes opens anything. The store folder itself
    may be a link: the user names it, and it is where the store is.

    One ``lstat`` a name answers both (every ``Archive.open`` for writing runs this): once no name is
    a link, no part of a name's path in the store is one, so its ``lstat`` is the ``stat`` of
    :func:`check_store_shape`; all links are looked for before any shape."""
    names = [*_STORE_DIRS, *_STORE_FILES]
    for folder in _STORE_FOLDERS:  # (its links; and checkpoints neither file nor folder, for the shapes)
        try:
            with os.scandir(os.path.join(root, folder)) as entries:
                names += [f"{folder}/{e.name}" for e in entries if e.is_symlink() or (
                    folder == _CHECKPOINTS and not e.is_file() and not e.is_dir())]
        except (FileNotFoundError, NotADirectoryError):
            continue
        except OSError as exc:
            raise StoreError(f"cannot read {Path(root, folder)}: {exc.strerror}") from exc
    modes = [(name, _mode(os.path.join(root, name), os.lstat)) for name in names]
    for name, mode in modes:
        if isinstance(mode, int) and stat.S_ISLNK(mode):
            path = Path(root, name)
            raise StoreError(f"{path} is a symbolic link (to {os.readlink(path)}); refusing to write "
                             "through it: a store's own files and folders must be inside it (replace the "
                             "link with the file or folder it points to)")
    _check_shapes(Path(root), modes)


def check_store_shape(root: Path) -> None:
    """Raise :class:`StoreError` if one of the store's own files (the log, its checkpoint, key
    and tree state, the indexes, the README) is a folder, or one of its folders (``warcs``,
    ``provenance``, ``provenance/checkpoints``, ...) a file: a damaged or foreign store.

    Every command runs it, readers too (one ``stat`` per name, ~20): a folder where
    ``log.jsonl`` belongs ended ``log verify``, ``show`` and the rest in a 50-line traceback.
    A file must be a regular one, the checkpoints too: a FIFO there held every reader for good."""
    names = [*_STORE_DIRS, *_STORE_FILES]
    with contextlib.suppress(OSError), os.scandir(Path(root, _CHECKPOINTS)) as entries:
        names += [f"{_CHECKPOINTS}/{e.name}" for e in entries if not e.is_file() and not e.is_dir()]
    _check_shapes(Path(root), [(name, _mode(os.path.join(root, name), os.stat)) for name in names])


def _mode(path: str, read: Callable[[str], os.stat_result]) -> int | OSError:
    try:  # (the error is kept: the shape check says it, after every link is looked for)
        return read(path).st_mode
    except OSError as exc:
        return exc


def _check_shapes(root: Path, modes: list[tuple[str, int | OSError]]) -> None:
    """Shapes of (name, mode or error) in order; a name not there, or under a file (named itself), passes."""
    for name, mode in modes:
        if isinstance(mode, (FileNotFoundError, NotADirectoryError)):
            continue
        if isinstance(mode, OSError):
            raise StoreError(f"cannot read {Path(root, name)}: {mode.strerror}") from mode
        what = "folder" if name in _STORE_DIRS else "file"
        if not (stat.S_ISDIR(mode) if what == "folder" else stat.S_ISREG(mode)):
            raise StoreError(f"{Path(root, name)} should be a {what} of the store and is not; move it "
                             "away (this is not a store archiver wrote, or it was damaged)")


def warc_log_origin(path: Path) -> str | None:
    """The provenance log a native WARC file names in its opening ``warcinfo`` (None: no name,
    an older file, or an unreadable start)."""
    try:
        rec = read_record(path, 0)
    except WarcError:  # read_record turns OS errors into WarcError
        return None
    if rec.rec_type != "warcinfo":
        return None
    for line in rec.block.decode("utf-8", errors="replace").splitlines():
        name, _, value = line.partition(":")
        if name.strip().lower() == LOG_ORIGIN_FIELD:
            return value.strip() or None
    return None


def native_log_origins(storage: WarcStorage, *, newest_only: bool = False) -> dict[str, str]:
    """``{warc name: log origin}`` for the store's own WARC files that name their log.

    Imported files (named ``imported-...``) carry another store's identity and are skipped.
    ``newest_only`` reads just the newest file that names one: what a writing command checks.
    """
    found: dict[str, str] = {}
    names = [n for n in storage.names() if n.rsplit("/", 1)[-1].startswith(NATIVE_WARC_PREFIX)]
    for name in reversed(names):
        origin = warc_log_origin(storage.local_path(name))
        if origin:
            found[name] = origin
            if newest_only:
                break
    return found


def store_writable(root: Path) -> bool:
    """Whether this process may write in ``root``: a read-only mount or missing permission say no."""
    root = Path(root)
    if not root.is_dir():
        return True  # to be created (a creating command), or refused before it matters
    if not os.access(root, os.W_OK):
        return False
    try:
        return not (os.statvfs(root).f_flag & os.ST_RDONLY)
    except OSError:
        return True
