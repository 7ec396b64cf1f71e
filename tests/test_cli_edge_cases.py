"""Wrong and unusual use of every command, end to end: one-line errors, the right exit code,
no traceback, results on stdout only (hostile user test)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from cli import run_cli_on_read_only_mount, start_cli_process
from conftest import run_cli
from servers import Site, html_page

PAGE = (b"<html><head><title>Harbour report</title></head><body><article><h1>Harbour report</h1>"
        b"<p>The harbour handled 41,000 containers in March, the port authority said.</p>"
        b"<p>Dock workers did not strike.</p></article></body></html>")


@pytest.fixture
def site():
    s = Site()
    s.routes["/news"] = html_page(PAGE)
    yield s
    s.close()


def _one_line_error(proc, code: int) -> str:
    assert proc.returncode == code, (proc.returncode, proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), proc.stderr
    assert proc.stdout == ""
    return lines[0]


def test_a_url_with_an_unclosed_ipv6_bracket_is_invalid_input(store):
    proc = run_cli("archive", "http://[::1", store=store)
    assert "invalid URL" in _one_line_error(proc, 2)


def test_log_proof_to_a_missing_folder_is_one_line_exit_2(store, site, tmp_path):
    assert run_cli("archive", site.url("/news"), store=store).returncode == 0
    out = tmp_path / "no-such-folder" / "entry.tlog-proof"
    proc = run_cli("log", "proof", "1", "-o", str(out), store=store)
    assert "cannot write" in _one_line_error(proc, 2)
    assert not out.exists()


@pytest.fixture
def captured(store, site):
    """A store with one capture and a proof of its entry; returns the proof file."""
    assert run_cli("archive", site.url("/news"), store=store).returncode == 0
    proof = store.parent / "entry-1.tlog-proof"
    assert run_cli("log", "proof", "1", "-o", str(proof), store=store).returncode == 0
    return proof


@pytest.mark.parametrize("command", [("log", "verify"), ("log", "verify-proof", "PROOF")])
def test_a_binary_file_as_key_is_one_line_exit_2(store, captured, tmp_path, command):
    key = tmp_path / "key.bin"
    key.write_bytes(bytes(range(256)))
    args = [str(captured) if a == "PROOF" else a for a in command]
    proc = run_cli(*args, "--key", str(key), store=store)
    assert "is not a verifier key" in _one_line_error(proc, 2)


def test_a_long_file_given_as_key_gives_a_short_error(store, captured):
    proc = run_cli("log", "verify", "--key", str(captured), store=store)
    line = _one_line_error(proc, 2)
    assert "is not a verifier key" in line and len(line) < 300


def _damaged_copies(bundle: Path) -> dict[str, Path]:
    """A bundle with bytes flipped inside its WARC member (bad CRC), and one cut in the middle."""
    raw = bundle.read_bytes()
    with zipfile.ZipFile(bundle) as zf:
        info = next(i for i in zf.infolist() if i.filename.startswith("archive/"))
        start = info.header_offset + 30 + len(info.filename) + len(info.extra)
        cd = zf.start_dir
    flipped = bytearray(raw)
    for i in range(start + 20, start + 60):
        flipped[i] ^= 0xFF
    out = {"crc": bundle.with_name("crc.wacz"), "cut": bundle.with_name("cut.wacz")}
    out["crc"].write_bytes(bytes(flipped))
    out["cut"].write_bytes(raw[: cd // 2] + raw[cd:])
    return out


@pytest.fixture
def damaged_bundles(store, site, tmp_path):
    assert run_cli("archive", site.url("/news"), store=store).returncode == 0
    cid = run_cli("list", "--json", store=store)
    bundle = tmp_path / "b.wacz"
    proc = run_cli("export", json.loads(cid.stdout)[0]["capture_id"], "-o", str(bundle), store=store)
    assert proc.returncode == 0, proc.stderr
    return _damaged_copies(bundle)


@pytest.mark.parametrize("kind", ["crc", "cut"])
def test_verify_bundle_of_a_damaged_zip_fails_with_a_report_not_a_traceback(damaged_bundles, kind, tmp_path):
    proc = run_cli("verify-bundle", str(damaged_bundles[kind]), "--json")
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["ok"] is False
    assert any("damaged inside the zip" in p["message"] for p in doc["problems"])


@pytest.mark.parametrize("kind", ["crc", "cut"])
def test_import_of_a_damaged_wacz_is_refused_and_leaves_nothing(damaged_bundles, kind, tmp_path):
    other = tmp_path / "other-store"
    proc = run_cli("import", str(damaged_bundles[kind]), store=other)
    assert "damaged zip" in _one_line_error(proc, 2)
    assert not any((other / "warcs").glob("*"))


@pytest.mark.parametrize("tsa", ["notaurl", "file:///etc/hostname", "ftp://127.0.0.1/tsa", "http://[::1"])
def test_log_anchor_refuses_a_tsa_that_is_not_an_http_url(store, site, tsa):
    assert run_cli("archive", site.url("/news"), store=store).returncode == 0
    proc = run_cli("log", "anchor", "--tsa", tsa, store=store)
    said = _one_line_error(proc, 2)
    assert said.startswith(f"error: invalid URL {tsa!r}: ") and "give --tsa the http(s) URL" in said, said


def test_reindex_rebuilds_index_files_that_are_not_databases(store, site):
    proc = run_cli("archive", site.url("/news"), "--json", store=store)
    cid = json.loads(proc.stdout)["capture_id"]
    for name in ("index.sqlite3", "text-index.sqlite3"):
        for suffix in ("-wal", "-shm"):
            (store / f"{name}{suffix}").unlink(missing_ok=True)
        (store / name).write_text("garbage, not a database\n")
    assert "reindex" in _one_line_error(run_cli("list", store=store), 1)
    assert "reindex" in _one_line_error(run_cli("verify-quote", "41,000 containers", store=store), 1)
    proc = run_cli("reindex", store=store)
    assert proc.returncode == 0, proc.stderr
    assert [c["capture_id"] for c in json.loads(run_cli("list", "--json", store=store).stdout)] == [cid]
    proc = run_cli("verify-quote", "41,000 containers in March", "--json", store=store)
    assert proc.returncode == 0 and json.loads(proc.stdout)["capture"] == cid


@pytest.mark.parametrize("command", [("log", "show"), ("log", "show", "--nl"), ("list",)])
def test_output_into_a_closed_pipe_exits_0_quietly(store, site, command):
    """`archiver log show | head -1`: the reader went away; that is not a problem found (exit 1)."""
    assert run_cli("archive", site.url("/news"), store=store).returncode == 0
    # run_cli cannot close the pipe early: the same command line, with stdout closed at once
    proc = start_cli_process(*command, store=store, text=False)
    proc.stdout.close()
    stderr = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0, stderr
    assert stderr == ""


ON_READ_ONLY_STORE = [("archive", "URL"), ("log", "checkpoint"), ("verify-quote", "41,000 containers")]


@pytest.fixture(scope="module")
def read_only_store(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A store with one capture, ON_READ_ONLY_STORE run on it mounted read-only (in one process:
    a read-only mount needs a process of its own, one is enough), its files before and after,
    and the requests its site served."""
    root = tmp_path_factory.mktemp("read-only")
    store, env = root / "store", {"ARCHIVER_KEY_DIR": str(root / "keys")}
    s = Site()
    s.routes["/news"] = html_page(PAGE)
    try:
        assert run_cli("archive", s.url("/news"), store=store, env=env).returncode == 0
        before = sorted((p.relative_to(store), p.stat().st_size) for p in store.rglob("*") if p.is_file())
        commands = [[s.url("/news") if a == "URL" else a for a in c] for c in ON_READ_ONLY_STORE]
        runs = run_cli_on_read_only_mount(store, commands, env=env)
        after = sorted((p.relative_to(store), p.stat().st_size) for p in store.rglob("*") if p.is_file())
    finally:
        s.close()
    return {"runs": dict(zip(ON_READ_ONLY_STORE, runs, strict=True)), "before": before, "after": after,
            "requests": list(s.requests)}


