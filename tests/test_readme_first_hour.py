"""The README's own commands, run as a new user would run them (issue 18).

* "Set up": on a fresh clone (the tracked files copied into a new git repository), the block is
  run line by line in one bash (``make demo``, ``make path``, ``source .venv/bin/activate``,
  ``archiver --store demo-store list``), and afterwards ``git status`` must be clean. ``make
  test`` is left out (the suite cannot run itself). The test must not download, so the clone's
  ``.venv`` stands in for the one ``make`` would build: a real virtual environment layout whose
  ``lib`` is the shared test environment's (and ``PYTHONPATH`` names the clone, which is what the
  editable install would give); its install stamp is newer than ``pyproject.toml``, so ``make``
  never installs. The demo's steps run in the demo's process (tests/demo_in_process/, through
  tests/cli.py), not one new Python process each: the same commands, exit codes and output, a
  tenth of the CPU time.
* In both tests the blocks run in a real bash, as printed, and each ``archiver`` the shell finds
  on its PATH (``.venv/bin/archiver`` after ``source .venv/bin/activate``; the folder of `make
  path`) hands its arguments, folder and environment to the test's process, which runs the
  command there (tests/cli.py, :func:`run_script_with_cli_in_process`): a few milliseconds a
  call instead of a Python start-up and the imports. The console script as a real process is
  tested in tests/test_console_script.py.
* "A researcher's first hour": both blocks, as printed, with ``127.0.0.1:8018`` (``make serve``)
  replaced by this test's own server of the same bundled pages; the co-author's block runs with
  another home folder (another machine: no key of the author's), on copies of the two files.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from cli import run_script_with_cli_in_process

from archiver.demo import start_sample_server

ROOT = Path(__file__).resolve().parent.parent
DEMO_IN_PROCESS = Path(__file__).resolve().parent / "demo_in_process"  # its sitecustomize.py
README = ROOT / "README.md"
SAMPLE_PORT = "127.0.0.1:8018"  # what the README's first-hour URLs name (`make serve`)


def sh_blocks(section: str) -> list[str]:
    """The ```sh blocks of the README section whose heading starts with ``section``."""
    text = README.read_text(encoding="utf-8")
    start = text.index(f"## {section}")
    end = text.find("\n## ", start + 3)
    return re.findall(r"```sh\n(.*?)```", text[start:end if end != -1 else None], flags=re.S)


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """A new user's environment: their own home, none of the tests' archiver variables."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ARCHIVER_") and k != "VIRTUAL_ENV"}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), **extra)
    return env


@pytest.fixture
def samples():
    """The bundled sample pages, as `make serve` serves them, on a free port of 127.0.0.1."""
    server = start_sample_server()
    yield f"127.0.0.1:{server.server_address[1]}"
    server.shutdown()


# ---------------------------------------------------------------------- Set up, on a fresh clone


def fresh_clone(dest: Path) -> Path:
    """The tracked files of this checkout, committed in a new repository at ``dest``; and the
    package's bytecode this test run already holds (``archiver/**/__pycache__``, git-ignored),
    which a clone lacks until its first run writes it: Python takes it for the sources it was
    compiled from (their size and modification time, kept by the copy), so the demo's process
    reads it instead of compiling the whole package again (about 2 CPU-s). Nothing the test checks
    depends on it: ``git status`` ignores those folders, and the demo's imports are the same."""
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    for name in filter(None, tracked.decode().split("\0")):
        src = ROOT / name
        if src.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / name)
    for cache in (ROOT / "archiver").rglob("__pycache__"):
        if (dest / cache.relative_to(ROOT)).parent.is_dir():
            shutil.copytree(cache, dest / cache.relative_to(ROOT), dirs_exist_ok=True)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run(["git", "init", "-q"], cwd=dest, check=True)
    subprocess.run([*git, "add", "-A"], cwd=dest, check=True)
    subprocess.run([*git, "commit", "-qm", "clone"], cwd=dest, check=True)
    return dest


def stand_in_venv(clone: Path) -> None:
    """``.venv`` as ``make install`` would leave it, built from this test run's environment."""
    venv, base = clone / ".venv", Path(sys.prefix)
    (venv / "bin").mkdir(parents=True)
    shutil.copy(base / "pyvenv.cfg", venv / "pyvenv.cfg")
    (venv / "lib").symlink_to(base / "lib")
    (venv / "bin" / "python").symlink_to(Path(sys.executable).resolve())
    for name in ("ruff",):
        if (base / "bin" / name).exists():
            (venv / "bin" / name).symlink_to(base / "bin" / name)
    activate = (base / "bin" / "activate").read_text()
    (venv / "bin" / "activate").write_text(activate.replace(str(base), str(venv)))
    os.utime(clone / "pyproject.toml", (1_000_000_000, 1_000_000_000))
    (venv / ".installed").touch()


@pytest.mark.skipif(shutil.which("make") is None or shutil.which("git") is None, reason="needs make and git")
def test_the_readme_set_up_block_works_on_a_fresh_clone_and_leaves_it_clean(tmp_path: Path, samples: str) -> None:
    clone = fresh_clone(tmp_path / "clone")
    stand_in_venv(clone)
    (home := tmp_path / "home").mkdir()
    lines = [line for line in sh_blocks("Set up")[0].splitlines()
             if line.strip() and not line.startswith("make test")]
    # then a capture into the default store (./archives) from inside the checkout, and a read
    lines += [f"archiver archive http://{samples}/harbordaily-bridge-closure.html", "archiver list"]
    proc = run_script_with_cli_in_process("\n".join(lines), clone, clean_env(
        home, PYTHONPATH=f"{clone}{os.pathsep}{DEMO_IN_PROCESS}"), clone / ".venv" / "bin")
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "Demo finished." in proc.stdout and "failed" not in proc.stdout.split("Demo finished.")[1]
    assert "browser capture skipped" in proc.stdout  # Chromium hidden (tests/demo_in_process/)
    assert "source " in proc.stdout and "export PATH=" in proc.stdout  # `make path`
    assert "export ARCHIVER_STORE=" in proc.stdout  # the demo ends with the commands that open its store
    listing = proc.stdout.rsplit("archiver list", 1)[-1]
    assert "harbordaily-bridge-closure.html" in listing  # `archiver --store demo-store list`
    assert (clone / "archives" / "provenance" / "log.jsonl").exists()
    status = subprocess.run(["git", "status", "--porcelain", "--ignored=no"], cwd=clone,
                            capture_output=True, text=True, check=True).stdout
    assert status == ""


def test_the_demo_captures_a_page_with_the_browser_and_saves_its_screenshot_when_chromium_is_installed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The demo's browser step, as the set-up test (which hides Chromium) does not run it: the
    two commands it runs are tested end to end in tests/test_browser_capture.py."""
    from archiver import demo

    ran: list[list[str]] = []

    def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
        ran.append(args)
        return subprocess.CompletedProcess(args, 0, "01KCAPTUREID  http://127.0.0.1/page\n" if not ran[1:] else "", "")

    monkeypatch.setattr(demo, "_run", run)
    monkeypatch.setattr(demo.shutil, "which", lambda name: "/usr/bin/chromium" if name == "chromium" else None)
    assert demo._browser_steps("http://127.0.0.1/page", tmp_path, {}) == 0
    assert ran == [["archive", "http://127.0.0.1/page", "--browser"],
                   ["screenshot", "01KCAPTUREID", "-o", str(tmp_path / "demo-out" / "page.png")]]


# ---------------------------------------------------------------------- A researcher's first hour


def on_path(tmp_path: Path) -> Path:
    """A folder for the ``archiver`` command, as after `make path` (written by
    :func:`run_script_with_cli_in_process`: this tree's code, run in the test's process)."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    return bin_dir


def test_the_readme_first_hour_runs_as_printed_and_the_coauthor_verifies_the_bundle(
        tmp_path: Path, samples: str) -> None:
    mine, theirs = sh_blocks("A researcher's first hour")
    assert SAMPLE_PORT in mine
    bin_dir = on_path(tmp_path)
    path = f"{bin_dir}{os.pathsep}{os.environ['PATH']}"
    (me := tmp_path / "me").mkdir()
    proc = run_script_with_cli_in_process(mine.replace(SAMPLE_PORT, samples), tmp_path,
                                          clean_env(me, PATH=path), bin_dir)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    work = me / "evidence"
    assert "Back it up" in proc.stderr  # the first key is announced
    assert "verdict: exact" in proc.stdout
    assert len(re.findall(r"^@(online|article)\{", (work / "sources.bib").read_text(), flags=re.M)) == 3
    (them := tmp_path / "coauthor").mkdir()
    for name in ("sources.wacz", "my-log.pub"):
        shutil.copy(work / name, them / name)
    check = run_script_with_cli_in_process(theirs, them, clean_env(them, PATH=path), bin_dir)
    assert check.returncode == 0, check.stdout[-3000:] + check.stderr[-3000:]
    assert check.stdout.startswith("VERIFIED") or "\nVERIFIED" in check.stdout
