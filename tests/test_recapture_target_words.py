"""`recapture` takes a capture id or a URL: a target that is neither says both, in one line (red team rvcli54
left "'notaurl' is not a capture id" for what a user meant as a URL), exit 2, and the store stays as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli import run_cli
from stores import copy_store, one_capture_template, store_state


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    return one_capture_template(tmp_path_factory.mktemp("recapture_words"))


def test_a_target_that_is_neither_an_id_nor_a_url_is_refused_naming_both(
        template: tuple[Path, str], tmp_path: Path, key_dir: Path) -> None:
    store = tmp_path / "s"
    copy_store(template[0], store, key_dir)
    before = store_state(store)
    result = run_cli("recapture", "notaurl", store=store)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "invalid URL 'notaurl': it is neither a capture id nor a URL" in lines[0]
    assert store_state(store) == before


def test_an_unknown_id_of_the_id_alphabet_is_still_named_an_unknown_capture(
        template: tuple[Path, str], tmp_path: Path, key_dir: Path) -> None:
    store = tmp_path / "s"
    copy_store(template[0], store, key_dir)
    result = run_cli("recapture", "zzzzzz", store=store)
    assert result.exit_code == 2
    assert "no capture with id 'zzzzzz'" in result.stderr
