"""Accuracy of the secret items on shapes found in real repositories (issue 8 §3): placeholders are default
credentials, names and identifier lists are not secrets, provider tokens are named for what they are."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

SECRET_SCAN = "sensitive-config/secret-scan"


def _by_line(root: Path, rel: str) -> dict[int, tuple[Status, str]]:
    result = findings(scan(root, only=(SECRET_SCAN,)), SECRET_SCAN)
    return {f.location.line: (f.status, f.message) for f in result
            if f.location and f.location.path == rel and f.location.line}


def test_placeholder_values_are_default_credentials_not_secrets(tmp_path: Path) -> None:
    """`api_key = "sk-dummy"` and Spring's `${OPENAI_API_KEY:demo}` are placeholders a team may deploy: a
    warning with the default-credential message, never "Secret Keyword"; a random part keeps a value a secret."""
    write(tmp_path, {
        "agent/llm.py": 'def client():\n    api_key = "sk-dummy"\n    password = "demo-Xk29vLmq7Tz"\n',
        "app/application.yml": "spring:\n  ai:\n    openai:\n      api-key: ${OPENAI_API_KEY:demo}\n"
                               "      secret: ${CLIENT_SECRET:Xk29vLmq7TzQ}\n",
    })
    code = _by_line(tmp_path, "agent/llm.py")
    assert code[2][0] is Status.WARN and code[2][1].startswith("default credential"), code
    assert code[3][0] is Status.FAIL and "Xk29vLmq7Tz" not in code[3][1]
    spring = _by_line(tmp_path, "app/application.yml")
    assert spring[4][0] is Status.WARN and spring[4][1].startswith("default credential"), spring
    assert "OPENAI_API_KEY:****" in spring[4][1]  # shown as written (Spring's `:`), the value masked
    assert spring[5][0] is Status.FAIL and "Hard-coded fallback" in spring[5][1], spring


def test_key_names_and_identifier_lists_are_not_secrets(tmp_path: Path) -> None:
    """A short lowercase word under a *_KEY name names a claim or a map key; a plugin list is identifiers.
    The same words under a password name, and real key material under a key name, still count."""
    write(tmp_path, {
        "src/Ledger.java": 'class Ledger {\n  public static final String JWT_ACCOUNT_KEY = "acct";\n'
                           '  static final String DB_PASSWORD = "acct";\n'
                           '  static final String ACCOUNT_KEY = "Zk3vQ9pLm2Xw7Rt5Yb8Nc4Hd6";\n}\n',
        "compose.yaml": 'services:\n  grafana:\n    environment:\n'
                        '      - "GF_INSTALL_PLUGINS=grafana-opensearch-datasource,grafana-clock-panel"\n'
                        '      - "GF_SECRET=Zk3vQ9pLm2Xw7Rt5Yb8Nc4Hd6"\n',
    })
    java = _by_line(tmp_path, "src/Ledger.java")
    assert set(java) == {3, 4}, java
    assert all(status is Status.FAIL for status, _ in java.values())
    assert set(_by_line(tmp_path, "compose.yaml")) == {5}


def test_provider_tokens_are_named_for_what_they_are(tmp_path: Path) -> None:
    """A GitHub token is a GitHub Token, not a "Base64 High Entropy String" (which plugin fires first must
    not decide the name); provider formats detect-secrets has no plugin for are named too."""
    write(tmp_path, {"deploy/settings.yaml": (
        'github: "ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5"\n'
        'maps: "AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW"\n'
        'llm: "sk-proj-aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5zA7bC9dE1fG3"\n'
        'placeholder: "sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"\n')})
    got = _by_line(tmp_path, "deploy/settings.yaml")
    assert got[1][1].startswith("GitHub Token in ") and "High Entropy" not in got[1][1], got
    assert got[2][1].startswith("Google API Key in "), got
    assert got[3][1].startswith("OpenAI API Key in "), got
    assert 4 not in got, got
    assert all("aB3dE5fG7" not in message and "SyA1b2C3" not in message for _, message in got.values())


def test_placeholders_in_example_files_are_documentation(tmp_path: Path) -> None:
    """`.env.example` and `*.sample.yaml` hold the placeholders a team replaces: a default credential there is
    not reported; a real secret in an example file still is, and the same default in deployed config too."""
    write(tmp_path, {
        ".env.example": "DATABASE_URL=postgresql://postgres:postgres@db/app\nSECRET_KEY=changeme\n",
        "deploy/values.sample.yaml": 'db:\n  password: changeme\n  url: "amqp://guest:guest@mq"\n'
                                     '  token: "ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5"\n',
        "deploy/values.yaml": "db:\n  password: changeme\n",
    })
    result = findings(scan(tmp_path, only=(SECRET_SCAN,)), SECRET_SCAN)
    got = {(f.location.path, f.location.line): f.status for f in result if f.location and f.location.line}
    assert got == {("deploy/values.sample.yaml", 4): Status.FAIL, ("deploy/values.yaml", 2): Status.WARN}, got


def test_well_known_defaults_are_default_credentials_and_ci_services_are_not_deployed(tmp_path: Path) -> None:
    """`POSTGRES_PASSWORD: postgres` and `SECRET_KEY: secret_key` are defaults (warn), as `guest:guest@` in a
    URL; in a CI workflow (throwaway service containers) they are not reported, a real token there still is."""
    services = ("    environment:\n      POSTGRES_PASSWORD: postgres\n      SECRET_KEY: secret_key\n"
                '      GH_TOKEN: "ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5"\n')
    write(tmp_path, {"compose.yaml": "services:\n  db:\n" + services,
                     ".github/workflows/tests.yml": "jobs:\n  test:\n" + services})
    result = findings(scan(tmp_path, only=(SECRET_SCAN,)), SECRET_SCAN)
    got = {(f.location.path, f.location.line): f.status for f in result if f.location and f.location.line}
    assert got == {("compose.yaml", 4): Status.WARN, ("compose.yaml", 5): Status.WARN,
                   ("compose.yaml", 6): Status.FAIL, (".github/workflows/tests.yml", 6): Status.FAIL}, got


def test_defaults_in_documentation_are_not_reported_secrets_are(tmp_path: Path) -> None:
    """A README's `postgresql://postgres:postgres@localhost` and `EMAIL_HOST_PASSWORD = "example-password"`
    show where a value goes (detect-secrets' basic-auth plugin reported the first as a leak); a real token in
    a README is still a leak."""
    write(tmp_path, {"README.rst": (
        "Run::\n\n    export DATABASE_URL=postgresql://postgres:postgres@localhost/app\n"
        '    EMAIL_HOST_PASSWORD = "example-password"\n'
        '    GH_TOKEN = "ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5"\n')})
    result = findings(scan(tmp_path, only=(SECRET_SCAN,)), SECRET_SCAN)
    got = {f.location.line: f.status for f in result if f.location and f.location.line}
    assert got == {5: Status.FAIL}, [f.message for f in result]


def test_state_words_and_record_identifiers_are_not_secrets(tmp_path: Path) -> None:
    """healthchecks: `ctx["email_password_status"] = "success"` holds a state, and the API docs' `unique_key`
    is a check's stable id (hex); a password or a secret key under the same shapes still counts."""
    write(tmp_path, {
        "hc/views.py": 'def view(ctx):\n    ctx["email_password_status"] = "success"\n'
                       '    ctx["email_password"] = "Zk3vQ9pLm2Xw7Rt5"\n',
        "templates/api.md": '```json\n{\n  "unique_key": "a6c7b0a8a66bed0df66abfdab3c77736861703ee",\n'
                            '  "secret_key": "a6c7b0a8a66bed0df66abfdab3c77736861703ee"\n}\n```\n',
    })
    assert set(_by_line(tmp_path, "hc/views.py")) == {3}
    assert set(_by_line(tmp_path, "templates/api.md")) == {4}


def test_secret_fallbacks_written_in_code_are_reported(tmp_path: Path) -> None:
    """`envsecret("SECRET_KEY", "---")` (healthchecks' settings), `os.getenv(..., "literal")`,
    `process.env.X || "literal"`: what runs when the deployment forgets the variable. A stand-in is a default
    credential (warn), a real-looking value a hard-coded fallback (fail); no fallback, an empty one, a
    reference or a non-secret name is nothing."""
    write(tmp_path, {
        "hc/settings.py": 'import os\nSECRET_KEY = envsecret("SECRET_KEY", "---")\n'
                          'API_TOKEN = os.getenv("API_TOKEN", "Zk3vQ9pLm2Xw7Rt5Yb8N")\n'
                          'DB_PASSWORD = os.environ.get("DB_PASSWORD", "")\n'
                          'SITE_NAME = os.getenv("SITE_NAME", "Mychecks")\n'
                          'S3_SECRET_KEY = envsecret("S3_SECRET_KEY")\n'
                          'PASSWORD_FILE = os.getenv("PASSWORD_FILE", "/run/secrets/db")\n',
        "web/server.js": 'const secret = process.env.JWT_SECRET || "changeme";\n',
    })
    py = _by_line(tmp_path, "hc/settings.py")
    assert set(py) == {2, 3}, py
    assert py[2][0] is Status.WARN and py[2][1].startswith("default credential"), py
    assert py[3][0] is Status.FAIL and "Hard-coded fallback" in py[3][1] and "Zk3vQ9" not in py[3][1], py
    js = _by_line(tmp_path, "web/server.js")
    assert js[1][0] is Status.WARN and "JWT_SECRET fallback" in js[1][1], js


def test_placeholder_credentials_in_values_configmaps_and_secrets_are_default_credentials(tmp_path: Path) -> None:
    """`password: changeme` in chart values, a ConfigMap or a Secret (stringData, or base64 `data`) is the
    password every installation gets: a default credential (warn), as the secret scan says, never a pass.
    References filled in elsewhere and empty values stay fine; an example values file is documentation."""
    secret = ("apiVersion: v1\nkind: Secret\nmetadata: {name: db}\n"
              "stringData:\n  password: changeme\n  url: ${DATABASE_URL}\ndata:\n  token: Y2hhbmdlbWU=\n")
    write(tmp_path, {
        "chart/Chart.yaml": "apiVersion: v2\nname: c\nversion: 0.1.0\n",
        "chart/values.yaml": "auth:\n  password: changeme\n  apiKey: ''\n  existingSecret: db\n",
        "chart/values.example.yaml": "auth:\n  password: changeme\n",
        "k8s/cm.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cfg}\n"
                       "data:\n  DB_PASSWORD: changeme\n  LOG_LEVEL: info\n",
        "k8s/secret.yaml": secret,
    })
    checks = ("sensitive-config/helm-values", "sensitive-config/configmaps", "sensitive-config/kubernetes-secrets")
    result = scan(tmp_path, only=checks)
    [values] = findings(result, checks[0], Status.WARN)
    assert (values.location.path, values.location.line) == ("chart/values.yaml", 2)
    assert "auth.password holds a placeholder (cha*****): a default credential" in values.message
    assert [f.location.path for f in findings(result, checks[0], Status.PASS)] == ["chart/values.example.yaml"]
    [cm] = findings(result, checks[1], Status.WARN)
    assert "placeholder credentials (DB_PASSWORD)" in cm.message and cm.location.line == 5
    [sec] = findings(result, checks[2], Status.WARN)
    assert "placeholder values (token, password)" in sec.message
    assert not [f for f in result.findings if f.status is Status.FAIL]
    # a real value next to the placeholder still fails
    write(tmp_path, {"k8s/secret.yaml": secret + "  key: " + "U3VwM3JTM2NyZXRQYXNzdzByZCE=\n",
                     "chart/values.yaml": "auth:\n  password: changeme\n  apiKey: Zk3vQ9pLm2Xw7Rt5\n"})
    result = scan(tmp_path, only=checks)
    [sec] = findings(result, checks[2], Status.FAIL)
    assert "holds 1 values in clear (key)" in sec.message
    assert [f.status for f in findings(result, checks[0]) if f.location.path == "chart/values.yaml"] \
        == [Status.FAIL, Status.WARN]


def test_a_name_and_key_pair_in_values_references_a_secret(tmp_path: Path) -> None:
    """cla-backend's values: `envVars.DB_PASSWORD.secret: {name: database-14, key: password}` names the entry
    of a Secret (as secretKeyRef does); a `key` with no `name` beside it is still a literal value."""
    write(tmp_path, {
        "chart/Chart.yaml": "apiVersion: v2\nname: c\nversion: 0.1.0\n",
        "chart/values.yaml": "envVars:\n  DB_PASSWORD:\n    secret:\n      name: database-14\n      key: password\n"
                             "  SENTRY_DSN:\n    secret: {name: sentry, key: dsn}\n"
                             "license:\n  key: Zk3vQ9pLm2Xw7Rt5Yb8N\n",
    })
    result = scan(tmp_path, only=("sensitive-config/helm-values",))
    [bad] = [f for f in findings(result, "sensitive-config/helm-values") if f.status is not Status.PASS]
    assert bad.status is Status.FAIL and "license.key holds a literal value" in bad.message


def test_env_file_of_addresses_is_plain_settings_signed_urls_are_not(tmp_path: Path) -> None:
    """eShop's compose `.env`: a host name and a long URL without credentials are addresses, not secrets; a
    URL whose query carries a signature or a token (a SAS/presigned URL) is one."""
    write(tmp_path, {
        "src/.env": "ESHOP_EXTERNAL_DNS_NAME_OR_IP=host.docker.internal\n"
                    "ESHOP_STORAGE_CATALOG_URL=http://host.docker.internal:5202/c/api/v1/catalog/items/[0]/pic/\n",
        "blob/.env": "CATALOG_URL=https://store.blob.core.windows.net/pics?sv=2020-08-04&sig=Zk3vQ9pLm2Xw7Rt5Yb\n",
        "hook/.env": "HOOK=https://hooks.example.com/services/x?token=Zk3vQ9pLm2Xw7Rt5Yb\n",
    })
    result = findings(scan(tmp_path, only=("sensitive-config/env-files",)), "sensitive-config/env-files")
    assert {f.location.path: f.status for f in result if f.location} == {
        "src/.env": Status.PASS, "blob/.env": Status.FAIL, "hook/.env": Status.FAIL}


def test_compose_defaults_are_local_development_when_kubernetes_is_the_deployment(tmp_path: Path) -> None:
    """cla-backend, flask-vue-kubernetes: `POSTGRES_PASSWORD: postgres` in the compose file of a repository that
    deploys with Kubernetes is a laptop database, not deployed; a real token there still fails, a swarm stack
    file is a deployment, and without Kubernetes material (fastapi-realworld) the compose file may be the
    deployment: its default stays reported."""
    compose = ("services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: postgres\n"
               "      API_TOKEN: \"Zk3vQ9pLm2Xw7Rt5Yb8Nc4Hd6\"\n")
    write(tmp_path, {"docker-compose.yml": compose, "zarf/compose/docker_compose.yaml": compose})
    assert {line: status for line, (status, _) in _by_line(tmp_path, "docker-compose.yml").items()} \
        == {4: Status.WARN, 5: Status.FAIL}
    write(tmp_path, {"k8s/app.yaml": "apiVersion: v1\nkind: Service\nmetadata: {name: web}\n"
                                     "spec:\n  selector: {app: web}\n  ports: [{port: 80}]\n",
                     "docker-stack.yml": compose})
    assert {line: status for line, (status, _) in _by_line(tmp_path, "docker-compose.yml").items()} \
        == {5: Status.FAIL}
    assert set(_by_line(tmp_path, "zarf/compose/docker_compose.yaml")) == {5}  # ardanlabs' spelling
    assert set(_by_line(tmp_path, "docker-stack.yml")) == {4, 5}


def test_compose_word_passwords_are_local_development_when_kubernetes_is_the_deployment(tmp_path: Path) -> None:
    """hmpps-alerts-api's `docker-compose-local.yml` (`- POSTGRES_PASSWORD=alerts`), cla-backend's
    `ADMIN_PASSWORD: cla_admin`, the Concourse quickstart's `concourse_pass`: a word chosen for a laptop
    database in the compose file of a repository that deploys with Kubernetes is not deployed, like a default.
    A random value there may be a real account's and stays reported; without Kubernetes material the compose
    file may be the deployment and its word passwords stay reported."""
    compose = ("services:\n  db:\n    environment:\n      - POSTGRES_PASSWORD=alerts\n"
               "  admin:\n    environment:\n      ADMIN_PASSWORD: cla_admin\n"
               "      CONCOURSE_POSTGRES_PASSWORD: concourse_pass\n"
               "      SMTP_PASSWORD: \"q7Vd2LxR9mTz4Kp\"\n")
    # quarkus-super-heroes: one compose file per build flavour under deploy/docker-compose/
    write(tmp_path, {"docker-compose-local.yml": compose, "deploy/docker-compose/native.yml": compose})
    alone = _by_line(tmp_path, "docker-compose-local.yml")
    assert {line: status for line, (status, _) in alone.items()} == {
        4: Status.FAIL, 7: Status.FAIL, 8: Status.FAIL, 9: Status.FAIL}, alone
    assert set(_by_line(tmp_path, "deploy/docker-compose/native.yml")) == {4, 7, 8, 9}
    write(tmp_path, {"helm_deploy/app/Chart.yaml": "apiVersion: v2\nname: app\nversion: 0.1.0\n",
                     "helm_deploy/app/templates/svc.yaml": "apiVersion: v1\nkind: Service\nmetadata: {name: web}\n"
                                                           "spec:\n  selector: {app: web}\n  ports: [{port: 80}]\n"})
    assert {line: status for line, (status, _) in _by_line(tmp_path, "docker-compose-local.yml").items()} \
        == {9: Status.FAIL}
    assert set(_by_line(tmp_path, "deploy/docker-compose/native.yml")) == {9}


def test_defaults_in_files_named_as_tests_are_test_data(tmp_path: Path) -> None:
    """fastapi-realworld's `postman/run-api-tests.sh`, TeaStore's `tools/test_webui.sh`, cla-backend's
    `settings/testing.py` sit outside test folders but say what they are: their default credentials are test
    data. A real secret in them still fails, and a name that only contains the letters (`latest.sh`) counts."""
    script = 'PASSWORD=${PASSWORD:-password}\ncurl -d "password=password" http://localhost/login\n'
    write(tmp_path, {"postman/run-api-tests.sh": script, "tools/test_webui.sh": script,
                     "app/settings/testing.py": 'SECRET_KEY = "secret"\nAPI_TOKEN = "Zk3vQ9pLm2Xw7Rt5Yb8Nc4Hd6"\n',
                     "deploy/latest.sh": script})
    assert _by_line(tmp_path, "postman/run-api-tests.sh") == {}
    assert _by_line(tmp_path, "tools/test_webui.sh") == {}
    assert set(_by_line(tmp_path, "app/settings/testing.py")) == {2}
    assert _by_line(tmp_path, "deploy/latest.sh")[1][0] is Status.WARN



def test_a_secret_getter_returning_a_literal_hard_codes_the_secret(tmp_path: Path) -> None:
    """TeaStore's ConstantKeyProvider: `getKey(...) { return "thebestsecretkey"; }` signs every session with a
    public constant. A getter returning a lookup, a short code, or another name's literal is nothing."""
    write(tmp_path, {
        "auth/ConstantKeyProvider.java": 'class ConstantKeyProvider {\n  public String getKey(Blob blob) {\n'
                                         '    return "thebestsecretkey";\n  }\n'
                                         '  public String getName() {\n    return "constantprovider";\n  }\n'
                                         '  String getToken() {\n    return System.getenv("TOKEN");\n  }\n}\n',
        "app/keys.py": 'def get_secret_key():\n    """The signing key."""\n    return "changeme"\n',
    })
    java = _by_line(tmp_path, "auth/ConstantKeyProvider.java")
    assert set(java) == {3} and java[3][0] is Status.FAIL and "getKey() returns" in java[3][1], java
    assert "thebestsecretkey" not in java[3][1]
    py = _by_line(tmp_path, "app/keys.py")
    assert py[3][0] is Status.WARN and py[3][1].startswith("default credential"), py


def test_switches_property_names_headers_and_public_emulator_keys_are_not_secrets(tmp_path: Path) -> None:
    """Lines of TeaStore, cla-backend, ardanlabs/service and TailwindTraders that the scan reported: a boolean
    switch (`secretRequired="false"`, `mask-password: true`), the name of a JPA property, a script grepping for a
    PGP header, a CI job's `-e POSTGRES_PASSWORD=postgres`, Go code handling a password and the Azure Cosmos DB
    Emulator's documented key. A real key on the same shapes is still reported."""
    emulator = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw=="
    write(tmp_path, {
        "docker/start.sh": ("#!/bin/sh\nsed -i 's|<Connector port=\"8009\" protocol=\"AJP/1.3\" "
                            "secretRequired=\"false\" />|x|g' server.xml\n"),
        ".github/workflows/build.yml": ("jobs:\n  b:\n    steps:\n      - uses: aws-actions/amazon-ecr-login@v2\n"
                                        "        with:\n          mask-password: true\n"),
        "src/EMFManager.java": ('class EMFManager {\n  private static final String PASSWORD_PROPERTY = '
                                '"jakarta.persistence.jdbc.password";\n'
                                '  private static final String DB_PASSWORD = "Zk3vQ9pLm2Xw7Rt5";\n}\n'),
        "bin/swap_keys.sh": ("#!/bin/sh\nif ! grep -q 'BEGIN PGP PRIVATE KEY BLOCK' $PRIVATE_KEY_FILE; then\n"
                             "  exit 1\nfi\n"),
        ".circleci/config.yml": ("jobs:\n  test:\n    steps:\n      - run:\n          command: |\n"
                                 "            docker run -d -e POSTGRES_PASSWORD=postgres postgres:18.4\n"),
        "business/userbus.go": ("package userbus\n\nfunc f(uu UpdateUser) {\n\tif uu.Password != nil {\n"
                                "\t\tpw, _ := bcrypt.GenerateFromPassword([]byte(uu.Password.String()), 10)\n"
                                "\t\tusr.PasswordHash = pw\n\t}\n}\n"),
        "compose.override.yml": ("services:\n  api:\n    environment:\n"
                                 f"      - CosmosDb__Key=${{COSMOSDB_AUTHKEY:-{emulator}}}\n"),
        "appsettings.Development.json": f'{{\n  "CosmosDb": {{\n    "Key": "{emulator}"\n  }}\n}}\n',
    })
    result = findings(scan(tmp_path, only=(SECRET_SCAN,)), SECRET_SCAN)
    reported = {(f.location.path, f.location.line) for f in result
                if f.location and f.location.line and f.status in (Status.FAIL, Status.WARN)}
    assert reported == {("src/EMFManager.java", 3)}, [f.message for f in result]


GVALUES = """inf:
  db:
    coupons:
      user: # COSMOS USER tailwindtraders-coupons-dev
      pwd: # COSMOS PASSWORD
      dbName: Coupon
      collection: CouponCollection
  storage:
    couponimage: https://tailwindtraders.blob.core.windows.net/coupon-list
  appinsights:
    id:
sec:
  issuer: TTFakeLogin
  securityKey: nEpLzQJGNSCNL5H6DIQCtTdNxf5VgAGcBbtXLms1YDD01KJBAs0WVawaEjn97uwB
  cacheKey: order-summary-by-customer-and-region
"""


def test_an_unquoted_random_value_under_a_secret_key_in_yaml(tmp_path: Path) -> None:
    """TailwindTraders (bench/accuracy): Deploy/helm/gvalues.yaml commits the HMAC key that signs every JWT as an
    unquoted YAML value; detect-secrets' entropy plugins read only quoted strings, so only its quoted copies (the
    PowerShell and appsettings files) were found. Words, names and blanks under other keys stay quiet."""
    write(tmp_path, {"Deploy/helm/gvalues.yaml": GVALUES})
    found = _by_line(tmp_path, "Deploy/helm/gvalues.yaml")
    assert set(found) == {14}, found
    assert found[14][0] is Status.FAIL and "Base64 High Entropy String" in found[14][1]
    assert "nEpLzQJGNSCNL5H6" not in found[14][1]  # masked


# EdwinVW/pitstop's src/k8s: the SQL Server sa password as a container env entry, the RabbitMQ password in the
# rabbitmq.conf a ConfigMap holds (detect-secrets' keyword plugin reads neither: the key is `value`, and a block
# scalar's `key = value` lines are not YAML)
PITSTOP_SQLSERVER = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: sqlserver
spec:
  template:
    spec:
      containers:
      - env:
        - name: ACCEPT_EULA
          value: "Y"
        - name: MSSQL_PID
          value: Developer
        - name: MSSQL_SA_PASSWORD
          value: 8jkGh47hnDw89H@q8LN2
        - name: TOKEN_EXPIRY_SECONDS
          value: "3600"
        - name: ALLOW_EMPTY_PASSWORD
          value: "yes"
        - name: GOOGLE_APPLICATION_CREDENTIALS
          value: /var/secrets/google/key.json
        - name: DB_PASSWORD
          value: $(MSSQL_SA_PASSWORD)
        - {name: RABBITMQ_PASSWORD, value: "{{ .Values.rabbitPassword }}"}
        - {name: SMTP_PASSWORD, value: Kq7pZ2mW9xR4vT1n}
        image: mcr.microsoft.com/mssql/server:2022-latest
"""
PITSTOP_RABBITMQ = """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: rqconfigmap
  namespace: pitstop
data:
  rabbitmq.conf: |
    default_user = rabbitmquser
    default_pass = DEBmbwkSrzy9D1T9cJfa
    loopback_users = none
  default_pass = notinablock
"""


def test_a_password_in_an_env_entry_or_in_a_config_file_inside_yaml(tmp_path: Path) -> None:
    write(tmp_path, {"src/k8s/sqlserver.yaml": PITSTOP_SQLSERVER, "src/k8s/rabbitmq.yaml": PITSTOP_RABBITMQ})
    found = _by_line(tmp_path, "src/k8s/sqlserver.yaml")
    # the sa password and the flow-style SMTP password; not a number, a switch, a mounted file, $(VAR) or a template
    assert set(found) == {15, 25}, found
    assert "Secret Keyword" in found[15][1] and "8jkGh47" not in found[15][1]
    found = _by_line(tmp_path, "src/k8s/rabbitmq.yaml")
    assert set(found) == {9}, found  # inside the block scalar only; the user name is no secret
    assert "DEBmbwkS" not in found[9][1]


def test_placeholder_for_another_services_api_key_is_not_a_default_credential(tmp_path: Path) -> None:
    """quarkus-super-heroes' generated values (rest-narration/deploy/helm/knative/values-java25.yaml):
    `OPENAI_API_KEY: change-me` is a key OpenAI issues, still to be supplied; nothing in the deployment accepts
    it. A placeholder for a key the service itself may accept (a bare or role-named API key) or a password stays
    a default credential."""
    chart = "rest-narration/deploy/helm/knative"
    write(tmp_path, {
        f"{chart}/Chart.yaml": "apiVersion: v2\nname: rest-narration\nversion: 1.0.0\n",
        f"{chart}/values-java25.yaml": "---\napp:\n  envs:\n    OPENAI_API_KEY: change-me\n"
                                       "    QUARKUS_OTEL_K8S_RESOURCE_CONTAINER_NAME: rest-narration\n",
        "other/Chart.yaml": "apiVersion: v2\nname: other\nversion: 1.0.0\n",
        "other/values.yaml": "app:\n  envs:\n    ADMIN_API_KEY: change-me\n    API_KEY: changeme\n"
                             "db:\n  password: change-me\n",
    })
    result = findings(scan(tmp_path, only=("sensitive-config/helm-values",)), "sensitive-config/helm-values")
    [quarkus] = [f for f in result if f.location and f.location.path == f"{chart}/values-java25.yaml"]
    assert quarkus.status is Status.PASS and "app.envs.OPENAI_API_KEY" in quarkus.message, quarkus
    other = sorted(f.message.split(" holds")[0] for f in result if f.status is Status.WARN)
    assert other == ["other/values.yaml: app.envs.ADMIN_API_KEY", "other/values.yaml: app.envs.API_KEY",
                     "other/values.yaml: db.password"]


def test_a_switch_about_a_password_in_an_env_file_is_not_one(tmp_path: Path) -> None:
    """wild-workouts' .env (bench/accuracy): `MYSQL_RANDOM_ROOT_PASSWORD=true` tells the MySQL image to make up a root
    password; `ALLOW_EMPTY_PASSWORD=yes` is Bitnami's switch. A password beside them is still reported, digits too."""
    write(tmp_path, {".env": "MYSQL_USER=user\nMYSQL_RANDOM_ROOT_PASSWORD=true\nALLOW_EMPTY_PASSWORD=yes\n"
                             "MYSQL_PASSWORD=Zk3vQ9pLm2Xw7Rt5\nREDIS_PASSWORD=123456\n",
                     "docker-compose.yml": "services:\n  db:\n    image: mysql:8\n    environment:\n"
                                           "      - MYSQL_RANDOM_ROOT_PASSWORD=${MYSQL_RANDOM_ROOT_PASSWORD:-yes}\n"})
    assert set(_by_line(tmp_path, ".env")) == {4, 5}
    assert _by_line(tmp_path, "docker-compose.yml") == {}


def test_a_host_and_port_in_an_env_file_is_an_address(tmp_path: Path) -> None:
    """wild-workouts' .test.ci.env (bench/accuracy): `FIRESTORE_EMULATOR_HOST=firestore-component-tests:8787` was
    long enough to be taken for a token; a long token with a colon is still one."""
    write(tmp_path, {".test.ci.env": "FIRESTORE_EMULATOR_HOST=firestore-component-tests:8787\nMYSQL_ADDR=mysql\n",
                     "other/.env": "SESSION_SEED=Zk3vQ9pLm2Xw7Rt5aB8cD1eF4gH6jK0:x9Y2\n"})
    result = {f.location.path: f.status for f in findings(scan(tmp_path, only=("sensitive-config/env-files",)),
                                                          "sensitive-config/env-files") if f.location}
    assert result == {".test.ci.env": Status.PASS, "other/.env": Status.FAIL}


def test_names_of_secret_entries_and_switches_are_not_secrets(tmp_path: Path) -> None:
    """hmpps-alerts-api (bench/accuracy): generic-service's `namespace_secrets` maps each env variable to the key
    of a Kubernetes Secret (`DB_PASS: "database_password"`), a reusable CI workflow gets its throwaway database's
    password as `postgres-password: 'alerts'`, and `HMPPS_SQS_USE_WEB_TOKEN: "true"` is a switch. The same shapes
    elsewhere are values: piggymetrics' `password: dev-password` is a real (weak) password, and so is a value
    under a chart's own `secrets:` map, which its templates write into a Secret."""
    values = ("generic-service:\n  env:\n    HMPPS_SQS_USE_WEB_TOKEN: \"true\"\n  namespace_secrets:\n"
              "    hmpps-alerts-api:\n      SENTRY_AUTH_TOKEN: SENTRY_AUTH_TOKEN\n"
              "    hmpps-alerts-api-client-creds:\n      CLIENT_SECRET: \"API_CLIENT_SECRET\"\n"
              "    rds-postgresql-instance-output:\n      DB_PASS: \"database_password\"\n"
              "secrets:\n  DB_PASS: \"database_password\"\n"
              "mail:\n  password: dev-password\n")
    write(tmp_path, {"helm_deploy/app/Chart.yaml": "apiVersion: v2\nname: app\nversion: 0.1.0\n",
                     "helm_deploy/app/values.yaml": values,
                     ".github/workflows/pipeline.yml": "jobs:\n  verify:\n    uses: org/actions/.github/workflows/"
                     "gradle_verify.yml@v2\n    with:\n      postgres-password: 'alerts'\n"})
    result = scan(tmp_path, only=(SECRET_SCAN, "sensitive-config/helm-values"))
    scanned = {(f.location.path, f.location.line) for f in findings(result, SECRET_SCAN)
               if f.status is not Status.PASS and f.location}
    assert scanned == {("helm_deploy/app/values.yaml", 12), ("helm_deploy/app/values.yaml", 14)}, scanned
    literal = [f.message for f in findings(result, "sensitive-config/helm-values") if f.status is Status.FAIL]
    assert len(literal) == 2 and {m.split(" holds")[0].rsplit(" ", 1)[-1] for m in literal} == {
        "secrets.DB_PASS", "mail.password"}, literal


def test_namespace_secrets_lookup_is_one_pass_per_file() -> None:
    # asked for every secret keyword of a YAML file: one stack pass, not a walk up the file per hit
    import time

    from deploycheck.sources.secrets import secret_reference_lines

    lines = ["generic-service:", "  namespace_secrets:", "    app:"] + [f"      DB_PASS_{i}: x" for i in range(200_000)]
    lines += ["other:", "  password: hunter2"]
    started = time.process_time()
    found = secret_reference_lines(lines)
    assert time.process_time() - started < 3
    assert {4, 200_003} <= found and not {len(lines) - 1, len(lines)} & found


def test_a_matrix_value_naming_the_secret_a_step_reads_is_not_a_secret(tmp_path: Path) -> None:
    """laa-crime-application-store's deploy workflow: each matrix entry names the repository secrets of its
    environment and the step reads `secrets[matrix.kube_token_secret]`. The names are not secrets; a literal token
    in a key the steps never index that way still is one."""
    workflow = ("name: Build and Deploy Main\non: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n"
                "    strategy:\n      matrix:\n        include:\n          - env: development\n"
                "            kube_cert_secret: AUTOGENERATED_NSCC_STORE_DEV_K8S_CLUSTER_CERT\n"
                "            kube_token_secret: AUTOGENERATED_NSCC_STORE_DEV_K8S_TOKEN\n"
                "            other_secret: AUTOGENERATED_NSCC_STORE_DEV_K8S_OTHER\n"
                "    steps:\n      - uses: ministryofjustice/authenticate_to_cluster@v1\n        with:\n"
                "          kube-cert: ${{ secrets[matrix.kube_cert_secret] }}\n"
                "          kube-token: ${{ secrets[matrix.kube_token_secret] }}\n")
    write(tmp_path, {".github/workflows/build-and-test-main.yml": workflow})
    got = _by_line(tmp_path, ".github/workflows/build-and-test-main.yml")
    assert 10 not in got and 11 not in got
    assert got[12][0] is Status.FAIL
