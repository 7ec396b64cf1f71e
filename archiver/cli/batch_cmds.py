"""``batch``, ``recapture``, ``diff``, ``history``: many URLs at once, and what changed since."""

from __future__ import annotations

import signal
import sys
import time
from pathlib import Path
from typing import Any

import click

from archiver.capture.fetch import DEFAULT_USER_AGENT, FetchOptions
from archiver.cli import Context, cli
from archiver.cli.capture_cmds import redirect_policy_options
from archiver.cli.output import (
    UTF8_TEXT,
    checked_output_path,
    emit_json,
    emit_nl,
    err,
    evidence_json,
    output_options,
    progress,
)
from archiver.errors import EXIT_PROBLEM
from archiver.evidence import EvidenceError

EXIT_INTERRUPTED = 130  # the shell's convention for "stopped by Ctrl-C"
INVALID = "invalid"  # a batch line skipped by --skip-invalid: not a URL archiver fetches


def _color() -> bool:
    return sys.stdout.isatty()


# ---------------------------------------------------------------------- batch


@cli.command()
@click.argument("source", metavar="URLS_FILE")
@click.option("-j", "--jobs", type=click.IntRange(min=1, max=256), default=None,
              help="Captures in flight at once (default: 4 per CPU core, at least 4, at most 16).")
@click.option("--delay", "host_delay", type=click.FloatRange(min=0), default=1.0, show_default=True,
              help="Seconds between two requests to the same host (one at a time per host, always).")
@click.option("--retries", type=click.IntRange(min=0), default=3, show_default=True,
              help="Extra attempts after a timeout or HTTP 429/503 (Retry-After is honoured).")
@click.option("--backoff", type=click.FloatRange(min=0), default=2.0, show_default=True,
              help="First retry wait in seconds when the server gives no Retry-After; doubles each time.")
@click.option("--max-backoff", type=click.FloatRange(min=0), default=300.0, show_default=True,
              help="Longest wait before a retry; a URL whose Retry-After asks for longer is logged "
                   "as failed (retry_later) and retried by the next run.")
@click.option("--retry-failed", is_flag=True,
              help="On a re-run, also retry URLs that failed for good last time (DNS, TLS, ...).")
@click.option("--report", "report_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the report here (.csv, else JSONL). Default: beside the batch state in the store.")
@click.option("--threads", is_flag=True, help="Run captures in threads instead of worker processes.")
@click.option("--timeout", "read_timeout", type=click.FloatRange(min=0.1), default=30.0, show_default=True,
              help="Seconds to wait for data from the server.")
@click.option("--connect-timeout", type=click.FloatRange(min=0.1), default=10.0, show_default=True)
@click.option("--total-timeout", type=click.FloatRange(min=0.1), default=120.0, show_default=True)
@click.option("--max-body", "max_body", type=click.IntRange(min=1), default=50 * 1024 * 1024, show_default=True)
@click.option("--user-agent", default=DEFAULT_USER_AGENT, show_default=False)
@click.option("--ca-bundle", type=click.Path(exists=True, dir_okay=False), default=None)
@click.option("--insecure", is_flag=True, help="Capture HTTPS even if the certificate does not verify (recorded).")
@redirect_policy_options
@output_options(nl="Stream one JSON object per URL as it finishes (NDJSON).")
@click.option("--skip-invalid", is_flag=True,
              help="Archive the valid lines even if some are not http(s) URLs; each skipped line is "
                   "listed (stderr, report file, status 'invalid') and the exit code is 1.")
