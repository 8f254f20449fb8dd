"""logging: structured logs, to stdout, level from the environment, no secrets in log calls."""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from deploycheck.checks.registry import check, failed, not_applicable, passed, skipped, warned
from deploycheck.line_numbers import line_at
from deploycheck.model import Finding, Location
from deploycheck.sources.codefacts import CodeFacts, LoggingFact, code_facts
from deploycheck.sources.dockerfile import dockerfiles
from deploycheck.sources.secrets import is_sensitive_name

if TYPE_CHECKING:
    from deploycheck.context import Context

# Package names (as dependency manifests spell them, lower case) of structured-logging libraries.
STRUCTURED_PACKAGES = {
    "structlog": "structlog", "python-json-logger": "python-json-logger", "json-log-formatter": "json-log-formatter",
    "ecs-logging": "ecs-logging", "pino": "pino", "winston": "winston", "bunyan": "bunyan",
    "go.uber.org/zap": "zap", "github.com/rs/zerolog": "zerolog", "github.com/sirupsen/logrus": "logrus",
    "net.logstash.logback:logstash-logback-encoder": "logstash-logback-encoder",
    "co.elastic.logging:logback-ecs-encoder": "logback-ecs-encoder",
}


# (ci/: the scripts a pipeline runs, binderhub's ci/check_embedded_chart_code.py, a consistency check whose print()
# is its report to the CI log)
_TOOL_DIRS = frozenset({"scripts", "bin", "tools", "hack", "ci"})
_COMMAND_PATH = re.compile(r"(^|/)management/commands/[^/]+\.py$|(^|/)migrations/\d{4}_\w+\.py$")


# What the skips say: the code facts read these languages only, so a Rust-, C#- or Kotlin-only service is not "no code".
_CODE_LANGUAGES = "Python, JavaScript/TypeScript, Go, Java"
NO_CODE = f"no source code in the languages these checks read ({_CODE_LANGUAGES})"


def _service_code(ctx: Context) -> CodeFacts | None:
    facts = ctx.use(code_facts)
    return facts if facts.source_files else None


@check(
    "logging/structured",
    title="A structured (JSON) logging library is set up",
    severity="medium",
    needs=("source code",),
    rationale="Log pipelines (Loki, Elasticsearch, Cloud Logging) index JSON fields; free text needs fragile "
              "parsing and loses context such as request ids.",
    remediation="Log JSON: structlog or python-json-logger (Python), pino (Node), zap/zerolog/slog (Go), "
                "logstash-logback-encoder (Java), Serilog (.NET), tracing-subscriber's fmt().json() (Rust).",
)
def structured(ctx: Context) -> Iterator[Finding]:
    from deploycheck.sources.lockfiles import dependency_set

    facts = _service_code(ctx)
    rust = ctx.use(_rust_logging)
    if facts is None and not rust.files:
        yield skipped(f"no source code in the languages this check reads ({_CODE_LANGUAGES}, Rust)")
        return
    if facts is None:
        yield from _rust_structured(rust)
        return
    side = _side_channels(facts)
    text_out = _rewritten_as_text(facts, side)
    in_code = sorted({f.detail for f in [*facts.logging, *rust.structured] if f.kind == "structured-lib"
                      and not f.test and f.file not in side and f.detail not in text_out})
    zerolog = [f for f in facts.logging if f.detail.startswith("zerolog") and not f.test]
    if any(f.kind == "log-lib" for f in zerolog) and not any(f.kind in ("text-format", "format-choice")
                                                             for f in zerolog):
        # zerolog used and given no ConsoleWriter anywhere: its loggers, the global one too, write JSON
        in_code = sorted({*in_code, "zerolog"})
    elif any(f.kind == "text-format" for f in zerolog):  # a ConsoleWriter set whatever the run overrides them
        in_code = [lib for lib in in_code if lib != "zerolog"]
    structlog = _structlog_output(facts)
    if structlog[0] != "json":  # structlog counts by the renderer the code configures, not by its import
        in_code = [lib for lib in in_code if lib not in _STRUCTLOG_DETAILS]
    names = ctx.use(dependency_set).names()
    declared = ctx.use(dependency_set).declared_names()
    # a library the code uses only for a side channel says nothing about the service's own log lines
    side_only = {f.detail for f in facts.logging if f.kind == "structured-lib" and f.file in side} - set(in_code)
    # a Go library is judged by how the Go code builds it (codefacts._go_log_format), not by go.mod: declared, it may
    # be imported nowhere, or built to write text
    built = set(_GO_LIBRARIES) if facts.files_by_language.get("go") else set()
    if facts.files_by_language.get("python"):
        built.add("structlog")
    in_deps = sorted({lib for pkg, lib in STRUCTURED_PACKAGES.items() if pkg in declared and lib not in side_only
                      and lib not in text_out and lib not in built})
    unused = _logback_encoders_unused(ctx, in_deps)
    if unused:
        in_deps = [lib for lib in in_deps if lib not in _LOGBACK_ENCODERS]
    if in_code or in_deps:
        first = next((f for f in [*facts.logging, *rust.structured] if f.kind == "structured-lib" and not f.test
                      and f.file not in side), None)
        yield passed(f"structured logging: {', '.join(sorted(set(in_code + in_deps)))}",
                     Location(path=first.file, line=first.line) if first else None,
                     {"in_code": in_code, "in_dependencies": in_deps})
        return
    go_format = _go_format_finding(facts)
    if go_format is not None:
        yield go_format
        return
    if structlog[0] != "json" and structlog[1] is not None:
        yield _structlog_finding(structlog[0], structlog[1])
        return
    if text_out:
        lib, how = sorted(text_out.items())[0]
        yield failed(f"logging is plain text: {lib}'s JSON records are re-written as text before they leave the "
                     f"process ({how.detail.split(': ', 1)[1]})", Location(path=how.file, line=how.line),
                     remediation="Let the logger write its JSON records to stdout (bunyan-format outputMode 'json' "
                                 "or 'bunyan', or no formatting stream) and pretty-print only in development.")
        return
    monolog = _monolog_json(ctx)
    if monolog:
        yield passed(f"structured logging: Monolog's JSON formatter ({monolog[1]}) in {monolog[0]}",
                     Location(path=monolog[0], line=monolog[2]))
        return
    spring = sorted(n for n in names if n.startswith("org.springframework.boot:")) or sorted(
        {f"{f.file}:{f.line}" for f in facts.logging if f.kind == "framework" and f.detail == "Spring Boot"
         and not f.test})
    if spring:
        # Spring Boot sets up logback itself: console, levels from logging.level.* and the environment.
        structured_cfg = _spring_structured(ctx)
        if structured_cfg:
            yield passed(f"structured logging: Spring Boot {structured_cfg[1]}", Location(path=structured_cfg[0]))
        elif unused:
            yield failed(f"logging is plain text: {unused[0]} is a dependency, but no logback configuration uses a "
                         f"JSON encoder ({', '.join(unused[1])} configure plain appenders)",
                         Location(path=unused[1][0]), {"logback_configurations": unused[1][:10]},
                         remediation="Use the encoder in the logback configuration the deployment loads "
                                     "(<encoder class=\"net.logstash.logback.encoder.LogstashEncoder\"/>).")
        else:
            yield failed("logging is plain text: Spring Boot's default logback console pattern (no JSON encoder, "
                         "no logging.structured.format.console)", evidence={"spring_boot": spring[:5]},
                         remediation="Set logging.structured.format.console=ecs (Spring Boot 3.4+) or add "
                                     "logstash-logback-encoder to the logback configuration.")
        return
    plain = [f for f in facts.logging if f.kind == "plain-lib" and not f.test]
    stdlib = [f for f in facts.logging if f.kind in ("basicConfig", "stdlib") and not f.test]
    serilog = ctx.use(_serilog)
    if serilog.projects and not plain and not stdlib:
        yield passed(f"structured logging: Serilog ({len(serilog.projects)} .NET project(s))",
                     Location(path=serilog.projects[0]), {"projects": serilog.projects[:10]})
    elif rust.plain and not plain and not stdlib:
        yield from _rust_structured(rust)
    elif plain:
        yield failed(f"logging is plain text: {plain[0].detail}'s default format (not configured to write JSON, "
                     "e.g. serialize=True)", Location(path=plain[0].file, line=plain[0].line),
                     remediation="Add the sink with serialize=True (loguru) so each line is a JSON object.")
    elif stdlib:
        also = (f"; the JSON formatter in {', '.join(sorted(side))} serves only a logger that does not propagate "
                "(a separate event channel)") if side else ""
        yield failed(f"logging is plain text (stdlib logging without a JSON formatter){also}",
                     Location(path=stdlib[0].file, line=stdlib[0].line))
    elif used := sorted({f.detail for f in facts.logging if f.kind == "log-lib" and not f.test}):
        yield skipped(f"the Go code uses {', '.join(used)} but builds no logger this check can read (a framework or "
                      "a formatter of its own builds it): its format cannot be told")
    elif (logback := ctx.use(_deciding_logback_configurations)) and not logback[1]:
        # a Java service without Spring Boot that configures logback itself: its lines are the pattern's text
        yield failed(f"logging is plain text: the logback configuration ({', '.join(logback[0][:3])}) writes its "
                     "pattern, no JSON encoder", Location(path=logback[0][0]),
                     {"logback_configurations": logback[0][:10]},
                     remediation="Add logstash-logback-encoder and use its encoder in the appender "
                                 "(<encoder class=\"net.logstash.logback.encoder.LogstashEncoder\"/>).")
    else:
        yield failed("no logging setup found in the code (no logging library configured)")


