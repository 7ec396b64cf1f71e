"""Stages 7 and 8 of a bundle check: proven corrections and quote verifications, re-checked.

A ``correction`` must correct a capture the bundle proves and state the value the logged
extraction really held; a logged quote verification is re-run on the reproduced text and must
give the logged verdict, offsets and verified-text digest.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from archiver.core.digests import sha256_label
from archiver.core.hidden_spans import hidden_spans
from archiver.core.untrusted import loads_json
from archiver.corrections import Correction, organizations_of
from archiver.errors import UsageError
from archiver.export.bundle_json import Page
from archiver.export.bundle_report import Checker
from archiver.provenance import correction_entry


def correction_problems(entries: dict[int, dict[str, Any]], capture_ids: set[str],
                        log_key: str | None = None) -> list[str]:
    """A proven ``correction`` entry must correct a capture the bundle holds and proves, and be
    one that corrects something under the rule every reader shares
    (:mod:`archiver.provenance.correction_entry`): name as its signer the log's key (``log_key``,
    the fingerprint of the key that signed the checkpoint; None: not established, a finding
    already), name entry positions and a capture id, and change each field in the shape
    ``archiver correct`` writes. The report repeats the signer's name ("by the log's key ..."),
    and a log has one key: another one named is a claim nothing here backs (a line written by
    hand and adopted with ``log adopt`` could name any)."""
    problems = []
    for seq, e in sorted(entries.items()):
        if e["type"] != "correction":
            continue
        data = e["data"] or {}
        if isinstance(data.get("capture_id"), str) and data["capture_id"] not in capture_ids:
            problems.append(f"log entry {seq} corrects capture {data.get('capture_id')}, which the bundle does not hold")
        absent = [(name, ref) for name in correction_entry.REFERENCES
                  if type(ref := data.get(name)) is int and 0 <= ref < seq and ref not in entries]
        problems += [f"the correction at log entry {seq} names {name} {ref}, an entry no proof in the bundle carries "
                     "(E_PROOF_MISSING_REF): what it says it replaced cannot be held to it here, so it corrects nothing "
                     "here" for name, ref in absent]
        problems += correction_entry.problems(seq, data, log_key, None if absent else _entry_of(entries))
    return problems


def _entry_of(entries: dict[int, dict[str, Any]]) -> correction_entry.EntryAt:
    """The proven entry at each position, as the rule every correction reader shares looks it up.

    A proof that verifies carries every entry each of its entries names (``E_PROOF_MISSING_REF``
    otherwise, for every block since sec56), so a proven correction's entries are here; one that is
    not is said to be absent from the bundle (:func:`correction_problems`), never "no entry before
    it" of an entry the log may well hold, and the correction corrects nothing here."""
    return entries.get


@dataclass(frozen=True)
class Claims:
    """What the corrections of one capture state of the value each replaced, held to the bundle."""

    #: values before that the bundle shows to be false
    problems: tuple[str, ...] = ()
    #: correction log position -> the extraction entry it was made on, whose record this bundle
    #: does not hold: its value before is its own word
    unproven: dict[int, int | None] = field(default_factory=dict)


#: No extraction at all (a correction made on a capture whose extraction failed): nothing extracted.
NOTHING: dict[str, Any] = {}