@click.pass_obj
def batch(obj: Context, source: str, jobs: int | None, host_delay: float, retries: int, backoff: float,
          max_backoff: float, retry_failed: bool, report_path: Path | None, threads: bool,
          read_timeout: float, connect_timeout: float, total_timeout: float, max_body: int,
          user_agent: str, ca_bundle: str | None, insecure: bool, private_redirects: str,
          as_json: bool, as_nl: bool, skip_invalid: bool) -> None:
    """Archive every URL in URLS_FILE: one per line, a CSV with a 'url' column, or - for stdin.

    Captures run concurrently, at most one request at a time per host with --delay between
    them; timeouts and 429/503 are retried with exponential backoff. The batch is resumable:
    interrupted (Ctrl-C) or killed, the same command continues where it stopped and captures
    nothing twice. Every URL's outcome goes to a report file (url, capture id, status, error).
    One line per URL is printed as it finishes. A second Ctrl-C stops without waiting for
    the running captures' outcomes, and still prints the summary. Exit 0 if every URL was
    captured, 1 if any failed (or a line was skipped as invalid), 130 if interrupted.
    """
    from archiver.batch import BatchItem, Politeness, read_urls, run_batch

    if report_path is not None:  # the default report lives in the store; one the user names may not
        report_path = checked_output_path(report_path, obj.store_path, what="report")
    invalid: list[tuple[int, str, str]] | None = [] if skip_invalid else None
    urls = read_urls(source, invalid=invalid)
    skipped = [BatchItem(url=value, status=INVALID, error=f"line {line}: {reason}", error_kind=INVALID)
               for line, value, reason in invalid or []]
    options = FetchOptions(connect_timeout=connect_timeout, read_timeout=read_timeout,
                           total_timeout=total_timeout, max_body_bytes=max_body, user_agent=user_agent,
                           ca_bundle=ca_bundle, insecure=insecure, private_redirects=private_redirects)
    politeness = Politeness(host_delay=host_delay, retries=retries, backoff=backoff, max_backoff=max_backoff)
    for it in skipped:
        err(f"skipped (invalid): {it.error}")
        if as_nl:
            emit_nl([it.to_dict()])
    started_at = time.monotonic()
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
                _echo_outcome(item)
            sys.stdout.flush()  # one line per URL as it finishes, even into a pipe

        try:
            report = run_batch(obj.store_path, urls, jobs=jobs, threads=threads, fetch_options=options,
                               politeness=politeness, retry_failed=retry_failed,
                               on_outcome=on_outcome, on_start=on_start)
        except KeyboardInterrupt:  # a second Ctrl-C: stop now, but still say what was captured
            report = _report_from_state(obj.store_path, urls, time.monotonic() - started_at)
        finally:  # from here on the summary is owed: a late Ctrl-C must not cut it off or kill the exit
            signal.signal(signal.SIGINT, signal.SIG_IGN)
    if not as_json and not as_nl:  # done by an earlier run of this batch: not streamed above
        for it in report.items:
            if it.resumed:
                _echo_outcome(it)
    _finish_batch(report, skipped, report_path, as_json=as_json)


def _echo_outcome(item: Any) -> None:
    """The readable line of one URL: captures on stdout, failures on stderr."""
    if item.status in ("captured", "unavailable"):
        mark = "" if item.status == "captured" else f"  ({item.error})"
        click.echo(f"{item.capture_id}  {item.http_status}  {item.url}{mark}")
    elif item.status == "failed":
        err(f"error: {item.error}")


def _report_from_state(store: Path, urls: list[str], seconds: float) -> Any:
    """The report of a batch stopped by a second Ctrl-C, read back from its state file (every
    finished URL's outcome is written there the moment it is known)."""
    from archiver.batch import PENDING, BatchItem, BatchReport, BatchState, batch_key

    state = BatchState(store / "batches" / f"{batch_key(urls)}.jsonl")
    items = [state.items.get(u) or BatchItem(url=u, status=PENDING) for u in urls]
    return BatchReport(items=items, state_path=state.path, interrupted=True, seconds=seconds)


def _finish_batch(report: Any, skipped: list[Any], report_path: Path | None, *, as_json: bool) -> None:
    """Write the report file (invalid lines included), print the summary, set the exit code."""
    from archiver.batch import write_report

    report_file = report_path or report.state_path.with_suffix(".report.csv")
    write_report(report_file, [*report.items, *skipped])
    summary = {**report.summary(), "invalid": len(skipped), "report_file": str(report_file)}
    if as_json:
        emit_json({**summary, "results": [it.to_dict() for it in [*report.items, *skipped]]})
    invalid_note = f", {len(skipped)} invalid lines skipped" if skipped else ""
    err(f"{summary['captured']} captured, {summary['unavailable']} unavailable (429/503), "
        f"{summary['failed']} failed, {summary['pending']} not attempted, of {summary['total']} URLs "
        f"({summary['resumed']} from an earlier run){invalid_note} in {summary['seconds']:.1f}s; "
        f"report: {report_file}")
    ctx = click.get_current_context()
    if report.interrupted:
        err("interrupted: run the same command again to continue where it stopped")
        ctx.exit(EXIT_INTERRUPTED)
    if not report.ok or skipped:
        ctx.exit(EXIT_PROBLEM)


# ---------------------------------------------------------------------- diff rendering


