"""What every manuscript reader produces: paragraphs of plain text with their links and
note references kept as offsets, and the notes' own paragraphs.

Readers differ (Markdown, Word, HTML, PDF); quote finding and attribution work on this one
shape only, so a new format is a new reader and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Link:
    """A hyperlink over ``text[start:end]`` of its paragraph."""

    start: int
    end: int
    url: str


@dataclass(frozen=True, slots=True)
class NoteRef:
    """A footnote or endnote reference mark at ``offset`` (the mark's own text is not in the text)."""

    offset: int
    key: str


@dataclass(slots=True)
class Paragraph:
    """One paragraph's text, and where it is in the manuscript (``place``, for the report)."""

    text: str
    place: str
    links: list[Link] = field(default_factory=list)
    notes: list[NoteRef] = field(default_factory=list)
    block_quote: bool = False
    heading: bool = False


@dataclass(slots=True)
class Note:
    """A footnote or endnote: its label as the reader sees it ("footnote 2") and its paragraphs."""

    label: str
    paragraphs: list[Paragraph]


@dataclass(slots=True)
class Manuscript:
    """A manuscript as read: body paragraphs in order, notes by key."""

    path: Path
    kind: str
    paragraphs: list[Paragraph]
    notes: dict[str, Note] = field(default_factory=dict)


class ParagraphBuilder:
    """Collects a paragraph's pieces (text, linked text, note marks) as a reader walks it."""

    def __init__(self, place: str = "", *, block_quote: bool = False, heading: bool = False) -> None:
        self.place = place
        self.block_quote = block_quote
        self.heading = heading
        self._parts: list[str] = []
        self._size = 0
        self.links: list[Link] = []
        self.notes: list[NoteRef] = []
        self._link_at: list[tuple[int, str]] = []

    def text(self, s: str) -> None:
        self._parts.append(s)
        self._size += len(s)

    def open_link(self, url: str) -> None:
        self._link_at.append((self._size, url))

    def close_link(self) -> None:
        if self._link_at:
            start, url = self._link_at.pop()
            if url and self._size > start:
                self.links.append(Link(start, self._size, url))

    def link(self, s: str, url: str) -> None:
        self.open_link(url)
        self.text(s)
        self.close_link()

    def note(self, key: str) -> None:
        self.notes.append(NoteRef(self._size, key))

    @property
    def empty(self) -> bool:
        return not "".join(self._parts).strip() and not self.notes

    def build(self) -> Paragraph:
        while self._link_at:
            self.close_link()
        return Paragraph("".join(self._parts), self.place, sorted(self.links, key=lambda x: x.start),
                         self.notes, self.block_quote, self.heading)
