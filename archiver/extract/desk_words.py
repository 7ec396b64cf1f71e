"""A newsroom's desk and role words in the scripts the Latin and Cyrillic word lists never read: a credit that holds
one ("নিজস্ব প্রতিবেদক", Bengali "staff reporter"; "本报记者"; "Γραφείο Τύπου"; "مراسلنا"; "संवाददाता") names a post or a
desk, no person.

Why: the words that keep "Staff Reporter", "Newsroom" and "Redakteur Müller" out of the persons (signals'
organisation words, :mod:`archiver.extract.name_kind_words`) are Latin and Cyrillic words, so a desk credit in
another script had a person's shape: two words of letters of a script without case (authors-blind19's one wrong
name, Prothom Alo's "নিজস্ব প্রতিবেদক, ঢাকা"). The class is the script, not the page: the same words are read in every
script the blind sets hold (Bengali, Hindi, Arabic, Greek, Chinese, Japanese) and in Russian and Ukrainian, where
"Собственный корреспондент" had a person's shape too; since auth69 in Armenian ("Լուրեր Հայաստանից", a dev page's
layout guess), Georgian, Hebrew, Persian and Thai.

Where the lists came from: each language's dictionary words for reporter, correspondent, (staff) writer, editor,
editorial office or team, desk, bureau and press office, as bylines print them, written from the languages'
dictionaries by hand (no page of a benchmark set was read for them but the one Bengali credit above). Korean is
left out on purpose: its byline prints "기자" (reporter) after the writer's own name ("홍길동 기자"), which is a
person's credit, not a desk's.

Scripts that separate words with spaces are read word by word (folded: Greek's accents and final sigma, Arabic's
article "ال" and a clitic "و"/"ب"/"ل" before it); Chinese and Japanese, written without spaces, by a desk word inside
the credit, each of them two characters or more, none of them a part of a person's name.
"""

from __future__ import annotations

import unicodedata

# Words separated by spaces, folded by :func:`_fold`: reporter, correspondent, staff, writer, editor, editorial
# office/team, desk, bureau, press office, representative (Bengali and Hindi papers credit a district's "প্রতিনিধি"/
# "प्रतिनिधि").
_SPACED = frozenset((
    # Bengali
    "প্রতিবেদক", "সংবাদদাতা", "প্রতিনিধি", "ডেস্ক", "সম্পাদক", "ব্যুরো", "বার্তাকক্ষ", "স্টাফ", "রিপোর্টার",
    # Hindi
    "संवाददाता", "रिपोर्टर", "स्टाफ", "ब्यूरो", "डेस्क", "संपादक", "सम्पादक", "प्रतिनिधि", "न्यूज़रूम", "न्यूजरूम",
    # Arabic (without the article: "المحرر" is read as "محرر")
    "مراسل", "مراسلة", "مراسلنا", "مراسلو", "محرر", "محررة", "محررو", "تحرير", "مكتب", "صحفي", "صحفية", "صحافي",
    "ديسك",
    # Greek (folded as a credit's words are, by :func:`_fold`)
    "συντακτης", "συντακτρια", "συνταξη", "συντακτικη", "ανταποκριτης", "ανταποκριτρια", "δημοσιογραφος",
    "ρεπορτερ", "γραφειο", "newsroom",
    # Russian and Ukrainian (the Latin and Cyrillic lists have "корреспондент" as a job title's word, not as a name)
    "корреспондент", "корреспондентка", "кореспондент", "кореспондентка", "редакция", "редакція", "собкор",
    "спецкор", "журналист", "журналіст",
    # Armenian, Georgian, Hebrew, Persian (auth69: a dev page's layout guess reported "Լուրեր Հայաստանից", "news
    # from Armenia"): news, reporter, correspondent, journalist, editor, editorial office
    "լուրեր", "լրահոս", "լրագրող", "թղթակից", "խմբագիր", "խմբագրություն", "խմբագրակազմ",
    "ამბები", "ჟურნალისტი", "კორესპონდენტი", "რედაქტორი", "რედაქცია",
    "חדשות", "כתבנו", "כתבת", "מערכת", "עורך", "עורכת",
    "خبرنگار", "خبرنگاران", "تحریریه", "سردبیر",
))

# Chinese and Japanese desk words, read inside a credit written without spaces.
_UNSPACED = (
    # Chinese: reporter, correspondent, staff writer ("this paper's"), special correspondent, editorial office, news
    # centre, reporting team, "little editor" (a site's desk)
    "记者", "記者", "通讯员", "通訊員", "特派员", "特约", "特約", "本报", "本報", "编辑部", "編輯部", "新闻中心",
    "新聞中心", "报道组", "報導組", "小编", "小編",
    # Japanese: correspondent, editorial department/bureau, branch bureau, reporting team, desk, this paper
    "特派員", "編集部", "編集局", "支局", "総局", "取材班", "デスク", "本紙", "編集委員",
    # Thai (written without spaces between words): editorial office, reporter
    "กองบรรณาธิการ", "ผู้สื่อข่าว",
)

_CLITICS = ("وال", "بال", "لل", "ال")


def _fold(word: str) -> str:
    """``word`` folded as the lists are: case folded ("ς" becomes "σ"), the accents of Latin and Greek letters off
    (U+0300-U+036F only: Bengali's and Devanagari's vowel signs are letters of the word), an Arabic article and its
    clitic off ("والمحرر" -> "محرر")."""
    word = "".join(c for c in unicodedata.normalize("NFD", word.casefold()) if not "\u0300" <= c <= "\u036f")
    word = unicodedata.normalize("NFC", word)
    for clitic in _CLITICS:
        if word.startswith(clitic) and len(word) > len(clitic) + 2:
            return word[len(clitic):]
    return word


_SPACED_FOLDED = frozenset(_fold(w) for w in _SPACED)


def desk_credit(name: str) -> bool:
    """True when ``name`` holds a desk's or a newsroom role's word of a script the Latin lists do not read: a post
    or a desk credited, no person (the module's docstring). An ASCII name is never one (the Latin lists read it)."""
    if name.isascii():
        return False
    if any(word in name for word in _UNSPACED):
        return True
    words = "".join(c if c.isalnum() or unicodedata.category(c).startswith("M") else " " for c in name).split()
    return any(_fold(word) in _SPACED_FOLDED for word in words)
