"""sensitive-config: secrets are not committed in clear (code, .env files, Secrets, chart values, ConfigMaps)."""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from deploycheck.checks.registry import check, errored, failed, not_applicable, passed, skipped, warned
from deploycheck.lazy_re import deferred
from deploycheck.model import Finding, Location, Status
from deploycheck.safety import SENSITIVE_NAME_WORDS, mask, may_contain_any
from deploycheck.sources.helm import script_values_files
from deploycheck.sources.kubernetes import K8sObject, all_objects, chart_directories, plain_objects
from deploycheck.sources.secrets import (
    DEFAULT_CREDENTIAL,
    SECRET_REFERENCE_MAPS,
    embedded_password,
    is_default_credential,
    is_default_value,
    is_dotenv,
    is_example_file,
    is_placeholder,
    is_reference,
    is_secret_key,
    is_switch_value,
    is_test_named,
    names_a_template,
    names_itself,
    public_client_env,
    secret_scan,
)

if TYPE_CHECKING:
    from deploycheck.context import Context

# A value that is the name of a Secret the repository's own instructions create (`kubectl create secret generic
# oci-credentials ...` in the chart's README, then `ociAuthSecret: oci-credentials` in values-prod.yaml) refers to that
# Secret; it is not its content. Only a Kubernetes object name qualifies (DNS-1123: lower case, digits, '-', '.').
_OBJECT_NAME = deferred("_OBJECT_NAME", r"[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?")
_KEY_VALUE_LINE = deferred("_KEY_VALUE_LINE",
                           r"""^\s*(?:-\s*)?["']?[\w.-]{1,200}["']?\s*[:=]\s*["']?([^"'\s#]{1,253})["']?\s*(?:#.*)?$""")


def _documented_secret_names(ctx: Context) -> frozenset[str]:
    """Names of the Secrets that the repository's docs, scripts and CI create with kubectl."""
    from deploycheck.sources.kubectl_docs import documented_objects  # only runs with a candidate value read docs

    return frozenset(name for kind, name in ctx.use(documented_objects) if kind == "Secret"
                     and _OBJECT_NAME.fullmatch(name))


def _documented_at(ctx: Context, name: str) -> str:
    from deploycheck.sources.kubectl_docs import documented_objects

    return ctx.use(documented_objects).get(("Secret", name), "?")


def _names_documented_secret(ctx: Context, rel: str, line: int, names: frozenset[str]) -> bool:
    text = ctx.files.read_text(rel) or ctx.all_files.read_text(rel)
    lines = text.splitlines() if text else []
    m = _KEY_VALUE_LINE.match(lines[line - 1]) if 0 < line <= len(lines) and len(lines[line - 1]) <= 600 else None
    return m is not None and m.group(1) in names


@check(
    "sensitive-config/secret-scan",
    title="No secrets committed in the repository",
    severity="critical",
    needs=("repository files",),
    rationale="A secret in git is a secret leaked to everyone who can read the repository, forever (history).",
    remediation="Remove the value, rotate the secret, and load it from a secret store (Kubernetes Secret via "
                "ExternalSecrets/SealedSecrets/SOPS, Vault). Mark false positives with `# pragma: allowlist secret`.",
    references=("https://github.com/Yelp/detect-secrets",),
)
def secret_scan_check(ctx: Context) -> Iterator[Finding]:
    scan = ctx.use(secret_scan)
    if not scan.available:
        yield skipped("detect-secrets is not installed (pip install detect-secrets); only .env values and private "
                      "keys were scanned")
    if scan.error:
        yield errored(scan.error)
    for note in scan.not_scanned[:50]:
        path = note.split(":", 1)[0]
        yield Finding(check_id="", status=Status.SKIPPED, message=f"{note}; not scanned for secrets",
                      location=Location(path=path))
    names: frozenset[str] | None = None
    references = 0
    validation: dict[str, bool] = {}  # values file -> only `helm lint`/`helm template` read it (_validation_values)
    mock_values: list[str] = []
    local: dict[str, bool] = {}  # dotenv file -> it holds local development values only (as env-files judges it)
    local_findings = 0
    for f in scan.findings:
        if is_dotenv(f.file):
            if f.file not in local:  # once per file: the compose files are parsed to answer
                local[f.file] = local_dotenv(ctx, f.file)
            if local[f.file]:
                local_findings += 1
                continue
        if _VALIDATION_NAME.search(PurePosixPath(f.file).stem) and f.file.endswith((".yaml", ".yml")):
            if f.file not in validation:
                validation[f.file] = _validation_values(ctx, f.file)
            if validation[f.file] and _mock_value(ctx, f):
                mock_values.append(f.file)
                continue
        if f.type == "Secret Keyword":
            names = _documented_secret_names(ctx) if names is None else names
            if names and _names_documented_secret(ctx, f.file, f.line, names):
                references += 1
                continue
        evidence = {"type": f.type, "value": f.masked, "detector": f.source}
        if f.type == DEFAULT_CREDENTIAL:  # a placeholder word: not leaked, but a default someone may deploy
            yield warned(f"default credential in {f.file}:{f.line} ({f.masked}): a placeholder that must be replaced "
                         "at deploy time, or it becomes the real password", Location(path=f.file, line=f.line),
                         evidence, remediation="Leave the value empty and fail at start-up when it is unset, or "
                                               "generate it (Secret created by the deploy), instead of a default.")
        else:
            yield failed(f"{f.type} in {f.file}:{f.line} ({f.masked})", Location(path=f.file, line=f.line), evidence)
    if references:
        yield Finding(check_id="", status=Status.PASS,
                      message=f"{references} keyword match(es) name a Secret the repository's instructions create "
                              "(kubectl create secret): references, not values")
    if local_findings:
        files = sorted(rel for rel, is_local in local.items() if is_local)
        yield Finding(check_id="", status=Status.PASS,
                      message=f"{local_findings} value(s) in {', '.join(files[:5])}: env files of local development "
                              "values only (chosen words, local URLs, no random value; sensitive-config/env-files "
                              "says why each is local)", location=Location(path=files[0]))
    if mock_values:
        files = sorted(set(mock_values))
        yield Finding(check_id="", status=Status.PASS,
                      message=f"{len(mock_values)} placeholder or word value(s) in {', '.join(files[:5])}: values "
                              "files the repository passes only to helm lint / helm template (mock values that "
                              "validate the chart's templates), never to an install", location=Location(path=files[0]))
    if not scan.findings and scan.scanned:
        yield passed(f"no secrets found in {scan.scanned} files")
    elif not scan.scanned:
        yield skipped("no text files to scan")


