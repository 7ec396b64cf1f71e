"""A batch's first Ctrl-C stops it promptly while a worker waits for a new WARC file's lock (task sec57).

A batch worker ignores Ctrl-C: the batch's first one stops handing out URLs and lets the captures in
flight finish. A worker whose new WARC file's lock was held by another process that keeps it (sec56's
bounds: 120 s for a running holder) waited that long after the Ctrl-C, and the batch with it. Now the
first Ctrl-C ends that wait in the worker: nothing is written and the URL is left untried, for a
re-run.

A real ``archiver batch`` (the process boundary is the point: workers, their fork server, a signal);
its processes take a ``sitecustomize`` that makes their first new WARC file meet a holder, a real
process that takes the file's shared lock and keeps it, with the writer's bounds raised to 600 s, so
the only thing that can end the wait within the test's guard is the Ctrl-C.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import time
import uuid
from pathlib import Path

from cli import start_cli_process, wait_for_line
from conftest import RUN_MARK_VAR, end_marked, reap_exited_children, wait_until_gone
from servers import Site, html_page

PAGE = (b"<!DOCTYPE html><html lang='en'><head><title>Harbour</title></head><body><article><p>The harbour "
        b"authority said the bridge would reopen in March after repairs.</p></article></body></html>")
FLAG_VAR = "ARCHIVER_TEST_SEC57_HOLDER_FLAG"

#: Takes argv[1]'s shared lock (as a store check does), says so, and keeps it (asleep).
HOLD = """import fcntl, os, sys, time
fd = os.open(sys.argv[1], os.O_RDONLY)
fcntl.flock(fd, fcntl.LOCK_SH)
print("held", flush=True)
time.sleep(600)
"""

#: Loaded by every Python process of the batch (its fork server, hence its workers): the first new
#: WARC file is created under a temporary name (as where no unnamed file can be made), which a
#: holder locks before the writer does; the holder's pid goes to the flag file.
SITECUSTOMIZE = f'''import os
if os.environ.get("{FLAG_VAR}"):
    import subprocess, sys
    from pathlib import Path
    from archiver.store import warc_writing
    warc_writing.HOLD_WITHIN = warc_writing.HOLD_RUNNING_WITHIN = 600.0
    warc_writing._unnamed = lambda _folder: None
    _real_open = warc_writing._open_temporary

    def _open_then_held(path):
        temporary, f = _real_open(path)
        flag = Path(os.environ["{FLAG_VAR}"])
        if not flag.exists():
            env = {{k: v for k, v in os.environ.items() if k not in ("{FLAG_VAR}", "{RUN_MARK_VAR}")}}
            # (its stderr not the batch's: the test reads that pipe to its end)
            holder = subprocess.Popen([sys.executable, "-c", {HOLD!r}, str(temporary)], stdout=subprocess.PIPE,
                                      stdin=subprocess.DEVNULL, stderr=subprocess.DEVNULL, text=True, env=env)
            holder.stdout.readline()
            flag.write_text(str(holder.pid))
        return temporary, f

    warc_writing._open_temporary = _open_then_held
'''


def _end_holder(pid: int) -> None:
    """Kill the holder; its parent (the worker) has ended, so it came to this process, the tests'
    subreaper, which reaps it (as init would)."""
    os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)


def batch_stopped(tmp_path: Path, options: list[str],
                  signals: list[int]) -> tuple[int, str, str, Path, dict[str, str]]:
    """Run a one-URL batch whose first WARC file meets a holder; once the holder is in place send
    ``signals`` (the second as soon as the batch has said it is stopping); (exit code,
    stdout, stderr, store, env without the holder's variables, for later commands on the store)."""
    site_dir = tmp_path / "site"
    site_dir.mkdir()
    (site_dir / "sitecustomize.py").write_text(SITECUSTOMIZE)
    flag, store, mark = tmp_path / "holder.pid", tmp_path / "store", uuid.uuid4().hex
    site = Site()
    site.routes["/harbour"] = html_page(PAGE)
    listed = tmp_path / "urls.txt"
    listed.write_text(site.url("/harbour") + "\n")
    env = {FLAG_VAR: str(flag), RUN_MARK_VAR: mark, "ARCHIVER_KEY_DIR": str(tmp_path / "keys"),
           "PYTHONPATH": os.pathsep.join(p for p in (str(site_dir), os.environ.get("PYTHONPATH", "")) if p)}
    proc = start_cli_process("batch", str(listed), "--delay", "0", "--jobs", "1", "--nl", *options, store=store, env=env)
    try:
        deadline = time.monotonic() + 120  # a guard only: the holder is in place as the first file is made
        while not flag.exists() or not flag.read_text():
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, "no WARC file was started within 120 s"
            time.sleep(0.02)
        proc.send_signal(signals[0])
        seen = wait_for_line(proc.stderr, "stopping:", timeout=120)
        for more in signals[1:]:
            proc.send_signal(more)
        try:  # a guard only: the wait's bound is 600 s, and the holder never lets go
            stdout, stderr = proc.communicate(timeout=90)
        except subprocess.TimeoutExpired:
            raise AssertionError("the batch went on waiting for the WARC lock's holder") from None
        assert wait_until_gone(mark) == []
    finally:
        site.close()
        end_marked(proc, mark)
        if flag.exists() and flag.read_text():
            _end_holder(int(flag.read_text()))
        reap_exited_children()
    env.pop(FLAG_VAR)
    env.pop("PYTHONPATH")
    return proc.returncode, stdout, "".join(seen) + stderr, store, env


def test_a_first_ctrl_c_ends_a_workers_wait_for_a_held_warc_lock_and_leaves_the_url_pending(tmp_path: Path) -> None:
    code, stdout, stderr, store, _ = batch_stopped(tmp_path, [], [signal.SIGINT])
    assert code == 130, stderr
    assert "Traceback" not in stderr and "1 not attempted" in stderr, stderr
    assert [json.loads(line) for line in stdout.splitlines() if line.strip()] == []
    assert not list((store / "warcs").glob("*.warc.gz")), "a WARC file was left by the abandoned capture"
