"""archiver runs with nothing but the dependencies pyproject.toml declares.

The test environment also holds pytest, mypy, the ``wacz`` checker and what they pull in, so an
``import`` of a package archiver never declared passes every other test and fails only on a
user's machine after ``pip install``. Here the main jobs run in a fresh process in which every
installed distribution outside archiver's dependency closure is hidden (bench/as_installed.py,
also what ``bench/bench_startup.py`` measures a user's start-up with).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
from as_installed import dependency_closure, hiding_dir  # noqa: E402

SEED = REPO / "archiver" / "samples" / "globalresearch-lendman.html"
QUOTE = "Trump is Exhibit A proof that all politicians lie, and nothing they say can be believed."

#: In one process: archive a page, verify a quote against it, export it as a signed bundle and
#: check the bundle; each command's exit code, and whether a hidden package imports.
_SCRIPT = r"""
import json, sys
from click.testing import CliRunner
from archiver.cli import cli
url, store, bundle = sys.argv[1:4]
codes = {}
def run(name, *args):
    result = CliRunner().invoke(cli, ["--store", store, *args])
    codes[name] = [result.exit_code, (result.output or "")[-300:], repr(result.exception)]
    return result.stdout
capture = json.loads(run("archive", "archive", url, "--json"))
run("verify-quote", "verify-quote", sys.argv[4], "--url", url)
run("export", "export", capture["capture_id"], "-o", bundle)
run("verify-bundle", "verify-bundle", bundle)
try:
    import pytest  # noqa: F401
    hidden = False
except ImportError:
    hidden = True
print("RESULT " + json.dumps({"codes": codes, "pytest_hidden": hidden}))
"""


def test_the_closure_holds_what_archiver_declares_and_not_the_test_tools() -> None:
    closure = dependency_closure()
    assert {"archiver", "warcio", "requests", "trafilatura", "click", "lxml-html-clean"} <= closure
    assert not {"pytest", "mypy", "wacz"} & closure


def test_archive_verify_export_and_check_run_with_only_the_declared_dependencies(httpserver, tmp_path: Path,  # noqa: ANN001
                                                                                 key_dir: Path) -> None:
    httpserver.expect_request("/article").respond_with_data(SEED.read_bytes(),
                                                            content_type="text/html; charset=utf-8")
    hide = hiding_dir(tmp_path / "hide")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(hide), str(REPO)]), "ARCHIVER_KEY_DIR": str(key_dir)}
    done = subprocess.run([sys.executable, "-c", _SCRIPT, httpserver.url_for("/article"), str(tmp_path / "store"),
                           str(tmp_path / "bundle.wacz"), QUOTE],
                          capture_output=True, text=True, cwd=tmp_path, env=env, timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(next(x for x in done.stdout.splitlines() if x.startswith("RESULT "))[len("RESULT "):])
    assert result["pytest_hidden"], "the test tools were importable: nothing was hidden"
    assert {name: code[0] for name, code in result["codes"].items()} == {
        "archive": 0, "verify-quote": 0, "export": 0, "verify-bundle": 0}, result["codes"]
