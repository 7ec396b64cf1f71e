"""A site said to be no part of a body whose name it shares (extractor 215).

notices-blind39's first run (held out of round lead63) missed a footer's "The Princeton Review is not affiliated with
Princeton University". One class, on a small page of our own, and the story's sentence it must not take.
"""

from __future__ import annotations

from made_articles import article, notices, story

_TEXT = story("An essay prompt asks for a story: draft",
              "should name the moment, the choice made and what changed after it, in the writer's own words and "
              "without a list of awards.")


def _notices(before: str = "", footer: str = "") -> list[tuple[str, str]]:
    return notices(article(_TEXT, title="Essay prompts", before=before, footer=footer), "http://127.0.0.1:8000/essay")


def test_a_site_said_to_be_no_part_of_a_namesake_body_is_a_disclaimer():
    found = _notices(footer="<p>© 2026 Example Review. Example Review is not affiliated with Example University</p>")
    assert any(k == "disclaimer" and "not affiliated with Example University" in t for k, t in found)


def test_a_story_saying_a_group_is_not_affiliated_is_no_disclaimer():
    before = ("<p>The group is not affiliated with any party, its leader told reporters on Monday after the vote in the "
              "city council.</p>")
    assert not any("not affiliated" in t for _, t in _notices(before=before))
