"""Authors: the classes authors-blind16's first run missed (round b17auth, issue 15: persons right or absent). Each
class beside a neighbour that must stay as it was. Fixtures of our own; names invented.

1. A byline of several names joined by commas and a final "&"/"and"/"und"/"et"/"y"/"e" over the date: every
   person; an organisation's list, or a list of the story's subjects, no person.
2. "By X with Y" (and "mit", "avec", "con", "com"): both writers; an agency after "with" stays an organisation.
3. A name glued to the date before it ("Dec 17, 2025Julian K. Arni"): the name; a heading glued so is none.
4. A name alone right under the headline over the post's date line ("Last Updated:", a topic tag between):
   the writer when its first word is a listed given name and the story never names the surname.
5. "Authored by:" with an honorific: the name without it; "Reviewed by:" names no author.
6. Post-nominal credentials after a name ("CPP, PSP", "M.D., Ph.D.", "Dipl.-Ing."): cut; a surname that spells
   like one ("Rui Ma") kept.
"""

from __future__ import annotations

from author_pages import authors, page

from archiver.extract.byline_lists import (
    glued_date_name,
    name_list,
    with_partner,
    without_credentials,
)

_DATE = "<p>Nov 25, 2025</p>"

# --- 1. a list of names over the date


def test_a_list_of_four_names_with_a_final_ampersand_over_the_date_is_four_writers() -> None:
    html = page(below_headline=f"<p>Lena Brandt, Tomas Ferreira, Ines Vogel &amp; Marco Rinaldi</p>{_DATE}")
    assert authors(html) == ["Lena Brandt", "Tomas Ferreira", "Ines Vogel", "Marco Rinaldi"]


def test_a_declared_first_name_does_not_hide_the_rest_of_the_printed_list() -> None:
    html = page("<meta name='author' content='Lena Brandt'>",
                below_headline=f"<p>Lena Brandt, Tomas Ferreira &amp; Ines Vogel</p>{_DATE}")
    assert authors(html) == ["Lena Brandt", "Tomas Ferreira", "Ines Vogel"]


def test_lists_joined_in_each_language_are_read_alike() -> None:
    assert name_list("Anna Weber, Jan Roth und Karl Wendt") == ["Anna Weber", "Jan Roth", "Karl Wendt"]
    assert name_list("Claire Martin et Paul Durand") == ["Claire Martin", "Paul Durand"]
    assert name_list("Ana Ruiz, Luis Gil y Marta Sanz") == ["Ana Ruiz", "Luis Gil", "Marta Sanz"]
    assert name_list("Ana Silva e João Costa") == ["Ana Silva", "João Costa"]
    assert name_list("Jane Roe, John Doe, and Max Poe") == ["Jane Roe", "John Doe", "Max Poe"]


def test_an_organisations_list_over_the_date_names_no_person() -> None:
    html = page(below_headline=f"<p>The Russian and Syrian defense ministries</p>{_DATE}")
    assert authors(html) == []
    assert name_list("The Russian and Syrian defense ministries") == []
    assert name_list("Paris, London & Berlin") == []


def test_a_list_of_the_storys_subjects_over_the_date_names_no_writer() -> None:
    story = ["Lena Brandt and Marco Rinaldi, who lead the harbour council, said the budget would pass this week "
             "after three sessions without a vote.",
             "Brandt told residents that the north pier comes first; Rinaldi promised a timetable for the works.",
             "The council will publish the schedule of the works next month, after the regional grant is confirmed."]
    html = page(below_headline=f"<p>Lena Brandt &amp; Marco Rinaldi</p>{_DATE}", paragraphs=story)
    assert authors(html) == []


# --- 2. "with" a second writer


def test_a_second_writer_after_with_in_a_byline_is_a_writer_too() -> None:
    html = page(below_headline=f"<p>By Karl Wendt with Uta Berger</p>{_DATE}")
    assert authors(html) == ["Karl Wendt", "Uta Berger"]


def test_with_reads_alike_in_each_language() -> None:
    assert with_partner("Anna Weber mit Jan Roth") == ("Anna Weber", "Jan Roth")
    assert with_partner("Claire Martin avec Paul Durand") == ("Claire Martin", "Paul Durand")
    assert with_partner("Ana Ruiz con Luis Gil") == ("Ana Ruiz", "Luis Gil")
    assert with_partner("Ana Silva com João Costa") == ("Ana Silva", "João Costa")
    assert with_partner("Chicken with rice and beans") is None


def test_a_writer_filing_with_an_agency_keeps_the_agency_apart() -> None:
    html = page(below_headline=f"<p>By Karl Wendt with Reuters</p>{_DATE}")
    assert authors(html) == ["Karl Wendt"]


