"""A SIGTERM while the ``archiver batch`` process's exit waits for its fork server to exit (the
run over, its summary printed) leaves no process behind: the batch's multiprocessing helpers are
killed and reaped before the process dies of the signal, as its browsers' processes are.

Before, SIGTERM had its default action back once the summary was printed
(``cli/batch_cmds.py`` ``_late_sigterm``): the process died at once and its fork server, not
exited yet (here: held by the test's own end of its "alive" pipe; on a user's machine, one
stopped or slow to exit), went on as an orphan. Real processes, set up as the Ctrl-C case
(tests/test_batchleft49_ctrl_c_at_the_exit.py), whose helpers this module reuses.
"""

from __future__ import annotations

import os
import signal
import time
import uuid
from pathlib import Path

from cli import start_cli_process, wait_for_file, wait_for_line
from conftest import RUN_MARK_VAR, below_now, end_marked, left_below
from servers import Site, html_page
from stores import FERRY_PAGE
from test_batchleft49_ctrl_c_at_the_exit import _helper, _pipes

from archiver.batch import HOLD_BEFORE_SIGNING_VAR


def test_a_sigterm_while_the_batch_exit_waits_for_its_fork_server_kills_it_before_dying_of_it(
        site: Site, store: Path, tmp_path: Path) -> None:
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
        batch.send_signal(signal.SIGTERM)
        code = batch.wait(timeout=120)  # (not its output yet: a fork server left running holds its pipes)
        server_left = os.path.exists(f"/proc/{server}")  # (killed and reaped by the batch: no such process)
        os.close(alive)
        alive = None
        _out, err = batch.communicate(timeout=120)
        assert code == -signal.SIGTERM, (code, err)  # (the run was over: it dies of the signal)
        assert "Traceback" not in err, err
        assert not server_left
        assert not left_below(timeout=5, besides=before)  # (the resource tracker neither)
    finally:
        if alive is not None:
            os.close(alive)
        end_marked(batch, mark)
