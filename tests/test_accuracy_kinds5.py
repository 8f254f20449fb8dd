"""Kinds of finding below 90 % precision on the labelled set (issue 8, 2026-11-29 afternoon, acc-kinds5). Each test is
built from the real lines of a labelled repository and fails on the code before its fix."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write
from tests.test_accuracy_fresh_jvm import VILLAINS_SPEC, _villains

from deploycheck.model import Finding, Status

# --- api-docs/spec-matches-code: a server generated from the spec at build time (quarkus-super-heroes) -------------


def test_operations_served_by_a_server_generated_from_the_spec_match_it(tmp_path: Path) -> None:
    # quarkus-super-heroes: 31 failures "GET /api/villains is in rest-villains/.../openapi.yml but no route in the code
    # serves it", while quarkus-openapi-generator-server generates the JAX-RS interfaces VillainResource implements
    _villains(tmp_path)
    result = findings(scan(tmp_path, only=("api-docs/spec-matches-code",)), "api-docs/spec-matches-code")
    assert not [f for f in result if f.status is Status.FAIL], [f.message for f in result]
    passed = [f for f in result if f.status is Status.PASS]
    assert passed and "generates from the spec" in passed[0].message
    assert passed[0].evidence["operations_served_by_generated_server"] == {
        "rest-villains/pom.xml:6": ["GET /api/villains", "DELETE /api/villains", "PUT /api/villains/{id}"]}


def test_a_spec_of_another_module_than_the_generated_server_is_still_compared(tmp_path: Path) -> None:
    _villains(tmp_path)
    write(tmp_path, {"rest-heroes/src/main/resources/openapi/openapi.yml": VILLAINS_SPEC.replace("villain", "hero")})
    result = findings(scan(tmp_path, only=("api-docs/spec-matches-code",)), "api-docs/spec-matches-code")
    failed = {f.message.split(" is in ")[0] for f in result if f.status is Status.FAIL}
    assert failed == {"GET /api/heros", "DELETE /api/heros", "PUT /api/heros/{id}"}


# --- the target model: a dev container in a language folder of a monorepo (coolstore-microservices) ---------------

GO_DEVCONTAINER = """\
# [Choice] Go version (use -bullseye variants on local arm64/Apple Silicon): 1, 1.16, 1.17, 1-bullseye
ARG VARIANT=1-bullseye
FROM mcr.microsoft.com/vscode/devcontainers/go:0-${VARIANT}
"""
GO_SERVICE = """\
FROM golang:1.17.3-buster AS build
WORKDIR /app
COPY . .
RUN go build -o /sale ./cmd/sale
FROM alpine:latest
COPY --from=build /sale /sale
USER 1000
ENTRYPOINT ["/sale"]
"""


def test_a_dev_container_below_the_top_is_not_a_deployed_image(tmp_path: Path) -> None:
    # coolstore-microservices: src/go/.devcontainer/Dockerfile (VS Code's Go dev container) was judged like the
    # services' Dockerfiles: "base image mcr.microsoft.com/vscode/devcontainers/go:0-1-bullseye is pinned by tag only"
    write(tmp_path, {"src/go/.devcontainer/Dockerfile": GO_DEVCONTAINER,
                     "src/go/.devcontainer/devcontainer.json": '{"build": {"dockerfile": "Dockerfile"}}\n',
                     "src/go/docker/Dockerfile": GO_SERVICE})
    result = scan(tmp_path, only=("dockerfile/base-image-pinned",))
    judged = {f.location.path for f in findings(result, "dockerfile/base-image-pinned") if f.location}
    assert judged == {"src/go/docker/Dockerfile"}
    notice = next(n for n in result.report.notices if "left out of the production checks" in n)
    assert "dev-environment: 2" in notice


# --- integration-tests/suite and e2e-tests/suite: JVM test source sets and browser-driven Cucumber (yas) -----------

CART_CONTROLLER_IT = """\
package com.yas.cart.controller;

