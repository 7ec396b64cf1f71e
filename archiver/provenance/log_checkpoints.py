"""Signing checkpoints of a provenance log, and reading the signed ones.

A checkpoint signs the log's size and Merkle root; one is kept per size, immutable, and the
latest is copied to ``checkpoint``. A head that does not extend the last signed checkpoint is
never signed. The Merkle state at the last checkpoint is cached in ``tree.json``.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import BinaryIO

from archiver.core import json_text
from archiver.core.durable import write_atomic
from archiver.errors import IntegrityError, UsageError
from archiver.provenance import keys, log_appends
from archiver.provenance.chain import complete_lines, line_hash
from archiver.provenance.log_files import (
    CHECKPOINT_DIR,
    LATEST_FILE,
    TREE_STATE_FILE,
)
from archiver.provenance.log_identity import LogIdentity, verified_checkpoint
from archiver.provenance.merkle import CompactRange, leaf_hash
from archiver.provenance.merkle import root as merkle_root
from archiver.provenance.note import (
    Checkpoint,
    NoteError,
    Signer,
    as_text,
    open_checkpoint,
    sign_checkpoint,
)
from archiver.provenance.signed_here import note_signer


class LogCheckpoints(LogIdentity):
    """Signed checkpoints: the signer, signing under the lock, and the latest signed one."""

    def _load_signer(self) -> Signer:
        if self._signer is None:
            self._check_identity()
            self._signer = keys.load_key(self.key_dir, self.origin, expected_vkey=self.vkey)
            note_signer(self.origin)  # (its key's news, if new, is this command's to say)
        return self._signer

    def _checkpoint_locked(self) -> Path:
        signer = self._load_signer()
        previous = self.latest_checkpoint()
        cr, end, fresh, before = self._tree_from_state(previous) or self._tree_from_scratch(previous)
        self._check_own_lines(previous.size if previous else 0, fresh, before)
        size = cr.size
        cp = Checkpoint(self.origin, size, cr.root())
        cdir = self.directory / CHECKPOINT_DIR
        cdir.mkdir(exist_ok=True)
        path = cdir / f"{cp.size}.checkpoint"
        if path.exists():
            try:
                existing = open_checkpoint(path.read_bytes(), self.verifier)
            except NoteError as exc:
                raise IntegrityError(f"{path} does not verify: {exc}") from exc
            if existing.root != cp.root:
                raise IntegrityError(f"{path} signs a different root for size {cp.size}; refusing to sign")
            note = path.read_text()
        else:
            note = sign_checkpoint(cp, signer)
            write_atomic(path, note.encode())
        latest = self.directory / LATEST_FILE
        if not latest.exists() or latest.read_text() != note:
            write_atomic(latest, note.encode())
        self._save_tree_state(cr, end)
        self._record_signed(note)
        return path

    def _check_own_lines(self, signed: int, fresh: list[bytes], before: str | None) -> None:
        """Sign only lines that chain on from the signed ones and are this machine's recorded
        appends (:mod:`~archiver.provenance.log_appends`); raises IntegrityError otherwise."""
        log_appends.check_chain(fresh, signed, before)
        place = keys.store_place(self.directory)
        spans = log_appends.recorded_spans(keys.read_record(self.key_dir, self.origin, place), place)
        tail = line_hash(fresh[-1]) if fresh else before
        log_appends.settle(spans, place, signed=signed, size=signed + len(fresh), tail=tail)

    # The Merkle state at the last checkpoint (compact range + where the file had got to) is
    # cached in tree.json so that signing after each command costs O(new entries), not O(log).
    # The cache is used only when its root is the signed root and the file's line before the
    # new entries is still the one it saw; anything else falls back to a full recomputation.
    def _tree_from_scratch(self, previous: Checkpoint | None) -> tuple[CompactRange, int, list[bytes], str | None]:
        """(tree, end of the last whole line, the lines after ``previous``, the hash of the one before)."""
        data = self._read()
        end = data.rfind(b"\n") + 1
        cr = CompactRange()
        prev_root = cr.root() if previous is not None and previous.size == 0 else None
        for line in complete_lines(data):
            cr.append(leaf_hash(line))
            if previous is not None and cr.size == previous.size:
                prev_root = cr.root()
        if previous is not None and prev_root != previous.root:
            raise IntegrityError(
                f"log.jsonl does not extend the last signed checkpoint (size {previous.size}); "
                "refusing to sign a conflicting head (run `archiver log verify`)"
            )
        lines = complete_lines(data)
        start = previous.size if previous is not None else 0
        return cr, end, lines[start:], line_hash(lines[start - 1]) if start > 0 else None

    def _tree_from_state(
        self, previous: Checkpoint | None
    ) -> tuple[CompactRange, int, list[bytes], str | None] | None:
        path = self.directory / TREE_STATE_FILE
        if previous is None or not path.exists():
            return None
        try:
            state = json.loads(path.read_text())
            cr = CompactRange.from_state(state["size"], [base64.b64decode(h) for h in state["stack"]])
            offset, last_hash = int(state["offset"]), state["last_entry_hash"]
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if cr.size != previous.size or cr.root() != previous.root or offset <= 0:
            return None
        with open(self.path, "rb") as f:
            last_line = _line_ending_at(f, offset)
            f.seek(offset)
            tail = f.read()
        if last_line is None or line_hash(last_line) != last_hash:
            return None
        if not self._signed_tail_matches(cr, offset):
            return None
        fresh = complete_lines(tail)
        for line in fresh:
            cr.append(leaf_hash(line))
        return cr, offset + tail.rfind(b"\n") + 1, fresh, str(last_hash)

    def _signed_tail_matches(self, cr: CompactRange, offset: int) -> bool:
        """Whether the lines before ``offset`` end with the ones the signed state commits to.

        Why: tree.json is a cache in the store, as writable as the log; its ``last_entry_hash``
        alone would let a log rewritten from some entry to its end (every later ``prev``
        recomputed) pass, with the rewritten last line's hash written into the cache. The
        state's last subtree (``cr.stack[-1]``, whose root the signed root depends on) covers
        the last ``2**k`` lines (``k``: the trailing zero bits of the size): hashing those
        lines ties the file's last line to the signature. It costs ``2**k`` leaf hashes, a few
        on average; a log whose size is a power of two is read whole, as without the cache."""
        want = cr.size & -cr.size
        if want == 0:
            return True
        with open(self.path, "rb") as f:
            window = 1 << 16
            while True:
                lo = max(0, offset - window)
                f.seek(lo)
                lines = f.read(offset - lo).split(b"\n")[:-1]  # the bytes end with a newline
                complete = lines if lo == 0 else lines[1:]
                if len(complete) >= want or lo == 0:
                    break
                window *= 4
        if len(complete) < want:
            return False
        return merkle_root(leaf_hash(line) for line in complete[len(complete) - want:]) == cr.stack[-1]

    def _save_tree_state(self, cr: CompactRange, end: int) -> None:
        if end <= 0:
            return
        with open(self.path, "rb") as f:
            last_line = _line_ending_at(f, end)
        if last_line is None:
            return  # (no complete line ends there: no cache rather than a wrong one)
        state = {
            "size": cr.size,
            "offset": end,
            "last_entry_hash": line_hash(last_line),
            "stack": [base64.b64encode(h).decode() for h in cr.stack],
        }
        write_atomic(self.directory / TREE_STATE_FILE, json_text.dumps(state).encode())

    def latest_checkpoint(self) -> Checkpoint | None:
        """The latest checkpoint, verified with the log's key; None if none was signed yet."""
        path = self.directory / LATEST_FILE
        if not path.exists():
            return None
        try:
            return verified_checkpoint(as_text(path.read_bytes(), str(path)), self.verifier.vkey)
        except NoteError as exc:
            raise IntegrityError(f"{path} does not verify with the log's key: {exc}") from exc

    def checkpoint_note(self, size: int | None = None) -> str:
        """The signed checkpoint note (latest, or the one for ``size``)."""
        path = self.directory / (LATEST_FILE if size is None else f"{CHECKPOINT_DIR}/{size}.checkpoint")
        if not path.exists():
            raise UsageError(f"no signed checkpoint {'yet' if size is None else f'for size {size}'}")
        return path.read_text()


def _line_ending_at(f: BinaryIO, end: int) -> bytes | None:
    """The whole line (without its newline) that ends at byte ``end`` of ``f``, however long;
    None when the byte before ``end`` is no newline.

    Why: this read a 64 KiB window and took what followed its last newline; a longer last line (a
    76 kB quote a user verified, an import's entry) gave the hash of a fragment, which the cache
    kept and the next entry chained on: every later append was refused as a rewritten log."""
    window = 1 << 16
    while True:
        lo = max(0, end - window)
        f.seek(lo)
        data = f.read(end - lo)
        if not data.endswith(b"\n"):
            return None
        start = data.rfind(b"\n", 0, len(data) - 1)
        if start >= 0 or lo == 0:
            return data[start + 1 : -1]
        window *= 4
