"""Self-contained proofs a paper can cite, in the C2SP ``tlog-proof@v1`` format.

A proof file is one or more tlog-proof blocks against the *same* signed checkpoint. The first
block is the cited entry; the others are the entries it refers to (an extraction's capture, a
quote's extraction and capture), so a reader can follow the chain of evidence offline with
only the log's public key. Each block::

    c2sp.org/tlog-proof@v1
    extra <base64 of the entry line>       # unauthenticated; its leaf hash is what is proven
    index <seq>
    <base64 hash>                          # inclusion path, leaf's sibling first
    ...
                                           # empty line
    <signed checkpoint note, verbatim>

``check_proof`` recomputes every leaf from the entry bytes, checks the checkpoint signature
and each inclusion path, the links between the entries, and (given the WARC's digest) the
payload digest the capture entry names.

Verification is pure, as in python-tuf and sigstore-python: ``check_proof`` and
``check_consistency`` take bytes and a :class:`~archiver.provenance.note.Verifier` and return a
report listing every problem; ``require_proof``/``require_consistency`` raise
:class:`~archiver.errors.ProofError` instead. Reading files (the key, the WARC) happens only
in the thin callers ``verify_proof``/``verify_consistency_proof``. The text formats live in
:mod:`archiver.provenance.prooftext`.

Why one file of ~560 lines: building and checking a tlog-proof must agree on every byte; the
text format itself is in :mod:`archiver.provenance.prooftext` and the tree in
:mod:`archiver.provenance.merkle`.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from archiver.core.files import read_user_file
from archiver.errors import MalformedEntry, MalformedProof, NoteError, ProofError, UsageError
from archiver.provenance.anchor import ANCHOR_TOLERANCE, Anchor, AnchorError
from archiver.provenance.chain import (
    REFERRED_TYPES,
    is_canonical,
    line_hash,
    parse_line,
    schema_problem,
)
from archiver.provenance.merkle import (
    InclusionProver,
    consistency_proof,
    leaf_hash,
    verify_consistency,
    verify_inclusion,
)
from archiver.provenance.note import Checkpoint, Verifier, open_checkpoint, split_note
from archiver.provenance.prooftext import (
    HEADER,
    ConsistencyProof,
    ProofBlock,
    format_consistency,
    format_proof,
    parse_consistency,
    parse_proof,
)
from archiver.provenance.verify import Problem

__all__ = [
    "HEADER",
    "ConsistencyReport",
    "MalformedProof",
    "ProofBlock",
    "ProofReport",
    "WarcPayload",
    "build_consistency",
    "build_proof",
    "build_proofs",
    "check_consistency",
    "check_proof",
    "parse_proof",
    "read_verifier",
    "require_consistency",
    "require_proof",
    "verify_consistency_proof",
    "verify_proof",
]

#: Fields of ``data`` that refer to other entries by seq, followed when building a proof.
REFERENCE_FIELDS = tuple(REFERRED_TYPES)


def _referring(obj: Any) -> list[tuple[str, int]]:
    """The entries ``obj`` refers to, each with the field that names it."""
    data = obj.get("data") if isinstance(obj, dict) else None
    if not isinstance(data, dict):
        return []
    return [(f, data[f]) for f in REFERENCE_FIELDS if type(data.get(f)) is int]


def _references(obj: Any) -> list[int]:
    return [ref for _, ref in _referring(obj)]


def _proof_order(lines: Sequence[bytes], seq: int, size: int) -> list[int]:
    """``seq`` and the entries it refers to, transitively, breadth first: the blocks of its proof."""
    order: list[int] = []
    todo = [seq]
    while todo:
        s = todo.pop(0)
        if s in order or not 0 <= s < size:
            continue
        order.append(s)
        todo.extend(_references(json.loads(lines[s])))
    return order


def build_proofs(lines: Sequence[bytes], seqs: Sequence[int], checkpoint: Checkpoint, note: str,
                 leaves: Sequence[bytes] | None = None) -> dict[int, bytes]:
    """The proof file of each entry in ``seqs``: ``lines`` are the log's first lines (at least
    ``checkpoint.size`` of them), ``note`` the signed checkpoint, verbatim; ``leaves``, when the
    caller already hashed them (to check the root), the leaf hashes of those lines.

    All proofs share one :class:`~archiver.provenance.merkle.InclusionProver`, so a bundle's
    hundreds of proofs cost one pass over the tree, not one each.
    """
    size = min(checkpoint.size, len(lines))
    prover = InclusionProver(leaves[:size] if leaves is not None else [leaf_hash(line) for line in lines[:size]],
                             size)
    return {
        seq: format_proof([ProofBlock(s, lines[s], tuple(prover.proof(s)), note) for s in _proof_order(lines, seq, size)])
        for seq in seqs
    }


def build_proof(lines: Sequence[bytes], seq: int, checkpoint: Checkpoint, note: str,
                leaves: Sequence[bytes] | None = None) -> bytes:
    """The proof file for entry ``seq``: ``lines`` are the first ``checkpoint.size`` log lines
    (``leaves``, if given, their leaf hashes)."""
    return build_proofs(lines, [seq], checkpoint, note, leaves)[seq]


@dataclass(frozen=True, slots=True)
class ProofReport:
    """What ``verify_proof`` established; ``ok`` only when every check passed."""

    origin: str | None
    checkpoint_size: int | None
    root: str | None
    vkey: str
    key_fingerprint: str
    key_source: str
    entries: tuple[dict[str, Any], ...] = ()
    warc: str | None = None
    payload_digest: str | None = None
    anchor: dict[str, Any] | None = None
    problems: tuple[Problem, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.entries)

    def raise_for_problems(self) -> ProofReport:
        """This report if it verified; else :class:`ProofError` naming the first problem."""
        if not self.ok:
            first = self.problems[0].message if self.problems else "the proof holds no entry"
            more = f" (and {len(self.problems) - 1} more)" if len(self.problems) > 1 else ""
            raise ProofError(f"proof does not verify: {first}{more}")
        return self

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "origin": self.origin,
            "checkpoint_size": self.checkpoint_size,
            "root": self.root,
            "vkey": self.vkey,
            "key_fingerprint": self.key_fingerprint,
            "key_source": self.key_source,
            "entries": list(self.entries),
            "warc": self.warc,
            "payload_digest": self.payload_digest,
            "anchor": self.anchor,
            "problems": [p.to_dict() for p in self.problems],
        }


@dataclass(frozen=True, slots=True)
class WarcPayload:
    """What a caller read from a WARC for :func:`check_proof`: the payload digest of the record
    the proof's capture entry names, or why it could not be read (``error``)."""

    path: str
    record_id: str | None
    payload_digest: str | None = None
    error: str | None = None
    #: the record's payload digest as archiver computed it before 2026-11-30, where that differs
    #: (a capture entry written then names it; see archiver.capture.warc.legacy_payload_digest)
    legacy_payload_digest: str | None = None
    #: the sha256 of the record's whole block (HTTP head and body as stored): the capture entry
    #: logs it per record, and it fixes what the payload digest alone does not (the head, and
    #: where the body begins: two readings of one block may split it apart differently)
    block_digest: str | None = None

    @property
    def name(self) -> str:
        return Path(self.path).name


