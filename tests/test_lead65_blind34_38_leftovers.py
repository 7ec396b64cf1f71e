"""Eight classes the first runs of notices-blind31, -33, -34, -37 and -38 showed and their rounds left (extractor 216).

A fashion blog's one banner link, "Hi! This website is no longer being updated. Click here to sign up for our
newsletter ...", was missed whole: the invitation after the statement counted against it. A travel blog's footer
heading "Copyright & Affiliate Link Disclosure" was reported as a sponsorship notice: it names one. A security blog's
writer, "Spencer McIntyre" alone under the headline over "Dec 19, 2025|Last updated on Dec 19, 2025|xx min read", was
not read: the date's line was too long for a date line and "McIntyre" no name's word. A consulting blog's "Liz Kenny"
over her credential was not read either: "Back to all" and "Last Updated January, 2025" stood between the headline
and the name (notices-blind34, authors-blind33). A hosted trip's "... was a guest on <tour> with <company>, however,
as always, all opinions are my own." was read as a disclaimer: the kinds' fixed order gave the assurance's cue the tie,
where the labels call every such line a sponsorship disclosure (notices-blind37). An interiors blog's "Photo - Rebecca
Gosselin." was missed (a spaced hyphen was no credit's dash), and a newsletter's "This AI Agents Foundations series is
brought to you by Opik - ..." in the middle of the story was scored under the line: "This <name> series" pointed at no
piece (notices-blind33). A newsletter platform's guest byline, "A guest post by" over the guest's linked name, was
reported as the note "A guest post by" alone, naming no one (notices-blind31). Each test is one class, on a
small page of our own, beside the form it must leave alone.
"""

from __future__ import annotations

from made_articles import article, authors, notices, story

_URL = "http://127.0.0.1:8000/linen"
_TEXT = story("Linen keeps its shape when it is washed cold: shirt",
              "dries flat on a rack in the shade, and the weave softens with every wash over the first summer.")


def _page(**kw: str) -> bytes:
    return article(_TEXT, title="How to care for linen", **kw)


def test_a_statement_before_a_call_to_act_on_one_line_is_the_notice():
    top = ("<a class='announcement' href='https://example.substack.com/'>Hi! This website is no longer being updated. "
           "Click here to sign up for our newsletter for fresh shopping guides and deep dives.</a>")
    assert ("editors_note", "Hi! This website is no longer being updated.") in notices(_page(top=top), _URL)


def test_a_call_to_act_before_the_statement_keeps_the_line_whole():
    top = "<p>Sign up for our newsletter: fresh shopping guides every week.</p>"
    assert notices(_page(top=top), _URL) == []


def test_a_document_named_as_a_footer_heading_is_no_notice():
    footer = ("<h2>Copyright &amp; Affiliate Link Disclosure</h2><p>All content on this site is © Example Travel.</p>"
              "<p>Example Travel is supported by its audience. When you purchase through links on our site, we may "
              "earn an affiliate commission at no extra cost to you.</p>")
    found = notices(_page(footer=footer), _URL)
    assert not any("Link Disclosure" in t for _, t in found)
    assert any(k == "sponsored" and "we may earn an affiliate commission" in t for k, t in found)


def test_a_disclosure_label_with_its_sentence_stays_a_notice():
    before = "<p><em>Disclosure: this post contains affiliate links, and we earn a commission on purchases.</em></p>"
    assert any(k == "sponsored" and t.startswith("Disclosure:") for k, t in notices(_page(before=before), _URL))


def test_a_name_alone_over_a_posts_meta_line_is_its_writer():
    before = "<p>Spencer McIntyre</p><p>Dec 19, 2025|Last updated on Dec 19, 2025|4 min read</p>"
    assert authors(_page(before=before, footer=None), _URL) == ["Spencer McIntyre"]


def test_a_name_alone_over_a_teasers_long_line_is_no_writer():
    before = ("<p>Spencer McIntyre</p><p>Dec 19, 2025 | In this week's roundup we look back at every release of the "
              "year</p>")
    assert authors(_page(before=before, footer=None), _URL) == []


