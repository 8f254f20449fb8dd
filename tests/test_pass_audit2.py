"""Passes of required items' checks that were not earned (pass-audit2, 2026-11-29 late): each test is built from
real lines (the libraries' documented examples, public repositories) and fails on the code before its fix."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

# --- sensitive-config/kubernetes-secrets: kustomize secretGenerators ---------------------------------------------

DEPLOYMENT = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: wordpress-mysql
spec:
  selector:
    matchLabels: {app: wordpress}
  template:
    metadata:
      labels: {app: wordpress}
    spec:
      containers:
      - image: mysql:8.0
        name: mysql
        env:
        - name: MYSQL_ROOT_PASSWORD
          valueFrom:
            secretKeyRef: {name: mysql-pass, key: password}
"""


def _secrets(root: Path) -> list[tuple[Status, str | None, int | None]]:
    return [(f.status, f.location.path if f.location else None, f.location.line if f.location else None)
            for f in findings(scan(root, only=("sensitive-config/kubernetes-secrets",)),
                              "sensitive-config/kubernetes-secrets")]


def test_a_secret_generator_with_literals_puts_the_values_in_the_repository(tmp_path: Path) -> None:
    # kubernetes.io "Managing Secrets using Kustomize" (literals), and the WordPress tutorial's placeholder
    write(tmp_path, {"kustomization.yaml": "secretGenerator:\n- name: database-creds\n  literals:\n"
                                          "  - username=admin\n  - password=1f2d1e2e67df\n"
                                          "resources:\n  - mysql-deployment.yaml\n",
                     "mysql-deployment.yaml": DEPLOYMENT})
    assert _secrets(tmp_path) == [(Status.FAIL, "kustomization.yaml", 2)]
    write(tmp_path, {"kustomization.yaml": "secretGenerator:\n- name: mysql-pass\n  literals:\n"
                                          "  - password=YOUR_PASSWORD\nresources:\n  - mysql-deployment.yaml\n"})
    assert _secrets(tmp_path) == [(Status.WARN, "kustomization.yaml", 2)]


def test_a_secret_generator_reading_committed_files_fails_and_one_reading_absent_files_passes(tmp_path: Path) -> None:
    write(tmp_path, {"base/kustomization.yaml": "resources:\n- deployment.yaml\nsecretGenerator:\n"
                                                "- name: db\n  envs:\n  - db.env\n"
                                                "- name: app-tls\n  files:\n  - secret/tls.crt\n  - secret/tls.key\n"
                                                "  type: kubernetes.io/tls\n",
                     "base/deployment.yaml": DEPLOYMENT,
                     "base/db.env": "DB_USER=wordpress\nDB_PASSWORD=Tr0ub4dor-3xQ9vL2p\n",
                     "base/secret/tls.crt": "-----BEGIN CERTIFICATE-----\nMIIC\n-----END CERTIFICATE-----\n"})
    # the env file is committed; the TLS key is not (ignored, made by the pipeline) and the certificate is public
    assert _secrets(tmp_path) == [(Status.FAIL, "base/kustomization.yaml", 4),
                                  (Status.PASS, "base/kustomization.yaml", 7)]


# --- logging/stdout: Node and Go file logging --------------------------------------------------------------------

def _stdout(root: Path) -> list[tuple[Status, str | None, int | None]]:
    return [(f.status, f.location.path if f.location else None, f.location.line if f.location else None)
            for f in findings(scan(root, only=("logging/stdout",)), "logging/stdout")]


# winston's README, as written
WINSTON = """\
const winston = require('winston');

const logger = winston.createLogger({
  level: 'info',
  format: winston.format.json(),
  defaultMeta: { service: 'user-service' },
  transports: [
    //
    // - Write all logs with importance level of `error` or higher to `error.log`
    //   (i.e., error, fatal, but not other levels)
    //
    new winston.transports.File({ filename: 'error.log', level: 'error' }),
    //
    // - Write all logs with importance level of `info` or higher to `combined.log`
    //   (i.e., fatal, error, warn, and info, but not trace)
    //
    new winston.transports.File({ filename: 'combined.log' }),
  ],
});

if (process.env.NODE_ENV !== 'production') {
  logger.add(new winston.transports.Console({
    format: winston.format.simple(),
  }));
}

module.exports = logger;
"""