def check_proof(
    data: bytes,
    verifier: Verifier,
    *,
    key_source: str = "given key",
    warc: WarcPayload | None = None,
    anchor: Anchor | None = None,
    anchor_proof: bytes | None = None,
) -> ProofReport:
    """Check a proof file's bytes against ``verifier``: pure, every problem in the report.

    Args:
        key_source: how the caller came by the key, repeated in the report.
        warc: the payload digest read from the WARC holding the capture (see
            :func:`capture_record_id`): compared with the one the capture entry names.
        anchor, anchor_proof: a time anchor (e.g. ``RFC3161Anchor(None, roots=...)``) and its
            proof over the proof's checkpoint (``checkpoints/<size>.rfc3161.tsr``): shows the
            entries existed no later than the anchored time.
    """
    try:
        blocks = parse_proof(data)
    except MalformedProof as exc:
        return ProofReport(
            None, None, None, vkey=verifier.vkey, key_fingerprint=verifier.fingerprint, key_source=key_source,
            problems=(Problem("E_PROOF_FORMAT", f"malformed proof: {exc}"),),
        )
    problems: list[Problem] = []
    cp = _check_checkpoints(blocks, verifier, problems)
    entries: list[dict[str, Any]] = []
    objs: dict[int, dict[str, Any]] = {}
    for b in blocks:
        obj = _check_block(b, cp, problems)
        if obj is not None:
            objs[b.index] = obj
        entries.append(
            {"seq": b.index, "type": obj.get("type") if obj else None, "entry_hash": line_hash(b.extra),
             "data": obj.get("data") if obj else None}
        )
    _check_links(objs, problems)
    digest = _check_warc(warc, objs, problems) if warc is not None else None
    anchored = None
    if anchor is not None and anchor_proof is not None and cp is not None:
        anchored = _check_anchor(anchor, anchor_proof, cp, objs, problems)
    return ProofReport(
        origin=cp.origin if cp else None,
        checkpoint_size=cp.size if cp else None,
        root=base64.b64encode(cp.root).decode() if cp else None,
        vkey=verifier.vkey,
        key_fingerprint=verifier.fingerprint,
        key_source=key_source,
        entries=tuple(entries),
        warc=warc.path if warc is not None else None,
        payload_digest=digest,
        anchor=anchored,
        problems=tuple(problems),
    )


