"""Which logs this process has signed with: the only signing keys whose creation it may announce.

Reading never writes: a reading command (``list``, ``log verify``, another store's) that announced,
and removed the marker of, a key a failed first capture had just created wrote into the key folder
and told of a key it never used (:func:`archiver.provenance.key_announce.unannounced_keys`).
"""

from __future__ import annotations

_signed_here: set[str] = set()
_created_here: set[str] = set()


def note_signer(origin: str, *, created: bool = False) -> None:
    """Record that this process signs for the log ``origin`` (its key ``created`` here, or loaded
    to sign)."""
    _signed_here.add(origin)
    if created:
        _created_here.add(origin)


def forget_signers() -> None:
    """Forget what :func:`note_signer` recorded: a command starts (tests run several in one process)."""
    _signed_here.clear()
    _created_here.clear()


def created_here() -> frozenset[str]:
    """The origins whose key this process created (:func:`note_signer` ``created``)."""
    return frozenset(_created_here)


def signed_here() -> frozenset[str]:
    """The origins recorded by :func:`note_signer` since the last :func:`forget_signers`."""
    return frozenset(_signed_here)
