"""The facade composes, the subsystems take narrow ports (issue 13, points 2 and 5).

``Archive`` offers what a caller does (compare, history, recapture, correct, cite, export,
import, check a quote), each subsystem is handed only the small protocol of
:mod:`archiver.ports` it declares (so a fake with just those members works), and the CLI's
``--json``/``--nl`` combination is checked once for every command that has both.
"""

from __future__ import annotations

import inspect
import typing
from pathlib import Path
from types import SimpleNamespace

import pytest
from cli import every_command
from click.testing import CliRunner
from servers import Site, response

from archiver import ports
from archiver.archive import Archive
from archiver.capture.records import CaptureResult
from archiver.cli import cli
from archiver.errors import CaptureError

PAGE = ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Budget vote</title>"
        "<meta name='author' content='Jane Roe'></head><body><article><h1>Budget vote</h1>"
        "<p>The council met on Tuesday evening to debate the budget for the coming year in full.</p>"
        "<p>{body}</p></article></body></html>")


@pytest.fixture
def page():
    """A page whose paragraph a test changes between captures."""
    site = Site()
    state = {"body": "The mayor said 1,000 jobs would be created by the new plan within three years."}
    site.routes["/budget"] = lambda h: response("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                                PAGE.format(body=state["body"]).encode())
    yield SimpleNamespace(url=site.url("/budget"), state=state)
    site.close()


@pytest.fixture
def arc(store: Path):
    a = Archive.open(store)
    yield a
    a.close()


def _members(protocol: type) -> set[str]:
    """The members a port declares (its own and its bases'), without dunders but ``__len__``."""
    names: set[str] = set()
    for klass in protocol.__mro__:
        if klass in (object, typing.Protocol, typing.Generic) or not getattr(klass, "_is_protocol", False):
            continue
        names |= {n for n in vars(klass) if not n.startswith("_")}
        names |= {n for n in getattr(klass, "__annotations__", {}) if not n.startswith("_")}
    return names


PORTS = [ports.EvidenceStore, ports.CompareStore, ports.CorrectionStore, ports.CiteStore, ports.ExportStore,
         ports.QuoteStore, ports.ManuscriptStore, ports.CaptureRunner]


@pytest.mark.parametrize("port", PORTS, ids=lambda p: p.__name__)
def test_the_archive_offers_every_member_of_each_subsystems_port(arc, port):
    missing = sorted(n for n in _members(port) if not hasattr(arc, n))
    assert missing == []


def test_the_evidence_check_needs_only_the_index_the_warc_files_the_log_path_and_the_wait(arc, page):
    captured = arc.capture(page.url)
    narrow = SimpleNamespace(index=arc.index, storage=arc.storage, log_path=arc.log_path,
                             evidence_readers=None, wait_budget=arc.wait_budget)  # no root, no log; no handles held
    from archiver.evidence import check_capture

    evidence = check_capture(narrow, captured.capture_id)
    assert evidence.ok and evidence.url == page.url


def test_a_citation_needs_only_show_the_log_path_and_the_logs_name(arc, page):
    captured = arc.capture(page.url)
    narrow = SimpleNamespace(show=arc.show, log_path=arc.log_path, log=SimpleNamespace(origin=arc.log.origin))
    from archiver.export.cite import source_for

    source = source_for(narrow, captured.capture_id)
    assert source.capture_id == captured.capture_id and source.log_origin == arc.log.origin


def test_a_batch_worker_needs_only_fetch_and_the_two_ways_to_record(tmp_path):
    from archiver.batch import FAILED, CaptureTask, run_task

    logged: list[str] = []

    def fail(url: str):  # noqa: ANN202 - a fake port member
        raise CaptureError("connection refused", kind="refused")

    def record_failure(url: str, exc: CaptureError) -> CaptureResult:
        logged.append(url)
        return CaptureResult(url=url, error=str(exc), error_kind=exc.kind, log_seq=7)

    runner = SimpleNamespace(fetch=fail, record_failure=record_failure, record_exchange=None)
    outcome = run_task(runner, CaptureTask(url="http://127.0.0.1:9/", attempt=1, last=True))
    assert (outcome.status, outcome.log_seq, logged) == (FAILED, 7, ["http://127.0.0.1:9/"])


def test_recapture_is_a_library_call_that_compares_with_the_previous_capture(arc, page):
    first = arc.capture(page.url)
    page.state["body"] = "The mayor said a few hundred jobs would be created by the new plan within three years."
    done = arc.recapture(first.capture_id)
    assert done.previous_capture_id == first.capture_id and done.capture.ok
    assert done.changed is True and done.diff["paragraph_counts"]["changed"] == 1
    assert set(done.to_dict()) == {"url", "previous_capture_id", "capture", "changed", "diff"}


def test_recapture_of_a_url_never_captured_has_nothing_to_compare(arc, page):
    done = arc.recapture(page.url)
    assert done.capture.ok and done.previous_capture_id is None and done.changed is None and done.diff is None


def test_the_facade_compares_and_tells_the_history_of_a_url(arc, page):
    first = arc.capture(page.url)
    second = arc.capture(page.url)
    assert arc.compare(first.capture_id, second.capture_id).identical
    assert [s.capture_id for s in arc.history(page.url).captures] == sorted([first.capture_id, second.capture_id])


def test_the_facade_checks_a_quote_and_logs_the_verdict(arc, page):
    from archiver.quotes.service import QuoteRequest

    captured = arc.capture(page.url)
    report = arc.check_quote(QuoteRequest(quote="jobs would be created by the new plan", capture=captured.capture_id))
    assert report.verified and report.primary.log_seq is not None


def test_the_facade_exports_and_imports_a_bundle(arc, page, tmp_path):
    captured = arc.capture(page.url)
    result = arc.export([captured.capture_id], tmp_path / "out.wacz")
    assert list(result.captures) == [captured.capture_id] and (tmp_path / "out.wacz").exists()
    with Archive.open(tmp_path / "other") as other:
        imported = other.import_file(tmp_path / "out.wacz")
    assert [c["url"] for c in imported.captures] == [page.url]


# ---------------------------------------------------------------------- one output-options check


STREAMING = [p for p, cmd in every_command() if any("--nl" in getattr(o, "opts", []) for o in cmd.params)]
#: Each streaming command's required arguments (given, so that only the options are wrong).
ARGS = {("batch",): ["urls.txt"], ("log", "show"): [], ("verify-quote",): ["some quoted words"]}


def test_the_streaming_commands_are_the_ones_conventions_name():
    assert sorted(STREAMING) == [("batch",), ("log", "show"), ("verify-quote",)]


@pytest.mark.parametrize("path", STREAMING, ids=" ".join)
def test_json_and_nl_together_are_refused_with_one_message_before_anything_is_done(tmp_path, path):
    store = tmp_path / "never-created"
    result = CliRunner().invoke(cli, ["--store", str(store), *path, *ARGS[path], "--json", "--nl"])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines()[-1].endswith("choose one of --json and --nl")
    assert result.stdout == "" and not store.exists()


def test_every_command_gets_its_output_options_from_the_one_decorator():
    from archiver.cli import output

    source = "".join(inspect.getsource(m) for m in _command_modules())
    assert "as_json and as_nl" not in source and "@output_options(" in source
    assert not hasattr(output, "json_option")


def _command_modules():
    import importlib
    import pkgutil

    import archiver.cli as pkg

    for info in pkgutil.iter_modules(pkg.__path__):
        if info.name.endswith("_cmds"):
            yield importlib.import_module(f"archiver.cli.{info.name}")
