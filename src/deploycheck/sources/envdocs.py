"""Environment variables the repository documents: README/docs Markdown and `.env.example` files.

Markdown is tokenised with markdown-it-py (tables, lists, code spans and fences); a name counts as
documented when it appears as an env-var-looking identifier there. `strong` marks the places that
are unmistakably env-var documentation (example env files, sections about configuration), which is
what "documented but never read" is judged on: a random ALL_CAPS word in prose is not a promise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from deploycheck.line_numbers import line_at

if TYPE_CHECKING:
    from deploycheck.context import Context

ENV_EXAMPLE_NAMES = (".env.example", ".env.sample", ".env.template", ".env.dist", ".env.defaults", "env.example",
                     "example.env", "sample.env", ".env.local.example", ".env.example.local")
# Inside prose an identifier must contain "_" to count (PORT alone is too common a word); inside a
# code span or a table cell an upper-case identifier on its own is clearly a name.
_PROSE_NAME = re.compile(r"\b([A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9])\b")
_WHOLE_NAME = re.compile(r"^\$?\{?([A-Z][A-Z0-9_]{1,})\}?$")
_ASSIGNMENT = re.compile(r"^\s*(?:#\s*)?(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=")
# A Kubernetes env entry (`- name: BACKEND_ENABLED  # If true, ...`) or an upper-case key with a value (a ConfigMap's
# or compose file's `METADATA: "frontend"`) in a README's YAML example names the variable for the operator.
_YAML_ENV = re.compile(r"^\s*(?:-\s*name:\s*[\"']?([A-Z][A-Z0-9_]+)[\"']?\s*(?:#|$)|([A-Z][A-Z0-9_]+)\s*:\s*\S)")
# Linux capabilities (capabilities(7)): go-httpbin's README names `CAP_NET_BIND_SERVICE` under its "Configuring
# non-root docker images" heading, which env-vars/documented-unused took for a documented variable nothing reads.
_LINUX_CAPABILITIES = frozenset(
    {"CHOWN", "DAC_OVERRIDE", "DAC_READ_SEARCH", "FOWNER", "FSETID", "KILL", "SETGID", "SETUID", "SETPCAP",
     "LINUX_IMMUTABLE", "NET_BIND_SERVICE", "NET_BROADCAST", "NET_ADMIN", "NET_RAW", "IPC_LOCK", "IPC_OWNER",
     "SYS_MODULE", "SYS_RAWIO", "SYS_CHROOT", "SYS_PTRACE", "SYS_PACCT", "SYS_ADMIN", "SYS_BOOT", "SYS_NICE",
     "SYS_RESOURCE", "SYS_TIME", "SYS_TTY_CONFIG", "MKNOD", "LEASE", "AUDIT_WRITE", "AUDIT_CONTROL", "SETFCAP",
     "MAC_OVERRIDE", "MAC_ADMIN", "SYSLOG", "WAKE_ALARM", "BLOCK_SUSPEND", "AUDIT_READ", "PERFMON", "BPF",
     "CHECKPOINT_RESTORE"})
# `name = "THEMENAME"`, `theme: "THEMENAME"`: an upper-case word as the quoted value of a lower-case setting.
_QUOTED_VALUE = re.compile(r"""^\s*[a-z][a-z0-9_.-]{0,100}\s*[=:]\s*(["'])([A-Z][A-Z0-9_]{2,100})\1\s*,?\s*$""")
_CONFIG_HEADING = re.compile(r"env|config|variable|setting|option|parameter", re.I)
# A section about the CI/CD pipeline (prisoner-content-hub-frontend's helm_deploy readme: "# Adding namespace contexts
# to CircleCI" > "### Environment variables to add", KUBE_CLUSTER_NAME, KUBE_CLUSTER_CERT, KUBE_TOKEN, which the hmpps
# orb's steps read in CircleCI, outside the repository): the variables it lists are the pipeline's, not the service's
# runtime settings. Still documented; no promise that the repository's code reads them.
_CI_HEADING = re.compile(r"\bCI(?:/CD)?\b|\bCD\b|(?i:\bcircle[ -]?ci\b|\bgithub actions\b|\bgitlab[ -]?ci\b"
                         r"|\btravis\b|\bjenkins\b|\bbuildkite\b|\b(?:azure|bitbucket) pipelines\b"
                         r"|\bcontinuous (?:integration|deployment|delivery)\b|\b(?:deploy(?:ment)?|release) pipeline)")


def is_env_example(rel: str) -> bool:
    name = PurePosixPath(rel).name
    # direnv's `.envrc.example` (`export NAME=value` lines with comments) documents the variables the same way
    # (fastapi-example: ALEMBIC_URI, DATABASE_URI, ENV described there were reported "documented nowhere").
    return name in ENV_EXAMPLE_NAMES or (name.startswith((".env.", ".envrc.")) and name.rsplit(".", 1)[-1] in (
        "example", "sample", "template", "dist"))


@dataclass(frozen=True)
class DocMention:
    file: str
    line: int
    strong: bool


@dataclass
class EnvDocs:
    names: dict[str, list[DocMention]] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)

    def add(self, name: str, file: str, line: int, strong: bool) -> None:
        if name.startswith("CAP_") and name[4:] in _LINUX_CAPABILITIES:
            return  # a capability (`--cap-add CAP_NET_BIND_SERVICE`), never an environment variable
        self.names.setdefault(name, []).append(DocMention(file, line, strong))

    def documented(self, name: str) -> bool:
        return name in self.names

    def strongly_documented(self) -> dict[str, DocMention]:
        return {n: next(m for m in ms if m.strong) for n, ms in self.names.items() if any(m.strong for m in ms)}


