"""endpoint-security/debug-mode: a Python web service does not ship with its debug mode on, and a Spring Boot
service does not publish every actuator endpoint to anonymous callers.

Flask's debug mode serves the Werkzeug debugger (an interactive Python console on every error page: remote
code execution for whoever sees one); Django's DEBUG = True prints settings, SQL and stack traces to any
visitor. Only switches that the shipped service really reads are judged, so a settings module no deployment
loads, a development compose file or a test configuration never fails:
- a Django settings module that DJANGO_SETTINGS_MODULE names in the code (os.environ.setdefault), a
  Dockerfile or a uWSGI/ini file, with a module-level `DEBUG = True` (itself or a module it star-imports);
- `app.run(debug=True)` in code a container runs (`python <file>` in a Dockerfile) or outside `__main__`;
- a YAML configuration next to the package's code with `debug: true` under its server/app section (FOCA's
  `server: {debug: True}`);
- a Spring Boot `application*.properties|yml` under src/main/resources whose
  `management.endpoints.web.exposure.include` is `*` or names an endpoint that hands out secrets or state
  (heapdump, env, configprops, threaddump, loggers, ...), in a module that does not build with Spring Security
  (its starter or an OAuth2 starter) or whose Spring Security chain permits anonymous callers there
  (`.mvcMatchers("/actuator/**").permitAll()`);
- a Kubernetes workload (plain or rendered) whose container environment sets ASPNETCORE_ENVIRONMENT or
  DOTNET_ENVIRONMENT to Development, directly or through a ConfigMap it reads (envFrom, configMapKeyRef):
  ASP.NET Core then serves the developer exception page and loads appsettings.Development.json. Compose files
  and launchSettings.json are development tooling and are not read.
"""

from __future__ import annotations

import ast
import posixpath
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from deploycheck.checks.registry import check, failed, not_applicable, passed
from deploycheck.line_numbers import line_at
from deploycheck.model import Finding, Location
from deploycheck.sources.codefacts import is_test_path
from deploycheck.sources.yaml import YamlError, load_all

if TYPE_CHECKING:
    from deploycheck.context import Context

_SETTINGS_REF = re.compile(r"""DJANGO_SETTINGS_MODULE["']?\s*[=:,]\s*["']?([A-Za-z_][\w.]*)""")
_SERVER_SECTIONS = ("server", "app", "application", "flask", "django")
_NOT_APP_CONFIG = re.compile(r"(^|/)(\.github|\.gitlab|\.circleci|charts?|helm|k8s|kubernetes|deploy|manifests)(/|$)"
                             r"|(^|/)(docker-)?compose[^/]*$|(^|/)values[^/]*\.ya?ml$|(^|/)Chart\.yaml$")


def _debug_assignments(tree: ast.Module) -> list[ast.Assign]:
    return [node for node in tree.body if isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "DEBUG" for t in node.targets)]


def _module_debug(tree: ast.Module) -> int | None:
    """Line of a module-level `DEBUG = True`, the last assignment deciding."""
    assigned = _debug_assignments(tree)
    last = assigned[-1] if assigned else None
    return last.lineno if last and isinstance(last.value, ast.Constant) and last.value.value is True else None


def _star_imports(rel: str, tree: ast.Module) -> list[str]:
    """Files of the relative modules `from .base import *` pulls in (one level is how settings are split)."""
    folder = posixpath.dirname(rel)
    out = []
    for node in tree.body:
        if (isinstance(node, ast.ImportFrom) and node.level == 1 and node.module
                and any(a.name == "*" for a in node.names)):
            out.append(posixpath.join(folder, *node.module.split(".")) + ".py")
    return out


def _loaded_settings(ctx: Context, modules: dict[str, Any]) -> dict[str, str]:
    """Settings file -> where it is named as DJANGO_SETTINGS_MODULE (code, Dockerfile or ini; not CI, compose
    or documentation, which name test and development settings)."""
    named: dict[str, str] = {}
    for rel in ctx.files.files:
        name = rel.rpartition("/")[2]
        if is_test_path(rel) or not (rel.endswith((".py", ".ini")) or name.startswith("Dockerfile")):
            continue
        text = ctx.files.read_text(rel) or ""
        for m in _SETTINGS_REF.finditer(text):
            named.setdefault(m.group(1), rel)
    out: dict[str, str] = {}
    for dotted, where in named.items():
        path = dotted.replace(".", "/")
        for candidate in (f"{path}.py", f"{path}/__init__.py"):
            for rel in modules:  # the package may sit below the repository root (src/, a service folder)
                if rel == candidate or rel.endswith("/" + candidate):
                    out[rel] = where
    return out