import static io.restassured.RestAssured.given;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CartItemControllerIT extends AbstractControllerIT {

    @Test
    void test_addToCart_shouldReturnCartItem() {
        given(getRequestSpecification()).auth().oauth2(getAccessToken("john", "123"))
            .body(cartItemPostVm).post(CART_ITEM_BASE_URL).then().statusCode(HttpStatus.OK.value());
    }
}
"""
ABSTRACT_CONTROLLER_IT = """\
package com.yas.commonlibrary;

public class AbstractControllerIT {

    @LocalServerPort
    private int port;
}
"""
LOGIN_STEPS = """\
package com.yas.automation.ui.steps;

import com.yas.automation.ui.pages.LoginPage;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

public class LoginSteps {
    @Given("I am on the home page")
    public void i_am_on_the_home_page() {
        webDriverFactory.getChromeDriver().navigate().to(storefrontConf.url());
    }

    @When("I click on the login link")
    public void i_click_on_the_login_link() {
        homePage.clickLogin();
    }

    @Then("I should be logged in successfully")
    public void i_should_be_logged_in_successfully() {
        assertTrue(homePage.isLoggedIn());
    }
}
"""
LOGIN_PAGE = """\
package com.yas.automation.ui.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

public class LoginPage {
    public void login(WebDriver driver, String username) {
        driver.findElement(By.id("username")).sendKeys(username);
    }
}
"""


def test_failsafe_integration_tests_in_src_it_java_are_an_integration_suite(tmp_path: Path) -> None:
    # yas: build-helper-maven-plugin adds src/it/java as a test source; only common-library's AbstractControllerIT
    # (src/test, no @Test) was seen: "1 integration test file(s) but no test functions in them"
    write(tmp_path, {
        "common-library/src/test/java/com/yas/commonlibrary/AbstractControllerIT.java": ABSTRACT_CONTROLLER_IT,
        "cart/src/it/java/com/yas/cart/controller/CartItemControllerIT.java": CART_CONTROLLER_IT,
    })
    result = scan(tmp_path, only=("integration-tests/suite",))
    [finding] = findings(result, "integration-tests/suite")
    assert finding.status is Status.PASS and finding.message == "1 integration tests in 2 file(s)"


def test_a_cucumber_suite_whose_test_sources_drive_a_browser_is_an_e2e_suite(tmp_path: Path) -> None:
    # yas' automation-ui: Cucumber step definitions over Selenium page objects, all in src/test/java: "no end-to-end
    # test suite found"
    root = "automation-ui/storefront/src/test/java/com/yas/automation/ui"
    write(tmp_path, {f"{root}/steps/LoginSteps.java": LOGIN_STEPS, f"{root}/pages/LoginPage.java": LOGIN_PAGE})
    result = scan(tmp_path, only=("e2e-tests/suite", "unit-tests/suite"))
    [e2e] = findings(result, "e2e-tests/suite")
    assert e2e.status is Status.PASS and e2e.message == "3 end-to-end tests in 2 file(s)"
    assert [s.split(" (", 1)[1] for s in e2e.evidence["sample"]] == [
        "0, drives a browser (Selenium/Playwright/Selenide))",
        f"3, Cucumber steps beside browser-driving code ({root}/pages/LoginPage.java))"]


UI_RESOURCE_TESTS = """\
package io.quarkus.sample.superheroes.hero.rest;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.quarkiverse.playwright.InjectPlaywright;
import io.quarkiverse.playwright.WithPlaywright;

@QuarkusTest
@WithPlaywright
class UIResourceTests {
  @InjectPlaywright
  BrowserContext context;

