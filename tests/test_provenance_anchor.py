"""Time anchors: RFC 3161 against a local TSA (``openssl ts -reply``), and the plug-in interface."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import shutil
import subprocess
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from archiver.core.fixed_clocks import FixedClock
from archiver.errors import IncompleteCheckError
from archiver.provenance import ProvenanceLog, verify_proof
from archiver.provenance.anchor import AnchorError, AnchorResult, RFC3161Anchor

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl binary")


def _cert(subject: str, key, issuer_name, issuer_key, *, ca: bool):
    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
        .issuer_name(issuer_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if ca:
        builder = builder.add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
        )
    else:
        builder = builder.add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
    return builder.sign(issuer_key, hashes.SHA256())


def make_ca(directory: Path, name: str) -> tuple[Path, Path, Path]:
    """A throwaway root CA and a TSA certificate it issued: (root.pem, tsa.pem, tsa.key)."""
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"{name} root")])
    ca = _cert(f"{name} root", ca_key, ca_name, ca_key, ca=True)
    tsa_key = ec.generate_private_key(ec.SECP256R1())
    tsa = _cert(f"{name} TSA", tsa_key, ca.subject, ca_key, ca=False)
    pem = serialization.Encoding.PEM
    (directory / "root.pem").write_bytes(ca.public_bytes(pem))
    (directory / "tsa.pem").write_bytes(tsa.public_bytes(pem))
    (directory / "tsa.key").write_bytes(
        tsa_key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return directory / "root.pem", directory / "tsa.pem", directory / "tsa.key"


TSA_CNF = """
[ tsa ]
default_tsa = tsa1
[ tsa1 ]
dir = {dir}
serial = $dir/serial
crypto_device = builtin
signer_cert = $dir/tsa.pem
signer_key = $dir/tsa.key
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha256, sha384, sha512
accuracy = secs:1
ordering = yes
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256
"""


@pytest.fixture(scope="module")
def tsa(tmp_path_factory: pytest.TempPathFactory):
    """A local RFC 3161 TSA on 127.0.0.1 that answers with ``openssl ts -reply``."""
    directory = tmp_path_factory.mktemp("tsa")
    root, _, _ = make_ca(directory, "Test TSA")
    (directory / "serial").write_text("01\n")
    cnf = directory / "tsa.cnf"
    cnf.write_text(TSA_CNF.format(dir=directory))
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's naming
            query = self.rfile.read(int(self.headers["Content-Length"]))
            with lock, tempfile.TemporaryDirectory() as tmp:
                (Path(tmp) / "q.tsq").write_bytes(query)
                subprocess.run(
                    ["openssl", "ts", "-reply", "-config", str(cnf), "-queryfile", f"{tmp}/q.tsq",
                     "-out", f"{tmp}/r.tsr"],
                    check=True, capture_output=True,
                )
                reply = (Path(tmp) / "r.tsr").read_bytes()
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/tsr", root
    server.shutdown()


def roots(path: Path) -> list:
    return x509.load_pem_x509_certificates(path.read_bytes())


@pytest.fixture
def log(tmp_path: Path, key_dir: Path) -> ProvenanceLog:
    log = ProvenanceLog.open(tmp_path / "store" / "provenance", key_dir=key_dir)
    log.append("capture", {"url": "https://example.org/"})
    log.checkpoint()
    return log


def test_rfc3161_stamp_of_the_latest_checkpoint_verifies_against_the_tsa_root(log, tsa):
    url, root = tsa
    path = log.anchor(RFC3161Anchor(url, roots=roots(root)))
    assert path.name == "2.rfc3161.tsr"
    report = log.verify(anchor=RFC3161Anchor(None, roots=roots(root)))
    assert report.problems == ()
    result = RFC3161Anchor(None, roots=roots(root)).verify(log.latest_checkpoint().text().encode(), path.read_bytes())
    assert result.trusted and abs(result.time - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=5)


def test_anchor_checked_without_a_trusted_root_is_only_a_warning(log, tsa):
    url, _ = tsa
    log.anchor(RFC3161Anchor(url))
    report = log.verify()
    assert report.ok
    assert [p.code for p in report.problems] == ["W_ANCHOR_UNTRUSTED"]


def test_token_moved_to_another_checkpoint_is_reported(log, tsa):
    url, root = tsa
    first = log.anchor(RFC3161Anchor(url, roots=roots(root)))
    log.append("capture", {"url": "https://example.org/2"})
    log.checkpoint()
    shutil.copy(first, first.with_name("3.rfc3161.tsr"))
    report = log.verify(anchor=RFC3161Anchor(None, roots=roots(root)))
    bad = [p for p in report.problems if p.code == "E_ANCHOR"]
    assert len(bad) == 1 and bad[0].message.startswith("checkpoint 3: rfc3161 anchor invalid (token covers different bytes")


def test_token_from_a_tsa_chaining_to_another_root_is_reported(log, tsa, tmp_path):
    url, _ = tsa
    other_root, _, _ = make_ca(tmp_path, "Other")
    log.anchor(RFC3161Anchor(url))
    report = log.verify(anchor=RFC3161Anchor(None, roots=roots(other_root)))
    assert [p.code for p in report.problems] == ["E_ANCHOR"]


def test_unreachable_tsa_is_an_incomplete_check(log):
    with pytest.raises(IncompleteCheckError, match="unreachable") as info:
        log.anchor(RFC3161Anchor("http://127.0.0.1:9/tsr", timeout=5))
    assert info.value.exit_code == 3


class HmacAnchor:
    """A minimal anchor plug-in: an HMAC 'witness' with a fixed time (tests the interface only)."""

    kind = "hmac-witness"
    suffix = "hmac"
    key = b"witness key"

    def stamp(self, message: bytes) -> bytes:
        return hmac.new(self.key, message, hashlib.sha256).digest()

    def verify(self, message: bytes, proof: bytes) -> AnchorResult:
        if not hmac.compare_digest(proof, self.stamp(message)):
            raise AnchorError("HMAC does not match")
        return AnchorResult(self.kind, dt.datetime(2100, 1, 1, tzinfo=dt.UTC), "test witness", True)


def test_a_plugged_in_anchor_is_stored_beside_the_checkpoint_and_checked(tmp_path, key_dir):
    log = ProvenanceLog.open(tmp_path / "p", key_dir=key_dir, clock=FixedClock())
    path = log.anchor(HmacAnchor())
    assert path.name == "1.hmac"
    assert log.verify(anchor=HmacAnchor()).problems == ()
    path.write_bytes(b"x" * 32)
    assert [p.code for p in log.verify(anchor=HmacAnchor()).problems] == ["E_ANCHOR"]


def test_cli_anchor_stamps_and_verify_checks_with_tsa_root(log, tsa, cli_run):
    url, root = tsa
    store = log.directory.parent
    done = cli_run("log", "anchor", "--tsa", url, "--json", store=store)
    assert done.returncode == 0, done.stderr
    assert '"size": 2' in done.stdout and '"trusted": false' in done.stdout
    checked = cli_run("log", "verify", "--tsa-root", str(root), store=store)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "W_ANCHOR_UNTRUSTED" not in checked.stdout


def test_proof_with_the_anchor_of_its_checkpoint_shows_when_the_entries_existed(log, tsa, tmp_path, cli_run):
    url, root = tsa
    tsr = log.anchor(RFC3161Anchor(url))
    proof = tmp_path / "entry.tlog-proof"
    proof.write_bytes(log.proof(1))
    pub = log.directory / "log.pub"
    report = verify_proof(proof.read_bytes(), public_key_file=pub,
                          anchor=RFC3161Anchor(None, roots=roots(root)), anchor_proof=tsr.read_bytes())
    assert report.ok and report.anchor["trusted"] is True
    checked = cli_run("log", "verify-proof", str(proof), "--key", str(pub), "--tsr", str(tsr), "--tsa-root", str(root))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "time: checkpoint existed by" in checked.stdout and "chain checked against --tsa-root" in checked.stdout


def test_proof_with_the_anchor_of_another_checkpoint_fails(log, tsa):
    url, root = tsa
    tsr = log.anchor(RFC3161Anchor(url))
    log.append("capture", {"url": "https://example.org/later"})
    log.checkpoint()
    report = verify_proof(log.proof(1), public_key_file=log.directory / "log.pub",
                          anchor=RFC3161Anchor(None, roots=roots(root)), anchor_proof=tsr.read_bytes())
    assert [p.code for p in report.problems] == ["E_ANCHOR"]


def test_entry_claiming_a_time_after_its_anchor_is_reported(tmp_path, key_dir, tsa):
    url, root = tsa
    future = FixedClock(start=dt.datetime(2100, 1, 1, tzinfo=dt.UTC))
    log = ProvenanceLog.open(tmp_path / "p", key_dir=key_dir, clock=future)
    tsr = log.anchor(RFC3161Anchor(url))
    report = verify_proof(log.proof(0), public_key_file=log.directory / "log.pub",
                          anchor=RFC3161Anchor(None, roots=roots(root)), anchor_proof=tsr.read_bytes())
    assert [p.code for p in report.problems] == ["E_ANCHOR"]
    assert report.problems[0].message.startswith("entry 0 claims time 2100-01-01T00:00:00.000000Z, after")
    assert "E_ANCHOR" in log.verify(anchor=RFC3161Anchor(None, roots=roots(root))).codes()
