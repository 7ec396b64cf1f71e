"""``verify-quote``: is this really what the archived source said?

A thin layer over :class:`archiver.quotes.service.QuoteService`: read the quote(s), call the service,
print the verdict. Exit codes: 0 exact/normalized, 1 approximate/altered/not_found (for a
batch: any quote that did not verify), 2 bad input, 3 signing key missing for the log, or a
verdict that is not verified against a capture holding only the beginning of its page (a body cut
at --max-body, a content coding that ends early: the quote may stand in the rest).
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import click

from archiver.cli import Context, cli, end_start_up_gc_pause
from archiver.cli.output import (
    URL_TEXT,
    UTF8_TEXT,
    checked_output_path,
    emit_json,
    emit_nl,
    err,
    output_options,
    progress,
)
from archiver.cli.render_quotes import quote_docs
from archiver.cli.render_quotes import render_quote_report as render_report
from archiver.core.files import read_user_stream
from archiver.errors import EXIT_INCOMPLETE, EXIT_OK, EXIT_PROBLEM, UsageError
from archiver.evidence import EvidenceError
from archiver.quotes.service import (
    SCOPE_TEXT_FILE,
    QuoteReport,
    QuoteRequest,
    QuoteService,
    parse_batch,
    read_batch,
    read_text_file,
)


@cli.command("verify-quote")
@click.argument("quote", required=False, type=UTF8_TEXT)
@click.option("--quote-file", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
              help="Read the quote from this UTF-8 file ('-' for stdin) instead of QUOTE.")
@click.option("--capture", "capture", type=UTF8_TEXT, metavar="CAPTURE_ID",
              help="Verify against this capture (any unique id prefix).")
@click.option("--url", type=URL_TEXT, help="Verify against the newest capture of this URL; all captures are "
                            "shown when they give different verdicts.")
@click.option("--as-of", "as_of", type=UTF8_TEXT, metavar="DATE",
              help="With --url: the newest capture at or before this date (YYYY-MM-DD or ISO time).")
@click.option("--text-file", type=click.Path(dir_okay=False, path_type=Path),
              help="Verify against any UTF-8 text file instead of the archive (not logged).")
@click.option("--batch", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
              help="CSV with a header row: quote, and url or capture (empty: whole archive); '-' for stdin.")
@click.option("--receipt", type=click.Path(dir_okay=False, path_type=Path),
              help="Write a zip for a footnote: citation line, log proof, public key.")
@click.option("--skip-invalid", is_flag=True,
              help="With --batch: verify the other rows when some cannot be checked (a URL or capture not "
                   "in the store); each skipped row is listed and the exit code is 1.")
@output_options(nl="Output NDJSON, one object per quote.")
@click.pass_context
def verify_quote(ctx: click.Context, quote: str | None, quote_file: Path | None, capture: str | None,
                 url: str | None, as_of: str | None, text_file: Path | None, batch: Path | None,
                 receipt: Path | None, skip_invalid: bool, as_json: bool, as_nl: bool) -> None:
    """Verify QUOTE against the archived text, strictly, and log the verdict.

    \b
    Without --capture, --url or --text-file the whole archive is searched and the best
    capture is reported. Verdicts: exact, normalized (meaning-preserving changes only),
    approximate (non-material noise), altered (a material change), not_found.
    Exit codes: 0 exact/normalized; 1 approximate, altered or not found (batch: any);
    2 bad input; 3 signing key missing, or not verified against a capture that holds only the
    beginning of its page (cut at --max-body, or a gzip body that ends early).
    """
    obj: Context = ctx.obj
    targets = [t for t in (capture, url, text_file) if t is not None]
    if len(targets) > 1:
        raise UsageError("give at most one of --capture, --url, --text-file")
    text = read_text_file(text_file, what="text file") if text_file is not None else None
    default = QuoteRequest(quote="", capture=capture, url=url, as_of=as_of, text=text,
                           text_name=str(text_file) if text_file is not None else None)
    if batch is not None:
        if quote is not None or quote_file is not None or receipt is not None:
            raise UsageError("--batch takes its quotes from the file: no QUOTE, --quote-file or --receipt")
        requests = [_with_default(r, default) for r in _read_batch(batch)]
        service = _service(obj, requests)
        try:
            skipped: list[tuple[QuoteRequest, str]] = []
            with service.waits_once(requests):  # (its searches wait for live writers once in all)
                if skip_invalid:
                    requests, skipped = service.split_checkable(requests)
                with progress(len(requests), "verifying quotes") as advance:

                    def done(r: QuoteReport) -> None:
                        end_start_up_gc_pause()  # the first quote imported what the others use
                        advance(r.request.quote)

                    reports = service.verify_batch(requests, progress=done)
        except UsageError as exc:  # one row cannot be checked: nothing was verified or logged
            _close(service)
            raise UsageError(f"{exc.diagnostics()}; nothing was verified "
                             "(--skip-invalid verifies the other rows)") from exc
        except BaseException:
            _close(service)
            raise
        # the verdicts are logged: they are printed before closing the store (signing the log's
        # head, indexing) can fail, so a full disk there cannot hide them
        _emit(reports, as_json=as_json, as_nl=as_nl, many=True, skipped=skipped if skip_invalid else None)
        _close(service)
        ok = sum(r.verified for r in reports)
        refused = [r for r in reports if r.refused is not None]
        err(f"{len(reports)} quote(s): {ok} verified, {len(reports) - ok} not verified"
            + (f" ({len(refused)} refused: evidence missing or altered)" if refused else "")
            + (f"; {len(skipped)} row(s) skipped as invalid" if skipped else ""))
        for _request, reason in skipped:
            err(f"skipped: {reason}")
        ctx.exit(EXIT_PROBLEM if skipped and _batch_exit(reports) == EXIT_OK else _batch_exit(reports))
    if skip_invalid:
        raise UsageError("--skip-invalid goes with --batch")
    if receipt is not None:  # a receipt is evidence: never inside the store, never over another file
        receipt = checked_output_path(receipt, obj.store_path, what="receipt", forcible=False)
    request = replace(default, quote=_read_quote(quote, quote_file))
    service = _service(obj, [request])
    try:
        report = service.verify(request, receipt=receipt)
        end_start_up_gc_pause()
    except EvidenceError as exc:
        # the one-line error (and exit 3/1) comes from the CLI's catch site; --json/--nl still
        # get their one document, saying which evidence failed
        if as_json or as_nl:
            _emit([QuoteReport.refusal(request, exc)], as_json=as_json, as_nl=as_nl, many=False)
        _close(service)
        raise
    except BaseException:
        _close(service)
        raise
    # the verdict is logged: it is printed before closing the store (signing the log's head,
    # indexing) can fail, so a full disk there cannot hide it (the failure is then said after it)
    _emit([report], as_json=as_json, as_nl=as_nl, many=False)
    _close(service)
    ctx.exit(report.exit_code)


def _batch_exit(reports: list[QuoteReport]) -> int:
    """0 when every quote verified; 1 when any did not or its evidence was altered (a problem
    found); else 3 when some could not be checked because a file the log names is missing."""
    if all(r.verified for r in reports):
        return EXIT_OK
    if any(r.exit_code == EXIT_PROBLEM for r in reports if not r.verified):
        return EXIT_PROBLEM
    return EXIT_INCOMPLETE


def _read_batch(batch: Path) -> list[QuoteRequest]:
    """The batch's requests: from standard input for ``-`` (as ``batch -`` and ``--quote-file -``
    read it), else from the file."""
    if str(batch) == "-":
        return parse_batch(read_user_stream(sys.stdin, "the batch"), "batch from standard input")
    return read_batch(batch)


def _read_quote(quote: str | None, quote_file: Path | None) -> str:
    if (quote is None) == (quote_file is None):
        raise UsageError("give the quote either as QUOTE or with --quote-file (one of them)")
    if quote_file is None:
        assert quote is not None
        return quote
    if str(quote_file) == "-":
        return read_user_stream(sys.stdin, "the quote").strip()
    return read_text_file(quote_file, what="quote file").strip()


def _with_default(request: QuoteRequest, default: QuoteRequest) -> QuoteRequest:
    """A batch row without url or capture takes the command line's target (else: the archive)."""
    if request.url is not None or request.capture is not None:
        return request
    return replace(request, capture=default.capture, url=default.url,
                   as_of=request.as_of or default.as_of, text=default.text, text_name=default.text_name)


def _service(obj: Context, requests: list[QuoteRequest]) -> QuoteService:
    # a verification against a plain text file needs no store (and must not create one)
    if all(r.scope == SCOPE_TEXT_FILE for r in requests):
        return QuoteService(None)
    return obj.open_archive().quote_service()


def _close(service: QuoteService) -> None:
    close = getattr(service.archive, "close", None)  # the Archive _service opened
    if close is not None:
        close()


def _emit(reports: list[QuoteReport], *, as_json: bool, as_nl: bool, many: bool,
          skipped: list[tuple[QuoteRequest, str]] | None = None) -> None:
    if as_json or as_nl:
        docs = quote_docs(reports, skipped)
        if as_json:
            emit_json(docs if many else docs[0])
        else:
            emit_nl(docs)
    else:
        color = sys.stdout.isatty()
        for i, report in enumerate(reports):
            if i:
                click.echo("")
            if report.request.row is not None:
                click.echo(f"[row {report.request.row}] {report.request.quote}")
            if report.refused is not None:
                click.echo(f"refused: evidence {report.refused.evidence.status}: {report.refused.diagnostics()}")
                continue
            click.echo(render_report(report, color=color), nl=False)


