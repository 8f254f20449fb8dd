"""Passes of required items' checks that were not earned (pass-audit4, 2026-11-30): each test is built from real
lines (the frameworks' documented middleware shapes, public repositories' layouts) and fails on the code before its
fix; the guards beside them check that the new rules do not over-report."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

_AUTH_CHECKS = ("auth-protocols/token-validation", "endpoint-security/route-auth")


def _auth(root: Path) -> dict[str, list[tuple[Status, str]]]:
    result = scan(root, only=_AUTH_CHECKS)
    return {check: [(f.status, f.message) for f in findings(result, check)] for check in _AUTH_CHECKS}


# --- Go middleware that always calls next: endpoint-security/route-auth, auth-protocols/token-validation ------------

GO_MOD = "module example.com/orders\n\ngo 1.22\n\nrequire github.com/gin-gonic/gin v1.9.1\n"

# gin's documented middleware shape (gin's README "Custom Middleware": `func Logger() gin.HandlerFunc { return
# func(c *gin.Context) { ... c.Next() } }`) named for auth, reading the bearer token and never aborting
GIN_PASSTHROUGH = """\
package middleware

import (
\t"log"
\t"strings"

\t"github.com/gin-gonic/gin"
)

// AuthMiddleware reads the bearer token and puts the subject on the context.
// TODO: verify the signature once the IdP is wired in.
func AuthMiddleware() gin.HandlerFunc {
\treturn func(c *gin.Context) {
\t\ttoken := strings.TrimPrefix(c.GetHeader("Authorization"), "Bearer ")
\t\tif token == "" {
\t\t\tlog.Printf("no token on %s", c.Request.URL.Path)
\t\t}
\t\tc.Set("subject", token)
\t\tc.Next()
\t}
}
"""

# the same, refusing as gin's BasicAuth does (c.AbortWithStatus / c.AbortWithStatusJSON)
GIN_REFUSING = GIN_PASSTHROUGH.replace(
    '\t\t\tlog.Printf("no token on %s", c.Request.URL.Path)\n',
    '\t\t\tc.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "unauthorized"})\n\t\t\treturn\n')

GIN_MAIN = """\
package main

import (
\t"net/http"

\t"github.com/gin-gonic/gin"

\t"example.com/orders/internal/middleware"
)

func createOrder(c *gin.Context) {
\tc.JSON(http.StatusCreated, gin.H{"id": 1})
}

func main() {
\tr := gin.Default()
\tapi := r.Group("/api", middleware.AuthMiddleware())
\tapi.POST("/orders", createOrder)
\tr.Run(":8080")
}
"""


def test_a_gin_middleware_that_never_aborts_is_no_guard(tmp_path: Path) -> None:
    # before: both checks passed ("1 routes carry auth") on the middleware's name
    write(tmp_path, {"go.mod": GO_MOD, "internal/middleware/auth.go": GIN_PASSTHROUGH, "cmd/api/main.go": GIN_MAIN})
    got = _auth(tmp_path)
    assert [s for s, _ in got["auth-protocols/token-validation"]] == [Status.FAIL]
    assert "AuthMiddleware (internal/middleware/auth.go:12)" in got["auth-protocols/token-validation"][0][1]
    assert [(s, "its guard AuthMiddleware (internal/middleware/auth.go:12) aborts nothing" in m)
            for s, m in got["endpoint-security/route-auth"]] == [(Status.FAIL, True)]


def test_a_gin_middleware_that_aborts_stays_a_guard(tmp_path: Path) -> None:
    write(tmp_path, {"go.mod": GO_MOD, "internal/middleware/auth.go": GIN_REFUSING, "cmd/api/main.go": GIN_MAIN})
    got = _auth(tmp_path)
    assert [s for s, _ in got["auth-protocols/token-validation"]] == [Status.PASS]
    assert [s for s, _ in got["endpoint-security/route-auth"]] == [Status.PASS]


# chi's middleware shape (chi's README: `func MyMiddleware(next http.Handler) http.Handler { return
# http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { ... next.ServeHTTP(w, r.WithContext(ctx)) }) }`),
# decoding the token and throwing the error away
CHI_PASSTHROUGH = """\
package main

import (
\t"context"
\t"log"
\t"net/http"

\t"github.com/go-chi/chi/v5"
)

type ctxKey string

