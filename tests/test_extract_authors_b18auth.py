"""Authors: the classes authors-blind17's first run missed (round b18auth, issue 15: persons right or absent). Each
class beside a neighbour that must stay as it was. Fixtures of our own; names invented.

1. A name alone between the headline and the post's date, no lead word, no declaration: the date may stand over
   the headline, a standfirst may stand between, a writer's card at the story's end is no mention of a subject; a
   name without a listed given name, or of three words, only when an author box after the story names it too.
2. The name only in an author box after the story, a label word and a bio opening with the name: "<Name>" /
   "Author" / "<Given name> is ...", or "Authors" / "Posted by : <Name>" / "<Name> is ..."; without the bio, or for the
   story's subject, no one.
4. A one-word handle after "By:" that the page's declaration names too: the writer, as printed.
5. A second person after a pipe in a shared byline: a writer when a person's full name; a date or an outlet none.
6. A guest post: the guest a note under the owner's byline names ("This is a guest post by ...") is the writer.
"""

from __future__ import annotations

from author_pages import PARAGRAPHS, authors, declared_person, page

from archiver.extract.guest_post import guest_writer

_STANDFIRST = "<p>A solo developer looks back on five years of building small games for the harbour arcade.</p>"

# --- 1. a name alone between the headline and the date


def test_a_given_named_writer_under_the_headline_with_the_date_over_it_is_the_writer_the_author_box_names() -> None:
    # review rva58: the date over the headline ties nothing to the name (a kicker, a tag, the story's subject stand
    # so: tests/test_extract_authors_rva58.py), so this form needs the author box's evidence
    html = page(above="<p>April 18, 2024</p>", below_headline="<p>Tomas Ferreira</p><p>founder startup business</p>",
                after="<h2>About the Author</h2><p>Tomas Ferreira</p><p>Tomas Ferreira is a founder and writes here.</p>")
    assert authors(html) == ["Tomas Ferreira"]


def test_a_category_under_the_headline_with_the_date_over_it_names_no_one() -> None:
    html = page(above="<p>April 18, 2024</p>", below_headline="<p>Harbour Works</p><p>founder startup business</p>")
    assert authors(html) == []


def test_a_writers_card_at_the_storys_end_is_no_mention_of_a_subject() -> None:
    card = ("<p>Tomas Ferreira</p><p>CEO at Harbor Daily</p><p>Tomas Ferreira is the CEO of Harbor Daily, where he "
            "writes about ports.</p>")
    html = page(below_headline="<p>Tomas Ferreira</p><p>Nov 15, 2025</p>", below_body=card)
    assert authors(html) == ["Tomas Ferreira"]


def test_a_story_naming_the_surname_in_its_text_still_names_no_writer() -> None:
    story = ["Tomas Ferreira, the harbour master, told the council on Tuesday that the north pier could not wait "
             "another winter.",
             "Ferreira asked members to postpone the ferry terminal until the regional grant is confirmed in spring.",
             "Residents who spoke at the hearing asked for more benches and better lighting near the fish market."]
    html = page(below_headline="<p>Tomas Ferreira</p><p>Nov 15, 2025</p>", paragraphs=story)
    assert authors(html) == []


def test_an_unlisted_given_name_under_a_standfirst_is_the_writer_when_the_author_box_names_it() -> None:
    html = page(below_headline=f"{_STANDFIRST}<p>Zarek Dejko</p><p>October 24, 2024</p>",
                after="<h2>About the Author</h2><p>Zarek Dejko</p><p>See more from Zarek Dejko</p>")
    assert authors(html) == ["Zarek Dejko"]


def test_an_unlisted_given_name_without_an_author_box_names_no_one() -> None:
    html = page(below_headline=f"{_STANDFIRST}<p>Zarek Dejko</p><p>October 24, 2024</p>")
    assert authors(html) == []


# --- 2. an author box after the story


def test_a_name_over_an_author_label_and_a_bio_after_the_story_is_the_writer() -> None:
    html = page(after="<div><p>Lena Brandt</p><p>Author</p><p>Lena is the harbour reporter at Harbor Daily.</p></div>"
                      "<h2>Related Questions</h2>")
    assert authors(html) == ["Lena Brandt"]


def test_an_authors_heading_over_a_posted_by_credit_and_a_bio_is_the_writer() -> None:
    resources = "".join(f"<li><a href='/guide/{n}'>Guide {n} to the harbour</a></li>" for n in range(1, 6))
    html = page(after=f"<h3>Additional Harbour Resources</h3><ul>{resources}</ul><h3>Authors</h3><p>Posted by : Lena Brandt</p>"
                      "<p>Lena Brandt is the harbour reporter at Harbor Daily and has covered the port for ten years.</p>")
    assert authors(html) == ["Lena Brandt"]


