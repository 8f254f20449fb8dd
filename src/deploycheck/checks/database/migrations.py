"""Database section: migration scripts (present, consistent, reversible) and schema-change safety."""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from deploycheck.checks.database import no_database_reason
from deploycheck.checks.registry import check, errored, failed, manual, not_applicable, passed, skipped, warned
from deploycheck.model import Finding, Location
from deploycheck.sources.migrations import (
    DARWIN,
    DESTRUCTIVE,
    DJANGO,
    RISKS,
    MigrationTree,
    database_usage,
    django_image_built_database,
    go_relational_code_for_tests_only,
    migration_trees,
    python_drivers_for_installed_programs,
)

if TYPE_CHECKING:
    from deploycheck.context import Context

SQUAWK = "https://squawkhq.com/docs/rules"


def without_trees(ctx: Context) -> Finding:
    """The finding of a migration check when there is no tree: n/a without a database, else skipped."""
    reason = no_database_reason(ctx)
    return not_applicable(reason) if reason else skipped("no migration tree found (see migration-scripts/tree)")


def _tree_where(tree: MigrationTree) -> Location:
    return Location(path=tree.location)


@check(
    "migration-scripts/tree",
    title="A database in use has a migration tool and tree",
    severity="high",
    needs=("dependency manifests", "code", "manifests"),
    rationale="Schema changes applied by hand are not reviewed, not repeatable and cannot be rolled back.",
    remediation="Manage the schema with a migration tool (Alembic, Django migrations, Flyway, golang-migrate, Rails, "
                "Liquibase) and commit the migration scripts with the code that needs them.",
)
def tree_present(ctx: Context) -> Iterator[Finding]:
    reason = no_database_reason(ctx)
    if reason:
        yield not_applicable(reason)
        return
    trees = ctx.use(migration_trees).trees
    if not trees:
        usage = ctx.use(database_usage)
        shown = "; ".join(f"{what} ({where})" for what, where in usage.evidence[:4]) or "database.engine in config"
        engine = (ctx.config.section("database") or {}).get("engine")
        if not engine and usage.evidence and all(what.startswith("database container ") for what, _ in usage.evidence):
            # Only a database server runs here (kubernetes/examples' MySQL example): no code or setting of
            # the repository connects to it, so whether its schema is owned here cannot be told. Not a pass.
            yield skipped(f"a database server runs here ({shown}) but no code or setting in the repository uses it "
                          "(no driver dependency, no connection setting): if its schema is owned here, set "
                          "database.engine in the config", Location(path=usage.evidence[0][1]))
            return
        if not engine and usage.document_only:
            # MongoDB has no schema to migrate: collections appear on the first write. Reshaping documents between
            # releases is the code's business (or migrate-mongo's); nothing here for a schema migration tool.
            yield not_applicable(f"only a document database is in use ({shown}): no schema for a migration tool to "
                                 "manage", Location(path=usage.evidence[0][1]))
            return
        test_only = go_relational_code_for_tests_only(ctx) if not engine else []
        if test_only:
            # the relational repository is an alternative the tests exercise (against a compose MySQL); the deployed
            # service never constructs it, so its schema is nobody's production schema
            yield not_applicable(f"the relational database code ({', '.join(test_only[:3])}) is used by tests only: no "
                                 "code outside the tests names its functions or types, so the deployed service opens "
                                 f"no relational database (evidence read: {shown})", Location(path=test_only[0]))
            return
        installed = python_drivers_for_installed_programs(ctx) if not engine else []
        if installed:
            # the schema is the installed program's (it may migrate it itself): whether any is owned here cannot be
            # told, so skipped, never a pass
            yield skipped(f"the database driver of {', '.join(installed[:3])} is installed for a program the image "
                          f"installs: no Python code of the repository imports a database module ({shown}); that "
                          "program owns its schema. If a schema is owned here, set database.engine in the config",
                          Location(path=installed[0]))
            return
        server = _database_server_image(ctx) if not engine else None
        if server:
            # The repository builds the database server's own image (FROM postgres: an HA agent such as Patroni,
            # a backup or proxy sidecar baked in): its driver administers the server it ships, and no application
            # schema is in sight. Whether one is owned here cannot be told: skipped, never a pass.
            yield skipped(f"the service's image is the database server itself ({server}); its database driver "
                          f"({shown}) administers that server, and no application schema is in sight: if one is "
                          "owned here, set database.engine in the config", Location(path=server.split(" ")[0]))
            return
        recreated = _schema_recreated_at_start(ctx, usage.relational_manifests) if not engine else None
        if recreated:
            # Hibernate drops and creates the schema at every start (skywalking-showcase's songs service: `ddl-auto:
            # create` over an in-memory H2 or the demo's PostgreSQL): no schema outlives a restart for a migration
            # tool to move on. Whether a kept schema is owned here cannot be told: skipped, never a pass.
            yield skipped(f"the service's schema is dropped and created at every start ({recreated}), so none is kept "
                          f"for a migration tool to manage ({shown}); if the data must outlive a restart, set ddl-auto "
                          "to validate or none and commit a migration tree", Location(path=recreated.split(" ")[0]))
            return
        yield failed(f"the service uses a database ({shown}) but no migration tree was found",
                     Location(path=usage.evidence[0][1]) if usage.evidence else None,
                     {"evidence": [list(e) for e in usage.evidence[:10]]})
        return
    for manifest, unit in _images_without_tree(ctx, trees):
        yield failed(f"{manifest} declares a relational database driver, but no migration tree is in the folder of "
                     f"its image ({unit}/, its own Dockerfile's folder or build context); the trees found belong to "
                     f"other images ({', '.join(t.location for t in trees[:3])})", Location(path=manifest),
                     {"trees": [t.location for t in trees]})
    for tree in trees:
        heads = ", ".join(sorted(tree.heads)) or "none"
        yield passed(f"{tree.tool} tree {tree.location}: {len(tree.migrations)} migrations, head {heads}",
                     _tree_where(tree), {"tool": tree.tool, "migrations": len(tree.migrations),
                                         "heads": sorted(tree.heads)})


