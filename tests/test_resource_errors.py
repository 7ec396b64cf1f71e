"""A full disk, the open-files limit or a read-only file system: one line, exit 3 (review 15 G).

Each runs the real commands against a real store: on a small tmpfs filled to the last byte
(a private mount namespace: root only, skipped otherwise), with a folder of the store mounted
read-only, or in a process whose open-files limit (RLIMIT_NOFILE) is set low. The message names
what ran out; the store stays readable and its log verifies once the space is back.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from cli import process_command
from conftest import run_cli
from servers import Site, html_page
from sweeps import FULL

PAGE = (b"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Budget</title></head><body>"
        b"<article><h1>Council passes budget</h1><p>The council approved a budget of $12 million on "
        b"Tuesday by seven votes to two, the clerk said.</p><p>Opponents said the plan would not fund "
        b"road repairs before 2027.</p></article></body></html>")
QUOTE = "The council approved a budget of $12 million on Tuesday"

#: Run in the namespace: each step is ``archiver`` arguments (run as run_cli runs them), or
#: ``["!fill", folder]`` (write zeros until the file system is full), ``["!free", folder, bytes]``
#: (give back that much of it) or ``["!rm", folder]`` (give it all back).
_STEPS = """
import json, os, sys
sys.path.insert(0, sys.argv[1])
from cli import run_cli
out = []
for step in json.loads(sys.argv[2]):
    if step[0] == "!fill":
        try:
            with open(os.path.join(step[1], "filler"), "wb", buffering=0) as f:
                while True:
                    f.write(bytes(4096))
        except OSError:
            pass
        for name in ("filler2", "filler3"):  # the last blocks, in smaller writes
            try:
                with open(os.path.join(step[1], name), "wb", buffering=0) as f:
                    while True:
                        f.write(bytes(64))
            except OSError:
                pass
        continue
    if step[0] == "!free":  # give back this many bytes of the filler
        path = os.path.join(step[1], "filler")
        os.truncate(path, max(0, os.path.getsize(path) - int(step[2])))
        continue
    if step[0] == "!rm":
        for name in ("filler", "filler2", "filler3"):
            os.remove(os.path.join(step[1], name))
        continue
    r = run_cli(*step)
    out.append({"code": r.returncode, "stdout": r.stdout, "stderr": r.stderr})
