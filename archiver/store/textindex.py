"""A whole-archive text index: which captures may hold a quote, or a near-copy of it?

``archiver verify-quote QUOTE`` without a capture has to search every archived text. A linear
scan does not scale, so captures' extracted texts go into an SQLite FTS5 index kept in its own
file (``<store>/text-index.sqlite3``) that can be deleted and rebuilt at any time.

The default layout (schema 3) indexes words with their positions and nothing else: no copy of
the text (``content=''``; the texts live in the WARC files) and no column sizes. A piece of a
quote is looked up as a phrase of words, which is exact and reads a handful of word lists; the
earlier layouts matched phrases of character trigrams, dozens of lists per piece, most of them
in nearly every text (issue 14: at 100,000 texts that cost ~8x more, and the index was 5x the
text). Characters of scripts written without spaces (Chinese, Japanese, Thai, ...) are indexed
as words of their own, so any run of them is a phrase. Indexes of the earlier layouts (schema 1,
trigrams with positions; schema 2, the opt-in compact one) are still read and written;
``archiver reindex`` rebuilds a store's index in the default layout.

The index only *shortlists*; the verdict always comes from :func:`archiver.quotes.verify_quote`
on each candidate's text. So the shortlist must not miss an *altered* quote (one changed
number or word): the quote is cut into two or three long pieces, each piece is queried as a
phrase on its own, and documents are ranked by how many pieces they contain. One or two
changes leave at least one piece intact; when none is, short runs of three words are tried.
(Measured on 10,000 realistic texts: a long phrase query costs FTS5 about as much as a short
one, so a few long pieces are cheaper, and more selective, than many short ones.)

Texts and quotes are indexed in the same normalised, case-folded form as the verifier uses
(curly quotes, dashes, no-break spaces, hyphenation, editorial brackets), so a quote that
would verify as ``normalized`` is found too.

Why one file of ~880 lines: three on-disk layouts (words, the earlier trigram and compact ones,
still read so old stores keep working until ``reindex``) share one query planner; the layouts
differ in a few SQL strings, and keeping them side by side keeps the planner honest for all,
the ranking of the shortlist (:class:`Shortlist`) included.
"""

from __future__ import annotations

import contextlib
import logging
import math
import sqlite3
import zlib
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from archiver.core import lazy_re, limits
from archiver.core.resources import resource_error
from archiver.errors import NewerStoreError, StoreError, UsageError
from archiver.quotes.normalize import NORMALIZER_VERSION, fold, normalized_text
from archiver.store.index import newer_schema_error
from archiver.store.sqlite_damage import (
    DamagedIndexError,
    NamingConnection,
    ReadOvertakenError,
    damage_error,
    is_damage,
    journal_error,
    naming_damage,
    rows_named,
)
from archiver.store.sqlite_foreign import ForeignDatabaseError, refuse_foreign_database
from archiver.store.sqlite_read import connect_read_only, refuse_unheld_foreign_wal
from archiver.store.storage import (
    SQLITE_LOCK_WAIT_SECONDS,
    read_only_hint,
    sqlite_first_pragmas,
)

if TYPE_CHECKING:  # the verifier is imported by search() only: indexing a capture needs none of it
    from archiver.quotes import PreparedText, QuoteResult

logger = logging.getLogger(__name__)

#: 1 (the default): FTS5 with positions and stored bodies, phrase queries. 2 (opt-in,
#: ``compact=True``): contentless trigram index without positions plus zlib-compressed bodies,
#: about a third of the size, looked up by its rarest trigrams; slower on the synthetic bench.
#: Both are read and written; the layout is recorded in the file.
SCHEMA_VERSION = "3"
READABLE_SCHEMAS = ("1", "2", "3")
#: Schema 3 (the default): words with positions, contentless, no column sizes.
WORDS_TOKENIZER = "unicode61 remove_diacritics 0"
#: Scripts written without spaces between words: each character is indexed as a word of its
#: own, so a quote from the middle of a run of them is still a phrase of the text.
_UNSPACED_RANGES = (("\u0e00", "\u0eff"), ("\u1000", "\u109f"), ("\u1780", "\u17ff"), ("\u3040", "\u30ff"),
                    ("\u3400", "\u4dbf"), ("\u4e00", "\u9fff"), ("\uf900", "\ufaff"),
                    ("\U00020000", "\U0002fa1f"))
_UNSPACED = lazy_re.compile("([" + "".join(f"{lo}-{hi}" for lo, hi in _UNSPACED_RANGES) + "])")
DEFAULT_FRAGMENTS = 6
#: At most this many texts are shortlisted for one look-up, ties at the cut included: past it
#: the ranking is not settled and the shortlist says how many tied texts it left out (review 15
#: D: a cap of 100 rows per piece once cut the one text holding the quote verbatim).
MAX_SHORTLIST = 500
#: How many of a piece's rarest trigrams are ANDed to shortlist the rows that may hold it.
RAREST_TRIGRAMS = 8
#: Past this many rows for the rarest trigrams, a phrase query with a row limit is cheaper.
MAX_RARE_ROWS = 400
#: A compact index has no phrase query: at most this many rows holding all of a common piece's
#: trigrams are checked; reaching it leaves the ranking unsettled (see :class:`Shortlist`).
MAX_COMMON_ROWS = 300
#: Trigram document counts kept per open index (they only steer which lists are read first).
VOCAB_CACHE = 50_000
MMAP_BYTES = 1 << 30
CACHE_KIB = 64 * 1024
#: A candidate must hold at least this share of the quote's pieces ...
MIN_SHARE = 0.3
#: ... or, when no long piece matched anywhere, of its short runs: half of them (a quote with
#: one change in each third still has every other run intact; a text that shares two common
#: phrases with it is not a near-copy).
MIN_SHARE_FRAGMENTS = 0.5
_WORD_RE = lazy_re.compile(r"\w+(?:['\-.,/:]\w+)*")


