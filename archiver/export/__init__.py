"""Export for third parties: signed WACZ evidence bundles, CDXJ, citations; import of foreign WARCs.

A researcher publishes; a reader, reviewer or court must be able to check the sources without
our store. Modules: ``signing`` (the WACZ anonymous-profile ECDSA key), ``cdxj`` (pywb-readable
CDXJ via ``cdxj-indexer``), ``wacz`` (build a bundle), ``bundle_verify`` (check one offline, with
only the zip and this package; its stages are the ``bundle_*`` modules), ``cite`` (CSL-JSON,
BibTeX, RIS, text), ``importer`` (WARC/WACZ made elsewhere).
"""

from __future__ import annotations
