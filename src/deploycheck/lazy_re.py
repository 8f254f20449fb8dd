"""Module-level regexes compiled on first use.

A module's patterns are compiled when it is imported, and a scan imports modules whose patterns it never uses: a
manifest-only scan used none of the 42 in sources/secrets.py (~30 ms of every start). `NAME = deferred("NAME", r"...")`
binds a stand-in to NAME; its first attribute read (`NAME.search`) compiles the pattern and binds the compiled pattern
to NAME in the module, so later reads there cost what a compiled pattern costs (a name imported elsewhere keeps the
stand-in, which answers through the compiled pattern it keeps). tests/test_lazy_re.py compiles every deferred pattern
and holds each to the name it is bound to.
"""

from __future__ import annotations

import re
import sys
from typing import Any, cast

from deploycheck.startup_cache import constant_patterns


class Deferred:
    __slots__ = ("_compiled", "_flags", "_name", "_namespace", "_pattern")

    def __init__(self, namespace: dict[str, Any], name: str, pattern: str, flags: int) -> None:
        self._namespace, self._name, self._pattern, self._flags = namespace, name, pattern, flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        compiled = self._compiled
        if compiled is None:
            with constant_patterns():  # a module's constant: kept between runs (startup_cache)
                compiled = self._compiled = re.compile(self._pattern, self._flags)
            if self._namespace.get(self._name) is self:
                self._namespace[self._name] = compiled
        return compiled

    def __getattr__(self, attr: str) -> Any:
        return getattr(self.compiled(), attr)


DEFERRED: list[Deferred] = []  # every stand-in made, for the test


def deferred(name: str, pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A stand-in for re.compile(pattern, flags), bound by the caller to the module-level `name`."""
    stand_in = Deferred(sys._getframe(1).f_globals, name, pattern, int(flags))
    DEFERRED.append(stand_in)
    return cast("re.Pattern[str]", stand_in)
