"""Database section: backups — a mechanism for each stateful component, a restore procedure, a drill."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from deploycheck.checks.database import in_memory_database_only, no_database_reason
from deploycheck.checks.kubernetes import unless_unbuilt
from deploycheck.checks.registry import check, failed, manual, not_applicable, passed
from deploycheck.lazy_re import deferred
from deploycheck.model import Finding, Location
from deploycheck.sources.datastores import managed_database, persistent_store
from deploycheck.sources.k8s_graph import as_list
from deploycheck.sources.kubernetes import K8sObject, all_objects

if TYPE_CHECKING:
    from deploycheck.context import Context

BACKUP_TOOLS = re.compile(r"\b(pg_dump|pg_dumpall|pg_basebackup|mysqldump|mariadb-dump|mariabackup|xtrabackup|"
                          r"mongodump|pgbackrest|barman|wal-g|wal-e|velero|restic|kopia|borg|"
                          r"create-db-snapshot|create-db-cluster-snapshot)\b")
# The stores a database's own dump tool backs up (a CronJob running pg_dump saves PostgreSQL, not the MongoDB beside
# it); the tools not listed (velero, restic, kopia, borg: volumes and files) back up whatever they are pointed at.
_TOOL_STORES = {
    **dict.fromkeys(("pg_dump", "pg_dumpall", "pg_basebackup", "pgbackrest", "barman", "wal-g", "wal-e"),
                    frozenset({"PostgreSQL"})),
    **dict.fromkeys(("mysqldump", "mariadb-dump", "mariabackup", "xtrabackup"), frozenset({"MySQL", "MariaDB"})),
    "mongodump": frozenset({"MongoDB"}),
}
# kind -> (api group fragment, spec path whose presence means "backups configured"; () = the kind itself)
OPERATOR_BACKUPS: dict[str, tuple[str, tuple[str, ...]]] = {
    "Schedule": ("velero.io", ()),
    "Backup": ("", ()),  # velero.io, k8s.mariadb.com, ...
    "ScheduledBackup": ("cnpg.io", ()),
    "Cluster": ("cnpg.io", ("spec", "backup")),
    "PostgresCluster": ("crunchydata.com", ("spec", "backups")),
    "postgresql": ("acid.zalan.do", ("spec", "enableLogicalBackup")),
    "PerconaXtraDBCluster": ("percona.com", ("spec", "backup")),
    "PerconaServerMongoDB": ("percona.com", ("spec", "backup")),
    "PerconaPGCluster": ("percona.com", ("spec", "backups")),
    "MySQLBackup": ("", ()),
    "MariaDB": ("mariadb", ("spec", "backup")),
}


def _dig(body: dict[str, Any], path: tuple[str, ...]) -> Any:
    node: Any = body
    for key in path:
        node = node.get(key) if isinstance(node, dict) else None
    return node


def backup_mechanisms(ctx: Context) -> list[tuple[str, K8sObject]]:
    return [(what, obj) for what, obj, _ in _mechanisms(ctx)]


def _mechanisms(ctx: Context) -> list[tuple[str, K8sObject, frozenset[str] | None]]:
    """(what, object, the stores it backs up; None: any)."""
    out: list[tuple[str, K8sObject, frozenset[str] | None]] = []
    for obj in ctx.use(all_objects).objects:
        if obj.unlisted:
            continue  # beside a kustomization that does not list it: not shown to run, so no backup
        rule = OPERATOR_BACKUPS.get(obj.kind)
        if rule and rule[0] in obj.api_version and (not rule[1] or _dig(obj.body, rule[1])):
            out.append((f"{obj.kind} {obj.name}" + (f" ({'.'.join(rule[1])})" if rule[1] else ""), obj, None))
            continue
        if obj.kind == "CronJob" and (obj.body.get("spec") or {}).get("suspend") is True:
            continue  # a suspended CronJob never starts a backup
        if obj.kind in ("CronJob", "Job"):
            for c in obj.containers():
                words = " ".join(str(x) for x in [c.spec.get("image", ""), *as_list(c.spec.get("command")),
                                                  *as_list(c.spec.get("args"))])
                match = BACKUP_TOOLS.search(words)
                if match and _dump_left_in_container(c, words) is None:
                    out.append((f"{obj.kind} {obj.name} runs {match.group(1)}", obj, _TOOL_STORES.get(match.group(1))))
                    break
                script = None if match else _backup_script(ctx, words)
                if script:
                    out.append((f"{obj.kind} {obj.name} runs {script[0]} ({script[1]})", obj,
                                _TOOL_STORES.get(script[1])))
                    break
    return out


def _backup_script(ctx: Context, words: str) -> tuple[str, str] | None:
    """(script, tool) when the command runs a shell script the repository holds (by its name: the image copies it in)
    whose text calls a backup tool: cla-backend's hourly CronJob runs `./create_manual_snapshot.sh`, which is
    Backups/create_manual_snapshot.sh's `aws rds create-db-snapshot`. A name two files of the repository share is
    read in each; one that calls a tool is enough, as either may be the one copied."""
    names = {w.rsplit("/", 1)[-1] for w in words[:5_000].split() if w.endswith(".sh") and len(w) < 300}
    if not names:
        return None
    for rel in ctx.files.files:
        name = rel.rsplit("/", 1)[-1]
        if name in names:
            match = BACKUP_TOOLS.search((ctx.files.read_text(rel) or "")[:200_000])
            if match:
                return rel, match.group(1)
    return None


# A dump tool's output written to a file (`pg_dump ... > /backup/app.sql`, `-f /backup/x`, mongodump `--out=/dump`):
# kept only when a volume is mounted over that path or the command ships the file elsewhere. Written to the
# container's own filesystem, it is deleted with the pod when the Job ends: no backup. Each pattern is a fixed word
# and one bounded path: linear.
_DUMP_TARGET = re.compile(r"(?:>|\s-f|\s-o|--file[= ]|--out[= ]|--archive=|--result-file[= ])[ \t]*['\"]?"
                          r"(/[\w./${}-]{1,300})")
_SHIPS_ELSEWHERE = re.compile(r"\b(?:aws|gsutil|gcloud|az|azcopy|rclone|mc|s3cmd|s5cmd|restic|kopia|borg|scp|rsync|"
                              r"curl|wget|oci|swift)\b")


def _dump_left_in_container(c: Any, words: str) -> str | None:
    """The path a dump command writes to that no volume of the pod holds and nothing ships elsewhere (the dump is lost
    with the pod), or None (a volume holds it, it is sent on, it is piped, or where it goes cannot be told)."""
    if _SHIPS_ELSEWHERE.search(words[:20_000]):
        return None
    targets = [m.group(1) for m in _DUMP_TARGET.finditer(words[:20_000])]
    if not targets:
        return None
    mounts = [str(m.get("mountPath", "")).rstrip("/") + "/" for m in as_list(c.spec.get("volumeMounts"))
              if isinstance(m, dict) and m.get("mountPath")]
    for target in targets:
        # a name built at run time (`/backup/app-$(date +%F).sql`) still names its folder; a folder from a
        # variable (`$BACKUP_DIR/x`) cannot be told
        fixed = target.split("$", 1)[0].split("{", 1)[0]
        folder = fixed if fixed == target else fixed.rpartition("/")[0] + "/"
        if folder == "/" and fixed != target:
            return None
        if not any(folder.startswith(mount) or (folder.rstrip("/") + "/") == mount for mount in mounts):
            return target if fixed == target else f"{folder} ({target.rpartition('/')[2]}...)"
    return None


def _ephemeral_dumps(ctx: Context) -> list[tuple[K8sObject, str, str]]:
    """(CronJob/Job, tool, path) of dump commands whose output stays in the container (see _dump_left_in_container)."""
    out = []
    for obj in ctx.use(all_objects).objects:
        if obj.unlisted or obj.kind not in ("CronJob", "Job"):
            continue
        if obj.kind == "CronJob" and (obj.body.get("spec") or {}).get("suspend") is True:
            continue
        for c in obj.containers():
            words = " ".join(str(x) for x in [c.spec.get("image", ""), *as_list(c.spec.get("command")),
                                              *as_list(c.spec.get("args"))])
            match = BACKUP_TOOLS.search(words)
            if match and (path := _dump_left_in_container(c, words)) is not None:
                out.append((obj, match.group(1), path))
                break
    return out


def _stores_in_use(ctx: Context) -> list[tuple[K8sObject, str]]:
    """(workload, store name) for each workload that runs a known data store (StatefulSets included)."""
    out = []
    throwaway = ctx.use(non_production_only)
    for o in ctx.use(all_objects).workloads:
        if (o.kind, o.name) in throwaway:
            continue
        store = persistent_store(o)
        if store is not None:
            out.append((o, store.name))
    return out


_SERVICE_DATABASE = "the service's database"
# SQL that changes data or schema, in the repository's code: any of these means something writes to the database.
# Literal words with bounded runs: linear.
_SQL_WRITE = deferred("_SQL_WRITE", r"\b(?:insert\s{1,20}into|update\s{1,20}[\w.\"`\[\]]{1,100}\s{1,20}set|"
                      r"delete\s{1,20}from|merge\s{1,20}into|replace\s{1,20}into|upsert|truncate|alter\s{1,20}table|"
                      r"drop\s{1,20}table|create\s{1,20}table)\b", re.I)
# Dependencies that only open a connection and send the code's own SQL (no ORM, no migration tool that writes on
# its own): with them, the SQL in the code is all that can write.
_PLAIN_SQL_DRIVERS = frozenset({
    "psycopg", "psycopg2", "psycopg2-binary", "asyncpg", "pymysql", "mysqlclient", "mysql-connector-python",
    "aiomysql", "pg", "mysql", "mysql2", "github.com/lib/pq", "github.com/jackc/pgx/v5", "github.com/jackc/pgx/v4",
    "github.com/go-sql-driver/mysql", "org.postgresql:postgresql", "mysql:mysql-connector-java",
    "com.mysql:mysql-connector-j", "org.mariadb.jdbc:mariadb-java-client"})
# Libraries that write through their own API (ORMs, query builders, SQL mappers), by a part of their package name:
# with one of them the code may write with no SQL in sight.
_ORM_MARKERS = ("mybatis", "jooq", "jdbi", "spring-data", "spring-boot-starter-data", "spring-boot-starter-jdbc",
                "hibernate", "activerecord", "entityframework", "doctrine", "illuminate/database", "diesel",
                "sea-orm", "sqlx", "uptrace/bun", "xorm", "sqlboiler", "gorm", "sequel", "objection", "mikro-orm",
                "typeorm", "prisma", "knex", "sqlalchemy", "django", "peewee", "tortoise", "ecto", "exposed")
_SEED_DIR = "/docker-entrypoint-initdb.d"
_SEEDED_STORES = frozenset({"PostgreSQL", "MySQL", "MariaDB"})


def _seed_only(ctx: Context) -> dict[str, tuple[str, K8sObject]]:
    """'Kind name' -> why, for each workload running a relational database whose only data is the seed its image
    is built with: the repository builds that image (compose `build:` beside the `image:` the workload runs) FROM
    the database server, copying files into /docker-entrypoint-initdb.d/ (run at the first start of an empty data
    directory); the workload mounts no volume, so each start begins again from that seed; and nothing in the
    repository writes to a database: no dependency but a plain SQL driver, no INSERT/UPDATE/DELETE/DDL in its code
    (k8s-wordsmith-demo's words database, read by `SELECT word FROM ...`). Its backup is the image and the seed in
    git; a store any code may write to is never taken for one."""
    from deploycheck.sources.datastores import store_of_image
    from deploycheck.sources.dockerfile import compose_services, dockerfiles

    built_services: list[tuple[str, str]] = []  # (image, the Dockerfile compose builds it from)
    for _, _, service in compose_services(ctx):
        image, build = service.get("image"), service.get("build")
        context = build if isinstance(build, str) else build.get("context") if isinstance(build, dict) else None
        dockerfile = build.get("dockerfile") if isinstance(build, dict) else None
        if not isinstance(image, str) or not isinstance(context, str):
            continue
        folder = context.strip().removeprefix("./").rstrip("/")
        built_services.append((image, "/".join(p for p in (folder if folder != "." else "",
                                                           str(dockerfile or "Dockerfile")) if p)))
    if not built_services:
        return {}  # no compose service builds an image: the Dockerfiles are not parsed for this (corpus scan: 0.04 s)
    built = {df.path: df for df in ctx.use(dockerfiles).files}
    seeded_images: dict[str, tuple[str, str]] = {}  # image name (no tag) -> (its Dockerfile, the store)
    for image, path in built_services:
        df = built.get(path)
        stage = df.final_stage if df else None
        store = store_of_image(stage.base_resolved) if stage and not stage.from_stage else None
        if stage is not None and store is not None and store.name in _SEEDED_STORES and any(
                _SEED_DIR in ins.value for ins in stage.of("COPY", "ADD")):
            seeded_images[_untagged(image)] = (path, store.name)
    if not seeded_images:
        return {}
    out: dict[str, tuple[str, K8sObject]] = {}
    for obj in ctx.use(all_objects).workloads:
        spec = obj.pod_spec or {}
        if obj.unlisted or as_list(spec.get("volumes")) or as_list(
                (obj.body.get("spec") or {}).get("volumeClaimTemplates")):
            continue
        for c in obj.containers(include_init=False):
            seed = seeded_images.get(_untagged(str(c.spec.get("image") or "")))
            if seed:
                out[f"{obj.kind} {obj.name}"] = (f"its {seed[1]} data is the seed its image is built with ({seed[0]} "
                                                 f"copies it into {_SEED_DIR}), it keeps no volume, and no code of "
                                                 "the repository writes to a database", obj)
    if not out:
        return {}
    # imported here: most scans stop above, and a Kubernetes-only scan need not import the code readers (~3 ms)
    from deploycheck.sources.languages import SOURCE_SUFFIXES
    from deploycheck.sources.lockfiles import dependency_set
    from deploycheck.sources.migrations import DB_PACKAGES

    for manifest in ctx.use(dependency_set).manifests:
        for dep in manifest.dependencies:
            name = dep.name.lower()
            if (name in DB_PACKAGES and name not in _PLAIN_SQL_DRIVERS) or any(m in name for m in _ORM_MARKERS):
                return {}  # an ORM, a migration tool or a document store's driver may write without SQL in sight
    seeds = {path.rpartition("/")[0] for path, _ in seeded_images.values()}
    for rel in ctx.files.with_suffix(*SOURCE_SUFFIXES, ".sql", ".xml", ".yaml", ".yml", ".properties", ".json"):
        if rel.rpartition("/")[0] in seeds:
            continue  # the seed itself, copied into the image
        if _SQL_WRITE.search(ctx.files.read_text(rel) or ""):
            return {}  # (MyBatis mappers, migration scripts, SQL files a job runs: a writer)
    return out


def _without_seeded(state: list[str], seeded: dict[str, tuple[str, K8sObject]]) -> list[str]:
    """The stateful components left once the seeded databases are taken out: they are the service's database (no
    code writes to any), and anything else stateful (a claim, another store) still needs its own backup."""
    return [name for name in state if name != _SERVICE_DATABASE
            and not any(name == key or name.startswith(key + " (") for key in seeded)]


def _untagged(image: str) -> str:
    name = image.strip().split("@")[0]
    return name.rsplit(":", 1)[0] if ":" in name.rpartition("/")[2] else name


def _managed(ctx: Context) -> tuple[str, K8sObject] | None:
    """(what names it, workload) for the first deployed workload whose environment names a provider-managed
    database (an RDS Secret or host, the Cloud SQL Auth Proxy): the service's database is that one."""
    for obj in ctx.use(all_objects).workloads:
        what = None if obj.unlisted else managed_database(obj)
        if what:
            return what, obj
    return None


