"""pass-audit5: passes that real repositories earned with evidence that is not there (kustomize files nothing
deploys, ...). Each test is built from realistic lines and fails on the code before the fix."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

# --- manifests beside a kustomization that it does not list (lead's decision 2026-11-30: no evidence for any pass,
# their problems stay findings). Start taken from pass-audit4's branch (a2783862).

KUSTOMIZATION = """\
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - db.yaml
"""

POSTGRES = """\
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: postgres
spec:
  serviceName: postgres
  replicas: 1
  selector:
    matchLabels:
      app: postgres
  template:
    metadata:
      labels:
        app: postgres
    spec:
      containers:
        - name: postgres
          image: postgres:16.2
          ports:
            - containerPort: 5432
          volumeMounts:
            - name: data
              mountPath: /var/lib/postgresql/data
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: ["ReadWriteOnce"]
        resources:
          requests:
            storage: 10Gi
"""

BACKUP_CRONJOB = """\
apiVersion: batch/v1
kind: CronJob
metadata:
  name: postgres-backup
spec:
  schedule: "0 2 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: backup
              image: postgres:16.2
              command: ["/bin/sh", "-c", "pg_dump -h postgres -U app app | gzip > /backup/app-$(date +%F).sql.gz"]
              volumeMounts:
                - {name: backups, mountPath: /backup}
          volumes:
            - name: backups
              persistentVolumeClaim: {claimName: postgres-backups}
"""


def _backups(root: Path) -> list[Status]:
    return [f.status for f in findings(scan(root, only=("backups/mechanism",)), "backups/mechanism")]


def test_a_backup_cronjob_the_kustomization_does_not_list_earns_no_backup(tmp_path: Path) -> None:
    # before: backups/mechanism passed on k8s/backup-cronjob.yaml, which `kubectl apply -k k8s/` never creates; a
    # commented-out entry in the kustomization is switched off, not deployed
    for i, kustomization in enumerate((KUSTOMIZATION, KUSTOMIZATION + "# - backup-cronjob.yaml\n")):
        root = tmp_path / str(i)
        write(root, {"k8s/kustomization.yaml": kustomization, "k8s/db.yaml": POSTGRES,
                     "k8s/backup-cronjob.yaml": BACKUP_CRONJOB})
        assert _backups(root) == [Status.FAIL], i


def test_a_backup_cronjob_listed_or_applied_by_name_is_deployed(tmp_path: Path) -> None:
    listed = {"k8s/kustomization.yaml": KUSTOMIZATION + "  - backup-cronjob.yaml\n"}
    applied = {"k8s/kustomization.yaml": KUSTOMIZATION,
               "README.md": "# db\n\n    kubectl apply -k k8s/\n    kubectl apply -f k8s/backup-cronjob.yaml\n"}
    script = {"k8s/kustomization.yaml": KUSTOMIZATION,
              "deploy.sh": "#!/bin/sh\nset -e\nkubectl apply -k k8s/\nkubectl apply -f k8s/backup-cronjob.yaml\n"}
    for i, files in enumerate((listed, applied, script)):
        root = tmp_path / str(i)
        write(root, {**files, "k8s/db.yaml": POSTGRES, "k8s/backup-cronjob.yaml": BACKUP_CRONJOB})
        assert _backups(root) == [Status.PASS], i


WORKER = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: worker
spec:
  replicas: 2
  selector:
    matchLabels:
      app: worker
  template:
    metadata:
      labels:
        app: worker
    spec:
      containers:
        - name: worker
          image: ghcr.io/acme/worker:1.4.2
          livenessProbe:
            httpGet:
              path: /healthz
              port: 8080
"""


def test_an_unlisted_workload_earns_no_pass_but_keeps_its_problems(tmp_path: Path) -> None:
    # the only workload with a liveness probe is in a file `kubectl apply -k` never creates: before, the item passed
    write(tmp_path, {"k8s/kustomization.yaml": KUSTOMIZATION, "k8s/db.yaml": POSTGRES,
                     "k8s/worker.yaml": WORKER})
    result = scan(tmp_path, only=("health-probes/liveness", "resource-limits/requests-and-limits"))
    live = findings(result, "health-probes/liveness")
    assert not any(f.status is Status.PASS and f.location and f.location.path == "k8s/worker.yaml" for f in live), \
        [(f.status, f.message) for f in live]
    # its missing requests and limits are still a finding
    limits = findings(result, "resource-limits/requests-and-limits")
    assert any(f.status in (Status.FAIL, Status.WARN) and f.location and f.location.path == "k8s/worker.yaml"
               for f in limits), [(f.status, f.message) for f in limits]


