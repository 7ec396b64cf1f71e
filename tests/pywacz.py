"""py-wacz, the reference WACZ writer and validator, run in this process.

Tests use it to make a WACZ another tool wrote (``wacz create``) and to validate ours (``wacz
validate``); ``python -m wacz ...`` as a new process cost an interpreter start and its imports
(about 0.4 CPU-seconds) for the same result.
"""

from __future__ import annotations

import contextlib
import io
from pathlib import Path


def wacz_create(output: Path, *inputs: Path) -> str:
    """``wacz create -o OUTPUT INPUTS...``; returns what it printed, raises if it did not succeed."""
    from wacz.main import main

    printed = io.StringIO()
    with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(printed), contextlib.chdir(output.parent):
        code = main(["create", "-o", str(output), *map(str, inputs)])
    assert code in (0, None) and output.is_file(), printed.getvalue()
    return printed.getvalue()


def wacz_validate(bundle: Path) -> tuple[int, str]:
    """``wacz validate -f BUNDLE``: its exit code and what it printed (the validator's own
    checks: required files, the data package against its schema, paths, hashes, signature)."""
    from wacz.main import main

    printed = io.StringIO()
    with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(printed):
        code = main(["validate", "-f", str(bundle)])
    return code or 0, printed.getvalue()
