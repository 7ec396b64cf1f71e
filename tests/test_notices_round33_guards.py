"""Round 33, class (c) of the blind first runs and dev16's wrong reports: what only looked like a notice,
refused by a guard of general form (bench/labels/README.md, "notices-dev16.jsonl"). Small fixtures of our
own: an agency's short name written in mixed case is another abbreviation ("ePA"), reading without ads
offered after a "Werbung:" label is no sponsored label, a reporter's career in a bio ("previously reported
in San Diego") is no correction, an interstitial's "Reklama:" is none."""

from __future__ import annotations

import pytest
from notice_pages import after, between

from archiver.extract.page_lines import CTX_CAPTION


def test_an_agency_short_name_in_mixed_case_credits_no_picture() -> None:
    # a heading under a picture is read as its caption, where an agency alone in brackets credits it
    assert between("Die elektronische Patientenakte (ePA)", CTX_CAPTION) == []


@pytest.mark.parametrize("credit", ["EPA", "epa", "Foto: dpa", "AFP"])
def test_an_agency_short_name_as_agencies_write_it_still_credits(credit: str) -> None:
    assert [k for k, _ in between(credit, CTX_CAPTION)] == ["image_credit"]


@pytest.mark.parametrize("line", [
    "Werbung: Du kannst Example jederzeit ohne automatisierte Werbung lesen. Hierfür gibt es drei Möglichkeiten.",
    "Advertising: read Example ad-free with a subscription.",
    "Publicité : lisez Example sans publicité avec l'abonnement.",
])
def test_an_offer_to_read_without_ads_is_no_sponsored_label(line: str) -> None:
    assert after(line, 0) == []


def test_a_sponsored_label_before_a_disclosure_is_still_reported() -> None:
    assert after("Anzeige: Dieser Beitrag wurde von Example bezahlt.", 0) == [
        ("sponsored", "Anzeige: Dieser Beitrag wurde von Example bezahlt.")]


def test_a_reporters_career_in_a_bio_is_no_correction() -> None:
    line = ("Jane Doe is a reporter covering housing. She graduated from Example University, and previously "
            "reported in San Diego. She also speaks Spanish.")
    assert after(line, 0) == []


def test_a_correction_saying_what_was_previously_reported_is_still_one() -> None:
    line = "An earlier version of this story previously reported that the vote was on Tuesday."
    assert [k for k, _ in after(line, 0)] == ["correction"]


def test_an_interstitials_label_before_its_countdown_is_no_notice() -> None:
    assert after("Reklama: automatycznie wyświetlimy artykuł za 15 sekund.", 0) == []
