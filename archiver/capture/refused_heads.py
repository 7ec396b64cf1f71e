"""Response heads Chromium refuses outright, so there is no page to record.

Chromium's ``HttpStreamParser`` fails a response whose ``Content-Disposition`` values differ
(``ERR_RESPONSE_HEADERS_MULTIPLE_CONTENT_DISPOSITION``, a response-splitting guard): the fields are
split at commas outside quotes and trimmed, and any two parts that are not the same string (case
counts) make the error page, whatever the status. ``attachment, attachment`` is one value and
downloads; ``inline, attachment`` or two fields ``inline`` and ``attachment`` are refused. Kept, such
a capture was extracted and quotes verified on words no browser showed (review rvsec61); it is
refused as two different ``Location`` values are (``ambiguous_redirect``, :mod:`.redirects`).

The test itself lives in :func:`archiver.core.mime.differing_dispositions` because every reader of an archived
head decides by it too (``effective_content_type``: an imported WARC's or an older capture's such head is
``not_shown``, sec66); this module names it for the captures.
"""

from __future__ import annotations

from archiver.core.mime import differing_dispositions

__all__ = ["differing_dispositions"]
