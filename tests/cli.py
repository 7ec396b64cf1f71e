"""Running ``archiver`` from a test: in this process (the default), or as a real process.

Most CLI tests check what a command prints and which exit code it returns. Those run in this
process, through click's :class:`~click.testing.CliRunner`, calling :func:`archiver.cli.main`,
the console script's own entry point, so the single catch site, the one-line errors and the exit
codes are the very ones a user sees; a Python start-up and the imports are saved on every call
(12-25 s of CPU per test file on a shared machine).

:func:`run_cli_process` starts the real console script (``python -m archiver``) for the few tests
that need a process boundary: signals (Ctrl-C, SIGKILL), exit codes seen by a shell, several
processes at once (locks, a shared store), processes that must not outlive the command, output
streamed into a pipe, and one smoke test of the installed script.

:func:`run_cli_beside_fifos` runs a command that must not wait on a FIFO in the store or key
folder in this process, beside a watchdog that lets it go (and says so) if it does.

:func:`run_script_with_cli_in_process` runs a shell script (the README's blocks) in a real bash
whose ``archiver`` hands each call to the test process; :func:`run_cli_on_read_only_mount` runs
several commands in one process inside a read-only mount (a mount namespace needs a process).
:func:`every_command` walks the whole command tree, for the tests that hold every command to a rule.

The in-process run leaves the test process as it found it: the environment (``env`` is applied
for the call only), the SIGINT handler (``batch`` ignores Ctrl-C while it prints its summary),
and the logging set-up (``-v`` configures the root logger as in a fresh process).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import click
from click.testing import CliRunner


@dataclass
class Result:
    """What a finished command left: the same fields as :class:`subprocess.CompletedProcess`."""

    args: list[str]
    returncode: int
    stdout: str
    stderr: str
    exception: BaseException | None = field(default=None, repr=False)

    @property
    def exit_code(self) -> int:
        return self.returncode

    @property
    def output(self) -> str:
        return self.stdout


def command(*args: str, store: Path | None = None) -> list[str]:
    """The argument list after ``archiver``: ``--store`` first when a store is given."""
    return (["--store", str(store)] if store is not None else []) + [str(a) for a in args]


class _ConsoleScript:
    """What CliRunner invokes: the console script's ``main()``, reading ``sys.argv`` as it does."""

    name = "archiver"

    def main(self, args: Sequence[str], prog_name: str, **_: Any) -> None:
        from archiver.cli import main

        old_argv = sys.argv
        sys.argv = [prog_name, *args]
        try:
            main()
        finally:
            sys.argv = old_argv


@contextmanager
def _fresh_process_state() -> Iterator[None]:
    """Give the command a fresh process's logging and restore this process's state after it.

    Without handlers on the root logger (pytest installs its own), ``-v`` sets up logging on
    stderr and warnings reach stderr as they would in a new process; afterwards the handlers,
    levels and the SIGINT handler are put back, so nothing leaks into the next test.
    """
    root = logging.getLogger()
    ours = logging.getLogger("archiver")
    saved_handlers, saved_root_level, saved_level = root.handlers[:], root.level, ours.level
    saved_ours = ours.handlers[:]  # the command adds its stderr warnings handler (cli._warnings_handler)
    saved_sigint = signal.getsignal(signal.SIGINT)
    root.handlers.clear()
    try:
        yield
    finally:
        for handler in root.handlers:
            if handler not in saved_handlers:
                handler.close()
        root.handlers[:] = saved_handlers
        ours.handlers[:] = saved_ours
        root.setLevel(saved_root_level)
        ours.setLevel(saved_level)
        signal.signal(signal.SIGINT, saved_sigint)


def _runner() -> CliRunner:
    """A runner that keeps stderr apart from stdout (click 8.2+ always does; 8.1 on request)."""
    try:
        return CliRunner(mix_stderr=False)  # type: ignore[call-arg]  # click < 8.2
    except TypeError:
        return CliRunner()


def run_cli(*args: str, store: Path | None = None, input: str | None = None,
            env: dict[str, str] | None = None, timeout: float | None = None) -> Result:
    """Run ``archiver ARGS`` in this process and return its exit code, stdout and stderr.

    ``env`` overrides variables for this call only. ``timeout`` is accepted for the signature
    of :func:`run_cli_process` and not enforced in-process. An exception that escapes the
    catch site is printed as the interpreter would (a traceback on stderr, exit 1), so tests
    that assert "no traceback" keep their meaning.
    """
    del timeout
    argv = command(*args, store=store)
    with _fresh_process_state():
        result = _runner().invoke(_ConsoleScript(), argv, input=input, env=env,  # type: ignore[arg-type]
                                  prog_name="archiver")
    stderr = result.stderr
    exc = result.exception
    if exc is not None and not isinstance(exc, SystemExit):
        stderr += "".join(traceback.format_exception(exc))
    return Result(argv, result.exit_code, result.stdout, stderr, exc)


