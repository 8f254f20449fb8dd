"""rollback-plan: a documented rollback procedure, and schema changes that can be undone."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from deploycheck.checks.database.migrations import reversibility_findings
from deploycheck.checks.registry import check, failed, passed, skipped, warned
from deploycheck.line_numbers import line_at
from deploycheck.model import Finding, Location
from deploycheck.sources.markdown import markdown_docs

if TYPE_CHECKING:
    from deploycheck.context import Context

ROLLBACK_HEADING = re.compile(r"\broll(ing)?[ -]?back\b|\brevert(ing)?\b", re.I)
# The commands that roll a release back. Written in a document (a code block under "Updating the Application", a
# numbered step under "Rolling back" in docs/releasing.md), they are the procedure a runbook would hold, whatever
# the file or heading is called. Literal words with \s+ between them: linear on any text.
# Global flags may come before the subcommand (`helm --namespace [namespace] rollback [release name] [revision]`,
# hmpps-template-typescript's helm_deploy/README.md; `kubectl -n prod rollout undo ...`): up to four, each a dash word
# with an optional value that starts with no dash, all bounded, so the search stays linear.
_GLOBAL_FLAGS = r"(?:\s+-{1,2}[\w-]{1,40}(?:[=\s]+(?!-)[^\s`]{1,200})?){0,4}"
ROLLBACK_COMMAND = re.compile(rf"\bkubectl{_GLOBAL_FLAGS}\s+rollout\s+undo\b"
                              r"|\bkubectl[\s-]argo[\s-]rollouts\s+(?:undo|abort)\b"
                              rf"|\bhelm{_GLOBAL_FLAGS}\s+rollback\b|\bargocd\s+app\s+rollback\b")


def _teams_docs(ctx: Context) -> list[str]:
    """The Markdown documents the team wrote: not those of vendored code (a Go module's README under vendor/), test
    data, or a chart unpacked under another chart's charts/ folder, whose publishers wrote them for every user."""
    from deploycheck.checks.database.backups import _vendored_subchart_doc
    from deploycheck.sources.kubernetes import chart_directories
    from deploycheck.sources.target import rule_by_path

    charts = set(chart_directories(ctx))
    return [p for p in ctx.use(markdown_docs).docs if "/tests/fixtures/" not in f"/{p}"
            and rule_by_path(p) not in ("vendored", "tests") and not _vendored_subchart_doc(p, charts)]


def runbook_paths(ctx: Context) -> list[str]:
    """Runbooks: config docs.runbook, then RUNBOOK.md / docs/runbook*.md / any *runbook* Markdown file."""
    configured = (ctx.config.section("docs") or {}).get("runbook")
    docs = ctx.use(markdown_docs).docs
    found = [str(configured).strip("/")] if configured and str(configured).strip("/") in docs else []
    found += sorted(p for p in _teams_docs(ctx) if "runbook" in PurePosixPath(p).name.lower() and p not in found)
    return found


@check(
    "rollback-plan/runbook",
    title="The runbook documents how to roll back",
    severity="high",
    needs=("docs",),
    rationale="A rollback decided at 3 a.m. goes well only if the steps were written down before: which "
              "command, what happens to the schema, how to confirm the old version serves.",
    remediation="Add a 'Rollback' section to the runbook (docs/runbook.md or RUNBOOK.md; or set docs.runbook): "
                "the command (`helm rollback`, `kubectl rollout undo`, Argo abort), migration downgrade steps, "
                "and how to verify.",
)
def runbook(ctx: Context) -> Iterator[Finding]:
    docs = ctx.use(markdown_docs).docs
    configured = (ctx.config.section("docs") or {}).get("runbook")
    if configured and str(configured).strip("/") not in docs:
        yield failed(f"docs.runbook names {configured}, which is not a Markdown file in the repository",
                     Location(path=str(configured)))
    books = runbook_paths(ctx)
    for path in books:
        sections = [h for h in docs[path].headings if ROLLBACK_HEADING.search(h.text)]
        if sections:
            yield passed(f"rollback procedure in {path}: '{sections[0].text}'", Location(path=path,
                                                                                       line=sections[0].line))
            return
    commands = _rollback_commands(ctx)
    foreign = _foreign_targets(ctx, commands)
    if foreign is None:
        path, line, command, _ = commands[0]
        yield skipped(f"{len(commands)} documented rollback command(s) (first {path}:{line} `{command}`) are too many "
                      "to compare with every workload this repository deploys: whether they roll back this "
                      "service's workloads is not judged", Location(path=path, line=line))
        return
    if foreign and len(foreign) == len(commands):
        # learning notes' `kubectl rollout undo deployment/hello`: a procedure for someone else's workload
        path, line, command, _ = commands[0]
        yield failed(f"the only rollback commands in the documents name workloads or releases this repository does "
                     f"not deploy ({', '.join(sorted(set(foreign))[:3])}; {path}:{line} `{command}`)",
                     Location(path=path, line=line), {"names": sorted(set(foreign))[:10]})
        return
    if commands:
        path, line, command, title = commands[0]
        under = f", under '{title}'" if title else ""
        yield passed(f"rollback procedure documented in {path}{under}: `{command}`"
                     + ("" if books else " (no runbook file; docs/runbook.md or RUNBOOK.md would collect it)"),
                     Location(path=path, line=line), {"commands": [f"{p}:{n} {c}" for p, n, c, _ in commands[:10]]})
        return
    elsewhere = [(p, h) for p in _teams_docs(ctx) for h in docs[p].headings if ROLLBACK_HEADING.search(h.text)]
    if elsewhere:
        path, heading = elsewhere[0]
        yield warned(f"a rollback section exists in {path} ('{heading.text}') but there is no runbook "
                     f"{'with one' if books else '(docs/runbook.md or RUNBOOK.md)'}", Location(path=path,
                                                                                            line=heading.line))
        return
    where = f" ({', '.join(books)} has no rollback section)" if books else " (no runbook found)"
    yield failed(f"no documented rollback procedure{where}", Location(path=books[0]) if books else None)


def _rollback_commands(ctx: Context) -> list[tuple[str, int, str, str]]:
    """(document, line, command, heading it is under) for each rollback command the Markdown documents hold,
    runbooks first."""
    docs = ctx.use(markdown_docs).docs
    books = runbook_paths(ctx)
    out = []
    for path in [*books, *sorted(p for p in _teams_docs(ctx) if p not in books)]:
        doc = docs[path]
        # the headings are in the document's order: the one a command is under is found by bisection (looking
        # backwards through them from the last for each command was quadratic in a document of both)
        heading_lines = [h.line for h in doc.headings]
        for m in ROLLBACK_COMMAND.finditer(doc.text):
            line = line_at(doc.text, m.start())
            under = bisect.bisect_right(heading_lines, line)
            heading = doc.headings[under - 1].text if under else ""
            # the command with what it rolls back (`kubectl rollout undo deployment/laa-cla-public`), up to the first
            # flag: the rest of a documented line may hold a token (`--kube-token ...`), never shown
            rest = doc.text[m.end():m.end() + 200].split("\n", 1)[0].split("`", 1)[0].split()
            target = list(itertools.takewhile(lambda t: not t.startswith("-"), rest[:2]))
            out.append((path, line, " ".join([*m.group(0).split(), *target]), heading))
    return out


# What a rollback command rolls back: `kubectl rollout undo deployment/NAME` (or `deployment NAME`), `helm rollback
# RELEASE`, `kubectl argo rollouts undo|abort NAME`, `argocd app rollback APP`.
_ROLLBACK_TARGET = re.compile(r"\bundo\s+(?:deployments?|deploy|statefulsets?|sts|daemonsets?|ds|rollouts?)"
                              rf"[/\s]([\w.-]{{1,100}})|\b(?:helm{_GLOBAL_FLAGS}\s+rollback|rollouts\s+(?:undo|abort)"
                              r"|app\s+rollback)\s+([\w.-]{1,100})")


# Name pairs _foreign_targets compares at most (a command's target with a name of the repository): a real repository
# documents a few rollback commands and deploys up to a few hundred names. Past that (a crafted 16,000 commands and
# 16,000 workloads took seconds) the targets are not compared, and the check says so (skipped), never pass.
_MAX_NAME_PAIRS = 1_000_000


def _foreign_targets(ctx: Context, commands: list[tuple[str, int, str, str]]) -> list[str] | None:
    """The names the rollback commands roll back, when every one of them is none of the repository's: not a
    workload, app label, chart, the repository folder or the configured service, nor part of one or containing one
    (`laa-cla-public` holds `cla-public`). Empty when one command rolls back something of the repository's, when
    the repository deploys nothing this scan sees (the names cannot be checked) or a command names its target
    through a variable or a placeholder (`deployment/$APP`, `<release>`). None past _MAX_NAME_PAIRS comparisons."""
    from deploycheck.sources.kubernetes import all_objects, chart_directories

    known = {ctx.root.name.lower(), *(str(ctx.config.service).lower() for _ in [0] if ctx.config.service)}
    known |= {d.rsplit("/", 1)[-1].lower() for d in chart_directories(ctx) if d}
    for obj in ctx.use(all_objects).objects:
        if obj.pod_template_path is not None or obj.kind in ("Service", "Rollout"):
            known.add(obj.name.lower())
            known |= {str(v).lower() for k, v in obj.labels.items() if k in ("app", "app.kubernetes.io/name")}
    known = {k for k in known if len(k) >= 3}
    if not ctx.use(all_objects).workloads:
        return []
    out = []
    foreign: set[str] = set()  # each name compared once, however many commands name it
    pairs = 0
    for _, _, command, _ in commands:
        m = _ROLLBACK_TARGET.search(command)
        name = (m.group(1) or m.group(2)).lower() if m else None
        if name is None or name.startswith("-") or not name.strip("."):
            return []  # `deployment/$APP`, `<release>`, a flag first: cannot tell
        if name not in foreign:
            pairs += len(known)
            if pairs > _MAX_NAME_PAIRS:
                return None
            if any(k in name or name in k for k in known):
                return []  # one of the repository's: the procedure is for it
            foreign.add(name)
        out.append(name)
    return out


@check(
    "rollback-plan/migrations-reversible",
    title="Schema changes of this release can be undone",
    severity="high",
    needs=("a migration tree",),
    rationale="Rolling back the code without undoing its migration leaves the old code on a schema it does not "
              "know; a migration without a reverse turns a rollback into a restore.",
    remediation="Give every migration a reverse (see migration-scripts/reversible).",
)
def migrations_reversible(ctx: Context) -> Iterator[Finding]:
    yield from reversibility_findings(ctx)
