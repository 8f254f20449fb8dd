"""Database migration trees: Alembic, Django, Flyway, golang-migrate, darwin, Liquibase.

For every tree: its migrations (id, parents, the operations of the upgrade with their risk, and
whether a reverse exists), the chain's problems (syntax errors, duplicates, missing parents,
cycles, several heads) and its head(s). Also: evidence that the service uses a database at all.

Python migrations (Alembic, Django) are read with `ast` and never imported or executed. SQL is
parsed with pglast (the PostgreSQL parser itself) to classify statements; SQL that PostgreSQL
cannot parse (another dialect) is recorded, not guessed at. Liquibase XML goes through defusedxml.
The risk rules follow the usual zero-downtime migration advice (squawk's rule set, strong_migrations).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

from deploycheck.line_numbers import line_at
from deploycheck.sources.datastores import manifest_database_evidence
from deploycheck.sources.pyast import python_modules

if TYPE_CHECKING:
    from deploycheck.context import Context
    from deploycheck.sources.files import FileIndex

ALEMBIC, DJANGO, FLYWAY, GOLANG_MIGRATE, LIQUIBASE = "alembic", "django", "flyway", "golang-migrate", "liquibase"
ACTIVE_RECORD = "activerecord"
SQLX = "sqlx"
PRISMA = "prisma"
DARWIN = "darwin"
DOCTRINE = "doctrine"
DRUPAL = "drupal"

# Risk slugs -> what to tell the reader. Destructive ones lose data or break the running version.
RISKS: dict[str, str] = {
    "index-not-concurrent": "CREATE INDEX without CONCURRENTLY blocks writes to the table while it builds",
    "not-null-no-default": "adding a NOT NULL column without a default fails on a non-empty table "
                           "(or rewrites it)",
    "column-type-change": "changing a column's type rewrites the table under an ACCESS EXCLUSIVE lock",
    "set-not-null": "SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock",
    "constraint-not-valid": "adding a foreign key or check constraint without NOT VALID locks and scans the table",
    "lock": "an explicit LOCK TABLE holds other sessions off for the rest of the transaction",
    "drop-table": "drops a table: its data is gone and the running version may still use it",
    "drop-column": "drops a column: its data is gone and the running version may still read it",
    "rename": "renaming a table or column breaks the version still running during the rollout",
    "truncate": "TRUNCATE deletes every row",
    "alter-field": "AlterField may change the column type (table rewrite, lock)",
}
DESTRUCTIVE = frozenset({"drop-table", "drop-column", "rename", "truncate"})


@dataclass
class Operation:
    """One schema change a migration makes, with its risk when it is a risky one."""
    kind: str  # op name ("add_column") or SQL statement ("CREATE INDEX")
    summary: str  # "add_column user.age NOT NULL"
    line: int | None
    risk: str | None = None
    path: str | None = None  # when it differs from the migration's file (Liquibase includes, SQL files)
    # Django: (model, field, column signature) per field the operation defines (CreateModel, AddField,
    # AlterField), so an AlterField can be compared with the field as it was before it.
    django_fields: tuple[tuple[str, str, tuple[Any, ...]], ...] = ()

    @property
    def destructive(self) -> bool:
        return self.risk in DESTRUCTIVE


@dataclass
class Migration:
    """One migration of a tree, and the migrations it follows."""
    tool: str
    path: str
    id: str
    parents: tuple[str, ...] = ()
    line: int | None = None
    operations: list[Operation] = field(default_factory=list)
    reversible: bool | None = None  # None: could not tell
    reverse_note: str = ""  # where the reverse is, or why there is none
    reverse_path: str | None = None
    replaces: tuple[str, ...] = ()  # Django squashed migrations: the ids they stand for


@dataclass
class MigrationProblem:
    """A problem of a migration tree (syntax, duplicates, missing parents, cycles, heads)."""
    path: str
    message: str
    line: int | None = None
    kind: str = "chain"  # syntax | duplicate | missing | cycle | heads | sql | read


@dataclass
class MigrationTree:
    """The migrations of one tool in one place, with their heads and problems."""
    tool: str
    location: str  # directory (or changelog file) of the tree
    migrations: list[Migration] = field(default_factory=list)
    problems: list[MigrationProblem] = field(default_factory=list)
    heads: set[str] = field(default_factory=set)

    @property
    def ids(self) -> set[str]:
        return {m.id for m in self.migrations}


@dataclass
class MigrationSet:
    """Every migration tree of the repository."""
    trees: list[MigrationTree] = field(default_factory=list)


# --- SQL (pglast) --------------------------------------------------------------------------------


def lint_sql(sql: str, path: str, first_line: int = 1, created: set[str] | None = None
             ) -> tuple[list[Operation], MigrationProblem | None]:
    """Classify each statement of a PostgreSQL script; a parse failure is a problem, not an exception.

    `created`: tables created earlier in the same migration (DDL on them cannot block anyone); the
    tables this script creates are added to it.
    """
    import pglast
    from pglast import enums

    try:
        statements = pglast.parse_sql(sql)
    except pglast.parser.ParseError as exc:
        offset = exc.args[1] if len(exc.args) > 1 and isinstance(exc.args[1], int) else 0
        return [], MigrationProblem(path, f"SQL does not parse as PostgreSQL: {exc.args[0]}",
                                    first_line + line_at(sql, max(0, offset)) - 1, "sql")
    ops: list[Operation] = []
    created = set() if created is None else created
    at = enums.AlterTableType
    for raw in statements:
        stmt: Any = raw.stmt  # pglast's node classes type every field Optional; the parser fills them
        line = first_line + line_at(sql, max(0, raw.stmt_location or 0)) - 1
        name = type(stmt).__name__
        if name == "CreateStmt":
            created.add(stmt.relation.relname)
            ops.append(Operation("CREATE TABLE", f"CREATE TABLE {stmt.relation.relname}", line, path=path))
        elif name == "IndexStmt":
            table = stmt.relation.relname
            risky = not stmt.concurrent and table not in created
            ops.append(Operation("CREATE INDEX", f"CREATE INDEX {stmt.idxname or ''} ON {table}".replace("  ", " "),
                                 line, "index-not-concurrent" if risky else None, path))
        elif name == "AlterTableStmt":
            table = stmt.relation.relname if stmt.relation else "?"
            cmd: Any
            for cmd in stmt.cmds or ():
                sub = int(cmd.subtype)
                if sub == at.AT_AddColumn and type(cmd.def_).__name__ == "ColumnDef":
                    types = {int(c.contype) for c in cmd.def_.constraints or () if type(c).__name__ == "Constraint"}
                    risky = enums.ConstrType.CONSTR_NOTNULL in types and enums.ConstrType.CONSTR_DEFAULT not in types
                    ops.append(Operation("ADD COLUMN", f"ALTER TABLE {table} ADD COLUMN {cmd.def_.colname}"
                                         f"{' NOT NULL' if enums.ConstrType.CONSTR_NOTNULL in types else ''}", line,
                                         "not-null-no-default" if risky and table not in created else None, path))
                elif sub == at.AT_AlterColumnType:
                    ops.append(Operation("ALTER COLUMN TYPE", f"ALTER TABLE {table} ALTER COLUMN {cmd.name} TYPE",
                                         line, "column-type-change", path))
                elif sub == at.AT_DropColumn:
                    ops.append(Operation("DROP COLUMN", f"ALTER TABLE {table} DROP COLUMN {cmd.name}", line,
                                         "drop-column", path))
                elif sub == at.AT_SetNotNull:
                    ops.append(Operation("SET NOT NULL", f"ALTER TABLE {table} ALTER COLUMN {cmd.name} SET NOT NULL",
                                         line, "set-not-null" if table not in created else None, path))
                elif sub == at.AT_AddConstraint and type(cmd.def_).__name__ == "Constraint":
                    contype = int(cmd.def_.contype)
                    risky = contype in (enums.ConstrType.CONSTR_FOREIGN, enums.ConstrType.CONSTR_CHECK) and not (
                        cmd.def_.skip_validation) and table not in created
                    ops.append(Operation("ADD CONSTRAINT", f"ALTER TABLE {table} ADD CONSTRAINT "
                                         f"{cmd.def_.conname or ''}".rstrip(), line,
                                         "constraint-not-valid" if risky else None, path))
                else:
                    ops.append(Operation("ALTER TABLE", f"ALTER TABLE {table}", line, path=path))
        elif name == "DropStmt":
            dropped = enums.ObjectType(stmt.removeType).name.removeprefix("OBJECT_")
            names = ", ".join(".".join(getattr(p, "sval", "?") for p in obj) if isinstance(obj, tuple) else "?"
                              for obj in stmt.objects or ())
            ops.append(Operation(f"DROP {dropped}", f"DROP {dropped} {names}", line,
                                 "drop-table" if dropped == "TABLE" else None, path))
        elif name == "RenameStmt":
            table = stmt.relation.relname if stmt.relation else "?"
            what = f"{table}.{stmt.subname}" if stmt.subname else table
            ops.append(Operation("RENAME", f"RENAME {what} TO {stmt.newname}", line, "rename", path))
        elif name == "LockStmt":
            ops.append(Operation("LOCK", "LOCK TABLE", line, "lock", path))
        elif name == "TruncateStmt":
            tables = ", ".join(getattr(r, "relname", "?") for r in stmt.relations or ())
            ops.append(Operation("TRUNCATE", f"TRUNCATE {tables}".rstrip(), line, "truncate", path))
        else:
            ops.append(Operation(name.removesuffix("Stmt"), name.removesuffix("Stmt"), line, path=path))
    return ops, None


def _sql_is_empty(sql: str) -> bool:
    stripped = re.sub(r"--[^\n]*|/\*.*?\*/", "", sql, flags=re.S)
    return not stripped.strip(" \t\r\n;")


# --- Alembic -------------------------------------------------------------------------------------


def _literal(node: ast.AST | None) -> Any:
    try:
        return ast.literal_eval(node) if node is not None else None
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return _Unknown


class _UnknownType:
    def __repr__(self) -> str:
        return "?"


_Unknown = _UnknownType()


def _kw(call: ast.Call, name: str) -> ast.AST | None:
    return next((k.value for k in call.keywords if k.arg == name), None)


def _is_trivial_body(body: list[ast.stmt]) -> bool:
    """`pass`, a docstring, `...` or `raise NotImplementedError` only: nothing is undone."""
    for stmt in body:
        if isinstance(stmt, ast.Pass):
            continue
        if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):
            continue
        if isinstance(stmt, ast.Raise):
            continue
        return False
    return True


def _is_empty_body(body: list[ast.stmt]) -> bool:
    """Trivial and without `raise`: the function neither changes anything nor refuses to run."""
    return _is_trivial_body(body) and not any(isinstance(stmt, ast.Raise) for stmt in body)


def _column_info(node: ast.AST | None) -> tuple[str, bool, bool]:
    """sa.Column('name', type, nullable=False, server_default=...) -> (name, not null, has default)."""
    if not isinstance(node, ast.Call):
        return "?", False, False
    name = _literal(node.args[0]) if node.args else None
    nullable = _kw(node, "nullable")
    not_null = isinstance(nullable, ast.Constant) and nullable.value is False
    pk = _kw(node, "primary_key")
    not_null = not_null or (isinstance(pk, ast.Constant) and pk.value is True)
    has_default = _kw(node, "server_default") is not None
    return (name if isinstance(name, str) else "?"), not_null, has_default


class _AlembicOps(ast.NodeVisitor):
    """Collects op.* / batch_op.* calls of upgrade(), resolving batch tables from `with` blocks."""

    def __init__(self, path: str, text: str) -> None:
        self.path = path
        self.text = text
        self.ops: list[Operation] = []
        self.problems: list[MigrationProblem] = []
        self.created: set[str] = set()
        self.batch: dict[str, str] = {}  # alias -> table

    def visit_With(self, node: ast.With) -> None:
        for item in node.items:
            call = item.context_expr
            if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "batch_alter_table" and isinstance(item.optional_vars, ast.Name)):
                table = _literal(call.args[0]) if call.args else _literal(_kw(call, "table_name"))
                self.batch[item.optional_vars.id] = table if isinstance(table, str) else "?"
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and (
                func.value.id == "op" or func.value.id in self.batch):
            self._op(func.attr, node, self.batch.get(func.value.id))
        self.generic_visit(node)

    def _arg(self, node: ast.Call, index: int, keyword: str) -> Any:
        arg = node.args[index] if len(node.args) > index else _kw(node, keyword)
        # op.f('ix_name') / batch_op.f(...) only marks a name as final; the literal is inside.
        if isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute) and arg.func.attr == "f" and arg.args:
            arg = arg.args[0]
        value = _literal(arg)
        return value if isinstance(value, str) else "?"

    def _op(self, name: str, node: ast.Call, batch_table: str | None) -> None:
        line = node.lineno
        shift = 0 if batch_table is None else -1  # batch ops omit the table argument

        def table_arg(index: int, keyword: str) -> str:
            return batch_table if batch_table is not None else self._arg(node, index, keyword)

        add = self.ops.append
        if name == "create_table":
            table = self._arg(node, 0, "table_name")
            self.created.add(table)
            add(Operation(name, f"create_table {table}", line))
        elif name == "create_index":
            table = table_arg(1, "table_name")
            concurrent = _kw(node, "postgresql_concurrently")
            is_concurrent = isinstance(concurrent, ast.Constant) and concurrent.value is True
            risky = not is_concurrent and table not in self.created
            add(Operation(name, f"create_index {self._arg(node, 0, 'index_name')} on {table}", line,
                          "index-not-concurrent" if risky else None))
        elif name == "add_column":
            table = table_arg(0, "table_name")
            column = node.args[1 + shift] if len(node.args) > 1 + shift else _kw(node, "column")
            col, not_null, has_default = _column_info(column)
            risky = not_null and not has_default and table not in self.created
            add(Operation(name, f"add_column {table}.{col}{' NOT NULL' if not_null else ''}", line,
                          "not-null-no-default" if risky else None))
        elif name == "alter_column":
            table = table_arg(0, "table_name")
            col = self._arg(node, 1 + shift, "column_name")
            risk = None
            if _kw(node, "new_column_name") is not None:
                risk = "rename"
            elif _kw(node, "type_") is not None:
                risk = "column-type-change"
            else:
                nullable = _kw(node, "nullable")
                if isinstance(nullable, ast.Constant) and nullable.value is False and table not in self.created:
                    risk = "set-not-null"
            add(Operation(name, f"alter_column {table}.{col}", line, risk))
        elif name == "drop_table":
            add(Operation(name, f"drop_table {self._arg(node, 0, 'table_name')}", line, "drop-table"))
        elif name == "drop_column":
            add(Operation(name, f"drop_column {table_arg(0, 'table_name')}.{self._arg(node, 1 + shift, 'column_name')}",
                          line, "drop-column"))
        elif name in ("create_foreign_key", "create_check_constraint"):
            table = table_arg(1, "source_table" if name == "create_foreign_key" else "table_name")
            not_valid = _kw(node, "postgresql_not_valid")
            risky = not (isinstance(not_valid, ast.Constant) and not_valid.value is True) and table not in self.created
            add(Operation(name, f"{name} {self._arg(node, 0, 'constraint_name')} on {table}", line,
                          "constraint-not-valid" if risky else None))
        elif name == "rename_table":
            add(Operation(name, f"rename_table {self._arg(node, 0, 'old_table_name')} -> "
                                f"{self._arg(node, 1, 'new_table_name')}", line, "rename"))
        elif name == "execute":
            sql = _literal(node.args[0]) if node.args else None
            if isinstance(sql, str):
                ops, problem = lint_sql(sql, self.path, line, self.created)
                self.ops.extend(Operation(o.kind, o.summary, o.line, o.risk) for o in ops)
                if problem:
                    self.problems.append(problem)
            else:
                add(Operation(name, "execute (SQL built at run time; not checked)", line))
        elif name not in ("f", "get_bind", "get_context", "batch_alter_table", "inline_literal"):
            add(Operation(name, name, line))


# The annotation (`: str | None`) stops before a next line starting `revision`/`down_revision`: a file of
# `revision:` lines without `=` was read to its end from each (1.5 s for 32,000 characters).
_REV_RE = re.compile(r"^(down_revision|revision)\s*+(?::(?:(?!^(?:down_)?revision)[^=])++)?=\s*(.+)$", re.M)


def _alembic_ids_by_regex(text: str) -> tuple[str | None, tuple[str, ...]]:
    """Revision ids of a file that does not parse, so one syntax error does not also break the chain."""
    found: dict[str, Any] = {}
    for match in _REV_RE.finditer(text):
        try:
            found[match.group(1)] = ast.literal_eval(match.group(2).strip())
        except (ValueError, SyntaxError):
            continue
    rev = found.get("revision")
    return (rev if isinstance(rev, str) else None), _parents(found.get("down_revision"))


def _parents(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list | tuple):
        return tuple(v for v in value if isinstance(v, str))
    return ()


def parse_alembic(text: str, path: str) -> tuple[Migration | None, list[MigrationProblem]]:
    try:
        module = ast.parse(text, filename=path)
    except (SyntaxError, ValueError, RecursionError, MemoryError) as exc:
        line = exc.lineno if isinstance(exc, SyntaxError) else None
        rev, parents = _alembic_ids_by_regex(text)
        problem = MigrationProblem(path, f"syntax error: {getattr(exc, 'msg', str(exc))}", line, "syntax")
        if rev is None:
            return None, [problem]
        return Migration(ALEMBIC, path, rev, parents, reversible=None,
                         reverse_note="cannot tell: the file does not parse"), [problem]
    values: dict[str, Any] = {}
    lines: dict[str, int] = {}
    functions: dict[str, ast.FunctionDef] = {}
    for stmt in module.body:
        targets: list[ast.expr] = []
        value: ast.expr | None = None
        if isinstance(stmt, ast.Assign):
            targets, value = stmt.targets, stmt.value
        elif isinstance(stmt, ast.AnnAssign) and stmt.value is not None:
            targets, value = [stmt.target], stmt.value
        elif isinstance(stmt, ast.FunctionDef):
            functions[stmt.name] = stmt
        for target in targets:
            if isinstance(target, ast.Name) and target.id in ("revision", "down_revision"):
                values[target.id] = _literal(value)
                lines[target.id] = stmt.lineno
    rev = values.get("revision")
    if not isinstance(rev, str):
        return None, [MigrationProblem(path, "no literal `revision = '...'` found", None, "syntax")]
    migration = Migration(ALEMBIC, path, rev, _parents(values.get("down_revision")), lines.get("revision"))
    problems: list[MigrationProblem] = []
    if "down_revision" not in values:
        problems.append(MigrationProblem(path, "no `down_revision` assignment", lines.get("revision"), "syntax"))
    upgrade = functions.get("upgrade")
    if upgrade is not None:
        visitor = _AlembicOps(path, text)
        for stmt in upgrade.body:
            visitor.visit(stmt)
        migration.operations = visitor.ops
        problems += visitor.problems
    downgrade = functions.get("downgrade")
    if downgrade is None:
        migration.reversible, migration.reverse_note = False, "no downgrade() function"
    elif upgrade is not None and _is_empty_body(upgrade.body) and _is_empty_body(downgrade.body):
        # An empty revision (alembic's "empty init", a merge point) changes nothing, so an empty downgrade()
        # undoes it exactly (fastapi-example's 716fb76750ec_empty_init.py was reported irreversible).
        migration.reversible = True
        migration.reverse_note = f"upgrade() and downgrade() at line {downgrade.lineno} are empty: nothing to undo"
    elif _is_trivial_body(downgrade.body):
        migration.reversible = False
        migration.reverse_note = f"downgrade() at line {downgrade.lineno} does nothing (pass/raise only)"
    else:
        migration.reversible, migration.reverse_note = True, f"downgrade() at line {downgrade.lineno}"
    return migration, problems


# --- Django --------------------------------------------------------------------------------------

# Operations Django cannot reverse unless given the reverse explicitly.
_DJANGO_NEEDS_REVERSE = {"RunPython": ("reverse_code", 1), "RunSQL": ("reverse_sql", 1)}
_DJANGO_RISK = {"RemoveField": "drop-column", "DeleteModel": "drop-table", "RenameField": "rename",
                "RenameModel": "rename", "AlterField": "alter-field"}
# Field arguments that change the column in the database (its type, nullability, a constraint or an
# index). help_text, blank, choices, validators, default (Python-side) and db_default (a catalogue-only
# DEFAULT) change no column, so an AlterField touching only those rewrites nothing.
_DJANGO_COLUMN_ARGS = frozenset({"max_length", "max_digits", "decimal_places", "null", "to", "base_field", "size",
                                 "primary_key", "unique", "db_index", "db_column", "db_collation", "db_constraint",
                                 "to_field", "dim", "srid", "geography", "dimensions"})


def _literal_or_dump(node: ast.AST) -> Any:
    value = _literal(node)
    return ast.dump(node) if value is _Unknown else value


def _django_column(field: ast.AST | None) -> tuple[Any, ...] | None:
    """What an AlterField could change in the column: the field class and its column arguments."""
    if not isinstance(field, ast.Call):
        return None
    func = field.func
    cls = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ast.dump(func)
    args = tuple(sorted((k.arg, _literal_or_dump(k.value)) for k in field.keywords if k.arg in _DJANGO_COLUMN_ARGS))
    # Positional arguments (a ForeignKey's target, ArrayField's base field) are part of the column too.
    return (cls, tuple(ast.dump(a) for a in field.args), args)


def _django_fields(op_name: str, call: ast.Call, model: Any, name: Any) -> tuple[tuple[str, str, tuple[Any, ...]], ...]:
    if op_name in ("AddField", "AlterField") and isinstance(model, str) and isinstance(name, str):
        column = _django_column(_kw(call, "field") or (call.args[2] if len(call.args) > 2 else None))
        return ((model.lower(), name.lower(), column),) if column else ()
    if op_name == "CreateModel" and isinstance(name, str):
        fields = _kw(call, "fields") or (call.args[1] if len(call.args) > 1 else None)
        out = []
        for element in getattr(fields, "elts", []):
            pair = getattr(element, "elts", [])
            field_name = _literal(pair[0]) if len(pair) == 2 else None
            column = _django_column(pair[1]) if len(pair) == 2 else None
            if isinstance(field_name, str) and column:
                out.append((name.lower(), field_name.lower(), column))
        return tuple(out)
    return ()


def settle_django_alter_fields(tree: MigrationTree) -> None:
    """Replay the app's migrations in dependency order and drop the `alter-field` risk of an AlterField
    whose column is the same as before (same field class and column arguments). A large real service had
    hundreds of AlterFields changing only defaults or help text, each reported as a possible table rewrite.
    A field first seen in the AlterField (history squashed away, or a model of another app) keeps the risk."""
    import graphlib

    by_id = {m.id: m for m in tree.migrations}
    graph = {m.id: [p for p in m.parents if p in by_id] for m in tree.migrations}
    try:
        order = list(graphlib.TopologicalSorter(graph).static_order())
    except graphlib.CycleError:
        return  # the chain check reports the cycle; nothing is settled
    columns: dict[tuple[str, str], tuple[Any, ...]] = {}
    for mid in order:
        for op in by_id[mid].operations:
            for model, field_name, column in op.django_fields:
                before = columns.get((model, field_name))
                if op.kind == "AlterField" and before is not None:
                    op.risk = _alter_field_risk(before, column)
                columns[(model, field_name)] = column


# Fields stored as varchar/text in PostgreSQL: between them, only a shorter limit needs a rewrite.
_DJANGO_TEXT_FIELDS = frozenset({"CharField", "SlugField", "EmailField", "URLField", "TextField"})


def _widens(old: dict[str, Any], new: dict[str, Any], key: str) -> bool:
    """`key` grows or its limit goes: PostgreSQL (9.2+) widens varchar(n) and numeric(p, s) without a rewrite."""
    before, after = old.get(key), new.get(key)
    return isinstance(before, int) and (after is None or (isinstance(after, int) and after >= before))


def _alter_field_risk(before: tuple[Any, ...], after: tuple[Any, ...]) -> str | None:
    """The risk of changing a column from `before` to `after` (see _django_column), in PostgreSQL terms."""
    if before == after:
        return None  # nothing the database sees
    old, new = dict(before[2]), dict(after[2])
    changed = {k for k in old.keys() | new.keys() if old.get(k) != new.get(k)}
    text_to_text = {before[0], after[0]} <= _DJANGO_TEXT_FIELDS and before[1] == after[1] == ()
    if before[:2] != after[:2] and not text_to_text:
        return "column-type-change"  # another field class or positional arguments (a ForeignKey's target)
    risks = []
    # DROP NOT NULL is a catalogue change; SET NOT NULL scans the table under an exclusive lock.
    if "null" in changed and old.get("null") is True and new.get("null") is not True:
        risks.append("set-not-null")
    for key in ("unique", "db_index"):
        if key in changed and new.get(key) is True:
            risks.append("index-not-concurrent")  # Django builds the index in the same ALTER, not concurrently
    rest = changed - {"null", "unique", "db_index"}
    if text_to_text and after[0] == "TextField":
        rest.discard("max_length")  # varchar(n) -> text is binary-coercible: no rewrite
    rest -= {key for key in ("max_length", "max_digits") if key in rest and _widens(old, new, key)}
    if rest:
        risks.insert(0, "column-type-change")  # a shorter limit, precision's scale, target, collation...
    return risks[0] if risks else None


def parse_django(text: str, path: str, app: str, module: ast.Module | None = None
                 ) -> tuple[Migration | None, list[MigrationProblem]]:
    """One Django migration; `module` is the file's tree when the Python reader parsed it already."""
    name = PurePosixPath(path).stem
    try:
        module = module or ast.parse(text, filename=path)
    except (SyntaxError, ValueError, RecursionError, MemoryError) as exc:
        return None, [MigrationProblem(path, f"syntax error: {getattr(exc, 'msg', str(exc))}",
                                       getattr(exc, "lineno", None), "syntax")]
    cls = next((n for n in module.body if isinstance(n, ast.ClassDef) and n.name == "Migration"), None)
    if cls is None:
        return None, [MigrationProblem(path, "no `class Migration` found", None, "syntax")]
    migration = Migration(DJANGO, path, f"{app}.{name}", line=cls.lineno, reversible=True,
                          reverse_note="Django reverses its operations automatically")
    irreversible: list[str] = []
    created: set[str] = set()  # models created by this migration: indexes on them block nobody
    sql_problems: list[MigrationProblem] = []
    names: dict[str, ast.expr] | None = None  # module-level bindings, for RunSQL(sql) of a name
    for stmt in cls.body:
        if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)):
            continue
        key = stmt.targets[0].id
        if key == "dependencies" and isinstance(stmt.value, ast.List | ast.Tuple):
            parents = []
            for element in stmt.value.elts:
                dep = _literal(element)
                if isinstance(dep, tuple) and len(dep) == 2 and all(isinstance(d, str) for d in dep):
                    parents.append(f"{dep[0]}.{dep[1]}")
            migration.parents = tuple(parents)
        elif key == "replaces" and isinstance(stmt.value, ast.List | ast.Tuple):
            replaced = [_literal(e) for e in stmt.value.elts]
            migration.replaces = tuple(f"{r[0]}.{r[1]}" for r in replaced
                                       if isinstance(r, tuple) and len(r) == 2 and all(isinstance(x, str) for x in r))
        elif key == "operations" and isinstance(stmt.value, ast.List | ast.Tuple):
            for element in stmt.value.elts:
                if not isinstance(element, ast.Call):
                    continue
                func = element.func
                op_name = (func.attr if isinstance(func, ast.Attribute)
                           else func.id if isinstance(func, ast.Name) else "?")
                parts = [_literal(_kw(element, "model_name")), _literal(_kw(element, "name"))]
                what = ".".join(p for p in parts if isinstance(p, str))
                risk = _DJANGO_RISK.get(op_name)
                if op_name == "CreateModel" and isinstance(parts[1], str):
                    created.add(parts[1].lower())
                elif op_name in ("AddIndex", "AddConstraint") and str(parts[0]).lower() not in created:
                    # AddIndexConcurrently (django.contrib.postgres) is the non-blocking variant.
                    risk = "index-not-concurrent" if op_name == "AddIndex" else "constraint-not-valid"
                migration.operations.append(Operation(op_name, f"{op_name} {what}".strip(), element.lineno, risk,
                                                      django_fields=_django_fields(op_name, element, *parts)))
                if op_name == "RunSQL":
                    names = _module_names(module) if names is None else names
                    sql_problems += _django_run_sql(element, names, path, migration)
                if op_name in _DJANGO_NEEDS_REVERSE:
                    keyword, position = _DJANGO_NEEDS_REVERSE[op_name]
                    if _kw(element, keyword) is None and len(element.args) <= position:
                        irreversible.append(f"{op_name} at line {element.lineno} has no {keyword}")
    if irreversible:
        migration.reversible, migration.reverse_note = False, "; ".join(irreversible)
    return migration, sql_problems