_STRUCTLOG_DETAILS = ("structlog", "structlog.configure")


def _structlog_output(facts: CodeFacts) -> tuple[str, LoggingFact | None]:
    """What the service's structlog writes, by the renderers its code names (codefacts._structlog_renderers): "json"
    (a JSON or logfmt renderer, any ConsoleRenderer only on a development branch; or no structlog at all), "choice"
    (a ConsoleRenderer outside such a branch beside it), "text" (a ConsoleRenderer and no JSON one; or structlog used
    and never configured: its default ends with ConsoleRenderer), "unknown" (configured with no renderer named). The
    fact is where to point (None when structlog is not used)."""
    used = [f for f in facts.logging if f.kind == "structured-lib" and f.detail in _STRUCTLOG_DETAILS and not f.test]
    if not used:
        return "json", None
    renderers = [f for f in facts.logging if f.kind == "structlog-renderer" and not f.test]
    json = [f for f in renderers if not f.detail.startswith("ConsoleRenderer")]
    console = [f for f in renderers if f.detail.startswith("ConsoleRenderer") and "(development:" not in f.detail]
    if json and console:
        return "choice", console[0]
    if json:
        return "json", json[0]
    if console:
        return "text", console[0]
    configured = next((f for f in facts.logging if f.kind == "structlog-configure" and not f.test), None)
    return ("unknown", configured) if configured else ("text", used[0])


def _structlog_finding(state: str, fact: LoggingFact) -> Finding:
    at = Location(path=fact.file, line=fact.line)
    fix = ("Configure structlog with processors.JSONRenderer() as the last processor in production (keep "
           "dev.ConsoleRenderer for a terminal only: `if sys.stderr.isatty()`).")
    if state == "choice":
        return warned(f"the log format is chosen at run time: structlog's {fact.detail} is built beside a JSON "
                      "renderer; JSON only when the deployment selects it", at, remediation=fix)
    if state == "unknown":
        return skipped("structlog is configured, but with no renderer this check knows (JSONRenderer, "
                       "LogfmtRenderer, ConsoleRenderer): its output format cannot be told", at)
    if fact.kind == "structlog-renderer":
        return failed(f"logging is plain text: structlog renders with {fact.detail}, which writes text lines, and no "
                      "code configures a JSON renderer", at, remediation=fix)
    return failed("logging is plain text: structlog is used but never configured, and its default configuration "
                  "renders with dev.ConsoleRenderer (text lines)", at, remediation=fix)


_GO_FORMAT_KINDS = ("text-format", "format-choice", "log-lib")
_GO_LIBRARIES = ("zap", "zerolog", "logrus")


def _go_format_finding(facts: CodeFacts) -> Finding | None:
    """When no code builds a JSON logger: a Go logger built either way (a flag or setting picks JSON or text at run
    time) warns, one built to write text, or logrus left with its default TextFormatter, fails. None when the Go code
    says nothing either way (no such library, or only loggers built elsewhere, e.g. by a framework)."""
    go = [f for f in facts.logging if f.kind in _GO_FORMAT_KINDS and not f.test]
    choice = next((f for f in go if f.kind == "format-choice"), None)
    if choice is not None:
        lib, how = choice.detail.split(": ", 1)
        return warned(f"the log format is chosen at run time: {lib} is built as {how} in the code; JSON only when "
                      "the deployment selects it", Location(path=choice.file, line=choice.line),
                      remediation="Make JSON the default in the code, or set the setting that selects it in every "
                                  "deployment (and keep text for local development only).")
    text = next((f for f in go if f.kind == "text-format"), None)
    if text is not None:
        lib, how = text.detail.split(": ", 1)
        return failed(f"logging is plain text: {lib} is built with {how}, which writes text lines, and no code builds "
                      "a JSON logger", Location(path=text.file, line=text.line))
    logrus = [f for f in go if f.kind == "log-lib" and f.detail.startswith("logrus")]
    if logrus and all(f.detail == "logrus" for f in logrus):
        return failed(f"logging is plain text: logrus is used ({len({f.file for f in logrus})} file(s)) with its "
                      "default TextFormatter; nothing sets a JSONFormatter", Location(path=logrus[0].file),
                      remediation="logrus.SetFormatter(&logrus.JSONFormatter{}) where the service starts.")
    return None


