"""Notice detection on single visible lines: general phrasings per kind and language, and the
look-alikes that must not be reported (footer links, timestamps, ad slots, site copyright)."""

from __future__ import annotations

import pytest

from archiver.extract.notices import classify_line, find_notices


@pytest.mark.parametrize(("line", "kind"), [
    # disclaimers
    ("Disclaimer: The contents of this article are of sole responsibility of the author(s).", "disclaimer"),
    ("The views expressed in this article do not necessarily reflect those of the publisher.", "disclaimer"),
    ("Opinions expressed by Forbes Contributors are their own.", "disclaimer"),
    ("The opinions in Politics.co.uk's Comment section are those of the author.", "disclaimer"),
    ("This content is for informational purposes only and does not constitute financial advice.", "disclaimer"),
    ("Dieser Beitrag gibt die Meinung des Autors wieder, nicht die der Redaktion.", "disclaimer"),
    ("Les propos tenus n'engagent que leurs auteurs.", "disclaimer"),
    ("Las opiniones de los autores no reflejan necesariamente la opinión de este medio.", "disclaimer"),
    ("Мнение автора может не совпадать с позицией редакции.", "disclaimer"),
    # editor's notes
    ("Editor's note: This interview has been condensed for length.", "editors_note"),
    ("Anmerkung der Redaktion: Das Gespräch wurde vor der Wahl geführt.", "editors_note"),
    ("Note de la rédaction : ce texte date de 2019.", "editors_note"),
    ("Nota del editor: esta entrevista se realizó en marzo.", "editors_note"),
    ("От редакции: материал подготовлен до начала выборов.", "editors_note"),
    # corrections (an editor's note announcing an update is a correction)
    ("Editor’s note: This story was updated at 5:45 p.m. to add comment from the mayor.", "correction"),
    ("Correction, Nov. 15, 2019: This article originally misidentified the company.", "correction"),
    ("Update: We added a statement from the ministry.", "correction"),
    ("Dieser Artikel wurde am 3. Mai aktualisiert.", "correction"),
    ("Cet article a été mis à jour le 4 juin.", "correction"),
    ("Este artículo fue corregido para precisar la cifra.", "correction"),
    ("Статья была обновлена 5 июня.", "correction"),
    # republished from
    ("This article was originally published by The Conversation.", "republished_from"),
    ("This post originally appeared on Grist.", "republished_from"),
    ("Reprinted with permission of Basic Books.", "republished_from"),
    ("Dieser Beitrag erschien zuerst im Blog DoSchu.Com.", "republished_from"),
    ("Dieser Artikel ist ursprünglich am 27. Februar 2017 erschienen.", "republished_from"),
    ("Cet article a été initialement publié dans Le Monde.", "republished_from"),
    ("Publicado originalmente en El País.", "republished_from"),
    ("Материал впервые опубликован в журнале «Огонёк».", "republished_from"),
    # sponsored
    ("This sponsored deal is brought to you by Dashlane.", "sponsored"),
    ("When you purchase through links on our site, we may earn an affiliate commission.", "sponsored"),
    ("As an Amazon Associate I earn from qualifying purchases.", "sponsored"),
    ("Anzeige: Dieser Beitrag ist in Zusammenarbeit mit Barbour entstanden.", "sponsored"),
    ("Cet article contient des liens d'affiliation.", "sponsored"),
    ("Este artículo es contenido patrocinado.", "sponsored"),
    ("На правах рекламы", "sponsored"),
    # image credits
    ("The bridge at dusk. Photo: Getty Images", "image_credit"),
    ("Image credit: Blue Origin", "image_credit"),
    ("Ein Radweg in der Innenstadt. Foto: Sean Gallup/Getty Images", "image_credit"),
    ("Photo : AFP", "image_credit"),
    ("Grúas en el puerto. Foto: EFE", "image_credit"),
    ("Фото: личный архив Андрея Рудькова", "image_credit"),
    ("© REUTERS / POOL", "image_credit"),
    ("Trybunał Konstytucyjny / Shutterstock", "image_credit"),
    ("Featured image is from Moscow Times", "image_credit"),
])
def test_notice_phrasing_detected_with_kind(line: str, kind: str) -> None:
    notice = classify_line(line)
    assert notice is not None, line
    assert notice.kind == kind


