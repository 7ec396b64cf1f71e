"""The JSON files of a WACZ bundle, decoded and shape-checked: one function per file.

``datapackage.json``, ``datapackage-digest.json``, each line of ``pages/pages.jsonl`` and
``provenance/bundle.json`` come from whoever made (or changed) the bundle. Read field by field
where they were used, a value of another JSON type (``signedData`` a string, ``resources`` a
number, a page ``id`` a list) ended ``verify-bundle`` and ``import`` in a traceback. Each file is
decoded here instead, once, into typed values, by a function that raises
:class:`~archiver.errors.MalformedBundleFile` (naming the file and the field) and nothing else:
``verify-bundle`` reports that as a finding about the file, ``import`` refuses the bundle
(exit 2, nothing written).

Only the fields we read, and those our exports write, are checked: another tool's files
carry fields of their own (browsertrix's ``loadState``, the domain-signing profile's
certificates), which are left as they are. A field may be absent; when present it has its type.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from archiver.core.untrusted import loads_json
from archiver.errors import MalformedBundleFile

PACKAGE_FILE = "datapackage.json"
DIGEST_FILE = "datapackage-digest.json"
PAGES_FILE = "pages/pages.jsonl"
GUIDE_FILE = "provenance/bundle.json"

_STR = (str,)
_STR_NULL = (str, type(None))
_INT_NULL = (int, type(None))


def _kind(value: Any) -> str:
    """The JSON type of ``value``, as a message names it."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    return {int: "a number", float: "a number", str: "a string", list: "a list", dict: "an object"}.get(
        type(value), type(value).__name__)


def _is(value: Any, kinds: tuple[type, ...]) -> bool:
    return isinstance(value, kinds) and not (isinstance(value, bool) and bool not in kinds)


def _names(kinds: tuple[type, ...]) -> str:
    words = {str: "a string", int: "a number", list: "a list", dict: "an object", type(None): "null"}
    return " or ".join(words[k] for k in kinds)


