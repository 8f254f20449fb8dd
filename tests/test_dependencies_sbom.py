"""`deploycheck sbom`: a CycloneDX JSON document that validates against the CycloneDX 1.6 schema."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from tests.conftest import FIXTURES

from deploycheck.cli import main


def test_sbom_of_lockfiles(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for sub in ("node", "go", "maven", "python-old"):
        shutil.copytree(FIXTURES / "dependencies" / sub, tmp_path / "svc" / sub)
    out = tmp_path / "sbom.json"
    assert main(["sbom", str(tmp_path / "svc"), "-o", str(out)]) == 0
    doc = json.loads(out.read_text())
    assert doc["bomFormat"] == "CycloneDX" and doc["specVersion"] == "1.6"
    purls = {c["purl"] for c in doc["components"]}
    assert {"pkg:pypi/jinja2@2.10", "pkg:npm/%40types/node@20.11.5", "pkg:golang/github.com/lib/pq@v1.10.9",
            "pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.15.2", "pkg:pypi/werkzeug@3.0.1"} <= purls
    assert doc["metadata"]["component"]["name"] == "svc"
    root_deps = next(d for d in doc["dependencies"] if d["ref"] == doc["metadata"]["component"]["bom-ref"])
    assert len(root_deps["dependsOn"]) == len(doc["components"])

    from cyclonedx.schema import SchemaVersion
    from cyclonedx.validation.json import JsonStrictValidator

    errors = JsonStrictValidator(SchemaVersion.V1_6).validate_str(out.read_text())
    assert errors is None, errors


def test_sbom_to_stdout_with_a_broken_lockfile(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copytree(FIXTURES / "dependencies" / "broken", tmp_path / "svc")
    assert main(["sbom", str(tmp_path / "svc")]) == 0
    captured = capsys.readouterr()
    doc = json.loads(captured.out)
    assert [c["name"] for c in doc["components"]] == ["flask"]  # what could be read
    assert "package-lock.json" in captured.err and "poetry.lock" in captured.err
