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
