"""Feature flags: an OpenFeature flagd-format file, overridable per flag by FEATURE_<NAME> env vars.

Each flag in flags.json declares description, owner and expiry in its metadata so stale flags are
visible (deploycheck warns after the expiry date).
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)


class Flags:
    """Boolean flags from a flagd JSON file; an env var FEATURE_<NAME> wins when set."""

    def __init__(self, path: str | Path) -> None:
        """Load the flag file; a missing or broken file leaves every flag at its default (off)."""
        self.defaults: dict[str, bool] = {}
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            log.warning("feature flag file unreadable, all flags off", extra={"path": str(path), "error": str(exc)})
            return
        for name, spec in data.get("flags", {}).items():
            variants = spec.get("variants", {})
            enabled = spec.get("state") == "ENABLED"
            self.defaults[name] = bool(enabled and variants.get(spec.get("defaultVariant")))

    def enabled(self, name: str) -> bool:
        """Whether flag `name` (e.g. "inventory-check") is on."""
        env = os.environ.get("FEATURE_" + name.upper().replace("-", "_"))
        if env is not None:
            return env.strip().lower() in ("1", "true", "on", "yes")
        return self.defaults.get(name, False)