# Symfony configures Monolog in YAML (config/packages/monolog.yaml, or per environment in config/packages/prod/):
# a handler with `formatter: monolog.formatter.json` (or the Logstash/ECS formatters' services) writes one JSON object
# per line. The formatter names are fixed words, so the search is linear.
_MONOLOG_JSON = re.compile(r"^[ \t]*formatter:[ \t]*['\"]?(monolog\.formatter\.(?:json|logstash)"
                           r"|[\w\\]*(?:JsonFormatter|LogstashFormatter|ElasticsearchFormatter|EcsFormatter))\b", re.M)


def _monolog_json(ctx: Context) -> tuple[str, str, int] | None:
    """(file, formatter, line) of a Monolog handler configured with a JSON formatter, or None."""
    for rel in ctx.files.glob("monolog.yaml", "monolog.yml"):
        text = ctx.files.read_text(rel) or ""
        m = _MONOLOG_JSON.search(text)
        if m:
            return rel, m.group(1), line_at(text, m.start())
    return None


# Rust is not a language of the code facts; its logging backend is read here from the .rs text. tracing-subscriber's
# fmt subscriber writes text lines (full, compact or pretty) unless `.json()` is chained onto the builder (feature
# "json"); env_logger and pretty_env_logger write text; the crates below write one JSON object a line.
_RUST_JSON_CRATES = {"tracing_bunyan_formatter": "tracing-bunyan-formatter", "slog_json": "slog-json",
                     "json_env_logger": "json_env_logger", "tracing_stackdriver": "tracing-stackdriver"}
_RUST_JSON_CRATE = re.compile(r"\b(" + "|".join(_RUST_JSON_CRATES) + r")::")
# The start of a fmt subscriber or layer: `fmt()`, `fmt::layer()`, `fmt::init()`, `fmt::Subscriber::builder()`,
# `FmtSubscriber::builder()` (counted only in files that name tracing_subscriber).
_RUST_FMT = re.compile(r"\b(?:fmt(?:::(?:layer|init|try_init|Subscriber::builder))?|FmtSubscriber::builder)\s*\(\s*\)")
_RUST_FMT_FORMAT = re.compile(r"\.(json|compact|pretty)\s*\(\s*\)")
_RUST_ENV_LOGGER = re.compile(r"\b(pretty_env_logger|env_logger)::(?:init|try_init|Builder|builder|init_timed)\b")
_RUST_CHAIN_CHARS = 600  # a builder chain ends at its `;`; long chains are cut here (the scan stays linear)


@dataclass
class _RustLogging:
    files: int = 0
    structured: list[LoggingFact] = field(default_factory=list)
    plain: list[LoggingFact] = field(default_factory=list)


def _rust_logging(ctx: Context) -> _RustLogging:
    from deploycheck.sources.codefacts import is_test_path

    out = _RustLogging()
    for rel in ctx.files.with_suffix(".rs"):
        if is_test_path(rel) or rel.startswith(("examples/", "benches/")) or "/examples/" in rel or "/benches/" in rel:
            continue
        text = ctx.files.read_text(rel)
        if not text or "\x00" in text:
            continue
        out.files += 1
        # a `#[cfg(test)]` module sits at the end of the file by convention: what follows it is test code
        end = text.find("#[cfg(test)]")
        text = text if end < 0 else text[:end]

        for m in _RUST_JSON_CRATE.finditer(text):
            out.structured.append(LoggingFact("structured-lib", _RUST_JSON_CRATES[m.group(1)], rel,
                                              line_at(text, m.start())))
        for m in _RUST_ENV_LOGGER.finditer(text):
            out.plain.append(LoggingFact("plain-lib", f"{m.group(1)} (text lines)", rel, line_at(text, m.start())))
        if "tracing_subscriber" not in text:
            continue
        for m in _RUST_FMT.finditer(text):
            chain = text[m.end():m.end() + _RUST_CHAIN_CHARS].split(";", 1)[0]
            if "with_test_writer" in chain:
                continue
            formats = {f.group(1) for f in _RUST_FMT_FORMAT.finditer(chain)}
            if "json" in formats:
                out.structured.append(LoggingFact("structured-lib", "tracing-subscriber fmt .json()", rel,
                                                  line_at(text, m.start())))
            else:
                shape = next(iter(sorted(formats)), "full")
                out.plain.append(LoggingFact("plain-lib", f"tracing-subscriber fmt ({shape} text lines, no .json())",
                                             rel, line_at(text, m.start())))
    return out


def _rust_structured(rust: _RustLogging) -> Iterator[Finding]:
    """The verdict on Rust code alone (no JSON backend was found elsewhere)."""
    if rust.structured:
        first = rust.structured[0]
        yield passed(f"structured logging: {', '.join(sorted({f.detail for f in rust.structured}))}",
                     Location(path=first.file, line=first.line))
    elif rust.plain:
        first = rust.plain[0]
        yield failed(f"logging is plain text: {first.detail}", Location(path=first.file, line=first.line),
                     {"text_loggers": [f"{f.file}:{f.line} {f.detail}" for f in rust.plain[:10]]},
                     remediation="Chain .json() onto the tracing-subscriber fmt layer (feature \"json\"), or use "
                                 "tracing-bunyan-formatter, so each line is a JSON object.")
    else:
        yield skipped(f"{rust.files} Rust source file(s), but no logging backend this check reads (tracing-subscriber "
                      "fmt, env_logger, tracing-bunyan-formatter, slog-json)")


def _rewritten_as_text(facts: CodeFacts, side: set[str]) -> dict[str, LoggingFact]:
    """Structured libraries whose records every file that sets them up re-writes as text (hmpps-template-typescript's
    logger.ts: bunyan with a bunyan-format stream in its default 'short' mode): library -> the formatter found. A
    file that uses the library without such a formatter writes JSON, and keeps the library counted."""
    formatters: dict[tuple[str, str], LoggingFact] = {}
    for f in facts.logging:
        if f.kind == "text-formatter" and not f.test:
            formatters.setdefault((f.detail.split(": ", 1)[0], f.file), f)
    out: dict[str, LoggingFact] = {}
    users: dict[str, set[str]] = {}
    for f in facts.logging:
        if f.kind == "structured-lib" and not f.test and f.file not in side:
            users.setdefault(f.detail, set()).add(f.file)
    for lib, files in users.items():
        found = [formatters[(lib, file)] for file in sorted(files) if (lib, file) in formatters]
        if found and len(found) == len(files):
            out[lib] = found[0]
    return out


