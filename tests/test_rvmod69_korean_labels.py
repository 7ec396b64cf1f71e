"""A Korean byline's label before the name is no part of it in whatever order its parts stand (rvmod69): "사진·글
홍길동 기자" (pictures and text) and "글·사진·영상 홍길동 기자" were cited whole as the author, where "글·사진 홍길동
기자" gave "홍길동" (extractor 155 read a writer's part only first, and two parts at most). A label of the pictures'
and the video's parts alone still names no writer.
"""

from __future__ import annotations

import pytest
from test_extract_authors_lead51 import _authors


@pytest.mark.parametrize("byline", ["사진·글 홍길동 기자", "영상·글 홍길동 기자", "사진/글 홍길동 기자",
                                    "글·사진·영상 홍길동 기자", "사진·글 홍길동", "취재·사진 홍길동 기자"])
def test_a_writers_part_anywhere_in_the_label_makes_it_a_writers_label(byline: str) -> None:
    assert _authors(byline) == ("홍길동",)


@pytest.mark.parametrize("byline", ["사진·영상 홍길동 기자", "사진·영상·그래픽 홍길동 기자"])
def test_a_label_of_picture_parts_alone_names_no_writer(byline: str) -> None:
    assert _authors(byline) == ()
