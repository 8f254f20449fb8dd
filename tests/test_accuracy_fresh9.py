"""What the fresh repositories dex-k8s-authenticator (mintel/dex-k8s-authenticator) and dotnet-core-web-api
(kubeopsskills/dotnet-core-web-api) showed (acc-fresh9, 2026-11-29 night). Each test fails on the code before its
fix."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

# --- sensitive-config/configmaps: a password inside a JSON settings file held in a ConfigMap (a false pass) ---------

# dotnet-core-web-api's manifests/config.yaml: `kubectl create configmap --from-file` output of
# appsettings.Production.json (CRLF lines inside a double-quoted YAML scalar), mounted as the app's settings file.
CONFIG_YAML = r"""apiVersion: v1
data:
  appsettings.Production.json: "{\r\n  \"Logging\": {\r\n    \"LogLevel\": {\r\n      \"Default\":
    \"Information\",\r\n      \"Microsoft\": \"Warning\",\r\n      \"Microsoft.Hosting.Lifetime\":
    \"Information\"\r\n    }\r\n  },\r\n  \"AllowedHosts\": \"*\",\r\n  \"DatabaseConfig\":
    \ {\r\n      \"DBURL\": \"10.0.0.2\",\r\n      \"DBUserName\": \"admin\",\r\n
    \     \"DBPassword\": \"password\"\r\n  }\r\n}\r\n"
kind: ConfigMap
metadata:
  name: appsettings
  namespace: default
"""


def _configmaps(tmp_path: Path, text: str) -> list[tuple[Status, str]]:
    write(tmp_path, {"manifests/config.yaml": text})
    result = scan(tmp_path, only=("sensitive-config/configmaps",))
    return [(f.status, f.message) for f in findings(result, "sensitive-config/configmaps")]


def test_a_default_password_in_a_json_settings_file_is_reported(tmp_path: Path) -> None:
    [(status, message)] = _configmaps(tmp_path, CONFIG_YAML)
    assert status is Status.WARN
    assert "appsettings.Production.json" in message


def test_a_real_password_in_a_json_settings_file_fails(tmp_path: Path) -> None:
    [(status, message)] = _configmaps(tmp_path, CONFIG_YAML.replace(r'\"password\"', r'\"Xq7-vR2p!mz\"'))
    assert status is Status.FAIL
    assert "appsettings.Production.json" in message


def test_a_json_settings_file_with_a_reference_or_no_secret_passes(tmp_path: Path) -> None:
    referenced = CONFIG_YAML.replace(r'\"password\"', r'\"${DB_PASSWORD}\"')
    assert [s for s, _ in _configmaps(tmp_path, referenced)] == [Status.PASS]
    no_secret = CONFIG_YAML.replace(r'\"DBPassword\": \"password\"', r'\"DBPool\": \"10\"')
    assert [s for s, _ in _configmaps(tmp_path, no_secret)] == [Status.PASS]


# --- endpoint-security/route-auth: "/" answered the database password and passed as a landing page --------------

# dotnet-core-web-api, file by file (Program.cs trimmed to the routing lines).
DOTNET_API = {
    "dotnet-core-web-api.csproj": '<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup>'
                                  "<TargetFramework>net6.0</TargetFramework></PropertyGroup></Project>\n",
    "Program.cs": """\
var builder = WebApplication.CreateBuilder();
builder.Services.AddHealthChecks();
builder.Services.Configure<DatabaseConfig>(configurationBuilder.GetSection(nameof(DatabaseConfig)));
builder.Services.AddSingleton<APIService>();
var app = builder.Build();
app.UseRouting();
app.UseEndpoints(endpoints =>
{
    endpoints.MapHealthChecks("/health");
});
Route.Setup(app);
await app.RunAsync();
""",
    "Routes/Route.cs": """\
using Microsoft.AspNetCore.Builder;
using DotNetCoreWebAPI.Controllers;
namespace DotNetCoreWebAPI.Routes
{
    public class Route
    {
        public static void Setup(WebApplication app)
        {
            app.MapGet("/", KubeOpsController.GetAsync);
        }
    }

}
""",
    "Controllers/KubeOpsController.cs": """\
namespace DotNetCoreWebAPI.Controllers
{
    public class KubeOpsController
    {
      public static async Task GetAsync(HttpContext http){
          var apiService = http.RequestServices.GetRequiredService<APIService>();
          await http.Response.WriteAsync(apiService.ConnectionToDatabase());
       }
    }

}
""",
    "Services/APIService.cs": """\
namespace DotNetCoreWebAPI.Services {
    public class APIService {

        private readonly DatabaseConfig _dbOptions;

        public APIService(IOptions<DatabaseConfig> dbOptions)
        {
            _dbOptions = dbOptions.Value;
        }

        public string ConnectionToDatabase(){
            return "Hello World with DB_URL: "+_dbOptions.DBURL+", DB_USERNAME: "+_dbOptions.DBUserName+\
", DB_PASSWORD: "+_dbOptions.DBPassword;
        }
    }
}
""",
}


def _route_auth(tmp_path: Path, files: dict[str, str]) -> list[tuple[Status, str]]:
    write(tmp_path, files)
    result = scan(tmp_path, only=("endpoint-security/route-auth",))
    return [(f.status, f.message) for f in findings(result, "endpoint-security/route-auth")]


def test_a_root_route_that_answers_a_configured_password_is_not_a_public_landing_page(tmp_path: Path) -> None:
    out = _route_auth(tmp_path, DOTNET_API)
    failures = [m for s, m in out if s is Status.FAIL]
    assert len(failures) == 1, out
    assert failures[0].startswith("GET / (aspnet-minimal)")
    assert "DBPassword" in failures[0]


def test_a_root_route_that_answers_no_secret_stays_public_by_convention(tmp_path: Path) -> None:
    files = dict(DOTNET_API)
    files["Services/APIService.cs"] = files["Services/APIService.cs"].replace(
        '+", DB_PASSWORD: "+_dbOptions.DBPassword', "")
    assert [s for s, _ in _route_auth(tmp_path, files)] == [Status.PASS]


def test_a_lambda_handler_answering_a_secret_member_fails(tmp_path: Path) -> None:
    files = {"api.csproj": DOTNET_API["dotnet-core-web-api.csproj"], "Program.cs": """\
var app = WebApplication.CreateBuilder(args).Build();
app.MapGet("/", (IOptions<SmtpOptions> smtp) => $"mail relay {smtp.Value.Host} as {smtp.Value.ApiKey}");
app.Run();
"""}
    assert [s for s, _ in _route_auth(tmp_path, files)] == [Status.FAIL]


# --- readme/sections: a README that is an index of its documents -----------------------------------------------

# dex-k8s-authenticator's README.md (trimmed), and the documents it links.
DEX_README = """\
# Dex K8s Authenticator

A helper web-app which talks to one or more [Dex Identity services](https://github.com/dexidp/dex) to generate
`kubectl` commands for creating and modifying a `kubeconfig`.

The Web UI supports generating tokens against multiple cluster such as Dev / Staging / Production.

## Also provides
* Helm Charts
* SSL Support
* Linux/Mac/Windows instructions

## Documentation

- [Developing and Running](docs/develop.md)
- [Configuration Options](docs/config.md)
- [Using the Helm Charts](docs/helm.md)
- [SSL Support](docs/ssl.md)

## Contributing

Feel free to raise feature-requests and bugs. PR's are also very welcome.
"""
DEX_DOCS = {
    "docs/develop.md": "# Developing and Running\n\n## Building a binary\n\n    make\n",
    "docs/config.md": "# Configuration\n\n| Name | Required | Context | Description |\n|---|---|---|---|\n",
    "docs/helm.md": "# Helm Charts\n\nThis project provides Helm Charts to install `dex` and "
                    "`dex-k8s-authenticator` into a Kubernetes cluster.\n",
    "docs/ssl.md": "# SSL\n\n## Adding Trusted Certificates\n",
}


def _sections(tmp_path: Path, files: dict[str, str]) -> list[tuple[Status, str]]:
    write(tmp_path, files)
    result = scan(tmp_path, only=("readme/sections",))
    return [(f.status, f.message) for f in findings(result, "readme/sections")]


def test_sections_held_by_linked_documents_count(tmp_path: Path) -> None:
    assert [s for s, _ in _sections(tmp_path, {"README.md": DEX_README, **DEX_DOCS})] == [Status.PASS]


def test_links_to_documents_that_are_not_there_do_not_count(tmp_path: Path) -> None:
    [(status, message)] = _sections(tmp_path, {"README.md": DEX_README})
    assert status is Status.FAIL
    assert "how to run, configuration, deployment" in message


# --- cluster/namespace: a CI job's install into the kind cluster it creates is a test install -----------------

# dex-k8s-authenticator's .github/workflows/k8s.yml (the e2e job) and charts/README.md's install steps.
K8S_WORKFLOW = """\
name: k8s-lint
on:
  pull_request:
jobs:
  e2e:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v1
      - name: setup-kind
        uses: engineerd/setup-kind@v0.5.0
        with:
          name: kind
      - name: build-ci-image
        run: |
          docker build -t mintel/dex-k8s-authenticator:${GITHUB_SHA} .
          kind load docker-image mintel/dex-k8s-authenticator:${GITHUB_SHA}
      - name: install-dex
        run: |
          helm install -f /tmp/dex-overrides.yaml dex ./charts/dex
          kubectl rollout status deploy dex -w
      - name: install-dex-auth
        run: |
          helm install -f /tmp/dex-k8s-auth-overrides.yaml dex-k8s-authenticator ./charts/dex-k8s-authenticator
          kubectl rollout status deploy dex-k8s-authenticator -w
"""
CHARTS_README = """\
# Helm charts for installing 'dex' with 'dex-k8s-authenticator'

```
helm install --namespace dex --values dex.yaml charts/dex
helm install --namespace dex --values dex-k8s-authenticator charts/dex-k8s-authenticator
```
"""
DEX_CHART = {
    "charts/dex/Chart.yaml": "apiVersion: v2\nname: dex\nversion: 1.4.0\n",
    "charts/dex/values.yaml": "replicaCount: 1\n",
    "charts/dex/templates/service.yaml": """\
apiVersion: v1
kind: Service
metadata:
  name: {{ .Release.Name }}-dex
spec:
  ports:
  - port: 5556
  selector:
    app: dex
""",
}


def _namespace(tmp_path: Path, files: dict[str, str]) -> list[tuple[Status, str]]:
    write(tmp_path, files)
    result = scan(tmp_path, only=("cluster/namespace",))
    return [(f.status, f.message) for f in findings(result, "cluster/namespace")]


def test_installs_into_the_ci_jobs_own_kind_cluster_do_not_decide_the_namespace(tmp_path: Path) -> None:
    out = _namespace(tmp_path, {**DEX_CHART, ".github/workflows/k8s.yml": K8S_WORKFLOW,
                                "charts/README.md": CHARTS_README})
    assert [s for s, _ in out] == [Status.PASS], out
    assert "charts/README.md:" in out[0][1] and "(--namespace dex)" in out[0][1]


def test_a_ci_install_into_a_real_cluster_without_namespace_still_counts(tmp_path: Path) -> None:
    deploy = K8S_WORKFLOW.replace("""      - name: setup-kind
        uses: engineerd/setup-kind@v0.5.0
        with:
          name: kind
""", """      - uses: azure/aks-set-context@v1
        with:
          cluster-name: prod
""").replace("          kind load docker-image mintel/dex-k8s-authenticator:${GITHUB_SHA}\n", "")
    out = _namespace(tmp_path, {**DEX_CHART, ".github/workflows/deploy.yml": deploy,
                                "charts/README.md": CHARTS_README})
    assert [s for s, _ in out] == [Status.WARN], out


# --- smoke-tests/defined: a CI job that requests the service it has just deployed -------------------------------

E2E_JOB = K8S_WORKFLOW + """\
      - name: test
        run: |
            kubectl get pods
            export NODE_IP=$(kubectl get nodes -o jsonpath="{.items[0].status.addresses[0].address}")
            curl -Lsf "http://${NODE_IP}:30000/login/my-cluster" | grep "Log in to Your Account"
"""


def _smoke(tmp_path: Path, workflow: str) -> list[tuple[Status, str]]:
    write(tmp_path, {**DEX_CHART, ".github/workflows/k8s.yml": workflow})
    result = scan(tmp_path, only=("smoke-tests/defined",))
    return [(f.status, f.message) for f in findings(result, "smoke-tests/defined")]


def test_a_request_checked_after_the_jobs_deploy_is_a_smoke_test(tmp_path: Path) -> None:
    [(status, message)] = _smoke(tmp_path, E2E_JOB)
    assert status is Status.PASS
    assert "step test" in message


def test_downloads_and_requests_before_the_deploy_are_no_smoke_test(tmp_path: Path) -> None:
    before = K8S_WORKFLOW.replace("""      - name: install-dex
""", """      - name: tools
        run: curl -fsSL https://get.helm.sh/helm-v3.14.0-linux-amd64.tar.gz | tar xz
      - name: probe
        run: curl -sf "http://${NODE_IP}:30000/" | grep ok
      - name: install-dex
""") + """\
      - name: fetch
        run: curl -fsSL https://raw.githubusercontent.com/org/repo/main/script.sh | grep -v '#'
"""
    assert [s for s, _ in _smoke(tmp_path, before)] == [Status.FAIL]


# ardanlabs-service's zarf/k8s/dev/grafana/dev-grafana.yaml: a dashboard's panel target names its query with "key"
GRAFANA_DASHBOARDS = """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: grafana-dashboards
  namespace: sales-system
data:
  sales.json: |-
    {
      "panels": [
        {
          "datasource": {"type": "prometheus", "uid": "prometheus"},
          "targets": [
            {
              "expr": "go_goroutines",
              "key": "Q-9fc3b403-aa1a-4311-978b-cda05474ac3e-0",
              "refId": "A"
            }
          ],
          "title": "Goroutines"
        }
      ]
    }
"""


def test_a_dashboards_query_key_is_no_secret(tmp_path: Path) -> None:
    assert [s for s, _ in _configmaps(tmp_path, GRAFANA_DASHBOARDS)] == [Status.PASS]


# --- dependency-health: a .csproj's PackageReference is no "no dependencies" (an unearned n/a) ------------------

CSPROJ = """\
<Project Sdk="Microsoft.NET.Sdk.Web">

  <PropertyGroup>
    <TargetFramework>net6.0</TargetFramework>
  </PropertyGroup>

  <ItemGroup>
    <PackageReference Include="Microsoft.AspNetCore.Diagnostics.HealthChecks" Version="2.2.0" />
  </ItemGroup>


</Project>
"""


def test_unread_package_manifests_are_skipped_never_not_applicable(tmp_path: Path) -> None:
    write(tmp_path, {"dotnet-core-web-api.csproj": CSPROJ, "Program.cs": DOTNET_API["Program.cs"]})
    result = scan(tmp_path, only=("dependency-health/lockfile", "dependency-health/vulnerabilities"))
    for check_id in ("dependency-health/lockfile", "dependency-health/vulnerabilities"):
        [finding] = findings(result, check_id)
        assert finding.status is Status.SKIPPED, (check_id, finding.status, finding.message)
        assert "dotnet-core-web-api.csproj" in finding.message


def test_a_repository_without_any_package_manifest_is_not_applicable(tmp_path: Path) -> None:
    write(tmp_path, {"Program.cs": DOTNET_API["Program.cs"]})
    result = scan(tmp_path, only=("dependency-health/lockfile",))
    assert [f.status for f in findings(result, "dependency-health/lockfile")] == [Status.NA]
