"""env-vars: every variable the code reads is documented, documented ones are read, required ones are set."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from deploycheck.checks.kubernetes import unless_unbuilt
from deploycheck.checks.registry import check, failed, not_applicable, passed, skipped, warned
from deploycheck.model import Finding, Location
from deploycheck.sources.cli_tools import tool_of, tools_run
from deploycheck.sources.codefacts import EnvRead, code_facts, is_test_path
from deploycheck.sources.deployenv import deployment_env
from deploycheck.sources.envdocs import env_docs, is_env_example
from deploycheck.sources.languages import JS_SUFFIXES, UNREAD_BY_CODE_FACTS
from deploycheck.sources.mentions import find_mentions, is_documentation

if TYPE_CHECKING:
    from deploycheck.context import Context

# Variables the OS, the container runtime or Kubernetes provide; nobody documents reading them.
PLATFORM_VARS = frozenset({
    "HOME", "PATH", "USER", "USERNAME", "LOGNAME", "HOSTNAME", "PWD", "SHELL", "TERM", "TMPDIR", "TEMP", "TMP",
    "LANG", "LC_ALL", "TZ", "CI", "NODE_ENV", "PYTHONPATH", "VIRTUAL_ENV", "KUBERNETES_SERVICE_HOST",
    "KUBERNETES_SERVICE_PORT", "GITHUB_ACTIONS", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "NO_COLOR", "COLUMNS",
    "PYTEST_CURRENT_TEST", "GOPATH", "JAVA_HOME",
    # the Go runtime's own settings (documented by the runtime package): code that reads GOMAXPROCS only checks
    # whether the operator set it (metrics-server's main leaves it alone when set)
    "GOMAXPROCS", "GOGC", "GOMEMLIMIT", "GODEBUG", "GOTRACEBACK",
    # set by the hosting platform in every instance, never by the deployment: Azure App Service (nodejs-demoapp's
    # /info page reads WEBSITE_SITE_NAME to name the environment), Cloud Run / Knative, Heroku
    "WEBSITE_SITE_NAME", "WEBSITE_HOSTNAME", "WEBSITE_INSTANCE_ID", "WEBSITE_RESOURCE_GROUP", "WEBSITE_OWNER_NAME",
    "K_SERVICE", "K_REVISION", "K_CONFIGURATION", "DYNO",
    # AWS credentials and region the platform injects for the AWS SDKs, which document them: EKS's IRSA webhook
    # (role, web-identity token file, region), EKS Pod Identity and ECS (container credentials endpoint and token);
    # policy-reporter's S3/Kinesis/SecurityHub targets read them to pick the credential provider
    "AWS_ROLE_ARN", "AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_STS_REGIONAL_ENDPOINTS",
    "AWS_CONTAINER_CREDENTIALS_FULL_URI", "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
    "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",
    # the Kubernetes clients' own variable (kubectl, client-go's clientcmd), documented by Kubernetes: a controller's
    # out-of-cluster fallback reads it (Forecastle's pkg/kube/client.go), in the cluster the service account is used
    "KUBECONFIG",
})
# Variables the runtime or server reads by itself, not the service's code: uWSGI takes any option as
# UWSGI_<OPTION>, the interpreters their PYTHON*/NODE_OPTIONS/JAVA_TOOL_OPTIONS, OpenTelemetry SDKs OTEL_*,
# gunicorn GUNICORN_CMD_ARGS. Documenting them is not stale documentation.
RUNTIME_PREFIXES = ("UWSGI_", "GUNICORN_CMD_ARGS", "PYTHON", "NODE_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS",
                    "OTEL_")


# npm sets npm_config_*/npm_package_*/npm_lifecycle_* for the scripts it runs: never the deployment's to set
_NPM_VARS = ("npm_config_", "npm_package_", "npm_lifecycle_")


# Front-end build configuration (webpack/vite/next/jest `*.config.js`, the Vue CLI template's `config/*.env.js` and
# `build/*.js`): read when the bundle is built (`RUN ROOT_API=... npm run build`), not by the running container.
_BUILD_CONFIG = re.compile(r"(?:^|/)(?:[\w.-]+\.config\.[cm]?[jt]s|\.eslintrc\.[cm]?js|config/[\w.-]+\.env\.[jt]s"
                           r"|build/[\w.-]+\.[jt]s)$")


# Variables a browser bundler defines itself in every build, documented by the bundler and never the deployment's to
# set: Create React App's PUBLIC_URL (from package.json's homepage; CRA's serviceWorker.js reads it, as Forecastle's
# frontend does), Vite's import.meta.env.MODE/BASE_URL/PROD/DEV/SSR, Vue CLI's BASE_URL.
_BUNDLER_BUILTINS = {"react-scripts": frozenset({"PUBLIC_URL"}),
                     "vite": frozenset({"MODE", "BASE_URL", "PROD", "DEV", "SSR"}),
                     "@vue/cli-service": frozenset({"BASE_URL"})}


def service_reads(ctx: Context) -> dict[str, list[EnvRead]]:
    """Env vars the service's own (non-test) code reads, by name."""
    out: dict[str, list[EnvRead]] = {}
    packages = {f for f in ctx.files.files if f == "package.json" or f.endswith("/package.json")}
    deps: dict[str, frozenset[str]] = {}
    for read in ctx.use(code_facts).env_reads:
        if read.test or read.name in PLATFORM_VARS or read.name.startswith(_NPM_VARS):
            continue
        if read.file.endswith(_SCRIPT_SUFFIXES):
            folder = read.file.rpartition("/")[0]
            bundlers = _package_dependencies(ctx, folder, packages, deps) & _BUNDLER_BUILTINS.keys()
            if any(read.name in _BUNDLER_BUILTINS[b] for b in bundlers):
                continue
        out.setdefault(read.name, []).append(read)
    return out


