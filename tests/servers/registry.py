"""A real OCI registry for tests: Debian's `docker-registry` (distribution 2.8), plain HTTP or TLS with a
test CA and htpasswd auth; images are built as OCI layouts on disk and pushed with `skopeo`."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import shutil
import signal
import socket
import subprocess
import tarfile
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.servers.postgres import free_port

REGISTRY_BIN = shutil.which("docker-registry")
SKOPEO = shutil.which("skopeo")


@dataclass
class Registry:
    host: str  # 127.0.0.1:port
    pid: int
    ca_file: str | None
    user: str | None = None
    password: str | None = None
    token_server: TokenServer | None = None

    def push(self, layout: Path, repo: str, tag: str) -> str:
        """Push an OCI layout; returns the manifest digest."""
        cmd = [str(SKOPEO), "copy", "--dest-tls-verify=false" if not self.ca_file else
               f"--dest-cert-dir={Path(self.ca_file).parent / 'certs.d'}", "--format=oci"]
        if self.user:
            cmd.append(f"--dest-creds={self.user}:{self.password}")
        cmd += [f"oci:{layout}:latest", f"docker://{self.host}/{repo}:{tag}"]
        subprocess.run(cmd, check=True, capture_output=True, text=True, timeout=120)
        index = json.loads((layout / "index.json").read_text())
        return str(index["manifests"][0]["digest"])


def _blob(blobs: Path, data: bytes) -> tuple[str, int]:
    digest = hashlib.sha256(data).hexdigest()
    (blobs / digest).write_bytes(data)
    return f"sha256:{digest}", len(data)


def build_oci_layout(root: Path, content: bytes = b"hello\n") -> Path:
    """A minimal one-layer OCI image layout (no Docker engine needed)."""
    layout = root / "layout"
    blobs = layout / "blobs" / "sha256"
    blobs.mkdir(parents=True)
    tar_buf = io.BytesIO()
    with tarfile.open(fileobj=tar_buf, mode="w") as tar:
        info = tarfile.TarInfo("hello.txt")
        info.size = len(content)
        tar.addfile(info, io.BytesIO(content))
    raw = tar_buf.getvalue()
    layer_digest, layer_size = _blob(blobs, gzip.compress(raw, mtime=0))
    config = {"architecture": "amd64", "os": "linux", "config": {"Cmd": ["/hello"]},
              "rootfs": {"type": "layers", "diff_ids": [f"sha256:{hashlib.sha256(raw).hexdigest()}"]}}
    config_digest, config_size = _blob(blobs, json.dumps(config).encode())
    manifest = {"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
                "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": config_digest,
                           "size": config_size},
                "layers": [{"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip", "digest": layer_digest,
                            "size": layer_size}]}
    manifest_digest, manifest_size = _blob(blobs, json.dumps(manifest).encode())
    (layout / "oci-layout").write_text('{"imageLayoutVersion": "1.0.0"}')
    (layout / "index.json").write_text(json.dumps({"schemaVersion": 2, "manifests": [
        {"mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": manifest_digest,
         "size": manifest_size, "annotations": {"org.opencontainers.image.ref.name": "latest"}}]}))
    return layout


def _make_tls(base: Path) -> tuple[Path, Path, Path]:
    """A test CA and a server certificate for 127.0.0.1 (openssl CLI)."""
    ca_key, ca_crt = base / "ca.key", base / "ca.crt"
    key, csr, crt = base / "server.key", base / "server.csr", base / "server.crt"
    ext = base / "ext.cnf"
    ext.write_text("subjectAltName=IP:127.0.0.1,DNS:localhost\n")
    run = lambda *a: subprocess.run(a, check=True, capture_output=True)  # noqa: E731
    run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(ca_key), "-out", str(ca_crt),
        "-days", "2", "-subj", "/CN=deploycheck test CA")
    run("openssl", "req", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(csr),
        "-subj", "/CN=127.0.0.1")
    run("openssl", "x509", "-req", "-in", str(csr), "-CA", str(ca_crt), "-CAkey", str(ca_key), "-CAcreateserial",
        "-out", str(crt), "-days", "2", "-extfile", str(ext))
    return ca_crt, crt, key


class TokenServer:
    """A Docker registry token service (distribution's `auth: token` protocol) on 127.0.0.1.

    Grants pull/push to `user:password` (Basic auth on the token request) and nothing to anonymous
    callers: the token request is answered 401. Tokens are RS256 JWTs whose `x5c` header carries the
    signing certificate, which the registry trusts through `rootcertbundle`.
    """

    def __init__(self, base: Path, user: str, password: str) -> None:
        import base64
        import datetime as dt
        import http.server
        import threading

        import jwt
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import rsa
        from cryptography.x509.oid import NameOID

        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "deploycheck test token signer")])
        now = dt.datetime.now(dt.UTC)
        cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=5))
                .not_valid_after(now + dt.timedelta(days=1))
                .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
                .sign(key, hashes.SHA256()))
        self.cert_file = base / "token-signer.crt"
        self.cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        x5c = base64.b64encode(cert.public_bytes(serialization.Encoding.DER)).decode()
        expected = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
        self.issued: list[str] = []  # "anonymous" / user, per token request, for assertions
        issued = self.issued

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                from urllib.parse import parse_qs, urlsplit

                query = parse_qs(urlsplit(self.path).query)
                if self.headers.get("Authorization") != expected:
                    issued.append("anonymous")
                    self.send_response(401)
                    self.end_headers()
                    return
                issued.append(user)
                access = []
                for scope in query.get("scope", []):
                    kind, _, rest = scope.partition(":")
                    repo, _, actions = rest.rpartition(":")
                    access.append({"type": kind, "name": repo, "actions": actions.split(",")})
                t = int(dt.datetime.now(dt.UTC).timestamp())
                claims = {"iss": "deploycheck-test", "sub": user, "aud": query.get("service", [""])[0],
                          "iat": t, "nbf": t - 5, "exp": t + 300, "jti": str(t) + str(len(issued)),
                          "access": access}
                token = jwt.encode(claims, key, algorithm="RS256", headers={"x5c": [x5c]})
                body = json.dumps({"token": token, "access_token": token}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.realm = f"http://127.0.0.1:{self.httpd.server_address[1]}/token"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@contextmanager
def running_registry(tls: bool = False, user: str | None = None, password: str | None = None,
                     token_auth: bool = False) -> Iterator[Registry]:
    if REGISTRY_BIN is None or SKOPEO is None:
        raise RuntimeError("docker-registry and skopeo are needed (apt-get install docker-registry skopeo)")
    base = Path(tempfile.mkdtemp(prefix="dc-registry-"))
    port = free_port()
    http: dict[str, object] = {"addr": f"127.0.0.1:{port}"}
    ca_file = None
    if tls:
        ca, crt, key = _make_tls(base)
        http["tls"] = {"certificate": str(crt), "key": str(key)}
        certs_d = base / "certs.d"  # skopeo's --dest-cert-dir wants *.crt of the CA
        certs_d.mkdir()
        shutil.copy(ca, certs_d / "ca.crt")
        ca_file = str(ca)
    config: dict[str, object] = {"version": 0.1, "log": {"level": "warn"},
                                 "storage": {"filesystem": {"rootdirectory": str(base / "data")}}, "http": http}
    token_server = None
    if token_auth and user and password:
        token_server = TokenServer(base, user, password)
        config["auth"] = {"token": {"realm": token_server.realm, "service": "deploycheck-registry",
                                    "issuer": "deploycheck-test", "rootcertbundle": str(token_server.cert_file)}}
    elif user and password:
        import bcrypt

        hashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=5)).decode()
        (base / "htpasswd").write_text(f"{user}:{hashed}\n")
        config["auth"] = {"htpasswd": {"realm": "deploycheck-test", "path": str(base / "htpasswd")}}
    (base / "config.yml").write_text(json.dumps(config))  # JSON is YAML
    log = open(base / "registry.log", "w")  # noqa: SIM115
    proc = subprocess.Popen([REGISTRY_BIN, "serve", str(base / "config.yml")], stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.time() + 20
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    break
            except OSError:
                if proc.poll() is not None or time.time() > deadline:
                    raise RuntimeError((base / "registry.log").read_text()) from None
                time.sleep(0.1)
        yield Registry(host=f"127.0.0.1:{port}", pid=proc.pid, ca_file=ca_file, user=user, password=password,
                       token_server=token_server)
    finally:
        if token_server is not None:
            token_server.stop()
        os.kill(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
        shutil.rmtree(base, ignore_errors=True)
