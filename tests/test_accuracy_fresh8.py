"""What the fresh repositories api-platform-demo (api-platform/demo) and laa-crime-application-store
(ministryofjustice/laa-crime-application-store) showed (acc-fresh8, 2026-11-29 night). Each test fails on the code
before its fix; the other fixes of the same measure are tested beside their rules (test_dockerfile.py,
test_facts_checks.py, test_peer_rules.py, test_secret_accuracy.py, test_codebase_suites.py,
test_database_migrations.py)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

# --- logging/structured: Symfony's Monolog configuration with a JSON formatter (a false alarm) --------------------

# api-platform-demo api/config/packages/monolog.yaml (trimmed): production handlers write JSON to stderr
MONOLOG_YAML = """monolog:
    channels:
        - deprecation

when@prod:
    monolog:
        handlers:
            main:
                type: fingers_crossed
                action_level: error
                handler: nested
            nested:
                type: stream
                path: php://stderr
                level: debug
                formatter: monolog.formatter.json
"""


def test_a_monolog_handler_with_the_json_formatter_is_structured_logging(tmp_path: Path) -> None:
    write(tmp_path, {"api/config/packages/monolog.yaml": MONOLOG_YAML,
                     "pwa/config/entrypoint.ts": "export const ENTRYPOINT = process.env.NEXT_PUBLIC_ENTRYPOINT;\n"})
    [f] = findings(scan(tmp_path, only=("logging/structured",)), "logging/structured")
    assert f.status is Status.PASS and "monolog.formatter.json" in f.message
    assert f.location is not None and (f.location.path, f.location.line) == ("api/config/packages/monolog.yaml", 16)


def test_a_monolog_configuration_without_a_json_formatter_is_not_structured(tmp_path: Path) -> None:
    write(tmp_path, {"api/config/packages/monolog.yaml": MONOLOG_YAML.replace("formatter: monolog.formatter.json",
                                                                              "channels: ['!event']"),
                     "pwa/config/entrypoint.ts": "export const ENTRYPOINT = process.env.NEXT_PUBLIC_ENTRYPOINT;\n"})
    [f] = findings(scan(tmp_path, only=("logging/structured",)), "logging/structured")
    assert f.status is Status.FAIL