def test_a_back_link_and_the_date_line_may_stand_between_the_headline_and_the_writer():
    before = ("<p><a href='/blog'>Back to all</a></p><p>Last Updated January, 2025</p><p>Liz Kenny</p>"
              "<p>Former McKinsey Consultant</p>")
    assert authors(_page(before=before, footer=None), _URL) == ["Liz Kenny"]


def test_a_name_under_the_date_line_without_its_own_evidence_is_no_writer():
    before = "<p>Last Updated January, 2025</p><p>Liz Kenny</p><p>Why linen lasts</p>"
    assert authors(_page(before=before, footer=None), _URL) == []


def test_a_hosted_trip_with_the_usual_assurance_is_a_sponsorship_disclosure():
    before = ("<p><em>Example Travels was a guest on the Mekong Pass with Example Tours, however, as always, all "
              "opinions are my own.</em></p>")
    assert any(k == "sponsored" and "was a guest on the Mekong Pass" in t for k, t in notices(_page(before=before), _URL))


def test_a_free_sample_with_the_usual_assurance_is_a_sponsorship_disclosure():
    before = "<p><em>I received a free sample of this detergent, however, all opinions are my own.</em></p>"
    assert any(k == "sponsored" and "free sample" in t for k, t in notices(_page(before=before), _URL))


def test_the_assurance_alone_stays_a_disclaimer():
    before = "<p><em>The views expressed here are my own.</em></p>"
    assert ("disclaimer", "The views expressed here are my own.") in notices(_page(before=before), _URL)


def test_a_guest_of_honour_in_the_story_is_no_notice():
    before = "<p>The designer was a guest of honour at the linen fair in Ghent, where the weavers showed their cloth.</p>"
    assert notices(_page(before=before), _URL) == []


def test_a_picture_word_a_spaced_hyphen_and_a_full_name_are_a_credit():
    after = "<p>Photo - Rebecca Gosselin.</p>"
    assert ("image_credit", "Photo - Rebecca Gosselin.") in notices(_page(after=after), _URL)


def test_a_heading_of_pictures_by_an_article_is_no_credit():
    for dash in ("-", "\u2013"):
        after = f"<h2>Photos {dash} By the numbers</h2><p>Twelve shirts, four washes and one summer of wear.</p>"
        assert not any(k == "image_credit" for k, _ in notices(_page(after=after), _URL)), dash


def test_a_named_series_brought_to_you_by_a_sponsor_mid_story_is_a_sponsorship_notice():
    text = story("Linen keeps its shape when it is washed cold: shirt",
                 "dries flat on a rack in the shade, and the weave softens with every wash over the first summer.", 3)
    sponsor = ("<p>This Linen Care Basics series is brought to you by Example Soap - the detergent we keep returning to "
               "in all our washing tests.</p>")
    page = article(text + sponsor + text.replace("shirt", "sheet"), title="How to care for linen")
    assert any(k == "sponsored" and "brought to you by Example Soap" in t for k, t in notices(page, _URL))


def test_a_storys_praise_of_a_series_points_at_no_piece():
    text = story("Linen keeps its shape when it is washed cold: shirt",
                 "dries flat on a rack in the shade, and the weave softens with every wash over the first summer.", 3)
    line = "<p>This is a great series of looms brought to you by the weavers of Ghent, whose cloth we tested.</p>"
    page = article(text + line + text.replace("shirt", "sheet"), title="How to care for linen")
    assert not any(k == "sponsored" for k, _ in notices(page, _URL))


def test_a_guest_note_ending_on_by_is_joined_to_the_guests_name_under_it():
    top = ("<div class='byline'><p>A guest post by</p><p><a href='/profile/jane'>Jane Roe</a></p>"
           "<p>Founder of a linen mill, twenty years in textiles.</p></div>")
    found = notices(_page(top=top), _URL)
    assert any(k == "editors_note" and t.split() == ["A", "guest", "post", "by", "Jane", "Roe"] for k, t in found)
    assert not any(t.strip() == "A guest post by" for _, t in found)


def test_a_guest_note_over_a_sentence_is_not_joined():
    top = "<p>A guest post by</p><p>Our readers wrote to us about linen all summer long.</p>"
    assert not any("A guest post by Our readers" in " ".join(t.split()) for _, t in notices(_page(top=top), _URL))
