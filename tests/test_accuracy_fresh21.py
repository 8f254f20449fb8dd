"""Rules from acc-fresh21's fresh repositories (2026-11-30 s5): ministryofjustice/hmpps-template-kotlin and
stakater/Forecastle. Each test is built from the repository's own lines and fails on the code before its rule."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

# --- api-docs/spec-present: springdoc switched on by `SPRINGDOC_API-DOCS_ENABLED` (hmpps-template-kotlin) ----------

SPEC = "api-docs/spec-present"

KOTLIN_TEMPLATE_BUILD = """\
plugins {
  id("uk.gov.justice.hmpps.gradle-spring-boot") version "10.5.4"
  kotlin("plugin.spring") version "2.4.0"
}

dependencies {
  implementation("uk.gov.justice.service.hmpps:hmpps-kotlin-spring-boot-starter:2.5.0")
  implementation("org.springframework.boot:spring-boot-starter-webflux")
  implementation("org.springframework.boot:spring-boot-starter-webclient")
  implementation("org.springdoc:springdoc-openapi-starter-webmvc-ui:3.0.3")
}
"""
KOTLIN_TEMPLATE_APPLICATION = """\
spring:
  application:
    name: hmpps-template-kotlin

springdoc:
  api-docs:
    enabled: false
  swagger-ui:
    enabled: false
"""
KOTLIN_TEMPLATE_RESOURCE = """\
package uk.gov.justice.digital.hmpps.templatepackagename

import org.springframework.security.access.prepost.PreAuthorize
import org.springframework.web.bind.annotation.GetMapping
import org.springframework.web.bind.annotation.RequestMapping
import org.springframework.web.bind.annotation.RestController
import java.time.LocalDateTime

// TODO This controller exists to support the HMPPS Typescript template and should be removed by the bootstrap process
@RestController
@PreAuthorize("hasRole('ROLE_TEMPLATE_KOTLIN__UI')")
@RequestMapping("/example", produces = ["application/json"])
class ExampleResource {

  @GetMapping("/time")
  fun getTime(): LocalDateTime = LocalDateTime.now()
}
"""
KOTLIN_TEMPLATE_VALUES_DEV = """\
generic-service:
  replicaCount: 2

  env:
    APPLICATIONINSIGHTS_CONFIGURATION_FILE: "applicationinsights.dev.json"
    HMPPS_AUTH_URL: "https://sign-in-dev.hmpps.service.justice.gov.uk/auth"
    SPRINGDOC_API-DOCS_ENABLED: "true"
    SPRINGDOC_SWAGGER-UI_ENABLED: "true"
"""


def _spec(root: Path) -> list[Status]:
    return [f.status for f in findings(scan(root, only=(SPEC,)), SPEC)]


def test_springdoc_switched_on_by_the_dashed_environment_name_describes_the_routes(tmp_path: Path) -> None:
    write(tmp_path, {"build.gradle.kts": KOTLIN_TEMPLATE_BUILD,
                     "src/main/resources/application.yml": KOTLIN_TEMPLATE_APPLICATION,
                     "src/main/kotlin/uk/gov/justice/digital/hmpps/templatepackagename/ExampleResource.kt":
                     KOTLIN_TEMPLATE_RESOURCE, "helm_deploy/values-dev.yaml": KOTLIN_TEMPLATE_VALUES_DEV})
    assert _spec(tmp_path) == [Status.PASS]
    # the same name set to false serves nothing: the switch, not the name, decides
    write(tmp_path, {"helm_deploy/values-dev.yaml": KOTLIN_TEMPLATE_VALUES_DEV.replace(
        'DOCS_ENABLED: "true"', 'DOCS_ENABLED: "false"')})
    assert _spec(tmp_path) == [Status.FAIL]


# --- code-comments/docstrings: Kotlin is read; source only in unread languages is skipped, not n/a -----------------

DOCSTRINGS = "code-comments/docstrings"

KOTLIN_TEMPLATE_MAIN = """\
package uk.gov.justice.digital.hmpps.templatepackagename

import org.springframework.boot.autoconfigure.SpringBootApplication
import org.springframework.boot.runApplication

@SpringBootApplication
class HmppsTemplateKotlin

fun main(args: Array<String>) {
  runApplication<HmppsTemplateKotlin>(*args)
}
"""
KOTLIN_TEMPLATE_WEBCLIENT = """\
package uk.gov.justice.digital.hmpps.templatepackagename.config

