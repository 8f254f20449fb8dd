"""Secret-scan false alarms from a large real Django service (saleor): constants *about* secrets (error codes,
notification events, e-mail subjects) and Subresource Integrity hashes are not secrets; the secrets beside
them still are."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

SECRET_SCAN = "sensitive-config/secret-scan"


def _reported(root: Path) -> dict[tuple[str, int], Status]:
    result = findings(scan(root, only=(SECRET_SCAN,)), SECRET_SCAN)
    return {(f.location.path, f.location.line): f.status for f in result
            if f.location and f.location.line and f.status in (Status.FAIL, Status.WARN)}


def test_codes_events_and_texts_about_passwords_are_not_secrets(tmp_path: Path) -> None:
    write(tmp_path, {
        "shop/error_codes.py": 'class AccountErrorCode:\n'
                               '    PASSWORD_TOO_SHORT = "password_too_short"\n'
                               '    PASSWORD_RESET_ALREADY_REQUESTED = "password_reset_already_requested"\n',
        "shop/constants.py": 'ACCOUNT_SET_PASSWORD_SUBJECT_FIELD = "account_set_password_subject"\n'
                             'STAFF_PASSWORD_RESET_DEFAULT_SUBJECT = "Reset your Shop password"\n'
                             'SET_PASSWORD_DEFAULT_SUBJECT = "Hello from {{ site_name }}!"\n'
                             # the real ones: a name ending in the secret word keeps every value
                             'SMTP_PASSWORD = "Zk3vQ9pLm2Xw7Rt5Yb8N"\n'
                             'ADMIN_PASSWORD = "correct horse battery staple"\n',
    })
    assert _reported(tmp_path) == {("shop/constants.py", 4): Status.FAIL, ("shop/constants.py", 5): Status.FAIL}


def test_subresource_integrity_hashes_are_not_secrets(tmp_path: Path) -> None:
    write(tmp_path, {"templates/playground.html": (
        '<link rel="stylesheet" href="https://cdn.example.com/index.css"\n'
        '  integrity="sha512-6yzktgk11EmjCnuWTl0+FImf6MG3c+mqrO33bCiwaeouI5RoAJKSyKmLGFAYt44jRtr/bgkjqvRUxay3Ih05cw=="'
        '\n'
        '  crossorigin="anonymous" />\n'
        '<script>var token = "6yzktgk11EmjCnuWTl0+FImf6MG3c+mqrO33bCiwaeouI5RoAJKSyKmLGFA";</script>\n')})
    assert _reported(tmp_path) == {("templates/playground.html", 4): Status.FAIL}


def test_enum_members_spelling_their_own_name_are_codes_not_credentials(tmp_path: Path) -> None:
    # saleor: error codes, notification events and field types whose name ends in PASSWORD/SECRET came out as
    # "default credential" (the value equals the key's name); a class attribute spelling its own name is a code
    write(tmp_path, {
        "shop/error_codes.py": 'class AccountErrorCode(Enum):\n'
                               '    INVALID_PASSWORD = "invalid_password"\n'
                               '    ACCOUNT_SET_CUSTOMER_PASSWORD = "account_set_customer_password"\n',
        "shop/plugins.py": 'class ConfigurationTypeField:\n    SECRET_MULTILINE = "SecretMultiline"\n'
                           '    PASSWORD = "Password"\n',
        "shop/commands.py": 'PASSWORD_FIELD = "password"\n',
        # the real ones: module-level, or a class attribute holding something else
        "shop/settings.py": 'SECRET_KEY = "secret_key"\nclass Smtp:\n    PASSWORD = "Zk3vQ9pLm2Xw7Rt5Yb8N"\n',
    })
    assert _reported(tmp_path) == {("shop/settings.py", 1): Status.WARN, ("shop/settings.py", 3): Status.FAIL}


def test_a_comparison_with_a_key_name_is_not_a_secret(tmp_path: Path) -> None:
    # saleor: `if db_key == "id":` was a "Secret Keyword"; a hard-coded password comparison still is one
    write(tmp_path, {"shop/utils.py": 'def f(db_key, password):\n    if db_key == "id":\n        return 1\n'
                                      '    if password == "Zk3vQ9pLm2Xw7Rt5":\n        return 2\n'})
    assert _reported(tmp_path) == {("shop/utils.py", 4): Status.FAIL}


def test_ci_throwaway_database_passwords_are_not_reported(tmp_path: Path) -> None:
    # saleor's workflows: `SECRET_KEY: ci-test` and the job's `services: postgres` with POSTGRES_PASSWORD: saleor
    workflow = ("on: push\nenv:\n  SECRET_KEY: ci-test\njobs:\n  test:\n    runs-on: ubuntu-22.04\n"
                "    services:\n      postgres:\n        image: postgres:15\n        env:\n"
                "          POSTGRES_PASSWORD: saleor\n    env:\n      DEPLOY_PASSWORD: Zk3vQ9pLm2Xw7Rt5Yb8N\n"
                "      DB_PASSWORD: Hq8zLm2Xw7Rt5Yb8\n")
    write(tmp_path, {".github/workflows/tests.yml": workflow,
                     "compose.yaml": "services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: saleor\n"})
    assert _reported(tmp_path) == {(".github/workflows/tests.yml", 13): Status.FAIL,
                                   (".github/workflows/tests.yml", 14): Status.FAIL,
                                   ("compose.yaml", 4): Status.FAIL}


def test_name_fragments_under_prefix_or_postfix_names_are_not_secrets(tmp_path: Path) -> None:
    """Reloader's internal/pkg/constants/constants.go: `SecretEnvVarPostfix = "SECRET"` is the suffix of the env
    variable names it writes, not a default credential; a password under a prefix-like name that is not one still
    counts (its name ends in the secret word)."""
    write(tmp_path, {"internal/pkg/constants/constants.go": (
        'package constants\n\nconst (\n'
        '\t// SecretEnvVarPostfix is a postfix for secret envVar\n'
        '\tSecretEnvVarPostfix = "SECRET"\n'
        '\tSecretProviderClassEnvVarPostfix = "SECRETPROVIDERCLASS"\n'
        '\tTokenPrefix = "STAKATER_"\n'
        '\tPrefixPassword = "Zk3vQ9pLm2Xw7Rt5Yb8N"\n'
        ')\n')})
    assert _reported(tmp_path) == {("internal/pkg/constants/constants.go", 8): Status.FAIL}


def test_go_test_helper_packages_are_test_code(tmp_path: Path) -> None:
    """Reloader's internal/pkg/testutil/kube.go builds fixture Secrets (base64 of "testSecretEncodingForReloader")
    for its `_test.go` files: a test-helper package is test data, left out of the production view like `testdata/`;
    the same value in production code is still reported."""
    from deploycheck.sources.target import rule_by_path

    helper = ('package testutil\n\nvar (\n\tSecretNamePrefix    = "testsecret-reloader"\n'
              '\tData                = "dGVzdFNlY3JldEVuY29kaW5nRm9yUmVsb2FkZXI="\n)\n')
    write(tmp_path, {"internal/pkg/testutil/kube.go": helper, "internal/pkg/app/kube.go": helper})
    assert _reported(tmp_path) == {("internal/pkg/app/kube.go", 5): Status.FAIL}
    assert rule_by_path("internal/pkg/testutil/kube.go") == "tests"
    assert rule_by_path("pkg/testhelpers/db.go") == "tests" and rule_by_path("pkg/utilities/db.go") is None
