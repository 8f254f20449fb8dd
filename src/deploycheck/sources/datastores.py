"""Which containers run a data store (database, queue, cache), known by image name or data directory.

A PostgreSQL run as a plain Deployment is as stateful as one run as a StatefulSet: storage, backups
and replica advice must treat it so. Known by the image's last path component (official images and
the common Bitnami ones) or by a mount at a data store's well-known data directory. Hand-written:
no maintained library maps images to data stores.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from deploycheck.sources.images import parse_image
from deploycheck.sources.k8s_graph import as_list
from deploycheck.sources.kubernetes import Container, K8sObject

if TYPE_CHECKING:
    from deploycheck.context import Context


@dataclass(frozen=True)
class DataStore:
    """A kind of data store an image runs."""
    name: str  # "PostgreSQL"
    single_writer: bool  # one primary takes writes: more replicas of the same pod template do not share data


# image last component (regex, full match) -> store
_IMAGES: tuple[tuple[re.Pattern[str], DataStore], ...] = tuple(
    (re.compile(pattern), DataStore(name, single))
    for pattern, name, single in (
        (r"postgres(ql)?|postgis|timescaledb(-ha)?|pgvector", "PostgreSQL", True),
        (r"mysql(-server)?|percona(-server)?", "MySQL", True),
        (r"mariadb", "MariaDB", True),
        (r"mongo(db)?(-community-server)?", "MongoDB", True),
        (r"redis(-stack(-server)?)?|valkey|keydb", "Redis", True),
        (r"rabbitmq", "RabbitMQ", False),
        (r"kafka|cp-kafka", "Kafka", False),
        (r"zookeeper|cp-zookeeper", "ZooKeeper", False),
        (r"elasticsearch|opensearch", "Elasticsearch", False),
        (r"cassandra|scylla", "Cassandra", False),
        (r"etcd", "etcd", False),
        (r"minio", "MinIO", False),
        (r"influxdb", "InfluxDB", True),
        (r"neo4j", "Neo4j", True),
        (r"clickhouse(-server)?", "ClickHouse", False),
        (r"couchdb", "CouchDB", False),
        (r"memcached", "Memcached", False),
        (r"dynamodb-?local", "DynamoDB Local", True),
    )
)
# Microsoft's SQL Server images end in a generic `server` (mcr.microsoft.com/mssql/server): matched on the
# whole repository path. Only ever with fullmatch (one start, linear): searched, `(?:.*/)?` from every position
# of a long path would be cubic.
_SQL_SERVER_REPOSITORY = re.compile(r"(?:.*/)?mssql/(?:rhel/)?server|(?:.*/)?azure-sql-edge")
_SQL_SERVER = DataStore("SQL Server", True)
# mount path prefix -> store, for images with unusual names that still write where the store does
_DATA_DIRS: tuple[tuple[str, DataStore], ...] = (
    ("/var/lib/postgresql", DataStore("PostgreSQL", True)),
    ("/var/lib/mysql", DataStore("MySQL", True)),
    ("/var/opt/mssql", DataStore("SQL Server", True)),
    ("/data/db", DataStore("MongoDB", True)),
    ("/var/lib/rabbitmq", DataStore("RabbitMQ", False)),
    ("/usr/share/elasticsearch/data", DataStore("Elasticsearch", False)),
    ("/var/lib/cassandra", DataStore("Cassandra", False)),
    ("/bitnami/postgresql", DataStore("PostgreSQL", True)),
    ("/bitnami/mysql", DataStore("MySQL", True)),
    ("/bitnami/mongodb", DataStore("MongoDB", True)),
)
# Caches hold nothing that must survive: no persistent volume or backup is needed for them.
CACHES = frozenset({"Memcached"})


def store_of_image(image: object) -> DataStore | None:
    if not isinstance(image, str) or not image.strip():
        return None
    ref = parse_image(image)
    last, repository = ref.last_component.lower(), ref.repository.lower()
    return next((store for pattern, store in _IMAGES if pattern.fullmatch(last)), None) \
        or (_SQL_SERVER if _SQL_SERVER_REPOSITORY.fullmatch(repository) else None)


def data_stores_of_container(c: Container) -> DataStore | None:
    """The data store one container runs (by its image, or by the data directory it mounts), if any."""
    store = store_of_image(c.spec.get("image"))
    if store is None:
        mounts = [m.get("mountPath") for m in as_list(c.spec.get("volumeMounts")) if isinstance(m, dict)]
        store = next((s for prefix, s in _DATA_DIRS for p in mounts
                      if isinstance(p, str) and p.startswith(prefix)), None)
    return store


def data_stores(obj: K8sObject) -> Iterator[tuple[str, DataStore]]:
    """(container name, store) for each long-running container of a workload that runs a data store."""
    for c in obj.containers(include_init=False):
        store = data_stores_of_container(c)
        if store is not None:
            yield c.name, store


def persistent_store(obj: K8sObject) -> DataStore | None:
    """The first data store of a workload whose data must outlive the pod (caches left out)."""
    return next((store for _, store in data_stores(obj) if store.name not in CACHES), None)


# A SQLite database named in a container's environment (DATABASE_URL=sqlite3:db/db.sqlite3, sqlite:////data/app.db)
# (SQLAlchemy form: sqlite:///relative.db, sqlite:////absolute.db; Rails form: sqlite3:db/x.sqlite3)
_SQLITE_URL = re.compile(r"^sqlite3?:(//)?([^?]*)", re.I)


@dataclass(frozen=True)
class EmbeddedDatabase:
    """A file database (SQLite and the like) a container's variable points at, and the volume mounted over it."""
    container: str
    variable: str
    path: str  # as written (relative: under the image's working directory)
    volume: str | None  # the volume mounted over it, if any
    persistent: bool  # that volume is a PersistentVolumeClaim