# --- 3. a name glued to the date before it


def test_a_name_glued_to_the_date_over_the_headline_is_the_writer() -> None:
    html = page(above="<div><span>Dec 17, 2025</span><span>Julian K. Arnold</span></div>")
    assert authors(html) == ["Julian K. Arnold"]


def test_a_glued_german_date_and_name_split_alike() -> None:
    assert glued_date_name("17. Dezember 2025Anna Weber") == ("17. Dezember 2025", "Anna Weber")


def test_a_heading_glued_to_the_date_names_no_one() -> None:
    html = page(above="<div><span>Dec 17, 2025</span><span>Release Notes</span></div>")
    assert authors(html) == []
    html = page(above="<div><span>Dec 17, 2025</span><span>Hong Kong</span></div>")
    assert authors(html) == []


# --- 5. "Authored by:" with an honorific


def test_authored_by_with_a_colon_and_an_honorific_credits_the_name() -> None:
    html = page(below_headline=f"<div class='post-author'>Authored by: <a href='/team/x'>Dr. Mara Quill</a></div>{_DATE}")
    assert authors(html) == ["Mara Quill"]


def test_reviewed_by_with_an_honorific_is_no_author() -> None:
    html = page(below_headline=f"<div class='post-author'>Reviewed by: <a href='/team/x'>Dr. Mara Quill</a></div>{_DATE}")
    assert authors(html) == []


# --- 6. credentials after the name


def test_credentials_after_a_declared_and_printed_name_are_cut() -> None:
    html = page("<meta name='author' content='Lena Brandt CPP, PSP'>",
                below_headline=f"<p>Lena Brandt CPP, PSP</p>{_DATE}")
    assert authors(html) == ["Lena Brandt"]


def test_degrees_and_licences_after_a_byline_are_cut() -> None:
    html = page(below_headline=f"<p>By Jane Roe, M.D., Ph.D.</p>{_DATE}")
    assert authors(html) == ["Jane Roe"]
    assert without_credentials("Hans Berger Dipl.-Ing.") == "Hans Berger"
    assert without_credentials("Jane Roe MBA CFA") == "Jane Roe"


def test_a_surname_spelled_like_a_credential_is_kept() -> None:
    html = page(below_headline=f"<p>By Rui Ma</p>{_DATE}")
    assert authors(html) == ["Rui Ma"]
    assert without_credentials("Jane Ma Do") == "Jane Ma Do"
    assert without_credentials("JANE DOE MA") == "JANE DOE MA"  # set in capitals: its words cannot be told apart


# --- 4. a name alone under the headline, over the post's date line


def test_a_given_named_writer_alone_over_the_last_updated_line_is_the_writer() -> None:
    html = page(below_headline="<p>Matteo Lorenzi</p><p>Last Updated:</p>")
    assert authors(html) == ["Matteo Lorenzi"]


def test_a_topic_tag_between_the_name_and_the_published_line_is_passed_over() -> None:
    html = page(below_headline="<p>Emmanuel Okafor</p><p>#Cloud Computing</p><p>Published on Oct 21, 2025</p>")
    assert authors(html) == ["Emmanuel Okafor"]


def test_a_name_alone_without_a_date_line_under_it_names_no_one() -> None:
    html = page(below_headline="<p>Matteo Lorenzi</p>")
    assert authors(html) == []


def test_a_name_the_story_names_again_is_its_subject_not_its_writer() -> None:
    story = ["Matteo Lorenzi, the harbour master, told the council on Tuesday that the north pier could not wait "
             "another winter.",
             "Lorenzi asked members to postpone the ferry terminal until the regional grant is confirmed in spring.",
             "Residents who spoke at the hearing asked for more benches and better lighting near the fish market."]
    html = page(below_headline="<p>Matteo Lorenzi</p><p>Last Updated:</p>", paragraphs=story)
    assert authors(html) == []


def test_a_two_word_topic_without_a_listed_given_name_names_no_one() -> None:
    html = page(below_headline="<p>Harbour Works</p><p>Published on Oct 21, 2025</p>")
    assert authors(html) == []


def test_a_name_with_a_third_word_over_the_date_names_no_one() -> None:
    html = page(below_headline="<p>Matteo Lorenzi Follow</p><p>Published on Oct 21, 2025</p>")
    assert authors(html) == []


def test_a_name_and_a_venue_after_a_comma_over_the_date_is_no_list() -> None:
    html = page(below_headline=f"<p>Andrea Ramsay, Harbour Cricket Ground</p>{_DATE}")
    assert "Harbour Cricket Ground" not in authors(html)
    assert name_list("Andrea Ramsay, Harbour Cricket Ground") == []
