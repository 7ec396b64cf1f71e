"""A CA bundle the user names (``--ca-bundle FILE``), checked before anything is done.

Why: the TLS library reads the file only at the first HTTPS connection. A file that holds no
certificate (empty, random bytes, a PEM block that is not one) was taken: an http URL was
captured as if no bundle had been named, and an https URL's fetch failed there, logged as a
``capture_failed`` of a server that had nothing to do with it (red team rvcli54). It is the
user's input that is wrong, so it is refused once, as bad input (exit 2), with nothing logged,
as ``--tsa-root`` already refuses a file that is not a certificate.
"""

from __future__ import annotations

import ssl
from pathlib import Path

from archiver.core.files import check_user_file
from archiver.errors import UsageError


def check_ca_bundle(path: Path | str) -> None:
    """Refuse a CA bundle that is not a readable regular file or holds no certificate OpenSSL loads.

    Loaded into a bare client context (no system certificates: ~0.1 ms, not the default
    context's ~10 ms), as the fetch's own context loads it later.

    Raises:
        UsageError: ``cannot read CA bundle PATH: ...`` (no such file, a FIFO or device, ...) or
            ``CA bundle PATH holds no certificate OpenSSL can load (...)``.
    """
    check_user_file(path, "CA bundle")  # a FIFO or device first: OpenSSL would block on it
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    try:
        context.load_verify_locations(cafile=str(path))
    except (ssl.SSLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", None) or exc
        raise UsageError(f"CA bundle {path} holds no certificate OpenSSL can load ({reason}); "
                         "give a PEM file of CA certificates") from exc
