"""Another tool's WARC cannot write to the terminal of whoever imports it.

A WARC record's target URI and its page's title are whatever the file's writer put there. The
import's summary prints both, ``show`` lists each record's URI, and warcio, reading the file, logs a URI holding a space ("Replacing
spaces in invalid WARC-Target-URI: ...") through Python's last-resort handler, word for word:
before, an escape sequence in either reached the terminal raw (``ESC ] 0;...BEL`` retitles the
window, ``ESC [2J`` clears it), and warcio's line came without ``-v``, twice, although another
library's log lines are shown only with ``-v`` (``-vv`` for their debug lines).
"""

from __future__ import annotations

import io
from pathlib import Path

from cli import run_cli
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ESC_URI = "http://esc.example/a\x1b]0;retitled\x07b"
SPACED_URI = "http://space.example/a b\x1b[2J"
TITLE = "Harbour\x1b[2J report"


def _warc(path: Path, uri: str) -> Path:
    """One HTML response under ``uri``, as another tool could write it (warcio's writer)."""
    body = (f"<html><head><title>{TITLE}</title></head><body><article><p>The harbour handled 41,000 "
            "containers in March, the port authority said on Monday.</p></article></body></html>").encode()
    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=False)
        head = StatusAndHeaders("200 OK", [("Content-Type", "text/html"), ("Content-Length", str(len(body)))],
                                protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=head))
    return path


def test_the_import_summary_shows_the_files_url_and_title_escaped(tmp_path):
    result = run_cli("import", str(_warc(tmp_path / "esc.warc", ESC_URI)), store=tmp_path / "store",
                     env={"ARCHIVER_KEY_DIR": str(tmp_path / "keys")})
    assert result.exit_code == 0, result.stderr
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "\\x1b]0;retitled\\x07b" in result.stdout  # (the extractor drops the title's controls itself)


def test_another_librarys_log_line_is_not_shown_without_verbose(tmp_path):
    result = run_cli("import", str(_warc(tmp_path / "spaced.warc", SPACED_URI)), store=tmp_path / "store",
                     env={"ARCHIVER_KEY_DIR": str(tmp_path / "keys")})
    assert result.exit_code == 0, result.stderr
    assert "Replacing spaces" not in result.stderr and "\x1b" not in result.stderr


def test_with_verbose_another_librarys_log_line_is_shown_escaped(tmp_path):
    result = run_cli("-v", "import", str(_warc(tmp_path / "spaced.warc", SPACED_URI)), store=tmp_path / "store",
                     env={"ARCHIVER_KEY_DIR": str(tmp_path / "keys")})
    assert result.exit_code == 0, result.stderr
    shown = [line for line in result.stderr.splitlines() if "Replacing spaces" in line]
    assert shown and all(line.startswith("WARNING warcio") for line in shown), result.stderr
    assert "\x1b" not in result.stderr and "a b\\x1b[2J" in shown[0]


def test_show_lists_the_files_record_uris_escaped(tmp_path):
    store, env = tmp_path / "store", {"ARCHIVER_KEY_DIR": str(tmp_path / "keys")}
    assert run_cli("import", str(_warc(tmp_path / "esc.warc", ESC_URI)), store=store, env=env).exit_code == 0
    capture_id = run_cli("list", store=store, env=env).stdout.split()[0]
    for args in (("show", capture_id), ("show", capture_id, "--text")):
        result = run_cli(*args, store=store, env=env)
        assert result.exit_code == 0, result.stderr
        assert "\x1b" not in result.stdout and "\x07" not in result.stdout, args
        assert "a\\x1b]0;retitled\\x07b" in result.stdout.split("records:")[1], args
