"""A Content-Encoding list holding a coding Chromium does not decode ("identity", an empty one, an unknown one) is
decoded by none of its codings: Chromium passes the raw body through (``URLRequestHttpJob::SetUpSourceStream``), so
a reader is shown the bytes as sent (session 51, lead; measured with Chromium 156 from 127.0.0.1).

Before, "identity, gzip" was decoded as gzip and its words verified ``exact``, though Chromium showed the gzip bytes;
"foo" over a plain page was refused ("unsupported"), though Chromium showed the page. Every field is read, as a
browser reads each ``Content-Encoding`` field (the first alone was).
"""

from __future__ import annotations

import gzip

import pytest

from archiver.capture.content_coding import decode_body
from archiver.errors import WarcError

TEXT = b"<html><body><p>The council met on Tuesday to discuss the harbour wall.</p></body></html>"
GZ = gzip.compress(TEXT)


@pytest.mark.parametrize("fields", [
    [("Content-Encoding", "identity, gzip")],
    [("Content-Encoding", "gzip, identity")],
    [("Content-Encoding", ", gzip")],
    [("Content-Encoding", "foo, gzip")],
    [("Content-Encoding", "gzip, foo")],
    [("Content-Encoding", "identity"), ("Content-Encoding", "gzip")],
], ids=["identity-gzip", "gzip-identity", "empty-gzip", "foo-gzip", "gzip-foo", "two-fields"])
def test_a_list_with_a_coding_chromium_does_not_decode_is_not_decoded_at_all(fields):
    assert decode_body(fields, GZ).body == GZ


@pytest.mark.parametrize("coding", ["foo", "identity", "", "compress"])
def test_a_plain_body_under_a_coding_chromium_does_not_decode_is_read_as_sent(coding):
    assert decode_body([("Content-Encoding", coding)], TEXT).body == TEXT


@pytest.mark.parametrize("fields", [[("Content-Encoding", "gzip")], [("Content-Encoding", "GZIP")],
                                    [("Content-Encoding", " x-gzip ")]])
def test_codings_chromium_decodes_are_decoded_as_before(fields):
    assert decode_body(fields, GZ).body == TEXT


def test_two_fields_of_decoded_codings_are_both_undone():
    assert decode_body([("Content-Encoding", "gzip"), ("Content-Encoding", "gzip")], gzip.compress(GZ)).body == TEXT


def test_zstd_which_chromium_decodes_and_this_reader_cannot_is_refused():
    with pytest.raises(WarcError, match="unsupported Content-Encoding"):
        decode_body([("Content-Encoding", "zstd")], b"\x28\xb5\x2f\xfd" + TEXT)
