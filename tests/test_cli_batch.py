"""``archiver batch|recapture|diff|history`` end to end against real local servers: in-process,
except a batch killed with SIGKILL (and one stopped with Ctrl-C) and re-run, which are real
processes. A :class:`Gate` holds the batch's later requests until the test has acted, so the
batch cannot finish before the kill or the Ctrl-C on a loaded machine."""

from __future__ import annotations

import collections
import csv
import json
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cli import start_cli_process, wait_for_line
from conftest import RUN_MARK_VAR, processes_marked, run_cli, wait_until_gone
from servers import Gate, Site, response

from archiver.archive import Archive

INTRO = "The council met on Tuesday evening to debate the budget for the coming year in full."
BODY = "The mayor said 1,000 jobs would be created by the new plan within three years."
EDITED = "The mayor said a few hundred jobs would be created by the new plan within three years."


def html(n: int, body: str = BODY) -> bytes:
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Budget vote {n}</title>"
            f"</head><body><article><h1>Budget vote {n}</h1><p>{INTRO}</p><p>{body}</p>"
            "</article></body></html>").encode()


def serve(site: Site, count: int, *, hold: float = 0.0, prefix: str = "/p",
          gate: Gate | None = None) -> list[str]:
    for i in range(count):
        def route(handler, i=i):  # noqa: ANN001, ANN202
            if gate is not None:
                gate.wait()
            time.sleep(hold)
            return response("200 OK", [("Content-Type", "text/html; charset=utf-8")], html(i))
        site.routes[f"{prefix}{i}"] = route
    return [site.url(f"{prefix}{i}") for i in range(count)]


def url_file(tmp_path: Path, urls: list[str], name: str = "urls.txt") -> Path:
    f = tmp_path / name
    f.write_text("\n".join(urls) + "\n")
    return f


def log_entries(store: Path, type_: str) -> list[dict]:
    with Archive.open(store) as arc:
        return [e.data for e in arc.log.entries(type_)]


# ---------------------------------------------------------------------- batch


def test_batch_archives_a_url_file_and_writes_a_report(site: Site, store: Path, tmp_path: Path) -> None:
    urls = serve(site, 3)
    proc = run_cli("batch", str(url_file(tmp_path, urls)), "--delay", "0", store=store)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert [line.split()[-1] for line in lines] == urls
    assert "3 captured, 0 unavailable (429/503), 0 failed" in proc.stderr
    report = Path(proc.stderr.rsplit("report: ", 1)[1].splitlines()[0].strip())
    rows = list(csv.DictReader(report.open()))
    assert [(r["url"], r["status"]) for r in rows] == [(u, "captured") for u in urls]
    assert {r["capture_id"] for r in rows} == {e["capture_id"] for e in log_entries(store, "capture")}


def test_batch_json_is_one_document_with_summary_and_results(site: Site, store: Path, tmp_path: Path) -> None:
    urls = serve(site, 2)
    proc = run_cli("batch", str(url_file(tmp_path, urls)), "--delay", "0", "--threads", "--json", store=store)
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert (doc["total"], doc["captured"], doc["failed"], doc["interrupted"]) == (2, 2, 0, False)
    assert [r["url"] for r in doc["results"]] == urls
    assert set(doc["results"][0]) == {"url", "capture_id", "status", "http_status", "error", "error_kind",
                                      "attempts", "log_seq", "resumed"}


def test_batch_nl_streams_one_object_per_url(site: Site, store: Path, tmp_path: Path) -> None:
    urls = serve(site, 3)
    proc = run_cli("batch", str(url_file(tmp_path, urls)), "--delay", "0", "--threads", "--nl", store=store)
    assert proc.returncode == 0, proc.stderr
    docs = [json.loads(line) for line in proc.stdout.splitlines()]
    assert sorted(d["url"] for d in docs) == sorted(urls)


def test_batch_reads_csv_from_stdin_and_writes_a_jsonl_report(site: Site, store: Path, tmp_path: Path) -> None:
    urls = serve(site, 2)
    rows = "title,url\n" + "".join(f"T{i},{u}\n" for i, u in enumerate(urls))
    report = tmp_path / "out.jsonl"
    proc = run_cli("batch", "-", "--delay", "0", "--threads", "--report", str(report), store=store, input=rows)
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(line)["url"] for line in report.read_text().splitlines()] == urls


def test_a_failed_url_exits_1_with_an_error_line_and_the_others_are_archived(
        site: Site, store: Path, tmp_path: Path) -> None:
    urls = serve(site, 2) + ["http://127.0.0.1:9/unreachable"]
    proc = run_cli("batch", str(url_file(tmp_path, urls)), "--delay", "0", "--threads", "--retries", "0", store=store)
    assert proc.returncode == 1
    assert "error: " in proc.stderr and "127.0.0.1:9" in proc.stderr
    assert "2 captured, 0 unavailable (429/503), 1 failed" in proc.stderr
    assert len(log_entries(store, "capture_failed")) == 1


