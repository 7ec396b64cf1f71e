"""``archiver log ...``: read, verify, checkpoint, prove and anchor the provenance log.

A thin layer over :mod:`archiver.provenance`: parse options, call one library method, render.
Verifying commands print which key they trust (pinned with ``--key`` or ``log.pub``) and its
fingerprint; exit 0 when everything checks out, 1 when a problem was found.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import click

from archiver.cli import Context, cli
from archiver.cli.numbers import SafeIntRange
from archiver.cli.output import (
    UTF8_TEXT,
    checked_output_path,
    emit_json,
    emit_nl,
    err,
    output_file_option,
    output_options,
)
from archiver.core.files import read_user_file, write_user_file
from archiver.errors import EXIT_INCOMPLETE, EXIT_OK, EXIT_PROBLEM, UsageError
from archiver.provenance import (
    ENTRY_TYPES,
    LogEntry,
    ProvenanceLog,
    check_consistency,
    verify_proof,
)
from archiver.provenance.anchor import RFC3161Anchor, load_certificates
from archiver.provenance.note import NoteError, open_checkpoint
from archiver.provenance.proof import read_verifier
from archiver.provenance.prooftext import parse_proof

#: Readable output lists this many problems of one kind, then counts the rest (--json has all).
MAX_SHOWN_PER_CODE = 20


def _archive(obj: Context) -> Any:
    """The store, opened without creating anything: no store at --store is bad input (exit 2)."""
    from archiver.archive import Archive

    return Archive.open(Path(obj.store_path), mode="read")


def _open(obj: Context) -> ProvenanceLog:
    """The store's log; nothing is created (a store with captures but no log lost it: exit 3,
    saying how to recover; an empty store without one: exit 2)."""
    return _archive(obj).log  # type: ignore[no-any-return]


def _writing(obj: Context, does: str) -> ProvenanceLog:
    """The store's log, for a command that writes into it (signs a checkpoint, adopts entries,
    stores a time anchor): a read-only store is refused (exit 3) before anything is done (no
    time-stamping authority asked)."""
    arc = obj.open_archive()  # ("write": see archiver.cli.store_mode)
    arc.refuse_read_only(does)
    return arc.log  # type: ignore[no-any-return]


def _key_line(vkey: str, fingerprint: str, source: str) -> str:
    return f"key: {vkey}\n     fingerprint {fingerprint}, from {source}"


@cli.group("log")
def log_group() -> None:
    """The tamper-evident provenance log: every capture, extraction and quote check, signed.

    \b
    Exit codes: 0 verified; 1 a problem was found (tampering, bad proof);
    2 bad input; 3 could not complete (signing key missing, TSA unreachable).
    """


@log_group.command("verify")
@click.option("--deep", is_flag=True, help="Also re-read every WARC record and re-run extraction.")
@click.option("--against", "against", multiple=True, type=click.Path(dir_okay=False, path_type=Path),
              help="An externally held signed checkpoint (e.g. from a paper); repeatable.")
@click.option("--key", type=click.Path(dir_okay=False, path_type=Path),
              help="Pin the published public key (vkey file) instead of trusting log.pub.")
@click.option("--tsa-root", "tsa_roots", multiple=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Trusted TSA root certificate (PEM) for RFC 3161 anchors; repeatable.")
@output_options()
@click.pass_obj
@click.pass_context
def verify_cmd(ctx: click.Context, obj: Context, deep: bool, against: tuple[Path, ...], key: Path | None,
               tsa_roots: tuple[Path, ...], as_json: bool) -> None:
    """Check the whole log: chain, canonical bytes, signed checkpoints, truncation, rewrites."""
    arc = _archive(obj)
    log = arc.log
    checker = arc.deep_checker() if deep else None
    anchor = RFC3161Anchor(None, roots=load_certificates(list(tsa_roots))) if tsa_roots else None
    report = log.verify(deep=checker, against=list(against), key=key, anchor=anchor)
    stray = arc.log_identity_problems() + (checker.tail_problems() + checker.unlogged_problems() if checker is not None else [])
    if stray:
        report = dataclasses.replace(report, problems=report.problems + tuple(stray))
    if as_json:
        emit_json(report.to_dict())
    else:
        click.echo(_key_line(report.vkey, report.key_fingerprint, report.key_source))
        shown: dict[str, int] = {}
        for p in report.problems:
            shown[p.code] = shown.get(p.code, 0) + 1
            if shown[p.code] <= MAX_SHOWN_PER_CODE:
                click.echo(f"{'ERROR' if p.severity == 'error' else 'warning'} {p.code}: {p.message}")
        for code, count in shown.items():
            if count > MAX_SHOWN_PER_CODE:
                click.echo(f"... and {count - MAX_SHOWN_PER_CODE} more {code} (all of them with --json)")
        verdict = ("OK" if report.ok else
                   f"INCOMPLETE ({len(report.errors)} check(s) could not be done; nothing found altered)"
                   if report.incomplete else f"FAILED ({len(report.errors)} problem(s))")
        covered = (f"signed checkpoint at size {report.latest_checkpoint_size}"
                   if report.latest_checkpoint_size is not None else "no valid signed checkpoint")
        click.echo(f"log {report.origin}: {report.size} entries, root {report.root}, {covered}"
                   f"{', deep' if report.deep else ''}: {verdict}")
    if report.incomplete:
        ctx.exit(EXIT_INCOMPLETE)
    ctx.exit(EXIT_OK if report.ok else EXIT_PROBLEM)


def _clip(value: str, width: int) -> str:
    return value if len(value) <= width else value[:width - 3] + "..."


def _summary(e: LogEntry) -> str:
    """The 'what' column of ``log show``: for a quote check its verdict and capture come first,
    so a list of checks says which ones verified without --json."""
    d = e.data
    if e.type == "quote_verification":
        verdict = str(d.get("verdict") or "-")
        return f"{verdict:<11} {d.get('capture_id') or '-':<18}  \u201c{_clip(str(d.get('quote') or ''), 60)}\u201d"
    if e.type == "extraction" and type(d.get("supersedes_seq")) is int:  # archiver reextract's
        version = (d.get("extractor") or {}).get("archiver-extract") if isinstance(d.get("extractor"), dict) else None
        return f"{d.get('capture_id')}  re-extracted by extractor {version}, supersedes entry {d['supersedes_seq']}"
    if e.type == "extraction" and "supersedes_seq" in d:  # archiver reextract's, of a failed extraction
        version = (d.get("extractor") or {}).get("archiver-extract") if isinstance(d.get("extractor"), dict) else None
        return f"{d.get('capture_id')}  re-extracted by extractor {version}, its first (the capture's had failed)"
    for key in ("url", "final_url", "quote", "path", "capture_id", "reason", "vkey"):
        if isinstance(d.get(key), str):
            return _clip(str(d[key]), 80)
    return ""


@log_group.command("show")
@click.option("--type", "type_", type=click.Choice(ENTRY_TYPES), help="Only entries of this type.")
@output_options(nl="One JSON object per line (NDJSON).")
@click.pass_obj
def show_cmd(obj: Context, type_: str | None, as_json: bool, as_nl: bool) -> None:
    """List log entries (seq, time, type, what)."""
    entries = _open(obj).entries(type_)
    if as_json:
        emit_json([e.to_dict() for e in entries])
    elif as_nl:
        for e in entries:
            emit_nl([e.to_dict()])
    else:
        for e in entries:
            click.echo(f"{e.seq:>6}  {e.time}  {e.type:<18}  {_summary(e)}".rstrip())


@log_group.command("checkpoint")
@output_options()
@click.pass_obj
def checkpoint_cmd(obj: Context, as_json: bool) -> None:
    """Sign the current head now (also done after every command that appends)."""
    log = _writing(obj, "signs a checkpoint of the store's provenance log")
    path = log.checkpoint()
    cp = log.latest_checkpoint()
    assert cp is not None
    note = path.read_text()
    doc = {"origin": cp.origin, "size": cp.size, "root": cp.text().splitlines()[2],
           "path": str(path), "checkpoint": note, "vkey": log.vkey, "key_fingerprint": log.public_key_fingerprint}
    if as_json:
        emit_json(doc)
    else:
        click.echo(note, nl=False)
        err(f"signed checkpoint at size {cp.size}: {path}")


def _seq_range(text: str) -> tuple[int, int]:
    """``FROM..TO`` (or one seq) as two ints; anything else is bad input (exit 2)."""
    first, sep, last = text.partition("..")
    try:
        a, b = int(first), int(last if sep else first)
    except ValueError:
        raise UsageError(f"not a range of entries: {text!r} (expected FROM..TO, e.g. 12..14)") from None
    if a < 0 or b < a:
        raise UsageError(f"not a range of entries: {text!r} (expected FROM..TO with FROM <= TO)")
    return a, b


@log_group.command("adopt")
@click.argument("seqs", type=UTF8_TEXT, metavar="FROM..TO")
@output_options()
@click.pass_obj
def adopt_cmd(obj: Context, seqs: str, as_json: bool) -> None:
    """Accept unsigned entries no archiver process of this machine wrote, then sign them.

    Writing commands refuse to sign over lines added to log.jsonl by hand (or from another
    machine's copy of the key). Inspect them with `archiver log show` first: adopting them
    makes the next checkpoint vouch for them like for your own. The adoption is logged (a
    `recovery` entry naming the range and its last line's hash).
    """
    first, last = _seq_range(seqs)
    log = _writing(obj, "records the adoption in the store's provenance log")
    entry = log.adopt(first, last)
    path = log.checkpoint()
    doc = {"from_seq": first, "to_seq": last, "recovery_seq": entry.seq, "checkpoint": str(path)}
    if as_json:
        emit_json(doc)
    else:
        click.echo(f"adopted entries {first}..{last} (logged as entry {entry.seq}); signed: {path}")


def _write_output(output: Path, data: bytes) -> None:
    """Write a proof file; a missing folder or no permission is bad input (exit 2), nothing written."""
    write_user_file(output, data)


@log_group.command("proof")
@click.argument("seq", type=SafeIntRange(min=0))
@output_file_option("Where to write the proof (conventionally NAME.tlog-proof).")
@output_options()
@click.pass_obj
def proof_cmd(obj: Context, seq: int, output: Path, force: bool, as_json: bool) -> None:
    """Write a self-contained proof for entry SEQ (and the entries it refers to)."""
    output = checked_output_path(output, obj.store_path, what="proof", overwrite=force)
    log = _open(obj)
    data = log.proof(seq)
    _write_output(output, data)
    cp = log.latest_checkpoint()
    assert cp is not None
    seqs = [block.index for block in parse_proof(data)]
    tsr = log.anchor_path(cp.size, RFC3161Anchor.suffix)
    doc = {"seq": seq, "path": str(output), "entries": seqs, "checkpoint_size": cp.size,
           "anchor_file": str(tsr) if tsr.exists() else None,
           "origin": cp.origin, "root": cp.text().splitlines()[2], "vkey": log.vkey,
           "key_fingerprint": log.public_key_fingerprint}
    if as_json:
        emit_json(doc)
    else:
        click.echo(f"wrote {output}: entries {', '.join(map(str, seqs))} against checkpoint "
                   f"{cp.origin} size {cp.size} root {doc['root']}")
        click.echo(f"verify with: archiver log verify-proof {output} --key log.pub  (vkey {log.vkey})")
        if tsr.exists():
            click.echo(f"time anchor of that checkpoint: {tsr} (publish it too; check with --tsr)")


@log_group.command("verify-proof")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--key", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="The log's published public key (vkey file).")
@click.option("--warc", type=click.Path(dir_okay=False, path_type=Path),
              help="The WARC holding the capture: recompute the payload digest the log names.")
@click.option("--tsr", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="RFC 3161 time stamp of the proof's checkpoint (checkpoints/<size>.rfc3161.tsr).")
@click.option("--tsa-root", "tsa_roots", multiple=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Trusted TSA root certificate (PEM) for --tsr; repeatable.")
@output_options()
@click.pass_context
def verify_proof_cmd(ctx: click.Context, file: Path, key: Path, warc: Path | None, tsr: Path | None,
                     tsa_roots: tuple[Path, ...], as_json: bool) -> None:
    """Check a proof file offline with only the public key (and optionally the WARC).

    FILE may be a receipt (``verify-quote --receipt``, a zip): its proof is checked, and so is
    that its citation.txt and verification.json (which nobody signed) state what the proven
    entries state. Each proven entry is printed with what it states.
    """
    from archiver.cli.render_proven import proven_statement
    from archiver.core.shown import escaped_line
    from archiver.provenance.verify import Problem
    from archiver.quotes.receipt import (
        PROOF,
        check_receipt,
        is_receipt,
        not_proven,
        read_receipt,
    )

    data = original = read_user_file(file)
    members = read_receipt(data) if is_receipt(data) else None
    if members is not None:
        data = members[PROOF]
    anchor = RFC3161Anchor(None, roots=load_certificates(list(tsa_roots))) if tsr else None
    report = verify_proof(data, public_key_file=key, warc=warc, anchor=anchor,
                          anchor_proof=read_user_file(tsr, "time stamp") if tsr else None)
    malformed = [p.message for p in report.problems if p.code == "E_PROOF_FORMAT"]
    if malformed:  # nothing could be checked: the file given is no proof (bad input), not a failed one
        raise UsageError(f"{file} is not a proof{' (in the receipt)' if members is not None else ''}: "
                         f"{escaped_line(malformed[0])}")
    unproven: list[str] = []
    if members is not None:
        from archiver.export.bundle_zip import receipt_zip_problems

        found = receipt_zip_problems(original)
        if report.ok:
            more, unproven = check_receipt(members, list(report.entries), log_origin=report.origin,
                                           checkpoint_size=report.checkpoint_size,
                                           key_fingerprint=report.key_fingerprint, vkey=report.vkey)
            found += more
        report = dataclasses.replace(report, problems=(*report.problems, *(Problem("E_RECEIPT", m) for m in found)))
    if as_json:
        emit_json({**report.to_dict(), "receipt": members is not None,
                   "receipt_unproven": unproven, "not_proven": not_proven(list(report.entries), report.checkpoint_size)})
    else:
        click.echo(_key_line(report.vkey, report.key_fingerprint, report.key_source))
        for e in report.entries:
            click.echo(f"entry {e['seq']}: {e['type']}  {e['entry_hash']}")
            statement = proven_statement(e)
            if statement:
                click.echo(f"  {statement}")
        if members is not None and report.ok:
            click.echo("receipt: citation.txt and verification.json state what the proven entries state "
                       f"(not proven: {', '.join(unproven)})")
        for line in not_proven(list(report.entries), report.checkpoint_size) if report.ok else []:
            click.echo(f"not proven: {escaped_line(line)}")
        if report.payload_digest:
            click.echo(f"warc: {report.warc} payload {report.payload_digest}")
        if report.anchor:
            a = report.anchor
            trust = "chain checked against --tsa-root" if a["trusted"] else "issuer NOT checked (pass --tsa-root)"
            click.echo(f"time: checkpoint existed by {a['time']} ({a['kind']}, {a['issuer']}; {trust})")
        for p in report.problems:  # a doctored proof's own words are in them: one escaped line each
            click.echo(f"ERROR {p.code}: {escaped_line(p.message)}")
        verdict = "OK" if report.ok else f"FAILED ({len(report.problems)} problem(s))"
        click.echo(f"proof against {escaped_line(str(report.origin))} checkpoint size {report.checkpoint_size}: {verdict}")
    ctx.exit(EXIT_OK if report.ok else EXIT_PROBLEM)


@log_group.command("key")
@output_options()
@click.pass_obj
def key_cmd(obj: Context, as_json: bool) -> None:
    """Print the log's public key (vkey) to publish beside a paper."""
    log = _open(obj)
    if as_json:
        emit_json({"origin": log.origin, "vkey": log.vkey, "key_fingerprint": log.public_key_fingerprint})
    else:
        click.echo(log.vkey)
        err(f"fingerprint {log.public_key_fingerprint} (log {log.origin})")


@log_group.command("anchor")
@click.option("--tsa", "tsa_url", type=UTF8_TEXT, required=True, help="RFC 3161 time-stamping authority URL.")
@click.option("--tsa-root", "tsa_roots", multiple=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Trusted TSA root certificate (PEM) to check the token at once; repeatable.")
@output_options()
@click.pass_obj
def anchor_cmd(obj: Context, tsa_url: str, tsa_roots: tuple[Path, ...], as_json: bool) -> None:
    """Time-stamp the latest checkpoint with an RFC 3161 TSA (stored beside the checkpoint)."""
    log = _writing(obj, "stores a time anchor beside the log's checkpoint")
    anchor = RFC3161Anchor(tsa_url, roots=load_certificates(list(tsa_roots)))
    path = log.anchor(anchor)
    cp = log.latest_checkpoint()
    assert cp is not None
    result = anchor.verify(cp.text().encode(), path.read_bytes())
    doc = {"size": cp.size, "path": str(path), "tsa": tsa_url, **result.to_dict()}
    if as_json:
        emit_json(doc)
    else:
        click.echo(f"checkpoint {cp.size} time-stamped at {doc['time']} by {result.issuer}: {path}")


@log_group.command("consistency")
@click.argument("old", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@output_file_option("Where to write the consistency proof.")
@output_options()
@click.pass_obj
def consistency_cmd(obj: Context, old: Path, output: Path, force: bool, as_json: bool) -> None:
    """Prove the latest checkpoint extends an OLD signed checkpoint (e.g. one in a paper)."""
    output = checked_output_path(output, obj.store_path, what="consistency proof", overwrite=force)
    log = _open(obj)
    try:
        old_cp = open_checkpoint(read_user_file(old, "checkpoint"), log.verifier)
    except NoteError as exc:
        raise UsageError(f"{old} is not a checkpoint signed by this log's key: {exc}") from exc
    _write_output(output, log.consistency_proof(old_cp.size))
    new = log.latest_checkpoint()
    assert new is not None
    if as_json:
        emit_json({"path": str(output), "old_size": old_cp.size, "new_size": new.size, "origin": new.origin,
                   "vkey": log.vkey, "key_fingerprint": log.public_key_fingerprint})
    else:
        click.echo(f"wrote {output}: size {old_cp.size} -> {new.size}")


@log_group.command("verify-consistency")
@click.argument("file", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.option("--old", type=click.Path(dir_okay=False, exists=True, path_type=Path), required=True,
              help="The older signed checkpoint the proof starts from.")
@click.option("--key", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="The log's published public key (vkey file).")
@output_options()
@click.pass_context
def verify_consistency_cmd(ctx: click.Context, file: Path, old: Path, key: Path, as_json: bool) -> None:
    """Check offline that a newer checkpoint extends an older one (nothing rewritten or cut)."""
    verifier = read_verifier(key)
    # not text at all is a checkpoint that does not verify (E_CKPT_SIG), like any other garbage
    report = check_consistency(read_user_file(file), old_checkpoint=read_user_file(old, "checkpoint"),
                               verifier=verifier)
    if as_json:
        emit_json({"ok": report.ok, "old_size": report.old_size, "new_size": report.new_size,
                   "vkey": verifier.vkey, "key_fingerprint": verifier.fingerprint,
                   "problems": [p.to_dict() for p in report.problems]})
    else:
        click.echo(_key_line(verifier.vkey, verifier.fingerprint, f"pinned key {key}"))
        for p in report.problems:
            click.echo(f"ERROR {p.code}: {p.message}")
        click.echo(f"size {report.old_size} -> {report.new_size}: {'OK' if report.ok else 'FAILED'}")
    ctx.exit(EXIT_OK if report.ok else EXIT_PROBLEM)