def _module_names(module: ast.Module) -> dict[str, ast.expr]:
    """Module-level `name = value` bindings (the last one wins), read once per file."""
    return {stmt.targets[0].id: stmt.value for stmt in module.body if isinstance(stmt, ast.Assign)
            and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)}


def _django_run_sql(call: ast.Call, names: dict[str, ast.expr], path: str, migration: Migration
                    ) -> list[MigrationProblem]:
    """The destructive statements of a RunSQL's forward SQL (laa-legal-adviser-api's `RunSQL("TRUNCATE ...")`,
    oncall's `RunSQL(sql="ALTER TABLE ... DROP COLUMN ...")`), added to the migration's operations; SQL that does not
    parse is a problem (not read, never "nothing destructive"). The SQL is a string, a list of strings or of
    (sql, params) pairs, or a module-level name bound to a string; SQL built at run time is not read."""
    node = _kw(call, "sql") or (call.args[0] if call.args else None)
    if isinstance(node, ast.Name):
        node = names.get(node.id)
    value = _literal(node)
    texts = [value] if isinstance(value, str) else [
        v[0] if isinstance(v, tuple) and v else v for v in value] if isinstance(value, list | tuple) else []
    problems = []
    for sql in (t for t in texts if isinstance(t, str)):
        ops, problem = lint_sql(sql, path, getattr(node, "lineno", call.lineno))
        migration.operations += [Operation(o.kind, o.summary, o.line, o.risk) for o in ops if o.destructive]
        if problem:
            problems.append(problem)
    return problems


