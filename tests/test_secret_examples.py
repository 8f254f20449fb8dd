"""Secret-scan false alarms of the s6 whole set (issue 8, fp-kinds-g): example tokens and a secret filter's test
samples (atuin), Rust unit-test modules, Depot CI, test-named folders, values named as test values (exceptionless'
SampleDataService), digests, annotation keys, Sentry DSNs, and env files of local values. Each test keeps a real
secret of the same shape found."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status
from deploycheck.sources import secrets

SECRET_SCAN = "sensitive-config/secret-scan"
# Random bodies made for these tests (no real token): a leaked token of the same shape must still be found.
RANDOM36 = "Zk3vQ9pLm2Xw7Rt5Yb8Nc4Hd6Jq1Gs0Fa2Ke"
RANDOM24 = "pQ7wRt2ZkXm9Lb4VcN8yHs3D"


def _reported(root: Path) -> dict[tuple[str, int], tuple[Status, str]]:
    return {(f.location.path, f.location.line): (f.status, f.message)
            for f in findings(scan(root, only=(SECRET_SCAN,)), SECRET_SCAN)
            if f.location and f.location.line and f.status in (Status.FAIL, Status.WARN)}


def test_made_up_tokens_are_typed_in_order_and_phrases_are_words() -> None:
    assert secrets.made_up_token("gho_1234567890abcdefghijklmnopqrstuvwx000")
    assert secrets.made_up_token("https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX")
    assert not secrets.made_up_token("ghp_" + RANDOM36)
    assert not secrets.made_up_token("xoxb-17653672481-19874698323-" + RANDOM24)
    # the planted keys of this project's tests: alternating case is no run, and AWS's example keys stay values
    assert not secrets.made_up_token("AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW")
    assert not secrets.made_up_token("AKIAIOSFODNN7EXAMPLE")
    assert secrets.is_word_phrase("elasticbeanstalk-us-east-1-THIS_IS_JUST_AN_EXAMPLE")  # exceptionless' bucket name
    assert not secrets.is_word_phrase("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")


def test_example_tokens_and_a_secret_filters_test_samples_are_not_leaks(tmp_path: Path) -> None:
    """atuin's crates/atuin-client/src/secrets.rs: a table of (name, regex, sample) its shell-history filter is tested
    with. A sample written under the regular expression of its own prefix (`A[KS]IA`, `nf[pcoub]_`), or typed in
    order (`1234567890abc…`), is not a leak; the same token with no pattern beside it is."""
    table = (
        "pub static SECRET_PATTERNS: &[(&str, &str, TestValue)] = &[\n"                      # 1
        '    ("AWS Access Key ID", "A[KS]IA[0-9A-Z]{16}", TestValue::Single("AKIAIOSFODNN7EXAMPLE")),\n'
        "    (\n"
        '        "GitHub PAT (old)",\n'
        '        "ghp_[a-zA-Z0-9]{36}",\n'                                                     # 5
        f'        TestValue::Single("ghp_{RANDOM36}"),\n'
        "    ),\n"
        "    (\n"
        '        "GitHub OAuth Access Token",\n'
        '        "gho_[A-Za-z0-9]{36}",\n'                                                     # 10
        '        TestValue::Single("gho_1234567890abcdefghijklmnopqrstuvwx000"), // not a real token\n'
        "    ),\n"
        f'    ("GitLab PAT", "glpat-[a-zA-Z0-9_]{{20}}", TestValue::Single("glpat-{RANDOM24[:20]}")),\n'
        "    (\n"
        '        "Slack OAuth v2 bot",\n'                                                      # 15
        '        "xoxb-[0-9]{11}-[0-9]{11}-[0-9a-zA-Z]{24}",\n'
        f'        TestValue::Single("xoxb-17653672481-19874698323-{RANDOM24}"),\n'
        "    ),\n"
        "    (\n"
        '        "Netlify authentication token",\n'                                            # 20
        '        "nf[pcoub]_[0-9a-zA-Z]{36}",\n'
        f'        TestValue::Single("nfp_{RANDOM36}"),\n'
        "    ),\n"
        "];\n")
    leaked = (f'const TOKEN: &str = "ghp_{RANDOM36}";\n'
              f'const SLACK: &str = "xoxb-17653672481-19874698323-{RANDOM24}";\n'
              'const AWS: &str = "AKIAIOSFODNN7EXAMPLE";\n')
    write(tmp_path, {"crates/client/src/secrets.rs": table, "crates/client/src/leak.rs": leaked})
    reported = _reported(tmp_path)
    assert not [key for key in reported if key[0] == "crates/client/src/secrets.rs"], reported
    assert {line for path, line in reported if path == "crates/client/src/leak.rs"} == {1, 2, 3}, reported
    assert all("Zk3v" not in message and RANDOM24 not in message for _, message in reported.values())


def test_rust_unit_test_modules_are_test_code(tmp_path: Path) -> None:
    """atuin's crates/atuin-common/src/encryption/paseto_v4.rs checks a fixed key's encodings in its
    `#[cfg(test)] mod test { ... }`; the same literal above the module is the code's own."""
    source = (
        "pub fn key() -> &'static str {\n"
        '    "3AAgG1sqW8zSawnM2MyqzL7M8j4GVEXMlMyUNcz7dczizKfMrTRSIsyKbsypfFzM5Q=="\n'
        "}\n"
        "\n"
        "#[cfg(test)]\n"
        "mod test {\n"
        "    #[rstest]\n"
        '    #[case::canonical("3AAgG1sqW8zSawnM2MyqzL7M8j4GVEXMlMyUNcz7dczizKfMrTRSIsyKbsypfFzM5Q==")]\n'
        "    fn decodes(#[case] encoded: &str) {\n"
        "        assert!(Key::decode(encoded).is_ok());\n"
        "    }\n"
        "}\n")
    assert secrets.rust_test_modules(source.splitlines()) == [(5, 12)]
    write(tmp_path, {"crates/common/src/paseto.rs": source})
    assert set(_reported(tmp_path)) == {("crates/common/src/paseto.rs", 2)}