  @Test
  void indexLoads() {
    Page page = this.context.newPage();
  }
}
"""
HERO_MAPPER_TESTS = """\
package io.quarkus.sample.superheroes.hero.mapping;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HeroMapperTests {
  @Test
  void mapsEverything() {
    assertThat(HeroMapper.toHero(HERO)).isNotNull();
  }
}
"""


def test_a_playwright_ui_test_leaves_the_modules_other_tests_unit_tests(tmp_path: Path) -> None:
    # quarkus-super-heroes: the first version of the rule made every test of rest-heroes/src/test an end-to-end test
    # because UIResourceTests drives Playwright (whole-set run of 12d95fa: "123 end-to-end tests in 13 file(s)")
    root = "rest-heroes/src/test/java/io/quarkus/sample/superheroes/hero"
    write(tmp_path, {f"{root}/rest/UIResourceTests.java": UI_RESOURCE_TESTS,
                     f"{root}/mapping/HeroMapperTests.java": HERO_MAPPER_TESTS})
    result = scan(tmp_path, only=("e2e-tests/suite", "unit-tests/suite"))
    [e2e] = findings(result, "e2e-tests/suite")
    [unit] = findings(result, "unit-tests/suite")
    assert e2e.message == "1 end-to-end tests in 1 file(s)" and unit.message == "1 unit tests in 1 file(s)"


def test_step_definitions_without_a_browser_stay_where_they_were(tmp_path: Path) -> None:
    write(tmp_path, {"svc/src/test/java/com/x/steps/LoginSteps.java": LOGIN_STEPS})
    result = scan(tmp_path, only=("e2e-tests/suite",))
    assert [f.status for f in findings(result, "e2e-tests/suite")] == [Status.FAIL]


# --- ingress/backend: a Service the operator of a custom resource creates (yas' ECK Kibana) ------------------------

KIBANA = """\
apiVersion: kibana.k8s.elastic.co/v1
kind: Kibana
metadata:
  name: kibana
spec:
  version: 8.8.1
  count: 1
  elasticsearchRef:
    name: elasticsearch
"""
KIBANA_INGRESS = """\
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: kibana-ingress
spec:
  ingressClassName: nginx
  rules:
    - host: kibana.yas.local.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: {service}
                port:
                  number: 5601
"""


def test_a_backend_named_after_a_custom_resource_is_its_operators_service(tmp_path: Path) -> None:
    # yas: "Ingress kibana-ingress: backend Service kibana-kb-http is not in the manifests"; ECK creates
    # <name>-kb-http for the Kibana resource named kibana
    write(tmp_path, {"k8s/kibana.yaml": KIBANA,
                     "k8s/kibana-ingress.yaml": KIBANA_INGRESS.format(service="kibana-kb-http")})
    [finding] = findings(scan(tmp_path, only=("ingress/backend",)), "ingress/backend")
    assert finding.status is Status.SKIPPED and "Kibana kibana" in finding.message


def test_a_backend_named_after_no_custom_resource_still_fails(tmp_path: Path) -> None:
    write(tmp_path, {"k8s/kibana.yaml": KIBANA, "k8s/kibana-ingress.yaml": KIBANA_INGRESS.format(service="kb-http")})
    [finding] = findings(scan(tmp_path, only=("ingress/backend",)), "ingress/backend")
    assert finding.status is Status.FAIL


# --- sensitive-config/env-files: a compose .env of ports, a placeholder and a path (coolstore-microservices) -------

COOLSTORE_ENV = """\
ENVOY_ADMIN_PORT=8001
ENVOY_PORT=8000
MONGODB_PORT=27017
HOST_IP=<local ip with ipconfig>

ASPNETCORE_ENVIRONMENT=Development
LOCAL_NUGET_PATH=/c/Users/Some One/.nuget/packages
"""


def test_a_dotenv_of_ports_a_placeholder_and_a_path_holds_no_secret(tmp_path: Path) -> None:
    # coolstore-microservices: ".env is committed with 16 values (HOST_IP, LOCAL_NUGET_PATH)": both only long enough
    write(tmp_path, {".env": COOLSTORE_ENV})
    [finding] = findings(scan(tmp_path, only=("sensitive-config/env-files",)), "sensitive-config/env-files")
    assert finding.status is Status.PASS and "non-sensitive" in finding.message


def test_a_long_value_under_a_path_key_that_is_no_path_is_still_reported(tmp_path: Path) -> None:
    write(tmp_path, {".env": COOLSTORE_ENV + "CACHE_DIR=9f8e7d6c5b4a39281706f5e4d3c2b1a0\n"})
    [finding] = findings(scan(tmp_path, only=("sensitive-config/env-files",)), "sensitive-config/env-files")
    assert finding.status is Status.FAIL and "CACHE_DIR" in finding.message


# --- migration-scripts/tree: Liquibase formatted SQL included by a master changelog's includeAll (yas) -------------

CART_POM = """\
<project>
  <artifactId>cart</artifactId>
  <dependencies>
    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-data-jpa</artifactId></dependency>
    <dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId></dependency>
    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-liquibase</artifactId></dependency>
  </dependencies>