# --- Flyway, golang-migrate ----------------------------------------------------------------------

_FLYWAY = re.compile(r"^(?P<prefix>[VUR])(?P<version>[0-9][0-9._]*)?__(?P<desc>.+)\.sql$", re.I)
_GOLANG = re.compile(r"^(?P<version>\d+)_(?P<desc>.+)\.(?P<dir>up|down)\.sql$")
# sqlx (Rust) simple migrations: `migrations/<version>_<description>.sql` of a crate whose Cargo.toml depends on sqlx
# (`sqlx migrate run`); `<version>_<description>.up.sql`/`.down.sql` pairs are its reversible ones (read like
# golang-migrate's).
_SQLX = re.compile(r"^(?P<version>\d+)_(?P<desc>[^.]+)\.sql$")
_SQLX_DEPENDENCY = re.compile(r"^[ \t]*sqlx\s*=", re.M)
_ACTIVE_RECORD = re.compile(r"^(?P<version>\d+)_(?P<desc>\w+)\.rb$")
# ActiveRecord schema statements (Ruby, read as text): destructive ones and where the reverse is.
_AR_OPS = re.compile(r"^[ \t]*(?P<op>drop_table|remove_column|remove_columns|rename_column|rename_table|change_column|"
                     r"add_index|create_table|add_column|add_reference|remove_reference)\b[ (]*:?(?P<arg>\w+)?", re.M)
_AR_RISK = {"drop_table": "drop-table", "remove_column": "drop-column", "remove_columns": "drop-column",
            "remove_reference": "drop-column", "rename_column": "rename", "rename_table": "rename",
            "change_column": "column-type-change"}


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in re.split(r"[._]", version) if p.isdigit())


def _sql_migration(tool: str, path: str, version: str, text: str | None, problems: list[MigrationProblem]
                   ) -> Migration:
    migration = Migration(tool, path, version)
    if text is not None:
        ops, problem = lint_sql(text, path)
        migration.operations = ops
        if problem:
            problems.append(problem)
    return migration


def _flyway_tree(ctx: Context, directory: str, names: list[str]) -> MigrationTree:
    tree = MigrationTree(FLYWAY, directory)
    undo: dict[str, str] = {}
    seen: dict[str, str] = {}
    for name in sorted(names):
        match = _FLYWAY.match(name)
        if not match or match.group("prefix").upper() == "R":
            continue
        path = f"{directory}/{name}" if directory else name
        version = ".".join(str(p) for p in _version_key(match.group("version") or "0"))
        if match.group("prefix").upper() == "U":
            undo[version] = path
            continue
        if version in seen:
            tree.problems.append(MigrationProblem(path, f"version {version} also defined by {seen[version]}",
                                                  None, "duplicate"))
            continue
        seen[version] = path
        tree.migrations.append(_sql_migration(FLYWAY, path, version, ctx.files.read_text(path), tree.problems))
    tree.migrations.sort(key=lambda m: _version_key(m.id))
    for previous, migration in zip([None, *tree.migrations], tree.migrations, strict=False):
        migration.parents = (previous.id,) if previous else ()
        if migration.id in undo:
            migration.reversible, migration.reverse_path = True, undo[migration.id]
            migration.reverse_note = f"undo script {undo[migration.id]}"
        else:
            migration.reversible, migration.reverse_note = False, f"no undo script U{migration.id}__*.sql"
    if tree.migrations:
        tree.heads = {tree.migrations[-1].id}
    return tree


