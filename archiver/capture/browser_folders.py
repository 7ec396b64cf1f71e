"""Chromium's and Playwright's temporary folders: none outlives the launch that made them.

Why: while a browser runs, its launch has three folders in the temporary directory: the
profile Playwright's driver makes for it (``playwright_chromiumdev_profile-XXXXXX``, about
1.5 MB of browser-wide state: each capture's cookies, cache and storage are its off-the-record
context's, kept in memory; a page's text, cookie and URL were not found in it), the folder of
Chromium's singleton socket (``org.chromium.Chromium.XXXXXX``, linked from the profile's
``SingletonSocket``) and the driver's artifacts folder (``playwright-artifacts-XXXXXX``).
Closed normally, Chromium removes the second and the driver the others; killed (a SIGTERM, a
browser that would not close, one that crashed), nobody did, and every killed capture left
them in the temporary directory for good.

So each launch's folders are known for certain, never guessed from a name (another run's,
another user's would match one):

- the artifacts folder is one of ours (:func:`artifacts_folder`), given to Playwright as
  ``artifacts_dir``, which then makes none of its own. It is a new name, never made: nothing is
  ever written there (captures refuse downloads and record no trace, video or HAR), so nothing
  is left even when archiver itself is killed (SIGKILL: the driver, orphaned, then closes
  Chromium and removes the profile, as it always did, but never an ``artifacts_dir`` it was
  given). Should anything make it after all, it is removed with the others;
- the profile is the one named by ``--user-data-dir`` on the command line of the launch's own
  Chromium, and the singleton folder the one its ``SingletonSocket`` link points into
  (:func:`launch_folders`), each taken only if it lies directly in a temporary directory of this
  process's environment (``TMPDIR``, ``TMP``, ``TEMP`` or ``/tmp``: where the driver and
  Chromium make them, both inheriting it), carries the name Playwright or Chromium gives it, is
  a folder (not a link to one) and belongs to this user.
- each launch's Chromium is given a private folder of ours as its ``TMPDIR`` only (Playwright's
  driver keeps the inherited one; :func:`short_temp`, mode 0700): made in the temporary directory
  it would inherit (the user's choice: a roomier disk, a scratch folder a job scheduler cleans, a
  sandbox where ``/tmp`` is not writable) when its singleton socket fits under it (the address,
  ``$TMPDIR/archiver-chromium-PID-XXXXXXXX/org.chromium.Chromium.XXXXXX/SingletonSocket``, must fit
  in the 107 bytes of a Unix socket's: Chromium aborts at launch otherwise, seen with a 92-byte
  ``TMPDIR`` of a CI runner's nested workspace), else in ``/tmp``, else ``/dev/shm``. What Chromium
  makes in its ``TMPDIR`` goes with the folder: its singleton folder, and its shared-memory files
  (``.org.chromium.Chromium.XXXXXX``, made and removed at once under Playwright's
  ``--disable-dev-shm-usage``, left in the user's folder by a kill landing between the two). That
  folder is one of the launch's folders, and the parent its singleton folder is looked for in,
  for that launch only (``own_parents`` of :func:`launch_folders` and :func:`remove`).

:class:`~archiver.capture.browser_procs.Family` removes them once every process of the launch is
gone (:func:`remove`): nothing there can write to them again. Removing follows no link
(``shutil.rmtree`` removes a link, never what it points to) and takes no lock: it may run in a
signal handler.
"""

from __future__ import annotations

import logging
import os
import secrets
import shutil
import stat
import tempfile
from collections.abc import Iterable

from archiver.core import socket_dirs

logger = logging.getLogger(__name__)

#: The prefix of each launch's artifacts folder (ours, with a random part: no one else's name).
ARTIFACTS_PREFIX = "archiver-playwright-artifacts-"
#: The names Playwright gives a Chromium's profile (``playwright_${browser}dev_profile-``).
PROFILE_PREFIXES = ("playwright_chromiumdev_profile-",)
#: The names Chromium gives its singleton socket's folder (``base::CreateNewTempDirectory``:
#: the build's product name), Debian's Chromium and Google's.
SINGLETON_PREFIXES = ("org.chromium.Chromium.", "com.google.Chrome.")
#: The profile's link to Chromium's singleton socket.
SINGLETON_LINK = "SingletonSocket"
USER_DATA_DIR = "--user-data-dir="
#: The longest path of Chromium's singleton socket (bytes): a Unix socket's address
#: (``sun_path``, 108 bytes) holds the path and its NUL. Longer, Chromium aborts at launch.
SOCKET_PATH_MAX = socket_dirs.SUN_PATH_BYTES - 1
#: What Chromium adds to its temporary directory for the socket (the longer of its two names).
SOCKET_TAIL = len("/org.chromium.Chromium.XXXXXX/" + SINGLETON_LINK)
#: Where a launch's short temporary folder is made when ``TMPDIR`` is too long.
SHORT_PARENTS = socket_dirs.SHORT_PARENTS
#: The start of each short temporary folder's name (then its maker's pid: :func:`short_folder_prefix`).
SHORT_PREFIX = "archiver-chromium-"


