"""Where a log's signing key lives, and creating it.

One Ed25519 key per log origin, *outside* the store (a copied store must not carry the power
to extend its own history): ``$ARCHIVER_KEY_DIR`` if set, else
``$XDG_CONFIG_HOME/archiver/keys/`` (default ``~/.config/archiver/keys/``). The file holds the
Go ``sumdb/note`` signer-key string at mode 0600, so standard tlog tools can use it too.

Beside each key, ``<origin>.log.json`` records what the key has signed: the folders its log
lives in and the newest checkpoint note it signed. The key's owner thereby notices a log that
was deleted, swapped for another, rolled back or rewritten with its checkpoints removed, even
though the store itself carries nothing an attacker could not also delete. Copy it with the key.
It also records, before they are written, the appends this machine's writers make after the last
checkpoint (``appends``), so that a line added to the log by hand is never signed
(:mod:`archiver.provenance.log_appends`).

Those appends go first to ``<origin>.appends.jsonl`` beside the record, the *append journal*:
one line per append (``{"store": folder, "appends": [...]}``, which replaces that folder's
recorded appends), written with one ``write`` under an ``flock`` of the journal and one fsync
(the folder is synced only when the journal is created), instead of rewriting the record
atomically (temp file, fsync, rename, folder fsync) before every append. Signing a checkpoint,
which rewrites the record anyway, folds the journal into it and empties the journal. A reader
combines the two: a folder's newest whole journal line, else the record. A last line cut short
(a killed process) is ignored, as a torn log line is: the log lines it announced were not
written, since they are written only after the journal line is on disk. A key folder without a
journal (older archiver) is read from the record alone.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

from archiver.core import json_text
from archiver.core.durable import create_exclusive, fsync, fsync_dir, write_all, write_atomic
from archiver.core.files import open_regular
from archiver.core.store_lock import acquire
from archiver.errors import IncompleteCheckError, KeyMissingError, NotRegularFileError, StoreError
from archiver.provenance.log_files import logger
from archiver.provenance.note import NoteError, Signer
from archiver.provenance.signed_here import note_signer


def default_key_dir() -> Path:
    env = os.environ.get("ARCHIVER_KEY_DIR")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(xdg) / "archiver" / "keys"


def refuse_non_folder(key_dir: Path) -> None:
    """Raise :class:`IncompleteCheckError` (exit 3, the key folder's problems) when ``key_dir``
    is a file, or lies under one, instead of a folder (or where a folder can be made).

    Why: every key path under a file "does not exist", so an append was told to copy its
    signing key into that file, and a new log's ``mkdir`` ended in a traceback. Said plainly
    instead, naming ``ARCHIVER_KEY_DIR`` when it is what set the folder.
    """
    key_dir = Path(key_dir)
    for place in (key_dir, *key_dir.parents):
        if not os.path.lexists(place):
            continue
        if place.is_dir():
            return
        given = os.environ.get("ARCHIVER_KEY_DIR")
        named = f"ARCHIVER_KEY_DIR ({key_dir})" if given and Path(given) == key_dir else f"the key folder {key_dir}"
        where = "is a file, not a folder" if place == key_dir else f"is under {place}, which is a file, not a folder"
        raise IncompleteCheckError(f"{named} {where}; set ARCHIVER_KEY_DIR to the folder that holds the signing "
                                   "keys (a missing one is made when a key is created)")


def key_path(key_dir: Path, origin: str) -> Path:
    """The key file for ``origin`` (``/`` in the origin becomes ``_``)."""
    return key_dir / (origin.replace("/", "_") + ".key")


def create_key(key_dir: Path, origin: str) -> Signer:
    """Generate and store a new key for ``origin``; never overwrites an existing one."""
    refuse_non_folder(key_dir)
    key_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    signer = Signer.generate(origin)
    path = key_path(key_dir, origin)
    try:  # (whole or absent: a key of part of its bytes would be "malformed" for ever)
        create_exclusive(path, (signer.skey + "\n").encode(), mode=0o600)
    except FileExistsError as exc:
        raise StoreError(f"a signing key for log {origin} already exists at {path}") from exc
    note_signer(origin, created=True)
    return signer


def _read(path: Path) -> bytes:
    """The bytes of a file of the key folder, if it is a regular file (a FIFO there is refused,
    never waited on: :func:`~archiver.core.files.open_regular`)."""
    with open_regular(path) as f:
        return f.read()


def _open_fd(path: Path, flags: int, mode: int = 0o600) -> int:
    """``os.open(path, flags, mode)`` of a file of the key folder that must be a regular file
    (opened without blocking, then refused unless one: a FIFO's read-only open would wait)."""
    fd = os.open(path, flags | os.O_NONBLOCK, mode)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotRegularFileError(errno.EISDIR, "not a regular file", str(path))
        os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


def load_key(key_dir: Path, origin: str, *, expected_vkey: str | None = None) -> Signer:
    """The signing key of ``origin``.

    Raises:
        KeyMissingError: no key file for this log here (exit 3), with how to bring it.
        StoreError: the key file is unreadable or is not the key of this log.
    """
    path = key_path(key_dir, origin)
    if not path.exists():
        refuse_non_folder(key_dir)  # (then no key can be anywhere under it: say that, not "copy it there")
        raise KeyMissingError(
            f"the signing key of log {origin} is not on this machine (looked for {path}); "
            f"copy the key file (and its .log.json record) from the machine that created the log into {key_dir} "
            "(or set ARCHIVER_KEY_DIR); reading and verifying work without it"
        )
    try:
        signer = Signer.from_skey(_read(path))
    except (OSError, NoteError) as exc:
        raise StoreError(f"cannot read signing key {path}: {exc}") from exc
    if signer.name != origin or (expected_vkey and signer.verifier.vkey != expected_vkey):
        raise StoreError(f"key file {path} is not the key of log {origin} (log.pub differs)")
    return signer


RECORD_SUFFIX = ".log.json"


class LogRecord(NamedTuple):
    """What this machine's key has signed for one log origin (see the module docstring)."""

    origin: str
    stores: tuple[str, ...]
    checkpoint: str | None  # the newest signed checkpoint note, or None
    path: Path
    #: The appends this machine's writers made (or were about to make) after the last checkpoint,
    #: one dict per span: ``store``, ``from_seq``, ``to_seq``, ``last_line_hash`` and, for the
    #: newest not yet confirmed, ``line_hashes``. None: a record from before appends were recorded.
    #: As :func:`read_record` gives them: the store it was asked about as the append journal has
    #: them, the others as the record file has them.
    appends: tuple[dict[str, Any], ...] | None = None

    def to_json(self) -> bytes:
        doc: dict[str, Any] = {"origin": self.origin, "stores": list(self.stores), "checkpoint": self.checkpoint}
        if self.appends is not None:
            doc["appends"] = list(self.appends)
        return (json_text.dumps(doc, indent=1, sort_keys=True) + "\n").encode()


def record_path(key_dir: Path, origin: str) -> Path:
    return key_dir / (origin.replace("/", "_") + RECORD_SUFFIX)


def _place(directory: Path) -> str:
    return str(Path(directory).resolve())


def read_record(key_dir: Path, origin: str, place: str | None = None) -> LogRecord | None:
    """The record for ``origin``, or None if this machine keeps none (an unreadable record is
    refused: it is what stands between the owner and a silently rewritten log).

    With ``place`` (:func:`store_place` of a store), that store's appends are combined with the
    append journal: its newest whole journal line, if any, replaces what the record file holds
    for it (other stores' appends are the record file's). Read under a shared lock of the
    journal, so that a checkpoint folding the journal into the record is seen whole or not at all.
    """
    path = record_path(key_dir, origin)
    if place is None:
        return _read_record_file(path, origin)
    try:
        with _journal_lock(key_dir, origin, fcntl.LOCK_SH, create=False) as fd:
            journal = None if fd is None else _journal_latest(fd, journal_path(key_dir, origin), place)
            record = _read_record_file(path, origin)
    except OSError as exc:
        raise _unreadable(exc, "the append journal", journal_path(key_dir, origin)) from exc
    if record is None or record.appends is None or journal is None:
        return record  # no record, or one from before appends were recorded: the journal is not consulted
    return LogRecord(record.origin, record.stores, record.checkpoint, record.path,
                     tuple([a for a in record.appends if a.get("store") != place] + journal))


def _unreadable(exc: OSError, what: str, path: Path) -> IncompleteCheckError:
    """A file of the key folder that exists (or whose folder does) but cannot be read: the
    check cannot be completed (exit 3), and the folder to look at is named, with the variable
    that sets it (or the resource that ran out: no file descriptors left). It says nothing
    about the log: a StoreError (exit 1) read as tampering found."""
    from archiver.core.resources import resource_error

    ran_out = resource_error(exc, path)
    if ran_out is not None:
        return ran_out
    if exc.errno == errno.ENOTDIR:  # the key folder is a file (or under one): say so plainly
        try:
            refuse_non_folder(path.parent)
        except IncompleteCheckError as plain:
            return plain
    return IncompleteCheckError(f"cannot read {what} {path}: {exc.strerror or exc}; check the key folder "
                                f"{path.parent} (ARCHIVER_KEY_DIR sets it): it must be a folder this user "
                                "can read")


def _read_record_file(path: Path, origin: str) -> LogRecord | None:
    """The record file alone (see :func:`read_record`)."""
    try:
        doc = json.loads(_read(path))
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise _unreadable(exc, "the log record", path) from exc
    except ValueError as exc:
        raise StoreError(f"cannot read the log record {path}: {exc}") from exc
    if not isinstance(doc, dict) or doc.get("origin") != origin or not isinstance(doc.get("stores"), list):
        raise StoreError(f"the log record {path} is not the record of log {origin}")
    cp = doc.get("checkpoint")
    appends = doc.get("appends")
    if appends is not None and not _is_span_list(appends):
        raise StoreError(f"the log record {path} has an unreadable \"appends\" list")
    return LogRecord(origin, tuple(str(x) for x in doc["stores"]), cp if isinstance(cp, str) else None, path,
                     None if appends is None else tuple(appends))


def _is_span_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(a, dict) for a in value)


def store_place(directory: Path) -> str:
    """How records name a store folder (its resolved path)."""
    return _place(directory)


def write_record(key_dir: Path, origin: str, *, directory: Path, checkpoint: str | None,
                 appends: list[dict[str, Any]] | None = None, durable: bool = False) -> LogRecord:
    """Record that ``origin``'s log lives in ``directory`` and that ``checkpoint`` is the newest
    note signed for it (written atomically, mode 0600), folding in the append journal.

    ``appends``, when given, replaces the recorded appends of ``directory`` (other folders' are
    kept, as the journal last has them). ``durable`` also syncs the key folder, so the new name
    survives a crash: appends are recorded *before* their lines are written, and must be on disk
    first. Under the journal's exclusive lock: the journal is emptied once the record holding its
    lines is written (durably first when it held another folder's lines, which only the record
    then keeps)."""
    key_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    with _journal_lock(key_dir, origin, fcntl.LOCK_EX, create=True) as fd:
        assert fd is not None
        old = _read_record_file(record_path(key_dir, origin), origin)
        stores = list(old.stores) if old else []
        place = _place(directory)
        if place not in stores:
            stores.append(place)
        if checkpoint is None and old is not None:
            checkpoint = old.checkpoint
        kept = old.appends if old is not None else None
        journal = _journal_all(fd, journal_path(key_dir, origin)) if kept is not None or appends is not None else {}
        if appends is not None:
            journal[place] = appends
        if kept is not None or appends is not None:
            kept = tuple([a for a in kept or () if a.get("store") not in journal]
                         + [span for spans in journal.values() for span in spans])
        record = LogRecord(origin, tuple(stores), checkpoint, record_path(key_dir, origin), kept)
        _replace_record(record, durable=durable or any(p != place for p in journal))
        if kept is not None and os.fstat(fd).st_size:
            os.ftruncate(fd, 0)  # every line is in the record now
    return record


def _replace_record(record: LogRecord, *, durable: bool) -> None:
    """Write ``record`` via a fsynced temporary file and a rename (the folder synced if ``durable``),
    private to this user, whole or not at all (:func:`~archiver.core.durable.write_atomic`)."""
    write_atomic(record.path, record.to_json(), mode=0o600, durable=durable)


JOURNAL_SUFFIX = ".appends.jsonl"


def journal_path(key_dir: Path, origin: str) -> Path:
    """The append journal of ``origin``'s record (see the module docstring)."""
    return key_dir / (origin.replace("/", "_") + JOURNAL_SUFFIX)


def append_journal(key_dir: Path, origin: str, *, directory: Path, appends: list[dict[str, Any]],
                   place: str | None = None) -> None:
    """Record, durably, that ``appends`` are now the recorded appends of ``directory``: one line
    added to the journal with one ``write`` and one fsync, under the journal's exclusive lock
    (other writers of the origin's logs, and a checkpoint folding the journal, wait). The key
    folder is synced too when this call created the journal, so that its name survives a crash.
    ``place``: :func:`store_place` of ``directory``, when the caller has just resolved it.

    Raises:
        OSError: the journal cannot be written (the caller says nothing was appended).
    """
    line = json_text.dumps({"store": place or _place(directory), "appends": appends}, sort_keys=True,
                      separators=(",", ":")).encode() + b"\n"
    path = journal_path(key_dir, origin)
    try:
        fd, created = _open_fd(path, os.O_RDWR | os.O_APPEND), False
    except FileNotFoundError:
        key_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, created = _open_fd(path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o600), True
    try:
        acquire(fd, True, what=f"the signing key's journal {path}", path=path)
        _cut_torn_line(fd, path)
        write_all(fd, line)
        fsync(fd)
    finally:
        os.close(fd)  # closing releases the flock
    if created:
        fsync_dir(key_dir)


@contextlib.contextmanager
def _journal_lock(key_dir: Path, origin: str, mode: int, *, create: bool) -> Iterator[int | None]:
    """The journal open and locked (``flock`` ``mode``); None when it does not exist and
    ``create`` is false. A journal this creates has its name synced (its lines will matter).

    Raises:
        OSError: it cannot be opened or created.
    """
    path = journal_path(key_dir, origin)
    flags = os.O_RDWR if create else os.O_RDONLY  # a shared lock only reads
    try:
        fd = _open_fd(path, flags)
    except FileNotFoundError:
        if not create:
            yield None
            return
        fd = _open_fd(path, flags | os.O_CREAT, 0o600)
        fsync_dir(key_dir)
    try:
        acquire(fd, mode == fcntl.LOCK_EX, what=f"the signing key's journal {path}", path=path)
        yield fd
    finally:
        os.close(fd)


def _cut_torn_line(fd: int, path: Path) -> None:
    """Under the exclusive lock: drop an incomplete last line (its writer died before its fsync,
    so before writing the log lines it announced), so that the next line starts on its own."""
    end = os.fstat(fd).st_size
    if end == 0 or os.pread(fd, 1, end - 1) == b"\n":
        return
    keep = 0
    for start, line in _whole_lines_last_first(fd):
        keep = start + len(line) + 1
        break
    os.ftruncate(fd, keep)
    logger.warning("dropped the incomplete last line of %s (%d bytes at offset %d)", path, end - keep, keep)


def _whole_lines_last_first(fd: int) -> Iterator[tuple[int, bytes]]:
    """(offset, line) of each newline-terminated line of the file, the last first, reading
    backwards (a few KiB for the newest lines). Bytes after the last newline are skipped."""
    pos = os.fstat(fd).st_size
    buf, cut, chunk = b"", False, 1 << 12
    while pos > 0:
        start = max(0, pos - chunk)
        chunk = min(chunk * 4, 1 << 20)
        block = os.pread(fd, pos - start, start)
        if len(block) != pos - start:
            raise OSError(0, "the file shrank while it was read")
        buf, pos = block + buf, start
        if not cut:
            nl = buf.rfind(b"\n")
            if nl < 0:
                continue
            buf, cut = buf[:nl], True  # what follows the last newline is a torn write
        parts = buf.split(b"\n")
        at = pos + len(parts[0]) + 1
        offsets = []
        for part in parts[1:]:
            offsets.append(at)
            at += len(part) + 1
        for offset, part in zip(reversed(offsets), reversed(parts[1:]), strict=True):
            yield offset, part
        buf = parts[0]
    if cut:
        yield 0, buf


def _journal_line(line: bytes, path: Path) -> tuple[str, list[dict[str, Any]]]:
    """(store, appends) of one whole journal line.

    Raises:
        StoreError: a line that is not one (only an edit or a damaged disk makes one).
    """
    try:
        doc = json.loads(line)
        store, appends = doc["store"], doc["appends"]
        if not isinstance(store, str) or not _is_span_list(appends):
            raise ValueError("not a store and a list of appends")
    except (ValueError, KeyError, TypeError) as exc:
        raise StoreError(f"the append journal {path} holds an unreadable line ({exc}): it is what says which "
                         "log lines this machine wrote; restore it (and the .log.json beside it) from a "
                         "backup, or remove it and accept the unsigned lines with `archiver log adopt`") from exc
    return store, appends


def _journal_latest(fd: int, path: Path, place: str) -> list[dict[str, Any]] | None:
    """The appends of ``place`` as its newest whole journal line has them; None if no line names it."""
    for _, line in _whole_lines_last_first(fd):
        if line:
            store, appends = _journal_line(line, path)
            if store == place:
                return appends
    return None


def _journal_all(fd: int, path: Path) -> dict[str, list[dict[str, Any]]]:
    """Every store's appends as its newest whole journal line has them (under the exclusive lock)."""
    newest: dict[str, list[dict[str, Any]]] = {}
    for _, line in _whole_lines_last_first(fd):
        if line:
            store, appends = _journal_line(line, path)
            newest.setdefault(store, appends)
    return newest


def origins_recorded_for(key_dir: Path, directory: Path) -> list[LogRecord]:
    """Every record saying a log of this machine's keys lived in ``directory``."""
    place = _place(directory)
    found: list[LogRecord] = []
    if not key_dir.is_dir():
        return found
    # (the names ``glob("*" + RECORD_SUFFIX)`` matches, an unreadable folder holding none as for glob, without
    # compiling glob's pattern: ~1 ms of every command that appends to a log, issue 13)
    try:
        names = sorted(p for p in key_dir.iterdir() if p.name.endswith(RECORD_SUFFIX))
    except OSError:
        return found
    for path in names:
        try:
            doc = json.loads(_read(path))
        except (OSError, ValueError):
            continue
        if isinstance(doc, dict) and isinstance(doc.get("origin"), str) and place in (doc.get("stores") or []):
            record = read_record(key_dir, doc["origin"])
            if record is not None:
                found.append(record)
    return found
