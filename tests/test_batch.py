"""Batch archiving, specified: input formats, politeness per host, retries with backoff and
Retry-After, resumable state, one provenance chain under concurrency, and a replaceable
executor. Real servers on 127.0.0.1 (and ``localhost`` as a second host name), real stores."""

from __future__ import annotations

import contextlib
import datetime as dt
import email.utils
import io
import json
import os
import signal
import threading
import time
from concurrent.futures import Future
from pathlib import Path

import pytest
from servers import Site, response, silent_server

from archiver.archive import Archive
from archiver.batch import (
    CAPTURED,
    FAILED,
    PENDING,
    UNAVAILABLE,
    BatchRunner,
    BatchState,
    CaptureTask,
    LocalExecutor,
    Politeness,
    TaskOutcome,
    WorkerConfig,
    batch_key,
    host_of,
    invalid_items,
    parse_retry_after,
    read_urls,
    run_batch,
    run_task,
    write_report,
)
from archiver.capture.fetch import FetchOptions
from archiver.errors import UsageError

FAST = Politeness(host_delay=0, retries=2, backoff=0.01, max_backoff=5)


def article(n: int, extra: str = "") -> bytes:
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Report {n}</title></head>"
            f"<body><article><h1>Report {n}</h1><p>The council approved budget number {n} on Tuesday "
            f"by seven votes to two, after a debate that lasted four hours.</p><p>Opponents said the "
            f"plan would not fund the library.{extra}</p></article></body></html>").encode()


def page(n: int) -> bytes:
    return response("200 OK", [("Content-Type", "text/html; charset=utf-8")], article(n))


def serve_pages(site: Site, count: int, *, hold: float = 0.0, tracker: HostTracker | None = None,
                meet: threading.Barrier | None = None) -> list[str]:
    """``count`` pages; ``meet``: the first page's request waits there for the other hosts'."""
    for i in range(count):
        def route(handler, i=i):  # noqa: ANN001, ANN202
            if tracker is not None:
                tracker.enter(handler.headers.get("Host", "").rsplit(":", 1)[0])
            try:
                if meet is not None and i == 0:
                    with contextlib.suppress(threading.BrokenBarrierError):
                        meet.wait()
                time.sleep(hold)
                return page(i)
            finally:
                if tracker is not None:
                    tracker.leave(handler.headers.get("Host", "").rsplit(":", 1)[0])
        site.routes[f"/p{i}"] = route
    return [site.url(f"/p{i}") for i in range(count)]