# A chart's validation values (zero-to-jupyterhub's tools/templates/lint-and-validate-values.yaml, "mock values" its CI
# passes to `helm lint` and `helm template --validate`: `cookie_secret: bbbb2222`, `imagePullSecret: IfNotPresent`): a
# values file named for linting or validating that the repository passes only to those commands renders the templates
# and installs nothing, so its placeholders and chosen words are test data, as a test-named file's are. A random value
# there is still reported (it may be a real key copied there).
_VALIDATION_NAME = deferred("_VALIDATION_NAME", r"(?:^|[-_.])(?:lint|validat(?:e|es|ion|ing)|mocks?)(?:[-_.]|$)",
                            re.I)
# `helm lint ... --values f`, `helm upgrade --install x . -f f`, `["helm", "lint", ...]`: the subcommand after `helm`
# on the line (continuation lines joined); bounded, so linear
_HELM_SUBCOMMAND = deferred("_HELM_SUBCOMMAND", r"\bhelm\b[^\n]{0,200}?\b(lint|template|install|upgrade)\b")
_HELM_DEPLOY = deferred("_HELM_DEPLOY", r"\bhelm(?:file)?\b[^\n]{0,200}?\b(?:install|upgrade|apply|sync)\b")
# a comment or a CI step's title (`- name: Helm lint (lint-and-validate-values.yaml)`): a line that only speaks of it
_LABEL_LINE = deferred("_LABEL_LINE", r"^[ \t]*(?:#|//|-[ \t]+name:|name:|description:)")
_CONFIG_SUFFIXES = (".yaml", ".yml", ".json", ".toml", ".cfg", ".ini", ".jsonnet", ".libsonnet", ".hcl")


def _validation_values(ctx: Context, rel: str) -> bool:
    """Whether the repository passes the values file `rel` to `helm lint`/`helm template` and never to an install: a
    line naming it runs one of those two, and no other line naming it (comments and step titles aside) runs an
    install, sits in a configuration file (an Argo CD Application's `valueFiles`, a helmfile, chart-testing's
    ct.yaml), or sits in a file that runs an install anywhere (a variable holding the name may reach it)."""
    from deploycheck.sources.ci import CI_GLOBS
    from deploycheck.sources.mentions import files_with_words, is_documentation

    name = PurePosixPath(rel).name
    ci = set(ctx.all_files.glob(*CI_GLOBS))
    validated = False
    for _, other in files_with_words(ctx, [name], lambda path: path == rel, limit=50):
        text = (ctx.all_files.read_text(other) or "")[:500_000].replace("\\\n", " ")
        config = other.endswith(_CONFIG_SUFFIXES) and other not in ci and not is_documentation(other)
        for line in (line[:2000] for line in text.splitlines() if name in line):
            m = _HELM_SUBCOMMAND.search(line)
            if m is not None and m.group(1) in ("lint", "template"):
                validated = True
            elif m is not None or (not _LABEL_LINE.match(line) and (config or _HELM_DEPLOY.search(text))):
                return False
    return validated


def _mock_value(ctx: Context, f: Any) -> bool:
    """A secret-scan finding whose value is a placeholder or a chosen word (_local_placeholder): `bbbb2222`,
    `IfNotPresent`."""
    if f.type == DEFAULT_CREDENTIAL:
        return True
    lines = (ctx.all_files.read_text(f.file) or "").splitlines()
    m = _KEY_VALUE_LINE.match(lines[f.line - 1][:1000]) if 0 < f.line <= len(lines) else None
    return m is not None and _local_placeholder(m.group(1))


@check(
    "sensitive-config/env-files",
    title="No .env files with values are committed",
    severity="high",
    needs=("repository files",),
    rationale=".env files hold the real local configuration, secrets included; committed, they leak.",
    remediation="Delete the file from git, add `.env` to .gitignore, and commit a `.env.example` with empty "
                "values instead.",
)
def env_files(ctx: Context) -> Iterator[Finding]:
    candidates = [rel for rel in ctx.files.files if is_dotenv(rel)
                  and not rel.endswith((".example", ".sample", ".template", ".dist"))]
    if not candidates:
        yield passed("no .env files in the repository (ignored and untracked ones are not committed)")
        return
    for rel in candidates:
        text = ctx.files.read_text(rel) or ""
        valued = _dotenv_values(text)
        # `SECRET_KEY=op://vault/item/field`, `TOKEN=${TOKEN}`: the value is kept elsewhere (1Password's `op run`,
        # the shell) and the file says only where; a committed reference leaks nothing
        references = [k for _, k, v in valued if is_reference(v)]
        valued = [(i, k, v) for i, k, v in valued if not is_reference(v)]
        risky = [(i, k) for i, k, v in valued if _may_be_secret(k, v)]
        environment = _NON_PRODUCTION_DOTENV.fullmatch(PurePosixPath(rel).name)
        if risky and environment and all(_local_placeholder(v) for _, k, v in valued if _may_be_secret(k, v)):
            yield passed(f"{rel} is the {environment.group(1)} environment's file (dotenv loads it only there): its "
                         f"secret-named values ({', '.join(k for _, k in risky[:5])}) are local placeholders, no "
                         "random value among them", Location(path=rel), {"keys": [k for _, k, _ in valued]})
        elif risky and all(_local_placeholder(v) for _, k, v in valued if _may_be_secret(k, v)) \
                and (compose := _local_compose_env_file(ctx, rel)):
            yield passed(f"{rel} is read by the local compose file {compose} in a repository that deploys with "
                         f"Kubernetes: its secret-named values ({', '.join(k for _, k in risky[:5])}) are words chosen "
                         "for a laptop, no random value among them", Location(path=rel),
                         {"keys": [k for _, k, _ in valued], "compose": compose})
        elif risky and not PurePosixPath(rel).name.startswith(".env") and (local := _local_services_only(valued)) \
                and all(_local_placeholder(v) or k in local for _, k, v in valued if _may_be_secret(k, v)):
            yield passed(f"{rel} points the service at this machine only ({', '.join(local[:3])}): a local run's file, "
                         f"its secret-named values ({', '.join(k for _, k in risky[:5])}) are words chosen for a "
                         "laptop, no random value among them", Location(path=rel), {"keys": [k for _, k, _ in valued]})
        elif risky and public_client_env(text):
            yield passed(f"{rel} holds only public front-end build variables ({', '.join(k for _, k, _ in valued[:5])}"
                         "), compiled into the JavaScript every browser downloads", Location(path=rel),
                         {"keys": [k for _, k, _ in valued]})
        elif risky:
            yield failed(f"{rel} is committed with {len(valued)} values ({', '.join(k for _, k in risky[:5])})",
                         Location(path=rel, line=risky[0][0]), {"keys": [k for _, k, _ in valued]})
        elif references and not valued:
            yield passed(f"{rel} holds only references to values kept elsewhere ({', '.join(references[:5])})",
                         Location(path=rel), {"keys": references})
        elif valued:
            # docker compose reads `.env` for COMPOSE_PROJECT_NAME & co; a port or project name is a
            # setting committed on purpose, not configuration that leaks.
            yield passed(f"{rel} holds only non-sensitive settings ({', '.join(k for _, k, _ in valued[:5])})",
                         Location(path=rel), {"keys": [k for _, k, _ in valued]})
        else:
            yield passed(f"{rel} holds no values", Location(path=rel))