print(json.dumps(out))
"""


def in_namespace(mounts: str, steps: list[list[str]]) -> list[dict[str, object]]:
    """Run ``mounts`` (shell) in a private mount namespace, then ``steps``; the results of the
    ``archiver`` steps. Skips when no namespace or mount can be made here."""
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        pytest.skip("a private mount namespace needs root and unshare")
    script = f'{mounts} || exit 99; exec "$@"'
    proc = subprocess.run(["unshare", "-m", "sh", "-c", script, "-", sys.executable, "-c", _STEPS,
                           str(Path(__file__).parent), json.dumps(steps)],
                          capture_output=True, text=True, timeout=300)
    if proc.returncode == 99:
        pytest.skip("cannot mount a tmpfs or a read-only folder here")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@pytest.fixture(scope="module")
def site():
    s = Site()
    s.routes["/budget"] = html_page(PAGE)
    s.routes["/other"] = html_page(PAGE.replace(b"budget", b"plan"))
    yield s
    s.close()


def one_line(run: dict[str, object]) -> str:
    err = str(run["stderr"])
    assert "Traceback" not in err, err
    lines = [line for line in err.splitlines() if line.startswith("error:")]
    assert len(lines) == 1, err
    return lines[0]


@pytest.fixture
def disk(tmp_path: Path) -> Path:
    d = tmp_path / "disk"
    d.mkdir()
    return d


def tmpfs(disk: Path, size: str = "4M") -> str:
    return f"mount -t tmpfs -o size={size} tmpfs {disk}"


#: The commands a full disk stops, each run on a tmpfs filled to the last byte and on one with
#: 48 KiB left (:func:`full_disks`).
FILLED_BY = [
    ["archive", "{other}"],
    ["verify-quote", QUOTE],
    ["reindex"],
    ["batch", "{urls}"],
]
LEFT_FREE = {"full": 0, "nearly-full": 48 * 1024}


@pytest.fixture(scope="module")
def full_disks(site: Site, tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[int, str], list[dict[str, object]]]:
    """Each command of :data:`FILLED_BY` run on a store whose disk is full or nearly
    (:data:`LEFT_FREE`), then the disk given back, ``log verify`` and ``verify-quote`` run; the
    results of the ``archiver`` steps by (command's index, fill).

    All in one namespace process, each on a tmpfs of its own: a process each cost ~0.7 CPU-s
    (Python's start, the imports and the first capture's compiles) eight times over."""
    root = tmp_path_factory.mktemp("full-disks")
    mounts: list[str] = []
    steps: list[list[str]] = []
    spans: dict[tuple[int, str], tuple[int, int]] = {}
    done = 0  # the archiver steps so far (in_namespace returns only theirs)
    for fill, free in LEFT_FREE.items():
        for index, command in enumerate(FILLED_BY):
            disk = root / f"{fill}-{index}"
            disk.mkdir()
            mounts.append(tmpfs(disk))
            store = str(disk / "store")
            urls = root / f"urls-{fill}-{index}.txt"
            urls.write_text(f"{site.url('/other')}\n{site.url('/other?2')}\n")
            args = [a.format(other=site.url("/other"), urls=urls) for a in command]
            scenario = [
                ["--store", store, "archive", site.url("/budget")],
                ["!fill", str(disk)],
                ["!free", str(disk), str(free)],
                ["--store", store, *args],
                ["!rm", str(disk)],
                ["--store", store, "log", "verify"],
                # a reindex stopped by the disk left its derived text index to be rebuilt: the next one does
                *([["--store", store, "reindex"]] if command[0] == "reindex" else []),
                ["--store", store, "verify-quote", QUOTE],
            ]
            steps += scenario
            ran = sum(1 for step in scenario if not step[0].startswith("!"))
            spans[(index, fill)] = (done, done + ran)
            done += ran
    runs = in_namespace(" && ".join(mounts), steps)
    return {key: runs[start:end] for key, (start, end) in spans.items()}


@pytest.mark.parametrize("command", range(len(FILLED_BY)), ids=[f"command{i}" for i in range(len(FILLED_BY))])
@pytest.mark.parametrize("fill", list(LEFT_FREE))
def test_a_full_disk_is_one_line_naming_it_and_exit_3_and_the_store_survives(full_disks, command, fill):
    runs = full_disks[(command, fill)]
    made, full, verified, quoted = runs[0], runs[1], runs[2], runs[-1]
    assert made["code"] == 0, made
    if LEFT_FREE[fill] and full["code"] == 0:
        pytest.skip(f"{LEFT_FREE[fill]} bytes were enough for {FILLED_BY[command][0]} here")
    assert full["code"] == 3, full
    assert "no space left" in one_line(full).lower() or "disk full" in one_line(full), full
    assert verified["code"] == 0, verified
    assert quoted["code"] == 0, quoted


def test_verify_quote_prints_its_logged_verdict_when_the_logs_head_cannot_be_signed(site, disk):
    """The checkpoints folder read-only: the entry is on disk, signing its head fails."""
    store = disk / "store"
    made = run_cli("--store", str(store), "archive", site.url("/budget"))
    assert made.exit_code == 0, made.stderr
    checkpoints = store / "provenance" / "checkpoints"
    mounts = f"mount --bind {checkpoints} {checkpoints} && mount -o remount,bind,ro {checkpoints}"
    [run] = in_namespace(mounts, [["--store", str(store), "verify-quote", QUOTE, "--capture",
                                   made.stdout.split()[0]]])
    assert run["code"] == 0, run
    assert "exact" in str(run["stdout"])
    assert "warning: could not sign the log's head" in str(run["stderr"])
    assert "Traceback" not in str(run["stderr"])
    again = run_cli("--store", str(store), "log", "verify")
    assert again.exit_code == 0, again.stdout + again.stderr


def test_a_read_only_file_system_under_the_store_is_one_line_and_exit_3(site, disk):
    store = disk / "store"
    assert run_cli("--store", str(store), "archive", site.url("/budget")).exit_code == 0
    warcs = store / "warcs"
    mounts = f"mount --bind {warcs} {warcs} && mount -o remount,bind,ro {warcs}"
    [run] = in_namespace(mounts, [["--store", str(store), "archive", site.url("/other")]])
    assert run["code"] == 3, run
    assert "read-only file system" in one_line(run).lower() and str(warcs) in one_line(run)


def limited_files(limit: int):
    def preexec() -> None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (limit, limit))
    return preexec


def error_under_file_limit(args: list[str], store: Path, limit: int) -> str | None:
    """Run ``archiver ARGS`` in a process of its own whose open-files limit is ``limit``: None
    when it succeeds, else its one error line, after checking it is one line, exit 3, no traceback."""
    proc = subprocess.run(process_command(*args, store=store), capture_output=True, text=True, timeout=120,
                          preexec_fn=limited_files(limit))
    assert "Traceback" not in proc.stderr, proc.stderr
    if proc.returncode == 0:
        return None
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert proc.returncode == 3 and len(errors) == 1, proc.stderr
    return errors[0]


@pytest.mark.parametrize("command", ["archive", "batch"])
def test_too_many_open_files_is_one_line_naming_the_limit_and_exit_3(site, tmp_path, command):
    """Whichever open the limit stops (the log, an index, the fork server, a key record). Each
    limit is a process of its own; ``archive`` is run under the two that stop it by default (16
    and 12 leave it enough: it succeeds), under all four with ``ARCHIVER_FULL_SWEEPS=1``."""
    store = tmp_path / "store"
    assert run_cli("--store", str(store), "archive", site.url("/budget")).exit_code == 0
    failed = 0
    for limit in (16, 12, 10, 8) if FULL or command == "batch" else (10, 8):
        if command == "batch":
            urls = tmp_path / f"urls{limit}.txt"
            urls.write_text("".join(f"{site.url(f'/other?{limit}-{i}')}\n" for i in range(4)))
            args = ["batch", str(urls)]
        else:
            args = ["archive", site.url(f"/other?{limit}")]
        error = error_under_file_limit(args, store, limit)
        if error is None:
            continue
        failed += 1
        assert "too many open files" in error.lower() or "cannot read the log record" in error, error
    if not failed:
        pytest.skip("8 open files were enough here")
    assert run_cli("--store", str(store), "log", "verify").exit_code == 0


@pytest.mark.parametrize("command", ["archive", "show"])
def test_every_place_the_open_files_limit_stops_names_the_limit_and_how_to_raise_it(site, tmp_path, command):
    """At 6 and 7 open files the limit stops other opens than at 8-16 (the store's lock file, a
    WARC file read for the evidence check): those said only "cannot lock the store ...: Too
    many open files" or "cannot read (Too many open files)". Any of our errors whose cause is the
    open-files limit is now its one line: the limit, the file and 'ulimit -n'; exit 3."""
    store = tmp_path / "store"
    made = run_cli("--store", str(store), "archive", site.url("/budget"), "--json")
    assert made.exit_code == 0
    cid = json.loads(made.stdout)["capture_id"]
    failed = 0
    for limit in (6, 7):
        args = ["archive", site.url(f"/other?{limit}")] if command == "archive" else ["show", cid]
        error = error_under_file_limit(args, store, limit)
        if error is None:
            continue
        failed += 1
        assert f"its limit is {limit}" in error and "ulimit -n" in error, error
    if not failed:
        pytest.skip("6 open files were enough here")
