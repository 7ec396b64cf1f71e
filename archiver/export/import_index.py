"""Whether a WACZ's own index (``indexes/*.cdxj``) points where its records are.

Why: ReplayWeb.page replays a WACZ through its CDXJ, going to each line's file and offset; ``import`` reads the
WARC records themselves and makes its captures of them (this store's index is rebuilt from the records). A line
that points at bytes where no record of its URL starts means the WACZ's own replay shows another record, or
nothing, for that URL: not the page imported here. The file disagrees with itself, which is said (a problem,
exit 1) rather than passed over; the captures stand, as they are made of the bytes, not of the index.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterable
from typing import Any

from archiver.capture.warc import StoredRecord
from archiver.core.limits import open_member
from archiver.core.shown import escaped_line
from archiver.export.cdxj import url_key

#: The record types a replay index lists (``export/cdxj.REPLAY_RECORDS``).
_INDEXED = ("response", "revisit", "resource")


def index_members(z: zipfile.ZipFile) -> list[str]:
    """The WACZ's plain indexes, ``.cdxj`` or ``.cdx`` (ReplayWeb.page reads CDXJ lines under either name; ours are
    ``index.cdx``). A ZipNum ``.idx`` and its ``.cdx.gz`` are not read here."""
    return [n for n in z.namelist() if n.startswith("indexes/") and n.endswith((".cdxj", ".cdx"))]


def read_index(z: zipfile.ZipFile, name: str) -> bytes:
    """An index member's bytes, within the zip member limit."""
    with open_member(z, name) as f:
        return bytes(f.read())


def index_disagreements(indexes: dict[str, bytes], records: Iterable[tuple[str, StoredRecord]]) -> list[str]:
    """One line per index some of whose lines point where no record of their URL starts.

    ``records`` are ``(file name as the index names it, record)``: the WARC member's path under ``archive/``."""
    places: dict[tuple[str, int], StoredRecord] = {(name, r.offset): r for name, r in records if r.rec_type in _INDEXED}
    said: list[str] = []
    for member, data in indexes.items():
        lines = [line for line in data.splitlines() if line.strip()]
        if not any(_entry(line) for line in lines):
            continue  # (a classic CDX, space-separated fields: not read here)
        bad = [line for line in lines if not _points_at_its_record(line, places)]
        if bad:
            first = escaped_line(bad[0][:160].decode("utf-8", "replace"))
            said.append(f"{member}: {len(bad)} of its {len(lines)} lines point where no record of their URL starts "
                        f"(first: {first}): the WACZ's own replay would not show the pages imported here; the "
                        "captures are made of the WARC records themselves")
    return said


def _points_at_its_record(line: bytes, places: dict[tuple[str, int], StoredRecord]) -> bool:
    entry = _entry(line)
    if entry is None:
        return False
    key, fields = entry
    try:
        place = (str(fields["filename"]), int(fields["offset"]))
    except (KeyError, TypeError, ValueError):
        return False
    rec = places.get(place)
    if rec is None or rec.target_uri is None:
        return False
    return url_key(rec.target_uri) == key or rec.target_uri == fields.get("url")


def _entry(line: bytes) -> tuple[str, dict[str, Any]] | None:
    """A CDXJ line's SURT key and JSON fields, or None when it is no CDXJ line."""
    parts = line.split(b" ", 2)
    if len(parts) != 3:
        return None
    try:
        fields = json.loads(parts[2])
        key = parts[0].decode("utf-8")
    except ValueError:
        return None
    return (key, fields) if isinstance(fields, dict) else None
