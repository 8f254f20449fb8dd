"""Plain manifests kept as Go templates that a deploy tool renders before applying them, read as YAML.

UKHomeOffice's `kd` (and gomplate, or a Makefile's `envsubst`-like Go program) applies files such as

    metadata:
      {{ if eq .KUBE_NAMESPACE .PROD_ENV }}
      name: app
      {{ else }}
      name: app-{{ .DRONE_SOURCE_BRANCH }}
      {{ end }}
    spec:
      ...
    {{ file .NGINX_SETTINGS | indent 12 }}

with the environment as data. Such a file is no YAML (`{{ if` at a mapping's key), so the plain-manifest reader
reported it unparsable and every check judged the repository without its objects (modern-slavery: no workloads,
no Ingress, so health-probes and ingress said "n/a"). Nothing here runs the template: the text is rewritten line for
line, keeping one branch of each `if`/`with` (the body of `range` once), dropping the other branches and the
lines a whole-line action would fill in (`{{ file ... | indent 12 }}`, `{{ toYaml ... }}`: content from elsewhere),
and writing each value action as `${NAME}` (the variable it reads), which the readers of images, secrets and
references already take for a value filled in at deploy time. One output line per input line, so findings point at
the template's own lines. Linear in the text (str.find, no regex over it).

Which branch: the data (which namespace, which environment) is not in the repository. A condition with an `else`
keeps the else: kd files name the odd environments in their conditions (production, a pull request's branch) and the
else is what every other environment gets, so reading every else gives one consistent variant across the files (the
first branches mixed them: a Service named for a branch, the Ingress that names it for production). A condition
without an else keeps its first branch: an optional block is read as switched on. What differs between branches (a
name, a replica count) is judged in the variant read only.
"""

from __future__ import annotations

# Action keywords that open a block (`{{ if ... }}` ... `{{ end }}`) and that switch its branch.
_OPENERS = ("if", "with", "range", "define", "block")
_MAX_DEPTH = 100  # deeper nesting is no manifest a person wrote; give up (the file stays unparsable)


def _keyword(action: str) -> str:
    """The first word of an action's body (`{{- else if .X -}}` -> "else"), "" for a value."""
    body = action[2:-2].strip().strip("-").strip()
    if body.startswith("/*"):
        return "comment"
    word = body.split(None, 1)[0] if body else ""
    return word if word in (*_OPENERS, "else", "end") else ""


def _variable(action: str) -> str:
    """The name a value action reads (`{{ .DRONE_SOURCE_BRANCH }}` -> DRONE_SOURCE_BRANCH, `{{ .Values.x.y }}` -> y),
    or VALUE when it names none."""
    body = action[2:-2].strip().strip("-").strip()
    for word in body.replace("(", " ").replace(")", " ").replace("|", " ").split():
        name = word.rsplit(".", 1)[-1] if word.startswith(("$.", ".")) else ""
        if name and all(c.isalnum() or c == "_" for c in name):
            return name
    return "VALUE"


def _tokens(text: str) -> list[tuple[bool, str]]:
    """The text cut into (is_action, piece): every `{{ ... }}` with its closing `}}`; a `{{` never closed is text."""
    out: list[tuple[bool, str]] = []
    at = 0
    while True:
        start = text.find("{{", at)
        if start < 0:
            break
        end = text.find("}}", start + 2)
        if end < 0:
            break
        if start > at:
            out.append((False, text[at:start]))
        out.append((True, text[start:end + 2]))
        at = end + 2
    if at < len(text):
        out.append((False, text[at:]))
    return out


def _bare_else(action: str) -> bool:
    return action[2:-2].strip().strip("-").strip() == "else"


def _chains_with_else(tokens: list[tuple[bool, str]]) -> set[int] | None:
    """The token positions of the openers whose block has a bare `{{ else }}`; None when the blocks do not close."""
    out: set[int] = set()
    stack: list[int] = []
    for i, (is_action, piece) in enumerate(tokens):
        if not is_action:
            continue
        word = _keyword(piece)
        if word in _OPENERS:
            if len(stack) >= _MAX_DEPTH:
                return None
            stack.append(i)
        elif word == "else":
            if not stack:
                return None
            if _bare_else(piece):
                out.add(stack[-1])
        elif word == "end":
            if not stack:
                return None
            stack.pop()
    return out if not stack else None


def render_one_variant(text: str) -> str | None:
    """The template's text with one branch of each condition kept (see the module's docstring), or None when it
    holds no action or its blocks do not close (no template this reader can follow)."""
    if "{{" not in text:
        return None
    tokens = _tokens(text)
    with_else = _chains_with_else(tokens)
    if with_else is None:
        return None
    lines_out: list[str] = []
    current: list[str] = []  # the kept pieces of the line being read
    has_text = False  # the line holds something besides actions and blanks
    stack: list[bool] = []  # per open block: whether the enclosing branch is kept
    kept = True

    def finish_line() -> None:
        nonlocal has_text
        line = "".join(current) if has_text else ""  # a line of actions only: a condition, or content from elsewhere
        lines_out.append(line if line.strip() else "")
        current.clear()
        has_text = False

    for position, (is_action, piece) in enumerate(tokens):
        if not is_action:
            for i, part in enumerate(piece.split("\n")):
                if i:
                    finish_line()
                has_text = has_text or bool(part.strip())
                if kept:
                    current.append(part)
            continue
        word = _keyword(piece)
        if word in _OPENERS:
            stack.append(kept)
            # the first branch is read unless the block has an else (then the else is), and a define's body is
            # written where it is used, not here
            kept = kept and word != "define" and position not in with_else
        elif word == "else":
            kept = stack[-1] and _bare_else(piece)
        elif word == "end":
            kept = stack.pop()
        elif word != "comment" and kept:
            current.append("${" + _variable(piece) + "}")
        for _ in range(piece.count("\n")):  # an action over several lines: keep the line count
            finish_line()
    finish_line()
    return "\n".join(lines_out)
