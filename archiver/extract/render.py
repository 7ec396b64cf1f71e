"""The readable summary of an :class:`Article` that ``extract``, ``archive`` and ``show`` print."""

from __future__ import annotations

from archiver.core.page_states import state_note
from archiver.extract.model import Article

#: After a notice whose words the page's markup hides: a reader was not shown it (verify-quote says so of a quote).
_HIDDEN = "  (hidden: the page's markup hides it from its readers)"


def render_article(article: Article) -> str:
    """Title, authors, dates, outlet, a page-state warning, what the text lacks (the notes) and the
    notices, one per line."""
    src = dict(article.sources)

    def row(label: str, value: str | None, field: str) -> str:
        shown = value if value else "-"
        where = f"  ({src[field]})" if value and field in src else ""
        return f"{label:<11}{shown}{where}"

    words = len(article.text.split())
    lines = [
        row("Title:", article.title, "title"),
        row("Authors:", ", ".join(article.authors) or None, "authors"),
        row("Published:", article.published, "published"),
    ]
    if article.modified:
        lines.append(row("Modified:", article.modified, "modified"))
    lines += [
        row("Outlet:", article.outlet, "outlet"),
        row("Language:", article.language, "language"),
        f"{'Text:':<11}{words} words, {article.text_sha256}",
    ]
    if article.page_state != "article":
        lines.append(f"WARNING: page state is {article.page_state}: {state_note(article.page_state)}")
    lines.extend(f"NOTE:      {note}" for note in article.notes)  # what a limit or the bytes left out
    if article.disclaimers:
        lines.append("Notices:")
        # (a notice the page prints over two lines, a label and its line, keeps its break: the next line indented)
        lines.extend(f"  [{n.kind}] {n.text.replace(chr(10), chr(10) + '    ')}{_HIDDEN if n.hidden else ''}"
                     for n in article.disclaimers)
    return "\n".join(lines)
