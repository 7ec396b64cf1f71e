"""``--ca-bundle FILE`` must hold a certificate the TLS library can load, or the command refuses
it as bad input (exit 2, one line) before any store, key or log entry is made.

Red team rvcli54 (tests/data/cli/redteam-rvcli54.tsv, rows a16, a37): an empty file or 4 KiB of
random bytes was taken: an http URL was captured as if no bundle had been named (exit 0), and an
https URL's fetch failed at the first connection, logged as a ``capture_failed`` of a server
that had nothing to do with it. ``--tsa-root`` refused the same files already.
"""

from __future__ import annotations

import pytest
from cli import run_cli


@pytest.mark.parametrize("content", [b"", b"\x00\xff" * 2048, b"-----BEGIN CERTIFICATE-----\nnot base64\n"
                                     b"-----END CERTIFICATE-----\n"])
@pytest.mark.parametrize("command", ["archive", "batch"])
def test_a_ca_bundle_with_no_certificate_is_refused_before_anything_is_made(tmp_path, content, command):
    bundle = tmp_path / "ca.pem"
    bundle.write_bytes(content)
    urls = tmp_path / "urls.txt"
    urls.write_text("https://127.0.0.1:9/page\n")
    target = "https://127.0.0.1:9/page" if command == "archive" else str(urls)
    store = tmp_path / "store"
    result = run_cli("--store", str(store), command, target, "--ca-bundle", str(bundle),
                     env={"ARCHIVER_KEY_DIR": str(tmp_path / "keys")})
    assert result.returncode == 2, result.stderr
    assert result.stdout == "" and "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    assert "CA bundle" in line and str(bundle) in line
    assert not store.exists()


def test_a_ca_bundle_holding_a_certificate_is_taken(tmp_path):
    import trustme

    from archiver.capture.ca_bundle import check_ca_bundle

    bundle = tmp_path / "root.pem"
    trustme.CA().cert_pem.write_to_path(str(bundle))
    check_ca_bundle(str(bundle))
