"""``export``, ``verify-bundle``, ``cite``, ``import``, ``cdxj``: sources for third parties."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import click

from archiver.cli import Context, cli
from archiver.cli.output import emit_json, err, evidence_json, json_option


@cli.command()
@click.argument("capture_ids", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["wacz"]), default="wacz", show_default=True)
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="File to write (e.g. sources.wacz).")
@click.option("--title", default=None, help="Title of the bundle (default: the page title, or a count).")
@click.option("--tsa", "tsa_url", default=None,
              help="RFC 3161 time-stamping authority URL: stamp the bundle's checkpoint and include the token.")
@click.option("--tsa-root", "tsa_roots", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Trusted root certificate (PEM) of the TSA, to check its answer; repeatable.")
@json_option
@click.pass_obj
def export(obj: Context, capture_ids: tuple[str, ...], fmt: str, output: Path, title: str | None,
           tsa_url: str | None, tsa_roots: tuple[Path, ...], as_json: bool) -> None:
    """Write CAPTURE_IDS as a signed WACZ evidence bundle anyone can check offline.

    The bundle holds the captures' WARC records as archived, a CDXJ index, pages with the
    extracted text, the provenance entries with their inclusion proofs, the signed checkpoint
    and the log's public key. The export is logged (file sha256, captures covered).
    """
    from archiver.export.wacz import export_wacz

    anchor = None
    if tsa_url:
        from archiver.provenance.anchor import RFC3161Anchor, load_certificates

        anchor = RFC3161Anchor(tsa_url, roots=load_certificates(list(tsa_roots)))
    with obj.open_archive() as arc:
        result = export_wacz(arc, list(capture_ids), output, title=title, anchor=anchor)
    for w in result.warnings:
        err(f"warning: {w}")
    if as_json:
        emit_json(result.to_dict())
        return
    click.echo(f"wrote {result.path}  {result.sha256}")
    click.echo(f"  {len(result.captures)} capture(s), {len(result.entries)} log entries with proofs, "
               f"checkpoint size {result.checkpoint_size}")
    click.echo(f"  log {result.log_origin}  key {result.log_key_fingerprint}")
    click.echo(f"  WACZ signing key {result.wacz_key_fingerprint}")
    if result.time_anchor:
        click.echo(f"  checkpoint time-stamped {result.time_anchor['time']} by {result.time_anchor['issuer']}")
    click.echo(f"  export logged as entry {result.log_seq} (prove it with `archiver log proof {result.log_seq}`)")
    click.echo(f"  check with: archiver verify-bundle {result.path}")


def _wrap(text: str, indent: str = "  ") -> str:
    # URLs and digests stay whole, so they can be copied from the terminal.
    return textwrap.fill(text, width=100, initial_indent=indent + "- ", subsequent_indent=indent + "  ",
                         break_on_hyphens=False, break_long_words=False)


@cli.command("verify-bundle")
@click.argument("bundle", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--key", "key_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The log's published public key (verifier key file) to pin; default: the key in the bundle.")
@click.option("--tsa-root", "tsa_roots", multiple=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Trusted root certificate (PEM) for the bundle's RFC 3161 time-stamp; repeatable.")
@json_option
@click.pass_context
def verify_bundle_cmd(ctx: click.Context, bundle: Path, key_file: Path | None, tsa_roots: tuple[Path, ...],
                      as_json: bool) -> None:
    """Check a WACZ evidence bundle offline, with nothing but the file.

    Exit 0 verified; 1 tampering found (each problem names the file); 2 not a readable
    bundle; 3 a check could not be concluded (e.g. other extractor versions here).
    """
    from archiver.export.bundle_verify import verify_bundle

    report = verify_bundle(bundle, key_file=key_file, tsa_roots=list(tsa_roots))
    if as_json:
        emit_json(report.to_dict())
    else:
        click.echo(_human_report(report.to_dict()))
    ctx.exit(report.exit_code)


def _human_report(r: dict[str, Any]) -> str:
    lines = [f"{'VERIFIED' if r['ok'] else 'FAILED'}: {r['bundle']}"]
    key = r["key_fingerprint"] or "-"
    lines.append(f"  log key {key} ({r['key_source']})" if r["key_source"] else f"  log key {key} (no key found)")
    lines.append(f"  log {r['log_origin'] or '-'}, checkpoint size {r['checkpoint_size'] or '-'}; checked "
                 f"{r['files_checked']} files, {r['records_checked']} WARC records, {r['entries_checked']} log "
                 f"entries, {r['extractions_checked']} re-extractions")
    if r["time_anchor"]:
        a = r["time_anchor"]
        lines.append(f"  time-stamp: {a['time']} by {a['issuer']} "
                     f"({'chain checked' if a['trusted'] else 'chain not checked'})")
    for p in r["problems"]:
        lines.append(f"  problem: {p['message']}")
    for w in r["warnings"]:
        lines.append(f"  warning: {w['message']}")
    if r["proven"]:
        lines.append("What this proves:")
        lines += [_wrap(s) for s in r["proven"]]
    lines.append("What this does not prove:")
    lines += [_wrap(s) for s in r["not_proven"]]
    return "\n".join(lines)


@cli.command()
@json_option
@click.pass_obj
def cdxj(obj: Context, as_json: bool) -> None:
    """Write a pywb-compatible CDXJ index of every WARC file in the store.

    Written to <store>/indexes/index.cdxj; filenames are relative to <store>/warcs, so pywb
    replays the store with index_paths=<store>/indexes and archive_paths=<store>/warcs/.
    """
    from archiver.export.cdxj import write_store_cdxj

    with obj.open_archive() as arc:
        paths = [arc.storage.local_path(n) for n in arc.storage.names()]
        out, lines = write_store_cdxj(arc.root, paths)
    doc = {"path": str(out), "lines": lines, "warc_files": len(paths)}
    if as_json:
        emit_json(doc)
    else:
        click.echo(f"wrote {out}: {lines} lines from {len(paths)} WARC files")


@cli.command()
@click.argument("capture_ids", nargs=-1, required=True)
@click.option("--style", type=click.Choice(["csl-json", "bibtex", "ris", "text"]), default="text", show_default=True,
              help="csl-json (Zotero, Pandoc), bibtex (biblatex @online), ris, or one plain line.")
@json_option
@click.pass_obj
def cite(obj: Context, capture_ids: tuple[str, ...], style: str, as_json: bool) -> None:
    """Print a citation of archived CAPTURE_IDS for a reference manager or a footnote.

    Each carries the page's metadata, the capture id and the sha256 of the archived bytes;
    an imported capture says it was imported, not captured here. csl-json prints a CSL-JSON
    array (save it as .json and import it into Zotero, or pass it to pandoc --bibliography).
    """
    import json

    from archiver.export.cite import render, source_for

    with obj.open_archive() as arc, evidence_json(as_json):
        sources = [source_for(arc, cid) for cid in capture_ids]
    rendered = [render(s, style) for s in sources]
    if as_json:
        docs = [{"capture_id": s.capture_id, "style": style, "origin": s.origin, "evidence": "present",
                 "citation": r}
                for s, r in zip(sources, rendered, strict=True)]
        emit_json(docs[0] if len(docs) == 1 else docs)
    elif style == "csl-json":
        click.echo(json.dumps(rendered, indent=2, ensure_ascii=False))
    elif style == "text":
        for line in rendered:
            click.echo(line)
    else:
        click.echo("\n".join(str(r) for r in rendered), nl=False)


@cli.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@json_option
@click.pass_context
def import_cmd(ctx: click.Context, file: Path, as_json: bool) -> None:
    """Import a WARC or WACZ made by another tool (Wayback, Perma, Webrecorder, wget).

    The file's records are copied into the store unchanged; each HTML/PDF response is
    extracted, indexed and becomes a capture marked IMPORTED (we did not fetch it), so
    quotes can be verified against it. The import is logged with the file's sha256.
    """
    from archiver.export.importer import import_file

    obj: Context = ctx.obj
    with obj.open_archive() as arc:
        result = import_file(arc, file)
    for w in result.warnings:
        err(f"warning: {w}")
    if as_json:
        emit_json(result.to_dict())
    else:
        click.echo(f"imported {file} ({result.format}, {result.sha256}): {len(result.captures)} captures, "
                   f"{result.skipped_responses} other responses kept but not extracted; log entry {result.log_seq}")
        for c in result.captures:
            click.echo(f"{c['capture_id']}  IMPORTED  {c['status'] or '-'}  {c['url']}  {c['title'] or ''}".rstrip())
    if result.warnings:
        ctx.exit(1)