# Words that name a database in a deployment's text: an environment variable (DB_HOST, SPRING_DATASOURCE_URL), a
# key (`datasource.url`, `connectionString`), a Secret (`app-postgres`, `mongodb-credentials`), a terraform resource
# (`aws_db_instance`, `helm_release "mongodb"`). Any of them means the deployment may give the service a database.
# Looked up in each alphanumeric run of the text (no regex over the text: linear); the list errs on the side of
# "named" (a word ending or starting with `db` counts: MYDB, dbHost, dbus too), which only keeps the finding.
_DATABASE_PARTS = ("database", "datasource", "postgres", "mysql", "mariadb", "mongo", "jdbc", "sqlite", "sqlserver",
                   "mssql", "oracle", "cassandra", "couch", "neo4j", "dynamo", "firestore", "datastore", "cosmos",
                   "spanner", "bigtable", "redis", "elastic", "opensearch", "influx", "clickhouse", "cockroach",
                   "timescale", "connectionstring", "cloudsql", "aurora", "sequel", "hibernate", "flyway",
                   "liquibase", "migrat")
_DATABASE_PREFIXES = ("db", "sql", "pg", "dsn")
_DATABASE_SUFFIXES = ("db", "sql", "dsn")
_ALNUM_RUN = re.compile(r"[A-Za-z0-9]+")
_HEX = frozenset("0123456789abcdef")
_MAX_TEXT = 500_000  # characters of one object or file looked at