def _side_channels(facts: CodeFacts) -> set[str]:
    """Files whose structured-logging library serves a side channel: the file cuts a logger off from the root
    handlers (`log.propagate = False`) and gives it no stdout/stderr stream of its own, so the JSON goes to
    whatever sink the file attaches (binderhub's events.py: an event log, discarded unless configured), while the
    service's own lines keep the root's plain format. A JSON logger with its own StreamHandler is the service's."""
    kinds: dict[str, set[str]] = {}
    for f in facts.logging:
        if not f.test:
            kinds.setdefault(f.file, set()).add(f.kind)
    return {file for file, ks in kinds.items()
            if {"structured-lib", "no-propagate"} <= ks and "stream-handler" not in ks}


# .NET: Serilog (structured events, message templates) referenced by a project; `ReadFrom.Configuration(...)`
# takes its MinimumLevel from IConfiguration, which the default hosts fill from environment variables too.
# Read from the .csproj/.cs text: C# is not a language of the code facts.
_SERILOG_PACKAGE = re.compile(r'<PackageReference\s+Include="Serilog(?:\.[\w.]+)?"', re.I)
_SERILOG_FROM_CONFIGURATION = re.compile(r"\.ReadFrom\s*\.\s*Configuration\s*\(")


@dataclass
class _Serilog:
    projects: list[str] = field(default_factory=list)
    from_configuration: list[tuple[str, int]] = field(default_factory=list)


def _serilog(ctx: Context) -> _Serilog:
    out = _Serilog()
    for rel in ctx.files.files:
        if rel.endswith(".csproj") and _SERILOG_PACKAGE.search(ctx.files.read_text(rel) or ""):
            out.projects.append(rel)
    if out.projects:
        for rel in ctx.files.files:
            text = ctx.files.read_text(rel) if rel.endswith(".cs") else None
            m = _SERILOG_FROM_CONFIGURATION.search(text) if text else None
            if m and text:
                out.from_configuration.append((rel, line_at(text, m.start())))
    return out


_SPRING_STRUCTURED = re.compile(r"logging\.structured\.format\.(?:console|file)\s*[=:]\s*(\w+)"
                                r"|structured:\s*\n\s+format:\s*\n\s+(?:console|file):\s*(\w+)")


# A logback JSON encoder on the classpath writes JSON only where a logback configuration names it. A configuration is a
# logback*.xml file of the code, or one shipped in the deployment material (a Helm values file or a ConfigMap: a
# `<configuration>` with an appender), which the deployment mounts and points logging.config at: when the deployment
# material ships one, it decides over the image's own.
_LOGBACK_ENCODERS = ("logstash-logback-encoder", "logback-ecs-encoder")
_LOGBACK_CONFIG = re.compile(r"<configuration\b", re.I)
_LOGBACK_APPENDER = re.compile(r"<appender\b", re.I)


def _is_logback_config(text: str) -> bool:
    """A `<configuration>` followed by an `<appender>`: two linear searches (a lazy `.*?` between them scanned the
    rest of a hostile file once per `<configuration` in it)."""
    start = _LOGBACK_CONFIG.search(text)
    return start is not None and _LOGBACK_APPENDER.search(text, start.end()) is not None
_LOGBACK_JSON = re.compile(r"net\.logstash\.logback\.|co\.elastic\.logging\.logback|JsonEncoder|JsonLayout|EcsEncoder")


def _logback_encoders_unused(ctx: Context, in_deps: list[str]) -> tuple[str, list[str]] | None:
    """(encoder, configurations) when a logback JSON encoder is a dependency, the repository carries logback
    configurations, and none of them uses a JSON encoder."""
    encoders = [lib for lib in in_deps if lib in _LOGBACK_ENCODERS]
    if not encoders:
        return None
    deciding = ctx.use(_deciding_logback_configurations)
    if deciding is None or deciding[1]:
        return None
    return encoders[0], deciding[0]


def _deciding_logback_configurations(ctx: Context) -> tuple[list[str], bool] | None:
    """(files, whether one uses a JSON encoder) of the logback configurations that decide the service's log format:
    those shipped in the deployment material when there are any, else the code's logback*.xml (tests aside)."""
    shipped: dict[bool, list[str]] = {True: [], False: []}  # deployment material, code
    json_in: dict[bool, bool] = {True: False, False: False}
    for rel in ctx.files.files:
        name = rel.rsplit("/", 1)[-1].lower()
        deployed = name.endswith((".yaml", ".yml"))
        if not (deployed or (name.startswith("logback") and name.endswith(".xml"))) or "/src/test/" in "/" + rel:
            continue
        text = ctx.files.read_text(rel) or ""
        if _is_logback_config(text):
            shipped[deployed].append(rel)
            json_in[deployed] |= _LOGBACK_JSON.search(text) is not None
    deciding = bool(shipped[True])
    return (shipped[deciding], json_in[deciding]) if shipped[deciding] else None


def _spring_structured(ctx: Context) -> tuple[str, str] | None:
    """(file, setting) when a Spring Boot configuration turns on its built-in structured logging."""
    for rel in ctx.files.files:
        name = rel.rsplit("/", 1)[-1]
        if name.startswith(("application", "bootstrap")) and name.endswith((".properties", ".yml", ".yaml")):
            m = _SPRING_STRUCTURED.search(ctx.files.read_text(rel) or "")
            if m:
                return rel, f"logging.structured.format {m.group(1) or m.group(2)}"
    return None


@check(
    "logging/stdout",
    title="Logs go to stdout/stderr, not to files",
    severity="high",
    needs=("source code",),
    rationale="In a container a log file fills the writable layer, dies with the pod and is invisible to "
              "`kubectl logs` and the cluster's log collector.",
    remediation="Log to a StreamHandler (stdout/stderr) and let the platform collect the stream.",
    references=("https://12factor.net/logs",),
)
def stdout(ctx: Context) -> Iterator[Finding]:
    facts = _service_code(ctx)
    if facts is None:
        yield skipped(NO_CODE)
        return
    files = [f for f in facts.logging if f.kind == "file-handler" and not f.test]
    root = next((f for f in facts.logging if f.kind == "root-handlers" and not f.test), None)
    for f in files:
        if root is not None and f.detail == "logging.basicConfig(filename=...)" and _in_django_app(ctx, f.file):
            # Django applies LOGGING (dictConfig) in django.setup(), before it imports the apps' modules (models,
            # views, URL confs, Celery's autodiscovered tasks): the root logger has its handlers by then, and
            # basicConfig without force=True does nothing (laa-legal-adviser-api's advisers/tasks.py)
            yield passed(f"{f.detail} does nothing: Django's LOGGING gives the root logger its handlers "
                         f"({root.file}:{root.line}) before the app module is imported", Location(path=f.file,
                                                                                                  line=f.line))
            continue
        yield failed(f"{f.detail} writes logs to a file", Location(path=f.file, line=f.line))
    configured = _file_appenders(ctx)
    for path, line, detail in configured:
        yield failed(f"{detail} writes logs to a file", Location(path=path, line=line))
    if not files and not configured:
        yield passed(f"no file log handlers in {facts.source_files} source files, nor file appenders in the "
                     "logging configuration files")


