"""Pages that ask WHICH encoding a browser picks (enc60), for ``bench/encodings_chromium.py --choice``.

Three groups, each (case name, Content-Type, body), every body holding ``<body>`` ... ``</body></html>``:

- ``meta``: the ``<meta>`` declaration in its forms (``http-equiv`` + ``content``, attribute order and
  quoting, a slash for a space, duplicate and unknown labels) and in places a byte prescan and an HTML
  tokenizer read differently (a comment, a ``<script>``, ``<title>``, ``<style>`` or ``<textarea>`` before
  it, past the first 1024 bytes in the head or in the body, ``<?xml encoding>``). The body is the same
  words (``BODY``) and the declared label ISO-8859-15, a label no detector picks; decoys say windows-1251.
- ``order``: a byte-order mark, the HTTP charset and a ``<meta>`` that disagree.
- ``undeclared``: no declaration at all, 61 pages in 20 languages and 3 lengths (one word, a sentence,
  a paragraph), short Latin pages with a stray byte or two, and pages whose ``<html lang>`` is not their
  language's; then :data:`HELD_OUT` (26) and :data:`HELD_OUT_2` (18), added to check the rules.
"""

from __future__ import annotations

import endec

RU = "Привет, мир! Съешь же ещё этих мягких французских булок."
#: What a ``<meta>`` case shows: 0xA4 and 0xBD are € and œ in ISO-8859-15 (the label the cases declare),
#: ¤ and ½ in windows-1252 (what a browser guesses for so few bytes), ¤ and Ѕ in windows-1251 (the decoys).
BODY = b"<body><p>It costs 5\xa4 and \xbd more.</p></body></html>"
PAD = "x" * 1100


def _meta(name: str, head: str, tail: bytes = BODY, content_type: str = "text/html") -> tuple[str, str, bytes]:
    return (f"meta: {name}", content_type, b"<!DOCTYPE html><html><head>" + head.encode("ascii") + b"</head>" + tail)


META = [
    _meta("http-equiv then content", '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15">'),
    _meta("content then http-equiv", '<meta content="text/html; charset=iso-8859-15" http-equiv="content-type">'),
    _meta("content without http-equiv", '<meta content="text/html; charset=iso-8859-15">'),
    _meta("content, charset quoted inside", "<meta http-equiv=content-type content='text/html;charset=\"iso-8859-15\"'>"),
    _meta("content, spaces round =", '<meta http-equiv="content-type" content="text/html; charset = iso-8859-15">'),
    _meta("content, charset;more", '<meta http-equiv="content-type" content="text/html; charset=iso-8859-15;x=1">'),
    _meta("content, charset only", '<meta http-equiv="content-type" content="charset=iso-8859-15">'),
    _meta("unquoted upper case", "<META CHARSET=ISO-8859-15>"),
    _meta("slash for a space", '<meta/charset="iso-8859-15">'),
    _meta("value with > before", '<meta name="a>b" charset="iso-8859-15">'),
    _meta("in a comment, then another", '<!-- <meta charset="iso-8859-15"> --><meta charset="windows-1251">'),
    _meta("after <!-->", '<!--><meta charset="iso-8859-15">'),
    _meta("in a script, then another", "<script>document.write('<meta charset=\"windows-1251\">')</script>"
          '<meta charset="iso-8859-15">'),
    _meta("in a title, then another", '<title><meta charset="windows-1251"></title><meta charset="iso-8859-15">'),
    _meta("in a style, then another", '<style>/* <meta charset="windows-1251"> */</style><meta charset="iso-8859-15">'),
    _meta("in a noscript", '<noscript><meta charset="iso-8859-15"></noscript>'),
    _meta("unknown label, then another", '<meta charset="bogus"><meta charset="iso-8859-15">'),
    _meta("unknown charset beside content", '<meta charset="bogus" http-equiv="content-type" '
          'content="text/html; charset=iso-8859-15">'),
    _meta("charset twice in one", '<meta charset="iso-8859-15" charset="windows-1251">'),
    _meta("charset twice, decoy second", '<meta charset="windows-1251" charset="iso-8859-15">'),
    _meta("http-equiv twice", '<meta http-equiv="content-type" http-equiv="refresh" content="text/html; charset=iso-8859-15">'),
    _meta("empty charset, then another", '<meta charset=""><meta charset="iso-8859-15">'),
    _meta("past 1024 bytes in the head", f"<title>{PAD}</title>" + '<meta charset="iso-8859-15">'),
    _meta("past 1024 bytes in a comment", f"<!-- {PAD} -->" + '<meta charset="iso-8859-15">'),
    ("meta: past 1024 bytes in the body", "text/html",
     b"<!DOCTYPE html><html><head></head>" + BODY.replace(b"</p>", f"</p><p>{PAD}</p><meta charset=iso-8859-15>".encode())),
    ("meta: in the body before 1024 bytes", "text/html",
     b"<!DOCTYPE html><html><head></head>" + BODY.replace(b"</p>", b"</p><meta charset=iso-8859-15>")),
    ("meta: in a textarea in the body", "text/html",
     b"<!DOCTYPE html><html><head></head>" + BODY.replace(b"<p>", b"<textarea><meta charset=windows-1251></textarea><p>")
     .replace(b"</p>", b"</p><meta charset=iso-8859-15>")),
    ("meta: <?xml encoding>", "text/html", b'<?xml version="1.0" encoding="iso-8859-15"?><html><head></head>' + BODY),
    _meta("utf-16 label", '<meta charset="utf-16">', ("<body><p>" + RU + "</p></body></html>").encode()),
    _meta("x-user-defined label", '<meta charset="x-user-defined">'),
]