def test_a_name_over_an_author_label_without_a_bio_names_no_one() -> None:
    html = page(after="<div><p>Lena Brandt</p><p>Author</p><p>Related Questions</p></div>")
    assert authors(html) == []


def test_an_author_box_of_the_storys_subject_names_no_writer() -> None:
    story = [*PARAGRAPHS[:2], "Brandt, who chairs the harbour council, said the works would start in the spring."]
    html = page(after="<div><p>Lena Brandt</p><p>Author</p><p>Lena is the chair of the harbour council.</p></div>",
                paragraphs=story)
    assert authors(html) == []


# --- 4. a handle after "By:"


def test_a_handle_after_by_that_the_declaration_names_too_is_the_writer_as_printed_on_her_own_site() -> None:
    # review rva58: on her own site only (the handle is the site's name); elsewhere a brand's account reads alike
    html = page(declared_person("LenaBrandt"), below_headline="<p>By: LenaBrandt | December 16, 2025</p>")
    assert authors(html, "https://lenabrandt.example/posts/harbour") == ["LenaBrandt"]


def test_a_handle_after_by_that_nothing_declares_names_no_one() -> None:
    html = page(below_headline="<p>By: LenaBrandt | December 16, 2025</p>")
    assert authors(html) == []


def test_a_declared_and_printed_brand_run_together_names_no_one() -> None:
    html = page(declared_person("HarborWorks"), below_headline="<p>By: HarborWorks | December 16, 2025</p>")
    assert authors(html) == []


# --- 5. a second person after a pipe


def test_a_second_writer_after_a_pipe_on_the_bylines_line_is_a_writer_too() -> None:
    html = page(below_headline="<p>By Lena Brandt | Tomas Ferreira (Team, Harbor Daily)</p><p>January 4, 2020</p>")
    assert authors(html) == ["Lena Brandt", "Tomas Ferreira"]


def test_a_second_writer_after_a_pipe_on_lines_of_their_own_is_a_writer_too() -> None:
    html = page(below_headline="<div><div>By</div><div>Lena Brandt</div><div>|</div>"
                               "<div>Tomas Ferreira (Team, Harbor Daily)</div></div><p>January 4, 2020</p>")
    assert authors(html) == ["Lena Brandt", "Tomas Ferreira"]


def test_an_outlet_or_a_date_after_the_pipe_is_no_second_writer() -> None:
    assert authors(page(below_headline="<p>By Lena Brandt | Harbor Daily</p>")) == ["Lena Brandt"]
    assert authors(page(below_headline="<p>By Lena Brandt | January 4, 2020</p>")) == ["Lena Brandt"]


# --- 6. a guest post


def test_a_guest_post_note_under_the_owners_byline_names_the_guest_as_the_writer() -> None:
    html = page(declared_person("Kristin Halvorsen"),
                below_headline="<p>12/06/2024 by Kristin Halvorsen 21 Comments</p>"
                               "<p>This is a guest post by Annelies, a travel blogger.</p>")
    assert authors(html) == ["Annelies"]


def test_the_owners_byline_stays_when_the_story_mentions_a_guest_post_in_its_text() -> None:
    story = [*PARAGRAPHS[:2], "Last year I read a guest post by Annelies, a travel blogger, about the harbour."]
    html = page(declared_person("Kristin Halvorsen"), below_headline="<p>By Kristin Halvorsen</p>", paragraphs=story)
    assert authors(html) == ["Kristin Halvorsen"]


def test_guest_notes_read_alike_in_each_language() -> None:
    for note, name in (("Ein Gastbeitrag von Lena Brandt.", "Lena Brandt"),
                       ("Un article invité de Claire Martin, blogueuse.", "Claire Martin"),
                       ("Este es un artículo invitado de Ana Ruiz.", "Ana Ruiz"),
                       ("Un articolo ospite di Marco Rinaldi.", "Marco Rinaldi"),
                       ("Este é um post convidado de João Costa.", "João Costa"),
                       ("Guest post by Tomas Ferreira", "Tomas Ferreira")):
        assert guest_writer(["Headline", "By Kristin Halvorsen", note], [0], frozenset()) == [name], note


def test_a_guest_note_naming_the_site_itself_names_no_guest() -> None:
    assert guest_writer(["Headline", "A guest post by Harbor Daily."], [0], frozenset({"harbordaily"})) == []


def test_a_short_given_name_people_sign_with_is_listed_like_its_full_form() -> None:
    html = page(below_headline="<p>Vlad Orlenko</p><p>Nov 15, 2025</p>")
    assert authors(html) == ["Vlad Orlenko"]
