"""Review x41 of extractor 68's author rules, read adversarially: names the new rules must not lose.

- A foreign name transliterated into Chinese or Japanese keeps a hyphenated given name's hyphen beside the middle
  dot between its parts ("让-雅克·卢梭", Jean-Jacques Rousseau; "ジャン-ポール・サルトル"): a person, not a channel's
  "新浪财经-自媒体综合", which has a dash and no middle dot.
"""

from __future__ import annotations

import pytest
from author_pages import authors, declared_person, page

from archiver.extract.signals import name_kind


@pytest.mark.parametrize("name", ["让-雅克·卢梭", "让-皮埃尔·拉法兰", "ジャン-ポール・サルトル"])
def test_a_transliterated_name_with_a_middle_dot_and_a_hyphen_is_a_person(name: str) -> None:
    assert name_kind(name) == "person"


def test_a_transliterated_writer_with_a_hyphenated_given_name_is_reported() -> None:
    name = "让-皮埃尔·拉法兰"
    html = page(declared_person(name), below_headline=f"<p class='author'>作者：{name}</p>", lang="zh")
    assert authors(html) == [name]


def test_a_channel_with_a_dash_and_no_middle_dot_is_still_no_person() -> None:
    assert name_kind("港湾财经-自媒体综合") is None
