"""What a ``correction`` entry must be to correct anything: one rule for every reader.

``archiver correct`` writes a correction entry naming the capture (``capture_id``, ``capture_seq``),
the extraction it was made on (``extraction_seq``), each field's value before and after, and the
fingerprint of the log key that signs it. A line written by hand and accepted with ``log adopt``
is signed like any other, and may say anything: another key, a ``capture_seq`` that is a string, a
title that is a list. Each reader held it to a different part of that (``verify-bundle`` the key,
``show`` and ``cite`` the shapes, ``log verify`` nothing), so a claim one refused another
repeated ("corrected ... key <another key>"). Here is the rule they share: the statements
(``show``, ``cite``, ``export``, ``diff`` through :mod:`archiver.corrections`), ``verify-bundle``
and ``log verify`` (``E_CORRECTION``) refuse the same entries, in the same words.

A log has one key (no rotation), and every correction entry ever written names it, so a
correction naming another signer states something false about who made it: it corrects nothing.
So does one naming, as the entries it rests on, something that is no entry position: what it
says it replaced is then held to no extraction. So does one whose ``reason`` is no text:
``archiver correct`` refuses a correction without the user's words, and a list or a number was
shown converted (``"['x']"``) as if someone had written it. A change of one field in another shape
corrects that field only. ``log verify`` also holds each entry position named to an entry of the
right type about the same capture (:func:`link_problems`), as a proof holds it (``E_PROOF_LINK``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from archiver.errors import MalformedEntry
from archiver.provenance.chain import REFERRED_TYPES, entries_of_type, parse_line

#: Where a reader finds the entry at a log position (None: there is none, or it does not parse):
#: the whole log's lines (:func:`entries_in`) or a bundle's proven entries.
EntryAt = Callable[[int], "dict[str, Any] | None"]

#: Metadata fields a user may correct (names of :class:`archiver.extract.model.Article` fields).
CORRECTABLE = ("title", "authors", "published", "outlet")
#: The entries a correction rests on, by position: ``archiver correct`` writes a number, or null
#: (a capture without an extraction); the types each may name are :data:`chain.REFERRED_TYPES`.
REFERENCES = tuple(REFERRED_TYPES)
#: Longest value quoted in a message (a hand-written list can be long).
_SHOWN = 120


def well_formed(name: str, change: Any) -> bool:
    """Whether ``change`` is one ``archiver correct`` writes for field ``name``: ``{"old",
    "new"}`` (``organizations`` beside the authors), the authors as lists of names, the other
    fields text (the old value none when nothing was extracted)."""
    if not isinstance(change, dict):
        return False
    old, new = change.get("old"), change.get("new")
    if name == "authors":
        return all(isinstance(v, list) and all(isinstance(x, str) for x in v) for v in (old or [], new))
    return isinstance(new, str) and (old is None or isinstance(old, str))


def changes(data: dict[str, Any]) -> dict[str, Any]:
    """The entry's ``fields`` (``{}`` when it is no object)."""
    raw = data.get("fields")
    return raw if isinstance(raw, dict) else {}


def malformed_fields(data: dict[str, Any]) -> tuple[str, ...]:
    """The correctable fields the entry changes in another shape than ``archiver correct`` writes."""
    return tuple(sorted(k for k, v in changes(data).items() if k in CORRECTABLE and not well_formed(k, v)))


def refusals(seq: int, data: dict[str, Any], log_key: str | None, entry_at: EntryAt | None = None) -> list[str]:
    """Why correction entry ``seq`` (its ``data``) corrects nothing at all, one sentence each
    (``[]``: it corrects its well-formed fields). ``log_key``: the fingerprint of the log's key
    (None: not established, which the caller reports; the signer is then not compared).
    ``entry_at``: the log's entries by position, to hold the positions the entry names to entries
    of its capture (:func:`link_problems`); every reader that has the log passes it, so ``show``,
    ``cite`` and ``export`` refuse what ``log verify`` refuses (before, only ``log verify`` did)."""
    out = []
    cid = data.get("capture_id")
    if not isinstance(cid, str):
        out.append(f"the correction at log entry {seq} names capture_id {_shown(cid)}, which is no capture id: "
                   "it corrects nothing")
    for name in REFERENCES:
        ref = data.get(name)
        if ref is not None and not (type(ref) is int and ref >= 0):
            out.append(f"the correction at log entry {seq} names {name} {_shown(ref)}, which is no entry's "
                       "position (archiver correct writes a number): it corrects nothing")
    reason = data.get("reason")
    if not isinstance(reason, str) or not reason.strip():
        out.append(f"the correction at log entry {seq} gives as its reason {_shown(reason)}, which is no text "
                   "(archiver correct writes the user's words, and refuses a correction without them): "
                   "it corrects nothing")
    named = data.get("key_fingerprint")
    if log_key is not None and named != log_key:
        out.append(f"the correction at log entry {seq} says it is signed by key {_shown(named)}, but the log's key "
                   f"is {log_key}: no other key signs this log, so it corrects nothing")
    if not out and entry_at is not None:  # (one that corrects nothing already says so: no second word)
        out += link_problems(seq, data, entry_at)
    return out