def _markdown_files(ctx: Context) -> list[str]:
    out = []
    for rel in ctx.all_files.with_suffix(".md", ".markdown", ".rst"):
        p = PurePosixPath(rel)
        low = p.name.lower()
        if low.startswith(("changelog", "history", "license", "code_of_conduct")):
            continue
        # README anywhere, everything under docs/, and top-level guides (CONFIGURATION.md, ...)
        if low.startswith("readme") or "docs" in p.parts[:-1] or "doc" in p.parts[:-1] or len(p.parts) == 1:
            out.append(rel)
    return out


def _read_markdown(rel: str, text: str, docs: EnvDocs) -> None:
    from markdown_it import MarkdownIt

    from deploycheck.sources.markdown import bounded_markdown

    md = MarkdownIt("commonmark").enable("table")
    passed_names: dict[str, int] = {}  # name -> line of those set through a pass-through map (_passed_on_lines)
    value_names: set[str] = set()  # names an example writes as a setting's quoted value (_QUOTED_VALUE)
    heading_strong = False
    headings: list[tuple[int, bool]] = []  # the open sections: (level, about the CI/CD pipeline)
    titled = False  # the file's first heading is its title: a CI tool's README is not all about its own pipeline
    in_ci = False
    in_heading = False
    level = 1
    in_table = False
    column = 0  # 1-based table column of the current cell: names live in the first column
    for token in md.parse(bounded_markdown(text)):
        line = (token.map[0] + 1) if token.map else 1
        if token.type == "heading_open":
            in_heading = True
            level = int(token.tag[1:]) if token.tag[1:].isdigit() else 1
            continue
        if token.type == "heading_close":
            in_heading = False
            continue
        if token.type == "table_open":
            in_table = True
        elif token.type == "table_close":
            in_table = False
        elif token.type == "tr_open":
            column = 0
        elif token.type in ("td_open", "th_open"):
            column += 1
        if token.type == "inline":
            if in_heading:
                heading_strong = bool(_CONFIG_HEADING.search(token.content))
                while headings and headings[-1][0] >= level:
                    headings.pop()
                headings.append((level, titled and _CI_HEADING.search(token.content[:300]) is not None))
                titled = True
                in_ci = any(ci for _, ci in headings)
                heading_strong = heading_strong and not in_ci
            for child in token.children or []:
                if child.type == "code_inline":
                    m = _WHOLE_NAME.match(child.content.strip())
                    name = m.group(1) if m else None
                    if name is None:
                        assigned = _ASSIGNMENT.match(child.content)
                        name = assigned.group(1) if assigned and assigned.group(1).isupper() else None
                    if name:
                        # in a table only the first column names variables (others hold defaults)
                        docs.add(name, rel, line, (column == 1 and not in_ci) if in_table else heading_strong)
                elif child.type == "text":
                    for name in _PROSE_NAME.findall(child.content):
                        docs.add(name, rel, line, heading_strong and in_table and column == 1)
                    m = _WHOLE_NAME.match(child.content.strip())
                    # a bare first-column word needs an underscore: HPA or PVC are acronyms, not variables
                    if in_table and column == 1 and m and "_" in m.group(1):
                        docs.add(m.group(1), rel, line, not in_ci)
        elif token.type in ("fence", "code_block"):
            passed_on = _passed_on_lines(token.content)
            for offset, code_line in enumerate(token.content.splitlines(), 1):
                quoted = _QUOTED_VALUE.match(code_line[:1000])
                if quoted:
                    value_names.add(quoted.group(2))
                m = _ASSIGNMENT.match(code_line)
                if m and m.group(1).isupper():
                    docs.add(m.group(1), rel, line + offset, heading_strong)
                named = _YAML_ENV.match(code_line)
                if named and offset in passed_on:
                    passed_names.setdefault(named.group(1) or named.group(2), line + offset)
                elif named:
                    docs.add(named.group(1) or named.group(2), rel, line + offset, heading_strong)
                for name in re.findall(r"(?:-e\s+|--env\s+)([A-Z][A-Z0-9_]+)", code_line):
                    docs.add(name, rel, line + offset, heading_strong)
    # The file's prose about such a name (`this code snippet will set the environment variable \`EDITOR\``) explains
    # the example: a variable of the image the chart runs, still documented, but no promise of the repository's code
    for name, at in passed_names.items():
        docs.add(name, rel, at, False)
        docs.names[name] = [DocMention(m.file, m.line, False) if m.file == rel else m for m in docs.names.get(name, [])]
    # A name the file's own example writes as the quoted value of a lower-case setting (atuin's theming guide:
    # `[theme]` / `name = "THEMENAME"`, then "Where `THEMENAME` is a known theme") stands for that value: a
    # placeholder, not an environment variable, wherever the file names it.
    for name in value_names:
        if name in docs.names:
            docs.names[name] = [DocMention(m.file, m.line, False) if m.file == rel else m for m in docs.names[name]]


