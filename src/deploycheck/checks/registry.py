"""Check registration: a decorator that records metadata beside the function.

Built-in checks live in one package per checklist section (checks/<section>/, one module per kind
of evidence inside) and are found by importing every module under this package; plugins come
through the `deploycheck.checks` entry point.
"""

from __future__ import annotations

import functools
import importlib
import os
import pkgutil
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from deploycheck.model import Finding, Location, Severity, Status

if TYPE_CHECKING:
    from deploycheck.context import Context

CheckFn = Callable[["Context"], Iterable[Finding]]


@dataclass
class CheckSpec:
    """A registered check: its id, metadata and function."""
    id: str  # "<item>/<slug>"
    item: str
    title: str
    fn: CheckFn
    severity: Severity = Severity.MEDIUM
    needs: tuple[str, ...] = ()  # human words: "kubernetes manifests", "--url", ...
    rationale: str = ""
    remediation: str = ""
    references: tuple[str, ...] = ()
    live: bool = False  # runs only under `verify`
    origin: str = "builtin"  # builtin | config | plugin:<name>
    examples: dict[str, str] = field(default_factory=dict)

    @property
    def slug(self) -> str:
        return self.id.split("/", 1)[1]


_REGISTRY: dict[str, CheckSpec] = {}


def check(
    id: str,
    *,
    title: str,
    severity: Severity | str = Severity.MEDIUM,
    needs: Iterable[str] = (),
    rationale: str = "",
    remediation: str = "",
    references: Iterable[str] = (),
    live: bool = False,
) -> Callable[[CheckFn], CheckFn]:
    item, sep, _ = id.partition("/")
    if not sep:
        raise ValueError(f"check id {id!r} must look like '<item>/<slug>'")

    def register(fn: CheckFn) -> CheckFn:
        if id in _REGISTRY and _REGISTRY[id].fn is not fn:
            raise ValueError(f"duplicate check id {id!r}")
        _REGISTRY[id] = CheckSpec(
            id=id,
            item=item,
            title=title,
            fn=fn,
            severity=Severity(severity),
            needs=tuple(needs),
            rationale=rationale.strip(),
            remediation=remediation.strip(),
            references=tuple(references),
            live=live,
        )
        return fn

    return register


_loaded = False


def all_checks(load_plugins: bool = True) -> dict[str, CheckSpec]:
    """Every registered check, importing the built-in modules (and plugins) on first call."""
    global _loaded
    if not _loaded:
        import deploycheck.checks as package

        for mod in pkgutil.walk_packages(package.__path__, prefix="deploycheck.checks."):
            leaf = mod.name.rsplit(".", 1)[-1]
            if mod.name != __name__ and not leaf.startswith("_"):
                importlib.import_module(mod.name)
        _loaded = True
        if load_plugins:
            _load_plugins()
    return dict(sorted(_REGISTRY.items()))


# `@check("item/slug", ...)` as every built-in check is declared, and any other call of `check(`.
_DECLARED = re.compile(r'@check\(\s*"([^"\\]+)"')
# (The lookbehind follows the literal: a pattern that starts with one is tried at every position of every module,
# 80 ms a run; this one is found by its literal first.)
_CALLS = re.compile(r"check\((?<![\w.]check\()")
# A module that registers checks in a loop writes their ids out: `CHECK_IDS = ("a/b", ...)` at the top level.
# (deploycheck's own check modules only; linear anyway: the tuple stops before a next `CHECK_IDS` line)
_LISTED = re.compile(r"^CHECK_IDS\s*+=\s*+\(((?:(?!^CHECK_IDS\b)[^)])*+)\)", re.M)
_LISTED_ID = re.compile(r'"([^"\\]+)"')


@functools.cache
def declared_checks() -> tuple[dict[str, str], tuple[str, ...]] | None:
    """(check id -> module, modules whose checks cannot be read from their text) of the built-in check
    modules, read from their source without importing them; None when the sources are not there.

    Importing all ~45 check modules (and the sources they import) is ~0.2 s of every run; a run with
    `--only` needs a few of them. A module counts as readable when every `check(` in it is a
    `@check("literal id"` decorator, or when it writes out the ids its loops register as a top-level
    `CHECK_IDS = ("literal id", ...)`; the others (ids built in loops) are always imported.
    tests/test_performance.py holds this reading to the registry's own answer."""
    import deploycheck.checks as package

    base = Path(next(iter(package.__path__)))
    declared: dict[str, str] = {}
    dynamic: list[str] = []
    for folder, dirs, files in os.walk(base):
        dirs[:] = sorted(d for d in dirs if (Path(folder) / d / "__init__.py").is_file())
        parts = Path(folder).relative_to(base).parts
        for name in sorted(files):
            if not name.endswith(".py"):
                continue
            leaf = name[:-3]
            module = ".".join(("deploycheck.checks", *parts, *(() if leaf == "__init__" else (leaf,))))
            if module in ("deploycheck.checks", __name__) or module.rsplit(".", 1)[-1].startswith("_"):
                continue
            try:
                text = (Path(folder) / name).read_text(encoding="utf-8")
            except OSError:
                return None
            ids = _DECLARED.findall(text)
            listed = _LISTED.search(text) if "CHECK_IDS" in text else None
            if listed:
                ids += _LISTED_ID.findall(listed.group(1))
            elif len(ids) != len(_CALLS.findall(text)):
                dynamic.append(module)
            declared.update(dict.fromkeys(ids, module))
    return (declared, tuple(dynamic)) if declared else None


