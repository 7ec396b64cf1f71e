"""``archiver archive / list / show / reindex`` end to end (in-process; two real processes share a store)."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from cli import start_cli_process, without_key_news
from conftest import as_if_written_here, run_cli
from servers import Site, html_page, response

from archiver.archive import Archive
from archiver.capture.warc import StoredRecord, TornTail, iter_records

PAGE = (b"<html><head><title>Harbour report</title></head><body><article><h1>Harbour report</h1>"
        b"<p>The harbour handled 41,000 containers in March, the port authority said.</p>"
        b"<p>Dock workers did not strike.</p></article></body></html>")


@pytest.fixture
def site():
    s = Site()
    s.routes["/news"] = html_page(PAGE)
    s.routes["/old"] = lambda h: response("301 Moved Permanently", [("Location", "/news")])
    s.routes["/slow"] = lambda h: (__import__("time").sleep(0.3),
                                   response("200 OK", [("Content-Type", "text/html")], PAGE))[1]
    yield s
    s.close()


def _all_records(store: Path) -> list[StoredRecord | TornTail]:
    return [r for p in sorted((store / "warcs").glob("*.warc*")) for r in iter_records(p)]


def test_archive_prints_capture_id_final_url_status_and_warc(store, site):
    proc = run_cli("archive", site.url("/old"), store=store)
    assert proc.returncode == 0, proc.stderr
    first = proc.stdout.splitlines()[0]
    capture_id, status = first.split()[0], first.split()[1]
    assert len(capture_id) == 18 and status == "200"
    assert site.url("/news") in first
    assert "warcs/archiver-" in proc.stdout
    assert "Traceback" not in proc.stderr


def test_archive_several_urls_json_gives_an_array_one_object_per_url(store, site):
    proc = run_cli("archive", site.url("/news"), site.url("/missing"), "--json", store=store)
    assert proc.returncode == 0, proc.stderr
    docs = json.loads(proc.stdout)
    assert [d["status"] for d in docs] == [200, 404]
    assert all(d["capture_id"] and d["warc"] for d in docs)
    assert docs[0]["article"]["title"] == "Harbour report"


def test_list_shows_every_capture_newest_first(store, site):
    run_cli("archive", site.url("/news"), store=store)
    run_cli("archive", site.url("/missing"), store=store)
    proc = run_cli("list", "--json", store=store)
    docs = json.loads(proc.stdout)
    assert [d["status"] for d in docs] == [404, 200]
    assert docs[0]["capture_id"] > docs[1]["capture_id"]


def test_list_of_an_empty_store_is_an_empty_json_array(store):
    with Archive.open(store) as arc:  # a store and its log, no capture yet
        assert arc.log.size == 1
    proc = run_cli("list", "--json", store=store)
    assert proc.returncode == 0 and json.loads(proc.stdout) == []


def test_show_accepts_a_unique_prefix_and_says_where_records_live(store, site):
    out = json.loads(run_cli("archive", site.url("/news"), "--json", store=store).stdout)
    capture_id = out["capture_id"]
    proc = run_cli("show", capture_id[:12], "--json", store=store)
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["capture_id"] == capture_id
    resp = next(r for r in doc["records"] if r["type"] == "response")
    assert resp["warc"].startswith("warcs/") and resp["offset"] > 0 and resp["length"] > 0
    assert doc["article"]["title"] == "Harbour report"


def test_show_text_prints_the_extracted_article(store, site):
    out = json.loads(run_cli("archive", site.url("/news"), "--json", store=store).stdout)
    proc = run_cli("show", out["capture_id"], "--text", store=store)
    assert "41,000 containers" in proc.stdout


def test_show_unknown_capture_id_is_a_usage_error(store, site):
    run_cli("archive", site.url("/news"), store=store)
    proc = run_cli("show", "zzzzzz", store=store)
    assert proc.returncode == 2
    assert proc.stderr.startswith("error: no capture with id") and len(proc.stderr.splitlines()) == 1


@pytest.mark.parametrize("bad", ["notaurl", "ftp://x", "file:///etc/passwd"])
def test_invalid_input_is_one_line_exit_2_and_adds_nothing(store, site, bad):
    run_cli("archive", site.url("/news"), store=store)
    before = sorted(p.name for p in (store / "warcs").iterdir())
    log_before = (store / "provenance" / "log.jsonl").read_bytes()
    proc = run_cli("archive", bad, store=store)
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr
    assert sorted(p.name for p in (store / "warcs").iterdir()) == before
    assert (store / "provenance" / "log.jsonl").read_bytes() == log_before


def test_unresolvable_host_is_one_line_exit_1_and_no_capture(store, monkeypatch):
    # A resolver that knows no such host (no DNS query leaves the machine).
    import socket

    def fail(*a, **k):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    with monkeypatch.context() as patched:
        patched.setattr(socket, "getaddrinfo", fail)
        proc = run_cli("archive", "http://no-such-host.invalid/x", store=store)
    assert proc.returncode == 1
    assert "Back it up" in proc.stderr  # the new store's key, announced whatever the exit code
    assert without_key_news(proc.stderr).strip() == ("error: http://no-such-host.invalid/x: could not resolve host "
                                                     "'no-such-host.invalid'")
    assert json.loads(run_cli("list", "--json", store=store).stdout) == []
    assert not [r for r in _all_records(store) if isinstance(r, StoredRecord) and r.rec_type == "response"]


def test_server_that_never_answers_is_exit_1_with_one_line(store):
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(4)
    try:
        proc = run_cli("archive", f"http://127.0.0.1:{sock.getsockname()[1]}/", "--timeout", "0.5", store=store)
    finally:
        sock.close()
    assert proc.returncode == 1
    own = without_key_news(proc.stderr)
    assert len(own.strip().splitlines()) == 1 and "timed out" in own, proc.stderr


def test_two_processes_archiving_into_one_store_corrupt_nothing(store, site):
    """This (test) process and a real second one archive the same pages into one store at once:
    each one's request for /slow is held until the other's has arrived, so both are mid-capture
    together (in-process, the test saves one Python start-up and its imports)."""
    both = threading.Barrier(2, timeout=60)
    met: list[bool] = []

    def slow(handler):  # noqa: ANN001, ANN202
        try:
            both.wait()
            met.append(True)
        except threading.BrokenBarrierError:
            met.append(False)
        return response("200 OK", [("Content-Type", "text/html")], PAGE)

    site.routes["/slow"] = slow
    urls = [site.url("/news"), site.url("/old"), site.url("/slow")]
    other = start_cli_process("archive", *urls, store=store)
    mine = run_cli("archive", *urls, store=store)
    other.wait(timeout=120)
    assert mine.returncode == 0, mine.stderr
    assert other.returncode == 0, other.stderr.read()
    assert met == [True, True]  # the two captures of /slow were in flight at the same time
    warcs = sorted((store / "warcs").glob("*.warc.gz"))
    assert len(warcs) == 2  # one file per writing process
    records = _all_records(store)
    assert not [r for r in records if isinstance(r, TornTail)]
    assert all(r.digests_ok for r in records if isinstance(r, StoredRecord))
    assert len(json.loads(run_cli("list", "--json", store=store).stdout)) == 6
    verify = run_cli("log", "verify", store=store)
    assert verify.returncode == 0, verify.stdout + verify.stderr


def test_reindex_rebuilds_the_index_from_warcs_and_the_log(store, site):
    run_cli("archive", site.url("/news"), site.url("/old"), store=store)
    before = json.loads(run_cli("list", "--json", store=store).stdout)
    (store / "index.sqlite3").unlink()
    for extra in ("index.sqlite3-wal", "index.sqlite3-shm"):
        (store / extra).unlink(missing_ok=True)
    proc = run_cli("reindex", store=store)
    assert proc.returncode == 0, proc.stderr
    after = json.loads(run_cli("list", "--json", store=store).stdout)
    assert after == before


def test_a_capture_cut_short_is_reported_by_reindex_and_never_served(store, tmp_path, site):
    run_cli("archive", site.url("/news"), store=store)
    # Another process died mid-capture: its file has the request and response, no manifest,
    # and its last gzip member is cut in half.
    other = tmp_path / "other"
    run_cli("archive", site.url("/news"), store=other)
    [warc] = list((other / "warcs").glob("*.warc.gz"))
    data = warc.read_bytes()
    records = [r for r in iter_records(warc) if isinstance(r, StoredRecord)]
    resp = next(r for r in records if r.rec_type == "response")
    after = next(r for r in records if r.offset > resp.offset)
    cut = data[:after.offset + after.length // 2]
    (store / "warcs" / "archiver-20990101T000000000000Z-1-dead-00000.warc.gz").write_bytes(
        as_if_written_here(store, warc, len(cut)))
    proc = run_cli("reindex", "--json", store=store)
    assert proc.returncode == 0  # a crash already over is recovered (logged), not a problem found now
    report = json.loads(proc.stdout)
    assert report["captures"] == 1
    assert report["torn_tails"] and "dead" in report["torn_tails"][0]
    assert report["recovered"] and "dead" in report["recovered"][0] and "recovery" in report["recovered"][0]
    assert report["incomplete_captures"] == []
    assert len(json.loads(run_cli("list", "--json", store=store).stdout)) == 1


def test_help_documents_exit_codes(store):
    proc = run_cli("--help")
    assert "Exit codes" in proc.stdout and proc.returncode == 0


def test_archive_into_a_store_whose_key_is_elsewhere_refuses_with_exit_3_before_fetching(store, site, tmp_path):
    run_cli("archive", site.url("/news"), store=store)
    warcs_before = sorted(p.name for p in (store / "warcs").iterdir())
    requests_before = len(site.requests)
    other_keys = tmp_path / "no-keys-here"
    proc = run_cli("archive", site.url("/news"), store=store, env={"ARCHIVER_KEY_DIR": str(other_keys)})
    assert proc.returncode == 3
    assert len(proc.stderr.strip().splitlines()) == 1 and "key" in proc.stderr
    assert len(site.requests) == requests_before
    assert sorted(p.name for p in (store / "warcs").iterdir()) == warcs_before
    # Reading still works without the key.
    listing = run_cli("list", "--json", store=store, env={"ARCHIVER_KEY_DIR": str(other_keys)})
    assert listing.returncode == 0 and len(json.loads(listing.stdout)) == 1


def test_log_verify_deep_with_a_missing_warc_cannot_complete_exit_3(store, site):
    run_cli("archive", site.url("/news"), store=store)
    for warc in (store / "warcs").glob("*.warc.gz"):
        warc.unlink()
    proc = run_cli("log", "verify", "--deep", "--json", store=store)
    assert proc.returncode == 3, proc.stdout + proc.stderr
    codes = {p["code"] for p in json.loads(proc.stdout)["problems"]}
    assert "E_MISSING" in codes and "E_ARTIFACT" not in codes


def test_log_verify_deep_with_an_altered_warc_record_is_tampering_exit_1(store, site):
    run_cli("archive", site.url("/news"), store=store)
    [warc] = (store / "warcs").glob("*.warc.gz")
    resp = next(r for r in iter_records(warc) if isinstance(r, StoredRecord) and r.rec_type == "response")
    # Re-write the response record with one changed word, keeping every header as it was.
    import gzip

    raw = gzip.decompress(warc.read_bytes()[resp.offset:resp.offset + resp.length])
    forged = raw.replace(b"did not strike", b"did now strike")
    data = warc.read_bytes()
    warc.write_bytes(data[:resp.offset] + gzip.compress(forged) + data[resp.offset + resp.length:])
    proc = run_cli("log", "verify", "--deep", "--json", store=store)
    assert proc.returncode == 1
    problems = json.loads(proc.stdout)["problems"]
    assert any(p["code"] == "E_ARTIFACT" and "digest" in p["message"] for p in problems)
