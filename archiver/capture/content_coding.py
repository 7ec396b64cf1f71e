"""A body's content coding undone for reading (gzip, deflate, br, stacked), streamed and bounded.

The archived bytes stay coded; this is only for reading the text (split from
:mod:`archiver.capture.warc`, which re-exports these names). Every step of a coding is a generator
that pulls from the next outer step only what it needs: a small body that inflates to gigabytes costs
no more than the limit at any step, and a reader of the body's beginning (``prefix``) decodes, at every
step, only as far as that beginning needs (task sec64: until then only the innermost step stopped there
and the outer ones decoded whole within the limit, so a large stacked body could not be decided). A
whole decoding needs no pieces: each step is one call with its output limited (perf60).
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

from archiver.core import limits
from archiver.core.http_fields import field_values, strip_ows
from archiver.errors import LimitExceededError, WarcError

#: the most a step hands on at a time (16 KiB): what an outer step decodes past what the next one needs
_CHUNK = 1 << 14


class DecodedBody(NamedTuple):
    """An entity body with its content coding undone, and whether that coding ended early."""

    body: bytes
    #: the coded data stopped before the coding's own end (a gzip, deflate or brotli stream cut
    #: short, whatever the HTTP framing said): ``body`` is what the bytes that came decode to,
    #: which may be only the beginning of the document
    ends_early: bool = False


def decode_content(headers: list[tuple[str, str]], payload: bytes, *, limit: int | None = None) -> bytes:
    """Undo Content-Encoding (gzip, deflate, br where available) for extraction.

    A truncated body is decoded as far as it goes (:func:`decode_body` also says whether it was).
    Inflation is streamed and stops at ``limit`` bytes (default
    :data:`archiver.core.limits.MAX_INFLATED_BYTES`), for every step of a stacked coding.

    Raises:
        LimitExceededError: the body inflates past the limit (nothing past it is decoded).
        WarcError: the coding is unsupported or its data is damaged.
    """
    return decode_body(headers, payload, limit=limit).body


class _Step:
    """What one step of a coding learnt: whether its stream stopped before its own end."""

    ends_early = False


_Decoder = Callable[[Iterator[bytes], int, "int | None", bool, _Step], Iterator[bytes]]


def decode_body(headers: list[tuple[str, str]], payload: bytes, *, limit: int | None = None,
                prefix: int | None = None) -> DecodedBody:
    """:func:`decode_content`, saying whether the content coding ended early.

    ``prefix``: decode only the body's first ``prefix`` bytes (a reader of its beginning: what a
    browser shows it as, :meth:`archiver.archive.Archive.shown_no_text`), so a body that inflates
    past ``limit`` only after them is still read; ``ends_early`` then says nothing of what follows.
    Every step of a stacked coding decodes only what the next one needs (within one 16 KiB piece);
    each is still bounded by ``limit``. A ``prefix`` past ``limit`` is bounded by the limit as before.
    Without one, every step decodes its whole stream, and what follows a stream's end in it is
    decoded too (so its damage or size is found, as before sec64): each step in one call
    (:func:`_whole_at_once`), streamed only where that cannot give the streamed answer.

    A coded stream that stops before its end (no gzip trailer, no final deflate or brotli block)
    still decodes to the document's beginning, and nothing in the HTTP framing tells it: a server
    may send it with no Content-Length, chunked with a proper last chunk, or with a Content-Length
    equal to the bytes sent. The capture keeps those bytes as they came; its extraction must say
    that its text is only the beginning (:mod:`archiver.store.commit`), or a quote from the rest
    would be reported as absent from the page. An empty body has nothing to decode: not early.
    """
    # (every Content-Encoding field counts, as a browser reads each)
    codings = [strip_ows(c).lower() for v in field_values(headers, "Content-Encoding") for c in v.split(",")]
    if not codings or any(c not in _CODINGS_DECODED for c in codings):
        # Chromium decodes nothing when any coding it lists is one it does not decode ("identity", an empty one,
        # an unknown one: URLRequestHttpJob::SetUpSourceStream passes the raw body through), so the body a reader
        # is shown is the bytes as sent: "identity, gzip" shows the gzip bytes, "foo" the plain page (measured,
        # Chromium 156, session 51; until then "identity, gzip" was decoded and its words verified, "foo" refused).
        return DecodedBody(payload if prefix is None else payload[:prefix])
    coding = ", ".join(codings)
    steps = list(reversed(codings))
    for step in steps:
        if step not in _DECODERS:
            raise WarcError(f"unsupported Content-Encoding {coding!r}")
    cap = limit if limit is not None else limits.current().max_inflated_bytes
    stop = prefix if prefix is not None and prefix <= cap else None
    if stop is None and (at_once := _whole_at_once(steps, payload, cap)) is not None:
        return at_once
    drain = stop is None  # (a whole decoding reads every step to its end)
    whole = memoryview(payload)  # (in pieces: zlib copies what a call leaves unread, each call)
    source: Iterator[bytes] = (bytes(whole[i:i + _CHUNK]) for i in range(0, len(payload), _CHUNK))
    states = []
    for n, step in enumerate(steps):
        state = _Step()
        source = _DECODERS[step](source, cap, stop if n == len(steps) - 1 else None, drain, state)
        states.append(state)
    body = b"".join(source)
    return DecodedBody(body, any(s.ends_early for s in states))


def _whole_at_once(steps: list[str], payload: bytes, cap: int) -> DecodedBody | None:
    """A whole decoding made one step at a time, each step in one call with its output limited to
    ``cap + 1`` bytes (as before sec64); None when a step's stream is damaged, inflates past
    ``cap``, or (brotli) stops before its end or comes from a brotli without output limits: the
    streamed decoding then decides, so the answer (bytes, error, ``ends_early``) is always the
    streamed one (tests/test_content_coding_at_once.py holds them equal).

    Why (perf60): streaming every step in 16 KiB pieces made a whole decoding slower (22 MB of
    br 11.2 -> 17.3 ms, gzip 15.3 -> 16.3) though only a reader of a prefix needs the pieces."""
    data, early = payload, False
    for step in steps:
        done = _unbrotli_at_once(data, cap) if step == "br" else _inflate_at_once(
            data, cap, zlib.MAX_WBITS if step == "deflate" else 16 + zlib.MAX_WBITS)
        if done is None:
            return None
        data, early = done[0], early or done[1]
    return DecodedBody(data, early)


def _inflate_at_once(data: bytes, cap: int, wbits: int) -> tuple[bytes, bool] | None:
    """(body, ended early) of one zlib stream (gzip or zlib-wrapped deflate) inflated in one call;
    None on damage (raw deflate too: the streamed reading retries it as such only when the zlib
    reading failed before handing anything on) or past ``cap``. What follows the stream's end is
    ignored, as the streamed reading ignores it."""
    d = zlib.decompressobj(wbits)
    try:
        out = d.decompress(data, cap + 1)
        if len(out) > cap:
            return None
        if not d.eof:  # (all the input was taken: the stream stops inside it, or there was none)
            out += d.flush()
            if len(out) > cap:
                return None
    except zlib.error:
        return None
    return out, bool(data) and not d.eof


def _unbrotli_at_once(data: bytes, cap: int) -> tuple[bytes, bool] | None:
    """(body, False) of one whole brotli stream decoded in one call; None otherwise (damaged, past
    ``cap``, cut short, junk after its end, or a brotli without ``output_buffer_limit``)."""
    try:
        import brotli
    except ImportError:
        return None  # (the streamed reading says why it cannot)
    decomp = brotli.Decompressor()
    try:
        out = decomp.process(data, output_buffer_limit=cap + 1)
    except (TypeError, brotli.error):
        return None
    if len(out) > cap or not decomp.is_finished():
        return None
    return out, False


def _over(cap: int) -> LimitExceededError:
    return LimitExceededError(f"body inflates past {limits.mib(cap)} (the inflate limit); not decoded")


def _kept(chunk: bytes, size: int, cap: int, stop: int | None) -> bytes:
    """``chunk`` as far as ``stop`` asks, refused past ``cap`` (``size``: what came before it)."""
    if stop is not None:
        chunk = chunk[:stop - size]
    if size + len(chunk) > cap:
        raise _over(cap)
    return chunk


def _inflating(source: Iterator[bytes], cap: int, stop: int | None, drain: bool, state: _Step, *,
               wbits: int = 16 + zlib.MAX_WBITS) -> Iterator[bytes]:
    """zlib-inflate one stream read from ``source`` (gzip by default), in pieces of at most 16 KiB,
    never more than ``cap`` bytes; only ``stop`` bytes when given. ``state.ends_early``: the source
    ended inside the stream (no data at all counts as whole: there was nothing to cut).

    Raises ``zlib.error`` for the caller to retry as raw deflate when ``wbits`` is the zlib wrapper's
    and nothing has been handed on yet; :class:`WarcError` for damaged data otherwise."""
    d = zlib.decompressobj(wbits)
    size, seen = 0, False
    for data in source:
        seen = seen or bool(data)
        pending = data
        while pending and not d.eof:
            try:
                chunk = d.decompress(pending, _CHUNK if stop is None else min(_CHUNK, stop - size))
            except zlib.error:
                if wbits == zlib.MAX_WBITS and not size:
                    raise  # (the deflate step retries as raw deflate)
                raise WarcError("the body's compressed data is damaged; it cannot be decoded") from None
            chunk = _kept(chunk, size, cap, stop)
            size += len(chunk)
            pending = d.unconsumed_tail
            if chunk:
                yield chunk
            if stop is not None and size >= stop:
                return  # (the beginning asked for: what follows is not read)
        if d.eof:
            break
    else:  # the source ended: what zlib still buffers (at most its window)
        tail = _kept(d.flush(), size, cap, stop)
        if tail:
            yield tail
        state.ends_early = seen and not d.eof
        return
    if drain:  # what follows the stream's end in its source is decoded too, as before
        for _ in source:
            pass


def _deflating(source: Iterator[bytes], cap: int, stop: int | None, drain: bool, state: _Step) -> Iterator[bytes]:
    """``deflate``: a zlib stream, or raw deflate, as some servers send (tried when the zlib reading
    fails before it has handed anything on; the input it read is read again)."""
    held: list[bytes] = []
    handed = False

    def holding() -> Iterator[bytes]:
        for data in source:
            if not handed:
                held.append(data)
            yield data

    try:
        for chunk in _inflating(holding(), cap, stop, drain, state, wbits=zlib.MAX_WBITS):
            handed = True
            held.clear()
            yield chunk
    except zlib.error:
        yield from _inflating(_again(held, source), cap, stop, drain, state, wbits=-zlib.MAX_WBITS)


def _again(held: Iterable[bytes], source: Iterator[bytes]) -> Iterator[bytes]:
    yield from list(held)
    yield from source


def _unbrotling(source: Iterator[bytes], cap: int, stop: int | None, drain: bool, state: _Step) -> Iterator[bytes]:
    """Brotli-decode ``source`` with the same bounds as :func:`_inflating` (an older brotli without
    output limits decodes the whole stream at once, then the bounds are checked)."""
    try:
        import brotli
    except ImportError as exc:
        raise WarcError("body is brotli-encoded and the 'brotli' package is not installed") from exc
    decomp = brotli.Decompressor()
    size, seen = 0, False
    try:
        for data in source:
            seen = seen or bool(data)
            try:
                chunk = decomp.process(data, output_buffer_limit=_CHUNK)
            except TypeError:  # an older brotli: decode (it refuses a cut stream), then check
                yield _kept(brotli.decompress(data + b"".join(source)), 0, cap, stop)
                return
            while True:  # (its output comes in pieces; brotli 1.2 may say it can take input while it holds some)
                chunk = _kept(chunk, size, cap, stop)
                size += len(chunk)
                if chunk:
                    yield chunk
                if (stop is not None and size >= stop) or decomp.is_finished():
                    break
                if not chunk and decomp.can_accept_more_data():
                    break
                chunk = decomp.process(b"", output_buffer_limit=_CHUNK)
            if (stop is not None and size >= stop) or decomp.is_finished():
                break
        else:
            state.ends_early = seen and not decomp.is_finished()
            return
    except brotli.error as exc:
        raise WarcError(f"the body's brotli data is damaged: {exc}") from exc
    if drain:
        for _ in source:
            pass


_DECODERS: dict[str, _Decoder] = {"gzip": _inflating, "x-gzip": _inflating, "deflate": _deflating, "br": _unbrotling}
#: The codings Chromium decodes (``FilterSourceStream::ParseEncodingType``): any other in a head's list, "identity"
#: and an empty one too, and it decodes none of them. zstd is one, which this reader cannot decode (refused).
_CODINGS_DECODED = frozenset([*_DECODERS, "zstd"])
