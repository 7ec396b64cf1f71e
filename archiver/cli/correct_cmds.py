"""``correct``: the user's correction of a capture's extracted metadata, as a log entry."""

from __future__ import annotations

from typing import Any

import click

from archiver.cli import Context, cli
from archiver.cli.output import UTF8_TEXT, emit_json, output_options
from archiver.cli.render import render_correction


class _AuthorsInOrder(click.Command):
    """``correct``, noting the order in which ``--author`` and ``--organization`` were given
    (``ctx.meta["author_order"]``): click hands each option its own tuple, and a corporate author
    named first is cited first."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        _, _, order = self.make_parser(ctx).parse_args(args=list(args))
        kinds = {"authors": "author", "organizations": "organization"}
        ctx.meta["author_order"] = [kinds[p.name] for p in order if p.name in kinds]
        return super().parse_args(ctx, args)


@cli.command(cls=_AuthorsInOrder)
@click.argument("capture_id", type=UTF8_TEXT)
@click.option("--author", "authors", multiple=True, type=UTF8_TEXT,
              help="A person who wrote it (repeat for several; replaces the extracted authors).")
@click.option("--organization", "organizations", multiple=True, type=UTF8_TEXT,
              help="An organisation that is an author (a corporate author, cited whole; repeatable, "
                   "cited in the order given with --author).")
@click.option("--no-author", "no_author", is_flag=True,
              help="The page has no author: remove the extracted ones (the citation then names none).")
@click.option("--title", type=UTF8_TEXT, default=None, help="The page's real title.")
@click.option("--published", type=UTF8_TEXT, default=None, metavar="YYYY-MM-DD",
              help="Publication date (YYYY-MM-DD; YYYY-MM or YYYY when only that is known; not after the capture).")
@click.option("--outlet", type=UTF8_TEXT, default=None, help="The publication or site it appeared in.")
@click.option("--reason", type=UTF8_TEXT, default=None, help="Why the extracted value is wrong (required).")
@output_options()
@click.pass_obj
def correct(obj: Context, capture_id: str, authors: tuple[str, ...], organizations: tuple[str, ...],
            no_author: bool, title: str | None, published: str | None, outlet: str | None, reason: str | None,
            as_json: bool) -> None:
    """Correct CAPTURE_ID's title, authors, date or outlet; the extraction is never edited.

    The correction is a `correction` entry in the provenance log (capture, fields with their
    old and new values, reason, the log key's fingerprint). show, cite, export and diff use
    the corrected values and say who corrected them and why; a bundle carries the entry and
    verify-bundle checks its proof. A later correction of the same field wins.

    Corrected authors are cited as given: --author a person ("Gil Press" too), --organization
    an organisation cited whole ("World Health Organization"); an --author that is plainly an
    organisation's name is cited whole as well. --no-author leaves the citation without one.
    """
    from archiver.corrections import requested_values, valid_reason

    order: Any = click.get_current_context().meta.get("author_order")
    new = requested_values(authors=authors, organizations=organizations, order=order, no_author=no_author,
                           title=title, published=published, outlet=outlet)
    why = valid_reason(reason)
    with obj.open_archive() as arc:
        correction = arc.correct(capture_id, new, why)
    if as_json:
        emit_json(correction.to_dict())
        return
    click.echo(render_correction(correction))