def _dotenv_values(text: str) -> list[tuple[int, str, str]]:
    """(line, key, value) of each `KEY=value` line of a dotenv file with a value."""
    valued = []
    for i, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if stripped.startswith("#") or "=" not in stripped:
            continue
        key, _, value = stripped.partition("=")
        value = value.strip()
        if value[:1] in ("'", '"') and value[0] in value[1:]:
            value = value[1:value.index(value[0], 1)]
        else:
            # dotenv (python-dotenv, dotenv for Node, docker compose) ends an unquoted value at a ` #`: the rest is a
            # comment (`SECRET_KEY=op://vault/item/key # pragma: allowlist secret`), not part of the value
            value = re.split(r"\s#", value, maxsplit=1)[0].strip().strip("'\"")
        if value:
            valued.append((i, key.removeprefix("export ").strip(), value))
    return valued


def local_dotenv(ctx: Context, rel: str) -> bool:
    """Whether sensitive-config/env-files passes the committed dotenv file `rel` as local development values: every
    secret-looking value is a chosen word or a local URL, and the file is a non-production environment's, one a local
    compose file reads, or a named env file pointing the service at this machine only. The secret scan does not
    report its words again (laa-crime-application-store's `.env.development`, prisoner-content-hub-backend's
    compose env files, hmpps-template-typescript's feature.env): a random value makes the file not local."""
    if rel.endswith((".example", ".sample", ".template", ".dist")):
        return False
    valued = [(i, k, v) for i, k, v in _dotenv_values(ctx.files.read_text(rel) or "") if not is_reference(v)]
    risky = [(k, v) for _, k, v in valued if _may_be_secret(k, v)]
    if not all(_local_placeholder(v) for _, v in risky):
        local = _local_services_only(valued) if not PurePosixPath(rel).name.startswith(".env") else []
        return bool(local) and all(_local_placeholder(v) or k in local for k, v in risky)
    return bool(_NON_PRODUCTION_DOTENV.fullmatch(PurePosixPath(rel).name) or _local_compose_env_file(ctx, rel)
                or (not PurePosixPath(rel).name.startswith(".env") and _local_services_only(valued)))


def local_values_only(ctx: Context, rel: str) -> bool:
    """Whether a committed dotenv file holds local development values only, as sensitive-config/env-files passes it:
    its secret-looking values are all chosen words or local URLs (no random value), and it is a non-production
    environment's file or one a local compose file reads in a repository that deploys with Kubernetes."""
    valued = _dotenv_values(ctx.files.read_text(rel) or "")
    if not all(_local_placeholder(v) for _, k, v in valued if _may_be_secret(k, v)):
        return False
    return bool(_NON_PRODUCTION_DOTENV.fullmatch(PurePosixPath(rel).name) or _local_compose_env_file(ctx, rel))


def _local_compose_env_file(ctx: Context, rel: str) -> str | None:
    """The compose file whose services read `rel` through `env_file:`, when the repository deploys with Kubernetes:
    such a compose file runs on a laptop (the local-development credentials decision of 2026-11-29 night,
    bench/README.md), and so does the env file it reads (patroni's docker/patroni.env: `PATRONI_SUPERUSER_PASSWORD=
    postgres`). None otherwise."""
    from deploycheck.sources.deployenv import env_file_targets
    from deploycheck.sources.secrets import deploys_to_kubernetes, is_compose_file
    from deploycheck.sources.yaml import YamlError, load_one

    folder = str(PurePosixPath(rel).parent)
    for compose in sorted(f for f in ctx.files.files if is_compose_file(f)):
        text = ctx.files.read_text(compose) or ""
        # docker compose reads the `.env` of its project folder by itself to fill `${VAR}` in the file
        # (laa-court-data-adaptor: `DATABASE_URL: ${DATABASE_URL}` beside `.env`'s
        # `DATABASE_URL=postgres://postgres:postgres@postgres:5432/...`, the compose database)
        if PurePosixPath(rel).name == ".env" and str(PurePosixPath(compose).parent) == folder and "${" in text:
            return compose if deploys_to_kubernetes(ctx) else None
        if "env_file" not in text or PurePosixPath(rel).name not in text:
            continue
        try:
            doc = load_one(text)
        except YamlError:
            continue
        services = doc.get("services") if isinstance(doc, dict) else None
        for service in services.values() if isinstance(services, dict) else []:
            if isinstance(service, dict) and any(target == rel for _, target in env_file_targets(compose, service)):
                return compose if deploys_to_kubernetes(ctx) else None
    return None


def _local_services_only(valued: list[tuple[int, str, str]]) -> list[str]:
    """The keys of the file's URLs when every URL it holds is on this machine (hmpps-template-typescript's
    feature.env, the local end-to-end run against stubs: `HMPPS_AUTH_URL=http://localhost:9091/auth`): a named env
    file (`<name>.env`, which no loader reads unless a command names it, unlike `.env`) that points each dependency at
    localhost configures a laptop's run. Empty when there is no URL or one goes elsewhere (a deployed environment's
    file names real hosts). A committed `.env` stays judged as the set labels it (wild-workouts': localhost only, still
    a finding)."""
    local: list[str] = []
    for _, key, value in valued:
        if "://" not in value:
            continue
        try:
            host = urlsplit(value[:2000]).hostname
        except ValueError:
            return []
        if host not in _LOOPBACK_HOSTS:
            return []
        local.append(key)
    return local


_LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "0.0.0.0", "::1", "host.docker.internal"})


