"""The capture manifest: the record that lists every record of one capture, as a versioned model.

A manifest is written last of a capture's WARC records (``metadata``,
``application/vnd.archiver.capture+json``, canonical JSON per RFC 8785) and read back by
``reindex`` (to rebuild the index from the records the log vouches for) and by ``import`` (to
keep the capture ids of a bundle another archiver exported). Every writer and reader goes
through :class:`Manifest`, so a field is added, or the version raised, in one place.

:meth:`Manifest.to_json` gives exactly the bytes earlier versions wrote: the keys of a native
capture, plus ``origin``/``source_file``/``source_sha256`` for an imported one and
``original_capture_id``/``revisit_of`` only when they have a value (and, for a browser
capture, ``browser`` and ``extraction_source_record_id``). A manifest of another
version is refused with :class:`~archiver.errors.MalformedManifestError`, never guessed at.

Versioning: a key that older manifests lack is added as optional, written only when it has a
value, so every manifest written before it keeps its bytes and reads as it did (``browser``,
``extraction_source_record_id``, a hop's ``trailing``, ``interim`` and ``before_status_line``, ``original_log``); ``v`` is raised only when a reader of
this version would misread a new manifest.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from archiver.core.canonical import canonical_json
from archiver.core.untrusted import loads_json
from archiver.errors import MalformedManifestError

MANIFEST_TYPE = "application/vnd.archiver.capture+json"
MANIFEST_VERSION = 1


class ManifestHop(NamedTuple):
    """One request/response of a capture (a redirect is one hop) and the ids of its records."""

    url: str | None
    status: int | None
    ip: str | None
    truncated: bool
    request_record_id: str | None
    response_record_id: str
    tls_record_id: str | None = None
    #: Bytes the server sent past the end of this response: ``{"record_id", "bytes", "recorded"}``
    #: (the metadata record holding them, how many were received, how many it holds: fewer
    #: past ``--max-body``). None: there were none, or the manifest is older than this key.
    trailing: dict[str, Any] | None = None
    #: 1xx interim heads (``100 Continue``, ``103 Early Hints``) the server sent before this
    #: response: ``{"record_id", "statuses"}`` (the metadata record holding them as received, and
    #: their status codes, with any bytes before a status line that Chromium skips). None: there were
    #: none, or they are in the response record itself (captures made before they were kept apart, or
    #: a manifest older than this key). ``statuses`` is ``[]`` only in manifests written by cap57.
    interim: dict[str, Any] | None = None
    #: The metadata record holding the few bytes before a status line that Chromium skips (``\r\n``,
    #: a BOM; up to 4 a head): ``{"record_id"}``, alone or beside ``interim`` (the same record, which
    #: holds 1xx heads too; named so since cap59: manifests written before name it only when the record
    #: holds no 1xx head). A key of its own, not ``interim`` with ``"statuses": []`` as cap57 wrote it:
    #: a reader of an earlier release refuses that (its ``import`` took such a bundle for another tool's
    #: file, under new capture ids) and ignores a key it does not know, so a manifest reads there as it
    #: did (review rvcap58). ``summary`` shows it in ``interim``: ``"before_status_line": true``, with
    #: no statuses when there was no 1xx head.
    before_status_line: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "url": self.url, "status": self.status, "ip": self.ip, "truncated": self.truncated,
            "request_record_id": self.request_record_id, "response_record_id": self.response_record_id,
            "tls_record_id": self.tls_record_id}
        if self.trailing is not None:  # only when there were some: other manifests keep their bytes
            out["trailing"] = dict(self.trailing)
        if self.interim is not None:  # likewise
            out["interim"] = _copied(self.interim)
        if self.before_status_line is not None:  # likewise
            out["before_status_line"] = dict(self.before_status_line)
        return out

    def summary(self) -> dict[str, Any]:
        """The hop as results and the index show it (no record ids but those of the records kept
        apart): ``interim`` covers the record of what came before the response, its 1xx statuses and
        whether it holds bytes before a status line (``before_status_line``; a cap57 manifest's
        ``interim`` with no statuses held only those)."""
        out: dict[str, Any] = {"url": self.url, "status": self.status, "ip": self.ip, "truncated": self.truncated}
        if self.trailing is not None:
            out["trailing"] = dict(self.trailing)
        if self.interim is not None:
            out["interim"] = {**_copied(self.interim),
                              "before_status_line": self.before_status_line is not None or not self.interim["statuses"]}
        elif self.before_status_line is not None:
            out["interim"] = {"record_id": self.before_status_line["record_id"], "statuses": [],
                              "before_status_line": True}
        return out

    @classmethod
    def from_dict(cls, hop: Any) -> ManifestHop:
        if not isinstance(hop, dict) or not isinstance(hop.get("response_record_id"), str):
            raise MalformedManifestError("a manifest hop has no response_record_id")
        return cls(url=hop.get("url"), status=hop.get("status"), ip=hop.get("ip"),
                   truncated=bool(hop.get("truncated")), request_record_id=hop.get("request_record_id"),
                   response_record_id=hop["response_record_id"], tls_record_id=hop.get("tls_record_id"),
                   trailing=_trailing(hop.get("trailing", None)), interim=_interim(hop.get("interim", None)),
                   before_status_line=_before_status_line(hop.get("before_status_line", None)))


def _trailing(value: Any) -> dict[str, Any] | None:
    """A hop's ``trailing`` part, checked: absent (None), or a record id and two counts."""
    if value is None:
        return None
    ok = (isinstance(value, dict) and set(value) == {"record_id", "bytes", "recorded"}
          and isinstance(value["record_id"], str)
          and all(isinstance(value[k], int) and not isinstance(value[k], bool) and value[k] >= 0
                  for k in ("bytes", "recorded")) and value["recorded"] <= value["bytes"])
    if not ok:
        raise MalformedManifestError("a manifest hop's 'trailing' part is not a record id with byte counts")
    return dict(value)


