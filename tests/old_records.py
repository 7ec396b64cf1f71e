"""Template stores holding a capture as an older extractor version recorded it, and the ``cite`` reader
the tests of such stores share.

An older record is made by capturing a page while ``Article.to_dict`` writes what that version wrote
(``as_version``): the WARC, log and index are real; only the extraction record's JSON is the old shape.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from servers import Site, html_page
from stores import build_template

from archiver.cli import cli
from archiver.extract import Article

_real_to_dict = Article.to_dict


def as_version(version: str, change: Callable[[dict[str, Any]], None]) -> Callable[[Article], dict[str, Any]]:
    """``Article.to_dict`` as extractor ``version`` wrote it: today's record, ``change``d, stamped ``version``."""
    def to_dict(article: Article) -> dict[str, Any]:
        d = _real_to_dict(article)
        change(d)
        d["extractor"] = {**d["extractor"], "archiver-extract": version}
        return d
    return to_dict


def template_with_old_record(root: Path, pages: dict[str, bytes], old_page: bytes,
                             old_to_dict: Callable[[Article], dict[str, Any]]) -> dict[str, str]:
    """A template store under ``root``: each of ``pages`` captured today (ids under their names), and
    ``old_page`` captured as ``old_to_dict`` records it (id under ``"old"``)."""
    site = Site()
    for name, page in pages.items():
        site.routes["/" + name] = html_page(page)
    site.routes["/old"] = html_page(old_page)

    def build(arc) -> dict[str, str]:  # noqa: ANN001
        ids = {name: arc.capture_many([site.url("/" + name)])[0].capture_id for name in pages}
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(Article, "to_dict", old_to_dict)
            ids["old"] = arc.capture_many([site.url("/old")])[0].capture_id
        return ids

    try:
        return build_template(root, build)
    finally:
        site.close()


def invoke(store: Path, *args: str):  # noqa: ANN201
    return CliRunner().invoke(cli, ["--store", str(store), *args])


def cite_csl(store: Path, cid: str, *args: str) -> tuple[dict[str, Any], list[str]]:
    """(the CSL-JSON item, the "left out" lines on stderr) of ``cite cid --style csl-json ...``
    (the store's first command also announces its signing key there)."""
    result = invoke(store, "cite", cid, "--style", "csl-json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)[0], [x for x in result.stderr.splitlines() if x.startswith("left out")]
