"""CaptureResult and StagedCapture write their methods out instead of ``@dataclass`` making them
at import (issue 13: ~0.8 ms of one ``archive URL``'s start); they behave as the dataclasses
they replaced: held here against dataclasses made from the same fields."""

from __future__ import annotations

import dataclasses
import pickle
from typing import Any

import pytest

from archiver.capture.records import CaptureResult
from archiver.store.commit import StagedCapture

#: The fields and defaults of the dataclasses they replaced (the specification).
RESULT_FIELDS: list[Any] = [
    ("url", str), *[(n, Any, dataclasses.field(default=None)) for n in (
        "capture_id", "final_url", "status", "reason", "content_type", "capture_time", "warc", "ip")],
    ("truncated", bool, dataclasses.field(default=False)),
    ("hops", list, dataclasses.field(default_factory=list)), ("records", list, dataclasses.field(default_factory=list)),
    *[(n, Any, dataclasses.field(default=None)) for n in (
        "response_record_id", "payload_digest", "tls", "log_seq", "extraction_log_seq", "article", "extraction_error")],
    ("origin", str, dataclasses.field(default="captured")),
    *[(n, Any, dataclasses.field(default=None)) for n in ("error", "error_kind", "browser")],
]
STAGED_FIELDS: list[Any] = [("result", Any), ("manifest", Any), *[(n, Any, dataclasses.field(default=None)) for n in (
    "article", "article_bytes", "log_place", "extraction_log_place")]]

OldResult = dataclasses.make_dataclass("CaptureResult", RESULT_FIELDS)
OldStaged = dataclasses.make_dataclass("StagedCapture", STAGED_FIELDS)

RESULTS = [{"url": "http://a/"}, {"url": "http://a/", "status": 200, "hops": [{"url": "http://a/"}], "log_seq": 3},
           {"url": "http://b/", "error": "refused", "error_kind": "connect", "origin": "imported", "truncated": True}]


@pytest.mark.parametrize("kw", RESULTS)
def test_a_capture_result_has_the_dataclass_fields_defaults_and_repr(kw: dict[str, Any]) -> None:
    new, old = CaptureResult(**kw), OldResult(**kw)
    assert vars(new) == vars(old)
    assert list(vars(new)) == [f.name for f in dataclasses.fields(OldResult)]
    assert repr(new) == repr(old)
    assert pickle.loads(pickle.dumps(new)) == new


def test_capture_results_compare_by_value_are_unhashable_and_have_their_own_lists() -> None:
    a, b = CaptureResult("http://a/"), CaptureResult("http://a/")
    assert a == b and a != CaptureResult("http://a/", status=200) and a != OldResult("http://a/")
    assert a.hops is not b.hops and a.records is not b.records
    with pytest.raises(TypeError):
        hash(a)
    positional = CaptureResult("http://a/", "01id", "http://a/final", 200)
    assert (positional.capture_id, positional.final_url, positional.status) == ("01id", "http://a/final", 200)


def test_a_staged_capture_has_the_dataclass_fields_repr_and_comparison() -> None:
    result = CaptureResult("http://a/")
    new = StagedCapture(result, {"m": 1}, None, b"x", log_place=(0, 10))
    old = OldStaged(result, {"m": 1}, None, b"x", log_place=(0, 10))
    assert vars(new) == vars(old) and repr(new) == repr(old)
    assert new == StagedCapture(result, {"m": 1}, None, b"x", (0, 10)) and new != StagedCapture(result, {"m": 2})
    with pytest.raises(TypeError):
        hash(new)