def test_a_check_whose_only_pass_is_unlisted_says_skipped(tmp_path: Path) -> None:
    write(tmp_path, {"k8s/kustomization.yaml": "resources:\n  - cm.yaml\n",
                     "k8s/cm.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: b\n",
                     "k8s/worker.yaml": WORKER})
    live = findings(scan(tmp_path, only=("health-probes/liveness",)), "health-probes/liveness")
    assert [f.status for f in live] == [Status.SKIPPED], [(f.status, f.message) for f in live]
    assert "k8s/worker.yaml" in live[0].message and "no kustomization lists" in live[0].message


# --- logging/structured (Go): the import of zap, slog or logrus is no JSON logging; how the logger is built is.
# hotrod's cmd/root.go (zap.NewDevelopment: console encoder), keel (logrus, default TextFormatter), go-httpbin's
# setupLogger (slog JSON or text by a flag whose default is text) all passed on the import or go.mod.

GO_MOD = """\
module github.com/acme/orders

go 1.22

require (
	github.com/sirupsen/logrus v1.9.3
	go.uber.org/zap v1.27.0
)
"""

ZAP_DEVELOPMENT = """\
package cmd

import (
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
)

var logger *zap.Logger

func onInitialize() {
	zapOptions := []zap.Option{
		zap.AddStacktrace(zapcore.FatalLevel),
		zap.AddCallerSkip(1),
	}
	logger, _ = zap.NewDevelopment(zapOptions...)
}
"""

ZAP_USER = """\
package orders

import "go.uber.org/zap"

func Handle(logger *zap.Logger, id string) {
	logger.Info("order placed", zap.String("id", id))
}
"""

LOGRUS_USER = """\
package main

import (
	log "github.com/sirupsen/logrus"
)

func main() {
	log.WithFields(log.Fields{"version": "0.19.1"}).Info("keel starting...")
}
"""

SLOG_SETUP = """\
package cmd

import (
	"io"
	"log/slog"
)

func setupLogger(out io.Writer, logFormat string, level slog.Level) *slog.Logger {
	opts := &slog.HandlerOptions{
		Level: level,
	}

	var handler slog.Handler
	if logFormat == "json" {
		handler = slog.NewJSONHandler(out, opts)
	} else {
		handler = slog.NewTextHandler(out, opts)
	}

	return slog.New(handler)
}
"""


ZAP_CONFIG = """\
package config

import (
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
)

func SetupLogger(c *Config) (*zap.Logger, error) {
	encoder := zap.NewProductionEncoderConfig()
	output := "json"
	if c.Logging.Encoding != "json" {
		output = "console"
		encoder.EncodeCaller = nil
	}

	config := zap.Config{
		Level:             zap.NewAtomicLevelAt(zapcore.Level(c.Logging.LogLevel)),
		Encoding:          output,
		EncoderConfig:     encoder,
		OutputPaths:       []string{"stderr"},
	}
	return config.Build()
}
"""


def _structured(root: Path) -> list[tuple[Status, str]]:
    return [(f.status, f.message) for f in findings(scan(root, only=("logging/structured",)), "logging/structured")]


def test_go_loggers_built_to_write_text_are_no_structured_logging(tmp_path: Path) -> None:
    cases = {"zap": {"cmd/root.go": ZAP_DEVELOPMENT, "orders/handle.go": ZAP_USER},
             "logrus": {"main.go": LOGRUS_USER},
             "slog": {"cmd/cmd.go": SLOG_SETUP},
             "zap-config": {"pkg/config/logger.go": ZAP_CONFIG, "orders/handle.go": ZAP_USER}}
    expected = {"zap": Status.FAIL, "logrus": Status.FAIL, "slog": Status.WARN, "zap-config": Status.WARN}
    for name, files in cases.items():
        root = tmp_path / name
        write(root, {"go.mod": GO_MOD, **files})
        found = _structured(root)
        assert [s for s, _ in found] == [expected[name]], (name, found)
    assert "zap.NewDevelopment" in _structured(tmp_path / "zap")[0][1]


