"""A name in the site's account or session interface is never an author, shown or hidden (issue 15).

A page captured by a signed-in reader shows that reader's name: "Logged in as Max Mustermann · Log
out" in the header, a user menu, a comment form's "Commenting as ...". trafilatura's layout guess took
it for the byline when it sat in an author-classed element, and so did a microdata author inside the
account link. Extractor 61 settled the hidden such widgets (tests/test_extract_hidden_metadata.py);
these are the shown ones, in each language the cue phrases cover. A byline linking its writer's
``/author/`` or ``/profile/`` page is a byline, and a declared person is unaffected.
"""

from __future__ import annotations

import pytest
from author_pages import HEADLINE, PARAGRAPHS, URL, declared_person

from archiver.extract import Article, extract


def _page(head: str = "", *, header: str = "", below_headline: str = "", lang: str = "en") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{HEADLINE}</title>{head}</head>"
            f"<body><header><a href='/'>Harbor Daily</a>{header}</header><main><article><h1>{HEADLINE}</h1>"
            f"{below_headline}{body}</article></main><footer>About us</footer></body></html>").encode()


def _extract(html: bytes, url: str | None = URL) -> Article:
    return extract(html, url=url)


#: "Logged in as <name>" in a header widget, the name in an author-classed span (trafilatura's guess read it)
LOGGED_IN = ("<div class='session-bar'>Logged in as <span class='author'>Max Mustermann</span> · "
             "<a href='/logout'>Log out</a></div>")

#: The session phrase of each language the cues cover, the name in an author-classed span, no other evidence.
CUES = {
    "en": "Signed in as",
    "de": "Angemeldet als",
    "fr": "Connecté en tant que",
    "es": "Conectado como",
    "ru": "Вы вошли как",
    "it": "Sei connesso come",
    "pt": "Sessão iniciada como",
}


def test_a_shown_logged_in_widget_beside_a_byline_leaves_the_byline_only() -> None:
    art = _extract(_page(header=LOGGED_IN, below_headline="<p>By Jane Doe</p>"))
    assert art.authors == ("Jane Doe",)


def test_a_shown_logged_in_widget_alone_names_no_author() -> None:
    assert _extract(_page(header=LOGGED_IN)).authors == ()


def test_a_shown_logged_in_widget_names_no_author_on_a_page_read_without_its_address() -> None:
    # (trafilatura reads such a page's metadata in its own call: its guess is asked again)
    assert _extract(_page(header=LOGGED_IN), url=None).authors == ()


def test_the_layout_guess_passes_over_the_account_block_to_the_byline() -> None:
    art = _extract(_page(header=LOGGED_IN, below_headline="<p class='byline'>Jane Doe</p>"))
    assert art.authors == ("Jane Doe",)
    assert "layout-guess" in art.author_support[0].sources


@pytest.mark.parametrize("lang", list(CUES))
def test_a_session_phrase_in_each_language_names_no_author(lang: str) -> None:
    widget = f"<p>{CUES[lang]} <span class='author'>Max Mustermann</span></p>"
    assert _extract(_page(header=widget, lang=lang)).authors == ()


def test_a_user_menu_with_a_name_and_a_logout_link_names_no_author() -> None:
    menu = ("<ul class='nav-right'><li><span class='username'>Max Mustermann</span></li>"
            "<li><a href='/account/settings'>Settings</a></li><li><a href='/users/sign_out'>Sign out</a></li></ul>")
    assert _extract(_page(header=menu)).authors == ()


def test_an_account_link_holding_a_microdata_author_names_no_author() -> None:
    link = "<a class='account' href='/me'><span itemprop='author'>Max Mustermann</span></a>"
    assert _extract(_page(header=link)).authors == ()


def test_a_printed_credit_on_a_line_with_a_logout_control_names_no_author() -> None:
    line = "<p>By Max Mustermann · Log out</p>"
    assert _extract(_page(below_headline=line)).authors == ()


def test_a_commenters_form_names_no_author() -> None:
    form = ("<form class='comment-form' action='/comments'><p>Commenting as "
            "<span class='author'>Max Mustermann</span></p><textarea></textarea></form>")
    page = _page().replace(b"</article>", form.encode() + b"</article>")
    assert _extract(page).authors == ()


def test_a_byline_linking_its_writers_author_page_stays() -> None:
    byline = "<p class='byline'>By <a class='author' href='/author/jane-doe'>Jane Doe</a></p>"
    assert _extract(_page(below_headline=byline)).authors == ("Jane Doe",)


def test_a_byline_linking_its_writers_profile_page_stays() -> None:
    byline = "<p class='byline'>By <a rel='author' href='/profile/jane-doe'>Jane Doe</a></p>"
    assert _extract(_page(below_headline=byline)).authors == ("Jane Doe",)


def test_a_byline_link_to_the_writers_account_page_stays() -> None:
    byline = "<p class='meta'><a class='account-link' rel='author' href='/@jane-doe'>Jane Doe</a> · 5 min read</p>"
    assert _extract(_page(below_headline=byline)).authors == ("Jane Doe",)


def test_a_team_members_card_naming_the_writer_stays() -> None:
    # "member" names a members' area first ("members-area"), never a person's card ("team-member")
    card = "<div class='team-member'><span class='author-name'>Jane Doe</span> Reporter</div>"
    assert _extract(_page(below_headline=card)).authors == ("Jane Doe",)


def test_a_log_in_link_beside_a_byline_is_no_account_evidence() -> None:
    # every anonymous reader is offered "Log in": the byline in the same small block stays
    meta = "<div class='post-meta'><span class='author'>Jane Doe</span> <a href='/login'>Log in to comment</a></div>"
    assert _extract(_page(below_headline=meta)).authors == ("Jane Doe",)


def test_a_json_ld_declared_person_stays_beside_an_account_widget() -> None:
    art = _extract(_page(declared_person("Walter Owner"), header=LOGGED_IN,
                         below_headline="<p>By Walter Owner</p>"))
    assert art.authors == ("Walter Owner",)
    assert "json-ld" in art.author_support[0].sources


def test_a_forum_posts_member_card_naming_its_poster_stays() -> None:
    # a "member-info" or "member-card" block is the poster's, the post's author, not an account menu
    card = "<div class='member-info'><span class='author'>Alice Green</span></div>"
    assert _extract(_page(below_headline=card)).authors == ("Alice Green",)


def test_a_members_area_menu_with_a_name_is_account_ui() -> None:
    menu = "<div class='members-area'><span class='author'>Max Mustermann</span> <a href='/me'>My page</a></div>"
    assert _extract(_page(header=menu)).authors == ()
