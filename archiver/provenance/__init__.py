"""The tamper-evident provenance log: hash chain + RFC 6962 Merkle tree, signed checkpoints.

Every event the tool performs is appended as one RFC 8785 canonical JSON line that commits to
the line before it and to the log's identity. Signed C2SP checkpoints commit to the Merkle root
at a size, so a reader holding the log's public key can check offline that an entry is in the
log (``proof``/``verify_proof``) and that nothing was rewritten, reordered or cut off since.

Modules: ``merkle`` (tree maths), ``chain`` (entry bytes), ``note`` (signed notes, Ed25519),
``keys`` (key files), ``log`` (the only file I/O), ``verify`` (whole-log checks), ``prooftext``
(the proof file formats), ``proof`` (building and checking proofs: ``check_proof`` and
``check_consistency`` take bytes and a key and return a report, ``require_*`` raise, and
``verify_proof``/``verify_consistency_proof`` read the files first), ``anchor`` (RFC 3161 time
stamps).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from archiver.core import lazy

if TYPE_CHECKING:
    from archiver.provenance.chain import ENTRY_TYPES, LogEntry
    from archiver.provenance.log import ProvenanceLog
    from archiver.provenance.proof import (
        ConsistencyReport,
        ProofReport,
        check_consistency,
        check_proof,
        require_consistency,
        require_proof,
        verify_consistency_proof,
        verify_proof,
    )
    from archiver.provenance.verify import DeepChecker, Problem, VerificationReport

# Imported when first read (archiver.core.lazy): appending to the log needs neither proofs nor
# the whole-log verifier.
_EXPORTS = {
    **dict.fromkeys(("ENTRY_TYPES", "LogEntry"), "archiver.provenance.chain"),
    "ProvenanceLog": "archiver.provenance.log",
    **dict.fromkeys(("ConsistencyReport", "ProofReport", "check_consistency", "check_proof", "require_consistency",
                     "require_proof", "verify_consistency_proof", "verify_proof"), "archiver.provenance.proof"),
    **dict.fromkeys(("DeepChecker", "Problem", "VerificationReport"), "archiver.provenance.verify"),
}


def __getattr__(name: str) -> Any:
    return lazy.attribute(__name__, name, _EXPORTS)


def __dir__() -> list[str]:
    return lazy.names(__name__, _EXPORTS)


__all__ = [
    "ENTRY_TYPES",
    "ConsistencyReport",
    "DeepChecker",
    "LogEntry",
    "Problem",
    "ProofReport",
    "ProvenanceLog",
    "VerificationReport",
    "check_consistency",
    "check_proof",
    "require_consistency",
    "require_proof",
    "verify_consistency_proof",
    "verify_proof",
]