def field_problems(seq: int, data: dict[str, Any]) -> list[str]:
    """One sentence for each change of the entry that corrects nothing for its shape."""
    return [f"the correction at log entry {seq} changes {name} in another shape than archiver correct writes "
            f"({_shown(changes(data)[name])}): it corrects nothing" for name in malformed_fields(data)]


def problems(seq: int, data: dict[str, Any], log_key: str | None, entry_at: EntryAt | None = None) -> list[str]:
    """Every sentence :func:`refusals` and :func:`field_problems` say of entry ``seq``."""
    return refusals(seq, data, log_key, entry_at) + field_problems(seq, data)


def entries_in(lines: list[bytes]) -> EntryAt:
    """The entry at each position of the whole log's ``lines`` (entry N is ``lines[N]``)."""
    return lambda seq: _entry_at(lines, seq)


def broken_corrections(lines: list[bytes], log_key: str, disputed: str | None = None) -> list[tuple[int, int, str]]:
    """(seq, line number, sentence) of each problem of the correction entries of ``lines`` (the
    whole log, as ``log verify`` reads it; only lines ending as a correction entry are parsed).

    ``disputed``: the fingerprint of the other key in a dispute the caller reported once (the key
    ``log.pub`` names is not the one the check was given): which of the two signs the log is that
    finding's, so a correction naming either is not refused for its signer, and one naming a
    third key still is."""
    out: list[tuple[int, int, str]] = []
    entry_at = entries_in(lines)
    for number, seq, data in entries_of_type(lines, "correction"):
        key = None if disputed is not None and data.get("key_fingerprint") in (log_key, disputed) else log_key
        out += [(seq, number, message) for message in problems(seq, data, key, entry_at)]
    return out


def link_problems(seq: int, data: dict[str, Any], entry_at: EntryAt) -> list[str]:
    """One sentence for each entry position correction ``seq`` names (``capture_seq``,
    ``extraction_seq``) that is not an entry of the right type about the same capture, as
    ``entry_at`` finds the log's entries.

    Why: the value a correction replaced is held to the extraction it names; one naming another
    capture's extraction (or its own capture's entry as the extraction) states a value "before"
    that no extraction of this capture held, and ``log verify`` passed it while a proof of the same
    entry fails (``E_PROOF_LINK``). A position past the correction itself, or a line that does not
    parse, is named too (the per-entry checks say what is wrong with that line)."""
    out = []
    cid = data.get("capture_id")
    for name, kinds in REFERRED_TYPES.items():
        ref = data.get(name)
        if type(ref) is not int:
            continue  # (null: none was logged; another shape: refusals said so)
        entry = entry_at(ref) if ref < seq else None
        if entry is None:
            out.append(f"the correction at log entry {seq} names {name} {ref}, which is no entry before it: "
                       "what it says it replaced is held to no entry, so it corrects nothing")
            continue
        kind, about = entry.get("type"), entry.get("data")
        about = about if isinstance(about, dict) else {}
        if kind not in kinds:
            out.append(f"the correction at log entry {seq} names {name} {ref}, but entry {ref} is a {kind} entry, "
                       f"not {' or '.join(kinds)}: what it says it replaced is held to no entry of its capture, so it "
                       "corrects nothing")
        elif cid not in _captures_of(kind, about):
            out.append(f"the correction at log entry {seq} corrects capture {_shown(cid)}, but its {name} {ref} is "
                       f"an entry about {_shown(sorted(_captures_of(kind, about)))}: what it says it replaced is held to "
                       "another capture, so it corrects nothing")
    return out


def _entry_at(lines: list[bytes], seq: int) -> dict[str, Any] | None:
    """Entry ``seq`` of the log's ``lines`` (None: no such line, or one that is not that entry)."""
    if not 0 <= seq < len(lines):
        return None
    try:
        obj, _ = parse_line(lines[seq])
    except MalformedEntry:
        return None
    return obj if isinstance(obj, dict) and obj.get("seq") == seq else None


def _captures_of(kind: Any, data: dict[str, Any]) -> set[str]:
    """The capture ids an entry is about: a capture's or extraction's own, an import's each."""
    if kind == "import":
        made = data.get("captures")
        return {str(c.get("capture_id")) for c in made if isinstance(c, dict)} if isinstance(made, list) else set()
    return {str(data.get("capture_id"))}


def _shown(value: Any) -> str:
    """``repr`` of a value a message quotes, cut to a readable length."""
    text = repr(value)
    return text if len(text) <= _SHOWN else text[:_SHOWN - 3] + "..."