def _golang_tree(ctx: Context, directory: str, names: list[str]) -> MigrationTree:
    tree = MigrationTree(GOLANG_MIGRATE, directory)
    ups: dict[int, str] = {}
    downs: dict[int, str] = {}
    for name in sorted(names):
        match = _GOLANG.match(name)
        if not match:
            continue
        path = f"{directory}/{name}" if directory else name
        version = int(match.group("version"))
        target = ups if match.group("dir") == "up" else downs
        if version in target:
            tree.problems.append(MigrationProblem(path, f"version {version} also defined by {target[version]}",
                                                  None, "duplicate"))
            continue
        target[version] = path
    previous: str | None = None
    for version in sorted(ups):
        migration = _sql_migration(GOLANG_MIGRATE, ups[version], str(version), ctx.files.read_text(ups[version]),
                                   tree.problems)
        migration.parents = (previous,) if previous else ()
        previous = migration.id
        down = downs.get(version)
        down_text = ctx.files.read_text(down) if down else None
        if down is None:
            migration.reversible, migration.reverse_note = False, f"no {version}_*.down.sql"
        elif down_text is not None and _sql_is_empty(down_text):
            migration.reversible, migration.reverse_note = False, f"{down} is empty"
        else:
            migration.reversible, migration.reverse_path, migration.reverse_note = True, down, f"down script {down}"
        tree.migrations.append(migration)
    for version, path in downs.items():
        if version not in ups:
            tree.problems.append(MigrationProblem(path, f"down migration without an up migration ({version})",
                                                  None, "missing"))
    if tree.migrations:
        tree.heads = {tree.migrations[-1].id}
    return tree


def _prisma_tree(ctx: Context, directory: str, paths: list[str]) -> MigrationTree:
    """Prisma Migrate applies the folders in name (timestamp) order; it has no down migrations."""
    tree = MigrationTree(PRISMA, directory)
    previous: str | None = None
    for path in sorted(paths):
        migration = _sql_migration(PRISMA, path, PurePosixPath(path).parent.name, ctx.files.read_text(path),
                                   tree.problems)
        migration.parents = (previous,) if previous else ()
        previous = migration.id
        migration.reversible = False
        migration.reverse_note = "Prisma Migrate has no down migrations (forward-only)"
        tree.migrations.append(migration)
    if tree.migrations:
        tree.heads = {tree.migrations[-1].id}
    return tree


def _sqlx_crate(ctx: Context, directory: str) -> bool:
    """A `migrations/` folder beside the Cargo.toml of a crate that depends on sqlx."""
    folder = PurePosixPath(directory)
    if folder.name != "migrations":
        return False
    cargo = str(folder.parent / "Cargo.toml") if str(folder.parent) != "." else "Cargo.toml"
    return bool(_SQLX_DEPENDENCY.search(ctx.files.read_text(cargo) or ""))


def _sqlx_tree(ctx: Context, directory: str, names: list[str]) -> MigrationTree:
    tree = MigrationTree(SQLX, directory)
    previous: str | None = None
    for name in sorted((n for n in names if _SQLX.match(n)), key=lambda n: int(n.split("_", 1)[0])):
        path = f"{directory}/{name}"
        migration = _sql_migration(SQLX, path, name.split("_", 1)[0], ctx.files.read_text(path), tree.problems)
        migration.parents = (previous,) if previous else ()
        if previous == migration.id:
            tree.problems.append(MigrationProblem(path, f"version {migration.id} is defined twice", None,
                                                  "duplicate"))
        previous = migration.id
        migration.reversible = False
        migration.reverse_note = "a simple sqlx migration has no reverse (sqlx migrate revert needs .up.sql/.down.sql)"
        tree.migrations.append(migration)
    if tree.migrations:
        tree.heads = {tree.migrations[-1].id}
    return tree


# github.com/ardanlabs/darwin: every migration in one SQL file, each behind `-- Version: <n>` and
# `-- Description: ...` lines, applied in version order; darwin has no down migrations.
_DARWIN_VERSION = re.compile(r"^--[ \t]*Version:[ \t]*(?P<version>\d+(?:\.\d+)*)[ \t]*\r?\n--[ \t]*Description:", re.M)


def _darwin_tree(path: str, text: str) -> MigrationTree:
    tree = MigrationTree(DARWIN, path)
    marks = list(_DARWIN_VERSION.finditer(text))
    seen: dict[str, int] = {}
    for mark, following in zip(marks, [*marks[1:], None], strict=True):
        version, line = mark.group("version"), line_at(text, mark.start())
        if version in seen:
            tree.problems.append(MigrationProblem(path, f"version {version} also defined at line {seen[version]}",
                                                  line, "duplicate"))
            continue
        seen[version] = line
        migration = Migration(DARWIN, path, version, line=line, reversible=False,
                              reverse_note="darwin has no down migrations")
        ops, problem = lint_sql(text[mark.start():following.start() if following else len(text)], path, line)
        migration.operations = ops
        if problem:
            tree.problems.append(problem)
        tree.migrations.append(migration)
    tree.migrations.sort(key=lambda m: _version_key(m.id))
    for previous, migration in zip([None, *tree.migrations], tree.migrations, strict=False):
        migration.parents = (previous.id,) if previous else ()
    if tree.migrations:
        tree.heads = {tree.migrations[-1].id}
    return tree


# --- Liquibase -----------------------------------------------------------------------------------

# Change types Liquibase can roll back by itself (docs: "automatic rollback").
_LIQUIBASE_AUTO = frozenset({
    "createTable", "addColumn", "createIndex", "renameColumn", "renameTable", "renameView", "createView",
    "addForeignKeyConstraint", "addNotNullConstraint", "addPrimaryKey", "addUniqueConstraint", "createSequence",
    "addDefaultValue", "addLookupTable", "dropNotNullConstraint", "tagDatabase", "addAutoIncrement",
    "createProcedure", "dropDefaultValue", "mergeColumns",
})
_LIQUIBASE_RISK = {"dropTable": "drop-table", "dropColumn": "drop-column", "renameColumn": "rename",
                   "renameTable": "rename", "modifyDataType": "column-type-change",
                   "addNotNullConstraint": "set-not-null"}


Change = tuple[str, dict[str, Any], "int | None"]


# Doctrine Migrations (Symfony, API Platform): `migrations/Version<timestamp>.php`, a class extending AbstractMigration
# whose up() and down() queue SQL with `$this->addSql('...')`. A PHP string literal, single- or double-quoted; each
# repeated alternative starts with a different character, so the match is linear, and it is capped.
_DOCTRINE_VERSION = re.compile(r"^Version(?P<version>\d{1,20})\.php$")
_DOCTRINE_SQL = re.compile(r"""\$this->addSql\(\s*(?:'((?:[^'\\]|\\.){0,20000})'|"((?:[^"\\]|\\.){0,20000})")""")
_DOCTRINE_DOWN = re.compile(r"function[ \t]+down[ \t]*\(")
_PHP_UNESCAPE = re.compile(r"\\(['\"\\])")


# `function mymodule_update_10001() {`: a Drupal update hook, a numbered schema/data migration of its module that
# `drush updatedb` (or `drush deploy`) runs once, in number order (Drupal's hook_update_N API). Read line by line.
_DRUPAL_UPDATE = re.compile(r"^[ \t]*function[ \t]+(\w{1,200}?)_update_(\d{4,9})[ \t]*\(", re.M)


def _drupal_tree(ctx: Context, rel: str) -> MigrationTree:
    """One module's update hooks (hook_update_N in its .install file), in number order. Drupal has no down step: the
    way back is the database backup, so each hook is irreversible, which the reversibility checks report."""
    tree = MigrationTree(DRUPAL, rel)
    text = ctx.files.read_text(rel) or ""
    module = PurePosixPath(rel).stem
    hooks = sorted((int(m.group(2)), m.start()) for m in _DRUPAL_UPDATE.finditer(text) if m.group(1) == module)
    for number, start in hooks:
        migration = Migration(DRUPAL, rel, str(number), (tree.migrations[-1].id,) if tree.migrations else (),
                              line_at(text, start))
        migration.reversible, migration.reverse_note = False, "Drupal update hooks have no down step"
        tree.migrations.append(migration)
    if tree.migrations:
        check_chain(tree)
    return tree


def _doctrine_tree(ctx: Context, directory: str, names: list[str]) -> MigrationTree:
    """Doctrine migrations, read as text, never run: version order; a migration is reversible when its down()
    queues statements and does not throw the irreversible-migration exception. The SQL that up() queues is
    linted like any PostgreSQL script; SQL that does not parse as PostgreSQL (a MySQL schema) adds no operation and
    no problem, since the platform is the migration's own."""
    tree = MigrationTree(DOCTRINE, directory)
    matched = sorted((int(m.group("version")), name) for name in names if (m := _DOCTRINE_VERSION.match(name)))
    created: set[str] = set()
    for version, name in matched:
        path = f"{directory}/{name}" if directory else name
        text = ctx.files.read_text(path) or ""
        if "AbstractMigration" not in text:
            continue
        migration = Migration(DOCTRINE, path, str(version), (tree.migrations[-1].id,) if tree.migrations else ())
        down = _DOCTRINE_DOWN.search(text)
        up_part = text[:down.start()] if down else text
        for m in _DOCTRINE_SQL.finditer(up_part):
            sql = _PHP_UNESCAPE.sub(r"\1", m.group(1) if m.group(1) is not None else m.group(2))
            ops, problem = lint_sql(sql, path, line_at(text, m.start()), created)
            if problem is None:
                migration.operations += ops
        down_part = text[down.start():] if down else ""
        if not down:
            migration.reversible, migration.reverse_note = False, "no down()"
        elif "Irreversible" in down_part:
            migration.reversible, migration.reverse_note = False, "down() throws the irreversible-migration exception"
        elif "addSql" in down_part or "$schema->" in down_part:
            migration.reversible, migration.reverse_note = True, "down()"
        else:
            migration.reversible, migration.reverse_note = False, "down() does nothing"
        tree.migrations.append(migration)
    if tree.migrations:
        tree.heads = {tree.migrations[-1].id}
    return tree


