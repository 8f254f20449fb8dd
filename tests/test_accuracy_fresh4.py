"""What the fresh repositories of 2026-11-29 afternoon showed (acc-fresh4): nestjs-starter, presidio and
eshopondapr in bench/accuracy. Each test is built from the repository's own lines and fails on the code before
its fix."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

# --- endpoint-security/debug-mode: ASP.NET Core's Development environment in a deployed workload (eshopondapr) ---

BASKET = """\
kind: ConfigMap
apiVersion: v1
metadata:
  name: basket-cm
  namespace: eshopondapr
  labels:
    app: eshop
    service: basket
data:
  ASPNETCORE_ENVIRONMENT: Development
  ASPNETCORE_URLS: http://0.0.0.0:80
  IdentityUrl: http://identity-api

---

kind: Deployment
apiVersion: apps/v1
metadata:
  name: basket
  namespace: eshopondapr
spec:
  replicas: 1
  selector:
    matchLabels:
      service: basket
  template:
    metadata:
      labels:
        app: eshop
        service: basket
    spec:
      containers:
        - name: basket-api
          image: eshopdapr/basket.api:latest
          envFrom:
            - configMapRef:
                name: basket-cm
"""

# pitstop's src/k8s/webapp.yaml: the same variable set to Production
WEBAPP = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: webapp
  namespace: pitstop
spec:
  selector:
    matchLabels:
      app: webapp
  template:
    metadata:
      labels:
        app: webapp
    spec:
      containers:
      - name: webapp
        image: pitstop/webapp:1.0
        env:
        - name: ASPNETCORE_ENVIRONMENT
          value: Production
"""


def test_aspnet_development_environment_of_a_deployed_workload_is_debug_mode(tmp_path: Path) -> None:
    write(tmp_path, {"src/Services/Basket/Basket.API/Basket.API.csproj": "<Project Sdk=\"Microsoft.NET.Sdk.Web\"/>\n",
                     "deploy/k8s/basket.yaml": BASKET,
                     # development tooling: never the deployed environment
                     "docker-compose.override.yml": "services:\n  basket-api:\n    environment:\n"
                                                    "      - ASPNETCORE_ENVIRONMENT=Development\n"})
    got = findings(scan(tmp_path, only=("endpoint-security/debug-mode",)), "endpoint-security/debug-mode")
    [fail] = [f for f in got if f.status is Status.FAIL]
    assert fail.location is not None and fail.location.path == "deploy/k8s/basket.yaml" and fail.location.line == 10
    assert "ConfigMap/eshopondapr/basket-cm sets ASPNETCORE_ENVIRONMENT=Development" in fail.message
    assert "Deployment/eshopondapr/basket" in fail.message

    production = tmp_path / "production"
    write(production, {"src/WebApp/WebApp.csproj": "<Project Sdk=\"Microsoft.NET.Sdk.Web\"/>\n",
                       "src/k8s/webapp.yaml": WEBAPP})
    [ok] = findings(scan(production, only=("endpoint-security/debug-mode",)), "endpoint-security/debug-mode")
    assert ok.status is Status.PASS


def test_aspnet_development_set_directly_in_the_container_env(tmp_path: Path) -> None:
    write(tmp_path, {"src/WebApp/WebApp.csproj": "<Project Sdk=\"Microsoft.NET.Sdk.Web\"/>\n",
                     "src/k8s/webapp.yaml": WEBAPP.replace("value: Production", "value: Development")})
    [fail] = findings(scan(tmp_path, only=("endpoint-security/debug-mode",)), "endpoint-security/debug-mode")
    assert fail.status is Status.FAIL
    assert "container webapp runs with ASPNETCORE_ENVIRONMENT=Development" in fail.message
