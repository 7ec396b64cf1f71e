"""``reextract``: bring captures' extractions up to the current extractor, logged."""

from __future__ import annotations

from typing import Any

import click

from archiver.cli import Context, cli
from archiver.cli.output import UTF8_TEXT, emit_json, err, one_or_many, output_options, progress
from archiver.core.page_states import state_note
from archiver.errors import EXIT_INCOMPLETE, EXIT_PROBLEM


@cli.command()
@click.argument("capture_ids", nargs=-1, type=UTF8_TEXT)
@click.option("--all-outdated", "all_outdated", is_flag=True,
              help="Every capture whose newest extraction was made by other extractor versions than these "
                   "(but those an earlier run checked with these and found unchanged).")
@click.option("--failed", "failed", is_flag=True,
              help="Every capture whose extraction failed when it was captured (a limit, an extractor error) "
                   "and has no extracted text yet.")
@click.option("--dry-run", "dry_run", is_flag=True, help="Say what would change; write nothing.")
@output_options()
@click.pass_obj
def reextract(obj: Context, capture_ids: tuple[str, ...], all_outdated: bool, failed: bool, dry_run: bool,
              as_json: bool) -> None:
    """Bring captures' extracted text up to the current extractor, logged; the old extraction is kept.

    Re-runs the current extractor on the archived bytes each capture's text was read from. Only
    where the text or metadata differ (versions aside) is a new extraction record written to
    the WARC, logged as an `extraction` entry that `supersedes` the previous one, and served by
    verify-quote, show, cite, export and reindex from then on; the old record and entry stay.
    A capture whose extraction failed when it was captured (an id, or --failed) is extracted now:
    its first extraction entry, superseding nothing; failing again, nothing is written.
    A capture that comes out the same under other logged versions is marked checked in the index
    (no log entry): --all-outdated passes it over from then on (counted as checked, not re-run).
    Exit 0: every capture unchanged or re-extracted; 1: one failed (evidence altered, extraction
    error); 2: an unknown id (nothing written); 3: read-only store, missing key, or a missing WARC.
    """
    # a dry run only reads: opened read-only, it writes nothing (not even a missing index)
    with obj.open_archive(**({"mode": "read"} if dry_run else {})) as arc:
        chosen = arc.reextract_targets(capture_ids, all_outdated=all_outdated, failed=failed)
        with progress(len(chosen), "re-extracting") as advance:
            report = arc.reextract(chosen, all_outdated=all_outdated, failed=failed, dry_run=dry_run,
                                   progress=advance)
    doc = report.to_dict()
    if as_json:  # one capture's object for one id; an array for several, or for --all-outdated
        emit_json(one_or_many(doc["captures"], several=all_outdated or failed or len(capture_ids) > 1))
    else:
        for item in doc["captures"]:
            if item["status"] == "checked":  # (counted below: a big store has many)
                continue
            line = render_reextraction(item)
            if item["status"] == "failed":
                err(line)
            else:
                click.echo(line)
        counts = doc["counts"]
        done = counts["would_reextract"] if dry_run else counts["reextracted"]
        click.echo(f"{done} {'would be ' if dry_run else ''}re-extracted, {counts['unchanged']} unchanged"
                   + (f", {counts['skipped']} skipped" if counts["skipped"] else "")
                   + (f", {counts['checked']} checked unchanged by this extractor before (not re-run)"
                      if counts["checked"] else "")
                   + (f", {counts['failed']} failed" if counts["failed"] else "")
                   + (" (dry run: nothing written)" if dry_run else ""))
    if report.failed:
        code = EXIT_INCOMPLETE if all(i.missing for i in report.failed) else EXIT_PROBLEM
        click.get_current_context().exit(code)


def render_reextraction(item: dict[str, Any]) -> str:
    """One line per capture: unchanged, re-extracted (versions, text digest, what changed), failed (why)."""
    cid, status = item["capture_id"], item["status"]
    if status in ("failed", "skipped", "checked"):
        return f"{cid}: {status}: {item['reason']}"
    old, new = _version(item["extractor"]["old"]), _version(item["extractor"]["new"])
    logged = f"; log entry {item['log_seq']}, record {item['record_id']}" if item["log_seq"] is not None else ""
    if item.get("failed_at_capture") and status in ("reextracted", "would_reextract"):
        head = "would extract" if status == "would_reextract" else "extracted"
        read = {"rendered-dom": "read from the rendered DOM; ", "http-response": "read from the HTTP response; "}
        return (f"{cid}: {head} (extractor {new}; {read.get(item.get('text_source') or '', '')}"
                f"its extraction failed when it was captured: "
                f"{item['failed_at_capture']}): {_text_of(item)}; supersedes nothing{logged}")
    if status == "unchanged":  # (other logged versions: marked checked in the index, not logged)
        differ = ""
        if item.get("versions_differ"):
            differ = ("versions differ; nothing to log; marked checked in the index: --all-outdated passes it "
                      "over; " if item.get("marked_checked") else "versions differ; nothing to write; ")
        return f"{cid}: unchanged ({differ}extractor {new}{'' if old == new else f', logged by {old}'})"
    what = ", ".join(item["changed"])
    text = (f"text {item['old_text_sha256']} -> {item['new_text_sha256']}"
            if item["old_text_sha256"] != item["new_text_sha256"] else "text unchanged")
    if item.get("no_text"):  # (a body a browser downloads: its old text was no reader's)
        text = f"text {item['old_text_sha256']} -> {_text_of(item)}"
    head = "would re-extract" if status == "would_reextract" else "re-extracted"
    return (f"{cid}: {head} (extractor {old} -> {new}): {text}; changed: {what}; supersedes {item['supersedes']} "
            f"(log entry {item['supersedes_seq']}){logged}")


def _text_of(item: dict[str, Any]) -> str:
    """The new extraction's text as a line names it: its digest, or that it has none and why."""
    if item.get("no_text"):
        return f"no text ({item['no_text']}: {state_note(item['no_text'])})"
    return f"text {item['new_text_sha256']}"


def _version(versions: dict[str, Any] | None) -> str:
    """The extractor's own version (``archiver-extract``), the part a user asks about."""
    return str((versions or {}).get("archiver-extract") or "?")
