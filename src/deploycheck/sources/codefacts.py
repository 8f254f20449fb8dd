"""Facts about the service's own source code: env-var reads, logging setup, feature-flag calls, HTTP
calls and their timeouts, JWT decoding, TLS verification, CORS settings, `print()` calls.

Python is read by AST (never imported, never executed); JavaScript/TypeScript, Go and Java by
regular expressions over the text, which is enough for the call shapes we look for and avoids
shipping three more parsers. A source never judges: checks decide what a fact means.
"""

from __future__ import annotations

import ast
import bisect
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from deploycheck.line_numbers import line_at
from deploycheck.safety import is_sensitive_name
from deploycheck.sources.files import MAX_SOURCE_BYTES
from deploycheck.sources.languages import GO_SUFFIXES, JAVA_SUFFIXES, JS_SUFFIXES
from deploycheck.sources.routes_verify import block_at, call_args

if TYPE_CHECKING:
    from deploycheck.context import Context

_TEST_DIRS = frozenset({"tests", "test", "__tests__", "testing", "spec", "e2e", "testdata", "fixtures"})


def is_test_path(rel: str) -> bool:
    """Test code reads env vars and prints freely; checks about the service leave it out."""
    p = PurePosixPath(rel)
    name = p.name
    return bool(_TEST_DIRS.intersection(p.parts[:-1])) or name.startswith("test_") or name == "conftest.py" or (
        p.stem.endswith(("_test", ".test", ".spec")))


# --- the facts --------------------------------------------------------------------------------


@dataclass(frozen=True)
class EnvRead:
    name: str
    file: str
    line: int
    # False: the read fails or crashes when the variable is unset (`os.environ["X"]`, `int(os.getenv("X"))`);
    # None: it yields an empty value the code may handle (Go's Getenv, Java's getenv, Python's bare getenv)
    has_default: bool | None
    via: str  # os.environ[] / os.getenv / pydantic-settings / process.env / os.Getenv / System.getenv
    test: bool = False


@dataclass(frozen=True)
class LoggingFact:
    # structured-lib | plain-lib | stdlib | basicConfig | file-handler | optional-file-handler (a file only when
    # configured, a StreamHandler otherwise) | stream-handler | level-from-env | level-fixed
    # | framework | no-propagate (`<logger>.propagate = False`) | text-formatter (a structured library's records
    # re-written as text lines before they leave the process; detail "<library>: <how>") | text-format,
    # format-choice, log-lib (a Go logging library built to write text, built either way, or only used: _go_log_format)
    # | root-handlers (a dictConfig schema, Django's LOGGING, gives the root logger handlers)
    kind: str
    detail: str
    file: str
    line: int
    test: bool = False


@dataclass(frozen=True)
class FlagUse:
    key: str
    sdk: str  # openfeature | launchdarkly | unleash | flagsmith | growthbook | env
    file: str
    line: int
    test: bool = False


@dataclass(frozen=True)
class HttpCall:
    library: str  # requests | httpx | urllib | fetch
    call: str  # e.g. "requests.get", "client.post"
    file: str
    line: int
    timeout: str  # explicit | client | none | disabled (timeout=None) | library-default
    test: bool = False


@dataclass(frozen=True)
class JwtDecode:
    library: str  # PyJWT | python-jose | authlib | jsonwebtoken | ...
    file: str
    line: int
    verify_disabled: bool
    alg_none: bool
    algorithms_given: bool
    audience: bool
    issuer: bool
    test: bool = False
    # PyJWT with only HMAC algorithms (HS256/384/512): the key expression as written (`self.settings["secret"]`),
    # to tell tokens the service signs itself with that same key (jwt_signing_keys) from tokens of an issuer
    hmac_key: str | None = None


@dataclass(frozen=True)
class CodeLocation:
    file: str
    line: int
    detail: str
    test: bool = False


@dataclass(frozen=True)
class CorsSetting:
    file: str
    line: int
    any_origin: bool
    credentials: bool
    framework: str
    test: bool = False
    origins_from: str | None = None  # the origins are this name or attribute (`settings.allowed_hosts`), not a literal


@dataclass
class CodeFacts:
    env_reads: list[EnvRead] = field(default_factory=list)
    env_prefixes: list[EnvRead] = field(default_factory=list)  # dynamic reads: name = constant prefix
    env_dynamic: list[CodeLocation] = field(default_factory=list)  # reads of a computed name: getenv(var)
    logging: list[LoggingFact] = field(default_factory=list)
    # dictConfig formatters that name a JSON library by dotted path, by formatter name, and the formatter names the
    # handlers use (anywhere: cla-public's deployment.py sets LOGGING["handlers"]["console"]["formatter"] = "logstash")
    json_formatters: dict[str, list[LoggingFact]] = field(default_factory=dict)
    formatters_used: set[str] = field(default_factory=set)
    flags: list[FlagUse] = field(default_factory=list)
    flag_sdks: set[str] = field(default_factory=set)  # SDKs imported anywhere
    http_calls: list[HttpCall] = field(default_factory=list)
    jwt_decodes: list[JwtDecode] = field(default_factory=list)
    # key expressions (as written) that production code signs PyJWT tokens with: jwt.encode(..., key=K, algorithm=HS*)
    jwt_signing_keys: set[str] = field(default_factory=set)
    auth_libraries: list[CodeLocation] = field(default_factory=list)  # imports of auth/OIDC libraries
    tls_verify_off: list[CodeLocation] = field(default_factory=list)
    cors: list[CorsSetting] = field(default_factory=list)
    # names whose literal default holds "*" (`allowed_hosts: List[str] = ["*"]` in a settings class, `ORIGINS =
    # ["*"]`): name -> (file, line); how a CORS origin list that names a setting is resolved
    star_defaults: dict[str, tuple[str, int]] = field(default_factory=dict)
    secret_logs: list[CodeLocation] = field(default_factory=list)  # log calls formatting secret-named values
    # log/print calls whose argument is a whole configuration object (`fmt.Println("CONFIG:", cfg)`): a secret leak
    # when that configuration holds secrets, which the check decides from what the code reads
    config_dumps: list[CodeLocation] = field(default_factory=list)
    prints: list[CodeLocation] = field(default_factory=list)
    files_by_language: dict[str, list[str]] = field(default_factory=dict)
    problems: list[CodeLocation] = field(default_factory=list)  # files that could not be read/parsed

    @property
    def source_files(self) -> int:
        return sum(len(v) for v in self.files_by_language.values())


# --- Python, by AST ---------------------------------------------------------------------------

_LOG_METHODS = frozenset({"debug", "info", "warning", "warn", "error", "exception", "critical", "fatal", "log",
                          "msg"})
# `tolerations_group_key`, `affinity_config_key`, `cache_key` (kubeflow's spawner form): a `*_key` named for what it
# looks up is a map or config key, not key material (`api_key`, `signing_key` still count).
_LOOKUP_KEY = re.compile(r"(?:group|config|map|dict|cache|lookup|sort|partition|idempotency|primary|foreign|label|"
                         r"annotation|field|column|attr|form|setting|settings|metadata|header|query|param|routing|row|"
                         r"index|bucket|object|translation|event|node|state)_key$", re.I)
# Secret-named words that name where or what the secret is, not its value: the token endpoint's URL
# (binderhub's `token_url`, logged on every registry request), a key's file or path, a secret's name or id
_ABOUT_A_SECRET = re.compile(r"[_.-]?(?:url|uri|endpoint|path|file|filename|name|id|type|length|len|count|ttl|expiry|"
                             r"expires|expires_at|expires_in)$", re.I)


def _secret_value_name(name: str) -> bool:
    """A name that holds a secret's value (a password, a token), not a lookup key or a word about the secret."""
    return (is_sensitive_name(name) and not _LOOKUP_KEY.search(name)
            and not (_ABOUT_A_SECRET.search(name) and _ABOUT_A_SECRET.sub("", name)))


_LOGGER_NAMES = re.compile(r"^(_?log(ger)?|_?LOG(GER)?|logging|structlog|log_|.*_log(ger)?)$")
_HMAC_ALG = re.compile(r"HS(?:256|384|512)")
_STRUCTURED_PY = {"structlog": "structlog", "pythonjsonlogger": "python-json-logger",
                  "json_log_formatter": "json-log-formatter", "ecs_logging": "ecs-logging",
                  "logstash_formatter": "logstash-formatter"}
# Logging libraries whose default output is plain text: structured only where the code says so (loguru:
# `logger.add(sink, serialize=True)` or a handler dict with "serialize": True).
_PLAIN_BY_DEFAULT_PY = {"loguru": "loguru"}
_FILE_HANDLERS = frozenset({"FileHandler", "RotatingFileHandler", "TimedRotatingFileHandler", "WatchedFileHandler"})
_FLAG_SDKS_PY = {"openfeature": "openfeature", "ldclient": "launchdarkly", "UnleashClient": "unleash",
                 "flagsmith": "flagsmith", "growthbook": "growthbook"}
# Method -> SDK. The unambiguous OpenFeature names count everywhere; the generic ones (is_enabled,
# variation, ...) only in files that import the SDK, or they would match any object's method.
_OPENFEATURE_METHODS = frozenset(f"get_{t}_{s}" for t in ("boolean", "string", "integer", "float", "object")
                                 for s in ("value", "details"))
_GENERIC_FLAG_METHODS = {"variation": "launchdarkly", "variation_detail": "launchdarkly",
                         "is_enabled": "unleash", "get_variant": "unleash",
                         "is_feature_enabled": "flagsmith", "get_feature_value": "flagsmith",
                         "is_on": "growthbook", "is_off": "growthbook", "eval_feature": "growthbook"}
_WRAPPER_FLAG_METHODS = frozenset({"enabled", "is_enabled", "is_on", "is_active", "active", "get", "value",
                                   "variation", "evaluate"})
_FLAGGY = re.compile(r"(^|[._])(flags?|features?|feature_flags|toggles?|ff)$", re.I)
_HTTP_VERBS = frozenset({"get", "post", "put", "patch", "delete", "head", "options", "request", "stream"})
_AUTH_LIBS_PY = ("jwt", "jose", "authlib", "fastapi.security", "flask_login", "flask_jwt_extended",
                 "flask_httpauth", "django.contrib.auth", "rest_framework.permissions",
                 "rest_framework_simplejwt", "keycloak", "fastapi_users", "oauthlib", "msal",
                 "fastapi_azure_auth", "starlette.authentication")
_LOG_LEVEL_ATTR = re.compile(r"^(log_?level|loglevel|logging_level)$", re.I)  # settings.log_level
_LOG_LEVEL_ENV = re.compile(r"(^|_)(LOG_?LEVEL|LOGLEVEL|LOGGING_LEVEL|VERBOSITY|DEBUG)$", re.I)
_DJANGO_SETTINGS_NAMES = frozenset({"INSTALLED_APPS", "MIDDLEWARE", "MIDDLEWARE_CLASSES", "ROOT_URLCONF"})


def _django_debug_is_not_a_level(tree: ast.Module) -> bool:
    """A Django settings module whose DEBUG comes from the environment: Django's debug mode (error pages,
    query log), not the log level, unless the module's LOGGING levels are computed from DEBUG."""
    assigned = {t.id for node in tree.body if isinstance(node, (ast.Assign, ast.AnnAssign))
                for t in (node.targets if isinstance(node, ast.Assign) else [node.target]) if isinstance(t, ast.Name)}
    if "DEBUG" not in assigned or not assigned & _DJANGO_SETTINGS_NAMES:
        return False
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            levels = [v for k, v in zip(node.keys, node.values, strict=True)
                      if isinstance(k, ast.Constant) and k.value == "level" and v is not None]
            if any(isinstance(n, ast.Name) and n.id == "DEBUG" for v in levels for n in ast.walk(v)):
                return False
    return True


def _dotted(node: ast.AST) -> str | None:
    """`a.b.c` for a Name/Attribute chain, else None."""
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return ".".join(reversed(parts))
    return None