def correction_claims(corrections: list[Any], made_on: dict[int | None, dict[str, Any] | None]) -> Claims:
    """A correction states the value it replaced; hold each to the bundle.

    The value before a field's first correction is the one the extraction it was made on
    (``extraction_seq``) held, current or superseded since by ``archiver reextract``; a later
    correction's, the one the correction before it left (``archiver correct`` writes the value in
    force). ``made_on``: each extraction entry of the capture the bundle proves -> its logged
    article (None: its record is not in this bundle); None -> :data:`NOTHING`. A correction made
    on an extraction whose article is not at hand is named in ``unproven``; one that corrects
    nothing is no one's word here (``correction_problems`` says why) and leaves no value."""
    problems, unproven = [], {}
    in_force: dict[str, Any] = {}
    for x in corrections:
        if not x.in_force:
            continue
        for name, change in x.fields.items():
            before = in_force.get(name, _MISSING)
            where = "the correction before it"
            if before is _MISSING:
                article = made_on.get(x.extraction_seq, _MISSING) if x.extraction_seq is not None else NOTHING
                if article is _MISSING or article is None:
                    unproven[x.log_seq] = x.extraction_seq
                    in_force[name] = change.get("new")
                    continue
                before = article.get(name)
                before = list(before or []) if name == "authors" else before
                where = (f"the logged extraction (entry {x.extraction_seq})" if x.extraction_seq is not None
                         else "no extraction (none was logged)")
            if change.get("old") != before:
                problems.append(f"correction at position {x.log_seq} says the extracted {name} was "
                                f"{change.get('old')!r}, but {where} has {before!r}")
            in_force[name] = change.get("new")
    return Claims(tuple(problems), unproven)


_MISSING: Any = object()


def logged_article(c: Checker, data: dict[str, Any]) -> dict[str, Any] | None:
    """The extraction as logged: the extraction record's JSON, if present and unaltered."""
    found = c.records.get(str(data.get("record_id")))
    if found is None or not data.get("extraction_sha256") or found[1].block_digest != data["extraction_sha256"]:
        return None
    try:
        article = loads_json(found[1].block)  # the bundle's signer logged it: it may still be [[[[...
    except ValueError:
        return None
    return article if isinstance(article, dict) else None


def proven_corrections(entries: dict[int, dict[str, Any]], log_key: str | None) -> dict[str, list[Any]]:
    """The proven corrections, by capture, in log order, held to the log's key ``log_key``."""
    out: dict[str, list[Any]] = {}
    for seq, e in sorted(entries.items()):
        if e["type"] == "correction":
            x = Correction.from_data(seq, None, e["data"] or {}, log_key=log_key, entry_at=_entry_of(entries))
            out.setdefault(x.capture_id, []).append(x)
    return out


def correction_sentence(x: Any, claims: Claims | None = None) -> str:
    """What a proven correction states: the user's values, the key that signed them, why, and
    whether the values it replaced are proven (``claims``); one that corrects nothing states
    nothing (the problems say why)."""
    if not x.in_force:
        return ""
    unproven = ""
    if claims is not None and x.log_seq in claims.unproven:
        unproven = (f" (the values before are the correction's own word, not proven: the extraction it was made on, "
                    f"log entry {claims.unproven[x.log_seq]}, is not in this bundle)")
    def kinds(change: dict[str, Any]) -> str:
        orgs = organizations_of(change)
        return f" (organisations, cited whole: {', '.join(orgs)})" if orgs else ""

    changes = "; ".join(f"{name} corrected from {change.get('old')!r} to {change.get('new')!r}{kinds(change)}"
                        for name, change in x.fields.items())
    return (f" Correction at position {x.log_seq} (by the log's key {x.key_fingerprint}, not by the page): "
            f"{changes}{unproven}; reason: {x.reason}.")


#: What a logged quote verification states, re-derived by running it again.
_QUOTE_FIELDS = ("verdict", "where", "start", "end", "verified_text_sha256")


