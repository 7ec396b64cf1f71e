"""Whether a Chinese, Japanese or Korean candidate has the form of a person's name, before it is cited as one.

Why: a writer's label ("作者：", "文：") and a Korean job word ("기자") are followed as often by a word that is no
name: "作者：佚名" (anonymous), "作者：小编" (the editor), "作者 简介" (the author's profile, a heading), "文：资料图"
(a file picture), "기자 구독" (subscribe to the reporter), "사진 기자" (a photo reporter), "사회부 기자" (the city desk).
:func:`archiver.extract.signals.name_kind` reads two to four CJK characters as a person, as it must for "张三" and
"김철수"; the form checked here is what tells a name from such a word (rva47: each of these was cited as a writer).

- A Chinese name opens with a family name: one of the common ones below (the great majority of people in China and
  Taiwan bear one of them), or a compound one ("欧阳", "司马"). Words that are family names only rarely and open many
  ordinary words ("原", "来", "国", "时", "明", "管" of 管理员) are left out: a rare name missed is better than a word cited.
- A Japanese name (under a Japanese label only: "著者", "筆者", "文", "執筆") is three to five kanji that Japanese
  writes (a simplified Chinese character such as 图, 资 or 网 is no Japanese name's), or a kanji family name and
  hiragana ("山田さくら"), or a foreign name in katakana with its middle dot ("ジョン・スミス"); "ライター", "不明", "写真" are none.
- A Korean name beside the headline is three syllables opening with a family name ("김철수"), or four opening with
  a two-syllable one ("남궁민수"); never a desk ending in 부 or 팀.
"""

from __future__ import annotations

_CN_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔"
    "钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文"
    "牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕季裴霍涂苗谷盛曲翁"
    "冉骆蓝游辛靳柴蒙鲍华喻祁蒲房滕屈饶牟艾尤穆卓古吉缪简车项连麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟"
    "臧闵邬卞姬栾隋刁巫寇桑郎甄虞敖巩佘池苑邝谈匡鞠惠荆冀郁胥班储栗燕楚鄢谌奚粟冼蔺楼闻厉赖洪"
    # the traditional forms of those that differ
    "張劉陳楊黃趙吳孫馬鄭謝許韓馮鄧蕭蔣葉蘇呂盧鍾譚陸賈韋鄒閻龍賀顧龔萬錢嚴湯溫樊齊喬龐顏莊聶魯歐關蘭寧紀畢塗"
    "駱藍靳鮑華饒繆簡車項連婁竇黨費衛鄺賴欒鄔臧閔鞏鄧嚴")
_CN_COMPOUND_SURNAMES = frozenset((
    "欧阳", "歐陽", "司马", "司馬", "上官", "诸葛", "諸葛", "东方", "東方", "皇甫", "尉迟", "尉遲", "公孙", "公孫",
    "慕容", "令狐", "夏侯", "长孙", "長孫", "宇文", "司徒", "端木", "申屠", "轩辕", "軒轅", "澹台", "澹臺"))
#: What completes "作者" into a heading when a space parts them ("作者 简介", the author's profile; "作者 文章", the
#: author's articles): no name, though "简" and "文" are family names.
_ZH_HEADING_WORDS = frozenset(("简介", "簡介", "介绍", "介紹", "信息", "資訊", "资料", "資料", "文章", "专栏", "專欄",
                               "主页", "主頁", "声明", "聲明", "其他文章", "更多文章"))
_KO_SURNAMES = frozenset(
    "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염"
    "여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉")
_KO_COMPOUND_SURNAMES = frozenset(("남궁", "황보", "제갈", "선우", "독고", "사공", "서문"))
#: A Korean newsroom's desk or team ("사회부", "정치부", "디지털팀"): what a job word follows that is no person.
_KO_DESK_ENDINGS = ("부", "팀")


def _han(c: str) -> bool:
    return "\u3400" <= c <= "\u9fff"


def chinese_name_form(name: str) -> bool:
    """True for two to four Han characters opening with a common family name (see the module's docstring)."""
    if not 2 <= len(name) <= 4 or not all(_han(c) for c in name) or name in _ZH_HEADING_WORDS:
        return False
    if name[:2] in _CN_COMPOUND_SURNAMES:
        return len(name) >= 3
    return name[0] in _CN_SURNAMES


def _japanese_writes(c: str) -> bool:
    """True for a character Japanese text has (Shift_JIS holds it): not a simplified-only form ("图", "资", "网")."""
    try:
        c.encode("cp932")
    except UnicodeEncodeError:
        return False
    return True


def japanese_name_form(name: str) -> bool:
    """True for a Japanese person's name as a Japanese label credits it (see the module's docstring)."""
    if any("\u3040" <= c <= "\u309f" for c in name):  # hiragana after a kanji family name: "山田さくら"
        return _han(name[0]) and all(_japanese_writes(c) for c in name)
    if any("\u30a0" <= c <= "\u30ff" for c in name):  # katakana: a foreign name, its parts joined by "・"
        return "・" in name.strip("・") and all(_japanese_writes(c) for c in name)
    return 3 <= len(name) <= 5 and all(_han(c) or c == "々" for c in name) and all(_japanese_writes(c) for c in name)


def korean_name_form(name: str) -> bool:
    """True for a Korean person's name as a byline beside the headline prints it (see the module's docstring)."""
    if not all("\uac00" <= c <= "\ud7a3" for c in name) or name.endswith(_KO_DESK_ENDINGS):
        return False
    if len(name) == 4:
        return name[:2] in _KO_COMPOUND_SURNAMES
    return len(name) == 3 and name[0] in _KO_SURNAMES


def cjk_name_form(name: str) -> bool:
    """True when ``name`` has a Chinese, Japanese or Korean person's name form (any of the three)."""
    return chinese_name_form(name) or japanese_name_form(name) or korean_name_form(name)
