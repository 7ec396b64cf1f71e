"""Review x43 of extractor 74's "this article has been supported by X" disclosure (notice_cues.py): X is a sponsor
only when it is someone, not what the text rests on. "This article has been supported by additional reporting from
Reuters" credits a contribution, and "supported by evidence from three studies" the text's sources: no sponsor, no
notice. A sponsor, and research funding, stay (tests/test_extract_notices_blind11.py)."""

from __future__ import annotations

import pytest
from notice_articles import notices, page


@pytest.mark.parametrize("line", [
    "This article has been supported by additional reporting from Reuters and the Associated Press.",
    "This article has been supported by evidence from three independent studies, which the authors cite below.",
    "This story was supported by the council's own records, which the reporter obtained last year.",
])
def test_a_piece_supported_by_reporting_evidence_or_records_is_no_sponsored_notice(line: str) -> None:
    assert notices(page(f"<p>{line}</p>")) == []


def test_a_piece_supported_by_research_funding_from_someone_is_sponsored() -> None:
    line = "This article has been supported by research funding from the Example Foundation."
    assert notices(page(f"<div class='box'><p>{line}</p></div>")) == [("sponsored", line)]
