"""The last stage of a bundle check: per capture, what the proven entries and records establish.

Walks the captures the proven entries describe (made here or imported), checks their records,
extraction, page, quotes and corrections, and writes the report's sentences of what is proven
and what is not.
"""

from __future__ import annotations

from typing import Any

from archiver.core.reextractions import carried_newest
from archiver.corrections import corrected_fields
from archiver.errors import MalformedBundleFile
from archiver.export import signing
from archiver.export.bundle_guide import check_guide
from archiver.export.bundle_json import DIGEST_FILE, GUIDE_FILE, DataPackage, Guide, decode_guide
from archiver.export.bundle_pages import check_main_page, check_page, check_unclaimed, read_pages
from archiver.export.bundle_quotes import (
    UNDECIDED,
    correction_claims,
    correction_problems,
    correction_sentence,
    logged_article,
    made_on_no_text,
    proven_corrections,
    recheck_quote,
)
from archiver.export.bundle_records import check_extraction, check_record, shown_no_text
from archiver.export.bundle_report import BundleReport, Checker


def conclude(c: Checker, wacz_key: str | None, package: DataPackage | None = None) -> BundleReport:
    """The report: each capture the proven entries describe, checked and put in a sentence of
    what is proven; the bundle-wide checks (key, listed captures, records no entry names, pages
    of no capture, the package's main page); and what no bundle can prove. Nothing is said to be
    proven once a problem was found."""
    logged_keys = _logged_wacz_keys(c)
    proven: list[str] = []
    if wacz_key is not None and c.entries and wacz_key not in logged_keys:  # the signature counts only if logged
        c.fail("datapackage-digest.json is signed by a key this log never committed to (re-signed bundle?)",
               DIGEST_FILE)
    if wacz_key is not None and wacz_key in logged_keys:
        proven.append(f"The bundle's files are exactly those listed in datapackage.json, signed with WACZ key "
                      f"{signing.fingerprint(wacz_key)}, which the log committed to at position {logged_keys[wacz_key]}.")
    context = _Context(c)  # (reads pages.jsonl: its problems are reported before the guide's)
    guide = _guide(c)
    listed = set(guide.capture_ids) if guide is not None and guide.capture_ids is not None else None
    # One import entry names every page of a file; the bundle carries (and answers for) those it lists.
    items = [item for item in _capture_items(c.entries)
             if not (item["origin"] == "imported" and listed is not None and item["capture_id"] not in listed)]
    log_key = c.verifier.fingerprint if c.verifier is not None else None
    for message in correction_problems(c.entries, {item["capture_id"] for item in items}, log_key):
        c.fail(message, "provenance/")
    captures_out = []
    for item in items:
        sentence, out = _conclude_capture(c, item, context)
        if out["records_ok"]:
            proven.append(sentence)
        captures_out.append(out)
    if not captures_out and c.entries:
        c.fail("the proofs hold no capture or import entry", "provenance/")
    if c.checkpoint is not None or not c.problems:
        _check_against_entries(c, context, guide, listed, captures_out, wacz_key, logged_keys, package)
    # else no checkpoint verified (a key that is not the log's, a checkpoint altered: said above), so no
    # entry is proven: every record, page and fact of the guide would be said to be named by none. Before,
    # a wrong --key gave 8 such accusations ("added after the export", "the guide was edited") besides it.
    if c.index_sentence:
        proven.append(c.index_sentence)
    if c.anchor is not None and not c.problems:
        proven.append(f"Every log entry in this bundle existed no later than {c.anchor['time']}: RFC 3161 "
                      f"time-stamp of the checkpoint by {c.anchor['issuer']} ({c.anchor['file']}; TSA chain "
                      f"{'checked against the given root' if c.anchor['trusted'] else 'NOT checked'}).")
    by_type: dict[str, list[int]] = {}
    for seq, e in sorted(c.entries.items()):
        by_type.setdefault(e["type"], []).append(seq)
    return BundleReport(
        bundle=str(c.bundle), key_fingerprint=c.verifier.fingerprint if c.verifier else None,
        key_source=c.key_source, log_origin=c.origin, checkpoint_size=c.checkpoint_size,
        files_checked=c.files_checked, records_checked=c.records_checked, entries_checked=len(c.entries),
        extractions_checked=c.extractions_checked, captures=tuple(captures_out), time_anchor=c.anchor,
        proven=tuple(proven) if not c.problems else (), not_proven=tuple(_not_proven(c)),
        problems=tuple(c.problems), warnings=tuple(c.warnings), key_pinned=c.key_pinned, entries=by_type,
        quotes_checked=c.quotes_checked)