def require_proof(data: bytes, verifier: Verifier, **kwargs: Any) -> ProofReport:
    """:func:`check_proof`, raising :class:`ProofError` unless the proof verifies."""
    return check_proof(data, verifier, **kwargs).raise_for_problems()


def _capture_entry(objs: dict[int, dict[str, Any]]) -> dict[str, Any] | None:
    """The data of the first well-formed ``capture`` entry among the proven ones."""
    for obj in objs.values():
        if obj["type"] == "capture":
            data: dict[str, Any] = obj["data"]
            return data
    return None


def capture_record_id(data: bytes) -> str | None:
    """The WARC record the proof's capture entry names (what a caller reads for ``warc``), or
    None when the proof holds no well-formed capture entry. Pure; never raises."""
    try:
        blocks = parse_proof(data)
    except MalformedProof:
        return None
    for b in blocks:
        try:
            obj, _ = parse_line(b.extra)
        except MalformedEntry:
            continue
        if schema_problem(obj) is None and obj["type"] == "capture":
            rid = obj["data"].get("response_record_id")
            return rid if isinstance(rid, str) else None
    return None


def read_verifier(public_key_file: Path) -> Verifier:
    """The verifier key in a key file (the one place a key file is read).

    Raises:
        UsageError: the file cannot be read or holds no verifier key (nothing was checked).
    """
    raw = read_user_file(public_key_file, "key file")
    try:
        return Verifier.from_vkey(raw)
    except NoteError as exc:
        raise UsageError(f"{public_key_file} is not a verifier key: {exc}") from exc


def read_warc_payload(warc: Path, record_id: str | None) -> WarcPayload:
    """Read the payload digest of ``record_id`` from the WARC file ``warc`` for :func:`check_proof`.

    Raises:
        UsageError: the WARC file is not there (nothing was checked).
    """
    from archiver.capture.warc import find_record
    from archiver.errors import WarcError

    if record_id is None:
        return WarcPayload(str(warc), None)
    if not Path(warc).is_file():
        raise UsageError(f"cannot read WARC {warc}")
    try:
        rec = find_record(Path(warc), record_id)
    except WarcError as exc:
        return WarcPayload(str(warc), record_id, error=exc.diagnostics())
    return WarcPayload(str(warc), record_id, rec.payload_digest, legacy_payload_digest=rec.legacy_payload(),
                       block_digest=rec.block_digest)


def verify_proof(
    data: bytes,
    *,
    public_key_file: Path,
    warc: Path | None = None,
    anchor: Anchor | None = None,
    anchor_proof: bytes | None = None,
) -> ProofReport:
    """Check a proof file with only the log's public key file (and optionally the WARC file):
    reads those files, then :func:`check_proof`.

    Raises:
        UsageError: the key file or WARC cannot be read (nothing was checked).
    """
    verifier = read_verifier(public_key_file)
    payload = read_warc_payload(warc, capture_record_id(data)) if warc is not None else None
    return check_proof(data, verifier, key_source=f"pinned key {public_key_file}", warc=payload,
                       anchor=anchor, anchor_proof=anchor_proof)


