"""Work the extraction only does when its answer is needed gives the answers it gave before.

``remove_boilerplate`` asks whether a notice is cut out of a paragraph (``by_form``) only for a
notice found inside a longer paragraph; before, every notice was read again up front.
bench/extract_fingerprint.py holds the output to what it was on ~1,300 pages.
"""

from __future__ import annotations

from archiver.extract.text import remove_boilerplate


def test_notice_form_is_asked_only_of_notices_inside_a_longer_paragraph() -> None:
    asked: list[str] = []

    def whole_only(notice: str) -> bool:
        asked.append(notice)
        return notice == "Jane Doe"

    paragraphs = ("Photo: Reuters", "The mayor met Jane Doe at the bridge on Monday morning.",
                  "Jane Doe said the bridge would open. Photo: Reuters, at the opening of it.")
    out = remove_boilerplate(paragraphs, ("Photo: Reuters", "Jane Doe", "Never printed"), whole_only)
    assert out == ("The mayor met Jane Doe at the bridge on Monday morning.",
                   "Jane Doe said the bridge would open. , at the opening of it.")
    assert sorted(asked) == ["Jane Doe", "Photo: Reuters"]  # each once; "Never printed" never


def test_a_notice_kept_whole_stays_in_a_longer_paragraph_and_any_other_is_cut() -> None:
    paragraphs = ("The mayor met Jane Doe at the bridge on Monday morning, said the report.",)
    assert remove_boilerplate(paragraphs, ("Jane Doe",), lambda notice: notice == "Jane Doe") == paragraphs
    assert remove_boilerplate(paragraphs, ("Jane Doe",), lambda notice: False) == (
        "The mayor met at the bridge on Monday morning, said the report.",)
