"""The command line: parse arguments, call the engine, render, exit 0 ready / 1 not ready / 2 usage.

argparse rather than typer/click on purpose: `deploycheck --version` must start in a few
milliseconds (bench/README.md), and typer alone costs more to import than the whole budget.
"""

from __future__ import annotations

import contextlib
import sys
from typing import TYPE_CHECKING, Any

from deploycheck import __version__

if TYPE_CHECKING:
    import argparse
    from collections.abc import Iterator
    from pathlib import Path

    from deploycheck.engine import RunResult

EXIT_READY, EXIT_NOT_READY, EXIT_USAGE, EXIT_UPLOAD_FAILED = 0, 1, 2, 3
FORMAT_CHOICES = ("terminal", "json", "sarif", "junit", "markdown", "html")


class UsageError(Exception):
    pass


def _add_run_args(p: argparse.ArgumentParser) -> None:
    from pathlib import Path

    p.add_argument("path", nargs="?", default=".", help="repository to check (default: .)")
    p.add_argument("--config", type=Path, help="config file (default: PATH/.deploycheck.yaml)")
    p.add_argument("-f", "--format", action="append", choices=FORMAT_CHOICES, dest="formats",
                   help="report format; repeat for several (pair each with --output)")
    p.add_argument("-o", "--output", action="append", dest="outputs", type=Path,
                   help="file for the matching --format ('-' for stdout)")
    p.add_argument("--fail-on", choices=("fail", "warn"), help="what blocks the verdict (default: fail)")
    p.add_argument("--only", action="append", default=[], metavar="CHECK_OR_ITEM",
                   help="run only these checks (ids, globs or item ids)")
    p.add_argument("--no-ignores", action="store_true", help="show suppressed findings as if not suppressed")
    p.add_argument("--baseline", type=Path, help="suppress findings recorded in this baseline file")
    p.add_argument("--write-baseline", type=Path, help="write the current findings as a baseline and exit 0")
    p.add_argument("--online", action="store_true", help="allow network lookups (OSV API, package indexes)")
    p.add_argument("--run-tests", action="store_true", help="run the configured test commands (opt-in)")
    p.add_argument("--env", dest="environment", help="environment profile from `environments:` in the config")
    p.add_argument("-v", "--verbose", action="store_true",
                   help="terminal: every finding (not grouped by check) and the suppressed ones")
    p.add_argument("-q", "--quiet", action="store_true", help="terminal: only the verdict line")
    p.add_argument("--no-progress", action="store_true", help="no progress display even on a terminal")
    p.add_argument("--upload", metavar="URL", help="send the JSON report to a deploycheck server "
                   "(token from DEPLOYCHECK_TOKEN); a failed upload is reported on stderr, exit code unchanged")
    p.add_argument("--upload-required", action="store_true", help="exit 3 when --upload fails")


