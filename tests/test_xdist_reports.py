"""What an xdist worker of this suite sends its controller (tests/conftest.py ``pytest_configure``,
``pytest_report_to_serializable``): every report the controller prints or counts, and not the
passed set-ups and tear-downs that captured nothing, nor (under ``-q``) each test's start.

The worker's sender is xdist's ``WorkerInteractor``; here a stand-in of that name records what it
is asked to send, and the reports are pytest's own.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from conftest import pytest_configure, pytest_report_to_serializable


class WorkerInteractor:
    """Stands in for xdist's sender of that name: records each event it is asked to send."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, dict[str, Any]]] = []

    def sendevent(self, name: str, **kwargs: Any) -> None:
        self.sent.append((name, kwargs))


def _config(*, worker: bool, verbosity: int) -> tuple[Any, WorkerInteractor]:
    sender = WorkerInteractor()
    config = SimpleNamespace(pluginmanager=SimpleNamespace(get_plugins=lambda: [object(), sender]),
                             get_verbosity=lambda: verbosity, stash=pytest.Stash())
    if worker:
        config.workerinput = {"workerid": "gw0"}
    pytest_configure(config)  # type: ignore[arg-type]
    return config, sender


def _report(when: str, outcome: str = "passed", sections: list[tuple[str, str]] | None = None) -> pytest.TestReport:
    longrepr = ("file.py", 1, "Skipped: no") if outcome == "skipped" else ("boom" if outcome == "failed" else None)
    return pytest.TestReport("tests/test_x.py::test_x", ("tests/test_x.py", 1, "test_x"), {}, outcome,  # type: ignore[arg-type]
                             longrepr, when, sections or [])


def _sent_reports(config: Any, sender: WorkerInteractor, reports: list[pytest.TestReport]) -> list[str]:
    """Each report serialized and handed to the sender as xdist's worker does; the phases sent."""
    for report in reports:
        data = pytest_report_to_serializable(config, report)
        if data is None:  # (pytest's own serialization, as when this hook declines)
            data = report._to_json()
        data["item_index"] = 0
        sender.sendevent("testreport", data=data)
    return [f"{kwargs['data']['when']}:{kwargs['data']['outcome']}" for name, kwargs in sender.sent if name == "testreport"]


def test_a_worker_sends_no_passed_set_up_or_tear_down_that_captured_nothing():
    config, sender = _config(worker=True, verbosity=-1)
    sent = _sent_reports(config, sender, [_report("setup"), _report("call"), _report("teardown")])
    assert sent == ["call:passed"]


def test_a_worker_sends_every_failed_or_skipped_phase_and_every_call():
    config, sender = _config(worker=True, verbosity=-1)
    reports = [_report("setup", "failed"), _report("setup", "skipped"), _report("call", "failed"),
               _report("call", "skipped"), _report("teardown", "failed")]
    assert _sent_reports(config, sender, reports) == [
        "setup:failed", "setup:skipped", "call:failed", "call:skipped", "teardown:failed"]


def test_a_worker_sends_a_passed_phase_that_captured_output():
    config, sender = _config(worker=True, verbosity=-1)
    reports = [_report("setup", sections=[("Captured stdout setup", "hello\n")]),
               _report("teardown", sections=[("Captured log teardown", "WARNING x\n")])]
    assert _sent_reports(config, sender, reports) == ["setup:passed", "teardown:passed"]


def test_a_tests_start_is_not_sent_under_q_and_is_at_the_default_verbosity():
    for verbosity, want in ((-1, ["logfinish", "runtest_protocol_complete"]),
                            (0, ["logstart", "logfinish", "runtest_protocol_complete"])):
        _, sender = _config(worker=True, verbosity=verbosity)
        for name in ("logstart", "logfinish", "runtest_protocol_complete"):
            sender.sendevent(name, nodeid="tests/test_x.py::test_x")
        assert [name for name, _ in sender.sent] == want, verbosity


def test_outside_a_worker_every_report_is_serialized_by_pytest():
    config, sender = _config(worker=False, verbosity=-1)
    assert pytest_report_to_serializable(config, _report("setup")) is None
    assert pytest_report_to_serializable(config, _report("teardown")) is None
    assert sender.sendevent.__func__ is WorkerInteractor.sendevent  # (left as it was)
