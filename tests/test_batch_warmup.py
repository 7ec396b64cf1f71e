"""The batch's fork server warms the capture path once, so that its workers do not each pay
for it on their first capture (imports made on first use, the version tables, extraction's
lazily made state), and warming writes nothing anywhere; what it made is frozen, so that the
workers forked from it share it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from archiver.batch import WORKER_PRELOAD

ROOT = Path(__file__).resolve().parent.parent

_PROBE = """
import gc, json, sys
import archiver.batch_preload
frozen, codec = gc.get_freeze_count(), "encodings.utf_16_be" in sys.modules  # before the probe's own imports
from archiver.extract import _versions
from archiver.capture.records import _software_versions
import trafilatura.external
import tld.utils
print(json.dumps({
    "frozen": frozen,
    "codec": codec,
    "loaded": sorted(m for m in ("archiver.provenance.log", "archiver.store.textindex",
                                 "archiver.quotes.normalize") if m in sys.modules),
    "versions_cached": _versions.cache_info().currsize,
    "software_cached": _software_versions.cache_info().currsize,
    "stoplists": bool(trafilatura.external.JT_STOPLIST),
    "suffixes": bool(tld.utils.tld_names),
}))
"""


@pytest.fixture(scope="module")
def warmed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """One new process that imports the warm-up module (in an empty folder that is also where
    its store and keys would go) and reports what is frozen, loaded and prepared: every test
    below reads this one run (a process each cost 0.6 CPU-seconds)."""
    cwd = tmp_path_factory.mktemp("warm")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ARCHIVER_STORE": str(cwd / "store"),
           "ARCHIVER_KEY_DIR": str(cwd / "keys")}
    done = subprocess.run([sys.executable, "-c", _PROBE], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return {**json.loads(done.stdout), "left_in_folder": sorted(p.name for p in cwd.iterdir())}


def test_fork_server_preload_ends_with_the_warm_up_module():
    assert WORKER_PRELOAD[-1] == "archiver.batch_preload"
    assert {"archiver.archive", "archiver.extract", "archiver.batch"} <= set(WORKER_PRELOAD)


def test_warm_up_loads_what_a_first_capture_would_otherwise_load(warmed):
    assert {k: warmed[k] for k in ("loaded", "versions_cached", "software_cached")} == {
        "loaded": ["archiver.provenance.log", "archiver.quotes.normalize", "archiver.store.textindex"],
        "versions_cached": 1, "software_cached": 1}


def test_warm_up_writes_nothing(warmed):
    assert warmed["left_in_folder"] == []


def test_warm_up_prepares_the_short_page_path(warmed):
    """A short page's extraction reads every justext stoplist and the public-suffix table: done
    once in the fork server, not once per worker on its first short page."""
    assert {k: warmed[k] for k in ("stoplists", "suffixes")} == {"stoplists": True, "suffixes": True}


def test_fork_server_preload_freezes_what_it_made_so_workers_share_it(warmed):
    assert warmed["frozen"] > 10_000


def test_fork_server_preload_loads_the_utf16_codec_canonical_json_sorts_keys_with(warmed):
    assert warmed["codec"] is True
