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
"""

from __future__ import annotations

import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from archiver.errors import KeyMissingError, StoreError
from archiver.provenance.note import NoteError, Signer


def default_key_dir() -> Path:
    env = os.environ.get("ARCHIVER_KEY_DIR")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(xdg) / "archiver" / "keys"


def key_path(key_dir: Path, origin: str) -> Path:
    """The key file for ``origin`` (``/`` in the origin becomes ``_``)."""
    return key_dir / (origin.replace("/", "_") + ".key")


def create_key(key_dir: Path, origin: str) -> Signer:
    """Generate and store a new key for ``origin``; never overwrites an existing one."""
    key_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    signer = Signer.generate(origin)
    path = key_path(key_dir, origin)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError as exc:
        raise StoreError(f"a signing key for log {origin} already exists at {path}") from exc
    try:
        os.write(fd, (signer.skey + "\n").encode())
        os.fsync(fd)
    finally:
        os.close(fd)
    return signer


#: Beside a key nobody has been told about yet: the next command that succeeds says where it is.
UNANNOUNCED_SUFFIX = ".key.unannounced"


def mark_unannounced(key_dir: Path, origin: str, store: Path) -> None:
    """Remember that the key of ``origin`` (log in ``store``) was created and not yet announced.

    The announcement waits for a command that succeeds: an error stays the one line it names,
    and the news of the key is not lost in a failed first capture's output.
    """
    path = key_dir / (origin.replace("/", "_") + UNANNOUNCED_SUFFIX)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, (json.dumps({"origin": origin, "store": _place(store)}) + "\n").encode())
    finally:
        os.close(fd)


def announce_new_keys(key_dir: Path) -> list[str]:
    """The message for every key created and not yet announced (each said once, then forgotten).

    Said on stderr by the CLI: where the key is, that it is what makes the log's signatures
    yours, and how to back it up. A key created silently is a key nobody backs up; losing it
    leaves the store readable and verifiable, but nobody can ever extend that log again.
    """
    messages = []
    for marker in sorted(key_dir.glob(f"*{UNANNOUNCED_SUFFIX}")) if key_dir.is_dir() else []:
        try:
            doc = json.loads(marker.read_text(encoding="utf-8"))
            origin, store = str(doc["origin"]), str(doc["store"])
        except (OSError, ValueError, KeyError, TypeError):
            origin, store = marker.name.removesuffix(UNANNOUNCED_SUFFIX), "?"
        marker.unlink(missing_ok=True)
        path, record = key_path(key_dir, origin), record_path(key_dir, origin)
        messages.append(
            f"archiver: created the signing key of the provenance log in {store}:\n"
            f"  {path}\n"
            "  It is what makes this log's signatures yours: anyone can check them with the public key "
            "(log.pub), only this file can make them. It never goes into the store.\n"
            f"  Back it up now, privately, together with {record.name} beside it (the record of which "
            f"stores it signed), e.g.: cp -p {path} {record} /your/backup/\n"
            "  Without it the store can still be read and verified, but not added to.")
    return messages


def load_key(key_dir: Path, origin: str, *, expected_vkey: str | None = None) -> Signer:
    """The signing key of ``origin``.

    Raises:
        KeyMissingError: no key file for this log here (exit 3), with how to bring it.
        StoreError: the key file is unreadable or is not the key of this log.
    """
    path = key_path(key_dir, origin)
    if not path.exists():
        raise KeyMissingError(
            f"the signing key of log {origin} is not on this machine (looked for {path}); "
            f"copy the key file (and its .log.json record) from the machine that created the log into {key_dir} "
            "(or set ARCHIVER_KEY_DIR); reading and verifying work without it"
        )
    try:
        signer = Signer.from_skey(path.read_bytes())
    except (OSError, NoteError) as exc:
        raise StoreError(f"cannot read signing key {path}: {exc}") from exc
    if signer.name != origin or (expected_vkey and signer.verifier.vkey != expected_vkey):
        raise StoreError(f"key file {path} is not the key of log {origin} (log.pub differs)")
    return signer


RECORD_SUFFIX = ".log.json"


@dataclass(frozen=True)
class LogRecord:
    """What this machine's key has signed for one log origin (see the module docstring)."""

    origin: str
    stores: tuple[str, ...]
    checkpoint: str | None  # the newest signed checkpoint note, or None
    path: Path
    #: The appends this machine's writers made (or were about to make) after the last checkpoint,
    #: one dict per span: ``store``, ``from_seq``, ``to_seq``, ``last_line_hash`` and, for the
    #: newest not yet confirmed, ``line_hashes``. None: a record from before appends were recorded.
    appends: tuple[dict[str, Any], ...] | None = None

    def to_json(self) -> bytes:
        doc: dict[str, Any] = {"origin": self.origin, "stores": list(self.stores), "checkpoint": self.checkpoint}
        if self.appends is not None:
            doc["appends"] = list(self.appends)
        return (json.dumps(doc, indent=1, sort_keys=True) + "\n").encode()


