"""Rules the lead added on 2026-11-30, each from the lines of hmcts/rd-user-profile-api (bench/accuracy)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

ROUTE_AUTH = "endpoint-security/route-auth"
TOKENS = "auth-protocols/token-validation"
PKG = "src/main/java/uk/gov/hmcts/reform/userprofileapi"

# config/SecurityConfiguration.java (shortened): one Spring Boot module at the repository's root
SECURITY = """\
package uk.gov.hmcts.reform.userprofileapi.config;

@Configuration
@EnableWebSecurity
public class SecurityConfiguration {
    @Bean
    public SecurityFilterChain filterChain(HttpSecurity http) throws Exception {
        http.sessionManagement(s -> s.sessionCreationPolicy(STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(auth -> auth.requestMatchers("/error").permitAll().anyRequest().authenticated())
                .oauth2ResourceServer(auth -> auth.jwt(jwt -> jwt.jwtAuthenticationConverter(converter)));
        return http.build();
    }

    @Bean
    JwtDecoder jwtDecoder() {
        NimbusJwtDecoder jwtDecoder = JwtDecoders.fromOidcIssuerLocation(issuerUri);
        // We are using issuerOverride instead of issuerUri as SIDAM has the wrong issuer at the moment
        OAuth2TokenValidator<Jwt> withTimestamp = new JwtTimestampValidator();
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<Jwt>(withTimestamp);
        jwtDecoder.setJwtValidator(validator);
        return jwtDecoder;
    }
}
"""
CONTROLLER = """\
package uk.gov.hmcts.reform.userprofileapi.controller;

@RestController
@RequestMapping(path = "/v1/userprofile")
public class UserProfileController {
    @PostMapping(path = {"", "/"}, produces = APPLICATION_JSON_VALUE)
    public ResponseEntity<UserProfileCreationResponse> createUserProfile(@RequestBody UserProfileDataRequest request) {
        return ResponseEntity.status(CREATED).body(userProfileService.create(request));
    }

    @DeleteMapping(path = "/users")
    public ResponseEntity<Object> deleteUserProfileByIdOrEmailPattern(@RequestParam String userId) {
        return ResponseEntity.ok(userProfileService.delete(userId));
    }
}
"""
# domain/feign/IdamFeignClient.java (shortened): the requests this service sends to IDAM
FEIGN = """\
package uk.gov.hmcts.reform.userprofileapi.domain.feign;

@FeignClient(name = "IdamFeignClient", url = "${idam.api.url}", configuration = FeignInterceptorConfiguration.class)
public interface IdamFeignClient {

    @PostMapping(value = "/api/v1/users/registration")
    @RequestLine("POST /api/v1/users/registration")
    public Response createUserProfile(@Valid @RequestBody Object createUserProfileData);

    @DeleteMapping(value = "/api/v1/users/{userId}")
    public Response deleteUser(@PathVariable("userId") String userId);

    @Data
    class User {
        @JsonProperty("active")
        private boolean active;
    }
}
"""


def _repo(tmp_path: Path, security: str = SECURITY) -> None:
    write(tmp_path, {f"{PKG}/config/SecurityConfiguration.java": security,
                     f"{PKG}/controller/UserProfileController.java": CONTROLLER,
                     f"{PKG}/domain/feign/IdamFeignClient.java": FEIGN})


def test_a_security_chain_of_a_module_at_the_root_guards_controllers_of_every_package(tmp_path: Path) -> None:
    _repo(tmp_path)
    result = findings(scan(tmp_path, only=(ROUTE_AUTH,)), ROUTE_AUTH)
    assert all(f.status is Status.PASS for f in result), [f.message for f in result]
    assert any("behind spring auth layer" in f.message for f in result)
    # the layer's scope is still the module: another module's controllers are not behind it
    write(tmp_path, {f"other/{PKG}/controller/UserProfileController.java": CONTROLLER})
    result = findings(scan(tmp_path, only=(ROUTE_AUTH,)), ROUTE_AUTH)
    assert any(f.status is Status.FAIL and "POST /v1/userprofile" in f.message for f in result)


def test_a_feign_client_interface_declares_requests_sent_not_routes_served(tmp_path: Path) -> None:
    _repo(tmp_path, security="")
    result = findings(scan(tmp_path, only=(ROUTE_AUTH,)), ROUTE_AUTH)
    text = " ".join(f.message for f in result)
    assert "/v1/userprofile" in text and "/api/v1/users" not in text, text
    # the same mappings on a controller interface are routes
    write(tmp_path, {f"{PKG}/domain/feign/IdamFeignClient.java": FEIGN.replace("@FeignClient", "@RestController")})
    text = " ".join(f.message for f in findings(scan(tmp_path, only=(ROUTE_AUTH,)), ROUTE_AUTH))
    assert "/api/v1/users" in text, text


def test_a_spring_jwt_validator_replacing_the_defaults_is_judged(tmp_path: Path) -> None:
    # JwtTimestampValidator alone: issuer and audience unchecked (the scan passed on "no token decoding")
    _repo(tmp_path)
    [f] = findings(scan(tmp_path, only=(TOKENS,)), TOKENS)
    assert f.status is Status.FAIL and "audience not checked" in f.message and "issuer not checked" in f.message
    # Spring's default with the issuer plus an audience validator of the service's own
    fixed = SECURITY.replace("new DelegatingOAuth2TokenValidator<Jwt>(withTimestamp)",
                             "new DelegatingOAuth2TokenValidator<Jwt>(JwtValidators.createDefaultWithIssuer(issuerUri),"
                             " new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, aud -> aud.contains(\"up\")))")
    _repo(tmp_path, fixed)
    [f] = findings(scan(tmp_path, only=(TOKENS,)), TOKENS)
    assert f.status is Status.PASS, f.message
    # no validator set: fromOidcIssuerLocation checks the issuer, nothing checks the audience
    _repo(tmp_path, SECURITY.replace("jwtDecoder.setJwtValidator(validator);", ""))
    [f] = findings(scan(tmp_path, only=(TOKENS,)), TOKENS)
    assert f.status is Status.FAIL and f.message.endswith("audience not checked"), f.message


def test_spring_boots_resource_server_decoder_is_judged_from_its_properties(tmp_path: Path) -> None:
    chain_only = SECURITY.split("    @Bean\n    JwtDecoder")[0] + "}\n"
    _repo(tmp_path, chain_only)
    # no resource server properties in the repository (set by the deployment's environment): not judged here
    [f] = findings(scan(tmp_path, only=(TOKENS,)), TOKENS)
    assert "JwtDecoder" not in f.message and "resource server" not in f.message, f.message
    write(tmp_path, {"src/main/resources/application.yaml":
                     "spring:\n  security:\n    oauth2:\n      resourceserver:\n        jwt:\n"
                     "          issuer-uri: https://idam.example/o\n"})
    [f] = findings(scan(tmp_path, only=(TOKENS,)), TOKENS)
    assert f.status is Status.FAIL and f.message.endswith("audience not checked"), f.message
    write(tmp_path, {"src/main/resources/application.yaml":
                     "spring.security.oauth2.resourceserver.jwt:\n  issuer-uri: https://idam.example/o\n"
                     "  audiences: [rd-user-profile-api]\n"})
    [f] = findings(scan(tmp_path, only=(TOKENS,)), TOKENS)
    assert f.status is Status.PASS, f.message
    # jwk-set-uri alone validates the timestamps only
    write(tmp_path, {"src/main/resources/application.yaml":
                     "spring.security.oauth2.resourceserver.jwt.jwk-set-uri: https://idam.example/jwks\n"})
    [f] = findings(scan(tmp_path, only=(TOKENS,)), TOKENS)
    assert f.status is Status.FAIL and "issuer not checked" in f.message, f.message


FLAGS = "feature-flags/defined"
# service/impl/FeatureToggleServiceImpl.java (shortened)
TOGGLES = """\
package uk.gov.hmcts.reform.userprofileapi.service.impl;

import com.launchdarkly.sdk.LDUser;
import com.launchdarkly.sdk.server.LDClient;

@Service
public class FeatureToggleServiceImpl implements FeatureToggleService {
    public boolean isFlagEnabled(String serviceName, String flagName) {
        LDUser user = new LDUser.Builder(userName).build();
        return ldClient.boolVariation(flagName, user, false);
    }
}
"""


def test_launchdarklys_java_sdk_is_a_flag_mechanism(tmp_path: Path) -> None:
    write(tmp_path, {f"{PKG}/service/impl/FeatureToggleServiceImpl.java": TOGGLES})
    [f] = findings(scan(tmp_path, only=(FLAGS,)), FLAGS)
    assert f.status is Status.MANUAL and "launchdarkly" in f.message, f.message  # was "no flag mechanism found"
    write(tmp_path, {f"{PKG}/service/impl/FeatureToggleServiceImpl.java":
                     TOGGLES.replace("boolVariation(flagName", 'boolVariation("delete-userprofile"')})
    [f] = findings(scan(tmp_path, only=(FLAGS,)), FLAGS)
    assert f.status is Status.FAIL and "'delete-userprofile' (launchdarkly)" in f.message, f.message
    # the SDK imported only by a test: no mechanism in the service
    write(tmp_path, {f"{PKG}/service/impl/FeatureToggleServiceImpl.java": "package x;\nclass A {}\n",
                     "src/test/java/x/FeatureToggleTest.java": TOGGLES})
    [f] = findings(scan(tmp_path, only=(FLAGS,)), FLAGS)
    assert f.status is Status.WARN, f.message


SPEC_VALID = "api-docs/spec-valid"


def test_a_ci_workflow_named_swagger_is_not_an_api_spec(tmp_path: Path) -> None:
    workflow = ("name: Publish Swagger Specs\non:\n  push:\n    branches: [master]\njobs:\n  publish:\n"
                "    uses: hmcts/workflow-publish-openapi-spec/.github/workflows/publish-openapi.yml@v1\n")
    write(tmp_path, {".github/workflows/swagger.yml": workflow, "app.py": "x = 1\n"})
    result = findings(scan(tmp_path, only=(SPEC_VALID,)), SPEC_VALID)
    assert not any(f.status is Status.FAIL for f in result), [f.message for f in result]
    write(tmp_path, {"docs/swagger.yml": workflow})  # the same text under a spec's name elsewhere is a broken spec
    result = findings(scan(tmp_path, only=(SPEC_VALID,)), SPEC_VALID)
    assert any(f.status is Status.FAIL and "swagger.yml" in f.message for f in result), [f.message for f in result]


E2E = "e2e-tests/suite"
FUNCTIONAL = "src/functionalTest/java/uk/gov/hmcts/reform/userprofileapi"
# UserProfileFunctionalTest.java and application-functional.yaml (shortened): the suite calls the release the
# pipeline deployed, at TEST_URL
FUNCTIONAL_TEST = """\
package uk.gov.hmcts.reform.userprofileapi;

@SerenityTest
@SpringBootTest
public class UserProfileFunctionalTest extends AbstractFunctional {
    @Test
    void testCreateUserProfile() {
        Response response = RestAssured.given().baseUri(targetInstance).post("/v1/userprofile");
        assertThat(response.statusCode()).isEqualTo(201);
    }
}
"""
FUNCTIONAL_CONFIG = "targetInstance: ${TEST_URL:http://localhost:8091}\nspring.flyway.enabled: false\n"


def test_a_test_source_set_calling_the_deployed_service_is_end_to_end(tmp_path: Path) -> None:
    write(tmp_path, {f"{FUNCTIONAL}/UserProfileFunctionalTest.java": FUNCTIONAL_TEST,
                     "src/functionalTest/resources/application-functional.yaml": FUNCTIONAL_CONFIG,
                     f"{PKG}/Application.java": "package x;\npublic class Application {}\n"})
    [f] = findings(scan(tmp_path, only=(E2E,)), E2E)
    assert f.status is Status.PASS and "1 end-to-end" in f.message, f.message
    # the same set serving the application in the test JVM (a web environment) is an integration suite
    write(tmp_path, {f"{FUNCTIONAL}/UserProfileFunctionalTest.java":
                     FUNCTIONAL_TEST.replace("@SpringBootTest", "@SpringBootTest(webEnvironment = RANDOM_PORT)")})
    [f] = findings(scan(tmp_path, only=(E2E,)), E2E)
    assert f.status is Status.FAIL, f.message


def test_named_jvm_test_source_sets_are_not_production_code(tmp_path: Path) -> None:
    # src/smokeTest/java/.../SmokeTest.java read TEST_URL: "read by the code but documented nowhere"
    smoke = ('package x;\nclass SmokeTest {\n    @Test\n    void health() {\n'
             '        RestAssured.get(System.getenv("TEST_URL") + "/health");\n    }\n}\n')
    application = 'package x;\nclass Application {\n  String u = System.getenv("IDAM_URL");\n}\n'
    write(tmp_path, {"src/smokeTest/java/x/SmokeTest.java": smoke, f"{PKG}/Application.java": application})
    messages = [f.message for f in findings(scan(tmp_path, only=("env-vars/documented",)), "env-vars/documented")]
    assert any("IDAM_URL" in m for m in messages) and not any("TEST_URL" in m for m in messages), messages


SECRETS = "sensitive-config/secret-scan"
CHART = {"charts/app/Chart.yaml": "apiVersion: v2\nname: app\nversion: 0.1.0\n",
         "charts/app/templates/deployment.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\n"
                                                 "spec:\n  template:\n    spec:\n      containers:\n"
                                                 "        - name: app\n          image: app:1.0\n"}


def test_local_compose_words_are_left_out_whatever_the_compose_files_name_and_length(tmp_path: Path) -> None:
    broker = ("services:\n  postgres:\n    image: postgres\n    environment:\n      POSTGRES_PASSWORD: password\n")
    compose = ("services:\n  db:\n    image: postgres:16\n    environment:\n      - POSTGRES_PASSWORD=dbuserprofile\n"
               "  app:\n    build: .\n    environment:\n"
               "      POSTGRES_PASSWORD: \"${POSTGRES_PASSWORD:-dbuserprofile}\"\n")
    write(tmp_path, {**CHART, "broker-compose.yml": broker, "docker-compose.yml": compose})
    result = [f for f in findings(scan(tmp_path, only=(SECRETS,)), SECRETS) if f.status is Status.FAIL]
    assert result == [], [f.message for f in result]
    # random material in the same place is still reported, and the words count where compose is the deployment
    write(tmp_path, {"docker-compose.yml": compose.replace("=dbuserprofile", "=qzwxkvbnmtrpl")})
    result = [f.message for f in findings(scan(tmp_path, only=(SECRETS,)), SECRETS) if f.status is Status.FAIL]
    assert any("docker-compose.yml:5" in m for m in result), result
    for rel in CHART:
        (tmp_path / rel).unlink()
    write(tmp_path, {"docker-compose.yml": compose})
    result = [f.message for f in findings(scan(tmp_path, only=(SECRETS,)), SECRETS) if f.status is Status.FAIL]
    assert any("docker-compose.yml:5" in m for m in result) and any("docker-compose.yml:9" in m for m in result)


HEALTH = "dockerfile/healthcheck"


def test_a_compose_healthcheck_counts_only_for_the_service_built_from_that_dockerfile(tmp_path: Path) -> None:
    compose = ("services:\n  rd-user-profile-api:\n    build:\n      context: .\n    image: hmcts/rd-user-profile-api\n"
               "  service-auth-provider-api:\n    image: hmcts/service-auth-provider-app\n    healthcheck:\n"
               "      interval: 10s\n      retries: 10\n")
    write(tmp_path, {"Dockerfile": 'FROM eclipse-temurin:21-jre\nCOPY app.jar /opt/app/\nCMD ["java", "-jar", '
                                   '"/opt/app/app.jar"]\n', "docker-compose.yml": compose})
    [f] = findings(scan(tmp_path, only=(HEALTH,)), HEALTH)
    assert f.status in (Status.FAIL, Status.WARN), f.message  # was n/a: "health is checked by compose healthcheck"
    write(tmp_path, {"docker-compose.yml": compose.replace("    image: hmcts/rd-user-profile-api\n",
                                                           "    healthcheck:\n      test: [\"CMD\", \"true\"]\n")})
    [f] = findings(scan(tmp_path, only=(HEALTH,)), HEALTH)
    assert f.status is Status.NA and "services.rd-user-profile-api" in f.message, f.message


NON_ROOT = "dockerfile/non-root-user"


def test_a_private_registrys_base_image_decides_the_user(tmp_path: Path) -> None:
    dockerfile = ('ARG PLATFORM=""\nFROM hmctsprod.azurecr.io/base/java${PLATFORM}:21-distroless\n'
                  "COPY build/libs/rd-user-profile-api.jar /opt/app/\nCMD [ \"rd-user-profile-api.jar\" ]\n")
    write(tmp_path, {"Dockerfile": dockerfile})
    [f] = findings(scan(tmp_path, only=(NON_ROOT,)), NON_ROOT)
    assert f.status is Status.MANUAL and "hmctsprod.azurecr.io/base/java:21-distroless" in f.message, f.message
    # a published image's user is known: Docker Hub's official images and the vendor registries run as root
    for base in ("eclipse-temurin:21-jre", "mcr.microsoft.com/dotnet/aspnet:8.0", "docker.io/library/python:3.12"):
        write(tmp_path, {"Dockerfile": dockerfile.replace("hmctsprod.azurecr.io/base/java${PLATFORM}:21-distroless",
                                                          base)})
        [f] = findings(scan(tmp_path, only=(NON_ROOT,)), NON_ROOT)
        assert f.status is Status.FAIL, (base, f.message)


N_MODULES = 4_000


def test_many_modules_are_read_in_linear_time(tmp_path: Path) -> None:
    """A monorepo of 4,000 JVM modules, each with a functional test set and a resource server: the test sets' files
    and the modules' configuration files are listed once, not once per module (review mend: both walks were
    quadratic: 8-9 s of CPU here before, 2 s after)."""
    import time

    from deploycheck.config import load_config
    from deploycheck.context import Context
    from deploycheck.sources.testsuites import suite_inventory
    from deploycheck.sources.token_verify import token_verifications

    files: dict[str, str] = {}
    for i in range(N_MODULES):
        files[f"m{i}/src/functionalTest/java/x/T{i}.java"] = FUNCTIONAL_TEST
        files[f"m{i}/src/functionalTest/resources/application.yaml"] = FUNCTIONAL_CONFIG
        files[f"m{i}/src/main/java/x/Security{i}.java"] = SECURITY.split("    @Bean\n    JwtDecoder")[0] + "}\n"
    write(tmp_path, files)
    ctx = Context(tmp_path, load_config(tmp_path))
    started = time.process_time()
    inventory = suite_inventory(ctx)
    decodes = token_verifications(ctx)
    spent = time.process_time() - started
    assert spent < 5.0, f"{spent:.2f} s of CPU"
    assert sum(1 for f in inventory.files if f.kind == "e2e") == N_MODULES and decodes == []


def test_a_file_of_thousands_of_feign_clients_is_read_in_linear_time() -> None:
    """Review mend: each @FeignClient's body was read to its end (up to 20,000 characters) however many a file
    declared; unclosed, 5,000 of them read ~100 million characters."""
    import time

    from deploycheck.sources.routes import _feign_client_spans

    text = "@FeignClient(name = \"x\")\npublic interface A {\n    @GetMapping(\"/a\")\n    Response a();\n" * 5_000
    started = time.process_time()
    spans = _feign_client_spans(text)
    assert time.process_time() - started < 1.0
    # nothing closes the first: each span runs to block_at's cut, and the annotations inside it are not read again
    assert 1 <= len(spans) <= 50
    closed = "@FeignClient(name = \"x\")\npublic interface A {\n    @GetMapping(\"/a\")\n    Response a();\n}\n"
    assert len(_feign_client_spans(closed * 3)) == 3
