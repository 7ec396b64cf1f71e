"""Stage 2, store: where captures are committed, where they live, and how they are found again.

``storage`` holds the WARC files behind a small interface (a local folder today, object storage
later), ``index`` is the derived SQLite index of captures, records and extractions, and
``textindex`` the derived full-text index for whole-archive quote search, and ``commit`` the one
path by which every capture (native fetch, import, browser) is committed. Both indexes are
rebuilt from the WARC files plus the provenance log by ``archiver reindex``.
"""
