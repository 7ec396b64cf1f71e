"""Every command that takes a page's URL refuses one that is no URL in one shape of words.

Before task left58 there were two sets of words for the same mistake: ``archive``, ``batch`` and
``recapture`` said "invalid URL 'notaurl': not an absolute http(s) URL (try https://notaurl)" or
"refusing URL ...", while ``list``, ``history``, ``verify-quote --url`` and ``extract --url`` said
"'notaurl' is not a URL: give it whole, ...", and ``recapture`` a third. Now each says, in one
line, ``invalid URL 'VALUE': what is wrong; what to do`` (``batch`` after the file and line it
read), exit 2, and nothing is logged (README, "Conventions of the command line").

A service's URL (``--tsa``, a time-stamping authority; ``cite --replay-url``, a replay collection's
prefix) is refused in the same shape, its "what to do" naming the option (task cap59: they said
"invalid TSA URL ...: give the http(s) URL ..." and "replay URL prefix ... is not an http(s) URL").
"""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest
from cli import every_command, run_cli
from stores import copy_store, one_capture_template

#: How each command that takes a page's URL is given one (``{url}``; ``{urls}``: a file holding it,
#: ``{page}``: an HTML file). A command that takes a URL and is not here fails
#: :func:`test_every_command_that_takes_a_url_is_held_to_the_shape`.
WAYS: dict[tuple[str, ...], tuple[str, ...]] = {
    ("archive",): ("archive", "{url}"),
    ("batch",): ("batch", "{urls}"),
    ("extract",): ("extract", "{page}", "--url", "{url}"),
    ("history",): ("history", "{url}"),
    ("list",): ("list", "--url", "{url}"),
    ("recapture",): ("recapture", "{url}"),
    ("verify-quote",): ("verify-quote", "harbour", "--url", "{url}"),
}
#: Options that name a service's URL, not a page's (a time-stamping authority, a replay prefix).
SERVICES = {"tsa_url", "replay_url"}
#: How each command that takes a service's URL is given one (``{capture}``: the template's capture id,
#: ``{out}``: a file to write). A command with such an option that is not here fails
#: :func:`test_every_command_that_takes_a_service_url_is_held_to_the_shape`.
SERVICE_WAYS: dict[tuple[str, ...], tuple[str, ...]] = {
    ("cite",): ("cite", "--all", "--replay-url", "{url}"),
    ("export",): ("export", "{capture}", "-o", "{out}", "--tsa", "{url}"),
    ("log", "anchor"): ("log", "anchor", "--tsa", "{url}"),
}
#: Arguments that are a URL among other things (``recapture``: a capture id or a URL) or a file of them.
TAKES_A_URL_TOO = {("recapture",): "target", ("batch",): "source"}
BAD = ["notaurl", "example.org/news", "http://", "http://[::1"]


def _takes_a_url(path: tuple[str, ...], command: click.Command) -> bool:
    return any(p.name not in SERVICES and (p.name in ("url", "urls") or type(p.type).__name__ == "UrlText")
               for p in command.params) or path in TAKES_A_URL_TOO


def test_every_command_that_takes_a_url_is_held_to_the_shape():
    assert {path for path, command in every_command() if _takes_a_url(path, command)} == set(WAYS)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return one_capture_template(tmp_path_factory.mktemp("url_refusals"))[0]


@pytest.mark.parametrize("value", BAD)
@pytest.mark.parametrize("path", sorted(WAYS), ids=" ".join)
def test_a_value_that_is_no_url_is_refused_in_one_shape(template, tmp_path, key_dir, path, value):
    store = tmp_path / "store"
    copy_store(template, store, key_dir)
    (tmp_path / "urls.txt").write_text(value + "\n", encoding="utf-8")
    (tmp_path / "page.html").write_text("<html><body><p>The harbour.</p></body></html>", encoding="utf-8")
    log = (store / "provenance" / "log.jsonl").read_bytes()
    args = [a.format(url=value, urls=tmp_path / "urls.txt", page=tmp_path / "page.html") for a in WAYS[path]]
    result = run_cli(*args, store=store)
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    shape = rf"error: (.+, line 1: )?invalid URL {re.escape(repr(value))}: [^;]+; \S.*"
    assert re.fullmatch(shape, lines[0]), lines[0]
    assert (store / "provenance" / "log.jsonl").read_bytes() == log


def test_every_command_that_takes_a_service_url_is_held_to_the_shape():
    assert {path for path, command in every_command() if any(p.name in SERVICES for p in command.params)} == set(
        SERVICE_WAYS)


@pytest.fixture(scope="module")
def with_id(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    return one_capture_template(tmp_path_factory.mktemp("service_url_refusals"))


@pytest.mark.parametrize("value", [*BAD, "ftp://tsa.example/", "https://a b.example/"])
@pytest.mark.parametrize("path", sorted(SERVICE_WAYS), ids=" ".join)
def test_a_service_url_that_is_no_http_url_is_refused_in_the_one_shape(with_id, tmp_path, key_dir, path, value):
    store = tmp_path / "store"
    copy_store(with_id[0], store, key_dir)
    log = (store / "provenance" / "log.jsonl").read_bytes()
    args = [a.format(url=value, capture=with_id[1], out=tmp_path / "out.wacz") for a in SERVICE_WAYS[path]]
    result = run_cli(*args, store=store)
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert re.fullmatch(rf"error: invalid URL {re.escape(repr(value))}: [^;]+; \S.*", lines[0]), lines[0]
    assert f"--{args[-2].lstrip('-')}" in lines[0].split("; ", 1)[1]  # what to do names the option
    assert (store / "provenance" / "log.jsonl").read_bytes() == log and not (tmp_path / "out.wacz").exists()


def test_a_replay_prefix_from_the_environment_is_refused_in_the_one_shape(with_id, tmp_path, key_dir):
    store = tmp_path / "store"
    copy_store(with_id[0], store, key_dir)
    result = run_cli("cite", "--all", store=store, env={"ARCHIVER_REPLAY_URL": "replay.example.org/c/"})
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert re.fullmatch(r"error: invalid URL 'replay.example.org/c/': it has no scheme; .*ARCHIVER_REPLAY_URL.*",
                        result.stderr.strip()), result.stderr
