"""What the fresh repositories keel (keel-hq/keel) and dapr-store (benc-uk/dapr-store) showed (acc-fresh16,
2026-11-30). Each test fails on the code before its fix."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

# --- logging/no-secrets: logrus' structured fields were never read (a false pass) -----------------------------------

# keel's pkg/auth/auth.go: the bearer token itself goes into the log as a field when its username claim is missing;
# the level call (`}).Warn(`) follows the field map, where the Printf-style rule did not look.
AUTH_GO = """\
package auth

import (
\tjwt "github.com/golang-jwt/jwt/v4"
\tlog "github.com/sirupsen/logrus"
)

func (a *DefaultAuthenticator) parseToken(tokenString string) (*User, error) {
\ttoken, err := jwt.Parse(tokenString, a.keyFunc)
\tif err != nil {
\t\treturn nil, err
\t}
\tif claims, ok := token.Claims.(jwt.MapClaims); ok && token.Valid {
\t\tuser := &User{}
\t\tuser.Username = parseString(claims, "username")
\t\tif user.Username == "" {
\t\t\tlog.WithFields(log.Fields{
\t\t\t\t"token": tokenString,
\t\t\t\t"error": "token is missing account username field",
\t\t\t}).Warn("authenticator: malformed token")
\t\t\treturn nil, fmt.Errorf("malformed token")
\t\t}
\t\treturn user, nil
\t}
\treturn nil, fmt.Errorf("invalid token")
}
"""

# keel's pkg/http/auth.go: fields that name the user and the header, never the credential.
HTTP_AUTH_GO = """\
package http

import log "github.com/sirupsen/logrus"

func (s *TriggerServer) requireAdminAuthorization(next http.HandlerFunc) http.HandlerFunc {
\treturn func(rw http.ResponseWriter, r *http.Request) {
\t\tif !validProxyIdentity(username) {
\t\t\tlog.WithField("header", s.authProxyUserHeader).Warn("external authentication proxy request is missing " +
\t\t\t\t"a valid identity header")
\t\t\treturn
\t\t}
\t\tusername, password, ok := r.BasicAuth()
\t\tif ok {
\t\t\tresp, err := s.authenticator.Authenticate(&auth.AuthRequest{Username: username, Password: password})
\t\t\tif err != nil {
\t\t\t\tlog.WithFields(log.Fields{
\t\t\t\t\t"error": err,
\t\t\t\t\t"user":  username,
\t\t\t\t}).Error("authentication failed")
\t\t\t\treturn
\t\t\t}
\t\t}
\t}
}
"""


def _secret_logs(tmp_path: Path, files: dict[str, str]) -> list[tuple[Status, str, int | None]]:
    write(tmp_path, files)
    result = scan(tmp_path, only=("logging/no-secrets",))
    return [(f.status, f.message, f.location.line if f.location else None)
            for f in findings(result, "logging/no-secrets")]


def test_a_logrus_field_holding_a_token_is_reported(tmp_path: Path) -> None:
    out = _secret_logs(tmp_path, {"pkg/auth/auth.go": AUTH_GO, "pkg/http/auth.go": HTTP_AUTH_GO})
    assert [(s, line) for s, _, line in out] == [(Status.FAIL, 17)]
    assert "log.WithFields(... tokenString ...)" in out[0][1]


def test_logrus_fields_naming_the_user_and_a_header_pass(tmp_path: Path) -> None:
    out = _secret_logs(tmp_path, {"pkg/http/auth.go": HTTP_AUTH_GO})
    assert [s for s, _, _ in out] == [Status.PASS]


def test_a_one_line_logrus_field_holding_a_password_is_reported(tmp_path: Path) -> None:
    text = HTTP_AUTH_GO.replace('WithField("header", s.authProxyUserHeader)', 'WithField("pass", password)')
    out = _secret_logs(tmp_path, {"pkg/http/auth.go": text})
    assert [(s, line) for s, _, line in out] == [(Status.FAIL, 8)]
