"""Pod-level probing: the ready pods behind a Service, read from the cluster the user named, and a way
to reach each pod's own port (probe paths and /metrics are not meant to be on the Ingress).

Pods come from the Service's EndpointSlices (`discovery.k8s.io/v1`, label
`kubernetes.io/service-name`), or, when the cluster serves none for it, from the Pods its selector
picks (their `Ready` condition and `status.podIP`). A pod is reached:
  - directly at its IP: inside the cluster (the verify Job), or from a network that routes pod IPs;
  - through `kubectl port-forward` when the pod IP is not routable from here, a kubeconfig is in use
    and kubectl is on PATH (kubectl speaks the API server's streaming protocol; no Python client
    library we already use does, so it is run as a subprocess: our own arguments only, names checked);
  - not at all otherwise, and the caller says `skipped` with the reason.

Pod addresses come from the API of the configured cluster only, so a pod is an allowed origin for the
HTTP probe (probes/http.py's guard still refuses any other origin a hostile probe path could name).
"""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from deploycheck.probes.cluster import ClusterClient

ROUTE_TIMEOUT_S = 2.0  # a pod IP that does not answer a TCP connect within this is "not routable from here"
PORT_FORWARD_TIMEOUT_S = 15.0
# Kubernetes object names (DNS-1123): checked before a name goes on kubectl's command line, so a name
# can never be read as an option.
_NAME = re.compile(r"^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$")
_FORWARDING = re.compile(r"Forwarding from 127\.0\.0\.1:(\d+) ->")


@dataclass
class PodEndpoint:
    name: str  # the pod's name (targetRef), or its address when the slice names no pod
    namespace: str
    address: str
    ready: bool
    ports: dict[str, int] = field(default_factory=dict)  # EndpointSlice port name ("" unnamed) -> pod port
    source: str = "EndpointSlice"


@dataclass
class ServicePods:
    pods: list[PodEndpoint]
    found_by: str  # how: "EndpointSlices of Service shop/web", "Pods selected by app=web"
    problem: str | None = None  # why there can be no pods (no selector, ...)

    @property
    def ready(self) -> list[PodEndpoint]:
        return [p for p in self.pods if p.ready]


def service_pods(client: ClusterClient, namespace: str, service: str | None, selector: dict[str, str] | None
                 ) -> ServicePods:
    """The pods behind `service` (EndpointSlices, falling back to Pods by selector), or behind `selector`
    when the workload has no Service. Raises ClusterError when the API cannot be asked."""
    for what, value in (("namespace", namespace), ("Service name", service)):
        if value is not None and not _NAME.match(value):  # from the (hostile) manifests: never a path
            return ServicePods([], "nothing", f"{what} {value!r} is not a Kubernetes object name")
    if service:
        if client.discover("discovery.k8s.io/v1") is not None:
            slices = client.items(f"/apis/discovery.k8s.io/v1/namespaces/{namespace}/endpointslices",
                                  {"labelSelector": f"kubernetes.io/service-name={service}"})
            if slices:
                return ServicePods(_from_slices(slices, namespace), f"EndpointSlices of Service {namespace}/{service}")
        live = client.get(f"/api/v1/namespaces/{namespace}/services/{service}")
        if live is None:
            return ServicePods([], f"Service {namespace}/{service}", f"Service {namespace}/{service} does not exist "
                                                                   "in the cluster")
        spec_selector = (live.get("spec") or {}).get("selector")
        if not isinstance(spec_selector, dict) or not spec_selector:
            return ServicePods([], f"Service {namespace}/{service}", f"Service {namespace}/{service} has no "
                                                                   "EndpointSlices and no selector")
        selector = {str(k): str(v) for k, v in spec_selector.items()}
    if not selector:
        return ServicePods([], "no selector", "the workload has no Service and no pod labels to select by")
    label_selector = ",".join(f"{k}={v}" for k, v in sorted(selector.items()))
    pods = client.items(f"/api/v1/namespaces/{namespace}/pods", {"labelSelector": label_selector})
    return ServicePods([_from_pod(p, namespace) for p in pods], f"Pods selected by {label_selector}")


def _from_slices(slices: list[dict[str, Any]], namespace: str) -> list[PodEndpoint]:
    found: dict[str, PodEndpoint] = {}
    # IPv4 slices first: a dual-stack Service has one slice per family for the same pods.
    for sl in sorted(slices, key=lambda s: s.get("addressType") != "IPv4"):
        if sl.get("addressType") not in ("IPv4", "IPv6"):
            continue  # FQDN slices name hosts, not pods
        ports = {str(p.get("name") or ""): int(p["port"]) for p in sl.get("ports") or []
                 if isinstance(p, dict) and isinstance(p.get("port"), int)}
        for ep in sl.get("endpoints") or []:
            if not isinstance(ep, dict) or not ep.get("addresses"):
                continue
            ref: dict[str, Any] = ep["targetRef"] if isinstance(ep.get("targetRef"), dict) else {}
            address = str(ep["addresses"][0]) if isinstance(ep["addresses"], list) else ""
            if not address:
                continue
            name = str(ref.get("name") or address) if ref.get("kind", "Pod") == "Pod" else address
            # EndpointConditions: a nil `ready` means ready (discovery.k8s.io/v1 API reference).
            ready = (ep.get("conditions") or {}).get("ready") is not False
            if name not in found:
                found[name] = PodEndpoint(name, namespace, address, ready, ports)
    return list(found.values())