# `spring.jpa.hibernate.ddl-auto: create` (YAML nesting or a properties key), `hibernate.hbm2ddl.auto=create-drop`
_DDL_AUTO = re.compile(r"\b(?:ddl-auto|hbm2ddl\.auto)[\"']?[ \t]*[:=][ \t]*[\"']?([\w-]{1,20})")
_SPRING_SETTINGS = re.compile(r"(?:^|/)application(?:-[\w.-]{1,60})?\.(?:ya?ml|properties)$")
_JVM_BUILDS = ("pom.xml", "build.gradle", "build.gradle.kts")


def _schema_recreated_at_start(ctx: Context, relational_manifests: list[str]) -> str | None:
    """'file (ddl-auto: create)' when every Spring settings file that sets Hibernate's ddl-auto sets create or
    create-drop (the schema is dropped and made again at each start), and every relational dependency manifest is a
    JVM build of a folder holding such a file; None otherwise (a profile with `validate`, `update` or `none`, or
    another program's driver)."""
    found: list[tuple[str, str]] = []
    for rel in ctx.files.files:
        if not _SPRING_SETTINGS.search(rel):
            continue
        for match in _DDL_AUTO.finditer(ctx.files.read_text(rel) or ""):
            found.append((rel, match.group(1).lower()))
    if not found or any(mode not in ("create", "create-drop") for _, mode in found):
        return None
    for manifest in relational_manifests:
        folder, _, name = manifest.rpartition("/")
        if name not in _JVM_BUILDS or not any(rel.startswith(f"{folder}/") or not folder for rel, _ in found):
            return None
    return f"{found[0][0]} (ddl-auto: {found[0][1]})"


def _deployed_binaries(ctx: Context) -> list[str]:
    from deploycheck.sources.cargo import cargo_deployment

    found = ctx.use(cargo_deployment)
    return found.binaries if found else []


