"""What the fresh repositories okteto-movies (okteto/movies) and binderhub (jupyterhub/binderhub) showed (acc-fresh6,
2026-11-29 evening). Each test fails on the code before its fix."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

# --- dockerfile/package-cache-cleaned: Maven's local repository in a single-stage image (a false pass) ----------

# okteto-movies rent/Dockerfile, as committed
RENT_DOCKERFILE = """\
FROM maven:3.9.8-eclipse-temurin-21

WORKDIR /app

# copy the project files
COPY ./pom.xml ./pom.xml


# build all dependencies for offline use
RUN mvn dependency:go-offline -B

# copy the src files
COPY ./src ./src

# build for release
RUN mvn clean package

RUN cp ./target/*.jar app.jar

EXPOSE 8080

ENTRYPOINT ["java", "-jar", "/app/app.jar"]
"""


def _cache_statuses(tmp_path: Path, text: str) -> list[Status]:
    write(tmp_path, {"Dockerfile": text})
    result = scan(tmp_path, only=("dockerfile/package-cache-cleaned",))
    return [f.status for f in findings(result, "dockerfile/package-cache-cleaned")]


def test_maven_in_the_final_stage_leaves_its_repository_in_the_image(tmp_path: Path) -> None:
    assert _cache_statuses(tmp_path, RENT_DOCKERFILE) == [Status.WARN, Status.WARN]


def test_maven_in_a_builder_stage_or_with_a_cache_mount_or_cleanup_passes(tmp_path: Path) -> None:
    multi = RENT_DOCKERFILE.replace("FROM maven:3.9.8-eclipse-temurin-21",
                                    "FROM maven:3.9.8-eclipse-temurin-21 AS build")
    multi = multi.replace('ENTRYPOINT', 'FROM eclipse-temurin:21-jre\nCOPY --from=build /app/app.jar /app/app.jar\n'
                                        'ENTRYPOINT')
    assert _cache_statuses(tmp_path, multi) == [Status.PASS]
    mounted = RENT_DOCKERFILE.replace("RUN mvn", "RUN --mount=type=cache,target=/root/.m2 mvn")
    assert _cache_statuses(tmp_path, mounted) == [Status.PASS]
    cleaned = RENT_DOCKERFILE.replace("RUN mvn dependency:go-offline -B\n", "").replace(
        "RUN mvn clean package", "RUN mvn clean package && rm -rf /root/.m2")
    assert _cache_statuses(tmp_path, cleaned) == [Status.PASS]


def test_gradle_wrapper_in_the_final_stage_is_reported(tmp_path: Path) -> None:
    text = "FROM eclipse-temurin:21-jdk\nWORKDIR /app\nCOPY . .\nRUN ./gradlew build --no-daemon\n" \
           'ENTRYPOINT ["java", "-jar", "build/libs/app.jar"]\n'
    assert _cache_statuses(tmp_path, text) == [Status.WARN]


# --- logging/structured: a JSON formatter on a separate, non-propagating event logger (a false pass) -------------

# binderhub/events.py, the lines that matter: JSON events go to configured handlers only, never to the root's output
EVENTS_PY = '''\
import json
import logging

from pythonjsonlogger import jsonlogger
from traitlets.config import Configurable


class EventLog(Configurable):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)

        self.log = logging.getLogger(__name__)
        # We don't want events to show up in the default logs
        self.log.propagate = False
        self.log.setLevel(logging.INFO)

        if self.handlers_maker:
            self.handlers = self.handlers_maker(self)
            formatter = jsonlogger.JsonFormatter(json_serializer=_skip_fields)
            for handler in self.handlers:
                handler.setFormatter(formatter)
                self.log.addHandler(handler)
'''

# binderhub/app.py: the service's own logging is tornado's plain-text pretty logging
APP_PY = '''\
import logging

import tornado.log


class BinderHub:
    def init_pycurl(self):
        if self.log_level < logging.INFO:
            curl_log = logging.getLogger("tornado.curl_httpclient")
            curl_log.setLevel(logging.INFO)

    def initialize(self):
        tornado.log.enable_pretty_logging()
        self.log = tornado.log.app_log
'''


def _structured(tmp_path: Path, files: dict[str, str]) -> list[tuple[Status, str]]:
    write(tmp_path, files)
    result = scan(tmp_path, only=("logging/structured",))
    return [(f.status, f.message) for f in findings(result, "logging/structured")]


def test_json_only_on_a_non_propagating_event_logger_is_not_the_services_logging(tmp_path: Path) -> None:
    [(status, message)] = _structured(tmp_path, {"binderhub/events.py": EVENTS_PY, "binderhub/app.py": APP_PY,
                                                 "requirements.txt": "python-json-logger\ntornado\n"})
    assert status == Status.FAIL
    assert "binderhub/events.py" in message and "does not propagate" in message


def test_a_json_logger_with_its_own_stdout_handler_is_the_services_logging(tmp_path: Path) -> None:
    own = EVENTS_PY.replace("            self.handlers = self.handlers_maker(self)\n",
                            "            self.handlers = [logging.StreamHandler()]\n")
    [(status, _)] = _structured(tmp_path, {"app/log.py": own, "app/main.py": APP_PY})
    assert status == Status.PASS

