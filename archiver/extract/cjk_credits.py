"""Writers' credits in Korean, Chinese and Japanese, as pages print them: a Korean name with its job word ("김하늘 기자",
"칼럼니스트 박생강"), a Chinese reporter in the dateline's parenthesis or on a line of its own ("（记者 王小明）",
"记者：王小明 李华"), and a Chinese or Japanese writer's label ("作者：张三", "作者 | 李四", "著者：山田太郎", "文：佐藤花子").

Why a module of its own: these readers share no pattern with the Latin-script bylines of
:mod:`archiver.extract.signals` (the words, the separators and where a name ends differ), and signals.py had grown
past its stated size when authleft47 added the label credits. They return candidates only; whether each is a
person's name is :func:`archiver.extract.signals.name_kind`'s to say, where the callers are.
"""

from __future__ import annotations

import re

from archiver.core import lazy_re
from archiver.extract.cjk_name_forms import chinese_name_form, japanese_name_form

# Korean bylines name the writer with a job word before or after the name, often with an e-mail,
# on a line of their own under the article ("정덕현 칼럼니스트 x@y.kr", "칼럼니스트 박생강", "김하늘 기자").
_KO_JOB = r"(?:선임기자|객원기자|전문기자|인턴기자|기자|칼럼니스트|특파원|논설위원)"
# The parts of a Korean byline's label before the name, joined by a middle dot or a slash: a writer's ("글" text,
# "취재" reporting, "정리" compiled, "작성" written) and the pictures' or the video's ("사진", "영상", "그래픽",
# "일러스트", "촬영").
_KO_WRITER_PART = r"(?:글|취재|정리|작성)"
_KO_PICTURE_PART = r"(?:사진|영상|그래픽|일러스트|촬영)"
_KO_LABEL_JOIN = r"\s*[·･・/]\s*"
# A writer's label: its parts in any order, one of them a writer's ("글 홍길동 기자", "글·사진", "사진·글",
# "취재·정리", "글·사진·영상"): no part of the name (session 51's lead round: "글 홍길동 기자" was cited whole as
# the author; rvmod69: so were "사진·글 홍길동 기자" and "글·사진·영상 홍길동 기자", the writer's part not first or
# the parts three).
_KO_WRITER_LABEL = (rf"(?:{_KO_PICTURE_PART}{_KO_LABEL_JOIN})*{_KO_WRITER_PART}"
                    rf"(?:{_KO_LABEL_JOIN}(?:{_KO_WRITER_PART}|{_KO_PICTURE_PART}))*")
# A credit for the pictures or the video alone ("사진 홍길동 기자", "영상 홍길동 기자", "그래픽 홍길동"): the
# photographer's, not the writer's.
_KO_PICTURE_LABEL = lazy_re.compile(rf"^{_KO_PICTURE_PART}(?:{_KO_LABEL_JOIN}{_KO_PICTURE_PART})*\s+[가-힣]")
_KO_PICTURE_LABEL_ALONE = lazy_re.compile(rf"{_KO_PICTURE_PART}(?:{_KO_LABEL_JOIN}{_KO_PICTURE_PART})*")
_KO_LABEL_ALONE = lazy_re.compile(_KO_WRITER_LABEL)
_KO_NAME_JOB = lazy_re.compile(r"^(?:" + _KO_WRITER_LABEL + r"\s+)?([가-힣]{2,4})\s*" + _KO_JOB + r"$|^"
                               + _KO_JOB + r"\s+([가-힣]{2,4})$|^" + _KO_WRITER_LABEL + r"\s+([가-힣]{2,4})$")


# A Korean byline's label as pages space it, before a name: its parts joined by a slash with spaces around it or a
# full-width one ("사진 / 글 홍길동 기자", "글／사진 홍길동"), or closed by a colon or an equals sign ("사진/글: 홍길동",
# "글=홍길동 기자"). A label part needs a space or such a mark after it: "글로리아" is a name, no label "글".
_KO_LABEL_PART = rf"(?:{_KO_WRITER_PART}|{_KO_PICTURE_PART})"
_KO_SPACED_LABEL = lazy_re.compile(
    rf"^\s*({_KO_LABEL_PART}(?:\s*[·･・/／]\s*{_KO_LABEL_PART})*)(?:\s*[:：=＝]\s*|\s+)(?=[가-힣])")
_KO_LABEL_SEPARATOR = lazy_re.compile(r"\s*([·･・/／])\s*")


def ko_label_joined(part: str) -> str:
    """``part`` with a Korean byline's label written as :data:`_KO_WRITER_LABEL` reads it: its parts joined without
    spaces ("사진 / 글 홍길동 기자" -> "사진/글 홍길동 기자") and a colon or "=" after it a space ("글=홍길동 기자" -> "글
    홍길동 기자"). Why: the credit is split at a spaced or full-width slash before the label is read (a slash between
    credits, "Jane Doe / Berlin"), so "사진 / 글 홍길동" gave "사진" as a person and "글 / 사진 홍길동" no writer
    (rvmod69's leftover, round auth71)."""
    if part.isascii():
        return part
    m = _KO_SPACED_LABEL.match(part)
    if m is None:
        return part
    label = _KO_LABEL_SEPARATOR.sub(lambda sep: "/" if sep.group(1) in "/／" else sep.group(1), m.group(1))
    return f"{label} {part[m.end():]}"


def without_ko_job(piece: str) -> str:
    """A Korean name without the job word written beside it ("김하늘 기자" -> "김하늘", "칼럼니스트 박생강"
    -> "박생강") or the writer's label before it ("글 김하늘 기자" -> "김하늘"): the reporter's title and the
    label, not part of the name (what a layout guess of such a line keeps)."""
    if piece.isascii():
        return piece
    m = _KO_NAME_JOB.match(piece)
    return (m.group(1) or m.group(2) or m.group(3)) if m else piece