func RequireAuth(next http.Handler) http.Handler {
\treturn http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
\t\tclaims, err := decodeClaims(r.Header.Get("Authorization"))
\t\tif err != nil {
\t\t\tlog.Printf("auth: %v", err)
\t\t}
\t\tctx := context.WithValue(r.Context(), ctxKey("claims"), claims)
\t\tnext.ServeHTTP(w, r.WithContext(ctx))
\t})
}

func decodeClaims(header string) (map[string]string, error) {
\treturn map[string]string{"sub": header}, nil
}

func createOrder(w http.ResponseWriter, r *http.Request) {
\tw.WriteHeader(http.StatusCreated)
}

func main() {
\tr := chi.NewRouter()
\tr.With(RequireAuth).Post("/orders", createOrder)
\thttp.ListenAndServe(":3000", r)
}
"""


def test_a_net_http_middleware_that_always_calls_next_is_no_guard(tmp_path: Path) -> None:
    write(tmp_path, {"go.mod": GO_MOD, "main.go": CHI_PASSTHROUGH})
    got = _auth(tmp_path)
    assert [s for s, _ in got["auth-protocols/token-validation"]] == [Status.FAIL]
    assert [(s, "its guard RequireAuth (main.go:13)" in m) for s, m in got["endpoint-security/route-auth"]] == [
        (Status.FAIL, True)]


def test_net_http_middleware_that_can_refuse_stays_a_guard(tmp_path: Path) -> None:
    # an early return after http.Error; the next handler called only on one branch; the writer handed to a helper
    # that may answer; a middleware of a library (no function of the repository by that name)
    refusing = CHI_PASSTHROUGH.replace('\t\t\tlog.Printf("auth: %v", err)\n',
                                       '\t\t\thttp.Error(w, "unauthorized", http.StatusUnauthorized)\n\t\t\treturn\n')
    branch = CHI_PASSTHROUGH.replace(
        '\t\tnext.ServeHTTP(w, r.WithContext(ctx))\n',
        '\t\tif claims["sub"] != "" {\n\t\t\tnext.ServeHTTP(w, r.WithContext(ctx))\n\t\t}\n')
    helper = CHI_PASSTHROUGH.replace('\t\t\tlog.Printf("auth: %v", err)\n', '\t\t\tdeny(w, err)\n')
    library = CHI_PASSTHROUGH.replace("RequireAuth(next", "requireAuthUnused(next").replace(
        "r.With(RequireAuth)", "r.With(jwtauth.Authenticator)")
    for i, text in enumerate((refusing, branch, helper, library)):
        root = tmp_path / str(i)
        write(root, {"go.mod": GO_MOD, "main.go": text})
        got = _auth(root)
        assert [s for s, _ in got["endpoint-security/route-auth"]] == [Status.PASS], (i, got)
        assert [s for s, _ in got["auth-protocols/token-validation"]] == [Status.PASS], (i, got)


# --- Express middleware that always calls next() -----------------------------------------------------------------

EXPRESS_PACKAGE = '{"name": "orders", "version": "1.0.0", "dependencies": {"express": "^4.18.2"}}\n'

# Express's "Writing middleware" shape (`const myLogger = function (req, res, next) { console.log('LOGGED'); next() }`)
# named for auth: it reads the header, logs when it is missing, and lets the request go on
EXPRESS_PASSTHROUGH = """\
// Puts the caller on req.user. TODO: check the token once the key is in the vault.
function authenticate(req, res, next) {
  const header = req.headers.authorization || '';
  req.user = { token: header.replace('Bearer ', '') };
  if (!header) {
    console.warn('no credentials on', req.path);
  }
  next();
}

module.exports = { authenticate };
"""

EXPRESS_APP = """\
const express = require('express');
const { authenticate } = require('./middleware/auth');

const app = express();
app.use(express.json());

app.post('/orders', authenticate, (req, res) => {
  res.status(201).json({ id: 1, owner: req.user.token });
});

