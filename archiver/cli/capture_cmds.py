"""``archive``, ``list``, ``show``, ``reindex``: capture into the store and look inside it."""

from __future__ import annotations

import time
from typing import Any

import click

from archiver.cli import Context, cli, end_start_up_gc_pause
from archiver.cli.browser_cmds import browser_options, browser_settings
from archiver.cli.numbers import FiniteFloatRange, SafeIntRange
from archiver.cli.output import (
    URL_TEXT,
    UTF8_TEXT,
    emit_json,
    err,
    one_or_many,
    output_options,
    progress,
)
from archiver.cli.render import (
    render_capture,
    render_capture_verbose,
    render_list_row,
    render_show,
    trailing_warnings,
)
from archiver.core.page_states import state_note
from archiver.errors import EXIT_INCOMPLETE, EXIT_PROBLEM


def default_user_agent() -> str:
    """``--user-agent``'s default, made when a command that fetches runs: importing the fetch module
    (requests, urllib3, the CA bundle) for it cost ``list``, ``show`` and ``reindex``, which share
    this module, some 60 ms of CPU each (issue 13)."""
    from archiver.capture.fetch import DEFAULT_USER_AGENT

    return DEFAULT_USER_AGENT


def redirect_policy_options(f: Any) -> Any:
    """``--no-private-redirects`` / ``--allow-private-redirects`` (default: from-private)."""
    f = click.option("--allow-private-redirects", "private_redirects", flag_value="allow",
                     help="Follow redirects to any address, private ones included.")(f)
    return click.option(
        "--no-private-redirects", "private_redirects", flag_value="deny",
        help="Never follow a redirect to a private, loopback or link-local address. Default: only "
             "a hop served from such an address may redirect to one.")(
        click.option("--private-redirects-from-private", "private_redirects", flag_value="from-private",
                     default=True, hidden=True)(f))


@cli.command()
@click.argument("urls", nargs=-1, required=True, type=UTF8_TEXT)
@output_options()
@click.option("--timeout", "read_timeout", type=FiniteFloatRange(min=0.1), default=30.0, show_default=True,
              help="Seconds to wait for data from the server.")
@click.option("--connect-timeout", type=FiniteFloatRange(min=0.1), default=10.0, show_default=True,
              help="Seconds to wait for a connection.")
@click.option("--total-timeout", type=FiniteFloatRange(min=0.1), default=120.0, show_default=True,
              help="Seconds for one URL in all, redirects included.")
@click.option("--max-body", "max_body", type=SafeIntRange(min=1), default=50 * 1024 * 1024,
              show_default=True, help="Bytes of body to keep; the rest is cut and the record marked truncated.")
@click.option("--max-redirects", type=SafeIntRange(min=0), default=10, show_default=True)
@click.option("--user-agent", type=UTF8_TEXT, default=default_user_agent, show_default=False,
              help="User-Agent header (default names archiver and its version).")