def test_depot_ci_services_and_test_named_folders_hold_test_data(tmp_path: Path) -> None:
    """atuin's .depot/workflows/rust.yml (Depot CI) starts a postgres service with `POSTGRES_PASSWORD: pass`; its
    crates/tests-database/ is the integration-test crate (`postgres://user:pass@host/...`); tekton-results'
    tools/postgres-migrate/test.sh exports a word (`tacocat`); zero-to-jupyterhub's ci/test-hub-existing-secret.yaml a
    key-mash (`ffff9999`). A random value in a test-named folder, and a word in a deployed file, are still reported."""
    ci = ("jobs:\n  integration-test:\n    services:\n      postgres:\n        image: postgres\n        env:\n"
          "          POSTGRES_USER: atuin\n          POSTGRES_PASSWORD: pass\n    steps:\n"
          "      - run: cargo nextest run\n        env:\n"
          "          ATUIN_DB_URI: postgres://atuin:pass@localhost:5432/atuin\n")
    write(tmp_path, {
        ".depot/workflows/rust.yml": ci,
        "crates/tests-database/src/helpers.rs":
            'fn settings() {\n    let uri = "postgres://user:pass@host/database_?mode=ssl";\n}\n',
        "tools/postgres-migrate/test.sh": 'export POSTGRES_PASSWORD="tacocat"\n',
        "ci/test-hub-existing-secret.yaml": "stringData:\n  hub.config.JupyterHub.cookie_secret: ffff9999\n",
        "crates/tests-database/src/keys.rs": f'const API_TOKEN: &str = "{RANDOM36}";\n',
        "deploy/run.sh": 'export POSTGRES_PASSWORD="tacocat"\n',
    })
    reported = _reported(tmp_path)
    assert set(reported) == {("crates/tests-database/src/keys.rs", 1), ("deploy/run.sh", 1)}, reported
    assert secrets.is_key_mash("ffff9999") and secrets.is_key_mash("bbbb2222") and not secrets.is_key_mash("ff99ff99")


def test_values_named_as_test_values_names_levels_digests_annotations_and_dsns(tmp_path: Path) -> None:
    """exceptionless' SampleDataService (`TEST_API_KEY = "…"`, `TEST_USER_PASSWORD = "tester"`) and
    ApiKeyAuthenticationHandler (`ApiKeySchema = "ApiKey"`), its appsettings.yml log levels, dex-k8s-authenticator's
    `exampleAppState`, Drupal's `default_config_hash`, keel's `KeelImagePullSecretAnnotation = "keel.sh/…"` and
    prisoner-content-hub-backend's Sentry DSN. The same values under a plain secret name are still reported."""
    write(tmp_path, {
        "src/Core/Utility/SampleDataService.cs": (
            "public class SampleDataService {\n"
            '    public const string TEST_USER_PASSWORD = "tester";\n'
            f'    public const string TEST_API_KEY = "{RANDOM36}";\n'
            f'    public const string INTERNAL_API_KEY = "{RANDOM36}";\n'
            "}\n"),
        "src/Web/Security/ApiKeyOptions.cs": 'public const string ApiKeySchema = "ApiKey";\n',
        "src/Web/appsettings.yml": "Serilog:\n  MinimumLevel:\n    Override:\n"
                                   "      Exceptionless.Web.Security.ApiKeyAuthenticationHandler: Warning\n",
        "dex-auth.go": f'package main\n\nconst exampleAppState = "{RANDOM36}"\n',
        "config/sync/autocomplete_id.settings.yml":
            "_core:\n  default_config_hash: '-E5AVR0fpXpwGJGf4wud-PI0RQ_yRvqTajpXTz9caIQ'\n",
        "types/types.go": 'package types\n\nconst KeelImagePullSecretAnnotation = "keel.sh/imagePullSecret"\n',
        "config/sync/raven.settings.yml":
            "client_key: 'https://7e038c55ab3547be95934595b77723f5@o345774.ingest.sentry.io/5377063'\n"
            "server_key: 'https://7e038c55ab3547be95934595b77723f5:9f2c4d1e8b7a6053c2d1e0f9a8b7c6d5@sentry.io/5377063'\n",
        # dotnet-core-web-api's production settings and laa-court-data-adaptor's schema example: still reported
        "configs/prod/appsettings.Production.json":
            '{\n  "ConnectionStrings": {\n    "DBPassword": "password"\n  }\n}\n',
        "schema/schemata/oauth.json": f'{{\n  "client_secret": {{\n    "example": "{RANDOM36}"\n  }}\n}}\n',
    })
    reported = _reported(tmp_path)
    assert set(reported) == {("src/Core/Utility/SampleDataService.cs", 4), ("config/sync/raven.settings.yml", 2),
                             ("configs/prod/appsettings.Production.json", 3), ("schema/schemata/oauth.json", 3)}, \
        reported
    assert reported[("configs/prod/appsettings.Production.json", 3)][0] is Status.WARN