def _names_database(text: str) -> str | None:
    """The first word of `text` that names a database (see _DATABASE_PARTS), or None. Hash-like runs (a checksum
    annotation, an image digest) are skipped: hex digits spell `db` by chance."""
    for match in _ALNUM_RUN.finditer(text[:_MAX_TEXT]):
        word = match.group(0).lower()
        if len(word) >= 12 and _HEX.issuperset(word):
            continue
        if (word.startswith(_DATABASE_PREFIXES) or word.endswith(_DATABASE_SUFFIXES)
                or any(part in word for part in _DATABASE_PARTS)):
            return match.group(0)
    return None


def unwired_database(ctx: Context) -> str | None:
    """Why the deployment gives the service no database, when the code can use one (a driver or ORM in its
    dependencies, a database URL in its code) but what deploys it names none: no deployed object (workloads,
    ConfigMaps, Secrets, decoded Secret data, annotations) holds a database word, no terraform file does, no deploy
    command's `--set` does, no database server or operator runs, no provider-managed database is named, and every
    chart and overlay was built. athens' module store (disk by default; MongoDB, MySQL and PostgreSQL drivers for
    optional backends the chart leaves unset), opencost's optional remote-write PostgreSQL (off unless
    REMOTE_WRITE_ENABLED): the database support in the code is not what this deployment runs. None otherwise
    (patroni's StatefulSets mount `/home/postgres/pgdata`; go-api-boilerplate's MongoDB comes from k8s/mongodb.tf).

    The answer is never a pass: a database may still be configured where the repository cannot show it (an image's
    configuration file, a Secret made by hand), so backups/mechanism asks a person to confirm."""
    import base64
    import json

    from deploycheck.sources.datastores import manifest_database_evidence

    kube = ctx.use(all_objects)
    if kube.incomplete or not [o for o in kube.workloads if not o.unlisted]:
        return None  # nothing deployed to read, or part of it unread
    if ctx.use(manifest_database_evidence) or _managed(ctx) is not None:
        return None
    for obj in kube.objects:
        if obj.unlisted:
            continue
        texts = [json.dumps(obj.body, default=str)[:_MAX_TEXT]]
        data = obj.body.get("data") if obj.kind == "Secret" else None
        for value in (data.values() if isinstance(data, dict) else ()):
            try:
                texts.append(base64.b64decode(str(value)[:_MAX_TEXT]).decode("utf-8", "replace"))
            except ValueError:
                texts.append(str(value))
        for text in texts:
            word = _names_database(text)
            if word:
                return None
    for rel in ctx.files.with_suffix(".tf"):
        if _names_database(ctx.files.read_text(rel) or ""):
            return None  # infrastructure code that may create the database or hand it to the service
    from deploycheck.sources.helm import install_lines

    for lines in ctx.use(install_lines).values():
        if any(_names_database(f"{key} {value}") for line in lines for key, value in line.sets):
            return None
    workloads = sorted({f"{o.kind} {o.name}" for o in kube.workloads if not o.unlisted})
    return (f"no deployed object names a database ({', '.join(workloads[:3])}"
            f"{', ...' if len(workloads) > 3 else ''}: no database server, no database setting in their environment, "
            "ConfigMaps or Secrets, no terraform or deploy command that sets one)")


