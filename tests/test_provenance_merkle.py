"""RFC 6962/9162 Merkle maths, checked against a brute-force transcription of the RFC."""

from __future__ import annotations

import hashlib
from functools import lru_cache

import pytest

from archiver.provenance import merkle

MAX = 70
DATA = [f"entry {i}".encode() for i in range(MAX)]


# --- brute-force reference: the RFC 9162 §2.1 definitions, recursively, nothing clever ---------
def ref_mth(d: tuple[bytes, ...]) -> bytes:
    n = len(d)
    if n == 0:
        return hashlib.sha256(b"").digest()
    if n == 1:
        return hashlib.sha256(b"\x00" + d[0]).digest()
    k = 1
    while k * 2 < n:
        k *= 2
    return hashlib.sha256(b"\x01" + ref_mth(d[:k]) + ref_mth(d[k:])).digest()


ref_mth = lru_cache(maxsize=None)(ref_mth)


def ref_k(n: int) -> int:
    k = 1
    while k * 2 < n:
        k *= 2
    return k


def ref_path(m: int, d: tuple[bytes, ...]) -> list[bytes]:
    n = len(d)
    if n == 1:
        return []
    k = ref_k(n)
    if m < k:
        return ref_path(m, d[:k]) + [ref_mth(d[k:])]
    return ref_path(m - k, d[k:]) + [ref_mth(d[:k])]


def ref_subproof(m: int, d: tuple[bytes, ...], b: bool) -> list[bytes]:
    n = len(d)
    if m == n:
        return [] if b else [ref_mth(d)]
    k = ref_k(n)
    if m <= k:
        return ref_subproof(m, d[:k], b) + [ref_mth(d[k:])]
    return ref_subproof(m - k, d[k:], False) + [ref_mth(d[:k])]


LEAVES = [merkle.leaf_hash(x) for x in DATA]


def test_root_matches_reference_for_every_size_up_to_70():
    for n in range(MAX + 1):
        assert merkle.root(LEAVES[:n]) == ref_mth(tuple(DATA[:n])), n


def test_compact_range_root_matches_reference_at_every_size():
    cr = merkle.CompactRange()
    assert cr.root() == ref_mth(())
    for n in range(1, MAX + 1):
        cr.append(LEAVES[n - 1])
        assert cr.root() == ref_mth(tuple(DATA[:n])), n


def test_inclusion_proofs_match_reference_and_verify_for_every_size_up_to_70():
    for n in range(1, MAX + 1):
        d = tuple(DATA[:n])
        root = ref_mth(d)
        for m in range(n):
            proof = merkle.inclusion_proof(LEAVES, m, n)
            assert proof == ref_path(m, d), (m, n)
            assert merkle.verify_inclusion(m, n, LEAVES[m], proof, root), (m, n)


def test_consistency_proofs_match_reference_and_verify_for_every_size_up_to_70():
    for n in range(1, MAX + 1):
        d = tuple(DATA[:n])
        new_root = ref_mth(d)
        for m in range(1, n + 1):
            proof = merkle.consistency_proof(LEAVES, m, n)
            assert proof == ref_subproof(m, d, True), (m, n)
            assert merkle.verify_consistency(m, n, ref_mth(d[:m]), new_root, proof), (m, n)


# --- C2SP merkle-tree.md 7-leaf worked example, by label -------------------------------------
# Leaves a..g are d0..d6; h = H(a,b), i = H(c,d), j = H(e,f), k = H(h,i), l = H(j,g).
SEVEN = tuple(DATA[:7])
a, b, c, d, e, f, g = (merkle.leaf_hash(x) for x in SEVEN)
h, i, j = merkle.node_hash(a, b), merkle.node_hash(c, d), merkle.node_hash(e, f)
k, l_ = merkle.node_hash(h, i), merkle.node_hash(j, g)


