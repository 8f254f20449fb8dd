"""The run context checks ask for what they need.

Sources are plain functions `loader(ctx) -> T`; `ctx.use(loader)` runs each at most once per run
and caches the result, so any number of checks can share one parse and no central registry of
sources needs editing when a source is added.
"""

from __future__ import annotations

import gc
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from deploycheck.config import Config
    from deploycheck.sources.files import FileIndex

T = TypeVar("T")


@dataclass
class Options:
    """How the run was asked for: mode, environment, network and test runs, ignores, live targets, progress."""
    mode: str = "scan"  # scan | verify
    environment: str | None = None
    online: bool = False
    run_tests: bool = False
    no_ignores: bool = False
    # Live targets (verify); None means "not given", and live checks then say `skipped`.
    targets: dict[str, Any] = field(default_factory=dict)
    # What the run is doing, for a progress display: `progress` the current source, chart or request,
    # `stage` (n, of, check id) before each check. None: nobody watches (a pipe, CI), nothing is built.
    progress: Callable[[str], None] | None = None
    stage: Callable[[int, int, str], None] | None = None


class Context:
    def __init__(self, root: Path, config: Config, options: Options | None = None) -> None:
        self.root = root.resolve()
        self.config = config
        self.options = options or Options()
        self._cache: dict[Callable[..., Any], Any] = {}
        # str(ObjectRef) -> (check-id patterns, reason); filled by the Kubernetes source from
        # `deploycheck.io/ignore` annotations, read by the engine's suppressor.
        self.object_ignores: dict[str, tuple[list[str], str | None]] = {}
        # DEPLOYCHECK_PROFILE=1: seconds per source, self time (nested sources excluded); the engine
        # prints them with the per-check times to stderr. None when off, so `use` stays one dict lookup.
        self.timings: dict[str, float] | None = {} if os.environ.get("DEPLOYCHECK_PROFILE") else None
        self._nested: list[float] = []
        # Set by engine.run, which unfreezes when the run ends (see `use`).
        self.freeze_results = False
        # Work started in the background when the run begins (worker processes, keyed by what they compute),
        # collected by the source that needs it (sources/testsuites.start_test_count).
        self.background: dict[str, Any] = {}
        # The production view of a walk another process made with the walk (parallel.walked_files), else None.
        self._production: Any = None

    @cached_property
    def all_files(self) -> FileIndex:
        """Every file of the repository (less `exclude:` and deploycheck's own reports): for checks about
        tests and docs, which must see test folders and docs examples."""
        from deploycheck.parallel import walked_files
        from deploycheck.sources.files import FileIndex

        def walk() -> FileIndex:
            walked = walked_files(self.root, self.config)  # the same walk, made by the parse-ahead child
            if walked is not None:
                index, self._production = walked
                return index
            return FileIndex.walk(self.root, max_bytes=self.config.max_file_bytes, exclude=self.config.exclude)

        return self._timed("files.walk", walk)

    @cached_property
    def files(self) -> FileIndex:
        """The production files: vendored, generated, minified, test and docs-example files left out
        (sources/target.py; config `include:` brings files back). What production checks read."""
        all_files = self.all_files
        if self._production is not None:
            return self._production
        return self._timed("files.production", lambda: all_files.production(self.config.include))

    def use(self, loader: Callable[[Context], T]) -> T:
        """The loader's result for this run, computed on first use."""
        try:
            return self._cache[loader]  # type: ignore[no-any-return,unused-ignore]
        except KeyError:
            module = str(getattr(loader, "__module__", "") or "").rsplit(".", 1)[-1]
            name = f"{module}.{getattr(loader, '__qualname__', repr(loader))}"
            if self.options.progress:
                self.options.progress(f"reading {name.lstrip('_')}")
            # A source's result lives for the whole run (on a large repository: millions of objects,
            # syntax trees above all), and every full pass of the cyclic collector walked all of it
            # again: 40-60 % of a 15,000-commit Django service's scan. In an engine run, move what exists now
            # out of the collector's reach; engine.run gives it back (gc.unfreeze) when the run ends.
            # While a source is being built the collector is off as well: it only found what the source was still
            # building (the young collections during the corpus's manifest parse freed nothing, ~10 ms of a
            # corpus scan), and whatever the source leaves is frozen the moment it returns anyway.
            if not self.freeze_results:
                value = self._cache[loader] = self._timed(name, lambda: loader(self))
                return value
            collecting = gc.isenabled()
            gc.disable()
            try:
                value = self._cache[loader] = self._timed(name, lambda: loader(self))
            finally:
                gc.freeze()
                if collecting:
                    gc.enable()
            return value

    def peek(self, loader: Callable[[Context], T]) -> T | None:
        """The loader's result if some check already asked for it, else None (never computes it)."""
        return self._cache.get(loader)  # type: ignore[no-any-return,unused-ignore]

    def _timed(self, name: str, fn: Callable[[], T]) -> T:
        if self.timings is None:
            return fn()
        self._nested.append(0.0)
        t0 = time.perf_counter()
        try:
            return fn()
        finally:
            elapsed = time.perf_counter() - t0
            inner = self._nested.pop()
            if self._nested:
                self._nested[-1] += elapsed
            self.timings[name] = self.timings.get(name, 0.0) + elapsed - inner

    def target(self, name: str) -> Any:
        """A live target (url, kube_context, db_url_env, ...) from the CLI or the chosen environment."""
        return self.options.targets.get(name)

    def progress(self, message: str) -> None:
        if self.options.progress:
            self.options.progress(message)

    def stage(self, number: int, of: int, name: str) -> None:
        if self.options.stage:
            self.options.stage(number, of, name)
        elif self.options.progress:
            self.options.progress(f"{name} ({number}/{of})")
