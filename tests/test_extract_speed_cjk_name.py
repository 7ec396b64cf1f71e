"""The CJK name check compiles its pattern only for a name that could match it (issue 13: its
ranges span 40,000 code points, ~1 ms of one ``archive URL`` to compile, for every page whose
credits name a person)."""

from __future__ import annotations

from typing import Any

from archiver.extract import authors

NAMES = ["", "Stephen Lendman", "Jane", "李明", "김철수", "ぁ", "・・", "李明\n", "李明\n\n", "山田 太郎", "李明李明李明李明",
         "李明李明李明李明李", "Ｆｕｌｌ", "ＦＵ", "李a", "a李", "\u303f\u3041", "\u3040\u3041", "\u30ff\u3400",
         "\ud7af\uac00", "\ud7b0\uac00", "\u9fff\u9fff", "\ua000\u3041", "Мария Иванова", "ｱｲ"]


def test_the_cjk_name_check_answers_as_its_pattern_does() -> None:
    for name in NAMES + [chr(c) + "\u3042" for c in range(0x3030, 0x3050)]:
        assert authors._cjk_name(name) == (authors._CJK_NAME.match(name) is not None), name


def test_the_seed_article_leaves_the_cjk_name_pattern_uncompiled(fresh_extraction: dict[str, Any]) -> None:
    assert fresh_extraction["seed"]["authors"] == ["Stephen Lendman"]  # its credit was read
    assert fresh_extraction["seed"]["cjk_name_compiled"] is False
