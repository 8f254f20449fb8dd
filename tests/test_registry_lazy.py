"""`--only` imports only the check modules it needs: the check ids read from the modules' text must be the
registry's own (registry.declared_checks), else a selected check could be left out of a run."""

from __future__ import annotations

import json
import subprocess
import sys

from deploycheck.checks.registry import all_checks, declared_checks


def test_ids_read_from_the_sources_are_the_registrys() -> None:
    read = declared_checks()
    assert read is not None
    declared, dynamic = read
    registry = {cid: spec for cid, spec in all_checks(load_plugins=False).items() if spec.origin == "builtin"}
    for cid, module in declared.items():
        assert cid in registry and registry[cid].fn.__module__ == module, cid
    # what the text does not show comes from the modules that are always imported
    unread = {registry[cid].fn.__module__ for cid in set(registry) - set(declared)}
    assert unread <= set(dynamic), unread


_CHILD = """
import json, sys
from pathlib import Path
from deploycheck.config import load_config
from deploycheck.context import Options
from deploycheck.engine import known_selectors, select_checks
config = load_config(Path("."))
only = sys.argv[1:]
lazy = [s.id for s in select_checks(config, Options(), only)]
modules = sorted(m for m in sys.modules if m.startswith("deploycheck.checks."))
ids, items = known_selectors(config)
from deploycheck.checks.registry import all_checks
all_checks()
full = [s.id for s in select_checks(config, Options(), only)]
print(json.dumps({"lazy": lazy, "full": full, "modules": modules, "ids": ids, "all": list(all_checks())}))
"""


def test_only_imports_the_modules_of_the_selected_checks(tmp_path: object) -> None:
    only = ["health-probes", "secrets-management/literal-env", "manifests/s*"]
    out = subprocess.run([sys.executable, "-c", _CHILD, *only], capture_output=True, text=True, check=True,
                         cwd=str(tmp_path)).stdout
    got = json.loads(out)
    assert got["lazy"] == got["full"] and "secrets-management/literal-env" in got["lazy"]
    assert any(cid.startswith("health-probes/") for cid in got["lazy"])
    assert "deploycheck.checks.codebase.readme" not in got["modules"]  # nothing selected there
    assert "deploycheck.checks.codebase.testing" not in got["modules"]  # its loop's ids are read from CHECK_IDS
    assert got["ids"] == got["all"]  # --only and config validation still know every check
