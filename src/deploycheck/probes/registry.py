"""OCI distribution API probe: TLS, manifest presence, anonymous-pull policy, cosign signature tag.

Speaks the distribution spec directly with httpx (a registry client library would hide exactly the
parts we need to see: the auth challenge, the media type and digest headers).

Credentials go only over https to the registry host itself, or to a token realm the config names
(`registries.token_realms`). The registry's answers are not trusted to choose where they go: a Bearer
challenge naming a realm on another host, or over plain http, gets an anonymous token request; when TLS
fails, the plain-http retry (only to say which problem it is) never carries credentials.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

TIMEOUT_S = 10.0
MANIFEST_TYPES = (
    "application/vnd.oci.image.index.v1+json",
    "application/vnd.oci.image.manifest.v1+json",
    "application/vnd.docker.distribution.manifest.list.v2+json",
    "application/vnd.docker.distribution.manifest.v2+json",
)
ACCEPT = ", ".join(MANIFEST_TYPES)
# A parameter name starts a word (a match inside a word is one from its start too); restarting `\w+` at every
# character of a long header word was quadratic.
_CHALLENGE_PARAM = re.compile(r'(?<!\w)(\w+)="([^"]*)"')


class RegistryError(Exception):
    """The registry could not be asked; the message names it."""


@dataclass(frozen=True)
class ImageRef:
    registry: str  # host[:port]
    repository: str
    tag: str | None
    digest: str | None

    @property
    def reference(self) -> str:
        return self.digest or self.tag or "latest"

    def __str__(self) -> str:
        tail = f":{self.tag}" if self.tag else ""
        tail += f"@{self.digest}" if self.digest else ""
        return f"{self.registry}/{self.repository}{tail}"


def parse_image(image: str) -> ImageRef:
    """Split an image reference the way Docker does (first component is a registry only if it looks like a host)."""
    rest, _, digest = image.partition("@")
    name, tag = rest, None
    slash = rest.rfind("/")
    colon = rest.rfind(":")
    if colon > slash:
        name, tag = rest[:colon], rest[colon + 1:]
    first, _, remainder = name.partition("/")
    if remainder and ("." in first or ":" in first or first == "localhost"):
        registry, repository = first, remainder
    else:
        registry, repository = "docker.io", name if "/" in name else f"library/{name}"
    return ImageRef(registry=registry, repository=repository, tag=tag, digest=digest or None)


@dataclass
class ManifestAnswer:
    status: int
    media_type: str | None = None
    digest: str | None = None


@dataclass
class RegistryReport:
    base_url: str
    tls: bool
    tls_error: str | None = None
    anonymous_pull: bool | None = None  # None: could not tell
    challenge: str | None = None  # the WWW-Authenticate scheme seen
    manifests: dict[str, ManifestAnswer] = field(default_factory=dict)
    signatures: dict[str, bool] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


class RegistryClient:
    def __init__(self, registry: str, *, ca_file: str | None = None, credentials: tuple[str, str] | None = None,
                 insecure_http: bool = False, token_realms: tuple[str, ...] = ()) -> None:
        import httpx

        self.registry = registry
        self.scheme = "http" if insecure_http else "https"
        self.base_url = f"{self.scheme}://{registry}"
        # Never send credentials over plain http to the registry itself.
        self.credentials = None if insecure_http else credentials
        self.token_realms = token_realms
        self.notes: list[str] = []
        import ssl

        verify: Any = ssl.create_default_context(cafile=ca_file) if ca_file else True
        self._http = httpx.Client(timeout=TIMEOUT_S, verify=verify, follow_redirects=False)
        self._tokens: dict[tuple[str, bool], str | None] = {}

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> RegistryClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _request(self, method: str, url: str, headers: dict[str, str] | None = None, auth: Any = None) -> Any:
        import httpx

        try:
            return self._http.request(method, url, headers=headers, auth=auth)
        except httpx.ConnectError as exc:
            raise RegistryError(f"cannot connect to {self.base_url}: {exc}") from None
        except httpx.TimeoutException:
            raise RegistryError(f"{self.base_url} did not answer within {TIMEOUT_S:.0f}s") from None
        except httpx.HTTPError as exc:
            raise RegistryError(f"{self.base_url}: {type(exc).__name__}: {exc}") from None

    def ping(self) -> tuple[int, str | None]:
        """GET /v2/: the status and the auth challenge scheme, if any."""
        resp = self._request("GET", f"{self.base_url}/v2/")
        challenge = resp.headers.get("www-authenticate")
        return resp.status_code, challenge

    def _token(self, challenge: str, repository: str, authenticated: bool) -> str | None:
        """Follow a Bearer challenge to the token service (anonymously or with credentials)."""
        key = (repository, authenticated)
        if key in self._tokens:
            return self._tokens[key]
        params = dict(_CHALLENGE_PARAM.findall(challenge))
        realm = params.pop("realm", None)
        if not realm:
            return None
        params["scope"] = f"repository:{repository}:pull"
        auth = self.credentials if authenticated and self.credentials else None
        if auth is not None and not self._may_send_credentials(realm):
            self.notes.append(f"the registry's token realm {realm} is not https on {self.registry} and not in "
                              f"registries.token_realms: credentials were not sent there (anonymous token request)")
            auth = None
        resp = self._request("GET", realm + "?" + "&".join(f"{k}={v}" for k, v in params.items()), auth=auth)
        token = None
        if resp.status_code == 200:
            try:
                body = resp.json()
                token = body.get("token") or body.get("access_token")
            except ValueError:
                token = None
        self._tokens[key] = token
        return token

    def _may_send_credentials(self, realm: str) -> bool:
        from urllib.parse import urlsplit

        if any(realm == allowed or realm.startswith(allowed.rstrip("/") + "/") for allowed in self.token_realms):
            return True
        parts = urlsplit(realm)
        host = parts.netloc.lower()
        return parts.scheme == "https" and host in (self.registry.lower(), self.registry.lower().split(":")[0])

    def head_manifest(self, repository: str, reference: str, authenticated: bool) -> ManifestAnswer:
        url = f"{self.base_url}/v2/{repository}/manifests/{reference}"
        headers = {"Accept": ACCEPT}
        resp = self._request("HEAD", url, headers=headers)
        challenge = resp.headers.get("www-authenticate", "")
        if resp.status_code == 401 and challenge.lower().startswith("bearer"):
            token = self._token(challenge, repository, authenticated)
            if token:
                resp = self._request("HEAD", url, headers={**headers, "Authorization": f"Bearer {token}"})
        elif resp.status_code == 401 and challenge.lower().startswith("basic") and authenticated and self.credentials:
            resp = self._request("HEAD", url, headers=headers, auth=self.credentials)
        return ManifestAnswer(status=resp.status_code, media_type=resp.headers.get("content-type"),
                              digest=resp.headers.get("docker-content-digest"))


def probe(registry: str, images: list[ImageRef], *, ca_file: str | None = None,
          credentials: tuple[str, str] | None = None, check_signatures: bool = False,
          token_realms: tuple[str, ...] = ()) -> RegistryReport:
    """Ask the registry about each image: over TLS first; plain HTTP only to say TLS is missing."""
    import httpx

    report = RegistryReport(base_url=f"https://{registry}", tls=True)
    client: RegistryClient | None = None
    try:
        client = RegistryClient(registry, ca_file=ca_file, credentials=credentials, token_realms=token_realms)
        status, challenge = client.ping()
    except (RegistryError, httpx.HTTPError) as exc:
        if client:
            client.close()
        report.tls, report.tls_error = False, str(exc)
        # Find out whether it answers at all over plain HTTP, to say which problem it is: anonymously,
        # never with the credentials (a downgrade must not hand them out in clear).
        client = RegistryClient(registry, credentials=None, insecure_http=True)
        if credentials:
            report.notes.append("TLS failed, so the plain-http retry went without credentials")
        report.base_url = client.base_url
        try:
            status, challenge = client.ping()
        except RegistryError:
            client.close()
            raise RegistryError(f"registry {registry} answers neither over TLS ({report.tls_error}) "
                                f"nor plain HTTP") from None
    with client:
        report.challenge = challenge.split(" ", 1)[0] if challenge else None
        if status not in (200, 401):
            report.notes.append(f"GET /v2/ answered {status}; not an OCI distribution endpoint?")
        for image in images:
            answer = client.head_manifest(image.repository, image.reference, authenticated=True)
            report.manifests[str(image)] = answer
            if answer.status == 200 and answer.media_type and answer.media_type.split(";")[0] not in MANIFEST_TYPES:
                report.notes.append(f"{image}: manifest served as {answer.media_type!r}, not an OCI/Docker "
                                    "manifest media type")
            if answer.status == 200 and image.digest and answer.digest and answer.digest != image.digest:
                report.notes.append(f"{image}: registry says digest {answer.digest}, the manifests pin "
                                    f"{image.digest}")
            if check_signatures:
                digest = image.digest or answer.digest
                if digest:
                    sig_tag = digest.replace(":", "-") + ".sig"
                    sig = client.head_manifest(image.repository, sig_tag, authenticated=True)
                    report.signatures[str(image)] = sig.status == 200
        if images:
            first = images[0]
            if credentials is None and challenge is None:
                report.anonymous_pull = report.manifests[str(first)].status == 200
            else:
                anon = RegistryClient(registry, ca_file=ca_file, insecure_http=not report.tls)
                with anon:
                    report.anonymous_pull = anon.head_manifest(first.repository, first.reference,
                                                               authenticated=False).status == 200
        report.notes.extend(client.notes)
    return report
