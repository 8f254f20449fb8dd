"""kmock's KubernetesEmulator (an in-memory Kubernetes API over HTTP) in a background thread, filled with
realistic objects. No real API server can run on our CI machines; this is the stand-in, and the docs say so."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

RESOURCES = {
    "v1/nodes": ("Node", False), "v1/namespaces": ("Namespace", False), "v1/pods": ("Pod", True),
    "v1/secrets": ("Secret", True), "v1/services": ("Service", True), "v1/serviceaccounts": ("ServiceAccount", True),
    "v1/configmaps": ("ConfigMap", True), "v1/persistentvolumeclaims": ("PersistentVolumeClaim", True),
    "apps/v1/deployments": ("Deployment", True), "apps/v1/replicasets": ("ReplicaSet", True),
    "apps/v1/statefulsets": ("StatefulSet", True), "policy/v1/poddisruptionbudgets": ("PodDisruptionBudget", True),
    "autoscaling/v2/horizontalpodautoscalers": ("HorizontalPodAutoscaler", True),
    "networking.k8s.io/v1/ingresses": ("Ingress", True), "networking.k8s.io/v1/networkpolicies":
    ("NetworkPolicy", True), "networking.k8s.io/v1/ingressclasses": ("IngressClass", False),
    "storage.k8s.io/v1/storageclasses": ("StorageClass", False),
    "apiextensions.k8s.io/v1/customresourcedefinitions": ("CustomResourceDefinition", False),
}


def _emulator_class() -> Any:
    import kmock

    class ReviewingEmulator(kmock.KubernetesEmulator):  # type: ignore[misc]
        """A real API server never stores SelfSubjectAccessReviews (each is evaluated and forgotten);
        kmock's emulator would store the first and answer 409 to the next, so reviews skip storage."""

        async def _handle(self, request: Any) -> Any:
            if request.resource is not None and request.resource.plural == "selfsubjectaccessreviews":
                return await kmock.KubernetesScaffold._handle(self, request)
            return await super()._handle(request)

        async def _serve_version(self, request: Any) -> Any:
            """A real API server names the core group's version "v1" in its APIResourceList; kmock 0.8 says
            "/v1", which kubectl's discovery cannot parse (it then knows no core resource type at all)."""
            doc = await super()._serve_version(request)
            if request.resource is not None and request.resource.group == "" and isinstance(doc, dict):
                doc["groupVersion"] = request.resource.version
            return doc

    return ReviewingEmulator


def node(name: str, cpu: str, memory: str, ready: bool = True) -> dict[str, Any]:
    return {"apiVersion": "v1", "kind": "Node", "metadata": {"name": name},
            "status": {"capacity": {"cpu": cpu, "memory": memory}, "allocatable": {"cpu": cpu, "memory": memory},
                       "conditions": [{"type": "Ready", "status": "True" if ready else "False"}]}}


@contextmanager
def running_emulator(setup: Callable[[Any], None], resources: dict[str, tuple[str, bool]] | None = None
                     ) -> Iterator[str]:
    """Start the emulator, let `setup(kmock)` add objects and reactions; yields the base URL."""
    import kmock

    ready = threading.Event()
    stop: asyncio.Event | None = None
    loop: asyncio.AbstractEventLoop | None = None
    url: list[str] = []
    errors: list[BaseException] = []

    async def serve() -> None:
        nonlocal stop, loop
        stop, loop = asyncio.Event(), asyncio.get_running_loop()
        async with _emulator_class()() as km, kmock.Server(km):
            for key, (kind, namespaced) in {**RESOURCES, **(resources or {})}.items():
                km.resources[key].kind = kind
                km.resources[key].namespaced = namespaced
                km.resources[key].singular = kind.lower()  # as a real API server's discovery says (kubectl maps by it)
                km.resources[key].verbs = {"get", "list"}
            setup(km)
            url.append(str(km.url))
            ready.set()
            await stop.wait()

    def run() -> None:
        try:
            asyncio.run(serve())
        except BaseException as exc:  # surfaced to the test below
            errors.append(exc)
            ready.set()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    ready.wait(30)
    if errors:
        raise errors[0]
    try:
        yield url[0]
    finally:
        if loop and stop:
            loop.call_soon_threadsafe(stop.set)
        thread.join(10)


def kubeconfig(path: Path, server: str, namespace: str = "shop") -> Path:
    path.write_text(f"""\
apiVersion: v1
kind: Config
clusters: [{{name: emu, cluster: {{server: "{server}"}}}}]
users: [{{name: ci, user: {{token: test-token}}}}]
contexts: [{{name: emu, context: {{cluster: emu, user: ci, namespace: {namespace}}}}}]
current-context: emu
""")
    return path
