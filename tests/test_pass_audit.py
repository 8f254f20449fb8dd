"""Passes of required items' checks that were not earned (pass-audit, 2026-11-29 night): each test is built from
real lines and fails on the code before its fix."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

# --- logging/stdout: file appenders in the logging configuration files ------------------------------------------

SPRING_APP = ("package com.macro.mall;\n\n@SpringBootApplication\npublic class MallAdminApplication {\n"
              "    public static void main(String[] args) {\n"
              "        SpringApplication.run(MallAdminApplication.class, args);\n    }\n"
              "}\n")
# macrozheng/mall-swarm mall-admin/src/main/resources/logback-spring.xml, as committed (comments translated)
MALL_LOGBACK = """\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE configuration>
<configuration>
    <include resource="org/springframework/boot/logging/logback/defaults.xml"/>
    <include resource="org/springframework/boot/logging/logback/console-appender.xml"/>
    <!--application name-->
    <property name="APP_NAME" value="mall-admin"/>
    <property name="LOG_FILE_PATH" value="${LOG_FILE:-${LOG_PATH:-${LOG_TEMP:-${java.io.tmpdir:-/tmp}}}/logs}"/>
    <contextName>${APP_NAME}</contextName>
    <!--an appender writing a log file per day-->
    <appender name="FILE" class="ch.qos.logback.core.rolling.RollingFileAppender">
        <rollingPolicy class="ch.qos.logback.core.rolling.TimeBasedRollingPolicy">
            <fileNamePattern>${LOG_FILE_PATH}/${APP_NAME}-%d{yyyy-MM-dd}.log</fileNamePattern>
            <maxHistory>30</maxHistory>
        </rollingPolicy>
        <encoder>
            <pattern>${FILE_LOG_PATTERN}</pattern>
        </encoder>
    </appender>
    <appender name="LOGSTASH" class="net.logstash.logback.appender.LogstashTcpSocketAppender">
        <destination>localhost:4560</destination>
        <encoder charset="UTF-8" class="net.logstash.logback.encoder.LogstashEncoder"/>
    </appender>
    <root level="INFO">
        <appender-ref ref="CONSOLE"/>
        <appender-ref ref="FILE"/>
        <appender-ref ref="LOGSTASH"/>
    </root>
</configuration>
"""


def _stdout(root: Path) -> list[tuple[Status, str | None, int | None]]:
    return [(f.status, f.location.path if f.location else None, f.location.line if f.location else None)
            for f in findings(scan(root, only=("logging/stdout",)), "logging/stdout")]


def test_a_logback_file_appender_under_root_writes_logs_to_a_file(tmp_path: Path) -> None:
    write(tmp_path, {"mall-admin/src/main/java/com/macro/mall/MallAdminApplication.java": SPRING_APP,
                     "mall-admin/src/main/resources/logback-spring.xml": MALL_LOGBACK})
    assert _stdout(tmp_path) == [(Status.FAIL, "mall-admin/src/main/resources/logback-spring.xml", 11)]
    # the same appender that nothing references, commented out, or referenced in a development profile only: no file
    unused = MALL_LOGBACK.replace('        <appender-ref ref="FILE"/>\n', '        <!--<appender-ref ref="FILE"/>-->\n')
    write(tmp_path / "unused", {"src/main/java/App.java": SPRING_APP, "src/main/resources/logback-spring.xml": unused})
    assert [s for s, _, _ in _stdout(tmp_path / "unused")] == [Status.PASS]
    dev = unused.replace("</configuration>", '    <springProfile name="dev | local">\n'
                                              '        <root level="DEBUG"><appender-ref ref="FILE"/></root>\n'
                                              '    </springProfile>\n</configuration>')
    write(tmp_path / "dev", {"src/main/java/App.java": SPRING_APP, "src/main/resources/logback-spring.xml": dev})
    assert [s for s, _, _ in _stdout(tmp_path / "dev")] == [Status.PASS]
    # a test resource configures the tests' logging, not the service's
    write(tmp_path / "tests", {"src/main/java/App.java": SPRING_APP,
                               "src/test/resources/logback-test.xml": MALL_LOGBACK})
    assert [s for s, _, _ in _stdout(tmp_path / "tests")] == [Status.PASS]


# A Django settings module's LOGGING (the form of Django's logging documentation: "a file handler ... writes all
# DEBUG logging from the django logger to a local file").
DJANGO_SETTINGS = """\
import os

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {
        "file": {
            "level": "DEBUG",
            "class": "logging.FileHandler",
            "filename": "/path/to/django/debug.log",
        },
    },
    "loggers": {
        "django": {
            "handlers": ["file"],
            "level": "DEBUG",
            "propagate": True,
        },
    },
}
"""
# a logging.conf for logging.config.fileConfig (the form of the Python logging cookbook)
LOGGING_CONF = """\
[loggers]
keys=root

[handlers]
keys=fileHandler

[formatters]
keys=simple

[logger_root]
level=INFO
handlers=fileHandler

[handler_fileHandler]
class=handlers.RotatingFileHandler
args=('/var/log/app/app.log', 'a', 10485760, 5)
formatter=simple

[formatter_simple]
format=%(asctime)s %(levelname)s %(message)s
"""


def test_python_logging_configurations_with_a_file_handler(tmp_path: Path) -> None:
    write(tmp_path / "django", {"shop/settings.py": DJANGO_SETTINGS})
    assert _stdout(tmp_path / "django") == [(Status.FAIL, "shop/settings.py", 9)]
    write(tmp_path / "ini", {"app/main.py": "import logging.config\nlogging.config.fileConfig('logging.conf')\n",
                             "logging.conf": LOGGING_CONF})
    assert _stdout(tmp_path / "ini") == [(Status.FAIL, "logging.conf", 15)]
    stream = LOGGING_CONF.replace("class=handlers.RotatingFileHandler", "class=StreamHandler")
    write(tmp_path / "stream", {"app/main.py": "import logging.config\nlogging.config.fileConfig('logging.conf')\n",
                                "logging.conf": stream})
    assert [s for s, _, _ in _stdout(tmp_path / "stream")] == [Status.PASS]