def _const_str(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _kw(call: ast.Call, name: str) -> ast.expr | None:
    for kw in call.keywords:
        if kw.arg == name:
            return kw.value
    return None


def _is_false(node: ast.AST | None) -> bool:
    return isinstance(node, ast.Constant) and node.value is False


def _short_value(node: ast.expr) -> str:
    return _dotted(node) or repr(getattr(node, "value", "?"))


def _root_logger_target(target: ast.expr) -> bool:
    """`LOGGING["root"]` or `LOGGING["loggers"][""]`: the root logger of a dictConfig schema."""
    if not isinstance(target, ast.Subscript):
        return False
    if _const_str(target.slice) == "root":
        return isinstance(target.value, ast.Name | ast.Attribute)
    inner = target.value
    return _const_str(target.slice) == "" and isinstance(inner, ast.Subscript) and _const_str(inner.slice) == "loggers"


def _with_handlers(node: ast.AST | None) -> bool:
    """A dictConfig logger entry naming at least one handler: {"handlers": ["console"], ...}."""
    if not isinstance(node, ast.Dict):
        return False
    handlers = next((v for k, v in zip(node.keys, node.values, strict=True) if _const_str(k) == "handlers"), None)
    return isinstance(handlers, ast.List | ast.Tuple) and bool(handlers.elts)


def _is_none(node: ast.AST | None) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


def _is_environ(node: ast.AST) -> bool:
    name = _dotted(node)
    return name is not None and (name == "environ" or name.endswith(".environ"))


# Callables that raise on None: `int(os.getenv("PORT"))` needs PORT set.
_NONE_ERRORS = frozenset({"TypeError", "AttributeError", "Exception", "BaseException"})


def _catches_none_errors(handler: ast.ExceptHandler) -> bool:
    """An `except` clause that catches what using None as a value raises (a bare `except:` too) and carries on:
    one that raises again or exits makes the variable as required as no handler does."""
    if any(isinstance(n, ast.Raise) or (isinstance(n, ast.Call) and (_dotted(n.func) or "").rsplit(".", 1)[-1]
                                        in ("exit", "_exit", "abort")) for n in ast.walk(handler)):
        return False
    if handler.type is None:
        return True
    names = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
    return any((dotted := _dotted(n)) is not None and dotted.rsplit(".", 1)[-1] in _NONE_ERRORS for n in names)


_NONE_UNSAFE_CALLS = frozenset({"int", "float", "json.loads", "pathlib.Path", "Path", "open", "bytes.fromhex",
                                "base64.b64decode"})


def _handler_calls(statements: list[ast.stmt]) -> dict[int, str]:
    """id(call) -> class name of the logging handler constructors (`RotatingFileHandler(...)`,
    `logging.StreamHandler()`) in these statements."""
    out: dict[int, str] = {}
    for statement in statements:
        for node in ast.walk(statement):
            if isinstance(node, ast.Call):
                name = node.func.attr if isinstance(node.func, ast.Attribute) else \
                    node.func.id if isinstance(node.func, ast.Name) else None
                if name in _FILE_HANDLERS or name == "StreamHandler":
                    out[id(node)] = name
    return out


class _PyVisitor(ast.NodeVisitor):
    def __init__(self, rel: str, facts: CodeFacts) -> None:
        self.rel = rel
        self.facts = facts
        self.test = is_test_path(rel)
        self.imports: dict[str, str] = {}  # local name -> full module/object path
        self.clients: dict[str, tuple[str, str]] = {}  # variable -> (library, timeout status)
        self.env_readers: set[str] = set()  # variables bound to environ.Env() (django-environ)
        self.main_guard_depth = 0
        # file-handler calls on one branch of an `if` whose other branch makes a StreamHandler: the destination is a
        # setting, the stream the default (patroni's log.py: RotatingFileHandler only `if 'dir' in config`)
        self.optional_file_handlers: set[int] = set()
        # per enclosing function: its parameters whose default is None (`def set_up_logging(log_file=None)`)
        self.none_default_params: list[frozenset[str]] = []
        # Calls whose result is used where None raises (`int(os.getenv("X"))`, `os.getenv("X").split(",")`):
        # a bare `os.getenv` there is a hard requirement, elsewhere None is a value the code handles.
        self.none_unsafe: set[int] = set()
        self.or_default: set[int] = set()  # `os.getenv("X") or "fallback"`
        # inside a `try:` whose handler catches what None raises there (TypeError, AttributeError, Exception):
        # `try: indent = int(os.getenv("JSON_INDENT_LOGGING")) except (TypeError, ValueError): indent = None`
        self.none_caught_depth = 0
        # HTTP calls that forward the enclosing function's **kwargs (`def send(url, **kw): requests.get(url, **kw)`):
        # judged at that function's callers in the module (resolve_forwarded)
        self.functions: list[tuple[str, str | None]] = []  # enclosing (function name, its **kwargs name)
        self.forwarded: list[tuple[str, HttpCall]] = []
        # bare `key` variables of this file assigned from a secret-named value (`key = settings.SECRET_KEY`): only
        # those are secrets when logged; `key = f"{provider_prefix}:{spec}"` (binderhub's builder.py) is a map key
        self.secret_keys: set[str] = set()
        self.calls_by_name: dict[str, list[tuple[int, str | None]]] = {}  # name -> (line, its timeout= status)

    # imports

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self.imports[(alias.asname or alias.name).split(".")[0]] = alias.name if alias.asname else \
                alias.name.split(".")[0]
            self._note_import(alias.name, node.lineno)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        module = node.module or ""
        for alias in node.names:
            self.imports[alias.asname or alias.name] = f"{module}.{alias.name}" if module else alias.name
        self._note_import(module, node.lineno)

    def _note_import(self, module: str, line: int) -> None:
        top = module.split(".")[0]
        if top in _STRUCTURED_PY:
            self.facts.logging.append(LoggingFact("structured-lib", _STRUCTURED_PY[top], self.rel, line, self.test))
        elif top in _PLAIN_BY_DEFAULT_PY:
            self.facts.logging.append(LoggingFact("plain-lib", _PLAIN_BY_DEFAULT_PY[top], self.rel, line, self.test))
        if top in _FLAG_SDKS_PY:
            self.facts.flag_sdks.add(_FLAG_SDKS_PY[top])
            self.file_flag_sdk = _FLAG_SDKS_PY[top]
        if any(module == lib or module.startswith(lib + ".") for lib in _AUTH_LIBS_PY):
            self.facts.auth_libraries.append(CodeLocation(self.rel, line, module, self.test))

    file_flag_sdk: str | None = None

    def _resolve(self, dotted: str) -> str:
        head, _, rest = dotted.partition(".")
        base = self.imports.get(head, head)
        return f"{base}.{rest}" if rest else base

    # env reads

    def _env(self, name: str | None, node: ast.AST, has_default: bool | None, via: str,
             arg: ast.AST | None = None) -> None:
        prefix = _constant_prefix(arg) if name is None and arg is not None else None
        if prefix:
            self.facts.env_prefixes.append(EnvRead(prefix, self.rel, getattr(node, "lineno", 1), has_default, via,
                                                   self.test))
        elif name is None and arg is not None and not isinstance(arg, ast.Constant):
            self.facts.env_dynamic.append(CodeLocation(self.rel, getattr(node, "lineno", 1), via, self.test))
        if name:
            self.facts.env_reads.append(EnvRead(name, self.rel, getattr(node, "lineno", 1), has_default, via,
                                                self.test))

    def visit_Subscript(self, node: ast.Subscript) -> None:
        if isinstance(node.ctx, ast.Load) and _is_environ(node.value):
            self._env(_const_str(node.slice), node, False, "os.environ[]", node.slice)
        if isinstance(node.value, ast.Call):
            self.none_unsafe.add(id(node.value))
        self.generic_visit(node)

    def visit_Attribute(self, node: ast.Attribute) -> None:
        if isinstance(node.value, ast.Call):
            self.none_unsafe.add(id(node.value))
        self.generic_visit(node)

    def visit_BoolOp(self, node: ast.BoolOp) -> None:
        if isinstance(node.op, ast.Or):
            self.or_default.update(id(value) for value in node.values[:-1] if isinstance(value, ast.Call))
        self.generic_visit(node)

    def visit_BinOp(self, node: ast.BinOp) -> None:
        if isinstance(node.op, ast.Add):
            self.none_unsafe.update(id(side) for side in (node.left, node.right) if isinstance(side, ast.Call))
        self.generic_visit(node)

    def visit_Compare(self, node: ast.Compare) -> None:
        # `"X" in os.environ`: an optional read, the code handles its absence
        if (len(node.ops) == 1 and isinstance(node.ops[0], ast.In | ast.NotIn)
                and _is_environ(node.comparators[0])):
            self._env(_const_str(node.left), node, True, "in os.environ")
        self.generic_visit(node)

    def visit_Try(self, node: ast.Try | ast.TryStar) -> None:
        caught = any(_catches_none_errors(h) for h in node.handlers)
        self.none_caught_depth += caught
        for stmt in node.body:
            self.visit(stmt)
        self.none_caught_depth -= caught
        for part in (*node.handlers, *node.orelse, *node.finalbody):
            self.visit(part)

    visit_TryStar = visit_Try

    def visit_If(self, node: ast.If) -> None:
        body = _handler_calls(node.body)
        if body and (orelse := _handler_calls(node.orelse)):
            for one, other in ((body, orelse), (orelse, body)):
                if "StreamHandler" in other.values():
                    self.optional_file_handlers |= {key for key, name in one.items() if name in _FILE_HANDLERS}
        test = node.test
        is_main = (isinstance(test, ast.Compare) and isinstance(test.left, ast.Name) and test.left.id == "__name__")
        if is_main:
            self.main_guard_depth += 1
        self.generic_visit(node)
        if is_main:
            self.main_guard_depth -= 1

    # calls

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        dotted = _dotted(func)
        full = self._resolve(dotted) if dotted else None
        attr = func.attr if isinstance(func, ast.Attribute) else (func.id if isinstance(func, ast.Name) else None)
        first = _const_str(node.args[0]) if node.args else None
        self._env_call(node, func, full, first)
        self._logging_call(node, func, full, attr)
        self._flag_call(node, attr, first)
        self._http_call(node, func, dotted, full, attr)
        self._jwt_call(node, full)
        self._cors_call(node, full, attr)
        verify = _kw(node, "verify")
        if _is_false(verify) and not (full or "").endswith("decode"):
            self.facts.tls_verify_off.append(CodeLocation(self.rel, node.lineno, f"{dotted or attr}(verify=False)",
                                                          self.test))
        if full in ("ssl._create_unverified_context",):
            self.facts.tls_verify_off.append(CodeLocation(self.rel, node.lineno, full, self.test))
        self.generic_visit(node)

    def _env_call(self, node: ast.Call, func: ast.expr, full: str | None, first: str | None) -> None:
        if full in _NONE_UNSAFE_CALLS and node.args:
            self.none_unsafe.add(id(node.args[0]))
        has_default = len(node.args) >= 2 or _kw(node, "default") is not None
        # `os.getenv("X")` gives None when X is unset: a requirement only where None cannot be used
        # (the healthchecks settings read ~30 optional integrations that way; None switches them off)
        unset: bool | None = True if id(node) in self.or_default else False if (
            id(node) in self.none_unsafe and not self.none_caught_depth) else None
        if full in ("os.getenv", "os.environ.get", "os.getenvb"):
            given = has_default and not _is_none(node.args[1] if len(node.args) > 1 else None)
            self._env(first, node, True if given else unset, full, node.args[0] if node.args else None)
        elif isinstance(func, ast.Attribute) and func.attr in ("get", "setdefault", "pop") and _is_environ(func.value):
            if has_default or func.attr == "setdefault":
                self._env(first, node, True, "environ." + func.attr, node.args[0] if node.args else None)
            else:  # environ.pop("X") without a default raises KeyError like environ["X"]
                self._env(first, node, unset if func.attr == "get" else False, "environ." + func.attr,
                          node.args[0] if node.args else None)
        elif full and full.endswith(".getenv") and full.startswith("os"):
            self._env(first, node, True if has_default else unset, "os.getenv")
        elif full in ("decouple.config", "starlette.config.Config") or (
                isinstance(func, ast.Name) and func.id in self.env_readers):
            # python-decouple `config("X", default=...)`, django-environ `env("X", default=...)`
            self._env(first, node, has_default, full or "env()")
        elif isinstance(func, ast.Attribute) and _dotted(func.value) in self.env_readers and func.attr in (
                "str", "int", "bool", "float", "list", "dict", "json", "url", "db", "db_url", "cache", "cache_url",
                "email_url", "path", "tuple", "search_url", "get_value"):
            self._env(first, node, has_default, f"env.{func.attr}")

    def _logging_call(self, node: ast.Call, func: ast.expr, full: str | None, attr: str | None) -> None:
        test = self.test
        if full == "logging.basicConfig":
            filename = _kw(node, "filename")
            if (isinstance(filename, ast.Name) and self.none_default_params
                    and filename.id in self.none_default_params[-1]):
                # `basicConfig(filename=log_file)` with `log_file=None` by default: a file only when a caller asks
                # for one (an optional --log-file), else stderr (patroni's barman helper, set_up_logging)
                self.facts.logging.append(LoggingFact("optional-file-handler", "logging.basicConfig(filename=<optional "
                                                      f"parameter {filename.id}>)", self.rel, node.lineno, test))
            elif filename is not None and not _is_none(filename):
                # force=True replaces the root logger's handlers; without it basicConfig does nothing once the root
                # logger has one (checks/rollout/logging.py reads this detail for Django's LOGGING root handlers)
                forced = _kw(node, "force")
                detail = "logging.basicConfig(filename=...)" if forced is None or _is_false(forced) else \
                    "logging.basicConfig(filename=..., force=...)"
                self.facts.logging.append(LoggingFact("file-handler", detail, self.rel, node.lineno, test))
            else:
                self.facts.logging.append(LoggingFact("basicConfig", "logging.basicConfig", self.rel, node.lineno,
                                                      test))
            level = _kw(node, "level")
            if level is not None and self._mentions_env(level):
                self.facts.logging.append(LoggingFact("level-from-env", "basicConfig(level=<env>)", self.rel,
                                                      node.lineno, test))
            elif level is not None:  # where the code fixes the level, for a reader of "nothing reads it"
                self.facts.logging.append(LoggingFact("level-fixed", f"basicConfig(level={ast.unparse(level)})",
                                                      self.rel, node.lineno, test))
        elif attr in _FILE_HANDLERS and id(node) in self.optional_file_handlers:
            self.facts.logging.append(LoggingFact("optional-file-handler", attr, self.rel, node.lineno, test))
        elif attr in _FILE_HANDLERS:
            self.facts.logging.append(LoggingFact("file-handler", attr, self.rel, node.lineno, test))
        elif attr == "StreamHandler":
            self.facts.logging.append(LoggingFact("stream-handler", "StreamHandler", self.rel, node.lineno, test))
        elif (full or "").startswith("loguru.") and attr in ("add", "configure") and _serializes(node):
            self.facts.logging.append(LoggingFact("structured-lib", "loguru serialize=True", self.rel, node.lineno,
                                                  test))
        elif full in ("logging.config.dictConfig", "logging.config.fileConfig", "structlog.configure",
                      "logging.getLogger"):
            self.facts.logging.append(LoggingFact("stdlib" if full.startswith("logging") else "structured-lib",
                                                  full, self.rel, node.lineno, test))
        if attr in ("setLevel", "make_filtering_bound_logger", "basicConfig") and node.args and self._mentions_env(
                node.args[0]):
            self.facts.logging.append(LoggingFact("level-from-env", f"{attr}(<env>)", self.rel, node.lineno, test))
        elif attr == "setLevel" and len(node.args) == 1 and isinstance(node.args[0], (ast.Attribute, ast.Constant)):
            self.facts.logging.append(LoggingFact("level-fixed", f"{ast.unparse(func)}({ast.unparse(node.args[0])})",
                                                  self.rel, node.lineno, test))
        if isinstance(func, ast.Name) and func.id == "print" and not self.main_guard_depth:
            self.facts.prints.append(CodeLocation(self.rel, node.lineno, "print()", test))
        if isinstance(func, ast.Attribute) and attr in _LOG_METHODS:
            owner = _dotted(func.value) or (_dotted(func.value.func) if isinstance(func.value, ast.Call) else None)
            if owner and _LOGGER_NAMES.match(owner.split(".")[-1]):
                names = sorted(self._sensitive_names(node))
                if names:
                    self.facts.secret_logs.append(CodeLocation(self.rel, node.lineno,
                                                               f"{owner}.{attr}(... {', '.join(names)} ...)", test))

    def _sensitive_names(self, call: ast.Call) -> set[str]:
        """Names of secret-looking variables a log call formats (args, f-string parts, keywords)."""
        found: set[str] = set()
        candidates: list[ast.AST] = list(call.args[1:]) if call.args else []
        if call.args and isinstance(call.args[0], ast.JoinedStr):
            candidates += [v.value for v in call.args[0].values if isinstance(v, ast.FormattedValue)]
        for kw in call.keywords:
            if kw.arg and kw.arg not in ("exc_info", "extra", "stack_info", "stacklevel"):
                if _secret_value_name(kw.arg):
                    found.add(kw.arg)
                candidates.append(kw.value)
        for node in candidates:
            name = _dotted(node)
            last = name.split(".")[-1] if name else ""
            if name and (_secret_value_name(last) if last.lower() != "key" else last.lower() in self.secret_keys):
                found.add(name)
        return found

    def _mentions_env(self, node: ast.AST) -> bool:
        for sub in ast.walk(node):
            dotted = _dotted(sub.func) if isinstance(sub, ast.Call) else None
            if dotted and (dotted.endswith("getenv") or (dotted.endswith(".get") and "environ" in dotted)):
                return True
            if isinstance(sub, ast.Subscript) and _is_environ(sub.value):
                return True
            name = _dotted(sub)
            if name and _LOG_LEVEL_ATTR.search(name.split(".")[-1]):
                return True  # settings.log_level: a settings field, itself read from the environment
        return False

    def _flag_call(self, node: ast.Call, attr: str | None, first: str | None) -> None:
        if not attr or not first:
            return
        if attr in _OPENFEATURE_METHODS:
            sdk: str | None = "openfeature"
        elif attr in _GENERIC_FLAG_METHODS and self.file_flag_sdk:
            sdk = self.file_flag_sdk
        elif attr in _WRAPPER_FLAG_METHODS and isinstance(node.func, ast.Attribute) and _FLAGGY.search(
                _dotted(node.func.value) or ""):
            sdk = "custom"  # the service's own wrapper: `flags.enabled("x")`, `features.is_on("x")`
        else:
            sdk = None
        if sdk:
            self.facts.flags.append(FlagUse(first, sdk, self.rel, node.lineno, self.test))

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self.functions.append((node.name, node.args.kwarg.arg if node.args.kwarg else None))
        args = node.args
        positional = args.posonlyargs + args.args
        defaults = list(zip(positional[len(positional) - len(args.defaults):], args.defaults, strict=True))
        defaults += [(a, d) for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True) if d is not None]
        self.none_default_params.append(frozenset(a.arg for a, d in defaults if _is_none(d)))
        self.generic_visit(node)
        self.none_default_params.pop()
        self.functions.pop()

    visit_AsyncFunctionDef = visit_FunctionDef

    def _record_http(self, node: ast.Call, call: HttpCall) -> None:
        """An HTTP call; one without a timeout that forwards its function's **kwargs waits for the callers."""
        fn, kwarg = self.functions[-1] if self.functions else ("", None)
        forwards = kwarg is not None and any(k.arg is None and isinstance(k.value, ast.Name) and k.value.id == kwarg
                                             for k in node.keywords)
        if call.timeout == "none" and forwards:
            self.forwarded.append((fn, call))
        else:
            self.facts.http_calls.append(call)

    def resolve_forwarded(self) -> None:
        """Every caller in the module passes timeout=: the forwarded call has one (said so); each caller that
        passes none is the call without a timeout; no caller in the module: the call as it stands."""
        for fn, call in self.forwarded:
            # a wrapper named like a verb (`def get(self, **kw)`) shares its name with dict.get and the like
            callers = self.calls_by_name.get(fn, []) if fn not in _HTTP_VERBS else []
            missing = [(line, status) for line, status in callers if status != "explicit"]
            if callers and not missing:
                self.facts.http_calls.append(HttpCall(call.library, f"{call.call} (timeout= from every caller of "
                                                      f"{fn})", call.file, call.line, "explicit", call.test))
            for line, status in missing:
                self.facts.http_calls.append(HttpCall(call.library, f"{fn} -> {call.call}", call.file, line,
                                                      "disabled" if status == "disabled" else "none", call.test))
            if not callers:
                self.facts.http_calls.append(call)

    def _http_call(self, node: ast.Call, func: ast.expr, dotted: str | None, full: str | None,
                   attr: str | None) -> None:
        timeout = _kw(node, "timeout")
        explicit = "disabled" if _is_none(timeout) else ("explicit" if timeout is not None else None)
        if attr:
            self.calls_by_name.setdefault(attr, []).append((node.lineno, explicit))
        if full and full.split(".")[0] in ("requests", "httpx") and attr in _HTTP_VERBS and full.count(".") == 1:
            lib = full.split(".")[0]
            status = explicit or ("library-default" if lib == "httpx" else "none")
            self._record_http(node, HttpCall(lib, full, self.rel, node.lineno, status, self.test))
        elif full in ("urllib.request.urlopen",):
            status = explicit or ("explicit" if len(node.args) >= 3 else "none")
            self._record_http(node, HttpCall("urllib", full, self.rel, node.lineno, status, self.test))
        elif isinstance(func, ast.Attribute) and attr in _HTTP_VERBS and dotted:
            owner = dotted.rsplit(".", 1)[0]
            client = self.clients.get(owner)
            if client:
                lib, client_timeout = client
                status = explicit or client_timeout
                self._record_http(node, HttpCall(lib, dotted, self.rel, node.lineno, status, self.test))
        elif isinstance(func, ast.Attribute) and attr in _HTTP_VERBS and isinstance(func.value, ast.Call):
            # `requests.Session().get(url)`, `httpx.Client().post(...)`: a client made for one call
            made = self._client_kind(func.value)
            if made:
                lib, client_timeout = made
                shown = f"{_dotted(func.value.func)}().{attr}"
                self._record_http(node, HttpCall(lib, shown, self.rel, node.lineno, explicit or client_timeout,
                                                 self.test))
        elif attr == "mount" and isinstance(func, ast.Attribute) and dotted:
            # a requests Session's transport adapter that applies a timeout (`TimeoutHTTPAdapter(timeout=5)`,
            # requests' documented way to give a Session a default): the session's calls have one
            owner = dotted.rsplit(".", 1)[0]
            adapter = node.args[1] if len(node.args) > 1 else _kw(node, "adapter")
            if (self.clients.get(owner, ("", ""))[0] == "requests" and isinstance(adapter, ast.Call)
                    and _kw(adapter, "timeout") is not None and not _is_none(_kw(adapter, "timeout"))):
                self.clients[owner] = ("requests", "client")

    def _client_kind(self, value: ast.AST) -> tuple[str, str] | None:
        if not isinstance(value, ast.Call):
            return None
        dotted = _dotted(value.func)
        full = self._resolve(dotted) if dotted else ""
        if full in ("requests.Session", "requests.session", "requests.sessions.Session"):
            return "requests", "none"  # a Session has no default timeout: each call needs one
        if full in ("httpx.Client", "httpx.AsyncClient"):
            timeout = _kw(value, "timeout")
            if timeout is None:
                return "httpx", "library-default"
            return "httpx", "disabled" if _is_none(timeout) else "client"
        return None

    def _bind_client(self, target: ast.AST, value: ast.AST) -> None:
        kind = self._client_kind(value)
        name = _dotted(target)
        if name and isinstance(value, ast.Call) and self._resolve(_dotted(value.func) or "") == "environ.Env":
            self.env_readers.add(name)
        if kind and name:
            self.clients[name] = kind
        elif self._client_default(target, value):
            pass
        elif name in self.clients:
            del self.clients[name]  # the name now holds something else (`s = redis.Redis()`): its .get is no HTTP call

    def _client_default(self, target: ast.AST, value: ast.AST) -> bool:
        """An assignment that gives a known client a default timeout: `client.timeout = 10` (httpx honours it;
        requests ignores a Session's `timeout` attribute), `s.request = functools.partial(s.request,
        timeout=5)`. True when handled."""
        if not isinstance(target, ast.Attribute):
            return False
        owner = _dotted(target.value) or ""
        lib = self.clients.get(owner, ("", ""))[0]
        if lib == "httpx" and target.attr == "timeout":
            self.clients[owner] = ("httpx", "disabled" if _is_none(value) else "client")
            return True
        if (lib and target.attr == "request" and isinstance(value, ast.Call)
                and (_dotted(value.func) or "").endswith("partial") and _kw(value, "timeout") is not None
                and not _is_none(_kw(value, "timeout"))):
            self.clients[owner] = (lib, "client")
            return True
        return False

    def visit_Assign(self, node: ast.Assign) -> None:
        if any(isinstance(t, ast.Name) and t.id.lower() == "key" for t in node.targets) and any(
                (name := _dotted(sub)) and _secret_value_name(name.split(".")[-1])
                for sub in ast.walk(node.value) if isinstance(sub, ast.Name | ast.Attribute)):
            self.secret_keys.add("key")
        for target in node.targets:
            self._bind_client(target, node.value)
            self._tls_off_assignment(target, node.value, node.lineno)
            if isinstance(target, ast.Attribute) and target.attr == "propagate" and _is_false(node.value):
                # a logger cut off from the root handlers: a separate channel when the file gives it its own sinks
                self.facts.logging.append(LoggingFact("no-propagate", _dotted(target) or "propagate", self.rel,
                                                      node.lineno, self.test))
            self._star_default(target, node.value, node.lineno)
            # LOGGING["loggers"][""] = {"handlers": ["console"], ...} (laa-legal-adviser-api's settings/base.py)
            if _root_logger_target(target) and _with_handlers(node.value):
                self.facts.logging.append(LoggingFact("root-handlers", f"{ast.unparse(target)[:80]} handlers",
                                                      self.rel, node.lineno, self.test))
            # LOGGING["handlers"]["console"]["formatter"] = "logstash" (cla-public's deployment settings)
            if isinstance(target, ast.Subscript) and _const_str(target.slice) == "formatter" \
                    and (used := _const_str(node.value)):
                self.facts.formatters_used.add(used)
        self._django_cors(node)
        self.generic_visit(node)

    def _tls_off_assignment(self, target: ast.expr, value: ast.expr, line: int) -> None:
        """`session.verify = False` (requests), `ctx.check_hostname = False` and `ctx.verify_mode = ssl.CERT_NONE`
        (an ssl context): verification switched off by assignment instead of by a call's keyword."""
        if not isinstance(target, ast.Attribute):
            return
        off = ((target.attr in ("verify", "check_hostname") and _is_false(value))
               or (target.attr == "verify_mode" and (_dotted(value) or "").endswith("CERT_NONE")))
        if off:
            shown = f"{_dotted(target) or target.attr} = {_short_value(value)}"
            self.facts.tls_verify_off.append(CodeLocation(self.rel, line, shown, self.test))

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        if node.value is not None:
            self._bind_client(node.target, node.value)
            self._star_default(node.target, node.value, node.lineno)
        self.generic_visit(node)

    def _star_default(self, target: ast.expr, value: ast.expr, line: int) -> None:
        if (isinstance(target, ast.Name) and isinstance(value, ast.List | ast.Tuple | ast.Set | ast.Constant)
                and _contains_star(value) and not self.test):
            self.facts.star_defaults.setdefault(target.id, (self.rel, line))

    def visit_With(self, node: ast.With | ast.AsyncWith) -> None:
        for item in node.items:
            if item.optional_vars is not None:
                self._bind_client(item.optional_vars, item.context_expr)
        self.generic_visit(node)

    visit_AsyncWith = visit_With

    def _jwt_call(self, node: ast.Call, full: str | None) -> None:
        if full in ("jwt.encode", "jwt.api_jwt.encode") and not self.test:
            key = _kw(node, "key") or (node.args[1] if len(node.args) > 1 else None)
            alg = _const_str(_kw(node, "algorithm")) or ""
            if key is not None and _HMAC_ALG.fullmatch(alg):
                self.facts.jwt_signing_keys.add(ast.unparse(key))
            return
        if not full or not full.endswith(".decode"):
            return
        if full.startswith("jwt.") or full.startswith("jwt.api_jwt"):
            lib = "PyJWT"
        elif full.startswith("jose."):
            lib = "python-jose"
        elif full.startswith("authlib."):
            lib = "authlib"
        else:
            return
        options = _kw(node, "options")
        verify_off = _is_false(_kw(node, "verify"))
        if isinstance(options, ast.Dict):
            for key, value in zip(options.keys, options.values, strict=False):
                if _const_str(key) in ("verify_signature", "verify_aud", "verify_iss", "verify_exp") and _is_false(
                        value):
                    verify_off = True
        algorithms = _kw(node, "algorithms")
        alg_none = False
        if algorithms is not None:
            for sub in ast.walk(algorithms):
                text = _const_str(sub)
                if text and text.lower() == "none":
                    alg_none = True
        hmac_key = None
        if lib == "PyJWT" and isinstance(algorithms, ast.List | ast.Tuple) and algorithms.elts and all(
                _HMAC_ALG.fullmatch(_const_str(e) or "") for e in algorithms.elts):
            key = _kw(node, "key") or (node.args[1] if len(node.args) > 1 else None)
            hmac_key = ast.unparse(key) if key is not None else None
        self.facts.jwt_decodes.append(JwtDecode(
            library=lib, file=self.rel, line=node.lineno, verify_disabled=verify_off, alg_none=alg_none,
            algorithms_given=algorithms is not None or lib == "authlib",
            audience=_kw(node, "audience") is not None or lib == "authlib",
            issuer=_kw(node, "issuer") is not None or lib == "authlib", test=self.test, hmac_key=hmac_key))

    def _cors_call(self, node: ast.Call, full: str | None, attr: str | None) -> None:
        middleware = node.args[0] if attr == "add_middleware" and node.args else None
        if middleware is not None and (_dotted(middleware) or "").endswith("CORSMiddleware"):
            origins = _kw(node, "allow_origins")
            regex = _const_str(_kw(node, "allow_origin_regex"))
            any_origin = _contains_star(origins) or regex in (".*", ".+", "^.*$")
            credentials = isinstance(_kw(node, "allow_credentials"), ast.Constant) and bool(
                _kw(node, "allow_credentials").value)  # type: ignore[union-attr]
            self.facts.cors.append(CorsSetting(self.rel, node.lineno, any_origin, credentials, "starlette",
                                               self.test, _named_origins(origins)))
        elif full and full.endswith("CORS") and full.startswith("flask_cors"):
            origins = _kw(node, "origins") or _kw(node, "resources")
            # Flask-CORS allows every origin unless told otherwise
            any_origin = origins is None or _contains_star(origins)
            creds = _kw(node, "supports_credentials")
            credentials = isinstance(creds, ast.Constant) and bool(creds.value)
            self.facts.cors.append(CorsSetting(self.rel, node.lineno, any_origin, credentials, "flask-cors",
                                               self.test, _named_origins(origins)))

    def _django_cors(self, node: ast.Assign) -> None:
        for target in node.targets:
            if (isinstance(target, ast.Name) and target.id in ("CORS_ALLOW_ALL_ORIGINS", "CORS_ORIGIN_ALLOW_ALL")
                    and isinstance(node.value, ast.Constant) and node.value.value is True):
                self.facts.cors.append(CorsSetting(self.rel, node.lineno, True, self._django_credentials,
                                                   "django-cors-headers", self.test))

    _django_credentials = False

    # pydantic-settings

    def visit_Dict(self, node: ast.Dict) -> None:
        # A dictConfig schema ({"version": 1, ...}) whose root logger has handlers: "root": {"handlers": [...]} or
        # "loggers": {"": {"handlers": [...]}}
        keys = {_const_str(k): v for k, v in zip(node.keys, node.values, strict=True) if k is not None}
        if "version" in keys:
            loggers = keys.get("loggers")
            named = ({_const_str(k): v for k, v in zip(loggers.keys, loggers.values, strict=True) if k is not None}
                     if isinstance(loggers, ast.Dict) else {})
            root = keys.get("root") if _with_handlers(keys.get("root")) else named.get("")
            if root is not None and _with_handlers(root):
                self.facts.logging.append(LoggingFact("root-handlers", "dictConfig root logger handlers", self.rel,
                                                      root.lineno, self.test))
        # A dictConfig handler (Django's LOGGING, logging.config.dictConfig): {"class": "logging.FileHandler",
        # "filename": ...} writes to a file as much as a FileHandler(...) call does.
        for key, value in zip(node.keys, node.values, strict=True):
            name = _const_str(key) if key is not None else None
            handler = _const_str(value) if name == "class" else None
            if handler and handler.rpartition(".")[2] in _FILE_HANDLERS:
                self.facts.logging.append(LoggingFact("file-handler", f"a logging handler of class {handler}",
                                                      self.rel, value.lineno, self.test))
            if name == "formatter" and (used := _const_str(value)):
                self.facts.formatters_used.add(used)
            # A formatter named by its dotted path, as dictConfig takes it (fala's Django LOGGING: "formatters":
            # {"logstash": {"()": "logstash_formatter.LogstashFormatter"}}, python-json-logger's documented
            # "()": "pythonjsonlogger.jsonlogger.JsonFormatter"): the JSON library is set up without an import, for
            # the handlers that use that formatter (cla-backend defines it and its only handler uses "simple").
            if name == "formatters" and isinstance(value, ast.Dict):
                for fname, spec in zip(value.keys, value.values, strict=True):
                    dotted = next((_const_str(v) for k, v in zip(spec.keys, spec.values, strict=True)
                                   if k is not None and _const_str(k) in ("()", "class")), None) \
                        if isinstance(spec, ast.Dict) else None
                    label = _const_str(fname) if fname is not None else None
                    if label and dotted and dotted.partition(".")[0] in _STRUCTURED_PY:
                        self.facts.json_formatters.setdefault(label, []).append(LoggingFact(
                            "structured-lib", _STRUCTURED_PY[dotted.partition(".")[0]], self.rel, spec.lineno,
                            self.test))
        self.generic_visit(node)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        bases = {(_dotted(b) or "").rsplit(".", 1)[-1] for b in node.bases}
        if "BaseSettings" in bases:
            self._settings_class(node)
        self.generic_visit(node)

    def _settings_class(self, node: ast.ClassDef) -> None:
        prefix = ""
        for stmt in node.body:
            # pydantic v2: model_config = SettingsConfigDict(env_prefix=...); v1: class Config: env_prefix = ...
            if isinstance(stmt, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "model_config"
                                                    for t in stmt.targets) and isinstance(stmt.value, ast.Call):
                prefix = _const_str(_kw(stmt.value, "env_prefix")) or prefix
            if isinstance(stmt, ast.ClassDef) and stmt.name == "Config":
                for sub in stmt.body:
                    if isinstance(sub, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "env_prefix"
                                                           for t in sub.targets):
                        prefix = _const_str(sub.value) or prefix
        for stmt in node.body:
            if not isinstance(stmt, ast.AnnAssign) or not isinstance(stmt.target, ast.Name):
                continue
            field_name = stmt.target.id
            annotation = ast.unparse(stmt.annotation)
            if field_name == "model_config" or field_name.startswith("_") or "ClassVar" in annotation:
                continue
            has_default = stmt.value is not None
            names = [(prefix + field_name).upper()]
            if isinstance(stmt.value, ast.Call) and (_dotted(stmt.value.func) or "").endswith("Field"):
                call = stmt.value
                first = call.args[0] if call.args else None
                has_default = (first is not None and not (isinstance(first, ast.Constant) and first.value is ...)) \
                    or _kw(call, "default") is not None or _kw(call, "default_factory") is not None
                aliases = _alias_names(call)
                if aliases:
                    names = aliases  # an alias replaces the prefixed name (pydantic-settings semantics)
            for name in names:
                self.facts.env_reads.append(EnvRead(name, self.rel, stmt.lineno, has_default, "pydantic-settings",
                                                    self.test))


