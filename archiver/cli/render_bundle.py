"""``verify-bundle``: the verdict and a one-screen summary first, then what is proven and what not.

Everything the report quotes from the bundle (member names in its problems, URLs, the
statements built from its entries) is shown escaped, each value on its own line: a zip member
named "x\\nVERIFIED" must not print a verdict line of its own.
"""

from __future__ import annotations

import textwrap
from typing import Any

from archiver.core.shown import escaped_line as one


def _wrap(text: str, indent: str = "  ") -> str:
    # URLs and digests stay whole, so they can be copied from the terminal.
    return textwrap.fill(text, width=100, initial_indent=indent + "- ", subsequent_indent=indent + "  ",
                         break_on_hyphens=False, break_long_words=False)

_HEADINGS = {"verified": "VERIFIED", "failed": "FAILED", "incomplete": "INCOMPLETE",
             "key_not_pinned": "NOT VERIFIED (consistent, but signed by a key you have not pinned)",
             "foreign": "NOT AN ARCHIVER BUNDLE (its own hashes checked; no provenance log to verify)"}

def _entries_line(entries: dict[str, Any]) -> str:
    """Which log entries the bundle carries, by type with their positions: what it reveals."""
    parts = [f"{len(seqs)} {t} ({', '.join(map(str, seqs))})" for t, seqs in sorted(entries["by_type"].items())]
    if "quote_verification" not in entries["by_type"]:
        parts.append("no quote verifications")
    return f"  entries in this bundle: {entries['count']}: " + "; ".join(parts)

def _capture_line(c: dict[str, Any]) -> str:
    """One capture of the summary: id, time, page, and what was checked for it."""
    checks = ["records ok" if c.get("records_ok") else "RECORDS FAILED"]
    if c.get("capture_incomplete"):  # a quote not found on it is not conclusive (see -v)
        checks.append("CUT SHORT: text incomplete")
    if c.get("quote_verification_seqs"):
        checks.append(f"{len(c['quote_verification_seqs'])} quote check(s)")
    stale = [q for q in c.get("quotes") or [] if q.get("holds_on_current_text") is False]
    if stale:  # made on a superseded extraction, and another verdict on today's text (see below)
        checks.append(f"{len(stale)} NOT holding on the current text")
    origin = "  IMPORTED" if c.get("origin") == "imported" else ""
    when = (c.get("capture_time") or "-")[:19]
    return (f"    {c.get('capture_id') or '-'}  {when}Z{origin}  {one(c.get('final_url') or c.get('url') or '-')}  "
            f"({', '.join(checks)}; log {c.get('log_seq') if c.get('log_seq') is not None else '-'})")

def render_bundle_report(r: dict[str, Any], *, verbose: bool = False) -> str:
    """The verdict and a one-screen summary first; the full proof statements only with -v."""
    lines = [f"{_HEADINGS[r['verdict']]}: {one(r['bundle'])}"]  # every value from outside on its own line
    key = r["key_fingerprint"] or "-"
    lines.append(f"  log key {key} ({one(r['key_source'])})" if r["key_source"] else f"  log key {key} (no key found)")
    lines.append(f"  log {r['log_origin'] or '-'}, checkpoint size {r['checkpoint_size'] or '-'}; checked "
                 f"{r['files_checked']} files, {r['records_checked']} WARC records, {r['entries_checked']} log "
                 f"entries, {r['extractions_checked']} re-extractions, {r['quotes_checked']} quote re-checks")
    lines.append(_entries_line(r["entries"]))
    if r["verdict"] == "key_not_pinned":
        lines.append(f"  signer: log key {key} is not a key you trust; compare it with the author's published "
                     "key, then pass --key FILE or run `archiver key pin FILE`")
    if r["time_anchor"]:
        a = r["time_anchor"]
        lines.append(f"  time-stamp: {a['time']} by {a['issuer']} "
                     f"({'chain checked' if a['trusted'] else 'chain not checked'})")
    for p in r["problems"]:
        lines.append(f"  problem: {one(p['message'])}")
    for w in r["warnings"]:
        lines.append(f"  warning: {one(w['message'])}")
    captures = r.get("captures") or []
    if captures:
        lines.append(f"  captures ({len(captures)}):")
        lines += [_capture_line(c) for c in captures]
    if r["proven"] and verbose:
        lines.append("What this proves:")
        lines += [_wrap(one(s)) for s in r["proven"]]
    lines.append("What this does not prove:")
    lines += [_wrap(one(s)) for s in r["not_proven"]]
    if r["proven"] and not verbose:
        lines.append(f"({len(r['proven'])} statements of what this proves, capture by capture: -v, or --json)")
    return "\n".join(lines)
