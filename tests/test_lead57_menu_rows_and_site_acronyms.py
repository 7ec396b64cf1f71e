"""A menu's row, the site's acronym spelt out in its copyright, and a credit of text and photos (extractor 199).

notices-blind25 (30 Brazilian press pages held out of round lead57) reported two wrong picture credits on its first
run: a treasury's menu row that a picture word opens ("imprensa | imagens | áudios | vídeos | calendário |") and an
association's footer "Copyright © CONAMP - Associação Nacional ..." (the site's acronym and what it stands for, read as
two names: a credit). Its "Texto e fotos: <name>" (text and photos) was reported from "fotos" on, a fragment.
"""

from __future__ import annotations

from archiver.extract import extract

_TEXT = "".join(f"<p>A associação participou {i} vezes do encontro nacional dos procuradores e defendeu a autonomia "
                "do Ministério Público perante o Congresso.</p>" for i in range(5))


def _notices(url: str, before: str = "", after: str = "", footer: str = "") -> list[tuple[str, str]]:
    page = ("<!doctype html><html lang='pt-BR'><head><title>Encontro nacional</title></head><body>" + before
            + "<article><h1>Associação participa do encontro nacional</h1>" + _TEXT + after + "</article><footer>"
            + footer + "</footer></body></html>").encode()
    return [(n.kind, n.text) for n in extract(page, url=url, content_type="text/html").disclaimers]


def test_a_menu_row_a_picture_word_opens_is_no_credit():
    nav = "<nav><p>imprensa | imagens | áudios | vídeos | calendário |</p></nav>"
    assert _notices("http://127.0.0.1:8000/noticias/1", before=nav) == []


def test_a_picture_word_a_bar_and_a_name_is_still_a_credit():
    found = _notices("http://127.0.0.1:8000/noticias/1", after="<p>Foto | Jane Doe</p>")
    assert ("image_credit", "Foto | Jane Doe") in found


def test_the_sites_acronym_spelt_out_in_its_footer_copyright_is_no_credit():
    footer = "<p>Copyright © CONAMP - Associação Nacional dos Membros do Ministério Público</p>"
    assert _notices("http://www.conamp.org.br/pt/noticias/1393", footer=footer) == []


def test_the_sites_name_beside_a_photographers_in_a_copyright_line_is_still_a_credit():
    figure = '<figure><img src="/a.jpg" alt=""><figcaption>A presidente no encontro. © CONAMP - Jane Doe</figcaption></figure>'
    found = _notices("http://www.conamp.org.br/pt/noticias/1393", after=figure)
    assert any(kind == "image_credit" and "Jane Doe" in text for kind, text in found)


def test_a_credit_of_text_and_photos_is_reported_whole():
    found = _notices("http://127.0.0.1:8000/noticias/1", after="<p>Texto e fotos: Flávio Portela</p>")
    assert ("image_credit", "Texto e fotos: Flávio Portela") in found
