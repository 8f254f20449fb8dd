"""Prometheus alerting/recording rules: from PrometheusRule objects and from rules files.

Rules are parsed with `promtool check rules` when promtool is on PATH (the same parser Prometheus
uses), otherwise each expression goes through the `promql-parser` library (a Rust port of the
Prometheus parser). Problems are data on the result, never exceptions; the monitoring checks judge.
"""

from __future__ import annotations

import bisect
import itertools
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from deploycheck.model import Location
from deploycheck.sources.kubernetes import K8sObject, all_objects, chart_directories
from deploycheck.sources.yaml import YamlError, line_of, load_one

if TYPE_CHECKING:
    import subprocess

    from deploycheck.context import Context

PROMTOOL_TIMEOUT_S = 60
# A rules file by name; any other YAML only when its text has a top-level `groups:` with rules.
# A file name (the path's last part) ending in .yml/.yaml with `rule`/`alert` in it, as `(rules?|alerts?)[^/]*\.ya?ml$`
# found it (only ever tested for a match): anchored at the start, each part of the path is read once, not again
# from every `rule` of a long name (quadratic).
_RULES_NAME = re.compile(r"\A(?:[^/]*+/)*+(?=[^/]*\.ya?ml$)[^/]*?(?:rule|alert)", re.I)
_GROUPS_KEY = re.compile(r"^groups:", re.M)


@dataclass
class RuleProblem:
    """An alerting or recording rule that did not validate, or why rules could not be validated."""
    message: str
    location: Location | None
    status: str = "fail"  # fail (invalid rule) | error (validator crashed) | skipped (no validator)


@dataclass
class Rule:
    """One alerting or recording rule and where it is defined."""
    group: str
    alert: str | None
    record: str | None
    expr: str
    labels: dict[str, Any]
    annotations: dict[str, Any]
    source: str  # file path, or "PrometheusRule/<ns>/<name>"
    _field_path: tuple[str | int, ...] = ()
    _obj: K8sObject | None = field(default=None, repr=False)
    _text: str | None = field(default=None, repr=False)

    @property
    def object(self) -> K8sObject | None:
        """The PrometheusRule or ConfigMap the rule came from; None for a rules file."""
        return self._obj

    def location(self, lazy: bool = True) -> Location:
        """Where the rule is; `lazy=False` skips the line lookup (for passes)."""
        if self._obj is not None:
            return self._obj.location(self._field_path if lazy else None)
        line = line_of(self._text, 0, self._field_path) if lazy and self._text else None
        return Location(path=self.source, line=line)


@dataclass
class RuleSet:
    """The repository's Prometheus rules, their sources and problems, and the validator used."""
    rules: list[Rule] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    problems: list[RuleProblem] = field(default_factory=list)
    validator: str = "none"  # promtool | promql-parser | none


@dataclass
class _Source:
    """A rules file or PrometheusRule object the rules were read from."""
    name: str
    groups: Any
    location: Location
    prefix: tuple[str | int, ...]
    obj: K8sObject | None = None
    text: str | None = None
    path: Path | None = None  # the real file, for promtool
    embedded: bool = False  # rules text inside a ConfigMap value: lines point at its key


def _rule_files(ctx: Context) -> list[str]:
    templates = tuple(f"{d}/templates/" if d else "templates/" for d in chart_directories(ctx))
    out = []
    for rel in ctx.files.with_suffix(".yaml", ".yml", ".rules"):
        if templates and rel.startswith(templates):
            continue  # Go templates: only meaningful once rendered (as PrometheusRule objects)
        if _RULES_NAME.search(rel.rsplit("/", 1)[-1]) or rel.lower().endswith(".rules"):
            out.append(rel)
            continue
        text = ctx.files.read_text(rel)
        if text and _GROUPS_KEY.search(text) and "expr:" in text and "apiVersion" not in text:
            out.append(rel)
    return out


def _collect(ctx: Context, result: RuleSet) -> list[_Source]:
    sources = []
    for obj in ctx.use(all_objects).of_kind("PrometheusRule"):
        spec = obj.body.get("spec")
        groups = spec.get("groups") if isinstance(spec, dict) else None
        sources.append(_Source(f"PrometheusRule/{obj.namespace + '/' if obj.namespace else ''}{obj.name}",
                               groups, obj.location(None), ("spec", "groups"), obj=obj))
    sources.extend(_configmap_sources(ctx))
    for rel in _rule_files(ctx):
        text = ctx.files.read_text(rel)
        if text is None:
            continue
        if rel.lower().endswith(".rules") and _PROMETHEUS_1.search(text):
            result.problems.append(RuleProblem(f"{rel}: Prometheus 1.x rule syntax (ALERT ... IF ...), which "
                                               "Prometheus 2 and later do not load; convert it with "
                                               "`promtool update rules`", Location(path=rel)))
            continue
        try:
            data = load_one(text)
        except YamlError as exc:
            if _RULES_NAME.search(rel):
                result.problems.append(RuleProblem(f"{rel}: {exc.message}", Location(path=rel, line=exc.line)))
            continue
        if not isinstance(data, dict) or "groups" not in data or "apiVersion" in data:
            continue  # a YAML file that merely has "rules" in its name (or a udev/iptables .rules file)
        sources.append(_Source(rel, data["groups"], Location(path=rel), ("groups",), text=text,
                               path=ctx.files.abspath(rel)))
    return sources


