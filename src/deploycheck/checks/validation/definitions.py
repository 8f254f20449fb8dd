"""smoke-tests and performance-tests (static): the tests exist, and performance tests have thresholds."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from deploycheck.checks.registry import check, failed, manual, passed, warned
from deploycheck.line_numbers import line_at
from deploycheck.model import Finding, Location
from deploycheck.sources.k8s_graph import as_list
from deploycheck.sources.kubernetes import chart_directories
from deploycheck.sources.target import rule_by_path

if TYPE_CHECKING:
    from deploycheck.context import Context

# a file named for smoke tests: `smoke_test.py`, `smoke.spec.ts`, and a JVM class in CamelCase (`SampleSmokeTest.java`,
# spring-boot-template's src/smokeTest), where no word boundary comes before the word
_SMOKE = re.compile(r"(?i:\bsmoke)|Smoke")
# Files named smoke that run nothing: prose, pictures, recordings (a `docs/img/smoke-test.png` of the runbook), and the
# smoke tests of vendored packages (`third_party/<lib>/smoke_test.cc` tests the library, not this service).
_NOT_A_SUITE = (".md", ".txt", ".rst", ".adoc", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".pdf", ".mp4",
                ".webm", ".drawio")
_K6_IMPORT = re.compile(r"""from\s+['"]k6(/[\w/-]+)?['"]|require\(\s*['"]k6""")
_K6_THRESHOLDS = re.compile(r"\bthresholds\s*:")
# The load a k6 script declares in its options. k6's smoke-test pattern (grafana.com/docs/k6/latest/testing-guides/
# test-types/smoke-testing) is one virtual user for one iteration: it checks that the service answers, it measures no
# performance. Keys may be quoted ("vus": 1); every pattern is a fixed prefix and one digit run, so linear.
_K6_VUS = re.compile(r"""\b["']?(?:vus|iterations)["']?\s*:\s*(\d+)""")
_K6_LOAD_SHAPE = re.compile(r"""\b["']?(?:stages|duration|rate|maxVUs|preAllocatedVUs|startVUs)["']?\s*:""")
# A k6 run whose command line sets the load (k6 run --vus 50 --duration 5m, or the same through k6-action's flags)
# overrides the script's options, so a one-iteration script run that way is a load test after all.
_K6_CLI_LOAD = re.compile(r"--(?:vus|duration|iterations|stage)\b")
_LOCUST = re.compile(r"^[ \t]*(from\s+locust\s+import|import\s+locust)\b", re.M)
_JMX_ASSERTION = re.compile(r"DurationAssertion|ResponseAssertion|JSONPathAssertion")


def _config_location(ctx: Context, key: str) -> Location | None:
    if not ctx.config.path:
        return None
    return Location(path=ctx.config.display_path, line=ctx.config.line_of((key,)))


@check(
    "smoke-tests/defined",
    title="Smoke tests are defined for after the deployment",
    severity="medium",
    needs=("config smoke:, Helm chart tests or CI workflows",),
    rationale="Right after a rollout, a few real requests tell whether the release works before users do.",
    remediation="Add `smoke:` requests to .deploycheck.yaml (run by `deploycheck verify`), Helm chart tests in "
                "templates/tests/, or a smoke job in the deploy pipeline.",
)
def smoke_defined(ctx: Context) -> Iterator[Finding]:
    from deploycheck.sources.ci import ci_files

    evidence: list[tuple[str, Location | None]] = []
    smoke = ctx.config.section("smoke") or []
    if smoke:
        evidence.append((f"{len(smoke)} smoke requests in the config", _config_location(ctx, "smoke")))
    chart_evidence = 0
    broken: list[tuple[str, str, str]] = []  # (chart, test file, the address it requests with an empty port)
    for chart in chart_directories(ctx):
        prefix = f"{chart}/templates/tests/" if chart else "templates/tests/"
        tests = [f for f in ctx.all_files.files if f.startswith(prefix)]
        if tests and (target := _unreachable_test_target(ctx, chart)):
            broken.append((chart, tests[0], target))
        elif tests:
            chart_evidence += 1
            evidence.append((f"Helm chart test in {tests[0]}", Location(path=tests[0])))
    pipelines = ctx.use(ci_files)
    for ci in pipelines:
        found = _smoke_job(ci) or _checked_by_a_later_job(ctx, ci)
        if found:
            evidence.append((f"smoke {found[0]} in {ci.path}", Location(path=ci.path, line=found[1])))
    ci_paths = {ci.path for ci in pipelines}  # a pipeline named smoke is judged by what its jobs run, above
    suites = [f for f in ctx.all_files.files if _SMOKE.search(f.rsplit("/", 1)[-1])
              and not f.lower().endswith(_NOT_A_SUITE) and f not in ci_paths and rule_by_path(f) != "vendored"]
    if suites and not evidence:
        # A file named smoke is a suite, not a smoke check of the release: the checklist's smoke check runs after the
        # deploy, which nothing here shows (prisoner-content-hub's Playwright smoke spec runs against docker compose
        # before the deploy jobs). Whether it is run against the release is a person's to confirm: manual, never pass
        yield manual(f"smoke suite {suites[0]}" + (f" and {len(suites) - 1} more file(s)" if len(suites) > 1 else "")
                     + ", but no CI job runs a smoke check after a deploy, no Helm chart test and no `smoke:` in the "
                     "config: confirm the suite is run against each release (or add one of those)",
                     Location(path=suites[0]), {"suites": suites[:10]})
        return
    if suites:
        evidence.append((f"smoke suite {suites[0]}", Location(path=suites[0])))
    if not evidence:
        for chart, path, target in broken:  # at the chart, like an untested chart: the test itself is no evidence
            yield failed(f"the only smoke test, the Helm chart test {path}, requests `{target}`: an address with an "
                         "empty port (the chart's values do not set the value the test names), so `helm test` "
                         "cannot pass", Location(path=f"{chart}/Chart.yaml" if chart else "Chart.yaml"))
        if not broken:
            yield failed("no smoke tests: no `smoke:` in the config, no Helm chart tests, no smoke job in CI")
        return
    for message, where in evidence:
        yield passed(message, where)
    if chart_evidence == len(evidence):
        # chart tests are the only smoke tests: `helm test` checks the release of its own chart, so an installed chart
        # that deploys workloads and has no test of its own (nor in its subcharts) is not smoke-tested by the others'
        for chart in _untested_charts(ctx):
            yield failed(f"chart {chart or '.'} deploys workloads but has no test (templates/tests/) of its own or of "
                         "its subcharts: the tests of the other charts check only their own releases",
                         Location(path=f"{chart}/Chart.yaml" if chart else "Chart.yaml"))


# `wget microservice:`: a host and a colon with nothing after it (or only a path), which is what the `helm create`
# scaffold's test renders to when the chart's values name the port otherwise (`service.ports` instead of
# `service.port`): Helm renders a missing value as an empty string.
_EMPTY_PORT = re.compile(r"(?:[a-z][a-z0-9+.-]*://)?[\w.-]+:(?:/\S*)?", re.I)


def _unreachable_test_target(ctx: Context, chart: str) -> str | None:
    """The address with an empty port that every rendered test of the chart requests (in every render of it), or
    None when some test requests a complete address or the chart was not rendered (then nothing is known)."""
    from deploycheck.sources.helm import helm_renders

    renders = [r for r in ctx.use(helm_renders) if r.chart == chart and r.objects]
    target = None
    for render in renders:
        tests = [o for o in render.objects if o.is_helm_test]
        if not tests:
            return None
        for test in tests:
            words = [w for c in test.containers() for part in (*as_list(c.spec.get("command")),
                                                              *as_list(c.spec.get("args")))
                     if isinstance(part, str) and len(part) <= 2000 for w in part.split()]
            found = next((w for w in words if len(w) <= 300 and _EMPTY_PORT.fullmatch(w)), None)
            if found is None:
                return None
            target = target or found
    return target


_WORKLOAD_KIND = re.compile(r"^kind:\s*[\"']?(?:Deployment|StatefulSet|DaemonSet)\b", re.M)


def _untested_charts(ctx: Context) -> list[str]:
    """Installed charts (neither vendored under another chart's charts/ nor a file:// dependency of one) whose
    templates, with their subcharts' and file:// dependencies', declare a Deployment/StatefulSet/DaemonSet and no
    test."""
    from deploycheck.sources.helm import local_dependencies

    charts = chart_directories(ctx)
    parts: dict[str, set[str]] = {c: {c} for c in charts}
    for chart in charts:
        parts[chart] |= set(local_dependencies(ctx, chart))
        parts[chart] |= {c for c in charts if chart != c and c.startswith(f"{chart}/charts/" if chart else "charts/")}
    used = {d for chart in charts for d in parts[chart] if d != chart}
    out = []
    for chart in charts:
        if chart in used:
            continue
        files = [f for part in parts[chart] for f in ctx.all_files.files
                 if f.startswith(f"{part}/templates/" if part else "templates/")]
        if any("/templates/tests/" in "/" + f for f in files):
            continue
        if any(_WORKLOAD_KIND.search(ctx.all_files.read_text(f) or "") for f in files):
            out.append(chart)
    return out


# Steps that never exercise the service: checking out, setting up tools, caching, uploading reports.
_NOT_A_TEST_ACTION = re.compile(r"^(actions/(checkout|cache|setup-[\w-]+|upload-artifact|download-artifact)|"
                                r"codecov/|coverallsapp/|[\w.-]+/[\w.-]*(upload|report|publish|setup)[\w.-]*)", re.I)
_TRIVIAL_RUN = re.compile(r"^\s*(echo\b|true\b|exit 0\b|:\s*$)", re.I)


def _smoke_job(ci: object) -> tuple[str, int | None] | None:
    """("job NAME" or "step NAME", line) of a CI job or step named smoke that runs something: a command
    other than `echo`, or an action other than checkout/setup/cache/upload. A workflow merely *named*
    smoke that only uploads coverage is not a smoke test. Non-YAML pipelines (Jenkinsfile) are searched
    as text for a smoke stage."""
    from deploycheck.sources.ci import CiFile

    assert isinstance(ci, CiFile)
    if not ci.path.endswith((".yml", ".yaml")):
        at = ci.active_text.lower().find("smoke")  # (a commented-out stage runs nothing)
        return ("stage", line_at(ci.active_text, at)) if at >= 0 else None
    for doc in ci.active_docs:  # (jobs and steps switched off run nothing)
        if not isinstance(doc, dict):
            continue
        jobs: dict[Any, Any] = doc["jobs"] if isinstance(doc.get("jobs"), dict) else doc  # GitHub, else GitLab
        for job_id, job in jobs.items():
            if not isinstance(job, dict):
                continue
            job_smoke = bool(_SMOKE.search(f"{job_id} {job.get('name', '')} {job.get('stage', '')}"))
            script = job.get("script")
            if job_smoke and isinstance(script, (list, str)):  # GitLab: a job runs its script
                commands = script if isinstance(script, list) else [script]
                if any(isinstance(c, str) and not _TRIVIAL_RUN.match(c) for c in commands):
                    return f"job {job_id}", ci.line_of_text(str(job_id))
            steps: list[Any] = job["steps"] if isinstance(job.get("steps"), list) else []
            if isinstance(script, list) and (checked := _checked_after_deploy(script)):  # GitLab
                return f"job {job_id}", ci.line_of_text(checked)
            runs = [step.get("run") for step in steps if isinstance(step, dict)]
            if (checked := _checked_after_deploy(runs)) is not None:
                step = next(st for st in steps if isinstance(st, dict) and st.get("run") is not None
                            and checked in str(st.get("run")))
                label = f"step {step['name']}" if step.get("name") else f"job {job_id}"
                return label, ci.line_of_text(checked)
            for step in steps:
                if not isinstance(step, dict):
                    continue
                step_smoke = bool(_SMOKE.search(f"{step.get('name', '')} {step.get('id', '')} {step.get('run', '')}"))
                if not (job_smoke or step_smoke) or not _exercises(step):
                    continue
                label = f"step {step['name']}" if step.get("name") else f"job {job_id}"
                return label, ci.line_of_text(str(step.get("name") or job_id))
    return None


# A job that deploys the service (helm install/upgrade, kubectl apply, a rollout wait) and then requests it, failing
# on a wrong answer (`curl -f`, `| grep`), smoke-tests the release whatever the job is called (dex-k8s-authenticator:
# `curl -Lsf "http://${NODE_IP}:30000/login/my-cluster" | grep "Log in to Your Account"` after `helm install`). The
# request goes to the deployed service: an address from a variable, localhost, an IP or a cluster-internal name;
# a download from a public host (`https://get.helm.sh/...`) checks nothing of the release.
_DEPLOYS = re.compile(r"\bhelm\s+(?:upgrade|install)\b|\bkubectl\s+(?:apply|rollout\s+status)\b"
                      r"|\bskaffold\s+(?:run|deploy)\b")
_REQUEST = re.compile(r"\b(?:curl|wget)\b[^\n|]{0,300}?https?://\"?(\$\{?\w+\}?|localhost\b|127\.0\.0\.1\b|"
                      r"\d{1,3}(?:\.\d{1,3}){3}\b|[a-z][\w-]{0,62}(?=[:/\"\s]))", re.I)
_FAILS_ON_ANSWER = re.compile(r"\bcurl\b[^\n|]{0,300}?\s-[a-zA-Z]{0,6}f|--fail\b|\|\s*grep\b|\bwget\b")


def _checked_after_deploy(runs: list[Any]) -> str | None:
    """The first command line of `runs` (a job's step scripts, or a GitLab script, in order) that requests the
    service after a line deployed it and fails on a wrong answer, else None."""
    deployed = False
    for run in runs:
        if not isinstance(run, str):
            continue
        for line in run.splitlines():
            line = line[:2000]
            if deployed and _REQUEST.search(line) and _FAILS_ON_ANSWER.search(line):
                return line.strip()
            deployed = deployed or _DEPLOYS.search(line) is not None
    return None


# A job that runs after the job deploying the service (`needs:`) and requests the deployed address, failing on a
# wrong answer: with curl -f / | grep as above, or through a script of the repository that is given the address and
# requests it with curl/wget and exits non-zero when it does not answer (nodejs-demoapp's and python-demoapp's
# validate-deployment: `.github/scripts/url-check.sh -u https://${{ env.INGRESS_DNS_HOST }} -s "..." -t 200` after
# deploy-aks's `helm upgrade`). The script is read through the file index, never run.
_URL_ARGUMENT = re.compile(r"\bhttps?://\S")
_SCRIPT_REQUESTS = re.compile(r"\b(?:curl|wget)\b")
_SCRIPT_FAILS = re.compile(r"\bexit[ \t]+[1-9]")


def _checked_by_a_later_job(ctx: Context, ci: object) -> tuple[str, int | None] | None:
    from deploycheck.sources.ci import CiFile, called_scripts

    assert isinstance(ci, CiFile)
    for doc in ci.active_docs:  # (jobs and steps switched off run nothing)
        jobs = doc.get("jobs") if isinstance(doc, dict) else None
        if not isinstance(jobs, dict):
            continue
        runs = {job_id: [st["run"] for st in job.get("steps") or [] if isinstance(st, dict)
                         and isinstance(st.get("run"), str)] for job_id, job in jobs.items() if isinstance(job, dict)}
        deploying = {job_id for job_id, lines in runs.items() if any(_DEPLOYS.search(r) for r in lines)}
        for job_id, job in jobs.items():
            needs = job.get("needs") if isinstance(job, dict) else None
            after = {str(n) for n in (needs if isinstance(needs, list) else [needs] if needs else [])}
            if not after & deploying:
                continue
            for line in (ln[:2000] for run in runs.get(job_id, []) for ln in run.splitlines()):
                checked = _REQUEST.search(line) is not None and _FAILS_ON_ANSWER.search(line) is not None
                checked = checked or (_URL_ARGUMENT.search(line) is not None and any(
                    _SCRIPT_REQUESTS.search(body) and _SCRIPT_FAILS.search(body)
                    for _, body in called_scripts(ctx, line)))
                if checked:
                    return f"job {job_id} (after {', '.join(sorted(after & deploying))})", ci.line_of_text(line.strip())
    return None


def _exercises(step: dict[str, object]) -> bool:
    run, uses = step.get("run"), step.get("uses")
    if isinstance(run, str) and run.strip():
        return any(line.strip() and not _TRIVIAL_RUN.match(line) for line in run.splitlines())
    return isinstance(uses, str) and not _NOT_A_TEST_ACTION.match(uses)


@check(
    "performance-tests/defined",
    title="A performance test with thresholds is defined",
    severity="medium",
    needs=("config performance:, k6/Locust/Artillery/JMeter scripts",),
    rationale="Without thresholds a load test produces numbers nobody compares with anything.",
    remediation="Declare SLOs under performance.slo in .deploycheck.yaml (p95_ms, error_rate, ...), or add "
                "`thresholds` to the k6 script, `config.ensure` to the Artillery script, or assertions to the "
                "JMeter plan.",
    references=("https://grafana.com/docs/k6/latest/using-k6/thresholds/",),
)
def performance_defined(ctx: Context) -> Iterator[Finding]:
    perf = ctx.config.section("performance") or {}
    slo = {k: v for k, v in (perf.get("slo") or {}).items() if v is not None}
    found = False
    smoke_only: list[str] = []
    if slo:
        found = True
        yield passed(f"performance SLOs in the config: {', '.join(f'{k}={v}' for k, v in slo.items())}",
                     _config_location(ctx, "performance"), slo)
    elif perf.get("requests") or perf.get("k6_summary") or perf.get("locust_csv"):
        found = True
        yield failed("performance runs are configured but performance.slo sets no threshold",
                     _config_location(ctx, "performance"))
    for rel in ctx.all_files.with_suffix(".js", ".ts", ".mjs"):
        text = ctx.all_files.read_text(rel) or ""
        if "k6" not in text or not _K6_IMPORT.search(text):
            continue
        if _k6_single_iteration(text) and not _cli_sets_k6_load(ctx):
            smoke_only.append(rel)
            continue
        found = True
        if _K6_THRESHOLDS.search(text):
            yield passed(f"k6 script {rel} declares thresholds", Location(path=rel))
        elif not slo:
            yield failed(f"k6 script {rel} has no thresholds (a run can never fail)", Location(path=rel))
    for rel in ctx.all_files.with_suffix(".py"):
        name = rel.rsplit("/", 1)[-1]
        if not name.startswith("locustfile"):
            text = ctx.all_files.read_text(rel) or ""
            if "locust" not in text or not _LOCUST.search(text):  # the substring test first: C speed
                continue
        found = True
        if slo:
            yield passed(f"Locust scenario {rel}, judged against the config SLOs", Location(path=rel))
        else:
            yield warned(f"Locust scenario {rel} without thresholds: Locust has none built in; set performance.slo",
                         Location(path=rel))
    for rel in ctx.all_files.with_suffix(".yml", ".yaml"):
        ensure = _artillery(ctx, rel)
        if ensure is None:
            continue
        found = True
        if ensure or slo:
            yield passed(f"Artillery scenario {rel} " + ("declares `ensure` thresholds" if ensure else
                                                          "is judged against the config SLOs"), Location(path=rel))
        else:
            yield failed(f"Artillery scenario {rel} has no `config.ensure` thresholds (a run can never fail)",
                         Location(path=rel))
    for rel in ctx.all_files.with_suffix(".jmx"):
        found = True
        text = ctx.all_files.read_text(rel) or ""
        if _JMX_ASSERTION.search(text) or slo:
            yield passed(f"JMeter plan {rel} has assertions or config SLOs", Location(path=rel))
        else:
            yield warned(f"JMeter plan {rel} has no duration/response assertions", Location(path=rel))
    if not found and smoke_only:
        yield failed(f"no performance test: k6 script {smoke_only[0]} runs one iteration of one virtual user (vus: 1, "
                     "iterations: 1), a smoke check of the service, not a load test; no other scenario",
                     Location(path=smoke_only[0]))
    elif not found:
        yield failed("no performance test: no performance.slo in the config, no k6, Locust, Artillery or JMeter "
                     "scenario")


def _k6_single_iteration(text: str) -> bool:
    """Whether a k6 script's options declare a single iteration of a single virtual user and nothing more (no stages,
    duration or arrival rate). A script that declares no load at all is left alone: its load may come from the command
    line, and k6's own default (1 VU, 1 iteration) is then not what the author runs."""
    counts = [int(m.group(1)) for m in _K6_VUS.finditer(text)]
    return bool(counts) and max(counts) <= 1 and not _K6_LOAD_SHAPE.search(text)


def _cli_sets_k6_load(ctx: Context) -> bool:
    """Whether a CI pipeline or script passes load flags (--vus, --duration, --iterations, --stage) to k6."""
    for rel in ctx.all_files.with_suffix(".yml", ".yaml", ".sh", ".json"):
        text = ctx.all_files.read_text(rel) or ""
        if "k6" in text and _K6_CLI_LOAD.search(text):
            return True
    return False


_ARTILLERY_HINT = re.compile(r"^scenarios\s*:", re.M)


def _artillery(ctx: Context, rel: str) -> bool | None:
    """None when `rel` is not an Artillery script; else whether it declares `ensure` thresholds
    (config.ensure, or the ensure plugin's config.plugins.ensure)."""
    from deploycheck.sources.yaml import YamlError, load_one

    text = ctx.all_files.read_text(rel) or ""
    if not _ARTILLERY_HINT.search(text) or "phases" not in text:
        return None  # cheap test first: most YAML files are not load tests
    try:
        doc = load_one(text)
    except YamlError:
        return None
    if not isinstance(doc, dict) or not isinstance(doc.get("config"), dict) or "scenarios" not in doc:
        return None
    config = doc["config"]
    if not ("target" in config or "phases" in config):
        return None
    plugins = config.get("plugins") if isinstance(config.get("plugins"), dict) else {}
    return bool(config.get("ensure") or plugins.get("ensure"))