#: Every table a text index of ours has had (``fts_*``: FTS5's own); a database holding none of
#: them is another program's (:func:`refuse_foreign_database`).
OUR_TABLES = ("meta", "partial", "made_from", "docs", "fts", "fts_*")


class Shortlist:
    """The texts a look-up should verify, best first, and whether that view is the whole one.

    Texts are ranked by how many of the quote's pieces they hold, then by how rare those pieces
    are (a piece held by few texts says more about each than one held by all of them), then
    oldest first. The cut at ``limit`` never splits texts that hold every piece and rank the
    same (any of them may hold the quote): all of them are kept, up to :data:`MAX_SHORTLIST`;
    ``left_out`` counts those that were not (0: no text that may hold the quote was left out).

    (A plain class: a dataclass costs every ``archive`` start-up its creation, and this module
    is on that path: tests/test_startup_imports.py.)
    """

    __slots__ = ("left_out", "scored")

    def __init__(self, scored: tuple[tuple[str, float], ...], left_out: int = 0) -> None:
        self.scored = scored  # (doc id, share of the quote's pieces it holds), best first
        self.left_out = left_out

    @property
    def ids(self) -> list[str]:
        return [doc_id for doc_id, _ in self.scored]


@runtime_checkable
class TextIndex(Protocol):
    """What whole-archive quote search needs from an index."""

    def add(self, doc_id: str, text: str) -> None:
        """Index (or re-index) the text of ``doc_id``."""

    def remove(self, doc_id: str) -> None:
        """Forget ``doc_id`` (no error if it is not indexed)."""

    def candidates(self, quote: str, limit: int = 20) -> list[str]:
        """Doc ids most likely to contain ``quote`` or a near-copy of it, best first."""


#: Where a line break may end a hyphenated word (the normaliser joins "no-\ntice"): a
#: superset of its hyphenation pattern, without the look-arounds.
_HYPHEN_BREAK = lazy_re.compile("[-\u00ad\u2010\u2011][ \t]*\r?\n")


def index_form(text: str) -> str:
    """The form texts and quotes are indexed in: normalised, editorial marks dropped, folded.

    Line breaks inside the text are made spaces first, unless one may end a hyphenated word:
    the normaliser makes a lone line break a space (or drops it before ``;:?!»›`` and after
    ``«‹``, as it drops a space there), and every run of whitespace one space, whether it
    holds line breaks or spaces; only its hyphenation needs the line break itself. So the result is the same
    string, and the normaliser's walk, which visits each line break (a page text holds one
    per line: 129 in the benchmark's page) but passes over plain spaces, costs a third less.
    tests/test_textindex_form.py holds it to the normaliser's own output.
    """
    if "\n" in text[1:-1] and _HYPHEN_BREAK.search(text) is None:
        # not the first and last characters: whitespace at either end of a text is dropped
        # when it is a match of its own (a lone line break), kept when it is not (a lone space)
        text = text[0] + text[1:-1].replace("\n", " ") + text[-1]
    return fold(normalized_text(text, unbracket=1))


def searchable_text(text: str, page_text: str) -> str:
    """What to index for a capture: its page text alone when that holds every paragraph of the
    article text (the usual case: the article is part of the visible page), else both.

    Indexing the article a second time only doubled the index; the verifier still checks the
    article text first, so nothing a search can find is lost.
    """
    return searchable(text, page_text)[0]


def searchable(text: str, page_text: str) -> tuple[str, str | None]:
    """:func:`searchable_text`, with its :func:`index_form` when deciding already computed it
    (the usual case), so that :meth:`SqliteTextIndex.add_many` does not normalise it again."""
    if not text or not page_text:
        return text or page_text, None
    page = index_form(page_text)
    paragraphs = (p for p in text.split("\n\n") if p.strip())
    if all(_verbatim_lines(p, page_text) or index_form(p).strip() in page for p in paragraphs):
        return page_text, page
    return text + "\n\n" + page_text, None


#: Characters whose lower case never depends on their neighbours, and whose NFKC form has
#: none that does (no Greek capital sigma, the one such letter): Latin, IPA, combining marks,
#: general punctuation (quotes, dashes, spaces).
_NOT_CONTEXT_FREE = lazy_re.compile("[^\x00-\u036f\u2000-\u206f]")


#: Besides ASCII letters and digits, what a paragraph may start and end with for
#: :func:`_verbatim_lines`: characters a rule changes on their own (quotes) or only looks at
#: from inside the paragraph (French spacing before ``: ? !``), never with what is outside.
_PLAIN_FIRST = frozenset('"\'\u201c\u2018')
_PLAIN_LAST = frozenset('.:?!"\'\u201d\u2019')


def _verbatim_lines(paragraph: str, page_text: str) -> bool:
    """Whether ``paragraph`` (stripped) is in ``page_text`` as whole lines, with plain edges:
    then its index form is part of the page's, without normalising it (the article's
    paragraphs are usually lines of the page text; normalising them cost a third of indexing
    a capture's text).

    Why that holds: normalising changes a character by what surrounds it only through the
    whitespace, dashes, brackets and hyphens a rule's match can consume or look at. A
    paragraph that starts with an ASCII letter or digit or an opening quote and ends with one
    or a closing quote or ``. : ? !`` (:data:`_PLAIN_FIRST`, :data:`_PLAIN_LAST`), with a
    line break or the text's end on either side, gives no match a way across its edges: what the page's normaliser does to the line breaks around it (a space, nothing, a
    dash or hyphenation eating them) only adds to either side of the paragraph's own form.
    Case folding is the same character by character for the characters allowed in it
    (:data:`_NOT_CONTEXT_FREE`). Anything else is normalised and compared, as before;
    tests/test_textindex_form.py holds the two paths to the same answers.
    """
    p = paragraph.strip()
    first, last = p[:1], p[-1:]
    if not ((first.isascii() and first.isalnum()) or first in _PLAIN_FIRST) or not (
            (last.isascii() and last.isalnum()) or last in _PLAIN_LAST):
        return False
    if _NOT_CONTEXT_FREE.search(p) is not None:
        return False
    start = page_text.find(p)
    while start >= 0:
        end = start + len(p)
        if (start == 0 or page_text[start - 1] == "\n") and (end == len(page_text) or page_text[end] == "\n"):
            return True
        start = page_text.find(p, start + 1)
    return False


