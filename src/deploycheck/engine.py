"""Run checks -> findings -> suppressions/attestations -> item results -> verdict.

The engine knows nothing about what checks look at; it isolates them (an exception becomes an
`error` finding naming the check) and applies the policy.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import gc
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from deploycheck import __version__
from deploycheck.checklist import Checklist, load_checklist
from deploycheck.checks.registry import CheckSpec, all_checks, check_ids, plugin_errors, selected_checks
from deploycheck.config import Config
from deploycheck.context import Context, Options
from deploycheck.identity import run_identity
from deploycheck.model import (
    Attestation,
    Finding,
    ItemResult,
    Location,
    Report,
    Severity,
    Status,
    Suppression,
    Verdict,
)
from deploycheck.parallel import drop_prefetch, run_shared, shareable, worth_forking

INLINE_IGNORE = re.compile(r"deploycheck:\s*ignore\[([^\]]+)\]\s*(.*)")
NO_CHECK_YET = "no automated check yet"


@dataclass
class RunResult:
    """A run's report, its findings and the context they were read in."""
    report: Report
    context: Context
    findings: list[Finding] = field(default_factory=list)


def _matches(pattern: str, check_id: str) -> bool:
    return pattern == check_id or fnmatch.fnmatchcase(check_id, pattern)


_GLOB_CHARS = frozenset("*?[")


def _selector(patterns: list[str]) -> Callable[[str, str], bool]:
    """`any(_matches(p, check_id) or p == item for p in patterns)` as one function. A pattern without `*`, `?`
    or `[` matches by equality alone (fnmatch escapes everything else), so those are looked up in a set: 55
    `--only` values against ~150 ids were 16,000 fnmatch calls per run."""
    exact = frozenset(patterns)
    globs = [p for p in patterns if not _GLOB_CHARS.isdisjoint(p)]

    def wanted(check_id: str, item: str) -> bool:
        return check_id in exact or item in exact or any(fnmatch.fnmatchcase(check_id, p) for p in globs)
    return wanted


def checks_for(config: Config, only: Iterable[str] = ()) -> dict[str, CheckSpec]:
    """Every registered check (built-in and plugins) plus the config's own declarative checks; with `only`,
    at least the checks it selects (the check modules of the others need not be imported)."""
    from deploycheck.checks.custom import config_checks

    only = list(only)
    if only:
        wanted = _selector(only)
        builtin = selected_checks(lambda cid: wanted(cid, cid.partition("/")[0]))
    else:
        builtin = all_checks()
    return {**builtin, **config_checks(config)}


def select_checks(config: Config, options: Options, only: Iterable[str] = ()) -> list[CheckSpec]:
    selected = []
    only = list(only)
    wanted = _selector(only)
    for spec in checks_for(config, only).values():
        if spec.live and options.mode != "verify":
            continue
        if only and not wanted(spec.id, spec.item):
            continue
        override = _override_for(config, spec.id)
        if override.get("enabled") is False:
            continue
        selected.append(spec)
    return selected


def did_you_mean(value: str, known: Iterable[str]) -> str:
    """A hint for a mistyped id: difflib's close matches, else the ids that start with what was typed."""
    import difflib

    known = list(known)
    close = difflib.get_close_matches(value, known, n=3) or [k for k in known if k.startswith(value)][:3]
    return f" (did you mean {', '.join(close)}?)" if close else ""


def known_selectors(config: Config) -> tuple[list[str], set[str]]:
    """Every check id (built-in, plugin, the config's own, live ones included) and every checklist item id."""
    from deploycheck.checks.custom import config_checks

    ids = check_ids()
    return ids + [cid for cid in config_checks(config) if cid not in set(ids)], \
        {i.id for i in load_checklist(config).items}


def unknown_selectors(config: Config, patterns: Iterable[str]) -> list[str]:
    """The values (`--only`, config `checks:` keys, ignore rules) that name no check, glob of checks or item."""
    ids, items = known_selectors(config)
    id_set = set(ids)  # a pattern without glob characters matches an id only by equality (see _selector)
    return [p for p in patterns if p != "*" and p not in items and p not in id_set
            and (_GLOB_CHARS.isdisjoint(p) or not any(_matches(p, cid) for cid in ids))]