def _active_record_tree(ctx: Context, directory: str, names: list[str]) -> MigrationTree:
    """Rails migrations (`db/migrate/<version>_<name>.rb`), read as text, never loaded: version order;
    `def change` is reversed by Rails (except where it raises IrreversibleMigration), `def up` needs a
    `def down`."""
    tree = MigrationTree(ACTIVE_RECORD, directory)
    seen: dict[int, str] = {}
    matched = [(int(m.group("version")), name) for name in names if (m := _ACTIVE_RECORD.match(name))]
    for version, name in sorted(matched):
        path = f"{directory}/{name}"
        if version in seen:
            tree.problems.append(MigrationProblem(path, f"version {version} also defined by {seen[version]}",
                                                  None, "duplicate"))
            continue
        seen[version] = path
        text = ctx.files.read_text(path) or ""
        migration = Migration(ACTIVE_RECORD, path, str(version), (tree.migrations[-1].id,) if tree.migrations else ())
        for op in _AR_OPS.finditer(text):
            migration.operations.append(Operation(op.group("op"), f"{op.group('op')} {op.group('arg') or ''}".strip(),
                                                  line_at(text, op.start()), _AR_RISK.get(op.group("op"))))
        if "IrreversibleMigration" in text:
            migration.reversible, migration.reverse_note = False, "raises ActiveRecord::IrreversibleMigration"
        elif re.search(r"^[ \t]*def\s+change\b", text, re.M):
            migration.reversible, migration.reverse_note = True, "def change (Rails reverses it)"
        elif re.search(r"^[ \t]*def\s+(self\.)?down\b", text, re.M):
            migration.reversible, migration.reverse_note = True, "def down"
        else:
            migration.reversible, migration.reverse_note = False, "def up without def down"
        tree.migrations.append(migration)
    if tree.migrations:
        tree.heads = {tree.migrations[-1].id}
    return tree


def _sql_file_candidates(changelog: str, attrs: dict[str, Any]) -> list[str]:
    """Where a Liquibase `sqlFile` change's `path` may point, nearest first: beside the changelog when
    `relativeToChangelogFile` is true, else from the classpath root that holds the changelog (`.../src/main/resources`),
    then from the repository root. Paths that climb out of the repository are never candidates."""
    import posixpath

    raw = str(attrs.get("path") or "").strip().removeprefix("classpath:").lstrip("/")
    if not raw:
        return []
    folder = changelog.rpartition("/")[0]
    relative = str(attrs.get("relativeToChangelogFile", "")).lower() == "true"
    bases = [folder] if relative else []
    if not relative:
        marker = "src/main/resources/"
        if marker in changelog:
            bases.append(changelog[:changelog.index(marker) + len(marker)].rstrip("/"))
        bases += ["", folder]
    out: list[str] = []
    for base in bases:
        rel = posixpath.normpath(f"{base}/{raw}" if base else raw)
        if rel.startswith("../") or rel in ("..", ".") or rel.startswith("/") or rel in out:
            continue
        out.append(rel)
    return out


def _liquibase_sql_ops(kind: str, attrs: dict[str, Any], path: str, line: int | None,
                       read: Callable[[str], str | None] | None, created: set[str],
                       problems: list[MigrationProblem]) -> list[Operation] | None:
    """The statements of a `sql` or `sqlFile` change, linted like any PostgreSQL script (rm-case-service's
    release-14 changeSet 14-3 is `sqlFile: drop_case_iac_column.sql`, which holds `ALTER TABLE casesvc."case" DROP
    COLUMN iac`): a change that names SQL Liquibase runs as it is. None for other change types; a file that cannot be
    found among the scanned files, or SQL that is not PostgreSQL, is a problem (the schema checks then say what they
    could not read) and adds no operation."""
    if kind == "sql":
        sql = attrs.get("sql")
        if not isinstance(sql, str) or not sql.strip():
            return []
        ops, problem = lint_sql(sql, path, line or 1, created)
        if problem:
            problems.append(problem)
        return ops
    if kind != "sqlFile" or read is None:
        return None
    candidates = _sql_file_candidates(path, attrs)
    for rel in candidates:
        text = read(rel)
        if text is None:
            continue
        ops, problem = lint_sql(text, rel, 1, created)
        if problem:
            problems.append(problem)
        return ops
    problems.append(MigrationProblem(candidates[0] if candidates else path,
                                     f"sqlFile {attrs.get('path') or '(no path)'} named by {path} is not in the "
                                     "repository: its statements were not read", line if not candidates else None,
                                     "read"))
    return []


def _liquibase_changes(changes: Iterable[Change], path: str, cs_line: int | None,
                       read: Callable[[str], str | None] | None = None,
                       problems: list[MigrationProblem] | None = None) -> list[Operation]:
    ops: list[Operation] = []
    created: set[str] = set()
    problems = [] if problems is None else problems
    for kind, attrs, line in changes:
        sql_ops = _liquibase_sql_ops(kind, attrs, path, line or cs_line, read, created, problems)
        if sql_ops is not None:
            ops += sql_ops
            continue
        risk = _LIQUIBASE_RISK.get(kind)
        table = attrs.get("tableName") or attrs.get("oldTableName") or ""
        if kind == "createTable":
            created.add(table)
        elif kind == "createIndex" and table not in created:
            risk = "index-not-concurrent"  # <createIndex> has no CONCURRENTLY: PostgreSQL blocks writes
        ops.append(Operation(kind, f"{kind} {table}".strip(), line or cs_line, risk, path))
    return ops


def parse_liquibase(text: str, path: str, read: Callable[[str], str | None] | None = None
                    ) -> tuple[list[Migration], list[MigrationProblem]]:
    """The changeSets of a YAML, JSON or XML changelog. `read` gives the text of a repository file (the SQL files
    `sqlFile` changes name), or None when it is not one of the scanned files."""
    if path.endswith(".xml"):
        return _liquibase_xml(text, path, read)
    from deploycheck.sources.yaml import YamlError, load_one

    try:
        doc = load_one(text) if not path.endswith(".json") else __import__("json").loads(text)
    except (YamlError, ValueError) as exc:
        return [], [MigrationProblem(path, f"cannot parse changelog: {getattr(exc, 'message', exc)}",
                                     getattr(exc, "line", None), "syntax")]
    entries = doc.get("databaseChangeLog") if isinstance(doc, dict) else None
    if not isinstance(entries, list):
        return [], [MigrationProblem(path, "no databaseChangeLog list", None, "syntax")]
    out: list[Migration] = []
    problems: list[MigrationProblem] = []
    for entry in entries:
        cs = entry.get("changeSet") if isinstance(entry, dict) else None
        if not isinstance(cs, dict):
            continue
        # `- sql: {sql: "..."}`, or the statement given directly as the change's value
        changes: list[Change] = [(str(k), v if isinstance(v, dict) else ({"sql": v} if k == "sql" else {}), None)
                                 for c in cs.get("changes") or [] if isinstance(c, dict) for k, v in c.items()]
        out.append(_liquibase_changeset(path, str(cs.get("id")), str(cs.get("author")), changes,
                                        "rollback" in cs, None, read, problems))
    return out, problems


def _liquibase_changeset(path: str, cs_id: str, author: str, changes: list[Change],
                         has_rollback: bool, line: int | None, read: Callable[[str], str | None] | None = None,
                         problems: list[MigrationProblem] | None = None) -> Migration:
    migration = Migration(LIQUIBASE, path, f"{cs_id}::{author}", line=line)
    migration.operations = _liquibase_changes(changes, path, line, read, problems)
    kinds = [k for k, _, _ in changes]
    if has_rollback:
        migration.reversible, migration.reverse_note = True, "explicit <rollback>"
    elif kinds and all(k in _LIQUIBASE_AUTO for k in kinds):
        migration.reversible, migration.reverse_note = True, "Liquibase rolls these changes back automatically"
    else:
        manual = sorted({k for k in kinds if k not in _LIQUIBASE_AUTO}) or ["(no changes)"]
        migration.reversible = False
        migration.reverse_note = f"no <rollback> for {', '.join(manual)} (no automatic rollback)"
    return migration


# Liquibase formatted SQL: a .sql changelog that says so on its first line, each changeset behind
# `--changeset author:id`, its reverse in `--rollback` lines (Liquibase cannot roll raw SQL back by itself).
_LIQUIBASE_SQL = re.compile(r"\A\s*--[ \t]*liquibase[ \t]+formatted[ \t]+sql\b", re.I)
_LIQUIBASE_SQL_CHANGESET = re.compile(r"^--[ \t]*changeset[ \t]+([^:\s]+):(\S+)", re.M | re.I)
_LIQUIBASE_SQL_ROLLBACK = re.compile(r"^--[ \t]*rollback\b", re.M | re.I)
# A master changelog's `includeAll` folder (YAML `path:` under it, XML `<includeAll path="...">`).
_LIQUIBASE_INCLUDE_ALL = re.compile(r"\bincludeAll\b[\s:{\-]{0,40}?\bpath[\"']?[ \t]*[:=][ \t]*[\"']?([\w./-]{1,300})")


def is_liquibase_sql(text: str) -> bool:
    return bool(_LIQUIBASE_SQL.match(text))


def liquibase_include_dirs(text: str) -> list[str]:
    """The folders a master changelog includes whole (`db/changelog/ddl`), classpath prefix and slashes stripped."""
    return [m.group(1).removeprefix("classpath:").strip("/") for m in _LIQUIBASE_INCLUDE_ALL.finditer(text)]


def parse_liquibase_sql(text: str, path: str, problems: list[MigrationProblem]) -> list[Migration]:
    """The changesets of a formatted SQL changelog; a .sql file without the header that a master changelog includes
    (`includeAll`) is one changeset of raw SQL."""
    starts = list(_LIQUIBASE_SQL_CHANGESET.finditer(text)) if is_liquibase_sql(text) else []
    if not starts:
        migration = _sql_migration(LIQUIBASE, path, f"{PurePosixPath(path).name}::includeAll", text, problems)
        migration.reversible = False
        migration.reverse_note = "raw SQL file included by includeAll: Liquibase cannot roll it back (no --rollback)"
        return [migration]
    out: list[Migration] = []
    for i, start in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(text)
        body = text[start.end():end]
        line = line_at(text, start.start())
        migration = Migration(LIQUIBASE, path, f"{start.group(2)}::{start.group(1)}", line=line)
        ops, problem = lint_sql(body, path, first_line=line)
        migration.operations = ops
        if problem:
            problems.append(problem)
        if _LIQUIBASE_SQL_ROLLBACK.search(body):
            migration.reversible, migration.reverse_note = True, "explicit --rollback"
        else:
            migration.reversible = False
            migration.reverse_note = "formatted SQL changeset without --rollback (Liquibase cannot roll raw SQL back)"
        out.append(migration)
    return out


