"""Dependency update bots: Dependabot and Renovate configuration files (their documented locations)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from deploycheck.sources.files import parse_json

if TYPE_CHECKING:
    from deploycheck.context import Context

DEPENDABOT_FILES = (".github/dependabot.yml", ".github/dependabot.yaml")
RENOVATE_FILES = ("renovate.json", "renovate.json5", ".github/renovate.json", ".github/renovate.json5",
                  ".gitlab/renovate.json", ".gitlab/renovate.json5", ".renovaterc", ".renovaterc.json",
                  ".renovaterc.json5")


def update_bots(ctx: Context) -> list[tuple[str, str]]:
    """(bot, config file) for every configured bot."""
    present = set(ctx.files.files)
    found = [("dependabot", p) for p in DEPENDABOT_FILES if p in present]
    found += [("renovate", p) for p in RENOVATE_FILES if p in present]
    if "package.json" in present:
        try:
            package = parse_json(ctx.files.read_text("package.json") or "{}")
        except ValueError:
            package = {}
        if isinstance(package, dict) and "renovate" in package:
            found.append(("renovate", "package.json"))
    return found