@dataclass(frozen=True)
class Recheck:
    """What re-running a logged quote verification came to, and on which text.

    ``on``: ``"current"`` (the capture's newest extraction in the bundle, reproduced here),
    ``"no_text"`` (no text: the bundle's bytes show none, as the verification logged, sec60),
    ``"superseded"`` (the extraction it was made on, which a later re-extraction superseded:
    its own record's text), ``"page"`` (the text pages.jsonl carries) or None (not re-run).
    For a superseded one, ``current_verdict`` is what the quote gives on the current
    extraction's text (None: that text is not in the bundle).
    """

    ok: bool
    on: str | None = None
    made_on_seq: int | None = None
    made_on_version: str | None = None
    current_seq: int | None = None
    current_verdict: str | None = None
    logged_verdict: str | None = None

    @property
    def holds_on_current_text(self) -> bool | None:
        """Whether the logged verdict is also the verdict on the text the capture serves now."""
        if not self.ok:
            return None
        if self.on != "superseded":
            return True
        return None if self.current_verdict is None else self.current_verdict == self.logged_verdict

    def to_dict(self, q: dict[str, Any]) -> dict[str, Any]:
        return {"log_seq": q["seq"], "verdict": q.get("verdict"), "rechecked": self.ok, "rechecked_on": self.on,
                "made_on_extraction_seq": self.made_on_seq if self.on == "superseded" else q.get("extraction_seq"),
                "current_extraction_seq": self.current_seq, "current_verdict": self.current_verdict
                if self.on == "superseded" else (q.get("verdict") if self.ok else None),
                "holds_on_current_text": self.holds_on_current_text}

    def sentence(self, q: dict[str, Any]) -> str:
        """How the report states the re-run, after "verdict 'V'"."""
        if not self.ok:
            return " (logged; not re-run here)"
        if self.on == "no_text":
            logged = (f", though its logged extraction at log entry {q.get('extraction_seq')} holds an older "
                      "extractor's text" if q.get("extraction_seq") is not None else ", and no extraction was logged")
            return (f" (made on no text: the capture's bytes here show no text a browser shows ({q.get('no_text')})"
                    f"{logged}; re-run here on no text: same verdict)")
        if self.on != "superseded":
            return " (re-run here on the reproduced text: same verdict)"
        now = (f"on the current extraction's text (log entry {self.current_seq}) the verdict is "
               f"{self.current_verdict!r}" if self.current_verdict is not None else
               "the current extraction's text is not in this bundle, so the quote was not re-run on it")
        differs = (": the quote is NOT verified on the text this capture serves now"
                   if self.holds_on_current_text is False else "")
        return (f" (re-run here on the superseded extraction at log entry {self.made_on_seq} (extractor "
                f"{self.made_on_version or '?'}; today's extractor gives another text): same verdict; "
                f"{now}{differs})")


#: ``shown_none`` of :func:`recheck_quote` when the capture's bytes could not be read to decide it.
UNDECIDED = "undecided"


def made_on_no_text(q: dict[str, Any]) -> bool:
    """Whether logged quote verification ``q`` was made on no text because verify-quote decided from the
    capture's bytes that a browser shows none (sec60): its extraction holds an older extractor's text
    (``logged_text_not_shown``), or no extraction was logged of it (a download). A bundle decides it
    again from its own bytes (:func:`recheck_quote`)."""
    return bool(q.get("logged_text_not_shown")) or (q.get("no_text") is not None and q.get("extraction_seq") is None)


def _rerun(c: Checker, q: dict[str, Any], done: Recheck, text: str, page_text: str | None, hidden: Any) -> Recheck:
    """``done`` when re-running ``q`` on this text gives its logged verdict, offsets and digest; a
    failure (or, under other quote rules, a check not concluded) otherwise."""
    from archiver.quotes import QUOTE_RULES_VERSION

    seq, name = q["seq"], c.entries.get(q["seq"], {}).get("proof")
    found, shown = _rendered_text(c, q)
    if not found:
        return Recheck(False)
    result = _run(q, text, page_text, hidden, shown)
    c.quotes_checked += 1
    differ = [f"{k}: logged {q.get(k)!r}, re-run {result.get(k)!r}" for k in _QUOTE_FIELDS if q.get(k) != result.get(k)]
    if differ and q.get("quote_rules") != QUOTE_RULES_VERSION:
        # a verdict re-judged by other rules (a stricter one since) is no sign of tampering; the
        # reader is told what these rules say, and that the logged rules are needed to judge it
        c.warn(f"quote verification at position {seq} was made under quote rules "
               f"{q.get('quote_rules') or 'not recorded (before version 1)'} and these rules "
               f"({QUOTE_RULES_VERSION}) give another result ({'; '.join(differ)}): install the logged "
               "archiver version to judge it", name, "W_INCOMPLETE")
        return Recheck(False)
    if differ:
        c.fail(f"quote verification at position {seq} does not hold on the capture's archived text ("
               + "; ".join(differ) + ")", name)
        return Recheck(False)
    return done


