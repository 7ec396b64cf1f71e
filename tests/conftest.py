"""Fixtures shared by every test module.

Every test gets its own signing-key directory (``ARCHIVER_KEY_DIR``) and store, so no test
touches the user's config or the repository's ``archives/``. Fixture files live in
``tests/data/`` and are reached through :func:`data`.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def _isolated_keys(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    key_dir = tmp_path_factory.mktemp("keys")
    monkeypatch.setenv("ARCHIVER_KEY_DIR", str(key_dir))
    monkeypatch.delenv("ARCHIVER_STORE", raising=False)
    return key_dir


@pytest.fixture
def key_dir(_isolated_keys: Path) -> Path:
    return _isolated_keys


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def data():
    def _data(name: str) -> Path:
        return DATA / name

    return _data


def run_cli(*args: str, store: Path | None = None, input: str | None = None,
            env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run ``archiver`` as a real subprocess (end-to-end), returning the completed process."""
    full_env = {**os.environ, **(env or {})}
    cmd = [sys.executable, "-m", "archiver"]
    if store is not None:
        cmd += ["--store", str(store)]
    return subprocess.run(cmd + list(args), capture_output=True, text=True, input=input,
                          env=full_env, timeout=timeout)


@pytest.fixture
def cli_run():
    return run_cli