class _Unknown(Exception):
    """The expression holds something this reader does not evaluate."""


_ENV_GETTERS = frozenset({"os.environ.get", "os.getenv", "environ.get", "getenv"})


def _env_read(node: ast.AST) -> ast.Call | None:
    """The one `os.environ.get(NAME[, default])` / `os.getenv(...)` call with a literal name inside the expression."""
    calls = [n for n in ast.walk(node) if isinstance(n, ast.Call) and ast.unparse(n.func) in _ENV_GETTERS
             and n.args and isinstance(n.args[0], ast.Constant) and isinstance(n.args[0].value, str)]
    return calls[0] if len(calls) == 1 else None


def _evaluate(node: ast.AST, read: ast.Call, value: Any) -> Any:
    """The expression's value with the env read replaced by `value` (a string, or the call's default): constants,
    comparisons, and/or/not, bool()/int()/str(), str.lower()/upper()/strip(); anything else is _Unknown."""
    if node is read:
        return value
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        return tuple(_evaluate(e, read, value) for e in node.elts)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        return not _evaluate(node.operand, read, value)
    if isinstance(node, ast.BoolOp):
        result: Any = None
        for operand in node.values:
            result = _evaluate(operand, read, value)
            if (isinstance(node.op, ast.Or) and result) or (isinstance(node.op, ast.And) and not result):
                return result
        return result
    if isinstance(node, ast.Compare) and len(node.ops) == 1:
        left, right = _evaluate(node.left, read, value), _evaluate(node.comparators[0], read, value)
        op = node.ops[0]
        try:
            if isinstance(op, ast.Eq | ast.Is):
                return left == right
            if isinstance(op, ast.NotEq | ast.IsNot):
                return left != right
            if isinstance(op, ast.In):
                return left in right
            if isinstance(op, ast.NotIn):
                return left not in right
        except TypeError as exc:
            raise _Unknown from exc
    if isinstance(node, ast.Call) and len(node.args) <= 1 and not node.keywords:
        if isinstance(node.func, ast.Name) and node.func.id in ("bool", "int", "str") and node.args:
            try:
                return {"bool": bool, "int": int, "str": str}[node.func.id](_evaluate(node.args[0], read, value))
            except (TypeError, ValueError) as exc:
                raise _Unknown from exc
        if isinstance(node.func, ast.Attribute) and node.func.attr in ("lower", "upper", "strip", "casefold"):
            target = _evaluate(node.func.value, read, value)
            if isinstance(target, str) and not node.args:
                return str(getattr(target, node.func.attr)())
    raise _Unknown


def _deployed_env(ctx: Context) -> dict[str, list[str | None]]:
    """Variable -> the values the deployment manifests' containers set (None: from a ConfigMap or Secret)."""
    from deploycheck.sources.kubernetes import all_objects

    out: dict[str, list[str | None]] = {}
    for obj in ctx.use(all_objects).workloads:
        for c in obj.containers():
            for entry in c.spec.get("env") or []:
                if isinstance(entry, dict) and isinstance(entry.get("name"), str):
                    raw = entry.get("value")
                    out.setdefault(entry["name"], []).append(None if "valueFrom" in entry else
                                                             "" if raw is None else str(raw))
    return out


def _env_debug(ctx: Context, assign: ast.Assign) -> str | None:
    """Why a `DEBUG = <expression of one env variable>` is True in production: its default when no deployment
    manifest sets the variable (`os.environ.get("DEBUG", True)`, `os.getenv("DJANGO_DEBUG", "True") == "True"`), or
    the value a manifest sets (`bool(os.environ.get("DEBUG", False))` with DEBUG="False": any non-empty string is
    true). None when it is False, or cannot be told (another helper, a value from a ConfigMap or Secret)."""
    read = _env_read(assign.value)
    if read is None:
        return None
    name = read.args[0].value  # type: ignore[attr-defined]
    default_node = read.args[1] if len(read.args) > 1 else next((k.value for k in read.keywords
                                                                 if k.arg == "default"), None)
    deployed = _deployed_env(ctx).get(name)
    try:
        if deployed:
            # a value per environment (values-dev.yaml's "True", the others' "False") is the team's choice per
            # environment: only a variable every deployment sets to a true value is a finding
            if None in deployed or not all(_evaluate(assign.value, read, v) for v in deployed):
                return None
            return f"every deployment manifest sets {name} to a value that makes it True ({deployed[0]!r})"
        default = None if default_node is None else _evaluate(default_node, read, None)
        if _evaluate(assign.value, read, default):
            return f"it is True unless {name} is set, and no deployment manifest sets {name}"
    except _Unknown:
        return None
    return None