def _version(data: dict[str, Any]) -> str | None:
    versions = data.get("extractor")
    found = versions.get("archiver-extract") if isinstance(versions, dict) else None
    return str(found) if found is not None else None


def recheck_quote(c: Checker, q: dict[str, Any], ext: tuple[int, dict[str, Any]] | None,
                  text_sha: str | None, page: Page | None, *, shown_none: str | None = None) -> Recheck:
    """Re-run logged quote verification ``q`` on the text it was made on; say whether it agrees
    and which text that was.

    A verification logged against text that is not the capture's logged extraction (an edited
    index, a forged entry) fails here, whatever its verdict says. When the text cannot be
    reproduced here (other extractor versions), or the re-run disagrees with a verdict logged
    under other quote rules (``quote_rules``), the check is reported as not concluded. One made
    on an extraction a later re-extraction superseded is re-run on that extraction's record, and
    also on the current extraction's text, whose verdict the report states beside it: the old
    text's verdict is never presented as the current text's.

    One logged as made on no text although its extraction holds an older extractor's text
    (``logged_text_not_shown``: verify-quote decided from the bytes that no browser shows text of
    them, sec60) is held to that decision made again here from the bundle's bytes (``shown_none``):
    re-run on the empty text when they show none, a failure when they read as a page or text; so is
    one of a capture no extraction was logged of (a download). :data:`UNDECIDED`: the bytes could not
    be read here (said already), the check is not concluded.
    """
    seq, name = q["seq"], c.entries.get(q["seq"], {}).get("proof")
    ext_seq = q.get("extraction_seq")
    made_on = c.entries.get(ext_seq) if isinstance(ext_seq, int) else None
    if made_on_no_text(q):
        if shown_none == UNDECIDED:
            return Recheck(False)
        if shown_none is None:
            c.fail(f"quote verification at position {seq} was made on no text (no_text: {q.get('no_text')}), but "
                   "the capture's bytes in this bundle read as a page or text a browser shows", name)
            return Recheck(False)
        if shown_none != q.get("no_text"):
            c.fail(f"quote verification at position {seq} says a browser shows no text of the capture because of "
                   f"{q.get('no_text')!r}; the bundle's bytes say {shown_none!r}", name)
            return Recheck(False)
        if ext is None and ext_seq is None and q.get("text_sha256") is None:  # (no extraction was logged)
            return _rerun(c, q, Recheck(True, "no_text"), "", None, None)
    logged_text = ((made_on or {}).get("data") or {}).get("text_sha256") or (ext[1].get("text_sha256") if ext else None)
    if not logged_text or q.get("text_sha256") != logged_text:
        c.fail(f"quote verification at position {seq} was made on text {q.get('text_sha256')}, not on the "
               f"capture's logged extracted text {logged_text}", name)
        return Recheck(False)
    article = c.articles.get(ext[0]) if ext and text_sha == logged_text else None
    # made on an extraction a later one superseded (`archiver reextract`): re-run on the text
    # that extraction's record holds, the record its own entry proves
    earlier = (logged_article(c, made_on.get("data") or {}) if made_on is not None and ext is not None
               and ext_seq != ext[0] else None)
    current: tuple[str, str | None, Any] | None = None
    if made_on_no_text(q):
        on = "no_text"  # (the verdict is on the text a browser shows of these bytes: none)
        text, page_text, hidden = "", None, None
    elif earlier is not None and sha256_label(str(earlier.get("text") or "").encode()) == logged_text:
        assert ext is not None and made_on is not None
        on = "superseded"
        text, page_text, hidden = (str(earlier.get("text") or ""), str(earlier.get("page_text") or "") or None,
                                   hidden_spans(earlier))
        current = _current_text(c, ext, text_sha)
    elif article is not None and ext is not None:
        # (the spans the logged extraction names, as the store judged by: a re-extraction by a
        # newer extractor may name spans an older one did not)
        on = "current"
        logged = logged_article(c, ext[1])
        text, page_text, hidden = article.text, article.page_text or None, hidden_spans(logged) if logged else None
    elif page is not None and q.get("where") != "page_text" and \
            sha256_label((page.text or "").encode()) == logged_text:
        on = "page"
        text, page_text, hidden = page.text or "", None, None  # the logged text, as pages.jsonl carries it
    else:
        c.warn(f"quote verification at position {seq} was not re-run: the text it was made on could not be "
               "reproduced here", name, "W_INCOMPLETE")
        return Recheck(False)
    done = _rerun(c, q, Recheck(True, on), text, page_text, hidden)
    if not done.ok or on != "superseded":
        return done
    shown = _rendered_text(c, q)[1]  # (found already: the re-run above read it)
    assert ext is not None and made_on is not None
    now = _run(q, *current, shown=shown)["verdict"] if current is not None else None
    return Recheck(True, on, made_on_seq=ext_seq, made_on_version=_version(made_on.get("data") or {}),
                   current_seq=ext[0], current_verdict=now, logged_verdict=q.get("verdict"))


