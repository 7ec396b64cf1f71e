"""A new signing key's marker (``<origin>.key.unannounced``) is removed only once the message
telling of the key (where it is, back it up) has been written to stderr.

Before, :func:`archiver.provenance.keys.announce_new_keys` removed the marker as it made the
message, and the CLI wrote the message afterwards: a SIGTERM or SIGKILL in that gap, or a stderr
that could not be written, lost the news for good, and a key nobody is told of is a key nobody
backs up. Each test starts from a first ``archive`` of a URL nobody serves (exit 1): it creates
the key, logs the failure under it and announces it.
"""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from conftest import run_cli
from servers import Site
from test_newcomer_frictions import page

from archiver.cli import key_news

GONE = "http://127.0.0.1:9/gone"  # nothing listens on port 9
ECHO = click.echo  # (the tests stand in for click.echo, which key_news writes the message with)


def test_the_marker_is_still_there_while_the_key_s_message_is_written(
        store: Path, key_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    markers_while_written: list[list[Path]] = []

    def echo(message: str, **kwargs: object) -> None:
        if "Back it up" in message:
            markers_while_written.append(sorted(key_dir.glob("*.key.unannounced")))
        ECHO(message, **kwargs)

    monkeypatch.setattr(key_news.click, "echo", echo)
    first = run_cli("archive", GONE, store=store)
    assert first.returncode == 1 and first.stderr.count("Back it up") == 1, first.stderr
    assert len(markers_while_written) == 1 and len(markers_while_written[0]) == 1, markers_while_written
    assert not list(key_dir.glob("*.key.unannounced"))  # said: forgotten


def test_a_message_stderr_would_not_take_is_said_by_the_next_command_that_signs(
        site: Site, store: Path, key_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def unwritable(message: str, **kwargs: object) -> None:
        if "Back it up" in message:
            raise BrokenPipeError(32, "Broken pipe")
        ECHO(message, **kwargs)

    with monkeypatch.context() as m:
        m.setattr(key_news.click, "echo", unwritable)
        first = run_cli("archive", GONE, store=store)
    assert first.returncode == 1 and "Back it up" not in first.stderr
    assert len(list(key_dir.glob("*.key.unannounced"))) == 1
    later = run_cli("archive", page(site, "/a"), store=store)
    [key] = key_dir.glob("*.key")
    assert later.returncode == 0 and later.stderr.count("Back it up") == 1 and str(key) in later.stderr, later.stderr
    assert not list(key_dir.glob("*.key.unannounced"))
