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


# --- the file index: a path a reader builds from repository text -------------------------------------------------

def test_the_file_index_never_reads_a_path_leaving_the_root(tmp_path: Path, outside: Path) -> None:
    """Readers ask the index for paths the repository writes (a `//go:embed` name, an env_file, an include). The
    walk refuses symlinks out of the root; a path it never listed is resolved before it is read."""
    from deploycheck.sources.files import FileIndex

    root = write(tmp_path / "repo", {"app/kept.txt": "kept\n", ".gitignore": "ignored.txt\n",
                                     "ignored.txt": "in the root, ignored by the walk\n"})
    os.symlink(outside, root / "direct.rego")
    os.symlink(outside.parent, root / "linkdir")
    index = FileIndex.walk(root)
    for rel in ("direct.rego", "linkdir/creds.yaml", "../outside/creds.yaml", str(outside),
                "app/../../outside/creds.yaml"):
        assert index.read_text(rel) is None, rel
        assert index.read_text_containing(rel, (OUTSIDE,)) is None, rel
        assert any(p.path == rel and "outside the scanned root" in p.message for p in index.problems), rel
    # paths inside the root still read, walked or not (a file the walk left out, a path spelt another way)
    assert index.read_text("ignored.txt") == "in the root, ignored by the walk\n"
    assert index.read_text("app/./kept.txt") == "kept\n"
    assert index.production().read_text("linkdir/creds.yaml") is None


def test_a_go_embed_symlink_out_of_the_root_is_not_read(tmp_path: Path, outside: Path) -> None:
    """token_verify reads the Rego policy a `//go:embed` names; the name was a symlink to a file outside."""
    rego = outside.parent / "policy.rego"
    rego.write_text(f"package authz\ndefault allow = true  # {OUTSIDE}\n")
    root = write(tmp_path / "repo", {"main.go": (
        "package main\n\nimport (\n\t_ \"embed\"\n\t\"github.com/golang-jwt/jwt/v5\"\n"
        "\t\"github.com/open-policy-agent/opa/rego\"\n)\n\n//go:embed policy.rego\nvar policy string\n\n"
        "func handler(tok string) {\n\tt, _, _ := new(jwt.Parser).ParseUnverified(tok, jwt.MapClaims{})\n"
        "\tr := rego.New(rego.Query(\"data.authz.allow\"), rego.Module(\"p\", policy), rego.Input(t.Claims))\n"
        "\t_ = r\n}\n")})
    os.symlink(rego, root / "policy.rego")
    opened: list[str] = []
    from deploycheck.sources import files

    real = files.read_regular_file

    def spy(path: Path, max_bytes: int) -> bytes | None:
        opened.append(str(Path(path).resolve()))
        return real(path, max_bytes)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(files, "read_regular_file", spy)
        mp.setenv("DEPLOYCHECK_JOBS", "1")
        scan(root)
    assert opened and str(rego.resolve()) not in opened
