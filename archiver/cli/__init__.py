"""The ``archiver`` command line: a thin click layer over the library.

Each command group lives in its own module and registers itself on :data:`cli`. This module
owns the one place where our errors become a one-line message and an exit code, so no
traceback ever reaches a user for an expected failure.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import importlib
import logging
import os
import signal
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, overload

import click

from archiver import __version__, _forget_caught_interrupts
from archiver.cli.library_logs import quiet_libraries, show_libraries
from archiver.errors import EXIT_INCOMPLETE, EXIT_PROBLEM, ArchiverError

if TYPE_CHECKING:  # imported lazily at run time, to keep start-up fast
    from archiver.archive import Archive

DEFAULT_STORE = "archives"


#: Commands that add captures: the only ones that create a store (and its log and key) where
#: there is none.
CREATING_COMMANDS = frozenset({"archive", "batch", "import", "recapture"})
#: Commands that write into an existing store (a verification or an export they log, a rebuilt
#: index, the CDXJ file, a signed checkpoint, an adoption, a time anchor): never create a store;
#: those that log refuse (exit 3) a read-only one.
WRITING_COMMANDS = frozenset({"verify-quote", "check", "export", "reindex", "reextract", "cdxj", "correct",
                              "log checkpoint", "log adopt", "log anchor"})
#: Everything else only reads: it needs an existing store and creates or changes no file.
#: (Each is named by its full path below ``archiver``: ``log anchor``, not ``anchor``.)


def command_path(ctx: click.Context | None) -> str | None:
    """The running command's full path below ``archiver`` (``log anchor``), None outside one.

    Why the full path: a subcommand's own name (``anchor``, ``checkpoint``) is in no list, and
    two groups may one day both have a ``show``."""
    names: list[str] = []
    while ctx is not None and ctx.parent is not None:
        names.append(ctx.info_name or "")
        ctx = ctx.parent
    return " ".join(reversed(names)) or None


def store_mode(command: str | None) -> str:
    """How the command at path ``command`` (see :func:`command_path`) opens the store: "create",
    "write" or "read"."""
    if command in CREATING_COMMANDS:
        return "create"
    if command in WRITING_COMMANDS:
        return "write"
    return "read"


class Context:
    """What every command gets: the store path and output preferences."""

    def __init__(self, store: Path, verbose: int) -> None:
        self.store_path = store
        self.verbose = verbose

    def open_archive(self, **kwargs: Any) -> Archive:
        """The store, opened as the running command needs it (see :func:`store_mode`)."""
        from archiver.archive import Archive

        if "mode" not in kwargs:
            ctx = click.get_current_context(silent=True)
            kwargs["mode"] = store_mode(command_path(ctx))
        return Archive.open(self.store_path, **kwargs)


pass_ctx = click.make_pass_decorator(Context)


class ReportedError(click.ClickException, ArchiverError):
    """An :class:`ArchiverError` on its way to the user: one line on stderr, its exit code.

    A click exception (so click prints it and exits with its code) that stays in our tree."""

    def __init__(self, error: ArchiverError, cause: BaseException | None = None) -> None:
        # notes added on the way up (e.g. "the previous text index is kept") end the same line
        notes = [*getattr(error, "__notes__", ()), *getattr(cause, "__notes__", ())]
        super().__init__("; ".join([error.diagnostics(), *notes]))
        self.exit_code = error.exit_code  # type: ignore[misc]  # click types exit_code as a ClassVar; ours is per error

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"error: {self.format_message()}", err=True)


class ArchiverGroup(click.Group):
    """A click group that reports our errors in one place, for every sub-command."""

    def invoke(self, ctx: click.Context) -> Any:
        from archiver.cli.key_news import announcing_new_keys

        with announcing_new_keys(ctx.parent is None):
            return self._invoke_reported(ctx)

    def _invoke_reported(self, ctx: click.Context) -> Any:
        if getattr(signal.getsignal(signal.SIGINT), "__name__", "") == "_interrupted_while_starting":  # (__main__.py's)
            signal.signal(signal.SIGINT, signal.default_int_handler)  # (the command's from here: KeyboardInterrupt)
        try:
            return super().invoke(ctx)
        except ArchiverError as exc:
            reported = ReportedError(exc)
            from archiver.core.resources import open_files_ran_out, resource_error

            if open_files_ran_out(exc):
                # our line names the file and the OS's "Too many open files"; the limit and how
                # to raise it ('ulimit -n') are what the reader needs: resource_error's line (exit 3)
                found = resource_error(exc, getattr(ctx.find_object(Context), "store_path", None))
                reported = ReportedError(found, exc) if found is not None else reported
            elif (exc.exit_code == EXIT_PROBLEM
                  and resource_error(exc, getattr(ctx.find_object(Context), "store_path", None)) is not None):
                # our message, from a write that failed for want of space or on a read-only file
                # system: not a problem found but a check not completed (exit 3)
                reported.exit_code = EXIT_INCOMPLETE  # type: ignore[misc]
            raise reported from exc
        except KeyboardInterrupt:
            # Ctrl-C during a command: the shell's "interrupted" code, said in one line. Click
            # would print "Aborted!" and exit 1, the code for "found a problem" (conventions.md).
            # An in-process caller (a program running commands, click's test runner) gets the
            # interrupt as before, to stop on it as it chooses.
            if not RUNNING_AS_SCRIPT:
                raise
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # (first, a C call: a Ctrl-C while this is said was "Aborted!")
            from archiver.cli.key_news import announce_new_keys

            announce_new_keys(succeeded=False)  # (said once: before the last line, "interrupted")
            click.echo("interrupted", err=True)
            raise click.exceptions.Exit(EXIT_INTERRUPTED) from None
        except Exception as exc:
            # a full disk, a quota, the open-files limit, a read-only file system: one line
            # naming what ran out and where, exit 3; a damaged index: one line and 'reindex';
            # anything else is a bug and surfaces
            from archiver.core.resources import resource_error

            store = getattr(ctx.find_object(Context), "store_path", None)
            ran_out = resource_error(exc, store)
            if ran_out is not None:
                raise ReportedError(ran_out, exc) from exc
            from archiver.store.sqlite_damage import is_damage, unnamed_damage

            if not is_damage(exc):
                raise
            # a corrupt page met while a cursor's rows were read outside the loops that name
            # their file (sqlite_damage.rows_named): both derived files are named
            raise ReportedError(unnamed_damage(exc, store), exc) from exc

    @overload
    def group(self, __func: Callable[..., Any]) -> click.Group: ...

    @overload
    def group(self, *args: Any, **kwargs: Any) -> Callable[[Callable[..., Any]], click.Group]: ...

    def group(self, *args: Any, **kwargs: Any) -> Callable[[Callable[..., Any]], click.Group] | click.Group:
        """Sub-groups report errors the same way."""
        kwargs.setdefault("cls", ArchiverGroup)
        made: Callable[[Callable[..., Any]], click.Group] | click.Group = super().group(*args, **kwargs)
        return made


#: Every top-level command: the module that defines it (and registers it on :data:`cli` when
#: imported) and the first paragraph of its help, which ``archiver --help`` shows without
#: importing the module. Importing every command module costs more than the command itself
#: for most calls (``--help`` took 207 ms, mostly libraries no listed command needed).
#: tests/test_cli_lazy.py checks this table against the commands themselves.
LAZY_COMMANDS: Mapping[str, tuple[str, str]] = {
    "archive": ("capture_cmds", "Fetch URLS and archive every HTTP exchange into the store's WARC files."),
    "batch": ("batch_cmds", "Archive every URL in URLS_FILE: one per line, a CSV with a 'url' column, "
              "or - for stdin."),
    "cdxj": ("export_cmds", "Write a pywb-compatible CDXJ index of every WARC file in the store."),
    "check": ("check_cmds", "Check every quotation in MANUSCRIPT (.md, .txt, .html, .docx, .pdf) against "
              "its cited source."),
    "cite": ("export_cmds", "Cite archived CAPTURE_IDS (or --all) for a reference manager or a footnote."),
    "correct": ("correct_cmds", "Correct CAPTURE_ID's title, authors, date or outlet; the extraction is "
                "never edited."),
    "diff": ("batch_cmds", "What changed from CAPTURE_A to CAPTURE_B: text paragraph by paragraph, and "
             "metadata."),
    "export": ("export_cmds", "Write CAPTURE_IDS as a signed WACZ evidence bundle anyone can check offline."),
    "extract": ("extract_cmds", "Extract clean text and metadata (with their sources) from a saved page."),
    "history": ("batch_cmds", "Every capture of URL, oldest first, marking what changed since the one "
                "before, and the quotes verified against an older capture that no longer verify against "
                "the newest."),
    "import": ("export_cmds", "Import a WARC or WACZ made by another tool (Wayback, Perma, Webrecorder, wget)."),
    "key": ("export_cmds", "Log keys you trust when checking bundles (verify-bundle exits 0 only against one)."),
    "list": ("capture_cmds", "List every capture, newest first."),
    "log": ("log_cmds", "The tamper-evident provenance log: every capture, extraction and quote check, signed."),
    "recapture": ("batch_cmds", "Capture a URL again, then compare with its previous capture."),
    "reextract": ("reextract_cmds", "Bring captures' extracted text up to the current extractor, logged; the old "
                  "extraction is kept."),
    "reindex": ("capture_cmds", "Rebuild the index from the WARC files and the provenance log."),
    "screenshot": ("browser_cmds", "Write the full-page screenshot of a browser capture (as captured, digest "
                   "checked)."),
    "show": ("capture_cmds", "Show what was captured and where it lives (WARC file, offsets, digests, log "
             "entries)."),
    "verify-bundle": ("export_cmds", "Check a WACZ evidence bundle offline, with nothing but the file."),
    "verify-quote": ("quote_cmds", "Verify QUOTE against the archived text, strictly, and log the verdict."),
}


class LazyArchiverGroup(ArchiverGroup):
    """The top-level group: a command's module is imported only when that command runs (click's
    "lazily loading subcommands" pattern), and ``--help`` lists commands from
    :data:`LAZY_COMMANDS` without importing any of them.
    """

    def __init__(self, *args: Any, lazy_commands: Mapping[str, tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy_commands = lazy_commands

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *self.lazy_commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in self.lazy_commands:
            # The module registers its commands on this group as it is imported.
            importlib.import_module(f"{__name__}.{self.lazy_commands[cmd_name][0]}")
        if cmd_name not in GC_PAUSED_THROUGH_FIRST_RESULT:
            end_start_up_gc_pause()
        return self.commands.get(cmd_name)

    def load_all(self) -> dict[str, click.Command]:
        """Every command, imported (for tools and tests that walk the whole command tree)."""
        ctx = click.Context(self)
        return {name: cmd for name in self.list_commands(ctx) if (cmd := self.get_command(ctx, name))}

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The "Commands" section of ``--help``, as click writes it, but from the summaries in
        :data:`LAZY_COMMANDS` for commands not imported yet."""
        names = self.list_commands(ctx)
        if not names:
            return
        limit = formatter.width - 6 - max(len(name) for name in names)
        rows = []
        for name in names:
            cmd = self.commands.get(name) or click.Command(name, help=self.lazy_commands[name][1])
            if not cmd.hidden:
                rows.append((name, cmd.get_short_help_str(limit)))
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyArchiverGroup, lazy_commands=LAZY_COMMANDS, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option(
    "--store",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="ARCHIVER_STORE",
    default=DEFAULT_STORE,
    show_default=True,
    help="Store directory (WARC files, index, provenance log). Env: ARCHIVER_STORE.",
)
@click.option("-v", "--verbose", count=True, help="More diagnostics on stderr (-vv for all libraries).")
@click.version_option(__version__, prog_name="archiver")
@click.pass_context
def cli(ctx: click.Context, store: Path, verbose: int) -> None:
    """Archive web sources as evidence, and prove years later what they said.

    \b
    Exit codes: 0 success or verified; 1 ran and found a problem (a capture failed,
    quote not verified, tampering); 2 bad input, nothing done; 3 could not complete
    a check (signing key or file missing).
    """
    level = _log_level(os.environ.get("ARCHIVER_LOGLEVEL"))
    warnings = _warnings_handler()
    if verbose or level:
        warnings.setLevel(logging.CRITICAL + 1)  # the diagnostics handler below shows them
        show_libraries()
        if verbose >= 2:
            logging.getLogger().setLevel(logging.DEBUG)
        else:
            logging.getLogger("archiver").setLevel(level or logging.DEBUG)
    else:
        warnings.setLevel(logging.WARNING)
        quiet_libraries()
    ctx.obj = Context(store, verbose)