def _constant_prefix(node: ast.AST) -> str | None:
    """"FEATURE_" + name, f"FEATURE_{name}": the constant start of a computed env var name."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _const_str(node.left) or _constant_prefix(node.left)
    if isinstance(node, ast.JoinedStr) and node.values:
        return _const_str(node.values[0])
    return None


def _contains_star(node: ast.AST | None) -> bool:
    return node is not None and any(_const_str(sub) == "*" for sub in ast.walk(node))


def _serializes(call: ast.Call) -> bool:
    """loguru's `add(sink, serialize=True)` or `configure(handlers=[{"sink": ..., "serialize": True}])`."""
    if _is_true(_kw(call, "serialize")):
        return True
    return any(isinstance(sub, ast.Dict) and any(_const_str(k) == "serialize" and _is_true(v)
                                                 for k, v in zip(sub.keys, sub.values, strict=True) if k)
               for sub in ast.walk(call))


def _is_true(node: ast.AST | None) -> bool:
    return isinstance(node, ast.Constant) and node.value is True


def _named_origins(node: ast.AST | None) -> str | None:
    """`allow_origins=settings.allowed_hosts` / `=ORIGINS`: the name the origins come from (not a literal)."""
    if isinstance(node, ast.Name | ast.Attribute):
        return _dotted(node)
    return None


