"""Files fit in a head (issue 13): a module over 500 lines says at its top why it is one file.

The statement names its size ("Why one file of ~650 lines: ..."), and the size it names is kept
within 15% of the real one, so a module that grows well past the reason it gave fails here and
its reason is read again (split it, or write why the larger file is still one job).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "archiver"
LIMIT = 500
SLACK = 0.15
STATED = re.compile(r"Why one file of ~([\d,]+) lines")


def _long_modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if len(p.read_text(encoding="utf-8").splitlines()) > LIMIT)


def test_there_are_long_modules_to_check():
    assert _long_modules(), "the rule below would check nothing"


@pytest.mark.parametrize("module", _long_modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_a_long_module_says_why_it_is_one_file_and_how_long_it_is(module: Path):
    text = module.read_text(encoding="utf-8")
    head = "\n".join(text.splitlines()[:80])
    found = STATED.search(head)
    assert found, f"{module.name}: over {LIMIT} lines without 'Why one file of ~N lines' in its first 80 lines"
    stated = int(found.group(1).replace(",", ""))
    real = len(text.splitlines())
    assert abs(real - stated) <= SLACK * real, f"{module.name}: says ~{stated} lines, has {real}; read its reason again"
