"""trafilatura's justext stoplist is hashed once per process (archiver/extract/traf_stoplist.py):
the same words, the same hash and the same cached set as the plain tuple trafilatura makes, so
a page that takes the justext fallback extracts exactly as before."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from justext.core import define_stoplist
from justext.utils import get_stoplist, get_stoplists
from trafilatura import external as traf_external

from archiver.extract import extract
from archiver.extract.traf_stoplist import HashedOnce

#: A page too short for trafilatura's own extraction: it takes the justext fallback.
SHORT = (b"<!DOCTYPE html><html><head><title>Note</title></head><body><p>Opening hours change "
         b"on Monday.</p></body></html>")


def short_page() -> object:
    return extract(SHORT, url="https://example.org/note", content_type="text/html; charset=utf-8")


@pytest.fixture
def plain_stoplist() -> Iterator[None]:
    """trafilatura's stoplist as the plain tuple it makes itself, for the length of a test."""
    short_page()  # trafilatura has made it (on first use)
    kept = traf_external.JT_STOPLIST
    assert kept is not None
    traf_external.JT_STOPLIST = tuple(kept)
    define_stoplist.cache_clear()
    try:
        yield
    finally:
        traf_external.JT_STOPLIST = kept
        define_stoplist.cache_clear()


def test_a_page_taking_the_justext_fallback_leaves_the_stoplist_hashed_once() -> None:
    before = define_stoplist.cache_info().hits + define_stoplist.cache_info().misses
    short_page()
    assert define_stoplist.cache_info().hits + define_stoplist.cache_info().misses > before  # justext ran
    assert isinstance(traf_external.JT_STOPLIST, HashedOnce)


def test_the_stoplist_is_every_language_s_words_with_the_plain_tuple_s_hash() -> None:
    short_page()
    stoplist = traf_external.JT_STOPLIST
    assert isinstance(stoplist, HashedOnce)
    plain = tuple(stoplist)
    assert stoplist == plain and hash(stoplist) == hash(plain)
    assert set(plain) == {word for language in get_stoplists() for word in get_stoplist(language)}


def test_justext_finds_the_same_set_of_stopwords_through_it() -> None:
    short_page()
    stoplist = traf_external.JT_STOPLIST
    assert stoplist is not None
    assert define_stoplist(stoplist) == frozenset(word.lower() for word in tuple(stoplist))
    assert define_stoplist(stoplist) is define_stoplist(tuple(stoplist))  # one cache entry: equal keys


def test_a_short_page_extracts_the_same_as_with_trafilatura_s_plain_tuple(plain_stoplist: None) -> None:
    with_plain = short_page()
    assert type(traf_external.JT_STOPLIST) is tuple
    traf_external.JT_STOPLIST = HashedOnce(traf_external.JT_STOPLIST)
    define_stoplist.cache_clear()
    assert short_page() == with_plain