def _alias_names(call: ast.Call) -> list[str]:
    names: list[str] = []
    for key in ("validation_alias", "alias", "env"):
        value = _kw(call, key)
        if value is None:
            continue
        for sub in ast.walk(value):
            text = _const_str(sub)
            if text:
                names.append(text)
        if names:
            break
    return names


def _python_facts(rel: str, tree: ast.Module, facts: CodeFacts) -> None:
    visitor = _PyVisitor(rel, facts)
    # Django's CORS_ALLOW_CREDENTIALS is a sibling module-level setting; look it up before visiting.
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "CORS_ALLOW_CREDENTIALS"
                                                for t in stmt.targets):
            visitor._django_credentials = isinstance(stmt.value, ast.Constant) and stmt.value.value is True
    before = len(facts.logging)
    visitor.visit(tree)
    visitor.resolve_forwarded()
    if any(f.detail == "structlog" for f in facts.logging[before:]):
        facts.logging += _structlog_renderers(rel, tree, is_test_path(rel))


# structlog's output is set by the last processor (its renderer), not by the import: its default configuration ends
# with dev.ConsoleRenderer (coloured text lines), and teams switch it for processors.JSONRenderer in production, often
# by a condition (`if sys.stderr.isatty()` / `if settings.DEBUG`: the structlog docs' own recipe). LogfmtRenderer's
# key=value lines (and KeyValueRenderer's) are parsed by log pipelines (Loki, Datadog) as fields: counted with JSON.
_STRUCTLOG_JSON = frozenset({"JSONRenderer", "LogfmtRenderer", "KeyValueRenderer"})
_STRUCTLOG_TEXT = frozenset({"ConsoleRenderer"})
# A condition that means "a developer's terminal": what a branch under it builds is for local runs.
DEV_CONDITION = re.compile(r"(?i)debug|dev|local|tty|term|pretty|console|human|colou?r|interactive")


PROD_CONDITION = re.compile(r"(?i)prod")


def _condition_is_dev(test: ast.expr, in_else: bool) -> bool:
    """A branch taken on a developer's machine: `if settings.DEBUG:` (body), `if not sys.stderr.isatty():` (else),
    `if ENV == "production": ... else:` (else)."""
    negated = isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not)
    shown = ast.unparse(test)
    if PROD_CONDITION.search(shown):
        return negated != in_else
    return bool(DEV_CONDITION.search(shown)) and negated == in_else


def _structlog_renderers(rel: str, tree: ast.Module, test: bool) -> list[LoggingFact]:
    """`structlog-renderer` facts of a file importing structlog: detail "JSONRenderer" (or LogfmtRenderer),
    "ConsoleRenderer" (built whatever the run), "ConsoleRenderer (development: <condition>)" (only on a branch a
    developer's terminal takes) or "ConsoleRenderer (when <condition>)" (a branch of another condition); and
    `structlog-configure` for a structlog.configure call."""
    out: list[LoggingFact] = []

    def walk(node: ast.AST, branch: tuple[ast.expr, bool] | None) -> None:
        name = node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else None
        if name in _STRUCTLOG_JSON:
            out.append(LoggingFact("structlog-renderer", name, rel, getattr(node, "lineno", 1), test))
        elif name in _STRUCTLOG_TEXT:
            detail = name
            if branch is not None:
                cond, in_else = branch
                shown = " ".join(ast.unparse(cond).split())[:80]
                detail = (f"{name} (development: {shown})" if _condition_is_dev(cond, in_else)
                          else f"{name} (when {'not ' if in_else else ''}{shown})")
            out.append(LoggingFact("structlog-renderer", detail, rel, getattr(node, "lineno", 1), test))
        if isinstance(node, ast.Call) and name is None and isinstance(node.func, (ast.Name, ast.Attribute)):
            called = node.func.id if isinstance(node.func, ast.Name) else node.func.attr
            # `structlog.configure(...)`, or `configure(...)` imported from structlog (this file imports it)
            if called in ("configure", "configure_once") and (
                    isinstance(node.func, ast.Name) or "structlog" in ast.unparse(node.func)):
                out.append(LoggingFact("structlog-configure", "structlog.configure", rel, node.lineno, test))
        if isinstance(node, (ast.If, ast.IfExp)):
            walk(node.test, branch)
            body: list[ast.AST] = [node.body] if isinstance(node, ast.IfExp) else list(node.body)
            orelse: list[ast.AST] = [node.orelse] if isinstance(node, ast.IfExp) else list(node.orelse)
            for child in body:
                walk(child, (node.test, False))
            for child in orelse:
                walk(child, (node.test, True))
            return
        for sub in ast.iter_child_nodes(node):
            walk(sub, branch)

    walk(tree, None)
    return out


# --- other languages, by regular expression ---------------------------------------------------

_JS_ENV = re.compile(r"process\.env(?:\.([A-Za-z_][A-Za-z0-9_]*)|\[\s*['\"`]([A-Za-z_][A-Za-z0-9_]*)['\"`]\s*\])"
                     r"(\s*(?:\|\||\?\?|\?(?![.?])))?")  # `|| x`, `?? x`, or tested: `process.env.X ? a : b`
_JS_ENV_DESTRUCT = re.compile(r"\{([^{}]{1,400})\}\s*=\s*process\.env\b")
_JS_FLAG = re.compile(r"\.(getBooleanValue|getStringValue|getNumberValue|getObjectValue|getBooleanDetails|variation|"
                      r"variationDetail|isEnabled|isOn|isOff|getFeatureValue|isFeatureEnabled|evalFeature)"
                      r"\(\s*['\"`]([\w.:-]+)['\"`]")