@pytest.mark.parametrize("command", ON_READ_ONLY_STORE)
def test_a_read_only_store_is_one_line_error_and_stays_intact(read_only_store, command):
    """A command that must record what it does cannot complete on a read-only store: exit 3."""
    line = _one_line_error(read_only_store["runs"][command], 3)
    assert "read-only" in line.lower(), line
    assert read_only_store["after"] == read_only_store["before"]
    if command[0] == "archive":
        assert read_only_store["requests"].count("/news") == 1  # refused before fetching anything


def test_log_verify_deep_with_an_unopenable_index_is_incomplete_not_tampering(store, site):
    assert run_cli("archive", site.url("/news"), store=store).returncode == 0
    for suffix in ("-wal", "-shm"):
        (store / f"index.sqlite3{suffix}").unlink(missing_ok=True)
    (store / "index.sqlite3").write_text("garbage, not a database\n")
    proc = run_cli("log", "verify", "--deep", "--json", store=store)
    assert proc.returncode == 3, proc.stdout + proc.stderr
    codes = {p["code"] for p in json.loads(proc.stdout)["problems"]}
    assert codes == {"E_MISSING"}


def test_log_consistency_to_a_missing_folder_is_one_line_exit_2(store, site, tmp_path):
    assert run_cli("archive", site.url("/news"), store=store).returncode == 0
    out = tmp_path / "no-such-folder" / "c.proof"
    proc = run_cli("log", "consistency", str(store / "provenance" / "checkpoint"), "-o", str(out), store=store)
    assert "cannot write" in _one_line_error(proc, 2)


