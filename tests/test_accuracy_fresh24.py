"""Rules from acc-fresh24's fresh repositories (2026-11-30 s6): atuinsh/atuin and exceptionless/Exceptionless.
Each test is built from the repository's own lines and fails on the code before its rule."""

from __future__ import annotations

import time
from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status
from deploycheck.sources.cors_aspnet import cors_policies

# --- endpoint-security/cors: ASP.NET Core policies are read (Exceptionless' Program.cs) ----------------------------

CORS = "endpoint-security/cors"

EXCEPTIONLESS_PROGRAM = """\
using Microsoft.AspNetCore.Builder;

namespace Exceptionless.Web;

public class Program
{
    public static async Task<int> Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddCors(b => b.AddPolicy("AllowAny", p => p
            .AllowAnyHeader()
            .AllowAnyMethod()
            .SetIsOriginAllowed(isOriginAllowed: _ => true)
            .AllowCredentials()
            .SetPreflightMaxAge(TimeSpan.FromMinutes(5))
            .WithExposedHeaders("ETag", Headers.LegacyConfigurationVersion, Headers.ConfigurationVersion,
                HeaderNames.Link, Headers.RateLimit, Headers.RateLimitRemaining, Headers.ResultCount)));

        var app = builder.Build();
        app.UseRouting();
        app.UseCors("AllowAny");
        app.MapGet("/api/v2/projects", () => Results.Ok()).RequireAuthorization();
        await app.RunAsync();
        return 0;
    }
}
"""


def _cors(root: Path) -> list[tuple[Status, str]]:
    return [(f.status, f.message) for f in findings(scan(root, only=(CORS,)), CORS)]


def test_any_origin_predicate_with_credentials_fails(tmp_path: Path) -> None:
    # before: C# was not read for CORS, and the check said n/a "no CORS configuration found in the code"
    write(tmp_path, {"src/Exceptionless.Web/Program.cs": EXCEPTIONLESS_PROGRAM})
    out = _cors(tmp_path)
    assert [s for s, _ in out] == [Status.FAIL]
    assert "any origin is allowed together with credentials" in out[0][1]


def test_aspnet_policies_without_credentials_or_commented_out(tmp_path: Path) -> None:
    # reddog-code's order service: AllowAnyOrigin without credentials passes (the browser sends none)
    write(tmp_path, {"RedDog.OrderService/Startup.cs": """\
public class Startup
{
    public void ConfigureServices(IServiceCollection services)
    {
        services.AddCors(options =>
            {
                options.AddDefaultPolicy(builder =>
                {
                   builder.AllowAnyOrigin();
                   builder.AllowAnyHeader();
                });
            });
    }
}
"""})
    assert [s for s, _ in _cors(tmp_path)] == [Status.PASS]
    # eShopOnDapr's aggregator: the same policy as Exceptionless', commented out, configures nothing
    commented = "\n".join("//" + line for line in EXCEPTIONLESS_PROGRAM.splitlines()[9:15])
    assert cors_policies(commented) == []


def test_origins_from_a_setting_with_credentials_warns() -> None:
    policies = cors_policies('services.AddCors(o => o.AddPolicy("web", p => p.WithOrigins(settings.AllowedOrigins)'
                             '.AllowCredentials()));')
    assert [(c.any_origin, c.credentials, c.origins_from) for c in policies] == [
        (False, True, "settings.AllowedOrigins")]
    assert [(c.any_origin, c.credentials) for c in cors_policies(
        'app.UseCors(b => b.WithOrigins("*").AllowCredentials());')] == [(True, True)]
    assert [(c.any_origin, c.origins_from) for c in cors_policies(
        'app.UseCors(b => b.WithOrigins("https://app.example.com").AllowCredentials());')] == [(False, None)]


def test_unclosed_policies_read_in_linear_time() -> None:
    hostile = "AddPolicy(" * 20_000 + ".AllowCredentials(" * 20_000
    start = time.process_time()
    cors_policies(hostile)
    assert time.process_time() - start < 2.0


# --- rollout-strategy/replicas: a service served from its database's pod (atuin's k8s/atuin.yaml) ---------------

REPLICAS = "rollout-strategy/replicas"

