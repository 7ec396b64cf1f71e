"""JSON text as archiver writes it (``--json`` and ``--nl`` output, bundle and receipt files, the
index's and the batch's stored JSON, key files): never a value record written as an array.

Why: the value records (``Notice``, ``Hop``, ``FetchOptions``, ...) are ``typing.NamedTuple``\\ s,
and a NamedTuple is a tuple: ``json`` and ``rfc8785`` write one, without a word, as a positional
array, its field names lost (``["correction", "An earlier version ..."]``) where its
``to_dict()`` was meant, in a file or an output a script relies on for good. ``json``'s encoder
asks no hook about a tuple (its ``default`` is called only for what it cannot write), so the
value is looked through first, here, and a record is refused with
:class:`~archiver.errors.RecordInJSONError` (a bug of ours, said to be one: "internal error").

Every JSON writer of the package goes through :func:`dumps` (canonical JSON through
:func:`archiver.core.canonical.canonical_json`, which refuses one the same way):
tests/test_json_records.py holds the package to it. What converts a record itself
(``to_dict()``, ``_asdict()``) writes an object, as it always did.
"""

from __future__ import annotations

import json
from typing import Any

from archiver.errors import RecordInJSONError

#: What holds no value: written as it is (the common case, tested first).
#: The largest integer a JSON number holds exactly (I-JSON, RFC 7493; canonical JSON, RFC 8785, refuses any past
#: it): the one bound canonical JSON, the log's entries and the option records that go into them are held to.
MAX_SAFE_INT = 2**53 - 1

_LEAVES = frozenset({str, int, float, bool, type(None)})


def refuse_records(value: Any) -> None:
    """Raise :class:`~archiver.errors.RecordInJSONError` if ``value`` holds a NamedTuple record
    anywhere (in an object's values or an array's items); otherwise nothing.

    Iterative (a deep value cannot exhaust the stack here; ``json`` itself then says how deep
    it may go), each container looked at once (a cycle ends here; ``json`` then refuses it),
    and the path to a record worked out only on failure.
    """
    stack = [value]
    seen: set[int] = set()
    pop, extend, mark = stack.pop, stack.extend, seen.add
    while stack:
        item = pop()
        kind = type(item)
        if kind in _LEAVES:
            continue
        if id(item) in seen:
            continue
        mark(id(item))
        if kind is dict:
            extend(item.values())
        elif kind is list or kind is tuple:
            extend(item)
        elif isinstance(item, tuple) and hasattr(kind, "_fields"):
            where = _path_to(value, item) or "$"
            raise RecordInJSONError(f"a {kind.__name__} record at {where} would be written as a JSON "
                                    "array, its field names lost: write its to_dict()")
        elif isinstance(item, dict):
            extend(item.values())
        elif isinstance(item, (list, tuple)):
            extend(item)


def dumps(value: Any, **options: Any) -> str:
    """``json.dumps(value, **options)``, refusing a value record (see :func:`refuse_records`)."""
    refuse_records(value)
    return json.dumps(value, **options)


def _path_to(value: Any, record: Any, where: str = "$") -> str | None:
    """Where ``record`` (this very object) lies in ``value``, as ``$.key[0]``; None if it does not."""
    if value is record:
        return where
    pairs: Any
    if isinstance(value, dict):
        pairs = ((f"{where}.{key}", item) for key, item in value.items())
    elif isinstance(value, (list, tuple)) and not hasattr(type(value), "_fields"):
        pairs = ((f"{where}[{i}]", item) for i, item in enumerate(value))
    else:
        return None
    for place, item in pairs:
        found = _path_to(item, record, place)
        if found is not None:
            return found
    return None


__all__ = ["dumps", "refuse_records"]
