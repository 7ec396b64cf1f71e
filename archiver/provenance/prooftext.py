"""The proof file formats as text: one formatter and one parser each. Pure, no I/O.

Inclusion proofs are C2SP ``tlog-proof@v1`` blocks, one or more against the *same* signed
checkpoint::

    c2sp.org/tlog-proof@v1
    extra <base64 of the entry line>       # unauthenticated; its leaf hash is what is proven
    index <seq>
    <base64 hash>                          # inclusion path, leaf's sibling first
    ...
                                           # empty line
    <signed checkpoint note, verbatim>

Consistency proofs use the layout of the C2SP tlog-witness ``add-checkpoint`` body::

    old <size>
    <base64 hash>                          # RFC 9162 consistency path
    ...
                                           # empty line
    <signed checkpoint note, verbatim>

Every writer (``log proof``, ``log consistency``, WACZ export) formats through here and every
reader (``log verify-proof``, ``verify-bundle``, ``log proof``'s summary) parses through here,
so the bytes cannot drift apart. Parsers raise :class:`archiver.errors.MalformedProof` only.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Sequence
from dataclasses import dataclass

from archiver.errors import MalformedProof

HEADER = "c2sp.org/tlog-proof@v1"

__all__ = [
    "HEADER",
    "ConsistencyProof",
    "MalformedProof",
    "ProofBlock",
    "format_consistency",
    "format_proof",
    "parse_consistency",
    "parse_proof",
]


@dataclass(frozen=True, slots=True)
class ProofBlock:
    """One tlog-proof block: the entry bytes, its index, its inclusion path, the signed note."""

    index: int
    extra: bytes
    path: tuple[bytes, ...]
    note: str


@dataclass(frozen=True, slots=True)
class ConsistencyProof:
    """A consistency proof from ``old_size`` to the checkpoint signed in ``note``."""

    old_size: int
    path: tuple[bytes, ...]
    note: str


def _b64(h: bytes) -> str:
    return base64.b64encode(h).decode()


def format_block(block: ProofBlock) -> str:
    """One block as text (ends with the note, which ends in a newline)."""
    body = [HEADER, "extra " + _b64(block.extra), f"index {block.index}", *(_b64(h) for h in block.path)]
    return "\n".join(body) + "\n\n" + block.note


def format_proof(blocks: Sequence[ProofBlock]) -> bytes:
    """A proof file: the blocks one after the other, the cited entry first."""
    return "".join(format_block(b) for b in blocks).encode()


def format_consistency(proof: ConsistencyProof) -> bytes:
    body = [f"old {proof.old_size}", *(_b64(h) for h in proof.path)]
    return ("\n".join(body) + "\n\n" + proof.note).encode()


def _text(data: bytes, what: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise MalformedProof(f"{what} is not UTF-8 text") from exc


def _unb64(s: str, where: str) -> bytes:
    try:
        return base64.b64decode(s, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise MalformedProof(f"{where}: invalid base64") from exc


def _decimal(s: str) -> int | None:
    """A decimal number without leading zeros, or None."""
    if not s.isascii() or not s.isdigit() or (s != "0" and s.startswith("0")):
        return None
    return int(s)


def parse_proof(data: bytes) -> list[ProofBlock]:
    """The one decoder of tlog-proof files; raises :class:`MalformedProof` naming the line."""
    lines = _text(data, "proof file").split("\n")
    blocks: list[ProofBlock] = []
    i = 0
    while i < len(lines) and lines[i] != "":
        if lines[i] != HEADER:
            raise MalformedProof(f"line {i + 1}: expected {HEADER!r}")
        i += 1
        extra = b""
        if i < len(lines) and lines[i].startswith("extra "):
            extra = _unb64(lines[i][6:], f"line {i + 1} (extra)")
            i += 1
        if i >= len(lines) or not lines[i].startswith("index "):
            raise MalformedProof(f"line {i + 1}: expected 'index <n>'")
        index = _decimal(lines[i][6:])
        if index is None:
            raise MalformedProof(f"line {i + 1}: index {lines[i][6:]!r} is not a decimal number")
        i += 1
        path = []
        while i < len(lines) and lines[i] != "":
            h = _unb64(lines[i], f"line {i + 1} (inclusion path)")
            if len(h) != 32:
                raise MalformedProof(f"line {i + 1}: inclusion path hash is not 32 bytes")
            path.append(h)
            i += 1
        i += 1  # the empty line
        start = i
        while i < len(lines) and lines[i] != HEADER:
            i += 1
        note = "\n".join(lines[start:i])
        if not note.endswith("\n"):
            note += "\n"
        blocks.append(ProofBlock(index, extra, tuple(path), note))
    if not blocks:
        raise MalformedProof(f"not a tlog-proof (no {HEADER!r} block)")
    return blocks


def parse_consistency(data: bytes) -> ConsistencyProof:
    """The one decoder of consistency-proof files; raises :class:`MalformedProof`."""
    text = _text(data, "consistency proof")
    head, sep, note = text.partition("\n\n")
    if not sep:
        raise MalformedProof("no empty line before the signed checkpoint")
    lines = head.split("\n")
    old_size = _decimal(lines[0][4:]) if lines[0].startswith("old ") else None
    if old_size is None:
        raise MalformedProof("first line must be 'old <size>'")
    path = tuple(_unb64(line, f"line {n} (consistency path)") for n, line in enumerate(lines[1:], 2))
    return ConsistencyProof(old_size, path, note)
