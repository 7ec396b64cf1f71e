"""``export``, ``verify-bundle``, ``cite``, ``import``, ``cdxj``: sources for third parties."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from archiver.cli import Context, cli
from archiver.cli.output import (
    UTF8_TEXT,
    checked_output_path,
    emit_json,
    err,
    evidence_json,
    one_or_many,
    output_file_option,
    output_options,
)
from archiver.cli.render import correction_not_applied, render_export, render_import
from archiver.cli.render_bundle import render_bundle_report


@cli.command()
@click.argument("capture_ids", nargs=-1, required=True, type=UTF8_TEXT)
@click.option("--format", "fmt", type=click.Choice(["wacz"]), default="wacz", show_default=True)
@output_file_option("File to write (e.g. sources.wacz).")
@click.option("--with-quotes", "with_quotes", type=UTF8_TEXT, multiple=True, metavar="all|verified|SEQ[,SEQ...]",
              help="Also publish quote verifications of these captures: all of them, only those that "
                   "verified (exact/normalized), or the log positions given. Default: none (they are private).")
@click.option("--title", type=UTF8_TEXT, default=None, help="Title of the bundle (default: the page title, or a count).")
@click.option("--tsa", "tsa_url", type=UTF8_TEXT, default=None,
              help="RFC 3161 time-stamping authority URL: stamp the bundle's checkpoint and include the token.")
@click.option("--tsa-root", "tsa_roots", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Trusted root certificate (PEM) of the TSA, to check its answer; repeatable.")
@output_options()
@click.pass_obj
def export(obj: Context, capture_ids: tuple[str, ...], fmt: str, output: Path, force: bool,
           with_quotes: tuple[str, ...], title: str | None, tsa_url: str | None, tsa_roots: tuple[Path, ...],
           as_json: bool) -> None:
    """Write CAPTURE_IDS as a signed WACZ evidence bundle anyone can check offline.

    The bundle holds the captures' WARC records as archived, a CDXJ index, pages with the
    extracted text, the log entries the captures need (capture or import, extraction, the
    signing key's) with their inclusion proofs, the signed checkpoint and the log's public
    key. Quote verifications are left out unless --with-quotes names them. The output may
    not lie inside the store, and an existing file is not replaced without --force. The
    export is logged (file name and sha256, captures and entries covered).
    """
    output = checked_output_path(output, obj.store_path, what="bundle", overwrite=force)

    anchor = None
    if tsa_url:
        from archiver.provenance.anchor import RFC3161Anchor, load_certificates

        anchor = RFC3161Anchor(tsa_url, roots=load_certificates(list(tsa_roots)))
    with obj.open_archive() as arc:
        result = arc.export(list(capture_ids), output, title=title, anchor=anchor, with_quotes=with_quotes)
    for w in result.warnings:
        err(f"warning: {w}")
    if as_json:
        emit_json(result.to_dict())
        return
    click.echo(render_export(result))


@cli.command("verify-bundle")
@click.argument("bundle", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--key", "key_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The log's published public key (verifier key file) to check against; default: the keys "
                   "you pinned (`archiver key pin`) and your own log keys.")
@click.option("--tsa-root", "tsa_roots", multiple=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Trusted root certificate (PEM) for the bundle's RFC 3161 time-stamp; repeatable.")
@click.option("-v", "--verbose", "detail", count=True,
              help="After the summary, every statement of what is proven (also with `archiver -v`).")
@output_options()
@click.pass_context
def verify_bundle_cmd(ctx: click.Context, bundle: Path, key_file: Path | None, tsa_roots: tuple[Path, ...],
                      detail: int, as_json: bool) -> None:
    """Check a WACZ evidence bundle offline, with nothing but the file.

    Exit 0 verified against a trusted log key (--key, a pinned key or your own); 1 tampering
    found (each problem names the file); 2 not a readable bundle; 3 a check could not be
    concluded (e.g. other extractor versions here) or the signing key is not one you trust:
    the report then says what is consistent and which key signed.

    The readable report is the verdict and a one-screen summary (one line per capture); -v
    adds every proven statement in full, as --json has them.
    """
    from archiver.export.bundle_verify import verify_bundle

    report = verify_bundle(bundle, key_file=key_file, tsa_roots=list(tsa_roots))
    if as_json:
        emit_json(report.to_dict())
    else:
        verbose = bool(detail) or bool(getattr(ctx.obj, "verbose", 0))
        click.echo(render_bundle_report(report.to_dict(), verbose=verbose))
    ctx.exit(report.exit_code)


@cli.command()
@output_options()
@click.pass_obj
def cdxj(obj: Context, as_json: bool) -> None:
    """Write a pywb-compatible CDXJ index of every WARC file in the store.

    Written to <store>/indexes/index.cdxj; filenames are relative to <store>/warcs, so pywb
    replays the store with index_paths=<store>/indexes and archive_paths=<store>/warcs/.
    A file with bytes that are not a readable record is indexed up to them and named (exit 1).
    """
    from archiver.errors import EXIT_PROBLEM

    with obj.open_archive() as arc:
        out, lines, problems, warc_files = arc.write_cdxj()
    doc = {"path": str(out), "lines": lines, "warc_files": warc_files, "problems": problems}
    if as_json:
        emit_json(doc)
    else:
        click.echo(f"wrote {out}: {lines} lines from {warc_files} WARC files")
    for line in problems:
        err(f"problem: {line}")
    if problems:
        click.get_current_context().exit(EXIT_PROBLEM)


@cli.command()
@click.argument("capture_ids", nargs=-1, type=UTF8_TEXT)
@click.option("--all", "all_captures", is_flag=True, help="Cite every capture in the store (one bibliography).")
@click.option("--style", type=click.Choice(["csl-json", "bibtex", "ris", "text"]), default="text", show_default=True,
              help="csl-json (Zotero, Pandoc), bibtex (biblatex), ris, or one plain line per capture.")
@click.option("--replay-url", "replay_url", type=UTF8_TEXT, envvar="ARCHIVER_REPLAY_URL", default=None, metavar="PREFIX",
              help="Where your archive is replayed (pywb/Wayback style, e.g. https://replay.example.org/coll/): "
                   "citations then carry PREFIX<timestamp>/<url> as the archived copy. Env: ARCHIVER_REPLAY_URL.")
@output_file_option("Write the bibliography to this file (e.g. sources.bib) instead of stdout.", required=False)
@click.option("--authors", "authors_mode", type=click.Choice(["all", "corroborated", "backed"]),
              default="backed",  # (archiver.export.cite_authors.DEFAULT_AUTHOR_MODE: not imported by every command)
              show_default=True,
              help="backed: only the persons the backing model scores at its strict threshold or more (fewer names, "
                   "and more of them right: a wrong author is worse than none); all: every person the extraction "
                   "reports; corroborated: only those the credit beside the headline, or two independent sources, "
                   "name. Each one left out is named on stderr.")
@output_options()
@click.pass_obj
def cite(obj: Context, capture_ids: tuple[str, ...], all_captures: bool, style: str, replay_url: str | None,
         output: Path | None, force: bool, authors_mode: str, as_json: bool) -> None:
    """Cite archived CAPTURE_IDS (or --all) for a reference manager or a footnote.

    Several captures make one bibliography: a CSL-JSON array, BibTeX entries with unique
    keys, RIS records. Each carries the page's metadata (values corrected with `archiver
    correct` are cited, and the note says so), the capture id, the sha256 of the archived
    bytes, the URL requested and where the archived copy is; extracted organisations are cited
    as publisher, never as author, and authors set with `archiver correct` as given (an
    organisation among them whole). An imported capture says it was imported, not captured here.

    By default (--authors backed) it cites only the persons the extraction's backing model scores
    at its strict threshold (.795) or more, names each one left out on stderr, and a capture
    extracted before its record kept that score cites no author until re-extracted; --authors all
    cites every person the extraction reports. --authors corroborated leaves out a person only one
    weaker source names (e.g. only a <meta name=author> tag), and a capture extracted before its
    record kept author sources cites no author. Authors set with `archiver correct` are always cited.
    """
    from archiver.core import json_text
    from archiver.core.shown import escaped_line
    from archiver.errors import UsageError
    from archiver.export.cite import bibliography, entries, valid_replay_prefix
    from archiver.export.cite_authors import left_out_line

    if all_captures == bool(capture_ids):
        raise UsageError("give capture ids or --all (not both, not neither)")
    prefix = valid_replay_prefix(replay_url)
    if output is not None:
        checked_output_path(output, obj.store_path, what="bibliography", overwrite=force)
    with obj.open_archive() as arc, evidence_json(as_json):
        if all_captures:  # "every capture" only from an index that holds every capture the log lists
            lost = arc.captures_not_indexed()
            if lost:
                from archiver.errors import NotIndexedError
                from archiver.evidence import index_lacks

                raise NotIndexedError(index_lacks(lost))
        ids = [r.capture_id for r in arc.list_captures()] if all_captures else list(capture_ids)
        sources = [arc.cite(cid, replay_prefix=prefix, authors_mode=authors_mode) for cid in ids]
    if not sources:
        raise UsageError("the store holds no captures to cite")
    for s in sources:
        for author in s.author_entries:
            if author.left_out:
                err(left_out_line(s.capture_id, author))
        for said in s.not_cited:  # as `show` says it, one line each
            err(escaped_line(f"capture {s.capture_id}: {said}; not cited (run 'archiver log verify')"))
        if s.no_text_now is not None:  # (sec61: the citation says what a browser shows, as show's NOTE says)
            err(escaped_line(_no_text_line(s)))
    rendered = bibliography(sources, style)
    body = json_text.dumps(rendered, indent=2, ensure_ascii=False) + "\n" if style == "csl-json" else str(rendered)
    if as_json:
        parts = entries(sources, style)
        docs = [{"capture_id": s.capture_id, "style": style, "origin": s.origin, "evidence": "present",
                 "corrected": s.corrected, "replay_url": s.replay_url, "authors_mode": authors_mode,
                 "authors": [a.to_dict() for a in s.author_entries],
                 # (sec61) the text cited (null: none a browser shows), and the logged one not cited
                 "text_sha256": s.text_sha256, "no_text_now": s.no_text_now,
                 "logged_extraction": ({"log_seq": s.logged_text[0], "text_sha256": s.logged_text[1]}
                                       if s.logged_text else None),
                 "citation": r}
                for s, r in zip(sources, parts, strict=True)]
        doc: Any = one_or_many(docs, several=all_captures or len(capture_ids) > 1)
    if output is not None:
        from archiver.core.files import write_user_file

        write_user_file(output, body.encode("utf-8"), "the bibliography")  # a missing folder: one line, exit 2
        err(f"wrote {output}: {len(sources)} citation{'s' if len(sources) != 1 else ''} ({style})")
    if as_json:
        emit_json(doc)
    elif output is None:
        click.echo(body, nl=False)


def _no_text_line(s: Any) -> str:
    """``cite``'s line on stderr for a capture whose logged text no browser shows (``show``'s NOTE)."""
    from archiver.core.page_states import state_note

    if s.logged_text is None:
        return f"capture {s.capture_id}: {s.no_text_note()}"
    seq, digest = s.logged_text
    return (f"capture {s.capture_id}: today's reading of the archived bytes shows no text ({s.no_text_now}: "
            f"{state_note(s.no_text_now)}); its logged extraction (log entry {seq}, text {digest}) is an older "
            f"extractor's reading and is not cited as its text: run 'archiver reextract {s.capture_id}' to log "
            "that the capture has none")


@cli.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@output_options()
@click.pass_context
def import_cmd(ctx: click.Context, file: Path, as_json: bool) -> None:
    """Import a WARC or WACZ made by another tool (Wayback, Perma, Webrecorder, wget).

    The file's records are copied into the store unchanged; each HTML/PDF response is
    extracted, indexed and becomes a capture marked IMPORTED (we did not fetch it), so
    quotes can be verified against it. The import is logged with the file's sha256.
    An archiver bundle is first checked as verify-bundle checks it: imported (keeping its
    capture ids) only if it verifies against a log key you trust (pinned, or your own);
    otherwise refused, nothing imported (exit 1 if a check failed, 3 if the key is not pinned).
    Imported with a problem found in the file (damage, a digest its bytes do not have): exit 1;
    else 3 if the bundle's check could not be concluded here; a warning alone informs (exit 0).
    """
    from archiver.export.importer import check_file

    obj: Context = ctx.obj
    # Every refusal that needs no store first, so that a refused file creates none: into a store
    # with no log yet (a folder to be made, or an empty one), every refusal (nothing to compare with).
    fresh = not (obj.store_path / "provenance" / "log.jsonl").exists()
    checked = check_file(file, None, new_store=obj.store_path if fresh else None)
    with obj.open_archive() as arc:
        result = arc.import_file(file, checked)
    for w in result.problems:
        err(f"problem: {w}")
    for w in result.warnings:  # (informational, as export's: exit 0)
        err(f"warning: {w}")
    for c in result.corrections_not_applied:
        err(f"note: {correction_not_applied(c)}")
    if as_json:
        emit_json(result.to_dict())
    else:
        click.echo(render_import(result, file))
    if result.exit_code:
        ctx.exit(result.exit_code)  # (3: the bundle's check was not concluded, as verify-bundle says)


@cli.group("key")
def key_group() -> None:
    """Log keys you trust when checking bundles (verify-bundle exits 0 only against one).

    Trusted are: keys pinned here (kept in pinned-keys.txt in the key folder,
    $ARCHIVER_KEY_DIR or ~/.config/archiver/keys) and your own stores' log keys in that folder.
    """


@key_group.command("pin")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--replace", is_flag=True,
              help="Trust this key instead of the one pinned for its log name (only when the log's "
                   "owner told you the key changed).")
@output_options()
@click.pass_obj
def key_pin(obj: Context, file: Path, replace: bool, as_json: bool) -> None:
    """Trust the log key in FILE (a published log.pub) from now on.

    One key per log name: another key for a name already pinned is refused (exit 2) unless
    --replace, which says which key it replaced. Another key under the name of your own log
    (its signing key in your key folder, or the store's log) is refused (exit 2), --replace or not.
    """
    from archiver.export.pins import pin, pins_path

    done = pin(file, replace=replace, store_log_pub=obj.store_path / "provenance" / "log.pub")
    verifier = done.verifier
    doc = {"vkey": verifier.vkey, "key_fingerprint": verifier.fingerprint, "origin": verifier.name,
           "added": done.added, "replaced": [{"vkey": v.vkey, "key_fingerprint": v.fingerprint} for v in done.replaced],
           "pins_file": str(pins_path())}
    if as_json:
        emit_json(doc)
    else:
        replacing = f", replacing {', '.join(v.fingerprint for v in done.replaced)} (no longer trusted)"
        click.echo(f"{'pinned' if done.added else 'already pinned'}: {verifier.name} {verifier.fingerprint}"
                   + (replacing if done.replaced else ""))
        err(f"pinned keys: {doc['pins_file']}")


@key_group.command("list")
@output_options()
def key_list(as_json: bool) -> None:
    """List the log keys verify-bundle trusts, and why."""
    from archiver.export.pins import trusted_keys
    from archiver.provenance.note import Verifier

    docs = []
    for vkey, source in trusted_keys().items():
        v = Verifier.from_vkey(vkey)
        docs.append({"vkey": vkey, "key_fingerprint": v.fingerprint, "origin": v.name, "source": source})
    if as_json:
        emit_json(docs)
    else:
        for d in docs:
            click.echo(f"{d['key_fingerprint']}  {d['origin']}  ({d['source']})")
