"""Published JSON Schema of the JSON report (`deploycheck report-schema`)."""

from __future__ import annotations

import json
from typing import Any

from deploycheck.model import SCHEMA_VERSION, Severity, Status

_LOCATION = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "path": {"type": "string"},
        "line": {"type": "integer", "minimum": 1},
        "column": {"type": "integer", "minimum": 1},
        "object": {
            "type": "object",
            "required": ["kind", "name"],
            "properties": {"kind": {"type": "string"}, "name": {"type": "string"},
                           "namespace": {"type": "string"}, "api_version": {"type": "string"}},
        },
        "container": {"type": "string"},
        "url": {"type": "string"},
        "origin": {"type": "string"},
    },
}
_STATUS = {"enum": [s.value for s in Status]}
_FINDING = {
    "type": "object",
    "required": ["check_id", "item", "status", "severity", "message", "fingerprint"],
    "additionalProperties": False,
    "properties": {
        "check_id": {"type": "string"},
        "item": {"type": "string"},
        "status": _STATUS,
        "severity": {"enum": [s.value for s in Severity]},
        "message": {"type": "string"},
        "fingerprint": {"type": "string", "pattern": "^[0-9a-f]{16}$"},
        "location": _LOCATION,
        "evidence": {"type": "object"},
        "remediation": {"type": "string"},
        "suppressed": {
            "type": "object",
            "required": ["kind"],
            "properties": {"kind": {"enum": ["annotation", "inline", "config", "baseline"]},
                           "reason": {"type": "string"}, "source": {"type": "string"},
                           "expires": {"type": "string"}},
        },
    },
}
REPORT_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": f"https://deploycheck.dev/schemas/report-{SCHEMA_VERSION}.schema.json",
    "title": "deploycheck JSON report",
    "type": "object",
    "required": ["schema_version", "tool", "target", "mode", "verdict", "summary", "items"],
    "additionalProperties": False,
    "properties": {
        "schema_version": {"const": SCHEMA_VERSION},
        "tool": {"type": "object", "required": ["name", "version"]},
        "target": {"type": "string"},
        "service": {"type": ["string", "null"], "description": "config `service:`, else the repository's name"},
        "version": {
            "type": "object",
            "description": "what is being deployed: git commit and release tag of HEAD, image references in the "
                           "manifests; `label` is the tag, else the short commit",
            "properties": {
                "commit": {"type": ["string", "null"]},
                "tag": {"type": ["string", "null"]},
                "label": {"type": ["string", "null"]},
                "images": {"type": "array", "items": {
                    "type": "object", "required": ["image"],
                    "properties": {"image": {"type": "string"}, "tag": {"type": "string"},
                                   "digest": {"type": "string"}}}},
            },
        },
        "environment": {"type": ["string", "null"], "description": "`verify --env`; null for scan"},
        "team": {"type": ["string", "null"], "description": "config `team:`"},
        "mode": {"enum": ["scan", "verify"]},
        "started_at": {"type": "string"},
        "duration_s": {"type": "number", "minimum": 0},
        "verdict": {
            "type": "object",
            "required": ["ready", "reasons", "fail_on"],
            "properties": {"ready": {"type": "boolean"}, "reasons": {"type": "array", "items": {"type": "string"}},
                           "fail_on": {"enum": ["fail", "warn"]},
                           "environment": {"type": ["string", "null"]},
                           "caveats": {"type": "array", "items": {"type": "string"}}},
        },
        "summary": {"type": "object", "additionalProperties": {"type": "integer"}},
        "notices": {"type": "array", "items": {"type": "string"}},
        "items": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["item", "section", "title", "status", "required", "findings"],
                "properties": {
                    "item": {"type": "string"},
                    "section": {"type": "string"},
                    "title": {"type": "string"},
                    "status": _STATUS,
                    "required": {"type": "boolean"},
                    "summary": {"type": "string"},
                    "manual_evidence": {"type": "string"},
                    "attestation": {"type": "object", "required": ["item", "by", "date"]},
                    "findings": {"type": "array", "items": _FINDING},
                },
            },
        },
    },
}


def report_schema_text() -> str:
    return json.dumps(REPORT_SCHEMA, indent=2) + "\n"
