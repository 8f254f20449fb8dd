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
