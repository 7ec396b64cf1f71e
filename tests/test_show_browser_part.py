"""``show --json`` of a browser capture made before the sandbox was recorded: the keys are null.

Conventions: absent values are null, never missing, so a script reading ``sandbox`` does not
need to know which archiver version made the capture.
"""

from __future__ import annotations

from archiver.archive import _browser_part


def test_a_browser_part_recorded_before_the_sandbox_reads_null_sandbox_keys() -> None:
    part = _browser_part({"browser": "Chromium 131", "options": {}})
    assert part["sandbox"] is None and part["sandbox_off"] is None and part["browser"] == "Chromium 131"


def test_a_recorded_sandbox_is_reported_as_recorded() -> None:
    assert _browser_part({"sandbox": False, "sandbox_off": "root"})["sandbox_off"] == "root"


def test_a_capture_without_a_browser_part_has_none() -> None:
    assert _browser_part(None) is None


def test_a_browser_part_recorded_before_the_rendered_text_reads_null_rendered_text_keys() -> None:
    part = _browser_part({"browser": "Chromium 131", "options": {}})
    assert part["rendered_text_record_id"] is None and part["rendered_text_sha256"] is None
