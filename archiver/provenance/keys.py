"""Where a log's signing key lives, and creating it.

One Ed25519 key per log origin, *outside* the store (a copied store must not carry the power
to extend its own history): ``$ARCHIVER_KEY_DIR`` if set, else
``$XDG_CONFIG_HOME/archiver/keys/`` (default ``~/.config/archiver/keys/``). The file holds the
Go ``sumdb/note`` signer-key string at mode 0600, so standard tlog tools can use it too.
"""

from __future__ import annotations

import os
from pathlib import Path

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
            f"copy the key file from the machine that created the log into {key_dir} "
            "(or set ARCHIVER_KEY_DIR); reading and verifying work without it"
        )
    try:
        signer = Signer.from_skey(path.read_text())
    except (OSError, NoteError) as exc:
        raise StoreError(f"cannot read signing key {path}: {exc}") from exc
    if signer.name != origin or (expected_vkey and signer.verifier.vkey != expected_vkey):
        raise StoreError(f"key file {path} is not the key of log {origin} (log.pub differs)")
    return signer
