"""``diff`` and ``history``: captures of one page compared, as text (split from :mod:`archiver.cli.render`).

The words compared are the pages' and are shown escaped (:func:`~archiver.core.shown.escaped_line`);
the colours and marks are ours.
"""

from __future__ import annotations

from typing import Any

import click

from archiver.cli.render import original_lines, reextracted_lines
from archiver.core.shown import escaped_line as one


def _words(words: list[dict[str, Any]], color: bool) -> str:
    out = []
    for w in words:
        text = one(w["text"])  # the page's words, escaped (the colours are ours)
        if w["op"] == "equal":
            out.append(text)
        elif w["op"] == "removed":
            out.append(click.style(f"[-{text}-]", fg="red") if color else f"[-{text}-]")
        else:
            out.append(click.style(f"{{+{text}+}}", fg="green") if color else f"{{+{text}+}}")
    return "".join(out)


def _value(v: Any) -> str:
    if isinstance(v, list):
        return one("; ".join(f"{x.get('kind')}: {x.get('text')}" if isinstance(x, dict) else str(x) for x in v) or "-")
    return "-" if v is None else one(str(v))


def _metadata_lines(metadata: list[dict[str, Any]]) -> list[str]:
    lines = []
    for m in metadata:
        if m["removed"] or m["added"]:
            lines.append(f"{m['field']}:")
            lines += [f"  - {_value([x])}" for x in m["removed"]]
            lines += [f"  + {_value([x])}" for x in m["added"]]
        else:
            lines.append(f"{m['field']}: {_value(m['a'])} -> {_value(m['b'])}")
    return lines