def record_path(key_dir: Path, origin: str) -> Path:
    return key_dir / (origin.replace("/", "_") + RECORD_SUFFIX)


def _place(directory: Path) -> str:
    return str(Path(directory).resolve())


def read_record(key_dir: Path, origin: str) -> LogRecord | None:
    """The record for ``origin``, or None if this machine keeps none (an unreadable record is
    refused: it is what stands between the owner and a silently rewritten log)."""
    path = record_path(key_dir, origin)
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise StoreError(f"cannot read the log record {path}: {exc}") from exc
    if not isinstance(doc, dict) or doc.get("origin") != origin or not isinstance(doc.get("stores"), list):
        raise StoreError(f"the log record {path} is not the record of log {origin}")
    cp = doc.get("checkpoint")
    appends = doc.get("appends")
    if appends is not None and not (isinstance(appends, list) and all(isinstance(a, dict) for a in appends)):
        raise StoreError(f"the log record {path} has an unreadable \"appends\" list")
    return LogRecord(origin, tuple(str(x) for x in doc["stores"]), cp if isinstance(cp, str) else None, path,
                     None if appends is None else tuple(appends))


def store_place(directory: Path) -> str:
    """How records name a store folder (its resolved path)."""
    return _place(directory)


def write_record(key_dir: Path, origin: str, *, directory: Path, checkpoint: str | None,
                 appends: list[dict[str, Any]] | None = None, durable: bool = False) -> LogRecord:
    """Record that ``origin``'s log lives in ``directory`` and that ``checkpoint`` is the newest
    note signed for it (written atomically, mode 0600).

    ``appends``, when given, replaces the recorded appends of ``directory`` (other folders' are
    kept). ``durable`` also syncs the key folder, so the new name survives a crash: appends are
    recorded *before* their lines are written, and must be on disk first."""
    old = read_record(key_dir, origin)
    stores = list(old.stores) if old else []
    place = _place(directory)
    if place not in stores:
        stores.append(place)
    if checkpoint is None and old is not None:
        checkpoint = old.checkpoint
    kept = old.appends if old is not None else None
    if appends is not None:
        kept = tuple([a for a in kept or () if a.get("store") != place] + appends)
    record = LogRecord(origin, tuple(stores), checkpoint, record_path(key_dir, origin), kept)
    key_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = record.path.with_name(f".{record.path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, record.to_json())
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, record.path)
    if durable:
        fd = os.open(key_dir, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    return record


def origins_recorded_for(key_dir: Path, directory: Path) -> list[LogRecord]:
    """Every record saying a log of this machine's keys lived in ``directory``."""
    place = _place(directory)
    found: list[LogRecord] = []
    if not key_dir.is_dir():
        return found
    for path in sorted(key_dir.glob(f"*{RECORD_SUFFIX}")):
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(doc, dict) and isinstance(doc.get("origin"), str) and place in (doc.get("stores") or []):
            record = read_record(key_dir, doc["origin"])
            if record is not None:
                found.append(record)
    return found