ATUIN_YAML = """\
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: atuin
spec:
  replicas: 1
  selector:
    matchLabels:
      io.kompose.service: atuin
  template:
    metadata:
      labels:
        io.kompose.service: atuin
    spec:
      containers:
        - args:
            - start
          image: ghcr.io/atuinsh/atuin:18.4.0
          name: atuin
          ports:
            - containerPort: &port 8888
          livenessProbe:
            httpGet:
              path: /healthz
              port: *port
        - name: postgresql
          image: postgres:14
          ports:
            - containerPort: 5432
          volumeMounts:
            - mountPath: /var/lib/postgresql/data/
              name: database
      volumes:
        - name: database
          persistentVolumeClaim:
            claimName: database
---
apiVersion: v1
kind: Service
metadata:
  labels:
    io.kompose.service: atuin
  name: atuin
spec:
  type: NodePort
  ports:
    - name: "8888"
      port: 8888
      nodePort: 31929
  selector:
    io.kompose.service: atuin
"""


def _replicas(root: Path) -> list[tuple[Status, str]]:
    return [(f.status, f.message) for f in findings(scan(root, only=(REPLICAS,)), REPLICAS)]


def test_service_beside_its_database_in_one_pod_fails(tmp_path: Path) -> None:
    # before: n/a "Deployment atuin runs PostgreSQL, a single-writer database", which said nothing of the sync
    # server the Service sends every client to
    write(tmp_path, {"k8s/atuin.yaml": ATUIN_YAML})
    out = _replicas(tmp_path)
    assert [s for s, _ in out] == [Status.FAIL]
    assert "of atuin beside PostgreSQL" in out[0][1]


def test_database_with_an_unserved_sidecar_stays_not_applicable(tmp_path: Path) -> None:
    # the Service reaches the database's port only; the exporter sidecar serves no Service port
    text = ATUIN_YAML.replace("image: ghcr.io/atuinsh/atuin:18.4.0",
                              "image: prometheuscommunity/postgres-exporter:v0.15.0")
    text = text.replace("containerPort: &port 8888", "containerPort: &port 9187").replace(
        '- name: "8888"\n      port: 8888', '- name: pg\n      port: 5432')
    write(tmp_path, {"k8s/atuin.yaml": text})
    assert [s for s, _ in _replicas(tmp_path)] == [Status.NA]


# --- endpoint-security/route-auth: axum extractors that authenticate, handlers in other files (atuin-server) -------

ROUTE_AUTH = "endpoint-security/route-auth"

ATUIN_ROUTER = """\
use axum::Router;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{self};
use axum::routing::{delete, get, patch, post};

use super::handlers;

pub struct UserAuth(pub User);

impl<DB> FromRequestParts<AppState<DB>> for UserAuth
where
    DB: Database + Send + Sync,
{
    type Rejection = ErrorResponseStatus<'static>;

    async fn from_request_parts(
        req: &mut Parts,
        state: &AppState<DB>,
    ) -> Result<Self, Self::Rejection> {
        let auth_header = req.headers.get(http::header::AUTHORIZATION).ok_or_else(|| {
            ErrorResponse::reply("missing authorization header")
                .with_status(http::StatusCode::BAD_REQUEST)
        })?;
        let (typ, token) = auth_header.to_str().unwrap_or("").split_once(' ').unwrap_or(("", ""));
        if typ != "Token" {
            return Err(ErrorResponse::reply("invalid authorization header encoding")
                .with_status(http::StatusCode::BAD_REQUEST));
        }
        let user = state.database.get_session_user(token).await.map_err(|_| {
            ErrorResponse::reply("session not found").with_status(http::StatusCode::FORBIDDEN)
        })?;
        Ok(Self(user))
    }
}

pub fn router<DB: Database>(database: DB, settings: Settings) -> Router {
    let negotiated = Router::new()
        .route("/user/{username}", get(handlers::user::get))
        .route("/account", delete(handlers::user::delete))
        .route("/api/v0/record", post(handlers::v0::record::post));
    negotiated
}
"""
ATUIN_USER_HANDLERS = """\
use crate::router::{AppState, UserAuth};

pub async fn get<DB: Database>(
    Path(username): Path<String>,
    state: State<AppState<DB>>,
) -> Result<Json<UserResponse>, ErrorResponseStatus<'static>> {
    todo!()
}

pub async fn delete<DB: Database>(
    UserAuth(user): UserAuth,
    state: State<AppState<DB>>,
) -> Result<Json<DeleteUserResponse>, ErrorResponseStatus<'static>> {
    todo!()
}
"""
ATUIN_RECORD_HANDLERS = """\
use crate::router::{AppState, UserAuth};

pub async fn post<DB: Database>(
    UserAuth(user): UserAuth,
    state: State<AppState<DB>>,
    Json(records): Json<Vec<Record<EncryptedData>>>,
) -> Result<(), ErrorResponseStatus<'static>> {
    todo!()
}
"""
ATUIN_CAPS_AXUM = """\
use axum::Router;

pub fn get() {}

#[cfg(test)]
mod tests {
    use axum::Router;

    #[tokio::test]
    async fn negotiates() {
        let app = Router::new().route("/probe", axum_get(|| async { "ok" })).negotiate_capabilities(caps);
    }
}
"""


