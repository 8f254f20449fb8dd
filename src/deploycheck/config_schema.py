"""JSON Schema of .deploycheck.yaml (draft 2020-12). `deploycheck config schema` prints it."""

from __future__ import annotations

from typing import Any

# Where the schema is published: docs/schemas/config.schema.json in the repository (tests/test_docs.py
# keeps that file equal to this schema), served raw by GitHub. `deploycheck init` writes this URL into
# the `# yaml-language-server: $schema=` line editors read.
PUBLISHED_PATH = "docs/schemas/config.schema.json"
SCHEMA_URL = f"https://raw.githubusercontent.com/deploycheck/deploycheck/main/{PUBLISHED_PATH}"

_SEVERITY = {"enum": ["critical", "high", "medium", "low", "info"]}
_DATE = {"type": "string", "format": "date", "description": "ISO date, e.g. 2026-12-31"}
_STR_LIST = {"type": "array", "items": {"type": "string"}}
_ITEM_LIST = {"type": "array", "items": {"type": "string"}, "description": "checklist item ids"}

_HTTP_REQUEST = {
    "type": "object",
    "additionalProperties": False,
    "required": ["path"],
    "properties": {
        "name": {"type": "string"},
        "method": {"type": "string", "default": "GET"},
        "path": {"type": "string", "description": "path appended to the environment's url"},
        "headers": {"type": "object", "additionalProperties": {"type": "string"}},
        "headers_from_env": {
            "type": "object",
            "additionalProperties": {"type": "string"},
            "description": "header name -> environment variable holding its value (secrets stay out of the config)",
        },
        "body": {},
        "expect_status": {"oneOf": [{"type": "integer"}, {"type": "array", "items": {"type": "integer"}}]},
        "expect_body": {"type": "string", "description": "substring the body must contain"},
        "expect_json_schema": {"type": "object"},
        "max_latency_ms": {"type": "number", "exclusiveMinimum": 0},
    },
}

_BACKUPS: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "description": "where this environment's real backups live (backups/live-latest-backup)",
    "properties": {
        "rpo_hours": {"type": "number", "exclusiveMinimum": 0, "default": 24,
                      "description": "the newest good backup must be younger than this"},
        "pgbackrest": {
            "type": "object", "additionalProperties": False, "required": ["stanza"],
            "properties": {"stanza": {"type": "string"},
                           "config": {"type": "string", "description": "pgbackrest.conf path"}},
        },
        "directory": {
            "type": "object", "additionalProperties": False, "required": ["path"],
            "properties": {"path": {"type": "string"},
                           "pattern": {"type": "string", "default": "*", "description": "glob of backup files"}},
        },
        "s3": {
            "type": "object", "additionalProperties": False, "required": ["bucket"],
            "properties": {
                "bucket": {"type": "string"},
                "prefix": {"type": "string", "default": ""},
                "layout": {"enum": ["files", "wal-g"], "default": "files",
                           "description": "dump objects under the prefix, or WAL-G's basebackups_005/"},
                "pattern": {"type": "string", "default": "*"},
                "endpoint_url": {"type": "string", "format": "uri"},
                "region": {"type": "string"},
            },
        },
    },
}

_PERFORMANCE: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "requests": {"type": "array", "items": _HTTP_REQUEST},
        "rate": {"type": "number", "exclusiveMinimum": 0, "description": "requests per second"},
        "duration_s": {"type": "number", "exclusiveMinimum": 0},
        "max_rate": {"type": "number", "default": 2000},
        "max_duration_s": {"type": "number", "default": 300},
        "concurrency_cap": {"type": "integer", "minimum": 1, "default": 256},
        "slo": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "p50_ms": {"type": "number"},
                "p95_ms": {"type": "number"},
                "p99_ms": {"type": "number"},
                "error_rate": {"type": "number", "minimum": 0, "maximum": 1},
                "min_throughput_rps": {"type": "number"},
            },
        },
        "k6_summary": {"type": "string"},
        "locust_csv": {"type": "string"},
    },
}

_DEPENDENCIES: dict[str, Any] = {
    "type": "array",
    "description": "external services the service relies on",
    "items": {
        "type": "object",
        "additionalProperties": False,
        "required": ["name"],
        "properties": {
            "name": {"type": "string"},
            "url": {"type": "string"},
            "host": {"type": "string"},
            "port": {"type": "integer"},
            "health": {"type": "string", "description": "health URL or note"},
            "fallback": {"type": "string"},
            "critical": {"type": "boolean", "default": True},
        },
    },
}

