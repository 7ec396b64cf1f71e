"""The readable summary of an :class:`Article` that ``extract``, ``archive`` and ``show`` print."""

from __future__ import annotations

from archiver.core.page_states import state_note
from archiver.extract.model import Article


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
        lines.extend(f"  [{n.kind}] {n.text}" for n in article.disclaimers)
    return "\n".join(lines)
