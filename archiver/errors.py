"""One exception tree for the whole package.

Every deliberate failure is an :class:`ArchiverError` subclass. The CLI turns them into a
one-line message and the exit code they carry, in exactly one place (``archiver.cli``);
anything else reaching the user is a bug. Names say what the *caller* has to do next.

Exit codes (see README "Exit codes"):
  0 success or verified, 1 ran and found a problem, 2 usage / invalid input (nothing done),
  3 could not complete a check (key missing, file missing, TSA unreachable).
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2
EXIT_INCOMPLETE = 3


class ArchiverError(Exception):
    """Base of every error this package raises on purpose."""

    exit_code: int = EXIT_PROBLEM

    def diagnostics(self) -> str:
        """A one-line message for a person: what happened and what to do."""
        return str(self)


class UsageError(ArchiverError):
    """Bad input on the caller's side (a malformed URL, an unknown id): nothing was done."""

    exit_code = EXIT_USAGE


class TempDirTooLongError(UsageError):
    """The temporary directory (``TMPDIR``) is too long for a Unix socket we must bind in it (the
    batch's fork server) and no short folder could be made instead: nothing was done; the
    message gives its length and the length to set (:mod:`archiver.core.socket_dirs`)."""


class InvalidURLError(UsageError):
    """The URL is not an http(s) URL we may fetch; refused before any I/O.

    ``value`` is the URL as shown (no password) and ``why`` what is wrong with it, apart from the
    message's advice to the user who typed it: a redirect's target, which the server chose, is
    refused with ``why`` alone. Advice naming an option of ours that would fetch the URL as written
    (``--allow-credentials``) is part of ``why``: it holds whoever wrote the URL."""

    def __init__(self, message: str, *, value: str | None = None, why: str | None = None) -> None:
        super().__init__(message)
        self.value = value
        self.why = why if why is not None else message


class UnknownCaptureError(UsageError):
    """No capture (or more than one) matches the given id or prefix."""


class CaptureError(ArchiverError):
    """A URL could not be captured (DNS, refused, TLS, timeout): nothing was written."""

    exit_code = EXIT_PROBLEM

    def __init__(self, message: str, *, url: str | None = None, kind: str = "error") -> None:
        super().__init__(message)
        self.url = url
        self.kind = kind


class WarcError(ArchiverError):
    """A WARC file is unreadable, truncated or its digests do not match."""


class UnreadableRecordError(WarcError):
    """Bytes that are not a readable WARC record where one was expected (``name``@``offset``).

    warcio's own exceptions never leave :mod:`archiver.capture`: every read of a WARC file goes
    through :func:`archiver.capture.warc_places.reading_warc`, which raises this instead, so each
    command that reads one (show, verify-quote, export, reindex, cdxj, log verify --deep, and
    import and verify-bundle, which report it as where the file stops being readable) says
    which file and which byte in one line.
    """

    def __init__(self, message: str, *, name: str, offset: int) -> None:
        super().__init__(message)
        self.name = name
        self.offset = offset


class NotRegularFileError(IsADirectoryError, ArchiverError):
    """A path of the store that names no regular file: a FIFO, a socket, a device or a folder
    where a file (a WARC file) belongs (:func:`archiver.core.files.open_regular`). Also the OS
    error a folder there raises, so every reader that names a folder in a file's place names
    this too, at once: a plain ``open`` of a FIFO waits for a writer that never comes."""


class StoreError(ArchiverError):
    """The store cannot be opened or is in a state we refuse to write to."""


class IncompleteCheckError(ArchiverError):
    """A check could not be completed (missing file, missing key, unreachable service)."""

    exit_code = EXIT_INCOMPLETE


class NotIndexedError(IncompleteCheckError):
    """A capture the provenance log lists is not in the index (a derived cache): a process stopped
    between logging it and indexing it, or the index lost it. Its evidence is intact; ``reindex``
    brings it back. Said so, not "no capture with id" (the user would think it gone)."""


class NoUsableTextError(IncompleteCheckError):
    """A check needs a capture's text and there is none to use: its extraction failed (``archiver
    reextract ID`` tries again), or whether a browser shows any text of its bytes cannot be decided
    (they inflate past a limit). Exit 3 (task sec61, conventions.md): the capture id and the quote are
    valid input, so not exit 2; the check could not be completed. A capture a browser shows no text of
    (a download) is no such case: that is decided, and a quote is not in it (exit 1)."""


class KeyMissingError(IncompleteCheckError):
    """The log's signing key is not on this machine, so appending is refused."""


class LockBusyError(IncompleteCheckError):
    """Another process held a lock (the store's, its log's) longer than a bounded wait for it."""


class WarcLockHeldError(LockBusyError, StoreError):
    """A new WARC file's lock is held by a process that does not let it go (stopped, or asleep
    inside what is an instant's hold, or running past a generous bound): nothing was written.
    A lock held past a bounded wait, exit 3 as :class:`LockBusyError` (before sec56 a
    :class:`StoreError`, exit 1). It says nothing of the URL being captured, so ``batch`` tries
    the URL again (another file, another lock)."""


class WarcWaitStoppedError(WarcLockHeldError):
    """A writer's wait for a new WARC file's lock, ended by a batch's first Ctrl-C (or SIGTERM):
    nothing was written and the URL was not tried, so the batch leaves it pending for a re-run."""


