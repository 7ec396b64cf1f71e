"""Quick Ctrl-Cs at an ``archiver`` command's start end it with 130 and one line, never a
traceback nor click's "Aborted!" (exit 1, the code for "found a problem": conventions.md).

Found by pressing Ctrl-C one to three times, 0.03 s apart, at 0.02-0.5 s into ``archiver batch``:
once the command ran, one Ctrl-C gave 130 "interrupted", three gave "Aborted!" and exit 1 (the
second arrived while the first was being said); before the command ran (its modules still
importing), any gave a KeyboardInterrupt traceback and exit -2.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cli import run_cli

import archiver.cli as cli_package
from archiver.archive import Archive


def test_a_second_ctrl_c_while_the_first_is_said_still_ends_the_command_with_130_and_one_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from archiver.cli import key_news

    def interrupted(*_args: object, **_kw: object) -> None:
        raise KeyboardInterrupt

    def ctrl_c_again(**_kw: object) -> None:  # (what the command says first as it is interrupted)
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(0.05)

    monkeypatch.setattr(cli_package, "RUNNING_AS_SCRIPT", True)  # (the archiver process's Ctrl-C policy)
    monkeypatch.setattr(Archive, "open", interrupted)
    monkeypatch.setattr(key_news, "announce_new_keys", ctrl_c_again)

    proc = run_cli("list", store=tmp_path / "store")

    assert proc.exit_code == 130, proc.stderr
    assert proc.stderr.strip().splitlines()[-1:] == ["interrupted"], proc.stderr
    assert "Aborted" not in proc.stderr


_STARTING = """
import builtins, os, signal, sys, time
real = builtins.__import__
def ctrl_c_during_the_cli_import(name, globals=None, locals=None, fromlist=(), level=0):
    if name == "archiver" and fromlist and "cli" in fromlist and "archiver.cli" not in sys.modules:
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(0.2)
    return real(name, globals, locals, fromlist, level)
builtins.__import__ = ctrl_c_during_the_cli_import
sys.argv = ["archiver", "--help"]
from archiver.__main__ import main
main()
"""


def test_a_ctrl_c_while_the_command_line_is_still_importing_ends_it_with_130_and_one_line() -> None:
    proc = subprocess.run([sys.executable, "-c", _STARTING], capture_output=True, text=True, timeout=60,
                          preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))

    assert proc.returncode == 130, proc.stderr
    assert proc.stderr.strip().splitlines() == ["interrupted"], proc.stderr
    assert proc.stdout == ""
