"""LogEntry writes its methods out instead of ``@dataclass(frozen=True, slots=True)`` making them at
import (issue 13: ~0.4 ms of one ``archive URL``'s start); it behaves as the dataclass it replaced,
held here against a dataclass made from the same fields."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from typing import Any

import pytest

from archiver.provenance.chain import LogEntry

Old = dataclasses.make_dataclass("LogEntry", [
    ("seq", int), ("type", str), ("time", str), ("data", dict, dataclasses.field(hash=False)),
    ("line", bytes, dataclasses.field(repr=False)), ("entry_hash", str, dataclasses.field(default="")),
    ("offset", Any, dataclasses.field(default=None, compare=False, repr=False)),
], frozen=True, slots=True)

ARGS = [(1, "capture", "2026-11-30T16:00:00.000000Z", {"url": "http://a/"}, b'{"seq":1}', "sha256:ab", 0),
        (2, "extraction", "2026-11-30T16:00:01.000000Z", {}, b'{"seq":2}'),
        (3, "note", "t", {"k": [1, 2]}, b"x", "", 99)]


@pytest.mark.parametrize("args", ARGS)
def test_a_log_entry_has_the_dataclass_repr_comparison_and_hash(args: tuple[Any, ...]) -> None:
    new, old = LogEntry(*args), Old(*args)
    assert repr(new) == repr(old)
    assert [getattr(new, f.name) for f in dataclasses.fields(Old)] == [getattr(old, f.name) for f in dataclasses.fields(Old)]
    assert hash(new) == hash(old)
    moved = LogEntry(*args[:6], offset=12345) if len(args) > 5 else LogEntry(*args, offset=12345)
    assert moved == new and hash(moved) == hash(new)  # the offset is left out of both, as before
    assert new != LogEntry(args[0], args[1], args[2], {"other": 1}, args[4])
    assert new != old  # another class: no equality, as between two dataclasses


def test_a_log_entry_is_frozen_slotted_and_survives_a_pickle_and_a_copy() -> None:
    entry = LogEntry(*ARGS[0])
    with pytest.raises(dataclasses.FrozenInstanceError):
        entry.seq = 2  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del entry.offset  # type: ignore[misc]
    assert not hasattr(entry, "__dict__")
    for again in (pickle.loads(pickle.dumps(entry)), copy.copy(entry), copy.deepcopy(entry)):
        assert again == entry and again.offset == entry.offset == 0


def test_an_entry_placed_at_an_offset_is_the_same_entry_there() -> None:
    # what dataclasses.replace(entry, offset=...) gave the log reader before
    entry = LogEntry(*ARGS[1])
    placed = entry.with_offset(4096)
    assert placed.offset == 4096 and entry.offset is None
    assert placed == entry and repr(placed) == repr(entry)
    assert dataclasses.replace(Old(*ARGS[1]), offset=4096).offset == placed.offset
