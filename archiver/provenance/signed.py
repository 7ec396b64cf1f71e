"""How much of a log's bytes its signed checkpoint vouches for.

Appending a line to ``log.jsonl`` needs no key: anyone who can write the store can add a
well-formed entry with the right ``prev``, or insert one. A reader that takes entries straight
from the file (corrections: every line marked ``"type":"correction"``) must therefore take only
lines a signed checkpoint commits to: the first ``size`` lines of the latest checkpoint, and
only if those very lines hash to its Merkle root. Anything after them is not tamper-evident
yet (``log verify`` says ``W_UNCHECKPOINTED``); a log whose signed lines were changed vouches
for none.
"""

from __future__ import annotations

from pathlib import Path

from archiver.errors import ArchiverError
from archiver.provenance.chain import complete_lines
from archiver.provenance.log_files import LATEST_FILE
from archiver.provenance.log_identity import LogIdentity, verified_checkpoint
from archiver.provenance.merkle import CompactRange, leaf_hash
from archiver.provenance.note import NoteError, as_text


def signed_prefix(directory: Path, data: bytes) -> int:
    """The number of leading lines of ``data`` (the bytes of ``directory``'s ``log.jsonl``) that
    the latest checkpoint, verified with the log's key, signs; 0 when there is no valid
    checkpoint or the lines it signs are not the ones in ``data``."""
    try:
        _, verifier = LogIdentity._identity(directory)
        checkpoint = verified_checkpoint(as_text((directory / LATEST_FILE).read_bytes()), verifier.vkey)
    except (OSError, NoteError, ArchiverError):
        return 0
    lines = complete_lines(data)
    if checkpoint.size > len(lines):
        return 0
    tree = CompactRange()
    for line in lines[: checkpoint.size]:
        tree.append(leaf_hash(line))
    return checkpoint.size if tree.root() == checkpoint.root else 0


__all__ = ["signed_prefix"]