def test_a_bad_line_refuses_the_batch_with_exit_2_and_does_nothing(store: Path, tmp_path: Path) -> None:
    f = url_file(tmp_path, ["http://127.0.0.1:9/a", "notaurl"])
    proc = run_cli("batch", str(f), store=store)
    assert proc.returncode == 2
    assert proc.stderr.startswith("error: ") and "line 2" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert not (store / "batches").exists()


def test_a_report_path_that_cannot_be_written_refuses_the_batch_before_any_capture(
        site: Site, store: Path, tmp_path: Path) -> None:
    # (before: every URL captured, then a traceback or an error at the end, the report lost)
    urls = serve(site, 1)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder\n")
    proc = run_cli("batch", str(url_file(tmp_path, urls)), "--delay", "0", "--report", str(blocker / "report.csv"),
                   store=store)
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert "cannot write the report" in proc.stderr and "not a folder this user can write in" in proc.stderr
    assert site.requests == [] and not (store / "batches").exists()


def test_a_concurrent_batch_leaves_a_log_that_verifies(site: Site, store: Path, tmp_path: Path) -> None:
    other = Site(host="localhost")
    try:
        urls = serve(site, 6) + serve(other, 6)
        proc = run_cli("batch", str(url_file(tmp_path, urls)), "--jobs", "4", "--delay", "0", store=store)
    finally:
        other.close()
    assert proc.returncode == 0, proc.stderr
    verify = run_cli("log", "verify", store=store)
    assert verify.returncode == 0, verify.stdout + verify.stderr
    assert sorted(e["url"] for e in log_entries(store, "capture")) == sorted(urls)


def _start_batch(store: Path, urls_file: Path, *extra: str, **popen: Any) -> subprocess.Popen[str]:
    return start_cli_process("batch", str(urls_file), "--delay", "0", *extra, store=store, **popen)


