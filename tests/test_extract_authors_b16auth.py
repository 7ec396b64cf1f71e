"""Authors: the classes authors-blind15's first run missed (round b16auth, issue 15: persons right or absent). Each
class beside a wrong-name neighbour that must stay unreported. Fixtures of our own.

1. An initial-and-surname byline glued to a follow widget ("P. Montesinos Seguir a montesinospablo", "Follow
   @x"): the widget's words cut off, the name kept when the handle or a declaration names the same person.
2. A handle in the top byline ("Written by HarborMara") and the full name in a closing author box ("Written by
   Mara Quill-Reed") that a declaration names: the full name; a handle is never a person's name.
3. Names with a parenthesised role beside the headline ("Lance Ryan (Content Manager)"): the role is no part of
   the name; a writing role makes an author, a data analyst's or an editor's does not.
4. A name between a date-time and a city in a Spanish dateline ("09 de febrero de 2017. 17:18h Francisco Velasco,
   Madrid."): a byline reading, only when the line is a dateline.
5. A name alone on its line with second evidence: an author bio after the text ("CAMELIA TIGAU es investigadora
   ..."), or a job-title line under it beside the headline ("Head of Product Marketing ..."); never a lone name
   line, never a person the story itself names.
"""

from __future__ import annotations

from author_pages import PARAGRAPHS, authors, page

from archiver.extract.byline_forms import dateline_name, follow_widget_name, role_credits

_ES_PARAGRAPHS = [
    "El tribunal fijará el criterio jurídico respecto a la consulta tras el juicio, que comenzará a finales de "
    "mes, y la fiscalía pide una condena de varios años de inhabilitación para los acusados.",
    "Los abogados de la defensa sostienen que no hubo desobediencia y que la consulta fue un proceso "
    "participativo sin efectos jurídicos, como repitieron durante toda la instrucción.",
    "La sala deberá decidir también si admite las pruebas propuestas por las acusaciones populares, que "
    "piden citar como testigos a varios miembros del gobierno autonómico de entonces.",
    "Fuentes jurídicas recuerdan que una condena firme tendría consecuencias para otros procesos abiertos por "
    "los mismos hechos en los tribunales superiores de justicia de la comunidad.",
    "El calendario previsto por la sala contempla varias sesiones a lo largo de dos semanas, con la lectura de "
    "la sentencia prevista para antes del verano si no hay aplazamientos.",
    "Los partidos de la oposición reclamaron prudencia y pidieron respetar la independencia judicial en un caso "
    "que, según recordaron, ha dividido a la opinión pública durante meses.",
]


# --- 1. a follow widget glued to the byline


def test_an_initial_and_surname_glued_to_a_follow_widget_is_the_byline() -> None:
    html = page("<meta name='author' content='Pablo Montesinos'>",
                below_headline="<div class='autor'><span>P. Montesinos</span> <a href='/x'>Seguir a "
                               "montesinospablo</a></div><p>2017-02-13</p>", lang="es")
    assert authors(html) == ["P. Montesinos"]


def test_a_follow_handle_that_holds_the_surname_confirms_the_name_without_a_declaration() -> None:
    assert follow_widget_name("M. Quill Follow @maraquill", ()) == ["M. Quill"]
    assert follow_widget_name("Anna Berg Folgen", ("Anna Berg",)) == ["Anna Berg"]
    assert follow_widget_name("Marie Dupont Suivre @mdupont", ()) == ["Marie Dupont"]


def test_a_topics_follow_button_names_no_writer() -> None:
    html = page(below_headline="<div class='tag'><span>Pablo Iglesias</span> <a href='/t'>Seguir</a></div>"
                               "<p>2017-02-13</p>", lang="es")
    assert authors(html) == []
    assert follow_widget_name("Pablo Iglesias Seguir", ()) == []
    assert follow_widget_name("Pablo Iglesias Seguir a podemos", ()) == []  # the handle is someone else's


# --- 2. a handle in the top byline, the full name in the author box


_RELATED = "".join(f"<li>Other harbour story number {n}</li>" for n in range(1, 10))


def test_a_handle_byline_gives_way_to_the_full_name_the_box_and_the_declaration_agree_on() -> None:
    html = page("<meta name='author' content='Mara Quill-Reed'>",
                below_headline="<p>Written by HarborMara</p>",
                after=f"<ul>{_RELATED}</ul><div class='author-box'><p>Written by Mara Quill-Reed</p></div>")
    assert authors(html) == ["Mara Quill-Reed"]


def test_a_handle_that_names_no_one_of_the_box_credits_no_one() -> None:
    html = page("<meta name='author' content='Mara Quill-Reed'>",
                below_headline="<p>Written by HarborTeamBlog</p>",
                after=f"<ul>{_RELATED}</ul><div class='author-box'><p>Written by Mara Quill-Reed</p></div>")
    assert authors(html) == []


