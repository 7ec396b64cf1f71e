"""A bundle check stage: ``pages/pages.jsonl`` says of each capture only what the log proves.

Replay tools (ReplayWeb.page, pywb) list a bundle's pages from this file: its URL, time and
title are what a reader sees first. The file is covered only by the WACZ signature, so whoever
holds the WACZ key (not the log's key) could rewrite a page's URL, time or title, or add a page,
and the bundle still verified (only the page text was compared). Each page of a bundle of ours
is held here to its capture's proven entries, field by field, as the export wrote it
(:func:`archiver.export.wacz._page`):

* ``id``: a capture the bundle proves, one page each (no page for none, none twice);
* ``url``: the capture's requested or final URL, compared in wire form
  (:func:`~archiver.capture.fetch.same_url`);
* ``ts``: the logged capture time; ``origin``: captured or imported, as logged;
* ``title``: the logged extraction's title, or the user's corrected one in force (a proven
  ``correction``), or the URL when there is none; ``corrected``: the corrected fields' names;
* ``text`` and ``text_sha256``: the logged extracted text (none without an extraction).

So is the page ``datapackage.json`` names as its main one (``mainPageURL``, ``mainPageDate``,
which ReplayWeb.page opens first): a capture the bundle proves, at its logged time.
"""

from __future__ import annotations

from typing import Any

from archiver.capture.fetch import same_url
from archiver.core.digests import sha256_label
from archiver.corrections import apply, corrected_fields
from archiver.errors import MalformedBundleFile
from archiver.export.bundle_json import PACKAGE_FILE, PAGES_FILE, DataPackage, Page, decode_pages
from archiver.export.bundle_report import Checker


def read_pages(c: Checker) -> dict[str, Page] | None:
    """The bundle's pages by capture id ({} when the file is missing: each capture's page is then
    missing; None when it is malformed, which is one finding, and no page is held to anything).

    A page without an id is a finding, and a second page under one id makes the file malformed
    (:func:`~archiver.export.bundle_json.decode_pages`): which of two pages a replay tool lists
    is its choice, and the check below would hold only one of them.
    """
    raw = c.read(PAGES_FILE)
    if raw is None:
        return {}
    try:
        decoded = decode_pages(raw)
    except MalformedBundleFile as exc:
        c.fail(exc.diagnostics(), PAGES_FILE)
        return None
    pages: dict[str, Page] = {}
    for page in decoded:  # no id repeats (decode_pages refuses that)
        if page.id is None:
            c.fail(f"pages/pages.jsonl line {page.line}: a page without an id (of no capture)", PAGES_FILE)
        else:
            pages[page.id] = page
    return pages


def check_page(c: Checker, item: dict[str, Any], page: Page, extraction: dict[str, Any] | None,
               article: dict[str, Any] | None, corrections: list[Any]) -> None:
    """Hold capture ``item``'s page to its proven entries (see the module docstring).

    ``extraction``: the logged extraction entry's data (None: no extraction is logged);
    ``article``: that extraction's record, as logged (None: unreadable, reported elsewhere; the
    title is then not judged); ``corrections``: the capture's proven corrections, in log order.
    """
    cid = item["capture_id"]
    where = f"pages/pages.jsonl line {page.line}: the page of capture {cid}"
    if page.url is None or not any(same_url(page.url, u) for u in (item["url"], item["final_url"]) if u):
        c.fail(f"{where} names url {page.url!r}, but the capture is of {item['final_url']!r} (logged)", PAGES_FILE)
    if page.ts != item["time"]:
        c.fail(f"{where} says ts {page.ts!r}, but the capture time logged is {item['time']!r}", PAGES_FILE)
    if "origin" in page.fields and page.origin != item["origin"]:
        c.fail(f"{where} says origin {page.origin!r}, but it was {item['origin']} (logged)", PAGES_FILE)
    logged_text = (extraction or {}).get("text_sha256")
    if extraction is None and page.text:
        c.fail(f"{where} has a text, but no extraction of it is logged in the bundle", PAGES_FILE)
    elif extraction is not None and sha256_label((page.text or "").encode()) != logged_text:
        c.fail(f"pages/pages.jsonl: the text of capture {cid} is not the logged text", PAGES_FILE)
    if "text_sha256" in page.fields and page.text_sha256 != logged_text:
        c.fail(f"{where} says text_sha256 {page.text_sha256!r}, the logged extraction {logged_text!r}", PAGES_FILE)
    fields = corrected_fields(corrections)
    if "corrected" in page.fields and sorted(page.corrected or ()) != sorted(fields):
        c.fail(f"{where} says corrected {list(page.corrected or ())!r}, but the proven corrections correct "
               f"{sorted(fields)!r}", PAGES_FILE)
    if extraction is not None and article is None:
        return  # the extraction record is missing or altered (a finding already): no title to hold it to
    title = (apply(article, corrections) or {}).get("title") or item["final_url"]
    if page.title != title:
        why = "the corrected title in force" if "title" in fields else "the logged extraction's title" \
            if extraction is not None else "its URL (no title was extracted)"
        c.fail(f"{where} says title {page.title!r}, but {why} is {title!r}", PAGES_FILE)


def check_unclaimed(c: Checker, pages: dict[str, Page], described: set[str]) -> None:
    """A page for no capture the bundle proves is a finding: replay tools list it all the same."""
    for cid, page in sorted(pages.items(), key=lambda x: x[1].line):
        if cid not in described:
            c.fail(f"pages/pages.jsonl line {page.line}: a page for capture {cid}, which no proven entry of "
                   "the bundle describes", PAGES_FILE)


def check_main_page(c: Checker, package: DataPackage | None, captures: list[dict[str, Any]]) -> None:
    """The package's main page, when it names one, is a proven capture's URL, at its logged time."""
    if package is None or (package.main_page_url is None and package.main_page_date is None):
        return
    url, date = package.main_page_url, package.main_page_date
    same = [x for x in captures if url is not None
            and any(same_url(url, u) for u in (x["url"], x["final_url"]) if u)]
    if url is not None and not same:
        c.fail(f"datapackage.json names mainPageURL {url!r}, which is no capture the bundle proves", PACKAGE_FILE)
    elif date is not None and not any(date == x["capture_time"] for x in same or captures):
        c.fail(f"datapackage.json names mainPageDate {date!r}, but the main page's capture time logged is "
               f"{', '.join(repr(x['capture_time']) for x in same or captures) or 'none'}", PACKAGE_FILE)
