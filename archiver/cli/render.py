"""One renderer per result type: the readable text of what a command's library call returned.

Commands parse their options, call the library (mostly an :class:`~archiver.archive.Archive`
method), and hand the result here (``--json`` prints the result's ``to_dict()`` instead).
Renderers return text and print nothing, except :func:`echo_outcome`, whose line goes to
stdout or stderr by the outcome. Beside this module: ``diff`` and ``history`` in
:mod:`archiver.cli.render_compare`, ``verify-quote`` in :mod:`~archiver.cli.render_quotes`,
``verify-bundle`` in :mod:`~archiver.cli.render_bundle`, ``log verify-proof`` in
:mod:`~archiver.cli.render_proven`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import click

from archiver.capture.redirects import REDIRECT_STATUSES
from archiver.cli.output import err
from archiver.core.page_states import UNDECIDED, state_note
from archiver.core.shown import escaped as visible
from archiver.core.shown import escaped_line as one

if TYPE_CHECKING:
    from archiver.capture.fetch import FetchOptions


# ---------------------------------------------------------------------- captures (archive, show, list)


def _render_article(article: dict[str, Any]) -> str:
    try:
        from archiver.extract import Article, render_article
    except ImportError:  # extraction layer not installed in this build
        return ""
    return render_article(Article.from_dict(article))

def _indent(text: str, prefix: str = "  ") -> str:
    return "\n".join(prefix + line if line else line for line in text.splitlines())

def render_capture(r: dict[str, Any]) -> str:
    """A capture (``archive``, ``show``): status, redirects, origin, TLS, WARC place, log entries, article."""
    return visible(_render_capture(r))


def _render_capture(r: dict[str, Any]) -> str:
    lines = [f"{r['capture_id']}  {r['status']} {r['reason'] or ''}".rstrip() + f"  {r['final_url']}"]
    if len(r["hops"]) > 1:
        # a hop before the last that is no redirect forwarded its reader by a refresh of no delay (fetch._refresh_target)
        chain = " -> ".join(f"{h['status']}{'' if i == len(r['hops']) - 1 or h['status'] in REDIRECT_STATUSES else ' (refresh)'}"
                            f" {h['url']}" for i, h in enumerate(r["hops"]))
        lines.append(f"  redirects: {chain}")
    if r.get("origin") == "imported":
        lines.append("  IMPORTED from a WARC/WACZ made elsewhere (archiver did not fetch it; see `log show --type import`)")
    if r.get("original_capture_id"):
        lines.append(_original_id_line(r["original_capture_id"], r.get("original_log"),
                                       kept=r["original_capture_id"] == r["capture_id"]))
    if r.get("revisit_of"):
        ref = r["revisit_of"]
        lines.append(f"  REVISIT: the file stored these bytes once, in record {ref.get('record_id')} "
                     f"({ref.get('target_uri')}); this record only says they were served again at this time")
    lines.append(f"  type: {r['content_type'] or 'unknown'}   ip: {r['ip'] or '-'}"
                 + ("   TRUNCATED at the body size limit" if r["truncated"] else ""))
    lines += _interim_lines(r["hops"])
    lines += _trailing_lines(r["hops"], imported=r.get("origin") == "imported")
    if r.get("tls"):
        t = r["tls"]
        lines.append(f"  tls: {t['tls_version']} {t['cipher']}  cert {t['peer_cert_sha256']}"
                     + ("" if t.get("certificate_verified") else "  (NOT verified: --insecure)"))
    lines.append(f"  warc: {r['warc']}  payload {r['payload_digest']}")
    if r.get("log_seq") is not None:
        lines.append(f"  log: entry {r['log_seq']}"
                     + (f", extraction entry {r['extraction_log_seq']}" if r.get("extraction_log_seq") is not None else ""))
    lines += [f"  {line}" for line in reextracted_lines(r.get("reextractions") or [])]
    if r.get("article"):
        rendered = _render_article(r["article"])
        if rendered:
            lines.append(_indent(rendered))
    if r.get("extraction_error"):  # (extracted later by archiver reextract: the failure is still the capture's)
        lines.append(f"  extraction{' when captured' if r.get('article') else ''}: {r['extraction_error']}")
    if r.get("browser"):
        said = {(h.get("trailing") or {}).get("record_id") for h in r["hops"] if isinstance(h, dict)}
        sources = (r.get("article") or {}).get("sources")
        served = sources.get("text") if isinstance(sources, dict) else None  # (reextract may have read the other)
        lines += render_browser(r["browser"], trailing_said=said, text_source=served if isinstance(served, str) else None)
    return "\n".join(lines)


def _original_id_line(original: str, log: Any, *, kept: bool) -> str:
    """Whose id an imported capture's original id is: the log that signed the bundle it came
    from (an id is unique only within its log), when the import recorded it."""
    if not isinstance(log, dict):
        return f"  original capture id (in the bundle it came from): {original}"
    whose = f"log {log.get('origin')} (key {log.get('key_fingerprint')})"
    if kept:
        return f"  capture id {original} is the id of {whose}, kept from its bundle"
    return f"  original capture id (in the bundle of {whose}): {original}"


def original_lines(side: dict[str, Any], *, named: bool = False) -> list[str]:
    """``history``'s line under an imported capture that came with an id of its bundle's (and
    ``diff``'s note, ``named`` for the side it is about): whose id it is, as ``show`` says it;
    nothing for a capture of this store."""
    original = side.get("original_capture_id")
    if not original:
        return []
    line = _original_id_line(original, side.get("original_log"), kept=original == side["capture_id"])
    return [f"note: {side['capture_id']}: {line.strip()}" if named else line]


def _interim_lines(hops: list[dict[str, Any]]) -> list[str]:
    """A line per hop whose server sent 1xx heads, or the few bytes Chromium skips, before its
    response: the WARC holds them in a record of their own, never as the page (``--json``: the
    hop's ``interim``, whose ``statuses`` are ``[]`` when there were only such bytes, and whose
    ``before_status_line`` says whether there were such bytes; an index row written before cap59 lacks it)."""
    lines = []
    for h in hops:
        i = h.get("interim") if isinstance(h, dict) else None
        if not isinstance(i, dict):
            continue
        statuses = [str(s) for s in i.get("statuses") or []]
        skipped = i.get("before_status_line", None if statuses else True)
        heads = f"interim (1xx) heads {', '.join(statuses)}"
        what = (heads + " and bytes before a status line (browsers skip up to 4 before each)" if statuses and skipped
                else heads if statuses and skipped is False
                else heads + " (and any bytes before their status lines)" if statuses
                else "bytes before its status line (browsers skip up to 4)")
        lines.append(f"  BEFORE THE RESPONSE: {h.get('url')} sent {what}; kept in record {i.get('record_id')}, "
                     "not as the page")
    return lines


def _trailing_lines(hops: list[dict[str, Any]], *, imported: bool = False) -> list[str]:
    """A line per hop whose server sent bytes past the end of its response (kept apart, never the page)."""
    lines = []
    for h in hops:
        t = h.get("trailing") if isinstance(h, dict) else None
        if not t:
            continue
        lines.append(f"  TRAILING BYTES: {h.get('url')} sent {t.get('bytes')} bytes past the end of its response; "
                     f"kept{_cut(t, imported=imported)} in record {t.get('record_id')}, not as the page (not served, "
                     "extracted or searched)")
    return lines


def _cut(t: dict[str, Any], *, imported: bool = False) -> str:
    """How many of the trailing bytes the record holds, when a body limit cut them (ours, or for
    an imported capture the one of the tool that wrote its file, which says so)."""
    if t.get("recorded") == t.get("bytes"):
        return ""
    return f" (the first {t.get('recorded')}: {'its file marks the record cut' if imported else '--max-body'})"


def trailing_warnings(doc: dict[str, Any]) -> list[str]:
    """The stderr warnings of a capture whose servers sent bytes past the end of a response.

    Said by the command, not only logged: the library's log is silent unless ``-v`` (a
    ``NullHandler`` on the ``archiver`` logger), and a user must learn it without asking.
    """
    out = []
    for h in doc.get("hops") or []:
        t = h.get("trailing") if isinstance(h, dict) else None
        if t:
            out.append(visible(f"warning: {h.get('url')}: the server sent {t.get('bytes')} bytes past the end of "
                               f"its response; they are not part of the response and are kept apart{_cut(t)} in "
                               f"WARC record {t.get('record_id')} (not served, extracted or searched)"))
    return out


def render_browser(b: dict[str, Any], *, trailing_said: set[Any] | None = None,
                   text_source: str | None = None) -> list[str]:
    """The lines of a browser capture: what the browser recorded, and what did not finish
    (``trailing_said``: records of trailing bytes the page's own hops already named; ``text_source``:
    where the text served now was read from, when its extraction says: a capture whose extraction
    failed logged the response, and ``reextract`` may have read its rendered DOM)."""
    source = text_source or b.get("extraction_source")
    lines = [f"  browser: {b.get('browser') or 'Chromium'}; {b.get('exchanges')} exchanges recorded through "
             f"archiver's proxy; text from the {'rendered DOM' if source == 'rendered-dom' else 'HTTP response'}"
             + _sandbox_note(b),
             f"  screenshot: {b.get('screenshot_record_id') or 'none'}  {b.get('screenshot_sha256') or ''}".rstrip(),
             f"  rendered DOM: {b.get('rendered_dom_record_id') or 'none'}  {b.get('rendered_dom_sha256') or ''}".rstrip(),
             f"  rendered text: {b.get('rendered_text_record_id') or 'none'}  "
             f"{b.get('rendered_text_sha256') or ''}".rstrip()]
    if b.get("consent_dismissed"):
        clicked = "; ".join(b.get("consent_clicked") or []) or "no consent button found"
        lines.append(f"  consent: --dismiss-consent clicked: {clicked}")
    if b.get("failed_requests"):
        lines.append(f"  not recorded: {len(b['failed_requests'])} request(s) failed upstream")
    for t in b.get("trailing") or []:
        if t.get("record_id") in (trailing_said or set()):
            continue
        lines.append(f"  trailing bytes: {t.get('url')} sent {t.get('bytes')} bytes past the end of its response; "
                     f"kept in record {t.get('record_id')}, not as the resource")
    if not b.get("complete", True):
        lines.append(f"  INCOMPLETE: {', '.join(b.get('incomplete') or [])}")
    return lines

def _sandbox_note(b: dict[str, Any]) -> str:
    """How Chromium ran, when the capture recorded it without its sandbox (older captures say nothing)."""
    if b.get("sandbox") is not False:
        return ""
    why = {"root": "run as root", "--no-sandbox": "--no-sandbox on Chromium's own command line"}.get(b.get("sandbox_off") or "", b.get("sandbox_off") or "reason not recorded")
    return f"; Chromium's sandbox OFF ({why})"


def render_capture_verbose(doc: dict[str, Any], took: float, options: FetchOptions) -> str:
    """``archive -v``: every hop, the time the URL took and the limits it was captured under."""
    lines = [f"{doc.get('capture_id') or 'FAILED'}  {doc['url']}: {len(doc['hops'])} hop(s) in {took:.2f} s"]
    for i, h in enumerate(doc["hops"], 1):
        lines.append(f"  hop {i}: {h['status']} {h['url']}  ip {h.get('ip') or '-'}"
                     + ("  (body cut at --max-body)" if h.get("truncated") else "")
                     + (f"  ({h['trailing'].get('bytes')} bytes past its end kept apart)" if h.get("trailing") else "")
                     + (f"  (interim {', '.join(map(str, h['interim'].get('statuses') or []))} before it, kept apart)"
                        if h.get("interim") and h["interim"].get("statuses") else "")
                     + ("  (bytes before its status line kept apart)"
                        if h.get("interim") and (h["interim"].get("before_status_line") or not h["interim"].get("statuses"))
                        else ""))
    if not doc["hops"] and doc.get("error"):
        lines.append(f"  no response: {doc['error']}")
    policy = {"allow": "allowed", "deny": "refused", "from-private": "only from a private address"}
    lines.append(f"  limits: connect {options.connect_timeout:g} s, read {options.read_timeout:g} s, total "
                 f"{options.total_timeout:g} s; body {options.max_body_bytes} bytes; at most "
                 f"{options.max_redirects} redirects; redirects into private networks "
                 f"{policy.get(options.private_redirects, options.private_redirects)}; "
                 f"user agent {options.user_agent!r}")
    return visible("\n".join(lines))


def render_list_row(d: dict[str, Any]) -> str:
    """One capture of ``list``: id, time, status, origin, page and title."""
    title = f"  {d['title']}" if d["title"] else ""
    imported = "  IMPORTED" if d["origin"] == "imported" else ""
    return visible(f"{d['capture_id']}  {d['capture_time'][:19]}Z  {d['status']}{imported}  {d['final_url']}{title}")


def render_show(doc: dict[str, Any], *, with_text: bool = False) -> str:
    """``show``: the capture as the user's corrections have it (saying who corrected what),
    its evidence, every record's place, and with ``with_text`` the article text, all escaped for
    the terminal (an imported record's target URI was printed raw)."""
    from archiver.corrections import corrected_article, describe, not_in_force
    from archiver.export.cite_authors import support_line

    lines = [render_capture({**doc, "ok": True, "article": corrected_article(doc)})]
    lines += ["  " + describe(name, info) for name, info in (doc.get("corrected") or {}).items()]
    lines += [f"  {said} (run 'archiver log verify')" for said in not_in_force(doc.get("corrections") or [])]
    support = support_line(doc.get("article"))
    if support:
        label = "extracted authors' sources" if "authors" in (doc.get("corrected") or {}) else "author sources"
        lines.append(f"  {label}: {support}")
    if doc.get("no_text_now") == UNDECIDED:  # (sec61: its bytes inflate past the limits)
        lines.append("  NOTE: could not decide whether a browser shows any text of the archived bytes (they inflate past "
                     "the limits: ARCHIVER_LIMIT_MAX_INFLATED_BYTES); verify-quote does not vouch for the logged text "
                     "(exit 3)")
    elif doc.get("no_text_now"):  # (sec60: the logged text is an older extractor's reading of a download)
        state = doc["no_text_now"]
        lines.append(f"  NOTE: today's reading of the archived bytes shows no text ({state}: {state_note(state)}); "
                     f"the logged text is an older extractor's reading, which verify-quote does not vouch for: run "
                     f"'archiver reextract {doc['capture_id']}' to log that the capture has none")
    lines.append(f"  evidence: {doc['evidence']} (every record the log lists read back at its offset, "
                 "digests and extracted text match the log)")
    lines.append("  records:")
    lines += [f"    {rec['type']:<9} {rec['record_id']}  {rec['warc']}@{rec['offset']} "
              f"({rec['length']} bytes)  {rec['target_uri'] or ''}" for rec in doc["records"]]
    if with_text and doc.get("article"):
        lines += ["", doc["article"].get("text") or ""]
    return visible("\n".join(lines))  # a record's URI is its writer's (another tool's file), as is the text


# ---------------------------------------------------------------------- batch


def echo_outcome(item: Any) -> None:
    """The readable line of one URL: captures on stdout, failures on stderr."""
    if item.status in ("captured", "unavailable"):
        mark = "" if item.status == "captured" else f"  ({item.error})"
        click.echo(f"{item.capture_id}  {item.http_status}  {item.url}{mark}")
    elif item.status == "failed":
        err(f"error: {item.error}")


def render_batch_summary(summary: dict[str, Any], invalid: int, report_file: Any) -> str:
    """The last line of ``batch`` (stderr): how many URLs ended how, and where the report is."""
    invalid_note = f", {invalid} invalid lines skipped" if invalid else ""
    return (f"{summary['captured']} captured, {summary['unavailable']} unavailable (429/503), "
            f"{summary['failed']} failed, {summary['pending']} not attempted, of {summary['total']} URLs "
            f"({summary['resumed']} from an earlier run){invalid_note} in {summary['seconds']:.1f}s; "
            f"report: {'none (no store was made)' if report_file is None else report_file}")


# ---------------------------------------------------------------------- re-extractions (show, diff)


def reextracted_lines(reextractions: list[dict[str, Any]]) -> list[str]:
    """One line per re-extraction of a capture (``archiver reextract``): when, by which version."""
    return [f"re-extracted {x['time'][:19]}Z by extractor {x['extractor_version']} (log entry {x['log_seq']}; "
            f"supersedes entry {x['supersedes_seq']}, extractor {x['superseded_version']})"
            if x.get("supersedes_seq") is not None else
            f"re-extracted {x['time'][:19]}Z by extractor {x['extractor_version']} (log entry {x['log_seq']}; "
            "its first extraction: the one when it was captured had failed)" for x in reextractions]


# ---------------------------------------------------------------------- export, import, correct


def render_export(result: Any) -> str:
    """``export``: the bundle written, what it carries, and how to check it."""
    lines = [f"wrote {result.path}  {result.sha256}",
             f"  {len(result.captures)} capture(s), {len(result.entries)} log entries with proofs "
             f"({len(result.quote_entries)} quote verification(s)), checkpoint size {result.checkpoint_size}",
             f"  log {result.log_origin}  key {result.log_key_fingerprint}",
             f"  WACZ signing key {result.wacz_key_fingerprint}"]
    if result.time_anchor:
        lines.append(f"  checkpoint time-stamped {result.time_anchor['time']} by {result.time_anchor['issuer']}")
    lines.append(f"  export logged as entry {result.log_seq} (prove it with `archiver log proof {result.log_seq}`)")
    lines.append(f"  check with: archiver verify-bundle {result.path}")
    return "\n".join(lines)


def render_import(result: Any, file: Any) -> str:
    """``import``: the file, its sha256, and one line per capture it became (escaped: a URL or
    title holding an escape sequence was sent to the terminal raw)."""
    lines = [f"imported {file} ({result.format}, {result.sha256}): {len(result.captures)} captures, "
             f"{result.skipped_responses} other responses kept but not extracted; log entry {result.log_seq}"]
    for c in result.captures:
        revisit = f"  (revisit of {c['revisit_of']})" if c.get("revisit_of") else ""
        page = c.get("final_url") or c["url"]  # (the page; the URL requested when a chain led to it, as list says)
        requested = f"  (requested {c['url']})" if page != c["url"] else ""
        lines.append(f"{c['capture_id']}  IMPORTED  {c['status'] or '-'}  {page}  {c['title'] or ''}".rstrip()
                     + requested + revisit)
    return visible("\n".join(lines))  # the file's URLs and titles are its writer's words


def correction_not_applied(c: dict[str, Any]) -> str:
    """``import``: one line for a correction the bundle's log made that the import does not apply
    (:attr:`~archiver.export.importer.ImportResult.corrections_not_applied`), with the command
    that applies it here (the bundle's words escaped: they are another log's)."""
    import shlex

    value, name = c.get("value"), str(c.get("field"))
    if name == "authors":  # (in order, each organisation as one: as the bundle's log corrected them)
        names = value if isinstance(value, list) else []
        organizations = c.get("organizations") or []
        option = " ".join(f"--{'organization' if v in organizations else 'author'} {shlex.quote(str(v))}"
                          for v in names) or "--no-author"
    else:
        option = f"--{name} {shlex.quote(str(value))}"
    command = f"archiver correct {c.get('capture_id')} {option} --reason {shlex.quote(str(c.get('reason')))}"
    shown = ", ".join(map(str, value)) if isinstance(value, list) else value
    return one(f"the bundle's log corrected capture {c.get('capture_id')}'s {name} to {shown!r} (its log entry "
               f"{c.get('log_seq')}: {c.get('reason')}); import does not apply another log's corrections, so "
               f"show and cite here give the extracted {c.get('extracted')!r}; to apply it here: {command}")


def render_correction(correction: Any) -> str:
    """``correct``: the log entry written, and each corrected field as show and cite say it."""
    from archiver.corrections import describe, organizations_of

    lines = [f"corrected capture {correction.capture_id} (log entry {correction.log_seq}, "
             f"key {correction.key_fingerprint})"]
    for name, change in correction.fields.items():
        lines.append("  " + describe(name, {"value": change["new"], "extracted": change["old"],
                                             "log_seq": correction.log_seq, "reason": correction.reason,
                                             "key_fingerprint": correction.key_fingerprint,
                                             "organizations": organizations_of(change)}))
    return "\n".join(lines)