def _word_spans(quote: str) -> list[tuple[str, list[tuple[int, int]]]]:
    """Each ellipsis part of the quote in index form, with the spans of its words."""
    from archiver.quotes.parse import parse_quote

    out = []
    for part in parse_quote(quote).parts:
        norm = index_form(part.plain()).strip()
        spans = [(m.start(), m.end()) for m in _WORD_RE.finditer(norm)]
        if spans:
            out.append((norm, spans))
    return out


def quote_pieces(quote: str) -> list[str]:
    """The first look-up: each ellipsis part in two or three long pieces.

    A near-copy with one or two changed words still contains at least one piece verbatim,
    and a long phrase costs FTS5 about as little as a short one (the rarest trigram leads),
    so three long pieces are both cheaper and more selective than many short ones. Pieces
    are substrings of the normalised quote, punctuation included, so they match the text.
    """
    pieces: list[tuple[int, str]] = []
    for norm, spans in _word_spans(quote):
        n = len(spans)
        k = 1 if n < 6 else 2 if n < 12 else 3
        for j in range(k):
            a, b = j * n // k, (j + 1) * n // k - 1
            pieces.append((b - a + 1, norm[spans[a][0] : spans[b][1]]))
    # a one-word ellipsis part ("cover … studies ...") says little: leave it to the others
    if any(words >= 2 for words, _ in pieces):
        pieces = [(w, p) for w, p in pieces if w >= 2]
    return [p for p in dict.fromkeys(p for _, p in pieces) if len(p) >= 3]


def quote_fragments(quote: str, *, count: int = DEFAULT_FRAGMENTS) -> list[str]:
    """The fallback look-up: short runs of words spread over the quote.

    Used when no long piece matched (a quote changed in several places): runs of three
    consecutive words, side by side, at most ``count`` of them spread evenly. No run spans
    an ellipsis.
    """
    pieces: list[str] = []
    for norm, spans in _word_spans(quote):
        n = len(spans)
        size = min(3, n)
        starts = list(range(0, n - size + 1, size))
        if starts[-1] != n - size:
            starts.append(n - size)  # the tail, whatever the step
        pieces.extend(norm[spans[i][0] : spans[i + size - 1][1]] for i in starts)
    pieces = [p for p in dict.fromkeys(pieces) if len(p) >= 3]
    if len(pieces) <= count:
        return pieces
    keep = sorted({round(k * (len(pieces) - 1) / (count - 1)) for k in range(count)})
    return [pieces[i] for i in keep]


def _enough(rarest: list[str], counts: dict[str, int], n_docs: int, target: float = 50.0) -> int:
    """How many of the rarest trigrams to AND: each list read costs its length, so stop once
    the expected number of rows holding them all (as if independent) is down to ``target``."""
    expected = float(max(1, n_docs))
    for k, g in enumerate(rarest[:RAREST_TRIGRAMS], start=1):
        expected *= counts[g] / max(1, n_docs)
        if k >= 2 and expected <= target:
            return k
    return RAREST_TRIGRAMS


def _prepared(item: tuple[str, str] | tuple[str, str, str | None], cap: int) -> tuple[str, str, int, int]:
    """(doc id, index form of at most ``cap`` characters, text length, indexed length)."""
    doc_id, text = item[0], item[1]
    form = item[2] if len(item) > 2 and len(text) <= cap else None
    return doc_id, form if form is not None else index_form(text[:cap]), len(text), min(len(text), cap)


def _unpack(body: bytes | None) -> str:
    """A compact index's stored body (zlib-compressed UTF-8)."""
    return zlib.decompress(body).decode("utf-8") if body else ""


def _holds_unspaced(text: str) -> bool:
    """Whether ``text`` holds a character of :data:`_UNSPACED`, without compiling it.

    Why: sre builds that class a code point at a time (~30,000 of them, ~2 ms, issue 13), and
    one curly quote or accent made every ``archive URL`` of a Latin page pay it. The few distinct
    characters at or above the lowest range (a Latin page's quotes and dashes), found in C by
    :data:`_AT_OR_ABOVE_UNSPACED`, are checked against the ranges the pattern is built from
    (tests/test_textindex_unspaced.py; ``max`` and ``set`` of the whole text took ~0.24 ms a page)."""
    if text.isascii():
        return False
    return any(lo <= c <= hi for c in set(_AT_OR_ABOVE_UNSPACED.findall(text)) for lo, hi in _UNSPACED_RANGES)


#: Every character at or above the lowest range of :data:`_UNSPACED` (one small negated class).
_AT_OR_ABOVE_UNSPACED = lazy_re.compile(r"[^\x00-" + chr(ord(_UNSPACED_RANGES[0][0]) - 1) + "]")


def _spaced(text: str) -> str:
    """``text`` with every character of a script written without spaces set apart as a word."""
    if not (_UNSPACED.is_compiled and not text.isascii()) and not _holds_unspaced(text):
        return text
    return _UNSPACED.sub(r" \1 ", text)


def _fts_phrase(piece: str) -> str:
    return '"' + piece.replace('"', '""') + '"'


def _newer(version: object) -> bool:
    """Whether a text index's recorded schema is one a newer archiver wrote: a number above ours,
    or anything else this version does not know (an older unknown number is rebuilt by reindex)."""
    if version in READABLE_SCHEMAS:
        return False
    try:
        return int(str(version)) > int(SCHEMA_VERSION)
    except ValueError:
        return True