def _log_level(raw: str | None) -> str | None:
    """``ARCHIVER_LOGLEVEL`` as a level name logging knows (any case), None when unset or empty.

    Raises:
        UsageError: a value that names no level (logging raised ValueError: a traceback)."""
    if not raw:
        return None
    name = raw.strip().upper()
    if name not in logging.getLevelNamesMapping():
        from archiver.errors import UsageError

        raise UsageError(f"ARCHIVER_LOGLEVEL={raw!r}: not a log level (DEBUG, INFO, WARNING, ERROR or CRITICAL)")
    return name


class _StderrWarnings(logging.Handler):
    """The library's warnings as ``warning: ...`` lines on the stderr of the command running now.

    The package gives its logger a ``NullHandler`` (a library must not print), so without a
    handler of the command's own a warning such as "index damaged: replacing it", "repaired
    torn tail of the log" or "could not sign the log's head" reached nobody unless ``-v`` was
    given. The stream is looked up at each line, not bound once, so in-process runs (click's
    runner swaps ``sys.stderr``) write to the stderr of their own command; the text is escaped
    for the terminal, line breaks too (one warning, one line), since a warning may quote what a
    server or a file said.
    """

    def emit(self, record: logging.LogRecord) -> None:
        try:
            from archiver.core.shown import escaped_line

            click.echo(f"warning: {escaped_line(record.getMessage())}", err=True)
        except Exception:  # noqa: BLE001 - logging's own contract: a handler never raises
            self.handleError(record)


