"""A JSON Schema (draft 7) for CSL-JSON items, ours, built from the CSL vocabulary citeproc-py installs.

Our own text, not a copy of the CSL project's csl-data.json: the structure below is written from
the CSL-JSON field list of the CSL 1.0.2 specification (an item is an object with an ``id`` and a
``type``; a name variable is a list of names, each with its name parts or a ``literal``; a date
variable is an object with ``date-parts`` or a ``literal``/``raw`` form; a number variable is a
string or a number; every other variable is a string; no other key). The item types and the
variable names are read, when a test asks, from the RELAX NG files of the CSL schema that
citeproc-py (a test dependency, from PyPI) installs beside its code
(``citeproc/data/schema/schemas/styles/csl-types.rnc`` and ``csl-variables.rnc``), so the lists
are the CSL project's own and follow the installed version.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

NAME_PARTS = ("family", "given", "dropping-particle", "non-dropping-particle", "suffix", "literal")
# Fields of CSL-JSON that are not CSL variables (the specification's item fields).
OTHER_FIELDS: dict[str, Any] = {
    "categories": {"type": "array", "items": {"type": "string"}},
    "journalAbbreviation": {"type": "string"},
    "shortTitle": {"type": "string"},
    "custom": {"type": "object"},
}


def rnc_folder() -> Path:
    import citeproc  # here: every xdist worker imports each test module

    return Path(citeproc.__file__).parent / "data" / "schema" / "schemas" / "styles"


def rnc_choices(text: str, name: str) -> list[str]:
    """The quoted strings of the RELAX NG compact definition ``name = "a" | "b" ...`` (comments dropped)."""
    body = re.sub(r"#[^\n]*", "", text)
    match = re.search(rf"^\s*{re.escape(name)}\s*=(.*?)(?=^\s*[\w.-]+\s*=|\}})", body, re.M | re.S)
    if match is None:
        raise LookupError(f"no definition {name!r}")
    return re.findall(r'"([^"]+)"', match.group(1))


@functools.cache
def vocabulary() -> dict[str, list[str]]:
    """CSL's item types and variables by kind, as the installed citeproc-py's schema files list them."""
    folder = rnc_folder()
    types = (folder / "csl-types.rnc").read_text(encoding="utf-8")
    variables = (folder / "csl-variables.rnc").read_text(encoding="utf-8")
    return {
        "types": rnc_choices(types, "item-types"),
        "dates": rnc_choices(variables, "variables.dates"),
        "names": rnc_choices(variables, "variables.names"),
        "numbers": rnc_choices(variables, "variables.numbers"),
        "strings": rnc_choices(variables, "variables.strings") + rnc_choices(variables, "variables.titles"),
    }


def _name() -> dict[str, Any]:
    props: dict[str, Any] = {part: {"type": "string"} for part in NAME_PARTS}
    props["comma-suffix"] = {"type": ["string", "number", "boolean"]}
    props["static-ordering"] = {"type": ["string", "number", "boolean"]}
    props["parse-names"] = {"type": ["string", "number", "boolean"]}
    return {"type": "object", "properties": props, "additionalProperties": False,
            "anyOf": [{"required": ["family"]}, {"required": ["literal"]}, {"required": ["given"]}]}


def _date() -> dict[str, Any]:
    part = {"type": ["string", "number"]}
    parts = {"type": "array", "items": {"type": "array", "items": part, "minItems": 1, "maxItems": 3},
             "minItems": 1, "maxItems": 2}
    return {"type": "object", "additionalProperties": False,
            "properties": {"date-parts": parts, "season": {"type": ["string", "number"]},
                           "circa": {"type": ["string", "number", "boolean"]},
                           "literal": {"type": "string"}, "raw": {"type": "string"}, "edtf": {"type": "string"}},
            "anyOf": [{"required": ["date-parts"]}, {"required": ["literal"]}, {"required": ["raw"]},
                      {"required": ["edtf"]}]}


@functools.cache
def csl_items_schema() -> dict[str, Any]:
    """The schema of a CSL-JSON document: an array of items."""
    vocab = vocabulary()
    props: dict[str, Any] = {"id": {"type": ["string", "number"]}, "type": {"type": "string", "enum": vocab["types"]}}
    props.update({v: {"$ref": "#/definitions/date"} for v in vocab["dates"]})
    props.update({v: {"type": "array", "items": {"$ref": "#/definitions/name"}} for v in vocab["names"]})
    props.update({v: {"type": ["string", "number"]} for v in vocab["numbers"]})
    props.update({v: {"type": "string"} for v in vocab["strings"]})
    props.update(OTHER_FIELDS)
    item = {"type": "object", "properties": props, "required": ["id", "type"], "additionalProperties": False}
    return {"$schema": "http://json-schema.org/draft-07/schema#", "type": "array", "items": item,
            "definitions": {"name": _name(), "date": _date()}}
