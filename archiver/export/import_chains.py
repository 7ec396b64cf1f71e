"""The redirect and refresh chain an imported page was reached by, rebuilt from the file's own records.

A native capture of a URL that redirects (``301 -> 302 -> the article``) or forwards its reader by a refresh of no
delay records every hop: the URL requested, each response, the page it ends at; ``show``, ``list``, ``cite`` and
the manifest name them. An imported file holds the same records, but until imp71 each page was imported alone: its
capture named the article as the URL requested, the chain was lost (our own bundle's too, whose log lists it), and
a redirect carrying an HTML body became a capture of its own.

Two sources, never mixed:

- a bundle of ours that verified here: the capture manifests its signed log proves name each capture's hops
  (:func:`proven_chains`): the chain is the one that log states, hop for hop;
- any other file (another tool's, or one of ours that proves nothing): each response a browser leaves at once (a
  redirect's ``Location``, read as :func:`~archiver.capture.redirects.redirect_target` reads it, or a refresh of
  no delay, as :func:`~archiver.capture.redirects.refresh_target` reads it: the rules a native capture follows) is
  linked to the first later response of the URL it leads to that no other hop leads to and that is not dated
  before it (:func:`linked_chains`). Nothing else links two responses: a redirect whose target the file does not
  hold, or one back to a URL its chain has been to, ends no chain, and no hop is invented.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from archiver.capture.fetch import wire_uri
from archiver.capture.manifest import Manifest
from archiver.capture.redirects import is_redirect, redirect_target, refresh_target
from archiver.capture.warc import StoredRecord, parse_http_head, split_http_message
from archiver.core.mime import differing_locations
from archiver.core.warc_dates import parse_warc_date
from archiver.errors import ArchiverError

#: A record as an import holds it: the store name of the WARC it was copied to, and the record.
Held = tuple[str, StoredRecord]


class _RecordAnswer(NamedTuple):
    """An imported response record as :func:`~archiver.capture.redirects.refresh_target` reads a fetched hop."""

    url: str
    status: int
    headers: tuple[tuple[str, str], ...]
    block: bytes

    def final_response(self) -> bytes:
        return self.block


def forwarded_to(rec: StoredRecord) -> str | None:
    """The URL a browser goes to at once from the response ``rec`` records, or None.

    A redirect by its own head (a response's, or a revisit's: WARC 1.1 gives a revisit its own response's head),
    or, for a response record that is no redirect, a refresh of no delay (its ``Refresh`` field or its HTML's
    ``<meta>``). A redirect naming two different Locations leads nowhere (Chromium refuses it), as in a capture.
    """
    if rec.rec_type not in ("response", "revisit"):
        return None
    try:
        status_line, headers = parse_http_head(split_http_message(rec.block)[0])
        status = int(status_line.split(" ", 2)[1])
    except (ValueError, IndexError, ArchiverError):
        return None
    url = rec.target_uri or ""
    if is_redirect(status, differing_locations(headers)):
        return redirect_target(status, headers, url)
    if rec.rec_type != "response":  # (a revisit's body is another record's: its own head alone is read)
        return None
    return refresh_target(_RecordAnswer(url, status, tuple(headers), rec.block), allow_credentials=True)


def linked_chains(records: Iterable[Held]) -> dict[str, tuple[Held, ...]]:
    """For each response or revisit record reached through others: those others, first first (see the module).

    Records are taken in file order: a hop leads to the first *later* response of its target that no earlier hop
    leads to and that is not dated before it (a capture records its hops in the order it made them). A chain
    never goes back to a URL it has been to (a page that reloads itself, a redirect loop): it ends there, as a
    capture ends at such a page. Linear in the number of records, however long a chain a file holds.
    """
    answers = [held for held in records if held[1].rec_type in ("response", "revisit")
               and (held[1].target_uri or "").startswith(("http://", "https://"))]
    wires = [wire_uri(rec.target_uri or "") for _, rec in answers]
    at: dict[str, list[int]] = {}
    for i, wire in enumerate(wires):
        at.setdefault(wire, []).append(i)
    before: dict[int, int] = {}  # a record -> the hop that leads to it
    start: dict[int, int] = {}  # a record -> the first hop of its chain
    been: dict[int, set[str]] = {}  # a chain's first hop -> the URLs the chain has been to
    for i, (_, rec) in enumerate(answers):
        first = start.setdefault(i, i)
        seen = been.setdefault(first, {wires[i]})
        target = forwarded_to(rec)
        if target is None or wire_uri(target) in seen:
            continue
        wire, when = wire_uri(target), parse_warc_date(rec.date)
        for j in at.get(wire, ()):
            then = parse_warc_date(answers[j][1].date)
            if j > i and j not in before and not (when is not None and then is not None and then < when):
                before[j], start[j] = i, first
                seen.add(wire)
                break
    chains: dict[str, tuple[Held, ...]] = {}
    leading = set(before.values())
    for end in before:
        if end in leading:
            continue  # (a hop on the way: its chain is its end's)
        hops = [before[end]]
        while hops[-1] in before:
            hops.append(before[hops[-1]])
        chains[answers[end][1].record_id] = tuple(answers[i] for i in reversed(hops))
    return chains


def proven_chains(manifests: Iterable[Manifest], records: Iterable[Held]) -> dict[str, tuple[Held, ...]]:
    """For each capture of a verified bundle of ours that had hops before its page: their response records, first
    first, as its manifest (proven by the bundle's signed log) names them. A manifest naming a record the file
    does not hold gives no chain (the page is then imported as reached directly, as before imp71)."""
    by_id = {rec.record_id: (name, rec) for name, rec in records}
    out: dict[str, tuple[Held, ...]] = {}
    for m in manifests:
        earlier = [by_id.get(hop.response_record_id) for hop in m.hops[:-1]]
        held = tuple(h for h in earlier if h is not None)
        if held and len(held) == len(earlier):
            out[m.final_hop.response_record_id] = held
    return out


def hop_record_ids(chains: dict[str, tuple[Held, ...]]) -> set[str]:
    """The records that are hops on the way to a page: parts of that page's capture, never captures of their own."""
    return {rec.record_id for chain in chains.values() for _, rec in chain}


__all__ = ["Held", "forwarded_to", "hop_record_ids", "linked_chains", "proven_chains"]
