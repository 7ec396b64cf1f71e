"""`archiver` imports a command's module only when that command runs; `--help` imports none.

Start-up was mostly imports of libraries the command at hand never used (issue 13: `--help`
207 ms, pypdf loaded to archive an HTML page). The table `--help` reads from must stay true to
the commands themselves.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click

from archiver.cli import LAZY_COMMANDS, LazyArchiverGroup, cli

REPO = Path(__file__).resolve().parents[1]


def test_the_lazy_table_names_every_command_and_only_those():
    loaded = cli.load_all()
    assert set(loaded) == set(LAZY_COMMANDS)
    for name, (module, _) in LAZY_COMMANDS.items():
        assert loaded[name].callback.__module__ == f"archiver.cli.{module}", name


def test_each_summary_in_the_table_shortens_as_the_commands_own_help_does():
    loaded = cli.load_all()
    for name, (_, summary) in LAZY_COMMANDS.items():
        stand_in = click.Command(name, help=summary)
        for limit in range(10, 160, 7):
            assert stand_in.get_short_help_str(limit) == loaded[name].get_short_help_str(limit), (name, limit)


def test_help_lists_the_same_commands_before_and_after_they_are_imported():
    unloaded = LazyArchiverGroup(name="archiver", lazy_commands=LAZY_COMMANDS)
    cli.load_all()
    for width in (60, 80, 100):
        texts = []
        for group in (unloaded, cli):
            ctx = click.Context(group, info_name="archiver", terminal_width=width, max_content_width=100)
            formatter = ctx.make_formatter()
            group.format_commands(ctx, formatter)
            texts.append(formatter.getvalue())
        assert texts[0] == texts[1]
        assert "verify-quote" in texts[0]


def _modules_after(code: str) -> list[str]:
    """The modules a fresh interpreter holds after running ``code`` (import state needs a new
    process: this test process has imported everything already)."""
    script = f"import sys, json\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO,
                         env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"}, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def test_help_imports_no_command_module_and_no_heavy_library():
    modules = _modules_after(
        "from click.testing import CliRunner\nfrom archiver.cli import cli\n"
        "assert CliRunner().invoke(cli, ['--help']).exit_code == 0")
    heavy = {"requests", "trafilatura", "lxml", "pypdf", "rapidfuzz", "cryptography", "archiver.archive"}
    assert not [m for m in modules if m.endswith("_cmds") or m.split(".")[0] in heavy or m in heavy]


def test_extracting_an_html_page_imports_no_pdf_library(fresh_extraction):
    # A fresh interpreter that extracted the seed article, an HTML page (tests/fresh_probe.py)
    assert fresh_extraction["seed"]["authors"]  # the page was extracted
    assert fresh_extraction["seed"]["pypdf_imported"] is False