def _check_against_entries(c: Checker, context: _Context, guide: Guide | None, listed: set[str] | None,
                           captures_out: list[dict[str, Any]], wacz_key: str | None, logged_keys: dict[str, int],
                           package: DataPackage | None) -> None:
    """The bundle-wide checks against the proven entries: records and pages they do not name, the
    guide's facts, the package's main page."""
    _flag_uncovered(c, context.covered, listed, {x["capture_id"] for x in captures_out})
    if guide is not None:
        check_guide(c, guide.doc, captures_out, wacz_key, logged_keys.get(wacz_key) if wacz_key else None)
    if context.pages is not None:
        check_unclaimed(c, context.pages, {x["capture_id"] for x in captures_out})
    check_main_page(c, package, captures_out)


def _logged_wacz_keys(c: Checker) -> dict[str, int]:
    """WACZ public keys the log committed to (``key_created`` entries), with their positions."""
    return {e["data"].get("public_key"): seq for seq, e in c.entries.items()
            if e["type"] == "key_created" and (e["data"] or {}).get("purpose") == signing.PURPOSE}


class _Context:
    """What every capture's conclusion looks things up in, gathered once from the bundle."""

    def __init__(self, c: Checker) -> None:
        self.pages = read_pages(c)
        #: each capture's current extraction: its newest carried entry along the log's rule (one
        #: that breaks it fails the bundle, E_SUPERSEDE, and is never current)
        self.extractions, broken = carried_newest([(seq, e["data"] or {}) for seq, e in sorted(c.entries.items())
                                                   if e["type"] == "extraction"])
        for seq, problem in broken:
            c.fail(f"log entry {seq}: {problem}: the bundle's log breaks the rule of re-extractions "
                   "(written by hand, or a fork)", "provenance/", code="E_SUPERSEDE")
        #: every proven extraction entry of each capture, oldest first (superseded ones a published
        #: quote check was made on, then the newest)
        self.all_extractions: dict[str, list[tuple[int, dict[str, Any]]]] = {}
        for seq, e in sorted(c.entries.items()):
            if e["type"] == "extraction":
                self.all_extractions.setdefault(str((e["data"] or {}).get("capture_id")), []).append(
                    (seq, e["data"] or {}))
        self.quotes: dict[str, list[dict[str, Any]]] = {}
        for seq, e in sorted(c.entries.items()):
            if e["type"] == "quote_verification":
                self.quotes.setdefault(str((e["data"] or {}).get("capture_id")), []).append(
                    {"seq": seq, **(e["data"] or {})})
        self.corrections = proven_corrections(c.entries, c.verifier.fingerprint if c.verifier is not None else None)
        self.covered: set[str] = set()  # record ids some proven entry vouches for


def _shown_none(c: Checker, cid: str, response: Any, revisit: Any, quotes: list[dict[str, Any]]) -> str | None:
    """Why a browser shows no text of the capture's response here, asked only when a quote check says
    its verdict was made on no text (``logged_text_not_shown``: sec60); None otherwise, or unreadable."""
    from archiver.errors import ArchiverError

    if not any(made_on_no_text(q) for q in quotes):
        return None
    try:
        return shown_no_text(response, revisit[1] if revisit is not None else None)
    except ArchiverError as exc:
        c.warn(f"capture {cid}: its response could not be read to decide whether a browser shows text of it "
               f"({exc.diagnostics()})", "archive/", "W_INCOMPLETE")
        return UNDECIDED


def _conclude_capture(c: Checker, item: dict[str, Any], ctx: _Context) -> tuple[str, dict[str, Any]]:
    """Check one capture's records, extraction, page, quotes and corrections; return the
    sentence of what they prove and the capture's row of the report."""
    cid = item["capture_id"]
    revisit = None  # (an imported revisit's own record: its head is its page's, over the earlier one's)
    response, records_ok = _check_records(c, item, ctx.covered)
    if item.get("revisit_of") and response is not None:
        revisit = c.records.get(str(item.get("response_record_id")))
    text_sha = None
    ext = ctx.extractions.get(cid)
    mine = ctx.corrections.get(cid, [])
    article = logged_article(c, ext[1]) if ext is not None else None
    for seq, data in ctx.all_extractions.get(cid, []):
        # a re-extraction's record, which no capture entry lists: the entry's own (the newest one's
        # is checked by re-extracting it below; a superseded one's here, by its logged digests). One
        # the bundle carries no proof of its own for is only named by another's (a correction made
        # on it, exported before its record travelled with it): not carried, and what rests on it
        # is said to be unproven
        if ext is not None and seq != ext[0] and isinstance(data.get("record"), dict) \
                and f"provenance/entry-{seq}.tlog-proof" in c.names:
            ctx.covered.add(str(data.get("record_id")))
            records_ok &= check_record(c, seq, data["record"]) is not None
    if ext is not None:
        if (rid := ext[1].get("record_id")) is not None:
            ctx.covered.add(str(rid))
        text_sha = check_extraction(c, ext[0], ext[1], response, item["final_url"],
                                    revisit=revisit[1] if revisit is not None else None)
    page = ctx.pages.get(cid) if ctx.pages is not None else None
    if ctx.pages is not None and page is None:
        c.fail(f"pages/pages.jsonl has no page for capture {cid} (page removed?)", "pages/pages.jsonl")
    elif page is not None:
        check_page(c, item, page, ext[1] if ext else None, article, mine)
    sentence = _origin_sentence(c, item)
    if text_sha:
        sentence += f" Re-extraction reproduces the logged text {text_sha}."
    truncated, incomplete = _cut_short(item, response, article, ctx.quotes.get(cid, []))
    rechecks = []
    none = _shown_none(c, cid, response, revisit, ctx.quotes.get(cid, []))
    for q in ctx.quotes.get(cid, []):
        rechecked = recheck_quote(c, q, ext, text_sha, page, shown_none=none)
        rechecks.append(rechecked.to_dict(q))
        if rechecked.holds_on_current_text is False:
            # the logged verdict holds on the text it was made on, not on the text the capture
            # serves now: like a verdict other quote rules would change, the check is not
            # concluded, and the bundle is not VERIFIED for it (exit 3)
            c.warn(f"quote verification at position {q['seq']} (verdict {q.get('verdict')!r}) does not hold on "
                   f"capture {cid}'s current text (verdict {rechecked.current_verdict!r} after the re-extraction "
                   f"at log entry {rechecked.current_seq}): verify the quote again", code="W_INCOMPLETE")
            c.superseded_quotes.append(
                f"That the words of quote verification at position {q['seq']} (verdict {q.get('verdict')!r}) are in "
                f"capture {cid}'s current text: the verification was made on the extraction at log entry "
                f"{rechecked.made_on_seq}, which the re-extraction at log entry {rechecked.current_seq} superseded, "
                f"and the quote does NOT hold on the text capture {cid} serves now (verdict there: "
                f"{rechecked.current_verdict!r}).")
        sentence += (f" Quote verification at position {q['seq']}: verdict {q.get('verdict')!r}"
                     + rechecked.sentence(q)
                     + (f" (not conclusive: the capture was cut short: {incomplete})"
                        if incomplete and q.get("verdict") not in _VERIFIED else "") + ".")
    claims = correction_claims(mine, _made_on(c, ctx.all_extractions.get(cid, []), ext, article))
    for message in claims.problems:
        c.fail(message, "provenance/")
    for seq, made_on in claims.unproven.items():
        # the signed log says the extraction exists; one the bundle does not hold (or holds altered)
        # leaves the value before unchecked, which is no success (exit 3, as a WARC the log names
        # missing). Said as what is missing, not as a guess at why: a bundle exported before
        # 4323852 never held a re-extraction's record a correction was made on (its own archiver
        # failed such a bundle, exit 1), and one re-signed without it reads the same
        c.warn(f"correction at position {seq} of capture {cid}: the bundle does not hold "
               f"{_missing_part(c, made_on)} of the extraction it was made on, log entry {made_on}, so the values it "
               "says it replaced are not checked (export carries it since 2026-12-02, commit 4323852; a bundle "
               "exported before does not): ask for the capture exported again", "provenance/", code="W_INCOMPLETE")
    sentence += "".join(correction_sentence(x, claims) for x in mine)
    return sentence, {
        "capture_id": cid, "origin": item["origin"], "url": item["url"], "final_url": item["final_url"],
        "ip": item["ip"], "capture_time": item["time"], "log_seq": item["seq"],
        "extraction_log_seq": ext[0] if ext else None, "text_sha256": text_sha,
        "quote_verification_seqs": [q["seq"] for q in ctx.quotes.get(cid, [])], "quotes": rechecks,
        "records_ok": records_ok,
        "correction_seqs": [x.log_seq for x in mine], "corrected": corrected_fields(mine),
        "truncated": truncated, "capture_incomplete": incomplete,
        # the log whose id an imported capture keeps, as its import entry names it (null: the id is
        # the bundle's log's own): what ``import`` records for it in turn
        "original_log": item.get("original_log"),
    }


