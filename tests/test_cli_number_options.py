"""Every number a command line takes is one the command can use and record, or it is refused
as bad input (exit 2, one line naming the option) before anything is done.

Red team rvcli54 (tests/data/cli/redteam-rvcli54.tsv, rows a14, a27-a30, b15-b21): click's
``FloatRange`` compares with ``<``/``>``, which NaN passes, and it has no upper bound for
infinity, so ``archive URL --timeout inf`` ended in a traceback (OverflowError from the socket),
``--total-timeout nan`` in another (the warcinfo's canonical JSON cannot hold NaN),
``--connect-timeout nan`` created a store and logged a ``capture_failed`` the server was never
asked for (exit 1), and ``batch --delay nan`` or ``--delay inf`` ran (exit 0). An integer past
what canonical JSON holds exactly (``--max-body 99999999999999999999999``) was a traceback too.
"""

from __future__ import annotations

import math

import click
import pytest
from cli import every_command, run_cli


def _number_options() -> list[tuple[str, str, str]]:
    """(command, option, kind) for every option of every command whose value is a number."""
    return [(" ".join(path), p.opts[-1], "float" if isinstance(p.type, click.FloatRange) else "int")
            for path, command in every_command() for p in command.params
            if isinstance(p, click.Option) and not p.count and isinstance(p.type, (click.FloatRange, click.IntRange))]


NUMBER_OPTIONS = _number_options()
FLOAT_OPTIONS = [(c, o) for c, o, k in NUMBER_OPTIONS if k == "float"]
INT_OPTIONS = [(c, o) for c, o, k in NUMBER_OPTIONS if k == "int"]
#: What each command needs besides the option to reach the point where its options are used.
ARGS = {"archive": ["http://127.0.0.1:9/page"], "batch": ["URLS"], "recapture": ["01m8v3gm508wmee6xm"]}


def _run(tmp_path, command: str, option: str, value: str):
    urls = tmp_path / "urls.txt"
    urls.write_text("http://127.0.0.1:9/page\n")
    args = [a.replace("URLS", str(urls)) for a in ARGS.get(command, [])]
    store = tmp_path / "store"
    result = run_cli("--store", str(store), *command.split(), *args, option, value,
                     env={"ARCHIVER_KEY_DIR": str(tmp_path / "keys")})
    return result, store


def test_the_float_and_int_options_found_are_the_capture_and_batch_limits():
    assert {("archive", "--timeout"), ("archive", "--total-timeout"), ("batch", "--delay"),
            ("batch", "--max-backoff")} <= set(FLOAT_OPTIONS)
    assert {("archive", "--max-body"), ("batch", "--retries")} <= set(INT_OPTIONS)


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "NaN", "infinity"])
@pytest.mark.parametrize(("command", "option"), FLOAT_OPTIONS)
def test_a_float_option_refuses_what_is_not_a_finite_number_and_nothing_is_made(tmp_path, command, option, value):
    result, store = _run(tmp_path, command, option, value)
    assert result.returncode == 2, result.stderr
    assert f"'{option}'" in result.stderr and "finite" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert not store.exists()


@pytest.mark.parametrize(("command", "option"), INT_OPTIONS)
def test_an_int_option_refuses_a_number_past_what_a_json_record_holds(tmp_path, command, option):
    result, store = _run(tmp_path, command, option, str(2**53))
    assert result.returncode == 2, result.stderr
    assert f"'{option}'" in result.stderr and "range" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert not store.exists()


@pytest.mark.parametrize("field", ["connect_timeout", "read_timeout", "total_timeout"])
@pytest.mark.parametrize("value", [math.nan, math.inf, -1.0])
def test_fetch_options_made_by_a_library_caller_refuse_a_timeout_that_is_no_time(field, value):
    from archiver.capture.fetch import FetchOptions
    from archiver.errors import UsageError

    with pytest.raises(UsageError, match=field):
        FetchOptions(**{field: value})


@pytest.mark.parametrize("field", ["max_body_bytes", "max_redirects"])
def test_fetch_options_made_by_a_library_caller_refuse_a_count_a_record_cannot_hold(field):
    from archiver.capture.fetch import FetchOptions
    from archiver.errors import UsageError

    with pytest.raises(UsageError, match=field):
        FetchOptions(**{field: 2**53})
    with pytest.raises(UsageError, match=field):
        FetchOptions(**{field: -1})