def quote_verdict(captured: tuple[Path, str], quote: str) -> tuple[int, dict[str, Any]]:
    """``verify-quote QUOTE --capture ID --json`` on a (store, capture id) pair: its exit code and
    JSON document; a run that errored (exit code other than 0 or 1) fails the calling test."""
    store, cid = captured
    proc = run_cli("verify-quote", quote, "--capture", cid, "--json", store=store)
    assert proc.returncode in (0, 1), proc.stderr
    return proc.returncode, json.loads(proc.stdout)


def run_cli_beside_fifos(fifos: Sequence[Path], *args: str, store: Path | None = None,
                         env: dict[str, str] | None = None, timeout: float = 60) -> tuple[Result, bool]:
    """:func:`run_cli` of a command that must not wait on any of ``fifos`` (FIFOs where a store's or
    a key folder's file belongs), and whether it did.

    In this process, with a watchdog thread: if the command has not returned ``timeout`` seconds
    after it started, the watchdog opens and closes each FIFO in turn until it does, so that a
    reader waiting for a writer (or a writer for a reader) is let go and reads nothing. The test
    then fails on the second value, and the run goes on. Before, each such command ran in a process
    of its own with a timeout (a Python start-up and the imports, ~0.3 CPU-s, for each of 18 tests):
    the watchdog gives a command that waits the same end, a failed test and not a held run, for an
    ``open`` in Python or in C alike."""
    done = threading.Event()
    waited: list[bool] = []

    def watch() -> None:
        if done.wait(timeout):
            return
        waited.append(True)
        while not done.is_set():
            for fifo in fifos:
                with suppress(OSError):
                    os.close(os.open(fifo, os.O_RDWR | os.O_NONBLOCK))
            done.wait(0.05)

    watchdog = threading.Thread(target=watch, name="fifo-watchdog", daemon=True)
    watchdog.start()
    try:
        result = run_cli(*args, store=store, env=env)
    finally:
        done.set()
        watchdog.join()
    return result, bool(waited)


def process_command(*args: str, store: Path | None = None) -> list[str]:
    """The command line that starts the real ``archiver`` in a new Python process."""
    return [sys.executable, "-m", "archiver", *command(*args, store=store)]