def test_handlers_taking_an_authenticating_extractor_are_guarded(tmp_path: Path) -> None:
    # before: DELETE /account and POST /api/v0/record "have no auth dependency or decorator" (the extractor's
    # type name is not Auth*, and the handlers are in other files); /probe, a unit test's router, was a route
    write(tmp_path, {"crates/atuin-server/src/router.rs": ATUIN_ROUTER,
                     "crates/atuin-server/src/handlers/user.rs": ATUIN_USER_HANDLERS,
                     "crates/atuin-server/src/handlers/v0/record.rs": ATUIN_RECORD_HANDLERS,
                     "crates/atuin-domain/src/caps/axum.rs": ATUIN_CAPS_AXUM})
    failed = [f.message for f in findings(scan(tmp_path, only=(ROUTE_AUTH,)), ROUTE_AUTH, Status.FAIL)]
    assert len(failed) == 1 and failed[0].startswith("GET /user/{username} (axum)")


def test_an_extractor_that_reads_no_credential_guards_nothing(tmp_path: Path) -> None:
    # the same handlers with an extractor that only reads a header it never checks: still open
    router = ATUIN_ROUTER.replace("http::header::AUTHORIZATION", "http::header::ACCEPT").replace(
        '"missing authorization header"', '"missing header"').replace(
        '"invalid authorization header encoding"', '"invalid header"').replace(
        "get_session_user", "get_user").replace('"session not found"', '"not found"')
    write(tmp_path, {"crates/atuin-server/src/router.rs": router,
                     "crates/atuin-server/src/handlers/user.rs": ATUIN_USER_HANDLERS,
                     "crates/atuin-server/src/handlers/v0/record.rs": ATUIN_RECORD_HANDLERS})
    failed = [f.message for f in findings(scan(tmp_path, only=(ROUTE_AUTH,)), ROUTE_AUTH, Status.FAIL)]
    assert any("DELETE /account" in m for m in failed)


# --- registry/ci-push: depot/build-push-action pushes (atuin's docker.yaml) -------------------------------------

ATUIN_DOCKER_WORKFLOW = """\
name: build-docker

on:
  push:
    branches: [main]
    tags:
      - 'v*'

jobs:
  publish:
    runs-on: depot-ubuntu-24.04
    steps:
      - uses: actions/checkout@v7
      - uses: depot/setup-action@v1
      - name: Login to container Registry
        uses: docker/login-action@v4
        with:
          username: ${{ github.repository_owner }}
          password: ${{ secrets.GITHUB_TOKEN }}
          registry: ghcr.io
      - name: Build and push
        uses: depot/build-push-action@v1
        with:
          push: true
          platforms: linux/amd64,linux/arm64
          file: ./Dockerfile
          context: .
          provenance: false
          tags: ${{ steps.meta.outputs.tags }}
"""
ATUIN_DOCKERFILE = ("FROM lukemathwalker/cargo-chef:latest-rust-slim-bookworm@sha256:"
                    "e406ad0baa7266cee09ca9f62f30d7ed330bdb25be9f337ff8090e7ae215f7fd AS chef\n") + """\
WORKDIR app

FROM chef AS planner
COPY . .
RUN cargo chef prepare --recipe-path recipe.json

FROM chef AS builder

# Ensure working C compile setup (not installed by default in arm64 images)
RUN apt update && apt install build-essential libssl-dev pkg-config -y

COPY --from=planner /app/recipe.json recipe.json
RUN cargo chef cook --release --recipe-path recipe.json

COPY . .
RUN cargo build --release --bin atuin-server

FROM debian:bookworm-20260713-slim AS runtime
RUN useradd -c 'atuin user' atuin && mkdir /config && chown atuin:atuin /config
USER atuin
COPY --from=builder /app/target/release/atuin-server /usr/local/bin
ENTRYPOINT ["/usr/local/bin/atuin-server"]
"""