def config_check_problems(config: Config) -> list[str]:
    """`checks:` keys, `ignore:` rules and environment item lists naming no known check or item: each would
    silently do nothing (an override or ignore that never applies, a 'required' item that never blocks)."""
    ids, items = known_selectors(config)
    where = str(config.path or config.display_path)
    out = []
    for key in unknown_selectors(config, config.check_overrides):
        out.append(f"{where}:{config.line_of(('checks', key))}: checks: {key!r} names no check or checklist item"
                   f"{did_you_mean(key, [*ids, *items])}")
    for i, rule in enumerate(config.ignores):
        if unknown_selectors(config, [rule.check]):
            out.append(f"{where}:{rule.line or config.line_of(('ignore', i))}: ignore: {rule.check!r} names no check "
                       f"or checklist item{did_you_mean(rule.check, [*ids, *items])}")
    for env_name, env in config.environments.items():
        for key in ("required", "optional"):
            for j, item in enumerate(env.get(key) or []):
                if item not in items:
                    out.append(f"{where}:{config.line_of(('environments', env_name, key, j))}: environments."
                               f"{env_name}.{key}: {item!r} is not a checklist item{did_you_mean(item, items)}")
    return out


def evaluated_items(specs: Iterable[CheckSpec], only: Iterable[str], checklist: Checklist) -> set[str] | None:
    """The items a run looks at: all of them, or with `--only` the items of the selected checks and the
    items named outright (an item without automated checks is then `manual`, as in a full run)."""
    only = list(only)
    if not only:
        return None
    return {s.item for s in specs} | {i.id for i in checklist.items if i.id in only}


def _override_for(config: Config, check_id: str) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    # Less specific patterns first so an exact id wins.
    for pattern, values in sorted(config.check_overrides.items(), key=lambda kv: (kv[0] != "*", "*" not in kv[0])):
        if _matches(pattern, check_id):
            merged.update(values)
    return merged


# A check that finds the same problem on 100,000 generated objects must not spend minutes locating each one:
# past this many findings the check stops and one finding says the rest was not listed.
MAX_FINDINGS_PER_CHECK = 2000


def run_check(spec: CheckSpec, ctx: Context, severity: Severity) -> list[Finding]:
    out: list[Finding] = []
    try:
        for finding in spec.fn(ctx):
            if len(out) >= MAX_FINDINGS_PER_CHECK:
                worst = max((f.status for f in out), key=lambda st: st.rank)
                out.append(Finding(check_id=spec.id, item=spec.item, status=worst, severity=severity,
                                   message=f"{spec.id} stopped after {MAX_FINDINGS_PER_CHECK} findings; further "
                                           f"objects were not examined (fix these first, or split the scan)",
                                   remediation=spec.remediation or None))
                break
            finding.check_id = finding.check_id or spec.id
            finding.item = finding.item or spec.item
            finding.severity = severity
            if finding.status is Status.FAIL and not severity.blocks:
                finding.status = Status.WARN
            if finding.status in (Status.FAIL, Status.WARN) and not finding.remediation:
                finding.remediation = spec.remediation or None
            out.append(finding)
    except Exception as exc:  # isolate: one broken check must not stop the run
        out.append(
            Finding(
                check_id=spec.id,
                item=spec.item,
                status=Status.ERROR,
                severity=severity,
                message=f"check {spec.id} crashed: {type(exc).__name__}: {exc}",
            )
        )
    out = _without_unlisted_passes(spec, ctx, severity, out)
    if _reads_manifests(spec) and any(f.status is Status.NA for f in out):
        from deploycheck.checks.kubernetes import unless_unbuilt

        out = [unless_unbuilt(ctx, f, (Status.NA,), _kinds_named(f.message)) for f in out]
    if _reads_manifests(spec):
        out = _left_out_passes(spec, ctx, out, severity)
        out.extend(_unbuilt_objects_caveat(spec, ctx, out, severity))
    return out


def _left_out_passes(spec: CheckSpec, ctx: Context, out: list[Finding], severity: Severity) -> list[Finding]:
    """A chart rendered without the templates of its own that failed (sources/helm.py) is not shown to pass: its
    objects' passes, and a pass that says something is absent from every manifest, become one `skipped` finding
    naming what was left out (skywalking-showcase: its sample Deployments are not privileged, but the rover DaemonSet
    of a template that did not render may be). Its failures and warnings stand: the rendered objects have them."""
    from deploycheck.sources.kubernetes import all_objects

    kube = ctx.use(all_objects)
    if not kube.left_out_units:
        return out
    absent = [what for what in kube.left_out_units.values() if what in kube.absent]
    kept: list[Finding] = []
    dropped: dict[str, int] = {}
    for f in out:
        origin = f.location.origin if f.location is not None else None
        if f.status is Status.PASS and origin in kube.left_out_units:
            dropped[kube.left_out_units[origin]] = dropped.get(kube.left_out_units[origin], 0) + 1
        elif f.status is Status.PASS and absent and (f.location is None or f.location.object is None):
            kept.append(Finding(check_id=f.check_id, item=f.item, status=Status.SKIPPED, severity=severity,
                                message=f"{f.message}; but {absent[0]} did not render, so its objects could not be "
                                        "looked at", location=f.location))
        else:
            kept.append(f)
    if dropped and not any(f.status in (Status.FAIL, Status.WARN, Status.SKIPPED, Status.ERROR) for f in kept):
        what, count = next(iter(dropped.items()))
        kept.append(Finding(check_id=spec.id, item=spec.item, status=Status.SKIPPED, severity=severity,
                            message=f"{count} object(s) of the chart pass; but {what} did not render, so its "
                                    "objects could not be looked at"))
    return kept


