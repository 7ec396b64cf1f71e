"""``check``: every quotation of a manuscript against the archived source it cites.

A thin layer over :func:`archiver.manuscript.check_manuscript`. Exit codes: 0 every quotation
verified (unattributed ones are reported, not failed); 1 any attributed quotation not verified, not archived or its source unavailable;
2 bad input (unreadable or malformed manuscript, bad option); 3 could not complete (signing key
missing, a WARC file the log names missing, or every quotation that did not verify was checked
against a capture holding only the beginning of its page).
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from archiver.cli import Context, cli
from archiver.cli.output import (
    UTF8_TEXT,
    checked_output_path,
    emit_json,
    err,
    force_option,
    output_options,
    progress,
)
from archiver.core.files import write_user_file
from archiver.errors import UsageError


@cli.command("check")
@click.argument("manuscript", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--archive-missing", is_flag=True,
              help="Capture the cited URLs not yet in the store first (logged like 'archive').")
@click.option("--as-of", "as_of", type=UTF8_TEXT, metavar="DATE",
              help="Verify against the newest capture at or before this date (YYYY-MM-DD or ISO time).")
@click.option("--report", "report_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write a self-contained HTML report to this file.")
@force_option
@click.option("--receipts", type=click.Path(file_okay=False, path_type=Path),
              help="Write a receipt zip per attributed quotation into this (existing) folder.")
@output_options()
@click.option("--csv", "as_csv", is_flag=True, help="Output CSV, one row per quotation.")
@click.pass_context
def check(ctx: click.Context, manuscript: Path, archive_missing: bool, as_of: str | None,
          report_path: Path | None, force: bool, receipts: Path | None, as_json: bool, as_csv: bool) -> None:
    """Check every quotation in MANUSCRIPT (.md, .txt, .html, .docx, .pdf) against its cited source.

    \b
    Quotations: text in quotation marks of any language, block quotes, quotes over
    several paragraphs; one- or two-word scare quotes are skipped (and counted) unless cited.
    Sources: a link over or next to the quotation, a footnote or endnote, a URL in the
    sentence, or an author-year citation found in the reference list. Each quotation is
    verified (and logged) against the newest capture of its source, as verify-quote does.
    Exit codes: 0 every attributed quotation verified (unattributed ones are listed); 1 any not verified, not archived
    or unavailable; 2 bad input; 3 could not complete (key or WARC file missing, or the only
    quotations not verified were checked against a capture cut short: --max-body, a broken gzip).
    """
    from archiver.manuscript import check_manuscript
    from archiver.manuscript.readers import read_manuscript
    from archiver.manuscript.report import render_csv, render_html, render_table

    obj: Context = ctx.obj
    if as_json and as_csv:
        raise UsageError("give --json or --csv, not both")
    if report_path is not None:
        report_path = checked_output_path(report_path, obj.store_path, what="report", overwrite=force,
                                          inputs=[("the manuscript", manuscript)])
    if receipts is not None:
        checked_output_path(receipts / "receipt.zip", obj.store_path, what="receipts", overwrite=True)
    parsed = read_manuscript(manuscript)  # (bad input is refused before a store is made for it)
    archive = obj.open_archive(mode="create" if archive_missing else "write")
    try:
        with progress(0, "checking quotations") as advance:
            result = check_manuscript(archive, manuscript, as_of=as_of, archive_missing=archive_missing,
                                      receipts=receipts, progress=advance, manuscript=parsed)
    finally:
        archive.close()
    if as_json:
        emit_json(result.to_dict())
    elif as_csv:
        click.echo(render_csv(result), nl=False)
    else:
        click.echo(render_table(result, color=sys.stdout.isatty()), nl=False)
    if as_json or as_csv:
        err(result.summary_line())
    if report_path is not None:
        write_user_file(report_path, render_html(result).encode("utf-8"), "the report")
        err(f"report: {report_path}")
    ctx.exit(result.exit_code)
