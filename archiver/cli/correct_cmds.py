"""``correct``: the user's correction of a capture's extracted metadata, as a log entry."""

from __future__ import annotations

import click

from archiver.cli import Context, cli
from archiver.cli.output import UTF8_TEXT, emit_json, output_options
from archiver.cli.render import render_correction


@cli.command()
@click.argument("capture_id")
@click.option("--author", "authors", multiple=True, type=UTF8_TEXT,
              help="A person who wrote it (repeat for several; replaces the extracted authors).")
@click.option("--title", type=UTF8_TEXT, default=None, help="The page's real title.")
@click.option("--published", type=UTF8_TEXT, default=None, metavar="YYYY-MM-DD",
              help="Publication date (YYYY-MM-DD; YYYY-MM or YYYY when only that is known).")
@click.option("--outlet", type=UTF8_TEXT, default=None, help="The publication or site it appeared in.")
@click.option("--reason", type=UTF8_TEXT, default=None, help="Why the extracted value is wrong (required).")
@output_options()
@click.pass_obj
def correct(obj: Context, capture_id: str, authors: tuple[str, ...], title: str | None, published: str | None,
            outlet: str | None, reason: str | None, as_json: bool) -> None:
    """Correct CAPTURE_ID's title, authors, date or outlet; the extraction is never edited.

    The correction is a `correction` entry in the provenance log (capture, fields with their
    old and new values, reason, the log key's fingerprint). show, cite, export and diff use
    the corrected values and say who corrected them and why; a bundle carries the entry and
    verify-bundle checks its proof. A later correction of the same field wins.
    """
    from archiver.corrections import requested_values, valid_reason

    new = requested_values(authors=authors, title=title, published=published, outlet=outlet)
    why = valid_reason(reason)
    with obj.open_archive() as arc:
        correction = arc.correct(capture_id, new, why)
    if as_json:
        emit_json(correction.to_dict())
        return
    click.echo(render_correction(correction))
