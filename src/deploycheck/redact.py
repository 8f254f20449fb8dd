"""The one choke point every string of a report passes before any renderer or baseline sees it.

Checks mask the secrets they know they are showing; this is the net under them. The engine runs every
finding (message, location, evidence at any depth, remediation, suppression reason), every notice and
every attestation through `Redactor.text` right after the checks ran, so a secret that reached a
message some other way (a schema error quoting a value, a commit subject, a validator message, a URL
with a password) is masked in all six formats and in the baseline alike.

Two nets:
- known values: the values of environment variables the config names (tokens, database URLs) or whose
  names say they are secret, and the values under Secret objects and secret-named env vars in the
  scanned manifests — replaced wherever they appear;
- shapes: passwords in URLs (any scheme, `postgresql+psycopg://u:PW@h`), libpq `password=...`,
  `key: value`/`key=value` assignments to secret-named keys, Authorization headers, private key
  blocks and the token formats of the big providers.
Hand-written because no library redacts arbitrary nested report data; the token shapes follow the
providers' documented prefixes (the same ones gitleaks and detect-secrets look for).
"""

from __future__ import annotations

import base64
import os
import re
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from deploycheck.safety import is_sensitive_name, mask

if TYPE_CHECKING:
    from deploycheck.context import Context
    from deploycheck.model import Finding, Location

MIN_KNOWN_LENGTH = 6  # shorter values ("true", "admin") would mask ordinary words everywhere
# Environment variables holding credentials, by the config keys that name them.
_ENV_NAME_KEYS = ("token_env", "db_url_env", "registry_auth_env")

_URL_PASSWORD = re.compile(r"(?P<pre>\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\s:/@'\"]*:)(?P<pw>[^\s@/'\"]+)(?P<post>@)")
_LIBPQ_PASSWORD = re.compile(r"(?P<pre>\bpassword\s*=\s*)(?P<pw>'(?:[^'\\]|\\.)*'|[^\s'\"]+)", re.I)
_ASSIGNMENT = re.compile(
    r"(?P<pre>\b[\w.-]*(?:pass(?:word|wd)?|secret|token|api[_-]?key|apikey|private[_-]?key|credentials?|auth)"
    r"[\w.-]*['\"]?\s*[:=]\s*['\"]?)(?P<pw>[^\s'\",;}&)\]]{4,})", re.I)
_AUTH_HEADER = re.compile(r"(?P<pre>\b(?:Bearer|Basic|token)\s+)(?P<pw>[A-Za-z0-9._~+/=-]{8,})")
_TOKENS = re.compile(
    r"(?P<pw>"
    r"AKIA[0-9A-Z]{16}"  # AWS access key id
    r"|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,}"  # GitHub
    r"|glpat-[A-Za-z0-9_-]{20,}"  # GitLab
    r"|xox[abprs]-[A-Za-z0-9-]{10,}"  # Slack
    r"|sk_live_[A-Za-z0-9]{16,}|sk-[A-Za-z0-9_-]{32,}"  # Stripe, OpenAI-style
    r"|AIza[0-9A-Za-z_-]{35}"  # Google API key
    r"|eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}"  # JWT
    r")")
_PRIVATE_KEY = re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----.*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)", re.S)
# Placeholders and references are not secrets; leaving them readable keeps messages useful.
_NOT_A_VALUE = re.compile(r"^(?:\$\{?[\w.:-]+\}?|\*+|<[^>]*>|\{\{.*\}\}|x+|null|none|true|false|changeme|"
                          r"bearer|basic|token)$", re.I)
# `secretName: app-tls`, `passwordFile: /run/x`, `tokenUrl: https://...`: the key names a reference, not a value.
_REFERENCE_KEY = re.compile(r"(?:name|names|ref|file|path|url|uri|env|type|mode|id|length|from|header|policy|"
                            r"expiry|expires|ttl|rotation|provider|store|source)['\"]?\s*[:=]\s*['\"]?$", re.I)


