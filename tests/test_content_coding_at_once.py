"""A whole decoding made one step at a time in one call each gives the streamed decoding's answer.

Why (perf60): sec64 made every step of a coding stream in 16 KiB pieces, which only a reader of a
body's beginning (``prefix``) needs; a whole decoding (extraction, reextract, import) became slower
(22 MB of br 11.2 -> 17.3 ms). ``decode_body`` decodes a whole body step by step in one call each
(:func:`archiver.capture.content_coding._whole_at_once`) and streams only where that call cannot
give the streamed answer. Here the one-call path is turned off to read the same bytes streamed, and
both answers are held equal: the bytes, whether the coding ended early, and the error's class.
"""

from __future__ import annotations

import gzip
import random
import zlib

import brotli
import pytest

import archiver.capture.content_coding as content_coding
from archiver.capture.content_coding import DecodedBody, decode_body
from archiver.errors import ArchiverError

TEXT = b"".join(b"<p>The council met on Tuesday to discuss the harbour wall, line %d.</p>\n" % n
                for n in range(3000))
NOISE = random.Random(60).randbytes(40_000)  # (incompressible: the coded stream is longer than its body)


def _zlib(data: bytes, wbits: int) -> bytes:
    c = zlib.compressobj(6, zlib.DEFLATED, wbits)
    return c.compress(data) + c.flush()


ENCODERS = {
    "gzip": gzip.compress,
    "deflate": lambda d: _zlib(d, zlib.MAX_WBITS),
    "raw-deflate": lambda d: _zlib(d, -zlib.MAX_WBITS),
    "br": brotli.compress,
}
#: the Content-Encoding each encoder's output is sent with (raw deflate is sent as "deflate")
SENT_AS = {"gzip": "gzip", "deflate": "deflate", "raw-deflate": "deflate", "br": "br"}


def _streamed(monkeypatch: pytest.MonkeyPatch, headers: list[tuple[str, str]], payload: bytes,
              limit: int | None) -> DecodedBody | str:
    with monkeypatch.context() as patched:
        patched.setattr(content_coding, "_whole_at_once", lambda *_args: None)
        return _answer(headers, payload, limit)


def _answer(headers: list[tuple[str, str]], payload: bytes, limit: int | None) -> DecodedBody | str:
    try:
        return decode_body(headers, payload, limit=limit)
    except ArchiverError as exc:
        return type(exc).__name__


def _cases() -> list[tuple[str, str, bytes]]:
    """(id, Content-Encoding, payload): whole, cut short, junk after the end, damaged, empty, stacked."""
    out = []
    for name, encode in ENCODERS.items():
        for body_name, body in (("text", TEXT), ("noise", NOISE), ("empty", b"")):
            whole = encode(body)
            out += [(f"{name}-{body_name}-whole", SENT_AS[name], whole),
                    (f"{name}-{body_name}-cut", SENT_AS[name], whole[:len(whole) * 2 // 3]),
                    (f"{name}-{body_name}-junk-after", SENT_AS[name], whole + b"\x00junk after the stream"),
                    (f"{name}-{body_name}-flipped", SENT_AS[name],
                     whole[:len(whole) // 2] + bytes([whole[len(whole) // 2] ^ 0x55]) + whole[len(whole) // 2 + 1:]
                     if whole else whole)]
    for outer in ("gzip", "br", "deflate"):
        for inner in ("gzip", "br", "deflate"):
            stacked = ENCODERS[outer](ENCODERS[inner](TEXT))
            out += [(f"{inner}-under-{outer}", f"{inner}, {outer}", stacked),
                    (f"{inner}-under-{outer}-cut", f"{inner}, {outer}", stacked[:len(stacked) // 2])]
    out.append(("raw-deflate-under-br", "deflate, br", brotli.compress(_zlib(TEXT, -zlib.MAX_WBITS))))
    out.append(("identity", "identity", TEXT))
    return out


CASES = _cases()


@pytest.mark.parametrize("limit", [None, 1_000, 100_000])
@pytest.mark.parametrize(("coding", "payload"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_whole_decoding_gives_the_streamed_answer(monkeypatch, coding, payload, limit):
    headers = [("Content-Encoding", coding)]
    assert _answer(headers, payload, limit) == _streamed(monkeypatch, headers, payload, limit)


def test_a_whole_stream_is_decoded_without_the_streamed_reading(monkeypatch):
    """The common case, a whole gzip or br body within the limit, takes the one-call path."""
    def no_pieces(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("streamed")

    monkeypatch.setattr(content_coding, "_DECODERS", dict.fromkeys(content_coding._DECODERS, no_pieces))
    for coding, encode in (("gzip", gzip.compress), ("br", brotli.compress), ("gzip, br", None)):
        payload = brotli.compress(gzip.compress(TEXT)) if encode is None else encode(TEXT)
        assert decode_body([("Content-Encoding", coding)], payload) == DecodedBody(TEXT, False)


def test_a_gzip_body_cut_short_ends_early_on_the_one_call_path():
    whole = gzip.compress(TEXT)
    decoded = decode_body([("Content-Encoding", "gzip")], whole[:len(whole) // 2])
    assert decoded.ends_early and TEXT.startswith(decoded.body) and decoded.body