def _django(ctx: Context, modules: dict[str, Any]) -> Iterator[Finding]:
    for rel, where in sorted(_loaded_settings(ctx, modules).items()):
        files = [rel, *_star_imports(rel, modules[rel].tree)]
        for current in files:  # the settings module's own assignment wins over what it star-imports
            if current in modules and (line := _module_debug(modules[current].tree)):
                yield failed(f"DEBUG = True in {current}, part of the Django settings {where} loads: error pages "
                             "show settings, SQL and stack traces to every visitor", Location(path=current, line=line))
                break
            assigned = _debug_assignments(modules[current].tree) if current in modules else []
            if assigned and (why := _env_debug(ctx, assigned[-1])):
                last = assigned[-1]
                yield failed(f"DEBUG = {ast.unparse(last.value)[:100]} in {current}, part of the Django settings "
                             f"{where} loads: {why}; error pages then show settings, SQL and stack traces to every "
                             "visitor", Location(path=current, line=last.lineno),
                             remediation="Default DEBUG to False (os.environ.get(\"DEBUG\", \"False\") == \"True\") "
                                         "and switch it on only in development.")
                break
            if assigned:
                break  # set here, not to True: what it imports does not matter


def _runs_debug(tree: ast.Module) -> Iterator[tuple[int, bool]]:
    """(line, under __main__) of `*.run(..., debug=True)` calls."""
    main_nodes: set[int] = set()
    for stmt in tree.body:
        if isinstance(stmt, ast.If) and "__main__" in ast.unparse(stmt.test):
            main_nodes.update(id(n) for n in ast.walk(stmt))
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "run"
                and any(k.arg == "debug" and isinstance(k.value, ast.Constant) and k.value.value is True
                        for k in node.keywords)):
            yield node.lineno, id(node) in main_nodes


def _flask_run(ctx: Context, modules: dict[str, Any]) -> Iterator[Finding]:
    # What the images start: CMD/ENTRYPOINT of each Dockerfile's last stage (a `dev` stage's `python app.py`
    # is not what a multi-stage build ships).
    starts = []
    for rel in ctx.files.files:
        if rel.rpartition("/")[2].startswith("Dockerfile"):
            last_stage = re.split(r"(?im)^\s*FROM\s", ctx.files.read_text(rel) or "")[-1]
            starts += re.findall(r"(?im)^\s*(?:CMD|ENTRYPOINT)\b[^\n]*", last_stage)
    dockerfiles = "\n".join(starts)
    for rel in sorted(modules):
        # a `debug=True` keyword needs the word in the text: most modules are not walked at all
        if is_test_path(rel) or "debug" not in modules[rel].text:
            continue
        name = rel.rpartition("/")[2]
        for line, under_main in _runs_debug(modules[rel].tree):
            run_by_image = re.search(rf"python[\d.]*\b[^\n]*\b{re.escape(name)}\b", dockerfiles) is not None
            if not under_main or run_by_image:
                how = "the image runs it" if run_by_image else "at import time"
                yield failed(f"{rel} starts the development server with debug=True ({how}): the Werkzeug "
                             "debugger answers every error", Location(path=rel, line=line))


def _yaml_config(ctx: Context, modules: dict[str, Any]) -> Iterator[Finding]:
    code_dirs = {posixpath.dirname(rel) for rel in modules}
    for rel in ctx.files.files:
        if not rel.endswith((".yaml", ".yml")) or is_test_path(rel) or _NOT_APP_CONFIG.search(rel):
            continue
        if posixpath.dirname(rel) not in code_dirs:
            continue  # configuration shipped inside the package, next to its code
        try:
            docs = load_all(ctx.files.read_text(rel) or "").docs
        except YamlError:
            continue
        for doc in docs:
            if not isinstance(doc, dict) or "kind" in doc:
                continue
            for section in _SERVER_SECTIONS:
                body = doc.get(section)
                if isinstance(body, dict) and body.get("debug") is True:
                    text = ctx.files.read_text(rel) or ""
                    m = re.search(r"^[ \t]*debug\s*:", text, re.M)
                    line = line_at(text, m.start()) if m else None
                    yield failed(f"{rel} ships `{section}: debug: true`: the service starts in debug mode (for "
                                 "Flask, the Werkzeug debugger on every error page)", Location(path=rel, line=line))


