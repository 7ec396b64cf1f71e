"""Shared output conventions: one JSON document for ``--json``, NDJSON for ``--nl``,
readable text otherwise; progress only on a terminal, always on stderr."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from archiver.core import json_text


class Utf8Text(click.ParamType[str]):
    """A text argument that must be valid UTF-8 (quotes, URLs), refused as bad input otherwise.

    On POSIX, Python hands undecodable argv bytes on as lone surrogates; the first write of
    such a string (log, index, terminal) would fail with a traceback.
    """

    name = "text"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as exc:
                from archiver.errors import UsageError

                label = (param.human_readable_name if param is not None else "argument")
                raise UsageError(f"{label} is not valid UTF-8 (byte {value[exc.start]!a} at "
                                 f"position {exc.start}); pass text in UTF-8") from None
        return value


UTF8_TEXT = Utf8Text()


class UrlText(Utf8Text):
    """A URL the user names to look captures up by (``list --url``, ``history``) or that a saved
    page came from (``extract --url``): UTF-8 text that is an absolute URL, with its scheme (and
    a host, for http and https) and, if it names one, a port from 0 to 65535 (``core/url_text.py``).

    Why: every capture's URL is absolute, so anything else matches none; ``list --url notaurl``
    answered an empty list (exit 0, "nothing captured") where ``history notaurl`` refused. Both
    now refuse it the same way (exit 2), and so does ``verify-quote --url`` (it said "no capture
    of notaurl in this store")."""

    name = "url"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        value = super().convert(value, param, ctx)
        if isinstance(value, str):
            from archiver.core.url_text import check_url_text

            check_url_text(value)  # (the quote service asks the same of a batch row's url)
        return value


URL_TEXT = UrlText()


def output_options(*, nl: str | None = None) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """The output options of a command, as sqlite-utils has them: ``--json`` (one JSON
    document) and, for a command that streams (``nl``: its help text), ``--nl`` (NDJSON, one
    object per line). Their combination is checked here, once for every command: both at once
    is a usage error (exit 2) before the command does anything.

    The command receives them as ``as_json`` (and ``as_nl``).
    """

    def decorate(f: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(f)
        def checked(*args: Any, **kwargs: Any) -> Any:
            if kwargs.get("as_json") and kwargs.get("as_nl"):
                from archiver.errors import UsageError

                raise UsageError("choose one of --json and --nl")
            return f(*args, **kwargs)

        if nl is not None:
            checked = click.option("--nl", "as_nl", is_flag=True, help=nl)(checked)
        return click.option("--json", "as_json", is_flag=True, help="Output one JSON document.")(checked)

    return decorate


def emit_json(doc: Any) -> None:
    click.echo(json_text.dumps(doc, indent=2, ensure_ascii=False, sort_keys=False))


def one_or_many(docs: list[Any], *, several: bool) -> Any:
    """The ``--json`` document of a command that takes one thing or several: the object itself
    when the user named one (one URL, one capture id), an array when they named several or asked
    for a listing (conventions.md, "Output"). Decided by what was asked, never by how many results
    came back, so a script knows the shape from its own command line."""
    if several:
        return docs
    if len(docs) != 1:
        raise ValueError(f"one result was asked for, {len(docs)} came back")
    return docs[0]


def emit_nl(items: list[Any]) -> None:
    for item in items:
        click.echo(json_text.dumps(item, ensure_ascii=False, sort_keys=False))


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


#: ``--force`` of a command that writes a file the user names: an existing file is replaced
#: only with it (the command passes it to :func:`checked_output_path` as ``overwrite``).
force_option = click.option("--force", is_flag=True, help="Replace the output file if it exists (default: refuse).")


def output_file_option(help_text: str, *, required: bool = True) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``-o/--output FILE`` (``output``, a :class:`~pathlib.Path`) with :data:`force_option` after it: the
    options of every command that writes one file the user names (its body checks the path with
    :func:`checked_output_path`, ``overwrite=force``). One place, so that each such command takes the same
    option with the same refusal of an existing file."""
    # No default when required: click (8.2+) takes an explicit ``default=None`` as a value given, and
    # would then pass None on instead of refusing the missing option (exit 2).
    optional = {} if required else {"default": None}
    output = click.option("-o", "--output", "output", type=click.Path(dir_okay=False, path_type=Path),
                          required=required, help=help_text, **optional)

    def decorate(f: Callable[..., Any]) -> Callable[..., Any]:
        return output(force_option(f))

    return decorate


def checked_output_path(path: Path, store: Path | None, *, what: str, overwrite: bool = False,
                        inputs: Sequence[tuple[str, str | Path]] = (), forcible: bool = True) -> Path:
    """``path`` if an output option may write there; else UsageError (exit 2), nothing written.

    An output file inside the store could replace ``log.jsonl``, a WARC or the index: the
    evidence itself. So any path that resolves (symlinks followed, in the path and in the
    store's own location) to a place inside the store is refused. Nothing is overwritten
    silently: an existing file is refused unless ``overwrite`` (the command's ``--force``,
    :data:`force_option`; ``forcible=False``: it has none, as a receipt is never replaced). ``inputs`` (``(what,
    path)``: the command's own input files, ``-`` for standard input ignored) may not be the
    output either: a report written over the URL list or the manuscript it was made from would
    replace the user's input with it (and "run the same command again" would read the report).
    A folder of the path that is a link to nothing (or a loop of links, named as one), or that
    does not exist, is refused too: the writer would say so only after the command's work (no
    output option makes folders).
    """
    from archiver.errors import UsageError

    try:
        os.fsencode(path).decode("utf-8")
    except UnicodeDecodeError as exc:
        shown = os.fsencode(path).decode("utf-8", "backslashreplace")
        raise UsageError(f"cannot write the {what} {shown}: its name is not valid UTF-8 "
                         f"(byte {exc.start}); choose a name in UTF-8 (the log and the reports "
                         "record it)") from None
    literal = Path(path).expanduser().absolute()
    for folder in literal.parents:
        if folder.is_symlink() and not folder.exists():
            if _is_link_loop(folder):  # (exists() is False for a loop too: named as one, not "nothing")
                raise UsageError(f"cannot write the {what} {path}: {folder} is a loop of symbolic links "
                                 "(it never reaches a folder)")
            raise UsageError(f"cannot write the {what} {path}: {folder} is a link to nothing")
    target = _resolved(literal, f"cannot write the {what} {path}")
    for name, given in inputs:
        if str(given) != "-" and _resolved(Path(given).expanduser(), f"cannot read {name} {given}") == target:
            raise UsageError(f"cannot write the {what} {path}: it is {name} itself; choose another file")
    if store is not None:
        root = _resolved(Path(store).expanduser(), f"cannot use the store {store}")
        if target == root or root in target.parents:
            raise UsageError(f"refusing to write the {what} {path} inside the store {store}: "
                             "choose a path outside it (the store holds the evidence)")
    if target.is_dir():
        raise UsageError(f"cannot write the {what} {path}: it is a folder")
    if target.exists() and not target.is_file():  # (a write replaces the name: as root, /dev/null went)
        raise UsageError(f"cannot write the {what} {path}: it is not a regular file (a pipe, device or socket)")
    # where it would be made: its folder, which must exist (no output makes folders: a mistyped
    # folder is bad input, said now, before the command's work, not after it: a batch's report
    # and a check's are written at their end; before, batch --report made the missing folders
    # while every other output refused, some only after the work and its log entries)
    place = target.parent
    if not place.exists():
        raise UsageError(f"cannot write the {what} {path}: no such folder {place} (create it first)")
    if not place.is_dir() or not os.access(place, os.W_OK | os.X_OK):
        raise UsageError(f"cannot write the {what} {path}: {place} is not a folder this user can write in")
    if not overwrite and (target.exists() or Path(path).is_symlink()):
        raise UsageError(f"{path} already exists; refusing to overwrite the {what} "
                         + ("(remove it or pass --force)" if forcible else "(remove it or choose another name)"))
    return Path(path)


def _is_link_loop(path: Path) -> bool:
    """Whether following ``path``'s symbolic links leads round in a loop (``ELOOP``)."""
    import errno

    try:
        os.stat(path)
    except OSError as exc:
        return exc.errno == errno.ELOOP
    return False


def _resolved(path: Path, doing: str) -> Path:
    """``path`` with every symbolic link followed (what need not exist yet is kept as given);
    a loop of links is bad input, said in one line (``doing: ...``), not a traceback."""
    from archiver.errors import UsageError

    try:
        resolved = path.resolve(strict=False)
    except (RuntimeError, OSError) as exc:  # RuntimeError: Python < 3.13's "Symlink loop"
        raise UsageError(f"{doing}: its symbolic links lead round in a loop") from exc
    if _is_link_loop(path):  # (from Python 3.13 on, resolve() gives a loop back unresolved, without a word)
        raise UsageError(f"{doing}: its symbolic links lead round in a loop")
    return resolved
