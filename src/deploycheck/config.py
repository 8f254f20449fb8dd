""".deploycheck.yaml: loading, validation with key + line messages, and the JSON Schema.

The schema (config_schema.CONFIG_SCHEMA) is the single source of truth: `deploycheck config schema`
prints it, docs/configuration.md describes it, and loading validates against it. jsonschema is
imported only when a config file exists, so scanning a repo without one stays fast.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from deploycheck.sources.files import DEFAULT_MAX_BYTES

MAX_FILE_MB_LIMIT = 10_240  # 10 GB: anything larger is a typo, and .inf would overflow

CONFIG_FILENAMES = (".deploycheck.yaml", ".deploycheck.yml")

# Sections an environment may set for itself (`environments.<name>.<section>`), and how its value
# combines with the top-level one: a list replaces it, a mapping is merged key by key (nested
# mappings too), so `performance: {slo: {p95_ms: 400}}` changes one SLO and keeps the rest.
ENVIRONMENT_SECTIONS = ("dependencies", "smoke", "auth", "performance", "probes")


class ConfigError(Exception):
    """An invalid configuration: the CLI exits 2 with this message."""


@dataclass
class HelmChartConfig:
    """A chart the config asks to render, with its values files and release name."""
    path: str
    values: list[str] = field(default_factory=list)
    release: str | None = None
    namespace: str | None = None
    set: dict[str, Any] = field(default_factory=dict)


@dataclass
class IgnoreRule:
    """A config `ignore:` rule: which check, where, why, until when."""
    check: str  # a check id, or "<item>/*", or "*"
    reason: str | None = None
    paths: list[str] = field(default_factory=list)
    expires: dt.date | None = None
    line: int | None = None  # where the rule is in the config, for messages

    @property
    def expired(self) -> bool:
        return self.expires is not None and self.expires < dt.date.today()


@dataclass
class Config:
    """The repository's .deploycheck.yaml, validated, with defaults filled in."""
    path: Path | None = None
    service: str | None = None
    kubernetes_version: str = "1.30"
    namespace: str | None = None
    helm_charts: list[HelmChartConfig] = field(default_factory=list)
    helm_autodiscover: bool = True
    manifests: list[str] = field(default_factory=list)
    # Overlays to build: None = every overlay (the default); [] (`kustomize: false` or `[]`) = none.
    kustomize: list[str] | None = None
    exclude: list[str] = field(default_factory=list)
    include: list[str] = field(default_factory=list)
    registries_allowed: list[str] = field(default_factory=list)
    registries_private: list[str] = field(default_factory=list)
    require_signature: bool = False
    check_overrides: dict[str, dict[str, Any]] = field(default_factory=dict)
    ignores: list[IgnoreRule] = field(default_factory=list)
    custom_checks: list[dict[str, Any]] = field(default_factory=list)
    checklist: dict[str, Any] = field(default_factory=dict)
    policy: dict[str, Any] = field(default_factory=dict)
    environments: dict[str, dict[str, Any]] = field(default_factory=dict)
    max_file_bytes: int = DEFAULT_MAX_BYTES
    # Sections the later checks read as they are (smoke, performance, dependencies, tests, docs, ...).
    raw: dict[str, Any] = field(default_factory=dict)
    _yaml_text: str = ""
    # The environment whose sections (ENVIRONMENT_SECTIONS) `raw` already holds merged in.
    environment: str | None = None

    def section(self, name: str, default: Any = None) -> Any:
        return self.raw.get(name, default)

    def for_environment(self, name: str | None) -> Config:
        """This config as environment `name` sees it: its own `dependencies`, `smoke`, `auth`,
        `performance` and `probes` over the top-level ones. Checks keep reading `section()`."""
        env = self.environments.get(name) if name else None
        if not isinstance(env, dict) or not any(key in env for key in ENVIRONMENT_SECTIONS):
            return self
        raw = dict(self.raw)
        for key in ENVIRONMENT_SECTIONS:
            if key in env:
                raw[key] = _merged(raw.get(key), env[key])
        return replace(self, raw=raw, environment=name)

    def line_of(self, path: tuple[str | int, ...]) -> int | None:
        if not self._yaml_text:
            return None
        from deploycheck.sources.yaml import line_of

        if self.environment and path and path[0] in ENVIRONMENT_SECTIONS:
            # Point at the environment's value where it set this one, else at the default.
            value: Any = self.environments[self.environment]
            for step in path:
                found = (isinstance(value, dict) and step in value) or (
                    isinstance(value, list) and isinstance(step, int) and step < len(value))
                if not found:
                    break
                value = value[step]
            else:
                return line_of(self._yaml_text, 0, ("environments", self.environment, *path))
        return line_of(self._yaml_text, 0, path)

    @property
    def display_path(self) -> str:
        return self.path.name if self.path else "(defaults)"


