"""False positives of env-vars/documented-unused and ingress/host on the s6 whole set (issue 8, fp-kinds-g): a
placeholder written as a setting's value (atuin's theming guide), and a chart's catch-all Ingress rendered only with
its development values while the production values name hosts (mushop)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

# --- env-vars/documented-unused: a placeholder written as a setting's value (atuin's theming guide) ---------------

UNUSED = "env-vars/documented-unused"
# atuin docs/docs/guide/theming.md (abridged)
ATUIN_THEMING = """\
# Theming

## Required config

The following is required in your config file (`~/.config/atuin/config.toml`)

```toml
[theme]
name = "THEMENAME"
```

Where `THEMENAME` is a known theme. The following themes are available out-of-the-box:

* `default` theme
* `autumn` theme

Unless overridden by the `ATUIN_THEME_DIR` environment variable, it opens a file named `THEMENAME.toml`.
"""


def test_a_placeholder_written_as_a_settings_value_is_not_a_documented_variable(tmp_path: Path) -> None:
    """`name = "THEMENAME"` shows where a theme's name goes: THEMENAME is not an environment variable nothing reads.
    ATUIN_THEME_DIR, documented the same way and never read, is still reported."""
    write(tmp_path, {"docs/guide/theming.md": ATUIN_THEMING,
                     "tools/config.py": 'import os\n\nCONFIG_DIR = os.environ["ATUIN_CONFIG_DIR"]\n'})
    result = findings(scan(tmp_path, only=(UNUSED,)), UNUSED)
    stale = [f.message for f in result if f.status is Status.WARN]
    assert not [m for m in stale if "THEMENAME" in m], stale
    assert [m for m in stale if "ATUIN_THEME_DIR" in m], stale


# --- ingress/host: mushop's umbrella chart (deploy/complete/helm-chart/mushop) --------------------------------------

HOST = "ingress/host"
# templates/ingress-edge.yaml, abridged: named hosts when the values give them, a catch-all rule otherwise
MUSHOP_INGRESS = """\
{{- if .Values.ingress.enabled }}
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: {{ .Release.Name }}
spec:
  ingressClassName: nginx
  rules:
    {{- if .Values.ingress.hosts }}
    {{- range $host := .Values.ingress.hosts }}
    - host: {{ $host }}
      http:
        paths:
        - path: /
          pathType: Prefix
          backend:
            service:
              name: edge
              port:
                number: 80
    {{- end -}}
    {{ else }}
    - http:
        paths:
        - path: /
          pathType: Prefix
          backend:
            service:
              name: edge
              port:
                number: 80
    {{- end -}}
{{- end -}}
"""
EDGE_SERVICE = ("apiVersion: v1\nkind: Service\nmetadata:\n  name: edge\nspec:\n  selector:\n    app: edge\n"
                "  ports:\n    - port: 80\n")


def _hosts(root: Path) -> list[tuple[Status, str]]:
    return [(f.status, f.message) for f in findings(scan(root, only=(HOST,)), HOST)]


def _chart(root: Path, values: dict[str, str]) -> None:
    files = {"chart/Chart.yaml": "apiVersion: v2\nname: mushop\nversion: 0.1.0\n",
             "chart/templates/ingress-edge.yaml": MUSHOP_INGRESS, "chart/templates/edge-svc.yaml": EDGE_SERVICE}
    write(root, files | {f"chart/{name}": text for name, text in values.items()})


def test_a_catch_all_only_in_development_values_is_the_dev_install(tmp_path: Path) -> None:
    """values-dev.yaml and values-mock.yaml leave ingress.hosts empty (the documented host-less dev install);
    values-prod.yaml names mushop.ateam.cloud: the production rendering routes named hosts."""
    _chart(tmp_path, {"values.yaml": "ingress:\n  enabled: false\n",
                      "values-dev.yaml": "ingress:\n  enabled: true\n",
                      "values-mock.yaml": "ingress:\n  enabled: true\n",
                      "values-prod.yaml": "ingress:\n  enabled: true\n  hosts:\n    - mushop.ateam.cloud\n"})
    result = _hosts(tmp_path)
    assert not [m for s, m in result if s is Status.FAIL], result
    assert any("development values" in m for s, m in result if s is Status.PASS), result


def test_a_catch_all_in_the_default_values_is_still_reported(tmp_path: Path) -> None:
    """The same chart whose default values enable the host-less Ingress: the install the README runs catches every
    name, whatever the production values say."""
    _chart(tmp_path, {"values.yaml": "ingress:\n  enabled: true\n",
                      "values-prod.yaml": "ingress:\n  enabled: true\n  hosts:\n    - mushop.ateam.cloud\n"})
    assert [s for s, _ in _hosts(tmp_path) if s is Status.FAIL] == [Status.FAIL]


# --- dependency-health/lockfile: the developer's requirements (healthchecks) ----------------------------------------

LOCKFILE = "dependency-health/lockfile"
HEALTHCHECKS_DEV = ("apprise==1.12.0\ndjango-stubs==6.1.0\nMarkdown==3.10.2\nmypy==2.3.1\nPygments==2.20.0\n"
                    "types-Markdown\ntypes-pycurl\ntypes-pygments\n")
HEALTHCHECKS_DOCKERFILE = ("FROM python:3.13-slim\nCOPY requirements.txt /tmp\n"
                           "RUN pip wheel --wheel-dir /wheels uwsgi -r /tmp/requirements.txt\n")


def _lockfile(root: Path) -> list[tuple[Status, str]]:
    return [(f.status, f.message) for f in findings(scan(root, only=(LOCKFILE,)), LOCKFILE)]


def test_requirements_of_the_developers_tools_are_not_what_ships(tmp_path: Path) -> None:
    """healthchecks' requirements-dev.txt (type stubs for mypy, installed by CI workflows only): its loose stubs are
    not a lockfile problem; the same file installed by the Dockerfile is."""
    write(tmp_path, {"requirements.txt": "Django==5.2.4\n", "requirements-dev.txt": HEALTHCHECKS_DEV,
                     "docker/Dockerfile": HEALTHCHECKS_DOCKERFILE,
                     ".github/workflows/mypy.yml": "jobs:\n  mypy:\n    steps:\n"
                                                   "      - run: pip install -r requirements-dev.txt\n"})
    result = _lockfile(tmp_path)
    assert not [m for s, m in result if s is Status.FAIL and "requirements-dev.txt" in m], result
    assert any("developer's tooling" in m for s, m in result if s is Status.PASS), result
    write(tmp_path, {"docker/Dockerfile": HEALTHCHECKS_DOCKERFILE.replace("requirements.txt", "requirements-dev.txt")})
    assert [s for s, m in _lockfile(tmp_path) if "requirements-dev.txt" in m] == [Status.FAIL]
