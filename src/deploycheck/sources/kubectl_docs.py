"""What the repository's own instructions do by hand, read from `kubectl` commands in Markdown and shell
scripts: the objects they create (`kubectl create secret generic cloud-sql-admin --from-file=...`: a
workload referencing such an object relies on a documented external object, a known decision, not a gap in
the manifests) and the directories they apply whole (`kubectl apply -f deploy/`: every file in it is
applied together, so two files there declaring one object do conflict).

Only read: the commands are never run. Shell variables are expanded only from plain literal assignments in
the same file (`KSA_NAME="boa-ksa"`); a name that stays a variable is not taken.
"""

from __future__ import annotations

import posixpath
import re
import shlex
from dataclasses import dataclass
from typing import TYPE_CHECKING

from deploycheck.lazy_re import deferred

if TYPE_CHECKING:
    from deploycheck.context import Context

DOC_PATTERNS = ("*.md", "*.markdown", "*.rst", "*.txt", "*.sh", "*.bash", "Makefile", "*.mk")
KINDS = {"secret": "Secret", "secrets": "Secret", "configmap": "ConfigMap", "configmaps": "ConfigMap",
         "cm": "ConfigMap", "serviceaccount": "ServiceAccount", "serviceaccounts": "ServiceAccount",
         "sa": "ServiceAccount"}
# kubectl options that take a value as the next word (the rest are flags or --opt=value).
VALUED = frozenset({"-n", "--namespace", "--context", "--kubeconfig", "--cluster", "--user", "-o", "--output",
                    "--from-literal", "--from-file", "--from-env-file", "--type", "--cert", "--key",
                    "--docker-server", "--docker-username", "--docker-password", "--docker-email"})
