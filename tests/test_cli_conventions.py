"""Meta-tests: every command follows the CLI conventions (help text, --json, exit codes)."""

from __future__ import annotations

import json

import pytest
from cli import every_command
from click.testing import CliRunner

from archiver.cli import cli

COMMANDS = every_command()


@pytest.mark.parametrize("path", [p for p, _ in COMMANDS], ids=" ".join)
def test_every_command_has_help_text_and_a_json_option(path):
    cmd = dict(COMMANDS)[path]
    assert cmd.help and len(cmd.help.strip()) > 20
    options = {opt for param in cmd.params for opt in getattr(param, "opts", [])}
    assert "--json" in options


@pytest.mark.parametrize("path", [p for p, _ in COMMANDS], ids=" ".join)
def test_every_command_answers_help_with_exit_0(path):
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output


def test_an_unknown_command_is_a_usage_error_exit_2():
    result = CliRunner().invoke(cli, ["no-such-command"])
    assert result.exit_code == 2


def test_list_json_on_an_empty_store_is_exactly_one_json_document(tmp_path):
    from archiver.archive import Archive

    with Archive.open(tmp_path / "s") as arc:  # a store with its log, and no capture yet
        assert arc.log.size == 1
    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "s"), "list", "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []
