"""Which temporary folders a browser launch's cleanup takes, and that it takes nothing else.

A launch's profile is the one its Chromium's command line names, and the singleton socket's
folder the one the profile's link points into (archiver/capture/browser_folders.py); here the
"Chromium" is a real process (a sleeping Python) whose command line names a folder, so each rule
is tried without starting a browser: nothing outside the temporary directory, nothing not named
as Playwright or Chromium name theirs, no link followed, is ever removed.
"""

from __future__ import annotations

import os
import subprocess
import sys
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