def _trees_outside_deployed_crates(ctx: Context, trees: list[MigrationTree]) -> list[tuple[MigrationTree, str]]:
    """The trees that sit in a crate of the Cargo workspace the deployed binary does not depend on, with that crate's
    folder: atuin's Dockerfile builds `cargo build --release --bin atuin-server`, whose path dependencies never reach
    crates/atuin-client or crates/atuin-ai (atuin-client is a dev-dependency only), whose SQLite migrations run in the
    command-line client on users' machines. Only when a tree of a deployed crate remains judged (else nothing is
    left out: a wrong dependency reading must not leave the item without a tree)."""
    from deploycheck.sources.cargo import cargo_deployment

    found = ctx.use(cargo_deployment)
    if found is None:
        return []
    outside: list[tuple[MigrationTree, str]] = []
    inside = 0
    for tree in trees:
        crate = found.crate_of(tree.location)
        if crate is None or crate in found.deployed:
            inside += 1
        else:
            outside.append((tree, crate))
    return outside if inside else []


def _database_server_image(ctx: Context) -> str | None:
    """'Dockerfile (FROM postgres:16)' when every deployed Dockerfile builds on a relational database server's
    image, else None."""
    from deploycheck.sources.datastores import DB_IMAGES
    from deploycheck.sources.dockerfile import dockerfiles

    files = ctx.use(dockerfiles).files
    found = []
    for df in files:
        servers = [b for b in df.deployed_bases() if DB_IMAGES.search(b) and "mongo" not in b.lower()]
        if not servers:
            return None
        found.append(f"{df.path} (FROM {servers[0]})")
    return ", ".join(found) if found else None


def _images_without_tree(ctx: Context, trees: list[MigrationTree]) -> list[tuple[str, str]]:
    """(manifest, image folder) for each dependency manifest with a relational driver that sits in the folder of an
    image (a directory with its own Dockerfile, or the build context of a Dockerfile kept elsewhere) holding no
    migration tree, while the trees found are in other images'
    folders: a monorepo where one service migrates its schema does not make the other's database migrated. Nothing
    is claimed when a tree lies outside every image's folder (a shared tree any image may run) or an image is built
    at the root (its folder holds every tree), nor for a manifest outside every image's folder."""
    from deploycheck.sources.dockerfile import DOCKERFILE_GLOBS, build_declarations

    # an image's folder is its Dockerfile's, or its build context when the Dockerfile lives elsewhere
    # (`docker/users.Dockerfile` built with context `services/users`: the users service's code is that folder)
    contexts = {d.context for d in ctx.use(build_declarations)
                if d.context and not d.dockerfile.startswith(f"{d.context}/")}
    images = sorted({rel.rpartition("/")[0] for rel in ctx.files.glob(*DOCKERFILE_GLOBS)} | contexts,
                    key=len, reverse=True)

    def image_of(path: str) -> str | None:
        return next((d for d in images if d and path.startswith(f"{d}/")), None)

    if "" in images:
        return []
    # a tree's folder and its migrations' (one Liquibase tree gathers the changelogs of every module: yas' cart,
    # customer, order and product each hold theirs)
    tree_images = [image_of(path) for t in trees
                   for path in (f"{t.location.rstrip('/')}/", *(m.path for m in t.migrations))]
    if any(d is None for d in tree_images):
        return []
    covered = {d for d in tree_images if d is not None}
    out = []
    for manifest in ctx.use(database_usage).relational_manifests:
        image = image_of(manifest)
        if image is not None and not any(d == image or d.startswith(f"{image}/") or image.startswith(f"{d}/")
                                         for d in covered):
            out.append((manifest, image))
    return out


