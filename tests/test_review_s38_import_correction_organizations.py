"""An import's note on a bundle's authors correction names its organisations as organisations.

A colleague corrects a capture's authors to an organisation and a person (``archiver correct
--organization "Human Rights Watch" --author "Anna Berg"``: their log records which is corporate,
and their citation gives the organisation whole). Importing the bundle does not apply the
correction, and says which command would: that command gave every name as ``--author``, so run
here it cited "Human Rights Watch" as a person (family "Watch", given "Human Rights"): not the
colleague's correction. The command gives each organisation with ``--organization``, in order, and
``--json`` lists them (``organizations``)."""

from __future__ import annotations

import json
import shlex
from pathlib import Path
from typing import Any

import pytest
from bundles import colleague_bundle, pin_bundle_key
from cli import run_cli

PAGE = (b"<html><head><title>Detention report</title></head><body><article><h1>Detention report</h1>"
        b"<p>The report found that detainees were held for weeks without access to a lawyer.</p>"
        b"</article></body></html>")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    path, cid = colleague_bundle(tmp_path_factory.mktemp("import-correction-orgs"), PAGE, "--organization",
                                 "Human Rights Watch", "--author", "Anna Berg", "--reason", "credited on the report's cover")
    return {"bundle": path, "capture_id": cid}


@pytest.fixture
def imported(bundle: dict[str, Any], store: Path, key_dir: Path) -> dict[str, Any]:
    pin_bundle_key(bundle["bundle"])
    proc = run_cli("import", str(bundle["bundle"]), "--json", store=store)
    assert proc.returncode == 0, proc.stderr
    return {**bundle, "proc": proc, "doc": json.loads(proc.stdout)}


def test_the_note_s_command_gives_an_organisation_as_an_organisation(imported):
    note = next(line for line in imported["proc"].stderr.splitlines() if line.startswith("note:"))
    command = note.split("to apply it here: ", 1)[1]
    assert shlex.split(command)[:7] == ["archiver", "correct", imported["capture_id"], "--organization",
                                        "Human Rights Watch", "--author", "Anna Berg"]


def test_the_json_lists_the_corrections_organisations(imported):
    [c] = imported["doc"]["corrections_not_applied"]
    assert c["value"] == ["Human Rights Watch", "Anna Berg"] and c["organizations"] == ["Human Rights Watch"]
