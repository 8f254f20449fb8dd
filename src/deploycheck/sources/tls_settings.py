"""Places in production code and configuration that switch TLS certificate verification off.

A source: it lists what it found (file, line, which setting) and never judges. Three readers:
- the code facts (Python AST: `verify=False`, `ssl._create_unverified_context`; Go `InsecureSkipVerify`),
- a line scan of production code and config files for the settings of the common clients and drivers
  (MongoDB `tlsAllowInvalidCertificates=true`, libpq `sslmode=disable` toward a remote host, Node
  `rejectUnauthorized: false` / `NODE_TLS_REJECT_UNAUTHORIZED=0`, Go/YAML `insecure_skip_verify`, Java
  trust-all verifiers, Python `CERT_NONE`, SQL Server `TrustServerCertificate=true`),
- container env in the Kubernetes objects (`NODE_TLS_REJECT_UNAUTHORIZED` = "0" spans two YAML lines), and the
  values of Kubernetes Secrets (a connection string kept base64-encoded under `data:` hides its settings from
  the line scan).

Hand-written patterns rather than a library: the linters that know these settings (semgrep rules,
gosec, bandit) each cover one language and would be new heavy dependencies for a dozen regexes.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from deploycheck.line_numbers import line_at
from deploycheck.sources.codefacts import code_facts, is_test_path
from deploycheck.sources.kubernetes import all_objects
from deploycheck.sources.languages import SOURCE_SUFFIXES
from deploycheck.sources.routes_aspnet import blank
from deploycheck.sources.secrets import deploys_to_kubernetes, is_compose_file

if TYPE_CHECKING:
    from deploycheck.context import Context
    from deploycheck.sources.kubernetes import K8sObject

MAX_LINE = 4096  # longer lines are data or minified code (and regexes on them are slow)
_CONFIG = (".yaml", ".yml", ".json", ".env", ".properties", ".toml", ".ini", ".conf", ".cfg", ".tf", ".tpl")

# (pattern, what it is). Each is one line's worth; a match is one place.
_SETTINGS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(tlsAllowInvalidCertificates|tlsAllowInvalidHostnames|tlsInsecure|sslAllowInvalidCertificates"
                r"|sslAllowInvalidHostnames)['\"]?\s*[=:]\s*['\"]?true\b", re.I), "MongoDB {0}=true"),
    (re.compile(r"\brejectUnauthorized['\"]?\s*:\s*false\b"), "rejectUnauthorized: false"),
    (re.compile(r"\bNODE_TLS_REJECT_UNAUTHORIZED['\"]?\]?\s*(?:=|:|\s)\s*['\"]?0(?![\w.])"),
     "NODE_TLS_REJECT_UNAUTHORIZED=0"),
    (re.compile(r"\b(InsecureSkipVerify|insecure_skip_verify|insecureSkipVerify|insecure-skip-tls-verify)['\"]?"
                r"\s*[:=]\s*['\"]?true\b"), "{0}: true"),
    (re.compile(r"\b(NoopHostnameVerifier|TrustAllStrategy|InsecureTrustManagerFactory|ALLOW_ALL_HOSTNAME_VERIFIER)"
                r"\b"), "Java {0} (trusts every certificate)"),
    (re.compile(r"\bssl\.CERT_NONE\b|\bcert_reqs\s*=\s*['\"]?(?:ssl\.)?CERT_NONE\b"), "ssl.CERT_NONE"),
    # SQL Server (ADO.NET SqlClient, JDBC mssql, ODBC): encrypt but accept any server certificate. The same
    # trust decision as MongoDB's tlsAllowInvalidCertificates, so judged the same way whatever the host.
    (re.compile(r"\b(Trust[ ]?Server[ ]?Certificate)\s*=\s*['\"]?(?:true|yes)\b", re.I), "{0}=true"),
)
# Code of the other languages that accepts every certificate or host name (pass-audit8: each passed as "no production
# code or configuration switches TLS certificate verification off"): .NET's HttpClientHandler validator and a
# validation callback that returns true (exceptionless' Elasticsearch client, coolstore's OIDC back channel), a Java or
# Kotlin HostnameVerifier that returns true (teastore's REST client), reqwest's danger_accept_invalid_*, Ruby's and
# Erlang's VERIFY_NONE, PHP curl's and Guzzle's verification off. Read on code lines only (a line that is a comment,
# `// ServerCertificateCustomValidationCallback = ...`, switches nothing). Bounded parts, one line each.
_CODE_SETTINGS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bDangerousAcceptAnyServerCertificateValidator\b"),
     ".NET DangerousAcceptAnyServerCertificateValidator (accepts every certificate)"),
    (re.compile(r"\b((?:Server|Remote)Certificate(?:Custom)?ValidationCallback)\b[ \t]{0,20}(?:\+?=|\()[ \t]{0,20}"
                r"(?:static[ \t]{1,20})?(?:delegate[ \t]{0,20})?\([^()\n]{0,200}\)[ \t]{0,20}(?:=>[ \t]{0,20})?"
                r"(?:\{[ \t]{0,20}return[ \t]{1,20})?true\b"),
     ".NET {0} that returns true (accepts every certificate)"),
    (re.compile(r"\b([hH]ostnameVerifier)\b[^;\n]{0,200}->[ \t]{0,20}true\b"),
     "Java {0} that returns true (accepts every host name)"),
    (re.compile(r"\b(danger_accept_invalid_(?:certs|hostnames))\([ \t]{0,20}true[ \t]{0,20}\)"), "reqwest {0}(true)"),
    (re.compile(r"\bOpenSSL::SSL::VERIFY_NONE\b"), "Ruby OpenSSL::SSL::VERIFY_NONE"),
    (re.compile(r"\bverify[:,][ \t]{0,20}:?verify_none\b"), "verify_none (Erlang/Elixir ssl)"),
    (re.compile(r"\b(CURLOPT_SSL_VERIFY(?:PEER|HOST))['\"]?[ \t]{0,20}(?:=>|,)[ \t]{0,20}(?:false|0)\b", re.I),
     "PHP curl {0} off"),
    (re.compile(r"['\"]verify['\"][ \t]{0,20}=>[ \t]{0,20}false\b"), "Guzzle 'verify' => false"),
)
# Settings written over several lines, read on the whole file with comments and string contents blanked (pass-audit9;
# each passed): a JVM X509TrustManager whose checkServerTrusted does nothing (teastore's REST client, the classic
# trust-all manager handed to `SSLContext.init(null, trustAllCerts, ...)`: an empty body, only a comment, `return;`,
# Kotlin's `{}` / `= Unit`), and a .NET validation callback returning true whose lambda is on the next line
# (opentelemetry-demo's cart: `socket.Options.RemoteCertificateValidationCallback =` then `static (_, _, _, _) =>
# true;`). A manager that delegates, throws or checks anything has a body and is not matched. Bounded parts only.
_EMPTY_SERVER_CHECK = re.compile(
    r"\bcheckServerTrusted[ \t]{0,20}\([^()]{0,400}\)\s{0,200}"
    r"(?:throws[ \t]{1,20}[\w.]{1,200}(?:[ \t]{0,20},[ \t]{0,20}[\w.]{1,200}){0,5}\s{0,200})?"
    r"(?::[ \t]{0,20}Unit\s{0,200})?(?:\{\s{0,400}(?:return\s{0,20};?\s{0,400})?\}|=\s{0,20}Unit\b)")
_CALLBACK_SPLIT = re.compile(
    r"\b((?:Server|Remote)Certificate(?:Custom)?ValidationCallback)\b\s{0,100}(?:\+?=|\()\s{0,100}"
    r"(?:static\s{1,20})?(?:delegate\s{0,20})?\([^()]{0,200}\)\s{0,100}(?:=>\s{0,100})?"
    r"(?:\{\s{0,100}return\s{1,20})?true\b")
_JVM = (".java", ".kt", ".kts", ".scala", ".groovy")


def scan_text(rel: str, text: str) -> list[tuple[int, str]]:
    """(line, setting) for the settings of a JVM or .NET source file that span lines (the line scan reads one line)."""
    lowered = text.lower()
    jvm = rel.endswith(_JVM) and "checkservertrusted" in lowered
    dotnet = rel.endswith(".cs") and "validationcallback" in lowered
    if not (jvm or dotnet):
        return []
    _, mask = blank(text)  # comments and string contents are spaces, offsets and line breaks kept
    found = []
    if jvm:
        found += [(line_at(mask, m.start()), "Java X509TrustManager whose checkServerTrusted is empty (trusts every "
                   "certificate)") for m in _EMPTY_SERVER_CHECK.finditer(mask)]
    if dotnet:
        found += [(line_at(mask, m.start()), f".NET {m.group(1)} that returns true (accepts every certificate)")
                  for m in _CALLBACK_SPLIT.finditer(mask)]
    return found


_COMMENT_LINE = re.compile(r"[ \t]*(?://|#|/?\*|--|;)")
_SSLMODE_OFF = re.compile(r"sslmode\s*=\s*disable\b", re.I)
# A word each setting above cannot be written without (lowercased). A file holding none is not scanned line
# by line: the line scan costs ~1.5 us a line per pattern (7 s on a 28 MB Django service), `in` is C speed.
_NEEDED = ("allowinvalid", "tlsinsecure", "rejectunauthorized", "reject_unauthorized", "insecure",
           "noophostnameverifier", "trustallstrategy", "allow_all_hostname_verifier", "cert_none", "sslmode",
           "servercertificate", "server certificate", "dangerousaccept", "certificatevalidationcallback",
           "hostnameverifier", "danger_accept_invalid", "checkservertrusted", "verify_none", "curlopt_ssl_verify",
           "'verify'", '"verify"')
_DSN_URL = re.compile(r"(?:jdbc:)?postgres(?:ql)?(?:\+\w+)?://[^\s'\"`<>]+", re.I)
_KV_HOST = re.compile(r"\bhost\s*=\s*['\"]?([^\s'\";]+)")
_IN_CLUSTER_SUFFIXES = (".svc", ".svc.cluster.local", ".cluster.local", ".localhost")
_TEMPLATE = re.compile(r"[${}%<]")


@dataclass(frozen=True)
class TlsOff:
    file: str
    line: int | None
    setting: str  # what was found, e.g. "rejectUnauthorized: false"
    object: str | None = None  # "Deployment/web" for a manifest env entry
    inspection: bool = False  # the file reads the peer certificate's expiry: a certificate check, not trust
    option: str | None = None  # Python: only on the branch where a parameter is False (`if verify is False:`)
    local: bool = False  # in a compose file of a repository that deploys to Kubernetes: a laptop's setting
    switch: str | None = None  # Go: only on the branch of an opt-in setting (`if f.cfg.Insecure {`) nothing turns on


# Code that dials without verification to read the peer's certificate (an expiry monitor, `podcli check
# cert`) makes no trust decision on that connection: it is told apart, not reported as a disabled check.
_INSPECTS_CERT = re.compile(r"PeerCertificates[\s\S]{0,2000}NotAfter|getpeercert\([\s\S]{0,2000}notAfter")


def remote_host(host: str) -> bool | None:
    """Whether a database host is outside the pod network: True (a dotted name or an address off the
    loopback), False (loopback, a single-label Service/compose name, *.svc.cluster.local), None when the
    host is a template or variable and cannot be judged."""
    host = host.strip().strip("[]").lower()
    if not host or _TEMPLATE.search(host):
        return None
    if host in ("localhost", "::1") or host.startswith("127.") or host.startswith("/"):
        return False  # a unix socket path is local too
    if "." not in host and ":" not in host:
        return False  # a Service or compose service name in the same namespace/network
    return not host.endswith(_IN_CLUSTER_SUFFIXES)


def _sslmode_host(line: str) -> str | None:
    """The remote host a `sslmode=disable` on this line points at, or None when it is not remote/unknown."""
    for m in _DSN_URL.finditer(line):
        if not _SSLMODE_OFF.search(m.group(0)):
            continue
        url = m.group(0).removeprefix("jdbc:")
        try:
            host = urlsplit(url).hostname or ""
        except ValueError:
            continue
        if remote_host(host):
            return host
    kv = _KV_HOST.search(line)
    if kv and remote_host(kv.group(1)):
        return kv.group(1)
    return None


def scan_line(line: str) -> list[str]:
    """The TLS-verification-off settings on one line of code or config."""
    if len(line) > MAX_LINE:
        return []
    found = []
    for pattern, label in _SETTINGS:
        m = pattern.search(line)
        if m:
            found.append(label.format(m.group(1) if m.groups() else m.group(0)))
    if not _COMMENT_LINE.match(line):
        for pattern, label in _CODE_SETTINGS:
            if m := pattern.search(line):
                found.append(label.format(m.group(1) if m.groups() else m.group(0)))
    if _SSLMODE_OFF.search(line):
        host = _sslmode_host(line)
        if host:
            found.append(f"sslmode=disable toward {host}")
    return found


# A package.json script run only by tests: expressjs-template's `"test:smoke": "NODE_TLS_REJECT_UNAUTHORIZED=0 jest -c
# jest.smoke.config.js"` is the smoke test's HTTP client trusting a test environment's certificate, as the Java
# templates' RestAssured.useRelaxedHTTPSValidation() in src/smokeTest is (a test path, never reported).
_JSON_KEY = re.compile(r'[ \t]*"([^"\n]{1,100})"[ \t]*:')
_TEST_SCRIPT = re.compile(r"^(?:pre|post)?(?:test|e2e|smoke|functional|a11y|cypress|playwright|codecept|jest|mocha)\b"
                          r"|[:_-](?:test|tests|e2e|smoke|functional|a11y)\b", re.I)


def _scanned_files(ctx: Context) -> list[str]:
    out = []
    for rel in ctx.files.files:
        name = rel.rsplit("/", 1)[-1]
        if is_test_path(rel):
            continue
        if rel.lower().endswith(SOURCE_SUFFIXES + _CONFIG) or name.startswith(("Dockerfile", ".env")) or name.endswith(
                (".Dockerfile", ".dockerfile")):
            out.append(rel)
    return out


def tls_verification_off(ctx: Context) -> list[TlsOff]:
    facts = ctx.use(code_facts)
    found: dict[tuple[str, int | None], TlsOff] = {}
    for t in facts.tls_verify_off:
        if not t.test:
            found[(t.file, t.line)] = TlsOff(t.file, t.line, t.detail)
    for rel in _scanned_files(ctx):
        text = ctx.files.read_text(rel)
        if not text or "\x00" in text:
            continue
        lowered = text.lower()
        if not any(k in lowered for k in _NEEDED):
            continue  # cheap pre-filter: none of the settings can be on any line
        scripts = rel.rsplit("/", 1)[-1] == "package.json"
        for i, text_line in enumerate(text.splitlines(), 1):
            if scripts and (key := _JSON_KEY.match(text_line)) and _TEST_SCRIPT.search(key.group(1)):
                continue  # `"test:smoke": "NODE_TLS_REJECT_UNAUTHORIZED=0 jest ..."`: a test client's setting
            for setting in scan_line(text_line):
                found.setdefault((rel, i), TlsOff(rel, i, setting))
        for i, setting in scan_text(rel, text):
            found.setdefault((rel, i), TlsOff(rel, i, setting))
    for obj in ctx.use(all_objects).workloads:
        for c in obj.containers():
            env = c.spec.get("env")
            for j, entry in enumerate(env if isinstance(env, list) else []):
                if (isinstance(entry, dict) and entry.get("name") == "NODE_TLS_REJECT_UNAUTHORIZED"
                        and str(entry.get("value")).strip() == "0"):
                    at = obj.line((*c.path, "env", j))
                    found.setdefault((obj.path, at), TlsOff(obj.path, at, "NODE_TLS_REJECT_UNAUTHORIZED=0",
                                                              f"{obj.kind}/{obj.name}"))
    for obj in ctx.use(all_objects).of_kind("Secret", "ConfigMap"):
        for field_path, value in _config_values(obj):
            for setting in scan_line(value):
                at = obj.line(field_path)
                found.setdefault((obj.path, at), TlsOff(obj.path, at, setting, f"{obj.kind}/{obj.name}"))
    # each file's lines are split once, each setting looked for once, and each file asked once whether it reads the
    # peer certificate: per finding, 4,000 findings in one file took 6.3 s (Python) and 1,000 Go ones 4.2 s
    lines: dict[str, list[str]] = {}
    found = {k: _option_branch(ctx, t, lines) for k, t in found.items()}
    turned_on: dict[str, bool] = {}
    switch_lines = frozenset((t.file, t.line) for t in found.values() if t.file.endswith(".go"))
    found = {k: _go_switch(ctx, t, lines, turned_on, switch_lines) for k, t in found.items()}
    # A repository that deploys to Kubernetes runs its compose files on a laptop (the lead's decision on
    # local-development compose credentials, bench/README.md): api-platform-demo's compose.override.yaml lets the
    # development pwa accept Caddy's self-signed certificate. Without Kubernetes material the compose file may be the
    # deployment, and its settings count.
    if any(is_compose_file(t.file) for t in found.values()) and deploys_to_kubernetes(ctx):
        found = {k: dataclasses.replace(t, local=True) if is_compose_file(t.file) else t for k, t in found.items()}
    inspecting = {rel for rel in {t.file for t in found.values()} if _reads_certificate(ctx, rel)}
    if inspecting:
        found = {k: dataclasses.replace(t, inspection=True) if t.file in inspecting and t.object is None else t
                 for k, t in found.items()}
    return sorted(found.values(), key=lambda t: (t.file, t.line or 0))


def _config_values(obj: K8sObject) -> Iterator[tuple[tuple[str, str], str]]:
    """((field, key), text line) for the values the line scan cannot read: a Secret's base64 `data` (decoded;
    values that are not text are skipped), and every value of a Secret or ConfigMap rendered from a chart or
    an overlay (a template line reads `TrustServerCertificate={{ .Values... }}`; the rendered value says true).
    Only the settings are looked for; no value is reported."""
    rendered = obj.origin is not None
    for field_name in ("data", "stringData"):
        entries = obj.body.get(field_name)
        plain_text = field_name == "stringData" or obj.kind == "ConfigMap"
        if not isinstance(entries, dict) or (plain_text and not rendered):
            continue  # a plain manifest's text values are read by the line scan
        for key, value in entries.items():
            if not isinstance(value, str) or len(value) > MAX_LINE * 2:
                continue
            if field_name == "data" and obj.kind == "Secret":
                try:
                    value = base64.b64decode(value, validate=True).decode("utf-8")
                except (binascii.Error, UnicodeDecodeError):
                    continue
            for line in value.splitlines():
                yield (field_name, str(key)), line


_PY_BRANCH = re.compile(r"^\s*(?:el)?if\s+(?:not\s+([A-Za-z_]\w*)|([A-Za-z_]\w*)\s+(?:is|==)\s+False)\s*:\s*$")
_PY_DEF = re.compile(r"^\s*(?:async\s+)?def\s+\w+\(([^)]*)\)")


def _file_lines(ctx: Context, rel: str, lines: dict[str, list[str]]) -> list[str]:
    if rel not in lines:
        lines[rel] = (ctx.files.read_text(rel) or "").splitlines()
    return lines[rel]


def _option_branch(ctx: Context, t: TlsOff, cache: dict[str, list[str]]) -> TlsOff:
    """A Python line under `if <param> is False:` / `if not <param>:` of its function: verification is off only
    when a caller passes that option (opentelemetry-demo's `_ssl_options(tls_certificate)`). The caller that
    passes it is where the decision is; this line is not a fixed switch."""
    if not t.file.endswith(".py") or t.line is None or t.object is not None:
        return t
    lines = _file_lines(ctx, t.file, cache)
    if t.line > len(lines):
        return t
    indent = len(lines[t.line - 1]) - len(lines[t.line - 1].lstrip())
    branch: str | None = None
    for prev in reversed(lines[max(0, t.line - 60): t.line - 1]):
        if not prev.strip() or prev.lstrip().startswith("#"):
            continue
        level = len(prev) - len(prev.lstrip())
        if level >= indent:
            continue
        if branch is None:
            m = _PY_BRANCH.match(prev)
            if not m:
                return t
            branch, indent = m.group(1) or m.group(2), level
            continue
        d = _PY_DEF.match(prev)
        if d:
            params = {p.split(":")[0].split("=")[0].strip().lstrip("*") for p in d.group(1).split(",")}
            return dataclasses.replace(t, option=branch) if branch in params else t
        indent = level
    return t


# gofmt'd Go: `if cfg.X {` / `} else if !cfg.X {` whose condition is one setting, optionally negated
_GO_IF = re.compile(r"^\s*(?:\}\s*else\s+)?if\s+(!?)\s*([A-Za-z_][\w.]{0,200})\s*\{\s*$")
# a setting whose name asks for no verification when it is on (`Insecure`, `SkipTLSVerify`,
# `LOGGING_PLUGIN_TLS_VERIFICATION_DISABLE`), or for verification when it is off (`!cfg.VerifyTLS`)
_OFF_WHEN_ON = re.compile(r"insecure|skip_?(?:tls|ssl|cert|verif)|(?:tls|ssl|cert)_?verif\w*_?(?:disable|skip|off)"
                          r"|no_?verify|disable_?(?:tls|ssl|cert)", re.I)
_OFF_WHEN_OFF = re.compile(r"verif", re.I)


def _go_branch_setting(lines: list[str], line: int) -> str | None:
    """The setting of the innermost enclosing `if` of a Go line (`f.cfg.Insecure`, `!cfg.VerifyTLS`) when that
    condition is one setting named for switching verification off; None otherwise (an `else` branch, a compound
    condition, the function's start reached)."""
    indent = len(lines[line - 1]) - len(lines[line - 1].lstrip())
    for prev in reversed(lines[max(0, line - 60): line - 1]):
        if not prev.strip() or prev.lstrip().startswith("//"):
            continue
        level = len(prev) - len(prev.lstrip())
        if level >= indent:
            continue
        indent = level
        stripped = prev.strip()
        if stripped.startswith("func ") or stripped.startswith("} else {") or level == 0:
            return None
        if re.match(r"(?:\}\s*else\s+)?if\b", stripped):
            m = _GO_IF.match(prev)
            if m is None:
                return None
            name = m.group(2).rsplit(".", 1)[-1]
            wanted = _OFF_WHEN_OFF if m.group(1) else _OFF_WHEN_ON
            return m.group(1) + m.group(2) if wanted.search(name.replace("-", "_")) else None
    return None


def _turned_on(ctx: Context, setting: str, switch_lines: frozenset[tuple[str, int | None]] = frozenset()) -> bool:
    """Whether the repository turns the setting on: `NAME: true` / `NAME=true` / `--name` in its configuration and
    manifests, or a Go flag declared with default true (`Bool("insecure", true, ...)`). Read loosely (any file, any
    key of that name): a doubt keeps the finding."""
    name = setting.lstrip("!").rsplit(".", 1)[-1]
    kebab = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "-", name).replace("_", "-").lower()
    value = r"true|1|yes|on" if not setting.startswith("!") else r"false|0|no|off"
    keys = "|".join(sorted({re.escape(name), re.escape(kebab), re.escape(kebab.replace("-", "_"))}))
    in_config = re.compile(rf"(?<![\w-])(?:{keys})['\"]?\s*[:=]\s*['\"]?(?:{value})\b|(?<![\w-])--(?:{keys})(?![\w-])",
                           re.I)
    # a container env entry spans two lines: `- name: INSECURE` then `value: "true"`
    env_entry = re.compile(rf"\bname:[ \t]*['\"]?(?:{keys})['\"]?[ \t]*\r?\n[ \t]*value:[ \t]*['\"]?(?:{value})\b",
                           re.I)
    default_on = re.compile(rf"\"(?:{keys})\"\s*,\s*(?:{'true' if not setting.startswith('!') else 'false'})\b", re.I)
    # the program setting it itself: `Config{Insecure: true}`, `cfg.Insecure = true`
    on = "true" if not setting.startswith("!") else "false"
    set_in_code = re.compile(rf"\b{re.escape(name)}\s*(?::|=|:=)\s*{on}\b")
    for rel in _scanned_files(ctx):
        text = ctx.files.read_text(rel)
        if not text or "\x00" in text or (name.lower() not in text.lower() and kebab not in text.lower()):
            continue
        if rel.endswith(".go"):
            # the switched lines themselves are not the program turning the setting on: opencost's `if
            # config.HTTPConfig.InsecureSkipVerify { tlsConfig.InsecureSkipVerify = true }` names its setting like the
            # tls.Config field it copies it to
            if default_on.search(text) or any(
                    set_in_code.search(line) for number, line in enumerate(text.splitlines(), 1)
                    if (rel, number) not in switch_lines and len(line) <= MAX_LINE):
                return True
        elif not rel.endswith(SOURCE_SUFFIXES) and (any(in_config.search(x) for x in text.splitlines()
                                                         if len(x) <= MAX_LINE) or env_entry.search(text)):
            return True
    return False


# Settings _turned_on looks for in a scan (each reads every configuration file and manifest): a real repository has a
# switch or two; past this many (a crafted one) a setting counts as turned on, so its lines stay findings.
_MAX_SETTINGS = 16


def _go_switch(ctx: Context, t: TlsOff, cache: dict[str, list[str]], turned_on: dict[str, bool],
               switch_lines: frozenset[tuple[str, int | None]] = frozenset()) -> TlsOff:
    """A Go line under `if <setting> {` where the setting is named for skipping verification (tekton-results' CLI:
    `if f.cfg.Insecure {` behind its --insecure flag, as kubectl's --insecure-skip-tls-verify; its log forwarder's
    `LOGGING_PLUGIN_TLS_VERIFICATION_DISABLE`): verification is off only when someone turns that setting on, and
    when no configuration, manifest or flag default of the repository does, the shipped service verifies. A
    setting the repository turns on, an `else` branch or a compound condition stays a finding."""
    if not t.file.endswith(".go") or t.line is None or t.object is not None:
        return t
    lines = _file_lines(ctx, t.file, cache)
    if t.line > len(lines):
        return t
    setting = _go_branch_setting(lines, t.line)
    if setting is None:
        return t
    if setting not in turned_on:
        turned_on[setting] = len(turned_on) >= _MAX_SETTINGS or _turned_on(ctx, setting, switch_lines)
    if turned_on[setting]:
        return t
    return dataclasses.replace(t, switch=setting)


def _reads_certificate(ctx: Context, rel: str) -> bool:
    if not rel.endswith(SOURCE_SUFFIXES):
        return False
    text = ctx.files.read_text(rel) or ""
    return bool(_INSPECTS_CERT.search(text))