def _missing_part(c: Checker, seq: int | None) -> str:
    """What of extraction entry ``seq`` the bundle lacks: the entry itself (no proof holds it) or
    its record (absent, or not the bytes the entry logged)."""
    if seq not in c.entries:
        return "the log entry (no proof in provenance/ holds it)"
    rid = (c.entries[seq].get("data") or {}).get("record_id")
    return f"the record {rid}" + (" as logged (its bytes differ)" if str(rid) in c.records else "")


def _made_on(c: Checker, extractions: list[tuple[int, dict[str, Any]]], ext: tuple[int, dict[str, Any]] | None,
             article: dict[str, Any] | None) -> dict[int | None, dict[str, Any] | None]:
    """Each proven extraction entry of a capture -> its logged article, as the bundle holds its
    record (None: not held, or altered); the current one's as already read (``article``)."""
    out: dict[int | None, dict[str, Any] | None] = {seq: logged_article(c, data) for seq, data in extractions}
    if ext is not None:
        out[ext[0]] = article
    return out


#: Verdicts that found the quote: a capture cut short takes nothing from them.
_VERIFIED = ("exact", "normalized")


def _cut_short(item: dict[str, Any], response: Any, article: dict[str, Any] | None,
               quotes: list[dict[str, Any]]) -> tuple[bool, str | None]:
    """Whether the capture's response was cut (``WARC-Truncated``, or its entry says so) and why
    its text is only the beginning of its page (None: it is whole), as the store says it.

    Why: in the store, a quote not found on such a capture is not conclusive (exit 3, "INCOMPLETE");
    the bundle's re-run of that verdict holds, but must not read as if the page lacked the quote.
    """
    from archiver.quotes.service import text_incomplete

    truncated = bool(item.get("truncated")) or (response is not None and response.header("WARC-Truncated") is not None)
    logged = next((q["capture_incomplete"] for q in quotes if isinstance(q.get("capture_incomplete"), str)), None)
    incomplete = logged or (text_incomplete(article, truncated=truncated) if article is not None else None)
    if incomplete is None and truncated:
        incomplete = text_incomplete({}, truncated=True)
    return truncated, incomplete