def _interim(value: Any) -> dict[str, Any] | None:
    """A hop's ``interim`` part, checked: absent (None), or a record id and 1xx status codes."""
    if value is None:
        return None
    ok = (isinstance(value, dict) and set(value) == {"record_id", "statuses"}
          and isinstance(value["record_id"], str) and isinstance(value["statuses"], list)
          and all(isinstance(s, int) and not isinstance(s, bool) and 100 <= s < 200 for s in value["statuses"]))
    if not ok:
        raise MalformedManifestError("a manifest hop's 'interim' part is not a record id with 1xx statuses")
    return _copied(value)


def _before_status_line(value: Any) -> dict[str, Any] | None:
    """A hop's ``before_status_line`` part, checked: absent (None), or a record id."""
    if value is None:
        return None
    if not (isinstance(value, dict) and set(value) == {"record_id"} and isinstance(value["record_id"], str)):
        raise MalformedManifestError("a manifest hop's 'before_status_line' part is not a record id")
    return dict(value)


def _original_log(value: Any) -> dict[str, Any] | None:
    """A manifest's ``original_log``, checked: absent (None), or a log name and a key fingerprint."""
    if value is None:
        return None
    if not (isinstance(value, dict) and set(value) == {"origin", "key_fingerprint"}
            and all(isinstance(v, str) for v in value.values())):
        raise MalformedManifestError("a manifest's 'original_log' is not a log name with a key fingerprint")
    return dict(value)


def _copied(part: dict[str, Any]) -> dict[str, Any]:
    return {k: list(v) if isinstance(v, list) else v for k, v in part.items()}