# `.env.development`, `.env.test` (Rails' dotenv, dotenv-flow, Vite, Next.js, Create React App): files the loaders read
# only in that environment, committed on purpose with local values (laa-crime-application-store: "DO NOT ADD REAL
# SECRETS HERE", `SIDEKIQ_WEB_UI_PASSWORD=not-a-real-secret`). Production never loads them; a random value in one is
# still reported (it may be a real key copied there).
_NON_PRODUCTION_DOTENV = deferred("_NON_PRODUCTION_DOTENV", r"\.env\.(development|dev|test|testing|ci)", re.I)


def _local_placeholder(value: str) -> bool:
    """A placeholder or a chosen word (`not-a-real-secret`, `analytics_user_password`, `postgres`, `somethingSecure`,
    `Sup3RS3cretH4sH`), a short number (`123`), or a URL to a local host whose password is one of those
    (`postgres://postgres:postgres@localhost:5432/app_test`, `mysql://hubdb_user:unsecurepassword@data`): nothing
    random that could be a real credential."""
    if (is_default_credential(value) or _LOCAL_WORDS.fullmatch(value) is not None
            or (value.isdigit() and len(value) <= 6) or _camel_words(value) or _leet_phrase(value)):
        return True
    url = _LOCAL_URL.fullmatch(value[:500])
    return url is not None and _local_placeholder(url.group("password"))


_LOCAL_WORDS = deferred("_LOCAL_WORDS", r"[a-z]{1,20}(?:[-_.][a-z]{1,20}){0,5}")
# scheme://user:password@host[:port][/path] where the host is a compose service or this machine (no dot but
# localhost's own names): the database a laptop runs.
_LOCAL_URL = deferred("_LOCAL_URL", r"[a-z][a-z0-9+.-]{0,20}://[^:@/\s]{0,100}:(?P<password>[^:@/\s]{1,100})@"
                                    r"(?:[A-Za-z0-9_-]{1,63}|127\.0\.0\.1|0\.0\.0\.0|host\.docker\.internal)"
                                    r"(?::\d{1,5})?(?:/[^\s]{0,300})?")
_CAMEL_PART = deferred("_CAMEL_PART", r"[A-Z]?[a-z]+")
_VOWEL_WORD = deferred("_VOWEL_WORD", r"(?=[a-z]*[aeiouy])[a-z]{2,20}")
# Words a leet-speak stand-in is made of (`Sup3RS3cretH4sH`: super secret hash): a phrase about a secret, chosen.
_LEET = str.maketrans("0134578@$", "oieastbas")
_LEET_WORDS = ("secret", "password", "passwd", "super", "hash", "salt", "token", "change", "local", "dummy")


def _camel_words(value: str) -> bool:
    """`somethingSecure`: two to five words in camelCase, each with a vowel (a random run of letters has parts
    without one)."""
    if not value.isalpha() or len(value) > 60:
        return False
    parts = _CAMEL_PART.findall(value)
    return 2 <= len(parts) <= 5 and "".join(parts) == value and all(
        _VOWEL_WORD.fullmatch(p.lower()) for p in parts)


def _leet_phrase(value: str) -> bool:
    """`Sup3RS3cretH4sH`: digits standing for letters in a phrase about a secret (read back as letters, it is letters
    only and holds one of _LEET_WORDS)."""
    if len(value) > 32 or value.isalpha() or not any(c.isdigit() for c in value):
        return False
    plain = value.translate(_LEET).lower()
    return plain.isalpha() and any(word in plain for word in _LEET_WORDS)


def _may_be_secret(key: str, value: str) -> bool:
    """A secret-named key, credentials in a URL, or a value long enough to be a token or a key; a long URL
    with no credentials in it (`http://host.docker.internal:5202/api/v1/catalog/items/[0]/pic/`) is an
    address, unless its query carries a secret (`?sig=`, `&token=`: a signed URL)."""
    if is_secret_key(key) or "@" in value:
        return True
    url = _PLAIN_URL.fullmatch(value)
    if url:
        return any(is_secret_key(k) or k.lower() in _URL_SECRET_PARAMS
                   for k in re.findall(r"[?&;]([\w.-]+)=", url.group(0)))
    if _HOST_PORT.fullmatch(value) and any(c.isalpha() for c in value):  # `emulator-host:8787`: an address
        return False
    # Length alone: a `<...>` placeholder (`HOST_IP=<local ip with ipconfig>`) or a path-named key holding a path
    # (`LOCAL_NUGET_PATH=/c/Users/.../.nuget/packages`, coolstore-microservices' compose .env) is no token.
    # Nor are words joined by dashes or dots, with a port at most (`threedotslabs-cloudnative`, a GCP project id;
    # `firestore-component-tests:8787`, an emulator host): a token has digits or mixed case.
    return (len(value) >= 24 and not is_reference(value) and not _WORDS_VALUE.match(value)
            and not (_PATH_KEY.search(key) and _PATH_VALUE.match(value)))


_WORDS_VALUE = deferred("_WORDS_VALUE", r"[a-z]{1,30}(?:[-._][a-z]{1,30}){1,10}(?::\d{1,5})?$")
_PATH_KEY = deferred("_PATH_KEY", r"(?:^|_)(?:PATH|DIR|DIRECTORY|FOLDER|HOME|ROOT|FILE)$", re.I)
# (a user folder may hold a space: /c/Users/First Last/.nuget/packages)
_PATH_VALUE = deferred("_PATH_VALUE", r"(?:~|[A-Za-z]:|\.{1,2})?[/\\][^\t\r\n:;@?]*$")
_PLAIN_URL = deferred("_PLAIN_URL", r"[a-z][a-z0-9+.-]*://[^\s@]+", re.I)
_HOST_PORT = deferred("_HOST_PORT", r"[A-Za-z0-9][A-Za-z0-9.-]{0,252}:\d{1,5}")
_URL_SECRET_PARAMS = frozenset({"sig", "signature", "code", "auth", "sas", "x-amz-signature", "x-goog-signature"})


def _encrypted(obj: K8sObject) -> str | None:
    """Why a Secret-like object is fine, or None when it holds clear data."""
    if obj.kind in ("SealedSecret", "ExternalSecret", "SecretProviderClass", "VaultStaticSecret",
                    "VaultDynamicSecret", "OnePasswordItem"):
        return f"{obj.kind} (encrypted or fetched from a store)"
    if "sops" in obj.body:
        return "SOPS-encrypted"
    return None


_DEFAULT_CREDENTIAL_FIX = ("Leave the value out of the repository (an existing Secret, a secret store, a value "
                           "generated at install time) and fail at start-up when it is unset, instead of a default.")


