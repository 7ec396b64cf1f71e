"""Whether Chromium applies an ``@supports`` block: what :mod:`archiver.extract.style_rules` asks of one.

Why (rvsec70): an ``@supports (display:grid){.x{display:none}}`` was read as a condition some browser fails, so
its rules could show words but never hide them; Chromium 156 supports grid and hides ``.x``, and the words it hid
were ``exact``. A condition is now decided as Chromium 156 decides it, from a table Chromium itself made
(``css_supports.json``, written by ``bench/css_supports_table.py`` with ``CSS.supports()``):

* ``(property: value)``: a property Chromium does not know (``-ms-ime-align``, ``-moz-appearance``) is not
  supported, whatever its value; a custom property (``--x: ...``) always is; a known property's value is looked
  up in the table (the values the benchmark pages' ``@supports`` name and common ones);
* ``selector(...)``: looked up in the table;
* ``not``, ``and``, ``or`` and parentheses, in three-valued logic: what the table does not hold (a value it
  was not asked, ``font-tech()``, a form not read here) is *unknown*, and an unknown condition is read the safe
  way by the caller (its rules may hide, never show again: words are flagged as not shown rather than vouched
  for).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

import tinycss2


def atom_key(name: str, value: str) -> str:
    """The table's key of one ``(name: value)`` test: the name lower-cased, the value's white space collapsed
    (case kept: a string or a URL may hold capitals)."""
    return f"{name.strip().lower()}:{' '.join(value.split())}"


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(
        resources.files("archiver.extract").joinpath("css_supports.json").read_text(encoding="utf-8"))
    loaded["properties"] = frozenset(loaded["properties"])
    return loaded


def supports(prelude: list[Any] | str) -> bool | None:
    """Whether Chromium 156 applies an ``@supports`` block with this prelude (tinycss2's tokens or its text): True,
    False, or None when the table cannot say (module docstring)."""
    tokens = tinycss2.parse_component_value_list(prelude) if isinstance(prelude, str) else prelude
    return _condition(_significant(tokens))


def atoms(prelude: list[Any] | str) -> list[tuple[str, str]]:
    """The tests an ``@supports`` prelude makes, as ``("decl", key)`` and ``("selector", text)``: what
    ``bench/css_supports_table.py`` asks Chromium about."""
    tokens = tinycss2.parse_component_value_list(prelude) if isinstance(prelude, str) else prelude
    out: list[tuple[str, str]] = []
    for token in _significant(tokens):
        if token.type == "() block":
            declaration = _declaration(token.content)
            if declaration is not None:
                out.append(("decl", atom_key(*declaration)))
            else:
                out.extend(atoms(token.content))
        elif token.type == "function" and token.lower_name == "selector":
            out.append(("selector", _text(token.arguments)))
    return out


def _significant(tokens: list[Any]) -> list[Any]:
    return [t for t in tokens if t.type not in ("whitespace", "comment")]


def _text(tokens: list[Any]) -> str:
    return " ".join(tinycss2.serialize(tokens).split())


def _condition(tokens: list[Any]) -> bool | None:
    """A ``<supports-condition>``: ``not X``, or ``X`` joined by only ``and`` or only ``or``."""
    if not tokens:
        return None
    if tokens[0].type == "ident" and tokens[0].lower_value == "not":
        if len(tokens) != 2:
            return None
        inner = _in_parens(tokens[1])
        return None if inner is None else not inner
    values = [_in_parens(tokens[0])]
    joiner = None
    rest = tokens[1:]
    while rest:
        if len(rest) < 2 or rest[0].type != "ident" or rest[0].lower_value not in ("and", "or"):
            return None
        if joiner not in (None, rest[0].lower_value):  # (and/or mixed with no parentheses: not a condition)
            return None
        joiner = rest[0].lower_value
        values.append(_in_parens(rest[1]))
        rest = rest[2:]
    if joiner == "or":
        return True if True in values else (None if None in values else False)
    return False if False in values else (None if None in values else True)


def _in_parens(token: Any) -> bool | None:
    """A ``<supports-in-parens>``: a condition or a declaration in parentheses, or ``selector()``."""
    if token.type == "function":
        if token.lower_name == "selector":
            found = _table()["selectors"].get(_text(token.arguments))
            return None if found is None else bool(found)
        return None
    if token.type != "() block":
        return None
    declaration = _declaration(token.content)
    if declaration is None:
        return _condition(_significant(token.content))
    name, value = declaration
    name = name.lower()
    if name.startswith("--"):
        return True
    if name not in _table()["properties"]:
        return False
    found = _table()["declarations"].get(atom_key(name, value))
    return None if found is None else bool(found)


def _declaration(content: list[Any]) -> tuple[str, str] | None:
    """``(name, value)`` of a parenthesised ``name: value`` (its tokens), or None when it is not one."""
    inner = _significant(content)
    if len(inner) < 2 or inner[0].type != "ident" or inner[1] != ":":
        return None
    colon = next(i for i, t in enumerate(content) if t is inner[1])
    value = tinycss2.serialize(content[colon + 1:]).strip()
    return (inner[0].value, value) if value else None