ORDER = [
    ("order: BOM, HTTP and meta disagree", "text/html; charset=iso-8859-15",
     b"\xef\xbb\xbf<html><head><meta charset=windows-1251></head>" + ("<body><p>" + RU + "</p></body></html>").encode()),
    ("order: UTF-16LE BOM against HTTP utf-8", "text/html; charset=utf-8",
     b"\xff\xfe" + ("<html><head></head><body><p>" + RU + "</p></body></html>").encode("utf-16-le")),
    ("order: HTTP against meta", "text/html; charset=iso-8859-15", b"<html><head><meta charset=windows-1251></head>" + BODY),
    ("order: HTTP unknown label, then meta", "text/html; charset=bogus",
     b"<html><head><meta charset=iso-8859-15></head>" + BODY),
    ("order: HTTP utf-8 on windows-1252 bytes with a meta", "text/html; charset=utf-8",
     b"<html><head><meta charset=iso-8859-15></head>" + BODY),
]

#: (language, encoding, a sentence in it): the undeclared pages' words.
TEXTS = [
    ("fr", "windows-1252", "Le conseil municipal a approuvé hier soir le projet de rénovation de la bibliothèque, "
     "malgré l'opposition des élus écologistes qui réclamaient une étude d'impact préalable."),
    ("de", "windows-1252", "Der Gemeinderat hat gestern Abend die Sanierung der Bücherei beschlossen, obwohl die "
     "Grünen eine vorherige Prüfung der Kosten für nötig hielten und dagegen stimmten."),
    ("es", "windows-1252", "El ayuntamiento aprobó anoche la reforma de la biblioteca, a pesar de la oposición de "
     "los concejales, que pedían un estudio previo del impacto económico."),
    ("pt", "windows-1252", "A câmara municipal aprovou ontem à noite a renovação da biblioteca, apesar da oposição "
     "dos vereadores, que pediam um estudo prévio de impacto."),
    ("pl", "windows-1250", "Rada miejska zatwierdziła wczoraj wieczorem remont biblioteki, mimo sprzeciwu radnych, "
     "którzy żądali wcześniejszej analizy skutków finansowych."),
    ("cs", "windows-1250", "Zastupitelstvo včera večer schválilo rekonstrukci knihovny, přestože opoziční zastupitelé "
     "požadovali předchozí studii dopadů na rozpočet."),
    ("hu", "ISO-8859-2", "A városi tanács tegnap este jóváhagyta a könyvtár felújítását, bár az ellenzéki képviselők "
     "előzetes hatástanulmányt követeltek."),
    ("ru", "windows-1251", "Городской совет вчера вечером одобрил ремонт библиотеки, несмотря на возражения депутатов, "
     "которые требовали предварительной оценки расходов."),
    ("ru", "KOI8-R", "Городской совет вчера вечером одобрил ремонт библиотеки, несмотря на возражения депутатов, "
     "которые требовали предварительной оценки расходов."),
    ("uk", "windows-1251", "Міська рада вчора ввечері схвалила ремонт бібліотеки, попри заперечення депутатів, які "
     "вимагали попередньої оцінки витрат."),
    ("bg", "windows-1251", "Общинският съвет одобри снощи ремонта на библиотеката, въпреки възраженията на "
     "съветниците, които искаха предварителна оценка."),
    ("el", "windows-1253", "Το δημοτικό συμβούλιο ενέκρινε χθες το βράδυ την ανακαίνιση της βιβλιοθήκης, παρά τις "
     "αντιρρήσεις των συμβούλων της αντιπολίτευσης."),
    ("tr", "windows-1254", "Belediye meclisi dün akşam kütüphanenin yenilenmesini onayladı, ancak muhalefet "
     "üyeleri önceden bir maliyet çalışması yapılmasını istedi."),
    ("he", "windows-1255", "מועצת העיר אישרה אמש את שיפוץ הספרייה, למרות התנגדות חברי האופוזיציה שדרשו בדיקה מוקדמת."),
    ("ar", "windows-1256", "وافق المجلس البلدي مساء أمس على ترميم المكتبة، رغم اعتراض أعضاء المعارضة الذين طالبوا "
     "بدراسة مسبقة للتكاليف."),
    ("ja", "Shift_JIS", "市議会は昨夜、図書館の改修計画を承認した。野党の議員は事前の費用調査を求めて反対した。"),
    ("ja", "EUC-JP", "市議会は昨夜、図書館の改修計画を承認した。野党の議員は事前の費用調査を求めて反対した。"),
    ("zh", "GBK", "市议会昨晚批准了图书馆的翻修计划，尽管反对派议员要求事先进行费用评估。"),
    ("zh-tw", "Big5", "市議會昨晚批准了圖書館的翻修計畫，儘管反對派議員要求事先進行費用評估。"),
    ("ko", "EUC-KR", "시의회는 어젯밤 도서관 보수 계획을 승인했다. 야당 의원들은 사전 비용 조사를 요구하며 반대했다."),
    ("th", "windows-874", "สภาเมืองอนุมัติแผนปรับปรุงห้องสมุดเมื่อคืนนี้ แม้ฝ่ายค้านจะเรียกร้องให้ศึกษาค่าใช้จ่ายก่อน"),
]
#: Languages with a page of each length; the others have a sentence only.
LENGTHS = ("fr", "ru", "ja", "zh", "ko", "pl", "el", "de")


