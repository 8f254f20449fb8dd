"""Hostile repositories, session s8 (hostile-audit): reads outside the scanned root through references the
repository writes, and secrets its text would put into a report. Each test failed on the code before its fix:
an OpenAPI `$ref: file:///etc/passwd` put that file's text into the spec-valid finding of every report (the
validator's own file handler opened any `file:` URL), and a `//go:embed` naming a symlink read the file it
points at outside the root (the file index read any path a reader asked for)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from tests.helpers import findings, scan, write

OUTSIDE = "Zq8OUTSIDEsentinel41xK"


def _spec(ref: str) -> str:
    return ("openapi: 3.0.3\ninfo: {title: shop, version: '1'}\npaths:\n  /orders:\n    get:\n      responses:\n"
            "        '200':\n          description: ok\n          content:\n            application/json:\n"
            f"              schema:\n                $ref: \"{ref}\"\n")


def _spec_valid(root: Path) -> list[str]:
    result = scan(root, only=("api-docs",))
    return [f"{f.status.value}: {f.message} {f.evidence}" for f in findings(result, "api-docs/spec-valid")]


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A file beside the repository, as a user's home holds credentials beside the checkout."""
    secret = tmp_path / "outside" / "creds.yaml"
    secret.parent.mkdir()
    # a string where a schema belongs: the validator's error quoted it in full
    secret.write_text(f"\"aws_secret_access_key = {OUTSIDE}\"\n")
    return secret


@pytest.mark.parametrize("how", ["absolute file URL", "relative path", "symlink inside the root"])
def test_an_openapi_ref_never_reads_outside_the_root(tmp_path: Path, outside: Path, how: str) -> None:
    root = tmp_path / "repo"
    ref = {"absolute file URL": outside.as_uri(), "relative path": "../outside/creds.yaml",
           "symlink inside the root": "schemas/item.yaml"}[how]
    write(root, {"openapi.yaml": _spec(ref)})
    if how == "symlink inside the root":
        (root / "schemas").mkdir()
        os.symlink(outside, root / "schemas" / "item.yaml")
    got = _spec_valid(root)
    assert got and not any(OUTSIDE in g for g in got), got
    assert any("outside the scanned root; not read" in g for g in got), got  # the reason, never a pass
    assert all(g.startswith("fail") for g in got), got


def test_an_openapi_ref_to_a_fifo_or_device_is_not_read(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    write(root, {"openapi.yaml": _spec("schemas/item.yaml").replace("/orders:", "/orders:\n    description: x")
                 + "  /zero:\n    $ref: \"file:///dev/zero\"\n"})
    (root / "schemas").mkdir()
    os.mkfifo(root / "schemas" / "item.yaml")
    # in a child process with a deadline: the validator's own handler blocked on the FIFO for ever
    out = tmp_path / "r.json"
    proc = subprocess.run(["deploycheck", "scan", str(root), "--only", "api-docs", "-f", "json", "-o", str(out)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert "Traceback" not in proc.stderr, proc.stderr
    got = [f for item in json.loads(out.read_text())["items"] for f in item["findings"]
           if f["check_id"] == "api-docs/spec-valid"]
    assert got and all(f["status"] == "fail" and "not read" in f["message"] for f in got), got


def test_an_openapi_ref_inside_the_root_is_still_followed(tmp_path: Path) -> None:
    """A spec split over files of the repository validates as before: the referenced file is read and judged."""
    root = write(tmp_path / "repo", {"openapi.yaml": _spec("schemas/item.yaml"),
                                     "schemas/item.yaml": "type: object\nproperties:\n  id: {type: string}\n"})
    assert [g.split(":", 1)[0] for g in _spec_valid(root)] == ["pass"]
    write(root, {"schemas/item.yaml": "type: object\nproperties:\n  id: {type: 5}\n"})
    got = _spec_valid(root)
    assert len(got) == 1 and got[0].startswith("fail") and "not read" not in got[0], got