</project>
"""
CART_MASTER = """\
databaseChangeLog:
  - includeAll:
      path: db/changelog/ddl/
  - includeAll:
      path: db/changelog/data/
"""
CART_0001 = """\
--liquibase formatted sql

--changeset khanhtran:issue-335-1
create sequence cart_seq start with 1 increment by 50;
create table cart (id bigint not null, customer_id varchar(255), primary key (id));
"""
CART_0002 = """\
alter table if exists cart
add column order_id bigint;
"""


def test_liquibase_formatted_sql_that_a_master_changelog_includes_is_a_migration_tree(tmp_path: Path) -> None:
    # yas: "the service uses a database (dependency ...spring-boot-starter-data-jpa (cart/pom.xml)) but no migration
    # tree was found", while db.changelog-master.yaml includes db/changelog/ddl/, whose .sql files are the changesets
    resources = "cart/src/main/resources/db/changelog"
    write(tmp_path, {"cart/pom.xml": CART_POM, f"{resources}/db.changelog-master.yaml": CART_MASTER,
                     f"{resources}/ddl/changelog-0001.sql": CART_0001,
                     f"{resources}/ddl/changelog-0002.sql": CART_0002})
    result = scan(tmp_path, only=("migration-scripts/tree", "migration-scripts/reversible"))
    [tree] = findings(result, "migration-scripts/tree")
    assert tree.status is Status.PASS and tree.message.startswith("liquibase tree ") and "2 migrations" in tree.message
    reverse = {f.message for f in findings(result, "migration-scripts/reversible", Status.FAIL)}
    assert reverse == {
        "liquibase migration issue-335-1::khanhtran cannot be reversed: formatted SQL changeset without --rollback "
        "(Liquibase cannot roll raw SQL back)",
        "liquibase migration changelog-0002.sql::includeAll cannot be reversed: raw SQL file included by includeAll: "
        "Liquibase cannot roll it back (no --rollback)"}


def test_a_formatted_sql_changeset_with_its_rollback_is_reversible(tmp_path: Path) -> None:
    resources = "cart/src/main/resources/db/changelog"
    write(tmp_path, {"cart/pom.xml": CART_POM, f"{resources}/db.changelog-master.yaml": CART_MASTER,
                     f"{resources}/ddl/changelog-0001.sql": CART_0001 + "--rollback drop table cart;\n"})
    result = scan(tmp_path, only=("migration-scripts/reversible",))
    assert [f.status for f in findings(result, "migration-scripts/reversible")] == [Status.PASS]


# --- migration-scripts/tree: sqlx migrations of a Rust crate (coolstore-microservices) ------------------------------

INVENTORY_CARGO = """\
[package]
name = "inventory"

[dependencies]
axum = { version = "0.5", features = ["headers"] }
sqlx = { version = "0.5.10", default-features = false, features = [
    "runtime-tokio-rustls", "postgres", "uuid", "chrono", "offline"
] }
"""
INVENTORY_INIT = """\
-- Add migration script here

-- Add up migration script here
START TRANSACTION;

CREATE SCHEMA IF NOT EXISTS inventory;

CREATE TABLE inventory.inventories (
    id uuid NOT NULL DEFAULT (md5(random()::text || clock_timestamp()::text)::uuid),
    location text NOT NULL,
    CONSTRAINT pk_inventories PRIMARY KEY (id)
);