@check(
    "migration-scripts/chain",
    title="The migration chain is consistent (one head, no duplicates, no gaps, no cycles)",
    severity="high",
    needs=("a migration tree",),
    rationale="A broken chain stops `upgrade` at deploy time: two heads, a missing parent or a cycle means "
              "the tool cannot decide what to run.",
    remediation="Fix the revision ids named in the finding: merge heads (`alembic merge heads`, "
                "`makemigrations --merge`), restore the missing parent, or break the cycle.",
)
def chain(ctx: Context) -> Iterator[Finding]:
    trees = ctx.use(migration_trees).trees
    if not trees:
        yield without_trees(ctx)
        return
    for tree in trees:
        problems = [p for p in tree.problems if p.kind != "sql"]
        for problem in problems:
            report = errored if problem.kind in ("syntax", "read") else failed
            yield report(f"{tree.tool}: {problem.path}: {problem.message}", Location(path=problem.path,
                                                                                     line=problem.line))
        if not problems:
            yield passed(f"{tree.tool} tree {tree.location}: {len(tree.migrations)} migrations in one consistent "
                         f"chain (head {', '.join(sorted(tree.heads)) or 'none'})", _tree_where(tree))


def reversibility_findings(ctx: Context) -> Iterator[Finding]:
    """Shared by migration-scripts/reversible and rollback-plan/migrations-reversible."""
    trees = ctx.use(migration_trees).trees
    if not trees:
        yield without_trees(ctx)
        return
    outside = _trees_outside_deployed_crates(ctx, trees)
    for tree, crate in outside:
        yield not_applicable(f"{tree.tool} tree {tree.location} belongs to the crate {crate}, which the deployed "
                             f"binary does not depend on (the image builds {', '.join(_deployed_binaries(ctx))})",
                             _tree_where(tree))
    left_out = {id(tree) for tree, _ in outside}
    for tree in trees:
        if id(tree) in left_out:
            continue
        irreversible = [m for m in tree.migrations if m.reversible is False]
        unknown = [m for m in tree.migrations if m.reversible is None]
        for m in irreversible:
            yield failed(f"{tree.tool} migration {m.id} cannot be reversed: {m.reverse_note}",
                         Location(path=m.path, line=m.line), {"migration": m.id, "tool": tree.tool})
        for m in unknown:
            yield errored(f"{tree.tool} migration {m.id}: reversibility unknown ({m.reverse_note})",
                          Location(path=m.path, line=m.line))
        good = len(tree.migrations) - len(irreversible) - len(unknown)
        if good and not irreversible and not unknown:
            yield passed(f"{tree.tool} tree {tree.location}: all {good} migrations have a working reverse",
                         _tree_where(tree), {"reversible": good})


@check(
    "migration-scripts/reversible",
    title="Every migration can be reversed",
    severity="high",
    needs=("a migration tree",),
    rationale="A release that cannot undo its schema change cannot be rolled back: the old code meets a new schema.",
    remediation="Write the reverse: Alembic downgrade() that undoes upgrade(), Flyway U<version>__ undo script, "
                "golang-migrate .down.sql, Liquibase <rollback>, Django RunPython/RunSQL reverse_code/reverse_sql.",
)
def reversible(ctx: Context) -> Iterator[Finding]:
    yield from reversibility_findings(ctx)


def release_scope(ctx: Context) -> tuple[set[str] | None, str]:
    """Migration files of this release: changed since the last git tag (None: no tag, judge them all).

    Migrations of earlier releases are already applied everywhere; linting them again only repeats
    findings nobody can act on.
    """
    from deploycheck.sources.git import git_history

    history = ctx.use(git_history)
    if history.available and history.last_tag is not None and history.changed_since_tag is not None:
        return set(history.changed_since_tag), f"since {history.last_tag.name}"
    return None, "no release tag, so all of them"


def _operations(ctx: Context) -> tuple[list[tuple[MigrationTree, str, str, int | None, str, str]], int, str]:
    """(tree, migration id, path, line, summary, risk) for every risky operation of this release,
    with the number of migrations looked at and the scope's description."""
    scope, described = release_scope(ctx)
    out = []
    looked = 0
    for tree in ctx.use(migration_trees).trees:
        for m in tree.migrations:
            if scope is not None and m.path not in scope:
                continue
            looked += 1
            for op in m.operations:
                if op.risk:
                    out.append((tree, m.id, op.path or m.path, op.line, op.summary, op.risk))
    return out, looked, described