def test_log_verify_consistency_with_a_binary_old_checkpoint_fails_cleanly(store, site, tmp_path):
    assert run_cli("archive", site.url("/news"), store=store).returncode == 0
    prov = store / "provenance"
    proof = tmp_path / "c.proof"
    assert run_cli("log", "consistency", str(prov / "checkpoint"), "-o", str(proof), store=store).returncode == 0
    garbage = tmp_path / "old.bin"
    garbage.write_bytes(bytes(range(256)))
    proc = run_cli("log", "verify-consistency", str(proof), "--old", str(garbage), "--key", str(prov / "log.pub"),
                   "--json")
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    assert [p["code"] for p in json.loads(proc.stdout)["problems"]] == ["E_CKPT_SIG"]


def test_verify_bundle_of_a_zip_that_is_no_wacz_says_so_plainly(tmp_path):
    bundle = tmp_path / "notes.zip"
    with zipfile.ZipFile(bundle, "w") as zf:
        zf.writestr("notes.txt", "not a bundle")
    proc = run_cli("verify-bundle", str(bundle), "--json")
    assert proc.returncode == 1, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["key_source"] is None and doc["key_fingerprint"] is None  # absent is null, not ""
    text = run_cli("verify-bundle", str(bundle))
    assert text.returncode == 1
    assert "()" not in text.stdout and "None" not in text.stdout
    assert "datapackage.json is missing" in text.stdout


def test_log_show_refuses_json_and_nl_together_like_the_other_streams(store, site):
    assert run_cli("archive", site.url("/news"), store=store).returncode == 0
    proc = run_cli("log", "show", "--json", "--nl", store=store)
    assert "--json" in _one_line_error(proc, 2)


@pytest.mark.parametrize("command", [("list",), ("log", "verify")])
def test_a_store_path_inside_a_file_is_bad_input_exit_2(tmp_path, command):
    afile = tmp_path / "afile"
    afile.write_text("x")
    for store in (afile, afile / "sub"):  # the file itself (click) and a folder under it (ours)
        proc = run_cli(*command, store=store)
        assert proc.returncode == 2, proc.stderr
        assert "Traceback" not in proc.stderr and proc.stdout == ""
    assert afile.read_text() == "x"


def test_verify_quote_names_paragraphs_counting_from_one(store, site):
    assert run_cli("archive", site.url("/news"), store=store).returncode == 0
    doc = json.loads(run_cli("verify-quote", "Dock workers did not strike", "--json", store=store).stdout)
    text = run_cli("verify-quote", "Dock workers did not strike", store=store)
    assert text.returncode == 0, text.stderr
    assert f"paragraph {doc['paragraph'] + 1} (counted from 1)," in text.stdout
