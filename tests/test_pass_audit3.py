"""Passes of required items' checks that were not earned (pass-audit3, 2026-11-29 session 2): each test is built from
real lines (the frameworks' documented examples, public repositories' layouts) and fails on the code before its fix;
the guards beside them check that the new rules do not over-report."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

# --- guards that are only a name: auth-protocols/token-validation and endpoint-security/route-auth ---------------

_AUTH_CHECKS = ("auth-protocols/token-validation", "endpoint-security/route-auth")


def _auth(root: Path) -> dict[str, list[tuple[Status, str]]]:
    result = scan(root, only=_AUTH_CHECKS)
    return {check: [(f.status, f.message) for f in findings(result, check)] for check in _AUTH_CHECKS}


# FastAPI's tutorial "Security - Get Current User" (docs_src/security/tutorial002_an_py310.py), as published: the
# dependency reads the bearer token through OAuth2PasswordBearer and "decodes" it by appending a string
FASTAPI_GET_CURRENT_USER = """\
from typing import Annotated, Union

from fastapi import Depends, FastAPI
from fastapi.security import OAuth2PasswordBearer
from pydantic import BaseModel

app = FastAPI()

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")


class User(BaseModel):
    username: str
    email: Union[str, None] = None
    full_name: Union[str, None] = None
    disabled: Union[bool, None] = None


def fake_decode_token(token):
    return User(
        username=token + "fakedecoded", email="john@example.com", full_name="John Doe"
    )


async def get_current_user(token: Annotated[str, Depends(oauth2_scheme)]):
    user = fake_decode_token(token)
    return user


@app.get("/users/me")
async def read_users_me(current_user: Annotated[User, Depends(get_current_user)]):
    return current_user
"""


def test_a_fastapi_dependency_that_only_reads_the_token_validates_nothing(tmp_path: Path) -> None:
    # before: token-validation passed ("authentication through fastapi.security") and route-auth passed the route
    # as guarded by its dependency's name
    write(tmp_path, {"main.py": FASTAPI_GET_CURRENT_USER})
    got = _auth(tmp_path)
    assert [s for s, _ in got["auth-protocols/token-validation"]] == [Status.FAIL]
    assert "get_current_user (main.py:25)" in got["auth-protocols/token-validation"][0][1]
    assert [s for s, _ in got["endpoint-security/route-auth"]] == [Status.FAIL]
    assert "its guard get_current_user (main.py:25)" in got["endpoint-security/route-auth"][0][1]


# A Flask decorator left as a placeholder (Flask's tutorial shape of `login_required`, with its check taken out)
FLASK_PLACEHOLDER = """\
import functools

from flask import Flask, jsonify, request

app = Flask(__name__)


def login_required(view):
    \"\"\"Placeholder until SSO lands.\"\"\"
    @functools.wraps(view)
    def wrapped_view(**kwargs):
        app.logger.info("auth check for %s", request.path)
        return view(**kwargs)

    return wrapped_view


@app.route("/admin/users", methods=["POST"])
@login_required
def create_user():
    return jsonify(request.get_json()), 201
"""


def test_a_decorator_named_login_required_that_lets_everyone_in_is_no_guard(tmp_path: Path) -> None:
    write(tmp_path, {"app.py": FLASK_PLACEHOLDER})
    got = _auth(tmp_path)
    assert [s for s, _ in got["auth-protocols/token-validation"]] == [Status.FAIL]
    assert [(s, "login_required (app.py:8)" in m) for s, m in got["endpoint-security/route-auth"]] == [
        (Status.FAIL, True)]


# Flask's tutorial (flaskr/auth.py) login_required, an API-key decorator answering 403, and FastAPI's JWT tutorial
# dependency: each can turn a caller away, and stays a guard
FLASK_TUTORIAL = """\
import functools

from flask import Flask, g, jsonify, redirect, request, url_for

app = Flask(__name__)


def login_required(view):
    @functools.wraps(view)
    def wrapped_view(**kwargs):
        if g.user is None:
            return redirect(url_for("auth.login"))

        return view(**kwargs)

    return wrapped_view


def api_key_required(view):
    @functools.wraps(view)
    def wrapped_view(**kwargs):
        if request.headers.get("X-Api-Key") != app.config["API_KEY"]:
            return {"error": "forbidden"}, 403
        return view(**kwargs)

    return wrapped_view


@app.route("/create", methods=("GET", "POST"))
@login_required
def create():
    return jsonify({}), 201


@app.route("/keys", methods=["POST"])
@api_key_required
def create_key():
    return jsonify({}), 201
"""

FASTAPI_JWT = """\
from typing import Annotated

import jwt
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import OAuth2PasswordBearer
from jwt.exceptions import InvalidTokenError

SECRET_KEY = "from-the-environment"
ALGORITHM = "HS256"
app = FastAPI()
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")


async def get_current_user(token: Annotated[str, Depends(oauth2_scheme)]):
    credentials_exception = HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Could not validate credentials",
        headers={"WWW-Authenticate": "Bearer"},
    )
    try:
        payload = jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM], audience="orders",
                             issuer="https://login.example.com/")
        username: str = payload.get("sub")
        if username is None:
            raise credentials_exception
    except InvalidTokenError:
        raise credentials_exception
    return username


@app.post("/orders")
async def create_order(order: dict, user: Annotated[str, Depends(get_current_user)]):
    return order
"""


def test_guards_that_can_refuse_stay_guards(tmp_path: Path) -> None:
    write(tmp_path / "flask", {"app.py": FLASK_TUTORIAL})
    got = _auth(tmp_path / "flask")
    assert [s for s, _ in got["auth-protocols/token-validation"]] == [Status.PASS]
    assert [s for s, _ in got["endpoint-security/route-auth"]] == [Status.PASS]
    write(tmp_path / "jwt", {"main.py": FASTAPI_JWT})
    got = _auth(tmp_path / "jwt")
    assert [s for s, _ in got["auth-protocols/token-validation"]] == [Status.PASS]
    assert [s for s, _ in got["endpoint-security/route-auth"]] == [Status.PASS]


def test_a_library_guard_is_trusted_though_the_repository_has_an_inert_function_of_that_name(tmp_path: Path) -> None:
    # flask_login's login_required refuses anonymous callers; a test helper's pass-through of the same name elsewhere
    # says nothing about it
    write(tmp_path, {"app.py": "from flask import Flask\nfrom flask_login import LoginManager, login_required\n\n"
                               "app = Flask(__name__)\nLoginManager(app)\n\n\n"
                               "@app.route('/admin', methods=['POST'])\n@login_required\ndef admin():\n"
                               "    return 'ok'\n",
                     "tools/devserver.py": "def login_required(f):\n    return f\n"})
    got = _auth(tmp_path)
    assert [s for s, _ in got["endpoint-security/route-auth"]] == [Status.PASS]
