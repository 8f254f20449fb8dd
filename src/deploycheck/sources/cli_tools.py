"""Well-known command-line tools the repository's own scripts run, and the environment variables those tools read
by themselves.

A repository documents the variables of the tools its scripts drive (`SOPS_AGE_KEY_FILE` for a decrypt script that
runs `sops -d`, `KUBECONFIG` for a deploy script that runs `kubectl`): the tool reads them, not the service's code,
so documenting them is not stale documentation.

Only read: the commands are never run. A tool counts as run when its name is a command word (at the start of a
line, or after `;`, `&&`, `|`, `(`, `$(`, a backtick, `@`, `run:`, `- `, `exec`, `then`, `do`, `sudo`) on a
non-comment line of a shell script, Makefile, task file, CI workflow, Dockerfile, direnv file, pre-commit config
or package.json.
"""

from __future__ import annotations

import fnmatch
import re
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from deploycheck.sources.files import read_inside_root

if TYPE_CHECKING:
    from deploycheck.context import Context

# tool -> the variables its documentation says it reads: a name ending in "_" is the tool's own namespace (sops
# reads SOPS_AGE_KEY_FILE, SOPS_KMS_ARN, ...); other entries are exact names (the AWS CLI reads AWS_PROFILE, but
# AWS_BUCKET_NAME is the project's own variable). Only tools whose namespace no project reuses get a prefix.
CLI_VARIABLES: dict[str, tuple[str, ...]] = {
    "sops": ("SOPS_",),
    "helm": ("HELM_",),
    "helmfile": ("HELMFILE_",),
    "vault": ("VAULT_",),
    "terraform": ("TF_",),
    "pulumi": ("PULUMI_",),
    "ansible": ("ANSIBLE_",),
    "ansible-playbook": ("ANSIBLE_",),
    "argocd": ("ARGOCD_",),
    "gcloud": ("CLOUDSDK_",),
    "kubectl": ("KUBECONFIG",),
    "aws": ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE", "AWS_REGION",
            "AWS_DEFAULT_REGION", "AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE", "AWS_CA_BUNDLE",
            "AWS_ENDPOINT_URL", "AWS_DEFAULT_OUTPUT", "AWS_PAGER", "AWS_ROLE_ARN", "AWS_ROLE_SESSION_NAME",
            "AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_MAX_ATTEMPTS", "AWS_RETRY_MODE"),
    "docker": ("DOCKER_HOST", "DOCKER_CONFIG", "DOCKER_CONTEXT", "DOCKER_TLS_VERIFY", "DOCKER_CERT_PATH",
               "DOCKER_BUILDKIT", "DOCKER_DEFAULT_PLATFORM", "DOCKER_CONTENT_TRUST"),
    "gh": ("GH_TOKEN", "GH_HOST", "GH_REPO", "GH_ENTERPRISE_TOKEN"),
}

# Files whose lines are commands (or hold commands: CI steps, package.json scripts, Dockerfile RUN).
_SCRIPT_NAMES = ("*.sh", "*.bash", "*.zsh", "Makefile", "GNUmakefile", "*.mk", "justfile", "Justfile",
                 "Taskfile.yml", "Taskfile.yaml", "Dockerfile", "Dockerfile.*", "*.Dockerfile", ".envrc",
                 ".envrc.*", "package.json", ".pre-commit-config.yaml", "Jenkinsfile", ".gitlab-ci.yml",
                 "azure-pipelines.yml", "cloudbuild.yaml", "cloudbuild.yml")
_CI_DIRS = (".github/workflows/", ".circleci/", ".buildkite/")
_MAX_LINE = 2000  # a longer line is data (a bundle, a lockfile), not a command
_MAX_BYTES = 512 * 1024
_COMMAND = re.compile(r"(?:^|[;&|(`@]|\$\(|\brun:|^-|\b(?:exec|then|do|sudo)\b)\s*("
                      + "|".join(re.escape(t) for t in sorted(CLI_VARIABLES, key=len, reverse=True))
                      + r")(?=[ \t]|$)")


def is_script(rel: str) -> bool:
    name = PurePosixPath(rel).name
    return (any(fnmatch.fnmatchcase(name, p) for p in _SCRIPT_NAMES)
            or (rel.startswith(_CI_DIRS) and name.endswith((".yml", ".yaml"))))


def tool_of(variable: str) -> str | None:
    """The well-known CLI that reads `variable` by itself, if any."""
    for tool, names in CLI_VARIABLES.items():
        if any(variable.startswith(n) if n.endswith("_") else variable == n for n in names):
            return tool
    return None


def tools_run(ctx: Context) -> dict[str, str]:
    """tool -> "file:line" of the first script line that runs it (only the tools of CLI_VARIABLES)."""
    index = ctx.all_files
    found: dict[str, str] = {}
    for rel in index.files:
        if not is_script(rel):
            continue
        try:
            data = read_inside_root(index.root, rel, min(index.max_bytes, _MAX_BYTES))
        except OSError:
            continue
        if not data or b"\x00" in data[:8192]:
            continue
        text = data.decode("utf-8", errors="replace")
        if not any(tool in text for tool in CLI_VARIABLES if tool not in found):
            continue
        for number, line in enumerate(text.splitlines(), 1):
            stripped = line.strip()
            if not stripped or stripped.startswith("#") or len(stripped) > _MAX_LINE:
                continue
            # a package.json script is a JSON string: `"decrypt": "sops -d secrets.enc.yaml"`
            command = stripped.split('": "', 1)[1] if rel.endswith("package.json") and '": "' in stripped else stripped
            for m in _COMMAND.finditer(command):
                found.setdefault(m.group(1), f"{rel}:{number}")
        if len(found) == len(CLI_VARIABLES):
            break
    return found
