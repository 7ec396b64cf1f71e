"""Read a manuscript file into :class:`~archiver.manuscript.model.Manuscript`.

Parsing is left to well-kept libraries: markdown-it-py (with mdit-py-plugins' footnotes) for
Markdown, python-docx for Word (its package gives the footnotes/endnotes parts, whose XML we
walk with the same code as the body), lxml for HTML, pypdf for PDF. Anything a reader cannot
parse is bad input: :class:`~archiver.errors.UsageError` (exit 2), one line, nothing done.

Why one file of ~590 lines: the five formats end in the same builder (paragraphs, notes, links
and what the markup hides from a reader) and share its helpers; each reader is a few dozen lines
of walking its library's tree, which split apart would each import the rest.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from archiver.core.files import open_user_file
from archiver.errors import ArchiverError, UsageError
from archiver.manuscript.model import Manuscript, Note, NoteRef, Paragraph, ParagraphBuilder

#: Largest manuscript file read (a book-length DOCX/PDF is far below this).
MAX_BYTES = 64 * 1024 * 1024
SUFFIXES = {".md": "markdown", ".markdown": "markdown", ".txt": "text", ".text": "text",
            ".html": "html", ".htm": "html", ".xhtml": "html", ".docx": "docx", ".pdf": "pdf"}
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def read_manuscript(path: Path) -> Manuscript:
    """The manuscript at ``path``, read by its suffix.

    Raises :class:`UsageError` for a missing, unreadable, oversized, unknown or malformed file.
    """
    path = Path(path)
    # what the file is comes before what its name says: a FIFO, a device or a loop of links
    # named without a suffix was "unknown manuscript type '(none)'" (open_user_file names each)
    with open_user_file(path, "manuscript") as f:
        size = os.fstat(f.fileno()).st_size
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise UsageError(f"cannot check {path}: unknown manuscript type {path.suffix or '(none)'!r} "
                         f"(supported: {', '.join(sorted(SUFFIXES))})")
    if size > MAX_BYTES:
        raise UsageError(f"manuscript {path} is {size} bytes, over the {MAX_BYTES}-byte limit")
    reader: Callable[[Path], tuple[list[Paragraph], dict[str, Note]]] = _READERS[kind]
    try:
        paragraphs, notes = reader(path)
    except ArchiverError:
        raise
    except Exception as exc:  # noqa: BLE001 - a malformed file of any kind is bad input, not a crash
        raise UsageError(f"cannot read {path} as {kind}: {type(exc).__name__}: {exc}".rstrip(": ")) from exc
    _number(paragraphs)
    return Manuscript(path=path, kind=kind, paragraphs=paragraphs, notes=notes)


def _number(paragraphs: list[Paragraph]) -> None:
    """Places for the report: "paragraph N" (or "page P, paragraph N" for PDF), counting
    the manuscript's non-empty paragraphs as a reader would."""
    n = 0
    page = None
    for p in paragraphs:
        if p.place.startswith("page ") and p.place != page:
            page, n = p.place, 0
        n += 1
        p.place = f"{page}, paragraph {n}" if page else f"paragraph {n}"