def _merged(default: Any, override: Any) -> Any:
    if isinstance(default, dict) and isinstance(override, dict):
        return {**default, **{k: _merged(default.get(k), v) for k, v in override.items()}}
    return override


def find_config(root: Path) -> Path | None:
    for name in CONFIG_FILENAMES:
        candidate = root / name
        if candidate.is_file():
            return candidate
    return None


def load_config(root: Path, explicit: Path | None = None, early: Callable[[Config], None] | None = None) -> Config:
    """The config for `root`: the explicit file, else .deploycheck.yaml in root, else defaults.

    `early` (the CLI's parse-ahead fork, parallel.py) is called once with the config as soon as it is read, before
    it is validated: validation imports jsonschema-rs (~12 ms, with the email and socket modules it loads), which
    the second process does not need. What it is given is built from the same text as the answer; a config that
    validation then refuses raises here as before (the caller stops what `early` started), and one that cannot even
    be built is not given to `early` at all."""
    path = explicit or find_config(root)
    if path is None:
        config = Config()
        if early is not None:
            early(config)
        return config
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config: {exc}") from None
    from deploycheck.sources.yaml import YamlError, load_one

    try:
        data = load_one(text)
    except YamlError as exc:
        where = f"{path}:{exc.line}" if exc.line else str(path)
        raise ConfigError(f"{where}: {exc.message}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}:1: the config must be a mapping of keys, not {type(data).__name__}")
    duplicates = _duplicate_keys(text)
    if duplicates:
        # YAML lets the last duplicate win silently: a second `environments:` block would quietly
        # replace the first (or an `ignore:` appended at the end would replace the reviewed one).
        raise ConfigError("invalid configuration:\n  " + "\n  ".join(
            f"{path}:{line}: duplicate key '{key}' (first at line {first}); YAML would silently keep only the last"
            for key, line, first in duplicates))
    if early is not None:
        try:
            unchecked = _build(data, text, path)
        except Exception:  # anything: validation below says what is wrong, in its words
            unchecked = None
        if unchecked is not None:
            early(unchecked)
    _validate(data, text, path)
    return _build(data, text, path)


