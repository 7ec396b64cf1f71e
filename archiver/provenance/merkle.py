"""RFC 6962 / RFC 9162 Merkle tree maths over SHA-256: pure functions, no I/O.

The tree is what lets one entry be cited on its own (an inclusion proof of ~log2(n) hashes)
and lets a reader check that a later log extends an earlier one (a consistency proof). The
hashing is byte-compatible with Certificate Transparency, C2SP tlog-checkpoint/tlog-proof and
Sigstore Rekor, so any tlog tool can check our proofs.

Leaves are handed in as *leaf hashes* (``leaf_hash(line)``), never as raw entries, so that the
caller computes them once while streaming the log.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

EMPTY_ROOT = hashlib.sha256(b"").digest()
_LEAF = hashlib.sha256(b"\x00")


def leaf_hash(data: bytes) -> bytes:
    """``SHA-256(0x00 || data)``: the RFC 6962 leaf hash of one log line."""
    h = _LEAF.copy()
    h.update(data)
    return h.digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    """``SHA-256(0x01 || left || right)``: an interior node."""
    return hashlib.sha256(b"\x01" + left + right).digest()


def _split(n: int) -> int:
    """The largest power of two strictly smaller than ``n`` (``n >= 2``)."""
    return 1 << ((n - 1).bit_length() - 1)


class CompactRange:
    """Roots of the perfect subtrees covering leaves ``[0, size)``: O(log n) state.

    Appending a leaf and reading the root at the current size are both O(log n), so a single
    streaming pass over the log yields the root at every checkpointed size.
    """

    __slots__ = ("size", "_stack")

    def __init__(self) -> None:
        self.size = 0
        self._stack: list[bytes] = []

    @classmethod
    def from_state(cls, size: int, stack: list[bytes]) -> CompactRange:
        """Rebuild from :attr:`stack` at ``size`` (one root per set bit of ``size``)."""
        if size < 0 or len(stack) != bin(size).count("1") or any(len(h) != 32 for h in stack):
            raise ValueError("compact range state does not match its size")
        cr = cls()
        cr.size = size
        cr._stack = list(stack)
        return cr

    @property
    def stack(self) -> list[bytes]:
        """Roots of the perfect subtrees, largest (leftmost) first."""
        return list(self._stack)

    def append(self, leaf: bytes) -> None:
        stack = self._stack
        stack.append(leaf)
        n = self.size
        while n & 1:
            right = stack.pop()
            stack[-1] = node_hash(stack[-1], right)
            n >>= 1
        self.size += 1

    def root(self) -> bytes:
        if not self._stack:
            return EMPTY_ROOT
        h = self._stack[-1]
        for left in reversed(self._stack[:-1]):
            h = node_hash(left, h)
        return h


def root(leaves: Iterable[bytes]) -> bytes:
    """Merkle Tree Hash of the given leaf hashes."""
    cr = CompactRange()
    for leaf in leaves:
        cr.append(leaf)
    return cr.root()


def _subtree(leaves: Sequence[bytes], lo: int, hi: int) -> bytes:
    if hi - lo == 1:
        return leaves[lo]
    return root(leaves[lo:hi])


def inclusion_proof(leaves: Sequence[bytes], index: int, size: int) -> list[bytes]:
    """RFC 9162 ``PATH(index, D[size])``: sibling hashes from the leaf up to the root."""
    if not 0 <= index < size <= len(leaves):
        raise ValueError(f"no inclusion proof for index {index} in a tree of size {size}")
    path: list[bytes] = []
    lo, hi = 0, size
    # Walk down from the root, collecting the sibling at every level; reverse at the end.
    while hi - lo > 1:
        k = _split(hi - lo)
        if index < lo + k:
            path.append(_subtree(leaves, lo + k, hi))
            hi = lo + k
        else:
            path.append(_subtree(leaves, lo, lo + k))
            lo = lo + k
    path.reverse()
    return path


class InclusionProver:
    """Inclusion proofs for many leaves of one tree, sharing every subtree hash.

    :func:`inclusion_proof` rehashes the subtrees beside the path for each proof (O(n) each);
    an export needs hundreds of proofs against one checkpoint, so here each subtree is hashed
    once and remembered: O(n) for all proofs together, then O(log n) per proof.
    """

    def __init__(self, leaves: Sequence[bytes], size: int) -> None:
        if not 0 <= size <= len(leaves):
            raise ValueError(f"a tree of size {size} needs {size} leaves, got {len(leaves)}")
        self.size = size
        self._leaves = leaves
        self._memo: dict[tuple[int, int], bytes] = {}

    def _subtree(self, lo: int, hi: int) -> bytes:
        if hi - lo == 1:
            return self._leaves[lo]
        h = self._memo.get((lo, hi))
        if h is None:
            k = _split(hi - lo)
            h = self._memo[(lo, hi)] = node_hash(self._subtree(lo, lo + k), self._subtree(lo + k, hi))
        return h

    def proof(self, index: int) -> list[bytes]:
        """RFC 9162 ``PATH(index, D[size])``, equal to :func:`inclusion_proof`'s."""
        if not 0 <= index < self.size:
            raise ValueError(f"no inclusion proof for index {index} in a tree of size {self.size}")
        path: list[bytes] = []
        lo, hi = 0, self.size
        while hi - lo > 1:
            k = _split(hi - lo)
            if index < lo + k:
                path.append(self._subtree(lo + k, hi))
                hi = lo + k
            else:
                path.append(self._subtree(lo, lo + k))
                lo = lo + k
        path.reverse()
        return path