def _utf8(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise UsageError(f"manuscript {path} is not UTF-8 (byte {exc.start}): convert it first") from exc


# ------------------------------------------------------------------------------ Markdown


def read_markdown(path: Path) -> tuple[list[Paragraph], dict[str, Note]]:
    """Markdown: block quotes (``>``) flagged, links and ``[^n]`` footnote marks kept."""
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin

    tokens = MarkdownIt("commonmark").use(footnote_plugin).parse(_utf8(path))
    paragraphs: list[Paragraph] = []
    notes: dict[str, Note] = {}
    quote_depth = 0
    note_key: str | None = None
    heading = False
    for tok in tokens:
        if tok.type == "blockquote_open":
            quote_depth += 1
        elif tok.type == "blockquote_close":
            quote_depth -= 1
        elif tok.type == "footnote_open":
            label = str(tok.meta.get("label", tok.meta.get("id")))
            note_key = f"md:{label}"
            notes[note_key] = Note(f"footnote {label}", [])
        elif tok.type == "footnote_close":
            note_key = None
        elif tok.type == "heading_open":
            heading = True
        elif tok.type == "heading_close":
            heading = False
        elif tok.type == "inline":
            b = ParagraphBuilder(block_quote=quote_depth > 0 and note_key is None, heading=heading)
            _markdown_inline(tok.children or [], b)
            if b.empty:
                continue
            if note_key is not None:
                para = b.build()
                para.place = notes[note_key].label
                notes[note_key].paragraphs.append(para)
            else:
                paragraphs.append(b.build())
    return paragraphs, notes


def _markdown_inline(children: Iterable[Any], b: ParagraphBuilder) -> None:
    hiding: list[tuple[str, bool]] = []  # the inline HTML elements open here: (tag, hides its words)
    for c in children:
        if c.type == "html_inline":
            _inline_html(c.content, hiding)
            continue
        if any(hidden for _, hidden in hiding):
            continue  # (what the manuscript's reader is not shown is no part of its quotes)
        if c.type in ("text", "code_inline"):
            b.text(c.content)
        elif c.type in ("softbreak", "hardbreak"):
            b.text("\n")  # a line of its own may be a block quote's attribution line
        elif c.type == "link_open":
            b.open_link(str(c.attrs.get("href") or ""))
        elif c.type == "link_close":
            b.close_link()
        elif c.type == "footnote_ref":
            b.note(f"md:{c.meta.get('label', c.meta.get('id'))}")


_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)")
#: Elements without an end tag: they open nothing.
_VOID = frozenset(("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
                   "track", "wbr"))


def _inline_html(tag: str, hiding: list[tuple[str, bool]]) -> None:
    """Follow one inline HTML tag of a Markdown paragraph (``<span style="display:none">``,
    ``</span>``): ``hiding`` is the stack of open elements, each with whether it hides its words
    as a browser would show the rendered Markdown (:func:`archiver.extract.unrendered.is_unrendered`:
    the ``hidden`` attribute, ``display:none``, a zero font size ...)."""
    m = _TAG.match(tag)
    if m is None:
        return  # a comment, a processing instruction
    name = m.group(2).lower()
    if m.group(1):  # an end tag closes its element and whatever was left open inside it
        for i in range(len(hiding) - 1, -1, -1):
            if hiding[i][0] == name:
                del hiding[i:]
                break
        return
    if name in _VOID or tag.rstrip().endswith("/>"):
        return
    hiding.append((name, _hides(tag)))


def _hides(tag: str) -> bool:
    """Whether the element an HTML start tag opens hides its words (parsed by lxml, so its
    attributes are read as a browser reads them: entities, quoting, case)."""
    import lxml.html
    from lxml import etree

    from archiver.extract.unrendered import is_unrendered

    try:
        holder = lxml.html.fragment_fromstring(tag, create_parent="div")
    except (etree.ParserError, ValueError):
        return False
    return len(holder) > 0 and is_unrendered(holder[0])


# ------------------------------------------------------------------------------ plain text


def read_text(path: Path) -> tuple[list[Paragraph], dict[str, Note]]:
    """Plain text: paragraphs are separated by blank lines; ``>`` or indented ones are block quotes."""
    paragraphs = []
    for chunk in re.split(r"\n[ \t]*\n", _utf8(path).replace("\r\n", "\n")):
        lines = [line for line in chunk.split("\n") if line.strip()]
        if not lines:
            continue
        quoted = all(line.lstrip().startswith(">") for line in lines)
        indented = all(line.startswith(("    ", "\t")) for line in lines)
        if quoted:
            lines = [line.lstrip()[1:] for line in lines]
        text = " ".join(line.strip() for line in lines)
        paragraphs.append(Paragraph(text, "", block_quote=quoted or indented))
    return paragraphs, {}


# ------------------------------------------------------------------------------ HTML

_BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "div", "td", "th", "dd",
           "dt", "pre", "figcaption", "section", "article", "main", "body", "ol", "ul", "table",
           "tr", "tbody", "thead", "aside", "header", "footer", "figure", "dl"}
_SKIP = {"script", "style", "noscript", "template", "head", "nav"}