def selected_checks(wanted: Callable[[str], bool]) -> dict[str, CheckSpec]:
    """The registered checks once the modules declaring the checks `wanted` says yes to are imported (with the
    modules that cannot be read, and plugins); every check when the modules cannot be read from source."""
    read = None if _loaded else declared_checks()
    if read is None:
        return all_checks()
    declared, dynamic = read
    modules = sorted({module for cid, module in declared.items() if wanted(cid)} | set(dynamic))
    for module in modules:
        importlib.import_module(module)
    if any(cid not in _REGISTRY for cid, module in declared.items() if module in modules) or any(
            spec.fn.__module__ in modules and spec.fn.__module__ not in dynamic and cid not in declared
            for cid, spec in _REGISTRY.items()):
        # the text and the module disagree (a commented-out decorator, an id missing from CHECK_IDS): import everything
        return all_checks()
    _load_plugins()
    return dict(sorted(_REGISTRY.items()))


def check_ids() -> list[str]:
    """Every check id, built-in and plugin, sorted, importing only the modules whose ids cannot be read."""
    read = None if _loaded else declared_checks()
    if read is None:
        return list(all_checks())
    declared, dynamic = read
    for module in dynamic:
        importlib.import_module(module)
    _load_plugins()
    return sorted(set(declared) | set(_REGISTRY))


_plugin_errors: list[str] = []


def plugin_errors() -> list[str]:
    return list(_plugin_errors)


def _plugins_declared() -> bool:
    """Whether an installed distribution may declare a `deploycheck.checks` entry point.

    importlib.metadata answers that by importing the email package and parsing the metadata of every
    installed distribution: 15-25 ms, paid by every run (most of `scan` of an empty directory after
    the check modules). This looks only where it would for ordinary installs, the `entry_points.txt`
    of each *.dist-info / *.egg-info directory on sys.path; anything it cannot see into (a zip on
    sys.path, a custom distribution finder) answers True so that the full lookup runs.
    """
    import os
    from importlib.machinery import PathFinder

    if any(hasattr(f, "find_distributions") and f is not PathFinder for f in sys.meta_path):
        return True
    for entry in sys.path:
        path = entry or "."
        try:
            names = os.listdir(path)
        except NotADirectoryError:
            return True  # a zip archive on sys.path
        except OSError:
            continue
        for name in names:
            if not name.endswith((".dist-info", ".egg-info")):
                continue
            try:
                with open(os.path.join(path, name, "entry_points.txt"), encoding="utf-8", errors="replace") as fh:
                    if "deploycheck.checks" in fh.read():
                        return True
            except OSError:
                continue
    return False


_plugins_loaded = False


def _load_plugins() -> None:
    global _plugins_loaded
    if _plugins_loaded:
        return
    _plugins_loaded = True
    if not _plugins_declared():
        return
    from importlib.metadata import entry_points

    for ep in entry_points(group="deploycheck.checks"):
        before = set(_REGISTRY)
        try:
            ep.load()  # importing the module registers its checks through @check
        except Exception as exc:  # a broken plugin must not take the run down
            _plugin_errors.append(f"plugin {ep.name!r} ({ep.value}) failed to load: {exc}")
            continue
        for cid in set(_REGISTRY) - before:
            _REGISTRY[cid].origin = f"plugin:{ep.name}"


# --- helpers checks use to build findings (the engine fills in check id, item, severity) ------


def _finding(
    status: Status, message: str, location: Location | None, evidence: Any, remediation: str | None
) -> Finding:
    return Finding(check_id="", status=status, message=message, location=location, evidence=evidence,
                   remediation=remediation)


def passed(message: str, location: Location | None = None, evidence: dict[str, Any] | None = None) -> Finding:
    return _finding(Status.PASS, message, location, evidence, None)


def failed(message: str, location: Location | None = None, evidence: dict[str, Any] | None = None,
           remediation: str | None = None) -> Finding:
    return _finding(Status.FAIL, message, location, evidence, remediation)


def warned(message: str, location: Location | None = None, evidence: dict[str, Any] | None = None,
           remediation: str | None = None) -> Finding:
    return _finding(Status.WARN, message, location, evidence, remediation)


def manual(message: str, location: Location | None = None, evidence: dict[str, Any] | None = None) -> Finding:
    return _finding(Status.MANUAL, message, location, evidence, None)


def skipped(reason: str, location: Location | None = None, evidence: dict[str, Any] | None = None) -> Finding:
    return _finding(Status.SKIPPED, reason, location, evidence, None)


def not_applicable(reason: str, location: Location | None = None) -> Finding:
    return _finding(Status.NA, reason, location, None, None)


def errored(message: str, location: Location | None = None, evidence: dict[str, Any] | None = None) -> Finding:
    return _finding(Status.ERROR, message, location, evidence, None)
