"""Which unsigned lines of a log this machine's writers wrote: the appends recorded beside the key.

Anyone who can write the store can append a well-formed line with the right ``prev`` (no key
needed). Before this record, the owner's next writing command signed such a line, since it
could not tell it from lines a killed process of ours had left. Now every writer records, in the
key folder's ``<origin>.log.json`` and *before* writing them, the appends it is about to make
to each store (``from_seq``..``to_seq``, the hash of the last line, and each line's hash for the
newest append, until the next writer confirms it landed whole). A writer appends or signs only
when every line after the last checkpoint is covered by such a record and the log's last line
is the one recorded; otherwise it refuses, naming the lines (``archiver log adopt`` accepts
them explicitly). Signing clears the store's record.

Each append is recorded as one line of the key folder's append journal (one fsync), which
replaces the store's recorded spans; a checkpoint folds the journal into ``<origin>.log.json``
(:mod:`archiver.provenance.keys`). The spans here are the two combined.

A record written before appends were recorded (no ``appends`` key) trusts the unsigned lines
present at the first append, as before; the first signature makes the record strict.
"""

from __future__ import annotations

from typing import Any

from archiver.errors import IntegrityError, MalformedEntry, StoreError
from archiver.provenance import keys
from archiver.provenance.chain import decode_entry, line_hash

Span = dict[str, Any]


def recorded_spans(record: keys.LogRecord | None, place: str) -> list[Span] | None:
    """The recorded appends of the store at ``place``; None when the record predates them."""
    if record is None or record.appends is None:
        return None
    spans = []
    for span in record.appends:
        if span.get("store") != place:
            continue
        try:
            first, last, tail = int(span["from_seq"]), int(span["to_seq"]), str(span["last_line_hash"])
            hashes = [str(h) for h in span.get("line_hashes") or []]
        except (KeyError, TypeError, ValueError) as exc:
            raise StoreError(f"the log record {record.path} holds an unreadable append: {exc}") from exc
        spans.append({"store": place, "from_seq": first, "to_seq": last, "last_line_hash": tail,
                      "line_hashes": hashes})
    return spans


def _seqs(first: int, last: int) -> str:
    return f"entry {first}" if first == last else f"entries {first}..{last}"


def unrecorded(first: int, last: int) -> IntegrityError:
    """The one-line refusal for lines no writer of this machine recorded."""
    return IntegrityError(
        f"log.jsonl has {_seqs(first, last)} after the last signed checkpoint that no archiver process "
        "of this machine wrote (added by hand, or from another machine's copy of the key): refusing to "
        f"append or sign over them; inspect them with `archiver log show`, then remove them from the end "
        f"of provenance/log.jsonl, or accept them with `archiver log adopt {first}..{last}`"
    )


def settle(spans: list[Span] | None, place: str, *, signed: int, size: int, tail: str | None) -> list[Span]:
    """Check that the log's unsigned lines (``signed``..``size - 1``, the last hashing to ``tail``)
    are this machine's recorded appends; return them as one confirmed span.

    Spans that never landed (a process killed before writing) are dropped; one that landed in
    part (a torn write, repaired) is confirmed up to its last whole line by that line's hash.

    Raises:
        IntegrityError: a line no span covers, or a last line that is not the recorded one.
    """
    if size <= signed:
        return []
    confirmed: list[Span] = [{"store": place, "from_seq": signed, "to_seq": size - 1, "last_line_hash": tail}]
    if spans is None:  # a record from before appends were recorded: trusted as before
        return confirmed
    live = sorted((s for s in spans if s["to_seq"] >= signed and s["from_seq"] < size),
                  key=lambda s: int(s["from_seq"]))
    expect = signed
    for span in live:
        if span["from_seq"] > expect:
            raise unrecorded(expect, span["from_seq"] - 1)
        expect = max(expect, span["to_seq"] + 1)
    if expect < size:
        raise unrecorded(expect, size - 1)
    last = size - 1
    for span in live:
        if not span["from_seq"] <= last <= span["to_seq"]:
            continue
        hashes = span["line_hashes"]
        want = span["last_line_hash"] if span["to_seq"] == last else (
            hashes[last - span["from_seq"]] if len(hashes) > last - span["from_seq"] else None)
        if want == tail:
            return confirmed
    raise IntegrityError(
        f"entry {last} of log.jsonl is not the line this machine's archiver wrote there (it was edited or "
        "replaced): refusing to append or sign; `archiver log verify` and `archiver log show` show the log; "
        "restore provenance/log.jsonl from a backup"
    )


def pending(place: str, first: int, lines: list[bytes]) -> Span:
    """The span recorded before writing ``lines`` at ``first``..: every line's hash, so a write
    cut short by a crash is confirmed up to its last whole line."""
    hashes = [line_hash(line) for line in lines]
    return {"store": place, "from_seq": first, "to_seq": first + len(lines) - 1,
            "last_line_hash": hashes[-1], "line_hashes": hashes}


def check_chain(lines: list[bytes], first: int, before: str | None) -> None:
    """The unsigned lines chain on from the signed ones (each ``seq`` its position, each ``prev``
    the hash of the line before): with the last line's recorded hash, that pins every one.

    Raises:
        IntegrityError: a line that does not.
    """
    prev = before
    for i, line in enumerate(lines):
        try:
            entry = decode_entry(line)
            ok = entry.seq == first + i and entry.prev == prev
        except MalformedEntry:
            ok = False
        if not ok:
            raise IntegrityError(
                f"entry {first + i} of log.jsonl does not chain on from the one before it (edited, inserted "
                "or removed after the last signed checkpoint): refusing to sign; `archiver log verify` "
                "shows where; restore provenance/log.jsonl from a backup"
            )
        prev = line_hash(line)
