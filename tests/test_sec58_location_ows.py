"""A ``Location`` value is trimmed of spaces and tabs only, as every field value (sec58).

Measured with Debian's Chromium 156 headless against a 127.0.0.1 server: ``302`` with
``Location: /next`` and a no-break space (byte 0xA0) goes to ``/next%A0``. Python's ``str.strip``
took the no-break space off, so the capture followed ``/next``, a page the browser never asked for.
"""

from __future__ import annotations

from archiver.capture.redirects import redirect_target

BASE = "http://127.0.0.1:8000/redir"


def test_a_no_break_space_ending_a_location_is_part_of_the_url_a_browser_goes_to():
    assert redirect_target(302, [("Location", "/next\xa0")], BASE) == "http://127.0.0.1:8000/next%A0"


def test_spaces_and_tabs_around_a_location_are_not():
    assert redirect_target(302, [("Location", " \t/next \t")], BASE) == "http://127.0.0.1:8000/next"
