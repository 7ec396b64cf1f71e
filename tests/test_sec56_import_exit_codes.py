"""One exit code for one finding: import and verify-bundle agree on a bundle that is "incomplete" (task sec56).

verify-bundle exits 3 on a bundle whose check could not be concluded (conventions: a check that could
not be completed), such as an older archiver's bundle of a capture corrected between two
re-extractions (tests/data/export/corrected_before_carry). import took every warning for a problem
found and exited 1 on the same bundle. It still imports it, and now exits 3, naming the check not
concluded in ``--json``; a problem found with the file stays exit 1. A warning alone is informational,
exit 0 (task cap59: import's problems apart from its warnings, as verify-bundle's).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from bundles import pin_bundle_key
from conftest import run_cli
from test_rvsec55_old_corrected_bundles import OLD

from archiver.export.importer import ImportResult


def _import_old_bundle(tmp_path: Path, store: Path):  # type: ignore[no-untyped-def]
    copy = Path(shutil.copy2(OLD / "corrected_between_reextractions.wacz", tmp_path / "b.wacz"))
    pin_bundle_key(copy)
    verified = run_cli("verify-bundle", str(copy), "--json")
    return verified, run_cli("import", str(copy), "--json", store=store)


def test_an_incomplete_bundle_imports_with_verify_bundles_exit_code(tmp_path, store):
    verified, imported = _import_old_bundle(tmp_path, store)
    assert verified.returncode == 3 and imported.returncode == 3, imported.stderr
    assert json.loads(imported.stdout)["captures"]


def test_the_import_names_the_check_it_could_not_conclude(tmp_path, store):
    _, imported = _import_old_bundle(tmp_path, store)
    [said] = json.loads(imported.stdout)["checks_not_concluded"]
    assert said.startswith("the bundle's check was not concluded here: correction at position 4")


def _result(warnings: tuple[str, ...], unconcluded: tuple[str, ...], problems: tuple[str, ...] = ()) -> ImportResult:
    return ImportResult("b.wacz", "0" * 64, "wacz", (), (), 0, 1, warnings=warnings, checks_not_concluded=unconcluded,
                        problems=problems)


def test_damage_beside_a_check_not_concluded_is_a_problem_found():
    assert _result(("not concluded",), ("not concluded",), ("damaged data at byte 9",)).exit_code == 1


def test_a_warning_alone_is_informational():
    assert _result(("revisit ... makes the page a download",), ()).exit_code == 0


def test_an_import_without_warnings_exits_0():
    assert _result((), ()).exit_code == 0
