"""`jamsos-hub serve --tls-cert --tls-key`: the hub serves HTTPS itself, and an office that trusts the city's CA
uploads over it; one that does not trust the certificate sends nothing."""

from __future__ import annotations

import datetime as dt
import ipaddress
import ssl
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from jamsos_desktop.sync.http_client import HubUnavailable

from .conftest import free_port
from .processes import hub_with_office, serving


def _pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def _certificates(folder: Path) -> tuple[Path, Path, Path]:
    """A city CA and a server certificate it signed for 127.0.0.1: (ca.pem, cert.pem, key.pem)."""
    now = dt.datetime.now(dt.UTC)
    ca_key, key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "CA Uji Pemko Batam")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
          .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
          .not_valid_after(now + dt.timedelta(days=30))
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                       content_commitment=False, key_encipherment=False, data_encipherment=False,
                                       key_agreement=False, encipher_only=False, decipher_only=False), critical=True)
          .sign(ca_key, hashes.SHA256()))
    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "hub uji")])).issuer_name(ca_name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .sign(ca_key, hashes.SHA256()))
    paths = folder / "ca.pem", folder / "cert.pem", folder / "key.pem"
    paths[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(cert.public_bytes(serialization.Encoding.PEM) + ca.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(_pem(key))
    return paths


def test_the_hub_serves_https_and_an_office_uploads_over_it(tmp_path: Path) -> None:
    data, office = hub_with_office(tmp_path)
    ca, cert, key = _certificates(tmp_path)
    port = free_port()
    url = f"https://127.0.0.1:{port}"
    city_ca = ssl.create_default_context(cafile=str(ca))
    with serving(["--data-dir", str(data), "serve", "--port", str(port), "--tls-cert", str(cert), "--tls-key",
                  str(key)], url, verify=city_ca):
        office.register(2)
        with office.client(url, verify=city_ca) as client:
            assert client.upload_bundle(office.bundle()).status == "imported"
        with office.client(url) as client, pytest.raises(HubUnavailable):  # the city CA is not trusted here
            client.upload_bundle(office.bundle())
        with pytest.raises(httpx.TransportError):
            httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=5)  # no plain HTTP on the TLS port