import org.springframework.beans.factory.annotation.Value
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.web.reactive.function.client.WebClient
import uk.gov.justice.hmpps.kotlin.auth.healthWebClient
import java.time.Duration

@Configuration
class WebClientConfiguration(
  @param:Value("\\${hmpps-auth.url}") val hmppsAuthBaseUri: String,
  @param:Value("\\${api.health-timeout:2s}") val healthTimeout: Duration,
  @param:Value("\\${api.timeout:20s}") val timeout: Duration,
) {
  // HMPPS Auth health ping is required if your service calls HMPPS Auth to get a token to call other services
  @Bean
  fun hmppsAuthHealthWebClient(builder: WebClient.Builder): WebClient = \
builder.healthWebClient(hmppsAuthBaseUri, healthTimeout)
}
"""
KOTLIN_TEMPLATE_OPENAPI_TAIL = """\
package uk.gov.justice.digital.hmpps.templatepackagename.config

private fun SecurityScheme.addBearerJwtRequirement(role: String): SecurityScheme = type(SecurityScheme.Type.HTTP)
  .scheme("bearer")
"""


def test_kotlin_public_declarations_are_counted(tmp_path: Path) -> None:
    base = "src/main/kotlin/uk/gov/justice/digital/hmpps/templatepackagename"
    write(tmp_path, {f"{base}/ExampleResource.kt": KOTLIN_TEMPLATE_RESOURCE,
                     f"{base}/HmppsTemplateKotlin.kt": KOTLIN_TEMPLATE_MAIN,
                     f"{base}/config/WebClientConfiguration.kt": KOTLIN_TEMPLATE_WEBCLIENT,
                     f"{base}/config/OpenApiConfiguration.kt": KOTLIN_TEMPLATE_OPENAPI_TAIL})
    [finding] = findings(scan(tmp_path, only=(DOCSTRINGS,)), DOCSTRINGS)
    assert finding.status in (Status.FAIL, Status.WARN)
    # ExampleResource and hmppsAuthHealthWebClient have a comment above them (annotations in between);
    # getTime, HmppsTemplateKotlin, main and WebClientConfiguration have none; the private extension is not public
    assert finding.evidence["public"] == 6 and finding.evidence["documented"] == 2
    assert not any("addBearerJwtRequirement" in u for u in finding.evidence["undocumented_sample"])


# kubeopsskills/dotnet-core-web-api Controllers/KubeOpsController.cs: C# the check does not read
DOTNET_CONTROLLER = """\
using System.Threading.Tasks;
using DotNetCoreWebAPI.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

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
"""


def test_source_only_in_unread_languages_is_skipped_not_absent(tmp_path: Path) -> None:
    write(tmp_path, {"Controllers/KubeOpsController.cs": DOTNET_CONTROLLER})
    [finding] = findings(scan(tmp_path, only=(DOCSTRINGS,)), DOCSTRINGS)
    assert finding.status == Status.SKIPPED and "C#" in finding.message
    # a repository with no code at all still has nothing to judge
    (tmp_path / "Controllers/KubeOpsController.cs").unlink()
    write(tmp_path, {"README.md": "# x\n"})
    assert [f.status for f in findings(scan(tmp_path, only=(DOCSTRINGS,)), DOCSTRINGS)] == [Status.NA]


def test_kotlin_declaration_rule_is_linear_on_hostile_lines() -> None:
    import time

    from deploycheck.checks.codebase.comments import _EXPORTED

    for line in ("  fun " + "a." * 199, "data " * 7 + "fun <" + "x" * 199, "open " * 6 + "class " + "_." * 100,
                 "fun " + "a." * 50_000):
        text = (line + "\n") * (1_000_000 // (len(line) + 1))
        start = time.perf_counter()
        sum(1 for _ in _EXPORTED["kotlin"].finditer(text))
        assert time.perf_counter() - start < 2.0


# --- env-vars/documented: KUBECONFIG and a bundler's own variables (Forecastle) --------------------------------------

DOCUMENTED = "env-vars/documented"

FORECASTLE_GO_MOD = """\
module github.com/stakater/Forecastle/v1

go 1.25.0

require (
	k8s.io/client-go v0.35.3
)
"""
FORECASTLE_KUBE_CLIENT = """\
package kube

import (
	"os"

	"k8s.io/client-go/rest"
	"k8s.io/client-go/tools/clientcmd"
)

