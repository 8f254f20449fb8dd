"""What the fresh repositories nodejs-demoapp (benc-uk/nodejs-demoapp) and fala (ministryofjustice/fala) showed
(acc-fresh10, 2026-11-29 late). Each test fails on the code before its fix; the other fixes of the same measure are
tested beside their rules (test_kubernetes_helm.py: a chart's values/ folder; test_kubernetes_manifests.py: the
ServiceAccount a rendering's values file declares external; test_facts_configuration.py: tested process.env reads)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

# --- logging/structured: a JSON formatter named by its dotted path in Django's LOGGING (a false alarm) -----------

# fala/settings/base.py (trimmed): the console handler writes logstash JSON to stdout
FALA_LOGGING = '''import sys

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "verbose": {"format": "%(levelname)s %(asctime)s %(module)s %(process)d %(thread)d %(message)s"},
        "simple": {"format": "%(levelname)s %(message)s"},
        "logstash": {"()": "logstash_formatter.LogstashFormatter"},
    },
    "handlers": {
        "console": {"level": "DEBUG", "class": "logging.StreamHandler", "stream": sys.stdout, "formatter": "logstash"}
    },
    "loggers": {"root": {"level": "DEBUG", "handlers": ["console"]}},
}
'''


def test_a_dictconfig_formatter_named_by_its_dotted_path_is_structured_logging(tmp_path: Path) -> None:
    write(tmp_path, {"fala/settings/base.py": FALA_LOGGING, "requirements.txt": "django==6.0.7\n"})
    [f] = findings(scan(tmp_path, only=("logging/structured",)), "logging/structured")
    assert f.status is Status.PASS and "logstash-formatter" in f.message, f.message
    assert f.location is not None and (f.location.path, f.location.line) == ("fala/settings/base.py", 9)


def test_a_plain_dictconfig_formatter_is_not_structured(tmp_path: Path) -> None:
    plain = FALA_LOGGING.replace('"logstash": {"()": "logstash_formatter.LogstashFormatter"},\n', "").replace(
        '"formatter": "logstash"', '"formatter": "verbose"')
    write(tmp_path, {"fala/settings/base.py": plain, "requirements.txt": "django==6.0.7\n"})
    [f] = findings(scan(tmp_path, only=("logging/structured",)), "logging/structured")
    assert f.status is Status.FAIL


def test_the_logstash_formatter_package_is_a_structured_logging_dependency(tmp_path: Path) -> None:
    # fala's requirements/generated/requirements-production.txt pins it (pip-compile output)
    write(tmp_path, {"app.py": "import logging\nlogging.getLogger(__name__).info('x')\n",
                     "requirements.txt": "logstash-formatter==0.5.17\n    # via -r requirements-base.in\n"})
    [f] = findings(scan(tmp_path, only=("logging/structured",)), "logging/structured")
    assert f.status is Status.PASS and "logstash-formatter" in f.message, f.message