class Manifest(NamedTuple):
    """What one capture consists of: its hops, its records (with places and sha256), its extraction.

    ``origin`` is ``"captured"`` (fetched by us) or ``"imported"`` (from ``source_file``, whose
    sha256 is ``source_sha256``; ``original_capture_id`` is the id it had in an archiver store it
    came from, ``revisit_of`` the earlier record a revisit's payload is read from).
    """

    capture_id: str
    requested_url: str
    final_url: str
    http_status: int | None
    capture_time: str
    hops: tuple[ManifestHop, ...]
    records: tuple[dict[str, Any], ...]
    options: dict[str, Any]
    software: dict[str, str]
    extraction_record_id: str | None = None
    #: Why there is no extraction (a limit, a failure): part of the evidence, so that reindex
    #: and verify-bundle say it too.
    extraction_error: str | None = None
    origin: str = "captured"
    source_file: str | None = None
    source_sha256: str | None = None
    original_capture_id: str | None = None
    revisit_of: dict[str, Any] | None = None
    #: A browser capture: screenshot and rendered-DOM records with their digests, the browser,
    #: what did not finish (:mod:`archiver.store.browser_records`). None for other captures.
    browser: dict[str, Any] | None = None
    #: The record the extraction was made from when it is not the final response (a browser
    #: capture's rendered DOM): re-extraction reads it.
    extraction_source_record_id: str | None = None
    #: The log whose bundle ``original_capture_id`` came from (``{"origin", "key_fingerprint"}``):
    #: an id is unique only within the log that made it. None: not from a bundle that verified
    #: here, or imported before this key.
    original_log: dict[str, Any] | None = None
    version: int = MANIFEST_VERSION

    @property
    def final_hop(self) -> ManifestHop:
        return self.hops[-1]

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "v": self.version, "capture_id": self.capture_id, "requested_url": self.requested_url,
            "final_url": self.final_url, "http_status": self.http_status, "capture_time": self.capture_time,
            "hops": [h.to_dict() for h in self.hops], "extraction_record_id": self.extraction_record_id,
            "extraction_error": self.extraction_error, "records": [dict(r) for r in self.records],
            "options": self.options, "software": self.software,
        }
        if self.origin != "captured":
            out.update(origin=self.origin, source_file=self.source_file, source_sha256=self.source_sha256)
        if self.original_capture_id:
            out["original_capture_id"] = self.original_capture_id
        if self.revisit_of:
            out["revisit_of"] = self.revisit_of
        if self.browser:
            out["browser"] = self.browser
        if self.extraction_source_record_id:
            out["extraction_source_record_id"] = self.extraction_source_record_id
        if self.original_log:
            out["original_log"] = dict(self.original_log)
        return out

    def to_json(self) -> bytes:
        """The manifest record's block: canonical JSON (RFC 8785)."""
        return canonical_json(self.to_dict())

    @classmethod
    def from_json(cls, data: bytes | str) -> Manifest:
        """Parse a manifest record's block.

        Raises:
            MalformedManifestError: not JSON, not a manifest, a version this archiver does not read.
        """
        try:
            doc = loads_json(data)  # a manifest may come from another's WARC: nested too deeply is not JSON
        except (ValueError, UnicodeDecodeError) as exc:
            raise MalformedManifestError(f"a capture manifest is not JSON ({exc})") from exc
        return cls.from_dict(doc)

    @classmethod
    def from_dict(cls, doc: Any) -> Manifest:
        if not isinstance(doc, dict):
            raise MalformedManifestError("a capture manifest is not a JSON object")
        version = doc.get("v")
        if version != MANIFEST_VERSION or isinstance(version, bool):
            raise MalformedManifestError(
                f"capture manifest version {version!r} is not one this archiver reads ({MANIFEST_VERSION}); "
                "it was written by another (newer?) version of archiver")
        for key in ("capture_id", "requested_url", "final_url", "capture_time"):
            if not isinstance(doc.get(key), str):
                raise MalformedManifestError(f"a capture manifest has no {key}")
        hops = doc.get("hops")
        if not isinstance(hops, list) or not hops:
            raise MalformedManifestError("a capture manifest lists no hops")
        records, options, software = doc.get("records"), doc.get("options"), doc.get("software")
        return cls(
            capture_id=doc["capture_id"], requested_url=doc["requested_url"], final_url=doc["final_url"],
            http_status=doc.get("http_status"), capture_time=doc["capture_time"],
            hops=tuple(ManifestHop.from_dict(h) for h in hops),
            records=tuple(r for r in records if isinstance(r, dict)) if isinstance(records, list) else (),
            extraction_record_id=doc.get("extraction_record_id"), extraction_error=doc.get("extraction_error"),
            options=options if isinstance(options, dict) else {},
            software=software if isinstance(software, dict) else {},
            origin=doc.get("origin") or "captured", source_file=doc.get("source_file"),
            source_sha256=doc.get("source_sha256"), original_capture_id=doc.get("original_capture_id"),
            revisit_of=doc.get("revisit_of") if isinstance(doc.get("revisit_of"), dict) else None,
            browser=doc.get("browser") if isinstance(doc.get("browser"), dict) else None,
            extraction_source_record_id=doc.get("extraction_source_record_id")
            if isinstance(doc.get("extraction_source_record_id"), str) else None,
            original_log=_original_log(doc.get("original_log")),
            version=version,
        )
