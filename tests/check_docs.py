"""Builds the Word manuscripts the ``check`` tests read: made at test time with python-docx,
plus the footnotes/endnotes parts python-docx cannot write (added to the zip as Word does)."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HYPERLINK_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"


class DocxBuilder:
    """Paragraphs made of pieces: plain text, ("link", text, url), ("footnote", id), ("endnote", id)."""

    def __init__(self) -> None:
        import docx

        self.doc = docx.Document()
        self.footnotes: dict[int, list[tuple[str, str | None]]] = {}
        self.endnotes: dict[int, list[tuple[str, str | None]]] = {}

    def paragraph(self, *pieces: object, style: str | None = None, indent_twips: int = 0) -> None:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        p = self.doc.add_paragraph(style=style)
        if indent_twips:
            ppr = p._p.get_or_add_pPr()
            ind = OxmlElement("w:ind")
            ind.set(qn("w:left"), str(indent_twips))
            ppr.append(ind)
        for piece in pieces:
            if isinstance(piece, str):
                p.add_run(piece)
            elif piece[0] == "link":
                _, text, url = piece
                rid = self.doc.part.relate_to(url, HYPERLINK_REL, is_external=True)
                h = OxmlElement("w:hyperlink")
                h.set(qn("r:id"), rid)
                r = OxmlElement("w:r")
                t = OxmlElement("w:t")
                t.text = text
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                r.append(t)
                h.append(r)
                p._p.append(h)
            else:
                kind, nid = piece
                r = p.add_run()._r
                ref = OxmlElement(f"w:{kind}Reference")
                ref.set(qn("w:id"), str(nid))
                r.append(ref)

    def footnote(self, nid: int, *pieces: tuple[str, str | None]) -> None:
        """A footnote's text pieces: (text, None) or (text, url) for a hyperlink."""
        self.footnotes[nid] = list(pieces)

    def endnote(self, nid: int, *pieces: tuple[str, str | None]) -> None:
        self.endnotes[nid] = list(pieces)

    def save(self, path: Path) -> Path:
        self.doc.save(str(path))
        if self.footnotes or self.endnotes:
            _add_notes(path, self.footnotes, self.endnotes)
        return path


def _notes_xml(kind: str, notes: dict[int, list[tuple[str, str | None]]], rels: list[str]) -> str:
    body = [f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>']
    for nid, pieces in notes.items():
        runs = [f'<w:r><w:{kind}Ref/></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r>']
        for text, url in pieces:
            run = f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
            if url:
                rels.append(url)
                run = f'<w:hyperlink r:id="rIdN{len(rels)}">{run}</w:hyperlink>'
            runs.append(run)
        body.append(f'<w:{kind} w:id="{nid}"><w:p>{"".join(runs)}</w:p></w:{kind}>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:{kind}s xmlns:w="{W_NS}" xmlns:r="{R_NS}">{"".join(body)}</w:{kind}s>')


def _rels_xml(urls: list[str]) -> str:
    items = "".join(f'<Relationship Id="rIdN{n}" Type="{HYPERLINK_REL}" Target="{escape(u)}" '
                    f'TargetMode="External"/>' for n, u in enumerate(urls, start=1))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships '
            f'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{items}</Relationships>')


def _add_notes(path: Path, footnotes: dict, endnotes: dict) -> None:
    with zipfile.ZipFile(path) as z:
        files = {n: z.read(n) for n in z.namelist()}
    for kind, notes in (("footnote", footnotes), ("endnote", endnotes)):
        if not notes:
            continue
        rels: list[str] = []
        files[f"word/{kind}s.xml"] = _notes_xml(kind, notes, rels).encode()
        files[f"word/_rels/{kind}s.xml.rels"] = _rels_xml(rels).encode()
        ct = files["[Content_Types].xml"].decode()
        files["[Content_Types].xml"] = ct.replace("</Types>", (
            f'<Override PartName="/word/{kind}s.xml" ContentType="application/'
            f'vnd.openxmlformats-officedocument.wordprocessingml.{kind}s+xml"/></Types>')).encode()
        doc_rels = files["word/_rels/document.xml.rels"].decode()
        files["word/_rels/document.xml.rels"] = doc_rels.replace("</Relationships>", (
            f'<Relationship Id="rIdNotes{kind}" Type="http://schemas.openxmlformats.org/officeDocument/'
            f'2006/relationships/{kind}s" Target="{kind}s.xml"/></Relationships>')).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(name, data)


def make_pdf(path: Path, pages: list[list[str]]) -> Path:
    """A PDF with a real text layer (Helvetica, WinAnsi): one line of text per item, an empty
    item is a blank line (a paragraph break)."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    w = PdfWriter()
    for lines in pages:
        page = w.add_blank_page(612, 792)
        font = DictionaryObject({
            NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding")})
        page[NameObject("/Resources")] = DictionaryObject({
            NameObject("/Font"): DictionaryObject({NameObject("/F1"): w._add_object(font)})})
        ops = [b"BT /F1 11 Tf 14 TL 72 720 Td"]
        for line in lines:
            s = line.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
            ops.append(b"(" + s + b") Tj T*")
        ops.append(b"ET")
        stream = DecodedStreamObject()
        stream.set_data(b"\n".join(ops))
        page[NameObject("/Contents")] = w._add_object(stream)
    with open(path, "wb") as f:
        w.write(f)
    return path