def _code_database(ctx: Context) -> str:
    """The code's first two signs of a database, for a message ("dependency github.com/lib/pq in go.mod")."""
    from deploycheck.sources.migrations import database_usage

    return "; ".join(f"{what} in {where}" for what, where in ctx.use(database_usage).evidence[:2])


def _keeps_data(statefulset: K8sObject) -> bool:
    """A StatefulSet keeps data when it claims volumes (volumeClaimTemplates or a PersistentVolumeClaim volume) or
    runs a known data store. Without either it is a StatefulSet for its stable names only (kube-state-metrics'
    autosharding: each replica reads its ordinal to pick its shard) and loses nothing a backup could save."""
    spec: Any = statefulset.body.get("spec")
    spec = spec if isinstance(spec, dict) else {}
    if spec.get("volumeClaimTemplates"):
        return True
    template: Any = spec.get("template")
    pod: Any = template.get("spec") if isinstance(template, dict) else None
    volumes: Any = pod.get("volumes") if isinstance(pod, dict) else None
    if any(isinstance(v, dict) and v.get("persistentVolumeClaim") for v in as_list(volumes)):
        return True
    return persistent_store(statefulset) is not None


# Values files of environments whose data nobody keeps: a chart that runs its own database only with them (cla-backend's
# values-dev/values-uat `Deployment cla-backend-db`, laa-check-client-qualifies' ccq-uat.yaml PostgreSQL subchart)
# and not in its production or default render seeds a throwaway store there.
_NON_PRODUCTION_VALUES = deferred("_NON_PRODUCTION_VALUES", r"(?:^|[-_.])(?:dev|development|uat|test|testing|qa|ci|"
                                  r"e2e|staging|stage|training|sandbox|preview|review|local|demo)(?:[-_.]|$)", re.I)