def temp_dir() -> str:
    """The temporary directory Playwright's driver uses (Node's ``os.tmpdir()``: ``TMPDIR``,
    ``TMP``, ``TEMP``, else ``/tmp``), read from this process's environment, which it inherits."""
    for name in ("TMPDIR", "TMP", "TEMP"):
        value = os.environ.get(name)
        if value:
            return value.rstrip("/") or "/"
    return "/tmp"


def chromium_temp_dir() -> str:
    """The temporary directory Chromium would use with this process's environment: ``TMPDIR``,
    else ``/tmp`` (Chromium's ``base::GetTempDir`` reads no other variable)."""
    return os.environ.get("TMPDIR") or "/tmp"


def socket_fits(folder: str) -> bool:
    """Whether Chromium's singleton socket fits in a Unix socket's address with ``folder`` as
    its temporary directory (counted as given, a trailing ``/`` too: at worst one byte early)."""
    return socket_dirs.fits(folder, SOCKET_TAIL, SOCKET_PATH_MAX)


def short_folder_prefix(pid: int | None = None) -> str:
    """The start of the name of each short temporary folder process ``pid`` (this one) makes:
    whose it is can be told from it (a test looks for those a command left)."""
    return f"{SHORT_PREFIX}{os.getpid() if pid is None else pid}-"


def short_temp(parents: Iterable[str] = SHORT_PARENTS) -> str:
    """A new private folder (mode 0700) to be the ``TMPDIR`` of one Chromium launch: made in the
    temporary directory Chromium would inherit when its singleton socket fits under a folder made
    there (:func:`socket_fits`), else in the first of ``parents`` that takes one short enough.
    The caller removes it once the launch's processes are gone (:func:`remove`).

    Why every launch has one: Playwright starts Chromium with ``--disable-dev-shm-usage``, so its
    shared memory is files in its ``TMPDIR`` (``.org.chromium.Chromium.XXXXXX``), each made and
    removed at once: a kill landing between the two left one in the user's temporary directory
    (seen in 1 of 12 SIGTERM'd captures). In the launch's own folder they go with it. The
    user's ``TMPDIR`` stays where it is when it can hold the folder (a roomier disk, a scratch
    folder a scheduler cleans).

    Raises:
        OSError: no folder short enough could be made anywhere (the last error).
    """
    error: OSError = FileNotFoundError("no folder to make it in")
    for parent in dict.fromkeys((chromium_temp_dir(), *parents)):
        _remove_stale(parent)
        try:
            folder = tempfile.mkdtemp(prefix=short_folder_prefix(), dir=parent)
        except OSError as exc:
            error = exc
            continue
        if socket_fits(folder):
            return folder
        os.rmdir(folder)  # (a parent too long: the next one)
        error = OSError(f"{parent} is too long for Chromium's socket")
    raise error


def _remove_stale(parent: str) -> None:
    """Remove the launch folders in ``parent`` whose maker is gone: an ``archiver`` killed with
    SIGKILL (nothing of it runs to remove them) leaves its launches' folders, empty or nearly
    (Chromium, closed by the orphaned driver, removes its own socket folder). Only a folder (not a
    link) of this user, named by :func:`short_folder_prefix` with the pid of a process that no
    longer exists: a live pid, even one reused since, keeps its folder."""
    try:
        names = [n for n in os.listdir(parent) if n.startswith(SHORT_PREFIX)]
    except OSError:
        return
    for name in names:
        pid = name[len(SHORT_PREFIX):].split("-", 1)[0]
        if not pid.isdigit() or int(pid) <= 0:
            continue
        try:
            os.kill(int(pid), 0)
            continue  # (alive, or another user's: kept)
        except ProcessLookupError:
            pass
        except OSError:
            continue
        path = os.path.join(parent, name)
        try:
            st = os.lstat(path)
        except OSError:
            continue
        if stat.S_ISDIR(st.st_mode) and st.st_uid == os.geteuid():
            shutil.rmtree(path, ignore_errors=True)


def _temp_dirs(own_parents: Iterable[str | None] = ()) -> set[str]:
    """Every folder a launch's profile or singleton folder may lie in (real paths): the
    driver's and Chromium's temporary directories (Chromium reads only ``TMPDIR``), and the
    launch's own short temporary folder (``own_parents``), if it has one."""
    found = {temp_dir(), "/tmp", *(path for path in own_parents if path)}
    return {os.path.realpath(path) for path in found}


