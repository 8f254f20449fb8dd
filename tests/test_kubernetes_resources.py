"""resource-limits item: presence, quantities, limits >= requests, CPU limit policy."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from tests.helpers import findings, scan, write

from deploycheck.model import Status
from deploycheck.sources.kubernetes import parse_quantity

POD = """\
apiVersion: v1
kind: Pod
metadata: {{name: p}}
spec:
  initContainers:
    - name: init
      image: busybox:1.36
      resources: {{requests: {{cpu: 10m, memory: 16Mi}}, limits: {{memory: 16Mi, cpu: 10m}}}}
  containers:
    - name: app
      image: busybox:1.36
      resources: {resources}
"""


def _pod(tmp_path: Path, resources: str, config: str = "") -> Path:
    files = {"k8s/pod.yaml": POD.format(resources=resources)}
    if config:
        files[".deploycheck.yaml"] = config
    return write(tmp_path, files)


@pytest.mark.parametrize(("text", "value"), [
    ("100m", Decimal("0.1")), ("1", Decimal(1)), (2, Decimal(2)), (0.5, Decimal("0.5")), ("1.5Gi", Decimal(1610612736)),
    ("128Mi", Decimal(134217728)), ("1k", Decimal(1000)), ("1e3", Decimal(1000)), ("500u", Decimal("0.0005")),
    ("2Ki", Decimal(2048)), (".5", Decimal("0.5")),
])
def test_quantity_parser_accepts_kubernetes_forms(text: object, value: Decimal) -> None:
    assert parse_quantity(text) == value


@pytest.mark.parametrize("text", ["1.5 GB", "100mi", "abc", "", "1e", "Mi", True, None, [1]])
def test_quantity_parser_rejects_the_rest(text: object) -> None:
    with pytest.raises(ValueError):
        parse_quantity(text)


def test_requests_and_limits_pass_with_figures_in_evidence(tmp_path: Path) -> None:
    result = scan(_pod(tmp_path, "{requests: {cpu: 250m, memory: 64Mi}, limits: {memory: 128Mi}}"),
                  only=("resource-limits",))
    passes = findings(result, "resource-limits/requests-and-limits", Status.PASS)
    assert len(passes) == 2  # init container and container
    app = next(f for f in passes if f.location and f.location.container == "app")
    assert app.evidence is not None
    assert app.evidence["cpu_millicores"] == {"requests": 250.0}
    assert app.evidence["memory_mib"] == {"requests": 64.0, "limits": 128.0}
    assert app.location is not None and app.location.line is None  # no line lookup for passes


def test_limits_alone_imply_requests(tmp_path: Path) -> None:
    result = scan(_pod(tmp_path, "{limits: {cpu: 500m, memory: 128Mi}}"), only=("resource-limits/requests-and-limits",))
    assert not findings(result, "resource-limits/requests-and-limits", Status.FAIL)


def test_missing_memory_limit_fails(tmp_path: Path) -> None:
    result = scan(_pod(tmp_path, "{requests: {cpu: 250m, memory: 64Mi}}"),
                  only=("resource-limits/requests-and-limits",))
    [f] = findings(result, "resource-limits/requests-and-limits", Status.FAIL)
    assert "container app" in f.message and "limits.memory" in f.message
    assert f.location is not None and f.location.line == 12


def test_invalid_quantity_fails_naming_value(tmp_path: Path) -> None:
    result = scan(_pod(tmp_path, "{requests: {cpu: 250m, memory: 64mb}, limits: {memory: 128Mi}}"),
                  only=("resource-limits/quantities",))
    [f] = findings(result, "resource-limits/quantities", Status.FAIL)
    assert "'64mb'" in f.message and "requests.memory" in f.message


def test_limit_below_request_fails(tmp_path: Path) -> None:
    result = scan(_pod(tmp_path, "{requests: {cpu: 250m, memory: 1Gi}, limits: {memory: 512Mi}}"),
                  only=("resource-limits/quantities",))
    [f] = findings(result, "resource-limits/quantities", Status.FAIL)
    assert "limits.memory 512Mi is below requests.memory 1Gi" in f.message


def test_quantities_pass(tmp_path: Path) -> None:
    result = scan(_pod(tmp_path, "{requests: {cpu: '0.25', memory: 1Gi}, limits: {memory: 1024Mi}}"),
                  only=("resource-limits/quantities",))
    assert [f.status for f in findings(result, "resource-limits/quantities")] == [Status.PASS]


@pytest.mark.parametrize(("policy", "resources", "status"), [
    ("required", "{requests: {cpu: 1, memory: 1Gi}, limits: {memory: 1Gi}}", Status.FAIL),
    ("required", "{requests: {cpu: 1, memory: 1Gi}, limits: {cpu: 1, memory: 1Gi}}", Status.PASS),
    ("recommended", "{requests: {cpu: 1, memory: 1Gi}, limits: {memory: 1Gi}}", Status.WARN),
    ("discouraged", "{requests: {cpu: 1, memory: 1Gi}, limits: {cpu: 2, memory: 1Gi}}", Status.WARN),
    ("discouraged", "{requests: {cpu: 1, memory: 1Gi}, limits: {memory: 1Gi}}", Status.PASS),
])
def test_cpu_limit_policy(tmp_path: Path, policy: str, resources: str, status: Status) -> None:
    result = scan(_pod(tmp_path, resources, f"policy: {{cpu_limits: {policy}}}\n"),
                  only=("resource-limits/cpu-limit",))
    app = [f for f in findings(result, "resource-limits/cpu-limit") if f.location and f.location.container == "app"]
    assert [f.status for f in app] == [status]
    assert app[0].evidence is not None and app[0].evidence["policy"] == policy


def test_no_workloads_is_not_applicable(tmp_path: Path) -> None:
    write(tmp_path, {"k8s/cm.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n"})
    result = scan(tmp_path, only=("resource-limits",))
    assert {f.status for f in result.findings if f.item == "resource-limits"} == {Status.NA}
