"""Feature flag definitions: flagd JSON/YAML files and plain flags files (config `feature_flags.files`,
else `flags.json`/`flags.yaml`/`feature-flags.*`/`*.flagd.json` anywhere).

Both the flagd shape (`{"flags": {key: {state, variants, defaultVariant, metadata: {...}}}}`) and
a plain one (`flags: {key: {description, owner, expires}}` or a list of `{key|name, ...}`) are read;
description/owner/expiry are looked up on the flag and in its `metadata`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from deploycheck.line_numbers import line_at
from deploycheck.sources.files import parse_json

if TYPE_CHECKING:
    from deploycheck.context import Context

DEFAULT_GLOBS = ("flags.json", "flags.yaml", "flags.yml", "feature-flags.json", "feature-flags.yaml",
                 "feature-flags.yml", "featureflags.json", "featureflags.yaml", "feature_flags.yaml",
                 "feature_flags.json", "*.flagd.json", "*.flagd.yaml", "flagd.json", "flagd.yaml")
_EXPIRY_KEYS = ("expiry", "expires", "expiration", "expires_at", "expiresAt", "expiry_date", "removeBy", "remove_by")


@dataclass
class FlagDefinition:
    key: str
    file: str
    line: int | None
    description: str | None
    owner: str | None
    expiry: dt.date | None
    expiry_raw: str | None = None  # set when the value is not a date


@dataclass
class FlagDefinitions:
    flags: dict[str, FlagDefinition] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)  # (file, message)


def _lookup(spec: dict[str, Any], *keys: str) -> Any:
    raw = spec.get("metadata")
    meta: dict[str, Any] = raw if isinstance(raw, dict) else {}
    for source in (spec, meta):
        for key in keys:
            if source.get(key) not in (None, ""):
                return source[key]
    return None


def _definition(key: str, spec: Any, rel: str, text: str) -> FlagDefinition:
    spec = spec if isinstance(spec, dict) else {}
    expiry_value = _lookup(spec, *_EXPIRY_KEYS)
    expiry: dt.date | None = None
    raw: str | None = None
    if isinstance(expiry_value, dt.datetime):
        expiry = expiry_value.date()
    elif isinstance(expiry_value, dt.date):
        expiry = expiry_value
    elif expiry_value is not None:
        try:
            expiry = dt.date.fromisoformat(str(expiry_value)[:10])
        except ValueError:
            raw = str(expiry_value)
    description = _lookup(spec, "description", "desc")
    owner = _lookup(spec, "owner", "owners", "team", "maintainer")
    needle = f'"{key}"' if rel.endswith(".json") else f"{key}:"
    offset = text.find(needle)
    line = line_at(text, offset) if offset >= 0 else None
    return FlagDefinition(key, rel, line, str(description) if description else None,
                          ", ".join(map(str, owner)) if isinstance(owner, list) else (str(owner) if owner else None),
                          expiry, raw)


def _entries(data: Any) -> list[tuple[str, Any]]:
    flags = data.get("flags", data.get("features", data)) if isinstance(data, dict) else data
    if isinstance(flags, dict):
        return [(str(k), v) for k, v in flags.items() if not str(k).startswith("$")]
    if isinstance(flags, list):
        out = []
        for item in flags:
            if isinstance(item, dict) and (item.get("key") or item.get("name")):
                out.append((str(item.get("key") or item.get("name")), item))
        return out
    return []


def flag_definitions(ctx: Context) -> FlagDefinitions:
    from deploycheck.sources.yaml import YamlError, load_one

    section = ctx.config.section("feature_flags") or {}
    configured = list(section.get("files") or [])
    result = FlagDefinitions()
    files = ctx.files.glob(*configured) if configured else ctx.files.glob(*DEFAULT_GLOBS)
    for missing in (p for p in configured if not ctx.files.glob(p)):
        result.problems.append((missing, "configured flags file not found"))
    for rel in files:
        text = ctx.files.read_text(rel)
        if text is None:
            continue
        try:
            data = parse_json(text) if rel.endswith(".json") else load_one(text)
        except (ValueError, YamlError) as exc:
            result.problems.append((rel, f"cannot parse: {getattr(exc, 'message', exc)}"))
            continue
        result.files.append(rel)
        for key, spec in _entries(data):
            result.flags.setdefault(key, _definition(key, spec, rel, text))
    return result