_JS_FLAG_SDKS = {"@openfeature/": "openfeature", "launchdarkly": "launchdarkly", "unleash-client": "unleash",
                 "unleash-proxy-client": "unleash", "flagsmith": "flagsmith", "@growthbook/": "growthbook"}
_JS_STRUCTURED = {"pino": "pino", "winston": "winston", "bunyan": "bunyan"}
# bunyan-format is a stream that re-writes bunyan's JSON records as text: its outputMode defaults to 'short' and
# only 'json' and 'bunyan' keep one JSON object a line (its README). A logger whose stream it is logs text.
_BUNYAN_FORMAT_NAME = re.compile(r"\bimport\s+([A-Za-z_$][\w$]*)\s+from\s+['\"]bunyan-format['\"]"
                                 r"|\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*require\(\s*['\"]bunyan-format['\"]\s*\)")
_BUNYAN_FORMAT_MODE = re.compile(r"\boutputMode\s*:\s*(?:['\"`](\w{1,20})['\"`])?")
_JSON_MODES = ("json", "bunyan")


def _js_text_formatters(rel: str, text: str, test: bool) -> list[LoggingFact]:
    """bunyan-format streams whose output mode is text: a literal mode other than json/bunyan, or none (the
    default, 'short'). A mode the code computes is not judged (no fact: the library still counts)."""
    name = _BUNYAN_FORMAT_NAME.search(text)
    local = name and (name.group(1) or name.group(2))
    if not local:
        return []
    out = []
    for m in re.finditer(rf"(?<![\w$.]){re.escape(local)}\s*\(", text):
        if _in_js_comment(text, m.start()):
            continue
        args = call_args(text, m.end() - 1)
        mode = _BUNYAN_FORMAT_MODE.search(args[0]) if args and args[0].startswith("{") else None
        if mode is not None and mode.group(1) is None:
            continue  # `outputMode: cfg.mode`: not known here
        chosen = mode.group(1) if mode else "short"
        if chosen.lower() not in _JSON_MODES:
            out.append(LoggingFact("text-formatter", f"bunyan: bunyan-format outputMode '{chosen}' (text lines)",
                                   rel, line_at(text, m.start()), test))
    return out
# winston writes one JSON object a line by default (its `format` defaults to format.json()); `format.simple()`,
# `format.printf(...)`, `format.cli()` and `format.prettyPrint()` write text lines instead. A file that builds winston's
# logger with only those (no json()/logstash() anywhere in it) logs text: the import of winston passed as "structured
# logging" (the Go and structlog holes pass-audit5/6 closed, in JavaScript). A file that names both is a choice made at
# run time, not judged here (the library still counts).
# (`format.json()` or a destructured `json()`; never `res.json(`)
_WINSTON_TEXT = re.compile(r"(?:\bformat\s*+\.\s*+|(?<![\w$.]))(simple|printf|cli|prettyPrint)\s*+\(")
_WINSTON_JSON = re.compile(r"(?:\bformat\s*+\.\s*+|(?<![\w$.]))(?:json|logstash)\s*+\(")


def _js_winston_text(rel: str, text: str, test: bool) -> list[LoggingFact]:
    if "winston" not in text or _WINSTON_JSON.search(text):
        return []
    for m in _WINSTON_TEXT.finditer(text):
        if not _in_js_comment(text, m.start()):
            return [LoggingFact("text-formatter", f"winston: format.{m.group(1)}() (text lines)", rel,
                                line_at(text, m.start()), test)]
    return []


_JS_FETCH = re.compile(r"\b(axios(?:\.(?:get|post|put|patch|delete|request))?|fetch)\(")
_JS_CORS = re.compile(r"\bcors\(\s*\{([^{}]{0,400})\}", re.S)
# jsonwebtoken's verify/decode and jose's jwtVerify (fastify's request.jwtVerify() is configured where the
# plugin is registered, not at the call).
_JS_JWT = re.compile(r"\b(?:jwt|jsonwebtoken)\.(verify|decode)\(|(?<![\w$.])(jwtVerify)\(|\bjose\.(jwtVerify)\(")
_JS_AZURE_AD = re.compile(r"\bnew\s+(?:[\w$]+\.)?(BearerStrategy|OIDCStrategy)\s*\(")


# `cors()` (the cors package's default: any origin) and `cors(corsOptions)` with the options in a `const` of the file
# (the package README's form); the object-literal call is _JS_CORS. Read as no CORS at all, `origin: true` (the
# request's origin reflected) with `credentials: true` in a named object was an n/a of endpoint-security/cors.
_JS_CORS_CALL = re.compile(r"\bcors\(\s*(\)|[A-Za-z_$][\w$]{0,60}\s*\))")


def _js_cors_by_name(rel: str, text: str, test: bool) -> list[CorsSetting]:
    out = []
    for m in _JS_CORS_CALL.finditer(text):
        if _in_js_comment(text, m.start()):
            continue
        arg = m.group(1).rstrip(")").strip()
        body = _js_options(text, arg, 2000) if arg else ""  # the same first 2,000 characters, not 20,000 read
        if arg and not body:
            continue  # options built elsewhere (a function's parameter, an import): not judged
        any_origin = not arg or bool(re.search(r"origin\s*:\s*(['\"]\*['\"]|true)\b", body))
        credentials = bool(re.search(r"credentials\s*:\s*true\b", body))
        out.append(CorsSetting(rel, line_at(text, m.start()), any_origin, credentials, "cors", test))
    return out


def _js_options(text: str, arg: str, limit: int | None = None) -> str:
    """An options argument: an object literal, or a `const NAME = {...}` of the same file ("" otherwise); a named
    object's block is read up to `limit` characters (block_at's own limit by default)."""
    if arg.startswith("{"):
        return arg
    if re.fullmatch(r"[A-Za-z_$][\w$]*", arg):
        return _js_const_block(text, arg, limit)
    return ""


# `const NAME = {` / `let NAME: Type = {`. Each call naming its options searched the whole file for the name's
# declaration, and read its block again (4,000 `app.use(cors(opts))` lines without one: 5.6 s of CPU; with a large
# one: 7.2 s); the declarations are now read once per file and each block once. The type annotation stays on its
# line, 400 characters at most: `[^=]+` ran from each `const x:` to the next `=` of the file, across lines.
_JS_CONST_OBJECT = re.compile(r"\b(?:const|let|var)\s++([A-Za-z_$][\w$]*+)\s*+(?::[^=;\n]{1,400})?=\s*+\{")


@functools.lru_cache(maxsize=8)
def _js_const_objects(text: str) -> dict[str, int]:
    """{name: offset of its `{`} of the file's first object declaration of each name."""
    out: dict[str, int] = {}
    for m in _JS_CONST_OBJECT.finditer(text):
        out.setdefault(m.group(1), m.end() - 1)
    return out


@functools.lru_cache(maxsize=256)
def _js_const_block(text: str, name: str, limit: int | None) -> str:
    start = _js_const_objects(text).get(name)
    if start is None:
        return ""
    return block_at(text, start) if limit is None else block_at(text, start, limit)


def js_token_calls(rel: str, text: str, test: bool) -> list[JwtDecode]:
    """jsonwebtoken `jwt.verify(token, key, {algorithms, audience, issuer})` (`jwt.decode` verifies nothing) and
    jose `jwtVerify(token, key, {audience, issuer})` (jose takes the algorithm from the key); the options are
    read at the call or from a `const NAME = {...}` of the same file (the old 400-character window after the
    call read the next call's options)."""
    out = []
    for m in _JS_JWT.finditer(text):
        args = call_args(text, m.end() - 1)
        jose = m.group(1) is None
        opts = _js_options(text, args[2]) if len(args) > 2 else ""
        algorithms = re.search(r"\balgorithms\s*:\s*(\[[^\]]*\]|[\w$.]+)", opts)
        out.append(JwtDecode(
            library="jose" if jose else "jsonwebtoken", file=rel, line=line_at(text, m.start()),
            verify_disabled=m.group(1) == "decode",
            alg_none=bool(algorithms and re.search(r"['\"]none['\"]", algorithms.group(1), re.I)),
            algorithms_given=jose or bool(algorithms), audience=bool(re.search(r"\baudience\b", opts)),
            issuer=bool(re.search(r"\bissuer\b", opts)), test=test))
    for m in _JS_AZURE_AD.finditer(text) if "passport-azure-ad" in text else ():
        # (passport-http-bearer's BearerStrategy hands the raw token to the app's callback: only this library's)
        # passport-azure-ad verifies the signature with the keys of its metadata document (RS256) and the audience
        # against clientID; `validateIssuer: false` turns the issuer check off (with the multi-tenant `common`
        # metadata: tokens of every Azure AD tenant are accepted)
        args = call_args(text, m.end() - 1)
        opts = _js_options(text, args[0]) if args else ""
        out.append(JwtDecode(library=f"passport-azure-ad {m.group(1)}", file=rel, line=line_at(text, m.start()),
                             verify_disabled=False, alg_none=False, algorithms_given=True, audience=True,
                             issuer=not re.search(r"\bvalidateIssuer\s*:\s*false\b", opts), test=test))
    return out


_GO_ENV = re.compile(r"\bos\.(Getenv|LookupEnv)\(\s*\"([^\"]+)\"")
# An env getter injected for testability (go-httpbin's `loadConfig(args []string, getEnvVal func(string) string,
# ...)`, called with os.Getenv from main; the `run(ctx, args, getenv func(string) string)` idiom): a parameter of
# type func(string) string (or (string, bool)) whose name says env. Its calls with a literal name are env reads.
_GO_ENV_PARAM = re.compile(r"\b([A-Za-z_]\w{0,63})\s+func\(\s*(?:[A-Za-z_]\w{0,63}\s+)?string\s*\)\s*"
                           r"(?:string\b|\(\s*string\s*,\s*bool\s*\))")
_GO_STRUCTURED = {"go.uber.org/zap": "zap", "github.com/rs/zerolog": "zerolog", "log/slog": "slog",
                  "github.com/sirupsen/logrus": "logrus"}
# What each Go logging library writes is set where the logger is built, not by the import: zap.NewDevelopment's console
# encoder and slog's TextHandler write text lines, zap.NewProduction and slog.NewJSONHandler JSON; logrus writes text
# (its TextFormatter) unless given a JSONFormatter (hotrod's zap.NewDevelopment, keel's logrus with no formatter, both
# passed on the import). (library -> the builds that write JSON, those that write text); zerolog writes JSON unless
# given a ConsoleWriter, mostly switched on for development only: its import stays the evidence. Names and literal
# words only: linear.
_GO_FORMATS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "zap": (re.compile(r"\bzap\.New(?:Production|Example)(?:Config)?\(|\bzapcore\.NewJSONEncoder\("
                       r"|\bEncoding:[ \t]*\"json\""),
            re.compile(r"\bzap\.NewDevelopment(?:Config)?\(|\bzapcore\.NewConsoleEncoder\("
                       r"|\bEncoding:[ \t]*\"console\"")),
    "slog": (re.compile(r"\bslog\.NewJSONHandler\("), re.compile(r"\bslog\.NewTextHandler\(")),
    "logrus": (re.compile(r"\bJSONFormatter\b"), re.compile(r"(?<![\w.])(?:logrus|log)\.TextFormatter\b")),
}
# A logrus Formatter the Go code writes itself (gofmt'd: `func (devFormatter) Format(e *logrus.Entry) ([]byte, error)`,
# athens' pkg/log/format.go): whatever it writes is the format. Counted as text unless its body encodes JSON
# (_go_custom_logrus_text), so a file that also builds a JSONFormatter picks one or the other at run time.
_GO_LOGRUS_OWN_FORMAT = re.compile(r"^func \((?:\w+ )?\*?(\w+)\) Format\(\w* ?\*logrus\.Entry\)", re.M)
_GO_JSON_ENCODE = re.compile(r"\bjson(?:iter)?\.(?:Marshal(?:Indent)?|NewEncoder)\(|\bJSONFormatter\b")
# zap.Config's Encoding from a variable that the same file sets to "json" or "console" (policy-reporter's
# SetupLogger: `output := "json"; if c.Logging.Encoding != "json" { output = "console" }`): chosen at run time.
_GO_ZAP_ENCODING_VAR = re.compile(r"\bEncoding:[ \t]*[A-Za-z_]\w*")
_JAVA_ENV = re.compile(r"\bSystem\.getenv\(\s*\"([^\"]+)\"\s*\)")
# A read whose name is computed (`System.getenv(var)`, `os.Getenv(key)`, `process.env[name]`).
_DYNAMIC_ENV = re.compile(r"\b(?:System\.getenv|os\.(?:Getenv|LookupEnv))\(\s*(?=[A-Za-z_])"
                          r"|\bprocess\.env\[\s*(?=[A-Za-z_$])")
_IMPORT_SPEC = re.compile(r"""(?:from\s+|require\(\s*|import\s+)['"]([^'"]+)['"]""")


_LINE_COMMENT = re.compile(r"(?<![:/\\])//")  # `// note`, not the `//` of `http://`
_SHORT_TEXT = 16_384  # below this, a look back from each match costs less than indexing the text


class _Comments:
    """Where the line and block comment marks of a long text are, found once: looking back from each match to the
    text's start (the last `/*` of a file without one) was quadratic (5,000 `process.env` reads: 2.4 s)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.newlines = [m.start() for m in re.finditer("\n", text)]
        # none of these marks can start inside another of its kind, so finditer finds every one
        self.line_marks = [m.start() for m in _LINE_COMMENT.finditer(text)]
        self.opens = [m.start() for m in re.finditer(r"/\*", text)]
        self.closes = [m.start() for m in re.finditer(r"\*/", text)]

    def holds(self, pos: int) -> bool:
        """_in_js_comment's answer, by bisection."""
        before = bisect.bisect_left(self.newlines, pos)
        line_start = self.newlines[before - 1] + 1 if before else 0
        mark = bisect.bisect_left(self.line_marks, line_start)
        if mark < len(self.line_marks) and self.line_marks[mark] + 2 <= pos:
            return True
        opened = bisect.bisect_right(self.opens, pos - 2) - 1
        if opened < 0:
            return False
        closed = bisect.bisect_left(self.closes, self.opens[opened])
        return not (closed < len(self.closes) and self.closes[closed] + 2 <= pos)


