"""Log keys the user trusts: pinned earlier, or their own.

A bundle carries its own log key (``provenance/log.pub``), so a bundle made by anyone, from any
store, is internally consistent. It proves *who* made it only against a key the reader trusts
beforehand. ``verify-bundle`` therefore trusts, besides ``--key FILE``:

- keys pinned with ``archiver key pin FILE``: one verifier key (vkey) per line in
  ``<key dir>/pinned-keys.txt`` (the key dir is ``$ARCHIVER_KEY_DIR``, else
  ``~/.config/archiver/keys``), a plain file the user can read and edit (read by
  :mod:`archiver.provenance.key_pins`, which ``log verify`` and ``show`` consult by origin too);
- the user's own log keys: every ``*.key`` signing key in that folder (a store's key lives
  there), whose public half is derived here.
"""

from __future__ import annotations

import os
from pathlib import Path

from archiver.core.durable import write_all
from archiver.provenance import keys
from archiver.provenance.key_pins import PINS_FILE, pins_path
from archiver.provenance.key_pins import pinned_lines as _pinned_lines
from archiver.provenance.note import NoteError, Signer, Verifier
from archiver.provenance.proof import read_verifier

__all__ = ["PINS_FILE", "pin", "pins_path", "trusted_keys"]


def trusted_keys(key_dir: Path | None = None) -> dict[str, str]:
    """Every trusted verifier key (vkey) with where it comes from, for a report."""
    key_dir = Path(key_dir if key_dir is not None else keys.default_key_dir())
    found: dict[str, str] = {}
    path = pins_path(key_dir)
    for line in _pinned_lines(path):
        try:
            found.setdefault(Verifier.from_vkey(line).vkey, f"key pinned with `archiver key pin` ({path})")
        except NoteError:
            continue  # a line that is no key is no trust; `key list` shows the file as it is
    if key_dir.is_dir():
        for own in sorted(key_dir.glob("*.key")):
            try:
                found.setdefault(Signer.from_skey(own.read_bytes()).verifier.vkey, f"your own log key {own.name}")
            except (OSError, NoteError):
                continue
    return found


def pin(vkey_file: Path, key_dir: Path | None = None) -> tuple[Verifier, bool]:
    """Add the verifier key in ``vkey_file`` to the pinned keys; True if it was new.

    Raises:
        UsageError: the file is unreadable or holds no verifier key (nothing changed).
    """
    verifier = read_verifier(vkey_file)
    path = pins_path(key_dir)
    if verifier.vkey in _pinned_lines(path):
        return verifier, False
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        write_all(fd, (verifier.vkey + "\n").encode())  # (one line, whole: a short write is written on)
        os.fsync(fd)
    finally:
        os.close(fd)
    return verifier, True
