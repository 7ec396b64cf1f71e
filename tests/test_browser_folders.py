"""Which temporary folders a browser launch's cleanup takes, and that it takes nothing else.

A launch's profile is the one its Chromium's command line names, and the singleton socket's
folder the one the profile's link points into (archiver/capture/browser_folders.py); here the
"Chromium" is a real process (a sleeping Python) whose command line names a folder, so each rule
is tried without starting a browser: nothing outside the temporary directory, nothing not named
as Playwright or Chromium name theirs, no link followed, is ever removed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from archiver.capture import browser_folders, browser_procs

pytestmark = pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="needs /proc")


@pytest.fixture
def tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The temporary directory (``TMPDIR``) the launch's folders are in."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    return folder


@pytest.fixture
def chromium_naming() -> Iterator[Callable[[Path], int]]:
    """Start a process whose command line carries ``--user-data-dir=PATH`` (as a launch's Chromium
    does) and give its pid; every one is ended after the test."""
    procs: list[subprocess.Popen[bytes]] = []

    def start(profile: Path) -> int:
        proc = subprocess.Popen([sys.executable, "-c", "import sys; print(flush=True); sys.stdin.read()",
                                 f"--user-data-dir={profile}"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        procs.append(proc)
        assert proc.stdout is not None
        proc.stdout.readline()  # (it runs: its command line is set, which it is not yet as exec begins)
        return proc.pid

    yield start
    for proc in procs:
        proc.communicate()


def profile_with_singleton(tmp: Path, singleton_parent: Path, singleton_name: str = "org.chromium.Chromium.Ab12Cd"
                           ) -> tuple[Path, Path]:
    """A profile as Playwright names it in ``tmp``, linked to a singleton folder in ``singleton_parent``."""
    profile = tmp / "playwright_chromiumdev_profile-Xy34Zw"
    singleton = singleton_parent / singleton_name
    profile.mkdir()
    singleton.mkdir()
    (singleton / "SingletonSocket").write_text("")
    (profile / "SingletonSocket").symlink_to(singleton / "SingletonSocket")
    (profile / "Default").mkdir()
    (profile / "Default" / "Cookies").write_text("x")
    return profile, singleton


def test_a_launchs_profile_and_singleton_folder_are_taken_and_removed(tmp, chromium_naming):
    profile, singleton = profile_with_singleton(tmp, tmp)
    folders = browser_folders.launch_folders([chromium_naming(profile)])
    assert folders == [str(singleton), str(profile)]
    browser_folders.remove(folders)
    assert sorted(os.listdir(tmp)) == []


def test_a_profile_whose_path_holds_spaces_is_read_whole_from_the_command_line(tmp, chromium_naming):
    profile = tmp / "playwright_chromiumdev_profile-Xy 34 Zw"
    profile.mkdir()
    assert browser_folders.cmdline_words(pid := chromium_naming(profile))[-1] == f"--user-data-dir={profile}".encode()
    assert browser_folders.launch_folders([pid]) == [str(profile)]


def test_a_switch_is_found_in_a_command_line_rewritten_as_one_string(tmp, chromium_naming):
    # Chromium's child processes rewrite their arguments as one space-separated string
    pid = chromium_naming(tmp / "x --type=renderer --lang=en")
    assert browser_procs.runs_with_switch([pid], "--type=renderer")
    assert not browser_procs.runs_with_switch([pid], "--type=rend")


def test_a_process_that_does_not_run_has_no_command_line(tmp):
    no_such_pid = int(Path("/proc/sys/kernel/pid_max").read_text())  # pids are below it
    assert browser_folders.cmdline_words(no_such_pid) == []
    assert browser_folders.launch_folders([no_such_pid]) == []
    assert not browser_procs.runs_with_switch([no_such_pid], "--type=renderer")


def test_a_profile_outside_the_temporary_directory_is_never_taken(tmp, tmp_path, chromium_naming):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    profile, _ = profile_with_singleton(elsewhere, tmp)
    assert browser_folders.launch_folders([chromium_naming(profile)]) == []


def test_a_folder_not_named_as_playwright_names_a_profile_is_never_taken(tmp, chromium_naming):
    profile = tmp / "research-notes"
    profile.mkdir()
    assert browser_folders.launch_folders([chromium_naming(profile)]) == []


def test_a_profile_that_is_a_link_is_never_taken_nor_what_it_points_to(tmp, tmp_path, chromium_naming):
    target = tmp_path / "data"
    target.mkdir()
    (target / "keep").write_text("x")
    link = tmp / "playwright_chromiumdev_profile-Xy34Zw"
    link.symlink_to(target, target_is_directory=True)
    folders = browser_folders.launch_folders([chromium_naming(link)])
    browser_folders.remove([*folders, str(link)])  # (even when asked: a link is not a folder of the launch)
    assert folders == [] and (target / "keep").exists()


def test_a_singleton_link_pointing_outside_the_temporary_directory_is_not_followed(tmp, tmp_path, chromium_naming):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    profile, singleton = profile_with_singleton(tmp, elsewhere)
    folders = browser_folders.launch_folders([chromium_naming(profile)])
    browser_folders.remove(folders)
    assert folders == [str(profile)] and not profile.exists()
    assert (singleton / "SingletonSocket").exists()


def test_a_singleton_link_to_a_folder_not_named_as_chromiums_is_not_followed(tmp, chromium_naming):
    profile, singleton = profile_with_singleton(tmp, tmp, singleton_name="mine")
    folders = browser_folders.launch_folders([chromium_naming(profile)])
    browser_folders.remove(folders)
    assert folders == [str(profile)] and (singleton / "SingletonSocket").exists()


def test_the_artifacts_folder_is_a_new_name_of_ours_in_the_temporary_directory_and_is_not_made(tmp):
    folders = {browser_folders.artifacts_folder() for _ in range(2)}
    assert len(folders) == 2 and {Path(f).parent for f in folders} == {tmp}
    assert all(Path(f).name.startswith(browser_folders.ARTIFACTS_PREFIX) for f in folders)
    assert os.listdir(tmp) == []


def test_an_artifacts_folder_something_made_is_removed_with_its_contents(tmp):
    folder = Path(browser_folders.artifacts_folder())
    (folder / "trace").mkdir(parents=True)
    (folder / "trace" / "file").write_text("x")
    browser_folders.remove([str(folder)])
    assert os.listdir(tmp) == []


@pytest.mark.skipif(os.geteuid() != 0, reason="makes a folder of another user's (uid 65534)")
def test_a_profile_swapped_for_another_users_folder_leads_to_nothing_of_ours_being_removed(tmp, chromium_naming):
    # In a temporary directory others may write to (no sticky bit), our noted profile can be renamed
    # away and another user's folder put in its place, holding a SingletonSocket link to a folder of
    # ours: another archiver run's live singleton folder. Only a profile still ours is read.
    profile, singleton = profile_with_singleton(tmp, tmp)
    folders = browser_folders.launch_folders([chromium_naming(profile)])
    assert str(profile) in folders
    other_run = tmp / "org.chromium.Chromium.Ot56Hr"
    other_run.mkdir()
    (other_run / "SingletonSocket").write_text("")
    profile.rename(tmp / "moved-away")
    profile.mkdir()
    (profile / "SingletonSocket").symlink_to(other_run / "SingletonSocket")
    os.chown(profile / "SingletonSocket", 65534, 65534, follow_symlinks=False)
    os.chown(profile, 65534, 65534)
    browser_folders.remove(folders)
    assert other_run.is_dir() and (other_run / "SingletonSocket").exists()
    assert profile.is_dir()  # (not ours: left alone too)


# ------------------------------------------------------------------ a TMPDIR too long for Chromium's socket

@pytest.fixture
def base() -> Iterator[Path]:
    """A new folder with a short path (in this run's temporary directory: ``tmp_path``'s is too long
    for Chromium's socket itself), to make the temporary directories of these tests in."""
    folder = Path(tempfile.mkdtemp(prefix="tmp-"))
    assert browser_folders.socket_fits(str(folder / "short"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def long_folder(base: Path, length: int) -> Path:
    """A new folder in ``base`` whose path is ``length`` bytes long."""
    folder = base / ("d" * (length - len(str(base)) - 1))
    folder.mkdir()
    assert len(str(folder)) == length
    return folder


def test_chromiums_socket_fits_under_a_temporary_directory_of_62_bytes_and_not_of_63():
    # $TMPDIR/org.chromium.Chromium.XXXXXX/SingletonSocket: 45 bytes more, in a 107-byte address
    # (Chromium 150 launched under a 62-byte TMPDIR; under a 63-byte one it aborted)
    assert browser_folders.socket_fits("/" + "d" * 61)
    assert not browser_folders.socket_fits("/" + "d" * 62)


@pytest.fixture
def short_base() -> Iterator[Path]:
    """A folder short enough that a launch's folder made in it still fits Chromium's socket
    (this run's temporary directory, and so ``base``, is too long for that): in /tmp."""
    folder = Path(tempfile.mkdtemp(prefix="t", dir="/tmp"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_the_launchs_folder_is_made_in_the_temporary_directory_when_the_socket_fits_there(short_base, monkeypatch):
    base = short_base
    # (every launch has one: Chromium's shared-memory files, made and removed at once in its
    # TMPDIR, were left in the user's by a kill landing between the two)
    monkeypatch.setenv("TMPDIR", str(base))
    (parent := base / "short").mkdir()
    made = Path(browser_folders.short_temp([str(parent)]))
    try:
        assert made.parent == base and os.listdir(parent) == []
        assert made.name.startswith(browser_folders.short_folder_prefix(os.getpid()))
        assert made.stat().st_mode & 0o777 == 0o700
    finally:
        made.rmdir()


def test_under_a_long_temporary_directory_a_private_short_folder_of_this_process_is_made(base, monkeypatch):
    monkeypatch.setenv("TMPDIR", str(long_folder(base, 120)))
    made = browser_folders.short_temp([str(base / "no-such-folder"), *browser_folders.SHORT_PARENTS])
    assert made is not None
    folder = Path(made)
    try:
        assert str(folder.parent) in browser_folders.SHORT_PARENTS
        assert folder.name.startswith(browser_folders.short_folder_prefix(os.getpid()))
        assert folder.is_dir() and folder.stat().st_mode & 0o777 == 0o700 and folder.stat().st_uid == os.geteuid()
        assert browser_folders.socket_fits(str(folder))
    finally:
        folder.rmdir()


def test_when_no_short_folder_can_be_made_it_is_an_error_and_nothing_is_made(base, monkeypatch):
    monkeypatch.setenv("TMPDIR", str(long_folder(base, 120)))
    (not_a_folder := base / "file").write_text("")
    too_long = long_folder(base, 90)  # (a folder made in it would be too long itself)
    with pytest.raises(OSError):
        browser_folders.short_temp([str(base / "no-such-folder"), str(not_a_folder), str(too_long)])
    assert os.listdir(too_long) == []


def test_a_singleton_folder_in_the_launchs_short_folder_is_taken_for_that_launch_only(tmp, tmp_path, chromium_naming):
    (short := tmp_path / "short").mkdir()
    profile, singleton = profile_with_singleton(tmp, short)
    pid = chromium_naming(profile)
    assert browser_folders.launch_folders([pid]) == [str(profile)]  # (another launch's short folder: not ours)
    folders = browser_folders.launch_folders([pid], own_parents=[str(short)])
    assert folders == [str(singleton), str(profile)]
    browser_folders.remove(folders, own_parents=[str(short)])
    assert os.listdir(tmp) == [] and os.listdir(short) == []


def test_a_launch_under_a_long_temporary_directory_gives_only_chromium_a_short_one_removed_when_it_ends(
        base, monkeypatch):
    long = long_folder(base, 120)
    monkeypatch.setenv("TMPDIR", str(long))
    family = browser_procs.Family()
    try:
        short = family.env()["TMPDIR"]
        assert Path(short).is_dir() and browser_folders.socket_fits(short)
        assert Path(short).name.startswith(browser_folders.short_folder_prefix())
        assert os.environ["TMPDIR"] == str(long)  # (Playwright's driver, and this process, keep theirs)
        assert family.env()["TMPDIR"] == short  # (one per launch, however often asked)
    finally:
        family.end()  # (no process of it is left: its folders go)
    assert not Path(short).exists()


def test_a_launch_under_a_temporary_directory_that_fits_gets_its_own_folder_in_it_removed_with_it(
        short_base, monkeypatch):
    base = short_base
    monkeypatch.setenv("TMPDIR", str(base))
    family = browser_procs.Family()
    try:
        own = Path(family.env()["TMPDIR"])
        assert own.parent == base and family.folders == [str(own)]
        (own / ".org.chromium.Chromium.AbCdEf").write_bytes(b"")  # (what a kill could leave there)
    finally:
        family.end()
    assert not own.exists()


#: A launch's folders being removed by :meth:`Family.end` (as a browser's thread does once its
#: processes are gone) when a SIGTERM's ``kill_all`` runs (here: called from a trace hook at the
#: moment the removal begins, as a signal handler runs between two steps of the interrupted
#: code): the folder must be gone when ``kill_all`` returns, for the process dies right after.
#: In a process of its own: ``kill_all`` kills every browser this process launched.
KILL_ALL_DURING_REMOVAL = """
import os, sys
from pathlib import Path
from archiver.capture import browser_folders, browser_procs

folder = Path(sys.argv[1])
(folder / "Default").mkdir(parents=True)
(folder / "Default" / "Cookies").write_bytes(b"x" * 4096)
family = browser_procs.Family()
family.env()  # (registered, as at a launch: what kill_all takes)
family.folders.append(str(folder))
seen = []

def hook(frame, event, _arg):
    if event == "call" and frame.f_code is browser_folders.remove.__code__ and not seen:
        seen.append(None)
        browser_procs.kill_all()
        print("after kill_all:", "left" if folder.exists() else "gone", flush=True)
    return None

sys.settrace(hook)
family.end(timeout=1.0)
sys.settrace(None)
print("after end:", "left" if folder.exists() else "gone", flush=True)
"""


def test_a_kill_all_during_a_launchs_folder_removal_returns_only_once_they_are_gone(tmp):
    # (before: the ending family's folders were taken off its list as their removal began, so a
    # kill_all then found none to remove and returned at once: the process died of its SIGTERM
    # with the profile half-removed; seen 1 run in 8 of bench/bench_kill_all.py)
    folder = tmp / "playwright_chromiumdev_profile-raced"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    done = subprocess.run([sys.executable, "-c", KILL_ALL_DURING_REMOVAL, str(folder)], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines() == ["after kill_all: gone", "after end: gone"], done.stdout


def test_a_launch_removes_the_folders_of_launches_whose_archiver_is_gone(short_base, monkeypatch):
    # an archiver killed with SIGKILL runs nothing: its launches' folders stayed; the next launch
    # removes those whose maker no longer exists, and only those
    import subprocess
    import sys

    monkeypatch.setenv("TMPDIR", str(short_base))
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True).stdout.strip()  # (a pid that has just exited)
    stale = short_base / f"{browser_folders.SHORT_PREFIX}{gone}-abcdefgh"
    (stale / "org.chromium.Chromium.AbCdEf").mkdir(parents=True)
    alive = short_base / f"{browser_folders.SHORT_PREFIX}{os.getpid()}-ijklmnop"
    alive.mkdir()
    (elsewhere := short_base / "elsewhere").mkdir()
    link = short_base / f"{browser_folders.SHORT_PREFIX}{gone}-link"
    link.symlink_to(elsewhere)
    made = Path(browser_folders.short_temp([]))
    try:
        assert not stale.exists()
        assert alive.is_dir() and link.is_symlink() and elsewhere.is_dir()
    finally:
        made.rmdir()
