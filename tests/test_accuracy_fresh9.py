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
