"""A receipt's selectors are held to what its proven quote verification states.

verification.json anchors the passage with W3C selectors: a ``TextPositionSelector`` (the
passage's ``start`` and ``end``) and a ``TextQuoteSelector`` (the passage ``exact``, with the
words before and after it, ``prefix`` and ``suffix``, 32 characters each). ``log verify-proof``
named ``selectors`` unproven and read none of it, so a receipt whose selectors anchored the
quote in other words, or at another place, verified (exit 0). Yet the entry logged since quote
rules 16 states the passage (``source_passage``), its offsets and the words around it
(``context``, from ``context_start``): the position must be the entry's, ``exact`` its passage,
and every character of ``prefix``/``suffix`` that the context covers its character there. Only
the words beyond the logged context (a suffix running into the next paragraph) stay unproven,
and ``selectors`` is named unproven only then.

A receipt of one page captured from a loopback server (``test_redteam5_receipt``'s fixtures),
edited here.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import test_redteam5_receipt as fifth
from test_redteam5_receipt import _edited, _member, _verify

#: the fifth pass's fixtures: one capture of its page, and two genuine receipts of it with the key
receipts = fifth.receipts


def _with_selector(receipt: Path, tmp_path: Path, kind: str, **changes: Any) -> Path:
    doc = json.loads(_member(receipt, "verification.json"))
    [selector] = [s for s in doc["selectors"] if s["type"] == kind]
    for key, value in changes.items():
        assert selector[key] != value
        selector[key] = value
    return _edited(receipt, tmp_path / "edited.zip", {"verification.json": json.dumps(doc, indent=2).encode()})


def _selector(receipt: Path, kind: str) -> dict[str, Any]:
    doc = json.loads(_member(receipt, "verification.json"))
    [selector] = [s for s in doc["selectors"] if s["type"] == kind]
    return selector


def _unproven(stdout: str) -> list[str]:
    line = next(x for x in stdout.splitlines() if x.startswith("receipt:"))
    found = re.search(r"\(not proven: (.*)\)$", line)
    return found.group(1).split(", ") if found else []


def test_a_prefix_edited_within_the_logged_context_is_refused(receipts, tmp_path) -> None:
    prefix = _selector(receipts["exact"], "TextQuoteSelector")["prefix"]
    assert prefix.endswith("did not strike, and ")
    edited = _with_selector(receipts["exact"], tmp_path, "TextQuoteSelector",
                            prefix=prefix.replace("did not strike", "did go on strike"))
    proc = _verify(edited, receipts["key"])
    assert proc.returncode == 1, proc.stdout
    assert "verification.json says selectors" in proc.stdout and "prefix" in proc.stdout


def test_a_suffix_edited_within_the_logged_context_is_refused(receipts, tmp_path) -> None:
    assert _selector(receipts["exact"], "TextQuoteSelector")["suffix"] == "."
    edited = _with_selector(receipts["exact"], tmp_path, "TextQuoteSelector", suffix=", they said.")
    proc = _verify(edited, receipts["key"])
    assert proc.returncode == 1, proc.stdout
    assert "verification.json says selectors" in proc.stdout and "suffix" in proc.stdout


def test_a_quote_selector_anchoring_other_words_is_refused(receipts, tmp_path) -> None:
    edited = _with_selector(receipts["exact"], tmp_path, "TextQuoteSelector",
                            exact="the night shift was cancelled for the last time")
    proc = _verify(edited, receipts["key"])
    assert proc.returncode == 1, proc.stdout
    assert "verification.json says selectors" in proc.stdout


def test_a_position_selector_at_another_place_is_refused(receipts, tmp_path) -> None:
    start = _selector(receipts["exact"], "TextPositionSelector")["start"]
    proc = _verify(_with_selector(receipts["exact"], tmp_path, "TextPositionSelector", start=start + 4),
                   receipts["key"])
    assert proc.returncode == 1, proc.stdout
    assert "verification.json says selectors" in proc.stdout


def test_selectors_the_logged_context_covers_whole_are_not_named_unproven(receipts) -> None:
    proc = _verify(receipts["exact"], receipts["key"])
    assert proc.returncode == 0, proc.stdout
    assert "selectors" not in _unproven(proc.stdout)


def test_prefix_words_before_the_logged_context_stay_unproven_and_are_not_refused(receipts, tmp_path) -> None:
    """The altered quote starts its paragraph: its prefix is the end of the paragraph before,
    which the logged context (one paragraph) does not hold."""
    prefix = _selector(receipts["altered"], "TextQuoteSelector")["prefix"]
    assert prefix.endswith("on Tuesday.\n\n")
    edited = _with_selector(receipts["altered"], tmp_path, "TextQuoteSelector",
                            prefix=prefix.replace("Tuesday", "Monday"))
    proc = _verify(edited, receipts["key"])
    assert proc.returncode == 0, proc.stdout
    assert "selectors" in _unproven(proc.stdout)
