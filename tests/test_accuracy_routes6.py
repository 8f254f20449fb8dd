"""Issue 8, acc-routes6: the two kinds below 90 % precision on the labelled set (each case from a false positive
of bench/accuracy/, built from the repository's real lines)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status
from deploycheck.sources.cli_tools import tool_of

# --- env-vars/documented-unused: a variable a well-known CLI reads, which a script of the repository runs --------

# darioblanco/fastapi-example: .envrc.example documents the sops key file; scripts/decrypt.sh runs sops
ENVRC_EXAMPLE = """\
# Application
export APP_ENV=local
export DB_HOST=localhost

# SOPS
export SOPS_AGE_KEY_FILE=./sops.agekey
"""
DECRYPT_SH = """\
#!/bin/bash

# Get the directory of the current script
script_dir="$(dirname "${BASH_SOURCE[0]}")"

file="$1"
output_filepath="${file%%.enc.yaml}.yaml"

# Decrypt the file
sops -d "$file" > "${output_filepath}"
"""
APP = "import os\nENV = os.environ['APP_ENV']\nDB = os.environ['DB_HOST']\n"


def test_a_variable_the_sops_cli_reads_for_a_decrypt_script_is_not_stale(tmp_path: Path) -> None:
    write(tmp_path, {"app/main.py": APP, ".envrc.example": ENVRC_EXAMPLE, "scripts/decrypt.sh": DECRYPT_SH})
    result = scan(tmp_path, only=("env-vars/documented-unused",))
    assert not findings(result, "env-vars/documented-unused", Status.WARN)
    [ok] = findings(result, "env-vars/documented-unused", Status.PASS)
    assert ok.evidence["not_read_by_parsed_code_but_used_in"] == {
        "SOPS_AGE_KEY_FILE": "scripts/decrypt.sh:10 (runs sops, which reads it)"}


def test_a_tools_variable_without_a_script_running_the_tool_stays_stale(tmp_path: Path) -> None:
    # the same documentation, but nothing runs sops (only a comment names it): the variable is stale
    script = DECRYPT_SH.replace('sops -d "$file" > "${output_filepath}"', '# sops -d "$file"\ncp "$file" out')
    write(tmp_path, {"app/main.py": APP, ".envrc.example": ENVRC_EXAMPLE, "scripts/decrypt.sh": script})
    result = scan(tmp_path, only=("env-vars/documented-unused",))
    assert [f.message.split()[0] for f in findings(result, "env-vars/documented-unused", Status.WARN)] == [
        "SOPS_AGE_KEY_FILE"]


def test_a_project_variable_under_a_tools_vendor_prefix_is_not_the_tools() -> None:
    # the AWS CLI reads AWS_PROFILE; AWS_BUCKET_NAME is the project's own setting, which a script running aws
    # does not make used
    assert tool_of("SOPS_AGE_KEY_FILE") == "sops"
    assert tool_of("AWS_PROFILE") == "aws"
    assert tool_of("AWS_BUCKET_NAME") is None
    assert tool_of("DOCKER_REGISTRY") is None
