"""Shared output conventions: one JSON document for ``--json``, NDJSON for ``--nl``,
readable text otherwise; progress only on a terminal, always on stderr."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import click


def json_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--json", "as_json", is_flag=True, help="Output one JSON document.")(f)


def emit_json(doc: Any) -> None:
    click.echo(json.dumps(doc, indent=2, ensure_ascii=False, sort_keys=False))


def emit_nl(items: list[Any]) -> None:
    for item in items:
        click.echo(json.dumps(item, ensure_ascii=False, sort_keys=False))


def err(message: str) -> None:
    click.echo(message, err=True)


@contextmanager
def evidence_json(as_json: bool) -> Iterator[None]:
    """With ``--json``, a refusal for missing or altered evidence is still one JSON document
    (``evidence``, ``evidence_problems``, ``missing_file``, ``error``) on stdout; the error then
    goes on to the CLI's catch site for the one-line message and exit code (3 or 1)."""
    from archiver.evidence import EvidenceError

    try:
        yield
    except EvidenceError as exc:
        if as_json:
            emit_json(exc.to_dict())
        raise


@contextmanager
def progress(total: int, label: str) -> Iterator[Callable[[str], None]]:
    """A progress bar on stderr when it is a terminal; silent when piped."""
    if not sys.stderr.isatty() or total <= 1:
        yield lambda _desc: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=total)

        def advance(desc: str) -> None:
            bar.update(task, advance=1, description=desc[:60])

        yield advance
