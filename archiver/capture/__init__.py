"""Stage 1, capture: fetch a URL and turn the HTTP exchange into WARC records.

``fetch`` speaks HTTP (every hop, nothing left out), ``warc`` writes and reads WARC records,
``records`` turns an exchange into the records of one capture (request/response per hop, TLS
metadata, extraction record, manifest).
"""