def test_a_handle_alone_is_never_a_persons_name() -> None:
    assert authors(page(below_headline="<p>Written by HarborMara</p>")) == []


# --- 3. a parenthesised role after each name


def test_a_writing_role_credits_its_person_and_other_roles_do_not() -> None:
    html = page(below_headline="<p>Lance Ryan (Content Manager)</p><p>Mycle (Editor-in-Chief)</p>"
                               "<p>Jeffrey Callahan (Data Analyst)</p>")
    assert authors(html) == ["Lance Ryan"]


def test_a_data_analyst_alone_is_no_writer() -> None:
    assert authors(page(below_headline="<p>Jeffrey Callahan (Data Analyst)</p>")) == []
    assert role_credits(["Jeffrey Callahan (Data Analyst)"], 0) == []


def test_a_politicians_party_in_brackets_is_no_role_credit() -> None:
    assert authors(page(below_headline="<p>Nancy Pelosi (D-Calif.)</p>")) == []
    assert role_credits(["Nancy Pelosi (D-Calif.)", "Jane Doe (Staff Writer)"], 0) == ["Jane Doe"]


# --- 4. a Spanish dateline's name


def _dateline_page(line: str, head: str = "<meta name='author' content='Francisco Velasco'>") -> bytes:
    # the dateline inside the story, further from the headline than a credit beside it stands
    return page(head, paragraphs=[*_ES_PARAGRAPHS[:5], *PARAGRAPHS[:3], line, _ES_PARAGRAPHS[5]], lang="es",
                headline="Una condena del Supremo arrastraría al expresidente")


def test_a_declared_writer_in_a_spanish_dateline_is_reported() -> None:
    assert authors(_dateline_page("09 de febrero de 2017. 17:18h Francisco Velasco, Madrid.")) == [
        "Francisco Velasco"]


def test_a_dateline_reading_needs_date_time_name_and_city() -> None:
    assert dateline_name("09 de febrero de 2017. 17:18h Francisco Velasco, Madrid.") == ["Francisco Velasco"]
    assert dateline_name("09 de febrero de 2017. 17:18h Europa Press, Madrid.") == []
    assert dateline_name("09 de febrero de 2017. 17:18h Francisco Velasco, ministro del Interior, dijo que no.") == []
    assert dateline_name("Francisco Velasco, Madrid.") == []  # no date, no time


def test_a_name_in_a_dateline_that_no_declaration_confirms_is_not_reported_alone() -> None:
    assert authors(_dateline_page("09 de febrero de 2017. 17:18h Francisco Velasco, Madrid.", head="")) == []


# --- 5. a name alone on its line, with a second evidence


_STANDFIRST = "<p class='standfirst'>En busca de la política educativa y migratoria correcta</p>"
_BIO = ("<p>MARA QUILL es investigadora del Centro de Estudios Portuarios de la Universidad del Puerto y autora "
        "de dos libros sobre la economía de las ciudades costeras.</p>")


def test_a_name_line_under_the_standfirst_with_a_bio_after_the_text_is_the_writer() -> None:
    html = page(below_headline=f"{_STANDFIRST}<p>Mara Quill</p>", below_body=_BIO)
    assert authors(html) == ["Mara Quill"]


def test_a_lone_name_line_under_the_standfirst_is_not_reported() -> None:
    assert authors(page(below_headline=f"{_STANDFIRST}<p>Mara Quill</p>")) == []


def test_a_name_line_whose_person_the_story_names_is_its_subject_not_its_writer() -> None:
    story = [*PARAGRAPHS[:2], PARAGRAPHS[2].replace("Residents", "Quill said residents")]
    html = page(below_headline=f"{_STANDFIRST}<p>Mara Quill</p>", below_body=_BIO, paragraphs=story)
    assert authors(html) == []


def test_a_name_line_over_a_job_title_line_at_the_headline_is_the_writer() -> None:
    html = page(below_headline="<div class='meta'><p>Dhan Mannakkara</p><p>Head of Product Marketing and GTM "
                               "Strategy</p><p>August 29, 2025</p></div>")
    assert authors(html) == ["Dhan Mannakkara"]


def test_a_name_line_over_a_job_title_whom_the_story_names_is_not_reported() -> None:
    story = [*PARAGRAPHS[:2], PARAGRAPHS[2].replace("Residents", "Mannakkara told residents")]
    html = page(below_headline="<div class='meta'><p>Dhan Mannakkara</p><p>Head of Product Marketing and GTM "
                               "Strategy</p><p>August 29, 2025</p></div>", paragraphs=story)
    assert authors(html) == []


def test_a_lone_name_line_at_the_headline_is_not_reported() -> None:
    assert authors(page(below_headline="<p>Dhan Mannakkara</p><p>August 29, 2025</p>")) == []
