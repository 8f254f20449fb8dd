"""Live readers of running systems (verify only), one module per system.

Probes never judge and never raise for a misbehaving target: unreachable hosts, refused
connections, TLS errors, timeouts and garbage answers come back as data (an `error` string naming
the target) so the checks can turn them into clear findings. They only contact the targets the
user named (`--url`, `--prometheus-url`, `environments:`, declared `dependencies:`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

NEEDS_URL = "needs --url (or `url:` in the chosen environment)"
LIVE_EXTRA_HINT = "install the live extra: pip install 'deploycheck[live]'"


class ProbeUnavailable(Exception):
    """A library the probe needs is not installed; checks report `skipped` with the hint."""


def require(module: str) -> None:
    """Fail early, with the install hint, when an optional live dependency is missing."""
    import importlib.util

    if importlib.util.find_spec(module) is None:
        raise ProbeUnavailable(f"needs the Python package {module!r}: {LIVE_EXTRA_HINT}")


def guarded(fn: Any) -> Any:
    """Wrap a live check so a missing optional library becomes `skipped` with the install hint."""
    import functools

    @functools.wraps(fn)
    def wrapper(ctx: Any) -> Iterator[Any]:
        from deploycheck.checks.registry import skipped

        try:
            yield from fn(ctx)
        except ProbeUnavailable as exc:
            yield skipped(str(exc))

    return wrapper