ASSIGN = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=([\"']?)([A-Za-z0-9_.:/@-]*)\2\s*$")
VAR = re.compile(r"\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?")
MAX_FILE_CHARS = 500_000  # instructions are short; a huge text file is not read for this
# What makes shlex.split (posix, comments=True) more than a split at its blanks (shlex's whitespace, " \t\r\n"):
# quotes, the escape and the comment sign. Most command lines hold none of them, and shlex's reader goes through
# them a character at a time in Python (~3 % of a corpus scan for 245 lines).
_SHELL_SYNTAX = re.compile(r"[\"'\\#]")
_BLANKS = re.compile(r"[ \t\r\n]+")


def _commands(text: str) -> list[tuple[int, str]]:
    """(line number, logical line) with backslash continuations joined, of the lines that can matter to the readers
    below: an assignment holds "=", a command names kubectl (both skip every other line; a README's prose was most
    of the lines and of their time)."""
    lines = text.splitlines()
    if "\\" not in text:  # no continuation: one logical line per line (most files)
        return [(number, line.rstrip()) for number, line in enumerate(lines, 1) if "kubectl" in line or "=" in line]
    out: list[tuple[int, str]] = []
    start, parts = 0, list[str]()
    for number, line in enumerate(lines, 1):
        stripped = line.rstrip()
        if stripped.endswith("\\"):
            if not parts:
                start = number
            parts.append(stripped[:-1])
            continue
        if parts:
            parts.append(stripped)
            joined, parts = " ".join(parts), []
        else:
            start, joined = number, stripped
        if "kubectl" in joined or "=" in joined:
            out.append((start, joined))
    if parts:
        joined = " ".join(parts)
        if "kubectl" in joined or "=" in joined:
            out.append((start, joined))
    return out


def shell_words(text: str) -> list[str]:
    """The words a POSIX shell reads in `text` (shlex.split with comments), or its blank-separated words when shlex
    cannot read it (an unclosed quote)."""
    if _SHELL_SYNTAX.search(text) is None:
        return [word for word in _BLANKS.split(text) if word]  # shlex.split's own answer (tests hold that)
    try:
        return shlex.split(text, comments=True)
    except ValueError:
        return text.split()


def created_by(command: str, variables: dict[str, str]) -> tuple[str, str] | None:
    """(Kind, name) that one `kubectl create <type> ...` command line makes, or None."""
    at = command.find("kubectl ")
    if at < 0:
        return None
    rest = re.split(r"\||;|&&|>|<", command[at + len("kubectl "):], maxsplit=1)[0]
    words = shell_words(rest)
    positional: list[str] = []
    skip = False
    for word in words:
        if skip:
            skip = False
        elif word.startswith("-"):
            skip = word in VALUED
        else:
            positional.append(word)
    if len(positional) < 3 or positional[0] != "create" or positional[1].lower() not in KINDS:
        return None
    kind = KINDS[positional[1].lower()]
    names = positional[3:] if kind == "Secret" else positional[2:]  # secret generic|tls|docker-registry NAME
    if not names:
        return None
    name = VAR.sub(lambda m: variables.get(m.group(1), m.group(0)), names[0])
    if "$" in name or not re.fullmatch(r"[a-z0-9]([-a-z0-9.]*[a-z0-9])?", name):
        return None  # a variable we cannot resolve, or a placeholder such as <your-secret>
    return kind, name


def kubectl_documents(ctx: Context) -> dict[str, list[tuple[int, str]]]:
    """The logical lines (see _commands) of each doc or script that mentions kubectl, split once for the
    run: both readers below go through them."""
    out: dict[str, list[tuple[int, str]]] = {}
    for rel in sorted(ctx.all_files.glob(*DOC_PATTERNS)):
        text = ctx.all_files.read_text_containing(rel, ("kubectl",))  # the others are not decoded nor kept
        if text and len(text) <= MAX_FILE_CHARS:
            out[rel] = _commands(text)
    return out


def documented_objects(ctx: Context) -> dict[tuple[str, str], str]:
    """(Kind, name) -> "file:line" of each object the repository's docs, scripts and CI jobs create with kubectl."""
    from deploycheck.sources.ci import ci_files

    found: dict[tuple[str, str], str] = {}
    # CI jobs are the repository's own steps too: metrics-server's chart test creates the Secret its
    # ci/tls-existingSecret-values.yaml names with `kubectl create secret generic` before `ct install`
    in_ci = {ci.path: _commands(ci.text) for ci in ctx.use(ci_files)
             if "kubectl" in ci.text and len(ci.text) <= MAX_FILE_CHARS}
    for rel, commands in [*ctx.use(kubectl_documents).items(), *in_ci.items()]:
        variables: dict[str, str] = {}
        for number, line in commands:
            assigned = ASSIGN.match(line) if "=" in line else None
            if assigned:
                variables[assigned.group(1)] = assigned.group(3)
                continue
            if "kubectl" in line and "create" in line:
                made = created_by(line, variables)
                if made is not None:
                    found.setdefault(made, f"{rel}:{number}")
    return found


_MANIFEST_SUFFIXES = (".yaml", ".yml", ".json")


def applied_directories(ctx: Context) -> set[str]:
    """Directories (relative to the root, "" for the root) that a documented `kubectl apply|create -f DIR`
    applies as a whole. A relative DIR is taken both from the document's folder and from the root."""
    found: set[str] = set()
    for rel, commands in ctx.use(kubectl_documents).items():
        here = rel.rsplit("/", 1)[0] if "/" in rel else ""
        for _, line in commands:
            at = line.find("kubectl ")
            if at < 0 or not re.search(r"\b(apply|create|replace)\b", line):
                continue
            words = line[at:].split()
            for i, word in enumerate(words):
                target = None
                if word in ("-f", "--filename") and i + 1 < len(words):
                    target = words[i + 1]
                elif word.startswith(("-f=", "--filename=")):
                    target = word.split("=", 1)[1]
                target = (target or "").strip("'\"`,;)")
                if not target or target == "-" or "://" in target or "$" in target or "<" in target \
                        or target.lower().endswith(_MANIFEST_SUFFIXES):
                    continue
                for base in {"", here}:
                    folder = posixpath.normpath(posixpath.join(base, target))
                    if not folder.startswith(".."):
                        found.add("" if folder == "." else folder)
    return found


# --- the namespace deploy jobs apply plain manifests into -------------------------------------------------------------

@dataclass(frozen=True)
class KubectlApply:
    """One `kubectl apply|create|replace -f TARGET` of a CI job or deploy script, with the namespace it passes."""

    file: str
    line: int
    target: str  # relative to the root, normalised; "" for the root
    namespace: str  # as written (`${KUBE_NAMESPACE}`), "" when the command passes none
    recursive: bool


# `cat deployments/templates/deployment.yml | envsubst > deployments/deployment.yml` and `envsubst < SRC > DST`
# (find-moj-data's deploy job): the applied folder holds the template's rendering, not the template. Bounded,
# whitespace-free paths: linear.
_ENVSUBST_CAT = deferred(
    "_ENVSUBST_CAT", r"\bcat\s+([^\s|<>;&]{1,300})\s*\|\s*envsubst\b[^|<>\n;&]{0,300}>\s*([^\s|<>;&]{1,300})")
_ENVSUBST_IN = deferred(
    "_ENVSUBST_IN", r"\benvsubst\b[^|<>\n;&]{0,300}<\s*([^\s|<>;&]{1,300})\s*>\s*([^\s|<>;&]{1,300})")
_APPLY_VERB = re.compile(r"\bkubectl\b[^\n|;&]{0,300}?\b(apply|create|replace)\b")


def _path(word: str) -> str | None:
    """A relative path as the root sees it, or None for a URL, stdin, a variable or a path leaving the root."""
    word = word.strip("'\"`,;)")
    if not word or word == "-" or "://" in word or "$" in word or "<" in word or word.startswith("/"):
        return None
    folder = posixpath.normpath(word)
    return None if folder.startswith("..") else ("" if folder == "." else folder)


def _apply_of(rel: str, number: int, line: str) -> list[KubectlApply]:
    # one shell command at a time: `kubectl apply -f k8s/ && helm install x ./x -n web` passes no namespace to kubectl
    return [found for command in re.split(r"&&|\|\||[|;]", line) for found in _one_apply(rel, number, command)]


def _one_apply(rel: str, number: int, line: str) -> list[KubectlApply]:
    verb = _APPLY_VERB.search(line) if "kubectl" in line else None
    if verb is None:
        return []
    namespace, targets, recursive = _apply_options(line[line.find("kubectl", 0, verb.end()):].split())
    return [KubectlApply(rel, number, path, namespace.strip("'\""), recursive)
            for path in (_path(t) for t in targets) if path is not None]


def _apply_options(words: list[str]) -> tuple[str, list[str], bool]:
    """(namespace as written or "", the -f targets, -R) of one kubectl command's words."""
    namespace, targets, recursive = "", [], False
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else ""
        if word in ("-n", "--namespace"):
            namespace = following
        elif word.startswith(("--namespace=", "-n=")):
            namespace = word.split("=", 1)[1]
        elif word in ("-f", "--filename"):
            targets.append(following)
        elif word.startswith(("-f=", "--filename=")):
            targets.append(word.split("=", 1)[1])
        elif word in ("-R", "--recursive"):
            recursive = True
    return namespace, targets, recursive


# UKHomeOffice's kd (github.com/UKHomeOffice/kd) renders and applies `-f FILE|DIR` into the namespace of its
# `--namespace` flag, which defaults to $KUBE_NAMESPACE (modern-slavery's bin/deploy.sh: `export KUBE_NAMESPACE=$1`,
# `kd='kd --timeout 10m --check-interval 5s'`, `$kd -f kube/redis -f kube/app`). The scripts call it by name or
# through a variable holding the command. Bounded names, anchored lines: linear.
_KD_ALIAS = deferred("_KD_ALIAS", r"^[ \t]*(?:export[ \t]+)?([A-Za-z_]\w{0,60})=[\"']?kd(?=[ \t\"']|$)", re.M)
_KUBE_NAMESPACE_SET = deferred("_KUBE_NAMESPACE_SET", r"\bKUBE_NAMESPACE[ \t]*[=:]")


def _kd_applies(rel: str, text: str) -> list[KubectlApply]:
    """The kd commands of a script or CI file that apply files (not `--delete` them), as KubectlApply."""
    names = {"kd", *(f"${alias}" for alias in _KD_ALIAS.findall(text)),
             *(f"${{{alias}}}" for alias in _KD_ALIAS.findall(text))}
    environment_namespace = "${KUBE_NAMESPACE}" if _KUBE_NAMESPACE_SET.search(text) else ""
    out: list[KubectlApply] = []
    for number, line in enumerate(text.splitlines(), 1):
        if len(line) > 4000 or "-f" not in line:
            continue
        for command in re.split(r"&&|\|\||[|;]", line):
            words = command.split()
            if not words or words[0].strip("'\"") not in names or "--delete" in words:
                continue
            namespace, targets = environment_namespace, []
            for i, word in enumerate(words):
                following = words[i + 1] if i + 1 < len(words) else ""
                if word in ("-f", "--file"):
                    targets.append(following)
                elif word.startswith(("-f=", "--file=")):
                    targets.append(word.split("=", 1)[1])
                elif word == "--namespace":
                    namespace = following
                elif word.startswith("--namespace="):
                    namespace = word.split("=", 1)[1]
            out += [KubectlApply(rel, number, path, namespace.strip("'\""), False)
                    for path in (_path(t) for t in targets) if path is not None]
    return out


def kubectl_applies(ctx: Context) -> tuple[list[KubectlApply], dict[str, str]]:
    """The `kubectl apply -f` commands of the CI files and deploy scripts (scripts, Makefiles), and the envsubst
    renderings they write (rendered file -> template), paths taken from the repository root (where a CI job runs).
    Files are read, never run."""
    from deploycheck.sources.ci import CI_GLOBS

    applies: list[KubectlApply] = []
    rendered: dict[str, str] = {}
    sources = sorted({*ctx.files.glob(*CI_GLOBS), *ctx.files.glob("*.sh", "*.bash", "Makefile", "*.mk")})
    for rel in sources:
        text = ctx.files.read_text(rel)
        if not text or len(text) > MAX_FILE_CHARS:
            continue
        if "kd" in text:
            applies += _kd_applies(rel, text)
        if "kubectl" not in text:
            continue
        for number, line in _commands(text):
            if len(line) > 4000:
                continue
            applies += _apply_of(rel, number, line)
        for pattern in (_ENVSUBST_CAT, _ENVSUBST_IN) if "envsubst" in text else ():
            for m in pattern.finditer(text):
                source, target = _path(m.group(1)), _path(m.group(2))
                if source is not None and target:
                    rendered[target] = source
    return applies, rendered


# A file of a GitHub repository by its raw address (`https://raw.githubusercontent.com/OWNER/REPO/REF/PATH`, or
# `https://github.com/OWNER/REPO/raw|blob/REF/PATH`): the path inside the repository is the last group. Bounded,
# slash-free parts: linear.
_REPOSITORY_FILE_URL = deferred(
    "_REPOSITORY_FILE_URL",
    r"https://(?:raw\.githubusercontent\.com/[^/\s]{1,100}/[^/\s]{1,100}/[^/\s]{1,200}|"
    r"github\.com/[^/\s]{1,100}/[^/\s]{1,100}/(?:raw|blob)/[^/\s]{1,200})/([^\s?#<>$]{1,500})")
_PROSE_DOCS = ("*.md", "*.markdown", "*.rst")


def documented_url_applies(ctx: Context) -> list[KubectlApply]:
    """The install steps of the repository's documentation that apply one of its own files by its raw GitHub address
    (argocd-image-updater's docs/install/installation.md: `kubectl apply -n argocd -f
    https://raw.githubusercontent.com/argoproj-labs/argocd-image-updater/stable/config/install.yaml`), as applies of
    that path. A URL whose path the repository does not hold (another project's manifest) is not taken."""
    files = set(ctx.files.files)
    prose = set(ctx.all_files.glob(*_PROSE_DOCS))
    out: list[KubectlApply] = []
    for rel, commands in ctx.use(kubectl_documents).items():
        if rel not in prose:
            continue
        for number, line in commands:
            if "://" not in line or len(line) > 4000:
                continue
            for command in re.split(r"&&|\|\||[|;]", line):
                verb = _APPLY_VERB.search(command) if "kubectl" in command else None
                if verb is None:
                    continue
                namespace, targets, _ = _apply_options(command[command.find("kubectl", 0, verb.end()):].split())
                for target in targets:
                    m = _REPOSITORY_FILE_URL.fullmatch(target.strip("'\"`,;)"))
                    path = posixpath.normpath(m.group(1)) if m else ""
                    if path in files:
                        out.append(KubectlApply(rel, number, path, namespace.strip("'\""), False))
    return out


def applies_of(path: str, applies: list[KubectlApply], rendered: dict[str, str]) -> list[KubectlApply]:
    """The commands that apply the manifest at `path`: naming it, its folder (a sub-folder with -R), or the folder of
    a rendering made from it."""
    return ApplyIndex(applies, rendered).of(path)


class ApplyIndex:
    """applies_of for many manifests: the commands by target and the renderings by template, indexed once. Comparing
    each manifest with every command was quadratic (2,000 objects against 2,000 commands: 1.8 s)."""

    def __init__(self, applies: list[KubectlApply], rendered: dict[str, str]) -> None:
        self.applies = applies
        self.by_target: dict[str, list[int]] = {}
        self.recursive: dict[str, list[int]] = {}  # -R: a file anywhere under the target
        for i, apply in enumerate(applies):
            self.by_target.setdefault(apply.target, []).append(i)
            if apply.recursive:
                self.recursive.setdefault(apply.target, []).append(i)
        self.renderings: dict[str, list[str]] = {}
        for target, source in rendered.items():
            self.renderings.setdefault(source, []).append(target)

    def of(self, path: str) -> list[KubectlApply]:
        """applies_of(path, ...), in the order of the commands."""
        hits: set[int] = set()
        for copy in [path, *self.renderings.get(path, [])]:
            hits.update(self.by_target.get(copy, ()))
            hits.update(self.by_target.get(posixpath.dirname(copy), ()))
            hits.update(self.recursive.get("", ()))
            parts = copy.split("/")
            for k in range(1, len(parts)):  # every folder the file is under (`target + "/"` starts its path)
                hits.update(self.recursive.get("/".join(parts[:k]), ()))
        return [self.applies[i] for i in sorted(hits)]