class WriteInProgressError(LockBusyError):
    """The log lists captures the index does not hold yet, and another process holding the
    store's lock (an ``archive``, a batch worker, an ``import`` between its log append and its
    index rows) had not indexed them within a bounded wait: a live write, not damage; the reader
    says so (exit 3: try again) instead of "the index lacks ... run reindex"."""


class ExtractionError(ArchiverError):
    """The archived bytes yielded no article (reason says why)."""


class IntegrityError(ArchiverError):
    """Tampering or corruption detected in the log, a proof, a WARC or a bundle."""

    exit_code = EXIT_PROBLEM


class NewerStoreError(UsageError):
    """A file of the store was made by a newer archiver (its schema is one this version does not
    know): it is neither read (its columns may mean something else) nor rewritten older."""


class NoStoreError(UsageError):
    """The path given as the store holds no archiver store; a reading command creates nothing."""


class ReadOnlyStoreError(IncompleteCheckError):
    """The store is read-only (a read-only medium, or opened for reading): nothing can be logged."""


class LockUnsupportedError(IncompleteCheckError):
    """The file system holding a lock file refused ``flock`` for a reason other than another
    holder (ENOLCK on NFS without lockd, EINVAL or EOPNOTSUPP on some FUSE or SMB mounts):
    archiver cannot keep two processes from writing at once there, so it writes nothing (exit 3,
    an environment problem)."""


class ResourceError(IncompleteCheckError):
    """The machine ran out of something a command needs (disk space, a disk quota, open files)
    or a file system it writes to is read-only: an environment problem, not bad input nor a
    fault in the store, so the command could not complete (see :mod:`archiver.core.resources`)."""


class FileSizeLimitError(IncompleteCheckError):
    """A write of the store's stopped at this process's file-size limit (``ulimit -f``,
    RLIMIT_FSIZE): nothing is damaged, the command could not complete (exit 3) under that limit."""


class LogIdentityError(IncompleteCheckError):
    """The store's provenance log is missing, replaced, rolled back or unsigned: writing is refused
    (never a new log over existing evidence); the message says how to recover."""


class LimitExceededError(ExtractionError):
    """Bytes to decode, extract or index go past a named limit (see :mod:`archiver.core.limits`).

    The capture keeps its archived bytes (they are the evidence); only the derived reading
    (extraction) is refused and recorded as an error on the capture.
    """


class MalformedInputError(UsageError):
    """Bytes in one of our formats do not decode (not UTF-8, wrong layout, bad base64).

    Each format has one decoding function that raises a subclass of this and nothing else, so a
    hostile or damaged input becomes one line at the CLI's catch site (exit 2) instead of a
    ``UnicodeDecodeError`` or ``KeyError`` from deep inside.
    """


class NoteError(ArchiverError):
    """A signed note, key or checkpoint is malformed or does not verify; the message says which."""


class MalformedNote(NoteError, MalformedInputError):
    """A signed note, checkpoint or key file does not decode (exit 2)."""


class MalformedKey(MalformedNote):
    """A verifier or signer key (``<name>+<keyid>+<key>``) does not decode."""


class NoteSignatureError(NoteError, IntegrityError):
    """A well-formed note carries no valid signature by the expected key (exit 1)."""


class MalformedEntry(MalformedInputError):
    """A provenance-log entry (to be written, or as read) is not valid JSON or breaks the schema."""


class MalformedProof(MalformedInputError):
    """A tlog-proof or consistency-proof file does not decode; the message names the line."""


class ProofError(IntegrityError):
    """A proof decoded but does not verify (raised by the ``require_*`` wrappers only)."""


class MalformedBundleFile(MalformedInputError):
    """A JSON file of a WACZ bundle (``datapackage.json``, its digest, a line of
    ``pages/pages.jsonl``, ``provenance/bundle.json``) is not JSON or not of the shape the format
    gives it; ``member`` names the file. ``import`` refuses the bundle with it (exit 2);
    ``verify-bundle`` reports it as a finding about that file (:mod:`archiver.export.bundle_json`)."""

    def __init__(self, member: str, problem: str) -> None:
        super().__init__(f"{member}: {problem}")
        self.member = member
        self.problem = problem


class MalformedManifestError(WarcError):
    """A capture manifest that is not one this version reads (bad JSON, missing fields, a newer version)."""


class InternalError(ArchiverError):
    """A bug of ours that we detected, not the user's input or the world's: said as one line
    ("internal error", please report it) at the CLI, and in a batch counted and logged as any
    unexpected exception is (kind ``internal``, with its traceback, retried by a re-run), not as
    a failure of the URL."""


class RecordInJSONError(InternalError, TypeError):
    """A value record (a ``NamedTuple``) reached JSON output unconverted, where ``json`` and
    ``rfc8785`` would write it as a positional array, its field names lost
    (:mod:`archiver.core.json_text`). A bug of ours, not the user's input: nothing is written, and
    the line says so ("internal error"); a ``TypeError`` too, like ``json``'s own for a value it
    cannot write, so a caller catching that catches this."""

    def diagnostics(self) -> str:
        return f"internal error (this JSON was not written; please report it): {self}"