def _warnings_handler() -> _StderrWarnings:
    """The one :class:`_StderrWarnings` of the ``archiver`` logger (added on first use)."""
    logger = logging.getLogger("archiver")
    for handler in logger.handlers:
        if isinstance(handler, _StderrWarnings):
            return handler
    handler = _StderrWarnings()
    logger.addHandler(handler)
    return handler


#: True in the ``archiver`` process itself (set by :func:`main`), False for in-process callers
#: (a library, click's test runner), whose own Ctrl-C handling a command must give back.
RUNNING_AS_SCRIPT = False
EXIT_INTERRUPTED = 130  # the shell's convention for "stopped by Ctrl-C"


def restore_sigint(previous: Any) -> None:
    """Give Ctrl-C back to an in-process caller once a command that handled it is done.

    In the ``archiver`` process nothing is given back: :func:`main` decides what a Ctrl-C
    means once the command is over, so one that arrives while the summary is printed or the
    process exits can neither cut the summary off nor turn the exit into a traceback.
    """
    if not RUNNING_AS_SCRIPT:
        signal.signal(signal.SIGINT, previous)


def _exit_interrupted(_signum: int, _frame: Any) -> None:
    """Ctrl-C after the command is over (say, while the interpreter waits for a capture thread
    to end): leave at once with the interrupted exit code, never a traceback."""
    _leave_now(EXIT_INTERRUPTED)


