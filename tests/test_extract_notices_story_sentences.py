"""A cue phrase inside a sentence of the story is no notice (issue 15, precision).

A review found story sentences of an article's body reported as notices because they hold a cue:
"Photos on Instagram showed the damage to the old bridge." as the credit "Photos on Instagram showed the
damage to", "A man who republished from a paywalled site was fined on Monday." as a republication line.
A credit or a disclosure is formulaic: "Photo from Jane Doe's Instagram", "Photos by Jane Doe.", "This
article was republished from X". A sentence of the story names who did something and goes on with what
happened: a clause after the platform or the maker ("... showed the flooded streets"), or a subject
before the cue and a clause after its object, in a paragraph of the main text set apart by nothing.

Each case sets the story's sentence on the same page as a real notice of the same cue: the notice is
still found, the story's sentence is not.
"""

from __future__ import annotations

import pytest
from notice_articles import caption, notices, page

# (language, the story's sentence, a real notice of the same cue beside it, what that notice reports)
PLATFORM = [
    ("en", "Photos on Instagram showed the damage to the old bridge.",
     caption("The old bridge after the storm. Photo from Jane Doe's Instagram"), "Photo from Jane Doe's Instagram"),
    ("de", "Fotos auf Instagram zeigten die Schäden an der alten Brücke.",
     caption("Die alte Brücke nach dem Sturm. Foto aus dem Instagram-Profil von Jana Muster"),
     "Foto aus dem Instagram-Profil von Jana Muster"),
    ("es", "Fotos en Instagram mostraban los daños en el viejo puente.",
     caption("El viejo puente tras la tormenta. Foto tomada de Instagram @juanperez"), "Foto tomada de Instagram @juanperez"),
    ("ru", "Фото из Инстаграма показали повреждения старого моста.",
     caption("Старый мост после бури. Фото из Инстаграма Иван Иванова"), "Фото из Инстаграма Иван Иванова"),
    ("pt", "Fotos do Facebook mostraram a praça inundada pela manhã.",
     caption("A praça depois da tempestade. Foto do Facebook de João Silva"), "Foto do Facebook de João Silva"),
    ("it", "Foto da Facebook mostravano la piazza allagata al mattino.",
     caption("La piazza dopo la tempesta. Foto dal profilo Instagram di Mario Rossi"),
     "Foto dal profilo Instagram di Mario Rossi"),
]

MAKER = [
    ("en", "Photos by residents showed the flooded streets near the harbour.", "Photos by Jane Doe."),
    ("de", "Fotos von Anwohnern zeigten die überfluteten Straßen am Hafen.", "Fotos von Jana Muster."),
    ("fr", "Photos de riverains montraient les rues inondées près du port.", "Photos de Jeanne Dupont."),
    ("es", "Fotos de vecinos mostraron las calles inundadas cerca del puerto.", "Fotos de Juan Pérez."),
    ("pt", "Fotos de moradores mostraram as ruas alagadas perto do porto.", "Fotos de João Silva."),
    ("it", "Foto di residenti mostravano le strade allagate vicino al porto.", "Foto di Mario Rossi."),
    ("en", "Photo credit went to the local agency, which had sent three photographers to the scene.",
     "Photo credit Jane Doe / Example Agency"),
    ("en", "Screenshots from Twitter showed the minister deleting the post within minutes.", "Screenshot: YouTube"),
]

STATEMENT = [
    ("en", "A man who republished from a paywalled site was fined on Monday.",
     "This article was republished from The Conversation under a Creative Commons licence.", "republished_from"),
    ("en", "She was sponsored by a local bakery when she ran her first marathon in 2019.",
     "This trip was sponsored by Visit Norway.", "sponsored"),
    ("es", "El equipo fue patrocinado por una cervecería antes de disolverse en 2019.",
     "Contenido patrocinado por Cervecería Ejemplo.", "sponsored"),
    ("es", "El texto, publicado originalmente en un diario local, fue copiado por sitios extranjeros.",
     "Este artículo fue publicado originalmente en El Diario Ejemplo.", "republished_from"),
    ("pt", "O atleta, patrocinado por uma marca esportiva durante uma década, se aposentou no domingo.",
     "Conteúdo patrocinado por Exemplo.", "sponsored"),
    ("en", "The athlete, who was sponsored by a sportswear brand for a decade, retired on Sunday.",
     "Sponsored by Example Sportswear.", "sponsored"),
]


@pytest.mark.parametrize(("lang", "story", "real", "credit"), PLATFORM, ids=[row[0] for row in PLATFORM])
def test_a_story_sentence_about_pictures_on_a_platform_is_no_credit(lang: str, story: str, real: str, credit: str) -> None:
    assert notices(page(f"<p>{story}</p>{real}", lang=lang)) == [("image_credit", credit)]


@pytest.mark.parametrize(("lang", "story", "credit"), MAKER, ids=[f"{row[0]}-{i}" for i, row in enumerate(MAKER)])
def test_a_story_sentence_saying_whose_pictures_showed_what_is_no_credit(lang: str, story: str, credit: str) -> None:
    assert notices(page(f"<p>{story}</p><p>{credit}</p>", lang=lang)) == [("image_credit", credit)]


@pytest.mark.parametrize(("lang", "story", "real", "kind"), STATEMENT, ids=[f"{row[0]}-{row[3]}" for row in STATEMENT])
def test_a_story_sentence_holding_a_disclosure_cue_in_its_clause_is_no_notice(lang: str, story: str, real: str,
                                                                             kind: str) -> None:
    assert notices(page(f"<p>{story}</p><p>{real}</p>", lang=lang)) == [(kind, real)]


def test_a_credit_naming_its_maker_outside_the_story_keeps_its_sentence() -> None:
    # the same words in a caption are the picture's: only a paragraph of the story, set apart by nothing, is read so
    text = "Photos by residents showed the flooded streets near the harbour."
    assert notices(page(caption(text))) != []


def test_a_disclosure_cue_in_a_story_sentence_set_apart_in_italics_is_still_a_notice() -> None:
    text = "The reporter was sponsored by Visit Norway for the whole of the trip along the coast."
    assert notices(page(f"<p><em>{text}</em></p>")) == [("sponsored", text)]


def test_a_platform_credit_before_its_posts_date_is_still_a_credit() -> None:
    # the account's words stop at a number: the post's date after the credit is no clause
    line = caption("Фото из Инстаграма Лукаша Подольски 15 августа 2016, 13:43")
    assert notices(page(line, lang="ru")) == [("image_credit", "Фото из Инстаграма Лукаша Подольски")]