COMMIT;
"""


def test_sqlx_migrations_beside_a_crate_that_depends_on_sqlx_are_a_migration_tree(tmp_path: Path) -> None:
    # coolstore-microservices: "the service uses a database (...) but no migration tree was found", while
    # src/rust/crates/*/migrations/<version>_init_db.sql are applied by `sqlx migrate run` (sqlx_migrate.sh)
    crate = "src/rust/crates/inventory"
    write(tmp_path, {f"{crate}/Cargo.toml": INVENTORY_CARGO,
                     f"{crate}/migrations/20220404134042_init_db.sql": INVENTORY_INIT,
                     "deploy/db.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: db}\n"
                                       "data: {DATABASE_URL: 'postgres://inventory-db:5432/inventory'}\n"})
    result = scan(tmp_path, only=("migration-scripts/tree", "migration-scripts/reversible"))
    [tree] = findings(result, "migration-scripts/tree")
    assert tree.status is Status.PASS and tree.message.startswith(f"sqlx tree {crate}/migrations: 1 migrations")
    [reverse] = findings(result, "migration-scripts/reversible")
    assert reverse.status is Status.FAIL and "sqlx migrate revert" in reverse.message


def test_numbered_sql_files_without_sqlx_in_the_crate_are_no_sqlx_tree(tmp_path: Path) -> None:
    write(tmp_path, {"svc/Cargo.toml": INVENTORY_CARGO.replace("sqlx", "diesel"),
                     "svc/migrations/20220404134042_init_db.sql": INVENTORY_INIT})
    result = scan(tmp_path, only=("migration-scripts/tree",))
    assert not [f for f in findings(result, "migration-scripts/tree") if f.message.startswith("sqlx")]


# --- api-docs/spec-present: springdoc-openapi serves the description it generates from the controllers (yas) -------

YAS_PARENT_POM = """\
<project>
    <modules>
        <module>cart</module>
    </modules>
    <dependencyManagement>
        <dependencies>
            <dependency>
                <groupId>org.springdoc</groupId>
                <artifactId>springdoc-openapi-starter-webmvc-ui</artifactId>
                <version>${{springdoc-openapi-starter-webmvc-ui.version}}</version>
            </dependency>
        </dependencies>
    </dependencyManagement>
    <dependencies>{dependency}
    </dependencies>
</project>
"""
SPRINGDOC_DEPENDENCY = """
        <dependency>
            <groupId>org.springdoc</groupId>
            <artifactId>springdoc-openapi-starter-webmvc-ui</artifactId>
        </dependency>"""
CART_ITEM_CONTROLLER = """\
package com.yas.cart.controller;

@RestController
@RequiredArgsConstructor
public class CartItemController {
    @PostMapping("/storefront/cart/items")
    public ResponseEntity<CartItemGetVm> addCartItem(@Valid @RequestBody CartItemPostVm cartItemPostVm) {
        return ResponseEntity.ok(cartItemService.addCartItem(cartItemPostVm));
    }

