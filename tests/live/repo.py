"""A small service repository (config, OpenAPI spec, manifests) for the live tests to verify."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

OPENAPI = """\
openapi: 3.0.3
info: {title: test service, version: "1.0"}
security:
  - bearer: []
components:
  securitySchemes:
    bearer: {type: http, scheme: bearer, bearerFormat: JWT}
paths:
  /healthz:
    get: {summary: health, security: [], responses: {"200": {description: ok}}}
  /work:
    get: {summary: work, security: [], responses: {"200": {description: ok}}}
  /items:
    get: {summary: list, responses: {"200": {description: ok}}}
    post: {summary: create, responses: {"201": {description: created}}}
  /items/{item_id}:
    parameters: [{name: item_id, in: path, required: true, schema: {type: string}}]
    get: {summary: one, responses: {"200": {description: ok}}}
  /admin:
    get: {summary: admin, responses: {"200": {description: ok}}}
"""

DEPLOYMENT = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  annotations: {{prometheus.io/path: "{metrics}"}}
spec:
  selector: {{matchLabels: {{app: web}}}}
  template:
    metadata: {{labels: {{app: web}}}}
    spec:
      containers:
        - name: app
          image: registry.example.com/web:1.0
          readinessProbe: {{httpGet: {{path: {readiness}, port: 8000}}, timeoutSeconds: {timeout}}}
          livenessProbe: {{httpGet: {{path: /healthz, port: 8000}}, timeoutSeconds: {timeout}}}
"""


def write_repo(root: Path, config: dict[str, Any] | None = None, *, spec: bool = True, manifests: bool = True,
               readiness: str = "/readyz", timeout: int = 2, metrics: str = "/metrics") -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / ".deploycheck.yaml").write_text(yaml.safe_dump(config or {}, sort_keys=False))
    if spec:
        (root / "openapi.yaml").write_text(OPENAPI)
    if manifests:
        (root / "k8s").mkdir(exist_ok=True)
        (root / "k8s" / "deploy.yaml").write_text(DEPLOYMENT.format(readiness=readiness, timeout=timeout,
                                                                    metrics=metrics))
    return root
