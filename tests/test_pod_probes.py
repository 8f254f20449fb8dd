"""Pod-level probing (health-probes/live-pod-probes, monitoring/live-pod-metrics) against kmock's
KubernetesEmulator serving EndpointSlices (or Pods) whose addresses are loopback addresses where real
HTTP servers listen: one healthy pod, one failing pod, one pod not ready. Not a real cluster: none can
run on these machines (docs/verify.md)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from tests.helpers import findings, scan, write
from tests.servers.kube import kubeconfig, running_emulator

from deploycheck.model import Status

pytest.importorskip("kmock")
pytest.importorskip("lightkube")

PROBES, METRICS = "health-probes/live-pod-probes", "monitoring/live-pod-metrics"
HEALTHY, BROKEN, STARTING = "web-7d9f-healthy", "web-7d9f-broken", "web-7d9f-starting"
SLICES = {"discovery.k8s.io/v1/endpointslices": ("EndpointSlice", True)}


class PodHandler(BaseHTTPRequestHandler):
    healthy = True

    def do_GET(self) -> None:
        if self.path == "/healthz":
            status, body = (200, b"ok\n") if self.healthy else (503, b"database unreachable\n")
        elif self.path == "/metrics":
            status, body = (200, b"# TYPE http_requests_total counter\nhttp_requests_total 7\n") if self.healthy \
                else (500, b"exporter crashed\n")
        else:
            status, body = 404, b"not found\n"
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_: Any) -> None:
        pass


class BrokenHandler(PodHandler):
    healthy = False


@contextmanager
def two_pods(tls: tuple[Path, Path] | None = None) -> Iterator[int]:
    """A healthy pod at 127.0.0.2:PORT and a broken one at 127.0.0.3:PORT (a slice's port is shared);
    `tls`: (certificate, key) both pods serve HTTPS with."""
    for _ in range(20):
        with socket.socket() as probe:
            probe.bind(("127.0.0.2", 0))
            port = probe.getsockname()[1]
        try:
            servers = [ThreadingHTTPServer(("127.0.0.2", port), PodHandler),
                       ThreadingHTTPServer(("127.0.0.3", port), BrokenHandler)]
            break
        except OSError:
            continue
    else:  # pragma: no cover
        raise RuntimeError("no port free on both 127.0.0.2 and 127.0.0.3")
    if tls:
        import ssl

        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(*tls)
        for server in servers:
            server.socket = context.wrap_socket(server.socket, server_side=True)
    threads = [threading.Thread(target=s.serve_forever, daemon=True) for s in servers]
    for t in threads:
        t.start()
    try:
        yield port
    finally:
        for s in servers:
            s.shutdown()
            s.server_close()


def manifests(port: int) -> str:
    return f"""\
apiVersion: apps/v1
kind: Deployment
metadata: {{name: web, namespace: shop}}
spec:
  replicas: 3
  selector: {{matchLabels: {{app: web}}}}
  template:
    metadata: {{labels: {{app: web}}}}
    spec:
      containers:
        - name: app
          image: registry.example.com/web@sha256:aaaa
          ports: [{{name: http, containerPort: {port}}}]
          readinessProbe: {{httpGet: {{path: /healthz, port: http}}, timeoutSeconds: 2}}
          livenessProbe: {{httpGet: {{path: /healthz, port: {port}}}, timeoutSeconds: 2}}
---
apiVersion: v1
kind: Service
metadata: {{name: web, namespace: shop, labels: {{app: web}}}}
spec:
  selector: {{app: web}}
  ports: [{{name: web, port: 80, targetPort: http}}]
---
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata: {{name: web, namespace: shop}}
spec:
  selector: {{matchLabels: {{app: web}}}}
  endpoints: [{{port: web, path: /metrics}}]
"""


def endpoint_slice(port: int, *, starting: str = "127.0.0.4") -> dict[str, Any]:
    def endpoint(address: str, pod: str, ready: bool) -> dict[str, Any]:
        return {"addresses": [address], "conditions": {"ready": ready, "serving": ready},
                "targetRef": {"kind": "Pod", "name": pod, "namespace": "shop"}}

    return {"apiVersion": "discovery.k8s.io/v1", "kind": "EndpointSlice", "addressType": "IPv4",
            "metadata": {"name": "web-x7k2p", "namespace": "shop",
                         "labels": {"kubernetes.io/service-name": "web", "app": "web"}},
            "ports": [{"name": "web", "port": port, "protocol": "TCP"}],
            "endpoints": [endpoint("127.0.0.2", HEALTHY, True), endpoint("127.0.0.3", BROKEN, True),
                          endpoint(starting, STARTING, False)]}


def run(tmp_path: Path, port: int, url: str, env: dict[str, Any] | None = None):  # type: ignore[no-untyped-def]
    write(tmp_path, {"k8s/app.yaml": manifests(port)})
    cfg = kubeconfig(tmp_path / "kubeconfig", url)
    return scan(tmp_path, only=(PROBES, METRICS), mode="verify",
                targets={"kubeconfig": str(cfg), "namespace": "shop", **(env or {})})


def per_pod(result: Any, check_id: str) -> dict[str, list[tuple[Status, str]]]:
    out: dict[str, list[tuple[Status, str]]] = {}
    for f in findings(result, check_id):
        obj = f.location.object if f.location else None
        pod = obj.name if obj is not None and obj.kind == "Pod" else "?"
        out.setdefault(pod, []).append((f.status, f.message))
    return out


def test_each_ready_pod_is_probed_and_the_failing_one_is_named(tmp_path: Path) -> None:
    with two_pods() as port, running_emulator(lambda km: km.objects.__setitem__(
            ("discovery.k8s.io/v1/endpointslices", "shop", "web-x7k2p"), endpoint_slice(port)),
            resources=SLICES) as url:
        result = run(tmp_path, port, url)
    probes = per_pod(result, PROBES)
    assert set(probes) == {HEALTHY, BROKEN}, probes  # the pod that is not ready is not requested
    assert [s for s, _ in probes[HEALTHY]] == [Status.PASS]  # readiness and liveness: one path, one port
    [(status, message)] = probes[BROKEN]
    assert status is Status.FAIL and BROKEN in message and "503" in message and "/healthz" in message
    failing = findings(result, PROBES, Status.FAIL)[0]
    assert failing.evidence["pod"] == BROKEN and failing.evidence["address"] == "127.0.0.3"
    assert failing.evidence["via"] == "pod IP"
    metrics = per_pod(result, METRICS)
    assert [s for s, _ in metrics[HEALTHY]] == [Status.PASS] and "1 metric families" in metrics[HEALTHY][0][1]
    [(status, message)] = metrics[BROKEN]
    assert status is Status.FAIL and BROKEN in message and "500" in message


def pods_only(km: Any) -> None:
    km.objects["v1/services", "shop", "web"] = {
        "apiVersion": "v1", "kind": "Service", "metadata": {"name": "web", "namespace": "shop"},
        "spec": {"selector": {"app": "web"}, "ports": [{"name": "web", "port": 80, "targetPort": "http"}]}}
    for name, address, ready in ((HEALTHY, "127.0.0.2", "True"), (BROKEN, "127.0.0.3", "True"),
                                 (STARTING, "127.0.0.4", "False")):
        km.objects["v1/pods", "shop", name] = {
            "apiVersion": "v1", "kind": "Pod", "metadata": {"name": name, "namespace": "shop",
                                                            "labels": {"app": "web"}},
            "status": {"podIP": address, "conditions": [{"type": "Ready", "status": ready}]}}


def test_without_endpointslices_the_pods_of_the_selector_are_probed(tmp_path: Path) -> None:
    with two_pods() as port, running_emulator(pods_only) as url:
        result = run(tmp_path, port, url)
    probes = per_pod(result, PROBES)
    assert set(probes) == {HEALTHY, BROKEN}, probes
    assert probes[HEALTHY][0][0] is Status.PASS and probes[BROKEN][0][0] is Status.FAIL
    metrics = per_pod(result, METRICS)
    assert metrics[HEALTHY][0][0] is Status.PASS and metrics[BROKEN][0][0] is Status.FAIL


def test_no_ready_pod_fails_and_a_hostile_probe_path_is_refused(tmp_path: Path) -> None:
    def none_ready(km: Any) -> None:
        sl = endpoint_slice(8080)
        for ep in sl["endpoints"]:
            ep["conditions"] = {"ready": False}
        km.objects["discovery.k8s.io/v1/endpointslices", "shop", "web-x7k2p"] = sl

    with two_pods() as port, running_emulator(none_ready, resources=SLICES) as url:
        result = run(tmp_path, port, url)
    [(status, message)] = per_pod(result, PROBES)["?"]
    assert status is Status.FAIL and "none of its 3 pod(s) is ready" in message

    with two_pods() as port:
        hostile = manifests(port).replace("path: /healthz, port: http", "path: 'http://127.0.0.1:9/steal', port: http")
        with running_emulator(lambda km: km.objects.__setitem__(
                ("discovery.k8s.io/v1/endpointslices", "shop", "web-x7k2p"), endpoint_slice(port)),
                resources=SLICES) as url:
            write(tmp_path, {"k8s/app.yaml": hostile})
            result = scan(tmp_path, only=(PROBES,), mode="verify",
                          targets={"kubeconfig": str(kubeconfig(tmp_path / "kubeconfig", url)), "namespace": "shop"})
    refused = [f for f in findings(result, PROBES, Status.ERROR) if "refused" in f.message]
    assert {f.evidence["pod"] for f in refused} == {HEALTHY, BROKEN}


def test_port_forward_is_used_when_asked_and_says_why_it_cannot(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                                ) -> None:
    """pod_access: port-forward runs the real kubectl against the emulator; kmock cannot serve the
    streaming port-forward protocol, so the failure (naming the pod, in kubectl's words) is what is
    shown. Without kubectl on PATH the check says skipped, with the reason."""
    import shutil

    if not shutil.which("kubectl"):
        pytest.skip("kubectl not installed")
    with two_pods() as port, running_emulator(lambda km: km.objects.__setitem__(
            ("discovery.k8s.io/v1/endpointslices", "shop", "web-x7k2p"), endpoint_slice(port)),
            resources=SLICES) as url:
        result = run(tmp_path, port, url, {"pod_access": "port-forward"})
        probes = per_pod(result, PROBES)
        assert set(probes) == {HEALTHY, BROKEN}
        for pod, [(status, message)] in probes.items():
            assert status is Status.ERROR and f"kubectl port-forward to pod {pod} failed" in message, message
        monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
        result = run(tmp_path, port, url, {"pod_access": "port-forward"})
    skipped = findings(result, PROBES, Status.SKIPPED)
    assert skipped and all("kubectl is not on PATH" in f.message for f in skipped)
    assert not findings(result, PROBES, Status.PASS)


def test_without_a_cluster_it_says_what_it_needs(tmp_path: Path) -> None:
    write(tmp_path, {"k8s/app.yaml": manifests(8080)})
    result = scan(tmp_path, only=(PROBES, METRICS), mode="verify")
    for check_id in (PROBES, METRICS):
        [finding] = findings(result, check_id)
        assert finding.status is Status.SKIPPED and "--kube-context" in finding.message


# --- pods serving TLS (HTTPS probes, ServiceMonitor scheme: https) ---------------------------------------

def tls_manifests(port: int) -> str:
    return (manifests(port).replace("path: /healthz, port: http}", "path: /healthz, port: http, scheme: HTTPS}")
            .replace(f"path: /healthz, port: {port}}}", f"path: /healthz, port: {port}, scheme: HTTPS}}")
            .replace("endpoints: [{port: web, path: /metrics}]",
                     "endpoints: [{port: web, path: /metrics, scheme: https}]"))


def run_tls(tmp_path: Path, cert: tuple[Path, Path], env: dict[str, Any]) -> Any:
    with two_pods(tls=cert) as port, running_emulator(lambda km: km.objects.__setitem__(
            ("discovery.k8s.io/v1/endpointslices", "shop", "web-x7k2p"), endpoint_slice(port)),
            resources=SLICES) as url:
        write(tmp_path, {"k8s/app.yaml": tls_manifests(port)})
        assert tls_manifests(port).count("scheme: HTTPS") == 2 and "scheme: https" in tls_manifests(port)
        return scan(tmp_path, only=(PROBES, METRICS), mode="verify",
                    targets={"kubeconfig": str(kubeconfig(tmp_path / "kubeconfig", url)), "namespace": "shop", **env})


def assert_healthy_passes_broken_fails(result: Any) -> None:
    """Both checks: the healthy pod passes (one finding), the broken pod's 503/500 fails."""
    for check_id in (PROBES, METRICS):
        got = per_pod(result, check_id)
        assert set(got) == {HEALTHY, BROKEN}, got
        assert [s for s, _ in got[HEALTHY]] == [Status.PASS], got[HEALTHY]
        [(status, message)] = got[BROKEN]
        assert status is Status.FAIL and ("503" in message or "500" in message), message


def test_https_pods_are_verified_against_the_configured_ca(tmp_path: Path) -> None:
    from tests.live.conftest import self_signed

    cert, key, ca = self_signed(tmp_path, "pods", 90, host="web.shop.svc")  # the Service's in-cluster name
    result = run_tls(tmp_path, (cert, key), {"pod_tls": {"ca_file": str(ca)}})
    assert_healthy_passes_broken_fails(result)
    [ok] = [f for f in findings(result, PROBES, Status.PASS)]
    assert ok.location is not None and ok.location.url.startswith("https://127.0.0.2:")
    assert ok.evidence["tls_server_name"] == "web.shop.svc" and ok.evidence["ca_file"] == str(ca)


def test_https_pod_certificate_problems_are_reported_never_skipped_over(tmp_path: Path) -> None:
    from tests.live.conftest import self_signed

    cert, key, _ = self_signed(tmp_path, "pods", 90, host="web.shop.svc")
    # No CA named: the system trust store cannot verify the pods' private CA. deploycheck could not look:
    # error, saying which setting fixes it (never a request without verification).
    result = run_tls(tmp_path / "no-ca", (cert, key), {})
    for check_id in (PROBES, METRICS):
        got = findings(result, check_id)
        assert {f.status for f in got} == {Status.ERROR}, [f.message for f in got]
        assert all("certificate verification failed" in f.message and "pod_tls.ca_file" in f.message for f in got)
    # The CA is named, but the pods' certificate is for another name: the certificate is wrong, fail.
    other, other_key, other_ca = self_signed(tmp_path, "other", 90, host="billing.shop.svc")
    result = run_tls(tmp_path / "wrong-name", (other, other_key), {"pod_tls": {"ca_file": str(other_ca)}})
    got = findings(result, PROBES)
    assert {f.status for f in got} == {Status.FAIL} and len(got) == 2
    assert all("Hostname mismatch" in f.message and "web.shop.svc" in f.message for f in got), got[0].message
    # ... unless the environment says which name the pods' certificates carry.
    result = run_tls(tmp_path / "named", (other, other_key),
                     {"pod_tls": {"ca_file": str(other_ca), "server_name": "billing.shop.svc"}})
    assert [s for s, _ in per_pod(result, PROBES)[HEALTHY]] == [Status.PASS]
    # An expired certificate fails against its own CA.
    old, old_key, old_ca = self_signed(tmp_path, "expired", -1, host="web.shop.svc")
    result = run_tls(tmp_path / "expired", (old, old_key), {"pod_tls": {"ca_file": str(old_ca)}})
    got = findings(result, PROBES)
    assert {f.status for f in got} == {Status.FAIL} and all("expired" in f.message for f in got), got[0].message


def _pods_of_the_slice(km: Any, port: int) -> None:
    """The slice plus its Pod objects (kubectl port-forward reads the pod and wants it Running)."""
    km.objects["discovery.k8s.io/v1/endpointslices", "shop", "web-x7k2p"] = endpoint_slice(port)
    for name, address in ((HEALTHY, "127.0.0.2"), (BROKEN, "127.0.0.3")):
        km.objects["v1/pods", "shop", name] = {
            "apiVersion": "v1", "kind": "Pod",
            "metadata": {"name": name, "namespace": "shop", "labels": {"app": "web"}},
            "status": {"phase": "Running", "podIP": address, "conditions": [{"type": "Ready", "status": "True"}]}}


def _kubectl_children() -> list[int]:
    import os

    mine = str(os.getpid())
    out = []
    for entry in Path("/proc").iterdir():
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        if entry.name.isdigit() and stat[stat.index("(") + 1:stat.rindex(")")] == "kubectl" \
                and stat[stat.rindex(")") + 2:].split()[1] == mine:
            out.append(int(entry.name))
    return out


@pytest.mark.parametrize("tls", [False, True], ids=["http", "https"])
def test_port_forward_success_path_with_real_kubectl(tmp_path: Path, tls: bool) -> None:
    """The real kubectl port-forward, end to end: kubectl reads the pods from the emulator and streams
    SPDY/3.1 to tests/servers/portforward.py (the API server's side of port-forward, in front of the
    emulator), which connects each forwarded connection to the pod's address. Each ready pod is
    requested through its own forward; the kubectl processes are stopped by PID afterwards."""
    import shutil

    from tests.live.conftest import self_signed
    from tests.servers.portforward import port_forward_front

    if not shutil.which("kubectl"):
        pytest.skip("kubectl not installed")
    cert = self_signed(tmp_path, "pods", 90, host="web.shop.svc") if tls else None
    env: dict[str, Any] = {"pod_access": "port-forward"}
    if cert:
        env["pod_tls"] = {"ca_file": str(cert[2])}
    with two_pods(tls=(cert[0], cert[1]) if cert else None) as port, \
            running_emulator(lambda km: _pods_of_the_slice(km, port), resources=SLICES) as url, \
            port_forward_front(url, {HEALTHY: ("127.0.0.2", port), BROKEN: ("127.0.0.3", port)}) as (front, log):
        write(tmp_path, {"k8s/app.yaml": tls_manifests(port) if tls else manifests(port)})
        result = scan(tmp_path, only=(PROBES, METRICS), mode="verify",
                      targets={"kubeconfig": str(kubeconfig(tmp_path / "kubeconfig", front)), "namespace": "shop",
                               **env})
    assert_healthy_passes_broken_fails(result)
    for f in findings(result, PROBES) + findings(result, METRICS):
        assert f.evidence["via"] == "kubectl port-forward" and f.location.url.startswith(
            ("https" if tls else "http") + "://127.0.0.1:")
    # Every request went through a forward to the pod's own address (one data stream per connection).
    assert any("127.0.0.2" in line for line in log) and any("127.0.0.3" in line for line in log)
    assert not _kubectl_children()  # the port-forward processes were stopped
