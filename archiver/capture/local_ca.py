"""The certificate authority a browser capture's recording proxy terminates TLS with.

Made for one capture run only (:class:`LocalCA`): the proxy (:mod:`archiver.capture.proxy`)
presents a certificate for each host signed by it, every host certificate sharing one key, so
the browser is told to accept exactly that key (``--ignore-certificate-errors-spki-list``) and
nothing else. Both private keys live in memory only: Python's ``ssl`` loads a certificate chain
from files alone, so the shared host key and each host's chain are given to the one
``load_cert_chain`` call as anonymous in-memory files (Linux's ``memfd_create``), elsewhere
written to a private temporary folder and removed at once. (They were kept in a folder
removed on close; a batch worker's pool never closes its CA, and a worker's exit runs no
temporary-folder finalizer, so every ``batch --browser`` run left a host key behind in /tmp.) Apart from the proxy because it is the one place that mints keys and
certificates, with its own imports (``cryptography.x509``) that only a browser capture needs.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import os
import ssl
import tempfile
import threading
from pathlib import Path
from typing import Any

from archiver.core.durable import write_all


class LocalCA:
    """A certificate authority made for one capture run, and the host certificates it signs."""

    def __init__(self) -> None:
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import ec
        from cryptography.x509.oid import NameOID

        self._x509, self._hashes, self._ser = x509, hashes, serialization
        self._key = ec.generate_private_key(ec.SECP256R1())
        self.leaf_key = ec.generate_private_key(ec.SECP256R1())
        now = dt.datetime.now(dt.UTC)
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "archiver capture run CA (this run only)")])
        self.cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
                     .public_key(self._key.public_key()).serial_number(x509.random_serial_number())
                     .not_valid_before(now - dt.timedelta(hours=1)).not_valid_after(now + dt.timedelta(days=1))
                     .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
                     .add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False,
                                                  key_encipherment=False, data_encipherment=False,
                                                  key_agreement=False, key_cert_sign=True, crl_sign=True,
                                                  encipher_only=False, decipher_only=False), critical=True)
                     .add_extension(x509.SubjectKeyIdentifier.from_public_key(self._key.public_key()), critical=False)
                     .sign(self._key, hashes.SHA256()))
        self._leaf_pem = self.leaf_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
        self._contexts: dict[str, ssl.SSLContext] = {}
        self._lock = threading.Lock()

    @property
    def spki_sha256_b64(self) -> str:
        """What Chromium's ``--ignore-certificate-errors-spki-list`` takes: base64(sha256(SPKI))."""
        der = self.leaf_key.public_key().public_bytes(self._ser.Encoding.DER,
                                                      self._ser.PublicFormat.SubjectPublicKeyInfo)
        return base64.b64encode(hashlib.sha256(der).digest()).decode()

    def context_for(self, host: str) -> ssl.SSLContext:
        """A server-side TLS context presenting a certificate for ``host`` (made once per host)."""
        with self._lock:
            ctx = self._contexts.get(host)
            if ctx is None:
                ctx = self._contexts[host] = self._make_context(host)
            return ctx

    def _make_context(self, host: str) -> ssl.SSLContext:
        import ipaddress

        x509 = self._x509
        from cryptography.x509.oid import NameOID

        try:
            san: Any = x509.IPAddress(ipaddress.ip_address(host.strip("[]")))
        except ValueError:
            san = x509.DNSName(host)
        now = dt.datetime.now(dt.UTC)
        cert = (x509.CertificateBuilder()
                .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host[:64] or "host")]))
                .issuer_name(self.cert.subject).public_key(self.leaf_key.public_key())
                .serial_number(x509.random_serial_number())
                .not_valid_before(now - dt.timedelta(hours=1)).not_valid_after(now + dt.timedelta(days=1))
                .add_extension(x509.SubjectAlternativeName([san]), critical=False)
                # (RFC 5280's identifiers: a client checking strictly, as Python's own does from 3.13 on
                # (VERIFY_X509_STRICT), refuses a certificate without the authority key identifier)
                .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(self._key.public_key()), critical=False)
                .add_extension(x509.SubjectKeyIdentifier.from_public_key(self.leaf_key.public_key()), critical=False)
                .sign(self._key, self._hashes.SHA256()))
        chain = cert.public_bytes(self._ser.Encoding.PEM) + self.cert.public_bytes(self._ser.Encoding.PEM)
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        _load_chain(ctx, chain, self._leaf_pem)
        ctx.set_alpn_protocols(["http/1.1"])  # we speak HTTP/1.1 to the browser
        return ctx

    def close(self) -> None:
        """Forget the contexts made (nothing of the CA is on disk to remove)."""
        with self._lock:
            self._contexts.clear()


def _load_chain(ctx: ssl.SSLContext, chain: bytes, key: bytes) -> None:
    """``ctx.load_cert_chain`` from bytes: through anonymous in-memory files where Linux has them
    (``memfd_create``, read back by their ``/proc/self/fd`` name: nothing on any file system, so
    not even a SIGKILL at this moment leaves the key behind), else through a private temporary
    folder removed at once."""
    if hasattr(os, "memfd_create") and os.path.isdir("/proc/self/fd"):
        fds: list[int] = []
        try:
            for name, data in (("chain", chain), ("key", key)):
                fd = os.memfd_create(f"archiver-ca-{name}", os.MFD_CLOEXEC)
                fds.append(fd)
                write_all(fd, data)
            ctx.load_cert_chain(f"/proc/self/fd/{fds[0]}", f"/proc/self/fd/{fds[1]}")
            return
        except ssl.SSLError:
            raise  # (the chain itself is refused: the folder below would refuse it too, with the key on disk)
        except OSError:
            pass  # (no memfd here after all: the folder below)
        finally:
            for fd in fds:
                os.close(fd)
    with tempfile.TemporaryDirectory(prefix="archiver-ca-") as folder:  # mode 0700, ours alone
        chain_path, key_path = Path(folder) / "chain.pem", Path(folder) / "leaf.key"
        _write_private(chain_path, chain)
        _write_private(key_path, key)
        ctx.load_cert_chain(str(chain_path), str(key_path))


def _write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to a new file only this user can read (mode 0600 from its creation)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