app.listen(3000);
"""

# the same middleware as the app's layer (`app.use(authenticate)`) instead of on the route
EXPRESS_APP_LAYER = EXPRESS_APP.replace("app.use(express.json());", "app.use(express.json());\napp.use(authenticate);"
                                        ).replace("'/orders', authenticate,", "'/orders',")


def test_an_express_middleware_that_always_calls_next_is_no_guard(tmp_path: Path) -> None:
    # before: route-auth passed the route (its middleware's name, or the app.use layer) and token-validation passed
    for i, app in enumerate((EXPRESS_APP, EXPRESS_APP_LAYER)):
        root = tmp_path / str(i)
        write(root, {"package.json": EXPRESS_PACKAGE, "src/middleware/auth.js": EXPRESS_PASSTHROUGH, "src/app.js": app})
        got = _auth(root)
        assert [s for s, _ in got["auth-protocols/token-validation"]] == [Status.FAIL], (i, got)
        assert [(s, "its guard authenticate (src/middleware/auth.js:2) never touches the response" in m)
                for s, m in got["endpoint-security/route-auth"]] == [(Status.FAIL, True)], (i, got)


def test_express_middleware_that_can_refuse_stays_a_guard(tmp_path: Path) -> None:
    # a 401 answer and an early return; next() only on a branch; an error passed to next(); a library's verify
    # (which throws on a bad token); a name the repository does not define (passport's, express-jwt's)
    refusing = EXPRESS_PASSTHROUGH.replace("console.warn('no credentials on', req.path);",
                                           "return res.status(401).json({ error: 'unauthorized' });")
    branch = EXPRESS_PASSTHROUGH.replace("  next();\n", "  if (header) next();\n")
    error = EXPRESS_PASSTHROUGH.replace("console.warn('no credentials on', req.path);",
                                        "return next(new Error('unauthorized'));")
    verify = EXPRESS_PASSTHROUGH.replace("req.user = { token: header.replace('Bearer ', '') };",
                                         "req.user = jwt.verify(header.replace('Bearer ', ''), process.env.KEY);")
    library = EXPRESS_PASSTHROUGH.replace("function authenticate(", "function unused(")
    for i, middleware in enumerate((refusing, branch, error, verify, library)):
        root = tmp_path / str(i)
        write(root, {"package.json": EXPRESS_PACKAGE, "src/middleware/auth.js": middleware, "src/app.js": EXPRESS_APP})
        got = _auth(root)
        assert [s for s, _ in got["endpoint-security/route-auth"]] == [Status.PASS], (i, got)


# --- Jenkins stages that never run: registry/ci-push, smoke-tests/defined -----------------------------------------

DOCKERFILE = 'FROM python:3.12-slim\nCOPY . /app\nCMD ["python", "/app/app.py"]\n'

# A declarative pipeline (jenkins.io "Pipeline Syntax": `when { expression { ... } }`, `/* */` comments) whose push
# stage is switched off the usual way and whose smoke stage is commented out
JENKINSFILE_OFF = """\
pipeline {
    agent any
    stages {
        stage('Build') {
            steps {
                sh 'rm -rf build/* && docker build -t registry.example.com/shop/orders:${GIT_COMMIT} .'
            }
        }
        stage('Push') {
            // the registry credentials are not in Jenkins yet
            when { expression { return false } }
            steps {
                sh 'docker push registry.example.com/shop/orders:${GIT_COMMIT}'
            }
        }
        /*
        stage('Smoke') {
            steps {
                sh './scripts/smoke-test.sh https://orders.example.com/healthz'
            }
        }
        */
    }
}
"""

_CI_CHECKS = ("registry/ci-push", "smoke-tests/defined")


def _ci(root: Path) -> dict[str, list[Status]]:
    result = scan(root, only=_CI_CHECKS)
    return {check: [f.status for f in findings(result, check)] for check in _CI_CHECKS}


def test_jenkins_stages_switched_off_or_commented_out_are_no_ci_evidence(tmp_path: Path) -> None:
    # before: registry/ci-push passed ("Jenkinsfile pushes the image") and smoke-tests/defined passed on the
    # commented-out smoke stage
    write(tmp_path, {"Dockerfile": DOCKERFILE, "app.py": "print('hi')\n", "Jenkinsfile": JENKINSFILE_OFF})
    assert _ci(tmp_path) == {"registry/ci-push": [Status.WARN], "smoke-tests/defined": [Status.FAIL]}


def test_jenkins_stages_that_run_are_ci_evidence(tmp_path: Path) -> None:
    # a real condition (`branch 'main'`), the comment markers taken away; `build/*` in a string opens no comment
    on = JENKINSFILE_OFF.replace("expression { return false }", "branch 'main'").replace(
        "        /*\n", "").replace("        */\n", "")
    write(tmp_path, {"Dockerfile": DOCKERFILE, "app.py": "print('hi')\n", "Jenkinsfile": on})
    assert _ci(tmp_path) == {"registry/ci-push": [Status.PASS], "smoke-tests/defined": [Status.PASS]}


# --- code-review/codeowners: the CODEOWNERS the forge reads ----------------------------------------------------------

WORKFLOW = "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest\n"


def _owners(root: Path) -> list[tuple[Status, str]]:
    return [(f.status, f.message) for f in
            findings(scan(root, only=("code-review/codeowners",)), "code-review/codeowners")]


def test_the_codeowners_file_judged_is_the_one_the_forge_reads(tmp_path: Path) -> None:
    # before: both passed on a file GitHub never uses. GitHub reads .github/ before the root ("If CODEOWNERS files
    # exist in more than one of those locations, GitHub will search for them in that order and use the first one it
    # finds"), and never .gitlab/
    first = tmp_path / "first"
    write(first, {"app.py": "print('hi')\n", ".github/workflows/ci.yml": WORKFLOW,
                  ".github/CODEOWNERS": "*.lock @acme/dependency-bots\n", "CODEOWNERS": "* @acme/orders\n"})
    got = _owners(first)
    # (a failure of a low-severity check is reported as a warning)
    assert [(s, ".github/CODEOWNERS gives owners only to *.lock" in m) for s, m in got] == [(Status.WARN, True)]
    elsewhere = tmp_path / "elsewhere"
    write(elsewhere, {"app.py": "print('hi')\n", ".github/workflows/ci.yml": WORKFLOW,
                      ".gitlab/CODEOWNERS": "* @acme/orders\n"})
    got = _owners(elsewhere)
    assert [(s, "not where github reads CODEOWNERS" in m) for s, m in got] == [(Status.WARN, True)]


def test_a_codeowners_file_where_its_forge_reads_it_passes(tmp_path: Path) -> None:
    gitlab = tmp_path / "gitlab"  # GitLab reads .gitlab/ (after the root and docs/)
    write(gitlab, {"app.py": "print('hi')\n", ".gitlab-ci.yml": "test:\n  script: pytest\n",
                   ".gitlab/CODEOWNERS": "* @acme/orders\n"})
    assert [s for s, _ in _owners(gitlab)] == [Status.PASS]
    github = tmp_path / "github"
    write(github, {"app.py": "print('hi')\n", ".github/workflows/ci.yml": WORKFLOW,
                   ".github/CODEOWNERS": "* @acme/orders\n", "CODEOWNERS": "*.lock @acme/dependency-bots\n"})
    assert [s for s, _ in _owners(github)] == [Status.PASS]


# --- test suites of tests that never run: e2e-tests/suite, integration-tests/suite, unit-tests/suite ---------------

# pytest's documented skip marker ("Skipping test functions": `@pytest.mark.skip(reason="no way of currently testing
# this")`), unittest's `@unittest.skip`, a module-level `pytestmark = pytest.mark.skip(...)`, Jest/Mocha's `it.skip`
PYTEST_SKIPPED = """\
import pytest


