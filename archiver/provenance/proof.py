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

``verify_proof`` recomputes every leaf from the entry bytes, checks the checkpoint signature
and each inclusion path, the links between the entries, and (given the WARC) the payload
digest the capture entry names.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from archiver.errors import UsageError
from archiver.provenance.anchor import ANCHOR_TOLERANCE, Anchor, AnchorError
from archiver.provenance.chain import is_canonical, line_hash, parse_line, schema_problem
from archiver.provenance.merkle import inclusion_proof, leaf_hash, verify_inclusion
from archiver.provenance.note import Checkpoint, NoteError, Verifier, open_checkpoint, split_note
from archiver.provenance.verify import Problem

HEADER = "c2sp.org/tlog-proof@v1"
#: Fields of ``data`` that refer to other entries by seq, followed when building a proof.
REFERENCE_FIELDS = ("capture_seq", "extraction_seq")


def _references(obj: dict[str, Any]) -> list[int]:
    data = obj.get("data") if isinstance(obj, dict) else None
    if not isinstance(data, dict):
        return []
    return [data[f] for f in REFERENCE_FIELDS if isinstance(data.get(f), int) and not isinstance(data.get(f), bool)]


def build_proof(lines: Sequence[bytes], seq: int, checkpoint: Checkpoint, note: str) -> bytes:
    """The proof file for entry ``seq``: ``lines`` are the first ``checkpoint.size`` log lines."""
    leaves = [leaf_hash(line) for line in lines]
    order: list[int] = []
    todo = [seq]
    while todo:
        s = todo.pop(0)
        if s in order or not 0 <= s < len(lines):
            continue
        order.append(s)
        todo.extend(_references(json.loads(lines[s])))
    blocks = []
    for s in order:
        path = inclusion_proof(leaves, s, checkpoint.size)
        body = [HEADER, "extra " + base64.b64encode(lines[s]).decode(), f"index {s}"]
        body += [base64.b64encode(p).decode() for p in path]
        blocks.append("\n".join(body) + "\n\n" + note)
    return "".join(blocks).encode()


@dataclass(frozen=True, slots=True)
class ProofBlock:
    index: int
    extra: bytes
    path: tuple[bytes, ...]
    note: str


class MalformedProof(ValueError):
    pass


