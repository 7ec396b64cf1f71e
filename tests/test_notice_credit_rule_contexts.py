"""Credit rules read in some contexts only (an agency leading a caption, "Name, Agency", "Name for
Outlet") are not searched on a line outside them: their matches there were always turned away after
the search, so the answers are the same, and a page without such a line does not compile them
(issue 13: "Name for Outlet" cost ~0.7 ms of one ``archive URL``)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from archiver.extract.notice_credits import credit_features
from archiver.extract.text import CTX_CAPTION, CTX_CREDIT


@pytest.mark.parametrize(("line", "inside", "outside"), [
    ("Jane Doe for The Example Times", CTX_CREDIT, CTX_CAPTION),
    ("Jane Doe, Reuters", CTX_CAPTION, 0),
    ("Jane Doe, Reuters", CTX_CREDIT, 0),
])
def test_a_rule_read_in_some_contexts_reads_a_credit_there_and_not_elsewhere(line: str, inside: int, outside: int) -> None:
    found = credit_features(line, inside)
    assert found is not None and found[0] == line
    assert credit_features(line, outside) is None


def test_a_line_outside_the_rules_contexts_does_not_compile_it() -> None:
    probe = (
        "from archiver.extract import notice_credits as n, notice_credit_forms as f\n"
        "from archiver.extract.text import CTX_CAPTION\n"
        "assert n.credit_features('Jane Doe for The Example Times', CTX_CAPTION) is None\n"
        "print(f._IMAGE_CREDIT[f._FOR_OUTLET_RULE].pattern.is_compiled)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
