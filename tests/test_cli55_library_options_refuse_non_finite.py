"""A library caller's options are held to what the command line takes: a batch's politeness
(``Politeness``) and a browser capture's options (``BrowserOptions``) refuse NaN, the infinities,
negative waits and counts past 2**53 - 1 as they are made, as ``FetchOptions`` does (red team
rvcli54: ``batch --delay nan`` ran, NaN between every request of a host; the CLI's number types
refuse it since, but ``Politeness(host_delay=float("nan"))`` was taken).
"""

from __future__ import annotations

import dataclasses

import pytest

from archiver.batch import Politeness
from archiver.capture.browser_page import BrowserOptions
from archiver.errors import UsageError

NOT_SECONDS = [float("nan"), float("inf"), float("-inf"), -1.0, "1", True]
NOT_COUNTS = [2**53, -1, 1.5, float("nan"), True]


@pytest.mark.parametrize("field", ["host_delay", "backoff", "max_backoff"])
@pytest.mark.parametrize("value", NOT_SECONDS, ids=repr)
def test_politeness_refuses_a_wait_that_is_not_a_finite_number_of_seconds(field, value):
    with pytest.raises(UsageError, match=f"invalid {field} "):
        Politeness(**{field: value})


@pytest.mark.parametrize("value", NOT_COUNTS, ids=repr)
def test_politeness_refuses_retries_that_are_not_a_whole_number_json_holds(value):
    with pytest.raises(UsageError, match="invalid retries "):
        Politeness(retries=value)


def test_politeness_replaced_with_a_bad_value_is_refused_too():
    with pytest.raises(UsageError, match="invalid host_delay nan"):
        dataclasses.replace(Politeness(), host_delay=float("nan"))


def test_politeness_takes_what_the_command_line_takes():
    assert Politeness(host_delay=0, retries=0, backoff=0.5, max_backoff=2**53 - 1).retries == 0


@pytest.mark.parametrize("value", NOT_SECONDS, ids=repr)
def test_browser_options_refuse_an_idle_timeout_that_is_not_a_finite_number_of_seconds(value):
    with pytest.raises(UsageError, match="invalid idle_timeout "):
        BrowserOptions(idle_timeout=value)


@pytest.mark.parametrize("field", ["max_resources", "max_scroll_steps", "viewport_width", "viewport_height"])
@pytest.mark.parametrize("value", NOT_COUNTS, ids=repr)
def test_browser_options_refuse_a_count_that_is_not_a_whole_number_json_holds(field, value):
    with pytest.raises(UsageError, match=f"invalid {field} "):
        BrowserOptions(**{field: value})
