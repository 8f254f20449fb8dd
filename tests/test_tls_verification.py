"""auth-protocols/tls-verification: TLS certificate verification switched off in production code and config
(sources/tls_settings.py), with a failing place for each setting and a passing repository."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.helpers import findings, scan, write
from tests.workload_fixtures import container, deployment, manifest

from deploycheck.model import Status
from deploycheck.sources.tls_settings import remote_host, scan_line

CHECK = "auth-protocols/tls-verification"


@pytest.mark.parametrize(("line", "expected"), [
    ('MONGO_URL=mongodb://db.example.com:27017/app?tls=true&tlsAllowInvalidCertificates=true',
     "MongoDB tlsAllowInvalidCertificates=true"),
    ("  const agent = new https.Agent({ rejectUnauthorized: false });", "rejectUnauthorized: false"),
    ("ENV NODE_TLS_REJECT_UNAUTHORIZED=0", "NODE_TLS_REJECT_UNAUTHORIZED=0"),
    ("ENV NODE_TLS_REJECT_UNAUTHORIZED 0", "NODE_TLS_REJECT_UNAUTHORIZED=0"),
    ("process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = '0';", "NODE_TLS_REJECT_UNAUTHORIZED=0"),
    ('      NODE_TLS_REJECT_UNAUTHORIZED: "0"', "NODE_TLS_REJECT_UNAUTHORIZED=0"),
    ("\ttlsConfig := &tls.Config{InsecureSkipVerify: true}", "InsecureSkipVerify: true"),
    ("    insecure_skip_verify: true", "insecure_skip_verify: true"),
    ("DATABASE_URL=postgresql://app:pw@orders.abc123.eu-west-1.rds.amazonaws.com:5432/orders?sslmode=disable",
     "sslmode=disable toward orders.abc123.eu-west-1.rds.amazonaws.com"),
    ('dsn = "host=10.20.0.5 port=5432 user=app dbname=orders sslmode=disable"', "sslmode=disable toward 10.20.0.5"),
    ("url: jdbc:postgresql://db.prod.example.com:5432/orders?sslmode=disable",
     "sslmode=disable toward db.prod.example.com"),
    ("ctx.verify_mode = ssl.CERT_NONE", "ssl.CERT_NONE"),
    ("  .setSSLHostnameVerifier(NoopHostnameVerifier.INSTANCE)",
     "Java NoopHostnameVerifier (trusts every certificate)"),
    # eShopOnDapr's dapr/components/eshop-secrets.json (an in-cluster host: judged like tlsAllowInvalidCertificates)
    ('    "CatalogDB": "Server=sqldata;Database=Microsoft.eShopOnDapr.Services.CatalogDb;User Id=sa;Password=Pass@word;'
     'TrustServerCertificate=true",', "TrustServerCertificate=true"),
    ("jdbc:sqlserver://db.example.com:1433;databaseName=orders;encrypt=true;trustServerCertificate=true;",
     "trustServerCertificate=true"),
    ("Server=db;Database=x;Encrypt=True;Trust Server Certificate=Yes", "Trust Server Certificate=true"),
])
def test_settings_found_on_a_line(line: str, expected: str) -> None:
    assert scan_line(line) == [expected]


@pytest.mark.parametrize("line", [
    "DATABASE_URL=postgres://app:pw@postgres:5432/orders?sslmode=disable",  # a Service in the namespace
    "DATABASE_URL=postgres://app:pw@localhost/orders?sslmode=disable",
    "DATABASE_URL=postgres://app:pw@db.shop.svc.cluster.local/orders?sslmode=disable",
    "DATABASE_URL=postgres://app:pw@${DB_HOST}/orders?sslmode=disable",  # cannot be judged
    "DATABASE_URL=postgres://app:pw@db.example.com/orders?sslmode=verify-full",
    "  const agent = new https.Agent({ rejectUnauthorized: true });",
    "NODE_TLS_REJECT_UNAUTHORIZED=1",
    "NODE_TLS_REJECT_UNAUTHORIZED=0.5",
    "tlsAllowInvalidCertificates=false",
    "insecure_skip_verify: false",
    "Server=sqldata;Database=orders;User Id=sa;Encrypt=true;TrustServerCertificate=false",
    "x" * 5000 + " rejectUnauthorized: false",  # over the line cap: data, not config
])
def test_settings_not_found(line: str) -> None:
    assert scan_line(line) == []


def test_remote_host() -> None:
    assert remote_host("db.example.com") is True and remote_host("10.0.0.7") is True
    assert remote_host("postgres") is False and remote_host("127.0.0.1") is False
    assert remote_host("{{ .Values.db.host }}") is None


def test_fails_with_file_and_line_and_passes_when_clean(tmp_path: Path) -> None:
    env = [{"name": "NODE_TLS_REJECT_UNAUTHORIZED", "value": "0"}]
    write(tmp_path, {
        "src/client.js": "const https = require('https');\n"
                         "const agent = new https.Agent({ rejectUnauthorized: false });\n",
        "k8s/app.yaml": manifest(deployment(container=container(env=env))),
        "config/prod.env": "MONGO_URL=mongodb://mongo.example.com/app?tlsAllowInvalidCertificates=true\n",
        "tests/test_client.js": "const agent = new https.Agent({ rejectUnauthorized: false });\n",  # test code
    })
    got = findings(scan(tmp_path, only=(CHECK,)), CHECK)
    assert {f.status for f in got} == {Status.FAIL}
    places = sorted((f.location.path, f.location.line) for f in got if f.location)
    env_line = next(i for i, line in enumerate((tmp_path / "k8s/app.yaml").read_text().splitlines(), 1)
                    if "NODE_TLS_REJECT_UNAUTHORIZED" in line)
    assert places == [("config/prod.env", 1), ("k8s/app.yaml", env_line), ("src/client.js", 2)]
    assert any("(Deployment/web)" in f.message for f in got)

    clean = tmp_path / "clean"
    write(clean, {"src/client.js": "const agent = new https.Agent({ ca: fs.readFileSync('/etc/ca.pem') });\n",
                  "k8s/app.yaml": manifest(deployment())})
    [ok] = findings(scan(clean, only=(CHECK,)), CHECK)
    assert ok.status is Status.PASS


def test_line_scan_prefilter_words_cover_every_setting() -> None:
    """Every setting the line scan knows contains one of the words the file-level pre-filter looks for."""
    from deploycheck.sources.tls_settings import _NEEDED, scan_line

    lines = ['MongoClient("mongodb://h/?tlsAllowInvalidCertificates=true")', "tlsInsecure: true",
             "sslAllowInvalidHostnames=true", "{ rejectUnauthorized: false }", "NODE_TLS_REJECT_UNAUTHORIZED=0",
             "InsecureSkipVerify: true", "insecure-skip-tls-verify: true", "new NoopHostnameVerifier()",
             "TrustAllStrategy.INSTANCE", "InsecureTrustManagerFactory.INSTANCE", "ALLOW_ALL_HOSTNAME_VERIFIER",
             "ctx.verify_mode = ssl.CERT_NONE", "cert_reqs='CERT_NONE'",
             'dsn = "host=db.example.com sslmode=disable"', "Server=db;TrustServerCertificate=true",
             "Server=db;Trust Server Certificate=true"]
    for line in lines:
        assert scan_line(line), line
        assert any(word in line.lower() for word in _NEEDED), line


def test_a_setting_inside_a_base64_secret_value_is_found(tmp_path: Path) -> None:
    """eShopOnDapr's chart keeps its SQL Server connection strings base64-encoded in a committed Secret
    (deploy/k8s/helm/templates/secrets.yaml): the line scan cannot read them, so each Secret value is decoded
    and scanned; the finding names the Secret and the setting, never the value."""
    import base64

    conn = ("Server=sqldata;Database=Microsoft.eShopOnDapr.Services.CatalogDb;User Id=sa;Password=Pass@word;"
            "TrustServerCertificate=true\n")
    encoded = base64.b64encode(conn.encode()).decode()
    write(tmp_path, {"k8s/secrets.yaml": "apiVersion: v1\nkind: Secret\nmetadata:\n  name: eshopondapr-secrets\n"
                                         f"type: Opaque\ndata:\n  ConnectionStrings__CatalogDB: {encoded}\n"
                                         "  RedisPassword: ZSRoMHAwbkRAcHI=\n",
                     "k8s/app.yaml": manifest(deployment())})
    [got] = findings(scan(tmp_path, only=(CHECK,)), CHECK)
    assert got.status is Status.FAIL
    assert got.location is not None and got.location.path == "k8s/secrets.yaml" and got.location.line == 7
    assert "TrustServerCertificate=true (Secret/eshopondapr-secrets)" in got.message
    assert "Pass@word" not in got.message


def test_a_setting_in_a_rendered_chart_configmap_is_found(tmp_path: Path) -> None:
    """eShopOnContainers' catalog-api chart writes the connection string with the setting templated
    (`TrustServerCertificate={{ .Values.inf.sql.common.TrustServerCertificate }}`, true in the values): the
    template line cannot be judged, the rendered ConfigMap can."""
    from tests.test_kubernetes_helm import _helm_available

    if not _helm_available():
        pytest.skip("neither the helm binary nor helm-python-sdk is available")
    configmap = ("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: catalog-cm\ndata:\n"
                 "  catalog__ConnectionString: Server={{ .Values.sql.host }};Initial Catalog=CatalogDb;"
                 "TrustServerCertificate={{ .Values.sql.TrustServerCertificate }};\n")
    write(tmp_path, {"chart/Chart.yaml": "apiVersion: v2\nname: catalog\nversion: 0.1.0\nappVersion: '1.0'\n",
                     "chart/values.yaml": "sql:\n  host: sqldata\n  TrustServerCertificate: true\n",
                     "chart/templates/configmap.yaml": configmap})
    [got] = findings(scan(tmp_path, only=(CHECK,)), CHECK)
    assert got.status is Status.FAIL
    assert "TrustServerCertificate=true (ConfigMap/catalog-cm)" in got.message