def parse_proof(data: bytes) -> list[ProofBlock]:
    """Split a proof file into tlog-proof blocks; raises MalformedProof naming what is wrong."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise MalformedProof("proof file is not UTF-8 text") from exc
    lines = text.split("\n")
    blocks: list[ProofBlock] = []
    i = 0
    while i < len(lines) and lines[i] != "":
        if lines[i] != HEADER:
            raise MalformedProof(f"line {i + 1}: expected {HEADER!r}")
        i += 1
        extra = b""
        if i < len(lines) and lines[i].startswith("extra "):
            extra = _b64(lines[i][6:], f"line {i + 1} (extra)")
            i += 1
        if i >= len(lines) or not lines[i].startswith("index "):
            raise MalformedProof(f"line {i + 1}: expected 'index <n>'")
        idx_s = lines[i][6:]
        if not idx_s.isdigit() or (idx_s != "0" and idx_s.startswith("0")):
            raise MalformedProof(f"line {i + 1}: index {idx_s!r} is not a decimal number")
        index = int(idx_s)
        i += 1
        path = []
        while i < len(lines) and lines[i] != "":
            h = _b64(lines[i], f"line {i + 1} (inclusion path)")
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


def _b64(s: str, where: str) -> bytes:
    try:
        return base64.b64decode(s, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise MalformedProof(f"{where}: invalid base64") from exc


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


def read_verifier(public_key_file: Path) -> Verifier:
    try:
        return Verifier.from_vkey(Path(public_key_file).read_text())
    except OSError as exc:
        raise UsageError(f"cannot read key file {public_key_file}: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise UsageError(f"{public_key_file} is not a verifier key: not UTF-8 text") from exc
    except NoteError as exc:
        raise UsageError(f"{public_key_file} is not a verifier key: {exc}") from exc


def verify_proof(
    data: bytes,
    *,
    public_key_file: Path,
    warc: Path | None = None,
    anchor: Anchor | None = None,
    anchor_proof: bytes | None = None,
) -> ProofReport:
    """Check a proof file with only the log's public key (and optionally the WARC).

    Args:
        warc: the WARC holding the capture: the payload digest the capture entry names is
            recomputed from it.
        anchor, anchor_proof: a time anchor (e.g. ``RFC3161Anchor(None, roots=...)``) and its
            proof over the proof's checkpoint (``checkpoints/<size>.rfc3161.tsr``): shows the
            entries existed no later than the anchored time.

    Raises:
        UsageError: the key file or WARC cannot be read (nothing was checked).
    """
    verifier = read_verifier(public_key_file)
    source = f"pinned key {public_key_file}"
    try:
        blocks = parse_proof(data)
    except MalformedProof as exc:
        return ProofReport(
            None, None, None, vkey=verifier.vkey, key_fingerprint=verifier.fingerprint, key_source=source,
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
    _check_links(blocks[0].index, objs, problems)
    digest = None
    if warc is not None:
        digest = _check_warc(warc, objs, problems)
    anchored = None
    if anchor is not None and anchor_proof is not None and cp is not None:
        anchored = _check_anchor(anchor, anchor_proof, cp, objs, problems)
    return ProofReport(
        origin=cp.origin if cp else None,
        checkpoint_size=cp.size if cp else None,
        root=base64.b64encode(cp.root).decode() if cp else None,
        vkey=verifier.vkey,
        key_fingerprint=verifier.fingerprint,
        key_source=source,
        entries=tuple(entries),
        warc=str(warc) if warc is not None else None,
        payload_digest=digest,
        anchor=anchored,
        problems=tuple(problems),
    )


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
    except ValueError:
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


def _check_links(first: int, objs: dict[int, dict[str, Any]], problems: list[Problem]) -> None:
    """Every entry the cited one refers to is present, and their shared facts agree."""
    todo, seen = [first], set()
    while todo:
        s = todo.pop()
        if s in seen or s not in objs:
            continue
        seen.add(s)
        obj = objs[s]
        for ref in _references(obj):
            if ref not in objs:
                problems.append(Problem("E_PROOF_MISSING_REF", f"entry {s} refers to entry {ref}, which the proof does not include", seq=s))
                continue
            mine, theirs = obj["data"], objs[ref]["data"]
            for key in ("capture_id", "text_sha256"):
                if key in mine and key in theirs and mine[key] != theirs[key]:
                    problems.append(
                        Problem("E_PROOF_LINK", f"entry {s} says {key} {mine[key]}, entry {ref} says {theirs[key]}", seq=s)
                    )
            todo.append(ref)


def _check_warc(warc: Path, objs: dict[int, dict[str, Any]], problems: list[Problem]) -> str | None:
    from archiver.capture.warc import record_digests
    from archiver.errors import WarcError

    captures = [o for o in objs.values() if o["type"] == "capture"]
    if not captures:
        problems.append(Problem("E_PROOF_WARC", "--warc given but the proof holds no capture entry"))
        return None
    data = captures[0]["data"]
    record_id = data.get("response_record_id")
    if not Path(warc).is_file():
        raise UsageError(f"cannot read WARC {warc}")
    try:
        _, payload = record_digests(Path(warc), record_id)
    except WarcError as exc:
        problems.append(Problem("E_PROOF_WARC", f"{Path(warc).name}: {exc.diagnostics()}"))
        return None
    if payload != data.get("payload_digest"):
        problems.append(
            Problem(
                "E_PROOF_WARC",
                f"WARC record {record_id} in {Path(warc).name} has payload {payload}, "
                f"the capture entry says {data.get('payload_digest')}",
            )
        )
    return payload


# --------------------------------------------------------------------------- consistency
def build_consistency(leaves: Sequence[bytes], old_size: int, note: str, new: Checkpoint) -> bytes:
    """An append-only proof from ``old_size`` to the signed checkpoint ``note``.

    Same layout as the C2SP tlog-witness ``add-checkpoint`` body: ``old <size>``, the RFC 9162
    consistency proof (one base64 hash per line), an empty line, the signed checkpoint.
    """
    from archiver.provenance.merkle import consistency_proof

    path = consistency_proof(leaves, old_size, new.size) if 0 < old_size < new.size else []
    body = [f"old {old_size}", *(base64.b64encode(p).decode() for p in path)]
    return ("\n".join(body) + "\n\n" + note).encode()


@dataclass(frozen=True, slots=True)
class ConsistencyReport:
    """Whether a newer signed checkpoint extends an older one (nothing rewritten or cut off)."""

    old_size: int | None
    new_size: int | None
    problems: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems and self.new_size is not None


def verify_consistency_proof(data: bytes, *, old_checkpoint: str, public_key_file: Path) -> ConsistencyReport:
    """Check that the checkpoint in ``data`` extends ``old_checkpoint`` (both signed by the key)."""
    from archiver.provenance.merkle import verify_consistency

    verifier = read_verifier(public_key_file)
    try:
        old = open_checkpoint(old_checkpoint, verifier)
    except NoteError as exc:
        return ConsistencyReport(None, None, (Problem("E_CKPT_SIG", f"old checkpoint: {exc}"),))
    try:
        text = data.decode("utf-8")
        head, note = text.split("\n\n", 1)
        lines = head.split("\n")
        if not lines[0].startswith("old ") or not lines[0][4:].isdigit():
            raise MalformedProof("first line must be 'old <size>'")
        claimed_old = int(lines[0][4:])
        path = [_b64(line, "consistency path") for line in lines[1:]]
    except (UnicodeDecodeError, ValueError) as exc:
        return ConsistencyReport(old.size, None, (Problem("E_PROOF_FORMAT", f"malformed consistency proof: {exc}"),))
    try:
        new = open_checkpoint(note, verifier)
    except NoteError as exc:
        return ConsistencyReport(old.size, None, (Problem("E_CKPT_SIG", f"new checkpoint: {exc}"),))
    problems = []
    if claimed_old != old.size:
        problems.append(Problem("E_CONSISTENCY", f"proof is from size {claimed_old}, the old checkpoint has size {old.size}"))
    elif new.size < old.size:
        problems.append(Problem("E_TRUNCATED", f"new checkpoint (size {new.size}) is smaller than the old one (size {old.size})"))
    elif not (old.size == 0 or verify_consistency(old.size, new.size, old.root, new.root, path)):
        problems.append(
            Problem(
                "E_CONSISTENCY",
                f"checkpoint size {new.size} does not extend checkpoint size {old.size} — history was rewritten (fork)",
            )
        )
    return ConsistencyReport(old.size, new.size, tuple(problems))