@pytest.mark.parametrize("line", [
    "Disclaimer",
    "Impressum / Disclaimer",
    "Corrections & Clarifications",
    "Suggest a correction",
    "Updated: 18 Nov 2019 9:38 pm",
    "Aktualisiert am 12.03.2021, 14:05 Uhr",
    "Advertisement",
    "Anzeige",
    "Werbung",
    "© 2019 Sputnik. All rights reserved",
    "© Telegraph Media Group Limited 2019",
    "Copyright © 2005-2019 GlobalResearch.ca",
    "First Published on Nov 20, 2019 01:38 pm",
    "This article was reprinted on Wired.com.",
    "Quelle: dpa",
    "Credit Cards",
    "Video: 16-inch MacBook Pro top features",
    "Photoshop tips for beginners",
    "Note: we are temporarily moderating all comments.",
    "We use cookies to personalise content and ads.",
    "Sponsored Posts",
])
def test_look_alike_is_not_a_notice(line: str) -> None:
    assert classify_line(line) is None


def test_label_line_joined_with_the_text_it_introduces() -> None:
    assert [(n.kind, n.text) for n in find_notices(["Фото:", "личный архив Олеси Куприн"])] == [
        ("image_credit", "Фото: личный архив Олеси Куприн")]


def test_identical_notices_reported_once() -> None:
    lines = ["BGR may receive a commission", "Story text here.", "BGR may receive a commission"]
    assert len(find_notices(lines)) == 1


def test_credit_reported_without_the_caption_before_it() -> None:
    notice = classify_line("Demonstrators outside parliament on Tuesday. Photo: Jane Doe/AP Photo")
    assert notice is not None and notice.text == "Photo: Jane Doe/AP Photo"


# Italian and Portuguese cues: the same kinds said the way those pages say them.
@pytest.mark.parametrize(("line", "kind"), [
    ("Questo articolo è stato aggiornato il 3 marzo per correggere un errore.", "correction"),
    ("Le opinioni espresse in questo articolo non riflettono necessariamente la posizione della redazione.",
     "disclaimer"),
    ("Contenuto sponsorizzato", "sponsored"),
    ("Questo articolo è stato pubblicato originariamente su Internazionale.", "republished_from"),
    ("Nota della redazione: il testo è stato scritto prima delle elezioni.", "editors_note"),
    ("Este artigo foi atualizado às 15h para incluir a resposta do ministério.", "correction"),
    ("As opiniões expressas neste texto não refletem necessariamente a posição do jornal.", "disclaimer"),
    ("Podemos receber uma comissão por compras feitas através dos links.", "sponsored"),
    ("Este texto foi publicado originalmente no Nexo Jornal.", "republished_from"),
    ("Nota da redação: este texto foi escrito em 2019.", "editors_note"),
])
def test_italian_and_portuguese_notices_by_kind(line: str, kind: str) -> None:
    notices = find_notices([line])
    assert [n.kind for n in notices] == [kind]


@pytest.mark.parametrize("line", [
    "Il governo ha pubblicato il decreto ieri sera.",
    "O ministério publicou o relatório na segunda-feira.",
    "Ho letto la versione precedente del regolamento.",
])
def test_italian_and_portuguese_article_sentences_are_not_notices(line: str) -> None:
    assert find_notices([line]) == ()


@pytest.mark.parametrize("line", [
    "Os comentários não representam a opinião do portal, a responsabilidade é do autor da mensagem.",
    "Die Kommentare der User geben nicht die Meinung der Redaktion wieder.",
    "Comments do not necessarily reflect the views of the editors.",
])
def test_reader_comment_rules_are_not_disclaimers(line: str) -> None:
    assert find_notices([line]) == ()


def test_portuguese_news_sentence_with_nao_refletem_is_not_a_disclaimer() -> None:
    line = ("Representantes do setor disseram que as declarações do parlamentar são isoladas e "
            "não refletem a posição do governo.")
    assert find_notices([line]) == ()