def _current_text(c: Checker, ext: tuple[int, dict[str, Any]], text_sha: str | None
                  ) -> tuple[str, str | None, Any] | None:
    """The capture's current (newest) extraction's text, page text and hidden spans: as reproduced
    here, else as its record in the bundle holds it (its entry proves the record); None if neither."""
    logged = logged_article(c, ext[1])
    hidden = hidden_spans(logged) if logged else None
    article = c.articles.get(ext[0]) if text_sha else None
    if article is not None:
        return article.text, article.page_text or None, hidden
    if logged is not None and sha256_label(str(logged.get("text") or "").encode()) == ext[1].get("text_sha256"):
        return str(logged.get("text") or ""), str(logged.get("page_text") or "") or None, hidden
    return None


def _run(q: dict[str, Any], text: str, page_text: str | None, hidden: Any, shown: str | None = None
         ) -> dict[str, Any]:
    """The verification ``q`` logged, run again on this text."""
    from archiver.quotes import verify_quote

    try:
        result = verify_quote(str(q.get("quote") or ""), text, page_text=page_text, rendered_text=shown,
                              page_hidden=hidden).to_dict()
    except UsageError as exc:  # a quote these rules refuse to look for ("[sic]" alone, since rules 8)
        result = {"verdict": f"refused ({exc})"}
    result["verified_text_sha256"] = result.get("text_sha256")
    return result


def _rendered_text(c: Checker, q: dict[str, Any]) -> tuple[bool, str | None]:
    """(whether the re-run can go on, the text the capture's rendered page showed or None).

    A verification is re-run against the rendered text its capture's entry logs
    (``browser.rendered_text_record_id``/``_sha256``), read from the bundle's record, and must
    have been held to that very text: one logged under these rules without it, or with another,
    fails (a verdict that skipped what the reader saw is not this capture's verdict).
    """
    from archiver.quotes import QUOTE_RULES_VERSION

    seq, name = q["seq"], c.entries.get(q["seq"], {}).get("proof")
    cap_seq = q.get("capture_seq")
    cap = c.entries.get(cap_seq) if isinstance(cap_seq, int) else None
    part = ((cap or {}).get("data") or {}).get("browser")
    part = part if isinstance(part, dict) else {}
    logged, held = part.get("rendered_text_sha256"), q.get("rendered_text_sha256")
    if held != logged and (held is not None or q.get("quote_rules") == QUOTE_RULES_VERSION):
        c.fail(f"quote verification at position {seq} was held to rendered text {held}, not to the capture's "
               f"logged rendered text {logged}", name)
        return False, None
    if not logged:
        return True, None
    rid = str(part.get("rendered_text_record_id"))
    found = c.records.get(rid)
    if found is None or found[1].block_digest != logged:
        c.fail(f"the rendered text record {rid} that quote verification at position {seq} rests on is "
               "missing from the bundle or altered", found[0] if found else "archive/")
        return False, None
    try:
        return True, found[1].block.decode("utf-8")
    except UnicodeDecodeError:
        c.fail(f"{found[0]}: the rendered text record {rid} is not UTF-8", found[0])
        return False, None
