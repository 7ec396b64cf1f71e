"""The untuned quote case set is a benchmark, not a specification: the tests only hold its shape
(its figure is printed by ``make bench``; its cases must never be used to tune the verifier)."""

from __future__ import annotations

import json
from pathlib import Path

from archiver.quotes.model import VERDICTS

UNTUNED = Path(__file__).parent / "data" / "quotes" / "untuned"


def test_untuned_set_has_at_least_40_well_formed_cases_on_its_own_texts() -> None:
    cases = [json.loads(x) for x in (UNTUNED / "cases.jsonl").read_text("utf-8").splitlines() if x.strip()]
    assert len(cases) >= 40 and len({c["id"] for c in cases}) == len(cases)
    assert all(c["verdict"] in VERDICTS and (UNTUNED / c["source"]).is_file() for c in cases)
    regression_texts = {p.name for p in UNTUNED.parent.glob("*.txt")}
    assert not {c["source"] for c in cases} & regression_texts