def _wait_for_outcomes(store: Path, count: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        states = list((store / "batches").glob("*.jsonl")) if (store / "batches").exists() else []
        if states and states[0].read_text().count('"url"') >= count:
            return
        time.sleep(0.02)
    raise AssertionError("the batch recorded too few outcomes in time")


@pytest.fixture(scope="module")
def killed_batch(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """A real ``batch --jobs 3`` of 20 URLs on two hosts, SIGKILLed once it has recorded four
    outcomes (the later requests held at a :class:`Gate`), for the two tests that read it: the
    processes of the run (``marked`` just before the kill, ``survivors`` after it) and the
    store the rerun resumes. (Each test killed a batch of its own; the kill is the same.)

    Its own key folder (``ARCHIVER_KEY_DIR``): the rerun, in a test, must sign with the key
    the killed batch made, and a module's fixture runs before the test's own key folder is set.
    """
    root = tmp_path_factory.mktemp("killed-batch")
    store, env = root / "store", {"ARCHIVER_KEY_DIR": str(root / "keys")}
    site, other = Site(), Site(host="localhost")
    gate, mark = Gate(free=4), uuid.uuid4().hex
    try:
        urls = serve(site, 10, gate=gate) + serve(other, 10, gate=gate)
        f = url_file(root, urls)
        proc = _start_batch(store, f, "--jobs", "3", env={**env, RUN_MARK_VAR: mark},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            _wait_for_outcomes(store, 4)
            marked = processes_marked(mark)
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
            # the workers die with the batch (PR_SET_PDEATHSIG via the fork server) before any
            # held request is answered
            survivors = wait_until_gone(mark, timeout=30)
            done_before = len(log_entries(store, "capture"))
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait(timeout=30)
        yield {"store": store, "env": env, "file": f, "urls": urls, "gate": gate, "marked": marked,
               "survivors": survivors, "done_before": done_before}
    finally:
        gate.open()
        site.close()
        other.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_batch_killed_with_sigkill_leaves_no_process_behind(killed_batch: dict[str, Any]) -> None:
    assert len(killed_batch["marked"]) > 1  # the batch, its fork server and workers were running
    assert killed_batch["survivors"] == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_batch_killed_with_sigkill_resumes_and_captures_every_url_exactly_once(killed_batch: dict[str, Any]) -> None:
    store, urls = killed_batch["store"], killed_batch["urls"]
    assert 4 <= killed_batch["done_before"] < 20  # killed before any held request was answered
    killed_batch["gate"].open()
    again = run_cli("batch", str(killed_batch["file"]), "--delay", "0", "--jobs", "3", store=store,
                    env=killed_batch["env"])
    assert again.returncode == 0, again.stderr
    assert "resuming:" in again.stderr
    per_url = collections.Counter(e["url"] for e in log_entries(store, "capture"))
    assert per_url == dict.fromkeys(urls, 1)
    assert run_cli("log", "verify", store=store, env=killed_batch["env"]).returncode == 0


def test_ctrl_c_stops_cleanly_with_exit_130_and_the_rerun_finishes(site: Site, store: Path, tmp_path: Path) -> None:
    gate = Gate(free=2)
    urls = serve(site, 12, gate=gate)
    f = url_file(tmp_path, urls)
    proc = _start_batch(store, f, "--jobs", "2")
    try:
        _wait_for_outcomes(store, 2)
        # the third request is held until the batch has taken the Ctrl-C (it says so): it
        # stops dispatching with work left, however slow or fast the machine
        proc.send_signal(signal.SIGINT)
        seen = wait_for_line(proc.stderr, "stopping:")
    finally:
        gate.open()  # the held capture finishes and is recorded
    _, stderr = proc.communicate(timeout=60)
    stderr = "".join(seen) + stderr
    assert proc.returncode == 130, stderr
    assert "run the same command again" in stderr
    stopped_at = len(log_entries(store, "capture"))
    assert 2 <= stopped_at <= 3  # the two done, and the third if it was in flight
    again = run_cli("batch", str(f), "--delay", "0", store=store)
    assert again.returncode == 0, again.stderr
    per_url = collections.Counter(e["url"] for e in log_entries(store, "capture"))
    assert per_url == dict.fromkeys(urls, 1)


# ---------------------------------------------------------------------- diff, recapture, history


class Editable:
    def __init__(self, site: Site) -> None:
        self.body = html(1)
        site.routes["/article"] = lambda h: response("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                                     self.body)
        self.url = site.url("/article")


def _archive(store: Path, url: str) -> str:
    """Set-up captures go through the library (the commands under test through the CLI)."""
    with Archive.open(store) as arc:
        result = arc.capture(url)
    assert result.ok, result.error
    return result.capture_id


def test_diff_of_an_edited_article_marks_the_changed_words_and_exits_1(site: Site, store: Path) -> None:
    page = Editable(site)
    a = _archive(store, page.url)
    page.body = html(1, EDITED)
    b = _archive(store, page.url)
    proc = run_cli("diff", a, b, store=store)
    assert proc.returncode == 1, proc.stderr
    assert "The mayor said [-1,000-]{+a few hundred+} jobs" in proc.stdout
    doc = json.loads(run_cli("diff", a[:12], b[:12], "--json", store=store).stdout)
    assert doc["identical"] is False and doc["paragraph_counts"]["changed"] == 1


def test_diff_of_identical_payloads_says_so_and_exits_0(site: Site, store: Path) -> None:
    page = Editable(site)
    a, b = _archive(store, page.url), _archive(store, page.url)
    proc = run_cli("diff", a, b, store=store)
    assert proc.returncode == 0
    assert "identical: same payload (sha256:" in proc.stdout


def test_diff_of_an_unknown_capture_exits_2(store: Path) -> None:
    proc = run_cli("diff", "zzzz", "yyyy", store=store)
    assert proc.returncode == 2 and proc.stderr.startswith("error: ")


def test_recapture_by_id_and_by_url_compares_with_the_previous_capture(site: Site, store: Path) -> None:
    page = Editable(site)
    first = _archive(store, page.url)
    page.body = html(1, EDITED)
    proc = run_cli("recapture", first, "--json", store=store)
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["previous_capture_id"] == first and doc["changed"] is True
    second = doc["capture"]["capture_id"]
    again = json.loads(run_cli("recapture", page.url, "--json", store=store).stdout)
    assert again["previous_capture_id"] == second and again["changed"] is False
    assert again["diff"]["identical_payload"] is True


def test_recapture_of_a_url_never_captured_just_captures(site: Site, store: Path) -> None:
    page = Editable(site)
    proc = run_cli("recapture", page.url, store=store)
    assert proc.returncode == 0, proc.stderr
    assert "no earlier capture" in proc.stderr


def test_history_lists_changes_and_exits_1_when_a_cited_quote_broke(site: Site, store: Path) -> None:
    page = Editable(site)
    first = _archive(store, page.url)
    _archive(store, page.url)
    with Archive.open(store) as arc:  # as `verify-quote` logs it
        arc.log.append("quote_verification", {"capture_id": first, "quote": BODY, "verdict": "exact"})
    clean = run_cli("history", page.url, store=store)
    assert clean.returncode == 0, clean.stderr
    assert "unchanged" in clean.stdout
    page.body = html(1, EDITED)
    _archive(store, page.url)
    proc = run_cli("history", page.url, store=store)
    assert proc.returncode == 1
    assert "CHANGED text: 1 changed" in proc.stdout
    assert f"NO LONGER VERIFIES (exact on {first}" in proc.stdout
    doc = json.loads(run_cli("history", page.url, "--json", store=store).stdout)
    assert [c["changed"] for c in doc["captures"]] == [None, False, True]
    assert [q["quote"] for q in doc["broken_quotes"]] == [BODY]


def test_batch_without_the_signing_key_exits_3_before_any_request(site: Site, store: Path, tmp_path: Path) -> None:
    urls = serve(site, 2)
    _archive(store, urls[0])  # creates the log and its key in this test's key directory
    requests_before = len(site.requests)
    proc = run_cli("batch", str(url_file(tmp_path, urls)), "--delay", "0", store=store,
                   env={"ARCHIVER_KEY_DIR": str(tmp_path / "elsewhere")})
    assert proc.returncode == 3
    assert proc.stderr.startswith("error: ") and "key" in proc.stderr
    assert len(site.requests) == requests_before
