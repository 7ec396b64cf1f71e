"""One page's signed bundle, for the tests that doctor a genuine bundle and check what
``verify-bundle`` and ``import`` make of it (the ``one_page_bundle`` fixture in conftest.py:
one capture and one export per run, shared, since every such test writes its doctored copy
elsewhere and leaves the bundle as it is).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from cli import run_cli
from servers import Site, html_page

from archiver.archive import Archive

HARBOUR_PAGE = (b"<html><head><title>Harbour report</title></head><body><article><h1>Harbour report</h1>"
                b"<p>The harbour handled 41,000 containers in March, the port authority said on Tuesday.</p>"
                b"<p>Dock workers did not strike, and the night shift was cancelled for the first time.</p>"
                b"</article></body></html>")


def export_one_page(root: Path) -> dict[str, Path]:
    """A store under ``root`` with one capture of :data:`HARBOUR_PAGE`, its bundle, the log's
    public key and the key folder (which holds the WACZ key): ``{"bundle": ..., "key": ..., "keys": ...}``."""
    site = Site()
    site.routes["/news"] = html_page(HARBOUR_PAGE)
    try:
        with Archive.open(root / "store", key_dir=root / "keys") as arc:
            cid = arc.capture(site.url("/news")).capture_id
    finally:
        site.close()
    out = root / "b.wacz"
    proc = run_cli("export", cid, "-o", str(out), store=root / "store",
                   env={"ARCHIVER_KEY_DIR": str(root / "keys")})
    assert proc.returncode == 0, proc.stderr
    return {"bundle": out, "key": root / "store" / "provenance" / "log.pub", "keys": root / "keys"}


def with_member(bundle: Path, out: Path, name: str, data: bytes) -> Path:
    """A copy of ``bundle`` at ``out`` whose member ``name`` holds ``data`` (added when absent)."""
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(out, "w") as dst:
        names = set()
        for info in src.infolist():
            names.add(info.filename)
            dst.writestr(info.filename, data if info.filename == name else src.read(info))
        if name not in names:
            dst.writestr(name, data)
    return out


def members(bundle: Path) -> dict[str, bytes]:
    """Every member of ``bundle`` by name, in zip order."""
    with zipfile.ZipFile(bundle) as z:
        return {i.filename: z.read(i) for i in z.infolist()}


def resign(bundle: Path, out: Path, changes: dict[str, bytes], key_dir: Path) -> Path:
    """What an attacker holding the bundle's WACZ key (not the log's key) can make: ``bundle``
    with ``changes`` (new or replaced members), datapackage.json listing each changed file's
    sha256 and size, and datapackage-digest.json re-signed with the genuine WACZ key in
    ``key_dir``. A datapackage.json or digest given in ``changes`` is kept as given (only the
    digest's hash and signature are renewed over it when the digest itself is not given)."""
    import json

    from cryptography.hazmat.primitives import serialization

    from archiver.core.digests import sha256_label
    from archiver.export import signing

    files = {**members(bundle), **changes}
    if "datapackage.json" not in changes:
        package = json.loads(files["datapackage.json"])
        listed = {res["path"] for res in package["resources"]}
        package["resources"] = [{**res, "hash": sha256_label(files[res["path"]]), "bytes": len(files[res["path"]])}
                                for res in package["resources"]]
        package["resources"] += [{"name": Path(name).name, "path": name, "hash": sha256_label(data),
                                  "bytes": len(data)} for name, data in changes.items() if name not in listed]
        files["datapackage.json"] = json.dumps(package, indent=2).encode()
    if "datapackage-digest.json" not in changes:
        pem = next(key_dir.glob("*.wacz-p384.pem"))
        key = signing.WaczKey(serialization.load_pem_private_key(pem.read_bytes(), password=None))  # type: ignore[arg-type]
        digest = json.loads(files["datapackage-digest.json"])
        digest["hash"] = sha256_label(files["datapackage.json"])
        digest["signedData"] = {**digest["signedData"], "hash": digest["hash"],
                                "signature": key.sign(digest["hash"].encode())}
        files["datapackage-digest.json"] = json.dumps(digest).encode()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    return out


def streamed_zip(path: Path) -> Path:
    """A zip as streaming writers make it: each member followed by a data descriptor."""
    class Unseekable(io.RawIOBase):
        def __init__(self) -> None:
            self.buf = bytearray()

        def writable(self) -> bool:
            return True

        def write(self, b) -> int:  # type: ignore[override]
            self.buf += b
            return len(b)

    sink = Unseekable()
    with zipfile.ZipFile(sink, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("a.txt", b"one" * 100)
        with z.open("b.txt", "w") as f:
            f.write(b"two" * 100)
    path.write_bytes(bytes(sink.buf))
    return path


def reworded_warc(data: bytes, old: bytes, new: bytes) -> bytes:
    """A gzipped WARC file (one record per member, as ours) whose response records say ``new``
    for ``old``, each with its WARC-Block-Digest, WARC-Payload-Digest and Content-Length made
    true again: what a forger who edits an exported record and recomputes its own digests makes."""
    import gzip
    import hashlib
    import zlib

    out, at = b"", 0
    while at < len(data):
        unzip = zlib.decompressobj(16 + zlib.MAX_WBITS)
        raw = unzip.decompress(data[at:])
        at = len(data) - len(unzip.unused_data)
        if b"WARC-Type: response\r\n" in raw and old in raw:
            head, _, rest = raw.replace(old, new).partition(b"\r\n\r\n")
            block = rest[:-4]  # the record's closing CRLF CRLF
            payload = block.partition(b"\r\n\r\n")[2]
            lines = []
            for line in head.split(b"\r\n"):
                name = line.split(b":", 1)[0].lower()
                if name == b"warc-block-digest":
                    line = b"WARC-Block-Digest: sha256:" + hashlib.sha256(block).hexdigest().encode()
                elif name == b"warc-payload-digest":
                    line = b"WARC-Payload-Digest: sha256:" + hashlib.sha256(payload).hexdigest().encode()
                elif name == b"content-length":
                    line = b"Content-Length: %d" % len(block)
                lines.append(line)
            raw = b"\r\n".join(lines) + b"\r\n\r\n" + block + b"\r\n\r\n"
        out += gzip.compress(raw, mtime=0)
    return out


def reworded_bundle(bundle: Path, out: Path, old: bytes, new: bytes, key_dir: Path,
                    *, keep_digest: bool = False) -> Path:
    """``bundle`` with its WARC's response saying ``new`` for ``old`` (digests recomputed),
    datapackage.json re-hashed to match and datapackage-digest.json re-signed with the WACZ key
    in ``key_dir`` (a forger's own, or the genuine one), or with ``keep_digest`` the genuine
    signed digest kept as it was (now of another datapackage.json)."""
    files = members(bundle)
    [warc] = [n for n in files if n.startswith("archive/")]
    changes = {warc: reworded_warc(files[warc], old, new)}
    assert changes[warc] != files[warc], "nothing to reword"
    if keep_digest:
        changes["datapackage-digest.json"] = files["datapackage-digest.json"]
    return resign(bundle, out, changes, key_dir)


def without_provenance(bundle: Path, out: Path) -> Path:
    """``bundle`` with no ``provenance/`` member (datapackage.json not listing them): what a
    forger sends to pass an edited archiver bundle off as another tool's WACZ."""
    import json

    files = {n: d for n, d in members(bundle).items() if not n.startswith("provenance/")}
    package = json.loads(files["datapackage.json"])
    package["resources"] = [r for r in package["resources"] if not r["path"].startswith("provenance/")]
    files["datapackage.json"] = json.dumps(package, indent=2).encode()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    return out


def pin_bundle_key(bundle: Path, env: dict[str, str] | None = None) -> None:
    """Pin the log key ``bundle`` carries (``archiver key pin``, in ``env``'s key folder or the
    test's), as its recipient does once they compared it with the key its author published:
    ``import`` takes an archiver bundle only against a key pinned (or the user's own)."""
    key = bundle.with_name(bundle.name + ".log.pub")
    key.write_bytes(members(bundle)["provenance/log.pub"])
    proc = run_cli("key", "pin", str(key), env=env)
    assert proc.returncode == 0, proc.stderr


def colleague_bundle(root: Path, page: bytes, *corrections: str, name: str = "colleague") -> tuple[Path, str]:
    """A colleague's store under ``root/name`` (its key folder ``root/name-keys``) with one capture
    of ``page``, corrected first when ``corrections`` are given (``archiver correct`` arguments
    after the id), exported: (the bundle ``root/name.wacz``, the capture id)."""
    site = Site()
    site.routes["/page"] = html_page(page)
    try:
        with Archive.open(root / name, key_dir=root / f"{name}-keys") as arc:
            cid = arc.capture(site.url("/page")).capture_id
    finally:
        site.close()
    env = {"ARCHIVER_KEY_DIR": str(root / f"{name}-keys")}
    if corrections:
        proc = run_cli("correct", cid, *corrections, store=root / name, env=env)
        assert proc.returncode == 0, proc.stderr
    bundle = root / f"{name}.wacz"
    proc = run_cli("export", cid, "-o", str(bundle), store=root / name, env=env)
    assert proc.returncode == 0, proc.stderr
    return bundle, cid