def refuse_newer_text_index(path: Path) -> None:
    """Refuse the text index at ``path`` now if a newer archiver made it (its schema is none
    this version reads), reading it without changing any file; a missing or damaged one is left
    to its opening. (See :func:`archiver.store.index.refuse_newer_index`: the same check, and
    the same words, for the text index.)"""
    if not path.exists():
        return
    try:
        db = connect_read_only(path, what="the text index", timeout=SQLITE_LOCK_WAIT_SECONDS, isolation_level=None)
    except sqlite3.DatabaseError:
        return
    try:
        version = db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    except sqlite3.DatabaseError:
        return  # (no meta table, not a database: said by the opening, as before)
    finally:
        db.close()
    if version is not None and _newer(version[0]):
        raise newer_schema_error("text index", path, str(version[0]), int(SCHEMA_VERSION))


class SqliteTextIndex:
    """An FTS5 index of normalised texts in its own SQLite file.

    Uses the ``trigram`` tokenizer when the SQLite library has it (3.34+); otherwise falls
    back to ``unicode61`` word tokens, where fragments become word phrases (still exact-word
    matching, so the shortlist stays useful, only a little less tolerant).
    """

    def __init__(self, path: Path | str, *, tokenizer: str | None = None, read_only: bool = False,
                 compact: bool = False) -> None:
        """Open (or create) the index at ``path``.

        ``tokenizer`` forces ``"trigram"`` or ``"unicode61"`` for a new index (tests use it to
        exercise the fallback); by default the best one this SQLite has is used.
        ``read_only`` creates and changes no file (a missing index reads as empty).
        """
        self.path = Path(path)
        self._want = tokenizer
        self._want_compact = compact
        self._vocab = False
        self._counts: dict[str, int] = {}
        self.compact = False  # schema 2: bodies in docs (compressed), FTS5 contentless, no positions
        self.words = False  # schema 3: words with positions, contentless (no bodies anywhere)
        if read_only:
            self._open_read_only()
            return
        refuse_unheld_foreign_wal(self.path, "the text index")  # (before SQLite applies it, and checkpoints it in)
        try:
            # isolation_level=None: we open transactions ourselves (set-up must be one
            # exclusive transaction, or two processes opening a new store race).
            self._db: sqlite3.Connection = sqlite3.connect(str(self.path), timeout=SQLITE_LOCK_WAIT_SECONDS, isolation_level=None,
                                       check_same_thread=False,  # closed by whichever thread closes the store
                                       factory=NamingConnection)
        except sqlite3.Error as exc:  # the open-files limit, a full disk: one line naming it, as below
            if (found := resource_error(exc, self.path.parent)) is not None:
                raise found from exc
            raise StoreError(f"cannot open the text index {self.path}: {exc}{read_only_hint(self.path)}") from exc
        try:
            # FTS5 segment merges free a third of a small index's pages: a new index gives them
            # back to the file system after each write (a no-op once the file has its header)
            # (read first: on a set-up file they are no-ops that still ask for the write lock, and a
            # reader waited 60 s behind another process's write transaction, review 17 F2)
            refuse_foreign_database(self._db, "the text index", self.path, OUR_TABLES)  # (before any write)
            if self._db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                sqlite_first_pragmas(self._db, ["PRAGMA auto_vacuum=INCREMENTAL", "PRAGMA journal_mode=WAL"])
            self._db.execute("PRAGMA synchronous=NORMAL")
            # doclists are read over and over: map the file and keep a generous page cache
            self._db.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
            self._db.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
            self.tokenizer = self._setup()
            naming_damage(self._db, "the text index", self.path)
        except (NewerStoreError, DamagedIndexError, ForeignDatabaseError):
            self._db.close()
            raise
        except sqlite3.DatabaseError as exc:
            self._db.close()
            if (found := resource_error(exc, self.path.parent)) is not None:
                raise found from exc  # a full disk is no damage: "run reindex" would be wrong advice
            if type(exc) is sqlite3.DatabaseError or is_damage(exc):  # derived, so rebuildable
                raise StoreError(f"the text index {self.path} is damaged ({exc}); run 'archiver reindex' "
                                 "to rebuild it") from exc
            raise StoreError(f"cannot open the text index {self.path}: {exc}{read_only_hint(self.path)}") from exc

    def _open_read_only(self) -> None:
        """Read the index without creating or changing any file (reading is never writing)."""
        try:
            if not self.path.exists():
                self._db = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
                self.tokenizer = self._setup()
                return
            self._db = connect_read_only(self.path, what="the text index", timeout=60, isolation_level=None,
                                       check_same_thread=False, factory=NamingConnection)
            try:  # (another program's database: said as reindex says it, not "unreadable ... run reindex")
                refuse_foreign_database(self._db, "the text index", self.path, OUR_TABLES)
            except ForeignDatabaseError:
                self._db.close()
                raise
            self._db.execute(f"PRAGMA mmap_size={MMAP_BYTES}")  # as when writing: lists are read often
            self._db.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
            row = self._db.execute("SELECT value FROM meta WHERE key = 'tokenizer'").fetchone()
            if row is None:
                raise sqlite3.DatabaseError("no tokenizer recorded")
            self.tokenizer = str(row[0])
            version = self._db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
            if version is not None and _newer(version[0]):
                self._db.close()
                raise newer_schema_error("text index", self.path, str(version[0]), int(SCHEMA_VERSION))
            if version is None or version[0] not in READABLE_SCHEMAS:
                raise sqlite3.DatabaseError(f"schema {version[0] if version else None} is not one this "
                                            "version reads")
            self.compact, self.words = version[0] == "2", version[0] == "3"
            naming_damage(self._db, "the text index", self.path)
        except sqlite3.DatabaseError as exc:
            if (journal := journal_error(exc, "the text index", self.path)) is not None:
                raise journal from exc
            if (found := resource_error(exc, self.path.parent)) is not None:
                raise found from exc
            if is_damage(exc):  # (a writer's checkpoint under this read's first pages: its connection says)
                said = damage_error(exc, "the text index", self.path, getattr(self, "_db", None))
                if isinstance(said, ReadOvertakenError):
                    self._db.close()
                    raise said from exc
            raise StoreError(f"the text index {self.path} is unreadable ({exc}); run 'archiver reindex' "
                             "to rebuild it") from exc

    # -- set-up --------------------------------------------------------------------------

    def _setup(self) -> str:
        db = self._db
        ready = self._set_up_already()
        if ready is not None:
            return ready
        db.execute("BEGIN IMMEDIATE")
        try:
            tokenizer = self._setup_locked()
        except BaseException:
            if db.in_transaction:  # SQLite may have rolled back on its own (a full disk)
                db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
        return tokenizer

    def _set_up_already(self) -> str | None:
        """The tokenizer of an index already set up, read without taking the write lock; None
        when set-up (under the lock) is needed. Every command that may write opened the text
        index with ``BEGIN IMMEDIATE``, so a whole-archive ``verify-quote`` waited behind a
        reindex's or a batch's write transaction for SQLite's 60 s and then failed (review 17 F2);
        in WAL mode a read never waits for a writer."""
        db = self._db
        try:
            row = db.execute("SELECT value FROM meta WHERE key = 'tokenizer'").fetchone()
            version = db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
            partial = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'partial'").fetchone()
            made = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'made_from'").fetchone()
        except sqlite3.OperationalError:  # no meta table yet: a new index
            return None
        if version is not None and _newer(version[0]):  # (before set-up writes a table)
            raise newer_schema_error("text index", self.path, str(version[0]), int(SCHEMA_VERSION))
        if row is None or version is None or version[0] not in READABLE_SCHEMAS or partial is None or made is None:
            return None
        self.compact, self.words = version[0] == "2", version[0] == "3"
        return str(row[0])

    def _setup_locked(self) -> str:
        db = self._db
        db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        # Texts longer than the index limit are indexed in part; searches say how many.
        db.execute("CREATE TABLE IF NOT EXISTS partial (doc_id TEXT PRIMARY KEY, indexed INTEGER NOT NULL, "
                   "total INTEGER NOT NULL)")
        # Which extraction each text was made from (its text_sha256): a text the capture index has
        # since pointed past (a reextract stopped before its text was indexed) is no indexed text.
        # A table beside the others, not a new schema: an index made before it reads as before
        # (a text with no row here is taken as the capture's current one), and older versions
        # read and write this file as they did.
        db.execute("CREATE TABLE IF NOT EXISTS made_from (doc_id TEXT PRIMARY KEY, text_sha256 TEXT NOT NULL)")
        row = db.execute("SELECT value FROM meta WHERE key = 'tokenizer'").fetchone()
        if row is not None:
            version = db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
            if version is None or version[0] not in READABLE_SCHEMAS:
                raise StoreError(
                    f"the text index {self.path} has another schema version: run 'archiver reindex' "
                    "to rebuild it"
                )
            self.compact, self.words = version[0] == "2", version[0] == "3"
            return str(row[0])
        if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'fts'").fetchone() is not None:
            # texts indexed, but nothing says how (a meta table lost or emptied): setting up
            # afresh failed on the existing table with "this SQLite has no FTS5"
            raise damage_error(sqlite3.OperationalError("its texts are indexed but its meta table names no "
                                                        "tokenizer"), "the text index", self.path)
        if self._want is None and not self._want_compact:
            return self._setup_words()
        tokenizer = self._want or "trigram"
        if tokenizer not in ("trigram", "unicode61"):
            raise UsageError(f"unknown tokenizer {tokenizer!r}: use trigram or unicode61")
        # compact (schema 2) is opt-in: a quarter of the disk, but on the synthetic bench its
        # look-ups were 4-6x slower than phrase queries with positions (bench section 6)
        schema = "2" if self._want_compact else "1"
        try:
            # trigram look-ups need no positions (rarest trigrams ANDed, then the body checked)
            # and no stored copy in FTS5 (the compressed body in docs serves the check)
            opts = ", detail=none, content=''" if tokenizer == "trigram" and schema == "2" else ""
            db.execute(f"CREATE VIRTUAL TABLE fts USING fts5(body, tokenize='{tokenizer}'{opts})")
        except sqlite3.OperationalError:
            logger.warning(
                "SQLite %s has no FTS5 trigram tokenizer; using unicode61", sqlite3.sqlite_version
            )
            tokenizer = "unicode61"
            try:
                db.execute("CREATE VIRTUAL TABLE fts USING fts5(body, tokenize='unicode61')")
            except sqlite3.OperationalError as exc:
                raise StoreError(
                    f"this SQLite ({sqlite3.sqlite_version}) has no FTS5: {exc}"
                ) from exc
        if tokenizer != "trigram":
            schema = "1"  # word phrases need positions: the full layout
        db.execute("CREATE TABLE docs (id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL UNIQUE, body BLOB)")
        db.executemany(
            "INSERT INTO meta (key, value) VALUES (?, ?)",
            [("schema", schema), ("tokenizer", tokenizer), ("normalizer", NORMALIZER_VERSION)],
        )
        self.compact = schema == "2"
        return tokenizer

    def _setup_words(self) -> str:
        """Schema 3, the default: words with their positions, and nothing else.

        Phrase queries on words are exact (a piece matches only where its words follow each
        other) and read a few word lists instead of the dozens of trigram lists a phrase of
        trigrams reads, most of them in nearly every text (issue 14: 8x faster at 100k texts).
        Contentless (``content=''``) and without column sizes: the texts live in the WARC
        files, and the quote engine verifies each candidate against the capture's own text.
        """
        db = self._db
        try:
            db.execute(f"CREATE VIRTUAL TABLE fts USING fts5(body, tokenize='{WORDS_TOKENIZER}', "
                       "content='', columnsize=0)")
        except sqlite3.OperationalError as exc:
            raise StoreError(f"this SQLite ({sqlite3.sqlite_version}) has no FTS5: {exc}") from exc
        # AUTOINCREMENT: a removed text's postings stay in a contentless index (it cannot be
        # given back its words), so its row id must never name another text
        db.execute("CREATE TABLE docs (id INTEGER PRIMARY KEY AUTOINCREMENT, doc_id TEXT NOT NULL UNIQUE)")
        db.executemany("INSERT INTO meta (key, value) VALUES (?, ?)",
                       [("schema", SCHEMA_VERSION), ("tokenizer", "words"), ("normalizer", NORMALIZER_VERSION)])
        self.words = True
        return "words"

    # -- writing -------------------------------------------------------------------------

    def add(self, doc_id: str, text: str) -> None:
        """Index (or re-index) one text."""
        self.add_many([(doc_id, text)])

    def add_many(self, items: Iterable[tuple[str, str] | tuple[str, str, str | None]],
                 made_from: Mapping[str, str | None] | None = None) -> int:
        """Index many texts in one transaction (a rebuild); returns how many were added.

        An item may carry the text's :func:`index_form` already computed (see :func:`searchable`).
        ``made_from``: doc id -> the ``text_sha256`` of the extraction the text is (see
        :meth:`made_from`).
        """
        # Normalise before taking the write lock: it is the slow part, and other
        # processes of the same store are waiting for that lock. At most INDEX_MAX_CHARS of
        # each text are indexed (normalising costs several times the text in memory).
        cap = limits.current().index_max_chars
        prepared = [_prepared(item, cap) for item in items]
        with self._transaction():
            for doc_id, body, total, indexed in prepared:
                self._remove(doc_id)
                if self.compact:
                    cur = self._db.execute("INSERT INTO docs (doc_id, body) VALUES (?, ?)",
                                           (doc_id, zlib.compress(body.encode("utf-8"), 6)))
                else:
                    cur = self._db.execute("INSERT INTO docs (doc_id) VALUES (?)", (doc_id,))
                if self.words:
                    body = _spaced(body)
                self._db.execute("INSERT INTO fts (rowid, body) VALUES (?, ?)", (cur.lastrowid, body))
                if indexed < total:
                    self._db.execute("INSERT INTO partial (doc_id, indexed, total) VALUES (?, ?, ?)",
                                     (doc_id, indexed, total))
                digest = (made_from or {}).get(doc_id)
                if digest:
                    self._db.execute("INSERT INTO made_from (doc_id, text_sha256) VALUES (?, ?)", (doc_id, digest))
        self._db.executescript("PRAGMA incremental_vacuum;")  # no-op in an index made without auto_vacuum
        return len(prepared)

    def partial_count(self) -> int:
        """How many texts were indexed only in part (longer than the index limit)."""
        return int(self._db.execute("SELECT count(*) FROM partial").fetchone()[0])

    @contextlib.contextmanager
    def waiting_at_most(self, seconds: float) -> Iterator[None]:
        """Inside, a write waits ``seconds`` at most for another process's (a stopping batch's)."""
        self._db.execute(f"PRAGMA busy_timeout={int(seconds * 1000)}")
        try:
            yield
        finally:
            self._db.execute(f"PRAGMA busy_timeout={int(SQLITE_LOCK_WAIT_SECONDS * 1000)}")

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if self._db.in_transaction:  # SQLite may have rolled back on its own (a full disk)
                self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def remove(self, doc_id: str) -> None:
        with self._transaction():
            self._remove(doc_id)

    def _remove(self, doc_id: str) -> None:
        body = ", body" if self.compact else ""  # a schema 1 docs table has no body column
        row = self._db.execute(f"SELECT id{body} FROM docs WHERE doc_id = ?", (doc_id,)).fetchone()
        if row is not None:
            if self.compact:  # a contentless FTS5 row is deleted by giving its text back
                self._db.execute("INSERT INTO fts (fts, rowid, body) VALUES ('delete', ?, ?)",
                                 (row[0], _unpack(row[1])))
            elif self.words:
                pass  # no text to give back: its postings name a row id no text has any more
            else:
                self._db.execute("DELETE FROM fts WHERE rowid = ?", (row[0],))
            self._db.execute("DELETE FROM docs WHERE id = ?", (row[0],))
        self._db.execute("DELETE FROM partial WHERE doc_id = ?", (doc_id,))
        self._db.execute("DELETE FROM made_from WHERE doc_id = ?", (doc_id,))

    def optimize(self) -> None:
        """Merge FTS5 segments (after a bulk build: smaller file, faster queries)."""
        with self._transaction():
            self._db.execute("INSERT INTO fts (fts) VALUES ('optimize')")
        self._db.executescript("PRAGMA incremental_vacuum;")

    # -- reading -------------------------------------------------------------------------

    def __len__(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM docs").fetchone()[0])

    def normalizer_version(self) -> str | None:
        """The normalisation rules' version (:data:`~archiver.quotes.normalize.NORMALIZER_VERSION`)
        the texts were indexed under; ``None``: an index built before it was recorded."""
        row = self._db.execute("SELECT value FROM meta WHERE key = 'normalizer'").fetchone()
        return None if row is None else str(row[0])

    def doc_ids(self) -> set[str]:
        """Every indexed doc id (a capture id)."""
        with rows_named(self._db):
            return {r[0] for r in self._db.execute("SELECT doc_id FROM docs")}

    def held(self, doc_ids: Collection[str]) -> set[str]:
        """Which of ``doc_ids`` are indexed (one look-up each, not a read of every id)."""
        ids = list(doc_ids)
        out: set[str] = set()
        with rows_named(self._db):
            for at in range(0, len(ids), 500):  # (SQLite's limit on bound parameters)
                part = ids[at:at + 500]
                out.update(r[0] for r in self._db.execute(
                    f"SELECT doc_id FROM docs WHERE doc_id IN ({','.join('?' * len(part))})", part))
        return out

    def made_from(self) -> dict[str, str]:
        """Doc id -> the ``text_sha256`` of the extraction its indexed text was made from (texts
        indexed before this was recorded have none: an index made by an older version)."""
        with rows_named(self._db):  # (outside the try: a corrupt page is no missing table)
            try:
                return {r[0]: r[1] for r in self._db.execute("SELECT doc_id, text_sha256 FROM made_from")}
            except sqlite3.OperationalError:  # (read-only, an index made before the table)
                return {}

    def __contains__(self, doc_id: object) -> bool:
        return (
            self._db.execute("SELECT 1 FROM docs WHERE doc_id = ?", (doc_id,)).fetchone()
            is not None
        )

    def candidates(self, quote: str, limit: int = 20) -> list[str]:
        """Doc ids ranked by how many of the quote's pieces they contain (see :meth:`shortlist`).

        Only documents that hold a fair share of the pieces are returned (at least
        :data:`MIN_SHARE` of them, and at least 60 % as many as the best document): one
        common phrase in common is not a near-copy. Raises :class:`UsageError` for an empty
        quote; returns ``[]`` when nothing qualifies.
        """
        return self.shortlist(quote, limit=limit).ids

    def shortlist(self, quote: str, limit: int = 20, bound: int = MAX_SHORTLIST) -> Shortlist:
        """The texts to verify ``quote`` against: at least the best ``limit`` (fewer if fewer
        qualify), more when texts tie at the cut, never more than ``bound`` (see :class:`Shortlist`).

        Every piece's rows are read, with no cap: a text holding the quote verbatim holds every
        piece, so it ranks first however many other texts share a common piece with it (a cap
        per piece once left it 101st among 220 near-identical pages, and an older page that
        held one piece was verified in its place).
        """
        if limit <= 0:
            raise UsageError("limit must be positive")
        share = MIN_SHARE
        hits, asked, unsettled = self._hits(quote_pieces(quote))
        if not hits:  # no long piece is intact: try short runs of words
            share = MIN_SHARE_FRAGMENTS
            hits, asked, unsettled = self._hits(quote_fragments(quote))
        if not hits:
            return Shortlist(())
        # the best first: most pieces, then the rarest pieces, then the oldest text
        ranked = sorted(hits.items(), key=lambda kv: (-kv[1][0], -kv[1][1], kv[0]))
        kept: list[tuple[str, float]] = []
        floor: float | None = None
        last: tuple[int, float] | None = None
        left_out = 0
        for start in range(0, len(ranked), 500):
            chunk = ranked[start : start + 500]
            # postings of removed texts name no text (a words index cannot forget them): skipped
            names = self._names([r for r, _ in chunk])
            for rowid, key in chunk:
                if rowid not in names:
                    continue
                if floor is None:  # the best text that exists
                    # with two of three pieces in the best text, one is no near-copy
                    floor = max(1.0, share * asked, math.ceil(key[0] * 0.6))
                if key[0] < floor:
                    break
                if len(kept) >= limit:
                    # Past the cut only texts holding every piece, tied with the last one kept,
                    # are kept: any of them may hold the quote. A text lacking a piece can only
                    # be a near-copy; which near-copy is reported is decided by the ranking (the
                    # rarest pieces first), and keeping its ties cost seconds a look-up (common
                    # phrases tie in hundreds of texts of a large archive).
                    if key != last or key[0] < asked:
                        break
                    if len(kept) >= max(bound, limit):
                        left_out += 1  # a possible holder past the bound: counted, not verified
                        continue
                kept.append((names[rowid], key[0] / asked))
                last = key
            else:
                continue
            break
        return Shortlist(tuple(kept), left_out + unsettled)

    def _names(self, rows: list[int]) -> dict[int, str]:
        """The doc ids of ``rows`` (rows no text has are left out)."""
        names: dict[int, str] = {}
        for start in range(0, len(rows), 500):
            chunk = rows[start : start + 500]
            marks = ",".join("?" * len(chunk))
            with rows_named(self._db):
                names.update(self._db.execute(f"SELECT id, doc_id FROM docs WHERE id IN ({marks})", chunk))
        return names

    def _hits(self, pieces: list[str]) -> tuple[dict[int, tuple[int, float]], int, bool]:
        """For each row, how many of ``pieces`` it contains and how rare they are (the sum of
        their inverse document frequencies); how many pieces were asked; and whether a piece's
        rows were cut at a cap (only a compact index's most common pieces are)."""
        per_piece: list[list[int]] = []
        unsettled = False
        asked = 0
        for piece in pieces:
            query = self._match_expr(piece)
            if not query:
                continue
            asked += 1
            try:
                rows = self._rows_with(piece) if self.compact else None
                if rows is None and self.compact:
                    rows = self._rows_with(piece, common=True)
                    unsettled = unsettled or len(rows or ()) >= MAX_COMMON_ROWS
                if rows is None:
                    with rows_named(self._db):
                        rows = [r for (r,) in self._db.execute("SELECT rowid FROM fts WHERE fts MATCH ?", (query,))]
            except DamagedIndexError:
                raise  # (a lost table is no unparsable piece: "not found" would be a false verdict)
            except sqlite3.OperationalError as exc:  # a piece FTS5 cannot parse: skip it
                logger.debug("piece %r skipped: %s", piece, exc)
                continue
            per_piece.append(rows)
        total = max(1, len(self))
        hits: dict[int, tuple[int, float]] = {}
        for rows in per_piece:
            weight = math.log((total + 1) / (len(rows) + 0.5))
            for rowid in rows:
                held, rarity = hits.get(rowid, (0, 0.0))
                hits[rowid] = (held + 1, rarity + weight)
        return hits, asked, unsettled

    def _rows_with(self, piece: str, *, common: bool = False) -> list[int] | None:
        """Rows holding ``piece``, found through its rarest trigrams (None: use a phrase query).

        A phrase query reads the position list of every trigram of the phrase, and the typical
        trigram of a quote is in most documents, so its cost grows with the archive. Here the
        document counts of the piece's trigrams are looked up (fts5vocab), the few rarest are
        ANDed (reading only their short lists), and the survivors' stored bodies are checked
        for the piece itself. When even the rarest trigrams are common, the phrase query (which
        stops at its row limit) is cheaper; a compact index (no positions) has no phrase query,
        so there (``common``) all the piece's trigrams are ANDed and the first
        :data:`MAX_RARE_ROWS` rows checked: a piece that common says little about any text.
        """
        grams = list({piece[i : i + 3] for i in range(len(piece) - 2)})
        if not grams:
            return None
        counts = self._doc_counts(grams)
        if len(counts) < len(grams):
            # a trigram no document has: no document holds the piece (unless the tokenizer
            # folds a non-ASCII letter otherwise than we do: then let FTS5 decide)
            return [] if piece.isascii() else None
        rarest = sorted(grams, key=lambda g: (counts[g], g))
        if common:
            expr = " AND ".join(_fts_phrase(g) for g in rarest)
            with rows_named(self._db):
                rows = [r for (r,) in self._db.execute("SELECT rowid FROM fts WHERE fts MATCH ? LIMIT ?",
                                                       (expr, MAX_COMMON_ROWS))]
        else:
            rarest = rarest[: _enough(rarest, counts, len(self))]
            if counts[rarest[0]] > MAX_RARE_ROWS:
                return None
            expr = " AND ".join(_fts_phrase(g) for g in rarest)
            with rows_named(self._db):
                rows = [r for (r,) in self._db.execute("SELECT rowid FROM fts WHERE fts MATCH ?", (expr,))]
            if len(rows) > MAX_RARE_ROWS:
                return None
        return sorted(r for r, body in self._bodies(rows) if piece in body)

    def _bodies(self, rows: list[int]) -> Iterator[tuple[int, str]]:
        """The indexed (normalised) bodies of ``rows``."""
        table, col = ("docs", "id") if self.compact else ("fts", "rowid")
        for start in range(0, len(rows), 500):
            chunk = rows[start : start + 500]
            marks = ",".join("?" * len(chunk))
            with rows_named(self._db):
                for rowid, body in self._db.execute(
                        f"SELECT {col}, body FROM {table} WHERE {col} IN ({marks})", chunk):
                    yield rowid, _unpack(body) if self.compact else body

    def _doc_counts(self, grams: list[str]) -> dict[str, int]:
        """How many documents hold each trigram (absent ones left out), cached per index.

        A cached count may be a little stale after texts are added; it only decides which
        lists are read first, never what is found (the bodies are checked)."""
        missing = [g for g in grams if g not in self._counts]
        if missing:
            self._ensure_vocab()
            if len(self._counts) > VOCAB_CACHE:
                self._counts.clear()
            for g in missing:
                row = self._db.execute("SELECT doc FROM temp.fts_vocab WHERE term = ?", (g,)).fetchone()
                self._counts[g] = int(row[0]) if row else 0
        return {g: self._counts[g] for g in grams if self._counts[g]}

    def _ensure_vocab(self) -> None:
        """The fts5vocab view of term document counts (a temp table: read-only stores too)."""
        if not self._vocab:
            self._db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_vocab USING fts5vocab(main, fts, row)")
            self._vocab = True

    def _match_expr(self, piece: str) -> str:
        if self.words:
            return _fts_phrase(_spaced(piece)) if _WORD_RE.search(piece) else ""
        if self.tokenizer == "trigram":
            return _fts_phrase(piece) if len(piece) >= 3 else ""
        words = _WORD_RE.findall(piece)
        return _fts_phrase(" ".join(words)) if words else ""

    # -- lifetime ------------------------------------------------------------------------

    def settle(self) -> None:
        """Leave the whole index in its one file (journal mode DELETE: no write-ahead log beside
        it), so that the file can be moved into another's place (a rebuilt index); the next
        connection that writes turns write-ahead logging back on."""
        self._db.execute("PRAGMA journal_mode=DELETE")

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> SqliteTextIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def search(
    quote: str,
    index: TextIndex,
    text_of: Callable[[str], str | PreparedText | None],
    *,
    limit: int = 20,
    stop_at_verified: bool = True,
) -> list[tuple[str, QuoteResult]]:
    """Whole-archive verification: shortlist with the index, verify each candidate's text.

    ``text_of(doc_id)`` returns the text to verify against (or ``None`` if it is gone). The
    results are sorted best verdict first (ties keep the index's ranking); ``not_found``
    results are dropped. With ``stop_at_verified`` the search stops at the first ``exact`` or
    ``normalized`` verdict, so a look-up usually verifies one or two texts only.
    """
    from archiver.quotes import verdict_rank, verify_quote

    found: list[tuple[int, int, str, QuoteResult]] = []
    for rank, doc_id in enumerate(index.candidates(quote, limit=limit)):
        text = text_of(doc_id)
        if text is None:
            continue
        result = verify_quote(quote, text)
        if result.verdict == "not_found":
            continue
        found.append((verdict_rank(result.verdict), rank, doc_id, result))
        if stop_at_verified and result.verified:
            break
    found.sort(key=lambda x: (x[0], x[1]))
    return [(doc_id, result) for _, _, doc_id, result in found]
