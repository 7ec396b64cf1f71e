"""CDXJ indexes in the form pywb and ReplayWeb.page read, written by ``cdxj-indexer``.

We index the records a replay tool should serve (responses, revisits, resources), not our own
metadata records (extraction, manifest, TLS): those share the page's URL and timestamp and a
replayer could pick one of them instead of the page. Filenames in the index are relative to the
folder holding the WARC files (``archive/`` in a WACZ, ``warcs/`` in a store).

Each line's (offset, length) is our record place (:class:`~archiver.capture.warc_places.RecordIterator`:
the whole record, closing CRLFs included, in uncompressed files too), the same bytes the index
and the provenance log name; bytes that are not a readable record stop the index with a
:class:`~archiver.errors.UnreadableRecordError` naming the file and offset.
"""

from __future__ import annotations

import errno
import io
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from cdxj_indexer.main import CDXJIndexer

from archiver.capture.warc_places import WARCIO, RecordIterator, reading_warc
from archiver.core.durable import write_atomic
from archiver.errors import ReadOnlyStoreError, StoreError, UnreadableRecordError

REPLAY_RECORDS = "response,revisit,resource"
#: The libraries reading a WARC file here: cdxj-indexer parses each record warcio reads, so its slips on a
#: malformed record are the record's bytes too (``reading_warc``'s ``libraries``).
_READERS = (*WARCIO, "cdxj_indexer")


class _Indexer(CDXJIndexer):  # type: ignore[misc]  # cdxj-indexer is untyped
    """``cdxj-indexer`` reading with our record iterator, its failures routed into our errors.

    With a ``problems`` list, a file with unreadable bytes keeps the lines of the records
    before them and the damage is named there; without one it raises.
    """

    _it: RecordIterator | None = None
    problems: list[str] | None = None

    def _create_record_iter(self, input_: Any) -> RecordIterator:
        self._it = RecordIterator(input_, no_record_parse=not self.record_parse, arc2warc=True,
                                  verify_http=self.verify_http)
        return self._it

    def process_one(self, input_: Any, output: Any, filename: str) -> None:
        self._it = None
        try:
            with reading_warc(Path(filename).name, lambda: self._it.at if self._it is not None else 0,
                              libraries=_READERS):
                super().process_one(input_, output, filename)
        except UnreadableRecordError as exc:
            if self.problems is None:
                raise
            self.problems.append(f"{exc.diagnostics()}; the records from there on are not indexed")


def cdxj_text(warc_paths: Iterable[Path], *, root: Path, problems: list[str] | None = None) -> str:
    """Sorted CDXJ lines for ``warc_paths`` (filenames relative to ``root``).

    Raises:
        UnreadableRecordError: bytes that are not a readable record, unless ``problems`` is
            given: then they are named there and every record before them is indexed.
        WarcError: a file cannot be opened or read.
    """
    paths = [str(p) for p in warc_paths]
    if not paths:
        return ""
    out = io.StringIO()
    indexer = _Indexer(out, paths, sort=True, dir_root=str(root), records=REPLAY_RECORDS)
    indexer.problems = problems
    with reading_warc("a WARC file", lambda: 0, libraries=_READERS):  # opening one (the reading is in process_one)
        indexer.process_all()
    return out.getvalue()


def write_store_cdxj(store_root: Path, warc_paths: Iterable[Path]) -> tuple[Path, int, list[str]]:
    """Write ``<store>/indexes/index.cdxj`` for the store's WARC files; (path, line count, problems).

    pywb serves it with ``index_paths: <store>/indexes`` and ``archive_paths: <store>/warcs/``.
    A file with bytes that are not a readable record (an imported file damaged past some
    record, which import warned of) has its records before them indexed, and is named in
    ``problems``: the rest of the store is still replayable.
    """
    problems: list[str] = []
    text = cdxj_text(warc_paths, root=store_root / "warcs", problems=problems)
    out = store_root / "indexes" / "index.cdxj"
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(out, text.encode("utf-8"))
    except OSError as exc:
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):  # (exit 3, as every writer refused)
            raise ReadOnlyStoreError(f"cannot write {out}: {exc.strerror} (the store is read-only "
                                     "here: copy it somewhere writable to index it)") from exc
        raise StoreError(f"cannot write {out}: {exc.strerror}") from exc
    return out, text.count("\n"), problems


def url_key(url: str) -> str:
    """The key cdxj-indexer files ``url`` under (its SURT form), by the indexer's own function,
    so a check of an index line cannot drift from what the indexer writes."""
    return str(CDXJIndexer.get_url_key(None, url))
