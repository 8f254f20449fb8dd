"""Child process that renders one chart with the in-process Helm library (helm-python-sdk).

Run by sources/helm_sandbox.py under CPU, memory and output limits, so a hostile chart that loops or
allocates without end kills only this process. Reads one job as JSON on stdin, writes
`{"manifests": {template: text}}` or `{"error": message}` as JSON on stdout.
"""

from __future__ import annotations

import json
import sys
from typing import Any


def main() -> int:
    job = json.loads(sys.stdin.read())
    try:
        import helm_python
    except ImportError:
        json.dump({"skipped": "neither the `helm` binary nor the helm-python-sdk library is installed "
                              "(pip install 'deploycheck[helm]')"}, sys.stdout)
        return 0
    if job.get("mode") == "lint":
        try:
            report = helm_python.lint(job["chart"], kube_version=job["kube_version"])
        except helm_python.HelmError as exc:
            json.dump({"error": str(exc).strip() or type(exc).__name__}, sys.stdout)
            return 0
        json.dump({"report": report}, sys.stdout)
        return 0
    from deploycheck.sources.helm import deep_merge
    from deploycheck.sources.yaml import YamlError, load_one

    values: dict[str, Any] = {}
    try:
        for path in job["values"]:
            with open(path, encoding="utf-8") as fh:
                loaded = load_one(fh.read())
            if isinstance(loaded, dict):
                values = deep_merge(values, loaded)
        values = deep_merge(values, job["set"])
        chart = helm_python.Chart.load(job["chart"])
        manifests = chart.render(values or None, name=job["release"], namespace=job["namespace"], is_install=True)
    except (helm_python.HelmError, OSError, UnicodeDecodeError) as exc:
        json.dump({"error": str(exc).strip() or type(exc).__name__}, sys.stdout)
        return 0
    except YamlError as exc:
        json.dump({"error": f"values file: {exc.message}"}, sys.stdout)
        return 0
    json.dump({"manifests": manifests}, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
