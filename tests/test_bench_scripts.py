"""Every benchmark script in bench/ starts: its options parse and ``--help`` exits 0.

``make bench`` is where the issues' goals are measured, and it is not run by ``make test``; a
script that breaks at start-up (two merged branches once each added the same option) would only
be found by the next person measuring. Run in this process, with ``sys.argv``, ``sys.path`` and
the modules of bench/ itself removed afterwards (never a library's: see below).
"""

from __future__ import annotations

import contextlib
import io
import os
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
SCRIPTS = sorted(p for p in BENCH.glob("*.py") if "argparse" in p.read_text(encoding="utf-8"))


def test_the_benchmark_scripts_are_found():
    assert len(SCRIPTS) >= 10


def _under(module: object, folder: Path) -> bool:
    """Whether ``module`` was loaded from a file inside ``folder``."""
    file = getattr(module, "__file__", None)
    return bool(file) and Path(file).resolve().is_relative_to(folder.resolve())


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_a_benchmark_script_prints_its_help_and_exits_0(script: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(sys, "argv", [str(script), "--help"])
    monkeypatch.setattr(sys, "path", [str(BENCH), *sys.path])
    before = set(sys.modules)
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out), pytest.raises(SystemExit) as done:
            runpy.run_path(str(script), run_name="__main__")
    finally:
        for name in set(sys.modules) - before:  # the scripts' own helpers (bench/*.py), not the libraries:
            if _under(sys.modules[name], BENCH):  # a C extension imported again (``_sqlite3``) is a new
                sys.modules.pop(name, None)  # module with new exception classes, unlike the ones code holds
    assert done.value.code in (0, None), out.getvalue()[-2000:]
    assert "usage:" in out.getvalue()


def test_the_edge_alarm_bench_measures_the_archiver_of_its_own_tree(tmp_path: Path):
    """Run from a worktree, bench/quote_edge_alarms.py verifies with that tree's rules, not with
    the archiver the environment has installed (it once measured the main checkout's)."""
    script = BENCH / "quote_edge_alarms.py"
    code = ("import runpy, sys; runpy.run_path(sys.argv[1], run_name='bench'); import archiver; "
            "print(archiver.__file__)")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = subprocess.run([sys.executable, "-c", code, str(script)], cwd=tmp_path, env=env,
                          capture_output=True, text=True, check=True)
    assert Path(done.stdout.strip()).resolve().is_relative_to(BENCH.parent.resolve())