@click.option("--ca-bundle", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Trust the CA certificates in this PEM file for HTTPS.")
@click.option("--insecure", is_flag=True, help="Capture HTTPS even if the certificate does not verify (recorded).")
@click.option("--allow-credentials", is_flag=True,
              help="Accept user:password@ in URLs and send it; it is kept out of the records, log and index.")
@redirect_policy_options
@browser_options
@click.pass_obj
def archive(obj: Context, urls: tuple[str, ...], as_json: bool, read_timeout: float, connect_timeout: float,
            total_timeout: float, max_body: int, max_redirects: int, user_agent: str,
            ca_bundle: str | None, insecure: bool, allow_credentials: bool, private_redirects: str,
            use_browser: bool, chromium: str | None, max_resources: int, dismiss_consent: bool,
            no_browser_sandbox: bool) -> None:
    """Fetch URLS and archive every HTTP exchange into the store's WARC files.

    Each URL is captured with its redirects, extracted, and logged. A URL that cannot be
    fetched (DNS, refused, TLS, timeout) is reported and logged; the others are still
    archived, and the exit code is 1. With `archiver -v archive`, stderr also shows each
    URL's hops, the time it took and the limits applied.

    With --browser, each URL is loaded in headless Chromium (Debian's `chromium`, or
    --chromium PATH) through archiver's recording proxy: every exchange of the page, a
    full-page screenshot and the rendered DOM are archived (see `archiver screenshot`).
    """
    browser = browser_settings(use_browser, chromium, max_resources, dismiss_consent, no_browser_sandbox,
                               prelaunch=True)
    from archiver.capture.ca_bundle import check_ca_bundle
    from archiver.capture.fetch import FetchOptions

    if ca_bundle:  # read by the TLS library at the first connection: refuse a bad one now
        check_ca_bundle(ca_bundle)
    options = FetchOptions(connect_timeout=connect_timeout, read_timeout=read_timeout,
                           total_timeout=total_timeout, max_body_bytes=max_body,
                           max_redirects=max_redirects, user_agent=user_agent,
                           ca_bundle=ca_bundle, insecure=insecure, allow_credentials=allow_credentials,
                           private_redirects=private_redirects)
    arc = obj.open_archive(fetch_options=options)
    seconds: list[float] = []
    try:
        with progress(len(urls), "archiving") as advance:
            last = [time.monotonic()]

            def done(r: Any) -> None:
                end_start_up_gc_pause()  # the first capture imported what the others use
                now = time.monotonic()
                seconds.append(now - last[0])  # captures run one after another
                last[0] = now
                advance(r.url)

            results = arc.capture_many(urls, progress=done, browser=browser)
    finally:
        arc.close()
    docs = [r.to_dict() for r in results]
    for doc in docs:
        for line in trailing_warnings(doc):
            err(line)
    if as_json:
        emit_json(one_or_many(docs, several=len(urls) > 1))
    else:
        for doc, took in zip(docs, seconds, strict=False):
            if obj.verbose:
                err(render_capture_verbose(doc, took, options))
            if doc["ok"]:
                click.echo(render_capture(doc))
                state = (doc.get("article") or {}).get("page_state")
                if state and state != "article":
                    err(f"warning: {doc['url']}: page state is {state}: {state_note(state)}")
    for doc in docs:
        if not doc["ok"]:
            err(f"error: {doc['error']}")
    if any(not d["ok"] for d in docs):
        click.get_current_context().exit(EXIT_PROBLEM)


@cli.command("list")
@output_options()
@click.option("--url", default=None, type=URL_TEXT, help="Only captures of this URL (requested or final; as typed or percent-encoded, either form).")
@click.pass_obj
def list_(obj: Context, as_json: bool, url: str | None) -> None:
    """List every capture, newest first."""
    arc = obj.open_archive()
    try:
        lost = arc.captures_not_indexed(url)  # (the log is the truth, the index a cache: a list it lacks is no list)
        rows = arc.list_captures(url=url)  # (after: a writer's commit in flight is waited for)
    finally:
        arc.close()
    docs: list[dict[str, Any]] = [{
        "capture_id": r.capture_id, "capture_time": r.capture_time, "status": r.status,
        "url": r.url, "final_url": r.final_url, "content_type": r.content_type,
        "title": r.detail.get("title"), "outlet": r.detail.get("outlet"),
        "origin": r.origin, "warc": r.warc, "log_seq": r.log_seq,
    } for r in rows]
    if as_json:
        emit_json(docs)
    elif not docs and not lost:
        err("no captures in this store yet (archiver archive URL)")
    else:
        for d in docs:
            click.echo(render_list_row(d))
    if lost:
        err(f"error: the index lacks {len(lost)} capture(s) the provenance log lists ({', '.join(lost[:5])}"
            f"{', ...' if len(lost) > 5 else ''}): this list is incomplete; run 'archiver reindex'")
        click.get_current_context().exit(EXIT_INCOMPLETE)


@cli.command()
@click.argument("capture_id", type=UTF8_TEXT)
@output_options()
@click.option("--text", "with_text", is_flag=True, help="Also print the extracted article text.")
@click.pass_obj
def show(obj: Context, capture_id: str, as_json: bool, with_text: bool) -> None:
    """Show what was captured and where it lives (WARC file, offsets, digests, log entries)."""
    from archiver.evidence import PRESENT, require_shown

    arc = obj.open_archive()
    try:
        doc = arc.show(capture_id)
    finally:
        arc.close()
    if doc["evidence"] != PRESENT:  # one line naming the file or the disagreement; exit 3 or 1
        if as_json:
            emit_json(doc)
        require_shown(doc)
    if doc.get("article") is not None and "author_support" not in doc["article"]:
        doc["article"]["author_support"] = None  # a record from before version 29: support unknown
    for entry in (doc.get("article") or {}).get("author_support") or ():
        if isinstance(entry, dict):
            entry.setdefault("backing", None)  # a record from before version 72: no score
    if as_json:
        emit_json(doc)
        return
    click.echo(render_show(doc, with_text=with_text))


@cli.command()
@output_options()
@click.option("--cdxj", "with_cdxj", is_flag=True,
              help="Also write <store>/indexes/index.cdxj, a pywb-compatible CDXJ index of every WARC file.")
@click.pass_obj
def reindex(obj: Context, as_json: bool, with_cdxj: bool) -> None:
    """Rebuild the index from the WARC files and the provenance log.

    Only captures the provenance log vouches for are served (records at their logged place
    with their logged sha256; text hashing to the logged digest). The remains of a process
    killed mid-capture are never served: they are logged once as a `recovery` entry and then
    only mentioned, exit 0. An import's copies no import entry names (an import killed before
    its entry) are not ours: never indexed or logged, named on stderr, exit 0. Exit 1 is for
    problems found now: a logged capture whose records are missing or altered, an extraction
    that does not match its log entry, a capture the log places a record of where no record is
    (an old import's: indexed, named with what to do, and refused by every statement).
    """
    arc = obj.open_archive()
    cdxj = None
    cdxj_problems: list[str] = []
    try:
        report = arc.reindex()
        if with_cdxj:
            from archiver.export.cdxj import write_store_cdxj

            paths = [arc.storage.local_path(n) for n in arc.storage.names()]
            out, lines, cdxj_problems = write_store_cdxj(arc.root, paths)
            cdxj = {"path": str(out), "lines": lines, "warc_files": len(paths), "problems": cdxj_problems}
    finally:
        arc.close()
    doc = report.to_dict()
    if as_json:
        emit_json({**doc, "cdxj": cdxj})
    else:
        click.echo(f"reindexed {doc['captures']} captures ({doc['extractions']} extractions) "
                   f"from {doc['warc_files']} WARC files"
                   + (f"; {len(doc['unplaced_records'])} with a record logged where no record is (below)"
                      if doc["unplaced_records"] else ""))
        if cdxj:
            click.echo(f"wrote {cdxj['path']}: {cdxj['lines']} CDXJ lines")
        for line in doc["recovered"]:
            err(f"recovered: {line}")
        for line in doc["unlogged_imports"]:
            err(f"not imported: {line}")
        for line in (doc["incomplete_captures"] + doc["digest_problems"] + doc["unverified_extractions"]
                     + doc["unplaced_records"]):
            err(f"problem: {line}")
    for line in cdxj_problems:
        err(f"problem: {line}")
    if not report.ok or cdxj_problems:
        click.get_current_context().exit(EXIT_PROBLEM)