def non_production_only(ctx: Context) -> dict[tuple[str, str], str]:
    """(kind, name) -> the values file(s) of each object that only renders of a chart with non-production values files
    hold, while a render of the same chart with its defaults or a production values file does not: the store of a
    development or UAT environment, not the production data the item is about."""
    kube = ctx.use(all_objects)
    renders: dict[str, dict[str, set[tuple[str, str]]]] = {}  # chart -> values file ("" = defaults) -> objects
    for o in kube.objects:
        if not o.origin or not o.origin.startswith("helm:"):
            continue
        chart, _, values = o.origin.removeprefix("helm:").partition(" (")
        renders.setdefault(chart, {}).setdefault(values.rstrip(")"), set()).add((o.kind, o.name))
    out: dict[tuple[str, str], str] = {}
    for by_values in renders.values():
        non_production = {values for values in by_values
                          if _NON_PRODUCTION_VALUES.search(values.rsplit("/", 1)[-1].rsplit(".", 1)[0])}
        production = [objs for values, objs in by_values.items() if values not in non_production]
        if not production:
            continue
        for values in (v for v in by_values if v in non_production):  # in render order: the same text every run
            for key in by_values[values]:
                if not any(key in prod for prod in production):
                    out[key] = f"{out[key]}, {values}" if key in out else values
    return out