def read_html(path: Path) -> tuple[list[Paragraph], dict[str, Note]]:
    """HTML: block elements become paragraphs; ``<blockquote>`` is a block quote; a short
    in-page link (``<a href="#fn1">1</a>``) is a note mark whose note is the element it targets."""
    import lxml.html

    data = path.read_bytes()
    try:  # no declared charset: UTF-8 when the bytes are UTF-8 (lxml would assume Latin-1)
        data.decode("utf-8")
        parser = lxml.html.HTMLParser(encoding="utf-8")
    except UnicodeDecodeError:
        parser = None
    root = lxml.html.document_fromstring(data, parser=parser)
    base = root.base_url or ""
    targets = _note_targets(root)
    paragraphs: list[Paragraph] = []
    _html_blocks(root, paragraphs, targets, base, quoted=False)
    notes = {}
    for n, (key, el) in enumerate(targets.items(), start=1):
        paras: list[Paragraph] = []
        _html_blocks(el, paras, {}, base, quoted=False, top=True)
        label = f"note {n}"
        for p in paras:
            p.place = label
        notes[key] = Note(label, paras)
    return paragraphs, notes


def _note_targets(root: Any) -> dict[str, Any]:
    out = {}
    for a in root.iter("a"):
        href = a.get("href") or ""
        text = (a.text_content() or "").strip()
        if href.startswith("#") and len(href) > 1 and 0 < len(text) <= 5:
            found = root.xpath("//*[@id=$i]", i=href[1:])
            if found and found[0].tag != "a":
                out[href[1:]] = found[0]
    return out


def _shown(el: Any) -> bool:
    """Whether a reader of the HTML manuscript is shown ``el``: not a skipped element, nor one its
    markup hides (:func:`archiver.extract.unrendered.is_unrendered`: ``hidden``, ``display:none``,
    a zero font size...): the quote checked is the quote as printed."""
    from archiver.extract.unrendered import is_unrendered

    return isinstance(el.tag, str) and el.tag not in _SKIP and not is_unrendered(el)


def _html_blocks(el: Any, out: list[Paragraph], targets: dict[str, Any], base: str, *,
                 quoted: bool, top: bool = False) -> None:
    if not _shown(el):
        return
    if not top and el.get("id") in targets:
        return
    quoted = quoted or el.tag == "blockquote"
    has_blocks = any(isinstance(c.tag, str) and c.tag in _BLOCKS for c in el)
    if not has_blocks:
        b = ParagraphBuilder(block_quote=quoted, heading=el.tag in ("h1", "h2", "h3", "h4", "h5", "h6"))
        _html_inline(el, b, targets, base, own=True)
        if not b.empty:
            out.append(b.build())
        return
    for c in el:
        _html_blocks(c, out, targets, base, quoted=quoted)


def _html_inline(el: Any, b: ParagraphBuilder, targets: dict[str, Any], base: str, *, own: bool = False) -> None:
    if not _shown(el):
        if not own and el.tail:
            b.text(el.tail)
        return
    if el.tag == "a" and (el.get("href") or "").startswith("#") and el.get("href")[1:] in targets:
        b.note(el.get("href")[1:])
    elif el.tag == "br":
        b.text(" ")
    else:
        href = el.get("href") if el.tag == "a" else None
        if href:
            b.open_link(urljoin(base, href.strip()))
        if el.text:
            b.text(el.text)
        for c in el:
            _html_inline(c, b, targets, base)
        if href:
            b.close_link()
    if not own and el.tail:
        b.text(el.tail)


# ------------------------------------------------------------------------------ Word


def read_docx(path: Path) -> tuple[list[Paragraph], dict[str, Note]]:
    """Word: body paragraphs (tables' too) in order; hyperlinks (elements and HYPERLINK fields);
    footnote and endnote marks, with the notes read from ``footnotes.xml``/``endnotes.xml``.
    Quote styles ("Quote", "Intense Quote", ...) and left-indented paragraphs are block quotes."""
    import docx

    _check_docx_zip(path)
    document = docx.Document(str(path))
    styles = {s.style_id: (s.name or "") for s in document.styles}
    hidden = _hidden_styles(document)
    rels = document.part.rels
    paragraphs = [p for p in (_docx_paragraph(el, rels, styles, hidden)
                              for el in document.element.body.iter(f"{_W}p")) if p is not None]
    notes: dict[str, Note] = {}
    for part in document.part.package.iter_parts():
        name = str(part.partname)
        for kind, prefix in (("footnote", "fn"), ("endnote", "en")):
            if name.endswith(f"/{kind}s.xml"):
                _docx_notes(part, kind, prefix, styles, notes, hidden)
    _number_notes(paragraphs, notes)
    return paragraphs, notes