def _in_django_app(ctx: Context, rel: str) -> bool:
    """The module sits in a Django application package (its folder holds apps.py or models.py) and is none of the
    modules run or imported before django.setup() (settings, manage.py, wsgi/asgi entry points)."""
    folder, _, name = rel.rpartition("/")
    if name in ("manage.py", "wsgi.py", "asgi.py", "settings.py", "__init__.py") or "settings" in folder.split("/"):
        return False
    prefix = f"{folder}/" if folder else ""
    return any(f"{prefix}{marker}" in ctx.all_files.files for marker in ("apps.py", "models.py"))


# Logging configuration files the application reads at start: logback and Log4j 2 (JVM), and Python's fileConfig
# (ini) / dictConfig (YAML, JSON) files. The code facts see only calls in code; a Spring service's file appender
# lives in src/main/resources/logback-spring.xml (macrozheng/mall-swarm: a RollingFileAppender beside CONSOLE under
# <root>, 30 days of logs kept inside the container).
_PY_LOG_CONFIG_SUFFIXES = (".ini", ".conf", ".cfg", ".yaml", ".yml", ".json")
# logback: <appender name="FILE" class="ch.qos.logback.core.rolling.RollingFileAppender">; Log4j 2: <RollingFile
# name="X" ...>, <File name="X">, <RollingRandomAccessFile>, <RandomAccessFile>. Attribute runs are bounded.
_LOGBACK_APPENDER = re.compile(r"<appender\b([^<>]{0,1000})>")
_LOG4J_FILE = re.compile(r"<(RollingFile|File|RollingRandomAccessFile|RandomAccessFile)\b([^<>]{0,1000})>")
_NAME_ATTR = re.compile(r"\bname\s*=\s*[\"']([^\"']{1,200})[\"']")
_CLASS_ATTR = re.compile(r"\bclass\s*=\s*[\"']([\w.$]{1,300})[\"']")
_APPENDER_REF = re.compile(r"<(?:appender-ref|AppenderRef)\b[^<>]{0,300}?\bref\s*=\s*[\"']([^\"']{1,200})[\"']")
# Spring Boot's own file appender, named FILE, brought in by an include.
_SPRING_FILE_APPENDER = "org/springframework/boot/logging/logback/file-appender.xml"
# <springProfile name="dev | local">...</springProfile>: only for profiles no production runs.
_SPRING_PROFILE = re.compile(r"<springProfile\b([^<>]{0,300})>")
_DEV_PROFILE = re.compile(r"^!?(?:dev|develop|development|local|test|tests|testing|debug|ci)$", re.I)
# Python fileConfig/dictConfig files: `class=handlers.RotatingFileHandler`, `class: logging.FileHandler`.
_PY_FILE_HANDLER = re.compile(r"^[ \t]*[\"']?class[\"']?[ \t]*[=:][ \t]*[\"']?((?:logging\.)?(?:handlers\.)?"
                              r"(?:Rotating|TimedRotating|Watched)?FileHandler)\b", re.M)



def _is_log_config(name: str) -> str | None:
    """"xml" for a logback/Log4j 2 configuration file, "python" for a Python logging configuration file."""
    name = name.lower()
    if name.endswith(".xml") and name.startswith(("logback.", "logback-", "log4j2.", "log4j2-")):
        return "xml"
    return "python" if "logging" in name and name.endswith(_PY_LOG_CONFIG_SUFFIXES) else None


def _blank_xml_comments(text: str) -> str:
    """The text with each <!-- ... --> replaced by spaces, newlines kept (offsets and lines unchanged); an unclosed
    comment runs to the end. One pass of str.find: linear on any text."""
    parts, pos = [], 0
    while (start := text.find("<!--", pos)) >= 0:
        end = text.find("-->", start + 4)
        end = len(text) if end < 0 else end + 3
        parts += [text[pos:start], re.sub(r"[^\n]", " ", text[start:end])]
        pos = end
    return "".join([*parts, text[pos:]])


def _file_appenders(ctx: Context) -> list[tuple[str, int, str]]:
    """(file, line, what) for each file appender a production logging configuration sends log events to."""
    out: list[tuple[str, int, str]] = []
    for rel in ctx.files.files:
        kind = _is_log_config(rel.rpartition("/")[2])
        if kind is None:
            continue
        text = ctx.files.read_text(rel) or ""
        if kind == "xml":
            out += _xml_file_appenders(rel, text)
        else:
            out += [(rel, line_at(text, m.start(1)), f"the logging handler {m.group(1)}")
                    for m in _PY_FILE_HANDLER.finditer(text)]
    return out


def _xml_file_appenders(rel: str, text: str) -> list[tuple[str, int, str]]:
    # comments blanked out keeping the offsets (lines): a commented-out <appender-ref> sends nothing anywhere
    text = _blank_xml_comments(text)
    dev_only = []  # the spans of <springProfile> blocks for development profiles only (not nested in practice)
    for m in _SPRING_PROFILE.finditer(text):
        name = _NAME_ATTR.search(m.group(1))
        if name and all(_DEV_PROFILE.match(p.strip()) for p in re.split(r"[|,&]", name.group(1)) if p.strip()):
            end = text.find("</springProfile>", m.end())
            dev_only.append((m.end(), len(text) if end < 0 else end))
    refs = {m.group(1) for m in _APPENDER_REF.finditer(text)
            if not any(start <= m.start() < end for start, end in dev_only)}
    files: dict[str, tuple[int, str]] = {}
    for m in _LOGBACK_APPENDER.finditer(text):
        name, cls = _NAME_ATTR.search(m.group(1)), _CLASS_ATTR.search(m.group(1))
        if name and cls and cls.group(1).endswith("FileAppender"):
            files[name.group(1)] = (line_at(text, m.start()), f"the logback appender {name.group(1)} "
                                                               f"({cls.group(1).rpartition('.')[2]})")
    for m in _LOG4J_FILE.finditer(text):
        name = _NAME_ATTR.search(m.group(2))
        if name:
            files[name.group(1)] = (line_at(text, m.start()), f"the Log4j 2 appender {name.group(1)} ({m.group(1)})")
    if _SPRING_FILE_APPENDER in text and "FILE" not in files:
        files["FILE"] = (line_at(text, text.index(_SPRING_FILE_APPENDER)), "Spring Boot's file appender FILE")
    return [(rel, line, what) for name, (line, what) in files.items() if name in refs]