@check(
    "endpoint-security/debug-mode",
    title="The shipped configuration does not start the service in debug mode",
    severity="high",
    needs=("source code",),
    rationale="Flask's debug mode serves the Werkzeug debugger, an interactive console on every error page "
              "(remote code execution); Django's DEBUG = True shows settings, SQL and stack traces to anyone; "
              "Spring Boot's actuator exposed with include=* serves the environment and heap dumps; ASP.NET Core "
              "in its Development environment serves the developer exception page.",
    remediation="Read the debug switch from the environment with an off default (DEBUG = env('DEBUG', "
                "default=False)), run a WSGI/ASGI server (gunicorn, uvicorn) instead of app.run(), and keep "
                "debug: true out of the configuration baked into the image; deploy ASP.NET Core services with "
                "ASPNETCORE_ENVIRONMENT=Production (or leave it unset).",
    references=("https://flask.palletsprojects.com/en/latest/debugging/",
                "https://docs.djangoproject.com/en/stable/ref/settings/#debug"),
)
def debug_mode(ctx: Context) -> Iterator[Finding]:
    from deploycheck.sources.pyast import python_modules

    modules = ctx.use(python_modules).modules
    spring = _spring_configs(ctx)
    dotnet = [rel for rel in ctx.files.files if rel.endswith(".csproj") and not is_test_path(rel)]
    if not modules and not spring and not dotnet:
        yield not_applicable("no Python source code, no Spring Boot configuration and no .NET project")
        return
    found = [*_django(ctx, modules), *_flask_run(ctx, modules), *_yaml_config(ctx, modules)] if modules else []
    found += list(_spring_actuator(ctx, spring))
    found += list(_aspnet_development(ctx)) if dotnet else []
    yield from found
    if not found:
        looked = [f"{len(modules)} Python files, the Django settings they load and the YAML configuration beside "
                  "them"] if modules else []
        looked += [f"{len(spring)} Spring Boot configuration file(s)"] if spring else []
        looked += [f"the ASP.NET Core environment of the Kubernetes workloads ({len(dotnet)} .NET project(s))"] \
            if dotnet else []
        yield passed(f"no debug switch on in {' and '.join(looked)}")


_ASPNET_ENVIRONMENT = ("ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT")


def _development(value: Any) -> bool:
    return isinstance(value, str) and value.strip().lower() == "development"


def _aspnet_development(ctx: Context) -> Iterator[Finding]:
    """Workloads whose containers run ASP.NET Core in its Development environment (eShopOnDapr's chart sets
    ASPNETCORE_ENVIRONMENT: Development in every service's ConfigMap, read with envFrom)."""
    from deploycheck.sources.kubernetes import all_objects

    kube = ctx.use(all_objects)
    configmaps: dict[str, list[Any]] = {}
    for cm in kube.of_kind("ConfigMap"):
        configmaps.setdefault(cm.name, []).append(cm)

    def configmap(name: Any, namespace: str | None) -> Any:
        same = [cm for cm in configmaps.get(str(name), []) if cm.namespace in (namespace, None) or namespace is None]
        return same[0] if same else None

    reported: set[tuple[str, str]] = set()
    for obj in kube.workloads:
        for c in obj.containers(include_init=False):
            env = c.spec.get("env")
            for j, entry in enumerate(env if isinstance(env, list) else []):
                if not isinstance(entry, dict) or entry.get("name") not in _ASPNET_ENVIRONMENT:
                    continue
                ref = (entry.get("valueFrom") or {}).get("configMapKeyRef") if isinstance(
                    entry.get("valueFrom"), dict) else None
                if _development(entry.get("value")):
                    yield failed(f"{obj.ref} container {c.name} runs with {entry['name']}=Development: ASP.NET Core "
                                 "serves the developer exception page (stack traces, source lines) and loads the "
                                 "development settings", obj.location((*c.path, "env", j), container=c.name))
                elif isinstance(ref, dict) and (cm := configmap(ref.get("name"), obj.namespace)) is not None:
                    yield from _configmap_development(cm, [str(ref.get("key"))], obj, reported)
            env_from = c.spec.get("envFrom")
            for source in env_from if isinstance(env_from, list) else []:
                ref = source.get("configMapRef") if isinstance(source, dict) else None
                if isinstance(ref, dict) and (cm := configmap(ref.get("name"), obj.namespace)) is not None:
                    yield from _configmap_development(cm, list(_ASPNET_ENVIRONMENT), obj, reported)