class HostTracker:
    """Counts requests in flight per Host header, remembering the highest counts seen."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.now: dict[str, int] = {}
        self.max_per_host: dict[str, int] = {}
        self.max_total = 0
        self.arrivals: dict[str, list[float]] = {}

    def enter(self, host: str) -> None:
        with self.lock:
            self.now[host] = self.now.get(host, 0) + 1
            self.max_per_host[host] = max(self.max_per_host.get(host, 0), self.now[host])
            self.max_total = max(self.max_total, sum(self.now.values()))
            self.arrivals.setdefault(host, []).append(time.monotonic())

    def leave(self, host: str) -> None:
        with self.lock:
            self.now[host] -= 1


def errors(report) -> list[str]:  # noqa: ANN001
    return [f"{it.url}: {it.error}" for it in report.items if it.error]


def capture_entries(store: Path) -> list[dict]:
    with Archive.open(store) as arc:
        return [e.data for e in arc.log.entries("capture")]


def failed_entries(store: Path) -> list[dict]:
    with Archive.open(store) as arc:
        return [e.data for e in arc.log.entries("capture_failed")]


# ---------------------------------------------------------------------- input


def test_url_list_skips_blank_lines_comments_and_duplicates(tmp_path: Path) -> None:
    f = tmp_path / "urls.txt"
    f.write_text("# sources for chapter 2\nhttps://a.example/1\n\n  https://b.example/2  \nhttps://a.example/1\n")
    assert read_urls(f) == ["https://a.example/1", "https://b.example/2"]


def test_csv_input_takes_the_url_column(tmp_path: Path) -> None:
    f = tmp_path / "sources.csv"
    f.write_text('title,URL,note\n"A, with comma",https://a.example/1,x\nB,https://b.example/2,\n')
    assert read_urls(f) == ["https://a.example/1", "https://b.example/2"]


def test_csv_detected_by_header_without_csv_suffix(tmp_path: Path) -> None:
    f = tmp_path / "sources.txt"
    f.write_text("id,url\n1,https://a.example/1\n")
    assert read_urls(f) == ["https://a.example/1"]


def test_stdin_input_with_dash() -> None:
    assert read_urls("-", stdin=io.StringIO("https://a.example/1\n")) == ["https://a.example/1"]


def test_bad_url_refuses_the_whole_input_naming_the_line(tmp_path: Path) -> None:
    f = tmp_path / "urls.txt"
    f.write_text("https://a.example/1\nftp://b.example/2\n")
    with pytest.raises(UsageError, match=r"line 2.*ftp"):
        read_urls(f)


def test_an_empty_url_cell_is_refused_naming_the_file_and_row_in_the_invalid_url_shape(tmp_path: Path) -> None:
    f = tmp_path / "sources.csv"
    f.write_text("title,url\nA,https://a.example/1\nB,\n")
    with pytest.raises(UsageError) as refused:
        read_urls(f)
    assert str(refused.value).startswith(f"{f}, line 3: invalid URL '': it is empty; "), str(refused.value)
    assert "'url' column" in str(refused.value) and "nothing was archived" in str(refused.value)


def test_a_csv_row_is_named_by_the_line_it_starts_on(tmp_path: Path) -> None:
    f = tmp_path / "sources.csv"
    f.write_text('note,url\nx,https://a.example/1\n"two\nlines",ftp://b.example/2\n')
    with pytest.raises(UsageError, match=r", line 3: invalid URL 'ftp://b.example/2'"):  # (the reader is at line 4)
        read_urls(f)


def test_a_line_skipped_as_invalid_is_named_with_its_file(tmp_path: Path) -> None:
    f = tmp_path / "sources.csv"
    f.write_text("title,url\nA,https://a.example/1\nB,\n")
    invalid: list[tuple[int, str, str]] = []
    assert read_urls(f, invalid=invalid) == ["https://a.example/1"]
    [item] = invalid_items(invalid, str(f))
    assert item.error is not None and item.error.startswith(f"{f}, line 3: invalid URL '': it is empty; "), item.error


def test_csv_without_url_column_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "x.csv"
    f.write_text("link,title\nhttps://a.example/1,A\n")
    with pytest.raises(UsageError, match="'url' column"):
        read_urls(f)


def test_empty_or_missing_input_is_refused(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("# nothing\n")
    with pytest.raises(UsageError, match="no URLs"):
        read_urls(tmp_path / "empty.txt")
    with pytest.raises(UsageError, match="cannot read"):
        read_urls(tmp_path / "missing.txt")


def test_batch_key_depends_on_the_url_list_only() -> None:
    assert batch_key(["https://a/1", "https://a/2"]) == batch_key(["https://a/1", "https://a/2"])
    assert batch_key(["https://a/1", "https://a/2"]) != batch_key(["https://a/2", "https://a/1"])


def test_host_key_ignores_port_and_case() -> None:
    assert host_of("http://Example.ORG:8080/x") == host_of("https://example.org/y") == "example.org"


# ---------------------------------------------------------------------- retry policy


def test_retry_after_in_seconds() -> None:
    assert parse_retry_after("7") == 7.0


def test_retry_after_as_http_date() -> None:
    now = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    header = email.utils.format_datetime(now + dt.timedelta(seconds=90), usegmt=True)
    assert parse_retry_after(header, now=now) == 90.0


def test_retry_after_in_the_past_or_garbage() -> None:
    now = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    past = email.utils.format_datetime(now - dt.timedelta(hours=1), usegmt=True)
    assert parse_retry_after(past, now=now) == 0.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


def test_backoff_doubles_and_is_capped() -> None:
    pol = Politeness(host_delay=0, backoff=1.0, max_backoff=5.0)
    assert [pol.retry_wait(n, None) for n in (1, 2, 3, 4)] == [1.0, 2.0, 4.0, 5.0]


def test_retry_after_wins_over_backoff_and_host_delay_within_the_cap() -> None:
    pol = Politeness(host_delay=0.5, backoff=1.0, max_backoff=60.0)
    assert pol.retry_wait(1, 30.0) == 30.0
    assert pol.retry_wait(1, 0.0) == 0.5
    assert pol.retry_wait(1, 3600.0) == 60.0


# ---------------------------------------------------------------------- batches


def test_batch_captures_every_url_once_and_records_each_outcome(site: Site, store: Path) -> None:
    urls = serve_pages(site, 5)
    report = run_batch(store, urls, jobs=3, threads=True, politeness=FAST)
    assert [it.status for it in report.items] == [CAPTURED] * 5
    assert report.ok and report.summary()["captured"] == 5
    logged = capture_entries(store)
    assert sorted(e["url"] for e in logged) == sorted(urls)
    assert {it.capture_id for it in report.items} == {e["capture_id"] for e in logged}
    state = BatchState(report.state_path)
    assert {u: it.status for u, it in state.items.items()} == dict.fromkeys(urls, CAPTURED)


def test_one_request_at_a_time_per_host_while_hosts_run_in_parallel(site: Site, store: Path) -> None:
    tracker = HostTracker()
    # each host's first request is held until the other host's arrives (or 30 s pass, when the
    # hosts are not served in parallel): the overlap does not depend on the machine's speed
    meet = threading.Barrier(2, timeout=30)
    urls = serve_pages(site, 8, hold=0.05, tracker=tracker, meet=meet)
    other = Site(host="localhost")  # a second host name for the same kind of server
    try:
        urls += serve_pages(other, 8, hold=0.05, tracker=tracker, meet=meet)
        report = run_batch(store, urls, jobs=6, threads=True, politeness=FAST)
    finally:
        other.close()
    assert report.ok, errors(report)
    assert set(tracker.max_per_host.values()) == {1}
    assert tracker.max_total == 2


def test_host_delay_spaces_requests_to_one_host(site: Site, store: Path) -> None:
    tracker = HostTracker()
    urls = serve_pages(site, 3, tracker=tracker)
    report = run_batch(store, urls, jobs=3, threads=True,
                       politeness=Politeness(host_delay=0.3, retries=0))
    assert report.ok, errors(report)
    times = next(iter(tracker.arrivals.values()))
    assert all(b - a >= 0.28 for a, b in zip(times, times[1:], strict=False))


def test_429_is_retried_and_only_the_real_page_is_archived(site: Site, store: Path) -> None:
    calls = []

    def flaky(handler):  # noqa: ANN001, ANN202
        calls.append(time.monotonic())
        if len(calls) <= 2:
            return response("429 Too Many Requests", [("Content-Type", "text/plain")], b"slow down")
        return page(1)

    site.routes["/a"] = flaky
    report = run_batch(store, [site.url("/a")], jobs=2, threads=True, politeness=FAST)
    item = report.items[0]
    assert (item.status, item.http_status, item.attempts) == (CAPTURED, 200, 3)
    assert [e["http_status"] for e in capture_entries(store)] == [200]
    assert failed_entries(store) == []


def test_503_retry_after_seconds_is_honoured(site: Site, store: Path) -> None:
    calls = []

    def busy(handler):  # noqa: ANN001, ANN202
        calls.append(time.monotonic())
        if len(calls) == 1:
            return response("503 Service Unavailable", [("Retry-After", "1")], b"busy")
        return page(1)

    site.routes["/a"] = busy
    report = run_batch(store, [site.url("/a")], jobs=2, threads=True, politeness=FAST)
    assert report.items[0].status == CAPTURED
    assert calls[1] - calls[0] >= 0.95  # backoff alone would have waited 0.01 s


def test_503_retry_after_http_date_is_honoured(site: Site, store: Path) -> None:
    calls = []

    def busy(handler):  # noqa: ANN001, ANN202
        calls.append(time.monotonic())
        if len(calls) == 1:
            when = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=2)
            return response("503 Service Unavailable",
                            [("Retry-After", email.utils.format_datetime(when, usegmt=True))], b"busy")
        return page(1)

    site.routes["/a"] = busy
    report = run_batch(store, [site.url("/a")], jobs=2, threads=True, politeness=FAST)
    assert report.items[0].status == CAPTURED
    assert calls[1] - calls[0] >= 0.9  # the date has one-second resolution


def test_a_retry_after_longer_than_max_backoff_defers_the_url_to_a_rerun(site: Site, store: Path) -> None:
    state = {"busy": True}
    site.routes["/a"] = lambda h: (response("503 Service Unavailable", [("Retry-After", "3600")], b"busy")
                                   if state["busy"] else page(1))
    pol = Politeness(host_delay=0, retries=3, backoff=0.01, max_backoff=2)
    first = run_batch(store, [site.url("/a")], threads=True, politeness=pol)
    item = first.items[0]
    assert (item.status, item.error_kind, item.http_status, item.attempts) == (FAILED, "retry_later", 503, 1)
    assert "3600 s" in item.error
    assert [e["error_kind"] for e in failed_entries(store)] == ["retry_later"]
    assert capture_entries(store) == []  # nothing archived: the server said "come back later"
    state["busy"] = False
    second = run_batch(store, [site.url("/a")], threads=True, politeness=pol)
    assert second.items[0].status == CAPTURED


def test_backoff_grows_between_retries(site: Site, store: Path) -> None:
    calls = []

    def busy(handler):  # noqa: ANN001, ANN202
        calls.append(time.monotonic())
        return response("503 Service Unavailable", [], b"busy") if len(calls) < 4 else page(1)

    site.routes["/a"] = busy
    pol = Politeness(host_delay=0, retries=3, backoff=0.1, max_backoff=10)
    report = run_batch(store, [site.url("/a")], jobs=1, threads=True, politeness=pol)
    assert report.items[0].attempts == 4
    gaps = [b - a for a, b in zip(calls, calls[1:], strict=False)]
    assert gaps[0] >= 0.09 and gaps[1] >= 0.19 and gaps[2] >= 0.39


def test_exhausted_503_is_archived_as_unavailable_and_retried_by_a_rerun(site: Site, store: Path) -> None:
    state = {"down": True}
    site.routes["/a"] = lambda h: (response("503 Service Unavailable", [], b"down") if state["down"] else page(1))
    pol = Politeness(host_delay=0, retries=1, backoff=0.01)
    first = run_batch(store, [site.url("/a")], threads=True, politeness=pol)
    item = first.items[0]
    assert (item.status, item.http_status, item.attempts) == (UNAVAILABLE, 503, 2)
    assert item.capture_id is not None and not first.ok
    state["down"] = False
    second = run_batch(store, [site.url("/a")], threads=True, politeness=pol)
    assert (second.items[0].status, second.items[0].http_status) == (CAPTURED, 200)
    assert [e["http_status"] for e in capture_entries(store)] == [503, 200]


def test_timeout_is_retried_then_captured(site: Site, store: Path) -> None:
    calls = []
    retried = threading.Event()

    def slow_once(handler):  # noqa: ANN001, ANN202 - the first answer only after the retry came
        calls.append(1)
        if len(calls) == 1:
            retried.wait(30)
        else:
            retried.set()
        return page(1)

    site.routes["/a"] = slow_once
    # a read timeout the prompt second answer meets even on a loaded machine
    opts = FetchOptions(read_timeout=1.5, connect_timeout=5, total_timeout=30)
    report = run_batch(store, [site.url("/a")], threads=True, fetch_options=opts, politeness=FAST)
    assert (report.items[0].status, report.items[0].attempts) == (CAPTURED, 2)
    assert failed_entries(store) == []


def test_persistent_timeout_fails_once_logged_after_every_retry(store: Path) -> None:
    sock, port = silent_server()
    try:
        opts = FetchOptions(read_timeout=0.2, connect_timeout=0.5, total_timeout=2)
        report = run_batch(store, [f"http://127.0.0.1:{port}/x"], threads=True, fetch_options=opts,
                           politeness=Politeness(host_delay=0, retries=1, backoff=0.01))
    finally:
        sock.close()
    item = report.items[0]
    assert (item.status, item.error_kind, item.attempts) == (FAILED, "timeout", 2)
    assert [e["error_kind"] for e in failed_entries(store)] == ["timeout"]
    assert capture_entries(store) == []


def test_failures_are_reported_and_logged_and_do_not_stop_the_batch(site: Site, store: Path, tmp_path: Path) -> None:
    sock, port = silent_server()
    sock.close()  # nothing listens there now: connection refused
    urls = serve_pages(site, 2) + [f"http://127.0.0.1:{port}/gone"]
    report = run_batch(store, urls, threads=True, politeness=FAST)
    assert [it.status for it in report.items] == [CAPTURED, CAPTURED, FAILED]
    assert report.items[2].error_kind == "refused" and "refused" in report.items[2].error
    assert len(failed_entries(store)) == 1
    out = tmp_path / "report.csv"
    write_report(out, report.items)
    rows = out.read_text().splitlines()
    assert rows[0].startswith("url,capture_id,status,http_status,error")
    assert rows[3].startswith(f"http://127.0.0.1:{port}/gone,,failed,,")


def test_report_as_jsonl(site: Site, store: Path, tmp_path: Path) -> None:
    urls = serve_pages(site, 2)
    report = run_batch(store, urls, threads=True, politeness=FAST)
    out = tmp_path / "report.jsonl"
    write_report(out, report.items)
    docs = [json.loads(line) for line in out.read_text().splitlines()]
    assert [d["url"] for d in docs] == urls
    assert all(set(d) >= {"url", "capture_id", "status", "error"} for d in docs)


# ---------------------------------------------------------------------- resuming


def test_rerun_skips_what_is_done_without_a_request(site: Site, store: Path) -> None:
    urls = serve_pages(site, 4)
    first = run_batch(store, urls, threads=True, politeness=FAST)
    requests_before = len(site.requests)
    second = run_batch(store, urls, threads=True, politeness=FAST)
    assert len(site.requests) == requests_before
    assert [it.capture_id for it in second.items] == [it.capture_id for it in first.items]
    assert all(it.resumed for it in second.items)
    assert len(capture_entries(store)) == 4


def test_captures_logged_but_not_yet_recorded_are_found_in_the_log(site: Site, store: Path) -> None:
    """A batch killed after the log entry but before its state line: the re-run trusts the log."""
    urls = serve_pages(site, 3)
    first = run_batch(store, urls, threads=True, politeness=FAST)
    lines = first.state_path.read_text().splitlines()
    first.state_path.write_text(lines[0] + "\n" + lines[1] + "\n" + lines[2][:20])  # 2nd torn, 3rd lost
    requests_before = len(site.requests)
    second = run_batch(store, urls, threads=True, politeness=FAST)
    assert len(site.requests) == requests_before
    assert [it.capture_id for it in second.items] == [it.capture_id for it in first.items]
    assert len(capture_entries(store)) == 3


def test_permanent_failures_are_retried_only_when_asked(site: Site, store: Path) -> None:
    url = "http://no-such-host.invalid/x"
    run_batch(store, [url], threads=True, politeness=FAST)
    again = run_batch(store, [url], threads=True, politeness=FAST)
    assert again.items[0].resumed and again.items[0].error_kind == "dns"
    assert len(failed_entries(store)) == 1
    forced = run_batch(store, [url], threads=True, politeness=FAST, retry_failed=True)
    assert not forced.items[0].resumed
    assert len(failed_entries(store)) == 2


def test_transient_failures_are_retried_by_a_rerun(site: Site, store: Path) -> None:
    sock, port = silent_server()
    sock.close()
    url = f"http://127.0.0.1:{port}/x"
    run_batch(store, [url], threads=True, politeness=FAST)
    run_batch(store, [url], threads=True, politeness=FAST)
    assert [e["error_kind"] for e in failed_entries(store)] == ["refused", "refused"]


# ---------------------------------------------------------------------- concurrency and executors


def test_worker_processes_share_one_verifiable_log(store: Path) -> None:
    sites = [Site(), Site(host="localhost")]
    try:
        urls = [u for s in sites for u in serve_pages(s, 6)]
        report = run_batch(store, urls, jobs=4, threads=False, politeness=FAST)
    finally:
        for s in sites:
            s.close()
    assert report.ok, errors(report)
    with Archive.open(store) as arc:
        assert arc.log.verify().ok
        entries = list(arc.log.entries())
        assert [e.seq for e in entries] == list(range(len(entries)))
        captures = [e.data for e in entries if e.type == "capture"]
        assert sorted(c["url"] for c in captures) == sorted(urls)
        assert len(arc.list_captures()) == 12
        assert len({c["warc"] for c in captures}) > 1  # each worker process writes its own WARC file


class InlineExecutor:
    """A stand-in for a distributed engine: runs each task at once, in this thread."""

    jobs = 1

    def __init__(self, store: Path) -> None:
        self.archive = Archive.open(store)
        self.tasks: list[CaptureTask] = []

    def submit(self, task: CaptureTask) -> Future[TaskOutcome]:
        self.tasks.append(task)
        fut: Future[TaskOutcome] = Future()
        fut.set_result(run_task(self.archive, task))
        return fut

    def shutdown(self, *, cancel: bool = False, now: bool = False) -> None:
        self.archive.close()


def test_the_runner_accepts_any_executor(site: Site, store: Path) -> None:
    urls = serve_pages(site, 3)
    executors: list[InlineExecutor] = []

    def factory() -> InlineExecutor:
        executors.append(InlineExecutor(store))
        return executors[-1]

    report = BatchRunner(store, factory, politeness=FAST).run(urls)
    assert report.ok, errors(report)
    assert [t.url for t in executors[0].tasks] == urls


def test_a_crashing_task_is_reported_not_lost(site: Site, store: Path) -> None:
    urls = serve_pages(site, 2)

    class Crashing(LocalExecutor):
        def submit(self, task: CaptureTask) -> Future[TaskOutcome]:
            if task.url == urls[0]:
                fut: Future[TaskOutcome] = Future()
                fut.set_exception(RuntimeError("worker exploded"))
                return fut
            return super().submit(task)

    config = WorkerConfig(store)
    report = BatchRunner(store, lambda: Crashing(config, jobs=2, threads=True), politeness=FAST).run(urls)
    assert report.items[0].status == FAILED and "worker exploded" in report.items[0].error
    assert report.items[1].status == CAPTURED


def test_interrupted_batch_leaves_the_rest_pending(site: Site, store: Path) -> None:
    urls = serve_pages(site, 4)
    done = []

    def stop_after_first(item) -> None:  # noqa: ANN001
        done.append(item)
        if len(done) == 1:
            raise KeyboardInterrupt

    report = run_batch(store, urls, jobs=1, threads=True, politeness=FAST, on_outcome=stop_after_first)
    assert report.interrupted and not report.ok
    assert [it.status for it in report.items] == [CAPTURED, PENDING, PENDING, PENDING]
    resumed = run_batch(store, urls, jobs=1, threads=True, politeness=FAST)
    assert resumed.ok and len(capture_entries(store)) == 4


class FinishingTogether:
    """Two workers whose tasks finish at the same moment: the runner reads both futures in one
    pass of its loop (the case a Ctrl-C inside that pass used to break)."""

    jobs = 2

    def __init__(self) -> None:
        self.held: list[tuple[Future[TaskOutcome], CaptureTask]] = []

    def submit(self, task: CaptureTask) -> Future[TaskOutcome]:
        fut: Future[TaskOutcome] = Future()
        self.held.append((fut, task))
        if len(self.held) == self.jobs:
            for done, t in self.held:
                done.set_result(TaskOutcome(t.url, CAPTURED, capture_id=f"c{len(t.url)}", http_status=200))
            self.held = []
        return fut

    def shutdown(self, *, cancel: bool = False, now: bool = False) -> None:
        pass


@pytest.mark.parametrize("press", ["signal", "raised"])
def test_a_ctrl_c_while_outcomes_are_recorded_loses_none_and_ends_the_batch(store: Path, press: str) -> None:
    # Ctrl-C pressed (a real SIGINT to this process) or a KeyboardInterrupt raised by the
    # caller's callback, while the first of two finished captures is recorded: the second is
    # recorded too and the batch ends, interrupted (it waited for ever for the second before).
    urls = [f"http://h{i}.example/p" for i in range(4)]  # 4 hosts: both workers busy at once
    seen: list[str] = []

    def ctrl_c_at_the_first(item) -> None:  # noqa: ANN001
        seen.append(item.url)
        if len(seen) == 1:
            if press == "raised":
                raise KeyboardInterrupt
            os.kill(os.getpid(), signal.SIGINT)

    # Ctrl-C as in a terminal, even if this test run was started ignoring it (a script's
    # background job), where the batch rightly leaves the ignore alone
    inherited = signal.signal(signal.SIGINT, signal.default_int_handler)
    guard = threading.Timer(30, os.kill, (os.getpid(), signal.SIGINT))  # a last guard: a second Ctrl-C
    guard.start()
    try:
        report = BatchRunner(store, FinishingTogether, politeness=FAST).run(urls, on_outcome=ctrl_c_at_the_first)
        handler_after = signal.getsignal(signal.SIGINT)
    except KeyboardInterrupt:
        pytest.fail("the batch did not end after the first Ctrl-C")
    finally:
        guard.cancel()
        signal.signal(signal.SIGINT, inherited)
    assert report.interrupted
    assert [it.status for it in report.items] == [CAPTURED, CAPTURED, PENDING, PENDING]
    assert handler_after is signal.default_int_handler  # the batch put back the handler it found


class DoneAtOnce:
    """A worker whose every capture has succeeded by the time it is handed out."""

    jobs = 1

    def submit(self, task: CaptureTask) -> Future[TaskOutcome]:
        fut: Future[TaskOutcome] = Future()
        fut.set_result(TaskOutcome(task.url, CAPTURED, capture_id=f"c{len(task.url)}", http_status=200))
        return fut

    def shutdown(self, *, cancel: bool = False, now: bool = False) -> None:
        pass


def test_a_ctrl_c_while_the_next_url_waits_its_host_delay_ends_the_batch_at_once(store: Path) -> None:
    # Nothing in flight: the host's next URL waits out a 600 s delay. A Ctrl-C pressed during
    # that wait ends the batch then (the loop slept the delay out before acting on it).
    urls = ["http://h.example/a", "http://h.example/b"]
    later: list[threading.Timer] = []

    def ctrl_c_once_the_loop_waits(item) -> None:  # noqa: ANN001
        # pressed after the loop has gone back to waiting (a press before it is acted on
        # at once either way)
        later.append(threading.Timer(0.5, os.kill, (os.getpid(), signal.SIGINT)))
        later[-1].start()

    inherited = signal.signal(signal.SIGINT, signal.default_int_handler)
    guard = threading.Timer(30, os.kill, (os.getpid(), signal.SIGINT))  # a last guard: a second Ctrl-C
    guard.start()
    try:
        report = BatchRunner(store, DoneAtOnce, politeness=Politeness(host_delay=600)).run(
            urls, on_outcome=ctrl_c_once_the_loop_waits)
    except KeyboardInterrupt:
        pytest.fail("the first Ctrl-C did not end the batch waiting a host's delay")
    finally:
        guard.cancel()
        for timer in later:
            timer.join()
        signal.signal(signal.SIGINT, inherited)
    assert report.interrupted
    assert [it.status for it in report.items] == [CAPTURED, PENDING]


def test_a_worker_that_fails_after_logging_its_capture_is_not_captured_again(site: Site, store: Path) -> None:
    urls = serve_pages(site, 2)

    class FailsAfterLogging(InlineExecutor):
        def submit(self, task: CaptureTask) -> Future[TaskOutcome]:
            fut = super().submit(task)
            if task.url == urls[0]:
                fut = Future()
                fut.set_exception(OSError("disk full while updating the index"))
            return fut

    first = BatchRunner(store, lambda: FailsAfterLogging(store), politeness=FAST).run(urls)
    assert first.items[0].status == FAILED and first.items[0].error_kind == "internal"
    second = run_batch(store, urls, threads=True, politeness=FAST)
    assert [it.status for it in second.items] == [CAPTURED, CAPTURED]
    assert sorted(e["url"] for e in capture_entries(store)) == sorted(urls)


def test_stopping_the_fork_server_waits_for_it_and_its_resource_tracker() -> None:
    """What a batch does as its process exits (registered when its fork server is set up): the
    fork server and resource tracker are stopped and reaped, so neither outlives the command and
    the CPU they and their workers spent is counted to it. A later batch starts them again."""
    import os
    from multiprocessing import forkserver, resource_tracker

    import archiver.batch as batch_module
    import archiver.batch_workers as workers_module

    batch_module.start_fork_server()
    resource_tracker.ensure_running()
    server_pid = forkserver._forkserver._forkserver_pid
    tracker_pid = resource_tracker._resource_tracker._pid
    assert workers_module._STOP_REGISTERED  # (atexit runs it when the process ends)
    batch_module.stop_fork_server()
    for pid in (server_pid, tracker_pid):
        with pytest.raises(ChildProcessError):  # gone and already waited for: not even a zombie is left
            os.waitpid(pid, os.WNOHANG)
    assert forkserver._forkserver._forkserver_pid is None


def test_a_capture_stopped_by_a_bug_of_ours_is_an_internal_failure_with_its_traceback_logged(
        site: Site, store: Path, caplog: pytest.LogCaptureFixture) -> None:
    # The bug: a value record (urlsplit's SplitResult, a NamedTuple) handed to our JSON writer,
    # which refuses it (RecordInJSONError, one of ours). A batch counts it as any bug of ours:
    # kind "internal" (a re-run retries it), its traceback logged for the report a user files.
    from urllib.parse import urlsplit

    from archiver.batch import _safe_run
    from archiver.core.json_text import dumps

    class HandsARecordToJSON(Archive):
        def fetch(self, url: str, *args: object, **kwargs: object) -> object:
            dumps({"url": urlsplit(url)})
            raise AssertionError("the writer refused the record")

    (url,) = serve_pages(site, 1)
    arc = HandsARecordToJSON.open(store)
    try:
        with caplog.at_level("ERROR", logger="archiver.batch"):
            outcome = _safe_run(arc, CaptureTask(url, last=True), gate=None)
    finally:
        arc.close()
    assert (outcome.status, outcome.error_kind) == (FAILED, "internal"), outcome
    assert outcome.error is not None and outcome.error.startswith("internal error")
    assert [r.exc_info[0].__name__ for r in caplog.records if r.exc_info] == ["RecordInJSONError"]