def _package_dependencies(ctx: Context, folder: str, packages: set[str], cache: dict[str, frozenset[str]]
                          ) -> frozenset[str]:
    """The dependency names (runtime and development) of the nearest package.json at or above the folder. Walked
    up in a loop, not by recursion: a hostile repository's folders can nest deeper than Python's recursion limit."""
    climbed: list[str] = []
    current = folder
    while current not in cache:
        manifest = f"{current}/package.json" if current else "package.json"
        if manifest in packages:
            cache[current] = _dependency_names(ctx.files.read_text(manifest) or "")
        elif not current:
            cache[current] = frozenset()
        else:
            climbed.append(current)
            current = current.rpartition("/")[0]
    for below in climbed:
        cache[below] = cache[current]
    return cache[folder]


def _dependency_names(package_json: str) -> frozenset[str]:
    from deploycheck.sources.files import parse_json

    try:
        data = parse_json(package_json)
    except ValueError:
        return frozenset()
    names: set[str] = set()
    for key in ("dependencies", "devDependencies"):
        section = data.get(key) if isinstance(data, dict) else None
        if isinstance(section, dict):
            names.update(str(k) for k in section)
    return frozenset(names)


# A browser bundle's `process.env.X` / `import.meta.env.X` is replaced by its value when the bundle is built (Vite,
# Vue CLI, Create React App, Parcel, Angular): the running container never reads it. Server-rendering frameworks
# (Next, Nuxt) and plain webpack can read the environment at run time, so they are not in this list.
_CLIENT_BUNDLERS = frozenset({"vite", "@vue/cli-service", "react-scripts", "parcel", "@angular/cli",
                              "@angular-devkit/build-angular"})
_SCRIPT_SUFFIXES = (*JS_SUFFIXES, ".vue", ".svelte")


def _bundled_for_the_browser(ctx: Context, rel: str, packages: set[str], cache: dict[str, frozenset[str]]) -> bool:
    """The nearest package.json above the file builds a browser bundle."""
    if not rel.endswith(_SCRIPT_SUFFIXES):
        return False
    deps = _package_dependencies(ctx, rel.rpartition("/")[0], packages, cache)
    return not _CLIENT_BUNDLERS.isdisjoint(deps) and not {"next", "nuxt"} & deps


def runtime_reads(ctx: Context) -> dict[str, list[EnvRead]]:
    """service_reads without the front-end build's reads (build configuration and browser bundles: build time,
    not the container's)."""
    out: dict[str, list[EnvRead]] = {}
    packages = {f for f in ctx.files.files if f == "package.json" or f.endswith("/package.json")}
    bundled: dict[str, frozenset[str]] = {}
    for name, reads in service_reads(ctx).items():
        kept = [r for r in reads if not _BUILD_CONFIG.search(r.file)
                and not _bundled_for_the_browser(ctx, r.file, packages, bundled)]
        if kept:
            out[name] = kept
    return out