def _configmap_development(cm: Any, keys: list[str], workload: Any, reported: set[tuple[str, str]]
                           ) -> Iterator[Finding]:
    data = cm.body.get("data")
    for key in keys:
        if key in _ASPNET_ENVIRONMENT and isinstance(data, dict) and _development(data.get(key)) \
                and (cm.path, f"{cm.ref}/{key}") not in reported:
            reported.add((cm.path, f"{cm.ref}/{key}"))
            yield failed(f"{cm.ref} sets {key}=Development for {workload.ref}: ASP.NET Core serves the developer "
                         "exception page (stack traces, source lines) and loads the development settings",
                         cm.location(("data", key)))


# Spring Boot's actuator: `management.endpoints.web.exposure.include=*` publishes every management endpoint over
# HTTP (/actuator/env, /actuator/heapdump, /actuator/loggers to change levels, /actuator/threaddump); without
# Spring Security in the build nothing asks who is calling (ewolff/microservice-kubernetes' three services). Naming
# them does the same: `include: configprops, env, heapdump, loggers, ...` (polar-bookshop's services). And Spring
# Security in the build guards nothing its own chain lets through: `.mvcMatchers("/actuator/**").permitAll()`
# hands the heap dump (every credential the service holds) to any caller that reaches the pod.
_SPRING_CONFIG = re.compile(r"(^|/)src/main/resources/(application|bootstrap)[\w-]*\.(properties|ya?ml)$")
_ACTUATOR_ALL_PROPERTIES = re.compile(r"^[ \t]*management\.endpoints\.web\.exposure\.include[ \t]*[=:][ \t]*[\"']?\*",
                                      re.M)
_ACTUATOR_ALL_YAML = re.compile(r"^([ \t]*)exposure:[ \t]*\n\1[ \t]+include:[ \t]*[\"']\*[\"']", re.M)
_ACTUATOR_PROPERTY = re.compile(r"^[ \t]*management\.endpoints\.web\.(exposure\.include|exposure\.exclude|base-path)"
                                r"[ \t]*[=:][ \t]*([^\n]{0,500})", re.M)
# Endpoints that hand out what the service knows or let the caller change it (Spring Boot reference, "Actuator
# endpoints" and its security section): memory and thread dumps, the environment and bound properties, log files,
# recorded requests with their headers, sessions, log levels, shutdown, JMX over HTTP. health, info, prometheus,
# metrics and mappings are left out: a probe or a scrape needs them, and they carry no credential.
_SENSITIVE_ENDPOINTS = ("heapdump", "env", "configprops", "threaddump", "logfile", "httptrace", "httpexchanges",
                        "sessions", "loggers", "shutdown", "jolokia")  # most telling first (named in the finding)
# Build files whose dependencies put Spring Security on the classpath (the OAuth2 starters depend on it)
_SPRING_SECURITY_STARTERS = ("spring-boot-starter-security", "spring-boot-starter-oauth2-resource-server",
                             "spring-boot-starter-oauth2-client")


def _spring_configs(ctx: Context) -> list[str]:
    return [rel for rel in ctx.files.files if _SPRING_CONFIG.search(rel) and not is_test_path(rel)]


def _spring_security(ctx: Context, config: str) -> bool:
    """The module of the configuration (the folder above src/main/resources) builds with Spring Security."""
    module = config.split("src/main/resources/", 1)[0]
    return any(rel.startswith(module) and rel.rpartition("/")[2] in ("pom.xml", "build.gradle", "build.gradle.kts")
               and any(s in (ctx.files.read_text(rel) or "") for s in _SPRING_SECURITY_STARTERS)
               for rel in ctx.files.files)


def _names(value: Any) -> set[str]:
    """`"configprops, env"`, `["env", "heapdump"]` or `"*"` -> lower-case endpoint ids."""
    items = value if isinstance(value, list) else str(value).split(",") if value is not None else []
    return {str(i).strip().strip("\"'").lower() for i in items if str(i).strip()}