_AUTH: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "issuer": {"type": "string"},
        "audience": {"type": "string", "description": "the service's own audience (auth-protocols/live-audience)"},
        "jwks_url": {"type": "string"},
        "other_audience_token_env": {
            "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$",
            "description": "env var holding a valid token the same issuer signed for ANOTHER audience; "
                           "auth-protocols/live-audience checks the service refuses it",
        },
    },
}

_PROBES: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "description": "paths verify requests for the live probe checks (default: from the manifests)",
    "properties": {
        "health_paths": {**_STR_LIST, "description": "paths health-probes/live-probes-answer requests instead of "
                                                     "the manifests' httpGet probe paths"},
        "metrics_paths": {**_STR_LIST, "description": "paths monitoring/live-metrics-endpoint fetches instead of "
                                                      "the ServiceMonitor/annotation paths (default /metrics)"},
    },
}

_RESTORE_DRILL: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "description": "opt this environment into backups/live-restore-drill and backups/live-backup-restore: "
                   "where the scratch copy goes",
    "anyOf": [{"required": ["scratch_prefix"]}, {"required": ["target_url_env"]}],
    "properties": {
        "scratch_prefix": {"type": "string", "pattern": r"^[a-z_][a-z0-9_]{0,29}$", "default": "deploycheck_",
                           "description": "scratch databases are named <prefix>drill_<pid>_<time>"},
        "target_url_env": {"type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$",
                           "description": "env var holding the URL of another server to restore into "
                                          "(default: the source server)"},
        "max_size_mb": {"type": "number", "exclusiveMinimum": 0, "default": 1024,
                        "description": "a larger database is not dumped (skipped)"},
        "temp_dir": {"type": "string", "description": "where the dump file is written (default: the system's)"},
        "timeout_s": {"type": "number", "exclusiveMinimum": 0, "default": 1800,
                      "description": "limit for pg_dump and for pg_restore each"},
    },
}