def test_go_loggers_built_to_write_json_still_pass(tmp_path: Path) -> None:
    cases = {
        "zap": ZAP_DEVELOPMENT.replace("zap.NewDevelopment(", "zap.NewProduction("),
        "slog": SLOG_SETUP.replace("if logFormat == \"json\" {\n\t\thandler = slog.NewJSONHandler(out, opts)\n\t} "
                                   "else {\n\t\thandler = slog.NewTextHandler(out, opts)\n\t}",
                                   "handler = slog.NewJSONHandler(out, opts)"),
        "logrus": LOGRUS_USER.replace("func main() {\n", "func main() {\n\tlog.SetFormatter(&log.JSONFormatter{})\n"),
    }
    for name, text in cases.items():
        root = tmp_path / name
        write(root, {"go.mod": GO_MOD, "main.go": text, "orders/handle.go": ZAP_USER})
        found = _structured(root)
        assert [s for s, _ in found] == [Status.PASS], (name, found)
    # a text logger in another program (a CLI beside the service) does not undo the service's JSON
    root = tmp_path / "cli"
    write(root, {"go.mod": GO_MOD, "cmd/server/main.go": cases["zap"], "cmd/cli/main.go": ZAP_DEVELOPMENT})
    assert [s for s, _ in _structured(root)] == [Status.PASS]


# --- dockerfile/multi-stage: a deployed stage built FROM the builder stage keeps all of it (multi-stage in name only)

NODE_FROM_BUILD = """\
FROM node:20.11.1 AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM build
ENV NODE_ENV=production
USER node
CMD ["node", "dist/server.js"]
"""


def _multi_stage(root: Path) -> list[tuple[Status, str]]:
    return [(f.status, f.message)
            for f in findings(scan(root, only=("dockerfile/multi-stage",)), "dockerfile/multi-stage")]


def test_a_deployed_stage_built_from_the_builder_is_no_multi_stage_build(tmp_path: Path) -> None:
    write(tmp_path, {"Dockerfile": NODE_FROM_BUILD, "package.json": '{"name": "orders"}\n'})
    found = _multi_stage(tmp_path)
    assert [s for s, _ in found] == [Status.WARN] and "npm ci" in found[0][1], found


def test_a_slim_final_stage_or_a_runtime_base_stage_still_passes(tmp_path: Path) -> None:
    slim = NODE_FROM_BUILD.replace("FROM build\n", "FROM node:20.11.1-slim\nWORKDIR /app\n"
                                   "COPY --from=build /app/dist ./dist\n")
    runtime_base = """\
FROM node:20.11.1-slim AS base
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev

FROM node:20.11.1 AS build
WORKDIR /app
COPY . .
RUN npm ci && npm run build

FROM base
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/server.js"]
"""
    for i, text in enumerate((slim, runtime_base)):
        root = tmp_path / str(i)
        write(root, {"Dockerfile": text, "package.json": '{"name": "orders"}\n'})
        assert [s for s, _ in _multi_stage(root)] == [Status.PASS], (i, _multi_stage(root))


# --- rollout-strategy/pdb: a budget that keeps no pod available protects nothing (minAvailable: 0, 100% unavailable)

def _deployment(replicas: int) -> str:
    return f"""\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders
spec:
  replicas: {replicas}
  selector:
    matchLabels:
      app: orders
  template:
    metadata:
      labels:
        app: orders
    spec:
      containers:
        - name: orders
          image: ghcr.io/acme/orders:1.4.2
"""


def _budget(field: str) -> str:
    return f"""\
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: orders
spec:
  {field}
  selector:
    matchLabels:
      app: orders
"""


def _pdb(root: Path) -> list[Status]:
    return [f.status for f in findings(scan(root, only=("rollout-strategy/pdb",)), "rollout-strategy/pdb")]


def test_a_budget_that_keeps_no_pod_available_protects_nothing(tmp_path: Path) -> None:
    for i, field in enumerate(("minAvailable: 0", 'maxUnavailable: "100%"', "maxUnavailable: 3")):
        root = tmp_path / str(i)
        write(root, {"k8s/deployment.yaml": _deployment(3), "k8s/pdb.yaml": _budget(field)})
        assert _pdb(root) == [Status.FAIL], (field, _pdb(root))