func buildOutOfClusterConfig() (*rest.Config, error) {
	kubeconfigPath := os.Getenv("KUBECONFIG")
	if kubeconfigPath == "" {
		kubeconfigPath = os.Getenv("HOME") + "/.kube/config"
	}

	return clientcmd.BuildConfigFromFlags("", kubeconfigPath)
}
"""
FORECASTLE_FRONTEND_PACKAGE = """\
{
  "name": "frontend",
  "version": "0.1.0",
  "private": true,
  "homepage": ".",
  "dependencies": {
    "react": "^19.2.3",
    "react-dom": "^19.2.3",
    "react-scripts": "5.0.1"
  },
  "scripts": {
    "start": "react-scripts start",
    "build": "react-scripts build"
  }
}
"""
FORECASTLE_SERVICE_WORKER = """\
export function register(config) {
  if (process.env.NODE_ENV === "production" && "serviceWorker" in navigator) {
    // The URL constructor is available in all browsers that support SW.
    const publicUrl = new URL(process.env.PUBLIC_URL, window.location.href);
    if (publicUrl.origin !== window.location.origin) {
      return;
    }

    window.addEventListener("load", () => {
      const swUrl = `${process.env.PUBLIC_URL}/service-worker.js`;
    });
  }
}
"""
FORECASTLE_FRONTEND_CONFIG = """\
const config = process.env.REACT_APP_ENV === "production" ? prod : dev;
"""


def _undocumented(root: Path) -> list[str]:
    return sorted(f.message.split(" ", 1)[0] for f in findings(scan(root, only=(DOCUMENTED,)), DOCUMENTED)
                  if f.status == Status.FAIL)


def test_kubeconfig_and_create_react_apps_public_url_need_no_documentation(tmp_path: Path) -> None:
    write(tmp_path, {"go.mod": FORECASTLE_GO_MOD, "pkg/kube/client.go": FORECASTLE_KUBE_CLIENT,
                     "frontend/package.json": FORECASTLE_FRONTEND_PACKAGE,
                     "frontend/src/serviceWorker.js": FORECASTLE_SERVICE_WORKER,
                     "frontend/src/config/index.js": FORECASTLE_FRONTEND_CONFIG, "README.md": "# Forecastle\n"})
    # REACT_APP_ENV is the application's own variable: still undocumented
    assert _undocumented(tmp_path) == ["REACT_APP_ENV"]
    # PUBLIC_URL is CRA's only where react-scripts builds the package
    write(tmp_path, {"frontend/package.json": FORECASTLE_FRONTEND_PACKAGE.replace("react-scripts", "express")})
    assert _undocumented(tmp_path) == ["PUBLIC_URL", "REACT_APP_ENV"]


def test_package_lookup_survives_deep_folders_and_odd_dependency_sections(tmp_path: Path) -> None:
    """Hostile input: folders nested deeper than Python's recursion limit, and a package.json whose dependencies are
    a list. The old lookups recursed once per folder (RecursionError) and spread the section with ** (TypeError)."""
    from types import SimpleNamespace

    from deploycheck.checks.configuration.env_vars import _bundled_for_the_browser, _package_dependencies

    files = SimpleNamespace(read_text=lambda rel: FORECASTLE_FRONTEND_PACKAGE)
    ctx = SimpleNamespace(files=files)
    deep = "/".join(["d"] * 5000)
    cache: dict[str, frozenset[str]] = {}
    assert "react-scripts" in _package_dependencies(ctx, deep, {"package.json"}, cache)  # type: ignore[arg-type]
    assert _bundled_for_the_browser(ctx, f"{deep}/x.js", {"package.json"}, {})  # type: ignore[arg-type]

    write(tmp_path, {"go.mod": FORECASTLE_GO_MOD, "web/package.json": '{"dependencies": ["react-scripts"]}\n',
                     "web/src/config.js": FORECASTLE_FRONTEND_CONFIG})
    result = scan(tmp_path, only=(DOCUMENTED, "env-vars/required-set"))
    assert not [f for f in result.findings if f.status == Status.ERROR]
    assert _undocumented(tmp_path) == ["REACT_APP_ENV"]


def test_an_upper_case_suffix_is_read_not_a_crash(tmp_path: Path) -> None:
    # hostile input: the file list matches suffixes case-blind, the language table did not (KeyError: '.GO')
    write(tmp_path, {"Main.GO": "package main\n\nfunc Main() {}\n", "Api.KT": KOTLIN_TEMPLATE_MAIN})
    statuses = [f.status for f in findings(scan(tmp_path, only=(DOCSTRINGS,)), DOCSTRINGS)]
    assert Status.ERROR not in statuses and statuses