def _words(words: list[dict[str, Any]], color: bool) -> str:
    out = []
    for w in words:
        if w["op"] == "equal":
            out.append(w["text"])
        elif w["op"] == "removed":
            out.append(click.style(f"[-{w['text']}-]", fg="red") if color else f"[-{w['text']}-]")
        else:
            out.append(click.style(f"{{+{w['text']}+}}", fg="green") if color else f"{{+{w['text']}+}}")
    return "".join(out)


def _value(v: Any) -> str:
    if isinstance(v, list):
        return "; ".join(f"{x.get('kind')}: {x.get('text')}" if isinstance(x, dict) else str(x) for x in v) or "-"
    return "-" if v is None else str(v)


def _metadata_lines(metadata: list[dict[str, Any]]) -> list[str]:
    lines = []
    for m in metadata:
        if m["removed"] or m["added"]:
            lines.append(f"{m['field']}:")
            lines += [f"  - {_value([x])}" for x in m["removed"]]
            lines += [f"  + {_value([x])}" for x in m["added"]]
        else:
            lines.append(f"{m['field']}: {_value(m['a'])} -> {_value(m['b'])}")
    return lines


def _corrected_lines(a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    """Which compared values are the user's corrections, not the extraction's (who, why)."""
    from archiver.corrections import describe

    return [f"{mark} {describe(name, info)}" for mark, side in (("---", a), ("+++", b))
            for name, info in (side.get("corrections") or {}).items()]


def same_page(d: dict[str, Any]) -> bool:
    """Whether both sides of a diff are captures of one page: the same URL was asked for, or
    the same page was reached (a redirect may differ between two captures of one article)."""
    a, b = d["a"], d["b"]
    return bool({a["url"], a["final_url"]} & {b["url"], b["final_url"]})


def render_diff(d: dict[str, Any], color: bool = False) -> str:
    """The readable diff: header, metadata changes, then each changed paragraph."""
    a, b = d["a"], d["b"]
    lines = [f"--- {a['capture_id']}  {a['capture_time'][:19]}Z  {a['http_status']}  {a['final_url']}",
             f"+++ {b['capture_id']}  {b['capture_time'][:19]}Z  {b['http_status']}  {b['final_url']}"]
    lines += _corrected_lines(a, b)
    if not same_page(d):
        lines.append("note: these are captures of two DIFFERENT pages (different URLs): what follows compares "
                     "two documents, not two versions of one page")
    if d["identical_payload"]:
        lines.append(f"{'identical' if d['identical'] else 'same'}: same payload ({a['payload_digest']})")
        lines += _metadata_lines(d["metadata"])
        return "\n".join(lines)
    if not d["text_compared"]:
        lines.append("payloads differ; no extracted text on one side to compare "
                     f"({a['payload_digest']} vs {b['payload_digest']})")
        return "\n".join(lines)
    if d["identical"]:
        lines.append("same text and metadata (payload bytes differ: markup, scripts or ads)")
        return "\n".join(lines)
    lines += _metadata_lines(d["metadata"])
    c = d["paragraph_counts"]
    if d["identical_text"]:
        lines.append("text: identical")
    else:
        lines.append(f"text: {c['changed']} changed, {c['added']} added, {c['removed']} removed paragraphs")
    for p in d["paragraphs"]:
        if p["kind"] == "changed":
            lines.append(f"~ [{p['index_a'] + 1} -> {p['index_b'] + 1}] {_words(p['words'], color)}")
        elif p["kind"] == "added":
            text = f"+ [{p['index_b'] + 1}] {p['text_b']}"
            lines.append(click.style(text, fg="green") if color else text)
        else:
            text = f"- [{p['index_a'] + 1}] {p['text_a']}"
            lines.append(click.style(text, fg="red") if color else text)
    return "\n".join(lines)


@cli.command()
@click.argument("capture_a")
@click.argument("capture_b")
@output_options()
@click.pass_obj
def diff(obj: Context, capture_a: str, capture_b: str, as_json: bool) -> None:
    """What changed from CAPTURE_A to CAPTURE_B: text paragraph by paragraph, and metadata.

    Changed words are marked [-removed-]{+added+}. Like diff(1): exit 0 when nothing a reader
    would see changed (same payload digest, or same text and metadata), 1 when it did. Two
    captures of different URLs are compared too, with a note saying so (--json: same_page).
    """
    from archiver.compare import compare_captures

    arc = obj.open_archive()
    try:
        with evidence_json(as_json):
            result = compare_captures(arc, capture_a, capture_b)
    finally:
        arc.close()
    doc = result.to_dict()
    doc["same_page"] = same_page(doc)
    if as_json:
        emit_json(doc)
    else:
        click.echo(render_diff(doc, _color()))
        click.echo("evidence: present for both captures (records and extracted texts match the provenance log)")
    if not result.identical:
        click.get_current_context().exit(EXIT_PROBLEM)


# ---------------------------------------------------------------------- recapture


def _looks_like_url(value: str) -> bool:
    return "://" in value


@cli.command()
@click.argument("target", metavar="CAPTURE_ID|URL", type=UTF8_TEXT)
@output_options()
@click.pass_obj
def recapture(obj: Context, target: str, as_json: bool) -> None:
    """Capture a URL again, then compare with its previous capture.

    TARGET is a capture id (its URL is captured again and compared with it) or a URL
    (compared with its newest capture, if any). Exit 0 when captured (changed or not),
    1 when the capture failed.
    """
    from archiver.compare import compare_captures

    arc = obj.open_archive()
    try:
        if _looks_like_url(target):
            from archiver.capture.fetch import validate_url

            url = validate_url(target)
            rows = arc.list_captures(url=url)
            previous = rows[0].capture_id if rows else None
        else:
            previous = arc.resolve(target)
            url = arc.evidence(previous, with_text=False).url or arc.index.get(previous).url  # the logged URL
        arc.ensure_writable()
        result = arc.capture(url)
        comparison = None
        refused: EvidenceError | None = None
        if result.ok and previous is not None:
            try:
                comparison = compare_captures(arc, previous, result.capture_id).to_dict()
            except EvidenceError as exc:  # the new capture stands; the old one cannot be compared
                refused = exc
    finally:
        arc.close()
    doc = {"url": url, "previous_capture_id": previous, "capture": result.to_dict(),
           "changed": None if comparison is None else not comparison["identical"], "diff": comparison}
    if as_json:
        emit_json(doc)
    elif result.ok:
        click.echo(f"{result.capture_id}  {result.status}  {result.final_url}")
        if comparison is None and refused is None:
            err("no earlier capture of this URL to compare with")
        else:
            click.echo(render_diff(comparison, _color()))
    if not result.ok:
        err(f"error: {result.error}")
        click.get_current_context().exit(EXIT_PROBLEM)
    if refused is not None:
        raise refused


# ---------------------------------------------------------------------- history


@cli.command()
@click.argument("url", type=UTF8_TEXT)
@output_options()
@click.pass_obj
def history(obj: Context, url: str, as_json: bool) -> None:
    """Every capture of URL, oldest first, marking what changed since the one before, and
    the quotes verified against an older capture that no longer verify against the newest.

    Exit 0, or 1 when a previously verified quote no longer verifies.
    """
    from archiver.capture.fetch import validate_url
    from archiver.compare import history as build_history

    url = validate_url(url)
    arc = obj.open_archive()
    try:
        with evidence_json(as_json):
            doc = build_history(arc, url).to_dict()
    finally:
        arc.close()
    if as_json:
        emit_json(doc)
    else:
        click.echo(f"{len(doc['captures'])} captures of {url} (evidence present for each: records and "
                   "extracted texts match the provenance log)")
        for row in doc["captures"]:
            if row["previous_capture_id"] is None:
                mark = "first capture"
            elif not row["changed"]:
                mark = "unchanged" + ("" if not row["payload_changed"] else " (same text and metadata)")
            else:
                parts = []
                if row["text_changed"]:
                    c = row["paragraph_counts"]
                    parts.append(f"text: {c['changed']} changed, {c['added']} added, {c['removed']} removed")
                if row["metadata_changed"]:
                    parts.append("metadata: " + ", ".join(row["metadata_changed"]))
                mark = "CHANGED " + ("; ".join(parts) or "(payload differs, no text to compare)")
            click.echo(f"{row['capture_id']}  {row['capture_time'][:19]}Z  {row['http_status']}  "
                       f"{row['payload_digest']}  {mark}")
        if doc["quotes_checked"]:
            click.echo(f"{doc['quotes_checked']} quotes verified earlier, rechecked against "
                       f"{doc['newest_capture_id']}: {len(doc['broken_quotes'])} no longer verify")
        for q in doc["broken_quotes"]:
            click.echo(f"  NO LONGER VERIFIES ({q['verdict_then']} on {q['capture_id']}, log entry "
                       f"{q['log_seq']}; now {q['verdict_now']}): \u201c{q['quote']}\u201d")
    if doc["broken_quotes"]:
        click.get_current_context().exit(EXIT_PROBLEM)