def _check_records(c: Checker, item: dict[str, Any], covered: set[str]) -> tuple[Any, bool]:
    """Check every record the capture's entry lists (and an imported revisit's original);
    return the stored response (None if it did not check out) and whether all did."""
    response = None
    records_ok = True
    for rec in item["records"]:
        covered.add(rec.get("record_id"))
        final = item["origin"] == "captured" and rec.get("record_id") == item["response_record_id"]
        stored = check_record(c, item["seq"], rec, (item.get("ip"),) if final else None)
        records_ok &= stored is not None
        if stored is not None and rec.get("record_id") == item["response_record_id"]:
            response = stored
    for info in item.get("warcinfo") or []:  # the warcinfo of each file it was written to (since logged)
        records_ok &= isinstance(info, dict) and check_record(c, item["seq"], info) is not None
    if item.get("revisit_of") and response is not None:  # an imported revisit: its bytes are there
        covered.add(item["revisit_of"].get("record_id"))
        response = check_record(c, item["seq"], item["revisit_of"])
        records_ok &= response is not None
    return response, records_ok


def _origin_sentence(c: Checker, item: dict[str, Any]) -> str:
    """Where the capture's bytes come from, as far as its entry proves: captured here, or imported."""
    cid = item["capture_id"]
    where = f"log {c.origin} at position {item['seq']}"
    if item["origin"] == "captured":
        return (f"Capture {cid}: the archived bytes (payload {item['payload_digest']}) were received from IP "
                f"{item['ip'] or 'unknown'} for URL {item['final_url']} (requested {item['url']}, HTTP "
                f"{item['http_status']}), recorded by this tool, committed to {where}, in the checkpoint "
                f"of size {c.checkpoint_size} signed by key {c.verifier.fingerprint if c.verifier else '?'}.")
    sentence = (f"Capture {cid} was IMPORTED, not captured by this tool: these bytes for URL {item['url']} "
                f"come from {item.get('source')} ({item.get('source_sha256')}), made elsewhere; the log "
                f"(position {item['seq']}) proves only that they were imported unchanged and when.")
    if item.get("revisit_of"):
        sentence += (f" It is a revisit record: the bytes are those of record "
                     f"{item['revisit_of'].get('record_id')}, which the file says were served again.")
    return sentence


def _flag_uncovered(c: Checker, covered: set[str], listed: set[str] | None, described: set[str]) -> None:
    """Fail on records no proven entry names, and on captures the guide lists but no entry describes.

    Every record our export puts in a bundle is named by the proven entry of its capture or
    extraction (a file's ``warcinfo`` aside, which replay tools do not show): a record no entry
    names was added after the export, and replay tools would show it as a capture of its URL.
    """
    for rid, (name, rec) in sorted(c.records.items()):
        if rid not in covered and rec.rec_type not in ("warcinfo",):
            c.fail(f"{name}: record {rid} ({rec.rec_type}, {rec.target_uri or 'no URI'}) is named by no log "
                   "entry in the bundle: it was added after the export", name)
    if listed is not None:
        for cid in sorted(listed - described):
            c.fail(f"capture {cid} is listed in provenance/bundle.json but no proven entry describes it",
                   "provenance/bundle.json")


