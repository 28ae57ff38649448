"""The device's private key on an encrypted office is sealed under the database key (sync/identity.py): a copy of
a stolen PC's disk holds no usable device key, while the office signs bundles and cards as before once an
operator has signed in. A switch cut off before the key was sealed is finished at the next sign-in."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives import serialization

from jamsos_desktop.services import Services
from jamsos_desktop.services.office import open_office
from jamsos_desktop.store import cipher
from jamsos_desktop.sync.identity import KEY_FILE_NAME, IdentityLocked, is_sealed, load_identity
from tests.conftest import ADMIN_PASSWORD


def _reopen(folder) -> Services:
    return Services(open_office(folder, startup_backup=False))


def test_switching_on_seals_the_device_key_and_the_office_still_signs(services):
    keys = services.office.keys_dir
    before = services.sync.identity()
    plain = (keys / KEY_FILE_NAME).read_bytes()
    assert b"BEGIN PRIVATE KEY" in plain and not is_sealed(keys)
    services.encryption.switch_on(ADMIN_PASSWORD)
    sealed = (keys / KEY_FILE_NAME).read_bytes()
    assert sealed.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----") and b"BEGIN PRIVATE KEY" not in sealed
    assert not list(keys.glob("*.tmp"))  # written to a temporary name, then replaced
    with pytest.raises(TypeError):  # what a thief with the disk gets: no password, no key
        serialization.load_pem_private_key(sealed, password=None)
    with pytest.raises(IdentityLocked):
        load_identity(keys)
    assert services.sync.identity().device_id == before.device_id  # the open session still signs
    folder = services.office.data_dir
    services.office.close()

    locked = _reopen(folder)
    try:
        assert locked.office.locked
        with pytest.raises(IdentityLocked):
            locked.office.identity()
        locked.auth.login("admin", ADMIN_PASSWORD)
        identity = locked.sync.identity()
        assert identity.device_id == before.device_id and identity.public_raw == before.public_raw
        assert locked.sync.enrolment()  # a signed enrolment file: the key signs again
    finally:
        locked.office.close()


def test_a_switch_cut_off_before_the_key_was_sealed_is_finished_at_sign_in(services):
    keys = services.office.keys_dir
    plain = (keys / KEY_FILE_NAME).read_bytes()
    services.encryption.switch_on(ADMIN_PASSWORD)
    folder = services.office.data_dir
    services.office.close()
    (keys / KEY_FILE_NAME).write_bytes(plain)  # as if the power went off after the database, before the key
    assert cipher.is_encrypted(folder / "jamsos.sqlite") and not is_sealed(keys)
    again = _reopen(folder)
    try:
        again.auth.login("admin", ADMIN_PASSWORD)
        assert is_sealed(keys) and again.sync.identity().public_raw == load_identity(keys, again.office.db.key).public_raw
    finally:
        again.office.close()
