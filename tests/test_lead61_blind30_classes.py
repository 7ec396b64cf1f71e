"""Financial footers' disclaimers, a funder's "Paid for by" closing a footer, a source line set loose after a screenshot,
and a box's "Infographic: <headline>" (extractor 206).

notices-blind30's first run missed two financial advisers' footer statements ("This material is not intended to replace
the advice of a qualified advisor ... not guaranteed as to accuracy ... All rights reserved", "... for general information
only ... not FDIC or Other Governmental Agency insured and may lose value"), an investment platform's three ("neither
constitutes an offer for nor a solicitation", "All investments involve risk, including the risk of the partial or total
loss", "believed to be reliable, we cannot ensure the accuracy or completeness"), a milk board's "Paid for by America's
Milk Companies" after "All rights reserved. Privacy Policy." and the first of seven screenshots' "Source: <name>" (loose
text after the picture where the six others sat in a ``<span>``); it read a promotion box's "Infographic: How to Create a
Model of Your Customer's Mind" and "Infographic: 21 Psychological Elements that Power Effective Web Design" as picture
credits. Each test is one class, on a small page of our own.
"""

from __future__ import annotations

from made_articles import article, notices, story
from made_articles import reported as _reported

from archiver.extract.notice_features import statement_features

_TEXT = story("Franchise investing rewards patience:",
              "years of steady unit growth tell more than a single quarter, and the operator's record matters more "
              "than the brand's name.")


def _notices(before: str = "", after: str = "", footer: str = "", aside: str = "") -> list[tuple[str, str]]:
    return notices(article(_TEXT, title="Tutoring franchises", h1="The best tutoring franchises of the year", before=before,
                           after=after, tail=aside, footer=footer), "http://127.0.0.1:8000/franchises")


def test_an_advisers_footer_saying_it_replaces_no_advice_is_a_disclaimer_though_it_reserves_rights():
    line = ("This material is not intended to replace the advice of a qualified advisor. Information has been obtained "
            "from sources believed to be reliable. It is for informational purposes only and is not guaranteed as to "
            "accuracy, and may not reflect our current opinion. All rights reserved. No reproduction in whole or in part "
            "is permitted without the express written consent of Example Advisors. Example Advisors, its affiliates and "
            "employees are not responsible for the content of other web or social networking sites.")
    assert _reported(_notices(footer=f"<p>{line}</p>"), "disclaimer", "not intended to replace the advice")


def test_a_rights_sentence_holding_the_cue_keeps_the_rights_lines_weight():
    _, apart = statement_features("This material is not intended to replace the advice of a qualified advisor. It is for "
                                  "informational purposes only. All rights reserved.")
    _, shared = statement_features("© 2024 Example Advisors, not responsible for errors, for informational purposes only. "
                                   "All rights reserved.")
    assert (apart["copyright"], shared["copyright"]) == (0.0, 1.0)


def test_products_said_to_be_general_information_only_and_not_insured_are_a_disclaimer():
    line = ("Products and services referenced are for general information only. Always consult a qualified advisor prior "
            "to purchasing. Investment and Insurance Products are not FDIC or Other Governmental Agency insured and may "
            "lose value.")
    assert _reported(_notices(footer=f"<p>{line}</p>"), "disclaimer", "for general information only")


def test_no_offer_and_no_solicitation_is_a_disclaimer():
    line = ("The information contained on the Platform neither constitutes an offer for nor a solicitation of interest in "
            "any specific securities or any offering thereof.")
    assert _reported(_notices(footer=f"<p>{line}</p>"), "disclaimer", "neither constitutes an offer")


def test_investments_said_to_risk_a_loss_are_a_disclaimer():
    line = ("All investments involve risk, including the risk of the partial or total loss of your invested capital. "
            "Information provided by Example does not consider an investor's specific objectives or risk profile.")
    assert _reported(_notices(footer=f"<p>{line}</p>"), "disclaimer", "All investments involve risk")


def test_data_only_believed_reliable_and_of_unsure_accuracy_is_a_disclaimer():
    line = ("While the data we use from third parties is believed to be reliable, we cannot ensure the accuracy or "
            "completeness of data provided by investors or other third parties.")
    assert _reported(_notices(footer=f"<p>{line}</p>"), "disclaimer", "believed to be reliable")


def test_a_story_saying_an_investment_carried_risk_is_no_notice():
    assert _notices(after="<p>The founders said every new unit carries risk, and that the brand's growth was the reason "
                          "they bought in.</p>") == []


def test_paid_for_by_after_a_footers_rights_and_links_is_a_sponsored_notice():
    found = _notices(footer="<p>2026 ExampleBoard. All rights reserved. Privacy Policy. Paid for by America's Example "
                            "Companies</p>")
    assert _reported(found, "sponsored", "Paid for by America's Example Companies")


def test_a_source_set_loose_after_a_screenshot_closing_its_paragraph_is_its_credit():
    found = _notices(after="<p><img src='chart.png' alt=''>Source: Example Partners</p>")
    assert ("image_credit", "Source: Example Partners") in found


def test_a_source_after_a_picture_inside_running_text_is_no_credit():
    found = _notices(after="<p>The chart <img src='chart.png' alt=''>Source: Example Partners reports a rise, it said.</p>")
    assert not _reported(found, "image_credit", "Example Partners")


def test_an_infographics_how_to_headline_in_a_promotion_box_is_no_credit():
    box = ("<aside><div><p><strong>Infographic: How to Create a Model of Your Customer's Mind</strong></p>"
           "<a href='https://example.org/customer-mind'><img src='mind.png'></a><p>This infographic can get you "
           "started.</p><a href='https://example.org/customer-mind'>Get the Infographic &gt;</a></div></aside>")
    assert not _reported(_notices(aside=box), "image_credit", "Customer")


def test_an_infographics_counted_headline_in_a_promotion_box_is_no_credit():
    box = ("<aside><div><p><strong>Infographic: 21 Psychological Elements that Power Effective Web Design</strong></p>"
           "<a href='https://example.org/21-elements'><img src='elements.png'></a></div></aside>")
    assert not _reported(_notices(aside=box), "image_credit", "Psychological")


def test_an_infographic_credited_to_a_data_firm_stays_a_credit():
    found = _notices(after="<figure><img src='g.png'><figcaption>Infographic: Statista</figcaption></figure>")
    assert _reported(found, "image_credit", "Statista")


def test_a_photo_credited_to_an_office_named_with_a_number_stays_a_credit():
    found = _notices(after="<figure><img src='pm.jpg'><figcaption>Photo: 10 Downing Street</figcaption></figure>")
    assert _reported(found, "image_credit", "10 Downing Street")
