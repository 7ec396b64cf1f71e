"""Extraction: clean text and researcher-grade metadata, with the source of every field.

Fixture pages in tests/data/extract/ each express metadata one way (JSON-LD, OpenGraph,
microdata, citation_*, Dublin Core, byline/dateline, URL); the seed page is the bundled
Global Research sample.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from archiver.extract import Article, extract, extractor_versions, is_extractable, render_article
from archiver.extract.model import Link, Notice

DATA = Path(__file__).parent / "data" / "extract"
SEED_URL = "https://www.globalresearch.ca/dubious-report-russia-withdrawing-defense-support-venezuela/5679529"

PAGES = {
    "news-jsonld.html": ("https://harbordaily.example/news/2019/06/04/harbor-bridge-closure", None),
    "blog-opengraph-de.html": ("https://stadtrad.example/radwege-leipzig", None),
    "journal-citation-fr.html": ("https://revue-urbaine.example/articles/marges", None),
    "dublin-core-es.html": ("https://diariolitoral.example/economia/puerto", None),
    "microdata-ru-cp1251.html": ("https://sibgazeta.example/news/most", None),
    "latin1-byline-dateline.html": ("https://alpinecourier.example/2021/03/03/cafe-protest/",
                                    "text/html; charset=ISO-8859-1"),
    "paywall.html": ("https://ledger.example/chips", None),
    "consent-wall.html": ("https://nachrichten.example/", None),
    "error-404.html": ("https://ledger.example/missing", None),
    "section-front.html": ("https://ledger.example/world", None),
    "malformed-jsonld.html": ("https://exampletimes.example/story", None),
}


def _page(name: str) -> Article:
    url, content_type = PAGES[name]
    return extract((DATA / name).read_bytes(), url=url, content_type=content_type)


def _seed_bytes() -> bytes:
    return (resources.files("archiver") / "samples" / "globalresearch-lendman.html").read_bytes()


@pytest.fixture(scope="module")
def seed() -> Article:
    return extract(_seed_bytes(), url=SEED_URL, content_type="text/html; charset=UTF-8")


# ---------------------------------------------------------------- the seed page

def test_seed_authors_from_byline_without_by(seed: Article) -> None:
    assert seed.authors == ("Stephen Lendman",)
    assert dict(seed.sources)["authors"] == "byline"


def test_seed_published_from_dateline(seed: Article) -> None:
    assert seed.published == "2019-06-04"


def test_seed_outlet_is_the_publication_name_not_the_domain(seed: Article) -> None:
    assert seed.outlet == "Global Research"


def test_seed_disclaimer_sentence_reported(seed: Article) -> None:
    texts = [n.text for n in seed.disclaimers if n.kind == "disclaimer"]
    assert any(t.startswith("Disclaimer: The contents of this article are of sole responsibility of the author(s).")
               for t in texts)


def test_seed_note_to_readers_bio_and_disclaimer_not_in_text(seed: Article) -> None:
    assert "Note to readers" not in seed.text
    assert "share buttons" not in seed.text
    assert "Award-winning author" not in seed.text
    assert "Visit his blog site" not in seed.text
    assert "sole responsibility" not in seed.text
    assert "Url of this article" not in seed.text


def test_seed_body_keeps_nested_quotes_and_editorial_brackets(seed: Article) -> None:
    assert "“(w)e are concerned over the continuing actions by the United States" in seed.text
    assert "Russia “withdr(ew) key defense advisors from Venezuela,” adding:" in seed.text
    assert seed.text.startswith("With attribution to Mark Twain’s remark")


def test_seed_image_credit_reported_and_out_of_text(seed: Article) -> None:
    assert Notice("image_credit", "Featured image is from Moscow Times") in seed.disclaimers
    assert "Featured image" not in seed.text


def test_seed_note_and_bio_remain_in_page_text(seed: Article) -> None:
    assert "Note to readers: please click the share buttons below." in seed.page_text
    assert "Award-winning author Stephen Lendman lives in Chicago." in seed.page_text


def test_seed_served_over_http_with_charset_header(httpserver) -> None:  # noqa: ANN001
    import requests

    httpserver.expect_request("/dubious-report/5679529").respond_with_data(
        _seed_bytes(), content_type="text/html; charset=UTF-8")
    resp = requests.get(httpserver.url_for("/dubious-report/5679529"), timeout=10)
    article = extract(resp.content, url=resp.url, content_type=resp.headers["Content-Type"])
    assert (article.authors, article.published, article.outlet) == (("Stephen Lendman",), "2019-06-04", "Global Research")


# ---------------------------------------------------------------- one way per source

@pytest.mark.parametrize(("page", "field", "value", "source"), [
    ("news-jsonld.html", "title", "Harbor Bridge to Close for Six Months of Repairs", "json-ld"),
    ("news-jsonld.html", "authors", ("Jane Roe", "Omar Haddad"), "json-ld"),
    ("news-jsonld.html", "published", "2019-06-04T08:30:00+01:00", "json-ld"),
    ("news-jsonld.html", "modified", "2019-06-05T10:15:00+01:00", "json-ld"),
    ("news-jsonld.html", "outlet", "Harbor Daily News", "json-ld"),
    ("news-jsonld.html", "language", "en-GB", "json-ld"),
    ("news-jsonld.html", "description", "The city's main bridge will close in July while crews replace its deck.", "json-ld"),
    ("news-jsonld.html", "canonical_url", "https://harbordaily.example/news/2019/06/04/harbor-bridge-closure", "json-ld"),
    ("blog-opengraph-de.html", "title", "Radwege in Leipzig: Was die Stadt jetzt plant", "opengraph"),
    ("blog-opengraph-de.html", "authors", ("Anna Schmidt",), "meta:author"),
    ("blog-opengraph-de.html", "published", "2021-03-12T09:00:00+01:00", "opengraph"),
    ("blog-opengraph-de.html", "modified", "2021-03-14T17:45:00+01:00", "opengraph"),
    ("blog-opengraph-de.html", "outlet", "Stadtrad Magazin", "opengraph"),
    ("blog-opengraph-de.html", "language", "de-DE", "opengraph"),
    ("blog-opengraph-de.html", "canonical_url", "https://stadtrad.example/radwege-leipzig", "opengraph"),
    ("blog-opengraph-de.html", "description", "Neue Radwege, breitere Spuren und mehr Abstellplätze: ein Überblick.", "opengraph"),
    ("microdata-ru-cp1251.html", "title", "В Новосибирске открыли новый мост через Обь", "microdata"),
    ("microdata-ru-cp1251.html", "authors", ("Иван Петров",), "microdata"),
    ("microdata-ru-cp1251.html", "published", "2022-10-01T12:00:00+07:00", "microdata"),
    ("microdata-ru-cp1251.html", "modified", "2022-10-02T09:30:00+07:00", "microdata"),
    ("microdata-ru-cp1251.html", "outlet", "Сибирская газета", "microdata"),
    ("microdata-ru-cp1251.html", "language", "ru", "html-lang"),
    ("journal-citation-fr.html", "title", "La ville et ses marges : une enquête à Marseille", "citation"),
    ("journal-citation-fr.html", "authors", ("Claire Dupont",), "citation"),
    ("journal-citation-fr.html", "published", "2020-11-02", "citation"),
    ("journal-citation-fr.html", "outlet", "Revue des études urbaines", "citation"),
    ("journal-citation-fr.html", "language", "fr", "meta:content-language"),
    ("journal-citation-fr.html", "description", "Une enquête de terrain dans les quartiers nord de Marseille.", "meta:description"),
    ("dublin-core-es.html", "title", "El puerto de Valencia amplía su terminal de contenedores", "dublin-core"),
    ("dublin-core-es.html", "authors", ("Lucía Fernández",), "dublin-core"),
    ("dublin-core-es.html", "published", "2022-02-15", "dublin-core"),
    ("dublin-core-es.html", "outlet", "Diario del Litoral", "dublin-core"),
    ("dublin-core-es.html", "language", "es", "dublin-core"),
    ("dublin-core-es.html", "description", "La ampliación costará 400 millones de euros.", "dublin-core"),
    ("latin1-byline-dateline.html", "title", "Café owners in Zürich protest new rules", "h1"),
    ("latin1-byline-dateline.html", "authors", ("Marie Dubois",), "byline"),
    ("latin1-byline-dateline.html", "published", "2021-03-03", "dateline"),
    ("latin1-byline-dateline.html", "outlet", "Alpine Courier", "dateline"),
    ("paywall.html", "outlet", "The Ledger", "title"),  # the title's spelling of the domain (v20)
])
def test_field_value_and_source(page: str, field: str, value: object, source: str) -> None:
    article = _page(page)
    assert getattr(article, field) == value
    assert dict(article.sources)[field] == source


def test_published_from_url_when_page_has_no_date() -> None:
    html = (b"<html><head><title>Story</title></head><body><article><h1>Story</h1>"
            + b"<p>" + b"A sentence of body text that goes on for a while. " * 12 + b"</p></article></body></html>")
    article = extract(html, url="https://outlet.example/2019/06/04/story/")
    assert (article.published, dict(article.sources)["published"]) == ("2019-06-04", "url")


def test_title_from_title_tag_without_site_suffix() -> None:
    html = ("<html><head><title>Council approves budget | Riverside Gazette</title>"
            "<meta property='og:site_name' content='Riverside Gazette'></head><body><div>"
            + "<p>The council approved next year's budget after a long debate on Monday evening.</p>" * 4
            + "</div></body></html>").encode()
    article = extract(html, url="https://riverside.example/budget")
    assert article.title == "Council approves budget"


def test_authors_drop_job_titles_and_emails() -> None:
    html = (b"<html><head><meta name='author' content='By Jane Roe, Senior Reporter (jane@news.example)'>"
            b"<title>Harbour budget approved</title></head><body><h1>Harbour budget approved</h1><p>Jane Roe</p>"
            b"<p>The council approved the harbour budget on Tuesday after a long debate.</p></body></html>")
    assert extract(html, url="https://news.example/a").authors == ("Jane Roe",)


def test_absent_fields_are_null_or_empty_never_guessed() -> None:
    d = _page("section-front.html").to_dict()
    assert d["authors"] == [] and d["published"] is None and d["modified"] is None
    assert d["canonical_url"] is None and d["description"] is None
    assert "authors" not in d["sources"] and "published" not in d["sources"]


def test_malformed_json_ld_does_not_raise_and_other_sources_still_count() -> None:
    article = _page("malformed-jsonld.html")
    assert article.title == "Broken markup still has a story"
    assert article.outlet == "Example Times"
    assert article.page_state == "article"


# ---------------------------------------------------------------- text, links, notices

def test_text_paragraphs_separated_by_blank_line() -> None:
    paras = _page("news-jsonld.html").text.split("\n\n")
    assert paras[0].startswith("The Harbor Bridge, which carries 40,000 vehicles a day")
    assert len(paras) == 5 and all(p.strip() == p and "\n" not in p for p in paras)


def test_boilerplate_stays_out_of_text() -> None:
    text = _page("news-jsonld.html").text
    for junk in ("We use cookies", "Sign up for our daily newsletter", "Share this article",
                 "Ferry timetable changes", "Finally! This bridge", "Correction, June 5", "Photo: Sam Lee"):
        assert junk not in text


def test_cited_links_are_body_links_with_anchor_text() -> None:
    assert _page("news-jsonld.html").cited_links == (
        Link("https://council.example/statements/bridge", "council website"),
        Link("https://engineering.example/reports/harbor-2017", "Engineering Review"),
    )


def test_page_text_keeps_what_main_text_drops() -> None:
    page_text = _page("news-jsonld.html").page_text
    assert "Ferry timetable changes this summer" in page_text
    assert "Finally! This bridge has been falling apart for years." in page_text
    assert "Harbor Media Group" not in page_text.split("\n")[0]  # scripts and head are not text
    assert '"@context"' not in page_text


@pytest.mark.parametrize(("page", "expected"), [
    ("news-jsonld.html", [("image_credit", "Photo: Sam Lee/Reuters"),
                          ("correction", "Correction, June 5, 2019: An earlier version of this article misstated "
                           "the number of vehicles using the bridge each day. It is 40,000, not 60,000.")]),
    ("blog-opengraph-de.html", [("sponsored", "Anzeige: Dieser Beitrag ist in Zusammenarbeit mit dem Fahrradhändler Velohaus entstanden."),
                                ("image_credit", "Foto: dpa"),
                                ("republished_from", "Dieser Artikel erschien zuerst im Blog Radverkehr Sachsen.")]),
    ("journal-citation-fr.html", [("editors_note", "Note de la rédaction : ce texte a été rédigé avant les élections municipales de 2020."),
                                  ("image_credit", "Photo : AFP"),
                                  ("republished_from", "Ce texte a été initialement publié dans la revue Espaces et sociétés."),
                                  ("disclaimer", "Les opinions exprimées dans cet article n'engagent que leurs auteurs.")]),
    ("dublin-core-es.html", [("image_credit", "Foto: EFE"),
                             ("correction", "Este artículo fue actualizado el 16 de febrero con la reacción de los vecinos."),
                             ("disclaimer", "Las opiniones de los colaboradores no reflejan necesariamente la opinión de este diario.")]),
    ("microdata-ru-cp1251.html", [("image_credit", "Фото: ТАСС"),
                                  ("republished_from", "Материал впервые опубликован в журнале «Сибирь сегодня»."),
                                  ("disclaimer", "Мнение редакции может не совпадать с мнением автора.")]),
    ("latin1-byline-dateline.html", []),
])
def test_page_notices_reported_by_kind(page: str, expected: list[tuple[str, str]]) -> None:
    assert [(n.kind, n.text) for n in _page(page).disclaimers] == expected


def test_notices_are_kept_out_of_text() -> None:
    for name in ("blog-opengraph-de.html", "journal-citation-fr.html", "dublin-core-es.html", "microdata-ru-cp1251.html"):
        article = _page(name)
        for notice in article.disclaimers:
            assert notice.text not in article.text, (name, notice)


# ---------------------------------------------------------------- page state

@pytest.mark.parametrize(("page", "state"), [
    ("news-jsonld.html", "article"),
    ("paywall.html", "paywall"),
    ("consent-wall.html", "consent_wall"),
    ("error-404.html", "error_page"),
    ("section-front.html", "not_article"),
])
def test_page_state(page: str, state: str) -> None:
    assert _page(page).page_state == state


# ---------------------------------------------------------------- encodings

def test_windows_1251_page_declared_in_meta_decodes() -> None:
    assert "Строительство продолжалось четыре года." in _page("microdata-ru-cp1251.html").text


def test_latin1_page_declared_in_http_header_decodes() -> None:
    assert "René Müller" in _page("latin1-byline-dateline.html").text


def test_latin1_page_without_any_declaration_is_detected() -> None:
    body = (DATA / "latin1-byline-dateline.html").read_bytes()
    article = extract(body, url=PAGES["latin1-byline-dateline.html"][0])
    assert "Zürich's Münsterhof square" in article.text


def test_windows_1251_page_without_declaration_is_detected() -> None:
    body = (DATA / "microdata-ru-cp1251.html").read_bytes().replace(b"; charset=windows-1251", b"")
    assert "В субботу в Новосибирске открыли движение" in extract(body, url="https://sibgazeta.example/x").text


# ---------------------------------------------------------------- determinism and serialisation

def test_same_bytes_give_same_text_sha256() -> None:
    body = (DATA / "news-jsonld.html").read_bytes()
    first = extract(body, url=PAGES["news-jsonld.html"][0])
    for _ in range(3):
        _page("blog-opengraph-de.html")  # no state carried over from other pages (no dedup caches)
        again = extract(body, url=PAGES["news-jsonld.html"][0])
        assert again.text_sha256 == first.text_sha256
        assert again.to_json_bytes() == first.to_json_bytes()


def test_text_sha256_is_sha256_of_utf8_text(seed: Article) -> None:
    import hashlib

    assert seed.text_sha256 == "sha256:" + hashlib.sha256(seed.text.encode("utf-8")).hexdigest()


def test_to_dict_has_every_field(seed: Article) -> None:
    assert set(seed.to_dict()) == {
        "title", "authors", "author_support", "organizations", "publisher", "published", "modified", "outlet",
        "canonical_url", "language", "description", "text", "text_sha256", "cited_links", "page_text", "page_text_hidden", "page_state",
        "disclaimers", "sources", "extractor", "encoding", "notes"}


def test_from_dict_round_trips(seed: Article) -> None:
    assert Article.from_dict(json.loads(seed.to_json_bytes())) == seed


def test_extractor_versions_name_every_library() -> None:
    versions = extractor_versions()
    assert {"archiver-extract", "trafilatura", "htmldate", "lxml", "pypdf", "charset-normalizer", "pyahocorasick"} <= set(versions)


def test_extractor_versions_name_the_libraries_that_read_styles_dates_and_fallback_text() -> None:
    # the page's <style> rules (tinycss2, cssselect: since extractor 60), htmldate's date fallback
    # (dateparser), trafilatura's fallback text and URL handling (justext, courlan) shape the output too
    assert {"tinycss2", "cssselect", "dateparser", "justext", "courlan"} <= set(extractor_versions())


# ---------------------------------------------------------------- PDF, sniffing, rendering

def _make_pdf(text: str, *, title: str, author: str) -> bytes:
    import io

    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(width=612, height=792)
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica")})
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})})
    stream = DecodedStreamObject()
    stream.set_data(f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1"))
    page[NameObject("/Contents")] = writer._add_object(stream)
    writer.add_metadata({"/Title": title, "/Author": author, "/CreationDate": "D:20200115093000Z"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_pdf_text_and_metadata_from_document_info() -> None:
    body = _make_pdf("Groundwater nitrate levels fell in 2019.", title="Water Report", author="Maria Keller")
    article = extract(body, url="https://agency.example/report.pdf", content_type="application/pdf")
    assert article.text == "Groundwater nitrate levels fell in 2019."
    assert (article.title, article.authors, article.published) == ("Water Report", ("Maria Keller",), "2020-01-15")
    assert dict(article.sources) == {"title": "pdf-metadata", "authors": "pdf-metadata", "published": "pdf-metadata"}


def test_is_extractable_by_header_or_sniffing() -> None:
    assert is_extractable("text/html; charset=utf-8", b"")
    assert is_extractable(None, b"<!DOCTYPE html><html><body>x</body></html>")
    assert is_extractable("application/octet-stream", b"%PDF-1.7\n...")
    assert not is_extractable("image/png", b"\x89PNG\r\n")
    assert not is_extractable(None, b"\x00\x01binary")


def test_render_article_summary_and_state_warning(seed: Article) -> None:
    out = render_article(seed)
    assert "Stephen Lendman" in out and "2019-06-04" in out and "Global Research" in out
    assert "[disclaimer] Disclaimer: The contents of this article" in out
    assert "WARNING" not in out
    assert "WARNING: page state is paywall" in render_article(_page("paywall.html"))


def test_unparseable_urls_in_markup_do_not_raise() -> None:
    body = (b"<html><head><link rel='canonical' href='http://[bad'></head><body><article><p>"
            + b"Some words of body text in a paragraph. " * 10
            + b"<a href='http://[ccpa-preferences]'>privacy choices</a></p></article></body></html>")
    article = extract(body, url="https://news.example/story")
    assert article.canonical_url is None
    assert article.cited_links == ()
    assert article.page_state == "article"


@pytest.mark.parametrize(("field", "value", "source"), [
    ("title", "Dubious Report on Russia Withdrawing Defense Support to Venezuela", "opengraph"),
    ("canonical_url", SEED_URL, "link:canonical"),
    ("language", "en-US", "html-lang"),
    ("outlet", "Global Research", "opengraph"),
])
def test_seed_head_fields_and_sources(seed: Article, field: str, value: str, source: str) -> None:
    assert getattr(seed, field) == value
    assert dict(seed.sources)[field] == source


def test_twitter_card_application_name_and_article_author_sources() -> None:
    body = ("""<html><head>
        <meta name="twitter:title" content="Wind farm approved off the coast">
        <meta name="twitter:description" content="Forty turbines, twelve kilometres out.">
        <meta name="application-name" content="Coastal Herald">
        <meta property="article:author" content="Tom Baker">
        </head><body><div><p class="byline">Tom Baker</p><p>""" + "The regional council approved the offshore wind farm on Thursday. " * 6
            + "</p></div></body></html>").encode()
    article = extract(body, url="https://coastal.example/wind")
    sources = dict(article.sources)
    assert (article.title, sources["title"]) == ("Wind farm approved off the coast", "twitter")
    assert (article.description, sources["description"]) == ("Forty turbines, twelve kilometres out.", "twitter")
    assert (article.outlet, sources["outlet"]) == ("Coastal Herald", "meta:application-name")
    assert (article.authors, sources["authors"]) == (("Tom Baker",), "opengraph")


def test_article_whose_title_sounds_like_an_error_is_still_an_article() -> None:
    body = ("<html><head><title>Forbidden City reopens to visitors</title></head><body><article>"
            + "".join(f"<p>Paragraph {i}: Beijing's Forbidden City reopened on Monday after a three-month "
                      f"closure, with daily visitor numbers capped at {i},000.</p>" for i in range(1, 9))
            + "</article></body></html>").encode()
    assert extract(body, url="https://news.example/forbidden-city").page_state == "article"