_LAST_COMMENTS: list[_Comments] = []  # the long text last asked about (a reader asks about one file at a time)


def _in_js_comment(text: str, pos: int) -> bool:
    """`// can be overwritten by process.env.HOST` (the Vue CLI template's config/index.js) names a variable in
    prose; only code reads it. Strings holding `//` or `/*` may mislead this: it errs toward reading."""
    if len(text) > _SHORT_TEXT:
        if not _LAST_COMMENTS or _LAST_COMMENTS[0].text is not text:
            _LAST_COMMENTS[:] = [_Comments(text)]
        return _LAST_COMMENTS[0].holds(pos)
    line_start = text.rfind("\n", 0, pos) + 1
    if _LINE_COMMENT.search(text, line_start, pos):
        return True
    opened = text.rfind("/*", 0, pos)
    return opened != -1 and text.rfind("*/", opened, pos) == -1


# JavaScript log calls whose arguments carry a secret-named value, directly or through a variable built from one
# earlier in the file (mern-workshop: `mongoConnect += `${mongoUser}:${mongoPass}@`` then
# `console.info(`... details: ${mongoConnect}`)` logs the MongoDB password).
_JS_LOG_CALL = re.compile(r"\b(console|_?log(?:ger)?|_?LOG(?:GER)?|\w+Logger)\.(log|info|warn|error|debug|trace|fatal)"
                          r"\(([^\n]*)")
_JS_ASSIGN = re.compile(r"\b([A-Za-z_$][\w$]*)\s*\+?=(?![=>])\s*([^;\n]*)")
_JS_STRING = re.compile(r"'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"|`[^`]*`")
_JS_INTERPOLATED = re.compile(r"\$\{\s*([A-Za-z_$][\w$.]*)\s*\}")
_JS_NAME = re.compile(r"(?<![\w$.])[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*")


def _js_value_names(expr: str) -> list[str]:
    """The variables an expression formats: `${x}` in template literals and names outside string literals."""
    return [*_JS_INTERPOLATED.findall(expr), *_JS_NAME.findall(_JS_STRING.sub(" ", expr))]


def _js_secret_logs(rel: str, text: str, test: bool) -> list[CodeLocation]:
    """A bare `key` (`logger.info({ key, contentType }, 'Object uploaded to S3')`, nestjs-starter) is an object's or
    a map's key unless it was built from a secret-named value, which `built_from` follows."""
    built_from: dict[str, str] = {}  # variable -> the secret-named value it was built from
    events = sorted([(m.start(), "assign", m) for m in _JS_ASSIGN.finditer(text)]
                    + [(m.start(), "log", m) for m in _JS_LOG_CALL.finditer(text)], key=lambda e: e[0])
    out = []
    for start, kind, m in events:
        if _in_js_comment(text, start):
            continue
        names = _js_value_names(m.group(2) if kind == "assign" else m.group(3))
        secrets = sorted({built_from.get(n) or n for n in names
                          if n in built_from or (is_sensitive_name(n.split(".")[-1])
                                                 and not _LOOKUP_KEY.search(n.split(".")[-1])
                                                 and n.split(".")[-1].lower() != "key")})
        if kind == "assign" and secrets:
            built_from[m.group(1)] = secrets[0]
        elif kind == "log" and secrets:
            shown = [f"{n} (built from {built_from[n]})" for n in names if n in built_from]
            out.append(CodeLocation(rel, line_at(text, start),
                                    f"{m.group(1)}.{m.group(2)}(... {', '.join(shown or secrets)} ...)", test))
    return out


# File logging in Node, through the libraries' documented APIs: winston's `new winston.transports.File({filename})`
# and winston-daily-rotate-file's `transports.DailyRotateFile`; pino's `pino.destination('/var/log/app.log')` and the
# `pino/file` / `pino-roll` transports (pino/file writes to stdout when its destination is absent or fd 1/2);
# bunyan's `type: 'rotating-file'`; log4js appenders of type file / dateFile / fileSync.
_JS_WINSTON_FILE = re.compile(r"\btransports\.(File|DailyRotateFile)\s*\(|\bnew\s+(DailyRotateFile)\s*\(")
_JS_PINO_DEST = re.compile(r"\bpino\.destination\(([^()\n]{0,300})\)")
_JS_PINO_TARGET = re.compile(r"\btarget\s*:\s*['\"](pino/file|pino-roll)['\"]")
_JS_DESTINATION = re.compile(r"\b(?:dest|destination)\s*:\s*([^,}\n]{1,300})")
_JS_STD_STREAM = re.compile(r"\s*(?:[12]|process\.std(?:out|err)(?:\.fd)?|['\"`]/dev/std(?:out|err)['\"`])\s*")
_JS_BUNYAN_FILE = re.compile(r"\btype\s*:\s*['\"]rotating-file['\"]")
_JS_LOG4JS_FILE = re.compile(r"\btype\s*:\s*['\"](file|dateFile|fileSync)['\"]")


def _pino_writes_a_file(args: str) -> bool:
    """pino.destination's argument (or a pino/file transport's options): a path or a variable holding one; fd 1 or 2,
    process.stdout/stderr, or an options object without `dest` write to the standard streams."""
    args = args.strip()
    if args.startswith("{") or not args:
        dest = _JS_DESTINATION.search(args)
        if dest is None:
            return False  # `pino.destination({ sync: false })`: stdout
        args = dest.group(1)
    return _JS_STD_STREAM.fullmatch(args) is None


def _js_file_logging(rel: str, text: str, test: bool) -> list[LoggingFact]:
    out: list[LoggingFact] = []
    if "winston" in text:
        for m in _JS_WINSTON_FILE.finditer(text):
            if not _in_js_comment(text, m.start()):
                what = m.group(1) or m.group(2)
                out.append(LoggingFact("file-handler", f"winston's transports.{what}", rel, line_at(text, m.start()),
                                       test))
    if "pino" in text:
        for m in _JS_PINO_DEST.finditer(text):
            if not _in_js_comment(text, m.start()) and _pino_writes_a_file(m.group(1)):
                out.append(LoggingFact("file-handler", f"pino.destination({m.group(1).strip()[:60]})", rel,
                                       line_at(text, m.start()), test))
        for m in _JS_PINO_TARGET.finditer(text):
            # the transport's own object: up to the next `target` either side, at most 400 characters
            before = text[max(0, m.start() - 400):m.start()].rsplit("target", 1)[-1]
            after = text[m.end():m.end() + 400].split("target", 1)[0]
            dest = _JS_DESTINATION.search(before + after)
            if not _in_js_comment(text, m.start()) and (m.group(1) == "pino-roll" or (
                    dest is not None and _JS_STD_STREAM.fullmatch(dest.group(1)) is None)):
                out.append(LoggingFact("file-handler", f"the {m.group(1)} transport", rel, line_at(text, m.start()),
                                       test))
    for lib, pattern in (("bunyan", _JS_BUNYAN_FILE), ("log4js", _JS_LOG4JS_FILE)):
        if lib in text:
            out += [LoggingFact("file-handler", f"a {lib} {m.group(0).split(':', 1)[1].strip()} appender", rel,
                                line_at(text, m.start()), test)
                    for m in pattern.finditer(text) if not _in_js_comment(text, m.start())]
    return out


# `if (process.env.ENTRA_APP_ID) {`, `process.env.X && ...`, `process.env.DISABLE_METRICS !== 'true'` (nodejs-demoapp):
# the read is a test, so unset is a case the code handles (a feature switched off), not a crash. A negated test
# (`if (!process.env.X) throw ...`) is often the required-variable guard itself and is left as it was. Both
# windows are a few characters wide and the patterns are anchored: linear on any input.
_JS_TEST_BEFORE = re.compile(r"\b(?:if|while)\s*\(\s*$")
_JS_TEST_AFTER = re.compile(r"^\s*(?:\)|&&|[!=]==?)")


def _js_env_tested(text: str, start: int, end: int) -> bool:
    after = text[end:end + 8]
    if _JS_TEST_AFTER.match(after) is None:
        return False
    if after.lstrip().startswith(")"):  # `f(process.env.X)` is a use, `if (process.env.X)` a test
        return _JS_TEST_BEFORE.search(text[max(0, start - 16):start]) is not None
    return True


# An env getter of the service's own (prisoner-content-hub-frontend's utils/index.js: `const getEnv = (name, fallback,
# options = {}) => { if (process.env[name]) { return process.env[name]; } ...`, and `const getRequiredEnv = (name,
# fallback) => getEnv(name, fallback, { requireInProduction: true });`): a function whose first parameter indexes
# process.env, or is handed on to such a function. A call with a literal name (`getEnv('LOG_LEVEL', 'info')`) reads
# that variable. The body is looked at in a bounded window after the definition.
_JS_GETTER_DEF = re.compile(
    r"\bfunction[ \t]+([A-Za-z_$][\w$]{0,60})[ \t]*(?:<[^<>()]{0,100}>)?[ \t]*\([ \t]*([A-Za-z_$][\w$]{0,60})"
    r"|\b(?:const|let|var)[ \t]+([A-Za-z_$][\w$]{0,60})[ \t]*(?::[^=\n]{0,100})?=[ \t]*(?:async[ \t]*)?"
    r"(?:function\b[^(\n]{0,60})?\([ \t]*([A-Za-z_$][\w$]{0,60})")
_JS_GETTER_WINDOW = 1500
# a call whose first argument is a literal variable name: `getRequiredEnv('HUB_API_ENDPOINT', 'http://...')`
_JS_LITERAL_CALL = re.compile(r"(?<![\w$.])([A-Za-z_$][\w$]{0,60})[ \t]*\(\s*['\"`]([A-Za-z_][A-Za-z0-9_]{0,100})['\"`]"
                              r"\s*(,\s*[^)\s])?")


_JS_HAND_ON_WINDOW = 300
_JS_CALLEE = re.compile(r"([A-Za-z_$][\w$]{0,60})[ \t]*$")


def _hands_on(body: str, param: str, getters: set[str]) -> bool:
    """Whether the start of a function body passes its first parameter first to a known getter (`getEnv(name, ...)`);
    at most five calls looked at, each callee read from the 64 characters before its parenthesis."""
    for i, c in enumerate(re.finditer(rf"\([ \t]*{param}[ \t]*[,)]", body)):
        if i == 5:
            break
        callee = _JS_CALLEE.search(body[max(0, c.start() - 64):c.start()])
        if callee is not None and callee.group(1) in getters:
            return True
    return False


def _js_env_getter_reads(texts: dict[str, str], facts: CodeFacts) -> None:
    """Env reads through the service's own getters (see _JS_GETTER_DEF)."""
    defs: list[tuple[str, str, str]] = []  # (function name, first parameter, body window)
    for text in texts.values():
        for m in _JS_GETTER_DEF.finditer(text):
            name, param = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            if name and param:
                defs.append((name, param, text[m.end():m.end() + _JS_GETTER_WINDOW]))
    getters: set[str] = set()
    for _ in range(3):  # a getter handed on through up to three wrappers
        for name, param, body in defs:
            if name in getters:
                continue
            p = re.escape(param)
            if re.search(rf"process\.env\[[ \t]*{p}[ \t]*\]", body) or _hands_on(body[:_JS_HAND_ON_WINDOW], p, getters):
                getters.add(name)
    if not getters:
        return
    for rel, text in texts.items():
        test = is_test_path(rel)
        for m in _JS_LITERAL_CALL.finditer(text):
            if m.group(1) not in getters or _in_js_comment(text, m.start()):
                continue
            facts.env_reads.append(EnvRead(m.group(2), rel, line_at(text, m.start()), bool(m.group(3)),
                                           f"{m.group(1)}()", test))


def _js_facts(rel: str, text: str, facts: CodeFacts) -> None:
    test = is_test_path(rel)
    facts.logging.extend(_js_file_logging(rel, text, test))
    facts.secret_logs.extend(_js_secret_logs(rel, text, test))
    for m in _JS_ENV.finditer(text):
        if _in_js_comment(text, m.start()):
            continue
        name = m.group(1) or m.group(2)
        has_default: bool | None = bool(m.group(3))
        if not has_default and _js_env_tested(text, m.start(), m.end()):
            has_default = None  # the code has a path for the unset variable, like a bare os.getenv
        facts.env_reads.append(EnvRead(name, rel, line_at(text, m.start()), has_default, "process.env", test))
    for m in _JS_ENV_DESTRUCT.finditer(text):
        for part in m.group(1).split(","):
            name, _, default = part.partition("=")
            key = name.split(":")[0].strip()
            if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key):
                facts.env_reads.append(EnvRead(key, rel, line_at(text, m.start()), bool(default.strip()),
                                               "process.env", test))
    specs = set(_IMPORT_SPEC.findall(text))
    sdks = {sdk for spec in specs for prefix, sdk in _JS_FLAG_SDKS.items() if spec.startswith(prefix)}
    facts.flag_sdks |= sdks
    for m in _JS_FLAG.finditer(text):
        method = m.group(1)
        if (method.startswith("get") and "Value" in method) or method.endswith("Details"):
            sdk: str | None = "openfeature" if not method.startswith("getFeature") else next(iter(sdks), None)
        else:
            sdk = next(iter(sdks), None)
        if sdk:
            facts.flags.append(FlagUse(m.group(2), sdk, rel, line_at(text, m.start()), test))
    if "bunyan-format" in specs:
        facts.logging.extend(_js_text_formatters(rel, text, test))
    if "winston" in specs:
        facts.logging.extend(_js_winston_text(rel, text, test))
    for spec in specs:
        if spec in _JS_STRUCTURED:
            facts.logging.append(LoggingFact("structured-lib", _JS_STRUCTURED[spec], rel, 1, test))
        if spec in ("jsonwebtoken", "jose", "passport", "express-jwt", "@auth0/", "next-auth", "openid-client",
                    "express-oauth2-jwt-bearer") or spec.startswith(("@nestjs/passport", "@nestjs/jwt")):
            facts.auth_libraries.append(CodeLocation(rel, 1, spec, test))
    for m in _JS_CORS.finditer(text):
        body = m.group(1)
        any_origin = bool(re.search(r"origin\s*:\s*(['\"]\*['\"]|true)", body))
        credentials = bool(re.search(r"credentials\s*:\s*true", body))
        facts.cors.append(CorsSetting(rel, line_at(text, m.start()), any_origin, credentials, "cors", test))
    if "cors" in text:
        facts.cors.extend(_js_cors_by_name(rel, text, test))
    facts.jwt_decodes.extend(js_token_calls(rel, text, test))


