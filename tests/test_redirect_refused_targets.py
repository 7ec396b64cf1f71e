"""A redirect to a URL the capture does not fetch is refused naming the URL and what is wrong with
it, with none of the advice a refusal gives the user who typed a URL (review rvl58).

The server chose the Location, so "give it whole (e.g. https://...)", "archiver captures http(s) URLs
only" or "use --allow-credentials" told the user to mend what they never wrote (fetch.py said
``redirect to a URL we do not fetch (invalid URL 'ftp://x/': ...; archiver captures http(s) URLs only)``).
"""

from __future__ import annotations

import pytest
from captures import capture_one, redirect_response, stored_records

ADVICE = ("give it whole", "archiver captures http(s) URLs only", "--allow-credentials", "percent-encode",
          "e.g. https://")


@pytest.mark.parametrize(("location", "why"), [
    (b"ftp://example.org/file", "its scheme 'ftp' is not http or https"),
    (b"http://user:secret@example.org/", "it carries a user name or password"),
    (b"http://[::1/", "Invalid IPv6 URL"),
], ids=["ftp", "credentials", "open bracket"])
def test_a_redirect_to_a_url_we_do_not_fetch_names_the_url_and_why_without_a_users_advice(store, serve_raw, location, why):
    result = capture_one(store, serve_raw(redirect_response(location)))
    assert not result.ok and result.error_kind == "bad_redirect", (result.error_kind, result.error)
    error = str(result.error)
    assert "\n" not in error and why in error and "redirect" in error
    assert not [a for a in ADVICE if a in error], error
    assert "secret" not in error
    assert stored_records(store, "response") == []