# A Helm chart's pass-through map (`singleuser: extraEnv: {EDITOR: "vim"}`, `extraEnvVars:`): the chart hands whatever
# it holds to the container as it is, so a variable set there in an example is one of the image the chart runs (a user
# image's CHOWN_HOME, a shell's EDITOR), not a setting the repository's code promises to read.
_PASS_THROUGH_KEY = re.compile(r"^([ \t]*)(?:-[ \t]+)?(extra_?env(?:ironment)?(?:_?vars?)?)[ \t]*:[ \t]*(?:#.*)?$",
                               re.I)
_INDENT = re.compile(r"^([ \t]*)\S")


def _passed_on_lines(code: str) -> set[int]:
    """1-based lines of a YAML example that sit inside a pass-through env map (_PASS_THROUGH_KEY)."""
    inside: set[int] = set()
    if "xtra" not in code:
        return inside
    block_indent: int | None = None
    for number, code_line in enumerate(code.splitlines(), 1):
        indent = _INDENT.match(code_line[:1000])
        if indent is None:
            continue
        if block_indent is not None and len(indent.group(1)) > block_indent:
            inside.add(number)
            continue
        key = _PASS_THROUGH_KEY.match(code_line[:1000])
        block_indent = len(key.group(1)) if key else None
    return inside


def _read_env_example(rel: str, text: str, docs: EnvDocs) -> None:
    for i, line in enumerate(text.splitlines(), 1):
        m = _ASSIGNMENT.match(line)
        if m:
            docs.add(m.group(1), rel, i, True)


# An example configuration file the repository ships (athens' config.dev.toml, which the image copies to
# /config/config.toml) often documents each setting in comments, with the variable that overrides it: `# Env override:
# ATHENS_LOG_LEVEL`. A comment line that speaks of the environment ("env", "environment"; not a commented-out
# `${env:NAME}` reference) and names an upper-case identifier with an underscore documents that variable for the
# operator reading the file. Only configuration
# formats, only files named as a configuration or an example of one, never under CI or test folders.
_CONFIG_SUFFIXES = (".toml", ".ini", ".cfg", ".conf", ".yaml", ".yml", ".hcl", ".properties")
_CONFIG_STEM = re.compile(r"conf|setting|example|sample|default", re.I)
_ENV_COMMENT = re.compile(r"^[ \t]*(?:#|//|;)(.*\benv(?:ironment)?\b(?!:).*)$", re.I | re.M)


def _config_example_files(ctx: Context) -> list[str]:
    out = []
    for rel in ctx.all_files.with_suffix(*_CONFIG_SUFFIXES):
        p = PurePosixPath(rel)
        if any(part in (".github", ".circleci", "test", "tests", "testdata", "templates") for part in p.parts[:-1]):
            continue
        if _CONFIG_STEM.search(p.name.split(".", 1)[0]) or _CONFIG_STEM.search(p.name):
            out.append(rel)
    return out


def _read_config_comments(rel: str, text: str, docs: EnvDocs) -> None:
    for m in _ENV_COMMENT.finditer(text[:200_000]):
        line = line_at(text, m.start())
        for name in _PROSE_NAME.findall(m.group(1)[:1000]):
            docs.add(name, rel, line, False)


def env_docs(ctx: Context) -> EnvDocs:
    docs = EnvDocs()
    for rel in ctx.all_files.files:
        if is_env_example(rel):
            text = ctx.all_files.read_text(rel)
            if text is not None:
                docs.files.append(rel)
                _read_env_example(rel, text, docs)
    for rel in _config_example_files(ctx):
        text = ctx.all_files.read_text(rel)
        # not listed in docs.files: env-vars' fallback search reads those for any mention of a name, and a
        # configuration file's keys are no documentation; only its environment comments are
        if text is not None and "\x00" not in text and "env" in text.lower():
            _read_config_comments(rel, text, docs)
    for rel in _markdown_files(ctx):
        text = ctx.all_files.read_text(rel)
        if text is None or "\x00" in text:
            continue
        docs.files.append(rel)
        if rel.endswith(".rst"):
            for i, line in enumerate(text.splitlines(), 1):
                for name in _PROSE_NAME.findall(line):
                    docs.add(name, rel, i, False)
            continue
        _read_markdown(rel, text, docs)
    return docs
