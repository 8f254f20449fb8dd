"""feature-flags: flags used in code are defined, described, owned and not past their expiry."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from deploycheck.checks.registry import check, failed, manual, not_applicable, passed, skipped, warned
from deploycheck.model import Finding, Location
from deploycheck.sources.codefacts import FlagUse, code_facts
from deploycheck.sources.envdocs import env_docs
from deploycheck.sources.flags import FlagDefinition, FlagDefinitions, flag_definitions
from deploycheck.sources.mentions import find_mentions, is_documentation

if TYPE_CHECKING:
    from deploycheck.context import Context

_ENV_PREFIXES = ("FEATURE_", "FF_", "FLAG_")
_DISTINCTIVE = re.compile(r"[a-z][A-Z]|[-_0-9]|^\w{8,}$")


def _candidates(use: FlagUse) -> list[str]:
    """Keys a definition may use for this flag: FEATURE_NEW_CHECKOUT ~ new-checkout ~ new_checkout."""
    if use.sdk != "env":
        return [use.key]
    bare = use.key
    for prefix in _ENV_PREFIXES:
        if bare.upper().startswith(prefix):
            bare = bare[len(prefix):]
            break
    low = bare.lower()
    return [use.key, bare, low, low.replace("_", "-")]


def _definition_for(use: FlagUse, defs: FlagDefinitions) -> FlagDefinition | None:
    return next((defs.flags[k] for k in _candidates(use) if k in defs.flags), None)


def _uses(ctx: Context) -> dict[str, list[FlagUse]]:
    out: dict[str, list[FlagUse]] = {}
    for use in ctx.use(code_facts).flags:
        if not use.test:
            out.setdefault(use.key, []).append(use)
    return out


@check(
    "feature-flags/defined",
    title="Flags used in code are defined with a description and an owner",
    severity="medium",
    needs=("source code", "flag definitions"),
    rationale="A flag nobody owns or explains is never removed; a flag with no definition has no safe default.",
    remediation="Define every flag in the flags file (flagd JSON or flags.yaml) with metadata.description and "
                "metadata.owner (and an expiry date).",
    references=("https://flagd.dev/reference/flag-definitions/", "https://openfeature.dev/"),
)
def defined(ctx: Context) -> Iterator[Finding]:
    facts = ctx.use(code_facts)
    defs = ctx.use(flag_definitions)
    for rel, message in defs.problems:
        yield failed(f"{rel}: {message}", Location(path=rel))
    uses = _uses(ctx)
    required = (ctx.config.section("feature_flags") or {}).get("required", True)
    if not uses and not defs.flags:
        if not facts.source_files:
            yield skipped("no source code to look for feature flags in")
        elif facts.flag_sdks:
            # An SDK whose keys the code computes (`ldClient.boolVariation(flagName, ...)`): flags are in use, but
            # which ones, and whether the flag service describes and owns them, the repository does not say.
            yield manual(f"the code uses {', '.join(sorted(facts.flag_sdks))} but writes no flag key at a call "
                         "(keys are computed): a reviewer should confirm each flag is described and owned where it "
                         "is defined", evidence={"sdks": sorted(facts.flag_sdks)})
        elif not required:
            yield not_applicable("feature_flags.required is false in the config")
        else:
            yield warned("no feature flag mechanism found: no OpenFeature/LaunchDarkly/Unleash/Flagsmith/GrowthBook "
                         "calls, no FEATURE_* variables, no flags file; the checklist asks for new features behind "
                         "flags", remediation="Put new features behind flags (OpenFeature with flagd, or a flags "
                         "file) so a release can be turned off without a rollback.")
        return
    docs = ctx.use(env_docs)
    problems = 0
    for key, places in sorted(uses.items()):
        use = places[0]
        where = Location(path=use.file, line=use.line)
        definition = _definition_for(use, defs)
        if definition is None:
            problems += 1
            if use.sdk == "env" and docs.documented(key):
                yield warned(f"flag variable {key} is documented as an env var but not defined in a flags file "
                             f"(no owner or expiry)", where)
            else:
                yield failed(f"flag {key!r} ({use.sdk}) is used but not defined in any flags file", where,
                             {"used_at": [f"{u.file}:{u.line}" for u in places[:5]], "flag_files": defs.files})
            continue
        missing = [name for name, value in (("description", definition.description), ("owner", definition.owner))
                   if not value]
        if missing:
            problems += 1
            yield failed(f"flag {definition.key!r} has no {' or '.join(missing)}",
                         Location(path=definition.file, line=definition.line))
    if not problems:
        yield passed(f"{len(uses)} flags used in code, all defined with description and owner",
                     evidence={"flags": sorted(uses), "flag_files": defs.files})


@check(
    "feature-flags/expiry",
    title="Feature flags are not past their declared expiry",
    severity="low",
    needs=("flag definitions",),
    rationale="Flags are debt: a flag past its removal date is a branch nobody tests any more.",
    remediation="Remove the flag (and the dead branch) or move its expiry date with a reason.",
)
def expiry(ctx: Context) -> Iterator[Finding]:
    defs = ctx.use(flag_definitions)
    if not defs.flags:
        yield not_applicable("no flag definitions")
        return
    today = dt.date.today()
    expired = 0
    for d in defs.flags.values():
        if d.expiry and d.expiry < today:
            expired += 1
            yield warned(f"flag {d.key!r} expired on {d.expiry.isoformat()}", Location(path=d.file, line=d.line))
        elif d.expiry_raw:
            yield warned(f"flag {d.key!r} has an unreadable expiry {d.expiry_raw!r} (use YYYY-MM-DD)",
                         Location(path=d.file, line=d.line))
    if not expired:
        dated = sum(1 for d in defs.flags.values() if d.expiry)
        yield passed(f"no flag past its expiry ({dated} of {len(defs.flags)} declare one)")


@check(
    "feature-flags/unused",
    title="Defined flags are still used",
    severity="low",
    needs=("source code", "flag definitions"),
    rationale="A defined flag no code reads is clutter that misleads whoever flips it.",
    remediation="Delete the definition, or the code that reads it was lost: find out which.",
)
def unused(ctx: Context) -> Iterator[Finding]:
    defs = ctx.use(flag_definitions)
    if not defs.flags:
        yield not_applicable("no flag definitions")
        return
    facts = ctx.use(code_facts)
    used: set[str] = set()
    for use in facts.flags:
        used.update(_candidates(use))
    stale = [d for key, d in defs.flags.items() if key not in used]
    # Flag keys evaluated from languages the code facts do not parse (C#, Kotlin, Rust, Ruby, PHP, ...)
    # or passed through wrappers: a key that appears quoted in any other file is not claimed unused.
    definition_files = set(defs.files)

    def skip(rel: str) -> bool:
        return rel in definition_files or is_documentation(rel)

    elsewhere = find_mentions(ctx, [d.key for d in stale], skip, quoted=True) if stale else {}
    # A distinctive key (camelCase, dashes, digits, 8+ letters) also counts as a bare word: a shell
    # `fetch_flag loadGeneratorVUs`, a comment naming the flag where it is evaluated.
    distinctive = [d.key for d in stale if d.key not in elsewhere and _DISTINCTIVE.search(d.key)]
    elsewhere.update(find_mentions(ctx, distinctive, skip) if distinctive else {})
    stale = [d for d in stale if d.key not in elsewhere]
    if stale and not facts.flags and not elsewhere:
        yield warned(f"{len(defs.flags)} flags are defined but no flag evaluation was recognised in the code",
                     Location(path=stale[0].file, line=stale[0].line), {"flags": sorted(defs.flags)})
        return
    for d in stale:
        yield warned(f"flag {d.key!r} is defined but not used in the code", Location(path=d.file, line=d.line))
    if not stale:
        yield passed(f"all {len(defs.flags)} defined flags are used",
                     evidence={"keys_found_outside_parsed_code": elsewhere} if elsewhere else None)
