"""Fixtures for the live tests: RSA keys + JWKS, the test service under uvicorn, misbehaving servers."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.live.servers import Server, free_port, raw_server_cmd, start, uvicorn_cmd

AUDIENCE = "deploycheck-tests"


class Keys:
    def __init__(self, workdir: Path) -> None:
        from cryptography.hazmat.primitives.asymmetric import rsa
        from jwt.algorithms import RSAAlgorithm

        self.private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        jwk = json.loads(RSAAlgorithm.to_jwk(self.private.public_key()))
        jwk.update({"kid": "test-key-1", "alg": "RS256", "use": "sig"})
        self.jwks_file = workdir / "jwks.json"
        self.jwks_file.write_text(json.dumps({"keys": [jwk]}))

    def token(self, issuer: str, **claims: Any) -> str:
        import jwt

        now = dt.datetime.now(dt.UTC)
        payload = {"sub": "tester", "aud": AUDIENCE, "iss": issuer, "iat": now,
                   "exp": now + dt.timedelta(hours=1), **claims}
        return jwt.encode(payload, self.private, algorithm="RS256", headers={"kid": "test-key-1"})


@pytest.fixture(scope="session")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("live")


@pytest.fixture(scope="session")
def keys(workdir: Path) -> Keys:
    pytest.importorskip("uvicorn")
    return Keys(workdir)


StartApp = Callable[..., Server]


@pytest.fixture(scope="session")
def start_app(workdir: Path, keys: Keys) -> Iterator[StartApp]:
    """Start the test service with the given knobs (see tests/live/app.py); all stopped at the end."""
    started: list[Server] = []

    def _start(*, tls: tuple[Path, Path] | None = None, **knobs: str) -> Server:
        port = free_port()
        scheme = "https" if tls else "http"
        host = "localhost" if tls else "127.0.0.1"
        extra = ["--ssl-certfile", str(tls[0]), "--ssl-keyfile", str(tls[1])] if tls else []
        env = {"DC_JWKS_FILE": str(keys.jwks_file), "DC_ISSUER": f"{scheme}://{host}:{port}",
               "DC_AUDIENCE": AUDIENCE, **knobs}
        server = start(uvicorn_cmd("tests.live.app:app", port, *extra), port, workdir, env, scheme, host)
        started.append(server)
        return server

    yield _start
    for server in started:
        server.stop()


@pytest.fixture(scope="session")
def app_server(start_app: StartApp) -> Server:
    """The healthy service: auth enforced everywhere, no delay."""
    return start_app()


@pytest.fixture(scope="session")
def raw_server(workdir: Path) -> Iterator[Callable[[str], Server]]:
    started: list[Server] = []

    def _start(mode: str) -> Server:
        port = free_port()
        server = start(raw_server_cmd(mode, port), port, workdir)
        started.append(server)
        return server

    yield _start
    for server in started:
        server.stop()


def self_signed(workdir: Path, name: str, days: int, host: str = "localhost") -> tuple[Path, Path, Path]:
    """A CA and a server certificate for `host` valid for `days` days: (cert, key, ca_cert)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"deploycheck test CA {name}")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
          .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
          .not_valid_after(now + dt.timedelta(days=3650))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=False, key_encipherment=False,
                                       data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                       crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
          .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)]))
            .issuer_name(ca_name).public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=days))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName(host)]), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256()))
    paths = (workdir / f"{name}.crt", workdir / f"{name}.key", workdir / f"{name}-ca.crt")
    paths[0].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    paths[2].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    return paths