def artifacts_folder() -> str:
    """Where one launch's Playwright artifacts would go: a new name in the driver's temporary
    directory, not made (see the module docstring: nothing is written there)."""
    return os.path.join(temp_dir(), ARTIFACTS_PREFIX + secrets.token_hex(8))


def _ours(path: str, prefixes: tuple[str, ...], parents: set[str]) -> bool:
    """Whether ``path`` is a folder (not a link) of this user, named with one of ``prefixes``,
    directly in one of ``parents``."""
    name = os.path.basename(path)
    if not os.path.isabs(path) or not name.startswith(prefixes) or name in prefixes:
        return False
    if os.path.realpath(os.path.dirname(path)) not in parents:
        return False
    try:
        st = os.lstat(path)
    except OSError:
        return False
    return stat.S_ISDIR(st.st_mode) and st.st_uid == os.geteuid()


def _singleton_folder(profile: str, parents: set[str]) -> str | None:
    """The folder ``profile``'s singleton link points into, if it is Chromium's (see :func:`_ours`).

    The link is read only through the profile opened as a folder (not a link) of this user: a
    profile renamed away and replaced by someone else's folder between the checks could
    otherwise name one of our other runs' live folders."""
    try:
        fd = os.open(profile, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
    except OSError:
        return None
    try:
        if os.fstat(fd).st_uid != os.geteuid():
            return None
        target = os.readlink(SINGLETON_LINK, dir_fd=fd)
    except OSError:
        return None
    finally:
        os.close(fd)
    if os.path.basename(target) != SINGLETON_LINK:
        return None
    folder = os.path.dirname(target)
    return folder if _ours(folder, SINGLETON_PREFIXES, parents) else None


def cmdline_words(pid: int) -> list[bytes]:
    """The arguments on ``pid``'s command line as ``/proc`` gives them (NUL-separated, each kept
    whole, spaces and all); none when the process is gone or there is no ``/proc``.

    Why here: the launch's profile is read from its Chromium's arguments (:func:`_profiles`) and
    :func:`archiver.capture.browser_procs.runs_with_switch` reads the same file (that module
    imports this one, so the reading lives on this side)."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            return [word for word in fh.read().split(b"\0") if word]
    except OSError:
        return []


def _profiles(pids: Iterable[int]) -> list[str]:
    """The ``--user-data-dir`` of each of ``pids`` (read from ``/proc``; none without it)."""
    found: list[str] = []
    for pid in pids:
        for word in cmdline_words(pid):
            if word.startswith(USER_DATA_DIR.encode()):
                path = os.fsdecode(word[len(USER_DATA_DIR):])
                if path not in found:
                    found.append(path)
    return found


def launch_folders(pids: Iterable[int], own_parents: Iterable[str | None] = ()) -> list[str]:
    """The temporary folders of the Chromium whose processes are ``pids``: its profile and its
    singleton socket's folder, each only where it is certainly the launch's (see the module
    docstring; ``own_parents``: the launch's short temporary folder, if it has one). Read from
    ``/proc`` and the profile's link; no lock taken."""
    parents = _temp_dirs(own_parents)
    folders: list[str] = []
    for profile in _profiles(pids):
        if not _ours(profile, PROFILE_PREFIXES, parents):
            continue
        singleton = _singleton_folder(profile, parents)
        folders += [profile] if singleton is None else [singleton, profile]
    return folders


def remove(folders: Iterable[str], own_parents: Iterable[str | None] = ()) -> None:
    """Remove each of ``folders`` (:func:`artifacts_folder`, if something made it; the launch's
    :func:`short_temp`; what :func:`launch_folders` found), and the singleton folder a profile
    still links to (in a temporary directory, or in ``own_parents``: the launch's short one), if
    each is still a folder of this user's (one already gone is fine: a browser closed normally
    removes its own). Follows no link; takes no lock (a signal handler may call it)."""
    parents = _temp_dirs(own_parents)
    for folder in folders:
        if os.path.basename(folder).startswith(PROFILE_PREFIXES):
            singleton = _singleton_folder(folder, parents)
            if singleton is not None:
                _remove_tree(singleton)
        _remove_tree(folder)


def _remove_tree(folder: str) -> None:
    try:
        st = os.lstat(folder)
    except OSError:
        return  # (gone already)
    if not stat.S_ISDIR(st.st_mode) or st.st_uid != os.geteuid():
        return
    shutil.rmtree(folder, ignore_errors=True)
    if os.path.lexists(folder):
        logger.warning("could not remove Chromium's temporary folder %s", folder)


__all__ = ["ARTIFACTS_PREFIX", "SHORT_PARENTS", "SHORT_PREFIX", "artifacts_folder", "chromium_temp_dir", "launch_folders", "remove",
           "short_folder_prefix", "short_temp", "socket_fits", "temp_dir"]
