"""The classes of notice the detector had no candidate for (class "a" of bench/notice_misses.py, the
largest share of the misses of every blind first run, dev4-dev13), widened by kind rather than
by phrase, each as a small page of our own:

- picture words of more languages before a colon ("Beeld:", "Kuva:", "Снимка:", "Fotoğraf:") and a
  Korean, Japanese or Chinese picture label before "=" or a colon ("[사진=...]", "写真：...");
- a sentence that ends before a closing bracket ("... (Data from Example, 2018.) Image by ...");
- a line closing on "(Jane Doe / Outlet)" (also AP's "(AP Photo/Name, Pool)") with no marker word
  and no caption element; a pair of nouns in brackets is none;
- a credit sign alone on its line, joined to the names on the next ("©" / "Jane Doe - Example Stock");
- picture libraries and photo agencies beyond the first list;
- a site's commission disclosure in any person, tense and number, and investment-risk / no-advice
  disclaimers, in EN DE FR ES RU PT IT.
"""

from __future__ import annotations

import pytest
from notice_pages import BODY, FOOTER
from notice_pages import after as _after
from notice_pages import between as _between

from archiver.extract.notices import credit_tail, find_notices
from archiver.extract.page_lines import CTX_CAPTION

# ----------------------------------------------------------------------------- picture words


@pytest.mark.parametrize("credit", [
    "Beeld: Jan Jansen",                    # nl
    "Kuva: Matti Meikäläinen",              # fi
    "Снимка: Иван Иванов",                  # bg
    "Fotoğraf: Ayşe Yılmaz",                # tr
    "Kép: Kovács János",                    # hu
    "Gambar: Budi Santoso",                 # id
    "Φωτογραφία: Γιώργος Παπαδόπουλος",     # el
])
def test_picture_word_of_another_language_before_a_colon_is_a_credit(credit: str) -> None:
    assert _between(credit, CTX_CAPTION) == [("image_credit", credit)]


def test_picture_word_of_another_language_in_running_text_is_no_credit() -> None:
    assert _between("Het beeld van de stad is veranderd sinds de haven werd gesloten.", 0) == []


@pytest.mark.parametrize("credit", [
    "[사진=Example, 이매진아시아]",
    "写真：山田太郎",
    "图片：新华社",
])
def test_cjk_picture_label_before_equals_or_colon_is_a_credit(credit: str) -> None:
    found = _between(credit, CTX_CAPTION)
    assert [k for k, _ in found] == ["image_credit"]
    assert found[0][1].strip("[]") in credit


# ----------------------------------------------------------------------------- sentence ends


def test_sentence_ends_before_a_closing_bracket() -> None:
    caption = ("Availability of multilingual name data varies considerably from language to language, and the "
               "more names there are in a language, the more of the map will display in that language for "
               "every reader of it. (Data from Example Maps, April, 2018.) Image by Jane Doe, CC BY-SA 4.0.")
    assert credit_tail(caption) == "Image by Jane Doe, CC BY-SA 4.0."


def test_credit_after_a_bracketed_sentence_closing_a_long_caption_is_found() -> None:
    caption = ("Availability of multilingual name data varies considerably from language to language, and the "
               "more names there are in a language, the more of the map will display in that language for "
               "every reader of it, as the chart of the twenty-five most widely available languages shows. "
               "(Data from Example Maps, April, 2018.) Image by Jane Doe, CC BY-SA 4.0.")
    assert ("image_credit", "Image by Jane Doe, CC BY-SA 4.0.") in _between(caption, CTX_CAPTION)


# ----------------------------------------------------------------------------- "(Jane Doe / Outlet)"


@pytest.mark.parametrize(("line", "credit"), [
    ("First shift workers leave the assembly plant in the small river city near the state line. "
     "(Jane Doe / Example Tribune)", "(Jane Doe / Example Tribune)"),
    ("Los jugadores festejan en el estadio vacío al finalizar el encuentro ante el rival de siempre. "
     "(AP Foto/Juan Pérez, Pool)", "(AP Foto/Juan Pérez, Pool)"),
    ("Players celebrate in the empty stadium after the first match since the league was halted. "
     "(AP Photo/Jane Doe, File)", "(AP Photo/Jane Doe, File)"),
])
def test_line_closing_on_a_parenthesised_name_and_outlet_is_a_credit(line: str, credit: str) -> None:
    assert _between(line, 0) == [("image_credit", credit)]


