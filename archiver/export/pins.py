"""Log keys the user trusts: pinned earlier, or their own.

A bundle carries its own log key (``provenance/log.pub``), so a bundle made by anyone, from any
store, is internally consistent. It proves *who* made it only against a key the reader trusts
beforehand. ``verify-bundle`` therefore trusts, besides ``--key FILE``:

- keys pinned with ``archiver key pin FILE`` (one per log name: a second key for a pinned
  name is refused unless ``--replace``): one verifier key (vkey) per line in
  ``<key dir>/pinned-keys.txt`` (the key dir is ``$ARCHIVER_KEY_DIR``, else
  ``~/.config/archiver/keys``), a plain file the user can read and edit (read by
  :mod:`archiver.provenance.key_pins`, which ``log verify`` and ``show`` consult by origin too);
- the user's own log keys: every ``*.key`` signing key in that folder (a store's key lives
  there), whose public half is derived here.

A key for the name of your own log (one whose signing key is in that folder, or the log of the
store at hand) is never pinned unless it is that log's own key: the key that signs your log is
the one you hold, never one taken from outside (:func:`pin`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from archiver.core.durable import write_all, write_atomic
from archiver.core.files import read_user_file
from archiver.errors import UsageError
from archiver.provenance import keys
from archiver.provenance.key_pins import PINS_FILE, pinned_for, pins_path
from archiver.provenance.key_pins import pinned_lines as _pinned_lines
from archiver.provenance.note import NoteError, Signer, Verifier
from archiver.provenance.proof import read_verifier

__all__ = ["PINS_FILE", "Pinned", "own_logs", "pin", "pins_path", "trusted_keys"]


def trusted_keys(key_dir: Path | None = None) -> dict[str, str]:
    """Every trusted verifier key (vkey) with where it comes from, for a report."""
    key_dir = Path(key_dir if key_dir is not None else keys.default_key_dir())
    keys.refuse_non_folder(key_dir)  # (a file there: "not pinned" would mislead)
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


@dataclass(frozen=True)
class Pinned:
    """What :func:`pin` did: the key, whether it was added, and the keys it replaced."""

    verifier: Verifier
    added: bool
    replaced: list[Verifier] = field(default_factory=list)


def own_logs(key_dir: Path | None = None, store_log_pub: Path | None = None) -> dict[str, tuple[Verifier, str]]:
    """Your own logs by name: their key and where it was found (for a message).

    Each signing key (``*.key``) in ``key_dir`` signs a log of yours; ``store_log_pub`` (the
    ``log.pub`` of the store at hand, when it has one) names the store's own log, whether or not
    its signing key is on this machine. A file that cannot be read as a key names no log.
    """
    key_dir = Path(key_dir if key_dir is not None else keys.default_key_dir())
    found: dict[str, tuple[Verifier, str]] = {}
    if store_log_pub is not None and store_log_pub.is_file():
        try:
            verifier = Verifier.from_vkey(store_log_pub.read_bytes())
            found[verifier.name] = (verifier, f"the log of the store {store_log_pub.parent.parent}")
        except (OSError, NoteError):
            pass
    if key_dir.is_dir():
        for own in sorted(key_dir.glob("*.key")):
            try:
                verifier = Signer.from_skey(own.read_bytes()).verifier
            except (OSError, NoteError):
                continue
            found.setdefault(verifier.name, (verifier, f"your own log (its signing key is {own})"))
    return found


def pin(vkey_file: Path, key_dir: Path | None = None, *, replace: bool = False,
        store_log_pub: Path | None = None) -> Pinned:
    """Add the verifier key in ``vkey_file`` to the pinned keys (``added`` if it was new).

    A log name has one pinned key: pinning a second key for a name already pinned is refused,
    unless ``replace``, which drops the keys pinned for that name before adding this one (they
    are returned as ``replaced``). Why: a pin is what tells a copy re-keyed under the owner's
    log name from the owner's log (``E_KEY``); a second key pinned beside it, e.g. the
    ``log.pub`` of a bundle that failed for that very reason, would silently trust the forger's
    key too. For the same reason a key under the name of one of your own logs
    (:func:`own_logs`, ``store_log_pub`` the store at hand's) is refused, with ``replace`` too,
    unless it is that log's key: the key that signs your own log is never pinned from outside.

    Raises:
        UsageError: the file is unreadable or holds no verifier key, its key is another than
            your own log's of that name, or another key is pinned for its log name and
            ``replace`` was not asked (nothing changed).
    """
    verifier = read_verifier(vkey_file)
    keys.refuse_non_folder(Path(key_dir if key_dir is not None else keys.default_key_dir()))
    mine = own_logs(key_dir, store_log_pub).get(verifier.name)
    if mine is not None and mine[0].vkey != verifier.vkey:
        raise UsageError(f"{vkey_file}: key {verifier.fingerprint} names log {verifier.name}, which is {mine[1]}, "
                         f"signed by key {mine[0].fingerprint}; a log's own key is never taken from outside, so "
                         "this one was not pinned")
    path = pins_path(key_dir)
    lines = _pinned_lines(path)
    others = [v for v in pinned_for(verifier.name, key_dir) if v.vkey != verifier.vkey]
    if verifier.vkey in lines and not (others and replace):  # (a file edited by hand may pin two)
        return Pinned(verifier, False)
    if others and not replace:
        raise UsageError(f"another key is pinned for log {verifier.name} in {path}: {others[0].fingerprint}; "
                         f"{verifier.fingerprint} was not pinned (both would be trusted for that log). If its "
                         "owner told you the key changed, pin it with --replace")
    if others:  # the file rewritten whole, its comments and other lines kept
        text = read_user_file(path, "the pinned keys").decode("utf-8")
        dropped = {v.vkey for v in others}
        kept = [line for line in text.splitlines() if line.strip() not in dropped]
        if verifier.vkey not in lines:
            kept.append(verifier.vkey)
        write_atomic(path, ("\n".join(kept) + "\n").encode(), mode=0o600)
        return Pinned(verifier, True, others)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        write_all(fd, (verifier.vkey + "\n").encode())  # (one line, whole: a short write is written on)
        os.fsync(fd)
    finally:
        os.close(fd)
    return Pinned(verifier, True)