@check(
    "logging/level-from-env",
    title="The log level is configurable through the environment",
    severity="low",
    needs=("source code",),
    rationale="Turning on debug logs during an incident must not need a new build.",
    remediation="Read the level from an env var (e.g. LOG_LEVEL) when configuring logging.",
)
def level_from_env(ctx: Context) -> Iterator[Finding]:
    facts = _service_code(ctx)
    if facts is None:
        yield skipped(NO_CODE)
        return
    hits = [f for f in facts.logging if f.kind == "level-from-env" and not f.test]
    serilog = ctx.use(_serilog)
    if hits:
        yield passed(f"log level comes from the environment ({hits[0].detail})",
                     Location(path=hits[0].file, line=hits[0].line))
    elif serilog.from_configuration:
        rel, line = serilog.from_configuration[0]
        yield passed("Serilog reads its settings (MinimumLevel) from the .NET configuration, which environment "
                     "variables override (Serilog__MinimumLevel)", Location(path=rel, line=line))
    elif placeholder := _level_placeholder(ctx):
        rel, line, text = placeholder
        yield passed(f"a logging configuration takes the level from the environment: {text}",
                     Location(path=rel, line=line))
    elif flag := _level_flag(ctx):
        obj_path, arg, declared = flag
        yield passed(f"the deployment sets the log level on the command line ({arg}), a flag the code declares "
                     f"({declared}): changing it is a manifest or values change, not a new build",
                     Location(path=obj_path))
    elif viper := _viper_env_level(ctx):
        rel, line, variable, where = viper
        yield passed(f"viper.AutomaticEnv() ({where}) lets the {variable} environment variable set the log level "
                     "setting the code reads", Location(path=rel, line=line))
    elif rust := _rust_env_filter(ctx):
        rel, line, call = rust
        yield passed(f"{call} takes the log filter from the environment (RUST_LOG, or the variable it names)",
                     Location(path=rel, line=line))
    else:
        # where the code fixes the level (basicConfig before setLevel), so a reader sees which service to change
        fixed = sorted((f for f in facts.logging if f.kind == "level-fixed" and not f.test),
                       key=lambda f: (not f.detail.startswith("basicConfig"), f.file, f.line))
        yield failed("no env var sets the log level (looked for LOG_LEVEL-like reads and setLevel(<env>))"
                     + (f"; {fixed[0].detail} fixes it in code" if fixed else ""),
                     Location(path=fixed[0].file, line=fixed[0].line) if fixed else None,
                     {"fixed_in_code": [f"{f.file}:{f.line} {f.detail}" for f in fixed[:10]]} if fixed else None)


# A level a logging configuration takes from an environment variable: logback and log4j2 resolve `${NAME}` and
# `${NAME:-default}` from the OS environment (yas' logback configuration in its Helm values: `<property
# name="LOG_LEVEL" value="${LOG_LEVEL:-INFO}"/>`), as Spring Boot, Quarkus and Micronaut do in their properties
# (`logging.level.root=${ROOT_LOG_LEVEL:INFO}`). Inside an XML logging configuration a LOG_LEVEL-like name counts;
# in properties/YAML the key must be a level key. Names and defaults are bounded: the scan stays linear.
_LEVEL_NAME = r"[A-Za-z_][A-Za-z0-9_]{0,80}"
_XML_LEVEL_PLACEHOLDER = re.compile(r"\$\{\s*(" + _LEVEL_NAME + r")\s*(?::-?[^}\n]{0,80})?\}")
_LEVEL_LIKE = re.compile(r"(?:^|_)(?:LOG_?LEVEL|LOGGING_LEVEL|LEVEL)$", re.I)
_PROPERTY_LEVEL_PLACEHOLDER = re.compile(
    r"^[ \t]*((?:logging\.level|quarkus\.log(?:\.[\w-]{1,80}){0,3}\.level|logger\.levels)(?:\.[\w.-]{0,200})?"
    r")[ \t]*[=:][ \t]*[\"']?\$\{(" + _LEVEL_NAME + r")(?::-?[^}\n]{0,80})?\}", re.M)


# A level the deployment passes on the command line: Kubernetes controllers and Go services take flags (Reloader's
# chart renders `--log-level={{ .Values.reloader.logLevel }}` into the container's args). Changing it is a values or
# manifest change and a rollout, no new build, which is what the item asks. Only a flag that names the log level, set
# in a workload's container args or command, and only when the service's code declares that flag as a string
# (cobra/pflag/flag/argparse/clap: `"log-level"`): an argument the binary does not read sets nothing.
_LEVEL_FLAG = re.compile(r"--?((?:log[-_.]?level|loglevel))(?:=\S{1,40})?|--?(v)=\d{1,2}")
# klog's verbosity `--v=N` is declared by klog itself, not by the service: the service registers klog's flags
# (`klog.InitFlags`, or k8s.io/component-base's `logs.AddFlags`/`logs.AddGoFlags`/`logsapi.AddFlags`, as
# metrics-server's start.go does); a `--v=4` given to a binary that registers none of them sets nothing.
_KLOG_FLAGS_REGISTERED = re.compile(r"\bklog\.InitFlags\(|\blogs(?:api)?\.Add(?:Go)?Flags\(")
_KLOG_IMPORT = re.compile(r'"k8s\.io/(?:klog(?:/v2)?|component-base/logs(?:/api/v1)?)"')


def _level_flag(ctx: Context) -> tuple[str, str, str] | None:
    """(manifest, the argument, file:line of the flag's declaration) when a workload passes a log-level flag the
    service's code declares."""
    from deploycheck.sources.codefacts import is_test_path
    from deploycheck.sources.kubernetes import all_objects
    from deploycheck.sources.languages import SOURCE_SUFFIXES

    passed_flags: dict[str, tuple[str, str]] = {}
    for obj in ctx.use(all_objects).workloads:
        for container in obj.containers(include_init=False):
            for key in ("args", "command"):
                items = container.spec.get(key)
                for item in items if isinstance(items, list) else []:
                    m = _LEVEL_FLAG.fullmatch(str(item).strip()) if len(str(item)) <= 100 else None
                    if m:
                        passed_flags.setdefault(m.group(1) or m.group(2), (obj.path, str(item).strip()))
    if not passed_flags:
        return None
    for rel in ctx.files.files:
        if not rel.endswith(SOURCE_SUFFIXES) or is_test_path(rel):
            continue
        text = ctx.files.read_text(rel) or ""
        for name, (obj_path, arg) in passed_flags.items():
            if name == "v":
                registered = _KLOG_FLAGS_REGISTERED.search(text) if _KLOG_IMPORT.search(text) else None
                if registered:
                    return obj_path, arg, f"{rel}:{text.count(chr(10), 0, registered.start()) + 1}"
                continue
            for quote in ('"', "'"):
                at = text.find(f"{quote}{name}{quote}")
                if at < 0:
                    at = text.find(f"{quote}--{name}{quote}")
                if at >= 0:
                    return obj_path, arg, f"{rel}:{text.count(chr(10), 0, at) + 1}"
    return None