def _without_unlisted_passes(spec: CheckSpec, ctx: Context, severity: Severity, out: list[Finding]) -> list[Finding]:
    """A pass located in a YAML beside a kustomization that no kustomization lists and nothing applies by name
    (kustomize.unlisted_manifests) is dropped: that file is not shown to be deployed, so what is right in it earns
    nothing, while its problems stay findings (lead's decision, 2026-11-30). A check left with no finding says
    `skipped` and why, never pass."""
    located = {id(f): f.location.path for f in out if f.status is Status.PASS and f.location is not None
               and f.location.origin is None and f.location.path and f.location.path.endswith((".yaml", ".yml"))}
    if not located:
        return out  # the kustomization tree is only read when a pass points at a YAML file
    from deploycheck.sources.kustomize import unlisted_manifests

    unlisted = ctx.use(unlisted_manifests)
    dropped = {key: path for key, path in located.items() if path in unlisted}
    if not dropped:
        return out
    kept = [f for f in out if id(f) not in dropped]
    if kept:
        return kept
    files = sorted(set(dropped.values()))
    return [Finding(check_id=spec.id, item=spec.item, status=Status.SKIPPED, severity=severity,
                    message=f"what passed is only in {', '.join(files[:3])}{' and more' if len(files) > 3 else ''}, "
                            "which no kustomization lists and nothing in the repository applies by name: not shown "
                            "to be deployed, so it earns no pass (list it in the kustomization's resources, or say "
                            "where the deployment is with `manifests:` in the config)")]


def _unbuilt_objects_caveat(spec: CheckSpec, ctx: Context, out: list[Finding], severity: Severity) -> list[Finding]:
    """A check that passed object by object says nothing of the objects of a chart or overlay that could not be
    built: with only passes, its item would read "every workload sets limits" over the plain manifests alone
    (gorush: k8s/ passed while the chart, whose resources are {}, did not render). One `skipped` finding says
    what was not looked at; a check that already failed, warned or could not look says enough. A chart's failed
    values variant beside one that rendered is not counted (its objects are the rendered variant's)."""
    if any(f.status in (Status.FAIL, Status.WARN, Status.SKIPPED, Status.ERROR) for f in out):
        return []
    objects = [f for f in out if f.status is Status.PASS and f.location is not None and f.location.object]
    if not objects:
        return []
    from deploycheck.sources.kubernetes import all_objects

    missing = ctx.use(all_objects).missing_for({f.location.object.kind for f in objects
                                                if f.location is not None and f.location.object is not None})
    if not missing:
        return []
    return [Finding(check_id=spec.id, item=spec.item, status=Status.SKIPPED, severity=severity,
                    message=f"{len(objects)} object(s) pass; but {missing}")]


def _kinds_named(message: str) -> frozenset[str] | None:
    """The Kubernetes kinds an `n/a` is about ("no Ingress in the manifests"; "no workloads", "no container has
    both probes": the pod kinds), so that a manifest that could not be parsed counts against it only when it names
    one of them; None (any kind) when it names none."""
    from deploycheck.sources.kubernetes import JUDGED_KINDS, POD_KINDS

    words = message.replace(",", " ").replace("(", " ").replace(")", " ").split()
    named = set(JUDGED_KINDS.intersection(words))
    if any(w.startswith(("workload", "pod", "container")) for w in (w.lower() for w in words)):
        named.update(POD_KINDS)
    return frozenset(named) or None


def _reads_manifests(spec: CheckSpec) -> bool:
    return any("manifests" in need and "dependency manifests" not in need for need in spec.needs)


# --- suppressions ------------------------------------------------------------------------------