#: Pages added after the rules of ``archiver.extract.html._undeclared`` were set, to check them on
#: pages they were not tuned on: (language, encoding, words).
HELD_OUT = [
    ("tr", "windows-1254", "Belediye meclisi dün akşam toplandı."),
    ("cs", "windows-1250", "Zastupitelstvo včera schválilo rozpočet."),
    ("hu", "ISO-8859-2", "könyvtár"),
    ("it", "windows-1252", "Il consiglio comunale ha approvato ieri sera la ristrutturazione, però è così."),
    ("es", "windows-1252", "Mañana, señor."),
    ("sv", "windows-1252", "Kommunfullmäktige godkände i går kväll renoveringen av biblioteket, trots oppositionens "
     "krav på en förstudie."),
    ("ro", "windows-1250", "Consiliul local a aprobat aseară renovarea bibliotecii, în ciuda opoziţiei."),
    ("lt", "windows-1257", "Miesto taryba vakar vakare patvirtino bibliotekos remonto planą, nepaisant opozicijos "
     "prieštaravimų."),
    ("lv", "windows-1257", "Pilsētas dome vakar apstiprināja bibliotēkas remontu."),
    ("he", "windows-1255", "ספרייה"),
    ("ar", "windows-1256", "المكتبة"),
    ("uk", "windows-1251", "бібліотека"),
    ("bg", "windows-1251", "Общинският съвет"),
    ("el", "windows-1253", "Άρθρο για την Αθήνα και την Ελλάδα."),
    ("ja", "Shift_JIS", "図書館"),
    ("zh", "GBK", "图书馆"),
    ("zh-tw", "Big5", "圖書館"),
    ("ko", "EUC-KR", "도서관"),
    ("th", "windows-874", "ห้องสมุด"),
    ("de", "windows-1252", "Grüße"),
    ("pt", "windows-1252", "São João"),
    ("en", "windows-1252", "a naïve café"),
    ("en", "windows-1252", "Save ½ today"),
    ("en", "windows-1252", "© 2024 Müller"),
    ("en", "windows-1252", "He said “yes” – then left…"),
    ("ru", "KOI8-R", "Городской совет вчера вечером одобрил ремонт библиотеки, несмотря на возражения."),
]