@pytest.mark.skip(reason="flaky against staging")
def test_checkout():
    assert checkout("cart-1").status == "paid"
"""

UNITTEST_SKIPPED = """\
import unittest


@unittest.skip("the staging stack is down")
class CheckoutTest(unittest.TestCase):
    def test_checkout(self):
        self.assertTrue(True)
"""

MODULE_SKIPPED = """\
import pytest

pytestmark = pytest.mark.skip(reason="until the new stack")


def test_checkout():
    assert True
"""

JEST_SKIPPED = """\
describe('checkout', () => {
  it.skip('pays for the basket', async () => {
    expect(await pay('basket-1')).toBe('paid');
  });
});
"""


def _e2e(root: Path) -> list[Status]:
    return [f.status for f in findings(scan(root, only=("e2e-tests/suite",)), "e2e-tests/suite")]


def test_an_e2e_suite_whose_every_test_is_skipped_is_no_suite(tmp_path: Path) -> None:
    # before: "1 end-to-end tests in 1 file(s)", a pass, for each
    suites = {"pytest": {"tests/e2e/test_checkout.py": PYTEST_SKIPPED},
              "unittest": {"tests/e2e/test_checkout.py": UNITTEST_SKIPPED},
              "module": {"tests/e2e/test_checkout.py": MODULE_SKIPPED},
              "jest": {"package.json": '{"name": "shop", "devDependencies": {"jest": "^29.0.0"}}\n',
                       "e2e/checkout.e2e.test.js": JEST_SKIPPED}}
    for name, files in suites.items():
        write(tmp_path / name, {"app.py": "print('hi')\n", **files})
        assert _e2e(tmp_path / name) == [Status.FAIL], name


def test_an_e2e_suite_with_a_conditional_skip_or_a_running_test_passes(tmp_path: Path) -> None:
    conditional = PYTEST_SKIPPED.replace('@pytest.mark.skip(reason="flaky against staging")',
                                         '@pytest.mark.skipif(sys.platform == "win32", reason="posix only")')
    # (a test that runs and calls code: `assert True` alone only asserts a constant, which counts as no test)
    one_runs = PYTEST_SKIPPED + "\n\ndef test_search():\n    assert search('shoes')\n"
    jest = JEST_SKIPPED.replace("it.skip(", "it(")
    for i, files in enumerate(({"tests/e2e/test_checkout.py": "import sys\n" + conditional},
                               {"tests/e2e/test_checkout.py": one_runs},
                               {"package.json": '{"name": "shop", "devDependencies": {"jest": "^29.0.0"}}\n',
                                "e2e/checkout.e2e.test.js": jest})):
        write(tmp_path / str(i), {"app.py": "print('hi')\n", **files})
        assert _e2e(tmp_path / str(i)) == [Status.PASS], i


# --- NestJS guards whose canActivate returns true: route-auth, token-validation ----------------------------------

NEST_PACKAGE = '{"name": "orders", "dependencies": {"@nestjs/common": "^10.0.0", "@nestjs/core": "^10.0.0"}}\n'

# Nest's "Guards" chapter shape (`@Injectable() export class AuthGuard implements CanActivate { canActivate(context)
# { const request = context.switchToHttp().getRequest(); return validateRequest(request); } }`) with the validation
# left for later: it returns true
NEST_GUARD_TRUE = """\
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';