def _service_folders(ctx: Context) -> list[str]:
    """The folders of the repository's dependency manifests below the root: each is a service (or a library of one)."""
    from deploycheck.sources.lockfiles import dependency_set

    return sorted({m.path.rpartition("/")[0] for m in ctx.use(dependency_set).manifests} - {""})


def _documents(doc: str, code: str, folders: list[str]) -> bool:
    """A document mentioning a variable documents it for the code at `code` unless the document lies in a service
    folder that does not hold that code (another service's README)."""
    return not any(doc.startswith(f"{folder}/") and not code.startswith(f"{folder}/") for folder in folders)


def _named_in_own_docs(ctx: Context, name: str, code: str, files: list[str], folders: list[str]) -> bool:
    """The name written as a word in a document that documents the code at `code`, in any form the structured reading
    of env_docs leaves out (smilr's node/frontend/readme.md: a `|PORT|Optional. Port the server will listen on.|` row
    under "Variable Name", a bare word without an underscore): this rule must not call that undocumented."""
    pattern = re.compile(rf"(?<![\w$]){re.escape(name)}(?!\w)")
    return any(pattern.search(ctx.all_files.read_text(f) or "") for f in files if _documents(f, code, folders))


def _unread_source(ctx: Context) -> dict[str, int]:
    """The service code (test code left out) in languages the env-var reader does not read, file counts by language:
    where the read languages show no env-var read, these may hold them all (a Rails app's `ENV.fetch`)."""
    counts: dict[str, int] = {}
    for rel in ctx.files.with_suffix(*UNREAD_BY_CODE_FACTS):
        if not is_test_path(rel):
            language = UNREAD_BY_CODE_FACTS[PurePosixPath(rel).suffix.lower()]
            counts[language] = counts.get(language, 0) + 1
    return counts


def _unread_skip(ctx: Context, found: str) -> Finding | None:
    """`skipped` instead of an n/a that only the read languages earned, or None when nothing went unread."""
    unread = _unread_source(ctx)
    if not unread:
        return None
    listed = ", ".join(f"{n} {language} file(s)" for language, n in sorted(unread.items()))
    return skipped(f"{found} in the code read (Python, JS/TS, Go, Java, Kotlin), but {listed} were not read: "
                   "environment variables are not read from them", evidence={"unread": unread})


def _trait_help_documents(ctx: Context, name: str, reads: list[EnvRead]) -> str | None:
    """The trait whose help documents `name` when every read of it is the `@default` of a traitlets trait declared
    with `config=True` and a help text naming the variable: traitlets prints that help for `--help-all` and the
    configuration reference (Sphinx's autoconfigurable) renders it. binderhub's GitHubRepoProvider.client_id:
    `help="...Loaded from GITHUB_CLIENT_ID env by default."`, `@default("client_id")` returns
    `os.getenv("GITHUB_CLIENT_ID", "")`. A read outside such a default is not documented by it."""
    from deploycheck.sources.pyast import python_modules

    modules = ctx.use(python_modules).modules
    found = None
    for read in reads:
        module = modules.get(read.file)
        trait = _trait_of_default(module.tree, read.line, name) if module and name in module.text else None
        if trait is None:
            return None
        found = found or f"{read.file} ({trait}'s help)"
    return found


def _trait_of_default(tree: ast.Module, line: int, name: str) -> str | None:
    """Class.trait when `line` is inside a `@default("trait")` method whose trait's config=True help names `name`."""
    word = re.compile(rf"\b{re.escape(name)}\b")
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        helps: dict[str, str] = {}
        for stmt in cls.body:
            if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)
                    and isinstance(stmt.value, ast.Call)):
                continue
            words = {k.arg: k.value for k in stmt.value.keywords}
            config, text = words.get("config"), words.get("help")
            if isinstance(config, ast.Constant) and config.value is True and isinstance(text, ast.Constant) \
                    and isinstance(text.value, str):
                helps[stmt.targets[0].id] = text.value
        for fn in cls.body:
            if not isinstance(fn, ast.FunctionDef) or not fn.lineno <= line <= (fn.end_lineno or fn.lineno):
                continue
            for deco in fn.decorator_list:
                if not (isinstance(deco, ast.Call) and deco.args and isinstance(deco.args[0], ast.Constant)):
                    continue
                called = deco.func.id if isinstance(deco.func, ast.Name) else getattr(deco.func, "attr", "")
                trait = str(deco.args[0].value)
                if called == "default" and word.search(helps.get(trait, "")):
                    return f"{cls.name}.{trait}"
    return None


