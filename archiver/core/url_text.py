"""A URL a user names refused in one shape of words, by every command; whether a URL to look
captures up by is one at all.

Why one place: every capture's URL is absolute, so anything else matches none. ``list --url
notaurl`` answered an empty list where ``history notaurl`` refused it, and ``verify-quote --url
notaurl`` (or a batch row's url) said "no capture of notaurl in this store", as of a URL never
captured: the CLI's URL type (``cli/output.UrlText``) and the quote service both ask this. And the
commands that capture (``archive``, ``batch``, ``recapture``: ``capture/fetch.validate_url``) said
"invalid URL ...", "refusing URL ..." where the others said "'notaurl' is not a URL: ...": one
mistake in two sets of words (task left58). Every refusal of a URL is now :func:`url_refusal`'s
``invalid URL 'VALUE': what is wrong; what to do``. A service's URL (a time-stamping authority, a
replay collection's prefix) too: :func:`check_service_url` (task cap59; they had words of their own).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from archiver.errors import UsageError

#: What to do about a URL that is not whole, with an example of the whole form.
EXAMPLE_URL = "https://example.org/page"


def url_refusal(value: str, why: str, todo: str) -> str:
    """The one line that refuses ``value`` as a URL: ``invalid URL 'VALUE': WHY; TODO``."""
    return f"invalid URL {value!r}: {why}; {todo}"


def whole_example(value: str) -> str:
    """An example of a URL's whole form: ``value`` behind ``https://`` when it reads as a host and a
    path (``example.org/news``), else :data:`EXAMPLE_URL`."""
    bare = value.strip()
    looks_like_host = bare and "://" not in bare and " " not in bare and ":" not in bare.split("/", 1)[0]
    return "https://" + bare if looks_like_host else EXAMPLE_URL


def give_it_whole(value: str) -> str:
    """What to do about a URL written without its scheme or host (:func:`url_refusal`'s TODO)."""
    return f"give it whole, with its scheme (e.g. {whole_example(value)})"


def check_url_text(value: str) -> None:
    """Refuse ``value`` unless it is an absolute URL: a scheme (and a host, for http and https,
    or a path, for another scheme) and, if it names one, a port from 0 to 65535.

    Raises:
        UsageError: :func:`url_refusal`'s line (the parser's reason, if it gave one)."""
    why = ""
    try:
        parts = urlsplit(value.strip())
        parts.port  # noqa: B018 - raises ValueError for a port that is not one (99999, +80)
    except ValueError as exc:
        parts, why = None, str(exc)
    if parts is None:
        raise UsageError(url_refusal(value, why, give_it_whole(value)))
    if len(parts.scheme) < 2:
        raise UsageError(url_refusal(value, "it has no scheme", give_it_whole(value)))
    if not parts.netloc if parts.scheme in ("http", "https") else not parts.path:
        raise UsageError(url_refusal(value, "it has no host" if parts.scheme in ("http", "https") else "it has no path",
                                     give_it_whole(value)))


def http_url_problem(value: str) -> str | None:
    """What keeps ``value`` from being an absolute http(s) URL with a host (:func:`url_refusal`'s WHY),
    or None: white space or a control character in it, a parser's error, no scheme, another scheme,
    no host, a port that is not one."""
    if any(ch.isspace() or ord(ch) < 0x20 or ord(ch) == 0x7F for ch in value):
        return "it contains white space or control characters"
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - raises ValueError for a port that is not one (99999, +80)
    except ValueError as exc:
        return str(exc)
    if len(parts.scheme) < 2:
        return "it has no scheme"
    if parts.scheme.lower() not in ("http", "https"):
        return f"its scheme '{parts.scheme}' is not http or https"
    return None if parts.hostname else "it has no host"


def check_service_url(value: str, todo: str) -> str:
    """``value``, an http(s) URL of a service (a time-stamping authority, a replay prefix), or a
    :class:`UsageError` of :func:`url_refusal`'s line, whose ``todo`` names the option that took it."""
    why = http_url_problem(value)
    if why is not None:
        raise UsageError(url_refusal(value, why, todo))
    return value

