"""Brazilian press pages' institutions, slot labels and artwork credits (extractor 198).

notices-blind24 / authors-blind23 (26 Brazilian Portuguese news and press pages, 4 Russian, labelled blind) reported two
wrong persons on its first run, both classes issue 15 names: a court's name declared as the page's meta author ("Tribunal
de Contas da União": an organisation) and a press office's slot label under the date ("Publicidade DPE-TO": the word
for publicity and an acronym), read as the byline. Its picture credits "Arte de <name> sobre foto ..." (a newsroom's
artwork) and "Ilustração: ..." had no marker the reader knew. Each is read here as a class, with its neighbours that
must stay as they were: a person's name, art's own name ("Arte de Rua"), a sentence about art.
"""

from __future__ import annotations

from archiver.extract import extract

_TEXT = "".join(f"<p>O tribunal analisou {i} processos sobre a aplicação de recursos federais no município durante o "
                "ano passado e aplicou multa ao prefeito.</p>" for i in range(5))


def _article(head: str = "", top: str = "", figure: str = ""):  # noqa: ANN202 - an Article
    page = ("<!doctype html><html lang='pt-BR'><head><title>Município descumpre determinação</title>" + head
            + "</head><body><article><h1>Município descumpre determinação do tribunal</h1>" + top + figure + _TEXT
            + "</article></body></html>").encode()
    return extract(page, url="http://127.0.0.1:8000/noticias/municipio", content_type="text/html")


def test_a_court_declared_as_the_meta_author_is_no_person():
    article = _article(head='<meta name="author" content="Tribunal de Contas da União">')
    assert article.authors == ()


def test_a_council_or_a_prosecutors_office_declared_as_the_meta_author_is_no_person():
    for name in ("Conselho Nacional do Ministério Público", "Procuradoria-Geral da República", "Defensoria Pública"):
        assert _article(head=f'<meta name="author" content="{name}">').authors == ()


def test_a_person_declared_as_the_meta_author_and_in_the_byline_is_still_the_author():
    article = _article(head='<meta name="author" content="Keliane Vale">', top="<p>Por Keliane Vale</p>")
    assert article.authors == ("Keliane Vale",)


def test_a_publicity_slot_label_under_the_date_is_no_byline():
    article = _article(top="<p>Publicado em 25/10/2016 18:01</p><p>Publicidade DPE-TO</p>")
    assert "Publicidade DPE-TO" not in article.authors


def _credits(caption: str) -> list[str]:
    figure = f'<figure><img src="/a.jpg" alt=""><figcaption>{caption}</figcaption></figure>'
    return [n.text for n in _article(figure=figure).disclaimers if n.kind == "image_credit"]


def test_a_newsrooms_artwork_credit_is_a_picture_credit():
    assert _credits("Arte de Camila Adamoli sobre foto Goiás 24 Horas") == [
        "Arte de Camila Adamoli sobre foto Goiás 24 Horas"]


def test_an_illustration_label_in_portuguese_or_italian_is_a_picture_credit():
    assert _credits("Ilustração: Camila Adamoli") == ["Ilustração: Camila Adamoli"]
    assert _credits("Illustrazione: Camila Adamoli") == ["Illustrazione: Camila Adamoli"]


def test_art_or_a_broadcaster_named_in_a_caption_is_no_credit():
    assert _credits("Arte de Rua em São Paulo") == []
    assert _credits("Arte contemporânea no museu da cidade") == []
    assert _credits("ARTE Radio") == []
