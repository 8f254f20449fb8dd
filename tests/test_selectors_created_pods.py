"""manifests/selectors: Services that select pods the manifests do not template but something else makes or labels
(the lines are bench/accuracy's exceptionless k8s/elastic-monitor.yaml and patroni kubernetes/patroni_k8s.yaml)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

AGENT = """apiVersion: agent.k8s.elastic.co/v1alpha1
kind: Agent
metadata:
  name: elastic-agent
  namespace: elastic-system
spec:
  version: 8.19.15
  mode: fleet
  daemonSet:
    podTemplate:
      spec:
        serviceAccountName: elastic-agent
---
apiVersion: v1
kind: Service
metadata:
  name: apm
  namespace: elastic-system
spec:
  selector:
    agent.k8s.elastic.co/name: elastic-agent
  ports:
    - protocol: TCP
      port: 8200
"""


def _statuses(root: Path) -> list[Status]:
    return [f.status for f in findings(scan(root, only=("manifests/selectors",)), "manifests/selectors")]


def test_a_service_selecting_the_pods_an_operator_labels_for_its_resource_matches(tmp_path: Path) -> None:
    """ECK labels the pods of Agent elastic-agent `agent.k8s.elastic.co/name: elastic-agent`."""
    write(tmp_path / "eck", {"k8s/elastic-monitor.yaml": AGENT})
    assert _statuses(tmp_path / "eck") == [Status.PASS]
    # another resource's name, or a key outside the resource's API group: still a question
    write(tmp_path / "other", {"k8s/elastic-monitor.yaml": AGENT.replace("name: elastic-agent\n  namespace",
                                                                         "name: fleet-server\n  namespace")})
    assert Status.WARN in _statuses(tmp_path / "other")
    write(tmp_path / "plain", {"k8s/elastic-monitor.yaml": AGENT.replace("    agent.k8s.elastic.co/name: elastic-agent",
                                                                         "    app: elastic-agent")})
    assert Status.WARN in _statuses(tmp_path / "plain")


PATRONI = """apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: patronidemo
  labels:
    application: patroni
    cluster-name: patronidemo
spec:
  replicas: 3
  serviceName: patronidemo
  selector:
    matchLabels:
      application: patroni
      cluster-name: patronidemo
  template:
    metadata:
      labels:
        application: patroni
        cluster-name: patronidemo
    spec:
      serviceAccountName: patronidemo
      containers:
      - name: patronidemo
        image: patroni
---
apiVersion: v1
kind: Service
metadata:
  name: patronidemo-repl
spec:
  type: ClusterIP
  selector:
    application: patroni
    cluster-name: patronidemo
    role: replica
  ports:
  - port: 5432
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: patronidemo
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: patronidemo
rules:
- apiGroups:
  - ""
  resources:
  - pods
  verbs:
  - get
  - list
  - patch
  - update
  - watch
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: patronidemo
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: patronidemo
subjects:
- kind: ServiceAccount
  name: patronidemo
"""


def test_a_label_the_pods_set_on_themselves_is_not_missing(tmp_path: Path) -> None:
    """Patroni patches its pods' `role` label at run time (its Role grants patch on pods); the replica Service
    selects it beside the template's labels."""
    write(tmp_path / "patroni", {"kubernetes/patroni_k8s.yaml": PATRONI})
    assert _statuses(tmp_path / "patroni") == [Status.PASS]
    # without the right to patch pods, nothing sets `role`: the Service selects no pod
    write(tmp_path / "read-only", {"kubernetes/patroni_k8s.yaml": PATRONI.replace("  - patch\n  - update\n", "")})
    assert Status.FAIL in _statuses(tmp_path / "read-only")
