"""Capture a URL again and say what changed since its previous capture.

The orchestration of ``archiver recapture`` lives here, not in the CLI: which capture is the
"previous" one (the one named, or the URL's newest), the new capture, and the comparison, so
that a library caller gets the same answer the command prints.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from archiver.core.clock import CROCKFORD
from archiver.core.url_text import url_refusal, whole_example
from archiver.errors import NoUsableTextError, UnknownCaptureError
from archiver.evidence import EvidenceError

if TYPE_CHECKING:
    from archiver.archive import Archive
    from archiver.capture.records import CaptureResult


@dataclass
class Recapture:
    """The outcome of a recapture: the new capture and, when there was an earlier one, the diff.

    ``refused`` is set when the comparison could not be made: the earlier capture's evidence did not
    check out (:class:`~archiver.evidence.EvidenceError`), or one side has no text to compare because
    its extraction failed (:class:`~archiver.errors.NoUsableTextError`, exit 3, as ``diff`` says of it
    since sec62). The new capture stands, but nothing is stated about what changed (the caller raises
    it after reporting the capture).
    """

    url: str
    previous_capture_id: str | None
    capture: CaptureResult
    diff: dict[str, Any] | None = None
    refused: EvidenceError | NoUsableTextError | None = None

    @property
    def changed(self) -> bool | None:
        return None if self.diff is None else not self.diff["identical"]

    def to_dict(self) -> dict[str, Any]:
        return {"url": self.url, "previous_capture_id": self.previous_capture_id,
                "capture": self.capture.to_dict(), "changed": self.changed, "diff": self.diff}


def looks_like_url(value: str) -> bool:
    """A recapture target with a scheme is a URL; anything else is a capture id (prefix)."""
    return "://" in value


def previous_of(archive: Archive, target: str) -> tuple[str, str | None]:
    """The URL to capture again and the capture to compare with (``None``: never captured).

    ``target`` is a capture id (its logged URL is captured again) or a URL (compared with its
    newest capture, if any).

    Raises:
        NotIndexedError: ``target`` is a URL, and the index lacks captures of it the log lists
            (which is the newest cannot be said: exit 3, before anything is fetched).
        EvidenceError: ``target`` is a capture whose logged URL the evidence check cannot read (the
            index places its entry where the log holds none, the log is gone or edited): the URL
            the index holds is vouched for by nothing, so nothing is fetched (exit 1, or 3 when a
            file is missing). A capture whose logged URL is read is captured again even when its
            records do not check out: only the comparison is refused then.
    """
    if looks_like_url(target):
        from archiver.capture.fetch import validate_url

        url = validate_url(target)
        lost = archive.captures_not_indexed(url)  # "the newest capture" only from a complete index
        if lost:
            from archiver.errors import NotIndexedError
            from archiver.evidence import index_lacks

            raise NotIndexedError(index_lacks(lost, url))
        rows = archive.list_captures(url=url)
        return url, rows[0].capture_id if rows else None
    if any(c not in CROCKFORD for c in target.strip().lower()):
        # neither form: say both, not "is not a capture id" of what was meant as a URL (red team rvcli54)
        raise UnknownCaptureError(url_refusal(target, "it is neither a capture id nor a URL", "give a capture id (see "
                                              f"'archiver list') or the URL whole, with its scheme (e.g. {whole_example(target)})"))
    previous = archive.resolve(target)
    evidence = archive.evidence(previous, with_text=False)
    if evidence.url is None:  # the logged URL cannot be read: the index's is vouched for by nothing
        evidence.require()
    logged: str = evidence.url  # the logged URL (its WARC missing or an index fact edited: only the comparison is refused)
    return logged, previous


def recapture(archive: Archive, target: str, *, browser: Any = None) -> Recapture:
    """Capture ``target`` again (with ``browser``: through headless Chromium, see
    :meth:`Archive.capture_with_browser`), then compare it with its previous capture.

    A failed capture is returned (``capture.ok`` false, logged as ``capture_failed``), not
    raised; nothing is compared then. A side whose extraction failed has no text to compare: the
    comparison is refused (``refused``, exit 3: ``archiver reextract ID`` tries again), after both
    evidence checks, by the one check ``diff`` and ``history`` make (:func:`archiver.compare.require_text`);
    until sec64 it was compared as a side served with no text, with a note, exit 0.
    """
    from archiver.compare import capture_side, compare_articles, require_text

    url, previous = previous_of(archive, target)
    archive.refuse_unstartable(browser)
    archive.ensure_writable()
    result = archive.capture(url) if browser is None else archive.capture_with_browser(url, browser)
    out = Recapture(url=url, previous_capture_id=previous, capture=result)
    if result.ok and previous is not None:
        assert result.capture_id is not None
        try:  # (the index's corrections are read once, for both sides)
            corrections = archive.all_corrections()
            old, new = (capture_side(archive, cid, corrections) for cid in (previous, result.capture_id))
            for side, other in ((old[0], "the new capture " + result.capture_id), (new[0], "capture " + previous)):
                require_text(side, "to compare", f"the comparison with {other}")
        except (EvidenceError, NoUsableTextError) as exc:  # the new capture stands; the comparison cannot be made
            out.refused = exc
        else:
            out.diff = compare_articles(*old, *new).to_dict()
    return out