# Rust: tracing-subscriber's `EnvFilter::from_default_env()`/`try_from_default_env()`/`from_env("VAR")` and env_logger
# (`env_logger::init()`, `Builder::from_env(...)`/`from_default_env()`) read the level filter from RUST_LOG (or the
# named variable) at start (atuin-server's main.rs; its Dockerfile sets RUST_LOG=atuin_server=info). Rust was not
# read for this item, which failed such a service. Outside `#[cfg(test)]` (by convention the file's end).
_RUST_ENV_FILTER = re.compile(r"\bEnvFilter\s*::\s*(?:try_)?from_(?:default_)?env\s*\("
                              r"|\benv_logger\s*::\s*(?:try_)?init\s*\("
                              r"|\benv_logger\s*::\s*Builder\s*::\s*from_(?:default_)?env\s*\(")


def _rust_env_filter(ctx: Context) -> tuple[str, int, str] | None:
    """(file, line, the call) of the first Rust service file that takes its log filter from the environment."""
    from deploycheck.sources.codefacts import is_test_path

    for rel in ctx.files.with_suffix(".rs"):
        if is_test_path(rel):
            continue
        text = ctx.files.read_text(rel) or ""
        end = text.find("#[cfg(test)]")
        m = _RUST_ENV_FILTER.search(text, 0, len(text) if end == -1 else end) if "env" in text else None
        if m:
            return rel, line_at(text, m.start()), " ".join(m.group(0).rstrip("(").split())
    return None


# Go services configured with spf13/viper: `viper.AutomaticEnv()` makes every key readable from the environment
# variable of its upper-cased name (opencost's "log-level" setting is LOG_LEVEL, its key replacer turning "-" into "_",
# under a SetEnvPrefix when one is set). Only a key named for the log level, in a file that imports viper.
_VIPER_IMPORT = re.compile(r'"github\.com/spf13/viper"')
_VIPER_AUTOMATIC_ENV = re.compile(r"\bviper\.AutomaticEnv\(\)")
_VIPER_REPLACER = re.compile(r'\bviper\.SetEnvKeyReplacer\(\s*strings\.NewReplacer\(\s*"([-.])"\s*,\s*"_"')
_VIPER_PREFIX = re.compile(r'\bviper\.SetEnvPrefix\(\s*"(\w{1,60})"\s*\)')
_LEVEL_KEY = re.compile(r'"((?:\w{1,40}[-_.])?log[-_.]?level)"', re.I)


def _viper_env_level(ctx: Context) -> tuple[str, int, str, str] | None:
    """(file, line, ENV_VAR, where AutomaticEnv is called) when viper maps an environment variable onto a log-level
    key the code names, or None."""
    from deploycheck.sources.codefacts import is_test_path

    automatic: tuple[str, int] | None = None
    replaced: set[str] = set()
    prefix = ""
    keys: list[tuple[str, int, str]] = []
    for rel in ctx.files.with_suffix(".go"):
        if is_test_path(rel):
            continue
        text = ctx.files.read_text(rel) or ""
        if "viper" not in text or not _VIPER_IMPORT.search(text):
            continue
        if automatic is None and (m := _VIPER_AUTOMATIC_ENV.search(text)):
            automatic = (rel, line_at(text, m.start()))
        replaced.update(_VIPER_REPLACER.findall(text))
        if p := _VIPER_PREFIX.search(text):
            prefix = p.group(1).upper() + "_"
        keys.extend((rel, line_at(text, k.start()), k.group(1)) for k in _LEVEL_KEY.finditer(text))
    if automatic is None:
        return None
    for rel, line, key in keys:
        if any(sep in key and sep not in replaced for sep in "-."):
            continue  # "log-level" without a "-" -> "_" replacer is LOG-LEVEL, which no shell can set
        variable = prefix + key.upper().replace("-", "_").replace(".", "_")
        return rel, line, variable, f"{automatic[0]}:{automatic[1]}"
    return None


def _level_placeholder(ctx: Context) -> tuple[str, int, str] | None:
    """(file, line, the setting) of the first logging level a configuration takes from `${ENV_VAR}`."""
    for rel in ctx.files.files:
        name = rel.rsplit("/", 1)[-1].lower()
        if not name.endswith((".xml", ".properties", ".yml", ".yaml")) or "/src/test/" in "/" + rel:
            continue
        text = ctx.files.read_text(rel) or ""
        if "${" not in text:
            continue
        if _is_logback_config(text) or "<Configuration" in text:
            for m in _XML_LEVEL_PLACEHOLDER.finditer(text):
                if _LEVEL_LIKE.search(m.group(1)):
                    return rel, line_at(text, m.start()), m.group(0)
        if name.endswith((".properties", ".yml", ".yaml")):
            setting = _PROPERTY_LEVEL_PLACEHOLDER.search(text)
            if setting:
                return rel, line_at(text, setting.start()), " ".join(setting.group(0).split())
    return None


@check(
    "logging/no-secrets",
    title="Log calls do not format secrets",
    severity="high",
    needs=("source code",),
    rationale="Logs are shipped, indexed and kept for months by people and systems that must not see secrets.",
    remediation="Do not log the value; log a fingerprint or that it was present.",
)
def no_secrets(ctx: Context) -> Iterator[Finding]:
    facts = _service_code(ctx)
    if facts is None:
        yield skipped(NO_CODE)
        return
    if not any(facts.files_by_language.get(language) for language in ("python", "javascript", "go")):
        yield not_applicable("secret-logging heuristics read Python, JavaScript/TypeScript and Go code; none found")
        return
    hits = [f for f in facts.secret_logs if not f.test]
    for f in hits:
        yield failed(f"log call formats a secret-named value: {f.detail}", Location(path=f.file, line=f.line))
    # A configuration printed whole carries every secret it holds: go-api-boilerplate's `fmt.Println("CONFIG:", cfg)`
    # prints the MongoDB/MySQL passwords and the signing secret its Config struct reads from the environment.
    secret_reads = sorted({r.name for r in facts.env_reads if not r.test and is_sensitive_name(r.name)})
    dumps = [f for f in facts.config_dumps if not f.test] if secret_reads else []
    for f in dumps:
        more = f" (+{len(secret_reads) - 3} more)" if len(secret_reads) > 3 else ""
        yield failed(f"log call prints the whole configuration, which holds secrets the code reads from the "
                     f"environment ({', '.join(secret_reads[:3])}{more}): {f.detail}",
                     Location(path=f.file, line=f.line))
    if not hits and not dumps:
        yield passed("no log call formats password/token/secret-named values")