def stateful_components(ctx: Context) -> list[str]:
    kube = ctx.use(all_objects)
    throwaway = ctx.use(non_production_only)
    state = [f"{o.kind} {o.name}" for o in kube.objects
             if (o.kind == "PersistentVolumeClaim" or (o.kind == "StatefulSet" and _keeps_data(o)))
             and (o.kind, o.name) not in throwaway]
    # a database run as a Deployment (or a bare Pod) needs a backup as much as a StatefulSet does
    for o in kube.workloads:
        if (o.kind, o.name) in throwaway:
            continue
        store = persistent_store(o) if o.kind != "StatefulSet" else None
        if store is not None:
            state.append(f"{o.kind} {o.name} ({store.name})")
    state += [f"{o.kind} {o.name}" for o in kube.objects if o.kind in OPERATOR_BACKUPS and o.kind not in
              ("Schedule", "Backup", "ScheduledBackup", "MySQLBackup")]
    if no_database_reason(ctx) is None and in_memory_database_only(ctx) is None and _image_built(ctx) is None:
        state.insert(0, _SERVICE_DATABASE)
    return state


def _image_built(ctx: Context) -> str | None:
    if not ctx.files.with_suffix(".py"):
        return None  # no Django settings to read: not asked, and a Kubernetes-only scan imports no code reader for it
    from deploycheck.sources.migrations import django_image_built_database

    return ctx.use(django_image_built_database)


def _stateless(ctx: Context, what: str) -> str:
    """The n/a message of a repository with no stateful component, naming an in-memory database when there is one."""
    memory = in_memory_database_only(ctx)
    built = _image_built(ctx) if not memory else None
    if built:
        return (f"stateless: the service's database is an SQLite file its image build creates ({built}), so every "
                f"image carries its own copy made from the repository; {what.removeprefix('no database in use, ')}")
    if not memory:
        return f"stateless: {what}"
    return (f"stateless: the only database is an embedded in-memory one (declared in {memory}), whose data dies with "
            f"the process; {what.removeprefix('no database in use, ')}")


@check(
    "backups/mechanism",
    title="Every stateful component has a backup mechanism",
    severity="high",
    needs=("kubernetes manifests",),
    rationale="Data that is not backed up is lost at the first bad migration, operator error or volume failure.",
    remediation="Add a backup: a CronJob running pg_dump/mysqldump/mongodump to object storage, a Velero "
                "Schedule, or the operator's backup section (CloudNativePG ScheduledBackup/backup, Crunchy "
                "backups, Zalando enableLogicalBackup). For a managed database, attest its backup policy.",
    references=("https://cloudnative-pg.io/documentation/current/backup/", "https://velero.io/docs/"),
)
def mechanism(ctx: Context) -> Iterator[Finding]:
    state = stateful_components(ctx)
    if not state:
        yield not_applicable(_stateless(ctx, "no database in use, no StatefulSet that claims a volume or runs a data "
                                             "store, no PersistentVolumeClaim"))
        return
    found = _mechanisms(ctx)
    seeded = _seed_only(ctx) if not found else {}
    if seeded:
        for key, (why, obj) in seeded.items():
            yield passed(f"{key}: {why}: the image and the seed in the repository are its backup", obj.location(None))
        state = _without_seeded(state, seeded)
        if not state:
            return
    # Each store needs a mechanism that backs it up: one pg_dump CronJob is no backup of the MongoDB and the
    # Elasticsearch beside the PostgreSQL it dumps (the item asks for every stateful component).
    if found and all(covers is not None for _, _, covers in found):
        covered = {name for _, _, covers in found for name in covers or ()}
        tools = sorted({what for what, _, _ in found})
        named: set[str] = set()  # the same workload through several sources (folder, kustomize, chart) once
        for obj, store in _stores_in_use(ctx):
            if store in covered or f"{obj.kind} {obj.name}" in named:
                continue
            named.add(f"{obj.kind} {obj.name}")
            yield unless_unbuilt(ctx, failed(
                f"no backup mechanism for {obj.kind} {obj.name} ({store}): the backups found "
                f"({'; '.join(tools[:3])}) save other data stores", obj.location(None),
                {"mechanisms": tools[:10]}))
    for what, obj, _ in found:
        yield passed(f"backup mechanism: {what}", obj.location(None))
    lost = _ephemeral_dumps(ctx)
    for obj, tool, path in lost:
        yield failed(f"{obj.kind} {obj.name} runs {tool} but writes the dump to {path} in the container's own "
                     "filesystem (no volume of the pod is mounted there and the command sends it nowhere): it is "
                     "deleted with the pod when the job ends", obj.location(None), {"tool": tool, "path": path},
                     remediation="Write the dump to a mounted PersistentVolumeClaim or stream it to object storage "
                                 "(`pg_dump ... | gzip | aws s3 cp - s3://bucket/...`).")
    if not found and not lost:
        # The same workload through several sources (manifest folder, kustomize, chart) is named once.
        names = list(dict.fromkeys(state))
        managed = _managed(ctx) if _SERVICE_DATABASE in names else None
        if managed:
            # A managed database's backups are the provider's, set outside the repository: a person confirms the
            # retention (never a pass: nothing here shows it on); the in-cluster stores beside it still need theirs.
            what, obj = managed
            names.remove(_SERVICE_DATABASE)
            yield manual(f"the service's database is a provider-managed one ({what} in {obj.kind} {obj.name}): its "
                         "backups are set at the provider, outside the repository; confirm the automatic backups "
                         "and their retention, and attest it", obj.location(None), {"managed_database": what})
            if not names:
                return
        elif _SERVICE_DATABASE in names and (unwired := ctx.use(unwired_database)):
            # The code's database support is not what this deployment runs: no fail about a database nothing here
            # deploys or configures, and no pass either (one may be configured where the repository cannot show)
            names.remove(_SERVICE_DATABASE)
            yield manual(f"the code can use a database ({_code_database(ctx)}), but {unwired}; if the service keeps "
                         "data in a database set up outside the repository, confirm its backups and attest it",
                         evidence={"unwired_database": unwired})
            if not names:
                return
        yield unless_unbuilt(ctx, failed(
            f"no backup mechanism found for {', '.join(names[:5])} (no backup CronJob, Velero Schedule or operator "
            "backup configuration in the manifests)", evidence={"stateful": names[:20]}))


