"""``provenance/bundle.json`` held to what the bundle proves.

The guide says which entries belong to which capture and repeats facts the proven entries hold
(the log's name and key, the checkpoint's size, the WACZ key and its ``key_created`` entry, the
time-stamp, each capture's URLs, origin and entry positions). It is a hint, never evidence:
nothing in it is believed. But a reader (or a tool) shown it may take it for the bundle's word,
so every fact it states must be the one the proven entries state; one that differs was edited
after export, and fails the bundle. A fact it leaves out (``null`` or absent, as in older
exports) claims nothing.
"""

from __future__ import annotations

from typing import Any

from archiver.export.bundle_json import GUIDE_FILE
from archiver.export.bundle_report import Checker

#: A guide capture's entry positions, and the report row's name for each.
_SEQS = (("extraction_seq", "extraction_log_seq"), ("quote_verification_seqs", "quote_verification_seqs"),
         ("correction_seqs", "correction_seqs"))


def check_guide(c: Checker, guide: dict[str, Any], captures: list[dict[str, Any]], wacz_key: str | None,
                wacz_key_seq: int | None) -> None:
    """Fail on each fact of ``guide`` (the decoded, shape-checked bundle.json) that the proven
    entries state otherwise; ``captures`` are the report's rows of the proven captures,
    ``wacz_key``/``wacz_key_seq`` the key that signed datapackage-digest.json and the position
    of the entry that committed to it (None: not established)."""
    from archiver.export import signing

    proven: dict[str, Any] = {
        "log_origin": c.origin,
        "log_key_fingerprint": c.verifier.fingerprint if c.verifier is not None else None,
        "checkpoint_size": c.checkpoint_size,
        "wacz_key_fingerprint": signing.fingerprint(wacz_key) if wacz_key is not None else None,
        "wacz_key_seq": wacz_key_seq,
    }
    for key, value in proven.items():
        if value is not None:  # (not established: a failed check already says why)
            _hold(c, key, guide.get(key), value)
    _hold_anchor(c, guide.get("time_anchor"))
    rows = {row["capture_id"]: row for row in captures}
    for i, cap in enumerate(guide.get("captures") or []):
        row = rows.get(cap.get("capture_id"))
        if row is None:  # a listed capture no proven entry describes: failed by the conclusion
            continue
        where = f"captures[{i}] ({row['capture_id']})"
        for key in ("url", "final_url", "origin"):
            _hold(c, key, cap.get(key), row[key], where)
        own, other = ("capture_seq", "import_seq") if row["origin"] == "captured" else ("import_seq", "capture_seq")
        _hold(c, own, cap.get(own), row["log_seq"], where)
        if cap.get(other) is not None:
            _hold(c, other, cap.get(other), None, where)
        for key, name in _SEQS:
            _hold(c, key, _sorted(cap.get(key)), _sorted(row[name]), where)


def _sorted(value: Any) -> Any:
    """A list of positions in order (the guide's order is no fact); any other value as it is."""
    if isinstance(value, list) and all(type(v) is int for v in value):
        return sorted(value)
    return value


def _hold(c: Checker, key: str, stated: Any, proven: Any, where: str | None = None) -> None:
    """Fail when ``stated`` (not null) is not ``proven``."""
    if stated is None or stated == proven:
        return
    what = f"{where} {key}" if where else key
    c.fail(f"provenance/bundle.json states {what} {stated!r}, but the proven entries say {proven!r}: the guide "
           "was edited after export", GUIDE_FILE)


def _hold_anchor(c: Checker, stated: Any) -> None:
    """The guide's time-stamp, if it states one, is the one the bundle holds and this check
    verified: each of its facts that is not null (``kind``, ``time``, ``issuer``) the verifier's
    own, and none stated when the bundle holds none (a guide of only ``"trusted": true`` is one).
    ``trusted`` says export checked the TSA's chain against a root; ``true`` where this check did
    not (no ``--tsa-root``) is the exporter's word, which no bundle proves: a warning naming it
    (the verifier's own result is in the report). ``false`` where this check verified the chain
    understates nothing a reader relies on."""
    if stated is None or (isinstance(stated, dict) and all(v is None for v in stated.values())):
        return  # (claims nothing)
    held = c.anchor
    if not isinstance(stated, dict) or held is None:
        _hold(c, "time_anchor", stated, None if held is None else {k: held.get(k) for k in _ANCHOR_FACTS})
        return
    facts = {k: stated.get(k) for k in _ANCHOR_FACTS if stated.get(k) is not None}
    if any(held.get(k) != v for k, v in facts.items()):
        _hold(c, "time_anchor", facts, {k: held.get(k) for k in facts})
        return
    trusted = stated.get("trusted")
    if trusted is not None and not isinstance(trusted, bool):
        _hold(c, "time_anchor trusted", trusted, held.get("trusted"))
    elif trusted and not held.get("trusted"):
        c.warn(f"{GUIDE_FILE} states time_anchor trusted true (export checked the TSA's certificate chain "
               "against a root it held), but this check did not verify the chain: that is the exporter's word, "
               "not proven here; pass --tsa-root with the TSA's root certificate", GUIDE_FILE, "W_ANCHOR_UNTRUSTED")


#: The facts of a time-stamp the guide states and the verifier establishes itself.
_ANCHOR_FACTS = ("kind", "time", "issuer")