# Prometheus 1.x rules files: `ALERT Name` followed by `IF expr` (YAML rules files replaced them in 2.0).
_PROMETHEUS_1 = re.compile(r"^[ \t]*ALERT[ \t]+\w+[ \t]*$\s*^[ \t]*IF\s", re.M)
# A ConfigMap key that holds a rules file (prometheus.rules, alerts.yml, recording_rules.yaml, ...).
# (`\.rules$` or as _RULES_NAME; was `(\.rules|(rules?|alerts?)[^/]*\.ya?ml)$`, quadratic)
_CONFIGMAP_RULES_KEY = re.compile(r"\.rules$|\A(?:[^/]*+/)*+(?=[^/]*\.ya?ml$)[^/]*?(?:rule|alert)", re.I)


def _configmap_sources(ctx: Context) -> list[_Source]:
    """Rules files mounted from ConfigMaps (the plain-Prometheus way: the chart or manifest ships
    prometheus.rules / alerts.yml as a ConfigMap key that Prometheus reads as rule_files)."""
    out = []
    for obj in ctx.use(all_objects).of_kind("ConfigMap"):
        data = obj.body.get("data")
        if not isinstance(data, dict):
            continue
        for key, value in data.items():
            text = value if isinstance(value, str) else None
            if text is None or "groups:" not in text or "expr:" not in text:
                continue
            if not (_CONFIGMAP_RULES_KEY.search(str(key)) or _GROUPS_KEY.search(text)):
                continue
            try:
                parsed = load_one(text)
            except YamlError:
                continue  # not a rules file after all (the prometheus.yml next to it is judged by nobody here)
            if not isinstance(parsed, dict) or "groups" not in parsed:
                continue
            name = f"ConfigMap/{obj.namespace + '/' if obj.namespace else ''}{obj.name}[{key}]"
            out.append(_Source(name, parsed["groups"], obj.location(("data", str(key))), ("data", str(key)),
                               obj=obj, embedded=True))
    return out


def _extract(src: _Source, result: RuleSet) -> None:
    if not isinstance(src.groups, list):
        result.problems.append(RuleProblem(f"{src.name}: groups must be a list", src.location))
        return
    for gi, group in enumerate(src.groups):
        if not isinstance(group, dict) or not isinstance(group.get("rules"), list):
            result.problems.append(RuleProblem(f"{src.name}: group #{gi + 1} has no rules list", src.location))
            continue
        for ri, raw in enumerate(group["rules"]):
            if not isinstance(raw, dict):
                continue
            labels, notes = raw.get("labels"), raw.get("annotations")
            result.rules.append(Rule(
                group=str(group.get("name", f"#{gi + 1}")), alert=raw.get("alert"), record=raw.get("record"),
                expr=str(raw.get("expr", "")), labels=labels if isinstance(labels, dict) else {},
                annotations=notes if isinstance(notes, dict) else {}, source=src.name,
                _field_path=src.prefix if src.embedded else (*src.prefix, gi, "rules", ri), _obj=src.obj,
                _text=src.text))


def _run_promtool(promtool: str, paths: list[Path]) -> subprocess.CompletedProcess[str]:
    import subprocess  # only with promtool on PATH: a scan without rules files never imports it (~2 ms)

    return subprocess.run([promtool, "check", "rules", "--lint=none", *map(str, paths)], capture_output=True,
                          text=True, timeout=PROMTOOL_TIMEOUT_S, check=False)