def _leave_now(code: int) -> None:
    """End this process with ``code`` without waiting for its threads (nor running ``atexit``).

    ``os._exit`` skips the ``atexit`` handlers, among them the one that ends the Chromium
    processes a browser capture started; so those are killed and reaped here first (only if a
    browser was ever launched: the module is imported by the launch), or they would outlive
    the command. A thread cut short here is cut as a SIGKILL cuts it, which the store
    survives (a torn WARC tail or log append is recovered; a capture exists once logged).
    A batch's multiprocessing helpers (its fork server, the resource tracker) are killed and
    reaped too (only if the batch's helpers module was loaded): a Ctrl-C while the exit waited
    for its fork server left it running, an orphan (``batch_helpers.kill_helpers``)."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    procs = sys.modules.get("archiver.capture.browser_procs")
    if procs is not None:
        with contextlib.suppress(Exception):
            procs.kill_all()
    workers = sys.modules.get("archiver.batch_helpers")
    if workers is not None:
        with contextlib.suppress(Exception):
            workers.kill_helpers()
    os._exit(code)


#: Set by a command stopped at once that left captures running in threads of this process
#: (``batch --threads`` at its second Ctrl-C): :func:`run` then exits without waiting for them.
_LEAVE_WITHOUT_WAITING = False


def leave_without_waiting() -> None:
    """Have the ``archiver`` process exit, once the command is over (its summary printed, its
    exit code decided), without waiting for the threads still running captures.

    Why: Python waits at exit for every thread of a ``ThreadPoolExecutor`` (and a browser
    capture's at ``atexit``), so a second Ctrl-C that was to stop a ``batch --threads`` at
    once waited for the captures in flight after all (up to the read timeout, 30 s). Threads
    cannot be stopped from outside; ending the process ends them, as a SIGKILL would.
    Does nothing for an in-process caller (a library, a test's runner), whose process is
    not ours to end: its threads finish their captures and its exit waits for them."""
    global _LEAVE_WITHOUT_WAITING
    if RUNNING_AS_SCRIPT:
        _LEAVE_WITHOUT_WAITING = True


def _exit_code(exc: SystemExit) -> int:
    """The status a ``SystemExit`` would give the process (as Python's own exit reads it)."""
    if exc.code is None:
        return 0
    return exc.code if isinstance(exc.code, int) else 1


#: Whether :func:`run` paused the cyclic garbage collector for the start-up imports.
_GC_PAUSED = False
#: Commands that import most of what they use during their first result (``archive``: fetch,
#: extraction, the log's signing, at the first URL's capture; ``verify-quote``: the quote
#: engine, at the first quote): they end the pause themselves, once that result is in, instead
#: of when their module is imported.
GC_PAUSED_THROUGH_FIRST_RESULT = frozenset({"archive", "verify-quote"})


def end_start_up_gc_pause() -> None:
    """The start-up is over (the running command's module is imported, or the first result of
    a command of :data:`GC_PAUSED_THROUGH_FIRST_RESULT` is in): set the objects made so far
    (modules, classes, functions, tables: kept for the life of the process) aside from the
    cyclic garbage collector for good (``gc.freeze``) and turn it back on. Idempotent.

    Why: a collection scans every young container object; the imports of one ``archiver
    archive URL`` make some fifty thousand that live as long as the process, and the ~110
    collections run during them cost ~20 ms of its CPU (issue 13), finding next to no garbage
    (the few hundred cyclic objects the first capture leaves, ~360 on the seed page, are
    frozen with the rest: a one-off, where a full collection to find them costs ~40 ms).
    Only the script's own process pauses (:func:`run`), and only for its start-up: what a
    command does after it is collected as usual."""
    global _GC_PAUSED
    if _GC_PAUSED:
        _GC_PAUSED = False
        gc.freeze()
        gc.enable()


def main() -> None:
    """Run the command line in this process (what tests call in-process, through click's runner).

    Commands signal their exit code with ``ctx.exit(code)``; our errors are already turned
    into :class:`ReportedError` by :class:`ArchiverGroup`.
    """
    cli.main(prog_name="archiver")


def _guarded_streams() -> None:
    """The process's standard streams, set up by :func:`archiver.cli.stdio.guard_standard_streams`
    (a reader that leaves the pipe no longer decides the exit code; closed descriptors); a closed
    stdout is refused here in one line, exit 2, before any command runs."""
    from archiver.cli.stdio import StdoutClosed, guard_standard_streams

    try:
        guard_standard_streams()
    except StdoutClosed as exc:
        ReportedError(exc).show()
        sys.exit(exc.exit_code)


def run(*, gc_paused: bool = False) -> None:
    """Entry point of the ``archiver`` script and ``python -m archiver`` (through
    :func:`archiver.__main__.main`, which imports this module with the collector already paused
    and says so with ``gc_paused``): :func:`main`, in a process of its own, so once the command
    is over Ctrl-C means "exit now, 130".

    At the very end Ctrl-C is ignored: Python's finalization sets a signal whose handler is a
    Python function back to the default, and a Ctrl-C in the few milliseconds after that would
    kill the process with the exit status already decided (seen under load: a second Ctrl-C
    meeting a batch that had just finished).

    A process started with Ctrl-C ignored (a background job of a script: the shell ignores it
    for them so that a Ctrl-C meant for the foreground does not stop them) keeps ignoring it to
    its exit, as Python itself does at start-up (the classic ``if (signal(SIGINT, SIG_IGN) !=
    SIG_IGN)`` rule); it was left ignored during the command but made to exit 130 at its end.
    """
    global RUNNING_AS_SCRIPT, _GC_PAUSED
    RUNNING_AS_SCRIPT = True
    started_ignoring_ctrl_c = signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    if gc_paused or gc.isenabled():
        gc.disable()  # until the start-up is over (end_start_up_gc_pause)
        _GC_PAUSED = True
    atexit.register(signal.signal, signal.SIGINT, signal.SIG_IGN)  # registered first: runs last
    try:
        _guarded_streams()
        main()
    except SystemExit as exc:
        if _LEAVE_WITHOUT_WAITING:
            _leave_now(_exit_code(exc))
        raise
    finally:
        end_start_up_gc_pause()  # (a command that failed before its module was imported)
        _forget_caught_interrupts()
        if not started_ignoring_ctrl_c:
            signal.signal(signal.SIGINT, _exit_interrupted)

