"""C2SP signed notes and checkpoints: published vectors, tampering, unknown keys."""

from __future__ import annotations

import base64

import pytest

from archiver.provenance.note import (
    Checkpoint,
    NoteError,
    Signer,
    Verifier,
    open_checkpoint,
    open_note,
    sign_checkpoint,
    sign_note,
)

# c2sp.org/signed-note, "Example"
SPEC_VKEY = "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k"
SPEC_NOTE = (
    "This is an example message.\n\n"
    "\u2014 example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n"
)
# golang.org/x/mod/sumdb/note note_test.go (TestSign, TestOpen)
GO_SKEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"
GO_VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
GO_TEXT = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n"
GO_SIG = "\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n"
ENOCH_SIG = "\u2014 EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n"


def test_c2sp_example_note_verifies_with_its_vkey():
    assert open_note(SPEC_NOTE, Verifier.from_vkey(SPEC_VKEY)) == "This is an example message.\n"


def test_vkey_round_trips_and_key_id_follows_the_spec_rule():
    v = Verifier.from_vkey(SPEC_VKEY)
    assert v.vkey == SPEC_VKEY
    assert v.key_id.hex() == "530d903a"


def test_go_signer_key_reproduces_the_go_signature_byte_for_byte():
    signer = Signer.from_skey(GO_SKEY)
    assert signer.verifier.vkey == GO_VKEY
    assert signer.skey == GO_SKEY
    assert sign_note(GO_TEXT, signer) == GO_TEXT + "\n" + GO_SIG


@pytest.mark.parametrize("where", ["text", "signature", "key_id"])
def test_flipping_one_byte_of_the_note_is_rejected(where):
    v = Verifier.from_vkey(SPEC_VKEY)
    if where == "text":
        bad = SPEC_NOTE.replace("example message", "exbmple message")
    else:
        text, sigline = SPEC_NOTE.split("\n\n")
        b64 = sigline.split(" ")[2].strip()
        raw = bytearray(base64.b64decode(b64))
        raw[10 if where == "signature" else 0] ^= 1
        bad = text + "\n\n" + sigline.replace(b64, base64.b64encode(bytes(raw)).decode())
    with pytest.raises(NoteError):
        open_note(bad, v)


def test_signature_by_an_unknown_key_is_ignored_when_a_known_one_verifies():
    note = GO_TEXT + "\n" + GO_SIG + ENOCH_SIG
    assert open_note(note, Verifier.from_vkey(GO_VKEY)) == GO_TEXT


def test_note_signed_only_by_another_key_is_rejected_naming_the_signer():
    with pytest.raises(NoteError, match="signed by EnochRoot"):
        open_note(GO_TEXT + "\n" + ENOCH_SIG, Verifier.from_vkey(GO_VKEY))


@pytest.mark.parametrize(
    "vkey",
    [
        "example.com/foo+530d903b+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k",  # wrong key id
        "example.com/bar+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k",  # wrong name
        "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U",  # short key
        "example.com/foo+530d903a",
    ],
)
def test_malformed_or_inconsistent_vkeys_are_refused(vkey):
    with pytest.raises(NoteError):
        Verifier.from_vkey(vkey)


def test_checkpoint_text_round_trips_and_signed_checkpoint_opens():
    signer = Signer.generate("example.org/prov/0a1b2c3d")
    cp = Checkpoint("example.org/prov/0a1b2c3d", 1000, bytes(range(32)))
    assert Checkpoint.parse(cp.text()) == cp
    assert cp.text().splitlines()[1] == "1000"
    assert open_checkpoint(sign_checkpoint(cp, signer), signer.verifier) == cp


def test_checkpoint_whose_origin_differs_from_the_key_name_is_refused():
    signer = Signer.generate("other.org/log")
    cp = Checkpoint("example.org/prov/0a1b2c3d", 3, bytes(32))
    with pytest.raises(NoteError, match="not the key's log"):
        open_checkpoint(sign_checkpoint(cp, signer), signer.verifier)


@pytest.mark.parametrize("text", ["a\n01\nAAAA\n", "a\n1\nAAAA\n", "a\n-1\n" + base64.b64encode(bytes(32)).decode() + "\n"])
def test_malformed_checkpoints_are_refused(text):
    with pytest.raises(NoteError, match="malformed checkpoint"):
        Checkpoint.parse(text)
