"""An undeclared page that is not UTF-8 is read in the encoding Chromium 156 detects (enc60).

Each row's page was served from 127.0.0.1 without any charset and read back from Debian's Chromium
headless (``bench/encodings_chromium.py --choice``); the row names the ``document.characterSet``
Chromium chose, and our text must be the text that encoding gives. Until extractor 144 the page's
``<html lang>`` chose a locale's default and fewer than 64 non-ASCII bytes kept windows-1252: 19 of
55 such pages came out as other text than Chromium's (one Russian or Korean word, Polish, Czech,
Turkish, Thai, Big5 and EUC-JP sentences).
"""

from __future__ import annotations

import endec
import pytest

from archiver.extract.html import decode_bytes, decode_html

SENTENCES = {  # as measured: bench/encoding_choice_cases.py TEXTS
    "pl": ("Rada miejska zatwierdziła wczoraj wieczorem remont biblioteki, mimo spr"
           "zeciwu radnych, którzy żądali wcześniejszej analizy skutków finansowych."),
    "cs": ("Zastupitelstvo včera večer schválilo rekonstrukci knihovny, přestože"
           " opoziční zastupitelé požadovali předchozí studii dopadů na rozpočet."),
    "tr": ("Belediye meclisi dün akşam kütüphanenin yenilenmesini onayladı, anca"
           "k muhalefet üyeleri önceden bir maliyet çalışması yapılmasını istedi."),
    "ru": ("Городской совет вчера вечером одобрил ремонт библиотеки, несмотря на в"
           "озражения депутатов, которые требовали предварительной оценки расходов."),
    "ja": ("市議会は昨夜、図書館の改修計画を承認した。"
           "野党の議員は事前の費用調査を求めて反対した。"),
    "zh-tw": ("市議會昨晚批准了圖書館的翻修計畫，"
           "儘管反對派議員要求事先進行費用評估。"),
    "th": ("สภาเมืองอนุมัติแผนปรับปรุงห้องสมุดเมื่อคืนนี้"
           " แม้ฝ่ายค้านจะเรียกร้องให้ศึกษาค่าใช้จ่ายก่อน"),
}

FR = ("Le conseil municipal a approuvé hier soir le projet de rénovation de la bibliothèque, "
      "malgré l'opposition des élus écologistes qui réclamaient une étude d'impact préalable.")

#: (what the page says, the bytes' encoding, <html lang>, Chromium 156's characterSet for it)
ROWS = [
    (SENTENCES["pl"], "windows-1250", None, "windows-1250"),
    ("zatwierdziła", "windows-1250", None, "windows-1250"),
    (SENTENCES["cs"], "windows-1250", None, "windows-1250"),
    (SENTENCES["tr"], "windows-1254", None, "windows-1254"),
    ("Городской", "windows-1251", None, "windows-1251"),
    ("Городской", "KOI8-R", None, "KOI8-R"),
    ("시의회는", "EUC-KR", None, "EUC-KR"),
    (SENTENCES["ja"], "EUC-JP", None, "EUC-JP"),
    (SENTENCES["zh-tw"], "Big5", None, "Big5"),
    (SENTENCES["th"], "windows-874", None, "windows-874"),
    ("Statement by Noël Çelik.", "windows-1252", None, "windows-1252"),
    ("déjà vu, très", "windows-1252", None, "windows-1252"),
    (FR, "windows-1252", "ru", "windows-1252"),
    (SENTENCES["ru"], "windows-1251", "ja", "windows-1251"),
]


@pytest.mark.parametrize("words, encoding, lang, chromium", ROWS, ids=[f"{r[1]}-{r[0][:12]}-{r[2]}" for r in ROWS])
def test_an_undeclared_page_shows_the_text_of_the_encoding_chromium_detects(words, encoding, lang, chromium):
    attr = f' lang="{lang}"' if lang else ""
    body = endec.encode(f"<!DOCTYPE html><html{attr}><head><title>t</title></head><body><p>{words}</p></body></html>", encoding)
    decoded = decode_html(body, "text/html")
    assert decoded.text == decode_bytes(body, chromium) and words in decoded.text


def test_the_page_language_does_not_choose_the_encoding():
    body = '<html lang="ja"><body><p>Café au lait, crème brûlée.</p></body></html>'.encode("cp1252")
    assert decode_html(body).whatwg == "windows-1252"


def test_a_gb18030_detection_is_named_gbk_as_chromium_names_it():
    body = "<p>市议会昨晚批准了图书馆的翻修计划，尽管反对派议员要求事先进行费用评估。</p>".encode("gbk")
    assert decode_html(body).whatwg == "GBK"


@pytest.mark.parametrize("words", ["a naïve café", "Statement by Ångström.", "Save ½ today"])
def test_windows_1252_is_kept_when_detection_is_a_near_tie(words):
    """chardet ranks windows-1250 or ISO-8859-2 level with windows-1252 here ("naďve", "Ĺngström");
    Chromium 156 shows windows-1252 (measured, enc60)."""
    body = f"<!DOCTYPE html><html><head><title>t</title></head><body><p>{words}</p></body></html>".encode("cp1252")
    decoded = decode_html(body)
    assert (decoded.whatwg, words in decoded.text) == ("windows-1252", True)


def test_a_short_czech_sentence_is_detected_not_kept_western():
    """Two accented letters, and Chromium 156 shows windows-1250 (measured, enc60)."""
    words = "Zastupitelstvo včera schválilo rozpočet."
    body = f"<!DOCTYPE html><html><head><title>t</title></head><body><p>{words}</p></body></html>".encode("cp1250")
    assert words in decode_html(body).text