def _yaml_setting(node: Any, parts: tuple[str, ...]) -> Any:
    """The value at `parts` of a Spring YAML document, where a key may itself be dotted (`management.endpoints:`)."""
    if not parts:
        return node
    if not isinstance(node, dict):
        return None
    for key, value in node.items():
        keys = tuple(str(key).split("."))
        if parts[:len(keys)] == keys:
            found = _yaml_setting(value, parts[len(keys):])
            if found is not None:
                return found
    return None


def _actuator_exposure(rel: str, text: str) -> tuple[set[str], str, int] | None:
    """The sensitive endpoints a configuration file publishes over HTTP, the actuator's base path and the line of the
    setting; None when it publishes none. `*` counts as all of them."""
    include: set[str] = set()
    exclude: set[str] = set()
    base = "/actuator"
    at = -1
    if rel.endswith(".properties"):
        for m in _ACTUATOR_PROPERTY.finditer(text):
            key, value = m.group(1), m.group(2).strip()
            if key == "base-path":
                base = value or base
            elif key == "exposure.include":
                include |= _names(value)
                at = m.start()
            else:
                exclude |= _names(value)
    else:
        all_star = _ACTUATOR_ALL_YAML.search(text)
        try:
            docs = load_all(text).docs
        except YamlError:
            docs = []
        for doc in docs:
            web = _yaml_setting(doc, ("management", "endpoints", "web"))
            if not isinstance(web, dict):
                continue
            include |= _names(_yaml_setting(web, ("exposure", "include")))
            exclude |= _names(_yaml_setting(web, ("exposure", "exclude")))
            path = _yaml_setting(web, ("base-path",))
            base = str(path) if isinstance(path, str) and path else base
        if all_star:
            include.add("*")
        if include:
            found = re.search(r"^[ \t]*(?:management\.endpoints\.web\.exposure\.)?include[ \t]*:", text, re.M)
            at = found.start() if found else 0
    exposed = (set(_SENSITIVE_ENDPOINTS) if "*" in include else include & set(_SENSITIVE_ENDPOINTS)) - exclude
    if not exposed or "*" in exclude:
        return None
    return exposed, "/" + base.strip().strip("/"), line_at(text, max(at, 0))


def _actuator_opened(ctx: Context, config: str, endpoints: set[str], base: str) -> tuple[str, str] | None:
    """The Spring Security rule of the configuration's module that lets an anonymous caller reach one of the exposed
    endpoints, as (endpoint, "rule (file:line)"); None when no chain of the module resolves to an open rule for
    them (a rule the text cannot resolve decides nothing here: never a finding from a guess)."""
    from deploycheck.sources.routes import code_routes
    from deploycheck.sources.spring_security import ant_match, decide

    module = config.split("src/main/resources/", 1)[0].rstrip("/")
    for layer in ctx.use(code_routes).layers:
        if layer.framework != "spring" or not layer.rules or layer.scope != module:
            continue
        for endpoint in [e for e in _SENSITIVE_ENDPOINTS if e in endpoints]:
            path = f"{base.rstrip('/')}/{endpoint}"
            if layer.chain_scope and not any(ant_match(p, path) for p in layer.chain_scope):
                continue
            rule = decide(layer.rules, "GET", path)
            if rule is not None and rule.open and not rule.unresolved and not rule.any_request:
                return endpoint, f"{rule.text} ({layer.file}:{rule.line})"
    return None


def _spring_actuator(ctx: Context, configs: list[str]) -> Iterator[Finding]:
    for rel in configs:
        text = ctx.files.read_text(rel) or ""
        exposure = _actuator_exposure(rel, text)
        if exposure is None:
            continue
        endpoints, base, line = exposure
        shown = ", ".join([e for e in _SENSITIVE_ENDPOINTS if e in endpoints][:6])
        fix = ("Expose only health (and prometheus) over HTTP (management.endpoints.web.exposure.include="
               "health,prometheus), or put the actuator on a separate management port behind authentication.")
        if not _spring_security(ctx, rel):
            yield failed(f"{rel} exposes Spring Boot actuator endpoints over HTTP ({shown}) and the module has no "
                         f"Spring Security: {base}/env, {base}/heapdump and the like answer anyone",
                         Location(path=rel, line=line), remediation=fix)
        elif opened := _actuator_opened(ctx, rel, endpoints, base):
            endpoint, rule = opened
            yield failed(f"{rel} exposes Spring Boot actuator endpoints over HTTP ({shown}) and the module's Spring "
                         f"Security lets anonymous callers reach {base}/{endpoint}: {rule}",
                         Location(path=rel, line=line), remediation=fix)