def _check_anchor(
    anchor: Anchor, proof: bytes, cp: Checkpoint, objs: dict[int, dict[str, Any]], problems: list[Problem]
) -> dict[str, Any] | None:
    try:
        result = anchor.verify(cp.text().encode(), proof)
    except AnchorError as exc:
        problems.append(Problem("E_ANCHOR", f"time anchor of checkpoint {cp.size}: {exc}"))
        return None
    for seq, obj in sorted(objs.items()):
        claimed = dt.datetime.strptime(obj["time"], "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.UTC)
        if claimed > result.time + ANCHOR_TOLERANCE:
            problems.append(
                Problem(
                    "E_ANCHOR",
                    f"entry {seq} claims time {obj['time']}, after its checkpoint was anchored at "
                    f"{result.time:%Y-%m-%dT%H:%M:%SZ}",
                    seq=seq,
                )
            )
    return result.to_dict()


def _check_checkpoints(blocks: list[ProofBlock], verifier: Verifier, problems: list[Problem]) -> Checkpoint | None:
    notes = {b.note for b in blocks}
    if len(notes) > 1:
        problems.append(Problem("E_PROOF_CHECKPOINT", "the blocks of this proof name different checkpoints"))
    note = blocks[0].note
    try:
        return open_checkpoint(note, verifier)
    except NoteError as exc:
        problems.append(Problem("E_PROOF_SIG", f"checkpoint: signature invalid or by another key ({exc})"))
    try:  # still report the rest against the unverified checkpoint, clearly marked above
        text, _ = split_note(note)
        return Checkpoint.parse(text)
    except NoteError:
        return None


def _check_block(b: ProofBlock, cp: Checkpoint | None, problems: list[Problem]) -> dict[str, Any] | None:
    s = b.index
    obj: dict[str, Any] | None = None
    plain = True
    try:
        parsed, plain = parse_line(b.extra)
    except MalformedEntry:
        problems.append(Problem("E_PROOF_ENTRY", f"entry {s}: the entry bytes (extra) are not valid JSON", seq=s))
        parsed = None
    if parsed is not None:
        bad = schema_problem(parsed)
        if bad:
            problems.append(Problem("E_PROOF_ENTRY", f"entry {s}: {bad}", seq=s))
        else:
            obj = parsed
            if not is_canonical(b.extra, parsed, plain):
                problems.append(Problem("E_PROOF_ENTRY", f"entry {s}: entry bytes are not RFC 8785 canonical", seq=s))
            if parsed["seq"] != s:
                problems.append(Problem("E_PROOF_INDEX", f"entry {s}: proof index {s} but the entry says seq {parsed['seq']}", seq=s))
            if cp is not None and parsed["log"] != cp.origin:
                problems.append(Problem("E_PROOF_ORIGIN", f"entry {s}: belongs to log {parsed['log']}, checkpoint is for {cp.origin}", seq=s))
    if cp is not None and not verify_inclusion(s, cp.size, leaf_hash(b.extra), b.path, cp.root):
        problems.append(
            Problem(
                "E_PROOF_INCLUSION",
                f"entry {s}: not included in checkpoint size {cp.size} — the entry bytes, the index or the "
                "inclusion path were altered",
                seq=s,
            )
        )
    return obj


def _check_links(objs: dict[int, dict[str, Any]], problems: list[Problem]) -> None:
    """Every entry the proof carries has each entry it refers to in the proof too, and their shared
    facts agree.

    Why every one, not only those the cited entry reaches: a reader takes every entry of a proof
    that verifies as proven (``verify-bundle`` does), so a block no chain from the cited entry
    reaches (a correction appended by hand to another entry's proof, without the extraction it
    names) was taken without its references, and the bundle's correction check was told "no entry
    before it" of an entry the log does hold (sec56). A proof ``log proof`` writes carries the
    closure of the cited entry's references, so every block's references are in it already."""
    todo, seen = sorted(objs), set()
    while todo:
        s = todo.pop()
        if s in seen or s not in objs:
            continue
        seen.add(s)
        obj = objs[s]
        for name, ref in _referring(obj):
            if ref not in objs:
                problems.append(Problem("E_PROOF_MISSING_REF", f"entry {s} refers to entry {ref}, which the proof does not include", seq=s))
                continue
            if objs[ref].get("type") not in REFERRED_TYPES[name]:  # a value "before" held to a capture entry
                problems.append(Problem("E_PROOF_LINK", f"entry {s} says {name} {ref}, but entry {ref} is a "
                                        f"{objs[ref].get('type')} entry, not {' or '.join(REFERRED_TYPES[name])}",
                                        seq=s))
            mine, theirs = obj["data"], objs[ref]["data"]
            for key in ("capture_id", "text_sha256"):
                if key in mine and key in theirs and mine[key] != theirs[key]:
                    problems.append(
                        Problem("E_PROOF_LINK", f"entry {s} says {key} {mine[key]}, entry {ref} says {theirs[key]}", seq=s)
                    )
            todo.append(ref)


def _check_warc(warc: WarcPayload, objs: dict[int, dict[str, Any]], problems: list[Problem]) -> str | None:
    """Compare the payload digest read from the WARC with the one the capture entry names."""
    data = _capture_entry(objs)
    if data is None:
        problems.append(Problem("E_PROOF_WARC", "--warc given but the proof holds no capture entry"))
        return None
    record_id = data.get("response_record_id")
    if warc.error is not None:
        problems.append(Problem("E_PROOF_WARC", f"{warc.name}: {warc.error}"))
        return None
    stated = data.get("payload_digest")
    listed = [r for r in data.get("records") or [] if isinstance(r, dict) and r.get("record_id") == record_id]
    logged_block = listed[0].get("block_digest") if listed else None
    if warc.record_id == record_id and logged_block is not None and warc.block_digest != logged_block:
        # the whole block first: a block built so that an earlier reading of it (the legacy payload
        # digest) gives the logged payload while today's reading begins its body with other words
        problems.append(Problem("E_PROOF_WARC", f"WARC record {record_id} in {warc.name} has block "
                                                f"{warc.block_digest}, the capture entry says {logged_block}"))
        return warc.payload_digest
    if warc.record_id == record_id and stated is not None and stated == warc.legacy_payload_digest:
        return warc.legacy_payload_digest  # the entry was written before 2026-11-30's de-chunker
    if warc.record_id != record_id or warc.payload_digest != stated:
        problems.append(
            Problem(
                "E_PROOF_WARC",
                f"WARC record {record_id} in {warc.name} has payload {warc.payload_digest}, "
                f"the capture entry says {data.get('payload_digest')}",
            )
        )
    return warc.payload_digest


# --------------------------------------------------------------------------- consistency
def build_consistency(leaves: Sequence[bytes], old_size: int, note: str, new: Checkpoint) -> bytes:
    """An append-only proof from ``old_size`` to the signed checkpoint ``note`` (see
    :mod:`archiver.provenance.prooftext` for the layout)."""
    path = consistency_proof(leaves, old_size, new.size) if 0 < old_size < new.size else []
    return format_consistency(ConsistencyProof(old_size, tuple(path), note))


@dataclass(frozen=True, slots=True)
class ConsistencyReport:
    """Whether a newer signed checkpoint extends an older one (nothing rewritten or cut off)."""

    old_size: int | None
    new_size: int | None
    problems: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems and self.new_size is not None

    def raise_for_problems(self) -> ConsistencyReport:
        """This report if the newer checkpoint extends the older; else :class:`ProofError`."""
        if not self.ok:
            first = self.problems[0].message if self.problems else "no newer checkpoint"
            raise ProofError(f"consistency proof does not verify: {first}")
        return self


def check_consistency(data: bytes, *, old_checkpoint: str | bytes, verifier: Verifier) -> ConsistencyReport:
    """Check that the checkpoint in ``data`` extends ``old_checkpoint`` (both signed by
    ``verifier``): pure, every problem in the report."""
    try:
        old = open_checkpoint(old_checkpoint, verifier)
    except NoteError as exc:
        return ConsistencyReport(None, None, (Problem("E_CKPT_SIG", f"old checkpoint: {exc}"),))
    try:
        proof = parse_consistency(data)
    except MalformedProof as exc:
        return ConsistencyReport(old.size, None, (Problem("E_PROOF_FORMAT", f"malformed consistency proof: {exc}"),))
    try:
        new = open_checkpoint(proof.note, verifier)
    except NoteError as exc:
        return ConsistencyReport(old.size, None, (Problem("E_CKPT_SIG", f"new checkpoint: {exc}"),))
    problems = []
    if proof.old_size != old.size:
        problems.append(Problem("E_CONSISTENCY", f"proof is from size {proof.old_size}, the old checkpoint has size {old.size}"))
    elif new.size < old.size:
        problems.append(Problem("E_TRUNCATED", f"new checkpoint (size {new.size}) is smaller than the old one (size {old.size})"))
    elif not (old.size == 0 or verify_consistency(old.size, new.size, old.root, new.root, proof.path)):
        problems.append(
            Problem(
                "E_CONSISTENCY",
                f"checkpoint size {new.size} does not extend checkpoint size {old.size} — history was rewritten (fork)",
            )
        )
    return ConsistencyReport(old.size, new.size, tuple(problems))


def require_consistency(data: bytes, *, old_checkpoint: str | bytes, verifier: Verifier) -> ConsistencyReport:
    """:func:`check_consistency`, raising :class:`ProofError` unless the newer checkpoint extends the older."""
    return check_consistency(data, old_checkpoint=old_checkpoint, verifier=verifier).raise_for_problems()


def verify_consistency_proof(data: bytes, *, old_checkpoint: str | bytes, public_key_file: Path) -> ConsistencyReport:
    """Read the key file, then :func:`check_consistency`."""
    return check_consistency(data, old_checkpoint=old_checkpoint, verifier=read_verifier(public_key_file))