def _number_notes(paragraphs: list[Paragraph], notes: dict[str, Note]) -> None:
    """Label notes as Word shows them: numbered in the order the body first refers to them
    (the ids in the XML are internal: Word's own separators take the first ones)."""
    count: dict[str, int] = {}
    done: set[str] = set()
    for p in paragraphs:
        for ref in p.notes:
            if ref.key not in notes or ref.key in done:
                continue
            done.add(ref.key)
            kind = ref.key.split(":", 1)[0]
            count[kind] = count.get(kind, 0) + 1
            label = f"{'footnote' if kind == 'fn' else 'endnote'} {count[kind]}"
            notes[ref.key].label = label
            for para in notes[ref.key].paragraphs:
                para.place = label


def _check_docx_zip(path: Path) -> None:
    """Refuse a zip bomb before python-docx inflates it: the package's limits on members and
    compression ratio (:func:`archiver.core.limits.check_zip`), and :data:`MAX_BYTES` in all."""
    import zipfile

    from archiver.core.limits import check_zip

    with zipfile.ZipFile(path) as zf:
        check_zip(zf)
        total = sum(i.file_size for i in zf.infolist())
    if total > MAX_BYTES:
        raise UsageError(f"manuscript {path} inflates to {total} bytes, over the {MAX_BYTES}-byte limit")


