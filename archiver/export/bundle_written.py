"""A bundle check stage: in a bundle of ours, each JSON file holds only the fields export writes.

``provenance/bundle.json``, ``pages/pages.jsonl`` and ``datapackage.json`` are covered by the WACZ
signature alone: whoever holds the WACZ key (not the log's) can rewrite them and sign again. The
other stages hold every field export writes to the proven entries (``bundle_guide``,
``bundle_pages``) or to the signature (``bundle_files``), but a field they never read was free: a
``"quote"`` beside a proven capture in the guide, a ``description`` on a page (replay tools show
what they find there), a page's ``url`` and ``text`` written into the pages header, a field of
the data package, and the guide's ``format`` and ``export_entry`` sentence, all verified. So each
of these files may hold exactly the fields :mod:`archiver.export.wacz` writes (those of every
earlier export too: a field it once wrote and no longer does would be listed here), and the
values export writes the same in every bundle must be those. A field left out claims nothing.

Malformed files (not JSON, a field of another type) are the decoders' findings
(:mod:`archiver.export.bundle_json`); this stage says nothing more of them.
"""

from __future__ import annotations

from typing import Any

from archiver.core.untrusted import loads_json
from archiver.export.bundle_json import GUIDE_FILE, PACKAGE_FILE, PAGES_FILE
from archiver.export.bundle_report import Checker

#: The guide's fields (:func:`archiver.export.wacz._bundle_files`): ``time_anchor`` since export
#: --tsa (2026-11-25), a capture's ``correction_seqs`` since 2026-11-29; none was ever removed.
_GUIDE_KEYS = frozenset(("format", "log_origin", "log_key_fingerprint", "checkpoint_size", "wacz_key_seq",
                         "wacz_key_fingerprint", "time_anchor", "captures", "export_entry"))
#: Its ``time_anchor``, when export --tsa made one (:meth:`archiver.provenance.anchor.AnchorResult.to_dict`).
_ANCHOR_KEYS = frozenset(("kind", "time", "issuer", "trusted"))
_GUIDE_CAPTURE_KEYS = frozenset(("capture_id", "url", "final_url", "origin", "capture_seq", "import_seq",
                                 "extraction_seq", "quote_verification_seqs", "correction_seqs"))
#: What every export writes alike: ``archiver.export.wacz.BUNDLE_FORMAT`` (not imported: the
#: verifier does not load the writer) and the note that the export entry is logged later.
_GUIDE_FIXED = {"format": "archiver-evidence-bundle/1",
                "export_entry": "logged after this file was written; not provable from inside the bundle"}
#: The pages header export writes (its ``title`` is the exporter's ``--title``: any string).
_HEADER_KEYS = frozenset(("format", "id", "title", "hasText"))
_HEADER_FIXED = {"format": "json-pages-1.0", "id": "pages", "hasText": True}
#: A page line (:func:`archiver.export.wacz._page`); ``corrected`` since 2026-11-29.
_PAGE_KEYS = frozenset(("id", "url", "ts", "title", "text", "text_sha256", "origin", "corrected"))
#: ``datapackage.json`` (:func:`archiver.export.wacz._datapackage`) and each of its resources.
_PACKAGE_KEYS = frozenset(("profile", "resources", "title", "created", "wacz_version", "software",
                           "mainPageURL", "mainPageDate"))
_RESOURCE_KEYS = frozenset(("name", "path", "hash", "bytes"))


def check_written_fields(c: Checker) -> None:
    """Fail on each field of the guide, the pages and the data package that export never writes,
    and on each value export writes alike in every bundle that is another here."""
    guide = _object(c, GUIDE_FILE)
    if guide is not None:
        _only(c, GUIDE_FILE, "", guide, _GUIDE_KEYS)
        _fixed(c, GUIDE_FILE, "", guide, _GUIDE_FIXED)
        if isinstance(guide.get("time_anchor"), dict):
            _only(c, GUIDE_FILE, "time_anchor ", guide["time_anchor"], _ANCHOR_KEYS)
        captures = guide.get("captures")
        for i, cap in enumerate(captures if isinstance(captures, list) else []):
            if isinstance(cap, dict):
                _only(c, GUIDE_FILE, f"captures[{i}] ", cap, _GUIDE_CAPTURE_KEYS)
    package = _object(c, PACKAGE_FILE)
    if package is not None:
        _only(c, PACKAGE_FILE, "", package, _PACKAGE_KEYS)
        resources = package.get("resources")
        for i, res in enumerate(resources if isinstance(resources, list) else []):
            if isinstance(res, dict):
                _only(c, PACKAGE_FILE, f"resources[{i}] ", res, _RESOURCE_KEYS)
    _check_pages(c)


def _check_pages(c: Checker) -> None:
    raw = c.read(PAGES_FILE) if PAGES_FILE not in c.unlisted else None
    if raw is None:
        return
    for i, line in enumerate(raw.decode("utf-8", errors="replace").splitlines()):
        try:
            doc = loads_json(line) if line.strip() else None
        except ValueError:
            return  # malformed: decode_pages said so
        if not isinstance(doc, dict):
            continue
        where = f"line {i + 1} "
        if i == 0 and "format" in doc:  # the header line, as decode_pages takes it
            _only(c, PAGES_FILE, f"{where}(the header) ", doc, _HEADER_KEYS)
            _fixed(c, PAGES_FILE, f"{where}(the header) ", doc, _HEADER_FIXED)
        else:
            _only(c, PAGES_FILE, where, doc, _PAGE_KEYS)


def _object(c: Checker, name: str) -> dict[str, Any] | None:
    """File ``name`` as a JSON object; None when absent, unlisted or malformed (said elsewhere)."""
    raw = c.read(name) if name not in c.unlisted else None
    if raw is None:
        return None
    try:
        doc = loads_json(raw)
    except ValueError:
        return None
    return doc if isinstance(doc, dict) else None


def _only(c: Checker, name: str, where: str, doc: dict[str, Any], keys: frozenset[str]) -> None:
    added = sorted(set(doc) - keys)
    if added:
        c.fail(f"{name} {where}holds {', '.join(map(repr, added))}, which archiver export never writes there: "
               "added after the bundle was made (the WACZ signature alone covers this file; the log's key does not)",
               name)


def _fixed(c: Checker, name: str, where: str, doc: dict[str, Any], fixed: dict[str, Any]) -> None:
    for key, value in fixed.items():
        if key in doc and doc[key] is not None and not (type(doc[key]) is type(value) and doc[key] == value):
            c.fail(f"{name} {where}says {key} {doc[key]!r}, but archiver export always writes {value!r}: it was "
                   "edited after the bundle was made", name)