class _Shape:
    """Checks one decoded JSON document of ``member``; every failure names the field's path."""

    def __init__(self, member: str, prefix: str = "") -> None:
        self.member = member
        self.prefix = prefix

    def fail(self, problem: str) -> MalformedBundleFile:
        return MalformedBundleFile(self.member, self.prefix + problem)

    def decode(self, raw: bytes | str) -> Any:
        try:
            return loads_json(raw)
        except ValueError as exc:
            raise self.fail(f"not valid JSON ({exc})") from None

    def object(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(f"{where} is {_kind(value)}, not an object")
        return value

    def list(self, value: Any, where: str) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(f"{where} is {_kind(value)}, not a list")
        return value

    def get(self, obj: dict[str, Any], key: str, kinds: tuple[type, ...], where: str = "") -> Any:
        """``obj[key]`` if present (else None), which must be one of ``kinds``."""
        value = obj.get(key)
        if key in obj and not _is(value, kinds):
            raise self.fail(f"{where}{key} is {_kind(value)}, not {_names(kinds)}")
        return value


# ------------------------------------------------------------------ datapackage.json


@dataclass(frozen=True)
class Resource:
    """One file the data package lists: its path in the zip, stated sha256 and size."""

    path: str
    hash: str | None
    bytes: int | None


@dataclass(frozen=True)
class DataPackage:
    """``datapackage.json``: the files it lists (None: no ``resources`` at all) and what it says."""

    resources: tuple[Resource, ...] | None
    created: str | None = None
    software: str | None = None
    main_page_url: str | None = None
    main_page_date: str | None = None


def decode_package(raw: bytes) -> DataPackage:
    """Decode ``datapackage.json``.

    Raises:
        MalformedBundleFile: not JSON, not an object, or a field we read of another type.
    """
    s = _Shape(PACKAGE_FILE)
    doc = s.object(s.decode(raw), "the file")
    for key in ("created", "software", "title", "mainPageURL", "mainPageDate", "wacz_version", "profile"):
        s.get(doc, key, _STR_NULL)
    resources = None
    if "resources" in doc:
        resources = []
        for i, res in enumerate(s.list(doc["resources"], "resources")):
            res = s.object(res, f"resources[{i}]")
            path = s.get(res, "path", _STR, f"resources[{i}].")
            if path is None:
                raise s.fail(f"resources[{i}] has no path")
            s.get(res, "name", _STR_NULL, f"resources[{i}].")
            resources.append(Resource(path, s.get(res, "hash", _STR_NULL, f"resources[{i}]."),
                                      s.get(res, "bytes", _INT_NULL, f"resources[{i}].")))
    return DataPackage(tuple(resources) if resources is not None else None, doc.get("created"), doc.get("software"),
                       doc.get("mainPageURL"), doc.get("mainPageDate"))


# ------------------------------------------------------------------ datapackage-digest.json


@dataclass(frozen=True)
class SignedData:
    """``signedData`` of the digest file (WACZ signing spec): anonymous profile when it has a
    ``publicKey``, domain-name profile otherwise."""

    hash: str | None
    created: str | None
    public_key: str | None
    signature: str | None


@dataclass(frozen=True)
class PackageDigest:
    """``datapackage-digest.json``: the package's stated sha256 and its signed data, if any."""

    hash: str | None
    signed: SignedData | None


def decode_digest(raw: bytes) -> PackageDigest:
    """Decode ``datapackage-digest.json``.

    Raises:
        MalformedBundleFile: not JSON, not an object, or a field we read of another type.
    """
    s = _Shape(DIGEST_FILE)
    doc = s.object(s.decode(raw), "the file")
    s.get(doc, "path", _STR_NULL)
    signed = None
    if doc.get("signedData") is not None:
        sd = s.object(doc["signedData"], "signedData")
        for key in ("software", "version", "domain", "domainCert", "timeSignature", "timestampCert"):
            s.get(sd, key, _STR_NULL, "signedData.")
        signed = SignedData(*(s.get(sd, k, _STR_NULL, "signedData.")
                              for k in ("hash", "created", "publicKey", "signature")))
    return PackageDigest(s.get(doc, "hash", _STR_NULL), signed)


# ------------------------------------------------------------------ pages/pages.jsonl


@dataclass(frozen=True)
class Page:
    """One page line: the fields the WACZ spec gives a page, and the ones our exports add
    (``text_sha256``, ``origin``, ``corrected``); ``fields`` is which of them the line has."""

    line: int
    id: str | None
    url: str | None
    ts: str | None
    title: str | None
    text: str | None
    text_sha256: str | None = None
    origin: str | None = None
    corrected: tuple[str, ...] | None = None
    fields: frozenset[str] = field(default_factory=frozenset)


#: A page's fields and their types, as the WACZ spec and our exports write them.
_PAGE_FIELDS: dict[str, tuple[type, ...]] = {
    "id": _STR, "url": _STR, "ts": _STR, "title": _STR_NULL, "text": _STR_NULL,
    "text_sha256": _STR_NULL, "origin": _STR,
}


def decode_pages(raw: bytes) -> tuple[Page, ...]:
    """Decode ``pages/pages.jsonl``: its pages, in order (its header line, the first line
    when that names a ``format``, is checked to be an object and left out).

    Raises:
        MalformedBundleFile: a line that is not JSON, not an object, or has a field of another type.
    """
    pages = []
    for i, line in enumerate(raw.decode("utf-8", errors="replace").splitlines()):
        if not line.strip():
            continue
        s = _Shape(PAGES_FILE, f"line {i + 1}: ")
        doc = s.object(s.decode(line), "the line")
        if i == 0 and "format" in doc:
            continue
        got = {k: s.get(doc, k, kinds) for k, kinds in _PAGE_FIELDS.items()}
        corrected = s.get(doc, "corrected", (list,))
        if corrected is not None and not all(isinstance(x, str) for x in corrected):
            raise s.fail("corrected is not a list of field names")
        pages.append(Page(i + 1, got["id"], got["url"], got["ts"], got["title"], got["text"], got["text_sha256"],
                          got["origin"], tuple(corrected) if corrected is not None else None,
                          frozenset(k for k in (*_PAGE_FIELDS, "corrected") if k in doc)))
    return tuple(pages)


# ------------------------------------------------------------------ provenance/bundle.json


@dataclass(frozen=True)
class Guide:
    """``provenance/bundle.json``, our bundle's guide (not trusted): the capture ids it lists
    (None: it lists none), and the whole object, its fields of the shapes checked here (held to
    the proven entries by :mod:`archiver.export.bundle_guide`)."""

    capture_ids: tuple[str, ...] | None
    doc: dict[str, Any] = field(default_factory=dict)


def decode_guide(raw: bytes) -> Guide:
    """Decode ``provenance/bundle.json``.

    Raises:
        MalformedBundleFile: not JSON, not an object, or a field we read of another type.
    """
    s = _Shape(GUIDE_FILE)
    doc = s.object(s.decode(raw), "the file")
    for key in ("format", "log_origin", "log_key_fingerprint", "wacz_key_fingerprint"):
        s.get(doc, key, _STR_NULL)
    for key in ("checkpoint_size", "wacz_key_seq"):
        s.get(doc, key, _INT_NULL)
    if doc.get("captures") is None:
        return Guide(None, doc)
    ids = []
    for i, cap in enumerate(s.list(doc["captures"], "captures")):
        cap = s.object(cap, f"captures[{i}]")
        cid = s.get(cap, "capture_id", _STR, f"captures[{i}].")
        if cid is None:
            raise s.fail(f"captures[{i}] has no capture_id")
        for key in ("url", "final_url", "origin"):
            s.get(cap, key, _STR_NULL, f"captures[{i}].")
        for key in ("capture_seq", "import_seq", "extraction_seq"):
            s.get(cap, key, _INT_NULL, f"captures[{i}].")
        for key in ("quote_verification_seqs", "correction_seqs"):
            s.get(cap, key, (list, type(None)), f"captures[{i}].")
        ids.append(cid)
    return Guide(tuple(ids), doc)