def _from_pod(pod: dict[str, Any], namespace: str) -> PodEndpoint:
    status = pod.get("status") or {}
    ready = any(isinstance(c, dict) and c.get("type") == "Ready" and c.get("status") == "True"
                for c in status.get("conditions") or [])
    address = str(status.get("podIP") or "")
    return PodEndpoint(str((pod.get("metadata") or {}).get("name")), namespace, address, ready and bool(address),
                       source="Pod")


# --- reaching a pod ----------------------------------------------------------------------------


@dataclass
class Route:
    base: str | None  # http://ADDRESS:PORT/ to request, None when the pod cannot be reached
    via: str  # "pod IP" | "kubectl port-forward" | why not
    problem: str | None = None  # set with base None: the reason, for a `skipped`/`error`
    fatal: bool = False  # the route was tried and failed (error), rather than unavailable (skipped)


class PodReach:
    """Routes to pods for one run; port-forward processes are ours and stopped by PID in close()."""

    def __init__(self, *, mode: str = "auto", in_cluster: bool, kubeconfig: str | None, context: str | None
                 ) -> None:
        """`mode` is the environment's `pod_access`: auto (direct inside the cluster; elsewhere direct when
        the first pod IP routes, else port-forward), direct, or port-forward."""
        self.mode = "direct" if mode == "auto" and in_cluster else mode
        self.kubeconfig, self.context = kubeconfig, context
        self.forwards: dict[tuple[str, str, int], tuple[subprocess.Popen[str], Route]] = {}
        self.unroutable = False  # once one pod IP is not routable from here, the others are not tried

    def __enter__(self) -> PodReach:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def route(self, pod: PodEndpoint, port: int) -> Route:
        host = f"[{pod.address}]" if ":" in pod.address else pod.address
        direct = Route(f"http://{host}:{port}/", "pod IP")
        if self.mode == "direct":
            return direct  # inside the cluster a pod IP that does not answer is the pod's (or policy's) failure
        if self.mode == "auto" and not self.unroutable:
            if routable(pod.address, port):
                return direct
            self.unroutable = True
        return self._forward(pod, port)

    def _forward(self, pod: PodEndpoint, port: int) -> Route:
        key = (pod.namespace, pod.name, port)
        if key in self.forwards:
            return self.forwards[key][1]
        kubectl = shutil.which("kubectl")
        if not kubectl:
            why = "pod IPs are not routable from here and" if self.mode == "auto" else "pod_access is port-forward but"
            return Route(None, "none", f"{why} kubectl is not on PATH (port-forward needs it); run verify inside "
                                       "the cluster (deploy/verify/)")
        if not (_NAME.match(pod.name) and _NAME.match(pod.namespace)):
            return Route(None, "none", f"refused to port-forward to {pod.namespace}/{pod.name}: not a Kubernetes "
                                       "object name", fatal=True)
        args = [kubectl]
        if self.kubeconfig:
            args += ["--kubeconfig", self.kubeconfig]
        if self.context:
            args += ["--context", self.context]
        args += ["--namespace", pod.namespace, "port-forward", "--address", "127.0.0.1", f"pod/{pod.name}",
                 f":{port}"]
        # stderr to a file: kubectl writes a line per forwarded connection problem, a pipe nobody reads
        # would fill and stall it.
        errors = tempfile.TemporaryFile(mode="w+")  # noqa: SIM115 (lives as long as the forward)
        proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=errors, stdin=subprocess.DEVNULL, text=True)
        local = _await_forwarding(proc, errors, PORT_FORWARD_TIMEOUT_S)
        if isinstance(local, str):
            _stop(proc)
            route = Route(None, "kubectl port-forward", f"kubectl port-forward to pod {pod.name} failed: {local}",
                          fatal=True)
        else:
            route = Route(f"http://127.0.0.1:{local}/", "kubectl port-forward")
        self.forwards[key] = (proc, route)
        return route

    def close(self) -> None:
        for proc, _ in self.forwards.values():
            _stop(proc)
        self.forwards.clear()


def routable(address: str, port: int, timeout: float = ROUTE_TIMEOUT_S) -> bool:
    """True when a TCP connection to the pod reaches its host: it connects, or the host refuses it
    (reachable, nothing listening: that is the pod's failure to report, not a routing problem)."""
    try:
        with socket.create_connection((address, port), timeout=timeout):
            return True
    except ConnectionRefusedError:
        return True
    except OSError:  # timeout, no route to host, network unreachable
        return False


def _await_forwarding(proc: subprocess.Popen[str], errors: Any, timeout: float) -> int | str:
    """The local port kubectl forwards from, or kubectl's own complaint (its last stderr line)."""
    box: list[int | str] = []

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            m = _FORWARDING.search(line)
            if m and not box:
                box.append(int(m.group(1)))
            # then keep reading: kubectl prints "Handling connection for ..." per connection
        if not box:
            proc.wait()
            errors.seek(0)
            err = errors.read().strip().splitlines()
            box.append(err[-1][:300] if err else f"kubectl exited with status {proc.returncode}")

    reader = threading.Thread(target=read, daemon=True, name="deploycheck-port-forward")
    reader.start()
    deadline = time.monotonic() + timeout
    while not box and time.monotonic() < deadline:
        time.sleep(0.05)
    return box[0] if box else f"no forwarding within {timeout:g} s"


def _stop(proc: subprocess.Popen[str]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