def run_cli_process(*args: str, store: Path | None = None, input: str | None = None,
                    env: dict[str, str] | None = None,
                    timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run ``archiver ARGS`` as a real subprocess (end to end), returning the completed process."""
    return subprocess.run(process_command(*args, store=store), capture_output=True, text=True,
                          input=input, env={**os.environ, **(env or {})}, timeout=timeout)


#: ``python -c`` code that runs ``archiver`` as ``python -m archiver`` does, with Ctrl-C as a
#: command in the foreground of a terminal has it (Python's own handler). A test run started
#: as a background job of a script (``make test &``, ``nohup sh run.sh &``) inherits SIGINT
#: ignored, as every process it starts does, and Python keeps an ignore it inherits: the Ctrl-C
#: tests' batches then ran to their end (exit 0, every URL captured) whatever the machine load.
_AS_IN_A_TERMINAL = ("import runpy, signal; signal.signal(signal.SIGINT, signal.default_int_handler); "
                     "runpy.run_module('archiver', run_name='__main__', alter_sys=True)")


def start_cli_process(*args: str, store: Path | None = None, env: dict[str, str] | None = None,
                      **popen: Any) -> subprocess.Popen[str]:
    """Start ``archiver ARGS`` as a real subprocess (text pipes for stdout and stderr unless
    ``popen`` says otherwise), with Ctrl-C (SIGINT) handled as in a terminal's foreground
    command, however this test run was started (see :data:`_AS_IN_A_TERMINAL`)."""
    popen = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, "text": True, **popen}
    argv = [sys.executable, "-c", _AS_IN_A_TERMINAL, *command(*args, store=store)]
    return subprocess.Popen(argv, env={**os.environ, **(env or {})}, **popen)


def wait_for_file(path: Path, proc: subprocess.Popen[str], timeout: float = 120) -> None:
    """Until ``path`` exists (a command's test hold point: a last guard, never a timing the test
    relies on); fails at once if ``proc`` ends first, with what it printed."""
    deadline = time.monotonic() + timeout
    while not path.exists():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, f"the command never reached its hold point within {timeout:g} s"
        time.sleep(0.02)


def wait_for_line(stream: IO[str], needle: str, timeout: float = 60) -> list[str]:
    """Read ``stream`` (a running process's stdout or stderr) line by line until a line holds
    ``needle``; return the lines read. Fails at ``timeout`` (a last guard, never a timing the
    test relies on) or at the end of the stream, with what was read.

    Nothing after that line is taken from the pipe: it stays there for ``proc.communicate()``,
    which reads the pipe's descriptor, not ``stream``'s buffer. (``stream.readline`` filled that
    buffer with whatever the pipe held, often the lines written just after the one awaited,
    e.g. a batch's summary right after its "stopping:" line, and ``communicate`` never saw them.)
    Call it before anything else reads ``stream``, for the same reason."""
    import queue
    import threading

    lines: queue.SimpleQueue[str] = queue.SimpleQueue()

    def read() -> None:
        for line in _unbuffered_lines(stream.fileno()):
            lines.put(line)
            if needle in line:
                return
        lines.put("")  # the end of the stream

    threading.Thread(target=read, daemon=True).start()
    seen: list[str] = []
    deadline = time.monotonic() + timeout
    while True:
        try:
            line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            raise AssertionError(f"no line with {needle!r} within {timeout:g} s; read: {seen}") from None
        if not line:
            raise AssertionError(f"the stream ended without a line with {needle!r}; read: {seen}")
        seen.append(line)
        if needle in line:
            return seen


def _unbuffered_lines(fd: int) -> Iterator[str]:
    """The lines of descriptor ``fd``, read a byte at a time so that none past the line
    returned is consumed (slow, and meant for the few lines a test waits for)."""
    line = bytearray()
    while byte := os.read(fd, 1):
        line += byte
        if byte == b"\n":
            yield line.decode("utf-8", "replace")
            line.clear()
    if line:
        yield line.decode("utf-8", "replace")


#: The ``archiver`` a shell script finds on its PATH in :func:`run_script_with_cli_in_process`:
#: it hands its arguments, folder and environment to the test process and prints what comes back.
#: ``-I -S``: no site packages, no user environment (a start-up of a few milliseconds).
_FORWARDING_CLIENT = """#!{python} -IS
import json, os, socket, sys
with socket.socket(socket.AF_UNIX) as s:
    s.connect({socket_path!r})
    s.sendall(json.dumps({{"argv": sys.argv[1:], "cwd": os.getcwd(), "env": dict(os.environ)}}).encode())
    s.shutdown(socket.SHUT_WR)
    reply = json.loads(b"".join(iter(lambda: s.recv(1 << 16), b"")))
sys.stdout.buffer.write(reply["stdout"].encode())
sys.stdout.flush()
sys.stderr.buffer.write(reply["stderr"].encode())
sys.exit(reply["code"])
"""


def _serve_one(conn: Any) -> None:
    """Run the command a forwarding client sent, in this process, in its folder and environment
    (the test's own variables, such as ``ARCHIVER_KEY_DIR``, are unset for it), and reply."""
    import json

    with conn:
        request = json.loads(b"".join(iter(lambda: conn.recv(1 << 16), b"")))
        env: dict[str, str | None] = {name: None for name in os.environ if name not in request["env"]}
        env.update(request["env"])
        here = os.getcwd()
        os.chdir(request["cwd"])
        try:
            result = run_cli(*request["argv"], env=env)  # type: ignore[arg-type]  # None unsets
        finally:
            os.chdir(here)
        conn.sendall(json.dumps({"code": result.returncode, "stdout": result.stdout,
                                 "stderr": result.stderr}).encode())


def run_script_with_cli_in_process(script: str, cwd: Path, env: dict[str, str], bin_dir: Path,
                                   timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run ``script`` in ``bash -euo pipefail`` (stopping at the first failing command) with an
    ``archiver`` in ``bin_dir`` whose every call runs in this process (:func:`run_cli`).

    For the README's shell blocks, run as printed: the shell, its pipes, ``$(...)``, ``cd`` and
    redirections are real; each ``archiver`` call costs a few milliseconds instead of a Python
    start-up and the imports (0.3-0.5 CPU-seconds each). Standard input is not forwarded (no
    block pipes into ``archiver``). The real console script as a process is tested in
    tests/test_console_script.py. Commands run on this (the main) thread, as ``run_cli`` needs,
    while the script waits for them, so the shell's output goes to files, not pipes.
    """
    import selectors
    import socket
    import tempfile

    with tempfile.TemporaryDirectory(prefix="cli") as short, socket.socket(socket.AF_UNIX) as server:
        path = os.path.join(short, "s")  # (a socket's path has at most 107 bytes)
        server.bind(path)
        server.listen()
        client = bin_dir / "archiver"
        client.write_text(_FORWARDING_CLIENT.format(python=sys.executable, socket_path=path))
        client.chmod(0o755)
        with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err, \
                selectors.DefaultSelector() as sel:
            sel.register(server, selectors.EVENT_READ)
            proc = subprocess.Popen(["bash", "-euo", "pipefail", "-c", script], cwd=cwd, env=env, text=True,
                                    stdin=subprocess.DEVNULL, stdout=out, stderr=err)
            try:
                deadline = time.monotonic() + timeout
                while proc.poll() is None:
                    if time.monotonic() > deadline:
                        raise subprocess.TimeoutExpired(proc.args, timeout)
                    if sel.select(timeout=0.05):
                        _serve_one(server.accept()[0])
            finally:
                if proc.poll() is None:
                    proc.kill()
                proc.wait()
            out.seek(0)
            err.seek(0)
            return subprocess.CompletedProcess(proc.args, proc.returncode, out.read(), err.read())


#: The process inside a read-only mount: runs each command as :func:`run_cli` does and prints
#: each one's exit code, stdout and stderr as JSON.
_RUN_COMMANDS = """
import json, sys
sys.path.insert(0, sys.argv[1])
from cli import run_cli
runs = [run_cli(*args) for args in json.loads(sys.argv[2])]
print(json.dumps([{"code": r.returncode, "stdout": r.stdout, "stderr": r.stderr} for r in runs]))
"""


def run_cli_on_read_only_mount(store: Path, commands: Sequence[Sequence[str]],
                               env: dict[str, str] | None = None) -> list[Result]:
    """Run each of ``commands`` (``archiver`` arguments; ``--store STORE`` is put first) with
    ``store`` bind-mounted read-only in a private mount namespace, and return their results.

    An in-process run cannot be put in a mount namespace, so this is a real process (needs root:
    the tests run as root, where chmod would not stop a write); one is enough for all the
    commands, each run there as :func:`run_cli` runs it. Skips the test when no read-only bind
    mount can be made.
    """
    import json

    import pytest

    if os.geteuid() != 0 or shutil.which("unshare") is None:
        pytest.skip("a read-only bind mount needs root and unshare")
    script = 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" || exit 99; shift; exec "$@"'
    argv = [command(*args, store=store) for args in commands]
    proc = subprocess.run(["unshare", "-m", "sh", "-c", script, str(store), "-", sys.executable, "-c",
                           _RUN_COMMANDS, str(Path(__file__).parent), json.dumps(argv)],
                          capture_output=True, text=True, timeout=120, env={**os.environ, **(env or {})})
    if proc.returncode == 99:
        pytest.skip("cannot make a read-only bind mount here")
    assert proc.returncode == 0, proc.stderr
    return [Result(args, run["code"], run["stdout"], run["stderr"])
            for args, run in zip(argv, json.loads(proc.stdout), strict=True)]


def without_key_news(stderr: str) -> str:
    """``stderr`` without the announcement of a signing key the command created (said whatever
    its exit code: ``archiver/cli/key_news.py``): the lines of the command's own outcome."""
    kept: list[str] = []
    in_news = False
    for line in stderr.splitlines(keepends=True):
        if line.startswith("archiver: created the signing key"):
            in_news = True
        elif not (in_news and line.startswith("  ")):
            in_news = False
            kept.append(line)
    return "".join(kept)


def every_command() -> list[tuple[tuple[str, ...], click.Command]]:
    """(path, command) of every command, in name order, each group's walked (``("log", "show")``); the
    top group's lazy command modules are imported. One walk, for every test that holds each command
    (its options, help, outputs) to a rule."""
    from archiver.cli import cli

    def walk(group: click.Group, path: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], click.Command]]:
        load_all = getattr(group, "load_all", None)  # (the top group imports its command modules lazily)
        commands: dict[str, click.Command] = load_all() if load_all is not None else group.commands
        for name, command in sorted(commands.items()):
            if isinstance(command, click.Group):
                yield from walk(command, (*path, name))
            else:
                yield (*path, name), command

    return list(walk(cli, ()))
