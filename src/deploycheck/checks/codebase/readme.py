"""readme: a real README with the sections a deployer needs, working links, updated with the code."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from deploycheck.checks.registry import check, failed, not_applicable, passed, skipped, warned
from deploycheck.model import Finding, Location
from deploycheck.sources.git import git_history
from deploycheck.sources.languages import SOURCE_SUFFIXES
from deploycheck.sources.markdown import MarkdownDoc, markdown_docs

if TYPE_CHECKING:
    from deploycheck.context import Context

STUB_WORDS = 80  # fewer words than this is a placeholder, not documentation
# Default sections and the heading words that satisfy each (matched on whole words, case-insensitive).
DEFAULT_SECTIONS: dict[str, tuple[str, ...]] = {
    "what it is": ("overview", "about", "introduction", "intro", "description", "what", "purpose", "summary",
                   "features", "background"),
    "how to run": ("run", "running", "usage", "use", "getting started", "quickstart", "quick start", "install",
                   "installation", "development", "develop", "local", "build", "building", "setup", "set up",
                   "start", "how to"),
    "configuration": ("configuration", "config", "configure", "configuring", "environment", "env", "settings",
                      "options", "variables"),
    "deployment": ("deployment", "deploy", "deploying", "release", "releasing", "kubernetes", "helm",
                   "production", "operations", "operating", "runbook", "ship", "shipping"),
}
_CONFIG = ("dockerfile", "containerfile", ".yaml", ".yml", ".toml", ".ini", ".env.example", ".env.sample",
           ".cfg", "values.json", "chart.yaml")
_API = (".proto", "openapi", "swagger", "asyncapi")
_WORDS = re.compile(r"[a-z0-9]+")


def _words(text: str) -> str:
    return " " + " ".join(_WORDS.findall(text.lower())) + " "


def section_present(wanted: str, headings: list[str], synonyms: tuple[str, ...] = ()) -> str | None:
    """The heading that satisfies `wanted` (by its own words or a synonym), or None."""
    phrases = [wanted, *synonyms]
    for heading in headings:
        norm = _words(heading)
        for phrase in phrases:
            if _words(phrase) in norm:
                return heading
    return None


def _rst_headings(text: str) -> list[str]:
    """README.rst headings: a line underlined with a run of punctuation (no Markdown parser for RST)."""
    lines = text.splitlines()
    return [lines[i - 1].strip() for i in range(1, len(lines))
            if re.fullmatch(r"([=\-~^\"'`#*+])\1{2,}\s*", lines[i]) and lines[i - 1].strip()
            and not re.fullmatch(r"([=\-~^\"'`#*+])\1{2,}\s*", lines[i - 1])]


def _adoc_headings(text: str) -> list[str]:
    """README.adoc (AsciiDoc, common in Java projects: FTGO) headings: `= Title`, `== Section`."""
    return [m.group(1).strip() for m in re.finditer(r"^={1,6}[ \t]+(\S.*)$", text, re.M)]


def _plain_headings(path: str, text: str) -> list[str]:
    return _adoc_headings(text) if path.lower().endswith((".adoc", ".asciidoc")) else _rst_headings(text)


# The header row of a Markdown table whose first column names settings, with Description and Default columns. Read
# line by line (each line capped), so the pattern stays linear.
_CONFIG_TABLE = re.compile(r"^\|?\s*[`*]*(parameter|variable|env(?:ironment)?(?: var(?:iable)?)?|option|setting|"
                           r"argument|flag)s?[`*]*\s*\|", re.I)
_COLUMN = re.compile(r"\|\s*[`*]*(description|default)(?: value)?[`*]*\s*(?=\||$)", re.I)


def _config_table(text: str) -> str | None:
    """The header row of a configuration reference table in the README, or None."""
    for line in text.splitlines():
        row = line[:500].strip()
        if _CONFIG_TABLE.match(row) and {m.group(1).lower() for m in _COLUMN.finditer(row)} == {"description",
                                                                                              "default"}:
            return " ".join(line[:120].split())
    return None


def _readme(ctx: Context) -> tuple[str | None, MarkdownDoc | None]:
    """The README judged: the root's, or, when the root has none or a stub, the README of the one folder that holds
    all the rest (a monorepo's sample kept alone, whose root README only lists the samples)."""
    md = ctx.use(markdown_docs)
    service = md.service_readme_path
    if service and (md.readme_path is None or _word_count(ctx, md.readme_path, md.readme) < STUB_WORDS):
        return service, md.docs.get(service)
    return md.readme_path, md.readme


def _word_count(ctx: Context, path: str, doc: MarkdownDoc | None) -> int:
    return doc.words if doc else len(_WORDS.findall(ctx.all_files.read_text(path) or ""))


_DOCS_HEADING = re.compile(r"\b(documentation|docs)\b", re.I)


def _documentation_elsewhere(doc: MarkdownDoc | None) -> str | None:
    """Where a short README sends its reader: the web address linked under a Documentation heading, when the README
    also shows how to install (a fenced command block). policy-reporter's README (50 words) is a title, a
    `## Documentation` section linking the project's documentation site and the Helm install commands: short by
    design, not a placeholder (node-feature-discovery's 42-word README links it in the heading itself: `## See our
    [Documentation][documentation] for detailed instructions`). A placeholder has neither."""
    if doc is None or ("```" not in doc.text and "~~~" not in doc.text):
        return None
    for section in doc.sections():
        if not _DOCS_HEADING.search(section.heading.text):
            continue
        end = section.heading.line + section.text.count("\n") + 1
        for link in doc.links:  # the heading's own link too: `## See our [Documentation][documentation] ...`
            if section.heading.line <= link.line <= end and link.target.startswith(("https://", "http://")):
                return link.target
    return None


@check(
    "readme/present",
    title="A README exists and is more than a stub",
    severity="medium",
    needs=("repository",),
    rationale="The README is where an on-call engineer starts; a missing or placeholder README means tribal "
              "knowledge.",
    remediation="Write README.md: what the service does, how to run it, how it is configured and deployed.",
)
def readme_present(ctx: Context) -> Iterator[Finding]:
    path, doc = _readme(ctx)
    if path is None:
        yield failed("no README at the repository root")
        return
    text = ctx.all_files.read_text(path) or ""
    words = _word_count(ctx, path, doc)
    evidence = {"words": words, "headings": len(doc.headings) if doc else len(_plain_headings(path, text))}
    elsewhere = _documentation_elsewhere(doc) if words < STUB_WORDS else None
    if elsewhere:
        yield passed(f"{path}: {words} words, with install commands; the documentation is kept at {elsewhere[:200]}",
                     Location(path=path), {**evidence, "documentation": elsewhere[:200]})
    elif words < STUB_WORDS:
        yield failed(f"{path} is a stub ({words} words)", Location(path=path), evidence)
    else:
        yield passed(f"{path}: {words} words", Location(path=path), evidence)


@check(
    "readme/sections",
    title="The README has the sections a deployer needs",
    severity="medium",
    needs=("README",),
    rationale="Whoever deploys or debugs the service needs to know what it is, how to run it, how to configure "
              "it and how it is deployed, without reading the code.",
    remediation="Add the missing sections (headings); configure the list with docs.readme_sections.",
)
def readme_sections(ctx: Context) -> Iterator[Finding]:
    path, doc = _readme(ctx)
    if path is None:
        yield skipped("no README (see readme/present)")
        return
    configured = (ctx.config.section("docs", {}) or {}).get("readme_sections")
    wanted: dict[str, tuple[str, ...]] = (
        {name: DEFAULT_SECTIONS.get(name.lower(), ()) for name in configured} if configured else DEFAULT_SECTIONS)
    headings = [h.text for h in doc.headings] if doc else _plain_headings(path, ctx.all_files.read_text(path) or "")
    found: dict[str, str] = {}
    for name, synonyms in wanted.items():
        heading = section_present(name, headings, synonyms)
        if heading:
            found[name] = heading
    # "What it is" is usually the paragraph under the title rather than a heading of its own.
    if "what it is" in wanted and "what it is" not in found and doc and doc.headings:
        intro = doc.sections()[0]
        if intro.heading.level == 1 and intro.words >= 15:
            found["what it is"] = f"{intro.heading.text} (intro paragraph)"
    # A README that is an index of its documents ("- [Configuration Options](docs/config.md)") covers a section
    # with the link to the document that holds it: the link text of a local Markdown document counts as a heading.
    if doc and any(name not in found for name in wanted):
        docs = ctx.use(markdown_docs).docs
        linked = [f"{link.text} (linked {link.resolved})" for link in doc.links
                  if link.exists and link.resolved and link.resolved != path and link.resolved in docs
                  and link.text.strip()]
        for name, synonyms in wanted.items():
            if name not in found and (heading := section_present(name, linked, synonyms)):
                found[name] = heading
    # A configuration reference table (`| Parameter | Description | Default |`, the Helm chart README's; `| Variable
    # | Description | Default |`) documents the configuration whatever its heading: Reflector's README keeps it under
    # "Deployment using Helm". Without a Default column a parameter table may explain a command's arguments
    # (spring-boot-best-practices' ZAP `| Parameter | Description |`), not the service's settings.
    if "configuration" in wanted and "configuration" not in found:
        table = _config_table(ctx.all_files.read_text(path) or "")
        if table:
            found["configuration"] = f"a configuration table ({table})"
    missing = [name for name in wanted if name not in found]
    evidence = {"found": found, "missing": missing, "headings": headings[:40]}
    if missing:
        yield failed(f"{path} lacks section(s): {', '.join(missing)}", Location(path=path), evidence)
    else:
        yield passed(f"{path} has {', '.join(wanted)}", Location(path=path), evidence)


@check(
    "readme/links",
    title="Relative links in the README resolve",
    severity="low",
    needs=("README",),
    rationale="A README that points at moved or deleted docs sends readers nowhere at the worst moment.",
    remediation="Fix or remove the broken links (paths are relative to the README's folder).",
)
def readme_links(ctx: Context) -> Iterator[Finding]:
    path, doc = _readme(ctx)
    if path is None:
        yield skipped("no README (see readme/present)")
        return
    if doc is None:
        yield skipped(f"{path} is not Markdown; links not checked")
        return
    relative = [link for link in doc.links if link.is_relative and link.target]
    broken = [link for link in relative if link.exists is False]
    bad_anchor = [link for link in relative if link.exists and link.anchor_ok is False]
    for link in broken:
        yield failed(f"{path}:{link.line}: link to {link.target!r} does not resolve", Location(path=path,
                                                                                               line=link.line))
    for link in bad_anchor:
        yield warned(f"{path}:{link.line}: anchor in {link.target!r} matches no heading",
                     Location(path=path, line=link.line))
    if not broken and not bad_anchor:
        yield passed(f"{len(relative)} relative link(s) in {path} resolve", Location(path=path))


def _relevant(rel: str) -> bool:
    low = rel.lower()
    name = low.rsplit("/", 1)[-1]
    if low.endswith((".md", ".rst", ".txt")) or "/tests/" in f"/{low}" or name.startswith("test_"):
        return False
    # CI and tool settings (.github/, .pre-commit-config.yaml, .golangci.yml) change how the repo is built,
    # not what a reader of the README needs to know.
    if low.startswith((".github/", ".gitlab/", ".circleci/")) or (name.startswith(".") and not name.startswith(".env")):
        return False
    return low.endswith(SOURCE_SUFFIXES) or name in _CONFIG or low.endswith(_CONFIG) or any(k in name for k in _API)


@check(
    "readme/updated",
    title="The README changed when code, config or API changed since the last release",
    severity="low",
    needs=("git history with a release tag",),
    rationale="Changes to behaviour, configuration or the API usually change what the README should say.",
    remediation="Review the README against the changes since the last release and update it (or confirm it "
                "still holds and suppress this finding with a reason).",
)
def readme_updated(ctx: Context) -> Iterator[Finding]:
    path, _ = _readme(ctx)
    if path is None:
        yield skipped("no README (see readme/present)")
        return
    hist = ctx.use(git_history)
    if not hist.available:
        yield skipped(f"needs git history ({hist.reason})")
        return
    if hist.changed_since_tag is None:
        yield skipped("no release tag reachable, so there is no 'since the last release' to compare"
                      + ("; shallow clone" if hist.shallow else ""))
        return
    changed = hist.changed_since_tag
    relevant = [f for f in changed if _relevant(f)]
    tag = hist.last_tag.name if hist.last_tag else "the last tag"
    evidence: dict[str, Any] = {"since": tag, "changed_files": len(changed), "code_config_api": relevant[:20]}
    if hist.scope_note:
        evidence["scope"] = hist.scope_note
    if path in changed:
        yield passed(f"{path} changed since {tag}", Location(path=path), evidence)
    elif not relevant:
        yield not_applicable(f"no code, config or API file changed since {tag}")
    else:
        yield warned(f"{len(relevant)} code/config/API file(s) changed since {tag} but {path} did not",
                     Location(path=path), evidence)
