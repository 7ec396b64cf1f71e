"""A capture asks three times whether its page's ``<meta>`` refresh takes the reader away (the fetch, the commit, the
extraction); the answer for the bytes last read is remembered (archiver/core/refresh.py, task perf71). Each document
still gets the answer of its own bytes, whatever document was read before it.
"""

from __future__ import annotations

from archiver.core.readable import is_extractable
from archiver.core.refresh import document_refresh

AWAY = b"<html><head><meta http-equiv='refresh' content='0; url=/next'><title>Moved</title></head><body><p>Moved.</p>"
STAYS = AWAY.replace(b"content='0;", b"content='9;")  # the same length, a delay: the page is shown
HTML = "text/html; charset=utf-8"


def test_documents_read_one_after_another_each_get_their_own_answer():
    assert len(AWAY) == len(STAYS)
    answers = [(document_refresh(b), is_extractable(HTML, b)) for b in (AWAY, STAYS, AWAY, bytes(bytearray(STAYS)))]
    assert answers == [(("/next", None), False), (None, True), (("/next", None), False), (None, True)]


def test_the_same_document_asked_again_gets_the_same_answer():
    page = bytes(bytearray(AWAY))
    assert [is_extractable(HTML, page) for _ in range(3)] == [False, False, False]
    assert document_refresh(page) == ("/next", None)


def test_a_beginning_longer_than_the_deciding_bytes_is_read_each_time():
    long_away = AWAY + b"<p>" + b"x" * 70_000 + b"</p>"
    long_stays = STAYS + b"<p>" + b"x" * 70_000 + b"</p>"
    assert [document_refresh(b) for b in (long_away, long_stays, long_away)] == [("/next", None), None, ("/next", None)]
