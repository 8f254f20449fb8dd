"""`deploycheck init`: a commented starter config built from what the repository holds."""

from __future__ import annotations

from pathlib import Path


def starter_config(root: Path) -> str:
    from deploycheck.config import Config
    from deploycheck.config_schema import SCHEMA_URL
    from deploycheck.context import Context
    from deploycheck.sources.kubernetes import chart_directories, plain_objects

    ctx = Context(root, Config())
    charts = chart_directories(ctx)
    # Files that hold Kubernetes objects, not every YAML/JSON (.vscode/, .prettierrc.json, CI files).
    manifests = ctx.use(plain_objects).files
    kustomizations = sorted({f.rsplit("/", 1)[0] for f in ctx.files.glob("kustomization.yaml", "kustomization.yml")
                             if "/" in f})
    lines = [
        # Editors with the YAML language server (VS Code, JetBrains, Neovim) complete and validate with it.
        f"# yaml-language-server: $schema={SCHEMA_URL}",
        "# deploycheck configuration — `deploycheck config schema` prints the full JSON Schema,",
        "# docs/configuration.md explains every key.",
        f"service: {root.resolve().name}",
        "kubernetes_version: \"1.30\"   # schemas and API deprecations are checked for this version",
        "",
    ]
    if charts:
        lines += ["helm:", "  charts:"]
        for chart in charts:
            if any(chart != c and chart.startswith(c + "/charts/") for c in charts):
                continue
            lines += [f"    - path: {chart or '.'}", "      values: []      # extra values files to render with"]
        lines.append("")
    else:
        lines += ["# helm:", "#   charts:", "#     - path: charts/my-service", ""]
    if manifests:
        dirs = sorted({m.rsplit("/", 1)[0] + "/**/*.yaml" if "/" in m else m for m in manifests})[:10]
        lines += ["manifests:            # plain Kubernetes YAML (found in this repository)"]
        lines += [f"  - \"{d}\"" for d in dirs]
        lines.append("")
    if kustomizations:
        lines += ["# kustomize overlays to build (each renders the full set of objects):", "# kustomize:"]
        lines += [f"#   - {k}" for k in kustomizations[:10]]
        lines.append("")
    lines += [
        "registries:",
        "  allowed: []          # e.g. [ghcr.io/my-org, registry.example.com]",
        "  private: []          # registries that need imagePullSecrets",
        "",
        "policy:",
        "  fail_on: fail        # or warn: warnings block the gate too",
        "  cpu_limits: recommended",
        "",
        "# checks:              # per-check overrides",
        "#   resource-limits/cpu-limit: {severity: low}",
        "# ignore:",
        "#   - check: dockerfile/hadolint-DL3008",
        "#     paths: [\"legacy/**\"]",
        "#     reason: legacy image, replaced in Q3",
        "#     expires: 2027-01-31",
        "",
        "# environments:        # live targets for `deploycheck verify --env NAME`",
        "#   staging:",
        "#     url: https://staging.example.com",
        "#     kube_context: staging",
        "#     namespace: my-service",
        "#     db_url_env: STAGING_DATABASE_URL   # the NAME of an env var, never the URL itself",
        "",
    ]
    return "\n".join(lines)
