"""Keys pinned with ``archiver key pin``: the published key this machine trusts for a log origin.

README's workflow has a colleague pin the owner's ``log.pub`` once. A store carries its own
``log.pub``, so a copy re-keyed by someone without the owner's key (a new key under the same
origin, the chain recomputed, the checkpoints re-signed, ``log.pub`` replaced) is internally
consistent: only a key known beforehand tells it apart. A pinned key names its origin (the
first part of a vkey), so the pins answer, per origin: is the key beside this log one of the
keys pinned for it? Every reader of a log in a folder asks (``log verify``, and the statements
that rest on the signed log: :mod:`archiver.provenance.proven`); ``verify-bundle`` also trusts
them (:mod:`archiver.export.pins`, which pins).

The file is ``<key dir>/pinned-keys.txt``: one vkey per line, ``#`` comments, a plain file the
user can read and edit. A line that is no key is no trust (skipped); a file that is not
UTF-8 text is refused (exit 2), as every reader of it does.
"""

from __future__ import annotations

from pathlib import Path

from archiver.core.files import read_user_file
from archiver.errors import UsageError
from archiver.provenance import keys
from archiver.provenance.note import NoteError, Verifier

PINS_FILE = "pinned-keys.txt"


def pins_path(key_dir: Path | None = None) -> Path:
    """Where the pinned keys of ``key_dir`` (default: the user's key folder) are kept."""
    return Path(key_dir if key_dir is not None else keys.default_key_dir()) / PINS_FILE


def pinned_lines(path: Path) -> list[str]:
    """The non-comment lines of the pins file at ``path`` (``[]`` if there is none).

    Raises:
        UsageError: the file is unreadable or not UTF-8 text.
    """
    if not path.exists():
        return []
    raw = read_user_file(path, "the pinned keys")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UsageError(f"cannot read the pinned keys {path}: not UTF-8 text (byte {exc.start})") from exc
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def pinned_for(origin: str, key_dir: Path | None = None) -> list[Verifier]:
    """The keys pinned for log ``origin`` in ``key_dir``'s pins file, in the file's order."""
    found: list[Verifier] = []
    for line in pinned_lines(pins_path(key_dir)):
        try:
            verifier = Verifier.from_vkey(line)
        except NoteError:
            continue
        if verifier.name == origin and verifier.vkey not in (v.vkey for v in found):
            found.append(verifier)
    return found


def pin_mismatch(verifier: Verifier, key_dir: Path | None = None) -> str | None:
    """Why ``verifier`` (the key beside a log) must not be trusted for its origin, or None.

    None when no key is pinned for ``verifier.name`` (the log's origin) or ``verifier`` is one
    of the pinned ones; else one line naming both keys: the key-mismatch finding (``E_KEY``).
    """
    pinned = pinned_for(verifier.name, key_dir)
    if not pinned or any(p.vkey == verifier.vkey for p in pinned):
        return None
    return (f"the log's key {verifier.fingerprint} (log.pub) is not the key pinned for log {verifier.name} "
            f"with `archiver key pin` ({pins_path(key_dir)}): {pinned[0].fingerprint}; the log was re-keyed, "
            "or is another log under the same name")


__all__ = ["PINS_FILE", "pin_mismatch", "pinned_for", "pinned_lines", "pins_path"]