@pytest.mark.parametrize(
    ("index", "expected"),
    [(0, [b, i, l_]), (3, [c, h, l_]), (4, [f, g, k]), (6, [j, k])],
)
def test_inclusion_matches_c2sp_seven_leaf_example(index, expected):
    assert merkle.inclusion_proof(LEAVES[:7], index, 7) == expected


@pytest.mark.parametrize(
    ("old", "expected"),
    [(3, [c, d, h, l_]), (4, [l_]), (6, [j, g, k])],
)
def test_consistency_matches_c2sp_seven_leaf_example(old, expected):
    assert merkle.consistency_proof(LEAVES[:7], old, 7) == expected


# --- negative cases (after transparency-dev/merkle testdata) ----------------------------------
N = 21
ROOT = merkle.root(LEAVES[:N])


def flipped(h: bytes, bit: int = 0) -> bytes:
    return bytes([h[0] ^ (1 << bit)]) + h[1:]


@pytest.mark.parametrize("m", [0, 7, 16, 20])
def test_inclusion_rejects_each_flipped_path_element(m):
    proof = merkle.inclusion_proof(LEAVES, m, N)
    for pos in range(len(proof)):
        bad = list(proof)
        bad[pos] = flipped(bad[pos])
        assert not merkle.verify_inclusion(m, N, LEAVES[m], bad, ROOT)


def test_inclusion_rejects_truncated_extended_and_misplaced_proofs():
    proof = merkle.inclusion_proof(LEAVES, 5, N)
    assert not merkle.verify_inclusion(5, N, LEAVES[5], proof[:-1], ROOT)
    assert not merkle.verify_inclusion(5, N, LEAVES[5], proof + [ROOT], ROOT)
    assert not merkle.verify_inclusion(6, N, LEAVES[5], proof, ROOT)
    assert not merkle.verify_inclusion(N, N, LEAVES[5], proof, ROOT)
    # size +- 1: the proof against the real root of that size (a checkpoint signs both together)
    assert not merkle.verify_inclusion(5, N + 1, LEAVES[5], proof, merkle.root(LEAVES[: N + 1]))
    assert not merkle.verify_inclusion(5, N - 1, LEAVES[5], proof, merkle.root(LEAVES[: N - 1]))
    assert not merkle.verify_inclusion(5, N, LEAVES[6], proof, ROOT)


def test_consistency_rejects_flips_truncation_swapped_roots_and_wrong_sizes():
    old_root = merkle.root(LEAVES[:13])
    proof = merkle.consistency_proof(LEAVES, 13, N)
    assert merkle.verify_consistency(13, N, old_root, ROOT, proof)
    for pos in range(len(proof)):
        bad = list(proof)
        bad[pos] = flipped(bad[pos], 3)
        assert not merkle.verify_consistency(13, N, old_root, ROOT, bad)
    assert not merkle.verify_consistency(13, N, old_root, ROOT, proof[:-1])
    assert not merkle.verify_consistency(13, N, old_root, ROOT, proof + [ROOT])
    assert not merkle.verify_consistency(13, N, ROOT, old_root, proof)
    assert not merkle.verify_consistency(12, N, old_root, ROOT, proof)
    assert not merkle.verify_consistency(13, N + 1, old_root, merkle.root(LEAVES[: N + 1]), proof)
    assert not merkle.verify_consistency(13, N - 1, old_root, merkle.root(LEAVES[: N - 1]), proof)
    assert not merkle.verify_consistency(0, N, old_root, ROOT, proof)


def test_proof_requests_outside_the_tree_are_refused():
    with pytest.raises(ValueError, match="no inclusion proof"):
        merkle.inclusion_proof(LEAVES, 5, 5)
    with pytest.raises(ValueError, match="no consistency proof"):
        merkle.consistency_proof(LEAVES, 0, 5)
    with pytest.raises(ValueError, match="no consistency proof"):
        merkle.consistency_proof(LEAVES, 6, 5)
