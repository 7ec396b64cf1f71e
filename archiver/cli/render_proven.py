"""``log verify-proof``: what each proven log entry states, in one line.

A proof proves entries, and a reader reads sentences: printing only each entry's type and hash
left the reader to take the verdict from a receipt's unsigned citation. These lines are read
from the proven bytes themselves (escaped for the terminal).
"""

from __future__ import annotations

from typing import Any

from archiver.core.shown import escaped_line as visible


def proven_statement(entry: dict[str, Any]) -> str | None:
    """What a proven log entry states, in one line for ``log verify-proof`` (None: nothing to add)."""
    d = entry.get("data")
    if not isinstance(d, dict):
        return None
    kind = entry.get("type")
    if kind == "quote_verification":
        at = f", characters {d.get('start')}-{d.get('end')} ({d.get('where')})" if d.get("start") is not None else ""
        return visible(f"quote \u201c{d.get('quote')}\u201d: verdict {d.get('verdict')} on capture "
                       f"{d.get('capture_id')}{at}, text {d.get('verified_text_sha256')}")
    if kind == "capture":
        return visible(f"capture {d.get('capture_id')}: {d.get('url')} -> {d.get('final_url')} (HTTP "
                       f"{d.get('http_status')}) at {d.get('capture_time')}, payload {d.get('payload_digest')}")
    if kind == "extraction":
        again = (f" (re-extraction superseding entry {d['supersedes_seq']})"
                 if type(d.get("supersedes_seq")) is int else
                 " (re-extraction: the first, the one when it was captured had failed)"
                 if "supersedes_seq" in d else "")
        return visible(f"extraction of capture {d.get('capture_id')}: text {d.get('text_sha256')}{again}")
    if kind == "correction":
        fields = d["fields"] if isinstance(d.get("fields"), dict) else {}
        changes = "; ".join(f"{k} {v.get('old')!r} -> {v.get('new')!r}" for k, v in fields.items() if isinstance(v, dict))
        return visible(f"correction of capture {d.get('capture_id')}: {changes} ({d.get('reason')})")
    return None