def _liquibase_xml(text: str, path: str, read: Callable[[str], str | None] | None = None
                   ) -> tuple[list[Migration], list[MigrationProblem]]:
    import xml.etree.ElementTree as ET

    from defusedxml import ElementTree as SafeET
    from defusedxml.common import DefusedXmlException

    try:
        root = SafeET.fromstring(text.encode("utf-8"))
    except ET.ParseError as exc:
        return [], [MigrationProblem(path, f"invalid XML: {exc}", exc.position[0], "syntax")]
    except DefusedXmlException as exc:
        return [], [MigrationProblem(path, f"refused XML: {exc}", None, "syntax")]
    except (LookupError, ValueError) as exc:  # e.g. an unknown encoding in the XML declaration
        return [], [MigrationProblem(path, f"invalid XML: {exc}", 1, "syntax")]

    def local(tag: str) -> str:
        return tag.rsplit("}", 1)[-1]

    out: list[Migration] = []
    problems: list[MigrationProblem] = []
    lines = text.splitlines()
    for cs in root:
        if local(cs.tag) != "changeSet":
            continue
        cs_id, author = cs.get("id", "?"), cs.get("author", "?")
        line = next((i for i, t in enumerate(lines, 1) if f'id="{cs_id}"' in t and "changeSet" in t), None)
        # an XML <sql> change holds its statements as the element's text
        changes: list[Change] = [(local(c.tag), {**dict(c.attrib), **({"sql": c.text} if local(c.tag) == "sql"
                                                                       and c.text else {})}, None) for c in cs
                   if local(c.tag) not in ("rollback", "comment", "preConditions", "validCheckSum")]
        out.append(_liquibase_changeset(path, cs_id, author, changes,
                                        any(local(c.tag) == "rollback" for c in cs), line, read, problems))
    return out, problems


# --- chain consistency ---------------------------------------------------------------------------


def check_chain(tree: MigrationTree) -> None:
    """Duplicates, missing parents, cycles, several heads; fills tree.heads and tree.problems."""
    by_id: dict[str, Migration] = {}
    for migration in tree.migrations:
        if migration.id in by_id:
            tree.problems.append(MigrationProblem(
                migration.path, f"revision {migration.id} is also defined in {by_id[migration.id].path}",
                migration.line, "duplicate"))
            continue
        by_id[migration.id] = migration
    for migration in by_id.values():
        for parent in migration.parents:
            if parent not in by_id:
                tree.problems.append(MigrationProblem(
                    migration.path, f"revision {migration.id} depends on {parent}, which does not exist",
                    migration.line, "missing"))
    # Cycles: iterative DFS over parent edges (white/grey/black).
    state: dict[str, int] = {}
    reported: set[frozenset[str]] = set()
    for start in by_id:
        if state.get(start):
            continue
        stack: list[tuple[str, Iterable[str]]] = [(start, iter(by_id[start].parents))]
        path = [start]
        state[start] = 1
        while stack:
            node, parents = stack[-1]
            nxt = next((p for p in parents if p in by_id), None)
            if nxt is None:
                state[node] = 2
                stack.pop()
                path.pop()
                continue
            if state.get(nxt) == 1:
                cycle = path[path.index(nxt):]
                key = frozenset(cycle)
                if key not in reported:
                    reported.add(key)
                    files = ", ".join(by_id[r].path for r in cycle)
                    tree.problems.append(MigrationProblem(
                        by_id[nxt].path, f"revision cycle: {' -> '.join([*cycle, nxt])} ({files})",
                        by_id[nxt].line, "cycle"))
            elif not state.get(nxt):
                state[nxt] = 1
                path.append(nxt)
                stack.append((nxt, iter(by_id[nxt].parents)))
    # A squashed migration stands for the ones it replaces: depending on any of them depends on it,
    # and the replaced ones (still on disk during the transition) are not heads of their own.
    alias = {old: m.id for m in by_id.values() for old in m.replaces}
    referenced = {alias.get(p, p) for m in by_id.values() for p in m.parents if alias.get(p, p) != m.id}
    tree.heads = {rid for rid in by_id if rid not in referenced and rid not in alias}
    if tree.tool in (ALEMBIC,) and len(tree.heads) > 1:
        heads = sorted(tree.heads)
        tree.problems.append(MigrationProblem(
            by_id[heads[0]].path, f"{len(heads)} heads ({', '.join(heads)}): merge them "
                                  "(`alembic merge heads`) so upgrade has one target", None, "heads"))


def _migration_modules(ctx: Context) -> dict[str, str]:
    """settings.MIGRATION_MODULES as {migration directory: app label}, read with `ast` from settings files."""
    out: dict[str, str] = {}
    for rel in ctx.files.with_suffix(".py"):
        if "settings" not in rel.rsplit("/", 1)[-1] and "/settings/" not in rel:
            continue
        text = ctx.files.read_text(rel) or ""
        if "MIGRATION_MODULES" not in text:
            continue
        try:
            tree = ast.parse(text)
        except (SyntaxError, ValueError, RecursionError):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "MIGRATION_MODULES"
                                                    for t in node.targets):
                try:
                    mapping = ast.literal_eval(node.value)
                except (ValueError, SyntaxError, TypeError):
                    continue
                if isinstance(mapping, dict):
                    out.update({str(module).replace(".", "/"): str(app) for app, module in mapping.items()
                                if isinstance(module, str)})
    return out


def _django_app(directory: str, modules: dict[str, str]) -> str:
    """The app label of a migration directory: from MIGRATION_MODULES (matched on the module path's
    tail, since the repository root need not be the Python path root), else the folder holding it."""
    for module_dir, app in modules.items():
        if directory == module_dir or directory.endswith("/" + module_dir):
            return app
    return PurePosixPath(directory).parent.name


def _django_trees(ctx: Context, files: list[str]) -> list[MigrationTree]:
    by_dir: dict[str, list[str]] = {}
    for rel in files:
        by_dir.setdefault(str(PurePosixPath(rel).parent), []).append(rel)
    modules = _migration_modules(ctx)
    apps = {_django_app(d, modules): d for d in by_dir}
    trees = []
    all_ids: set[str] = set()
    parsed = ctx.peek(python_modules)  # 1,400 migrations of a large service: parse each file once
    for directory, paths in sorted(by_dir.items()):
        app = _django_app(directory, modules)
        tree = MigrationTree(DJANGO, directory)
        for rel in sorted(paths):
            text = ctx.files.read_text(rel)
            if text is None:
                tree.problems.append(MigrationProblem(rel, "could not be read", None, "read"))
                continue
            known = parsed.modules.get(rel) if parsed else None
            migration, problems = parse_django(text, rel, app, known.tree if known else None)
            tree.problems += problems
            if migration:
                tree.migrations.append(migration)
        all_ids |= tree.ids
        trees.append(tree)
    for tree in trees:
        check_chain(tree)
        settle_django_alter_fields(tree)
        # Cross-app dependencies are checked against every app of the repository; apps that are not in
        # it (django.contrib, libraries) and the __first__/__latest__ markers are not ours to check.
        tree.problems = [p for p in tree.problems if not (p.kind == "missing" and _dep_ok(p, all_ids, apps))]
        # Django allows one leaf per app; several leaves mean conflicting migrations.
        if len(tree.heads) > 1:
            heads = sorted(tree.heads)
            tree.problems.append(MigrationProblem(tree.location, f"conflicting migrations: {len(heads)} leaf nodes "
                                                  f"({', '.join(heads)}); run `makemigrations --merge`", None, "heads"))
    return trees


def _dep_ok(problem: MigrationProblem, all_ids: set[str], apps: dict[str, str]) -> bool:
    match = re.search(r"depends on (\S+),", problem.message)
    if not match:
        return False
    dep = match.group(1)
    app, _, name = dep.partition(".")
    return dep in all_ids or app not in apps or name in ("__first__", "__latest__")


# --- discovery -----------------------------------------------------------------------------------


def _under(ctx: Context) -> str | None:
    configured = (ctx.config.section("database") or {}).get("migrations")
    return str(configured).strip("/") if configured else None


def _django_migration_file(files: FileIndex, rel: str, p: PurePosixPath) -> bool:
    """Whether Django's loader would load `rel` as a migration. It imports every module of an app's
    migrations package whose name does not start with `_` or `~`, numbered or not
    (`fix_empty_data_in_lines.py` is a migration too); a custom folder (settings.MIGRATION_MODULES) is
    known by its content, and only numbered files are read there, to keep the walk cheap."""
    if p.name.startswith(("_", "~")):
        return False
    if p.parent.name == "migrations":
        return p.name[:1].isdigit() or "class Migration" in (files.read_text(rel) or "")[:20000]
    return p.name[:1].isdigit() and "migrations.Migration" in (files.read_text(rel) or "")[:20000]


def migration_trees(ctx: Context) -> MigrationSet:
    files = ctx.files
    prefix = _under(ctx)
    candidates = files.under(prefix) if prefix else files.files
    tool = (ctx.config.section("database") or {}).get("tool")
    result = MigrationSet()

    def wanted(name: str) -> bool:
        return tool is None or tool == name

    # Alembic: */versions/*.py mentioning down_revision.
    alembic: dict[str, list[str]] = {}
    django: list[str] = []
    sql_dirs: dict[str, list[str]] = {}
    liquibase: list[str] = []
    active_record: dict[str, list[str]] = {}
    doctrine: dict[str, list[str]] = {}
    # Prisma Migrate: <folder>/<timestamp>_<name>/migration.sql beside <folder>/migration_lock.toml
    prisma: dict[str, list[str]] = {}
    drupal: list[str] = []  # a Drupal module's or profile's <name>.install, which holds its update hooks
    locks = {rel.rpartition("/")[0] for rel in candidates if rel.endswith("migration_lock.toml")}
    for rel in candidates:
        p = PurePosixPath(rel)
        name = p.name
        if name.endswith(".py") and p.parent.name == "versions" and wanted(ALEMBIC):
            head = files.read_text(rel) or ""
            if "revision" in head:
                alembic.setdefault(str(p.parent), []).append(rel)
        elif name.endswith(".py") and wanted(DJANGO) and _django_migration_file(files, rel, p):
            django.append(rel)
        elif name == "migration.sql" and str(p.parent.parent) in locks and wanted(PRISMA):
            prisma.setdefault(str(p.parent.parent), []).append(rel)
        elif name.endswith(".sql"):
            sql_dirs.setdefault(str(p.parent) if str(p.parent) != "." else "", []).append(name)
            if wanted(LIQUIBASE) and is_liquibase_sql((files.read_text(rel) or "")[:200]):
                liquibase.append(rel)
        elif (name.endswith(".rb") and p.parent.name == "migrate" and p.parent.parent.name == "db"
              and _ACTIVE_RECORD.match(name) and wanted(ACTIVE_RECORD)):
            active_record.setdefault(str(p.parent), []).append(name)
        elif name.endswith(".php") and _DOCTRINE_VERSION.match(name) and wanted(DOCTRINE):
            doctrine.setdefault(str(p.parent) if str(p.parent) != "." else "", []).append(name)
        elif name.endswith(".install") and wanted(DRUPAL):
            drupal.append(rel)
        elif ("changelog" in rel.lower() and name.endswith((".xml", ".yaml", ".yml", ".json"))
              and wanted(LIQUIBASE)):
            liquibase.append(rel)
    for directory, paths in sorted(alembic.items()):
        tree = MigrationTree(ALEMBIC, directory)
        for rel in sorted(paths):
            text = files.read_text(rel)
            if text is None:
                tree.problems.append(MigrationProblem(rel, "could not be read (too big or unreadable)", None, "read"))
                continue
            migration, problems = parse_alembic(text, rel)
            tree.problems += problems
            if migration:
                tree.migrations.append(migration)
        if tree.migrations or tree.problems:
            check_chain(tree)
            result.trees.append(tree)
    if django:
        result.trees += _django_trees(ctx, django)
    for directory, names in sorted(sql_dirs.items()):
        if wanted(FLYWAY) and any(_FLYWAY.match(n) and n[0] in "Vv" for n in names):
            result.trees.append(_flyway_tree(ctx, directory, names))
        if wanted(GOLANG_MIGRATE) and any(_GOLANG.match(n) for n in names):
            result.trees.append(_golang_tree(ctx, directory, names))
        if wanted(SQLX) and any(_SQLX.match(n) for n in names) and _sqlx_crate(ctx, directory):
            result.trees.append(_sqlx_tree(ctx, directory, names))
        for name in sorted(names) if wanted(DARWIN) else ():
            if _FLYWAY.match(name) or _GOLANG.match(name):
                continue
            path = f"{directory}/{name}" if directory else name
            text = files.read_text(path)
            if text and _DARWIN_VERSION.search(text):
                result.trees.append(_darwin_tree(path, text))
    for directory, paths in sorted(prisma.items()):
        result.trees.append(_prisma_tree(ctx, directory, paths))
    for directory, names in sorted(active_record.items()):
        result.trees.append(_active_record_tree(ctx, directory, names))
    for rel in sorted(drupal):
        drupal_tree = _drupal_tree(ctx, rel)
        if drupal_tree.migrations:
            result.trees.append(drupal_tree)
    for directory, names in sorted(doctrine.items()):
        doctrine_tree = _doctrine_tree(ctx, directory, names)
        if doctrine_tree.migrations:
            result.trees.append(doctrine_tree)
    if liquibase:
        tree = MigrationTree(LIQUIBASE, str(PurePosixPath(liquibase[0]).parent))
        # the .sql files of the folders a master changelog includes whole (the module's resources root holds the
        # folder: cart/src/main/resources + db/changelog/ddl)
        included: set[str] = set()
        for rel in liquibase:
            if rel.endswith(".sql"):
                continue
            for folder in liquibase_include_dirs(files.read_text(rel) or ""):
                included.update(f"{d}/{n}" if d else n for d, names in sql_dirs.items()
                                if d == folder or d.endswith("/" + folder) for n in names)
        scanned = set(files.files)  # the SQL files `sqlFile` changes name are read only when they were scanned
        for rel in sorted({*liquibase, *included}):
            text = files.read_text(rel)
            if text is not None and rel.endswith(".sql"):
                tree.migrations += parse_liquibase_sql(text, rel, tree.problems)
                continue
            if text is None or "databaseChangeLog" not in text:
                continue
            migrations, problems = parse_liquibase(
                text, rel, lambda other: files.read_text(other) if other in scanned else None)
            tree.migrations += migrations
            tree.problems += problems
        if tree.migrations or tree.problems:
            _liquibase_duplicates(tree)
            result.trees.append(tree)
    return result


