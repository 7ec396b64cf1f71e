"""Stages 3 and 4 of a bundle check: the log checkpoint, its time-stamp, and every entry's proof.

The checkpoint's Ed25519 signature is checked with the pinned key (or the key in the bundle,
saying which; a key pinned for the bundle's log name that is not the bundle's key fails it,
``E_KEY``, as ``log verify`` fails such a log: :func:`archiver.provenance.key_pins.pin_mismatch`); an RFC 3161 time-stamp of it, if present, must match; each
``provenance/entry-<seq>.tlog-proof`` must prove its entry under that one checkpoint. The
proven entries are what the later stages check the bundle's records and quotes against.
"""

from __future__ import annotations

import re

from archiver.core.limits import read_member
from archiver.export.bundle_report import Checker
from archiver.provenance.key_pins import pin_mismatch
from archiver.provenance.note import NoteError, Verifier, open_checkpoint
from archiver.provenance.proof import check_proof, read_verifier
from archiver.provenance.prooftext import parse_proof

_PROOF_RE = re.compile(r"provenance/entry-(\d+)\.tlog-proof\Z")


def _proof_seq(name: str) -> int:
    """The entry number in a proof member's name (``entry-<seq>.tlog-proof``); -1 for another name."""
    m = _PROOF_RE.match(name)
    return int(m[1]) if m else -1


def check_checkpoint(c: Checker) -> None:
    pub = c.read("provenance/log.pub")
    if c.key_file is not None:
        c.verifier = read_verifier(c.key_file)  # the user's key file: read here, checked in memory
        c.key_source = f"pinned key {c.key_file}"
        c.key_pinned = True
        if pub is not None and pub.decode(errors="replace").strip() != c.verifier.vkey:
            c.fail("provenance/log.pub is not the pinned key: the bundle speaks for another log",
                      "provenance/log.pub")
    elif pub is None:
        c.fail("provenance/log.pub is missing and no --key was given", "provenance/log.pub")
        return
    else:
        try:
            c.verifier = Verifier.from_vkey(pub)
        except NoteError as exc:
            c.fail(f"provenance/log.pub is not a verifier key: {exc}", "provenance/log.pub")
            return
        mismatch = pin_mismatch(c.verifier, c.key_dir)
        if mismatch is not None:  # a copy re-keyed under the owner's log name: no advice to pin it
            c.fail(mismatch, "provenance/log.pub", "E_KEY")
            c.key_source = (f"the key inside the bundle (provenance/log.pub), which is NOT the key pinned for "
                            f"log {c.verifier.name}")
        elif c.verifier.vkey in c.trusted:
            c.key_pinned = True
            c.key_source = f"pinned: {c.trusted[c.verifier.vkey]}"
        else:
            c.key_source = ("the key inside the bundle (provenance/log.pub), NOT pinned: pass --key with "
                               "the author's published key, or pin it with `archiver key pin FILE`")
    raw = c.read("provenance/checkpoint.txt")
    if raw is None:
        c.fail("provenance/checkpoint.txt is missing", "provenance/checkpoint.txt")
        return
    try:
        cp = open_checkpoint(raw, c.verifier)
    except NoteError as exc:
        c.fail(f"the checkpoint's signature does not verify with key {c.verifier.fingerprint} ({exc})",
                  "provenance/checkpoint.txt")
        return
    c.checkpoint_note = raw.decode()  # open_checkpoint decoded it: UTF-8
    c.checkpoint = cp
    c.checkpoint_size = cp.size
    c.origin = cp.origin

def check_anchor(c: Checker) -> None:
    """An RFC 3161 time-stamp of the checkpoint, if the bundle has one."""
    from archiver.provenance.anchor import AnchorError, RFC3161Anchor, load_certificates

    for name in (n for n in c.parseable("provenance/checkpoint.") if n.endswith(".tsr")):  # none unlisted
        if c.checkpoint is None:
            c.warn(f"{name} not checked: no verified checkpoint", name, "W_INCOMPLETE")
            continue
        anchor = RFC3161Anchor(None, roots=load_certificates(c.tsa_roots) if c.tsa_roots else None)
        try:
            result = anchor.verify(c.checkpoint.text().encode(), read_member(c.zf, name))
        except AnchorError as exc:
            c.fail(f"{name}: the time-stamp does not match the checkpoint or does not verify ({exc})", name)
            continue
        c.anchor = {**result.to_dict(), "file": name}
        c.anchor_check = (anchor, read_member(c.zf, name))
        if not result.trusted:
            c.warn(f"{name}: the TSA's certificate chain was not checked (pass --tsa-root with the TSA's "
                      "root certificate)", name, "W_ANCHOR_UNTRUSTED")

def check_proofs(c: Checker) -> None:
    proofs = sorted((n for n in c.parseable("provenance/") if _PROOF_RE.match(n)), key=_proof_seq)  # none unlisted
    if not proofs:
        c.fail("the bundle holds no provenance proofs", "provenance/")
        return
    if c.verifier is None or c.checkpoint_note is None:
        c.warn("provenance proofs not checked: no verified checkpoint", code="W_INCOMPLETE")
        return
    for name in proofs:
        data = read_member(c.zf, name)
        seq = _proof_seq(name)
        # With a time-stamp, verify_proof also refuses entries claiming a time after it.
        anchor, token = c.anchor_check or (None, None)
        report = check_proof(data, c.verifier, key_source=c.key_source, anchor=anchor, anchor_proof=token)
        if not report.ok:
            for p in report.problems:
                c.fail(f"{name}: {p.message}", name, p.code)
            continue
        blocks = parse_proof(data)
        if blocks[0].index != seq:
            c.fail(f"{name} proves entry {blocks[0].index}, not {seq}", name)
            continue
        if any(b.note != c.checkpoint_note for b in blocks):
            c.fail(f"{name} is proven against a different checkpoint than provenance/checkpoint.txt "
                      "(checkpoint swapped?)", name)
            continue
        for e in report.entries:
            c.entries[e["seq"]] = {"seq": e["seq"], "type": e["type"], "data": e["data"], "proof": name}