@check(
    "schema-changes/lint",
    title="Migrations avoid long locks and deploy-breaking schema changes",
    severity="medium",
    needs=("a migration tree",),
    rationale="On a live PostgreSQL database some DDL takes ACCESS EXCLUSIVE locks or rewrites whole tables: "
              "requests queue behind it and the deploy becomes an outage.",
    remediation="Create indexes CONCURRENTLY (Alembic: postgresql_concurrently=True, outside a transaction); add "
                "NOT NULL columns with a server default or in steps; add constraints NOT VALID then VALIDATE; "
                "change types by adding a new column and backfilling.",
    references=(SQUAWK, "https://github.com/ankane/strong_migrations"),
)
def lint(ctx: Context) -> Iterator[Finding]:
    trees = ctx.use(migration_trees).trees
    if not trees:
        yield without_trees(ctx)
        return
    built = ctx.use(django_image_built_database)
    if built and all(t.tool == DJANGO for t in trees):
        # the locks these rules guard against are taken on a live database; this one is made in the image build
        yield not_applicable(f"the Django migrations run while the image is built ({built}), on the SQLite file each "
                             "image carries: no migration runs against a live database")
        return
    operations, looked, scope = _operations(ctx)
    risky = [o for o in operations if o[5] in RISKS and o[5] not in DESTRUCTIVE]
    for tree, mid, path, line, summary, risk in risky:
        yield failed(f"{tree.tool} migration {mid}: {summary}: {RISKS[risk]}", Location(path=path, line=line),
                     {"rule": risk, "migration": mid})
    for tree in trees:
        for problem in (p for p in tree.problems if p.kind in ("sql", "read")):
            yield warned(f"{problem.path}: {problem.message} (not linted)", Location(path=problem.path,
                                                                                      line=problem.line))
    yield from _squawk(ctx, trees)
    if not risky:
        yield passed(f"{looked} migrations checked ({scope}): no locking or deploy-breaking schema change found")


# squawk rules deploycheck already reports with its own finding (pglast), and squawk's style or
# per-file boilerplate rules that would flag nearly every migration; the rest are its second opinion.
SQUAWK_EXCLUDE = (
    "adding-required-field", "require-concurrent-index-creation", "changing-column-type", "ban-drop-column",
    "ban-drop-table", "renaming-column", "renaming-table", "adding-foreign-key-constraint",
    "constraint-missing-not-valid", "adding-not-nullable-field", "prefer-robust-stmts", "require-lock-timeout",
    "require-statement-timeout", "prefer-bigint-over-int", "prefer-bigint-over-smallint", "prefer-identity",
    "prefer-text-field", "prefer-timestamptz",
)