    @GetMapping("/storefront/cart/items")
    public ResponseEntity<List<CartItemGetVm>> getCartItems() {
        return ResponseEntity.ok(cartItemService.getCartItems());
    }
}
"""


def _yas_cart(tmp_path: Path, dependency: str) -> list[Finding]:
    write(tmp_path, {"pom.xml": YAS_PARENT_POM.format(dependency=dependency),
                     "cart/pom.xml": "<project><artifactId>cart</artifactId></project>\n",
                     "cart/src/main/java/com/yas/cart/controller/CartItemController.java": CART_ITEM_CONTROLLER})
    return findings(scan(tmp_path, only=("api-docs/spec-present",)), "api-docs/spec-present")


def test_spring_routes_of_a_module_with_springdoc_are_described_by_the_served_document(tmp_path: Path) -> None:
    # yas: "the code declares 101 HTTP route(s) but the repository has no API description"; the parent pom puts
    # springdoc-openapi-starter-webmvc-ui into every service, which serves /v3/api-docs
    [finding] = _yas_cart(tmp_path, SPRINGDOC_DEPENDENCY)
    assert finding.status is Status.PASS
    assert "springdoc: springdoc-openapi-starter-webmvc-ui in pom.xml:17" in finding.message


def test_springdoc_switched_off_in_yaml_or_by_a_run_time_value_describes_nothing(tmp_path: Path) -> None:
    # application.yml usually nests the key; a placeholder (${SWAGGER_ENABLED:false}) may leave it off in production
    cases = {
        "nested-false": ("cart/src/main/resources/application.yml", "springdoc:\n  api-docs:\n    enabled: false\n",
                         Status.FAIL),
        "placeholder": ("cart/src/main/resources/application-prod.properties",
                        "springdoc.api-docs.enabled=${SWAGGER_ENABLED:false}\n", Status.FAIL),
        "yaml-placeholder": ("cart/src/main/resources/application.yaml",
                             "springdoc:\n  api-docs.enabled: ${SWAGGER_ENABLED}\n", Status.FAIL),
        "nested-true": ("cart/src/main/resources/application.yml", "springdoc:\n  api-docs:\n    enabled: true\n",
                        Status.PASS),
    }
    for name, (rel, text, expected) in cases.items():
        write(tmp_path / name, {rel: text})
        [finding] = _yas_cart(tmp_path / name, SPRINGDOC_DEPENDENCY)
        assert finding.status is expected, (name, finding.message)


def test_springdoc_only_in_dependency_management_describes_nothing(tmp_path: Path) -> None:
    [finding] = _yas_cart(tmp_path, "")
    assert finding.status is Status.FAIL


# --- integration-tests/suite: a CI job on a k3d cluster set up by an action (controller-rs) ------------------------

CONTROLLER_CI = """\
name: ci
on: [push]
jobs:
  e2e:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v6
      - uses: nolar/setup-k3d-k3s@v1
        with:
          version: v1.31
          k3d-name: kube
      - run: kubectl apply -f yaml/crd.yaml
      - name: Load image into k3d registry
        run: k3d image import /tmp/image.tar --cluster kube
      - name: helm template | kubctl apply
        run: |
          helm template charts/doc-controller --set version=test | kubectl apply -f -
      - run: kubectl wait --for=condition=available deploy/doc-controller --timeout=30s
      - run: kubectl apply -f yaml/instance-samuel.yaml
"""


def test_a_ci_job_on_a_cluster_a_setup_action_starts_is_an_integration_suite(tmp_path: Path) -> None:
    # controller-rs: "no integration test suite found", while its CI job starts k3d with nolar/setup-k3d-k3s, imports
    # the image, applies the chart and waits for the Deployment (the set's decision: such a job is an integration suite)
    write(tmp_path, {".github/workflows/ci.yml": CONTROLLER_CI, "src/main.rs": "fn main() {}\n"})
    [finding] = findings(scan(tmp_path, only=("integration-tests/suite",)), "integration-tests/suite")
    assert finding.status is Status.PASS and "a cluster it starts (setup-k3d-k3s)" in finding.message


# --- readme/present: a monorepo's sample kept alone, whose root README only lists the samples (whereami) ----------

SAMPLES_README = """\
# Google Kubernetes Engine (GKE) Samples