CONFIG_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": SCHEMA_URL,
    "title": "deploycheck configuration (.deploycheck.yaml)",
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "service": {"type": "string", "description": "the service's name"},
        "team": {"type": "string", "description": "the owning team (the server's fleet view filters by it)"},
        "kubernetes_version": {
            "type": "string",
            "pattern": r"^v?1\.\d+(\.\d+)?$",
            "description": "target Kubernetes version for schema and API-version checks, e.g. '1.30'",
        },
        "namespace": {"type": "string", "description": "namespace the service deploys into"},
        "helm": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "autodiscover": {"type": "boolean", "default": True,
                                 "description": "render and lint every Chart.yaml found when no charts are listed "
                                                "(false: none is rendered or linted)"},
                "charts": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "additionalProperties": False,
                        "required": ["path"],
                        "properties": {
                            "path": {"type": "string"},
                            "values": {**_STR_LIST, "description": "values files, relative to the repo root"},
                            "release": {"type": "string"},
                            "namespace": {"type": "string"},
                            "set": {"type": "object", "description": "values set on top (like --set)"},
                        },
                    },
                },
            },
        },
        "manifests": {**_STR_LIST, "description": "globs of plain Kubernetes YAML/JSON (default: all YAML/JSON)"},
        "kustomize": {
            "anyOf": [_STR_LIST, {"const": False}],
            "description": "kustomization directories to build (default: every overlay); false or [] builds "
                           "none, and the overlays' resources are read as plain manifests",
        },
        "external_objects": {
            "type": "array",
            "items": {"type": "string", "pattern": r"^[A-Za-z]+/[^/\s]+(/[^/\s]+)?$"},
            "description": "objects created outside the manifests that pods may reference, as Kind/name or "
                           "Kind/namespace/name (e.g. Secret/registry-pull); manifests/references accepts them",
        },
        "exclude": {**_STR_LIST, "description": "globs of files deploycheck must not read at all"},
        "include": {**_STR_LIST, "description": "globs of files production checks read although a default "
                                                 "rule leaves them out (vendored, generated, tests, docs)"},
        "docker": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "builds": {
                    "type": "array",
                    "description": "how Dockerfiles are built for deployment, when CI and compose do not say",
                    "items": {
                        "type": "object",
                        "additionalProperties": False,
                        "required": ["dockerfile"],
                        "properties": {
                            "dockerfile": {"type": "string", "description": "path from the repository root"},
                            "context": {"type": "string", "description": "build context folder (default .)"},
                            "target": {"type": "string", "description": "the deployed stage (--target)"},
                        },
                    },
                },
            },
        },
        "registries": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "allowed": {**_STR_LIST,
                            "description": "registry hosts (optionally with a path prefix) images may come from"},
                "private": {**_STR_LIST,
                            "description": "registries that need imagePullSecrets and must refuse anonymous pulls"},
                "require_signature": {"type": "boolean", "default": False},
                "token_realms": {**_STR_LIST,
                                 "description": "token service URLs (other than https on the registry host) that may "
                                                "receive the registry credentials"},
            },
        },
        "checks": {
            "type": "object",
            "description": "per-check overrides; keys are check ids or '<item>/*'",
            "additionalProperties": {
                "type": "object",
                "additionalProperties": False,
                "properties": {"enabled": {"type": "boolean"}, "severity": _SEVERITY},
            },
        },
        "ignore": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["check", "reason"],
                "properties": {
                    "check": {"type": "string", "description": "a check id, a glob such as '<item>/*', or an item id"},
                    "paths": {**_STR_LIST, "description": "globs; empty means everywhere"},
                    "reason": {"type": "string", "pattern": r"\S", "description": "why (required)"},
                    "expires": _DATE,
                },
            },
        },
        "custom_checks": {
            "type": "array",
            "description": "declarative checks: a JSON Schema every matching object/container must satisfy",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["id", "item", "target", "schema", "message"],
                "properties": {
                    "id": {"type": "string", "pattern": r"^[a-z0-9-]+/[a-z0-9-]+$"},
                    "item": {"type": "string"},
                    "title": {"type": "string"},
                    "target": {"enum": ["object", "pod", "container"]},
                    "kinds": _STR_LIST,
                    "schema": {"type": "object"},
                    "message": {"type": "string"},
                    "severity": _SEVERITY,
                    "remediation": {"type": "string"},
                },
            },
        },
        "checklist": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "items": {
                    "type": "array",
                    "description": "extra items, or overrides of built-in ones by id",
                    "items": {
                        "type": "object",
                        "additionalProperties": False,
                        "required": ["id"],
                        "properties": {
                            "id": {"type": "string", "pattern": r"^[a-z0-9-]+$"},
                            "section": {"type": "string"},
                            "title": {"type": "string"},
                            "manual_evidence": {"type": "string"},
                            "required": {"type": "boolean"},
                            "attestation_days": {"type": "integer", "minimum": 1},
                        },
                    },
                },
                "optional": {**_ITEM_LIST, "description": "items that never block the verdict"},
            },
        },
        "policy": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "fail_on": {"enum": ["fail", "warn"], "default": "fail"},
                "block_on_manual": {"type": "boolean", "default": True,
                                    "description": "an unattested manual item on a required row blocks the gate"},
                "block_on_error": {"type": "boolean", "default": True},
                "block_on_skipped": {"type": "boolean", "default": False,
                                     "description": "a required item nobody could look at (`skipped`) blocks the gate"},
                "cpu_limits": {"enum": ["required", "recommended", "discouraged"], "default": "recommended"},
                "public_paths": {**_STR_LIST, "description": "API paths that may be unauthenticated (globs)"},
                "allow_catch_all_ingress": {"type": "boolean", "default": False},
                "min_replicas": {"type": "integer", "minimum": 1, "default": 2},
                "attestations_file": {"type": "string", "default": ".deploycheck/attestations.yaml"},
            },
        },
        "environments": {
            "type": "object",
            "description": "live targets for `deploycheck verify --env NAME`; secrets only by env var name",
            "additionalProperties": {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "url": {"type": "string", "format": "uri"},
                    "kube_context": {"type": "string"},
                    "kubeconfig": {"type": "string"},
                    "namespace": {"type": "string"},
                    "db_url_env": {"type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$"},
                    "prometheus_url": {"type": "string", "format": "uri"},
                    "registry": {"type": "string"},
                    "registry_auth_env": {"type": "string"},
                    "token_env": {"type": "string", "description": "env var with a valid bearer token"},
                    "oidc_issuer": {"type": "string"},
                    "tls_ca_file": {"type": "string"},
                    "allow_http_credentials": {"type": "boolean", "default": False,
                                               "description": "send tokens to a plain-http, non-loopback url"},
                    "pod_access": {"enum": ["auto", "direct", "port-forward"], "default": "auto",
                                   "description": "how live-pod-* checks reach pods: auto (direct inside the "
                                                  "cluster or when pod IPs route, else kubectl port-forward)"},
                    "pod_tls": {
                        "type": "object", "additionalProperties": False,
                        "description": "how live-pod-* checks verify pods that serve HTTPS (HTTPS probes, "
                                       "monitors with scheme https); verification is never turned off",
                        "properties": {
                            "ca_file": {"type": "string", "description": "CA bundle that signs the pods' "
                                                                         "certificates (default: tls_ca_file, "
                                                                         "else the system's)"},
                            "server_name": {"type": "string", "description": "the name the pods' certificates "
                                                                             "carry (default: a monitor's "
                                                                             "tlsConfig.serverName, else "
                                                                             "<service>.<namespace>.svc)"},
                        },
                    },
                    "backups": _BACKUPS,
                    "restore_drill": _RESTORE_DRILL,
                    "values": {**_STR_LIST, "description": "Helm values files this environment deploys with "
                                                           "(layered last); the chart is rendered with them"},
                    # The environment's own values over the top-level sections (config.ENVIRONMENT_SECTIONS).
                    "dependencies": _DEPENDENCIES,
                    "smoke": {"type": "array", "items": _HTTP_REQUEST},
                    "auth": _AUTH,
                    "performance": _PERFORMANCE,
                    "probes": _PROBES,
                    "required": _ITEM_LIST,
                    "optional": _ITEM_LIST,
                    "fail_on": {"enum": ["fail", "warn"]},
                },
            },
        },
        "smoke": {"type": "array", "items": _HTTP_REQUEST},
        "probes": _PROBES,
        "performance": _PERFORMANCE,
        "dependencies": _DEPENDENCIES,
        "tests": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "junit": _STR_LIST,
                "coverage": _STR_LIST,
                "coverage_threshold": {"type": "number", "minimum": 0, "maximum": 100, "default": 80},
                "commands": {"type": "object", "additionalProperties": {"type": "string"}},
                "timeout_s": {"type": "number", "default": 900},
            },
        },
        "docs": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "readme_sections": _STR_LIST,
                "runbook": {"type": "string"},
                "comment_threshold": {"type": "number", "minimum": 0, "maximum": 100, "default": 60},
            },
        },
        "feature_flags": {
            "type": "object",
            "additionalProperties": False,
            "properties": {"files": _STR_LIST, "required": {"type": "boolean", "default": True}},
        },
        "vulnerabilities": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "osv_database": {"type": "string", "description": "directory of OSV records or all.zip files"},
                "osv_api": {"type": "string", "format": "uri"},
                "package_index": {"type": "string", "format": "uri"},
                "npm_registry": {"type": "string", "format": "uri"},
                "ignore": _STR_LIST,
            },
        },
        "database": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "engine": {"enum": ["postgresql", "mysql", "none"]},
                "migrations": {"type": "string", "description": "path of the migration tree"},
                "tool": {"enum": ["alembic", "django", "flyway", "golang-migrate", "darwin", "liquibase",
                                  "activerecord", "sqlx", "prisma", "doctrine"]},
            },
        },
        "auth": _AUTH,
        "code_review": {
            "type": "object",
            "additionalProperties": False,
            "description": "ask the forge which pull/merge request brought each commit and who approved it",
            "properties": {
                "forge": {"enum": ["github", "gitlab"]},
                "repository": {"type": "string",
                               "description": "owner/name (GitHub) or group/project (GitLab); default: "
                                              "$GITHUB_REPOSITORY or $CI_PROJECT_PATH"},
                "api_url": {"type": "string",
                            "description": "API base URL; default: $GITHUB_API_URL / $CI_API_V4_URL, else "
                                           "https://api.github.com or https://gitlab.com/api/v4"},
                "token_env": {"type": "string",
                              "description": "environment variable holding the API token (default GITHUB_TOKEN "
                                             "or GITLAB_TOKEN)"},
            },
        },
        "limits": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "max_file_mb": {"type": "number", "exclusiveMinimum": 0, "maximum": 10240, "default": 10},
                "helm_timeout_s": {"type": "number", "exclusiveMinimum": 0, "maximum": 3600, "default": 30,
                                   "description": "CPU seconds one Helm render or lint may use"},
                "helm_memory_mb": {"type": "integer", "minimum": 256, "maximum": 65536, "default": 1536,
                                   "description": "address space of the Helm render process"},
                "helm_output_mb": {"type": "integer", "minimum": 1, "maximum": 4096, "default": 64,
                                   "description": "largest rendered output of one chart"},
            },
        },
    },
}