def _loc(read: EnvRead) -> Location:
    return Location(path=read.file, line=read.line)


@check(
    "env-vars/documented",
    title="Every environment variable the code reads is documented",
    severity="high",
    needs=("source code",),
    rationale="An operator cannot set what nobody wrote down; an undocumented variable is found at 3 a.m.",
    remediation="Document the variable in the README (a table of name, meaning, default, required) or in "
                ".env.example.",
)
def documented(ctx: Context) -> Iterator[Finding]:
    facts = ctx.use(code_facts)
    if not facts.source_files:
        yield skipped("no source code found (Python, JavaScript/TypeScript, Go, Java)")
        return
    reads = service_reads(ctx)
    if not reads:
        yield _unread_skip(ctx, "no environment variable read") or not_applicable(
            f"the code reads no environment variables ({facts.source_files} source files)")
        return
    docs = ctx.use(env_docs)
    roots = _service_folders(ctx)
    missing = 0
    by_help: dict[str, str] = {}
    for name, where in sorted(reads.items()):
        # `os.environ.setdefault("DJANGO_SETTINGS_MODULE", "app.settings")`: the program sets the variable for
        # itself (and for the libraries it starts); nothing an operator has to know about
        if all(r.via == "environ.setdefault" for r in where):
            continue
        if not docs.documented(name):
            if trait := _trait_help_documents(ctx, name, where):
                by_help[name] = trait  # the configuration's own help, which the code prints and the docs render
                continue
            missing += 1
            first = where[0]
            yield failed(f"{name} is read by the code but documented nowhere", _loc(first),
                         {"read_at": [f"{r.file}:{r.line}" for r in where[:5]], "via": first.via,
                          "documentation_files": docs.files[:10]})
            continue
        # In a monorepo, a service's README or .env.example documents that service: the same name read by another
        # service (DB_HOST, PORT) is documented for it only by a document of its own, a parent folder's or one
        # outside every service's folder (the root README, docs/)
        mentions = docs.names[name]
        alone = [r for r in where if r.via != "environ.setdefault"
                 and not any(_documents(m.file, r.file, roots) for m in mentions)
                 and not _named_in_own_docs(ctx, name, r.file, docs.files, roots)]
        if alone:
            missing += 1
            yield failed(f"{name} is read by {alone[0].file} but documented only in another service's folder "
                         f"({', '.join(sorted({m.file for m in mentions})[:3])})", _loc(alone[0]),
                         {"read_at": [f"{r.file}:{r.line}" for r in alone[:5]], "via": alone[0].via,
                          "documented_in": sorted({m.file for m in mentions})[:10]})
    if not missing:
        note = (f" ({len(by_help)} in a configurable trait's help: "
                + ", ".join(f"{n} in {t}" for n, t in sorted(by_help.items())[:5]) + ")") if by_help else ""
        yield passed(f"all {len(reads)} environment variables the code reads are documented{note}",
                     evidence={"variables": sorted(reads), "documentation_files": docs.files[:10],
                               **({"trait_help": by_help} if by_help else {})})


