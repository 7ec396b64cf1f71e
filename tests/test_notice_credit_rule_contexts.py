"""Credit rules read in some contexts only (an agency leading a caption, "Name, Agency", "Name for
Outlet") are not searched on a line outside them: their matches there were always turned away after
the search, so the answers are the same, and a page without such a line does not compile them
(issue 13: "Name for Outlet" cost ~0.7 ms of one ``archive URL``)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from archiver.extract.notice_credits import credit_features, credit_tail
from archiver.extract.page_lines import CTX_CAPTION, CTX_CREDIT


@pytest.mark.parametrize(("line", "inside", "outside"), [
    # (in a caption, notice_caption_closings.for_outlet reads it when a given name opens it: round lead60)
    ("Jane Doe for The Example Times", CTX_CREDIT, 0),
    ("Players Compete for The Gold Cup", CTX_CREDIT, CTX_CAPTION),
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
        "from archiver.extract.page_lines import CTX_CAPTION\n"
        "assert n.credit_features('Players Compete for The Gold Cup', CTX_CAPTION) is None\n"
        "print(f._IMAGE_CREDIT[f._FOR_OUTLET_RULE].pattern.is_compiled)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def _tail_unguarded(line: str) -> str | None:
    """credit_tail as it searched every tail with both patterns (the specification)."""
    from archiver.extract import notice_credits as n
    from archiver.extract.notice_credit_forms import marker_before

    m = n._TAIL_PAREN.search(line)
    if m:
        return m.group(1)
    tail = line[-n._CAPTION_TAIL:]
    begin = None
    for b in n._SENTENCE_END.finditer(tail):
        begin = b.end()
    for b in n._GLUED.finditer(tail):
        if marker_before(tail, b.end(), ":：©"):
            begin = max(begin or 0, b.end())
    for b in n._SIGN_AFTER_SENTENCE.finditer(tail):
        begin = max(begin or 0, b.end())
    return tail[begin:].strip() if begin is not None else None


def _sample_lines() -> list[str]:
    import html
    import re
    from pathlib import Path

    out = []
    for page in sorted((Path(__file__).resolve().parents[1] / "archiver" / "samples").glob("*.html")):
        text = re.sub(r"<[^>]*>", "\n", page.read_text(encoding="utf-8", errors="replace"))
        out += [html.unescape(x).strip() for x in text.splitlines() if x.strip()]
    return out


def test_a_captions_tail_is_found_as_when_every_tail_was_searched() -> None:
    made = ["The mayor opened the bridge on Monday.Foto: Jane Doe", "Crowds gathered in the square. (C) Jane Doe",
            "Crowds gathered in the square. © Example Press", "A long caption.Photo© Jane Doe",
            "The valley at dawn. Photo: Name/Agency", "Der Fluss im Winter.Bild： Max Muster", "No credit here at all."]
    lines = made + _sample_lines()
    assert any(n is not None for n in map(_tail_unguarded, made))
    for line in lines:
        assert credit_tail(line) == _tail_unguarded(line), line