def test_winston_file_transports_write_logs_to_files(tmp_path: Path) -> None:
    write(tmp_path, {"src/logger.js": WINSTON, "package.json": '{"name": "user-service"}\n'})
    assert _stdout(tmp_path) == [(Status.FAIL, "src/logger.js", 12), (Status.FAIL, "src/logger.js", 17)]


def test_pino_destinations_and_the_pino_file_transport_with_a_path(tmp_path: Path) -> None:
    # pino's docs (api.md "pino.destination", transports.md "pino/file")
    write(tmp_path, {"src/log.js": "const pino = require('pino')\nconst logger = pino(pino.destination('./my-file'))\n"
                                   "module.exports = logger\n",
                     "src/transport.js": "const pino = require('pino')\nconst transport = pino.transport({\n"
                                         "  target: 'pino/file',\n  options: { destination: '/path/to/file' }\n})\n"
                                         "module.exports = pino(transport)\n"})
    assert _stdout(tmp_path) == [(Status.FAIL, "src/log.js", 2), (Status.FAIL, "src/transport.js", 3)]


def test_pino_to_fd_1_or_a_pino_file_transport_without_a_path_writes_to_stdout(tmp_path: Path) -> None:
    write(tmp_path, {"src/log.js": "const pino = require('pino')\n"
                                   "const logger = pino(pino.destination({ dest: 1, sync: false }))\n"
                                   "const other = pino(pino.destination(process.stdout.fd))\n",
                     "src/transport.js": "const pino = require('pino')\nconst transport = pino.transport({\n"
                                         "  target: 'pino/file',\n  options: { destination: 1 }\n})\n"})
    assert [s for s, _, _ in _stdout(tmp_path)] == [Status.PASS]


# lumberjack's README, as written
LUMBERJACK = """\
package main

import (
	"log"

	"gopkg.in/natefinch/lumberjack.v2"
)

func main() {
	log.SetOutput(&lumberjack.Logger{
		Filename:   "/var/log/myapp/foo.log",
		MaxSize:    500, // megabytes
		MaxBackups: 3,
		MaxAge:     28,   //days
		Compress:   true, // disabled by default
	})
}
"""

# logrus' README: the file output it shows in comments, written out as a service does it
LOGRUS = """\
package main

import (
	"os"

	"github.com/sirupsen/logrus"
)

var log = logrus.New()

func main() {
	// You could set this to any `io.Writer` such as a file
	// file, err := os.OpenFile("logrus.log", os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0666)
	// if err == nil {
	//  log.Out = file
	// }
	file, err := os.OpenFile("logrus.log", os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0666)
	if err == nil {
		log.Out = file
	} else {
		log.Info("Failed to log to file, using default stderr")
	}
}
"""


def test_go_lumberjack_opened_files_and_zap_output_paths_write_logs_to_files(tmp_path: Path) -> None:
    write(tmp_path, {"cmd/app/main.go": LUMBERJACK, "cmd/worker/main.go": LOGRUS,
                     "internal/log/zap.go": 'package log\n\nimport "go.uber.org/zap"\n\n'
                                            'func New() (*zap.Logger, error) {\n\tcfg := zap.NewProductionConfig()\n'
                                            '\tcfg.OutputPaths = []string{"stdout", "/var/log/app.log"}\n'
                                            '\treturn cfg.Build()\n}\n'})
    assert _stdout(tmp_path) == [(Status.FAIL, "cmd/app/main.go", 10), (Status.FAIL, "cmd/worker/main.go", 19),
                                 (Status.FAIL, "internal/log/zap.go", 7)]


def test_go_logs_to_stderr_and_a_file_opened_for_data_are_no_file_logging(tmp_path: Path) -> None:
    # stefanprodan/podinfo cmd/podinfo/main.go's zap config; a data file written by the service
    write(tmp_path, {"cmd/podinfo/main.go": 'package main\n\nimport "go.uber.org/zap"\n\nfunc initZap() {\n'
                                            '\tzapConfig := zap.Config{\n\t\tOutputPaths:      []string{"stderr"},\n'
                                            '\t\tErrorOutputPaths: []string{"stderr"},\n\t}\n\t_ = zapConfig\n}\n',
                     "pkg/store/dump.go": 'package store\n\nimport (\n\t"log"\n\t"os"\n)\n\nfunc Dump() {\n'
                                          '\tf, err := os.Create("/data/dump.json")\n\tif err != nil {\n'
                                          '\t\tlog.Println(err)\n\t}\n\tdefer f.Close()\n}\n'})
    assert [s for s, _, _ in _stdout(tmp_path)] == [Status.PASS]