_MAIN_GUARD = re.compile(r"^if\s+__name__\s*==\s*['\"]__main__['\"]\s*:", re.M)
_IMPORT_LINE = re.compile(r"^[ \t]*(?:from[ \t]+[\w.]+[ \t]+import[ \t]*\([^)]*\)|(?:from|import)[ \t][^\n]*)", re.M)
# _IMPORT_LINE without its parenthesised form, which cannot match where no `)` follows.
_IMPORT_ONE_LINE = re.compile(r"^[ \t]*(?:from|import)[ \t][^\n]*", re.M)


def _import_lines(text: str) -> Iterator[str]:
    """_IMPORT_LINE's matches. After the line holding the text's last `)`, a `from x import (` never finds its `)`:
    there, `[^)]*` read to the end of the text from each such line before the one-line form matched it (quadratic:
    0.53 s for 128,000 characters of them), so only the one-line form is looked for. No match crosses that line's
    end (the parenthesised form ends at a `)`, the other at a newline), so the two parts give what one pass gave."""
    close = text.rfind(")")
    line_end = text.find("\n", close) if close >= 0 else 0
    cut = len(text) if line_end < 0 else line_end
    for m in _IMPORT_LINE.finditer(text, 0, cut):
        yield m.group(0)
    for m in _IMPORT_ONE_LINE.finditer(text, cut):
        yield m.group(0)
# Files that start a process (an image's CMD, compose, a Procfile, manifests, CI, scripts, build and tool settings)
_LAUNCHERS = ("Dockerfile", "Containerfile", "Procfile", "Makefile", "makefile")
_LAUNCHER_SUFFIXES = (".yml", ".yaml", ".sh", ".ini", ".cfg", ".toml", ".json", ".conf", ".mk", ".env")


def _command_line_programs(ctx: Context, facts: CodeFacts, files: set[str]) -> set[str]:
    """Those of `files` that are command-line programs run by hand: a module with an `if __name__ == '__main__':`
    block that no other Python file imports, that no Dockerfile, compose file, manifest, Procfile, Makefile, script
    or settings file names (so it is not how the service starts), and that serves no route. Its print() is the
    program's output (cla_public's translations/convert_to_utf8.py, a one-off encoding converter)."""
    from deploycheck.sources.routes import code_routes

    candidates = {}
    for rel in files:
        text = ctx.files.read_text(rel) or ""
        if _MAIN_GUARD.search(text):
            candidates[rel] = rel.rsplit("/", 1)[-1].removesuffix(".py")
    if not candidates:
        return set()
    candidates = {rel: stem for rel, stem in candidates.items() if stem not in ("__main__", "__init__")}
    served = {r.file for r in ctx.use(code_routes).routes}
    for rel in list(candidates):
        if rel in served:
            del candidates[rel]
    # A program named like a Python keyword (developer_scripts/import.py) cannot be imported by an import
    # statement, and its bare name is in every import line: only its file name (`import.py`) says it is started.
    names = {stem: re.compile(rf"(?<![\w-]){re.escape(stem)}\.py\b" if keyword.iskeyword(stem)
                              else rf"(?<![\w-]){re.escape(stem)}(?![\w-])") for stem in candidates.values()}
    used: set[str] = set()
    for other in facts.files_by_language.get("python", []):
        text = ctx.files.read_text(other) or ""
        imports = " ".join(_import_lines(text))
        used |= {stem for stem, pattern in names.items() if not keyword.iskeyword(stem) and pattern.search(imports)
                 and not (other in candidates and candidates[other] == stem)}
    for rel in ctx.all_files.files:
        base = rel.rsplit("/", 1)[-1]
        if not (base.startswith(_LAUNCHERS) or base.endswith(_LAUNCHER_SUFFIXES)) or rel.endswith("lock.json"):
            continue
        text = ctx.all_files.read_text(rel) or ""
        if base.startswith(("Dockerfile", "Containerfile")):
            text = _without_copies(text)
        used |= {stem for stem, pattern in names.items() if stem not in used and pattern.search(text)}
    return {rel for rel, stem in candidates.items() if stem not in used}


def _without_copies(dockerfile: str) -> str:
    """A Dockerfile's text without its COPY and ADD lines: copying a program into the image does not start it
    (laa-civil-case-api's `COPY manage.py ./manage.py` beside `CMD ["uvicorn", ...]`: manage.py is the typer tool
    an operator runs to add users); CMD, ENTRYPOINT and RUN lines still count."""
    return "\n".join(line for line in dockerfile.splitlines()
                     if not line.strip() or line.split(None, 1)[0].upper() not in ("COPY", "ADD"))


def _healthcheck_scripts(ctx: Context) -> set[str]:
    """File names of the scripts a Dockerfile HEALTHCHECK runs (`CMD ./fetchstatus.py`): their output is the
    health check's result, read by Docker, not a log line."""
    names: set[str] = set()
    for dockerfile in ctx.use(dockerfiles).files:
        for stage in dockerfile.stages:
            for ins in stage.of("HEALTHCHECK"):
                names.update(word.rsplit("/", 1)[-1] for word in re.findall(r"[\w./-]+\.py\b", ins.value))
    return names


@check(
    "logging/print",
    title="print() is not used for logging",
    severity="low",
    needs=("source code",),
    rationale="print() has no level, no structure and no context; it bypasses the logging setup.",
    remediation="Use the logger (log.info(...)); keep print() for CLI output under `if __name__ == '__main__'`.",
)
def prints(ctx: Context) -> Iterator[Finding]:
    facts = _service_code(ctx)
    if facts is None or not facts.files_by_language.get("python"):
        yield not_applicable("no Python code")
        return
    # scripts and tools folders anywhere (`internal/tools/sanitycheck.py`) hold command-line programs, as do
    # Django management commands (`<app>/management/commands/*.py`); a migration's output goes to whoever
    # runs `migrate`
    probes = _healthcheck_scripts(ctx)
    hits = [p for p in facts.prints if not p.test and not _TOOL_DIRS.intersection(p.file.split("/")[:-1])
            and not _COMMAND_PATH.search(p.file) and p.file.rsplit("/", 1)[-1] not in probes]
    programs = _command_line_programs(ctx, facts, {p.file for p in hits})
    hits = [p for p in hits if p.file not in programs]
    by_file: dict[str, list[int]] = {}
    for p in hits:
        by_file.setdefault(p.file, []).append(p.line)
    for file, lines in sorted(by_file.items()):
        yield warned(f"{len(lines)} print() calls in {file}", Location(path=file, line=lines[0]),
                     {"lines": lines[:20]})
    if not hits:
        yield passed("no print() calls in the service code" + (
            f" (print() only in command-line programs nothing imports or starts: {', '.join(sorted(programs)[:3])})"
            if programs else ""))