def _corrected_lines(a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    """Which compared values are the user's corrections, not the extraction's (who, why)."""
    from archiver.corrections import describe

    return [f"{mark} {describe(name, info)}" for mark, side in (("---", a), ("+++", b))
            for name, info in (side.get("corrections") or {}).items()]


def same_page(d: dict[str, Any]) -> bool:
    """Whether both sides of a diff are captures of one page (:func:`archiver.compare.same_page`)."""
    from archiver.compare import same_page as one_page

    a, b = d["a"], d["b"]
    return one_page((a["url"], a["final_url"]), (b["url"], b["final_url"]))


def _imported(side: dict[str, Any]) -> str:
    """The mark of a capture imported from a file made elsewhere (its time is that file's claim),
    as ``list`` prints it."""
    return "  IMPORTED" if side.get("origin", "captured") != "captured" else ""


def no_text_line(side: dict[str, Any]) -> str | None:
    """What ``show`` and ``cite`` say of a capture whose logged text is an older extractor's reading of bytes
    a browser shows no text of (``no_text_now``; review rvsec61): not compared as the page's text."""
    from archiver.core.page_states import UNDECIDED, state_note

    state, cid = side.get("no_text_now"), side["capture_id"]
    if not state:
        return None
    logged = side.get("logged_extraction") or {}
    its = f"its logged extraction (log entry {logged.get('log_seq')}, text {logged.get('text_sha256')})"
    if state == UNDECIDED:
        return (f"capture {cid}: could not decide whether a browser shows any text of the archived bytes (they inflate "
                f"past the limits: ARCHIVER_LIMIT_MAX_INFLATED_BYTES); {its} is not compared as its text")
    return (f"capture {cid}: today's reading of the archived bytes shows no text ({state}: {state_note(state)}); {its} "
            f"is an older extractor's reading and is not compared as its text: run 'archiver reextract {cid}' to log "
            "that the capture has none")


def render_diff(d: dict[str, Any], color: bool = False) -> str:
    """The readable diff: header, metadata changes, then each changed paragraph."""
    a, b = d["a"], d["b"]
    lines = [f"--- {a['capture_id']}  {a['capture_time'][:19]}Z  {a['http_status']}{_imported(a)}  {one(a['final_url'])}",
             f"+++ {b['capture_id']}  {b['capture_time'][:19]}Z  {b['http_status']}{_imported(b)}  {one(b['final_url'])}"]
    lines += original_lines(a, named=True) + original_lines(b, named=True)
    lines += _corrected_lines(a, b)
    if not same_page(d):
        lines.append("note: these are captures of two DIFFERENT pages (different URLs): what follows compares "
                     "two documents, not two versions of one page")
    lines += _metadata_lines(d["response"])  # a page gone (410) or moved is not the one cited
    for side, mark in ((a, "---"), (b, "+++")):
        lines += [f"note: {mark} {line}" for line in reextracted_lines(side.get("reextractions") or [])]
    lines += [f"note: {line}" for line in map(no_text_line, (a, b)) if line]
    if d["extractor_versions_differ"]:
        lines.append(f"note: extractor versions differ ({a['extractor_version']} and {b['extractor_version']}): "
                     "a text difference may come from the extractor, not from the page")
    if d["identical_payload"] and d["identical_text"]:
        lines.append(f"{'identical' if d['identical'] else 'same'}: same payload ({a['payload_digest']})")
        lines += _metadata_lines(d["metadata"])
        return "\n".join(lines)
    # (no side whose extraction failed is rendered: diff and recapture refuse it first, exit 3, by
    # compare.require_text since sec62/sec64; a side with no text here was served as a type without one)
    if d["identical_payload"] and not d["text_compared"]:
        lines.append(f"same payload ({a['payload_digest']}), but only one side has extracted text (served as another "
                     "type): no reader sees the two alike")
        return "\n".join(lines)
    if d["identical_payload"]:
        lines.append(f"same payload ({a['payload_digest']}), read as another text (the response's charset or "
                     "the extractor differs): the texts are compared")
    if not d["text_compared"]:
        lines.append("payloads differ; no text to compare on one side or both "
                     f"({a['payload_digest']} vs {b['payload_digest']})")
        return "\n".join(lines)
    if d["identical"]:
        lines.append("same text and metadata (payload bytes differ: markup, scripts or ads)")
        return "\n".join(lines)
    lines += _metadata_lines(d["metadata"])
    c = d["paragraph_counts"]
    if d["identical_text"]:
        lines.append("text: identical")
    else:
        lines.append(f"text: {c['changed']} changed, {c['added']} added, {c['removed']} removed paragraphs")
    for p in d["paragraphs"]:
        if p["kind"] == "changed":
            lines.append(f"~ [{p['index_a'] + 1} -> {p['index_b'] + 1}] {_words(p['words'], color)}")
        elif p["kind"] == "added":
            text = f"+ [{p['index_b'] + 1}] {one(p['text_b'])}"
            lines.append(click.style(text, fg="green") if color else text)
        else:
            text = f"- [{p['index_a'] + 1}] {one(p['text_a'])}"
            lines.append(click.style(text, fg="red") if color else text)
    return "\n".join(lines)


def render_history(doc: dict[str, Any]) -> str:
    """``history``: one line per capture (what changed since the one before), then the quotes
    verified earlier that the newest capture no longer bears out."""
    lines = [f"{len(doc['captures'])} captures of {doc['url']} (evidence present for each: the records their "
             "texts rest on match the provenance log; their other records were not read: 'archiver show' checks "
             "them all)"]
    failed_ids = {row["capture_id"] for row in doc["captures"] if row.get("extraction_error")}
    for row in doc["captures"]:
        failed = row["capture_id"] in failed_ids
        if row["previous_capture_id"] is None:
            mark = "first capture"
        elif not row["changed"]:
            mark = "unchanged" + ("" if not row["payload_changed"] else " (same text and metadata)")
        else:
            parts = []
            if row["text_changed"]:
                c = row["paragraph_counts"]
                parts.append(f"text: {c['changed']} changed, {c['added']} added, {c['removed']} removed")
            if row["metadata_changed"]:
                parts.append("metadata: " + ", ".join(row["metadata_changed"]))
            if row["response_changed"]:
                parts.append("response: " + ", ".join(row["response_changed"]))
            if row["extractor_versions_differ"]:
                parts.append("(extractor versions differ)")
            if row["payload_changed"] or not (failed or row["previous_capture_id"] in failed_ids):
                mark = "CHANGED " + ("; ".join(parts) or ("(payload differs, no text to compare)" if row["payload_changed"]
                                                           else "(same payload, only one side has extracted text)"))
            else:  # (the same bytes, one of them with no text because its extraction failed: its row says so)
                mark = ("CHANGED " + "; ".join(parts)) if parts else "same payload (texts not compared: an extraction failed)"
        if failed:  # (sec62: said as what it is, with what to do, not as a side with no text)
            mark += (f"; extraction failed ({one(row['extraction_error'])}): 'archiver reextract "
                     f"{row['capture_id']}' tries again")
        again = row.get("reextractions") or []
        mark += f"  (text re-extracted by extractor {again[-1]['extractor_version']})" if again else ""
        lines.append(f"{row['capture_id']}  {row['capture_time'][:19]}Z  {row['http_status']}{_imported(row)}  "
                     f"{row['payload_digest']}  {mark}")
        lines += original_lines(row)
        lines += [f"  note: {line}" for line in [no_text_line(row)] if line]
    if doc["index_incomplete"]:
        lines.append(f"INCOMPLETE: {doc['index_incomplete']}")
    if doc["quotes_checked"]:
        lines.append(f"{doc['quotes_checked']} quotes verified earlier, rechecked against "
                     f"{doc['newest_capture_id']}: {len(doc['broken_quotes'])} no longer verify")
    for q in doc["broken_quotes"]:
        why = (f"; today's verdict rules refuse it on {q['capture_id']} too: the rules changed, not the page"
               if q.get("cause") == "rules" else
               "; not conclusive: the newest capture holds only the beginning of its page (see 'archiver show')"
               if q.get("cause") == "capture_incomplete" else "")
        lines.append(f"  NO LONGER VERIFIES ({q['verdict_then']} on {q['capture_id']}, log entry "
                     f"{q['log_seq']}; now {q['verdict_now']}{why}): \u201c{q['quote']}\u201d")
    return "\n".join(lines)
