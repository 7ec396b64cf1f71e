"""Dated credits closing a photographer's captions, a credit in a heading, a paid partner's disclosure, and five readings
that were no notice (extractor 207).

notices-blind31's first run (held out of round lead61) missed seven "<caption> | © <year> Jon Norris" credits (the
copyright tests read "| © <year> <name>" as the site's line), "<h5>Image: SiliconANGLE/ChatGPT</h5>" (a slash pair
heading read as a title), SiliconANGLE's "(* Disclosure: TheCUBE is a paid media partner ... nor other sponsors have
editorial control ...)", NCCIH's "not intended to substitute for the medical expertise and advice", "Our article was
written for educational purposes only", "All credit for this image goes to <org>" and "Featured image from Sakara"; it
reported a company's "CleverTap is brought to you by WizRocket, Inc.", a paper's licence ("provided the original work,
first published in <journal>, is properly cited"), "The term 'digital nomad' first appeared in the 1990s" and a related
post's "Photography Industry Statistics: Key Facts and Trends". Each test is one class, on a small page of our own.
"""

from __future__ import annotations

from made_articles import article, notices, story
from made_articles import reported as _reported

_TEXT = story("Composition rewards patience:",
              "minutes spent walking a scene tell more than a hundred frames shot from the car park, and the light "
              "matters more than the lens.")


def _notices(before: str = "", after: str = "", footer: str = "", aside: str = "",
             url: str = "http://127.0.0.1:8000/composition") -> list[tuple[str, str]]:
    return notices(article(_TEXT, title="Composition", h1="Guide to landscape composition", before=before, after=after,
                           tail=aside, footer=footer), url)


def test_a_dated_copyright_closing_a_pictures_caption_is_its_credit():
    found = _notices(after="<figure><img src='a.jpg'><figcaption>Catalina Island, CA | © 2017 Jane Roe</figcaption></figure>")
    assert ("image_credit", "© 2017 Jane Roe") in found


def test_a_dated_copyright_after_a_bar_in_the_footer_stays_the_sites():
    assert not _reported(_notices(footer="<p>Home | © 2017 Example Photo LLC</p>"), "image_credit", "Example Photo")


def test_a_caption_reserving_rights_stays_no_dated_credit():
    found = _notices(after="<figure><img src='a.jpg'><figcaption>Harbour | © 2017 Example Inc. All rights reserved."
                           "</figcaption></figure>")
    assert not _reported(found, "image_credit", "© 2017 Example Inc")


def test_a_pictures_labelled_credit_in_a_heading_is_a_credit_though_it_is_a_slash_pair():
    found = _notices(after="<h5>Image: Example Media/ChatGPT</h5>")
    assert _reported(found, "image_credit", "Example Media/ChatGPT")


def test_a_paid_media_partners_disclosure_is_a_sponsored_notice():
    line = ("(* Disclosure: Example Studio is a paid media partner for the Example Cloud series. Neither Example Cloud, "
            "the sponsor of the event coverage, nor other sponsors have editorial control over content on this site.)")
    assert _reported(_notices(after=f"<p><em>{line}</em></p>"), "sponsored", "paid media partner")


def test_material_not_meant_to_substitute_for_a_providers_expertise_is_a_disclaimer():
    line = ("Example Center has provided this material for your information. It is not intended to substitute for the "
            "medical expertise and advice of your health care provider(s).")
    assert _reported(_notices(footer=f"<p>{line}</p>"), "disclaimer", "not intended to substitute")


def test_an_article_said_to_be_for_educational_purposes_only_is_a_disclaimer():
    line = ("Countries such as Croatia and Malta provide long-term visas. Our article was written for educational "
            "purposes only, so be sure to check the conditions of your stay before you go.")
    assert _reported(_notices(after=f"<p>{line}</p>"), "disclaimer", "educational purposes only")


def test_a_papers_closing_no_conflict_statement_is_an_editors_note():
    line = "JH is a scientist at Example App. None of the authors declare any conflicts of interest."
    assert _reported(_notices(footer=f"<p>{line}</p>"), "editors_note", "conflicts of interest")


def test_all_credit_for_this_image_going_to_an_organisation_is_a_credit():
    line = "All credit for this image goes to Example Europe: https://example.org/blog/valley-of-death/"
    assert _reported(_notices(after=f"<p>{line}</p>"), "image_credit", "All credit for this image goes to Example Europe")


def test_a_featured_image_from_a_brand_is_a_credit():
    assert ("image_credit", "Featured image from Examplebrand") in _notices(after="<p>Featured image from Examplebrand</p>")


def test_photos_from_a_festival_as_a_heading_stay_no_credit():
    assert not _reported(_notices(after="<h2>Photos from the festival</h2>"), "image_credit", "festival")


def test_a_term_first_appearing_in_a_decade_is_no_republication():
    line = ("The term \"digital nomad\" first appeared in the 1990s. As the computer network developed, we began to see "
            "new opportunities to leave our offices.")
    assert not _reported(_notices(after=f"<p>{line}</p>"), "republished_from", "first appeared")


def test_a_piece_first_appearing_in_another_outlet_stays_a_republication():
    assert _reported(_notices(after="<p><em>This article first appeared in The Example Review.</em></p>"),
                     "republished_from", "first appeared in The Example Review")


def test_a_licences_condition_to_cite_the_original_is_no_republication():
    line = ("This is an open-access article distributed under the terms of the Creative Commons Attribution License, which "
            "permits unrestricted use, provided the original work, first published in Example Journal, is properly cited.")
    assert not _reported(_notices(footer=f"<p>{line}</p>"), "republished_from", "first published")


def test_the_sites_own_name_brought_to_you_by_its_company_is_no_sponsorship():
    found = _notices(footer="<p>© 2013 onwards. All Rights Reserved. Examplecast is brought to you by Example Holdings, "
                            "Inc.</p>", url="http://examplecast.com/blog/apps")
    assert not _reported(found, "sponsored", "brought to you by")


def test_a_newsletter_brought_to_you_by_a_bank_stays_sponsored():
    found = _notices(before="<p><em>This newsletter is brought to you by Example Bank.</em></p>",
                     url="http://examplecast.com/blog/apps")
    assert _reported(found, "sponsored", "brought to you by Example Bank")


def test_a_related_posts_picture_word_title_of_four_words_is_no_credit():
    aside = ("<aside><nav><ul><li><a href='/trends'>Trends</a></li><li><a href='/statistics'>Photography Industry "
             "Statistics: Key Facts and Trends</a></li></ul></nav></aside>")
    assert not _reported(_notices(aside=aside), "image_credit", "Key Facts")