def _decoded(section: str, value: Any) -> str:
    """A Secret's value as the container sees it: `data` is base64 (`Y2hhbmdlbWU=` is `changeme`)."""
    text = "" if value is None else str(value)
    if section == "data" and text:
        try:
            return base64.b64decode(text, validate=True).decode("utf-8")
        except (ValueError, UnicodeDecodeError):
            return text
    return text


def _value_kind(raw: str, text: str) -> str | None:
    """"clear" for a Secret value in clear, "default" for a placeholder (a default credential), None for an empty,
    encrypted or referenced value (`${DB_PASSWORD}`, `<...>`, filled in elsewhere). `raw` as written, `text` as
    the container sees it."""
    if not raw or raw.startswith("ENC[") or is_reference(raw):
        return None
    if is_default_value(text):
        return "default"
    return None if is_placeholder(text) else "clear"


# Names of a Secret entry that holds where a service is, not how to get in (policy-reporter's UI cluster Secret:
# `host: http://policy-reporter:8080`).
_LOCATION_KEYS = frozenset({"host", "hostname", "url", "endpoint", "address", "server", "port"})
# A word of a value long and mixed enough to be a token (a webhook's path key, a digest): its value counts as a
# credential. Segments of at most 200 characters between separators; linear.
_HOST_NAME = deferred("_HOST_NAME", r"[A-Za-z0-9][A-Za-z0-9.-]{0,252}(?::\d{1,5})?")
_TOKEN_SEGMENT = deferred("_TOKEN_SEGMENT", r"(?=[A-Za-z]*[0-9])(?=[0-9]*[A-Za-z])[A-Za-z0-9]{20,200}")


def _credential_leaf(key: str, value: Any) -> bool:
    """Whether one setting of a configuration held in a Secret is a credential: a non-empty value under a secret's
    name (password, clientSecret, token), a URL carrying a password, a query (where tokens ride) or a token-like
    word. Empty values, switches, numbers and plain names are configuration."""
    if value is None or isinstance(value, (bool, int, float)):
        return False
    text = str(value).strip()[:2000]
    if not text or is_reference(text) or is_placeholder(text):
        return False
    if is_secret_key(key):
        return True
    if "?" in text or embedded_password(text) or ("@" in text and "://" in text):
        return True
    return any(_TOKEN_SEGMENT.fullmatch(seg) for seg in re.split(r"[^A-Za-z0-9]+", text) if len(seg) >= 20)


def _without_credential(key: str, text: str) -> bool:
    """Whether a Secret entry holds configuration with no credential in it: a YAML/JSON document (a rendered
    config.yaml) whose every setting is empty, a switch, a number or a plain name, or a service's address under a
    location name (`host`). policy-reporter's install bundles commit such Secrets: the chart keeps its whole config
    in a Secret, with `password: ""`, `clientSecret: ""` until the installer fills them. Any other scalar entry of a
    Secret is taken for a secret, whatever its name."""
    if key.lower() in _LOCATION_KEYS:
        return not _credential_leaf(key, text) and ("://" in text or _HOST_NAME.fullmatch(text) is not None)
    stripped = text.lstrip()
    if not stripped.startswith("{") and "\n" not in stripped:
        return False  # one scalar: the secret itself
    from deploycheck.sources.yaml import YamlError, load_all

    try:
        docs = load_all(text).docs
    except YamlError:
        return False
    leaves = [(path, value) for doc in docs for path, value in _walk(doc)
              if not isinstance(value, (dict, list)) and path and isinstance(path[-1], str)]
    mappings = [doc for doc in docs if isinstance(doc, dict)]
    return bool(mappings) and bool(leaves) and not any(_credential_leaf(str(path[-1]), v) for path, v in leaves
                                                       if not _metadata_leaf(path))


# A map of labels or annotations (`labels:`, `extraLabels:`, `podAnnotations:`): its keys are label names and its
# values the labels' values, which Kubernetes shows to anyone who lists the objects; never a credential, whatever the
# label is called (zero-to-jupyterhub's CI Secret holds the chart values `singleuser: extraLabels:
# {test-self-managed-secret: ok}`).
_METADATA_MAP = deferred("_METADATA_MAP", r"(?:labels|annotations)$", re.I)


def _metadata_leaf(path: tuple[str | int, ...]) -> bool:
    """Whether a leaf sits directly in a map of labels or annotations (_METADATA_MAP)."""
    return len(path) >= 2 and isinstance(path[-2], str) and _METADATA_MAP.search(path[-2][:100]) is not None


