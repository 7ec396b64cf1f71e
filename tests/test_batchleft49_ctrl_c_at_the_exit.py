"""A Ctrl-C (or a SIGTERM) while the ``archiver batch`` process's exit waits for its fork server to
exit leaves no process behind: the fork server and the resource tracker are killed and reaped, not
left running; a Ctrl-C ends the process with 130, a SIGTERM (the run was over, its summary said)
with the run's own exit code (batchleft51: before, with death by it, -15, which said a batch that
had captured everything had failed).

Before, the ``archiver`` script's Ctrl-C handler at that point (once the command is over: exit
130 at once) left with ``os._exit`` and killed nothing: a fork server that had not exited yet went
on (here: for as long as something held its "alive" pipe; on a user's machine, a fork server
stopped or slow to exit) as an orphan; and SIGTERM had its default action back once the summary
was printed (``cli/batch_cmds.py`` ``_late_sigterm``): the process died at once, the same orphan left.

Real processes: a batch of one URL, held at its test hold point before signing its head; there
the test opens its own write end of the fork server's "alive" pipe (through /proc), so the
fork server, told to exit as the batch exits, does not; the test presses Ctrl-C once the batch's
exit has let go of its own end (it waits for the fork server then).
"""

from __future__ import annotations

import os
import signal
import time
import uuid
from pathlib import Path

import pytest
from cli import start_cli_process, wait_for_file, wait_for_line
from conftest import RUN_MARK_VAR, below_now, end_marked, left_below, processes_marked
from servers import Site, html_page
from stores import FERRY_PAGE

from archiver.batch import HOLD_BEFORE_SIGNING_VAR


def _pipes(pid: int) -> dict[str, int]:
    """The pipes ``pid`` holds: link text ("pipe:[inode]") -> descriptor."""
    found = {}
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            link = os.readlink(f"/proc/{pid}/fd/{fd}")
        except OSError:
            continue
        if link.startswith("pipe:"):
            found[link] = int(fd)
    return found


def _helper(mark: str, module: bytes) -> int:
    """The batch's multiprocessing helper of ``module`` (its command line names it)."""
    [pid] = [p for p in processes_marked(mark) if module in Path(f"/proc/{p}/cmdline").read_bytes()]
    return pid


@pytest.mark.parametrize(("signum", "exit_code"), [
    pytest.param(signal.SIGINT, 130, id="ctrl-c-exits-130"),
    pytest.param(signal.SIGTERM, 0, id="sigterm-after-the-run-exits-with-its-code"),
])
def test_a_signal_while_the_batch_exit_waits_for_its_fork_server_kills_it_first(
        site: Site, store: Path, tmp_path: Path, signum: signal.Signals, exit_code: int) -> None:
    site.routes["/ferry"] = html_page(FERRY_PAGE)
    listed = tmp_path / "urls.txt"
    listed.write_text(site.url("/ferry") + "\n")
    mark = uuid.uuid4().hex
    hold = tmp_path / "before-signing"
    before = below_now()
    batch = start_cli_process("batch", str(listed), "--jobs", "1", "--delay", "0", "--retries", "0", "--nl",
                              store=store, env={RUN_MARK_VAR: mark, HOLD_BEFORE_SIGNING_VAR: str(hold)})
    alive = None
    try:
        wait_for_line(batch.stdout, "/ferry")
        wait_for_file(hold, batch)
        server = _helper(mark, b"multiprocessing.forkserver")
        tracker = _pipes(_helper(mark, b"multiprocessing.resource_tracker"))
        [(link, fd)] = [(k, v) for k, v in _pipes(batch.pid).items()  # the fork server's "alive" pipe
                        if k in _pipes(server) and k not in tracker]
        alive = os.open(f"/proc/{batch.pid}/fd/{fd}", os.O_WRONLY)  # (the fork server now waits for this end too)
        hold.unlink()
        deadline = time.monotonic() + 120
        while True:  # until the exit has let go of its own end: it waits for the fork server now
            try:
                if os.readlink(f"/proc/{batch.pid}/fd/{fd}") != link:
                    break
            except OSError:
                break
            assert batch.poll() is None and time.monotonic() < deadline, batch.communicate()
            time.sleep(0.01)
        batch.send_signal(signum)
        code = batch.wait(timeout=120)  # (not its output yet: a fork server left running holds its pipes)
        server_left = os.path.exists(f"/proc/{server}")  # (killed and reaped by the batch: no such process)
        os.close(alive)
        alive = None
        _out, err = batch.communicate(timeout=120)
        assert code == exit_code, (code, err)
        assert "Traceback" not in err, err
        assert not server_left
        assert not left_below(timeout=5, besides=before)  # (the resource tracker neither)
    finally:
        if alive is not None:
            os.close(alive)
        end_marked(batch, mark)