def build_parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(
        prog="deploycheck",
        description="Is this microservice ready to deploy? The 33-item deployment checklist, with evidence.",
    )
    parser.add_argument("--version", action="version", version=f"deploycheck {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    scan = sub.add_parser("scan", help="check a repository statically")
    _add_run_args(scan)

    verify = sub.add_parser("verify", help="scan plus live probes against a deployed environment")
    _add_run_args(verify)
    verify.add_argument("--url", help="base URL of the deployed service")
    verify.add_argument("--kube-context", help="kubeconfig context of the target cluster")
    verify.add_argument("--kubeconfig", help="kubeconfig file")
    verify.add_argument("--namespace", help="namespace of the deployed service")
    verify.add_argument("--db-url-env", help="NAME of the environment variable holding the database URL")
    verify.add_argument("--prometheus-url", help="Prometheus base URL")
    verify.add_argument("--registry", help="registry host[:port] to verify the image against")
    verify.add_argument("--token-env", help="NAME of the environment variable with a valid bearer token")

    checks = sub.add_parser("checks", help="list every check")
    checks.add_argument("--item", help="only checks of this checklist item")
    checks.add_argument("--format", choices=("table", "json", "markdown"), default="table")

    explain = sub.add_parser("explain", help="what a check looks at, why, and how to fix it")
    explain.add_argument("check_id")

    init = sub.add_parser("init", help="write a commented starter .deploycheck.yaml")
    init.add_argument("path", nargs="?", default=".")
    init.add_argument("--force", action="store_true", help="overwrite an existing config")
    init.add_argument("--stdout", action="store_true", help="print instead of writing")

    config = sub.add_parser("config", help="configuration helpers")
    config_sub = config.add_subparsers(dest="config_command", metavar="SUBCOMMAND")
    config_sub.add_parser("schema", help="print the JSON Schema of .deploycheck.yaml")
    validate = config_sub.add_parser("validate", help="validate a config file")
    validate.add_argument("path", nargs="?", default=".")

    schema = sub.add_parser("report-schema", help="print the JSON Schema of the JSON report")
    schema.set_defaults(command="report-schema")

    _add_server_parsers(sub)

    sbom = sub.add_parser("sbom", help="write a CycloneDX JSON SBOM of the locked dependencies")
    sbom.add_argument("path", nargs="?", default=".")
    sbom.add_argument("-o", "--output", type=_path, help="file to write (default: stdout)")
    return parser


def entry() -> int:
    """The `deploycheck` console script and `python -m deploycheck`: main(), then everything the run made is moved
    out of the cyclic collector's reach (gc.freeze) before the interpreter exits. Its final full collection walked
    every object of the run once more, 0.2-0.3 s CPU of a corpus scan (bench/README.md) to free memory the OS takes
    back a moment later anyway. In-process callers (the tests, the accuracy runner) call main(), which leaves the
    collector as it is.

    The young generation is collected every 50,000 allocations instead of 700 for the whole process (the engine
    takes at least 20,000 while it runs, engine.run): importing the checks and rendering the report allocate hundreds
    of thousands of objects in few cycles, and the default made ~45 young collections of a corpus scan outside the
    engine (~8 ms CPU, bench/README.md "Corpus speed (perf-corpus6)"). At 20,000 the imports of a Kubernetes scan
    still passed it once (a 4.5 ms collection walking the new modules' functions and classes, which found ~700
    objects) and the report's rendering once more (2 ms, nothing found): at 50,000 a corpus scan makes none, as its
    sources are frozen as they are built (Context.use). Cycles are still collected.

    A scan's result is kept to the end (_keep) and the process then ends without tearing the interpreter down
    (_exit_now) when nothing would run in that teardown: freeing the run's objects one by one, when `_run` returned
    and again when the interpreter cleared its modules, touched every object once more for memory the OS takes back
    at once (3-5 % of a corpus scan's CPU, bench/README.md "perf-corpus11"). Otherwise atexit handlers and
    finalizers run as they always did."""
    import gc

    from deploycheck import startup_cache

    global _keep
    # the threshold first: reading the startup cache (thousands of entries) and the imports install() makes passed
    # the default 700 eight times (test_performance's no-young-collection test, .ci/run on 760a1283)
    gc.set_threshold(50_000, *gc.get_threshold()[1:])
    startup_cache.install()
    _reuse_large_buffers()
    _keep = []
    code = main()
    startup_cache.save()
    gc.freeze()
    if _keep:
        _exit_now(code)
    return code


LARGE_BUFFER = 16 * 1024 * 1024


def _reuse_large_buffers() -> None:
    """Lets the C allocator reuse the memory of large buffers. glibc serves a request of 128 KB or more with a mapping
    of its own and unmaps it when it is freed, so each large buffer of a scan (file texts, the schemas' definitions,
    jsonschema-rs's validators, the report's text) was new memory, every page of it a page fault. glibc raises that
    threshold to the size of a freed mapping (up to 32 MB, keeping twice as much free at the heap's top): a 16 MB
    buffer, allocated and freed at once, does it. os.read of /dev/null allocates the buffer and fills none of it (no
    page is touched). A corpus scan: 22,665 -> 20,984 page faults, the same peak memory (bench/README.md,
    perf-corpus13). Elsewhere (another C library) it is one allocation freed."""
    import os

    try:
        fd = os.open(os.devnull, os.O_RDONLY)
    except OSError:
        return
    try:
        os.read(fd, LARGE_BUFFER)
    except OSError:
        pass
    finally:
        os.close(fd)


# The results of the scans of this process, kept alive until it exits, when entry() (the console script) runs it;
# None for in-process callers of main(), whose results are freed as usual.
_keep: list[Any] | None = None


def _exit_now(code: int) -> None:
    """Ends the process with `code` once its output is flushed, without the interpreter's teardown, when nothing
    would run in that teardown: no atexit handler, no thread besides this one. Otherwise (or when a flush fails:
    the interpreter's exit then reports it as it always did) it returns, and the caller exits as usual."""
    import atexit
    import os
    import threading

    count = getattr(atexit, "_ncallbacks", None)
    if count is None or count() or threading.active_count() > 1:
        return
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        return
    os._exit(code)


def main(argv: list[str] | None = None) -> int:
    args_list = sys.argv[1:] if argv is None else argv
    if args_list == ["--version"]:
        # The commonest health check of a CLI; answer it before importing argparse and friends.
        print(f"deploycheck {__version__}")
        return EXIT_READY
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return _dispatch(args, parser)
    except BrokenPipeError:
        return _closed_stdout()


def _dispatch(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    try:
        if args.command in ("scan", "verify"):
            return _run(args)
        if args.command == "checks":
            return _checks(args)
        if args.command == "explain":
            return _explain(args.check_id)
        if args.command == "init":
            return _init(args)
        if args.command == "config":
            return _config(args, parser)
        if args.command == "sbom":
            return _sbom(args)
        if args.command == "gate":
            return _gate(args)
        if args.command == "serve":
            try:
                from deploycheck_server.cli import serve
            except ImportError as exc:  # the `server` extra is not installed
                raise UsageError(f"serve needs the server extra: pip install 'deploycheck[server]' ({exc})") from None
            return serve(args)
        if args.command == "report-schema":
            from deploycheck.schemas import report_schema_text

            sys.stdout.write(report_schema_text())
            return EXIT_READY
        parser.print_help()
        return EXIT_USAGE
    except UsageError as exc:
        print(f"deploycheck: error: {_outside_the_report(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("deploycheck: interrupted", file=sys.stderr)
        return 130
    finally:
        parallel = sys.modules.get("deploycheck.parallel")
        if parallel is not None:
            parallel.drop_prefetch()  # manifests parsed ahead for a run that stopped before reading them
        sys.stdout.flush()  # a closed pipe raises here, inside main's BrokenPipeError handler


def _closed_stdout() -> int:
    """The reader went away (`deploycheck checks --format json | head`): stop quietly like other CLIs.
    stdout is pointed at /dev/null so the interpreter's final flush does not raise again."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return EXIT_READY


def _outside_the_report(text: str) -> str:
    """Masks the environment's credentials (and secret shapes) in a line printed outside the report; the
    report itself passes the engine's choke point (redact.py)."""
    from deploycheck.redact import for_environment
    from deploycheck.reports.common import visible

    return visible(for_environment().text(text))


def _load_config(root: Path, explicit: Path | None, early: Any = None) -> Any:
    from deploycheck.config import ConfigError, load_config

    if explicit is not None and not explicit.is_file():
        raise UsageError(f"config file {explicit} does not exist")
    try:
        # `early` runs before the config is validated and before the check modules are imported below
        config = load_config(root, explicit, early)
    except ConfigError as exc:
        raise UsageError(str(exc)) from None
    from deploycheck.engine import config_check_problems

    problems = config_check_problems(config)
    if problems:
        raise UsageError("invalid configuration:\n  " + "\n  ".join(problems))
    return config


def _targets(args: argparse.Namespace, config: Any) -> dict[str, Any]:
    from deploycheck.config import ENVIRONMENT_SECTIONS

    targets: dict[str, Any] = {}
    if args.environment:
        if args.environment not in config.environments:
            known = ", ".join(sorted(config.environments)) or "none defined"
            raise UsageError(f"unknown environment {args.environment!r} (known: {known})")
        targets.update({k: v for k, v in config.environments[args.environment].items()
                        if k not in ("required", "optional", "fail_on", *ENVIRONMENT_SECTIONS)})
    for name in ("url", "kube_context", "kubeconfig", "namespace", "db_url_env", "prometheus_url", "registry",
                 "token_env"):
        value = getattr(args, name, None)
        if value:
            targets[name] = value
    return targets


def _run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from deploycheck.context import Options

    root = Path(args.path)
    if not root.exists():
        raise UsageError(f"path {root} does not exist")
    if not root.is_dir():
        raise UsageError(f"path {root} is not a directory")
    try:
        str(root.resolve()).encode("utf-8")
    except UnicodeEncodeError:  # undecodable bytes in the name: no UTF-8 report could hold the path
        shown = str(root).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        raise UsageError(f"path {shown} is not valid UTF-8; rename it to scan it") from None
    def parse_ahead(config: Any) -> None:  # on the second core while the checks are imported (parallel.py)
        if args.command == "scan":
            from deploycheck.parallel import prefetch_manifests

            prefetch_manifests(root, config, args.environment)

    config = _load_config(root, args.config, parse_ahead)
    _check_selectors(config, args.only)
    formats = args.formats or ["terminal"]
    outputs = args.outputs or []
    if len(outputs) > len(formats):
        raise UsageError("more --output paths than --format options")
    # Before a long scan, not after it: an output into a folder that does not exist is a typo.
    for out in [*outputs, *([args.write_baseline] if args.write_baseline else [])]:
        if str(out) != "-" and not (out.parent if str(out.parent) else Path(".")).is_dir():
            raise UsageError(f"cannot write {out}: directory {out.parent} does not exist")
    baseline = None
    if args.baseline:
        from deploycheck.engine import load_baseline

        try:
            baseline = load_baseline(args.baseline)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise UsageError(f"cannot read baseline {args.baseline}: {exc}") from None
    options = Options(mode=args.command, environment=args.environment, online=args.online,
                      run_tests=args.run_tests, no_ignores=args.no_ignores, targets=_targets(args, config))
    result = _run_with_progress(root, config, options, args, baseline)
    if _keep is not None and args.command == "scan":  # (not verify: its probes' resources end with the interpreter)
        _keep.append(result)  # freed by the OS at exit (entry)
    if args.write_baseline:
        import json

        from deploycheck.atomic import WriteError, write_atomic
        from deploycheck.engine import baseline_document

        try:
            write_atomic(args.write_baseline, json.dumps(baseline_document(result.findings), indent=2) + "\n")
        except WriteError as exc:
            raise UsageError(str(exc)) from None
        print(f"wrote baseline with {len(baseline_document(result.findings)['findings'])} findings to "
              f"{args.write_baseline}", file=sys.stderr)
        return EXIT_READY
    _emit(result, formats, outputs, args.verbose, args.quiet)
    if all(i < len(outputs) and str(outputs[i]) != "-" for i in range(len(formats))):
        # Every report went to a file: say the verdict and where the reports are, nothing more.
        from deploycheck.reports.common import verdict_text

        blocking = len(result.report.verdict.reasons)
        summary = f" — {blocking} blocking" if blocking else ""
        print(f"{verdict_text(result.report)}{summary}; wrote {', '.join(str(o) for o in outputs)}")
    code = EXIT_READY if result.report.verdict.ready else EXIT_NOT_READY
    if args.upload:
        from deploycheck.server_client import upload

        sent = upload(result.report.to_dict(), args.upload)
        print(f"deploycheck: upload {'ok' if sent.ok else 'failed'}: {_outside_the_report(sent.message)}",
              file=sys.stderr)
        if not sent.ok and args.upload_required:
            return EXIT_UPLOAD_FAILED
    return code


def _check_selectors(config: Any, only: list[str]) -> None:
    """`--only` values naming no check and no item are typos: running nothing and saying READY would lie."""
    if not only:
        return
    from deploycheck.engine import did_you_mean, known_selectors, unknown_selectors

    unknown = unknown_selectors(config, only)
    if unknown:
        ids, items = known_selectors(config)
        raise UsageError("; ".join(f"--only {value!r} names no check or checklist item"
                                   f"{did_you_mean(value, [*ids, *sorted(items)])}" for value in unknown)
                         + "; `deploycheck checks` lists them")


def _run_with_progress(root: Path, config: Any, options: Any, args: argparse.Namespace, baseline: Any
                       ) -> RunResult:
    """The engine run, with other programs' and libraries' output held back until it ends (then shown on
    stderr): nothing reaches stdout, where a JSON or SARIF report may be going, and nothing overwrites the
    progress line, shown on a terminal: stage N/M, the check, the source or chart being read, elapsed time."""
    from deploycheck.engine import run

    with _stray_output_held() as terminal:
        if args.no_progress or terminal is None:
            return run(root, config, options, only=args.only, fail_on=args.fail_on, baseline=baseline)
        from rich.console import Console

        from deploycheck.redact import configured_env_names, for_environment

        line = _ProgressLine(for_environment(configured_env_names(config, options.targets)).text)
        options.progress, options.stage = line.detail, line.stage
        console = Console(file=terminal)
        with console.status(line, spinner="dots"):
            return run(root, config, options, only=args.only, fail_on=args.fail_on, baseline=baseline)


class _ProgressLine:
    """The progress line's text, rebuilt at each refresh so the elapsed time moves between updates. Text,
    not a markup string: a path like `/x[/]` or a folder named `[link=…]` is shown, never parsed, and
    control characters as \\xNN (no escape sequences reach the terminal). The line is not part of the
    report, so it gets its own pass of the environment's secrets."""

    def __init__(self, redact: Any) -> None:
        import time

        self.redact, self.started = redact, time.monotonic()
        self.step, self.now = "starting", ""

    def stage(self, number: int, of: int, name: str) -> None:
        self.step, self.now = f"{number}/{of} {name}", ""

    def detail(self, message: str) -> None:
        self.now = message

    def __rich__(self) -> Any:
        import time

        from rich.text import Text

        from deploycheck.reports.common import visible

        now = f" · {self.now}" if self.now else ""
        line = visible(self.redact(f"deploycheck {self.step}{now}"))[:160]
        return Text(f"{line} · {time.monotonic() - self.started:.0f}s")


@contextlib.contextmanager
def _stray_output_held() -> Iterator[Any]:
    """File descriptors 1 and 2 point at a temporary file while the engine runs (a tool or C library writing
    there directly cannot be intercepted any other way), Python's sys.stdout at a buffer; both are written
    to stderr, masked, when the run ends. Yields a text stream on the real stderr when it is a terminal
    (for the progress line), else None."""
    import io
    import os
    import tempfile

    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    try:
        saved = {fd: os.dup(fd) for fd in (1, 2)}
    except OSError:  # stdout or stderr closed: nothing to protect, nowhere to show progress
        yield None
        return
    python_out = io.StringIO()
    terminal = os.fdopen(os.dup(saved[2]), "w", encoding="utf-8", errors="replace") if os.isatty(saved[2]) else None
    with tempfile.TemporaryFile() as held:
        try:
            for fd in (1, 2):
                os.dup2(held.fileno(), fd)
            with contextlib.redirect_stdout(python_out):
                yield terminal
        finally:
            for stream in (sys.stdout, sys.stderr):
                with contextlib.suppress(OSError, ValueError):
                    stream.flush()
            for fd, copy in saved.items():
                os.dup2(copy, fd)
                os.close(copy)
            if terminal is not None:
                terminal.close()
            held.seek(0)
            stray = held.read().decode("utf-8", "replace") + python_out.getvalue()
            if stray.strip():
                sys.stderr.write(_outside_the_report(stray).rstrip("\n") + "\n")


def _emit(result: RunResult, formats: list[str], outputs: list[Path], verbose: bool, quiet: bool = False) -> None:
    from deploycheck.reports import render, render_bytes

    for i, fmt in enumerate(formats):
        out = outputs[i] if i < len(outputs) else None
        if out is None or str(out) == "-":
            if fmt == "terminal":
                from rich.console import Console

                from deploycheck.reports.terminal import write

                console = Console(highlight=False)
                _pipe_width(console)
                write(result.report, console, verbose=verbose, quiet=quiet)
            else:
                sys.stdout.write(render(result.report, fmt))
        else:
            from deploycheck.atomic import WriteError, write_atomic

            try:
                # the report's dict is kept with the run's result, freed by the OS at exit: a scan only (_run)
                write_atomic(out, render_bytes(result.report, fmt, _keep or None))
            except WriteError as exc:
                raise UsageError(str(exc)) from None


PIPE_WIDTH = 100


def _pipe_width(console: Any) -> None:
    """Pipes and CI logs have no width: COLUMNS when set (rich reads it), else a readable default."""
    import os

    if not console.is_terminal and not os.environ.get("COLUMNS"):
        console.width = PIPE_WIDTH


def _checks_table(specs: list[Any], width: int) -> list[str]:
    """One row per check: the id never shortened or wrapped (people copy it into `explain`, `--only` and
    ignores), the severity, and the title wrapped under its own column. Hand-laid rather than a rich Table:
    rich pads every cell to the column width (trailing blanks in a pipe) and shortens a column to fit."""
    import textwrap

    id_width = max([len("check"), *(len(s.id) for s in specs)])
    title_at = id_width + 2 + len("critical") + 2
    room = max(20, width - title_at)
    lines = [f"{'check':<{id_width}}  {'severity':<8}  title"]
    for s in specs:
        title = s.title + (" (live: verify only)" if s.live else "")
        wrapped = textwrap.wrap(title, room) or [""]
        lines.append(f"{s.id:<{id_width}}  {s.severity.value:<8}  {wrapped[0]}")
        lines += [" " * title_at + part for part in wrapped[1:]]
    lines += textwrap.wrap(f"{len(specs)} checks. `deploycheck explain ID`: what one needs, why, how to fix; "
                           "`--format json|markdown`: every field.", max(20, width))
    return lines


def _checks(args: argparse.Namespace) -> int:
    from deploycheck.checklist import load_checklist
    from deploycheck.checks.registry import all_checks
    from deploycheck.engine import did_you_mean

    items = [i.id for i in load_checklist().items]
    if args.item and args.item not in items:
        raise UsageError(f"--item {args.item!r} is not a checklist item{did_you_mean(args.item, items)}")
    specs = [s for s in all_checks().values() if not args.item or s.item == args.item]
    if args.format == "json":
        import json

        print(json.dumps([{"id": s.id, "item": s.item, "title": s.title, "severity": s.severity.value,
                           "needs": list(s.needs), "live": s.live, "origin": s.origin} for s in specs], indent=2))
        return EXIT_READY
    if args.format == "markdown":
        from deploycheck.docs import checks_markdown

        sys.stdout.write(checks_markdown(args.item))
        return EXIT_READY
    from rich.console import Console

    console = Console(highlight=False)
    _pipe_width(console)
    sys.stdout.write("\n".join(_checks_table(specs, console.width)) + "\n")
    return EXIT_READY


def _explain(check_id: str) -> int:
    from deploycheck.checks.registry import all_checks

    specs = all_checks()
    spec = specs.get(check_id)
    if spec is None:
        from deploycheck.engine import did_you_mean

        raise UsageError(f"unknown check {check_id!r}{did_you_mean(check_id, specs)}; "
                         "`deploycheck checks` lists them")
    print(f"{spec.id} — {spec.title}")
    print(f"item: {spec.item}    severity: {spec.severity.value}    needs: {', '.join(spec.needs) or '-'}"
          f"{'    (live, verify only)' if spec.live else ''}")
    if spec.rationale:
        print(f"\nWhy\n  {spec.rationale}")
    if spec.remediation:
        print(f"\nHow to fix\n  {spec.remediation}")
    if spec.references:
        print("\nReferences")
        for ref in spec.references:
            print(f"  {ref}")
    print(f"\nSilence it: annotation deploycheck.io/ignore: \"{spec.id}\", "
          f"or `# deploycheck: ignore[{spec.id}] <reason>`")
    return EXIT_READY


def _init(args: argparse.Namespace) -> int:
    from pathlib import Path

    from deploycheck.init import starter_config

    root = Path(args.path)
    if not root.is_dir():
        raise UsageError(f"path {root} is not a directory")
    text = starter_config(root)
    if args.stdout:
        sys.stdout.write(text)
        return EXIT_READY
    target = root / ".deploycheck.yaml"
    if target.exists() and not args.force:
        raise UsageError(f"{target} exists; use --force to overwrite or --stdout to print")
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target}")
    return EXIT_READY


def _config(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from pathlib import Path

    if args.config_command == "schema":
        import json

        from deploycheck.config_schema import CONFIG_SCHEMA

        print(json.dumps(CONFIG_SCHEMA, indent=2))
        return EXIT_READY
    if args.config_command == "validate":
        root = Path(args.path)
        explicit = root if root.is_file() else None
        config = _load_config(root.parent if explicit else root, explicit)
        print(f"{config.display_path}: valid")
        return EXIT_READY
    parser.parse_args(["config", "--help"])
    return EXIT_USAGE


def _add_server_parsers(sub: Any) -> None:
    serve = sub.add_parser("serve", help="run the deploycheck server: history, sign-offs, deploy gate (docs/server.md)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--database-url", help="default: DEPLOYCHECK_DATABASE_URL, else ./deploycheck-server.db")
    serve_sub = serve.add_subparsers(dest="serve_command", metavar="SUBCOMMAND")
    token = serve_sub.add_parser("token", help="API tokens")
    token_sub = token.add_subparsers(dest="token_command", metavar="ACTION")
    create = token_sub.add_parser("create", help="create a token; prints it as the last line")
    create.add_argument("--scopes", required=True, help="comma-separated: upload, read, attest, admin")
    create.add_argument("--name", default="cli", help="who uses it (shown in the audit log and as uploader)")
    listing = token_sub.add_parser("list", help="list tokens (id, name, prefix, scopes; never the token)")
    listing.add_argument("--all", action="store_true", help="include revoked tokens")
    revoke = token_sub.add_parser("revoke", help="revoke a token by id or by the prefix `token list` shows")
    revoke.add_argument("token", metavar="ID_OR_PREFIX")
    gate = sub.add_parser("gate", help="ask a deploycheck server's gate: exit 0 go, 1 no-go or pending")
    gate.add_argument("--server", required=True, help="server URL (token from DEPLOYCHECK_TOKEN, `read` scope)")
    gate.add_argument("--service", required=True)
    gate.add_argument("--environment", required=True)
    gate.add_argument("--version", dest="service_version", required=True, help="tag, commit or image digest")


def _gate(args: argparse.Namespace) -> int:
    from deploycheck.server_client import ask_gate

    answer = ask_gate(args.server, args.service, args.environment, args.service_version)
    print(f"{answer['decision']}: {args.service} {args.service_version} -> {args.environment}"
          + (f" (run {answer['run']})" if answer.get("run") else ""))
    for reason in answer.get("reasons", []):
        print(f"  - {reason}")
    return EXIT_READY if answer["decision"] == "go" else EXIT_NOT_READY


def _path(value: str) -> Path:
    from pathlib import Path

    return Path(value)


def _sbom(args: argparse.Namespace) -> int:
    root = _path(args.path)
    if not root.is_dir():
        raise UsageError(f"path {root} is not a directory")
    try:
        from deploycheck.sbom import run
    except ImportError as exc:  # pragma: no cover - the `sbom` extra is not installed
        raise UsageError(f"SBOM needs cyclonedx-python-lib: pip install 'deploycheck[sbom]' ({exc})") from None
    from deploycheck.atomic import WriteError

    try:
        text, problems = run(root, args.output)
    except WriteError as exc:
        raise UsageError(str(exc)) from None
    for problem in problems:
        print(f"deploycheck: warning: {_outside_the_report(problem)}", file=sys.stderr)
    if args.output is None:
        print(text)
    return EXIT_READY


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
