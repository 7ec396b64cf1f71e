"""Red team, third pass: a request header value from the user that HTTP cannot carry.

``--user-agent`` with a line break (``x\\r\\nWARC-Type: evil``) or a character outside latin-1
was not refused as input: every URL's fetch failed in turn inside requests, exit 1, and each
was logged as a signed ``capture_failed`` although no server was ever asked. Invalid input
is exit 2 with nothing logged (conventions), and now it is, before the store is opened.
No header is injected either way (requests refuses the line break itself).
"""

from __future__ import annotations

import pickle

import pytest
from conftest import run_cli
from servers import Site, html_page

from archiver.archive import Archive
from archiver.capture.fetch import FetchOptions
from archiver.errors import UsageError

PAGE = b"<html><head><title>T</title></head><body><p>Plain page.</p></body></html>"


@pytest.fixture
def site():
    s = Site()
    s.routes["/"] = html_page(PAGE)
    yield s
    s.close()


@pytest.mark.parametrize("agent", ["x\r\nWARC-Type: evil", "\u20acuro", "tab\tin\x00nul"])
def test_an_invalid_user_agent_is_refused_as_input(tmp_path, site, agent):
    proc = run_cli("archive", site.url("/"), "--user-agent", agent, store=tmp_path / "s")
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and "user-agent" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_an_invalid_user_agent_logs_no_failed_capture(tmp_path, site):
    store = tmp_path / "s"
    run_cli("archive", site.url("/"), "--user-agent", "x\r\ny: z", store=store)
    assert site.requests == []
    if (store / "provenance").exists():
        with Archive.open(store) as arc:
            assert list(arc.log.entries("capture_failed")) == []


def test_an_invalid_user_agent_stops_a_batch_as_input(tmp_path, site):
    urls = tmp_path / "urls.txt"
    urls.write_text(site.url("/") + "\n")
    proc = run_cli("batch", str(urls), "--user-agent", "bad\nagent", store=tmp_path / "s")
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert site.requests == []


def test_a_latin1_user_agent_is_still_sent(tmp_path, site):
    proc = run_cli("archive", site.url("/"), "--user-agent", "caf\u00e9 agent/1", store=tmp_path / "s")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_fetch_options_made_by_a_library_caller_refuse_an_invalid_user_agent():
    # the check lives in the record itself (FetchOptions.__new__), not only in the CLI
    with pytest.raises(UsageError, match="user-agent"):
        FetchOptions(user_agent="x\r\nWARC-Type: evil")
    with pytest.raises(UsageError, match="user-agent"):
        FetchOptions(10.0, 30.0, 120.0, 1024, 10, " padded")


def test_fetch_options_record_every_field_in_declared_order_and_survive_a_pickle():
    options = FetchOptions(connect_timeout=3.0, ca_bundle="/x/ca.pem")
    assert list(options.to_dict()) == list(FetchOptions._fields)
    assert options.to_dict()["connect_timeout"] == 3.0 and options.to_dict()["max_redirects"] == 10
    assert pickle.loads(pickle.dumps(options)) == options  # batch hands them to its workers
    with pytest.raises(AttributeError):
        options.insecure = True  # type: ignore[misc]


def test_fetch_options_replaced_field_by_field_are_checked_as_made():
    # _replace (and _make, which it calls) built the tuple without FetchOptions.__new__
    options = FetchOptions()
    with pytest.raises(UsageError, match="user-agent"):
        options._replace(user_agent="x\r\nWARC-Type: evil")
    values = list(options)
    values[FetchOptions._fields.index("user_agent")] = " padded"
    with pytest.raises(UsageError, match="user-agent"):
        FetchOptions._make(values)
    replaced = options._replace(user_agent="archiver-test/1", insecure=True)
    assert type(replaced) is FetchOptions and replaced.user_agent == "archiver-test/1" and replaced.insecure


def test_fetch_options_replace_still_refuses_an_unknown_field():
    # (namedtuple's own refusal: ValueError up to Python 3.12, TypeError from 3.13 on)
    with pytest.raises((ValueError, TypeError), match="unexpected field names"):
        FetchOptions()._replace(no_such_field=1)
