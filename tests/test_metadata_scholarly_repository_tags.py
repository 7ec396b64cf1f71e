"""A repository's scholarly tags name a paper's authors, title, date and journal, as Highwire's do (extractor 229).

Google Scholar's inclusion guidelines name four families of tags for a paper's record: Highwire Press
(``citation_*``), bepress (``bepress_citation_*``: Digital Commons, the institutional repositories of many
universities), EPrints (``eprints.*``) and PRISM (``prism.*``). Only Highwire's were read, so a paper in an EPrints
or Digital Commons repository, the pages researchers cite, lost its declared authors and date. Each family is the
"citation" source of the record; an EPrints date is the publication date only when its type says so.
"""

from __future__ import annotations

from archiver.extract import extract_unbounded

URL = "https://repository.example.ac.uk/id/eprint/4711/"
STORY = ("<p>We measure how often the harbour's tidal gauges disagree with the satellite record, and find that the "
         "difference grows with the distance from the coast, by about a centimetre for every ten kilometres.</p>"
         "<p>The gauges were read every hour for eleven years; the satellite passed over the harbour every ten days, "
         "and the two records were compared on the days both exist.</p>")


def _paper(tags: dict[str, list[str]], printed: str) -> bytes:
    head = "".join(f'<meta name="{k}" content="{v}">' for k, vs in tags.items() for v in vs)
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Tidal gauges and the satellite "
            f"record - Harbour Repository</title>{head}</head><body><main><h1>Tidal gauges and the satellite record"
            f"</h1><p class='creators'>{printed}</p>{STORY}</main></body></html>").encode()


def test_an_eprints_record_gives_the_papers_authors_title_and_date() -> None:
    html = _paper({"eprints.creators_name": ["Smith, Jane", "Haddad, Omar"], "eprints.title":
                   ["Tidal gauges and the satellite record"], "eprints.date": ["2021-03-04"],
                   "eprints.date_type": ["published"]}, "Smith, Jane and Haddad, Omar (2021)")
    article = extract_unbounded(html, url=URL, content_type="text/html")
    assert article.authors == ("Jane Smith", "Omar Haddad")
    assert all("citation" in s.sources for s in article.author_support)
    assert (article.published, dict(article.sources)["published"]) == ("2021-03-04", "citation")


def test_an_eprints_date_of_submission_is_no_publication_date() -> None:
    html = _paper({"eprints.creators_name": ["Smith, Jane"], "eprints.date": ["2021-03-04"],
                   "eprints.date_type": ["submitted"]}, "Smith, Jane (2021)")
    article = extract_unbounded(html, url=URL, content_type="text/html")
    assert dict(article.sources).get("published") != "citation"


def test_a_digital_commons_record_gives_the_papers_authors_date_and_journal() -> None:
    html = _paper({"bepress_citation_author": ["Smith, Jane", "Haddad, Omar"], "bepress_citation_date": ["2019-11-02"],
                   "bepress_citation_journal_title": ["Journal of Harbour Studies"]}, "Jane Smith, Omar Haddad")
    article = extract_unbounded(html, url=URL, content_type="text/html")
    assert article.authors == ("Jane Smith", "Omar Haddad")
    assert (article.published, dict(article.sources)["published"]) == ("2019-11-02", "citation")
    assert (article.outlet, dict(article.sources)["outlet"]) == ("Journal of Harbour Studies", "citation")


def test_prism_tags_give_the_journal_and_the_date() -> None:
    html = _paper({"prism.publicationName": ["Journal of Harbour Studies"], "prism.publicationDate": ["2019-11-02"]},
                  "Jane Smith")
    article = extract_unbounded(html, url=URL, content_type="text/html")
    assert (article.published, dict(article.sources)["published"]) == ("2019-11-02", "citation")
    assert (article.outlet, dict(article.sources)["outlet"]) == ("Journal of Harbour Studies", "citation")