@check(
    "env-vars/documented-unused",
    title="Documented environment variables are read by the code",
    severity="low",
    needs=("source code", "env var documentation"),
    rationale="Documentation that lists variables the service ignores misleads operators into setting them.",
    remediation="Remove the stale variable from the docs, or wire it into the code.",
)
def documented_unused(ctx: Context) -> Iterator[Finding]:
    facts = ctx.use(code_facts)
    docs = ctx.use(env_docs)
    strong = docs.strongly_documented()
    if not facts.source_files:
        yield skipped("no source code found to compare the documentation with")
        return
    if not strong:
        yield not_applicable("no env var documentation (.env.example or a configuration section) found")
        return
    # Test code and platform variables count as readers here: documenting CI-only variables is fine.
    read = {r.name for r in facts.env_reads}
    prefixes = tuple({r.name for r in facts.env_prefixes})  # os.environ.get("FEATURE_" + name)
    unread = {name: mention for name, mention in strong.items()
              if name not in read and name not in PLATFORM_VARS and not name.startswith(RUNTIME_PREFIXES)
              and not (prefixes and name.startswith(prefixes))}
    # A name the code facts do not see read may still be used where they cannot look (Kotlin, C#, shell
    # entrypoints, `${POLL_MS}` in Spring properties, compose, manifests that hand it to an image):
    # only a name that appears nowhere outside the documentation is claimed stale.
    elsewhere = find_mentions(ctx, unread, lambda rel: is_documentation(rel) or is_env_example(rel))
    # Code that reads a computed name (`System.getenv(var)`) may read any variable its component documents.
    dynamic = facts.env_dynamic
    stale = 0
    for name, mention in sorted(unread.items()):
        if name in elsewhere:
            continue
        # `NAMESPACE=presidio` then `helm install ... --namespace $NAMESPACE` in the same install guide: a shell
        # variable of the documented commands, which the commands themselves use (presidio's k8s index.md)
        if re.search(r"\$\{?" + re.escape(name) + r"\b", ctx.all_files.read_text(mention.file) or ""):
            elsewhere[name] = f"{mention.file} (a shell variable its own commands expand)"
            continue
        # a variable a well-known CLI reads by itself, documented for a script of the repository that runs that CLI
        # (SOPS_AGE_KEY_FILE beside `sops -d` in scripts/decrypt.sh): the tool's setting, rightly documented
        tool = tool_of(name)
        if tool is not None and tool in (run := ctx.use(tools_run)):
            elsewhere[name] = f"{run[tool]} (runs {tool}, which reads it)"
            continue
        folder = str(PurePosixPath(mention.file).parent)
        reader = next((d for d in dynamic if folder == "." or d.file.startswith(folder + "/")), None)
        if reader is not None:
            elsewhere[name] = f"{reader.file}:{reader.line} ({reader.detail} with a computed name)"
            continue
        stale += 1
        yield warned(f"{name} is documented but nothing in the repository reads or sets it (code, scripts and "
                     f"the well-known tools they run, config, compose, manifests, CI)",
                     Location(path=mention.file, line=mention.line))
    if not stale:
        evidence = ({"not_read_by_parsed_code_but_used_in": {n: elsewhere[n] for n in sorted(elsewhere)[:20]}}
                    if elsewhere else None)
        yield passed(f"all {len(strong)} documented variables are read by the code or used elsewhere in the "
                     f"repository", evidence=evidence)


@check(
    "env-vars/required-set",
    title="Variables read without a default are set by the deployment",
    severity="high",
    needs=("source code", "kubernetes manifests, compose or Dockerfile"),
    rationale="A variable the code requires but no manifest sets crashes the pod at start (or worse, later).",
    remediation="Set the variable in the container's env (literal, ConfigMap or Secret reference), or give it "
                "a default in the code.",
)
def required_set(ctx: Context) -> Iterator[Finding]:
    facts = ctx.use(code_facts)
    if not facts.source_files:
        yield skipped("no source code found")
        return
    reads_by_name = runtime_reads(ctx)
    required = {name: reads for name, reads in reads_by_name.items() if all(r.has_default is False for r in reads)}
    if not required:
        # `os.getenv("X")` / `process.env.X`-style reads that yield None/"" are left to the code (None often
        # switches a feature off); only reads that fail or crash when unset make a variable required
        optional = sum(1 for reads in reads_by_name.values() if any(r.has_default is None for r in reads))
        if not reads_by_name and (unread := _unread_skip(ctx, "no environment variable read")):
            yield unread
            return
        yield not_applicable("the code requires no environment variable (every read has a default"
                             + (f"; {optional} variable(s) read like os.getenv(\"X\") without one give None or "
                                f"an empty value when unset and count as optional" if optional else "") + ")")
        return
    env = ctx.use(deployment_env)
    if not env.sources:
        yield skipped("needs Kubernetes manifests, a Helm chart, a compose file or a Dockerfile to know what the "
                      "deployment sets")
        return
    unset = 0
    for name, reads in sorted(required.items()):
        if name in env.names:
            continue
        unset += 1
        evidence = {"read_at": [f"{r.file}:{r.line}" for r in reads[:5]]}
        if env.opaque:
            yield warned(f"{name} is required by the code and not set explicitly; it may come from "
                         f"{', '.join(env.opaque[:3])}", _loc(reads[0]), {**evidence, "envFrom": env.opaque[:10]})
        else:
            yield unless_unbuilt(ctx, failed(f"{name} is required by the code (read without default) but no "
                                             f"manifest, chart, compose file, committed .env or Dockerfile sets it",
                                             _loc(reads[0]), evidence))
    if not unset:
        yield passed(f"all {len(required)} required variables are set by the deployment",
                     evidence={name: env.names[name] for name in sorted(required)})