def ko_picture_credit(piece: str) -> bool:
    """Whether ``piece`` is a Korean credit for the pictures or the video alone ("사진 홍길동 기자"), or that label
    alone, a slash between it and whom it credits ("사진 / 연합뉴스" split at the slash): the photographer's, no
    writer of the text."""
    return not piece.isascii() and bool(_KO_PICTURE_LABEL.match(piece) or _KO_PICTURE_LABEL_ALONE.fullmatch(piece))


def ko_label_alone(piece: str) -> bool:
    """Whether ``piece`` is a Korean byline's label and nothing else ("글", "취재·정리"): the label of a credit split
    from its name, never a name (round auth71: "사진 / 글 홍길동" gave "사진" as a person)."""
    return not piece.isascii() and bool(_KO_LABEL_ALONE.fullmatch(piece))


_KO_BYLINE = lazy_re.compile(
    r"^\s*(?:(?:" + _KO_WRITER_LABEL + r"\s+)?([가-힣]{2,4})\s*" + _KO_JOB + r"|" + _KO_JOB
    + r"\s+([가-힣]{2,4}))(?:\s+\S+@\S+)?\s*$"
)
# Chinese credits name reporters after 记者 in parentheses within the dateline ("新华社北京电（记者
# 王小明）") or on a line of their own ("记者：王小明 李华"); two to four characters a name.
_ZH_NAMES = r"([\u4e00-\u9fff]{2,4}(?:[\s、，,]+[\u4e00-\u9fff]{2,4})*)"
_ZH_PAREN = lazy_re.compile(r"[（(]\s*(?:记者|記者)\s*[:：]?\s*" + _ZH_NAMES + r"\s*[)）]")
_ZH_LINE = lazy_re.compile(r"^\s*(?:记者|記者)\s*[:：]\s*" + _ZH_NAMES + r"\s*$")


# Chinese "作者：张三", "作者 | 李四", "作者 林雙牧 發表時間 ...", "撰文／王小明"; Japanese "著者：山田太郎", "文：山田
# 太郎", "文・写真：佐藤花子": the writer's label, a separator (a colon, a bar, a slash, or a space after 作者/撰文), one
# name. The name must end the credit: the line ends, or a date or a label of the dateline follows ("發表時間", "更新");
# "作者＼生活報橘 蔡芷庭" (an outlet, then the person) is no such credit, and nothing is read rather than the outlet.
_CJK_LABEL_CREDIT = lazy_re.compile(
    r"^\s*[【\[]?\s*(?:(?:作者|撰文|采写|採寫)\s*(?:[:：|｜/／]\s*|\s+)|(?:著者|筆者|文|文・写真|取材・文|執筆)\s*[:：]\s*)"
    r"(?P<name>[\u3040-\u30ff\u3400-\u9fff々ー]{2,8})\s*[】\]]?(?P<rest>.*)$")
_CJK_CREDIT_END = lazy_re.compile(
    r"^\s*(?:$|[|｜/／,，、。]|\d|(?:发表|發表|发布|發佈|發布|更新|时间|時間|日期|来源|來源|编辑|編輯|写真|撮影|攝影|图|圖)"
    r")")
_CJK_LABEL_LEADS = ("作者", "撰文", "采写", "採寫", "著者", "筆者", "文", "取材", "執筆")
#: The labels only Chinese prints: the name after them has a Chinese name's form (a family name first) or is none.
_ZH_LABEL_LEADS = ("作者", "撰文", "采写", "採寫")


def label_credit_name(line: str) -> str | None:
    """The name of a Chinese or Japanese writer's label credit (:data:`_CJK_LABEL_CREDIT`), or None; its caller checks
    it is a person's (authleft47: such lines were not read unless a layout guess took them). A word that has no
    name's form after the label ("作者：佚名", "作者：小编", "作者 简介", "文：资料图", "著者：不明") is None
    (:mod:`archiver.extract.cjk_name_forms`; rva47: each was cited as the writer)."""
    opening = line.lstrip(" 【[")
    if not opening.startswith(_CJK_LABEL_LEADS) or len(line) > 60:
        return None
    m = _CJK_LABEL_CREDIT.match(line)
    if m is None or not _CJK_CREDIT_END.match(m.group("rest")):
        return None
    name = m.group("name")
    if chinese_name_form(name) or (not opening.startswith(_ZH_LABEL_LEADS) and japanese_name_form(name)):
        return name
    return None


# Every Korean job word holds one of these, every Chinese credit 记者 or 記者: a line without any
# of them is no CJK byline, and the three patterns are not run on it (most lines of a page).
_CJK_BYLINE_WORDS = ("기자", "칼럼니스트", "특파원", "논설위원", "记者", "記者")


def byline_names(line: str) -> list[str]:
    """The names of a Korean or Chinese byline (see ``_KO_BYLINE``, ``_ZH_PAREN``): a short line of its own, or the
    parenthesis at the start of a Chinese article's first paragraph; its caller checks each is a person's."""
    if not any(word in line for word in _CJK_BYLINE_WORDS):
        return []
    line = ko_label_joined(line)  # "글=홍길동 기자", "사진/글: 홍길동 기자": the label as _KO_BYLINE reads it
    short = len(line) <= 60
    m = (short and (_KO_BYLINE.match(line) or _ZH_LINE.match(line))) or _ZH_PAREN.search(line[:80])
    if not m:
        return []
    return [n for g in m.groups() if g for n in re.split(r"[\s、，,]+", g) if n]