def test_depot_build_push_action_pushes(tmp_path: Path) -> None:
    # before: "no image push found in 1 CI file(s)"
    write(tmp_path, {".github/workflows/docker.yaml": ATUIN_DOCKER_WORKFLOW, "Dockerfile": ATUIN_DOCKERFILE})
    out = findings(scan(tmp_path, only=("registry/ci-push",)), "registry/ci-push")
    assert [f.status for f in out] == [Status.PASS] and "depot/build-push-action" in out[0].message
    write(tmp_path, {".github/workflows/docker.yaml": ATUIN_DOCKER_WORKFLOW.replace("push: true", "push: false")})
    assert [f.status for f in findings(scan(tmp_path, only=("registry/ci-push",)), "registry/ci-push")] != [
        Status.PASS]


def test_cargo_chef_cook_installs_the_dependencies_before_the_source(tmp_path: Path) -> None:
    # before: "dependencies installed (cargo build) after `COPY . .` at line 16"
    write(tmp_path, {"Dockerfile": ATUIN_DOCKERFILE, "Cargo.toml": "[package]\nname = \"atuin\"\n",
                     "src/main.rs": "fn main() {}\n"})
    layer = "dockerfile/layer-caching"
    assert [f.status for f in findings(scan(tmp_path, only=(layer,)), layer)] == [Status.PASS]
    # without the cook, the build after `COPY . .` downloads every crate again on each code change
    write(tmp_path, {"Dockerfile": ATUIN_DOCKERFILE.replace(
        "RUN cargo chef cook --release --recipe-path recipe.json\n", "")})
    assert [f.status for f in findings(scan(tmp_path, only=(layer,)), layer)] == [Status.WARN]


# --- api-docs/spec-present: ASP.NET Core's own OpenAPI (AddOpenApi + MapOpenApi, Exceptionless) -----------------

EXCEPTIONLESS_OPENAPI_EXTENSIONS = """\
namespace Exceptionless.Web.Utility.OpenApi;

public static class ExceptionlessOpenApiServiceCollectionExtensions
{
    public static IServiceCollection AddExceptionlessOpenApi(this IServiceCollection services)
    {
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer<DocumentInfoTransformer>();
        });
        return services;
    }
}
"""
EXCEPTIONLESS_SERVING = """\
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddExceptionlessOpenApi();
var app = builder.Build();
app.MapOpenApi("/docs/v2/openapi.json");
app.MapGet("/api/v2/projects", () => Results.Ok()).RequireAuthorization();
await app.RunAsync();
"""


def test_aspnet_core_openapi_generated_and_served_is_a_description(tmp_path: Path) -> None:
    # before: "the code declares 1 HTTP route(s) but the repository has no API description"
    write(tmp_path, {"src/Exceptionless.Web/Exceptionless.Web.csproj": "<Project Sdk=\"Microsoft.NET.Sdk.Web\"/>\n",
                     "src/Exceptionless.Web/Program.cs": EXCEPTIONLESS_SERVING,
                     "src/Exceptionless.Web/Utility/OpenApi/ExceptionlessOpenApiServiceCollectionExtensions.cs":
                     EXCEPTIONLESS_OPENAPI_EXTENSIONS})
    spec = "api-docs/spec-present"
    out = findings(scan(tmp_path, only=(spec,)), spec)
    assert [f.status for f in out] == [Status.PASS] and "ASP.NET Core OpenAPI: " in out[0].message
    # served only in development: production serves no description
    write(tmp_path, {"src/Exceptionless.Web/Program.cs": EXCEPTIONLESS_SERVING.replace(
        'app.MapOpenApi("/docs/v2/openapi.json");',
        'if (app.Environment.IsDevelopment())\n{\n    app.MapOpenApi("/docs/v2/openapi.json");\n}')})
    assert [f.status for f in findings(scan(tmp_path, only=(spec,)), spec)] == [Status.FAIL]


# --- logging/level-from-env: Rust's EnvFilter from RUST_LOG (atuin-server's main.rs) ----------------------------

ATUIN_SERVER_MAIN = """\
use tracing_subscriber::prelude::*;
use tracing_subscriber::{EnvFilter, fmt};

#[tokio::main]
async fn main() -> Result<()> {
    let cmd = Cmd::parse();

    tracing_subscriber::registry().with(fmt::layer()).with(EnvFilter::from_default_env()).init();

    tracing::trace!(command = ?cmd, "server command");
    Ok(())
}
"""


