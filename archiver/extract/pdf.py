"""PDF text and document metadata, via pypdf.

A PDF's own metadata (``/Title``, ``/Author``, ``/CreationDate``) is what the publisher put
there, so it is reported with the source ``pdf-metadata``; nothing is guessed from the text.
"""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass
from typing import Any

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from archiver.core import limits
from archiver.errors import ExtractionError

logger = logging.getLogger(__name__)
# pypdf reports recoverable damage ("EOF marker not found") as log warnings; without a handler
# Python would print them on stderr. They still reach handlers the CLI configures with -v.
logging.getLogger("pypdf").addHandler(logging.NullHandler())
_WS = re.compile(r"[ \t\r\f\v]+")
_PDF_DATE = re.compile(r"^D?:?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?")


@dataclass(frozen=True, slots=True)
class PdfContent:
    text: str
    title: str | None
    authors: tuple[str, ...]
    published: str | None
    modified: str | None
    notes: tuple[str, ...] = ()


def _pdf_date(value: object) -> str | None:
    m = _PDF_DATE.match(str(value or ""))
    if not m:
        return None
    y, mo, d = m.group(1), m.group(2) or "01", m.group(3) or "01"
    if not m.group(2):
        return y
    return f"{y}-{mo}-{d}" if m.group(3) else f"{y}-{mo}"


def _paragraphs(page_text: str) -> list[str]:
    """Blank-line separated paragraphs; lines inside a paragraph are joined by a space."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", page_text):
        para = " ".join(_WS.sub(" ", line).strip() for line in block.splitlines() if line.strip())
        if para:
            out.append(para)
    return out


def read_pdf(body: bytes) -> PdfContent:
    """Text of every page, and title/author/dates from the document information dictionary."""
    try:
        reader = PdfReader(io.BytesIO(body))
        info: dict[Any, Any] = reader.metadata or {}
        paragraphs: list[str] = []
        max_pages = limits.current().pdf_max_pages
        total = len(reader.pages)
        for i, page in enumerate(reader.pages):
            if i >= max_pages:
                break
            paragraphs.extend(_paragraphs(page.extract_text() or ""))
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise ExtractionError(f"unreadable PDF: {exc}") from exc
    title = str(info.get("/Title") or "").strip() or None
    author = str(info.get("/Author") or "").strip()
    authors = tuple(a.strip() for a in re.split(r"\s*(?:;|,| and )\s*", author) if a.strip()) if author else ()
    return PdfContent(
        text="\n\n".join(paragraphs),
        title=title,
        authors=authors,
        published=_pdf_date(info.get("/CreationDate")),
        modified=_pdf_date(info.get("/ModDate")),
        notes=(f"only the first {max_pages} of {total} pages were extracted (the PDF page limit)",)
        if total > max_pages else (),
    )