def _liquibase_duplicates(tree: MigrationTree) -> None:
    seen: dict[tuple[str, str], Migration] = {}
    for migration in tree.migrations:
        key = (migration.path, migration.id)
        if key in seen:
            tree.problems.append(MigrationProblem(migration.path, f"changeSet {migration.id} is defined twice",
                                                  migration.line, "duplicate"))
        seen[key] = migration
    if tree.migrations:
        tree.heads = {tree.migrations[-1].id}


def repository_heads(ctx: Context) -> dict[str, set[str]]:
    """Head revision(s) per tool, as the live applied-revision check compares them with the database."""
    heads: dict[str, set[str]] = {}
    for tree in ctx.use(migration_trees).trees:
        if tree.tool in (DJANGO, ACTIVE_RECORD):
            continue  # django_migrations / schema_migrations record every applied version, not one "latest"
        heads.setdefault(tree.tool, set()).update(tree.heads)
    return heads


# --- is a database in use? -----------------------------------------------------------------------

DB_PACKAGES = frozenset({
    # Python
    "sqlalchemy", "psycopg", "psycopg2", "psycopg2-binary", "asyncpg", "django", "alembic", "pymysql",
    "mysqlclient", "mysql-connector-python", "aiomysql", "pymongo", "motor", "sqlmodel", "tortoise-orm",
    "peewee", "databases", "flask-sqlalchemy", "flask-migrate", "cx-oracle", "oracledb", "pyodbc",
    # Node
    "pg", "mysql", "mysql2", "mongodb", "mongoose", "prisma", "@prisma/client", "sequelize", "typeorm", "knex",
    "drizzle-orm",
    # Go
    "gorm.io/gorm", "github.com/lib/pq", "github.com/jackc/pgx/v5", "github.com/jackc/pgx/v4",
    "github.com/go-sql-driver/mysql", "go.mongodb.org/mongo-driver", "github.com/jmoiron/sqlx",
    "github.com/golang-migrate/migrate/v4", "entgo.io/ent",
    # JVM
    "org.postgresql:postgresql", "mysql:mysql-connector-java", "com.mysql:mysql-connector-j",
    "org.flywaydb:flyway-core", "org.liquibase:liquibase-core", "org.hibernate:hibernate-core",
    "org.springframework.boot:spring-boot-starter-data-jpa", "org.mongodb:mongodb-driver-sync",
})
JVM_ORMS = frozenset({"org.springframework.boot:spring-boot-starter-data-jpa", "org.hibernate:hibernate-core"})
# the ORMs that, over an embedded in-memory database, are no evidence of a database that outlives the process
EMBEDDED_ORMS = JVM_ORMS | {"django"}
EMBEDDED_DBS = frozenset({"org.hsqldb:hsqldb", "com.h2database:h2", "org.apache.derby:derby"})
SERVER_DRIVERS = frozenset({
    "org.postgresql:postgresql", "mysql:mysql-connector-java", "com.mysql:mysql-connector-j",
    "org.mariadb.jdbc:mariadb-java-client", "com.microsoft.sqlserver:mssql-jdbc", "com.oracle.database.jdbc:ojdbc8",
    "com.oracle.database.jdbc:ojdbc11", "org.mongodb:mongodb-driver-sync", "org.flywaydb:flyway-core",
    "org.liquibase:liquibase-core"})
DSN_VARS = re.compile(r"\b(DATABASE_URL|DATABASE_URI|DB_URL|DB_DSN|DB_HOST|SQLALCHEMY_DATABASE_URI|POSTGRES_(?:HOST|"
                      r"PASSWORD|DB|URL|DSN)|PGHOST|PGDATABASE|MYSQL_(?:HOST|DATABASE|URL)|MONGO(?:DB)?_(?:URI|URL)|"
                      r"SPRING_DATASOURCE_URL|JDBC_URL)\b")
DSN_URL = re.compile(r"\b(postgres(?:ql)?(?:\+\w+)?|mysql(?:\+\w+)?|mongodb(?:\+srv)?|mariadb)://", re.I)
_CODE_SUFFIXES = (".py", ".js", ".ts", ".mjs", ".go", ".java", ".kt", ".rb", ".env", ".example", ".sample",
                  ".yaml", ".yml", ".toml", ".ini", ".cfg", ".properties", ".json")
# Files whose whole-line comments start with `#` (YAML, TOML, INI, properties, env files, Python, Ruby, Dockerfiles)
_HASH_COMMENTED = (".py", ".rb", ".env", ".example", ".sample", ".yaml", ".yml", ".toml", ".ini", ".cfg", ".properties")
_HASH_COMMENT_LINE = re.compile(r"(?m)^[ \t]*#[^\n]*")


# Document stores: no schema of their own, collections appear on the first write (MongoDB and the Cosmos DB
# MongoDB API; TailwindTraders' coupon service, Bookinfo's ratings in its default mode).
DOCUMENT_PACKAGES = frozenset({"pymongo", "motor", "mongodb", "mongoose", "go.mongodb.org/mongo-driver",
                               "org.mongodb:mongodb-driver-sync"})
_DOCUMENT_TEXT = re.compile(r"mongo", re.I)


@dataclass
class DatabaseUsage:
    """The evidence that the service uses a database, and of which kind."""
    evidence: list[tuple[str, str]] = field(default_factory=list)  # (what, where)
    embedded: list[str] = field(default_factory=list)  # manifests whose only database is in-memory
    # any evidence that is not plainly a document store (a SQL driver or ORM, DB_HOST, a postgres image, ...)
    relational: bool = False
    # dependency manifests declaring a relational driver or ORM directly (each a service, or a library of one)
    relational_manifests: list[str] = field(default_factory=list)

    @property
    def in_use(self) -> bool:
        return bool(self.evidence)

    @property
    def document_only(self) -> bool:
        """Every database seen is a document store (MongoDB): there is no schema for a migration tool to own."""
        return self.in_use and not self.relational


def _third_party_compose(ctx: Context) -> dict[str, str]:
    """Compose files that run someone else's application with its database (no service is built from this
    repository, and beside the database servers runs an image from a registry): compose file -> the text of its
    services that are not database servers. A database server's own settings there (`POSTGRES_DB: concourse` of
    the Concourse CI quickstart that spring-boot-best-practices keeps to run its pipeline locally) are that tool's
    database, not the service's; a client setting of the other services (`DATABASE_URL`) still counts."""
    import json

    from deploycheck.sources.datastores import store_of_image
    from deploycheck.sources.dockerfile import compose_services

    services: dict[str, list[dict[str, Any]]] = {}
    for rel, _, service in compose_services(ctx):
        services.setdefault(rel, []).append(service)
    out: dict[str, str] = {}
    for rel, members in services.items():
        clients = [s for s in members if store_of_image(s.get("image")) is None]
        if len(clients) == len(members) or any("build" in s for s in members) or not clients:
            continue  # no database server here, the repository's own build, or only database servers (a local
            # database for the code run on the host): read the whole file as before
        out[rel] = json.dumps(clients, default=str)
    return out


# Django's DATABASES settings: the assignment, and each ENGINE and NAME literal. Bounded runs: linear.
_DJANGO_DATABASES = re.compile(r"\bDATABASES\b")
_DJANGO_ENGINE = re.compile(r"""["']ENGINE["']\s{0,20}:\s{0,20}["']([\w.]{1,100})["']""")
_DJANGO_NAME = re.compile(r"""["']NAME["']\s{0,20}:\s{0,20}["']([^"'\n]{0,200})["']""")
_DJANGO_SQLITE = "django.db.backends.sqlite3"


def _django_database_settings(ctx: Context) -> Iterable[tuple[str, str]]:
    """(path, text) of each non-test Python file that mentions DATABASES."""
    from deploycheck.sources.codefacts import is_test_path

    for rel in ctx.files.with_suffix(".py"):
        if not is_test_path(rel):
            text = ctx.files.read_text(rel) or ""
            if _DJANGO_DATABASES.search(text):
                yield rel, text


def django_in_memory_database(ctx: Context) -> str | None:
    """The settings file when every Django database the repository configures is an in-memory SQLite (fala's
    settings/base.py: `DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}`): the
    data lives and dies with each process, so nothing outlives it to back up or restore. None when any Python file
    that mentions DATABASES sets another engine or name, or sets it in a way not read here (`dj_database_url.config()`,
    `DATABASES["default"]["NAME"] = os.environ[...]`, a NAME from a variable)."""
    found = None
    for rel, text in _django_database_settings(ctx):
        engines = _DJANGO_ENGINE.findall(text)
        names = _DJANGO_NAME.findall(text)
        # exactly one in-memory NAME per sqlite ENGINE, and DATABASES only in the assignment that holds them
        if (not engines or any(e != _DJANGO_SQLITE for e in engines) or len(names) != len(engines)
                or any(":memory:" not in n and "mode=memory" not in n for n in names)
                or len(_DJANGO_DATABASES.findall(text)) != 1):
            return None
        found = found or rel
    return found


