"""``archiver check``: every quotation of a manuscript, its cited source, archived and verified.

Pipeline: :mod:`.readers` (Markdown, text, HTML, DOCX, PDF into one paragraph model),
:mod:`.find` (quotations), :mod:`.attribute` (what each cites), :mod:`.check` (capture what is
missing, verify through :class:`archiver.quotes.service.QuoteService`), :mod:`.report` (table, CSV, HTML).
"""

from archiver.manuscript.check import (
    STATUSES,
    CheckReport,
    QuoteCheck,
    SourceCheck,
    check_manuscript,
)

__all__ = ["STATUSES", "CheckReport", "QuoteCheck", "SourceCheck", "check_manuscript"]
