"""An art magazine's gallery credits, a law firm's and a price guide's disclaimers, a post based on a longer article, and
two readings that were no notice (extractor 208).

notices-blind32's first run (held out of round lead61b) missed "Attorney Advertising. Prior results do not guarantee a
similar outcome.", a price guide's "should not be used as a price list, price guide or price guarantee" and "Note: This
is a helpful list only. Your project may differ significantly in price.", "This blog post is based on a longer, more
detailed article ...", and five of an art magazine's captions' credits (a work's span of years, "2000-2003", read the
caption as a site's copyright line; "© <artist>; Courtesy ..." and a long "Courtesy of the artist and ..." list); it read
a price table's "Personal/Miscellaneous Expenses" as a credit and an awards story's "... awards, sponsored by <brand>,
will take place ..." as a disclosure. Each test is one class, on a small page of our own.
"""

from __future__ import annotations

from made_articles import article, notices, story
from made_articles import reported as _reported

from archiver.extract.notices import classify_line
from archiver.extract.page_lines import CTX_CAPTION

_TEXT = story("Photography found its way into museums slowly:",
              "decades passed before the prints hung beside paintings, and the market followed the museums rather "
              "than leading them.")


def _notices(before: str = "", after: str = "", footer: str = "") -> list[tuple[str, str]]:
    return notices(article(_TEXT, title="Fine art photography", h1="Fine art photographers to know", before=before,
                           after=after, footer=footer), "http://127.0.0.1:8000/photographers")


def _figure(caption: str) -> str:
    return f"<figure><img src='work.jpg' alt=''><figcaption>{caption}</figcaption></figure>"


def test_a_law_firms_attorney_advertising_line_is_a_disclaimer():
    found = _notices(footer="<p>© 2025 Example LLC. All rights reserved. | Attorney Advertising. Prior results do not "
                            "guarantee a similar outcome.</p>")
    assert _reported(found, "disclaimer", "Prior results do not guarantee a similar outcome")


def test_a_price_page_said_to_be_no_price_guide_is_a_disclaimer():
    line = ("This page contains pricing for area electricians. This page should not be used as a price list, price guide "
            "or price guarantee.")
    assert _reported(_notices(after=f"<p>{line}</p>"), "disclaimer", "should not be used as a price list")


def test_a_list_said_to_be_helpful_only_and_prices_to_differ_is_a_disclaimer():
    line = ("Note: This is a helpful list only. Your project may differ significantly in price. For an exact quote "
            "schedule an appointment today.")
    assert _reported(_notices(before=f"<p>{line}</p>"), "disclaimer", "helpful list only")


def test_a_post_based_on_a_longer_article_elsewhere_is_a_republication():
    line = ("This blog post is based on a longer, more detailed article illustrated with flowcharts and screenshots which "
            "is available on the author's website.")
    assert _reported(_notices(after=f"<p>{line}</p>"), "republished_from", "based on a longer")


def test_an_awards_sponsor_named_between_commas_in_the_story_is_no_disclosure():
    line = ("The Example 50 Best Restaurants 2026 awards, sponsored by S.Example and Acqua Example, will take place in "
            "November 2026, marking a new chapter for the ranking.")
    assert not _reported(_notices(after=f"<p>{line}</p>"), "sponsored", "sponsored by")


def test_a_works_span_of_years_leaves_its_captions_credit_read():
    caption = ("Jane Roe, Bubblegum series, 2000-2003. C-prints, dimensions variable. Photo: John Doe. Courtesy Example "
               "Gallery.")
    assert _reported(_notices(after=_figure(caption)), "image_credit", "Photo: John Doe")


def test_an_artists_sign_and_a_gallery_after_a_semicolon_are_a_credit():
    caption = ("Jane Roe, Connecticut, 1966. Gelatin silver print. © Jane Roe; Courtesy Example Gallery, San Francisco, "
               "and Example Augustine, New York.")
    assert _reported(_notices(after=_figure(caption)), "image_credit", "Courtesy Example Gallery")


def test_a_long_courtesy_of_the_artist_and_galleries_is_a_credit():
    caption = ("Jane Roe, Untitled, 1990. Gelatin silver print. Edition 4/5. Courtesy of the artist and Example, New York, "
               "Example Gallery, San Francisco, and Galerie Example Berlin, Berlin.")
    assert _reported(_notices(after=_figure(caption)), "image_credit", "Courtesy of the artist")


def test_a_sites_footer_span_of_years_stays_its_rights_line():
    assert not _reported(_notices(footer="<p>Example Inc 2012-2025</p>"), "image_credit", "Example")


def test_a_price_tables_slash_pair_in_title_case_is_no_credit():
    table = ("<figure><table><tr><td>Personal/Miscellaneous Expenses</td><td>$3,420</td></tr>"
             "<tr><td>Loan Fees (Graduate/Doctoral Students)</td><td>$76</td></tr></table></figure>")
    found = _notices(after=table)
    assert not _reported(found, "image_credit", "Miscellaneous") and not _reported(found, "image_credit", "Doctoral")


def test_a_tool_and_outlet_pair_closing_on_illustration_stays_a_credit():
    found = classify_line("Midjourney/Example illustration.", None, CTX_CAPTION, "main_middle")
    assert found is not None and found.kind == "image_credit"


def test_a_title_case_pair_closing_on_a_plural_is_no_credit_in_a_caption():
    assert classify_line("Personal/Miscellaneous Expenses", None, CTX_CAPTION, "main_middle") is None
