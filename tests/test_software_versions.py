"""The versions recorded in every warcinfo record and log entry are the installed packages' own."""

from __future__ import annotations

from importlib import metadata

from archiver.capture import records
from archiver.core.versions import installed_version
from archiver.extract import extractor_versions


def test_each_recorded_version_is_the_one_importlib_metadata_reads():
    recorded = records.software_versions()
    for name, version in recorded.items():
        if name in ("archiver", "python"):
            continue
        assert version == metadata.version(name), name


def test_each_extraction_library_version_is_the_one_importlib_metadata_reads():
    for name, version in extractor_versions().items():
        if name != "archiver-extract":
            assert version == metadata.version(name), name


def test_the_recorded_packages_are_the_ones_that_shape_the_bytes_and_are_installed():
    recorded = records.software_versions()
    for name in ("requests", "urllib3", "warcio", "trafilatura", "htmldate", "lxml", "rfc8785", "cryptography"):
        assert recorded[name], name


def test_a_package_that_is_not_installed_is_left_out_not_guessed():
    try:
        installed_version("no-such-package-archiver-test")
    except metadata.PackageNotFoundError:
        return
    raise AssertionError("a missing package must raise PackageNotFoundError")
