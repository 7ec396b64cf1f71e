"""A caption's closing "Photo by: <name>" and a "Photo Credit: www.<site>" line (extractor 202).

notices-blind28 (30 English pages held out of round lead60b) scored recall .222 on its blind first run
(bench/labels/README.md, "notices-blind28"): a photo-tour site's captions close on "Photo by: 'Neil Thomas'." (the
preposition with a colon and the name in quotation marks: the rule read "Photo by Jane Doe" after a caption's sentence,
not "Photo by: ..."), and a DIY blog's "Photo Credit: www.littlebitsofhome.com" was read as a bare link (the picture
label's address form allowed no "Credit" word). Each test is one of those forms, on a small page of our own.
"""

from __future__ import annotations

from archiver.extract import extract

_TEXT = "".join(f"<p>Choosing a camera depends on what you shoot: {i} of the sensor sizes suit landscapes, the others "
                "suit sport and travel, and each brings its own lenses and weight to carry.</p>" for i in range(5))


def _notices(middle: str) -> list[tuple[str, str]]:
    page = ("<!doctype html><html lang='en'><head><title>Camera types</title></head><body><article>"
            "<h1>Types of cameras</h1>" + _TEXT[:len(_TEXT) // 2] + middle + _TEXT[len(_TEXT) // 2:]
            + "</article></body></html>").encode()
    return [(n.kind, n.text) for n in extract(page, url="http://127.0.0.1:8000/cameras", content_type="text/html").disclaimers]


def test_a_captions_closing_photo_by_with_a_colon_and_a_quoted_name_is_a_credit():
    figure = ("<figure><img src='/dslr.jpg' alt=''><figcaption>The DSLR is the most commonly used digital camera. "
              "Photo by: 'Jane Doe'.</figcaption></figure>")
    assert ("image_credit", "Photo by: 'Jane Doe'.") in _notices(figure)


def test_a_captions_closing_photo_by_without_a_colon_is_still_a_credit():
    figure = ("<figure><img src='/dslr.jpg' alt=''><figcaption>The DSLR is the most commonly used digital camera. "
              "Photo by Jane Doe</figcaption></figure>")
    assert ("image_credit", "Photo by Jane Doe") in _notices(figure)


def test_a_photo_credit_naming_a_site_by_its_www_address_is_a_credit():
    block = "<p><img src='/hooks.jpg' alt=''></p><p>Photo Credit: www.example-crafts.com</p>"
    assert ("image_credit", "Photo Credit: www.example-crafts.com") in _notices(block)


def test_a_picture_label_before_a_picture_files_address_is_still_no_credit():
    assert _notices("<p>Pressefoto: https://example.org/img.jpg</p>") == []