# `python3 manage.py migrate --no-input` in a RUN instruction: Django's migrations applied while the image is built.
_DJANGO_MIGRATE = re.compile(r"\bmanage\.py[ \t]{1,20}migrate\b")


def django_image_built_database(ctx: Context) -> str | None:
    """"Dockerfile:LINE" of the RUN that creates the service's Django database while its image is built, when that
    database is an SQLite file baked into every image (laa-fee-calculator: settings keep `ENGINE: sqlite3` with a file
    NAME, and the Dockerfile runs `manage.py migrate`, `cleardata`, `loadalldata`): each release ships its own copy,
    made from the repository, and no migration ever runs against a live database. Only when every Python file that
    sets DATABASES sets SQLite engines only, in one assignment, with no DATABASE_URL or dj_database_url beside it, the
    migrate RUN is in a deployed Dockerfile's final stage, and the manifests claim no PersistentVolume (where a live
    database file could outlive the pod). None otherwise."""
    from deploycheck.sources.dockerfile import dockerfiles
    from deploycheck.sources.kubernetes import all_objects

    # the claimed volumes first: a look at the objects, where the settings are every Python file read (the corpus
    # scan's 22 PVCs answer it without them)
    if any(o.kind == "PersistentVolumeClaim" or _claims_volumes(o.body) for o in ctx.use(all_objects).objects):
        return None
    settings = False
    for _rel, text in _django_database_settings(ctx):
        engines = _DJANGO_ENGINE.findall(text)
        if (not engines or any(e != _DJANGO_SQLITE for e in engines) or len(_DJANGO_DATABASES.findall(text)) != 1
                or "DATABASE_URL" in text or "dj_database_url" in text):
            return None
        settings = True
    if not settings:
        return None
    for df in ctx.use(dockerfiles).files:
        stage = df.final_stage
        for ins in stage.of("RUN") if stage is not None else []:
            if _DJANGO_MIGRATE.search(ins.value[:20_000]):
                return f"{df.path}:{ins.line}"
    return None


def _claims_volumes(body: dict[str, Any]) -> bool:
    spec = body.get("spec")
    return isinstance(spec, dict) and bool(spec.get("volumeClaimTemplates"))


# Python server drivers (distribution names) and the modules they are imported by
_PY_DRIVER_PACKAGES = frozenset({"psycopg", "psycopg2", "psycopg2-binary", "psycopg-binary", "asyncpg", "pymysql",
                                 "mysqlclient", "mysql-connector-python", "aiomysql"})
_PY_DRIVER_MODULES = frozenset({"psycopg", "psycopg2", "asyncpg", "pymysql", "MySQLdb", "mysql", "aiomysql"})


def _imported_python_drivers(ctx: Context) -> bool:
    """Whether any Python code of the repository imports a server driver's module itself."""
    from deploycheck.sources.pyast import python_modules

    for module in ctx.use(python_modules).modules.values():
        for node in ast.walk(module.tree):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else [])
            if any(name.split(".")[0] in _PY_DRIVER_MODULES for name in names):
                return True
    return False


def database_usage(ctx: Context) -> DatabaseUsage:
    from deploycheck.sources.lockfiles import dependency_set

    usage = DatabaseUsage()
    deps = ctx.use(dependency_set)
    django_memory: list[str | None] = []  # read once, when a manifest's only database package is Django
    for manifest in deps.manifests:
        names = {dep.name.lower() for dep in manifest.dependencies}
        # JPA over an embedded in-memory database (HSQLDB, H2, Derby) and no server driver: the data lives
        # and dies with the process, so there is nothing to migrate or back up
        embedded = bool(names & EMBEDDED_DBS) and not (names & SERVER_DRIVERS)
        if not embedded and "django" in names and not (names & DB_PACKAGES) - {"django"} - _PY_DRIVER_PACKAGES:
            # Django's ORM over an in-memory SQLite (its driver is Python's own sqlite3) is the same case; a server
            # driver also installed (fala's psycopg) is unused when every ENGINE is SQLite and no code imports it
            if not django_memory:
                django_memory.append(django_in_memory_database(ctx))
            embedded = django_memory[0] is not None and not (
                bool(names & _PY_DRIVER_PACKAGES) and ctx.use(_imported_python_drivers))
        unused = EMBEDDED_ORMS | (_PY_DRIVER_PACKAGES if embedded and "django" in names else frozenset())
        if embedded:
            usage.embedded.append(manifest.path)
        shown = False
        for dep in manifest.dependencies:
            if dep.name.lower() in DB_PACKAGES and dep.direct and not (embedded and dep.name.lower() in unused):
                usage.relational |= dep.name.lower() not in DOCUMENT_PACKAGES
                if dep.name.lower() not in DOCUMENT_PACKAGES and manifest.path not in usage.relational_manifests:
                    usage.relational_manifests.append(manifest.path)
                if not shown:
                    usage.evidence.append((f"dependency {dep.name}", manifest.path))
                    shown = True
    found_var = 0
    third_party = ctx.use(_third_party_compose)
    for rel in ctx.files.files:
        lower = rel.lower()
        name = PurePosixPath(lower).name
        if not (lower.endswith(_CODE_SUFFIXES) or name in ("dockerfile", ".env") or name.startswith(".env")):
            continue
        if "/tests/fixtures/" in f"/{lower}" or "lock" in name:
            continue
        text = third_party[rel] if rel in third_party else ctx.files.read_text(rel)
        if not text:
            continue
        if lower.endswith(_HASH_COMMENTED) or name == "dockerfile" or name.startswith(".env"):
            # a commented-out setting configures nothing: spring-boot-template's application.yaml keeps its
            # datasource as `#    url: jdbc:postgresql://${DB_HOST}...` for services that will add one
            text = _HASH_COMMENT_LINE.sub("", text)
        match = DSN_VARS.search(text) or DSN_URL.search(text)
        if match:
            if found_var < 3:
                usage.evidence.append((f"database setting {match.group(0)}", rel))
            found_var += 1
            # a setting of another database in any file makes it relational: a MongoDB-only answer reads them all
            usage.relational |= any(not _DOCUMENT_TEXT.search(m.group(0))
                                    for m in (*DSN_VARS.finditer(text), *DSN_URL.finditer(text)))
            if found_var >= 3 and usage.relational:
                break
    manifests = ctx.use(manifest_database_evidence)
    usage.evidence += manifests
    usage.relational |= any(not _DOCUMENT_TEXT.search(what) for what, _ in manifests)
    return usage


# Go packages that open or map a relational database: a file importing one holds the service's relational code
_GO_RELATIONAL_IMPORT = re.compile(r'"(?:database/sql|github\.com/go-sql-driver/mysql|github\.com/jmoiron/sqlx|'
                                   r'github\.com/lib/pq|github\.com/jackc/pgx[\w/.-]{0,40}|gorm\.io/gorm|'
                                   r'entgo\.io/ent|github\.com/uptrace/bun[\w/.-]{0,40})"')
_GO_EXPORTED = re.compile(r"^(?:func|type)[ \t]+([A-Z]\w{0,100})", re.M)
_WORD = re.compile(r"\w+")


def go_relational_code_for_tests_only(ctx: Context) -> list[str]:
    """The Go files of the repository's relational database code when only tests use it: every non-test file that
    imports a SQL driver or ORM is outside package main, and no other non-test Go file names any of its exported
    functions or types (wild-workouts' trainer: hour_mysql_repository.go's NewMySQLHourRepository is called from
    hour_repository_test.go only; production wires the Firestore repository). Empty when a relational manifest is not
    a go.mod, or production code reaches the relational code (or it exports nothing to tell by)."""
    from deploycheck.sources.codefacts import is_test_path

    usage = ctx.use(database_usage)
    if not usage.relational_manifests or not all(m.endswith("go.mod") for m in usage.relational_manifests):
        return []
    sources = {rel: ctx.files.read_text(rel) or "" for rel in ctx.files.files
               if rel.endswith(".go") and not rel.endswith("_test.go") and not is_test_path(rel)}
    relational = {rel: text for rel, text in sources.items() if _GO_RELATIONAL_IMPORT.search(text)}
    if not relational:
        return []
    names: set[str] = set()
    for text in relational.values():
        exported = set(_GO_EXPORTED.findall(text))
        if re.search(r"^package[ \t]+main\b", text, re.M) or not exported:
            return []
        names |= exported
    # A name between word boundaries is a whole run of word characters: each file's words are looked up in the names
    # (one alternation of every name was tried at each word of every file: 5,000 names over 150 KB, 0.66 s, growing
    # with names x text)
    if any(not names.isdisjoint(_WORD.findall(text)) for rel, text in sources.items() if rel not in relational):
        return []
    return sorted(relational)


# Python modules through which code opens or maps a relational database (the import names of DB_PACKAGES' Python
# distributions, Django's ORM included)
_PY_DATABASE_MODULES = frozenset({"sqlalchemy", "psycopg", "psycopg2", "asyncpg", "django", "alembic", "pymysql",
                                  "MySQLdb", "mysql", "aiomysql", "sqlmodel", "tortoise", "peewee", "databases",
                                  "flask_sqlalchemy", "flask_migrate", "cx_Oracle", "oracledb", "pyodbc", "sqlite3"})
# "requirements" anywhere in the name is asked by a lookahead read once per name: `[\w.-]*requirements[\w.-]*` went
# back through the name for each "requirements" in it, and each of those through the rest (0.18 s for a 32,000-character
# name in tests/test_hostile_regex.py). The same names match (generated names, tests/test_hostile_work.py).
_PY_MANIFEST = re.compile(r"(?:^|/)(?:(?=[\w.-]*?requirements)[\w.-]*\.(?:txt|in)|pyproject\.toml|Pipfile"
                          r"|setup\.(?:py|cfg))$")


def python_drivers_for_installed_programs(ctx: Context) -> list[str]:
    """The Python dependency manifests declaring a relational driver when no Python code of the repository imports a
    database module: the driver is installed for a program the image installs and configures (zero-to-jupyterhub-k8s'
    images/hub/requirements.txt: jupyterhub, with psycopg2 and pymysql for its db_url; the hub owns its schema and
    upgrades it with its own alembic migrations). Empty when a relational manifest is not a Python one or some
    repository code uses a database module, or the repository has no Python code to tell by."""
    from deploycheck.sources.pyast import python_modules

    usage = ctx.use(database_usage)
    if not usage.relational_manifests or not all(_PY_MANIFEST.search(m) for m in usage.relational_manifests):
        return []
    modules = ctx.use(python_modules).modules
    if not modules:  # no Python code at all: nothing tells whose the driver is (the service's own, unseen)
        return []
    for module in modules.values():
        for node in ast.walk(module.tree):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else [])
            if any(name.split(".")[0] in _PY_DATABASE_MODULES for name in names):
                return []
    return list(usage.relational_manifests)