def test_rust_env_filter_reads_the_level_from_the_environment(tmp_path: Path) -> None:
    # before: "no env var sets the log level (looked for LOG_LEVEL-like reads and setLevel(<env>))"
    write(tmp_path, {"crates/atuin-server/src/bin/main.rs": ATUIN_SERVER_MAIN, "index.js": "console.log(1)\n"})
    level = "logging/level-from-env"
    out = findings(scan(tmp_path, only=(level,)), level)
    assert [f.status for f in out] == [Status.PASS] and "EnvFilter::from_default_env" in out[0].message
    # a filter fixed in code reads nothing from the environment
    write(tmp_path, {"crates/atuin-server/src/bin/main.rs": ATUIN_SERVER_MAIN.replace(
        "EnvFilter::from_default_env()", 'EnvFilter::new("info")')})
    assert [f.status for f in findings(scan(tmp_path, only=(level,)), level)] != [Status.PASS]


# --- integration-tests/suite: ASP.NET Core's WebApplicationFactory tests (Exceptionless.Tests) --------------------

EXCEPTIONLESS_TESTS_CSPROJ = """\
<Project Sdk="Microsoft.NET.Sdk">
  <ItemGroup>
    <PackageReference Include="Microsoft.AspNetCore.Mvc.Testing" Version="10.0.11" />
    <PackageReference Include="xunit.v3" Version="3.2.2" />
    <PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.0.1" />
  </ItemGroup>
</Project>
"""
EXCEPTIONLESS_FACTORY = """\
namespace Exceptionless.Tests;

public class AppWebHostFactory : WebApplicationFactory<Exceptionless.Web.Program>, IAsyncLifetime
{
    private const string SharedElasticsearchUrl = "http://localhost:9200";
}
"""
EXCEPTIONLESS_BASE = """\
namespace Exceptionless.Tests;

public abstract class IntegrationTestsBase : TestWithLoggingBase, Xunit.IAsyncLifetime, IClassFixture<AppWebHostFactory>
{
    private readonly AppWebHostFactory _factory;

    public IntegrationTestsBase(ITestOutputHelper output, AppWebHostFactory factory) : base(output)
    {
        _factory = factory;
    }
}
"""
EXCEPTIONLESS_EVENT_TESTS = """\
namespace Exceptionless.Tests.Api;

public class EventEndpointTests : IntegrationTestsBase
{
    public EventEndpointTests(ITestOutputHelper output, AppWebHostFactory factory) : base(output, factory) { }

    [Fact]
    public async Task CanPostStringAsync()
    {
        await SendRequestAsync(r => r.Post().AppendPath("events").StatusCodeShouldBeAccepted());
    }
}
"""
EXCEPTIONLESS_UNIT_TESTS = """\
namespace Exceptionless.Tests.Utility;

public class SemanticVersionTests
{
    [Fact]
    public void CanParse() => Assert.NotNull(SemanticVersion.Parse("1.2.3"));
}
"""


def test_web_application_factory_tests_are_integration_tests(tmp_path: Path) -> None:
    # before: "no integration test suite found" (every [Fact] of the project counted as a unit test)
    write(tmp_path, {"tests/Exceptionless.Tests/Exceptionless.Tests.csproj": EXCEPTIONLESS_TESTS_CSPROJ,
                     "tests/Exceptionless.Tests/AppWebHostFactory.cs": EXCEPTIONLESS_FACTORY,
                     "tests/Exceptionless.Tests/IntegrationTestsBase.cs": EXCEPTIONLESS_BASE,
                     "tests/Exceptionless.Tests/Api/EventEndpointTests.cs": EXCEPTIONLESS_EVENT_TESTS,
                     "tests/Exceptionless.Tests/Utility/SemanticVersionTests.cs": EXCEPTIONLESS_UNIT_TESTS})
    suite = "integration-tests/suite"
    result = scan(tmp_path, only=(suite, "unit-tests/suite"))
    assert [f.status for f in findings(result, suite)] == [Status.PASS]
    assert [f.status for f in findings(result, "unit-tests/suite")] == [Status.PASS]  # the version test stays unit
    # a factory nobody derives from or takes: the endpoint test is a plain test again
    write(tmp_path, {"tests/Exceptionless.Tests/IntegrationTestsBase.cs": EXCEPTIONLESS_BASE.replace(
        "AppWebHostFactory", "SomethingElse"), "tests/Exceptionless.Tests/Api/EventEndpointTests.cs":
        EXCEPTIONLESS_EVENT_TESTS.replace("AppWebHostFactory", "SomethingElse")})
    assert [f.status for f in findings(scan(tmp_path, only=(suite,)), suite)] != [Status.PASS]