def _not_proven(c: Checker) -> list[str]:
    """What no bundle can prove, said plainly (whose key, wall-clock time, the export itself)."""
    time_sentence = (
        "Exact wall-clock times: capture times come from the capturing machine's clock; the RFC 3161 "
        "time-stamp only bounds them from above." if c.anchor is not None else
        "Wall-clock time: capture times come from the capturing machine's clock; no RFC 3161 time-stamp "
        "token is included in this bundle.")
    not_proven = [
        "That the server told the truth, or that other readers were served the same page: the log proves "
        "what this tool received, not what is true.",
        time_sentence,
        "The export of this bundle itself: its `export` entry was logged after the file was written, so the "
        "bundle cannot prove it (ask the publisher for `archiver log proof <seq>` of that entry).",
    ]
    if c.checkpoint_size is not None:  # an older export verifies as well as the newest one
        not_proven.append(
            f"That this bundle is the publisher's latest word on these captures: it holds the log as of checkpoint "
            f"size {c.checkpoint_size}; a correction, quote check or re-extraction logged later is not in it (`archiver "
            "reextract` may give another text, on which a quote here may not hold), nor need it hold every entry "
            "logged before (one its exporter left out leaves no trace the signatures show: provenance/bundle.json, "
            "which lists them, is signed only by the WACZ key). The publisher's `archiver log consistency` of "
            "provenance/checkpoint.txt, checked with `archiver log verify-consistency PROOF --old checkpoint.txt "
            "--key KEY`, shows how far the log went on since.")
    not_proven += c.superseded_quotes
    if any(p.code == "E_KEY" for p in c.problems):  # the pinned key is another: never advise pinning this one
        not_proven.insert(0, "Whose key signed the log: not the key you pinned for its log name (see the problems): "
                             "the bundle speaks for another log under that name, or one re-keyed by someone "
                             "without the owner's key.")
    elif not c.key_pinned:
        not_proven.insert(0, "Whose key signed the log: the key was taken from inside the bundle "
                             f"(fingerprint {c.verifier.fingerprint if c.verifier else 'unknown'}) and is not one "
                             "you pinned: anyone can make a consistent bundle with their own key. Compare it with "
                             "the key the author published, then pass --key FILE or `archiver key pin FILE`.")
    return not_proven


def _capture_items(entries: dict[int, dict[str, Any]]) -> list[dict[str, Any]]:
    """Every capture the proven entries describe: made here (``capture``) or imported."""
    items = []
    for seq, e in sorted(entries.items()):
        d = e["data"] or {}
        if e["type"] == "capture":
            items.append({"capture_id": d.get("capture_id"), "origin": "captured", "seq": seq, "url": d.get("url"),
                          "final_url": d.get("final_url"), "ip": d.get("ip"), "time": d.get("capture_time"),
                          "http_status": d.get("http_status"), "records": d.get("records") or [],
                          "response_record_id": d.get("response_record_id"),
                          "payload_digest": d.get("payload_digest"), "tls": d.get("tls"),
                          "warcinfo": d.get("warcinfo") or [], "truncated": d.get("truncated") is True})
        elif e["type"] == "import":
            for c in d.get("captures") or []:
                items.append({"capture_id": c.get("capture_id"), "origin": "imported", "seq": seq,
                              "url": c.get("url"), "final_url": c.get("final_url") or c.get("url"), "ip": c.get("ip"),
                              "time": c.get("capture_time"), "http_status": c.get("http_status"),
                              "records": c.get("records") or [], "response_record_id": c.get("response_record_id"),
                              "payload_digest": c.get("payload_digest"), "tls": None,
                              "source": d.get("source"), "source_sha256": d.get("sha256"),
                              "original_log": _log_named(c.get("original_log")),
                              "revisit_of": c.get("revisit_of") if isinstance(c.get("revisit_of"), dict) else None})
    return items


def _log_named(value: Any) -> dict[str, str] | None:
    """An import entry's ``original_log`` of a capture (its log's name and key fingerprint), or
    None where it names none (or not in that shape)."""
    if isinstance(value, dict) and isinstance(value.get("origin"), str) and isinstance(value.get("key_fingerprint"), str):
        return {"origin": value["origin"], "key_fingerprint": value["key_fingerprint"]}
    return None


def _guide(c: Checker) -> Guide | None:
    """``provenance/bundle.json`` decoded (None: it is missing or malformed, which fails)."""
    raw = c.read(GUIDE_FILE)
    if raw is None:
        return None
    try:
        return decode_guide(raw)
    except MalformedBundleFile as exc:
        c.fail(exc.diagnostics(), GUIDE_FILE)
        return None