_RESTORE_HEADING = deferred("_RESTORE_HEADING", r"\brestor(e|ing)\b|\brecover(y|ing)?\b", re.I)
# Headings with the words that are about something else than the service's data: restoring packages (.NET's `dotnet
# restore`, "Restore NuGet packages"), a user's password or account recovery, Go's panic-recovery middleware.
_NOT_DATA_RESTORE = deferred("_NOT_DATA_RESTORE",
                             r"\b(nuget|packages?|dependenc(y|ies)|dotnet|npm|yarn|password|passphrase|account|"
                             r"panic|middleware)\b", re.I)


def _vendored_subchart_doc(path: str, charts: set[str]) -> bool:
    """A document of a chart kept under another chart's charts/ folder (an unpacked dependency such as Bitnami's
    postgresql, whose README has a generic "Backup and restore" section about Velero): the chart's publisher wrote it
    for every user of the chart, not as this team's procedure."""
    folder = path.rpartition("/")[0]
    while folder:
        parent = folder.rpartition("/")[0]
        owner, _, name = parent.rpartition("/")
        if folder in charts and name == "charts" and owner in charts:  # (a top-level charts/ folder is the team's)
            return True
        folder = parent
    return False


def _restore_sections(ctx: Context) -> list[tuple[str, str, int]]:
    from deploycheck.sources.kubernetes import chart_directories
    from deploycheck.sources.markdown import markdown_docs  # only runs that look for a restore procedure read docs
    from deploycheck.sources.target import rule_by_path

    docs = ctx.use(markdown_docs)
    charts = set(chart_directories(ctx))
    out = []
    for path, doc in docs.docs.items():
        # vendored code (a Go module's README under vendor/ documents its own recovery middleware), test data and
        # the READMEs of vendored subcharts describe someone else's software, not how this service's data comes back
        if rule_by_path(path) in ("vendored", "tests") or _vendored_subchart_doc(path, charts):
            continue
        for heading in doc.headings:
            if _RESTORE_HEADING.search(heading.text) and not _NOT_DATA_RESTORE.search(heading.text):
                out.append((path, heading.text, heading.line))
    return out


# A script that loads a dump back into a database: the restore tools, or a client reading a dump from its standard
# input (`mysql "$DB" < ~/backup.sql`, `psql -d app < dump.sql`, `gunzip -c x.sql.gz | mysql app`). Read line by line
# (a line is capped), each alternative a single pass.
_RESTORES = deferred("_RESTORES",
                     r"\b(pg_restore|mongorestore|mariadb-restore|myloader)\b"
                     r"|\b(mysql|mariadb|psql)\b[^\n<|;&]{0,300}<[ \t]*[^\s<]"
                     r"|\|[ \t]*(mysql|mariadb|psql)\b")