def _promtool(promtool: str, sources: list[_Source], result: RuleSet) -> None:
    import json
    import subprocess

    with tempfile.TemporaryDirectory(prefix="deploycheck-rules-") as tmp:
        paths = []
        for i, src in enumerate(sources):
            path = src.path
            if path is None:  # a PrometheusRule object: its spec.groups is a rules file (JSON is YAML)
                path = Path(tmp) / f"rules-{i}.json"
                path.write_text(json.dumps({"groups": src.groups}, default=str), encoding="utf-8")
            paths.append(path)
        try:
            # One run for all files (each promtool start costs ~80 ms); only when it fails are the
            # files checked one by one, so every message is attributed to its own source.
            if _run_promtool(promtool, paths).returncode == 0:
                return
            for src, path in zip(sources, paths, strict=True):
                proc = _run_promtool(promtool, [path])
                if proc.returncode != 0:
                    detail = (proc.stderr or proc.stdout).replace(str(path), src.name)
                    lines = [ln.strip() for ln in detail.splitlines() if ln.strip() and ln.strip() != "FAILED:"]
                    result.problems.append(RuleProblem(f"{src.name}: promtool: {'; '.join(lines)[:800]}",
                                                       src.location))
        except (OSError, subprocess.TimeoutExpired) as exc:
            result.problems.append(RuleProblem(f"promtool failed to run: {exc}", None, "error"))


def _promql_parser(result: RuleSet) -> None:
    import promql_parser

    for rule in result.rules:
        if not rule.alert and not rule.record:
            result.problems.append(RuleProblem(f"{rule.source}: a rule in group {rule.group} has neither alert "
                                               "nor record", rule.location()))
            continue
        try:
            promql_parser.parse(rule.expr)
        except ValueError as exc:
            name = rule.alert or rule.record
            result.problems.append(RuleProblem(f"{rule.source}: rule {name}: invalid PromQL: {exc}",
                                               rule.location()))


def alert_rules(ctx: Context) -> RuleSet:
    result = RuleSet()
    sources = _collect(ctx, result)
    for src in sources:
        _extract(src, result)
    result.sources = [s.name for s in sources]
    if not sources:
        return result
    promtool = shutil.which("promtool")
    if promtool:
        result.validator = "promtool"
        _promtool(promtool, sources, result)
        return result
    try:
        import promql_parser  # noqa: F401
    except ImportError:
        result.problems.append(RuleProblem("cannot validate rules: neither promtool (Debian package `prometheus`) "
                                           "nor the promql-parser library is installed", None, "skipped"))
        return result
    result.validator = "promql-parser"
    _promql_parser(result)
    return result


# --- Prometheus scrape configurations --------------------------------------------------------------------------------
# A Prometheus configuration the repository holds: `scrape_configs:` in a prometheus.yml (a file, or a ConfigMap's
# data), or a Helm chart's `extraScrapeConfigs: |` value holding the job list as text (opencost's
# kubernetes/prometheus/extraScrapeConfigs.yaml for the prometheus-community chart). The targets of static and DNS
# service discovery are what Prometheus scrapes; Kubernetes service discovery is judged by the annotations it keeps.
# Read from the text, not parsed as YAML: the configuration is often a string inside a ConfigMap or a values file
# (parsing kube-prometheus-stack's 200 KB values.yaml again cost the corpus scan 0.17 s of CPU), and the targets are
# plain list entries. Each `static_configs:`/`dns_sd_configs:` is read for at most _BLOCK_LINES lines (linear).
_SCRAPE_HINT = re.compile(r"scrape_configs|scrapeconfigs", re.I)
_DISCOVERY_KEYS = ("static_configs", "dns_sd_configs")
# The word boundary before each key is asked after it (`(?<!\wjob_name)`: no word character before the key), so the
# pattern starts with the key's literal text, which re finds by a fast search; with `\b` first it tried every
# position of the text (3.5 ms each over kube-prometheus-stack's 200 KB values.yaml). The same matches:
# tests/test_corpus_speed.py.
_DISCOVERY = re.compile(r"(?:static_configs(?<!\wstatic_configs)|dns_sd_configs(?<!\wdns_sd_configs))[ \t]*:")
_JOB_NAME = re.compile(r"job_name(?<!\wjob_name)[ \t]*:[ \t]*['\"]?([^'\"\n#]{1,200}?)['\"]?[ \t]*(?:#[^\n]*)?$",
                       re.M)
_LIST_KEY = re.compile(r"^[ \t-]*(?:targets|names)[ \t]*:[ \t]*(\[[^\]\n]{0,2000}\])?[ \t]*(?:#.*)?$")
_ITEM = re.compile(r"^[ \t]*-[ \t]*['\"]?([^'\"\s#,\]]{1,300})['\"]?[ \t]*(?:#.*)?$")
_FLOW_ITEM = re.compile(r"['\"]?([^'\",\[\]\s]{1,300})['\"]?")
_MAX_SCRAPE_FILES = 200
_BLOCK_LINES = 40
_MAX_BLOCKS = 500  # discovery keys read per file: a real configuration has a handful
_MAX_TARGETS = 2000


@dataclass(frozen=True)
class ScrapeTarget:
    """A target a scrape job of the repository's Prometheus configuration names (static or DNS discovery)."""
    file: str
    job: str
    target: str  # `host:port` of static_configs, or a DNS name of dns_sd_configs