def _squawk(ctx: Context, trees: list[MigrationTree]) -> Iterator[Finding]:
    """squawk-cli's rules on this release's plain SQL files, when it is on PATH (optional second opinion)."""
    exe = shutil.which("squawk")
    if exe is None:
        return
    import json
    import subprocess

    scope, _ = release_scope(ctx)
    paths = sorted({m.path for t in trees for m in t.migrations
                    if m.path.endswith(".sql") and (scope is None or m.path in scope)})
    if not paths:
        return
    # A darwin file holds every migration, each behind its `-- Version:` line, and darwin runs them one by one: a
    # statement may end its section without a semicolon (ardanlabs/service's view of version 1.03), which squawk,
    # reading the file whole, calls a syntax error. Each section goes to squawk as a file of its own, and its
    # findings are mapped back to the real file's lines.
    sections = {m.path: sorted(m.line or 1 for m in t.migrations) for t in trees if t.tool == DARWIN
                for m in t.migrations if m.path in paths}
    with tempfile.TemporaryDirectory(prefix="deploycheck-squawk-") as tmp:
        args: list[str] = []
        origin: dict[str, tuple[str, int]] = {}  # squawk's file name -> (file, lines before it)
        for path in paths:
            starts = sections.get(path)
            text = ctx.files.read_text(path) if starts else None
            if not starts or text is None:
                # `./` before each path: a migration named `--config=x.sql` must reach squawk as a file, not an option.
                args.append(f"./{path}")
                origin[path] = (path, 0)
                continue
            lines = text.splitlines(keepends=True)
            for start, end in zip(starts, [*starts[1:], len(lines) + 1], strict=True):
                part = str(Path(tmp) / f"{len(origin)}.sql")  # an absolute name: never read as an option
                Path(part).write_text("".join(lines[start - 1:end - 1]), encoding="utf-8")
                args.append(part)
                origin[part] = (path, start - 1)
        try:
            proc = subprocess.run([exe, "--reporter", "json", f"--exclude={','.join(SQUAWK_EXCLUDE)}", *args],
                                  cwd=ctx.root, capture_output=True, text=True, timeout=120)
            violations = json.loads(proc.stdout or "[]")
        except (OSError, subprocess.TimeoutExpired, json.JSONDecodeError) as exc:
            yield errored(f"squawk could not run: {exc}")
            return
    for v in violations if isinstance(violations, list) else []:
        if isinstance(v, dict):
            name = str(v.get("file")).removeprefix("./")
            path, before = origin.get(name, (name, 0))
            line = v.get("line")
            # squawk counts lines from 0
            yield warned(f"squawk {v.get('rule_name')}: {v.get('message')}",
                         Location(path=path, line=line + 1 + before if isinstance(line, int) else None),
                         {"rule": f"squawk:{v.get('rule_name')}", "help": v.get("help")})


@check(
    "schema-changes/destructive",
    title="Destructive schema changes are reviewed",
    severity="high",
    needs=("a migration tree",),
    rationale="Dropping or renaming tables and columns loses data and breaks the version still running during "
              "a rolling deploy; only a person can confirm the data is no longer needed and the code stopped "
              "using it a release ago.",
    remediation="Deprecate first (stop reading/writing the column in one release), drop in a later release; "
                "record the review as an attestation for schema-changes.",
)
def destructive(ctx: Context) -> Iterator[Finding]:
    trees = ctx.use(migration_trees).trees
    if not trees:
        yield without_trees(ctx)
        return
    operations, looked, scope = _operations(ctx)
    ops = [o for o in operations if o[5] in DESTRUCTIVE]
    unread = _unread_sql(ctx, trees)
    not_read = (f"{len(unread)} migration SQL text(s) could not be read (missing, or not PostgreSQL) "
                f"({', '.join(unread[:5])}"
                f"{f' +{len(unread) - 5} more' if len(unread) > 5 else ''}): a drop, rename or truncate there is "
                f"not seen") if unread else ""
    if not ops:
        if unread:
            # Another dialect (MySQL's backticks, H2's `DROP TABLE x IF EXISTS`) does not parse: no evidence either way.
            yield skipped(f"no destructive operation found in the {looked} migrations read ({scope}), but {not_read}; "
                          "a reviewer should look at them", Location(path=unread[0]), {"unread": unread})
            return
        yield passed(f"no destructive operation (drop, rename, truncate) in {looked} migrations ({scope})")
        return
    listing = [f"{tree.tool} {mid}: {summary} ({path}:{line})" for tree, mid, path, line, summary, _ in ops]
    more = f" (+{len(listing) - 10} more)" if len(listing) > 10 else ""
    yield manual(f"{len(ops)} destructive schema operation(s) need a reviewer's sign-off: " + "; ".join(listing[:10])
                 + more + (f"; and {not_read}" if unread else ""),
                 Location(path=ops[0][2], line=ops[0][3]),
                 {"operations": listing, **({"unread": unread} if unread else {})})


def _unread_sql(ctx: Context, trees: list[MigrationTree]) -> list[str]:
    """The migration files of this release whose SQL did not parse (each once, in order)."""
    scope, _ = release_scope(ctx)
    # "read": a Liquibase sqlFile the changelog names and the repository lacks (named by the path Liquibase reads)
    return list(dict.fromkeys(p.path for tree in trees for p in tree.problems
                              if p.kind in ("sql", "read") and (scope is None or p.path in scope)))
