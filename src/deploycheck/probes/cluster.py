"""Kubernetes API probe: read-only questions about the target cluster.

lightkube's kubeconfig support builds the authenticated httpx client (contexts, CA, tokens, client
certificates, exec plugins); the questions themselves are plain REST GETs plus
SelfSubjectAccessReview POSTs, so any API server (or kmock's emulator in our tests) answers them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

TIMEOUT_S = 10.0
# Where the kubelet mounts a pod's service-account token, CA and namespace (a Job running verify).
SERVICE_ACCOUNT_DIR = Path("/var/run/secrets/kubernetes.io/serviceaccount")


class ClusterError(Exception):
    """The API server could not be asked or answered nonsense; the message names it."""


@dataclass
class NodeInfo:
    name: str
    ready: bool
    cpu: Decimal
    memory: Decimal


@dataclass
class ApiResource:
    group_version: str
    kind: str
    plural: str
    namespaced: bool


@dataclass
class ClusterClient:
    http: Any  # httpx.Client with base_url and auth
    server: str
    default_namespace: str = "default"
    _discovery: dict[str, list[ApiResource] | None] = field(default_factory=dict)

    @classmethod
    def from_kubeconfig(cls, kubeconfig: str | None = None, context: str | None = None) -> ClusterClient:
        from lightkube.config.kubeconfig import KubeConfig

        try:
            config = KubeConfig.from_file(kubeconfig) if kubeconfig else KubeConfig.from_env()
            single = config.get(context)
        except Exception as exc:  # lightkube raises several types for bad/missing kubeconfigs
            where = kubeconfig or "$KUBECONFIG/~/.kube/config"
            raise ClusterError(f"cannot load kubeconfig {where}: {exc}") from None
        if single is None:
            raise ClusterError(f"context {context!r} not found in the kubeconfig")
        return cls._from_single(single)

    @classmethod
    def in_cluster(cls, account_dir: Path | None = None) -> ClusterClient:
        """The pod's own service account (token, CA, namespace) and KUBERNETES_SERVICE_HOST/PORT."""
        from lightkube.config.kubeconfig import KubeConfig

        account_dir = account_dir or SERVICE_ACCOUNT_DIR
        try:
            single = KubeConfig.from_service_account(account_dir).get()
        except Exception as exc:  # lightkube: ConfigError, KeyError for a missing KUBERNETES_SERVICE_PORT
            raise ClusterError(f"cannot use the in-cluster service account {account_dir}: {exc}") from None
        if single is None:
            raise ClusterError(f"cannot use the in-cluster service account {account_dir}")
        return cls._from_single(single)

    @classmethod
    def _from_single(cls, single: Any) -> ClusterClient:
        from lightkube.config import client_adapter

        httpx = _http_module()
        params = client_adapter.ConnectionParams(timeout=httpx.Timeout(TIMEOUT_S))
        http = client_adapter.Client(single, params)
        return cls(http=http, server=str(single.cluster.server), default_namespace=single.namespace)

    def close(self) -> None:
        self.http.close()

    # --- plumbing -------------------------------------------------------------------------------

    def _request(self, method: str, path: str, json: Any = None, params: dict[str, str] | None = None
                 ) -> tuple[int, Any]:
        httpx = _http_module()

        try:
            resp = self.http.request(method, path, json=json, params=params)
        except httpx.TimeoutException:
            raise ClusterError(f"{self.server} did not answer {path} within {TIMEOUT_S:.0f}s") from None
        except httpx.HTTPError as exc:
            raise ClusterError(f"cannot reach {self.server}: {exc}") from None
        if resp.status_code in (401, 403):
            raise ClusterError(f"{self.server} refused {method} {path} (HTTP {resp.status_code}): "
                               f"{_status_message(resp)}")
        try:
            body = resp.json() if resp.content else None
        except ValueError:
            raise ClusterError(f"{self.server} answered {path} with something that is not JSON "
                               f"(HTTP {resp.status_code}, {resp.headers.get('content-type')})") from None
        return resp.status_code, body

    def get(self, path: str, params: dict[str, str] | None = None) -> Any:
        """The JSON body, or None for 404; other errors raise ClusterError."""
        status, body = self._request("GET", path, params=params)
        if status == 404:
            return None
        if status >= 400 or not isinstance(body, dict):
            raise ClusterError(f"{self.server} answered GET {path} with HTTP {status}")
        return body

    def items(self, path: str, params: dict[str, str] | None = None) -> list[dict[str, Any]]:
        body = self.get(path, params)
        items = body.get("items") if isinstance(body, dict) else None
        found = [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []
        # Equality selectors are applied again here: cheap, and correct even against a server (or
        # proxy) that ignores them.
        wanted = dict(p.split("=", 1) for p in (params or {}).get("labelSelector", "").split(",") if "=" in p)
        return [i for i in found
                if all(((i.get("metadata") or {}).get("labels") or {}).get(k) == v for k, v in wanted.items())]

    # --- questions ------------------------------------------------------------------------------

    def version(self) -> str:
        body = self.get("/version")
        if not body or "gitVersion" not in body:
            raise ClusterError(f"{self.server} /version did not name a Kubernetes version")
        return str(body["gitVersion"])

    def nodes(self) -> list[NodeInfo]:
        from deploycheck.sources.kubernetes import parse_quantity

        out = []
        for node in self.items("/api/v1/nodes"):
            status = node.get("status") or {}
            ready = any(c.get("type") == "Ready" and c.get("status") == "True"
                        for c in status.get("conditions") or [] if isinstance(c, dict))
            alloc = status.get("allocatable") or status.get("capacity") or {}
            try:
                cpu, memory = parse_quantity(alloc.get("cpu", 0)), parse_quantity(alloc.get("memory", 0))
            except ValueError:
                cpu, memory = Decimal(0), Decimal(0)
            out.append(NodeInfo(str((node.get("metadata") or {}).get("name")), ready, cpu, memory))
        return out

    def namespace_exists(self, namespace: str) -> bool:
        return self.get(f"/api/v1/namespaces/{namespace}") is not None

    def discover(self, group_version: str) -> list[ApiResource] | None:
        """Resources served under a group/version (None when the API server does not serve it)."""
        if group_version not in self._discovery:
            path = "/api/v1" if group_version == "v1" else f"/apis/{group_version}"
            body = self.get(path)
            if body is None:
                self._discovery[group_version] = None
            else:
                self._discovery[group_version] = [
                    ApiResource(group_version, str(r.get("kind")), str(r.get("name")), bool(r.get("namespaced")))
                    for r in body.get("resources") or [] if isinstance(r, dict) and "/" not in str(r.get("name"))
                ]
        return self._discovery[group_version]

    def resource_for(self, api_version: str, kind: str) -> ApiResource | None:
        return next((r for r in self.discover(api_version) or [] if r.kind == kind), None)

    def can_i(self, verb: str, resource: ApiResource, namespace: str | None) -> tuple[bool, str]:
        group = resource.group_version.rpartition("/")[0] if "/" in resource.group_version else ""
        attributes: dict[str, Any] = {"verb": verb, "group": group, "resource": resource.plural}
        if resource.namespaced and namespace:
            attributes["namespace"] = namespace
        review = {"apiVersion": "authorization.k8s.io/v1", "kind": "SelfSubjectAccessReview",
                  "spec": {"resourceAttributes": attributes}}
        status, body = self._request("POST", "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews", json=review)
        if status >= 400 or not isinstance(body, dict):
            raise ClusterError(f"{self.server} did not evaluate a SelfSubjectAccessReview (HTTP {status})")
        result = body.get("status") or {}
        return bool(result.get("allowed")), str(result.get("reason") or "")


def _http_module() -> Any:
    """The httpx flavour lightkube's client is built on (lightkube 1.x moved to the `httpx2` fork)."""
    from lightkube.config import client_adapter

    return client_adapter.httpx


def _status_message(resp: Any) -> str:
    try:
        body = resp.json()
        return str(body.get("message") or body.get("reason") or "")
    except ValueError:
        return resp.text[:200]


@dataclass
class Connection:
    client: ClusterClient | None
    problem: str | None  # why there is no client
    skipped: bool = False  # True when the user named no cluster at all


def running_in_cluster(account_dir: Path | None = None) -> bool:
    """Inside a pod with a mounted service-account token (a Job running verify)."""
    return bool(os.environ.get("KUBERNETES_SERVICE_HOST")) and (account_dir or SERVICE_ACCOUNT_DIR).joinpath(
        "token").is_file()


def connect(ctx: Any) -> Connection:
    """The run's one cluster client (use through ctx.use(connect)); never raises.

    --kube-context/--kubeconfig win; without either, a pod's own service account is used when verify
    runs inside the cluster (the Job in deploy/verify/)."""
    context, kubeconfig = ctx.target("kube_context"), ctx.target("kubeconfig")
    try:
        if context or kubeconfig:
            return Connection(ClusterClient.from_kubeconfig(kubeconfig, context), None)
        if running_in_cluster():
            return Connection(ClusterClient.in_cluster(), None)
    except ClusterError as exc:
        return Connection(None, str(exc))
    return Connection(None, "needs --kube-context or --kubeconfig (or kube_context in the environment), or "
                            "running inside the cluster with a service account", True)


def target_namespace(ctx: Any, client: ClusterClient) -> str:
    return str(ctx.target("namespace") or ctx.config.namespace or client.default_namespace)