class Suppressor:
    def __init__(self, ctx: Context, baseline: set[str] | None) -> None:
        self.ctx = ctx
        self.baseline = baseline or set()
        self.notices: list[Finding] = []
        self._inline_cache: dict[str, list[tuple[int, list[str], str]]] = {}
        self._known_files: set[str] | None = None
        today = dt.date.today()
        self.rules = []
        for rule in ctx.config.ignores:
            where = Location(path=ctx.config.display_path, line=rule.line)
            if rule.expires and rule.expires < today:
                self.notices.append(Finding(
                    check_id="config/ignore-expired", item="", status=Status.WARN, location=where,
                    message=f"ignore rule for {rule.check} expired on {rule.expires}; it no longer applies",
                    remediation="Fix the findings it hid, or renew the rule with a new reason and expiry.",
                ))
                continue
            self.rules.append(rule)  # a rule without a reason is a config error (config.py)

    def _inline(self, path: str) -> list[tuple[int, list[str], str]]:
        if path not in self._inline_cache:
            found: list[tuple[int, list[str], str]] = []
            if self._known_files is None:  # once: a set of every file per path cost ~3 % of the corpus scan
                self._known_files = set(self.ctx.all_files.files)
            text = self.ctx.all_files.read_text(path) if path in self._known_files else None
            if text and "deploycheck:" in text:
                for lineno, line in enumerate(text.splitlines(), 1):
                    match = INLINE_IGNORE.search(line)
                    if match:
                        ids = [c.strip() for c in match.group(1).split(",") if c.strip()]
                        found.append((lineno, ids, match.group(2).strip()))
            self._inline_cache[path] = found
        return self._inline_cache[path]

    def _doc_range(self, path: str, line: int) -> tuple[int, int]:
        """The 1-based line range of the YAML document holding `line` (whole file otherwise)."""
        text = self.ctx.all_files.read_text(path) or ""
        lines = text.splitlines()
        if not path.endswith((".yaml", ".yml")):
            return 1, len(lines)
        start, end = 1, len(lines)
        for i, ln in enumerate(lines, 1):
            if ln.startswith("---"):
                if i <= line:
                    start = i
                else:
                    end = i - 1
                    break
        return start, end

    def suppression_for(self, finding: Finding) -> Suppression | None:
        # `manual` is a person's call: only an attestation (with who and when) settles it, never an ignore.
        if finding.status in (Status.PASS, Status.NA, Status.SKIPPED, Status.MANUAL):
            return None
        loc = finding.location
        cid = finding.check_id
        if loc and loc.object is not None and self.ctx.object_ignores:  # (most runs have none: no str() per finding)
            ann = self.ctx.object_ignores.get(str(loc.object))
            if ann and any(_matches(p, cid) for p in ann[0]):
                return Suppression("annotation", ann[1], source=str(loc.object))
        if loc and loc.path:
            for lineno, ids, reason in self._inline(loc.path):
                if not any(_matches(p, cid) for p in ids):
                    continue
                target = loc.line or 0
                if target in (lineno, lineno + 1) or loc.line is None:
                    return Suppression("inline", reason or None, source=f"{loc.path}:{lineno}")
                start, end = self._doc_range(loc.path, lineno)
                if start <= target <= end:
                    return Suppression("inline", reason or None, source=f"{loc.path}:{lineno}")
        for rule in self.rules:
            if not _matches(rule.check, cid) and rule.check != finding.item:
                continue
            if rule.paths and not (loc and loc.path and any(fnmatch.fnmatch(loc.path, p) for p in rule.paths)):
                continue
            return Suppression(
                "config",
                rule.reason,
                source=f"{self.ctx.config.display_path}:{rule.line}",
                expires=rule.expires.isoformat() if rule.expires else None,
            )
        if self.baseline and finding.fingerprint in self.baseline:  # no fingerprint to compute without a baseline
            return Suppression("baseline", "present in the baseline")
        return None


# --- attestations ------------------------------------------------------------------------------