@Injectable()
export class AuthGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    // TODO: validate the token once the IdP is configured
    request.user = { token: request.headers.authorization };
    return true;
  }
}
"""

NEST_CONTROLLER = """\
import { Body, Controller, Post, UseGuards } from '@nestjs/common';
import { AuthGuard } from './auth.guard';

@Controller('orders')
@UseGuards(AuthGuard)
export class OrdersController {
  @Post()
  create(@Body() body: unknown) {
    return { id: 1 };
  }
}
"""


def test_a_nest_guard_that_returns_true_is_no_guard(tmp_path: Path) -> None:
    # before: both checks passed ("1 routes carry auth") on @UseGuards(AuthGuard)
    write(tmp_path, {"package.json": NEST_PACKAGE, "src/auth.guard.ts": NEST_GUARD_TRUE,
                     "src/orders.controller.ts": NEST_CONTROLLER})
    got = _auth(tmp_path)
    assert [s for s, _ in got["auth-protocols/token-validation"]] == [Status.FAIL]
    assert [(s, "its guard AuthGuard (src/auth.guard.ts:4) returns only true" in m)
            for s, m in got["endpoint-security/route-auth"]] == [(Status.FAIL, True)]


def test_nest_guards_that_can_refuse_stay_guards(tmp_path: Path) -> None:
    # a throw of UnauthorizedException; a verification whose result is returned; passport's AuthGuard('jwt')
    throws = NEST_GUARD_TRUE.replace("    request.user = { token: request.headers.authorization };\n",
                                     "    if (!request.headers.authorization) throw new UnauthorizedException();\n")
    verifies = NEST_GUARD_TRUE.replace("    return true;\n", "    return this.tokens.verify(request.user.token);\n")
    passport = NEST_CONTROLLER.replace("@UseGuards(AuthGuard)", "@UseGuards(AuthGuard('jwt'))").replace(
        "import { AuthGuard } from './auth.guard';", "import { AuthGuard } from '@nestjs/passport';")
    for i, (guard, controller) in enumerate(((throws, NEST_CONTROLLER), (verifies, NEST_CONTROLLER),
                                             (NEST_GUARD_TRUE.replace("class AuthGuard", "class UnusedGuard"),
                                              passport))):
        root = tmp_path / str(i)
        write(root, {"package.json": NEST_PACKAGE, "src/auth.guard.ts": guard, "src/orders.controller.ts": controller})
        assert [s for s, _ in _auth(root)["endpoint-security/route-auth"]] == [Status.PASS], i