def _clear_values(obj: K8sObject) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(section, key) of values in clear, and of placeholder values (default credentials)."""
    clear, defaults = [], []
    for section in ("data", "stringData"):
        data = obj.body.get(section)
        if isinstance(data, dict):
            for key, value in data.items():
                raw = "" if value is None else str(value)
                text = _decoded(section, value)
                kind = _value_kind(raw, text)
                if kind == "clear" and _without_credential(str(key), text):
                    continue
                if kind == "default":
                    defaults.append((section, str(key)))
                elif kind == "clear":
                    clear.append((section, str(key)))
    return clear, defaults


def _generator_findings(ctx: Context) -> list[Finding]:
    """kustomize `secretGenerator`s: the Secret is made at build time from literals written in the kustomization or
    from files it reads, so its values are committed when the literals are values (the Kubernetes WordPress
    tutorial's `password=...`) or the files are in the repository. A file the repository does not hold (ignored,
    written by CI from a secret store) keeps the values out: that generator passes."""
    from deploycheck.sources.kustomize import secret_generators

    out: list[Finding] = []
    for gen in ctx.use(secret_generators):
        clear: list[str] = []
        defaults: list[str] = []
        outside: list[str] = []
        # `KEY=value` pairs: the literals as written, and the lines of each committed env file
        pairs = [*gen.literals, *[(key.strip(), value.strip()) for _, _, text in gen.envs if text is not None
                                  for key, eq, value in (line.strip().partition("=") for line in text.splitlines())
                                  if eq and not key.startswith("#")]]
        for key, value in pairs:
            kind = _value_kind(value, value.strip("'\""))
            if kind == "clear":
                clear.append(key)
            elif kind == "default":
                defaults.append(key)
        outside += [path for _, path, text in gen.envs if text is None]
        for key, path, text in gen.files:
            if text is None:
                outside.append(path)
            elif text.strip() and not is_placeholder(text) and not _only_certificates(text):
                clear.append(key)
        where = Location(path=gen.kustomization, line=gen.line)
        subject = f"secretGenerator {gen.name} in {gen.kustomization}"
        if clear:
            out.append(failed(f"{subject} puts {len(clear)} values committed in the repository into the Secret "
                              f"({', '.join(clear[:5])}): kustomize copies them as written", where, {"keys": clear}))
        elif defaults:
            out.append(warned(f"{subject} holds placeholder values ({', '.join(defaults[:5])}): default credentials "
                              "every installation gets unless the deploy replaces them", where, {"keys": defaults},
                              remediation=_DEFAULT_CREDENTIAL_FIX))
        elif outside:
            out.append(passed(f"{subject} reads {', '.join(outside[:3])}, which the repository does not hold", where))
        else:
            out.append(passed(f"{subject} holds no values in the repository", where))
    return out


def _only_certificates(text: str) -> bool:
    """A PEM file of certificates only (tls.crt, ca.crt): public by design, unlike the key beside it."""
    return "-----BEGIN CERTIFICATE-----" in text and "PRIVATE KEY" not in text


@check(
    "sensitive-config/kubernetes-secrets",
    title="Kubernetes Secrets are not committed in clear",
    severity="critical",
    needs=("kubernetes manifests",),
    rationale="A Secret manifest's data is base64, not encryption: committing it publishes the secret.",
    remediation="Use SealedSecrets, SOPS, or External Secrets Operator, or create the Secret outside git.",
    references=("https://kubernetes.io/docs/concepts/security/secrets-good-practices/",),
)
def kubernetes_secrets(ctx: Context) -> Iterator[Finding]:
    # Plain manifests, and of the rendered chart Secrets only the values written out in the template itself: a
    # value from a values file is checked below (helm-values), one generated at install time is not committed.
    kube = ctx.use(plain_objects)
    secretish = kube.of_kind("Secret", "SealedSecret", "ExternalSecret", "SecretProviderClass", "VaultStaticSecret",
                             "VaultDynamicSecret", "OnePasswordItem")
    secretish += [lit for obj in ctx.use(all_objects).of_kind("Secret")
                  if obj.origin and obj.origin.startswith("helm:")
                  for lit in [_literal_in_template(ctx, obj)] if lit is not None]
    generated = _generator_findings(ctx)
    yield from generated
    if not secretish:
        if not generated:
            yield not_applicable("no Secret manifests or kustomize secretGenerators in the repository")
        return
    for obj in secretish:
        reason = _encrypted(obj)
        if reason:
            yield passed(f"{obj.ref} is {reason}", obj.location(None))
            continue
        clear, defaults = _clear_values(obj)
        if clear:
            section, key = clear[0]
            yield failed(f"{obj.ref} holds {len(clear)} values in clear ({', '.join(k for _, k in clear[:5])})",
                         obj.location((section, key)), {"keys": [k for _, k in clear]})
        elif defaults and is_test_named(obj.path):
            # a test's fixture (zero-to-jupyterhub's ci/test-hub-existing-secret.yaml, `ffff9999` for each token, which
            # the chart's CI applies for its existingSecret test): no installation gets its placeholders, as the
            # secret scan leaves the defaults of a file named as a test's
            yield passed(f"{obj.ref} holds placeholder values only ({', '.join(k for _, k in defaults[:5])}) in "
                         f"{obj.path}, a file named as a test's: test data, not an installation's credentials",
                         obj.location(None), {"keys": [k for _, k in defaults]})
        elif defaults:
            section, key = defaults[0]
            yield warned(f"{obj.ref} holds placeholder values ({', '.join(k for _, k in defaults[:5])}): default "
                         "credentials every installation gets unless the deploy replaces them",
                         obj.location((section, key)), {"keys": [k for _, k in defaults]},
                         remediation=_DEFAULT_CREDENTIAL_FIX)
        else:
            settings = [str(k) for sec in ("data", "stringData") if isinstance(obj.body.get(sec), dict)
                        for k, v in obj.body[sec].items() if v not in (None, "")]
            yield passed(f"{obj.ref} holds configuration without a credential ({', '.join(settings[:5])}: empty "
                         "credential fields, addresses, switches)" if settings else
                         f"{obj.ref} holds no data in the manifest", obj.location(None))


def _literal_in_template(ctx: Context, obj: K8sObject) -> K8sObject | None:
    """The rendered chart Secret cut down to the entries its template writes out literally (a line
    `key: value` with that very value and no template expression, as eShopOnDapr's and coolstore's
    templates/*secrets.yaml hold base64 passwords), or None when the template writes none."""
    text = ctx.files.read_text(obj.path) or ""
    lines = [line.strip() for line in text.splitlines() if "{{" not in line and len(line) <= 8192]
    kept: dict[str, dict[str, Any]] = {}
    for section in ("data", "stringData"):
        entries = obj.body.get(section)
        for key, value in (entries.items() if isinstance(entries, dict) else ()):
            raw = "" if value is None else str(value)
            prefixes = (f"{key}:", f'"{key}":', f"'{key}':")
            if raw and any(line.startswith(prefixes) and raw in line.split(":", 1)[1] for line in lines):
                kept.setdefault(section, {})[key] = value
    if not kept:
        return None
    body = {k: v for k, v in obj.body.items() if k not in ("data", "stringData")} | kept
    return replace(obj, body=body)


def _walk(node: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], Any]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield (*path, str(key)), value
            yield from _walk(value, (*path, str(key)))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk(value, (*path, i))


def _selector_key(doc: Any, path: tuple[str | int, ...]) -> bool:
    """`secret: {name: database, key: password}` (a secretKeyRef-style pair): `key` names the entry of
    another object that holds the value, it is not the value. Beside `operator` or `effect`, `key` is a
    toleration's taint key or a selector requirement's label key (`{key: hub.jupyter.org/dedicated, operator: Equal,
    value: core, effect: NoSchedule}` in JupyterHub's values): a node label's name, never a credential."""
    if str(path[-1]).lower() != "key":
        return False
    parent = doc
    for step in path[:-1]:
        if isinstance(parent, dict):
            parent = parent.get(step)
        elif isinstance(parent, list) and isinstance(step, int):
            parent = parent[step]
    return isinstance(parent, dict) and ("name" in parent or "operator" in parent or "effect" in parent)


def _values_files(ctx: Context) -> list[str]:
    files: set[str] = set()
    # Glob once, not once per chart: a glob matches every file of the repository (57 charts x 2,000
    # files took 2 s on the corpus).
    values = ctx.files.glob("values*.yaml", "values*.yml")
    for chart in chart_directories(ctx):
        prefix = f"{chart}/" if chart else ""
        for rel in values:
            if rel.startswith(prefix) and "/" not in rel[len(prefix):]:
                files.add(rel)
    present = set(ctx.files.files)
    if not ctx.config.helm_charts:  # shared values files a deploy script passes to the charts beside it
        files.update(vf for chart in chart_directories(ctx) for vf in script_values_files(ctx, chart))
    for chart_cfg in ctx.config.helm_charts:
        files.update(v for v in chart_cfg.values if v in present)
    return sorted(files)


@check(
    "sensitive-config/helm-values",
    title="Helm values hold no literal passwords or keys",
    severity="high",
    needs=("helm charts",),
    rationale="A password in values.yaml becomes every installation's password and sits in git history.",
    remediation="Leave the value empty and reference an existing Secret (existingSecret), or inject it at "
                "deploy time from a secret store.",
)
def helm_values(ctx: Context) -> Iterator[Finding]:
    from deploycheck.sources.yaml import YamlError, load_all

    files = _values_files(ctx)
    if not files:
        yield not_applicable("no Helm chart values files")
        return
    names: frozenset[str] | None = None
    for rel in files:
        text = ctx.files.read_text(rel)
        if text is None:
            continue
        try:
            docs = load_all(text)
        except YamlError as exc:
            yield errored(f"{rel}: {exc.message}", Location(path=rel, line=exc.line))
            continue
        literal, defaults, unset = [], [], []
        for index, doc in enumerate(docs.docs):
            for path, value in _walk(doc):
                key = str(path[-1])
                if not isinstance(value, str) or not is_secret_key(key) or _selector_key(doc, path) \
                        or is_switch_value(value) or names_itself(key, value) \
                        or any(step in SECRET_REFERENCE_MAPS for step in path[:-1]) \
                        or names_a_template([str(step) for step in path]):
                    continue  # `USE_WEB_TOKEN: "true"` is a switch; namespace_secrets' values name a Secret's keys
                if is_default_value(value) and _third_party_api_key(path):
                    unset.append(".".join(map(str, path)))  # `OPENAI_API_KEY: change-me`: a key still to supply
                elif is_default_value(value):
                    defaults.append((index, path, value))  # `password: changeme`: a default, not a secret
                elif not is_placeholder(value):
                    literal.append((index, path, value))
        if literal:
            names = _documented_secret_names(ctx) if names is None else names
            named = [x for x in literal if x[2] in names]
            literal = [x for x in literal if x[2] not in names]
            for index, path, value in named:
                # masked all the same: a hostile repository writes both the value and the `kubectl create secret`
                # line that makes it a name, and must not get a real secret printed that way
                yield passed(f"{rel}: {'.'.join(map(str, path))} names the Secret {mask(value)}, which the "
                             f"repository's instructions create ({_documented_at(ctx, value)})",
                             Location(path=rel, line=docs.line_of(index, path)))
        for index, path, value in literal:
            dotted = ".".join(map(str, path))
            yield failed(f"{rel}: {dotted} holds a literal value ({mask(value)})",
                         Location(path=rel, line=docs.line_of(index, path)), {"key": dotted, "value": mask(value)})
        # an example values file shows where values go: its placeholders are documentation
        for index, path, value in [] if is_example_file(rel) else defaults:
            dotted = ".".join(map(str, path))
            yield warned(f"{rel}: {dotted} holds a placeholder ({mask(value)}): a default credential every "
                         "installation gets unless the deploy overrides it",
                         Location(path=rel, line=docs.line_of(index, path)), {"key": dotted, "value": mask(value)},
                         remediation=_DEFAULT_CREDENTIAL_FIX)
        if not literal and (not defaults or is_example_file(rel)):
            note = (f" ({len(unset)} placeholder(s) for another service's API key, which that service issues: "
                    f"a value the deploy must supply, not a credential anyone can use: {', '.join(unset[:3])})"
                    if unset else "")
            yield passed(f"{rel}: no literal secret values{note}", Location(path=rel))


# A placeholder is a default credential when the deployment itself accepts it (`password: changeme` becomes the
# database's password). An API key named for another service (`OPENAI_API_KEY`, `stripe.apiKey`,
# `GOOGLE_MAPS_API_KEY`) is issued by that service: a placeholder there opens nothing, it only leaves a feature
# unconfigured (quarkus-super-heroes' `OPENAI_API_KEY: change-me` in 24 generated values files). A bare
# `apiKey`/`API_KEY`, or one named for a role or a place (`ADMIN_API_KEY`, `credentials.apiKey`), may be the key
# the service accepts from its callers: its placeholder stays a default credential.
_API_KEY_TAIL = deferred("_API_KEY_TAIL", r"(?:^|[^a-z0-9])([a-z][a-z0-9]{2,})[^a-z0-9]+api[^a-z0-9]*key$")
_NOT_A_PROVIDER = frozenset({
    "admin", "master", "root", "internal", "auth", "service", "server", "app", "application", "api", "default",
    "shared", "global", "private", "public", "client", "access", "user", "my", "your", "the", "env", "envs",
    "environment", "config", "configuration", "settings", "values", "secret", "secrets", "credential",
    "credentials", "key", "keys", "security", "gateway", "backend", "frontend", "web", "local", "dev", "prod"})


def _third_party_api_key(path: tuple[Any, ...]) -> bool:
    """The values path ends in an API key named for another service (see above)."""
    tail = ".".join(str(p) for p in path[-2:])
    words = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", tail).lower()[-120:]
    match = _API_KEY_TAIL.search(words)
    return match is not None and match.group(1) not in _NOT_A_PROVIDER


# `default_pass = s3cret` (rabbitmq.conf), `spring.datasource.password=s3cret` (application.properties),
# `password: s3cret` (an embedded YAML file): one `key = value` / `key: value` line of a config file mounted
# from a ConfigMap. Only multi-line values are read this way (a file, not a single setting).
# Blanks around the separator stay on the line: with `\s*`, an empty setting took the next line as its value
# (tekton-results' env file: `S3_SECRET_ACCESS_KEY=` then `S3_MULTI_PART_SIZE=5242880` read as a literal secret).
_CONFIG_LINE = deferred("_CONFIG_LINE", r"^[ \t]*([A-Za-z_][\w.\-]*)[ \t]*[=:][ \t]*(\S.*?)[ \t]*$", re.M)


# A data key that names a program (hmpps-book-secure-move-api's reports ConfigMap: `notify-token.sh`, a script that
# builds a Notify JWT from the NOTIFY_TOKEN its pod is given): its value is code, read for literals like any file.
_SCRIPT_SUFFIXES = (".sh", ".bash", ".py", ".rb", ".js", ".sql", ".ps1", ".pl")


def _names_a_script(key: str) -> bool:
    return key.lower().endswith(_SCRIPT_SUFFIXES)


# A program file a ConfigMap holds (JupyterHub's hub ConfigMap: jupyterhub_config.py, z2jh.py): an assignment there is
# code, `db_password = get_secret_value("hub.db.password", None)` reads the value at run time; only a quoted string
# literal is a value written in the file.
_CODE_FILE = deferred("_CODE_FILE", r"\.(?:py|js|mjs|cjs|ts|rb|lua|php|pl|groovy|kts?)$", re.I)
_QUOTED_LITERAL = deferred("_QUOTED_LITERAL", r"""(["'])[^"'\n]*\1[ \t]*[,;]?""")


def _config_file_secret(value: str, name: str = "") -> str | None:
    """The first literal secret a config file held in a ConfigMap value (under the data key `name`) carries, or
    None."""
    # A secret key is a sensitive name, so a text without any of their words has none (the line pattern, tried at
    # every position of the large dashboards and configs ConfigMaps hold, was ~1.5 % of a corpus scan).
    if "\n" not in value.strip() or not may_contain_any(value, SENSITIVE_NAME_WORDS):
        return None
    code = _CODE_FILE.search(name[-20:]) is not None
    for m in _CONFIG_LINE.finditer(value):
        key, literal = m.group(1).rpartition(".")[2], m.group(2).strip("'\"")
        if code and (not _QUOTED_LITERAL.fullmatch(m.group(2)[:1000]) or key.lower() == "key"):
            # an expression of the program (a call, a name), not a value written in the file; a bare `key=` argument
            # names something (`key="hub.jupyter.org/node-purpose"`, a node label's key), as in a JSON document
            continue
        if "." in literal and literal.rstrip(",;").rpartition(".")[2] == key:
            continue  # the field of that name of something else (SQL's upsert `key = EXCLUDED.key,`): no literal
        if literal and is_secret_key(key) and not is_reference(literal) and "${" not in literal \
                and "{{" not in literal and not literal.startswith("$") and not is_placeholder(literal) \
                and not is_default_value(literal):
            return literal
    return None


def _json_config_secret(value: str) -> tuple[str | None, str | None]:
    """(first literal secret, first default credential) of a JSON settings file held in a ConfigMap value.

    `kubectl create configmap --from-file appsettings.Production.json` keeps the file as one value; its keys are
    quoted, so the `key: value` line reading above never sees `"DBPassword": "s3cret"`."""
    if not value.lstrip().startswith("{") or not may_contain_any(value, SENSITIVE_NAME_WORDS):
        return None, None
    try:
        doc = json.loads(value)
    except (ValueError, RecursionError):  # not JSON after all, or nested deeper than the parser goes
        return None, None
    secret = default = None
    for path, node in _walk(doc):
        # a bare `key` names something in a JSON document (a Grafana panel target's "key": "Q-9fc3..."), it is no
        # secret's name
        if not isinstance(node, str) or not node or not isinstance(path[-1], str) or not is_secret_key(path[-1]) \
                or path[-1].lower() == "key" or is_reference(node) or "${" in node or "{{" in node \
                or node.startswith("$"):
            continue
        if is_default_value(node):
            default = default or node
        elif not is_placeholder(node):
            secret = secret or node
    return secret, default


@check(
    "sensitive-config/configmaps",
    title="ConfigMaps hold no secrets",
    severity="high",
    needs=("kubernetes manifests",),
    rationale="ConfigMaps are readable by anyone with view rights and are not encrypted at rest.",
    remediation="Move the value to a Secret (from a secret store) and reference it with secretKeyRef.",
)
def configmaps(ctx: Context) -> Iterator[Finding]:
    maps = ctx.use(all_objects).of_kind("ConfigMap")
    if not maps:
        yield not_applicable("no ConfigMaps in the manifests or charts")
        return
    for obj in maps:
        data = obj.body.get("data")
        # `image-pull-secret: image-pull-secret` (JupyterHub's hub ConfigMap lists its objects' names): the value
        # names the Secret that holds the credential, as in a values file (names_itself)
        named = [(str(k), str(v)) for k, v in data.items() if is_secret_key(str(k)) and v is not None
                 and not names_itself(str(k), str(v)) and not _names_a_script(str(k))] \
            if isinstance(data, dict) else []
        bad = [(k, v) for k, v in named if not is_placeholder(v) and not is_default_value(v)]
        defaults = [(k, v) for k, v in named if is_default_value(v)]
        # a connection string under an innocent key (`catalog__ConnectionString: ...;Password=...;`)
        files = {str(k): _json_config_secret(v) for k, v in data.items()
                 if (not is_secret_key(str(k)) or _names_a_script(str(k))) and isinstance(v, str)} \
            if isinstance(data, dict) else {}
        embedded = [(str(k), pw) for k, v in data.items() if str(k) in files and isinstance(v, str)
                    and (pw := embedded_password(v) or _config_file_secret(v, str(k)) or files[str(k)][0])] \
            if isinstance(data, dict) else []
        # a default credential inside a settings file is the same placeholder as under a secret-named key
        defaults += [(k, dflt) for k, (_, dflt) in files.items() if dflt]
        if bad:
            key = bad[0][0]
            yield failed(f"{obj.ref} holds secret-named keys ({', '.join(k for k, _ in bad[:5])})",
                         obj.location(("data", key)), {k: mask(v) for k, v in bad})
        elif embedded:
            yield failed(f"{obj.ref} holds a literal password inside a connection string or config file "
                         f"({', '.join(k for k, _ in embedded[:5])})",
                         obj.location(("data", embedded[0][0])), {k: mask(pw) for k, pw in embedded})
        elif defaults:
            yield warned(f"{obj.ref} holds placeholder credentials ({', '.join(k for k, _ in defaults[:5])}): "
                         "default credentials every installation gets unless the deploy replaces them, in a "
                         "ConfigMap instead of a Secret", obj.location(("data", defaults[0][0])),
                         {k: mask(v) for k, v in defaults}, remediation=_DEFAULT_CREDENTIAL_FIX)
        else:
            yield passed(f"{obj.ref} holds no secret-named keys", obj.location(None))
