"""Output options never write into the store, and evidence files are never replaced silently.

Issue 11 §5: ``export -o``, ``verify-quote --receipt``, ``log proof -o`` pointed at ``log.jsonl``
or a WARC overwrote it. Every writing option goes through one check
(``archiver.cli.output.checked_output_path``): a path inside the store, also through a
symlink, is bad input (exit 2) and nothing is written or logged.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest
from cli import every_command
from conftest import run_cli
from servers import Site, html_page

from archiver.archive import Archive

PAGE = (b"<html><head><title>Quay notes</title></head><body><article><h1>Quay notes</h1>"
        b"<p>The quay was rebuilt in 1911 after the great storm, the museum's guide says.</p>"
        b"<p>It has not been rebuilt since, though the harbour board discussed it twice.</p>"
        b"</article></body></html>")
QUOTE = "The quay was rebuilt in 1911 after the great storm"


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("outputs")
    site = Site()
    site.routes["/quay"] = html_page(PAGE)
    try:
        with Archive.open(root / "store", key_dir=root / "keys") as arc:
            cap = arc.capture(site.url("/quay"))
            arc.log.checkpoint()
    finally:
        site.close()
    return {"store": root / "store", "env": {"ARCHIVER_KEY_DIR": str(root / "keys")}, "capture": cap.capture_id,
            "root": root}


def _fingerprint(store: Path) -> dict[str, str]:
    """sha256 of every file in the store: what must not change when an output is refused."""
    return {str(p.relative_to(store)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(store.rglob("*")) if p.is_file() and "index.sqlite3" not in p.name}


def _old_checkpoint(stored, tmp_path: Path) -> Path:
    old = tmp_path / "old.checkpoint"
    old.write_bytes(next((stored["store"] / "provenance" / "checkpoints").glob("*.checkpoint")).read_bytes())
    return old


def _commands(stored, target: str, tmp_path: Path) -> dict[str, list[str]]:
    urls = tmp_path / "urls.txt"
    urls.write_text("http://127.0.0.1:9/never-fetched\n")
    manuscript = tmp_path / "draft.md"
    manuscript.write_text(f'As the guide says, "{QUOTE}" [1].\n\n[1]: http://127.0.0.1:9/never-fetched\n')
    return {
        "export": ["export", stored["capture"], "-o", target],
        "receipt": ["verify-quote", QUOTE, "--capture", stored["capture"], "--receipt", target],
        "log proof": ["log", "proof", "1", "-o", target],
        "log consistency": ["log", "consistency", str(_old_checkpoint(stored, tmp_path)), "-o", target],
        "batch report": ["batch", str(urls), "--report", target],
        "screenshot": ["screenshot", stored["capture"], "-o", target],
        "cite": ["cite", stored["capture"], "-o", target],
        "check report": ["check", str(manuscript), "--report", target],
        "check receipts": ["check", str(manuscript), "--receipts", str(Path(target).parent)],
    }


#: Each command's option that writes a file the user names, as (command, option's name): the
#: ones _commands points at the store.
TESTED_OUTPUTS = {("export", "output"), ("verify-quote", "receipt"), ("log proof", "output"),
                  ("log consistency", "output"), ("batch", "report_path"), ("screenshot", "output"),
                  ("cite", "output"), ("check", "report_path"), ("check", "receipts")}


def test_every_option_that_writes_a_users_file_is_among_those_pointed_at_the_store():
    # (screenshot -o wrote into the store: the one output option no test pointed there)
    import click

    found = {(" ".join(path), str(p.name)) for path, command in every_command() for p in command.params
             if isinstance(p, click.Option) and p.name in ("output", "report_path", "receipt", "receipts")}
    assert found == TESTED_OUTPUTS


@pytest.mark.parametrize("command", ["export", "receipt", "log proof", "log consistency", "batch report",
                                     "screenshot", "cite", "check report", "check receipts"])
def test_an_output_pointed_at_the_log_is_refused_and_nothing_changes(stored, tmp_path, command):
    before = _fingerprint(stored["store"])
    target = str(stored["store"] / "provenance" / "log.jsonl")
    proc = run_cli(*_commands(stored, target, tmp_path)[command], store=stored["store"], env=stored["env"])
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert proc.stderr.startswith("error:") and "inside the store" in proc.stderr
    assert _fingerprint(stored["store"]) == before


def test_an_output_reaching_the_store_through_a_symlinked_folder_is_refused(stored, tmp_path):
    before = _fingerprint(stored["store"])
    link = tmp_path / "elsewhere"
    os.symlink(stored["store"] / "warcs", link)
    warc = next((stored["store"] / "warcs").iterdir()).name
    proc = run_cli("log", "proof", "1", "-o", str(link / warc), store=stored["store"], env=stored["env"])
    assert proc.returncode == 2 and "inside the store" in proc.stderr
    assert _fingerprint(stored["store"]) == before


def test_an_output_file_symlinked_to_the_log_is_refused(stored, tmp_path):
    before = _fingerprint(stored["store"])
    link = tmp_path / "proof.tlog-proof"
    os.symlink(stored["store"] / "provenance" / "log.jsonl", link)
    proc = run_cli("log", "proof", "1", "-o", str(link), store=stored["store"], env=stored["env"])
    assert proc.returncode == 2 and "inside the store" in proc.stderr
    assert _fingerprint(stored["store"]) == before


def test_export_refuses_to_replace_an_existing_file_unless_forced(stored, tmp_path):
    out = tmp_path / "sources.wacz"
    out.write_bytes(b"a bundle published last year")
    proc = run_cli("export", stored["capture"], "-o", str(out), store=stored["store"], env=stored["env"])
    assert proc.returncode == 2 and "already exists" in proc.stderr
    assert out.read_bytes() == b"a bundle published last year"
    forced = run_cli("export", stored["capture"], "-o", str(out), "--force", "--json", store=stored["store"],
                     env=stored["env"])
    assert forced.returncode == 0, forced.stderr
    assert json.loads(forced.stdout)["path"] == str(out)


def test_a_receipt_never_replaces_an_existing_file(stored, tmp_path):
    receipt = tmp_path / "footnote.zip"
    receipt.write_bytes(b"the receipt of an earlier check")
    size = (stored["store"] / "provenance" / "log.jsonl").stat().st_size
    proc = run_cli("verify-quote", QUOTE, "--capture", stored["capture"], "--receipt", str(receipt),
                   store=stored["store"], env=stored["env"])
    assert proc.returncode == 2 and "already exists" in proc.stderr
    assert receipt.read_bytes() == b"the receipt of an earlier check"
    assert (stored["store"] / "provenance" / "log.jsonl").stat().st_size == size  # nothing was logged


def test_a_batch_report_named_as_its_own_url_list_is_refused_and_the_list_kept(stored, tmp_path):
    # before: the report replaced the list, and "run the same command again" read the report
    urls = tmp_path / "urls.txt"
    urls.write_text("http://127.0.0.1:9/never-fetched\n")
    proc = run_cli("batch", str(urls), "--report", str(urls), store=stored["store"], env=stored["env"])
    assert proc.returncode == 2 and "the URL list itself" in proc.stderr, proc.stderr
    assert urls.read_text() == "http://127.0.0.1:9/never-fetched\n"


def test_an_output_under_a_link_to_nothing_is_refused_before_the_commands_work(stored, tmp_path):
    # before: the batch ran, logged its failures, and only then said "File exists" (exit 2)
    before = _fingerprint(stored["store"])
    (tmp_path / "out").symlink_to(tmp_path / "gone")
    urls = tmp_path / "urls.txt"
    urls.write_text("http://127.0.0.1:9/never-fetched\n")
    proc = run_cli("batch", str(urls), "--report", str(tmp_path / "out" / "r.csv"), store=stored["store"],
                   env=stored["env"])
    assert proc.returncode == 2 and "a link to nothing" in proc.stderr, proc.stderr
    assert _fingerprint(stored["store"]) == before


@pytest.mark.parametrize("command", ["export", "receipt", "log proof", "log consistency", "batch report",
                                     "screenshot", "cite", "check report", "check receipts"])
def test_an_output_under_a_loop_of_links_is_named_a_loop_not_a_link_to_nothing(stored, tmp_path, command):
    # review 22 F6: a folder of the path that is a loop of links was called "a link to nothing"
    before = _fingerprint(stored["store"])
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    proc = run_cli(*_commands(stored, str(tmp_path / "a" / "out.txt"), tmp_path)[command], store=stored["store"],
                   env=stored["env"])
    assert proc.returncode == 2, proc.stdout + proc.stderr
    [line] = proc.stderr.splitlines()
    assert f"{tmp_path / 'a'} is a loop of symbolic links" in line and "link to nothing" not in line
    assert _fingerprint(stored["store"]) == before


@pytest.mark.parametrize("command", ["log proof", "batch report", "export"])
def test_an_output_that_is_a_pipe_is_refused_and_left_a_pipe(stored, tmp_path, command):
    # A write replaces the name it is given: a FIFO (or, as root, a device: `export -o /dev/null
    # --force` replaced the machine's /dev/null with a file) became a regular file
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    argv = _commands(stored, str(fifo), tmp_path)[command]
    if command == "export":
        argv = [*argv, "--force"]
    proc = run_cli(*argv, store=stored["store"], env=stored["env"])
    assert proc.returncode == 2 and "not a regular file" in proc.stderr, proc.stderr
    import stat

    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


@pytest.mark.parametrize("command", ["export", "receipt", "log proof", "log consistency", "batch report",
                                     "screenshot", "cite", "check report", "check receipts"])
def test_an_output_into_a_folder_that_does_not_exist_is_refused_in_one_line_before_any_work(
        stored, tmp_path, command):
    # before: batch --report made the folder (and ran the batch), while cite -o and check --report
    # refused, check only after checking (and logging) every quotation
    before = _fingerprint(stored["store"])
    target = tmp_path / "no-such-folder" / "out.file"
    proc = run_cli(*_commands(stored, str(target), tmp_path)[command], store=stored["store"], env=stored["env"])
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert proc.stderr.startswith("error:") and proc.stderr.count("\n") == 1, proc.stderr
    assert "no such folder" in proc.stderr and str(target.parent) in proc.stderr
    assert not target.parent.exists()
    assert _fingerprint(stored["store"]) == before