# Where a Prometheus configuration of the repository is looked for without reading every YAML file (the corpus has
# 1,600, which cost its scan 0.04 s): files named for Prometheus, scraping, monitoring or Helm values, and the string
# data of the ConfigMaps the manifest readers already parsed.
_CONFIG_FILE_NAME = re.compile(r"prometheus|scrape|monitor|values", re.I)


def scrape_targets(ctx: Context) -> list[ScrapeTarget]:
    texts: list[tuple[str, str]] = []
    for rel in ctx.files.with_suffix(".yaml", ".yml"):
        if _CONFIG_FILE_NAME.search(rel.rsplit("/", 1)[-1]):
            texts.append((rel, ctx.files.read_text_containing(rel, _DISCOVERY_KEYS) or ""))
    for obj in ctx.use(all_objects).of_kind("ConfigMap"):
        data = obj.body.get("data")
        for value in (data.values() if isinstance(data, dict) else ()):
            if isinstance(value, str):
                texts.append((obj.path, value))
    out: list[ScrapeTarget] = []
    read = 0
    for rel, text in texts:
        # plain substring tests first: a case-blind regex over every text is what costs
        if not any(key in text for key in _DISCOVERY_KEYS) or "crape" not in text or not _SCRAPE_HINT.search(text):
            continue
        read += 1
        if read > _MAX_SCRAPE_FILES:
            break
        out.extend(_text_targets(rel, text))
        if len(out) > _MAX_TARGETS:
            break
    return out


def _text_targets(rel: str, text: str) -> list[ScrapeTarget]:
    out: list[ScrapeTarget] = []
    jobs = [(m.start(), m.group(1).strip()) for m in _JOB_NAME.finditer(text)]
    job_starts = [at for at, _ in jobs]
    # Split at "\n" only, each line's "\r" dropped after its offset is counted: splitlines() took a CRLF file's
    # "\r\n" as one character, so each block was looked for a line further down per line above it (a Windows-saved
    # prometheus.yml with 100 lines before its scrape_configs gave no target at all).
    raw = text.split("\n")
    starts = [0]
    for line in raw:
        starts.append(starts[-1] + len(line) + 1)
    lines = [line.removesuffix("\r") for line in raw]
    scrape_sections = [m.start() for m in _SCRAPE_SECTION.finditer(text)]
    alert_sections = [m.start() for m in _ALERTMANAGERS.finditer(text)]
    for d in itertools.islice(_DISCOVERY.finditer(text), _MAX_BLOCKS):
        last_alerting = bisect.bisect_left(alert_sections, d.start())
        last_scrape = bisect.bisect_left(scrape_sections, d.start())
        if last_alerting and (not last_scrape or alert_sections[last_alerting - 1] > scrape_sections[last_scrape - 1]):
            continue  # `alerting: alertmanagers: - static_configs:` names where alerts go, not what is scraped
        before = bisect.bisect_left(job_starts, d.start())
        job = jobs[before - 1][1] if before else "?"
        first = bisect.bisect_right(starts, d.start()) - 1
        out.extend(ScrapeTarget(rel, job, t) for t in _block_targets(lines, first, d.start() - starts[first]))
    return out


# `scrape_configs:` and `alertmanagers:` keys, for which section a discovery key is in (as _DISCOVERY, literal first)
_SCRAPE_SECTION = re.compile(r"scrape_configs(?<!\wscrape_configs)[ \t]*:")
_ALERTMANAGERS = re.compile(r"alertmanagers(?<!\walertmanagers)[ \t]*:")


def _block_targets(lines: list[str], first: int, column: int) -> list[str]:
    """The `targets:`/`names:` entries in the lines after a discovery key at `column` (a flow list or `- item`
    lines), up to the first line indented no deeper than the key (the next key of its job, the next job), a list item
    at the key's own depth excepted (YAML's compact `static_configs:\n- targets:`): two helpers saw the next job's
    targets credited to the job above when the block was read for _BLOCK_LINES lines whatever the indentation."""
    found: list[str] = []
    listing = False
    for line in lines[first + 1: first + 1 + _BLOCK_LINES]:
        if len(line) > 2000:
            break
        stripped = line.lstrip(" \t")
        indent = len(line) - len(stripped)
        if stripped and not stripped.startswith("#") and (
                indent < column or (indent == column and not stripped.startswith("-"))):
            break
        key = _LIST_KEY.match(line)
        if key:
            listing = key.group(1) is None
            if key.group(1):
                found.extend(m.group(1) for m in _FLOW_ITEM.finditer(key.group(1)[1:-1]))
            continue
        item = _ITEM.match(line) if listing else None
        if item:
            found.append(item.group(1))
        elif listing and line.strip():
            listing = False
    return found
