"""The page sets whose pages are not committed (bench/data/mirror_pages.py): other projects' test pages,
brought back by each set's ``build.py --write`` from a mirrored git repository, byte for byte; and what a
blind draw excludes (bench/data/known_pages.py): only the sets made before it.

Each test makes its own small mirror (a real git repository holding one page of our own) in
``tmp_path``; nothing here reads /work/.mirror, ../shared or the real pages.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import re
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench" / "data"))
import draw_common  # noqa: E402
import known_pages  # noqa: E402
import mirror_pages  # noqa: E402

PAGE = b"<html><head><title>Our own page</title></head><body><p>Text of the page.</p></body></html>"
SETS = [REPO / "bench" / "data" / name for name in mirror_pages.UNCOMMITTED]


def _git(repo: Path, *args: str) -> str:
    env = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org", "HOME": str(repo), "PATH": "/usr/bin:/bin"}
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, check=True, text=True, env=env).stdout


def _mirror(tmp_path: Path) -> tuple[Path, str]:
    """A mirror folder holding owner/name at one commit with fixtures/page.html; (mirror, commit)."""
    repo = tmp_path / "mirror" / "owner+name" / "repo"
    (repo / "fixtures").mkdir(parents=True)
    (repo / "fixtures" / "page.html").write_bytes(PAGE)
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "page")
    return tmp_path / "mirror", _git(repo, "rev-parse", "HEAD").strip()


def _set(tmp_path: Path, commit: str, digest: str) -> Path:
    folder = tmp_path / "bench" / "data" / "someset"
    folder.mkdir(parents=True)
    row = {"file": "bench/data/someset/page.html.gz", "source": "owner/name", "commit": commit,
           "upstream_path": "fixtures/page.html", "sha256": digest}
    (folder / "pages.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    return folder


def _bring_back(folder: Path, root: Path, mirror: Path) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = mirror_pages.bring_back(folder, mirror_pages.recompressed, root=root, mirror=mirror)
    return code, err.getvalue()


def test_write_brings_a_page_back_byte_for_byte_from_the_mirror(tmp_path: Path) -> None:
    mirror, commit = _mirror(tmp_path)
    want = mirror_pages.recompressed(PAGE, "fixtures/page.html")
    folder = _set(tmp_path, commit, hashlib.sha256(want).hexdigest())
    code, _ = _bring_back(folder, tmp_path, mirror)
    assert code == 0
    assert (folder / "page.html.gz").read_bytes() == want


def test_a_sets_record_writes_the_rows_its_write_brings_back_byte_for_byte(tmp_path: Path) -> None:
    mirror, commit = _mirror(tmp_path)
    folder = tmp_path / "bench" / "data" / "someset"
    folder.mkdir(parents=True)
    source = draw_common.Mirror.of({"src": ("owner/name", commit, "MIT")}, mirror)
    drawn = {"src": "src", "path": "fixtures/page.html", "url": "https://a.example.org/x", "lang": "en"}
    draw_common.recorder(folder, source, mirror_pages.recompressed)([drawn])
    [row] = mirror_pages.read_rows(folder)
    assert (row["source"], row["commit"], row["licence"], row["upstream_path"]) == (
        "owner/name", commit, "MIT", "fixtures/page.html")
    assert _bring_back(folder, tmp_path, mirror)[0] == 0
    assert (tmp_path / row["file"]).read_bytes() == mirror_pages.recompressed(PAGE, "fixtures/page.html")


def test_a_mirror_keeps_the_paths_its_commit_holds_in_their_order(tmp_path: Path) -> None:
    mirror, commit = _mirror(tmp_path)
    source = draw_common.Mirror.of({"src": ("owner/name", commit, "MIT")}, mirror)
    asked = ["fixtures/gone.html", "fixtures/page.html", "fixtures/other.html"]
    assert source.present("src", asked) == ["fixtures/page.html"]


def test_a_page_whose_digest_differs_from_the_recorded_one_is_not_written(tmp_path: Path) -> None:
    mirror, commit = _mirror(tmp_path)
    folder = _set(tmp_path, commit, "0" * 64)
    code, said = _bring_back(folder, tmp_path, mirror)
    assert code == 1
    assert not (folder / "page.html.gz").exists()
    assert "not written" in said


def test_an_absent_mirror_is_named_with_the_fetch_that_brings_it(tmp_path: Path) -> None:
    folder = _set(tmp_path, "1" * 40, "0" * 64)
    code, said = _bring_back(folder, tmp_path, tmp_path / "no-mirror")
    assert code == 1
    assert "no mirror of owner/name" in said and "fetch (github:owner/name)" in said


def test_absent_pages_make_a_one_line_note_naming_the_write_command() -> None:
    note = mirror_pages.absent_note(["bench/data/fundus/xx-NotAPage_2000_01_01.html.gz", "metadata/html/a.html.gz"])
    assert note.count("\n") == 0
    assert "1 page of bench/data/fundus is absent" in note
    assert "bench/data/fundus/build.py --write" in note


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_an_uncommitted_set_records_where_each_page_comes_from_and_ignores_its_pages(folder: Path) -> None:
    rows = mirror_pages.read_rows(folder)
    assert rows
    for row in rows:
        assert row["file"].startswith(f"bench/data/{folder.name}/") and row["file"].endswith(".html.gz")
        assert len(row["commit"]) == 40 and row["source"].count("/") == 1 and row["upstream_path"]
        assert len(row["sha256"]) == 64 and row["licence"]
    assert "*.html.gz" in (folder / ".gitignore").read_text(encoding="utf-8").splitlines()


def _rel(paths: list[Path]) -> set[str]:
    return {str(p.relative_to(REPO)) for p in paths}


def test_every_page_set_here_has_its_place_in_the_order_the_sets_were_made() -> None:
    assert known_pages.set_names() <= {name for name, _, _ in known_pages.ORDER}


def test_the_order_of_the_sets_runs_from_the_oldest_to_the_newest_once_each() -> None:
    names = [name for name, _, _ in known_pages.ORDER]
    when = [made for _, made, _ in known_pages.ORDER]
    assert len(set(names)) == len(names)
    assert when == sorted(when)


def test_a_draw_before_a_set_reads_only_the_sets_made_before_it() -> None:
    labels, manifests = known_pages.sources(before="notices-blind9")
    read = _rel(labels) | _rel(manifests)
    assert {"bench/labels/notices-blind8.jsonl", "bench/data/notices-blind8/pages.jsonl"} <= read
    assert not read & {"bench/labels/notices-blind9.jsonl", "bench/data/notices-blind9/pages.jsonl",
                       "bench/labels/authors-blind8.jsonl", "bench/data/authors-blind8/pages.jsonl"}


def test_known_without_arguments_reads_every_set_here() -> None:
    labels, manifests = known_pages.sources()
    assert _rel(labels) == {f"bench/labels/{p.name}" for p in (REPO / "bench" / "labels").glob("*.jsonl")}
    assert _rel(manifests) == {f"bench/data/{p.parent.name}/pages.jsonl"
                               for p in (REPO / "bench" / "data").glob("*/pages.jsonl")}


def test_known_of_a_drawing_set_leaves_out_its_own_folder_and_labels_and_nothing_else() -> None:
    labels, manifests = known_pages.sources(REPO / "bench" / "data" / "notices-blind9", "notices-blind9.jsonl")
    every_label, every_manifest = known_pages.sources()
    assert _rel(every_label) - _rel(labels) == {"bench/labels/notices-blind9.jsonl"}
    assert _rel(every_manifest) - _rel(manifests) == {"bench/data/notices-blind9/pages.jsonl"}


def test_a_draw_before_a_set_the_order_does_not_hold_is_refused_naming_it() -> None:
    with pytest.raises(KeyError, match="notices-blind99 is not in known_pages.ORDER"):
        known_pages.sources(before="notices-blind99")


def _run_script(script: Path, *args: str, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str]:
    """``python SCRIPT ARGS`` run in this process as Python runs a script (``__main__``, its own
    ``sys.argv``; the ``sys.path`` entries it adds are taken back): its exit code and stderr. A
    Python start-up a set cost ~0.08 CPU-s, and what is checked here is the script's own work."""
    monkeypatch.setattr(sys, "argv", [str(script), *args])
    monkeypatch.setattr(sys, "path", list(sys.path))
    err = io.StringIO()
    code: int | str | None = 0
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        try:
            runpy.run_path(str(script), run_name="__main__")
        except SystemExit as exit_:
            code = exit_.code
    return (code if isinstance(code, int) else 1 if code else 0), err.getvalue()


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_write_of_an_uncommitted_set_brings_back_what_pages_jsonl_records_and_never_draws_again(
        folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = (folder / "pages.jsonl").read_bytes()
    monkeypatch.setenv("ARCHIVER_MIRROR", str(tmp_path / "no-mirror"))
    monkeypatch.setattr(mirror_pages, "MIRROR", tmp_path / "no-mirror")  # (read from the variable at its import)
    code, stderr = _run_script(folder / "build.py", "--write", monkeypatch=monkeypatch)
    rows = mirror_pages.read_rows(folder)
    assert code == 1
    assert f"{folder.name}: 0 pages written" in stderr and f"{len(rows)} without a mirror" in stderr
    assert (folder / "pages.jsonl").read_bytes() == before


#: every set drawn by a build.py of its own, found rather than listed (a hand list missed notices-blind13
#: and both later authors sets; authors-blind8's build.py re-runs notices-blind9's draw)
DRAWN = sorted(p.parent.name for p in (REPO / "bench" / "data").glob("*/build.py"))


def test_the_draws_share_one_tail_and_none_copies_it() -> None:
    # five build.py once each carried the same write/check tail (and three the same filters): a change
    # to one of them (a new option, the comparison) now reaches every set
    for name in DRAWN:
        text = (REPO / "bench" / "data" / name / "build.py").read_text(encoding="utf-8")
        assert "import draw_common" in text, name
        assert "the one pages.jsonl records" not in text and "def _is_article(url: str, doc)" not in text, name


def _dry_run(folder: Path, picked: list[dict], monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "argv", ["build.py"])
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = draw_common.main(folder, mirror_pages.recompressed, "a draw", lambda: (picked, {"eligible": len(picked)}))
    return code, out.getvalue(), err.getvalue()


def test_a_dry_run_says_the_re_draw_is_the_one_pages_jsonl_records_when_its_paths_are_in_the_same_order(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pages.jsonl").write_text("".join(json.dumps({"upstream_path": p}) + "\n" for p in ("a.html", "b.html")))
    picked = [{"src": "s", "path": p, "url": f"https://{p}.example.org/x", "lang": "de"} for p in ("a.html", "b.html")]
    code, out, err = _dry_run(tmp_path, picked, monkeypatch)
    assert code == 0 and "the draw is the one pages.jsonl records" in err and "picked 2" in err
    assert out.splitlines() == ["s de https://a.html.example.org/x", "s de https://b.html.example.org/x"]
    code, _, err = _dry_run(tmp_path, picked[::-1], monkeypatch)
    assert code == 1 and "the draw is NOT the one pages.jsonl records" in err


def test_the_round_robin_gives_every_language_a_page_before_any_gets_a_second() -> None:
    pages = [{"lang": lang, "n": n} for n, lang in enumerate(["en", "en", "en", "de", "fr", "de"])]
    got = draw_common.round_robin_by_lang(pages, 5)
    assert [(c["lang"], c["n"]) for c in got] == [("de", 3), ("en", 0), ("fr", 4), ("de", 5), ("en", 1)]


def test_a_candidate_is_dropped_for_the_first_reason_that_holds() -> None:
    article = draw_common.doc_of(b"<html lang='de'><body>" + (b"<p>" + b"Ein langer Satz. " * 8 + b"</p>") * 3
                                 + b"</body></html>")
    known = ({"known.html"}, {"https://seen.org/a"}, {"seen-site.org"}, set())
    placeholder = re.compile(r"(^|\.)example\.[a-z]+$")

    def why(path: str, url: str, max_gz: int = 10_000, generic: tuple[str, ...] = ()) -> str:
        return draw_common.why_dropped({"path": path, "url": url}, b"<p>x</p>", article, known,
                                       placeholder=placeholder, max_gz=max_gz, generic=generic)

    assert why("a.html", "https://news.org/2024/story") == ""
    assert why("a.html", "") == why("a.html", "https://www.example.com/story") == "no-url"
    assert why("known.html", "https://news.org/2024/story") == "known"
    assert why("known.html", "https://news.org/2024/story", generic=("known.html",)) == ""
    assert why("a.html", "https://seen-site.org/other") == "known"
    assert why("a.html", "https://news.org/tag/story") == why("a.html", "https://news.org/") == "not-article"
    assert why("a.html", "https://news.org/2024/story", max_gz=10) == "too-big"
    assert draw_common.lang_of(article) == "de"