#: Pages added after :data:`HELD_OUT` had set ``archiver.extract.html.WESTERN_SHARE`` and the lone-letters
#: rule: their figure is the one no rule was tuned on.
HELD_OUT_2 = [
    ("fr", "windows-1252", "Très bien, à demain."),
    ("es", "windows-1252", "¿Qué pasa en el año?"),
    ("de", "windows-1252", "Die Straße ist gesperrt."),
    ("it", "windows-1252", "La città è bella."),
    ("nl", "windows-1252", "Het is één uur."),
    ("da", "windows-1252", "Blåbærgrød og rødgrød med fløde."),
    ("fi", "windows-1252", "Hyvää päivää, mitä kuuluu?"),
    ("pl", "windows-1250", "Spotkanie odbędzie się w Krakowie w środę."),
    ("sk", "windows-1250", "Bratislava je hlavné mesto Slovenska a leží na Dunaji."),
    ("sl", "windows-1250", "Ljubljana je glavno mesto Slovenije, čudovito mesto."),
    ("tr", "windows-1254", "İstanbul'da hava bugün çok güzel."),
    ("et", "windows-1257", "Tallinn on Eesti pealinn ja sadam, mis on väga ilus."),
    ("ru", "windows-1251", "Москва"),
    ("el", "windows-1253", "Αθήνα"),
    ("he", "windows-1255", "מועצת העיר אישרה אמש את שיפוץ הספרייה."),
    ("ja", "EUC-JP", "東京"),
    ("zh", "GBK", "北京欢迎你"),
    ("zh-tw", "Big5", "台北市政府今天宣布新的交通政策，將於下個月開始實施。"),
]


def _encode(text: str, encoding: str) -> bytes:
    """``text`` in ``encoding`` by the Encoding Standard's encoder; a character it lacks is an error."""
    out = endec.encode(text, encoding)
    if endec.decode(out, encoding) != text:
        raise ValueError(f"{encoding} cannot hold {text!r}")
    return out


def _page(text: str, lang: str | None = None) -> str:
    attr = f' lang="{lang}"' if lang else ""
    return f"<!DOCTYPE html><html{attr}><head><title>t</title></head><body><p>{text}</p></body></html>"


def undeclared() -> list[tuple[str, str, bytes]]:
    """The undeclared pages: each language's sentence, one word and a paragraph for some, stray bytes."""
    out = []
    for lang, encoding, sentence in TEXTS:
        out.append((f"undeclared: {lang} {encoding} sentence", "text/html", _encode(_page(sentence), encoding)))
        if lang in LENGTHS and lang == lang.split("-")[0]:
            word = next(w for w in sentence.split() if not w.isascii())
            out.append((f"undeclared: {lang} {encoding} one word", "text/html", _encode(_page(word), encoding)))
            para = " ".join([sentence] * 6)
            out.append((f"undeclared: {lang} {encoding} paragraph", "text/html", _encode(_page(para), encoding)))
    for name, raw in (("Caf\\xe9", b"Caf\xe9"), ("5\\x80", b"It costs 5\x80 today."), ("\\xa0", b"a\xa0b"),
                      ("\\x92", b"It\x92s here."), ("\\x81", b"a\x81b"), ("\\xff", b"end\xff"),
                      ("\\xe9\\xe8", b"d\xe9j\xe0 vu, tr\xe8s"), ("\\xc0\\xaf", b"x\xc0\xafy")):
        out.append((f"undeclared: short {name}", "text/html", _page("PLACEHOLDER").encode().replace(b"PLACEHOLDER", raw)))
    for lang, encoding, words in HELD_OUT:
        out.append((f"undeclared (held out): {lang} {encoding} {words[:20]}", "text/html",
                    _encode(_page(words), encoding)))
    for lang, encoding, words in HELD_OUT_2:
        out.append((f"undeclared (held out 2): {lang} {encoding} {words[:20]}", "text/html",
                    _encode(_page(words), encoding)))
    for words in ("São Paulo", "Ångström", "Noël Çelik", "Zoë Façade", "Renée Faēade"):  # tests/test_extract_charset_default.py's
        out.append((f"undeclared: short {words}", "text/html", _encode(_page(f"Statement by {words}."), "windows-1252"
                    if words.isascii() or "ē" not in words else "windows-1257")))
    out.append(("undeclared: short Привет, lang=ru", "text/html", _encode(_page("Привет", "ru"), "windows-1251")))
    for lang, encoding, sentence in TEXTS[:1] + TEXTS[7:8]:
        for page_lang in ("ru", "fr", "ja"):
            out.append((f"undeclared: {lang} {encoding} sentence, lang={page_lang}", "text/html",
                        _encode(_page(sentence, page_lang), encoding)))
    return out


def choice_cases() -> list[tuple[str, str, bytes]]:
    """Every case of the three groups."""
    return META + ORDER + undeclared()
