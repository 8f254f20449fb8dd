"""Which Dockerfile builds the deployed image: CI runner images, local Makefile/script builds, base images (the
lines are the real ones of bench/accuracy's ras-frontstage, laa-check-client-qualifies, laa-apply-for-legal-aid,
kubernetes-dashboard, nestjs-starter and node-feature-discovery)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

# a single-stage image as root with apt lists left: every check this file asks about fails on it
ROOT_IMAGE = "FROM python:3.14-slim\nRUN apt update && apt install -y build-essential curl\nCOPY . /app\n" \
             "RUN pip install pipenv\nCMD [\"python\", \"run.py\"]\n"
DEPLOYED = "FROM python:3.14-slim@sha256:" + "a" * 64 + "\nCOPY . /app\nUSER 9000\nCMD [\"gunicorn\", \"app\"]\n"


def _judged(result: object, check_id: str) -> set[str]:
    return {f.location.path for f in findings(result, check_id) if f.location and f.location.path}  # type: ignore[arg-type]


def test_a_ci_runner_image_is_not_the_deployed_image(tmp_path: Path) -> None:
    """laa-check-client-qualifies: a reusable workflow builds Dockerfile_browser_tools.dockerfile and pushes it as
    checkclientqualifiesdocker/circleci-image, the image CircleCI's jobs run in; publish-ghcr.yml builds the deployed
    Dockerfile. The `${{ inputs.image_tag }}` of the tag was split into words, `}}` taken for the build context."""
    reusable = ("jobs:\n  build-push:\n    runs-on: ubuntu-latest\n    steps:\n      - name: Build\n        run: |\n"
                "          docker build -f ./Dockerfile_browser_tools.dockerfile . -t "
                "checkclientqualifiesdocker/circleci-image:${{ inputs.image_tag }}\n"
                "          docker push checkclientqualifiesdocker/circleci-image:${{ inputs.image_tag }}\n")
    publish = ("jobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: docker/build-push-action@v7\n"
               "        with:\n          context: .\n          push: true\n          tags: ghcr.io/moj/ccq:latest\n")
    circleci = ("version: 2.1\nexecutors:\n  test-executor:\n    docker:\n"
                "      - image: checkclientqualifiesdocker/circleci-image:puppeteer-v25.5.0\n"
                "      - image: cimg/postgres:18.1\n")
    runner = ("FROM cimg/ruby:4.0.5-browsers\nWORKDIR /app\nRUN sudo apt update --allow-unauthenticated\n"
              "RUN sudo apt install pdftk --allow-unauthenticated\nCOPY . .\n")
    files = {"Dockerfile": DEPLOYED, "Dockerfile_browser_tools.dockerfile": runner, ".dockerignore": ".git\n.env\n",
             ".github/workflows/browser-tools-docker-image-reusable.yml": reusable,
             ".github/workflows/publish-ghcr.yml": publish}
    write(tmp_path / "runner", {**files, ".circleci/config.yml": circleci})
    checks = ("dockerfile/non-root-user", "dockerfile/package-cache-cleaned", "dockerfile/present")
    result = scan(tmp_path / "runner", only=checks)
    assert _judged(result, "dockerfile/non-root-user") == {"Dockerfile"}
    assert _judged(result, "dockerfile/package-cache-cleaned") == {"Dockerfile"}
    [present] = findings(result, "dockerfile/present")
    assert "a CI runner image" in present.message and ".circleci/config.yml runs its jobs in" in present.message
    # the same image run by a manifest may be deployed: judged
    manifest = ("apiVersion: v1\nkind: Pod\nmetadata:\n  name: tools\nspec:\n  containers:\n  - name: t\n"
                "    image: checkclientqualifiesdocker/circleci-image:puppeteer-v25.5.0\n")
    write(tmp_path / "deployed", {**files, ".circleci/config.yml": circleci, "k8s/pod.yaml": manifest})
    assert "Dockerfile_browser_tools.dockerfile" in _judged(scan(tmp_path / "deployed", only=checks),
                                                              "dockerfile/non-root-user")
    # only a service container of the CI (not the jobs' own): judged
    services = circleci.replace("      - image: checkclientqualifiesdocker", "      - image: cimg/base:2026.03\n"
                                                                           "      - image: checkclientqualifiesdocker")
    write(tmp_path / "service", {**files, ".circleci/config.yml": services})
    assert "Dockerfile_browser_tools.dockerfile" in _judged(scan(tmp_path / "service", only=checks),
                                                              "dockerfile/non-root-user")


def test_the_context_of_a_docker_build_ends_at_a_pipe(tmp_path: Path) -> None:
    """laa-apply-for-legal-aid's CircleCI builds the deployed image with `docker build ... -t app . | while read line ;
    do ... ; done`: `done` was taken for the context, so the root Dockerfile looked built only by compose (a local
    image) and none of its checks ran."""
    circleci = ("version: 2.1\njobs:\n  build_and_push:\n    docker:\n      - image: cimg/base:2026.03\n    steps:\n"
                "      - run:\n          name: Build docker image\n          command: |\n"
                "            docker build \\\n            --build-arg BUILD_DATE=$(date +%Y-%m-%dT%H:%M:%S%z) \\\n"
                "            --build-arg BUILD_TAG=\"app-${CIRCLE_SHA1}\" \\\n"
                "            -t app . | while read line ; do echo \"$(date +\"%T\") > $line\" ; done ;\n")
    base_workflow = ("jobs:\n  build-push:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n"
                     "          docker build . --file ./docker/apply_base.dockerfile --tag "
                     "ministryofjustice/apply-base:"
                     "latest --tag ministryofjustice/apply-base:latest-$(cat .ruby-version)\n"
                     "          docker push ministryofjustice/apply-base:latest\n")
    compose = "services:\n  web:\n    build: .\n"
    write(tmp_path, {"Dockerfile": ROOT_IMAGE, "docker/apply_base.dockerfile": "FROM ruby:4.0.5-alpine3.24\n",
                     ".circleci/config.yml": circleci, ".github/workflows/base-docker-image.yml": base_workflow,
                     "docker-compose.yaml": compose})
    assert "Dockerfile" in _judged(scan(tmp_path, only=("dockerfile/non-root-user",)), "dockerfile/non-root-user")


def test_a_local_make_target_or_dev_script_image_is_not_the_deployed_image(tmp_path: Path) -> None:
    """ras-frontstage: `make build-docker` (`docker build .`) builds the root Dockerfile, which no CI runs; CI builds
    _infra/docker/Dockerfile from the same context and pushes it. kubernetes-dashboard:
    hack/develop/run-dev-container.sh builds `-f ${DIR}/Dockerfile ${DIR}/../../` and runs it; cd-web.yml builds
    modules/web/Dockerfile from the root."""
    makefile = ("build:\n\tpipenv install --dev\n\nbuild-docker:\n\tdocker build .\n\n"
                "build-kubernetes:\n\tdocker build -f _infra/docker/Dockerfile .\n\n"
                "test: lint-check\n\tpipenv run pytest\n")
    workflow = ("jobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test\n"
                "      - run: docker build -f _infra/docker/Dockerfile -t \"$REGISTRY/$IMAGE\":latest .\n"
                "      - run: docker push \"$REGISTRY/$IMAGE\":latest\n")
    files = {"Dockerfile": ROOT_IMAGE, "_infra/docker/Dockerfile": DEPLOYED, ".github/workflows/main.yml": workflow,
             "Makefile": makefile}
    write(tmp_path / "make", files)
    checks = ("dockerfile/non-root-user", "dockerfile/multi-stage", "dockerfile/present")
    result = scan(tmp_path / "make", only=checks)
    assert _judged(result, "dockerfile/non-root-user") == {"_infra/docker/Dockerfile"}
    [present] = findings(result, "dockerfile/present")
    assert "Makefile target build-docker, which no CI runs and which pushes nothing" in present.message
    # a target that pushes is a release path; a target CI runs too; another context is another service: judged
    for name, changed in (("push", {"Makefile": makefile.replace("docker build .\n", "docker build -t o/a .\n"
                                                                 "\tdocker push o/a\n")}),
                          ("ci-runs", {".github/workflows/main.yml": workflow.replace("make test",
                                                                                      "make build-docker")}),
                          ("other-context", {"Makefile": makefile.replace("docker build .\n", "docker build ./svc\n"),
                                             "svc/Dockerfile": ROOT_IMAGE})):
        write(tmp_path / name, {**files, **changed})
        judged = _judged(scan(tmp_path / name, only=checks), "dockerfile/non-root-user")
        assert judged - {"_infra/docker/Dockerfile"}, name

    script = ("#!/bin/bash\nCD=\"$(pwd)\"\nDIR=\"$( cd \"$( dirname \"${BASH_SOURCE[0]}\" )\" && pwd )\"\n"
              "KD_DEV_IMAGE_NAME=${KD_DEV_CONTAINER_NAME:-\"k8s-dashboard-dev-image\"}\n"
              "docker build -t ${KD_DEV_IMAGE_NAME} -f ${DIR}/Dockerfile ${DIR}/../../\n"
              "docker run -it --name=${KD_DEV_CONTAINER_NAME} ${KD_DEV_IMAGE_NAME}\n")
    cd_web = ("jobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: docker/build-push-action@v6\n"
              "        with:\n          context: .\n          file: modules/web/Dockerfile\n          push: true\n")
    write(tmp_path / "script", {"modules/web/Dockerfile": DEPLOYED, "hack/develop/Dockerfile": ROOT_IMAGE,
                                "hack/develop/run-dev-container.sh": script, ".github/workflows/cd-web.yml": cd_web})
    assert _judged(scan(tmp_path / "script", only=checks), "dockerfile/non-root-user") == {"modules/web/Dockerfile"}


APPLY_BASE = """FROM ruby:4.0.5-alpine3.24
RUN apk add --no-cache --virtual build-dependencies \\
                    build-base \\
                    postgresql-dev \\
                    npm \\
&& apk add --no-cache \\
                  postgresql-client \\
                  nodejs-current
RUN npm install -g corepack@latest --force \\
    && corepack enable \\
    && corepack prepare yarn@4.12.0 --activate
"""
APPLY_ROOT = """FROM ministryofjustice/apply-base:latest-4.0.5 AS dependencies
WORKDIR /usr/src/app
COPY .ruby-version Gemfile Gemfile.lock ./
COPY gems/moj-components ./gems/moj-components
RUN bundle install --jobs 5 --retry 5
COPY . .

FROM ministryofjustice/apply-base:latest-4.0.5 AS production
COPY --from=dependencies /usr/local/bundle/ /usr/local/bundle/
RUN apk del build-dependencies
ENV APPUID=1000
USER $APPUID
CMD ["./docker/run"]
"""


def test_a_base_image_is_judged_through_the_dockerfiles_built_from_it(tmp_path: Path) -> None:
    """laa-apply-for-legal-aid: base-docker-image.yml builds docker/apply_base.dockerfile and pushes it as
    ministryofjustice/apply-base, which the root Dockerfile's stages are built FROM; the production stage removes the
    virtual package build-dependencies and sets USER. Its Gemfile names gems/moj-components as a path gem, so that
    folder is copied before `bundle install`."""
    workflow = ("jobs:\n  build-push:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n"
                "          docker build . --file ./docker/apply_base.dockerfile --tag "
                "ministryofjustice/apply-base:latest\n"
                "          docker push ministryofjustice/apply-base:latest\n")
    circleci = ("version: 2.1\njobs:\n  build:\n    docker:\n      - image: cimg/base:2026.03\n    steps:\n"
                "      - run: docker build -t app .\n")
    files = {"Dockerfile": APPLY_ROOT, "docker/apply_base.dockerfile": APPLY_BASE,
             ".github/workflows/base-docker-image.yml": workflow, ".circleci/config.yml": circleci,
             "Gemfile": 'source "https://rubygems.org"\ngem "moj-components", path: "gems/moj-components"\n',
             "Gemfile.lock": "GEM\n", ".ruby-version": "4.0.5\n", "gems/moj-components/lib/moj.rb": "module Moj; end\n"}
    write(tmp_path / "base", files)
    checks = ("dockerfile/non-root-user", "dockerfile/multi-stage", "dockerfile/layer-caching")
    result = scan(tmp_path / "base", only=checks)
    for check_id in ("dockerfile/non-root-user", "dockerfile/layer-caching"):
        assert all(f.status is Status.PASS for f in findings(result, check_id)), \
            [f.message for f in findings(result, check_id)]
    # the virtual package the production stage deletes is no tooling left; the global corepack install stays
    [base] = [f for f in findings(result, "dockerfile/multi-stage") if f.location and "apply_base" in f.location.path]
    assert base.status is Status.WARN and base.evidence == {"build_steps": ["npm install"]}, (base.message,
                                                                                             base.evidence)
    # a production stage that keeps the build dependencies (no `apk del`) keeps the compiler too
    write(tmp_path / "kept", {**files, "Dockerfile": APPLY_ROOT.replace("RUN apk del build-dependencies\n", "")})
    [kept] = [f for f in findings(scan(tmp_path / "kept", only=("dockerfile/multi-stage",)), "dockerfile/multi-stage")
              if f.location and "apply_base" in f.location.path]
    assert kept.status is Status.WARN and "apk add" in kept.message, kept.message
    # a COPY of a folder the Gemfile does not name stays code copied before the install
    write(tmp_path / "code", {**files, "Gemfile": 'source "https://rubygems.org"\ngem "rails"\n'})
    assert findings(scan(tmp_path / "code", only=("dockerfile/layer-caching",)), "dockerfile/layer-caching",
                    Status.WARN)


def test_an_image_under_a_top_level_demo_folder_that_nothing_builds_is_not_the_service(tmp_path: Path) -> None:
    """node-feature-discovery's demo/docker-images/Dockerfile-PARSEC (a 2018 performance demo's benchmark workload,
    FROM debian:testing, as root, ADDing its sources from URLs); its own image is the root Dockerfile. A demo
    Dockerfile CI builds stays judged, so does one that copies the repository's files (a service kept in demo/, as
    fp-kinds-e's withdrawn rule feared), and one in a repository that has no other."""
    parsec = ("FROM debian:testing\nRUN apt-get update && apt-get install -y build-essential wget\n"
              "ADD http://parsec.cs.princeton.edu/download/3.0/parsec-3.0-core.tar.gz /root/\n")
    files = {"Dockerfile": DEPLOYED, "demo/docker-images/Dockerfile-PARSEC": parsec}
    write(tmp_path / "demo", files)
    checks = ("dockerfile/non-root-user", "dockerfile/present")
    result = scan(tmp_path / "demo", only=checks)
    assert _judged(result, "dockerfile/non-root-user") == {"Dockerfile"}
    assert "a demonstration image under demo/" in findings(result, "dockerfile/present")[0].message
    workflow = ("jobs:\n  demo:\n    runs-on: ubuntu-latest\n    steps:\n"
                "      - run: docker build -f demo/docker-images/Dockerfile-PARSEC -t quay.io/o/parsec demo\n")
    write(tmp_path / "built", {**files, ".github/workflows/demo.yml": workflow})
    assert "demo/docker-images/Dockerfile-PARSEC" in _judged(scan(tmp_path / "built", only=checks),
                                                             "dockerfile/non-root-user")
    # a demo image that copies files of the repository may be a service kept in demo/: judged
    write(tmp_path / "copies", {**files, "demo/docker-images/Dockerfile-PARSEC": parsec + "COPY run.sh /run.sh\n"})
    assert "demo/docker-images/Dockerfile-PARSEC" in _judged(scan(tmp_path / "copies", only=checks),
                                                             "dockerfile/non-root-user")
    write(tmp_path / "alone", {"demo/docker-images/Dockerfile-PARSEC": parsec})
    assert _judged(scan(tmp_path / "alone", only=checks), "dockerfile/non-root-user") \
        == {"demo/docker-images/Dockerfile-PARSEC"}


def test_a_compose_development_image_is_not_judged_when_the_readme_builds_the_production_one(tmp_path: Path) -> None:
    """nestjs-starter: docker-compose.yml's server builds the root Dockerfile (`CMD ["yarn", "dev"]`, watch mode, as
    root, with python3 make g++); the README's 'Build production image (uses ci/Dockerfile for production)' runs
    `docker build -f ci/Dockerfile -t nestjs-starter:latest .`. Without that line, or with a production command in
    the compose image, it is judged."""
    dev = ("FROM node:20-alpine\nRUN apk add --no-cache python3 make g++\nWORKDIR /app\n"
           "COPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile --prefer-offline\nCOPY . .\n"
           "EXPOSE 3001\nCMD [\"yarn\", \"dev\"]\n")
    production = ("FROM node:lts-alpine AS builder\nWORKDIR /app\nCOPY . .\nRUN yarn install && yarn build\n"
                  "FROM node:lts-alpine\nCOPY --from=builder /app/dist ./dist\nUSER nestjs\n"
                  "CMD [\"dumb-init\", \"node\", \"dist/main\"]\n")
    compose = ("services:\n    server:\n        build:\n            context: .\n            dockerfile: Dockerfile\n"
               "        ports:\n            - '3001:3001'\n")
    readme = ("# NestJS starter\n\n```bash\n# Build production image (uses ci/Dockerfile for production)\n"
              "docker build -f ci/Dockerfile -t nestjs-starter:latest .\n```\n")
    files = {"Dockerfile": dev, "ci/Dockerfile": production, "docker-compose.yml": compose,
             "package.json": '{"name": "nestjs-starter"}\n'}
    checks = ("dockerfile/non-root-user", "dockerfile/multi-stage")
    write(tmp_path / "readme", {**files, "README.md": readme})
    assert _judged(scan(tmp_path / "readme", only=checks), "dockerfile/non-root-user") == {"ci/Dockerfile"}
    write(tmp_path / "no-readme", files)
    assert "Dockerfile" in _judged(scan(tmp_path / "no-readme", only=checks), "dockerfile/non-root-user")
    write(tmp_path / "served", {**files, "README.md": readme,
                                "Dockerfile": dev.replace('CMD ["yarn", "dev"]', 'CMD ["node", "dist/main"]')})
    assert "Dockerfile" in _judged(scan(tmp_path / "served", only=checks), "dockerfile/non-root-user")