def embedded_databases(obj: K8sObject) -> list[EmbeddedDatabase]:
    """SQLite databases the containers' env points at, and whether a volume (persistent or not) holds them.
    A relative path is under the image's working directory, which the manifests do not show: it counts as
    held by a volume only when it is mounted at a path ending with the file's directory."""
    spec = obj.pod_spec or {}
    volumes = {str(v.get("name")): v for v in as_list(spec.get("volumes")) if isinstance(v, dict)}
    claims = {str(t.get("metadata", {}).get("name")) for t in
              (as_list((obj.body.get("spec") or {}).get("volumeClaimTemplates"))) if isinstance(t, dict)
              and isinstance(t.get("metadata"), dict)} if isinstance(obj.body.get("spec"), dict) else set()
    out = []
    for c in obj.containers(include_init=False):
        for env in as_list(c.spec.get("env")):
            value = env.get("value") if isinstance(env, dict) else None
            match = _SQLITE_URL.match(value.strip()) if isinstance(value, str) else None
            path = match.group(2) if match else ""
            path = path[1:] if match and match.group(1) and path.startswith("/") else path
            if not path or path == ":memory:" or "mode=memory" in (value or ""):
                continue
            folder = path.rsplit("/", 1)[0] if "/" in path else ""
            holder = None
            for mount in as_list(c.spec.get("volumeMounts")):
                target = str(mount.get("mountPath", "")).rstrip("/") if isinstance(mount, dict) else ""
                if target and ((path.startswith("/") and path.startswith(target + "/"))
                               or (not path.startswith("/") and folder and target.endswith("/" + folder))):
                    holder = str(mount.get("name"))
            volume = volumes.get(holder or "", {})
            persistent = holder is not None and ("persistentVolumeClaim" in volume or holder in claims)
            out.append(EmbeddedDatabase(c.name, str(env.get("name")), path, holder, persistent))
    return out


_SAVE_OFF = re.compile(r"""^[ \t]*save\s+(""|'')\s*$""", re.M)
_AOF_ON = re.compile(r"^[ \t]*appendonly\s+yes\b", re.M | re.I)


def redis_without_persistence(obj: K8sObject, configmaps: dict[str, dict[str, object]]) -> bool:
    """Redis told to keep nothing on disk (`save ""` and no `appendonly yes`, on its command line or in a
    mounted ConfigMap): a cache, whatever it is called. `configmaps` maps a ConfigMap name to its data."""
    stores = list(data_stores(obj))
    if not stores or any(store.name != "Redis" for _, store in stores):
        return False
    spec = obj.pod_spec or {}
    mounted = [str(v["configMap"].get("name")) for v in as_list(spec.get("volumes"))
               if isinstance(v, dict) and isinstance(v.get("configMap"), dict)]
    for c in obj.containers(include_init=False):
        words = [str(w) for w in [*as_list(c.spec.get("command")), *as_list(c.spec.get("args"))]]
        text = "\n".join(str(v) for name in mounted for v in (configmaps.get(name) or {}).values())
        for i, word in enumerate(words[:-1]):
            if word == "--save" and words[i + 1] in ("", '""', "''"):
                text += '\nsave ""'
            if word == "--appendonly" and words[i + 1].lower() == "yes":
                text += "\nappendonly yes"
        if not _SAVE_OFF.search(text) or _AOF_ON.search(text):
            return False
    return True