# Struct-tag configuration libraries: kelseyhightower/envconfig (`envconfig:"NAME" default:"x"
# required:"true"`), caarlos0/env (`env:"NAME,required" envDefault:"x"`), sethvargo/go-envconfig
# (`env:"NAME, default=x"` / `env:"NAME, required"`).
_GO_ENV_LIBS = ("github.com/kelseyhightower/envconfig", "github.com/caarlos0/env", "github.com/sethvargo/go-envconfig")
_GO_TAG = re.compile(r"`([^`\n]*\b(?:env|envconfig):\"[^`\n]*)`")
_GO_TAG_NAME = re.compile(r"\b(env|envconfig):\"([A-Za-z_][A-Za-z0-9_]*)([^\"]*)\"")


def _go_tag_reads(rel: str, text: str, test: bool) -> list[EnvRead]:
    out = []
    for m in _GO_TAG.finditer(text):
        tag = m.group(1)
        name = _GO_TAG_NAME.search(tag)
        if not name:
            continue
        options = name.group(3).lower()
        if "required" in options or re.search(r'\brequired:"true"', tag):
            has_default: bool | None = False
        elif "default=" in options or re.search(r'\b(envDefault|default):"', tag):
            has_default = True
        else:
            has_default = None  # the field's zero value, or whatever the code does with it
        out.append(EnvRead(name.group(2), rel, line_at(text, m.start()), has_default,
                           f"struct tag {name.group(1)}:", test))
    return out


# Go log and print calls (the standard library's log and fmt printers, and loggers named *log*/*Log*): what their
# arguments format, outside string literals. fmt.Errorf/Sprintf build values, they print nothing.
_GO_LOG_CALL = re.compile(r"\b(fmt|log|\w*[Ll]og(?:ger)?)\.(Print|Println|Printf|Info|Infof|Infow|Warn|Warnf|Warning|"
                          r"Warningf|Error|Errorw|Debug|Debugf|Debugw|Fatal|Fatalf|Fatalln|Panic|Panicf|Critical)"
                          r"\(([^\n]{0,2000})")
_GO_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"|`[^`]*`')
_GO_NAME = re.compile(r"(?<![\w.])[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*")
# The configuration object itself, printed whole (`%+v` of a Config struct prints every field)
_CONFIG_NAME = re.compile(r"[*&]?(?:cfg|conf|config|configuration|settings)", re.I)
# A property of a secret rather than the secret (`tokenScopes`, `tokenType`, `passwordLength`, `secretName`)
_SECRET_PROPERTY = re.compile(r"(?:scopes?|types?|names?|ids?|ttl|length|len|expiry|expires|url|uri|header|count|"
                              r"duration|timeout|format|kind|prefix|refs?)$", re.I)  # `secretRef`: a Secret's name
# `len(password)`, keel's `strings.Repeat("*", len(registryOpts.Password))`: the length is logged, not the value
_GO_LEN_OF = re.compile(r"\blen\(\s*[\w.]+\s*\)")


# logrus' structured fields, `log.WithField("token", tok)` and `log.WithFields(log.Fields{"token": tok, ...})`, chained
# into a level call or kept as an entry: the values are logged as surely as a Printf's arguments, but the level call
# follows the field map (`}).Warn(`), where _GO_LOG_CALL cannot see them (keel's pkg/auth/auth.go logged a whole bearer
# token this way). The map may span lines: its body is read up to its first `}` (field values are names, not literals
# holding braces), at most _GO_FIELDS_SPAN characters on, so each call costs a bounded read.
_GO_LOG_FIELDS = re.compile(r"\.WithFields?\(")
# What ends a receiver's name, read back from the dot of a `.WithField(s)(`
_GO_NON_WORD = re.compile(r"\W")
_GO_FIELDS_SPAN = 1500


def _go_field_args(text: str, start: int) -> tuple[str, int]:
    """The argument text of the WithField(s) call whose `(` ends at `start`, and where that text ends: the rest of
    the line of a WithField (a chained `.WithField(...)` included), the field map's body (up to its first `}`) of a
    WithFields. Both reads are bounded (a text without newlines or braces is not read to its end per call)."""
    line_end = text.find("\n", start, start + 2000)
    end = line_end if line_end >= 0 else min(len(text), start + 2000)
    brace = text.find("{", start, end)
    if brace >= 0:
        close = text.find("}", brace, brace + _GO_FIELDS_SPAN)
        if close >= 0:
            return text[brace + 1:close], close
    return text[start:end], end


def _go_secret_names(args: str, references: frozenset[str] = frozenset()) -> list[str]:
    """The secret-named values among a log call's arguments (string literals left out), but for `references`, the
    names the file shows to hold Secrets' names (_go_reference_collections)."""
    names = _GO_NAME.findall(_GO_LEN_OF.sub(" ", _GO_STRING.sub(" ", args)))
    return sorted({n for n in names if is_sensitive_name(last := n.split(".")[-1])
                   and not _LOOKUP_KEY.search(last) and not _SECRET_PROPERTY.search(last)
                   and last.lower() != "key" and n not in references})


# `for _, secretRef := range image.Secrets`: the code names each element a reference (ref, name, id: _SECRET_PROPERTY),
# so the collection holds Secrets' names, not their data (keel's tracked image lists its pull secrets by name)
_GO_RANGE_ELEMENT = re.compile(r"\bfor[ \t]+\w{1,80}[ \t]*,[ \t]*(\w{1,80})[ \t]*:?=[ \t]*range[ \t]+"
                               r"([A-Za-z_][\w.]{0,200})")
# `podSecrets := getPodImagePullSecrets(&pod)`: a value made from a pod's imagePullSecrets, which the Kubernetes API
# defines as references ({name: ...}) to Secrets: names, never the registry credentials
_GO_ASSIGNED = re.compile(r"^[ \t]*([A-Za-z_]\w{0,80})[ \t]*:?=[^=]")


def _go_reference_collections(text: str) -> frozenset[str]:
    """Names the file shows to hold references to Secrets rather than secret values."""
    out = {m.group(2) for m in _GO_RANGE_ELEMENT.finditer(text) if _SECRET_PROPERTY.search(m.group(1))}
    if "ImagePullSecrets" in text:
        for line in text.splitlines():
            at = line.find("ImagePullSecrets")
            assigned = _GO_ASSIGNED.match(line[:2000]) if at >= 0 else None
            if assigned and assigned.end() <= at:
                out.add(assigned.group(1))
    return frozenset(out)


def _go_secret_logs(rel: str, text: str, test: bool) -> tuple[list[CodeLocation], list[CodeLocation]]:
    """(log calls formatting a secret-named value, log calls printing a whole configuration object)."""
    secrets_out, dumps = [], []
    references = _go_reference_collections(text) if "range" in text or "ImagePullSecrets" in text else frozenset()
    if "WithField" in text:
        read_until = 0  # a call inside text already read (a chain on the same line, a map's body) was read with it
        for m in _GO_LOG_FIELDS.finditer(text):
            if m.start() < read_until:
                continue
            # the receiver is a logger's name (log, logrus, logger, reqLog, ...): the word just before the dot
            receiver = _GO_NON_WORD.split(text[max(0, m.start() - 60):m.start()])[-1]
            if "log" not in receiver.lower() or _in_js_comment(text, m.start()):
                continue
            args, read_until = _go_field_args(text, m.end())
            secret = _go_secret_names(args, references)
            if secret:
                call = receiver + m.group(0).rstrip("(")
                secrets_out.append(CodeLocation(rel, line_at(text, m.start()), f"{call}(... {', '.join(secret)} ...)",
                                                test))
    for m in _GO_LOG_CALL.finditer(text):
        line = line_at(text, m.start())
        if _in_js_comment(text, m.start()):  # `//` comments, as in JavaScript
            continue
        args = _GO_STRING.sub(" ", m.group(3))
        secret = _go_secret_names(m.group(3), references)
        call = f"{m.group(1)}.{m.group(2)}"
        # fmt's printers are often a command's output (ardanlabs' admin `gentoken` prints the token it made, its
        # purpose): a secret-named value counts in a logger's call; a configuration printed whole counts in both
        if secret and m.group(1) != "fmt":
            secrets_out.append(CodeLocation(rel, line, f"{call}(... {', '.join(secret)} ...)", test))
        whole = [a.strip() for a in args.split(",") if _CONFIG_NAME.fullmatch(a.strip().rstrip(")").strip())]
        if whole:
            dumps.append(CodeLocation(rel, line, f"{call}(... {whole[0].rstrip(')')} ...)", test))
    return secrets_out, dumps


# File logging in Go: lumberjack's rotating writer (`&lumberjack.Logger{Filename: ...}`), zap's OutputPaths naming
# anything but stdout/stderr, and a file from os.OpenFile/os.Create handed to a logger as its output
# (`log.SetOutput(f)`, logrus' `logger.Out = f`, `zerolog.New(f)`, `slog.NewJSONHandler(f, nil)`, `zapcore.AddSync(f)`,
# also through io.MultiWriter).
_GO_LUMBERJACK = re.compile(r"\blumberjack\.Logger\s*\{")
_GO_ZAP_PATHS = re.compile(r"\b(?:Error)?OutputPaths\s*[:=]\s*\[\]string\s*\{([^{}\n]{0,500})\}")
_GO_OPENED_FILE = re.compile(r"\b([A-Za-z_]\w{0,60})\s*,\s*\w{1,60}\s*:?=\s*os\.(?:OpenFile|Create)\(")
_GO_LOG_SINK = re.compile(r"(?:\.SetOutput\(|\blog\.New\(|\bzerolog\.New\(|\bslog\.New(?:JSON|Text)Handler\("
                          r"|\bzapcore\.AddSync\(|\.Out\s*=)([^\n]{0,300})")


# A destination the configuration chooses: `switch out { case "stdout": log.Out = os.Stdout; case "stderr": ...;
# default: f, _ := os.OpenFile(out, ...); log.Out = f }` (gorush's logx.SetLogOut, whose defaults are stdout and
# stderr). The file is the fallback for a path someone configures, as Python's optional log-file parameter is; the
# `default:` before the sink and a stdout/stderr case before it, in the same switch (a bounded window).
_GO_DEFAULT_CASE = re.compile(r"\bdefault\s*:")
_GO_STREAM_CASE = re.compile(r"\bcase\s+\"(?:stdout|stderr)\"\s*[,:]")


def _go_stream_chosen(text: str, sink: int) -> bool:
    window = text[max(0, sink - 1500):sink]
    switch = window.rfind("switch ")
    defaults = list(_GO_DEFAULT_CASE.finditer(window, max(switch, 0)))
    if switch < 0 or not defaults:
        return False
    return _GO_STREAM_CASE.search(window, switch, defaults[-1].start()) is not None


def _go_file_logging(rel: str, text: str, test: bool) -> list[LoggingFact]:
    out: list[LoggingFact] = []
    if "lumberjack" in text:
        out += [LoggingFact("file-handler", "a lumberjack.Logger", rel, line_at(text, m.start()), test)
                for m in _GO_LUMBERJACK.finditer(text) if not _in_js_comment(text, m.start())]
    if "OutputPaths" in text:
        for m in _GO_ZAP_PATHS.finditer(text):
            paths = [p for p in _GO_STRING.findall(m.group(1)) if p.strip('"`') not in ("stdout", "stderr")]
            if paths and not _in_js_comment(text, m.start()):
                out.append(LoggingFact("file-handler", f"zap's OutputPaths {paths[0][:60]}", rel,
                                       line_at(text, m.start()), test))
    if "os.OpenFile" in text or "os.Create" in text:
        opened = {m.group(1) for m in _GO_OPENED_FILE.finditer(text) if not _in_js_comment(text, m.start())}
        opened.discard("_")
        for m in _GO_LOG_SINK.finditer(text):
            names = set(re.findall(r"(?<![\w.])[A-Za-z_]\w*", m.group(1)))
            if names & opened and not _in_js_comment(text, m.start()) and not _go_stream_chosen(text, m.start()):
                out.append(LoggingFact("file-handler", f"a logger writing to the file {sorted(names & opened)[0]} "
                                       "(os.OpenFile/os.Create)", rel, line_at(text, m.start()), test))
    return out


