"""Makefiles as text: their rules (target -> prerequisites and recipe) and simple variables.

A source: read by registry/ci-push (which target of a CI `make` call pushes an image) and by dockerfile/layer-caching
(what a `RUN make build` in an image runs). Make is never run: a Makefile of the scanned repository is hostile text.
Written by hand because no maintained Python library parses GNU make; only what those checks need is read (rules,
`$(VAR)`/`${VAR}` of simple `NAME = value` assignments), never functions, includes or conditionals.
"""

from __future__ import annotations

import re

from deploycheck.lazy_re import deferred
from deploycheck.line_numbers import line_at

MAKE_RULE = deferred("MAKE_RULE",   # `target other: prerequisites` and its tab-indented recipe
    r"^([A-Za-z0-9][\w.-]*(?:[ \t]+[A-Za-z0-9][\w.-]*)*)[ \t]*:(?!=)([^\n]*)\n((?:\t[^\n]*\n?)*)", re.M)
# `$(services_push): %.docker.push: %`: a (static pattern) rule whose targets are one variable's value.
MAKE_VARIABLE_RULE = deferred("MAKE_VARIABLE_RULE",
    r"^(\$\([A-Za-z_][A-Za-z0-9_]*\))[ \t]*:(?!=)([^\n]*)\n((?:\t[^\n]*\n?)*)", re.M)
MAKE_VARIABLE = deferred("MAKE_VARIABLE", r"^([A-Za-z_][A-Za-z0-9_]*)[ \t]*(?:\?|:{1,2}|)=[ \t]*([^\n#]*)", re.M)
MAKE_REFERENCE = deferred("MAKE_REFERENCE", r"\$\(([A-Za-z_][A-Za-z0-9_]*)\)|\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
MAKEFILE_NAMES = ("GNUmakefile", "makefile", "Makefile")
# References are replaced by their values while the text grows by at most this much in all: a crafted Makefile of a
# 10 KB value and 10,000 `$(V)` made a 100 MB recipe out of 50 KB (a 10 MB one: terabytes). Later references stay as
# written, as an unknown variable's do. Real Makefiles grow by a few KB.
MAX_EXPANSION = 1_000_000


def expand(text: str, variables: dict[str, str], budget: list[int] | None = None) -> str:
    """`text` with `$(NAME)`/`${NAME}` of the simple `variables` replaced by their values (not again inside the
    values), within `budget` (a one-item list shared by the calls for one file; MAX_EXPANSION when None)."""
    left = budget if budget is not None else [MAX_EXPANSION]

    def value(ref: re.Match[str]) -> str:
        found = variables.get(ref.group(1) or ref.group(2))
        if found is None or len(found) > left[0]:
            return ref.group(0)
        left[0] -= len(found)
        return found

    return MAKE_REFERENCE.sub(value, text)


def make_rules(make: str) -> dict[str, tuple[str, str, int]]:
    """A Makefile's rules: target -> (prerequisites, recipe with simple variables substituted, line). A static
    pattern rule over a variable (`$(services_push): %.docker.push: %`) is kept under the variable's own text, which
    is how a rule naming it as a prerequisite (`push: $(services_push)`) spells it."""
    # `DOCKER ?= docker` ... `$(DOCKER) push` (hotrod's push-docker target): recipes read with the
    # Makefile's simple variables substituted
    variables = {m.group(1): m.group(2).strip() for m in MAKE_VARIABLE.finditer(make)}
    budget = [MAX_EXPANSION]
    rules: dict[str, tuple[str, str, int]] = {}
    for m in (*MAKE_RULE.finditer(make), *(MAKE_VARIABLE_RULE.finditer(make) if "$(" in make else ())):
        # `target: prerequisites; recipe`: a `;` ends the prerequisites and starts a recipe line (GNU make)
        prereqs, _, inline = m.group(2).partition(";")
        recipe = expand(inline + "\n" + m.group(3), variables, budget)
        for target in m.group(1).split():
            rules.setdefault(target, (prereqs, recipe, line_at(make, m.start())))
    return rules


def target_recipes(rules: dict[str, tuple[str, str, int]], target: str, limit: int = 20) -> list[tuple[str, str]]:
    """(target, recipe) of `target` and the prerequisites make builds before it, breadth first, at most `limit`
    rules (a crafted Makefile's long prerequisite chains stay bounded)."""
    out: list[tuple[str, str]] = []
    seen = {target}
    todo = [target]
    while todo and len(out) < limit:
        name = todo.pop(0)
        if name not in rules:
            continue
        prereqs, recipe, _ = rules[name]
        out.append((name, recipe))
        for p in prereqs.split()[:limit]:
            if p not in seen:
                seen.add(p)
                todo.append(p)
    return out
