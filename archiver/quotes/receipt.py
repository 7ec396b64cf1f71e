"""A receipt for a footnote: what it holds, its one-line citation, and checking it whole.

``verify-quote --receipt`` writes a zip of ``citation.txt`` and ``verification.json`` (neither
signed), ``quote.tlog-proof`` (the verification's log entry with its capture and extraction
entries, proven against a signed checkpoint) and ``log.pub``. Checking the proof alone said
"OK" for a receipt whose citation was edited from "quote altered" to "quote exact", or whose
proof was another receipt's: what the reader reads was never compared with what is proven.
:func:`check_receipt` does that: the citation must be exactly the one the proven entries make
(:func:`footnote`, the one function that writes it), and every field of verification.json that
the proven entry also states must state the same.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from archiver.core.shown import shown_url
from archiver.core.untrusted import loads_json
from archiver.errors import UsageError

CITATION, PROOF, KEY, VERIFICATION, README = (
    "citation.txt", "quote.tlog-proof", "log.pub", "verification.json", "README.txt")
#: verification.json fields the proven ``quote_verification`` entry states too, under the same name.
_PROVEN_FIELDS = ("quote", "verdict", "where", "start", "end", "parts", "normalizations", "differences")
#: Fields entries logged since quote rules 16 state as well (the source's words and context a
#: reader is shown, and the source's title, outlet, authors and date as the archive gave them when
#: the quote was checked): checked when the proven entry holds them. An older entry does not, and
#: for it they stay unproven (:func:`unproven_fields` names them).
PROVEN_IF_LOGGED = ("source_passage", "context", "context_start", "title", "outlet", "authors", "published")
#: Fields the quote verification's entry states under the same name, logged since the entry held
#: them (an older entry's are unproven). ``no_text`` and ``logged_text_not_shown`` (logged since sec60,
#: proven since sec62: a receipt edited to say its verdict was made on no text was not refused).
_LOGGED_AS_IS = ("capture_seq", "extraction_seq", "scope", "capture_incomplete", "rendered_text_sha256", "no_text",
                 "logged_text_not_shown")


def footnote(*, verdict: str, start: int | None, end: int | None, where: str | None, scope: str | None,
             log_origin: str, log_seq: int | None, checkpoint_size: int | None, key_fingerprint: str,
             capture: dict[str, Any] | None, text_sha256: str | None, no_text: str | None = None,
             written_before_no_text_wording: bool = False) -> str:
    """One line for a footnote: URL, capture date, archive, sha256, log position (the URL with
    invisible and bidi characters percent-encoded, as ``cite`` prints it).

    ``capture`` holds ``capture_id``, ``final_url``, ``captured_at`` and ``imported`` (None: the
    quote was found in no capture). ``no_text``: why a browser shows no text of the capture's bytes
    (``download``, ``not_shown``: the verdict was made on no text); the line then says so instead
    of giving the empty text's digest, which a reader took for the digest of the page captured
    ("text sha256:e3b0c442..."). ``written_before_no_text_wording``: the line as receipts written
    before that change have it (:func:`footnotes`).
    """
    place = ""
    if start is not None:
        place = (f" at characters {start}-{end} "
                 + ("outside the article body" if where == "page_text" else "in the article text"))
    cp = f", checkpoint size {checkpoint_size}" if checkpoint_size is not None else ""
    position = f"provenance log {log_origin} entry {log_seq}{cp}, key {key_fingerprint}"
    if capture is None:
        return f"Quote not found in archive {log_origin} ({scope} search); verdict {verdict}; {position}."
    imported = " (imported)" if capture["imported"] else ""
    text = (f"no text a browser shows of its bytes ({no_text})" if no_text and not written_before_no_text_wording
            else f"text {text_sha256}")
    return (f"{shown_url(str(capture['final_url']))}, captured {capture['captured_at']}{imported}, archive {log_origin} capture "
            f"{capture['capture_id']}, {text}; quote {verdict}{place}; {position}.")


def footnotes(**fields: Any) -> tuple[str, ...]:
    """Every line a version of archiver wrote as :func:`footnote` of ``fields``: today's first, then the
    one receipts of a verdict made on no text held until 2026-12-02 (the empty text's digest), which
    ``log verify-proof`` still takes, as it takes their READMEs (:func:`readmes`)."""
    today = footnote(**fields)
    if not fields.get("no_text"):
        return (today,)
    return today, footnote(**fields, written_before_no_text_wording=True)


def readmes(log_seq: int, key_fingerprint: str) -> tuple[str, ...]:
    """Every README.txt a version of archiver wrote into a receipt of entry ``log_seq`` signed by
    ``key_fingerprint``: :func:`readme`'s, then the earlier ones. ``log verify-proof`` takes any
    of them (a README edited to say something else is refused); a change of :func:`readme` keeps
    its old text here, or every receipt made before it would fail on its README alone."""
    return (readme(log_seq, key_fingerprint), (  # written until dc82a26 (2026-11-30)
        "Receipt of a quote verification by archiver.\n\n"
        "citation.txt       the one-line citation\n"
        f"quote.tlog-proof   proof that log entry {log_seq} (the verification) and the entries it\n"
        "                   refers to (capture, extraction) are in the signed provenance log\n"
        f"log.pub            the log's public key (fingerprint {key_fingerprint})\n"
        "verification.json  the full verdict: offsets, selectors, differences\n\n"
        "Check it offline (compare the key with the one the archive publishes):\n"
        "  archiver log verify-proof quote.tlog-proof --key log.pub\n"
        "Add --warc FILE.warc.gz to recompute the archived payload digest as well.\n"))


def readme(log_seq: int, key_fingerprint: str) -> str:
    """The receipt's README: what each file is, and the one command that checks it whole."""
    return (
        "Receipt of a quote verification by archiver.\n\n"
        "citation.txt       the one-line citation\n"
        f"quote.tlog-proof   proof that log entry {log_seq} (the verification) and the entries it\n"
        "                   refers to (capture, extraction) are in the signed provenance log\n"
        f"log.pub            the log's public key (fingerprint {key_fingerprint})\n"
        "verification.json  the full verdict: offsets, selectors, differences\n\n"
        "Check it offline, whole (compare the key with the one the archive publishes):\n"
        "  archiver log verify-proof RECEIPT.zip --key log.pub\n"
        "It checks the proof, and that citation.txt and verification.json state what the proven\n"
        "entries state (neither file is signed: only what the proof proves counts).\n"
        "Add --warc FILE.warc.gz to recompute the archived payload digest as well.\n"
    )


def is_receipt(data: bytes) -> bool:
    """Whether ``data`` is a zip (a receipt) rather than a proof file (text)."""
    return zipfile.is_zipfile(io.BytesIO(data))


def read_receipt(data: bytes) -> dict[str, bytes]:
    """The receipt's members by name. Raises UsageError if it is no readable receipt."""
    from archiver.core.limits import check_zip, read_member

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            check_zip(zf)
            names = [i.filename for i in zf.infolist()]
            if len(set(names)) != len(names):
                raise UsageError("the receipt holds two members of one name: readers disagree on which is shown")
            members = {n: read_member(zf, n) for n in names if n in (CITATION, PROOF, VERIFICATION, README, KEY)}
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise UsageError(f"not a readable receipt (zip): {exc}") from exc
    if PROOF not in members:
        raise UsageError(f"the receipt holds no {PROOF}: nothing in it is proven")
    return members


def check_receipt(members: dict[str, bytes], entries: list[dict[str, Any]], *, log_origin: str | None,
                  checkpoint_size: int | None, key_fingerprint: str,
                  vkey: str | None = None) -> tuple[list[str], list[str]]:
    """What the receipt's unsigned files say that its proven ``entries`` do not (``[]``: none),
    and the verification.json fields nothing proven states (:func:`unproven_fields`).

    ``entries`` are the proof's checked entries (seq, type, data), the cited one first; call
    this only for a proof that verified. Every field of verification.json is either compared
    with what the proven entries (and the proof's checkpoint and key) state, or named unproven:
    none passes unread (before, ``url``, ``http_status``, ``truncated``, the JSON's ``citation``
    and the log it named did).
    """
    first = entries[0] if entries else None
    if first is None or first["type"] != "quote_verification" or not isinstance(first["data"], dict):
        return [f"{PROOF} does not prove a quote verification, so it is not this receipt's proof"], []
    q: dict[str, Any] = first["data"]
    capture = _proven_capture(q, entries)
    problems = []
    made = footnotes(verdict=str(q.get("verdict")), start=q.get("start"), end=q.get("end"), where=q.get("where"),
                     scope=q.get("scope"), log_origin=str(log_origin), log_seq=first["seq"],
                     checkpoint_size=checkpoint_size, key_fingerprint=key_fingerprint, capture=capture,
                     text_sha256=q.get("verified_text_sha256"), no_text=q.get("no_text"))
    citation = members.get(CITATION, b"").decode("utf-8", errors="replace")
    # (a receipt written before today's wording holds its own version's line, in both files)
    expected = citation.removesuffix("\n") if citation.removesuffix("\n") in made else made[0]
    if citation.removesuffix("\n") != expected:
        problems.append(f"{CITATION} is not the citation the proven entries make: it says {citation.strip()!r}; "
                        f"they make {expected!r}")
    if README in members and members[README] not in {t.encode() for t in readmes(first["seq"], key_fingerprint)}:
        problems.append(f"{README} is not the one archiver writes for this receipt (entry {first['seq']}, key "
                        f"{key_fingerprint}): it was edited, and what it says is not the receipt's")
    if KEY in members and vkey is not None and members[KEY].decode("utf-8", errors="replace").strip() != vkey.strip():
        problems.append(f"{KEY} is not the key the proof was checked with ({key_fingerprint}): a reader who checks "
                        f"the receipt with --key {KEY} checks it against another log's key")
    try:
        doc = loads_json(members.get(VERIFICATION, b"{}"))
    except ValueError:
        doc = None
    if not isinstance(doc, dict):
        return [*problems, f"{VERIFICATION} is missing or not a JSON object"], []
    claimed = _claimed(q, first["seq"], capture)
    required = set(claimed)  # what every receipt states; the fields below, a receipt written before them lacks
    claimed.update(_also_claimed(q, entries, capture))
    claimed.update(citation=expected, log_origin=log_origin, checkpoint_size=checkpoint_size,
                   key_fingerprint=key_fingerprint)
    for name, value in claimed.items():
        if name not in required and name not in doc:
            continue
        if doc.get(name) != value:
            problems.append(f"{VERIFICATION} says {name} {doc.get(name)!r}; the proven entries say {value!r}")
    if "selectors" in doc:
        wrong, whole = selector_problems(doc["selectors"], q)
        problems += wrong
        if whole:
            claimed["selectors"] = doc["selectors"]
    return problems, unproven_fields(doc, claimed)


def selector_problems(selectors: Any, q: dict[str, Any]) -> tuple[list[str], bool]:
    """What verification.json's ``selectors`` say that the proven quote verification ``q``
    states otherwise, and whether the entry proves them whole.

    The position selector must be the entry's ``start`` and ``end``; the quote selector's
    ``exact`` its ``source_passage``, and each character of its ``prefix`` (the words before
    the passage) and ``suffix`` (after it) that the logged ``context`` holds must be the one
    there, and there is one selector of each kind (a receipt holds no other). Characters beyond
    the context (a prefix reaching into the paragraph before), and the quote selector of an entry
    from before the context was logged, are not proven (``False``), nor refused."""
    start, end = q.get("start"), q.get("end")
    said = f"{VERIFICATION} says selectors"
    if start is None or end is None:  # no passage was found: a receipt anchors none
        return ([] if selectors == [] else [f"{said} {selectors!r}; the proven entry anchors no passage"]), True
    if not isinstance(selectors, list):
        return [f"{said} {selectors!r}, not a list"], False
    kinds = sorted(str(sel.get("type")) if isinstance(sel, dict) else "" for sel in selectors)
    if kinds != ["TextPositionSelector", "TextQuoteSelector"]:  # what a receipt holds: one of each
        return [f"{said} {selectors!r}; a receipt anchors its passage with one TextQuoteSelector and one "
                "TextPositionSelector"], False
    problems: list[str] = []
    whole = True
    for sel in selectors:
        kind = sel.get("type") if isinstance(sel, dict) else None
        if kind == "TextPositionSelector":
            if sel != {"type": kind, "start": start, "end": end}:
                problems.append(f"{said} {sel!r}; the proven entry places the passage at {start}-{end}")
        elif kind == "TextQuoteSelector" and isinstance(sel, dict):
            wrong, proven = _quote_selector(sel, q, start, end)
            problems += [f"{said} {x}" for x in wrong]
            whole &= proven
    return problems, whole


def _quote_selector(sel: dict[str, Any], q: dict[str, Any], start: int, end: int) -> tuple[list[str], bool]:
    """(what is wrong, whether proven whole) of a ``TextQuoteSelector`` held to the entry ``q``."""
    exact, prefix, suffix = sel.get("exact"), sel.get("prefix"), sel.get("suffix")
    if set(sel) != {"type", "exact", "prefix", "suffix"} or not all(
            isinstance(x, str) for x in (exact, prefix, suffix)):
        return [f"{sel!r}, not a quote selector of exact, prefix and suffix words"], False
    assert isinstance(exact, str) and isinstance(prefix, str) and isinstance(suffix, str)
    passage, context, at = q.get("source_passage"), q.get("context"), q.get("context_start")
    if not isinstance(passage, str) or not isinstance(context, str) or type(at) is not int \
            or not 0 <= start - at <= end - at <= len(context):
        return [], False  # an entry from before the passage and its context were logged
    wrong = []
    if exact != passage:
        wrong.append(f"exact {exact!r}; the proven entry's passage is {passage!r}")
    before, after = context[:start - at], context[end - at:]
    held = min(len(prefix), len(before))
    if prefix[len(prefix) - held:] != before[len(before) - held:]:
        wrong.append(f"prefix {prefix!r}; the proven entry's context has {before[len(before) - held:]!r} before "
                     "the passage")
    held_after = min(len(suffix), len(after))
    if suffix[:held_after] != after[:held_after]:
        wrong.append(f"suffix {suffix!r}; the proven entry's context has {after[:held_after]!r} after the passage")
    return wrong, len(prefix) <= len(before) and len(suffix) <= len(after)


def _claimed(q: dict[str, Any], seq: int, capture: dict[str, Any] | None) -> dict[str, Any]:
    """verification.json's fields every receipt states, as the proven entries state them: the
    quote verification's (``q``, entry ``seq``) and its capture (or import) entry's."""
    claimed = {"capture": q.get("capture_id"), "log_seq": seq, "text_sha256": q.get("verified_text_sha256"),
               **{k: q.get(k) for k in _PROVEN_FIELDS}, **{k: q[k] for k in PROVEN_IF_LOGGED if k in q}}
    if capture is not None:
        claimed.update(final_url=capture["final_url"], captured_at=capture["captured_at"],
                       imported=capture["imported"])
    return claimed


def _also_claimed(q: dict[str, Any], entries: list[dict[str, Any]], capture: dict[str, Any] | None) -> dict[str, Any]:
    """More of verification.json's fields as the proven entries state them (compared only where
    the receipt states them: one written before a field was added to it lacks it)."""
    claimed = {k: q[k] for k in _LOGGED_AS_IS if k in q}
    if "authors" in q:
        claimed["author"] = ", ".join(map(str, q["authors"])) if isinstance(q["authors"], list) and q["authors"] else None
    if "where" in q:
        claimed["only_outside_article"] = q["where"] == "page_text"
    if "rendered_text_sha256" in q and q.get("capture_id") is None:
        claimed["texts_compared"] = []  # found in no capture: no text was compared
    elif "rendered_text_sha256" in q:
        parts = q.get("parts")
        claimed["texts_compared"] = (["text"] + (["page_text"] if q.get("where") == "page_text" else [])
                                     + (["rendered_text"] if q["rendered_text_sha256"] is not None and parts else []))
    if capture is not None:
        claimed.update({k: v for k, v in capture.items() if k in ("url", "http_status", "truncated", "origin")})
    by_seq = {e["seq"]: e for e in entries}
    extraction = by_seq.get(q.get("extraction_seq"))
    if extraction is not None and extraction["type"] == "extraction" and isinstance(extraction["data"], dict) and (
            extraction["data"].get("capture_id") == q.get("capture_id") and "record_id" in extraction["data"]):
        claimed["extraction_record_id"] = extraction["data"]["record_id"]
    return claimed


def unproven_fields(doc: dict[str, Any], claimed: dict[str, Any]) -> list[str]:
    """The fields of verification.json (``doc``) that nothing proven states (``claimed``: those
    it does): the fields of :data:`PROVEN_IF_LOGGED` an older entry lacks, then the others in the
    order the receipt gives them: views of the archive that are not this verification (``versions``,
    ``holders``), what the writer's archive said beside it (``explanation``, ``selectors``,
    ``page_state``, ``paragraph``, the evidence check...), and any field added by hand."""
    return ([k for k in PROVEN_IF_LOGGED if k not in claimed and k in doc]
            + [k for k in doc if k not in claimed and k not in PROVEN_IF_LOGGED])


def not_proven(entries: list[dict[str, Any]], checkpoint_size: int | None) -> list[str]:
    """What a proof of a quote verification (the cited entry first in ``entries``) cannot show:
    that the extraction the quote was checked on is still its capture's current text. A later
    ``archiver reextract`` entry superseding it (one whose text no longer holds the quote) may be
    in the log, even before the proof's checkpoint: a proof holds only the entries it names, and
    a receipt assembled from ``log proof`` of an old verification verified as if nothing had
    changed, with nothing said."""
    q = entries[0].get("data") if entries and entries[0].get("type") == "quote_verification" else None
    if not isinstance(q, dict) or type(q.get("extraction_seq")) is not int:
        return []
    return [f"that the extraction at log entry {q['extraction_seq']} is still capture {q.get('capture_id')}'s current "
            f"text: a re-extraction (archiver reextract) or correction logged after it, before or after checkpoint "
            f"size {checkpoint_size}, is not in this proof; a new receipt (verify-quote --receipt) checks the "
            "current text"]


def _proven_capture(q: dict[str, Any], entries: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The capture the verification names, as its proven capture (or import) entry states it."""
    if q.get("capture_id") is None:
        return None
    by_seq = {e["seq"]: e for e in entries}
    entry = by_seq.get(q.get("capture_seq"))
    data = entry["data"] if entry and isinstance(entry["data"], dict) else {}
    if entry and entry["type"] == "capture":
        return {"capture_id": q["capture_id"], "final_url": data.get("final_url"),
                "captured_at": data.get("capture_time"), "imported": False, "origin": "captured",
                **{k: data[k] for k in ("url", "http_status") if k in data},
                **({"truncated": bool(data["truncated"])} if "truncated" in data else {})}
    for c in data.get("captures") or [] if entry and entry["type"] == "import" else []:
        if isinstance(c, dict) and c.get("capture_id") == q["capture_id"]:
            return {"capture_id": q["capture_id"], "final_url": c.get("final_url") or c.get("url"),
                    "captured_at": c.get("capture_time"),
                    "imported": True, "origin": "imported",
                    **{k: c[k] for k in ("url", "http_status") if k in c}}
    return {"capture_id": q["capture_id"], "final_url": None, "captured_at": None, "imported": None}