# Databases in the manifests, for sources/migrations.py (database_usage) and the database items: here, beside the
# data-store images, so that a manifest-only scan answers "is a database in use?" without importing the code and
# lockfile readers of sources/migrations.py.
DB_IMAGES = re.compile(r"(^|/)(postgres|postgresql|mysql|mariadb|mongo|mongodb|cockroach|timescaledb|"
                       r"postgis)[:@/]|(^|/)(postgres|postgresql|mysql|mariadb|mongo|mongodb)$", re.I)
DB_KINDS = frozenset({"Cluster", "PostgresCluster", "postgresql", "MySQLCluster", "InnoDBCluster",
                      "PerconaXtraDBCluster", "MongoDBCommunity", "PerconaServerMongoDB", "MariaDB", "DBInstance",
                      "SQLInstance", "DatabaseInstance"})


def manifest_database_evidence(ctx: Context) -> list[tuple[str, str]]:
    """(what, where) of the databases the Kubernetes objects run: operator clusters, database containers.
    Alone it often answers "is a database in use?" without reading every code file and lockfile."""
    from deploycheck.sources.kubernetes import all_objects

    evidence = []
    for obj in ctx.use(all_objects).objects:
        if obj.kind in DB_KINDS and ("postgres" in obj.api_version or "mysql" in obj.api_version
                                     or "mongo" in obj.api_version or "mariadb" in obj.api_version
                                     or obj.kind != "Cluster"):
            evidence.append((f"{obj.kind} {obj.name}", obj.path))
        for c in obj.containers(include_init=False):
            if DB_IMAGES.search(str(c.spec.get("image", "")).split("@")[0].rsplit(":", 1)[0] + ":"):
                evidence.append((f"database container {c.name} ({c.spec.get('image')}) in {obj.kind} "
                                 f"{obj.name}", obj.path))
    return evidence


# A database run by a cloud provider, as a workload names it in its environment: an AWS RDS/Aurora Secret, key or
# variable (Cloud Platform's `rds-postgresql-instance-output` with `rds_instance_endpoint`, `rds-instance-output`,
# Elastic Beanstalk's `RDS_HOSTNAME`), such a host (*.rds.amazonaws.com; Azure's *.database.azure.com,
# *.database.windows.net) or the Cloud SQL Auth Proxy beside the service. Its backups are the provider's (RDS keeps
# automatic backups unless the retention is set to 0), configured outside the repository: nothing here can show
# them on or off. Whole tokens between - _ . only ("cards", "records" are no RDS); fixed words, linear.
_MANAGED_TOKEN = re.compile(r"(?:^|[-_.])(rds|aurora|cloudsql)(?:[-_.]|$)", re.I)
_MANAGED_HOST = re.compile(r"\.rds\.amazonaws\.com|\.database\.azure\.com|\.database\.windows\.net", re.I)
_CLOUD_SQL_PROXY = frozenset({"cloud-sql-proxy", "cloudsql-proxy", "gce-proxy"})


def managed_database(obj: K8sObject) -> str | None:
    """What in a workload's containers names a provider-managed database (first one), or None."""
    for c in obj.containers():
        image = c.spec.get("image")
        if isinstance(image, str) and image.strip() and parse_image(image).last_component.lower() in _CLOUD_SQL_PROXY:
            return f"Cloud SQL Auth Proxy container {c.name}"
        for env in as_list(c.spec.get("env")):
            if not isinstance(env, dict):
                continue
            ref = (env.get("valueFrom") or {}).get("secretKeyRef") if isinstance(env.get("valueFrom"), dict) else None
            names = [("variable", env.get("name"))]
            if isinstance(ref, dict):
                names += [("Secret", ref.get("name")), ("Secret key", ref.get("key"))]
            for what, name in names:
                if isinstance(name, str) and _MANAGED_TOKEN.search(name[:200]):
                    return f"{what} {name[:100]} of container {c.name}"
            value = env.get("value")
            if isinstance(value, str) and _MANAGED_HOST.search(value[:1000]):
                return f"variable {str(env.get('name'))[:100]} of container {c.name} (a managed database host)"
        for source in as_list(c.spec.get("envFrom")):
            ref = source.get("secretRef") if isinstance(source, dict) else None
            name = ref.get("name") if isinstance(ref, dict) else None
            if isinstance(name, str) and _MANAGED_TOKEN.search(name[:200]):
                return f"Secret {name[:100]} of container {c.name} (envFrom)"
    return None
