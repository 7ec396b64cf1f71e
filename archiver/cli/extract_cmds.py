"""``archiver extract FILE``: the capture-time extractor, offline, on any saved HTML or PDF."""

from __future__ import annotations

from pathlib import Path

import click

from archiver.cli import cli
from archiver.cli.output import URL_TEXT, UTF8_TEXT, output_options
from archiver.core import json_text
from archiver.core.files import read_user_file
from archiver.errors import ExtractionError, UsageError


@cli.command("extract")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--url", default=None, type=URL_TEXT, metavar="URL",
              help="The URL the file was saved from (resolves links, dates in the URL, site name).")
@click.option("--content-type", type=UTF8_TEXT, default=None, metavar="CT",
              help='The HTTP Content-Type it was served with, e.g. "text/html; charset=windows-1251".')
@click.option("--text", "show_text", is_flag=True, help="Also print the clean article text.")
@output_options()
def extract_cmd(file: Path, url: str | None, content_type: str | None, show_text: bool, as_json: bool) -> None:
    """Extract clean text and metadata (with their sources) from a saved page.

    The same extraction `archive` runs on every capture: title, authors, dates, outlet,
    disclaimers and other notices, page state (article, paywall, consent wall ...).
    Exit 2 if FILE is neither HTML nor PDF or cannot be read.
    """
    from archiver.core.limits import current
    from archiver.core.mime import effective_content_type
    from archiver.extract import extract, is_extractable, render_article

    body = read_user_file(file, limit=current().max_record_bytes)  # as large as a record we extract
    if content_type is not None:  # read as a browser reads a response sent with it (binary bytes under text/plain: a download)
        content_type = effective_content_type([("Content-Type", content_type)], body)
    if not is_extractable(content_type, body):
        raise UsageError(f"{file} is neither HTML nor PDF; nothing to extract")
    try:
        article = extract(body, url=url or None, content_type=content_type)
    except ExtractionError as exc:
        raise UsageError(f"{file}: {exc.diagnostics()}") from exc
    if as_json:
        # One line: scripts (and the benchmark scorers) read the last line of stdout.
        click.echo(json_text.dumps(article.to_dict(), ensure_ascii=False))
        return
    click.echo(render_article(article))
    if show_text:
        click.echo("")
        click.echo(article.text)
