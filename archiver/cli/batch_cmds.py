"""``batch``, ``recapture``, ``diff``, ``history``: many URLs at once, and what changed since."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import time
from pathlib import Path
from typing import Any

import click

import archiver.cli as cli_package
from archiver.capture.browser_sigterm import sigterm_default, sigterm_is_default
from archiver.cli import EXIT_INTERRUPTED, Context, cli, leave_without_waiting, restore_sigint
from archiver.cli.browser_cmds import browser_options, browser_settings
from archiver.cli.capture_cmds import default_user_agent, redirect_policy_options
from archiver.cli.numbers import FiniteFloatRange, SafeIntRange
from archiver.cli.output import (
    URL_TEXT,
    UTF8_TEXT,
    checked_output_path,
    emit_json,
    emit_nl,
    err,
    evidence_json,
    force_option,
    output_options,
    progress,
)
from archiver.cli.render import echo_outcome, render_batch_summary, trailing_warnings
from archiver.cli.render_compare import render_diff, render_history, same_page
from archiver.core.shown import escaped_line
from archiver.errors import EXIT_INCOMPLETE, EXIT_PROBLEM


def _color() -> bool:
    return sys.stdout.isatty()


# ---------------------------------------------------------------------- batch


@cli.command()
@click.argument("source", metavar="URLS_FILE")
@click.option("-j", "--jobs", type=SafeIntRange(min=1, max=256), default=None,
              help="Captures in flight at once (default: 4 per CPU core, at least 4, at most 16).")
@click.option("--delay", "host_delay", type=FiniteFloatRange(min=0), default=1.0, show_default=True,
              help="Seconds between two requests to the same host (one at a time per host, always).")
@click.option("--retries", type=SafeIntRange(min=0), default=3, show_default=True,
              help="Extra attempts after a timeout or HTTP 429/503 (Retry-After is honoured).")
@click.option("--backoff", type=FiniteFloatRange(min=0), default=2.0, show_default=True,
              help="First retry wait in seconds when the server gives no Retry-After; doubles each time.")
@click.option("--max-backoff", type=FiniteFloatRange(min=0), default=300.0, show_default=True,
              help="Longest wait before a retry; a URL whose Retry-After asks for longer is logged "
                   "as failed (retry_later) and retried by the next run.")
@click.option("--retry-failed", is_flag=True,
              help="On a re-run, also retry URLs that failed for good last time (DNS, TLS, ...).")
@click.option("--report", "report_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the report here (.csv, else JSONL). Default: beside the batch state in the store. "
                   "A run of the same batch (resumed) replaces the report it wrote there; another "
                   "existing file needs --force.")
@force_option
@click.option("--threads", is_flag=True, help="Run captures in threads instead of worker processes.")
@click.option("--timeout", "read_timeout", type=FiniteFloatRange(min=0.1), default=30.0, show_default=True,
              help="Seconds to wait for data from the server.")
@click.option("--connect-timeout", type=FiniteFloatRange(min=0.1), default=10.0, show_default=True)
@click.option("--total-timeout", type=FiniteFloatRange(min=0.1), default=120.0, show_default=True)
@click.option("--max-body", "max_body", type=SafeIntRange(min=1), default=50 * 1024 * 1024, show_default=True)
@click.option("--user-agent", type=UTF8_TEXT, default=default_user_agent, show_default=False)
@click.option("--ca-bundle", type=click.Path(exists=True, dir_okay=False), default=None)
@click.option("--insecure", is_flag=True, help="Capture HTTPS even if the certificate does not verify (recorded).")
@redirect_policy_options
@output_options(nl="Stream one JSON object per URL as it finishes (NDJSON).")
@click.option("--skip-invalid", is_flag=True,
              help="Archive the valid lines even if some are not http(s) URLs; each skipped line is "
                   "listed (stderr, report file, status 'invalid') and the exit code is 1.")
@browser_options
@click.pass_obj
def batch(obj: Context, source: str, jobs: int | None, host_delay: float, retries: int, backoff: float,
          max_backoff: float, retry_failed: bool, report_path: Path | None, force: bool, threads: bool,
          read_timeout: float, connect_timeout: float, total_timeout: float, max_body: int,
          user_agent: str, ca_bundle: str | None, insecure: bool, private_redirects: str,
          as_json: bool, as_nl: bool, skip_invalid: bool, use_browser: bool, chromium: str | None,
          max_resources: int, dismiss_consent: bool, no_browser_sandbox: bool) -> None:
    """Archive every URL in URLS_FILE: one per line, a CSV with a 'url' column, or - for stdin.

    Captures run concurrently, at most one request at a time per host with --delay between
    them; timeouts and 429/503 are retried with exponential backoff. The batch is resumable:
    interrupted (Ctrl-C) or killed, the same command continues where it stopped and captures
    nothing twice. Every URL's outcome goes to a report file (url, capture id, status, error).
    One line per URL is printed as it finishes. A first Ctrl-C starts no more URLs and waits
    for the captures in flight (it says so on stderr); a second stops without waiting for
    their outcomes, and still prints the summary. Exit 0 if every URL was
    captured, 1 if any failed (or a line was skipped as invalid), 130 if interrupted.
    With --browser each URL is captured through headless Chromium (see `archive --browser`),
    once, without retries. A Chromium that cannot run at all (its sandbox cannot start, it is
    missing, it exits at launch) is one error line and exit 2 before anything is made, as with
    `archive`; one that stops working during the batch stops it at once the same way, and the
    URLs not captured are left for the next run of the same command.
    """
    browser = browser_settings(use_browser, chromium, max_resources, dismiss_consent, no_browser_sandbox)
    from archiver.batch import (
        Politeness,
        interrupted_report,
        invalid_items,
        is_own_report,
        read_urls,
        run_batch,
    )

    invalid: list[tuple[int, str, str]] | None = [] if skip_invalid else None
    urls = read_urls(source, invalid=invalid)
    skipped = invalid_items(invalid or [], str(source))
    if report_path is not None:  # the default report lives in the store; one the user names may not
        # the report this very batch wrote there (interrupted, now resumed) is its own to replace
        own = not force and is_own_report(obj.store_path, urls, report_path)
        report_path = checked_output_path(report_path, obj.store_path, what="report", overwrite=force or own,
                                          inputs=[("the URL list", source)])
    from archiver.capture.ca_bundle import check_ca_bundle
    from archiver.capture.fetch import FetchOptions

    if ca_bundle:  # read by the TLS library at the first connection: refuse a bad one now
        check_ca_bundle(ca_bundle)
    options = FetchOptions(connect_timeout=connect_timeout, read_timeout=read_timeout,
                           total_timeout=total_timeout, max_body_bytes=max_body, user_agent=user_agent,
                           ca_bundle=ca_bundle, insecure=insecure, private_redirects=private_redirects)
    politeness = Politeness(host_delay=host_delay, retries=retries, backoff=backoff, max_backoff=max_backoff)
    for it in skipped:
        err(f"skipped (invalid): {it.error}")
        if as_nl:
            emit_nl([it.to_dict()])
    started_at = time.monotonic()
    previous = signal.getsignal(signal.SIGINT)
    previous_term = signal.getsignal(signal.SIGTERM)
    try:
        with progress(len(urls), "archiving") as advance:

            def on_start(total: int, todo: int) -> None:
                if todo < total:
                    err(f"resuming: {total - todo} of {total} URLs already done, {todo} to go")
                for _ in range(total - todo):
                    advance("")

            def on_outcome(item: Any) -> None:
                advance(item.url)
                if as_nl:
                    emit_nl([item.to_dict()])
                elif not as_json:
                    echo_outcome(item)
                sys.stdout.flush()  # one line per URL as it finishes, even into a pipe

            def on_interrupt(in_flight: int) -> None:
                err(f"stopping: no more URLs are started; waiting for the {in_flight} in flight "
                    "(Ctrl-C again to stop without waiting for their outcomes)")

            try:
                report = run_batch(obj.store_path, urls, jobs=jobs, threads=threads, fetch_options=options,
                                   politeness=politeness, retry_failed=retry_failed,
                                   on_outcome=on_outcome, on_start=on_start, on_interrupt=on_interrupt,
                                   browser=browser)
            except KeyboardInterrupt:  # a second Ctrl-C: stop now, but still say what was captured
                report = interrupted_report(obj.store_path, urls, time.monotonic() - started_at)
                if threads:  # (worker processes were stopped already; threads cannot be)
                    leave_without_waiting()
            finally:  # from here on the summary is owed: a late Ctrl-C must not cut it off or kill the exit
                signal.signal(signal.SIGINT, signal.SIG_IGN)
                if sigterm_is_default(signal.getsignal(signal.SIGTERM)):  # nor a first SIGTERM
                    signal.signal(signal.SIGTERM, _sigterm_during_the_summary)
        global _INTERRUPTED_RUN_OVER
        _INTERRUPTED_RUN_OVER = report.interrupted and cli_package.RUNNING_AS_SCRIPT  # 130 from here to the exit
        if not as_json and not as_nl:  # done by an earlier run of this batch: not streamed above
            for it in report.items:
                if it.resumed:
                    echo_outcome(it)
        try:
            _finish_batch(report, skipped, report_path, as_json=as_json)
        except click.exceptions.Exit as done:  # (its summary said: a run that found a problem, or interrupted)
            _run_said(done.exit_code)
            raise
        _run_said(0)
    finally:  # run in-process (a library caller, a test), Ctrl-C works again afterwards
        restore_sigint(previous)
        if signal.getsignal(signal.SIGTERM) is _sigterm_during_the_summary:
            signal.signal(signal.SIGTERM, _late_sigterm() if sigterm_is_default(previous_term) else previous_term)


#: Set in the ``archiver`` process once its batch's run is over and was interrupted.
_INTERRUPTED_RUN_OVER = False
#: The exit code of the ``archiver`` process's batch once its run is over and its summary said
#: (:func:`_run_said`): what a SIGTERM from then on leaves with (:func:`_die_of_sigterm_taking_helpers`).
_RUN_EXIT_CODE: int | None = None


def _run_said(code: int) -> None:
    """The batch's results are committed (its captures logged, its log's head signed, its report
    written) and its summary printed, with exit code ``code`` decided: in the ``archiver`` process a
    late SIGTERM leaves with that code from now on, not as a signal death (-15), which a script
    reads as a failure and which said nothing true of a run that had captured everything."""
    global _RUN_EXIT_CODE
    if cli_package.RUNNING_AS_SCRIPT:
        _RUN_EXIT_CODE = code


def _late_sigterm() -> Any:
    """What SIGTERM's handler becomes once the batch's summary is printed, or at a first SIGTERM
    during it: :func:`_sigterm_after_an_interrupted_run` once an interrupted run is over in the
    ``archiver`` process, :func:`_die_of_sigterm_taking_helpers` once another run is over there,
    else :func:`sigterm_default`."""
    if _INTERRUPTED_RUN_OVER:
        return _sigterm_after_an_interrupted_run
    return _die_of_sigterm_taking_helpers if cli_package.RUNNING_AS_SCRIPT else sigterm_default()


def _die_of_sigterm_taking_helpers(signum: int, frame: Any) -> None:
    """A SIGTERM once a batch's run is over in the ``archiver`` process: kill and reap the batch's
    multiprocessing helpers (``batch_helpers.kill_helpers``, bounded), then die of the signal as
    its default action does (taking the browsers' processes along: :func:`sigterm_default`).
    Before, the default action itself: a SIGTERM while the exit waited for the fork server to exit
    left it running, an orphan, as a Ctrl-C there once did (the CLI's ``_leave_now``).
    Only in the ``archiver`` process: an in-process caller's helpers are its own to stop.

    Once the run is over and its summary said (:func:`_run_said`), the process leaves instead with
    the run's exit code, its browsers' processes and helpers killed and reaped first (the CLI's
    ``_leave_now``): the results are committed and printed, so a SIGTERM then (the exit waiting for
    the fork server to stop, an idle Chromium being closed) stops only the waiting, not the run."""
    if _RUN_EXIT_CODE is not None:
        cli_package._leave_now(_RUN_EXIT_CODE)
    workers = sys.modules.get("archiver.batch_helpers")
    if workers is not None:
        with contextlib.suppress(Exception):
            workers.kill_helpers()
    default = sigterm_default()
    if callable(default):
        default(signum, frame)
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)


def _sigterm_during_the_summary(signum: int, _frame: Any) -> None:
    """A first SIGTERM once the batch's run is over: there is nothing left to stop, so the summary
    is printed whole and the batch ends as it would have (its own exit code: the report and the
    log's signed head are written already). Before, it had its default action there: the process
    died mid-summary (exit -15), its fork server and resource tracker left to whoever inherited
    them. A second one ends the process at once (taking its browsers along: sigterm_default, or
    with 130 after an interrupted run, or with the run's exit code once the summary is said), so a
    summary stuck on a pipe nobody reads can still be stopped."""
    signal.signal(signum, _late_sigterm())


def _sigterm_after_an_interrupted_run(_signum: int, _frame: Any) -> None:
    """A SIGTERM once an interrupted batch's run is over (its summary printing or printed, the
    process on its way out: closing its idle Chromium, waiting for a capture's thread): leave at
    once with 130, the run's true status, its browsers' processes killed and reaped first
    (``_exit_interrupted``, as a Ctrl-C then). Before, SIGTERM's default action was back (its
    browsers' stand-in, die_of_sigterm) and a second SIGTERM ~0.1 s after the first ended a batch
    that had stopped and said "interrupted" with -15. Only in the ``archiver`` process: an
    in-process caller's own process is not ours to end."""
    cli_package._exit_interrupted(_signum, _frame)


def _finish_batch(report: Any, skipped: list[Any], report_path: Path | None, *, as_json: bool) -> None:
    """Write the report file (invalid lines included), print the summary, set the exit code.

    A batch stopped by an environment error (no Chromium, no sandbox: nothing to do with any
    URL) ends as ``archive`` does with it: that error, one line, its exit code (2), instead of
    the summary; the report file still lists every URL (those left untried as not attempted)."""
    from archiver.batch import record_report, write_report

    report_file: Path | None = report_path or report.state_path.with_suffix(".report.csv")
    if report_path is None and not report.state_path.parent.parent.exists():
        # stopped (a SIGTERM, a Ctrl-C) before it made its store: no store for a report of URLs
        # not attempted (a folder left where none was; the same command makes it)
        report_file = None
    elif report_path is None:  # the store's own batches/ folder (a folder the user names must exist)
        with contextlib.suppress(OSError):  # (else write_report says why, in one line)
            report.state_path.parent.mkdir(parents=True, exist_ok=True)
    if report_file is not None:
        written = write_report(report_file, [*report.items, *skipped])
        if report_path is not None:  # so that the next run of this batch may replace it (is_own_report)
            record_report(report.state_path, report_file, written)
    if report.stopped_by is not None:
        raise report.stopped_by
    summary = {**report.summary(), "invalid": len(skipped), "report_file": None if report_file is None else str(report_file)}
    if as_json:
        emit_json({**summary, "results": [it.to_dict() for it in [*report.items, *skipped]]})
    err(render_batch_summary(summary, len(skipped), report_file))
    ctx = click.get_current_context()
    if report.interrupted:
        err("interrupted: run the same command again to continue where it stopped")
        ctx.exit(EXIT_INTERRUPTED)
    if not report.ok or skipped:
        ctx.exit(EXIT_PROBLEM)


# ---------------------------------------------------------------------- diff


@cli.command()
@click.argument("capture_a", type=UTF8_TEXT)
@click.argument("capture_b", type=UTF8_TEXT)
@output_options()
@click.pass_obj
def diff(obj: Context, capture_a: str, capture_b: str, as_json: bool) -> None:
    """What changed from CAPTURE_A to CAPTURE_B: text paragraph by paragraph, and metadata.

    Changed words are marked [-removed-]{+added+}. Like diff(1): exit 0 when nothing a reader
    would see changed (same HTTP status and final URL, and the same body read as the same text,
    or the same text and metadata), 1 when it did. Texts made by different extractor versions
    are said to be. Two captures of different URLs are compared too, with a note saying so
    (--json: same_page). Exit 3 when a capture's extraction failed (no text to compare:
    `archiver reextract ID` tries again).
    """
    with obj.open_archive() as arc, evidence_json(as_json):
        result = arc.compare(capture_a, capture_b)
    doc = result.to_dict()
    doc["same_page"] = same_page(doc)
    if as_json:
        emit_json(doc)
    else:
        click.echo(render_diff(doc, _color()))
        click.echo("evidence: present for both captures (the records their texts rest on match the provenance log; "
                   "their other records were not read: 'archiver show' checks them all)")
    if not result.identical:
        click.get_current_context().exit(EXIT_PROBLEM)


# ---------------------------------------------------------------------- recapture


@cli.command()
@click.argument("target", metavar="CAPTURE_ID|URL", type=UTF8_TEXT)
@output_options()
@browser_options
@click.pass_obj
def recapture(obj: Context, target: str, as_json: bool, use_browser: bool, chromium: str | None,
              max_resources: int, dismiss_consent: bool, no_browser_sandbox: bool) -> None:
    """Capture a URL again, then compare with its previous capture.

    TARGET is a capture id (its URL is captured again and compared with it) or a URL
    (compared with its newest capture, if any). Exit 0 when captured (changed or not),
    1 when the capture failed; 3 when captured but not compared: a side's extraction failed
    (`archiver reextract ID`) or its records are missing. With --browser the new capture is made through headless
    Chromium, as `archive --browser` makes one.
    """
    browser = browser_settings(use_browser, chromium, max_resources, dismiss_consent, no_browser_sandbox)
    with obj.open_archive() as arc:
        done = arc.recapture(target, browser=browser)
    result = done.capture
    for line in trailing_warnings(result.to_dict()):
        err(line)
    if as_json:
        emit_json(done.to_dict())
    elif result.ok:
        click.echo(f"{result.capture_id}  {result.status}  {escaped_line(str(result.final_url))}")
        if done.diff is not None:
            click.echo(render_diff(done.diff, _color()))
        elif done.refused is None:  # (a refused comparison is reported below, in one line)
            err("no earlier capture of this URL to compare with")
    if not result.ok:
        err(f"error: {result.error}")
        click.get_current_context().exit(EXIT_PROBLEM)
    if done.refused is not None:
        raise done.refused


# ---------------------------------------------------------------------- history


@cli.command()
@click.argument("url", type=URL_TEXT)
@output_options()
@click.pass_obj
def history(obj: Context, url: str, as_json: bool) -> None:
    """Every capture of URL, oldest first, marking what changed since the one before, and
    the quotes verified against an older capture that no longer verify against the newest.

    Exit 0; 1 when a previously verified quote no longer verifies; else 3 when the index lacks a
    capture of URL the log lists (the list is incomplete: run `archiver reindex`), or when the
    quotes that no longer verify do so on a newest capture holding only the beginning of its page,
    or when quotes must be rechecked on a newest capture with no text to use (its extraction failed:
    `archiver reextract ID`; or its bytes could not be read to decide what a browser shows).
    """
    from archiver.capture.fetch import validate_url

    url = validate_url(url)
    with obj.open_archive() as arc, evidence_json(as_json):
        doc = arc.history(url).to_dict()
    if as_json:
        emit_json(doc)
    else:
        click.echo(render_history(doc))
    if any(q["cause"] != "capture_incomplete" for q in doc["broken_quotes"]):
        click.get_current_context().exit(EXIT_PROBLEM)
    if not doc.get("index_complete", True) or doc["broken_quotes"]:  # (as `list`: a list the index cut
        click.get_current_context().exit(EXIT_INCOMPLETE)  # short is no list; a cut capture no page)