@pytest.mark.parametrize("line", [
    "Die Stadtbibliothek hat ihre Öffnungszeiten verlängert (Bibliothek / Bücherei)",
    "Die Jacke ist aus einem dehnbaren Gewebe gefertigt (Polyester/Spandex)",
    "Gesucht wird ein Ingenieur mit Abschluss (Master / Dipl.-Ing.)",
])
def test_pair_of_nouns_in_brackets_is_no_credit(line: str) -> None:
    assert _between(line, 0) == []


# ----------------------------------------------------------------------------- a sign on its own line


def _pair(first: str, second: str) -> list[tuple[str, str]]:
    lines = [*BODY[:2], first, second, *BODY[2:], *FOOTER]
    contexts = [0] * len(lines)
    return [(n.kind, n.text) for n in find_notices(lines, contexts, BODY)]


def test_credit_sign_alone_above_names_is_joined_to_them() -> None:
    assert _pair("©", "Jane Doe - Adobe Stock") == [("image_credit", "© Jane Doe - Adobe Stock")]


def test_credit_sign_alone_above_a_year_is_the_sites_line() -> None:
    assert _pair("©", "2024 Example Media GmbH") == []


# ----------------------------------------------------------------------------- libraries and agencies


@pytest.mark.parametrize("credit", [
    "Freepik",                      # a library alone under its picture
    "Westend61",
    "Jane Doe via Stocksy",         # names, then the library the picture came through
    "Hans Beispiel via ullstein bild",
])
def test_more_picture_libraries_and_photo_agencies_credit(credit: str) -> None:
    assert _between(credit, CTX_CAPTION) == [("image_credit", credit)]


def test_credit_after_a_glued_sentence_keeps_the_name_before_the_library() -> None:
    caption = "Die Vorsitzenden kommen am Mittwoch zum Treffen mit der Regierung.Jane Doe / Lehtikuva"
    assert _between(caption, CTX_CAPTION) == [("image_credit", "Jane Doe / Lehtikuva")]


def test_the_german_word_wenn_is_no_agency() -> None:
    assert _between("Wenn", CTX_CAPTION) == []


# ----------------------------------------------------------------------------- commission disclosures


@pytest.mark.parametrize("line", [
    "We may earn commissions from the retailers when you buy through links on this page.",          # en
    "Diese Website ist kostenlos, wir erhalten jedoch möglicherweise Provisionen von den Anbietern.",  # de, plural
    "Wir können von diesen Partnern eine finanzielle Vergütung erhalten.",                           # de, noun first
    "Nous percevons des commissions sur les achats effectués via ces liens.",                       # fr
    "Podemos recibir comisiones por las compras realizadas a través de estos enlaces.",             # es
    "Мы получаем комиссию с покупок, сделанных по этим ссылкам.",                                   # ru
    "Podemos receber comissões pelas compras feitas através destes links.",                         # pt
    "Riceviamo una commissione sugli acquisti effettuati tramite questi link.",                     # it
])
def test_commission_disclosure_in_any_person_and_number_is_sponsored(line: str) -> None:
    assert _after(line, 0) == [("sponsored", line)]


def test_a_bonus_paid_to_staff_is_no_disclosure() -> None:
    assert _after("Die Mitarbeiter sollen für ihren Einsatz in diesem Jahr eine Prämie erhalten.", 0) == []


# ----------------------------------------------------------------------------- investment risk


@pytest.mark.parametrize("line", [
    "Investing is speculative. When you invest, your capital is at risk.",                            # en
    "Investieren ist spekulativ. Bei der Anlage ist Ihr Kapital in Gefahr.",                          # de
    "Ce contenu ne constitue pas un conseil : investir est risqué et votre capital est à risque.",   # fr
    "Invertir es especulativo y su capital está en riesgo.",                                          # es
    "Инвестиции связаны с высоким риском, ваш капитал под угрозой.",                                 # ru
    "Investir é especulativo e seu capital está em risco.",                                           # pt
    "Investire è speculativo: il tuo capitale è a rischio.",                                          # it
    "Jeglicher Inhalt dient der Information und stellt keine Kauf- oder Verkaufsempfehlung dar.",   # de, no advice
])
def test_investment_risk_statement_is_a_disclaimer(line: str) -> None:
    assert _after(line, 0) == [("disclaimer", line)]
