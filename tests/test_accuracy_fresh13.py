"""Fresh repositories measured by acc-fresh13 (polar-bookshop, reddog-code): each test is built from the real lines
whose finding (or missing finding) was wrong on the first run."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

# --- endpoint-security/route-auth: `anyRequest().hasRole(...)` is a guarding layer (polar-bookshop catalog-service)

CATALOG_SECURITY = """\
package com.polarbookshop.catalogservice.config;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

@EnableWebSecurity
public class SecurityConfig {

	@Bean
	SecurityFilterChain filterChain(HttpSecurity http) throws Exception {
		return http
				.authorizeHttpRequests(authorize -> authorize
						.mvcMatchers("/actuator/**").permitAll()
						.mvcMatchers(HttpMethod.GET, "/", "/books/**").permitAll()
						.anyRequest().hasRole("employee")
				)
				.oauth2ResourceServer(OAuth2ResourceServerConfigurer::jwt)
				.build();
	}
}
"""

CATALOG_CONTROLLER = """\
package com.polarbookshop.catalogservice.web;

@RestController
@RequestMapping("books")
public class BookController {

	@GetMapping
	public Iterable<Book> get() {
		return bookService.viewBookList();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	public Book post(@Valid @RequestBody Book book) {
		return bookService.addBookToCatalog(book);
	}

	@DeleteMapping("{isbn}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	public void delete(@PathVariable String isbn) {
		bookService.removeBookFromCatalog(isbn);
	}
}
"""

_JAVA = "catalog-service/src/main/java/com/polarbookshop/catalogservice"


def test_any_request_has_role_guards_the_writes(tmp_path: Path) -> None:
    write(tmp_path, {f"{_JAVA}/config/SecurityConfig.java": CATALOG_SECURITY,
                     f"{_JAVA}/web/BookController.java": CATALOG_CONTROLLER})
    result = scan(tmp_path, only=("endpoint-security/route-auth", "auth-protocols/token-validation"))
    failing = [f.message for f in findings(result, "endpoint-security/route-auth") if f.status is Status.FAIL]
    assert not any("POST /books" in m or "DELETE /books" in m for m in failing), failing
    [token] = findings(result, "auth-protocols/token-validation")
    assert "no authentication at all" not in token.message


def test_any_request_has_authority_in_the_kotlin_dsl_guards_too(tmp_path: Path) -> None:
    kotlin = ("@Bean\nfun chain(http: HttpSecurity): SecurityFilterChain {\n    http {\n        authorizeRequests {\n"
              "            authorize(anyRequest, hasAuthority(\"SCOPE_write\"))\n        }\n    }\n"
              "    return http.build()\n}\n")
    write(tmp_path, {f"{_JAVA}/config/SecurityConfig.kt": kotlin,
                     f"{_JAVA}/web/BookController.java": CATALOG_CONTROLLER})
    result = scan(tmp_path, only=("endpoint-security/route-auth",))
    failing = [f.message for f in findings(result, "endpoint-security/route-auth") if f.status is Status.FAIL]
    assert not any("POST /books" in m for m in failing), failing


# --- endpoint-security/debug-mode: actuator endpoints named in exposure.include and opened by permitAll()
# (polar-bookshop: the first run's false pass)

CATALOG_APPLICATION = """\
server:
  port: 9001
  shutdown: graceful

management:
  endpoints:
    web:
      exposure:
        include: configprops, env, flyway, health, heapdump, info, loggers, mappings, prometheus
  endpoint:
    health:
      show-details: always
      probes:
        enabled: true
"""

CATALOG_GRADLE = """\
dependencies {
	implementation 'org.springframework.boot:spring-boot-starter-actuator'
	implementation 'org.springframework.boot:spring-boot-starter-oauth2-resource-server'
	implementation 'org.springframework.boot:spring-boot-starter-web'
	testImplementation 'org.springframework.security:spring-security-test'
}
"""

_RES = "catalog-service/src/main/resources/application.yml"


def _debug_mode(tmp_path: Path, files: dict[str, str]) -> list[tuple[Status, str]]:
    write(tmp_path, files)
    return [(f.status, f.message) for f in findings(scan(tmp_path, only=("endpoint-security/debug-mode",)),
                                                    "endpoint-security/debug-mode")]


def test_actuator_heapdump_opened_by_permit_all_fails(tmp_path: Path) -> None:
    [(status, message)] = _debug_mode(tmp_path, {
        _RES: CATALOG_APPLICATION, "catalog-service/build.gradle": CATALOG_GRADLE,
        f"{_JAVA}/config/SecurityConfig.java": CATALOG_SECURITY,
        f"{_JAVA}/web/BookController.java": CATALOG_CONTROLLER})
    assert status is Status.FAIL, message
    assert "/actuator/heapdump" in message and "SecurityConfig.java:14" in message


def test_actuator_endpoints_named_without_spring_security_fail(tmp_path: Path) -> None:
    # dispatcher-service: the same exposure list, actuator and no Spring Security in its build
    [(status, message)] = _debug_mode(tmp_path, {
        _RES: CATALOG_APPLICATION,
        "catalog-service/build.gradle": "dependencies {\n\timplementation 'org.springframework.boot:"
                                        "spring-boot-starter-actuator'\n}\n"})
    assert status is Status.FAIL and "no Spring Security" in message, message


def test_actuator_behind_the_chain_or_limited_to_health_passes(tmp_path: Path) -> None:
    guarded = CATALOG_SECURITY.replace('.mvcMatchers("/actuator/**").permitAll()',
                                       '.requestMatchers(EndpointRequest.to("health")).permitAll()')
    [(status, message)] = _debug_mode(tmp_path, {
        _RES: CATALOG_APPLICATION, "catalog-service/build.gradle": CATALOG_GRADLE,
        f"{_JAVA}/config/SecurityConfig.java": guarded, f"{_JAVA}/web/BookController.java": CATALOG_CONTROLLER})
    assert status is Status.PASS, message
    [(status, message)] = _debug_mode(tmp_path, {
        _RES: CATALOG_APPLICATION.replace("configprops, env, flyway, health, heapdump, info, loggers, mappings, ",
                                          "health, info, "),
        f"{_JAVA}/config/SecurityConfig.java": CATALOG_SECURITY})
    assert status is Status.PASS, message


# --- kustomize: a workload patch that no kustomization names is a fragment, not an object (polar-bookshop's
# production/patch-tracing.yml: 17 findings about a Deployment that does not exist)

PRODUCTION_KUSTOMIZATION = """\
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization

resources:
  - ../base

patchesStrategicMerge:
  - patch-env.yml
"""

PATCH_ENV = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: catalog-service
spec:
  template:
    spec:
      containers:
        - name: catalog-service
          env:
            - name: SPRING_PROFILES_ACTIVE
              value: prod
"""

PATCH_TRACING = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: catalog-service
spec:
  template:
    spec:
      containers:
        - name: catalog-service
          env:
            - name: JAVA_TOOL_OPTIONS
              value: "-javaagent:/workspace/BOOT-INF/lib/opentelemetry-javaagent-1.33.3.jar"
            - name: OTEL_SERVICE_NAME
              value: catalog-service
"""

_PROD = "polar-deployment/kubernetes/applications/catalog-service/production"


def test_unnamed_patch_beside_a_kustomization_is_no_object(tmp_path: Path) -> None:
    write(tmp_path, {f"{_PROD}/kustomization.yml": PRODUCTION_KUSTOMIZATION, f"{_PROD}/patch-env.yml": PATCH_ENV,
                     f"{_PROD}/patch-tracing.yml": PATCH_TRACING})
    result = scan(tmp_path, only=("manifests/selectors", "manifests/schema", "health-probes/liveness"))
    reported = [(f.check_id, f.message) for f in result.findings
                if f.status in (Status.FAIL, Status.WARN) and f.location and "patch-tracing" in f.location.path]
    assert reported == [], reported


def test_a_complete_workload_beside_a_kustomization_is_still_read(tmp_path: Path) -> None:
    # named by no kustomization, but an object kubectl can apply (it has an image): its problems stay findings
    image = "          image: ghcr.io/polarbookshop/catalog-service\n"
    whole = PATCH_TRACING.replace("        - name: catalog-service\n", "        - name: catalog-service\n" + image)
    write(tmp_path, {f"{_PROD}/kustomization.yml": PRODUCTION_KUSTOMIZATION, f"{_PROD}/patch-env.yml": PATCH_ENV,
                     f"{_PROD}/extra.yml": whole})
    result = scan(tmp_path, only=("manifests/selectors",))
    assert any(f.status is Status.FAIL and f.location and f.location.path.endswith("extra.yml")
               for f in result.findings), [(f.status, f.message) for f in result.findings]


# --- endpoint-security/service-exposure: a patch making a Service a LoadBalancer in an overlay that cannot be built
# (polar-bookshop's Argo CD: a remote install.yaml patched by patch-service.yml; the check said n/a-or-pass)

ARGOCD_KUSTOMIZATION = """\
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization

namespace: argocd

resources:
  - namespace.yml
  - https://raw.githubusercontent.com/argoproj/argo-cd/v2.11.3/manifests/install.yaml

patches:
  - path: patch-service.yml
"""

ARGOCD_PATCH = """\
apiVersion: v1
kind: Service
metadata:
  name: argocd-server
spec:
  type: LoadBalancer
"""

_ARGO = "polar-deployment/kubernetes/platform/production/argocd/resources"


def test_loadbalancer_patch_of_an_unbuilt_overlay_is_reported(tmp_path: Path) -> None:
    write(tmp_path, {f"{_ARGO}/kustomization.yml": ARGOCD_KUSTOMIZATION, f"{_ARGO}/patch-service.yml": ARGOCD_PATCH,
                     f"{_ARGO}/namespace.yml": "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: argocd\n"})
    found = findings(scan(tmp_path, only=("endpoint-security/service-exposure",)), "endpoint-security/service-exposure")
    warned = [f for f in found if f.status is Status.WARN]
    assert len(warned) == 1 and "argocd-server" in warned[0].message, [(f.status, f.message) for f in found]
    assert warned[0].location is not None and warned[0].location.path == f"{_ARGO}/patch-service.yml"
    assert warned[0].location.line == 6


def test_loadbalancer_patch_of_a_built_overlay_is_judged_once_on_the_object(tmp_path: Path) -> None:
    base = "apiVersion: v1\nkind: Service\nmetadata:\n  name: argocd-server\nspec:\n  ports:\n    - port: 80\n"
    write(tmp_path, {"base/kustomization.yml": "resources:\n  - service.yml\n", "base/service.yml": base,
                     "prod/kustomization.yml": "resources:\n  - ../base\npatches:\n  - path: patch-service.yml\n",
                     "prod/patch-service.yml": ARGOCD_PATCH})
    found = findings(scan(tmp_path, only=("endpoint-security/service-exposure",)), "endpoint-security/service-exposure")
    warned = [f for f in found if f.status is Status.WARN]
    assert len(warned) == 1 and "kustomize patch" not in warned[0].message, [(f.status, f.message) for f in found]