def _docx_notes(part: Any, kind: str, prefix: str, styles: dict[str, str], notes: dict[str, Note],
                hidden: frozenset[str] = frozenset()) -> None:
    from docx.oxml.parser import parse_xml

    root = parse_xml(part.blob)
    for note in root.iter(f"{_W}{kind}"):
        if note.get(f"{_W}type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        nid = note.get(f"{_W}id")
        label = f"{kind} {nid}"
        paras = []
        for el in note.iter(f"{_W}p"):
            p = _docx_paragraph(el, part.rels, styles, hidden)
            if p is not None:
                p.place = label
                p.block_quote = False
                paras.append(p)
        notes[f"{prefix}:{nid}"] = Note(label, paras)


def _docx_paragraph(p: Any, rels: Any, styles: dict[str, str], hidden: frozenset[str] = frozenset()) -> Paragraph | None:
    ppr = p.find(f"{_W}pPr")
    style = ""
    quoted = False
    if ppr is not None:
        ps = ppr.find(f"{_W}pStyle")
        style = styles.get(ps.get(f"{_W}val"), ps.get(f"{_W}val") or "") if ps is not None else ""
        ind = ppr.find(f"{_W}ind")
        left = (ind.get(f"{_W}left") or ind.get(f"{_W}start") or "0") if ind is not None else "0"
        quoted = ppr.find(f"{_W}numPr") is None and left.lstrip("-").isdigit() and int(left) > 0
    quoted = quoted or "quote" in style.lower()
    b = ParagraphBuilder(block_quote=quoted, heading=style.lower().startswith(("heading", "title")))
    style_id = ppr.find(f"{_W}pStyle") if ppr is not None else None
    _docx_walk(p, b, rels, [], _Hidden(hidden, style_id is not None and style_id.get(f"{_W}val") in hidden))
    return None if b.empty else b.build()


#: A run's properties that hide it: "Hidden" (``w:vanish``) and "Web hidden" (``w:webHidden``).
_HIDING_RUN = (f"{_W}vanish", f"{_W}webHidden")
_OFF = ("0", "false", "off")


class _Hidden:
    """What hides a paragraph's runs: the hidden character styles, and whether the paragraph's
    own style hides its runs (a run's own ``w:vanish`` beats both, ``w:val="false"`` included)."""

    __slots__ = ("paragraph", "styles")

    def __init__(self, styles: frozenset[str] = frozenset(), paragraph: bool = False) -> None:
        self.styles = styles
        self.paragraph = paragraph


def _hidden_styles(document: Any) -> frozenset[str]:
    """The ids of the styles whose font is "Hidden" (python-docx reads the style's own ``w:vanish``;
    one inherited through ``w:basedOn`` is not followed)."""
    out = set()
    for style in document.styles:
        font = getattr(style, "font", None)
        if font is not None and font.hidden:
            out.add(style.style_id)
    return frozenset(out)


def _hidden_run(r: Any, hidden: _Hidden) -> bool:
    """Whether Word hides run ``r`` from the reader of the document (see :class:`_Hidden`)."""
    rpr = r.find(f"{_W}rPr")
    if rpr is not None:
        for name in _HIDING_RUN:
            found = rpr.find(name)
            if found is not None:
                return (found.get(f"{_W}val") or "true").lower() not in _OFF
        style = rpr.find(f"{_W}rStyle")
        if style is not None and style.get(f"{_W}val") in hidden.styles:
            return True
    return hidden.paragraph


def _docx_fields_only(r: Any, b: ParagraphBuilder, fields: list[list[Any]]) -> None:
    """A hidden run: its words are not read, but a field it begins, separates or ends still
    frames the runs after it (a HYPERLINK field's shown result)."""
    for c in r:
        if c.tag == f"{_W}fldChar":
            _docx_field(c.get(f"{_W}fldCharType"), b, fields)
        elif c.tag == f"{_W}instrText" and fields:
            fields[-1][0] += c.text or ""


def _docx_walk(el: Any, b: ParagraphBuilder, rels: Any, fields: list[list[Any]],
               hidden: _Hidden | None = None) -> None:
    hidden = hidden if hidden is not None else _Hidden()
    for c in el:
        tag = c.tag
        if tag == f"{_W}t":
            b.text(c.text or "")
        elif tag in (f"{_W}tab",):
            b.text("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            b.text(" ")
        elif tag == f"{_W}footnoteReference":
            b.note(f"fn:{c.get(f'{_W}id')}")
        elif tag == f"{_W}endnoteReference":
            b.note(f"en:{c.get(f'{_W}id')}")
        elif tag == f"{_W}hyperlink":
            rid = c.get(_R_ID)
            url = rels[rid].target_ref if rid and rid in rels and rels[rid].is_external else ""
            b.open_link(url)
            _docx_walk(c, b, rels, fields, hidden)
            b.close_link()
        elif tag == f"{_W}fldSimple":
            url = _hyperlink_instr(c.get(f"{_W}instr") or "")
            b.open_link(url or "")
            _docx_walk(c, b, rels, fields, hidden)
            b.close_link()
        elif tag == f"{_W}fldChar":
            _docx_field(c.get(f"{_W}fldCharType"), b, fields)
        elif tag == f"{_W}instrText":
            if fields:
                fields[-1][0] += c.text or ""
        elif tag in (f"{_W}del", f"{_W}pPr", f"{_W}rPr", f"{_W}delText"):
            continue
        elif tag == f"{_W}r" and _hidden_run(c, hidden):
            _docx_fields_only(c, b, fields)
        elif tag in (f"{_W}r", f"{_W}ins", f"{_W}smartTag", f"{_W}sdt", f"{_W}sdtContent",
                     f"{_W}customXml", f"{_W}moveTo"):
            _docx_walk(c, b, rels, fields, hidden)


def _docx_field(kind: str | None, b: ParagraphBuilder, fields: list[list[Any]]) -> None:
    """Complex fields (begin/instrText/separate/end): a HYPERLINK field links its result text."""
    if kind == "begin":
        fields.append(["", False])
    elif kind == "separate" and fields:
        url = _hyperlink_instr(fields[-1][0])
        if url:
            b.open_link(url)
            fields[-1][1] = True
    elif kind == "end" and fields and fields.pop()[1]:
        b.close_link()


def _hyperlink_instr(instr: str) -> str | None:
    m = re.match(r'\s*HYPERLINK\s+"([^"]+)"', instr)
    return m.group(1) if m else None


# ------------------------------------------------------------------------------ PDF


#: A footnote line at the foot of a PDF page: its number, then its text ("1 https://...", "2. See ...").
_PDF_NOTE_LINE = re.compile(r"^\s*(\d{1,3})[.)]?\s+(\S.*)$")
#: A footnote mark in running text: digits (or superscript digits) glued to the end of a word,
#: a closing quotation mark or punctuation, as the text layer gives a superscript ("library”1").
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_PDF_NOTE_MARK = re.compile(r"(?<=[”\"»’'.,;:!?)\]A-Za-z])([0-9]{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})(?=[\s,;.:)]|$)")


def read_pdf(path: Path) -> tuple[list[Paragraph], dict[str, Note]]:
    """PDF: the text layer, page by page, in pypdf's layout mode (a vertical gap between lines
    becomes a blank line: a paragraph break); lines of a paragraph are joined with a space.

    Footnotes, where the text layer allows: a page's trailing block of lines that each start with
    a number ("1 https://...") are that page's notes, and a number glued to the end of a word,
    quotation mark or punctuation in the running text ("library”1") is a mark, paired only when a
    note with that number exists (a year or a count in the text is never taken for one). Link
    annotations are not read: the text layer does not say where they sit.
    """
    from pypdf import PdfReader

    # pypdf reports recoverable damage ("EOF marker not found") as log warnings, which Python
    # prints on stderr when nothing handles them: a second line before ours (as extract/pdf.py)
    logging.getLogger("pypdf").addHandler(logging.NullHandler())
    reader = PdfReader(str(path))
    if reader.is_encrypted:
        raise UsageError(f"manuscript {path} is an encrypted PDF: decrypt it first")
    body: list[Paragraph] = []
    notes: dict[str, Note] = {}
    for n, page in enumerate(reader.pages, start=1):
        try:
            text = page.extract_text(extraction_mode="layout") or ""
        except Exception:  # noqa: BLE001 - layout mode is stricter; the plain text layer still reads
            text = page.extract_text() or ""
        chunks = [c.strip() for c in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n")) if c.strip()]
        while chunks and _pdf_notes(chunks[-1], n, notes):  # the notes sit at the foot of the page
            chunks.pop()
        for chunk in chunks:
            joined = re.sub(r"[ \t]*\n[ \t]*", " ", chunk)
            joined = re.sub(r"[ \t]{2,}", " ", joined)
            body.append(Paragraph(joined, f"page {n}"))
    return [_pdf_marks(p, notes) for p in body], notes


def _pdf_notes(chunk: str, page: int, notes: dict[str, Note]) -> bool:
    """Read ``chunk`` as footnote lines into ``notes`` if every line is one (a number, then text
    holding a URL or a reference); return whether it was."""
    found: list[tuple[str, str]] = []
    for line in chunk.splitlines():
        m = _PDF_NOTE_LINE.match(line)
        if m is None:
            if not found:
                return False
            key, rest = found[-1]  # a note's text running on to the next line
            found[-1] = (key, f"{rest} {line.strip()}")
            continue
        found.append((m.group(1), m.group(2).strip()))
    if not found or not any(re.search(r"https?://", rest) for _, rest in found):
        return False
    for key, rest in found:
        notes.setdefault(key, Note(f"footnote {key}", [Paragraph(re.sub(r"\s{2,}", " ", rest), f"page {page}, footnote {key}")]))
    return True


def _pdf_marks(p: Paragraph, notes: dict[str, Note]) -> Paragraph:
    """Take note marks out of ``p``'s text, keeping where they stood, for notes that exist."""
    refs: list[NoteRef] = []
    parts: list[str] = []
    last = 0
    for m in _PDF_NOTE_MARK.finditer(p.text):
        key = m.group(1).translate(_SUPERSCRIPTS)
        if key not in notes:
            continue
        parts.append(p.text[last:m.start()])
        last = m.end()
        refs.append(NoteRef(sum(len(x) for x in parts), key))
    if not refs:
        return p
    parts.append(p.text[last:])
    return Paragraph("".join(parts), p.place, p.links, refs, p.block_quote, p.heading)


_READERS: dict[str, Callable[[Path], tuple[list[Paragraph], dict[str, Note]]]] = {
    "markdown": read_markdown, "text": read_text, "html": read_html, "docx": read_docx, "pdf": read_pdf,
}
