"""Whether a URL a user names to look captures up by is one at all, said in one set of words.

Why one place: every capture's URL is absolute, so anything else matches none. ``list --url
notaurl`` answered an empty list where ``history notaurl`` refused it, and ``verify-quote --url
notaurl`` (or a batch row's url) said "no capture of notaurl in this store", as of a URL never
captured: the CLI's URL type (``cli/output.UrlText``) and the quote service both ask this.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from archiver.errors import UsageError


def check_url_text(value: str) -> None:
    """Refuse ``value`` unless it is an absolute URL: a scheme (and a host, for http and https,
    or a path, for another scheme) and, if it names one, a port from 0 to 65535.

    Raises:
        UsageError: ``'VALUE' is not a URL (the parser's reason, if it gave one): give it whole ...``."""
    why = ""
    try:
        parts = urlsplit(value.strip())
        parts.port  # noqa: B018 - raises ValueError for a port that is not one (99999, +80)
    except ValueError as exc:
        parts, why = None, f" ({exc})"
    if (parts is None or len(parts.scheme) < 2
            or (not parts.netloc if parts.scheme in ("http", "https") else not parts.path)):
        raise UsageError(f"{value!r} is not a URL{why}: give it whole, with its scheme "
                         "(e.g. https://example.org/page)")