def test_env_files_of_local_values_are_not_reported_twice(tmp_path: Path) -> None:
    """laa-crime-application-store's `.env.development` (`SIDEKIQ_WEB_UI_PASSWORD=not-a-real-secret`) and
    hmpps-template-typescript's feature.env (`AUTH_CODE_CLIENT_SECRET=clientsecret` beside localhost URLs) hold chosen
    words for a laptop, as sensitive-config/env-files says; a random value makes the file judged again."""
    write(tmp_path, {
        ".env.development": "SIDEKIQ_WEB_UI_PASSWORD=not-a-real-secret\nANALYTICS_PASSWORD=analytics_user_password\n",
        "feature.env": "HMPPS_AUTH_URL=http://localhost:9091/auth\nAUTH_CODE_CLIENT_SECRET=clientsecret\n",
        "other/.env.development": f"SIDEKIQ_WEB_UI_PASSWORD=not-a-real-secret\nAPI_KEY={RANDOM36}\n",
    })
    reported = _reported(tmp_path)
    assert {key[0] for key in reported} == {"other/.env.development"}, reported
    assert ("other/.env.development", 2) in reported


def test_samples_files_are_example_files(tmp_path: Path) -> None:
    """exceptionless' samples/hosting-samples.sh shows `smtps://user:password@smtp.host.com`: documentation."""
    write(tmp_path, {"samples/hosting-samples.sh": "docker run -e EX_ConnectionStrings__Email="
                                                    "smtps://user:password@smtp.host.com:587 exceptionless/app\n"})
    assert _reported(tmp_path) == {}



def test_base64_of_binary_is_not_a_filler_run() -> None:
    """Six zero bytes in base64 are `AAAAAAAA`: only the fillers people type (`0`, `x`, `*`) make a run."""
    assert not secrets.made_up_token("MIIBCgKCAQEAAAAAAAAAAAAAq8Hn2Zk3vQ9pLm2Xw7Rt5Yb8Nc4Hd6")
    assert secrets.made_up_token("sk_live_00000000" + RANDOM24)


# ras-frontstage config.py (abridged): the base Config reads every secret from the environment; the development and
# testing classes give words and defaults
RAS_CONFIG = """\
import os


class Config(object):
    SECRET_KEY = os.getenv("SECRET_KEY")
    JWT_SECRET = os.getenv("JWT_SECRET")


class DevelopmentConfig(Config):
    DEBUG = True
    JWT_SECRET = os.getenv("JWT_SECRET", "testsecret")
    SECURITY_USER_NAME = os.getenv("SECURITY_USER_NAME", "admin")
    SECURITY_USER_PASSWORD = os.getenv("SECURITY_USER_PASSWORD", "secret")


class TestingConfig(DevelopmentConfig):
    JWT_SECRET = "testsecret"
    SECURITY_USER_PASSWORD = "password"
    API_TOKEN = "Zk3vQ9pLm2Xw7Rt5Yb8Nc4Hd6Jq1Gs0Fa2Ke"


class ProductionConfig(Config):
    SECURITY_USER_PASSWORD = os.getenv("SECURITY_USER_PASSWORD", "secret")
"""


def test_development_and_testing_settings_classes_hold_the_developers_values(tmp_path: Path) -> None:
    """Flask's class-based settings: words and defaults in `DevelopmentConfig`/`TestingConfig` are the developer's
    (ras-frontstage's config.py:101, 105, 134, 142); a random value there and the same default in another class are
    still reported."""
    assert secrets.development_settings_classes(RAS_CONFIG.splitlines()) == [(9, 13), (16, 19)]
    write(tmp_path, {"config.py": RAS_CONFIG})
    assert {line for path, line in _reported(tmp_path)} == {19, 23}