def test_a_budget_that_keeps_pods_passes_and_an_empty_workload_needs_none(tmp_path: Path) -> None:
    for i, field in enumerate(("maxUnavailable: 1", "minAvailable: 2", 'minAvailable: "50%"')):
        root = tmp_path / str(i)
        write(root, {"k8s/deployment.yaml": _deployment(3), "k8s/pdb.yaml": _budget(field)})
        assert _pdb(root) == [Status.PASS], (field, _pdb(root))
    # JupyterHub's user-placeholder: 0 replicas and minAvailable 0, a budget that exists to let pods go
    root = tmp_path / "placeholder"
    write(root, {"k8s/deployment.yaml": _deployment(0), "k8s/pdb.yaml": _budget("minAvailable: 0")})
    assert _pdb(root) == [Status.NA]


# --- health-probes/liveness and readiness: an exec probe that cannot fail is no probe

def _probed(command: str) -> str:
    probe = f"            exec:\n              command: {command}\n"
    return _deployment(2).replace(
        "          image: ghcr.io/acme/orders:1.4.2\n",
        "          image: ghcr.io/acme/orders:1.4.2\n          livenessProbe:\n" + probe
        + "          readinessProbe:\n" + probe)


SERVICE = """\
apiVersion: v1
kind: Service
metadata:
  name: orders
spec:
  selector:
    app: orders
  ports:
    - port: 80
"""


def _probes(root: Path) -> list[tuple[str, Status]]:
    result = scan(root, only=("health-probes/liveness", "health-probes/readiness"))
    return [(f.check_id, f.status) for f in result.findings if f.check_id.startswith("health-probes/")]


def test_an_exec_probe_that_always_succeeds_checks_nothing(tmp_path: Path) -> None:
    for i, command in enumerate(('["true"]', '["/bin/sh", "-c", "exit 0"]', '["sh", "-c", "echo ok"]')):
        root = tmp_path / str(i)
        write(root, {"k8s/deployment.yaml": _probed(command), "k8s/service.yaml": SERVICE})
        assert [s for _, s in _probes(root)] == [Status.FAIL, Status.FAIL], (command, _probes(root))


def test_an_exec_probe_that_can_fail_still_passes(tmp_path: Path) -> None:
    for i, command in enumerate(('["cat", "/tmp/healthy"]', '["sh", "-c", "pg_isready -U postgres"]',
                                 '["/bin/grpc_health_probe", "-addr=:9090"]', '["sh", "-c", "echo $(cat /tmp/x)"]')):
        root = tmp_path / str(i)
        write(root, {"k8s/deployment.yaml": _probed(command), "k8s/service.yaml": SERVICE})
        assert [s for _, s in _probes(root)] == [Status.PASS, Status.PASS], (command, _probes(root))


# --- endpoint-security/cors: the cors package's README form, cors(corsOptions), and its default cors(), were no CORS
# configuration at all (n/a): origin: true (the caller's origin reflected) with credentials went unjudged

EXPRESS_CORS = """\
const express = require('express')
const cors = require('cors')
const app = express()

const corsOptions = {
  origin: true,
  credentials: true,
  optionsSuccessStatus: 200
}

app.get('/products/:id', cors(corsOptions), function (req, res, next) {
  res.json({msg: 'This is CORS-enabled for every origin, with cookies.'})
})

app.listen(80)
"""


def _cors(root: Path) -> list[tuple[Status, str]]:
    return [(f.status, f.message) for f in findings(scan(root, only=("endpoint-security/cors",)),
                                                    "endpoint-security/cors")]


def test_cors_options_in_a_named_object_are_judged(tmp_path: Path) -> None:
    write(tmp_path, {"package.json": '{"name": "shop", "dependencies": {"cors": "2.8.5"}}\n',
                     "src/server.js": EXPRESS_CORS})
    assert [s for s, _ in _cors(tmp_path)] == [Status.FAIL], _cors(tmp_path)


def test_cors_restricted_by_name_or_left_to_its_default_passes(tmp_path: Path) -> None:
    restricted = EXPRESS_CORS.replace("origin: true", "origin: 'https://shop.example.com'")
    default = EXPRESS_CORS.replace("cors(corsOptions)", "cors()")
    for i, text in enumerate((restricted, default)):
        root = tmp_path / str(i)
        write(root, {"package.json": '{"name": "shop", "dependencies": {"cors": "2.8.5"}}\n', "src/server.js": text})
        assert [s for s, _ in _cors(root)] == [Status.PASS], (i, _cors(root))