_MAX_SCRIPT_LINE = 2000


def _restore_jobs(ctx: Context) -> list[tuple[str, K8sObject]]:
    """(what, Job/CronJob) for the jobs that load a backup into a database: a restore written as code the team runs
    (prisoner-content-hub-backend's db-refresh CronJob runs the ConfigMap script db-refresh.sh, which fetches the
    newest dump from S3 and runs `mysql "$DB" < dump`) is a procedure nobody has to invent during an incident. Read
    from the container's command and args and from the ConfigMaps mounted into its pod."""
    kube = ctx.use(all_objects)
    config_maps = {o.name: o for o in kube.of_kind("ConfigMap")}
    out = []
    for obj in kube.of_kind("CronJob", "Job"):
        if obj.unlisted:
            continue  # not shown to be deployed (kustomize.unlisted_manifests)
        texts = [" ".join(str(x) for x in [*as_list(c.spec.get("command")), *as_list(c.spec.get("args"))])
                 for c in obj.containers()]
        for volume in as_list((obj.pod_spec or {}).get("volumes")):
            ref = volume.get("configMap") if isinstance(volume, dict) else None
            cm = config_maps.get(str(ref.get("name"))) if isinstance(ref, dict) else None
            data = cm.body.get("data") if cm is not None else None
            texts += [v for v in (data or {}).values() if isinstance(v, str)] if isinstance(data, dict) else []
        for text in texts:
            m = next((m for line in text.splitlines() if len(line) <= _MAX_SCRIPT_LINE
                      for m in [_RESTORES.search(line)] if m), None)
            if m:
                out.append((f"{obj.kind} {obj.name} loads a backup ({' '.join(m.group(0).split())[:60]})", obj))
                break
    return out


@check(
    "backups/restore-procedure",
    title="A restore procedure is documented",
    severity="medium",
    needs=("docs",),
    rationale="During an incident nobody should be inventing the restore steps; a written procedure is also "
              "what a restore drill tests.",
    remediation="Add a 'Restore' section to the runbook (docs/runbook.md): where backups live, the exact "
                "commands, how to verify the result, expected duration.",
)
def restore_procedure(ctx: Context) -> Iterator[Finding]:
    state = stateful_components(ctx)
    if not state:
        yield not_applicable(_stateless(ctx, "nothing to restore"))
        return
    seeded = _seed_only(ctx) if not _mechanisms(ctx) else {}
    if seeded and not _without_seeded(state, seeded):
        # restoring such a database is starting it again from its image
        for key, (why, obj) in seeded.items():
            yield passed(f"{key}: {why}: starting it again from its image restores it", obj.location(None))
        return
    sections = _restore_sections(ctx)
    for path, text, line in sections[:5]:
        yield passed(f"restore procedure documented: '{text}'", Location(path=path, line=line))
    jobs = [] if sections else _restore_jobs(ctx)
    for what, obj in jobs[:5]:
        yield passed(f"restore procedure written as a job: {what}", obj.location(None))
    if not sections and not jobs:
        unwired = ctx.use(unwired_database) if list(dict.fromkeys(state)) == [_SERVICE_DATABASE] else None
        if unwired:
            yield manual(f"no documented restore procedure, and no database to restore is shown: the code can use "
                         f"one ({_code_database(ctx)}), but {unwired}; if the service keeps data in a database set "
                         "up outside the repository, confirm where its restore procedure is written",
                         evidence={"unwired_database": unwired})
            return
        yield failed("no documented restore procedure (no Markdown heading mentioning restore/recovery)")


@check(
    "backups/tested",
    title="The backup has been restored recently (drill)",
    severity="high",
    needs=("an attestation, or verify with --db-url-env and restore_drill: in the environment",),
    rationale="Backups fail silently; only a restore proves them. The checklist asks for backups *tested*.",
    remediation="Run a restore drill (`deploycheck verify --env NAME` does one against PostgreSQL where the "
                "environment has `db_url_env` and opts in with `restore_drill:`) or "
                "record the last manual drill as an attestation for the backups item (expires after 90 days).",
)
def tested(ctx: Context) -> Iterator[Finding]:
    if not stateful_components(ctx):
        yield not_applicable(_stateless(ctx, "nothing to restore"))
        return
    if ctx.options.mode == "verify" and ctx.target("db_url_env") and ctx.target("restore_drill"):
        yield not_applicable("the live restore drill (backups/live-restore-drill) gives this evidence")
        return
    yield manual("a person must confirm a recent restore drill: attach its record (date, duration, who, result) "
                 "as an attestation for `backups`, or opt the environment into `restore_drill:` and run "
                 "`deploycheck verify --env NAME`")