def inclusion_proofs(leaves: Sequence[bytes], indices: Iterable[int], size: int) -> dict[int, list[bytes]]:
    """``{index: PATH(index, D[size])}`` for many leaves of one tree (see :class:`InclusionProver`)."""
    prover = InclusionProver(leaves, size)
    return {i: prover.proof(i) for i in indices}


def consistency_proof(leaves: Sequence[bytes], old_size: int, new_size: int) -> list[bytes]:
    """RFC 9162 ``PROOF(old_size, D[new_size])`` (``SUBPROOF(m, D[n], true)``)."""
    if not 0 < old_size <= new_size <= len(leaves):
        raise ValueError(f"no consistency proof from size {old_size} to {new_size}")
    proof: list[bytes] = []
    lo, hi, m, complete = 0, new_size, old_size, True
    while True:
        n = hi - lo
        if m == n:
            if not complete:
                proof.append(_subtree(leaves, lo, hi))
            break
        k = _split(n)
        if m <= k:
            proof.append(_subtree(leaves, lo + k, hi))
            hi = lo + k
        else:
            proof.append(_subtree(leaves, lo, lo + k))
            lo, m, complete = lo + k, m - k, False
    proof.reverse()
    return proof


def root_from_inclusion(index: int, size: int, leaf: bytes, proof: Sequence[bytes]) -> bytes:
    """Recompute the root an inclusion proof leads to (RFC 9162 §2.1.3.2).

    Raises ValueError when the proof has the wrong length for (index, size).
    """
    if not 0 <= index < size:
        raise ValueError(f"index {index} is outside a tree of size {size}")
    fn, sn, h = index, size - 1, leaf
    for p in proof:
        if sn == 0:
            raise ValueError("inclusion proof is too long")
        if fn & 1 or fn == sn:
            h = node_hash(p, h)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            h = node_hash(h, p)
        fn >>= 1
        sn >>= 1
    if sn != 0:
        raise ValueError("inclusion proof is too short")
    return h


def verify_inclusion(index: int, size: int, leaf: bytes, proof: Sequence[bytes], root_hash: bytes) -> bool:
    """True when ``proof`` shows ``leaf`` at ``index`` in the tree of ``size`` with ``root_hash``."""
    try:
        return root_from_inclusion(index, size, leaf, proof) == root_hash
    except ValueError:
        return False


def verify_consistency(
    old_size: int, new_size: int, old_root: bytes, new_root: bytes, proof: Sequence[bytes]
) -> bool:
    """True when ``proof`` shows the tree (old_size, old_root) is a prefix of (new_size, new_root).

    RFC 9162 §2.1.4.2. Equal sizes need an empty proof and equal roots.
    """
    if old_size < 1 or old_size > new_size:
        return False
    if old_size == new_size:
        return not proof and old_root == new_root
    proof = list(proof)
    if old_size & (old_size - 1) == 0:  # a power of two: the old root is itself a node
        proof.insert(0, old_root)
    if not proof:
        return False
    fn, sn = old_size - 1, new_size - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = proof[0]
    for c in proof[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    return sn == 0 and fr == old_root and sr == new_root