def _duplicate_keys(text: str) -> list[tuple[str, int, int]]:
    """(dotted key, line, line of the first one) for every mapping key given twice."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        root = yaml.compose(text, Loader=loader)
    except yaml.YAMLError:
        return []  # load_one already accepted the text; nothing more to say here
    out: list[tuple[str, int, int]] = []
    stack: list[tuple[Any, str]] = [(root, "")] if root is not None else []
    seen: set[int] = set()
    while stack:
        node, prefix = stack.pop()
        if id(node) in seen:  # aliases share nodes
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            first: dict[str, int] = {}
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode) and key.value != "<<":
                    line = key.start_mark.line + 1
                    if key.value in first:
                        out.append((prefix + key.value, line, first[key.value]))
                    else:
                        first[key.value] = line
                    stack.append((value, f"{prefix}{key.value}."))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((value, f"{prefix}{i}.") for i, value in enumerate(node.value))
    return sorted(out, key=lambda d: d[1])


def _max_file_bytes(limits: dict[str, Any], text: str, path: Path) -> int:
    value = limits.get("max_file_mb", DEFAULT_MAX_BYTES / 1048576)
    # The schema's bounds do not stop .nan (every comparison with it is false).
    if not isinstance(value, (int, float)) or not math.isfinite(value) or not 0 < value <= MAX_FILE_MB_LIMIT:
        from deploycheck.sources.yaml import line_of

        line = line_of(text, 0, ("limits", "max_file_mb")) or 1
        raise ConfigError(f"{path}:{line}: 'limits.max_file_mb': must be a number above 0 and at most "
                          f"{MAX_FILE_MB_LIMIT}, not {value!r}")
    return int(value * 1048576)


def _validate(data: dict[str, Any], text: str, path: Path) -> None:
    # jsonschema-rs (already loaded for the manifest schemas) says "valid" in well under a millisecond;
    # importing jsonschema costs 0.1-0.3 s per run. It also checks formats jsonschema skips without
    # optional packages (`uri`) and its regexes do not let `$` match before a final newline, so it is the
    # stricter of the two: when it refuses, jsonschema decides and words the messages, as before.
    import jsonschema_rs

    from deploycheck.config_schema import CONFIG_SCHEMA

    if jsonschema_rs.Draft202012Validator(CONFIG_SCHEMA, validate_formats=True).is_valid(_jsonable(data)):
        return
    import jsonschema

    from deploycheck.sources.yaml import line_of

    validator = jsonschema.Draft202012Validator(CONFIG_SCHEMA, format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(_jsonable(data)), key=lambda e: list(map(str, e.absolute_path)))
    if not errors:
        return
    lines = []
    for err in errors[:20]:
        key_path = tuple(err.absolute_path)
        if err.validator == "additionalProperties" and isinstance(err.instance, dict):
            allowed = set(err.schema.get("properties", {}))
            unknown = [k for k in err.instance if k not in allowed]
            for key in unknown:
                line = line_of(text, 0, (*key_path, key))
                dotted = ".".join(map(str, (*key_path, key)))
                hint = _closest(key, allowed)
                lines.append(f"{path}:{line}: unknown key '{dotted}'" + (f" (did you mean '{hint}'?)" if hint else ""))
            continue
        line = line_of(text, 0, key_path)
        dotted = ".".join(map(str, key_path)) or "(top level)"
        if key_path[:1] == ("ignore",) and ((err.validator == "required" and "'reason'" in err.message)
                                            or key_path[-1:] == ("reason",)):
            # A silenced finding must say why (DESIGN.md): a rule without a reason is refused, not warned about.
            lines.append(f"{path}:{line}: '{dotted}': an ignore rule needs a `reason:` saying why the finding "
                         "is accepted")
            continue
        lines.append(f"{path}:{line}: '{dotted}': {err.message}")
    raise ConfigError("invalid configuration:\n  " + "\n  ".join(lines))


def _closest(key: str, allowed: set[str]) -> str | None:
    import difflib

    match = difflib.get_close_matches(key, sorted(allowed), n=1, cutoff=0.6)
    return match[0] if match else None


def _jsonable(value: Any) -> Any:
    """YAML gives dates as date objects; the schema speaks JSON strings."""
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _as_date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _build(data: dict[str, Any], text: str, path: Path) -> Config:
    from deploycheck.sources.yaml import line_of

    helm = data.get("helm") or {}
    charts = [
        HelmChartConfig(
            path=c["path"],
            values=list(c.get("values", [])),
            release=c.get("release"),
            namespace=c.get("namespace"),
            set=dict(c.get("set", {})),
        )
        for c in helm.get("charts", [])
    ]
    ignores = [
        IgnoreRule(
            check=rule["check"],
            reason=rule.get("reason"),
            paths=list(rule.get("paths", [])),
            expires=_as_date(rule.get("expires")),
            line=line_of(text, 0, ("ignore", i)),
        )
        for i, rule in enumerate(data.get("ignore", []))
    ]
    registries = data.get("registries") or {}
    limits = data.get("limits") or {}
    return Config(
        path=path,
        service=data.get("service"),
        kubernetes_version=str(data.get("kubernetes_version", "1.30")),
        namespace=data.get("namespace"),
        helm_charts=charts,
        helm_autodiscover=bool(helm.get("autodiscover", True)),
        manifests=list(data.get("manifests", [])),
        kustomize=None if data.get("kustomize") is None else list(data.get("kustomize") or []),
        exclude=list(data.get("exclude", [])),
        include=list(data.get("include", [])),
        registries_allowed=list(registries.get("allowed", [])),
        registries_private=list(registries.get("private", [])),
        require_signature=bool(registries.get("require_signature", False)),
        check_overrides=dict(data.get("checks", {})),
        ignores=ignores,
        custom_checks=list(data.get("custom_checks", [])),
        checklist=dict(data.get("checklist", {})),
        policy=dict(data.get("policy", {})),
        environments=dict(data.get("environments", {})),
        max_file_bytes=_max_file_bytes(limits, text, path),
        raw=data,
        _yaml_text=text,
    )
