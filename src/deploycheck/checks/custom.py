"""Declarative checks from the config (Polaris-style): a JSON Schema every matching target satisfies.

`target: object` validates each Kubernetes object, `pod` each pod spec, `container` each container.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from deploycheck.checks.registry import CheckSpec, failed, passed, skipped
from deploycheck.model import Finding, Severity

if TYPE_CHECKING:
    from deploycheck.config import Config
    from deploycheck.context import Context


def _make(rule: dict[str, Any]) -> CheckSpec:
    import jsonschema

    validator = jsonschema.Draft202012Validator(rule["schema"])  # built once per rule
    kinds = set(rule.get("kinds", []))
    target = rule["target"]

    def run(ctx: Context) -> Iterator[Finding]:
        from deploycheck.sources.kubernetes import all_objects

        objects = [o for o in ctx.use(all_objects).objects if not kinds or o.kind in kinds]
        if not objects:
            yield skipped(f"no Kubernetes objects{' of kind ' + ', '.join(sorted(kinds)) if kinds else ''} to check")
            return
        for obj in objects:
            subjects: list[tuple[Any, str | None, tuple[str | int, ...]]] = []
            if target == "object":
                subjects = [(obj.body, None, ())]
            elif target == "pod" and obj.pod_spec is not None:
                subjects = [(obj.pod_spec, None, (*(obj.pod_template_path or ()), "spec"))]
            elif target == "container":
                subjects = [(c.spec, c.name, c.path) for c in obj.containers()]
            for instance, container, path in subjects:
                errors = list(validator.iter_errors(instance))
                if errors:
                    where = "/".join(map(str, errors[0].absolute_path)) or "(root)"
                    yield failed(f"{rule['message']} ({where}: {errors[0].message})",
                                 obj.location(path, container), remediation=rule.get("remediation"))
                else:
                    yield passed(rule["message"], obj.location(None, container))

    return CheckSpec(
        id=rule["id"], item=rule["item"], title=rule.get("title", rule["message"]), fn=run,
        severity=Severity(rule.get("severity", "medium")), needs=("kubernetes manifests",),
        remediation=rule.get("remediation", ""), origin="config",
    )


def config_checks(config: Config) -> dict[str, CheckSpec]:
    """The config's own checks, built for this run only: never added to the process-wide registry, so a
    long-lived process (the server, an in-process fleet or fuzz run) never carries one repository's
    checks into the scan of the next."""
    return {spec.id: spec for spec in map(_make, config.custom_checks)}