def _go_log_format(rel: str, text: str, lib: str, test: bool) -> LoggingFact:
    """What a Go file importing `lib` says of its log format (see _GO_FORMATS): `structured-lib` when it builds a JSON
    logger only, `text-format` ("<lib>: <how>") when it builds a text one only, `format-choice` ("<lib>: <json> or
    <text>") when it builds both (a flag or setting picks at run time), else `log-lib` (it only uses a logger built
    elsewhere; "logrus (SetFormatter)" when it sets a formatter of another kind)."""
    if lib == "zerolog":
        return _zerolog_format(rel, text, test)
    json_re, text_re = _GO_FORMATS[lib]
    json_hits = [m for m in json_re.finditer(text) if not _in_js_comment(text, m.start())]
    text_hits = [m for m in text_re.finditer(text) if not _in_js_comment(text, m.start())]
    if lib == "logrus" and ") Format(" in text:
        text_hits += _go_custom_logrus_text(text)
    if lib == "zap" and '"json"' in text and '"console"' in text and not (json_hits and text_hits):
        chosen = _GO_ZAP_ENCODING_VAR.search(text)
        if chosen is not None:
            return LoggingFact("format-choice", f'{lib}: Encoding "json" or "console" ({" ".join(chosen[0].split())})',
                               rel, line_at(text, chosen.start()), test)
    if json_hits and text_hits:
        first = min(json_hits[0].start(), text_hits[0].start())
        return LoggingFact("format-choice", f"{lib}: {json_hits[0].group(0).rstrip('(')} or "
                           f"{_go_format_name(text_hits[0])}", rel,
                           line_at(text, first), test)
    if json_hits:
        return LoggingFact("structured-lib", lib, rel, line_at(text, json_hits[0].start()), test)
    if text_hits:
        return LoggingFact("text-format", f"{lib}: {_go_format_name(text_hits[0])}", rel,
                           line_at(text, text_hits[0].start()), test)
    own = lib == "logrus" and "SetFormatter(" in text
    return LoggingFact("log-lib", f"{lib} (SetFormatter)" if own else lib, rel, 1, test)


def _go_format_name(m: re.Match[str]) -> str:
    if m.re is _GO_LOGRUS_OWN_FORMAT:
        return f"its own Formatter {m.group(1)} (text)"
    return m.group(0).rstrip("(")


def _go_custom_logrus_text(text: str) -> list[re.Match[str]]:
    """The logrus Formatters this file defines whose Format method encodes no JSON (its body: up to the next top-level
    func, at most 4,000 characters), each as the match of its method line."""
    out = []
    for n, m in enumerate(_GO_LOGRUS_OWN_FORMAT.finditer(text)):
        if n >= 20:  # past that, a crafted file: the formatters read so far decide
            break
        end = text.find("\nfunc ", m.end(), m.end() + 4000)
        body = text[m.end():end if end >= 0 else m.end() + 4000]
        if not _GO_JSON_ENCODE.search(body) and not _in_js_comment(text, m.start()):
            out.append(m)
    return out


# zerolog writes JSON (its global logger too, unbuilt) unless given a ConsoleWriter, which writes coloured text lines.
# Teams switch it on for a terminal (gorush: `if isatty.IsTerminal(os.Stdout.Fd())`) or development; the README's
# `log.Logger = log.Output(zerolog.ConsoleWriter{Out: os.Stderr})` in main writes text in production too.
_ZEROLOG_CONSOLE = re.compile(r"\bzerolog\.(?:ConsoleWriter\s*\{|NewConsoleWriter\()")
_ZEROLOG_BUILD = re.compile(r"\bzerolog\.New\(")
_GO_BRANCH = re.compile(r"(?:\}\s*)?(?:if|else|switch|case|default|select)\b")


def _go_enclosing_branch(text: str, pos: int) -> str | None:
    """The condition of the innermost if / else / switch case around `pos` in gofmt'd Go (found by indentation,
    looking back at most 400 lines: each line read once), "" for an else without its if; None when the code at `pos`
    runs whenever its function does."""
    lines = text[max(0, pos - 60_000):pos].split("\n")
    indent = len(lines[-1]) - len(lines[-1].lstrip("\t "))
    for line in reversed(lines[-400:-1]):
        stripped = line.strip()
        if not stripped:
            continue
        own = len(line) - len(line.lstrip("\t "))
        if own >= indent:
            continue
        indent = own
        if _GO_BRANCH.match(stripped):
            return stripped[:120]
        if stripped.startswith("func ") or own == 0:
            return None
    return None


def _zerolog_format(rel: str, text: str, test: bool) -> LoggingFact:
    """`structured-lib` for a file building a zerolog logger with no ConsoleWriter (or one only on a terminal's or
    development's branch), `text-format` for one given a ConsoleWriter whatever the run, `format-choice` for one on
    another condition's branch, `log-lib` for a file only using zerolog (JSON unless another file sets a writer)."""
    for n, m in enumerate(_ZEROLOG_CONSOLE.finditer(text)):
        if n >= 20:  # past that, a crafted file: the writers read so far decide
            break
        if _in_js_comment(text, m.start()):
            continue
        line = line_at(text, m.start())
        branch = _go_enclosing_branch(text, m.start())
        if branch is None:
            return LoggingFact("text-format", "zerolog: zerolog.ConsoleWriter", rel, line, test)
        if not DEV_CONDITION.search(branch) or branch.lstrip("} ").startswith("else"):
            return LoggingFact("format-choice", f"zerolog: JSON or zerolog.ConsoleWriter ({branch.rstrip('{ ')})",
                               rel, line, test)
    build = _ZEROLOG_BUILD.search(text)
    if build is not None:
        return LoggingFact("structured-lib", "zerolog", rel, line_at(text, build.start()), test)
    return LoggingFact("log-lib", "zerolog", rel, 1, test)


def _go_injected_env_reads(rel: str, text: str, test: bool) -> list[EnvRead]:
    """Reads through an injected env getter (_GO_ENV_PARAM): `getEnvVal("LOG_LEVEL")` reads LOG_LEVEL as
    os.Getenv would (an empty value when unset, which the caller may default)."""
    if "func(" not in text:
        return []
    getters = {m.group(1) for m in _GO_ENV_PARAM.finditer(text) if "env" in m.group(1).lower()}
    out = []
    for name in sorted(getters):
        for m in re.finditer(rf"(?<![\w.]){re.escape(name)}\(\s*\"([^\"\n]{{1,200}})\"", text):
            out.append(EnvRead(m.group(1), rel, line_at(text, m.start()), None, f"{name}()", test))
    return out


def _go_facts(rel: str, text: str, facts: CodeFacts) -> None:
    test = is_test_path(rel)
    facts.logging.extend(_go_file_logging(rel, text, test))
    if "og" in text or "fmt." in text:
        secret_logs, dumps = _go_secret_logs(rel, text, test)
        facts.secret_logs.extend(secret_logs)
        facts.config_dumps.extend(dumps)
    if any(lib in text for lib in _GO_ENV_LIBS):
        facts.env_reads += _go_tag_reads(rel, text, test)
    for m in _GO_ENV.finditer(text):
        # LookupEnv makes the caller handle absence; Getenv may or may not have a fallback after it.
        facts.env_reads.append(EnvRead(m.group(2), rel, line_at(text, m.start()),
                                       True if m.group(1) == "LookupEnv" else None, f"os.{m.group(1)}", test))
    facts.env_reads += _go_injected_env_reads(rel, text, test)
    for spec, lib in _GO_STRUCTURED.items():
        # zerolog's global logger is imported from its log package alone (`log.Info().Msg(...)`, JSON)
        if f'"{spec}"' in text or (lib == "zerolog" and '"github.com/rs/zerolog/log"' in text):
            facts.logging.append(_go_log_format(rel, text, lib, test))
    if "InsecureSkipVerify: true" in text:
        facts.tls_verify_off.append(CodeLocation(rel, line_at(text, text.index("InsecureSkipVerify: true")),
                                                 "tls.Config{InsecureSkipVerify: true}", test))


# Java/Kotlin flag SDKs by the package they import: LaunchDarkly's server SDK (`com.launchdarkly.sdk.server.LDClient`),
# OpenFeature, Unleash (`io.getunleash`, the older `no.finn.unleash`), Flagsmith, GrowthBook, FF4J, Togglz.
_JAVA_FLAG_SDKS = {"com.launchdarkly.sdk": "launchdarkly", "dev.openfeature.sdk": "openfeature",
                   "io.getunleash": "unleash", "no.finn.unleash": "unleash", "com.flagsmith": "flagsmith",
                   "growthbook.sdk": "growthbook", "org.ff4j": "ff4j", "org.togglz": "togglz"}
_JAVA_IMPORT = re.compile(r"^[ \t]*import[ \t]+(?:static[ \t]+)?([\w.]+)", re.M)
# A flag evaluated with its key written at the call (`ldClient.boolVariation("new-checkout", user, false)`); only in
# files importing an SDK, where `isEnabled` is the SDK's and not any object's.
_JAVA_FLAG = re.compile(r"\.(boolVariation|stringVariation|intVariation|doubleVariation|jsonValueVariation|"
                        r"boolVariationDetail|getBooleanValue|getStringValue|getIntegerValue|getDoubleValue|"
                        r"getObjectValue|getBooleanDetails|isEnabled|isFeatureEnabled|isOn|check)\(\s*\"([\w.:-]+)\"")


def _java_facts(rel: str, text: str, facts: CodeFacts) -> None:
    test = is_test_path(rel)
    sdks = {sdk for name in _JAVA_IMPORT.findall(text) if "." in name
            for prefix, sdk in _JAVA_FLAG_SDKS.items() if name.startswith(prefix)} if "import" in text else set()
    if sdks and not test:
        facts.flag_sdks |= sdks
    for m in _JAVA_FLAG.finditer(text) if sdks else ():
        facts.flags.append(FlagUse(m.group(2), sorted(sdks)[0], rel, line_at(text, m.start()), test))
    for m in _JAVA_ENV.finditer(text):
        facts.env_reads.append(EnvRead(m.group(1), rel, line_at(text, m.start()), None, "System.getenv", test))
    if "net.logstash.logback" in text or "JsonLayout" in text or "EcsLayout" in text:
        facts.logging.append(LoggingFact("structured-lib", "logback/log4j JSON", rel, 1, test))
    if "import org.springframework.boot." in text:  # Spring Boot configures logback itself
        facts.logging.append(LoggingFact("framework", "Spring Boot", rel, line_at(text, text.index(
            "import org.springframework.boot.")), test))


# --- the loader --------------------------------------------------------------------------------


def _texts(ctx: Context, suffixes: tuple[str, ...], facts: CodeFacts, language: str) -> Iterator[tuple[str, str]]:
    files = ctx.files.with_suffix(*suffixes)
    facts.files_by_language[language] = []
    for rel in files:
        if rel.endswith((".min.js", ".d.ts")):
            continue  # generated: no facts about the service's own code
        text = ctx.files.read_text(rel)
        if text is None:
            continue
        if "\x00" in text:
            facts.problems.append(CodeLocation(rel, 1, "binary content (NUL bytes); not read as source"))
            continue
        if len(text) > MAX_SOURCE_BYTES:  # same limit as Python: megabytes of source are generated or bundled
            facts.problems.append(CodeLocation(rel, 1, f"{len(text) / 1048576:.1f} MB (over the "
                                                       f"{MAX_SOURCE_BYTES // 1048576} MB code-fact limit; "
                                                       f"generated?): not read as source"))
            continue
        facts.files_by_language[language].append(rel)
        yield rel, text


def _csharp_cors(ctx: Context, facts: CodeFacts) -> None:
    """ASP.NET Core's CORS policies (C# is read for nothing else here): without them a .NET service's
    `SetIsOriginAllowed(_ => true)` with `AllowCredentials()` was an n/a of endpoint-security/cors."""
    from deploycheck.sources.cors_aspnet import cors_policies
    from deploycheck.sources.routes_aspnet import is_test_file

    for rel in ctx.files.with_suffix(".cs"):
        text = ctx.files.read_text(rel)
        if text is None or len(text) > MAX_SOURCE_BYTES or "\x00" in text:
            continue
        test = is_test_path(rel) or is_test_file(rel)
        facts.cors += [CorsSetting(rel, c.line, c.any_origin, c.credentials, "ASP.NET Core", test, c.origins_from)
                       for c in cors_policies(text)]


def code_facts(ctx: Context) -> CodeFacts:
    from deploycheck.sources.pyast import python_modules

    facts = CodeFacts()
    py = ctx.use(python_modules)  # one parse per file per run, shared with the routes/docs readers
    facts.files_by_language["python"] = sorted(py.modules)
    facts.problems += [CodeLocation(p.path, p.line or 1, p.message) for p in py.problems]
    for rel in facts.files_by_language["python"]:
        try:
            _python_facts(rel, py.modules[rel].tree, facts)
        except RecursionError:
            facts.problems.append(CodeLocation(rel, 1, "nesting too deep to analyse"))
    js_texts: dict[str, str] = {}
    for suffixes, language, reader in ((JS_SUFFIXES, "javascript", _js_facts), (GO_SUFFIXES, "go", _go_facts),
                                       (JAVA_SUFFIXES, "java", _java_facts)):
        for rel, text in _texts(ctx, suffixes, facts, language):
            reader(rel, text, facts)
            if language == "javascript":
                js_texts[rel] = text
            for m in _DYNAMIC_ENV.finditer(text):
                facts.env_dynamic.append(CodeLocation(rel, line_at(text, m.start()), m.group(0).rstrip("([ "),
                                                      is_test_path(rel)))
    _js_env_getter_reads(js_texts, facts)
    _csharp_cors(ctx, facts)
    facts.logging += [fact for name, found in sorted(facts.json_formatters.items()) if name in facts.formatters_used
                      for fact in found]
    for read in list(facts.env_reads):
        if read.name.upper().startswith(("FEATURE_", "FF_", "FLAG_")):
            facts.flags.append(FlagUse(read.name, "env", read.file, read.line, read.test))
        if _LOG_LEVEL_ENV.search(read.name) and not read.test and not (
                read.name.upper().endswith("DEBUG") and read.file in py.modules
                and _django_debug_is_not_a_level(py.modules[read.file].tree)):
            facts.logging.append(LoggingFact("level-from-env", read.name, read.file, read.line, read.test))
    return facts