This repository contains sample applications used in
[Google Kubernetes Engine (GKE)](https://cloud.google.com/kubernetes-engine/) tutorials.

## Contributing

* To learn how you can contribute new samples or fixes, see [the contributing guide](/.github/CONTRIBUTING.md).
"""
WHEREAMI_README = """\
# whereami

`whereami` is a simple Kubernetes-oriented python app for describing the location of the pod serving a request via
its attributes (cluster name, cluster region, pod name, namespace, service account, etc). This is useful for a variety
of demos where you just need to understand how traffic is getting to and returning from your app.

### Simple deployment

`whereami` is a single-container app, designed and packaged to run on Kubernetes. In its simplest form it can be
deployed in a single line with only a few parameters.
"""


def test_the_readme_of_the_folder_holding_everything_is_judged_when_the_root_one_is_a_stub(tmp_path: Path) -> None:
    # whereami: "README.md is a stub (68 words)": the monorepo's index of samples; quickstarts/whereami/README.md
    # (597 lines) documents the service
    write(tmp_path, {"README.md": SAMPLES_README, ".github/CODEOWNERS": "* @owners\n",
                     "quickstarts/whereami/README.md": WHEREAMI_README,
                     "quickstarts/whereami/app.py": "print('whereami')\n",
                     "quickstarts/whereami/k8s/deployment.yaml": "kind: Deployment\n"})
    [finding] = findings(scan(tmp_path, only=("readme/present",)), "readme/present")
    assert finding.status is Status.PASS and finding.message.startswith("quickstarts/whereami/README.md: ")


def test_a_stub_root_readme_of_a_repository_with_several_folders_is_still_a_stub(tmp_path: Path) -> None:
    write(tmp_path, {"README.md": SAMPLES_README, "quickstarts/whereami/README.md": WHEREAMI_README,
                     "quickstarts/whereami/app.py": "print('whereami')\n", "hello-app/main.go": "package main\n"})
    [finding] = findings(scan(tmp_path, only=("readme/present",)), "readme/present")
    assert finding.status is Status.FAIL and finding.message.startswith("README.md is a stub")


# --- secrets-management/rbac-secrets: list/watch confined by resourceNames (yas' Strimzi connector role) -----------

CONNECTOR_ROLE = """\
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: connector-configuration-role
rules:
  - apiGroups: [""]
    resources: ["secrets"]
    resourceNames: ["postgresql.credentials"]
    verbs: ["get", "watch", "list"]
"""


def test_list_and_watch_on_named_secrets_only_is_no_broad_access(tmp_path: Path) -> None:
    # yas: "Role connector-configuration-role grants get, list, watch on secrets in its namespace", while the rule
    # names the one Secret the Debezium connector reads
    write(tmp_path, {"k8s/role.yaml": CONNECTOR_ROLE})
    [finding] = findings(scan(tmp_path, only=("secrets-management/rbac-secrets",)), "secrets-management/rbac-secrets")
    assert finding.status is Status.PASS


def test_any_verb_on_named_secrets_is_still_reported(tmp_path: Path) -> None:
    write(tmp_path, {"k8s/role.yaml": CONNECTOR_ROLE.replace('["get", "watch", "list"]', '["*"]')})
    [finding] = findings(scan(tmp_path, only=("secrets-management/rbac-secrets",)), "secrets-management/rbac-secrets")
    assert finding.status is Status.FAIL


# --- api-docs/spec-present: a controller that serves only operational endpoints (controller-rs) ---------------------

CONTROLLER_MAIN = """\
use actix_web::{App, HttpRequest, HttpResponse, HttpServer, Responder, get, middleware, put, web, web::Data};

#[get("/metrics")]
async fn metrics(c: Data<State>, _req: HttpRequest) -> impl Responder {
    HttpResponse::Ok().body(c.metrics())
}

#[get("/health")]
async fn health(_: HttpRequest) -> impl Responder {
    HttpResponse::Ok().json("healthy")
}

#[get("/")]
async fn index(c: Data<State>, _req: HttpRequest) -> impl Responder {
    let d = c.diagnostics().await;
    HttpResponse::Ok().json(&d)
}

#[put("/log-level")]
async fn log_level(handle: Data<telemetry::LogFilterHandle>, body: web::Json<LogLevelBody>) -> impl Responder {
    HttpResponse::Ok().json(&body.into_inner())
}
"""


def test_a_service_serving_only_operational_endpoints_has_no_http_api_to_describe(tmp_path: Path) -> None:
    # controller-rs: "the code declares 4 HTTP route(s) but the repository has no API description"; its interface is
    # the Document custom resource, its HTTP port serves diagnostics, health, metrics and the log level
    write(tmp_path, {"Cargo.toml": '[package]\nname = "controller"\n', "src/main.rs": CONTROLLER_MAIN})
    [finding] = findings(scan(tmp_path, only=("api-docs/spec-present",)), "api-docs/spec-present")
    assert finding.status is Status.NA and "only operational endpoints" in finding.message


def test_one_api_route_beside_the_operational_ones_still_needs_a_description(tmp_path: Path) -> None:
    main = (CONTROLLER_MAIN
            + '\n#[get("/documents")]\nasync fn documents() -> impl Responder { HttpResponse::Ok() }\n')
    write(tmp_path, {"Cargo.toml": '[package]\nname = "controller"\n', "src/main.rs": main})
    [finding] = findings(scan(tmp_path, only=("api-docs/spec-present",)), "api-docs/spec-present")
    assert finding.status is Status.FAIL


VOTE_APP = """\
from flask import Flask, render_template, request, make_response, g

app = Flask(__name__)

@app.route("/", methods=['POST','GET'])
def hello():
    vote = None
    if request.method == 'POST':
        vote = request.form['vote']
    return make_response(render_template('index.html', vote=vote))
"""


def test_a_form_posting_to_the_root_is_no_operational_endpoint(tmp_path: Path) -> None:
    # example-voting-app (labelled: no API description): its vote form posts to / (the whole-set run of the first
    # version of the rule, which counted every / as operational, made it n/a)
    write(tmp_path, {"vote/app.py": VOTE_APP, "vote/requirements.txt": "Flask\n",
                     "result/server.js": "app.get('/', function (req, res) {\n  res.sendFile('index.html');\n});\n"})
    result = findings(scan(tmp_path, only=("api-docs/spec-present",)), "api-docs/spec-present")
    assert Status.NA not in {f.status for f in result}


# --- migration-scripts/tree: Prisma Migrate (nestjs-starter, left to this kind by acc-fresh4) ------------------------

PRISMA_LOCK = """\
# Please do not edit this file manually
# It should be added in your version-control system (i.e. Git)
provider = "postgresql"
"""
PRISMA_INITIAL = """\
-- CreateEnum
CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN', 'DEVELOPER');

-- CreateTable
CREATE TABLE "users" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'USER',

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);
"""


def test_prisma_migrate_folders_beside_their_lock_file_are_a_migration_tree(tmp_path: Path) -> None:
    # nestjs-starter: "the service uses a database (dependency @prisma/client (package.json) ...) but no migration tree
    # was found", while prisma/migrations holds migration_lock.toml and <timestamp>_initial_schema/migration.sql
    write(tmp_path, {"package.json": '{"dependencies": {"@prisma/client": "^5.17.0"}}\n',
                     "prisma/migrations/migration_lock.toml": PRISMA_LOCK,
                     "prisma/migrations/20240811072544_initial_schema/migration.sql": PRISMA_INITIAL})
    result = scan(tmp_path, only=("migration-scripts/tree", "migration-scripts/reversible", "schema-changes/lint"))
    [tree] = findings(result, "migration-scripts/tree")
    assert tree.status is Status.PASS
    assert tree.message == "prisma tree prisma/migrations: 1 migrations, head 20240811072544_initial_schema"
    [reverse] = findings(result, "migration-scripts/reversible")
    assert reverse.status is Status.FAIL and "Prisma Migrate has no down migrations" in reverse.message
    assert {f.status for f in findings(result, "schema-changes/lint")} == {Status.PASS}


WILD_WORKOUTS_PROJECT = """\
GCP_PROJECT=threedotslabs-cloudnative
FIRESTORE_PROJECT_ID=threedotslabs-cloudnative
GCP_PROJECT_ID=threedotslabs-cloudnative
FIRESTORE_EMULATOR_HOST=firestore-component-tests:8787
"""


def test_words_joined_by_dashes_are_no_token(tmp_path: Path) -> None:
    # wild-workouts: ".env is committed with 16 values (GCP_PROJECT, FIRESTORE_PROJECT_ID, GCP_PROJECT_ID, ...)": a GCP
    # project id is a name, long enough for the length rule only
    write(tmp_path, {".env": WILD_WORKOUTS_PROJECT})
    [finding] = findings(scan(tmp_path, only=("sensitive-config/env-files",)), "sensitive-config/env-files")
    assert finding.status is Status.PASS


def test_a_long_lowercase_value_with_digits_is_still_a_possible_token(tmp_path: Path) -> None:
    write(tmp_path, {".env": "SESSION_ID=550e8400-e29b-41d4-a716-446655440000\n"})
    [finding] = findings(scan(tmp_path, only=("sensitive-config/env-files",)), "sensitive-config/env-files")
    assert finding.status is Status.FAIL