class Redactor:
    def __init__(self, known: Iterable[str] = ()) -> None:
        values = sorted({v for v in known if len(v) >= MIN_KNOWN_LENGTH}, key=len, reverse=True)
        self._known = re.compile("|".join(re.escape(v) for v in values)) if values else None

    def text(self, value: str) -> str:
        if not value:
            return value
        out = value
        if self._known is not None:
            out = self._known.sub(lambda m: mask(m.group()), out)
        if "-----BEGIN" in out:
            out = _PRIVATE_KEY.sub("-----BEGIN PRIVATE KEY----- (masked)", out)
        out = _URL_PASSWORD.sub(_keep_pre, out)
        out = _LIBPQ_PASSWORD.sub(_keep_pre, out)
        out = _AUTH_HEADER.sub(_keep_pre, out)
        # `key: value` in prose ("without credentials: answered 200") is common: only values that look
        # generated are masked here; the structural shapes above and the known values catch the rest.
        out = _ASSIGNMENT.sub(lambda m: _keep_pre(m) if _looks_random(m.group("pw")) else m.group(0), out)
        return _TOKENS.sub(lambda m: mask(m.group("pw")), out)

    def value(self, value: Any) -> Any:
        """Every string inside any JSON-like structure (keys too)."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, dict):
            return {self.text(k) if isinstance(k, str) else k: self.value(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return [self.value(v) for v in value]
        return value

    def finding(self, finding: Finding) -> None:
        finding.message = self.text(finding.message)
        if finding.remediation:
            finding.remediation = self.text(finding.remediation)
        if finding.evidence:
            finding.evidence = self.value(finding.evidence)
        if finding.location is not None:
            finding.location = self.location(finding.location)
        if finding.suppressed is not None and finding.suppressed.reason:
            finding.suppressed.reason = self.text(finding.suppressed.reason)

    def location(self, loc: Location) -> Location:
        return replace(loc, url=self.text(loc.url) if loc.url else loc.url,
                       origin=self.text(loc.origin) if loc.origin else loc.origin)


def _keep_pre(match: re.Match[str]) -> str:
    secret = match.group("pw")
    if (_NOT_A_VALUE.match(secret.strip("'\"")) or set(secret) <= {"*"} or "***" in secret
            or secret.lstrip("'\"").startswith(("<", "$", "{", "%")) or _REFERENCE_KEY.search(match.group("pre"))):
        return match.group(0)
    post = match.groupdict().get("post") or ""
    return match.group("pre") + mask(secret.strip("'\"")) + post


def known_secrets(ctx: Context) -> set[str]:
    """Secret values this run may have met: from the (trusted) environment, and from the repository's
    Secret objects and secret-named env vars (hostile input, but its secrets are still secrets)."""
    values: set[str] = set()
    env_names = {str(v) for k, v in ctx.options.targets.items() if k in _ENV_NAME_KEYS and v}
    for env in ctx.config.environments.values():
        env_names |= {str(env[k]) for k in _ENV_NAME_KEYS if env.get(k)}
    review = ctx.config.section("code_review") or {}
    env_names |= {str(review["token_env"])} if review.get("token_env") else set()
    env_names |= {"DEPLOYCHECK_TOKEN", "GITHUB_TOKEN", "GITLAB_TOKEN", "CI_JOB_TOKEN"}
    for name, value in os.environ.items():
        if name in env_names or (is_sensitive_name(name) and _looks_random(value)):
            values.add(value)
        values |= _url_passwords(value)
    values |= _manifest_secrets(ctx)
    return {v for v in values if v and not _NOT_A_VALUE.match(v.strip())}


def _looks_random(value: str, min_length: int = 8) -> bool:
    """A variable merely *named* like a secret (TOKEN_TYPE=bearer) must not mask a common word everywhere."""
    return len(value) >= min_length and (any(c.isdigit() for c in value) or value != value.lower() or
                                any(not c.isalnum() for c in value))


def _url_passwords(value: str) -> set[str]:
    return {m.group("pw") for m in _URL_PASSWORD.finditer(value)} | {
        m.group("pw").strip("'") for m in _LIBPQ_PASSWORD.finditer(value)}


def _manifest_secrets(ctx: Context) -> set[str]:
    """Only when the manifests were read by this run anyway (never parse just for this)."""
    from deploycheck.sources.kubernetes import all_objects

    kube = ctx.peek(all_objects)
    if kube is None:
        return set()
    out: set[str] = set()
    for obj in kube.objects:
        if obj.kind == "Secret":
            for field in ("data", "stringData"):
                data = obj.body.get(field)
                if isinstance(data, dict):
                    for leaf in _leaves(data):
                        out.add(leaf)
                        if field == "data":
                            out |= _decoded(leaf)
        for container in obj.containers():
            for env in container.spec.get("env") or []:
                if isinstance(env, dict) and is_sensitive_name(str(env.get("name", ""))) and "value" in env:
                    out |= set(_leaves(env["value"]))
    return out


def _leaves(value: Any) -> Iterable[str]:
    if isinstance(value, dict):
        for v in value.values():
            yield from _leaves(v)
    elif isinstance(value, list):
        for v in value:
            yield from _leaves(v)
    elif value is not None and not isinstance(value, bool):
        yield str(value)


def _decoded(value: str) -> set[str]:
    try:
        text = base64.b64decode(value, validate=True).decode("utf-8")
    except ValueError:
        return set()
    return {text.strip()} if text.strip().isprintable() else set()