def _day(value: Any) -> dt.date:
    """A date from YAML: a date, a timestamp (YAML turns `2026-01-02 10:00` into a datetime) or ISO text."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return dt.datetime.fromisoformat(text).date()


def load_attestations(ctx: Context, checklist: Checklist) -> tuple[dict[str, Attestation], list[Finding]]:
    """Valid attestations by item, and findings about invalid/expired ones."""
    rel = ctx.config.policy.get("attestations_file", ".deploycheck/attestations.yaml")
    from deploycheck.sources.files import read_inside_root
    from deploycheck.sources.yaml import YamlError, load_one

    try:
        raw = read_inside_root(ctx.root, rel, ctx.config.max_file_bytes)
    except OSError as exc:
        return {}, [Finding(check_id="attestations/invalid", item="", status=Status.WARN,
                            message=f"cannot read attestations: {exc}", location=Location(path=rel))]
    if raw is None:
        return {}, []

    notes: list[Finding] = []

    def note(msg: str, line: int | None = None) -> None:
        notes.append(Finding(check_id="attestations/invalid", item="", status=Status.WARN, message=msg,
                             location=Location(path=rel, line=line)))

    try:
        data = load_one(raw.decode("utf-8", errors="replace"))
    except (YamlError, OSError) as exc:
        note(f"cannot read attestations: {exc}", getattr(exc, "line", None))
        return {}, notes
    entries = data.get("attestations", data) if isinstance(data, dict) else data
    if not isinstance(entries, list):
        note("attestations file must hold a list under `attestations:`")
        return {}, notes
    today = dt.date.today()
    valid: dict[str, Attestation] = {}
    for i, raw in enumerate(entries):
        if not isinstance(raw, dict) or not raw.get("item") or not raw.get("by") or not raw.get("date"):
            note(f"attestation #{i + 1} needs item, by and date")
            continue
        try:
            date = _day(raw["date"])
            expires = _day(raw["expires"]) if raw.get("expires") is not None else None
        except ValueError as exc:
            note(f"attestation for {raw['item']}: bad date ({exc})")
            continue
        evidence = raw.get("evidence")
        if evidence is not None and not isinstance(evidence, str):
            note(f"attestation for {raw['item']}: `evidence` must be a link or text, not a "
                 f"{type(evidence).__name__}; the attestation is not used")
            continue
        if not isinstance(raw.get("note"), (str, type(None))):
            note(f"attestation for {raw['item']}: `note` must be text; the attestation is not used")
            continue
        item = checklist.get(str(raw["item"]))
        if item is not None and item.attestation_days and expires is None:
            expires = date + dt.timedelta(days=item.attestation_days)
        att = Attestation(item=str(raw["item"]), by=str(raw["by"]), date=date.isoformat(),
                          evidence=evidence, expires=expires.isoformat() if expires else None,
                          note=raw.get("note"))
        if expires is not None and expires < today:
            note(f"attestation for {att.item} by {att.by} expired on {att.expires}; the item needs a new sign-off")
            continue
        if date > today:
            note(f"attestation for {att.item} is dated in the future ({att.date})")
            continue
        valid[att.item] = att
    return valid, notes


# --- aggregation and verdict -------------------------------------------------------------------


NOT_EVALUATED_SUMMARY = "not evaluated: --only selected none of its checks"


def aggregate(checklist: Checklist, findings: list[Finding], attestations: dict[str, Attestation],
              required: set[str], evaluated: set[str] | None = None) -> list[ItemResult]:
    """Item results; `evaluated` (from `--only`) leaves the other items `not-evaluated`: never blocking,
    never a pass, with no findings."""
    by_item: dict[str, list[Finding]] = {i.id: [] for i in checklist.items}
    for f in findings:
        by_item.setdefault(f.item, []).append(f)
    results = []
    for item in checklist.items:
        if evaluated is not None and item.id not in evaluated:
            results.append(ItemResult(item=item.id, section=item.section, title=item.title,
                                      status=Status.NOT_EVALUATED, required=item.id in required,
                                      summary=NOT_EVALUATED_SUMMARY))
            continue
        found = by_item.get(item.id, [])
        if not found:
            found = [Finding(check_id=f"{item.id}/none", item=item.id, status=Status.MANUAL,
                             message=f"{NO_CHECK_YET}: a person must confirm this item",
                             evidence={"attach": item.manual_evidence} if item.manual_evidence else None)]
        active = [f for f in found if f.suppressed is None]
        # An ignore accepts what a check found; it cannot supply the evidence an `error` lacked, so an
        # ignored error leaves the item `skipped` (the check could not look), never `pass`.
        ignored_errors = [f for f in found if f.suppressed is not None and f.status is Status.ERROR]
        status = Status.NA
        if active or ignored_errors:
            statuses = [f.status for f in active] + [Status.SKIPPED] * bool(ignored_errors)
            status = Status.NA if all(s is Status.NA for s in statuses) else max(
                (s for s in statuses if s is not Status.NA), key=lambda s: s.rank)
        elif found:
            status = Status.PASS  # everything there was is suppressed, with reasons shown
        attestation = None
        if status is Status.MANUAL and item.id in attestations:
            # The sign-off settles what only a person can decide; a check that could not look (`skipped`)
            # stays visible rather than being passed by a signature about something else.
            attestation = attestations[item.id]
            status = Status.SKIPPED if any(f.status is Status.SKIPPED for f in active) else Status.PASS
        results.append(ItemResult(
            item=item.id, section=item.section, title=item.title, status=status,
            required=item.id in required, findings=found, attestation=attestation,
            summary=_summary(found, status, attestation), manual_evidence=item.manual_evidence or None,
        ))
    return results


def _summary(findings: list[Finding], status: Status, attestation: Attestation | None) -> str:
    if attestation:
        signed = f"attested by {attestation.by} on {attestation.date}"
        unseen = [f for f in findings if f.status is Status.SKIPPED and f.suppressed is None]
        return f"{signed}; but {unseen[0].message}" if status is Status.SKIPPED and unseen else signed
    worst = [f for f in findings if f.status is status and f.suppressed is None]
    if status is Status.PASS:
        n = sum(1 for f in findings if f.status is Status.PASS)
        return f"{n} check(s) passed" if n else "all findings suppressed"
    if worst:
        first = worst[0].message
        more = f" (+{len(worst) - 1} more)" if len(worst) > 1 else ""
        return first + more
    ignored = [f for f in findings if f.status is Status.ERROR and f.suppressed is not None]
    if status is Status.SKIPPED and ignored:
        source = ignored[0].suppressed.source if ignored[0].suppressed else None
        return (f"could not be evaluated: {ignored[0].message} (error ignored"
                f"{f' by {source}' if source else ''}; an ignore cannot stand in for the evidence)")
    return ""


def _broad_config_ignores(findings: list[Finding]) -> list[str]:
    """Config ignore rules that silenced findings in more than one checklist item: a wildcard such as
    `check: "*"` can hide a whole section, so the verdict says so instead of looking clean."""
    items_by_rule: dict[str, set[str]] = {}
    for f in findings:
        if f.suppressed is not None and f.suppressed.kind == "config":
            items_by_rule.setdefault(f.suppressed.source or "config", set()).add(f.item)
    return [f"the ignore rule at {source} silences findings in {len(items)} items ({', '.join(sorted(items)[:8])}"
            f"{', …' if len(items) > 8 else ''})" for source, items in sorted(items_by_rule.items()) if len(items) > 1]


def verdict(items: list[ItemResult], config: Config, options: Options, fail_on: str | None) -> Verdict:
    env = config.environments.get(options.environment or "", {}) if options.environment else {}
    fail_on = fail_on or env.get("fail_on") or config.policy.get("fail_on", "fail")
    block_manual = config.policy.get("block_on_manual", True)
    block_error = config.policy.get("block_on_error", True)
    block_skipped = config.policy.get("block_on_skipped", False)
    # An item the environment lists as required must be looked at there: `skipped` (no URL, no database
    # variable, no backups location) means nobody checked it, and that blocks.
    env_required = set(env.get("required") or []) - set(env.get("optional") or [])
    reasons = []
    for item in items:
        if not item.required:
            continue
        s = item.status
        if (s is Status.FAIL or (s is Status.ERROR and block_error) or (s is Status.WARN and fail_on == "warn")
                or (s is Status.MANUAL and block_manual)):
            reasons.append(f"{item.item}: {s.value} — {item.summary}")
        elif s is Status.SKIPPED and item.item in env_required:
            reasons.append(f"{item.item}: {s.value} — {item.summary} (required in {options.environment}: "
                           "a skipped item blocks there)")
        elif s is Status.SKIPPED and block_skipped:
            reasons.append(f"{item.item}: {s.value} — {item.summary} (policy.block_on_skipped)")
    return Verdict(ready=not reasons, reasons=reasons, fail_on=fail_on, environment=options.environment)


def required_items(checklist: Checklist, config: Config, options: Options) -> set[str]:
    required = {i.id for i in checklist.items if i.required}
    env = config.environments.get(options.environment or "", {}) if options.environment else {}
    required |= set(env.get("required", []))
    required -= set(env.get("optional", []))
    return required


def load_baseline(path: Path) -> set[str]:
    import json

    data = json.loads(path.read_text(encoding="utf-8"))
    return {entry["fingerprint"] for entry in data.get("findings", [])}


def baseline_document(findings: list[Finding]) -> dict[str, Any]:
    return {
        "schema_version": "1",
        "tool_version": __version__,
        "findings": [
            {"fingerprint": f.fingerprint, "check_id": f.check_id, "message": f.message}
            for f in findings
            if f.status in (Status.FAIL, Status.WARN, Status.ERROR) and f.suppressed is None
        ],
    }


def run(root: Path, config: Config, options: Options, *, only: Iterable[str] = (), fail_on: str | None = None,
        baseline: set[str] | None = None) -> RunResult:
    # A run allocates millions of small containers (parsed documents, findings) and few cycles: the young
    # generation's default threshold (700) made the collector ~4 % of the corpus scan (bench/README.md).
    thresholds = gc.get_threshold()
    gc.set_threshold(max(thresholds[0], 20_000), *thresholds[1:])
    try:
        return _run(root, config, options, only=only, fail_on=fail_on, baseline=baseline)
    finally:
        drop_prefetch()  # parsed ahead for a run that read no manifests
        gc.set_threshold(*thresholds)
        gc.unfreeze()  # the sources' results, frozen while the run lasted (Context.use), are collectable again


def _run(root: Path, config: Config, options: Options, *, only: Iterable[str], fail_on: str | None,
         baseline: set[str] | None) -> RunResult:
    started = time.time()
    started_at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    config = config.for_environment(options.environment)  # the environment's own sections over the defaults
    ctx = Context(root, config, options)
    ctx.freeze_results = True  # run() unfreezes
    checklist = load_checklist(config)
    only = list(only)
    specs = select_checks(config, options, only)
    check_times: dict[str, float] = {}
    if any("test files" in spec.needs for spec in specs):
        from deploycheck.sources.testsuites import start_test_count

        ctx._timed("testsuites.start_test_count", lambda: start_test_count(ctx))  # second core, large repos

    def run_one(index: int) -> list[Finding]:
        spec = specs[index]
        severity = Severity(_override_for(config, spec.id).get("severity", spec.severity))
        ctx.stage(index + 1, len(specs), spec.id)
        t0, in_sources = time.perf_counter(), sum((ctx.timings or {}).values())
        out = run_check(spec, ctx, severity)
        if ctx.timings is not None:  # self time: sources first used by this check are counted as sources
            check_times[spec.id] = time.perf_counter() - t0 - (sum(ctx.timings.values()) - in_sources)
        return out

    from deploycheck.redact import Redactor, known_secrets

    by_check: dict[int, list[Finding]] = {}
    redacted_from = len(specs)  # the checks from this index on had their findings redacted as they ran
    redactor: Redactor | None = None
    sharing = [shareable(spec.needs) for spec in specs]
    for index in range(len(specs)):
        if index not in by_check:
            by_check[index] = run_one(index)
        if index + 1 < len(specs) and worth_forking(ctx, sum(sharing[index + 1:])):
            # The objects are parsed (the first Kubernetes check read them): the checks left that read only them
            # on two cores, the others on this one. Each process redacts the findings of the checks it runs (the
            # secrets known now are the run's: they come from the environment and the objects, parsed before
            # the fork), so the masking runs on both cores too instead of after the join.
            redactor = Redactor(known_secrets(ctx))
            rest = range(index + 1, len(specs))
            by_check.update(run_shared(ctx, [i for i in rest if sharing[i]], _redacting(run_one, redactor),
                                       check_times, own=[i for i in rest if not sharing[i]]))
            redacted_from = index + 1
            break
    for pool, _ in ctx.background.values():  # started but never collected (no check asked): stop it
        pool.shutdown(wait=True, cancel_futures=True)
    # The one masking choke point (redact.py): before suppressions and baselines see a message.
    if redactor is None:
        redactor = Redactor(known_secrets(ctx))
    redactor.findings(f for index in range(redacted_from) for f in by_check[index])
    findings = [f for index in range(len(specs)) for f in by_check[index]]
    suppressor = Suppressor(ctx, baseline)
    broad: list[str] = []
    if not options.no_ignores:
        unexplained: dict[str, int] = {}
        for f in findings:
            f.suppressed = suppressor.suppression_for(f)
            if f.suppressed is not None and not f.suppressed.reason and f.suppressed.kind != "config":
                key = f"{f.suppressed.kind} ignore at {f.suppressed.source}"
                unexplained[key] = unexplained.get(key, 0) + 1
        broad = _broad_config_ignores(findings)
        # A suppression without a reason is itself a warning (DESIGN.md); config rules already say so.
        for where, count in unexplained.items():
            suppressor.notices.append(Finding(
                check_id="suppression/without-reason", item="", status=Status.WARN,
                message=f"{where} silences {count} finding(s) without a reason",
                remediation="Say why: deploycheck.io/ignore-reason, or text after the inline ignore[...]"))
        _baseline_covers_copies(findings)
    findings = collapse_copies(findings)
    attestations, attestation_notes = load_attestations(ctx, checklist)
    items = aggregate(checklist, findings, attestations, required_items(checklist, config, options),
                      evaluated_items(specs, only, checklist))
    notices = [f"{n.location}: {n.message}" if n.location else n.message
               for n in [*suppressor.notices, *attestation_notes]]
    notices.extend(plugin_errors())
    notices.extend(_left_out_notices(ctx))
    notices = [redactor.text(n) for n in notices]
    for item in items:
        if item.attestation is not None:
            att = item.attestation
            att.by, att.evidence = redactor.text(att.by), redactor.text(att.evidence) if att.evidence else None
            att.note = redactor.text(att.note) if att.note else att.note
        item.summary = redactor.text(item.summary)
    report = Report(
        tool_version=__version__, target=str(root), mode=options.mode, started_at=started_at,
        duration_s=time.time() - started, items=items,
        verdict=verdict(items, config, options, fail_on), notices=notices,
        identity=redactor.value(run_identity(ctx)),  # image tags and git refs come from the repository
    )
    if not options.no_ignores:
        report.verdict.caveats.extend(broad)
    unseen = [i.item for i in items if i.required and i.status is Status.SKIPPED]
    if unseen and report.verdict.ready:
        # READY ("nothing blocked") must not read as "everything was looked at".
        shown = ", ".join(unseen[:5]) + (f" +{len(unseen) - 5} more" if len(unseen) > 5 else "")
        report.verdict.caveats.append(f"{len(unseen)} required item(s) wholly or partly not looked at (skipped: "
                                      f"{shown}); each says why, and `policy.block_on_skipped: true` makes them block")
    left = [i.item for i in items if i.status is Status.NOT_EVALUATED]
    if left:
        report.verdict.caveats.append(f"{len(left)} of {len(items)} items not evaluated (--only): this verdict "
                                      "covers only the selected checks")
    if ctx.timings is not None:
        _print_profile(check_times, ctx.timings, time.time() - started)
    return RunResult(report=report, context=ctx, findings=findings)


def _redacting(run_one: Callable[[int], list[Finding]], redactor: Any) -> Callable[[int], list[Finding]]:
    """run_one, with its findings passed through the redactor (redact.Redactor.finding) before they are returned."""
    def run(index: int) -> list[Finding]:
        out = run_one(index)
        redactor.findings(out)
        return out
    return run


def _copy_key(f: Finding) -> tuple[str, ...] | None:
    loc = f.location
    if loc is None or loc.object is None:
        return None
    obj, message = loc.object, f.message
    if obj.namespace and (loc.origin or "").startswith("kustomize:"):
        # The same base workload built through several overlays (dev/staging/production) differs only by
        # the namespace each overlay sets: one workload, its overlays listed with it.
        message = message.replace(f"/{obj.namespace}/", "/")
        obj = replace(obj, namespace=None)
    return (f.check_id, f.status.value, str(obj), loc.container or "", message)


def _baseline_covers_copies(findings: list[Finding]) -> None:
    """A baseline holds one entry per workload finding (copies are collapsed before it is written, keeping
    the first place): the copies of a baselined finding (the same workload through another file or render)
    are accepted with it, else they would come back as new on the very next run."""
    accepted: dict[tuple[str, ...], Suppression] = {}
    for f in findings:
        if f.suppressed is not None and f.suppressed.kind == "baseline":
            key = _copy_key(f)
            if key is not None:
                accepted.setdefault(key, f.suppressed)
    if not accepted:
        return  # no baseline, or none of its findings has copies to accept
    for f in findings:
        key = _copy_key(f)
        if f.suppressed is None and key is not None and key in accepted:
            f.suppressed = accepted[key]


def collapse_copies(findings: list[Finding]) -> list[Finding]:
    """One finding per workload, not one per copy: the same check saying the same thing about the same
    Kubernetes object (and container) found through several files or renders (an all-in-one YAML, a
    per-service folder, a chart) is kept once, listing the other places in its evidence."""
    kept: dict[tuple[str, ...], Finding] = {}
    out: list[Finding] = []
    for f in findings:
        loc, copy = f.location, _copy_key(f)
        if loc is None or copy is None:
            out.append(f)
            continue
        key = (*copy, f.suppressed.kind if f.suppressed else "")
        first = kept.get(key)
        if first is None:
            kept[key] = f
            out.append(f)
            continue
        place = f"{loc.path}" + (f" ({loc.origin})" if loc.origin else "")
        first_loc = first.location
        if first_loc is not None and (loc.path, loc.origin) == (first_loc.path, first_loc.origin):
            out.append(f)  # two findings in the same place are not copies: keep both
            continue
        evidence = dict(first.evidence or {})
        also = list(evidence.get("also_in", []))
        if place not in also:
            also.append(place)
        evidence["also_in"] = also
        first.evidence = evidence
    return out


def _left_out_notices(ctx: Context) -> list[str]:
    """What the file rules kept out of this run (only when a check asked for the files at all)."""
    from deploycheck.sources.target import brought_back_notice, left_out_notice

    left_out: dict[str, list[str]] = {}
    if "all_files" in vars(ctx):
        left_out.update(ctx.all_files.left_out)
    if "files" in vars(ctx):
        left_out.update(ctx.files.left_out)
    from deploycheck.sources.kubernetes import all_objects

    kube = ctx.peek(all_objects)
    if kube is not None and kube.left_out:
        left_out["Helm test hooks (objects)"] = kube.left_out
    notices = [left_out_notice(left_out)]
    if "files" in vars(ctx):
        notices.append(brought_back_notice(ctx.files.brought_back))
    return [n for n in notices if n]


def _print_profile(checks: dict[str, float], sources: dict[str, float], total: float) -> None:
    """DEPLOYCHECK_PROFILE=1: where a run's time went, slowest first, on stderr (bench/README.md)."""
    import resource
    import sys

    out = [f"deploycheck profile: {total * 1000:.0f} ms engine, {sum(sources.values()) * 1000:.0f} ms in "
           f"{len(sources)} sources, {sum(checks.values()) * 1000:.0f} ms in {len(checks)} checks (self); "
           f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB"]
    for kind, times in (("source", sources), ("check", checks)):
        out += [f"{ms * 1000:9.1f} ms  {kind:6}  {name}" for name, ms in sorted(times.items(), key=lambda kv: -kv[1])]
    print("\n".join(out), file=sys.stderr)
