#!/bin/sh
# Print a new folder for one test run's files (pytest's tmp_path, every tempfile, the stores, WARC
# files and SQLite databases the tests make). On a memory file system (/dev/shm) when it is there,
# writable and has 2 GiB free: the suite writes ~125 MB and fsyncs often, and on a disk the
# kernel's writeback of files deleted moments later cost ~3 CPU-seconds a run. The files and the
# fsync calls are the same either way. Elsewhere (a container's small /dev/shm, no /dev/shm): the
# default temp folder.
free=$(df -Pk /dev/shm 2>/dev/null | awk 'NR == 2 { print $4 }')
if [ -n "$free" ] && [ "$free" -ge 2097152 ] && [ -w /dev/shm ]; then
    mktemp -d /dev/shm/archiver-test.XXXXXX
else
    mktemp -d
fi
