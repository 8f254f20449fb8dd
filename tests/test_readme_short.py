"""readme/present: a short README that points to the project's documentation site is not a stub."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

# policy-reporter's README.md (50 words), badges and screenshot left out.
POLICY_REPORTER = """\
# Policy Reporter 3.x

## Documentation

The documentation for Policy Reporter v3 can be found here: \
[https://kyverno.github.io/policy-reporter-docs/](https://kyverno.github.io/policy-reporter-docs/)

## Getting Started

## Installation with Helm v3

Installation via Helm Repository

### Add the Helm repository
```bash
helm repo add policy-reporter https://kyverno.github.io/policy-reporter
helm repo update
```

### Installation with Policy Reporter UI and Kyverno Plugin enabled
```bash
helm install policy-reporter policy-reporter/policy-reporter --create-namespace -n policy-reporter \\
  --set ui.enabled=true --set kyverno-plugin.enabled=true
kubectl port-forward service/policy-reporter-ui 8082:8080 -n policy-reporter
```

Open `http://localhost:8082/` in your browser.
"""


def _present(root: Path) -> list:  # type: ignore[type-arg]
    return findings(scan(root, only=("readme/present",)), "readme/present")


def test_a_short_readme_that_links_its_documentation_site_and_shows_the_install_passes(tmp_path: Path) -> None:
    found = _present(write(tmp_path, {"README.md": POLICY_REPORTER}))
    assert [f.status for f in found] == [Status.PASS], [f.message for f in found]
    assert "kyverno.github.io/policy-reporter-docs" in found[0].message


def test_a_placeholder_readme_with_a_docs_link_but_no_commands_is_still_a_stub(tmp_path: Path) -> None:
    text = "# my-service\n\n## Documentation\n\nTODO: see https://example.com/docs\n"
    found = _present(write(tmp_path, {"README.md": text}))
    assert [f.status for f in found] == [Status.FAIL]


def test_a_short_readme_without_a_documentation_section_is_a_stub(tmp_path: Path) -> None:
    text = POLICY_REPORTER.replace("## Documentation", "## Screens")
    assert [f.status for f in _present(write(tmp_path, {"README.md": text}))] == [Status.FAIL]
