"""Whether SQL asks about a lake's tables (SHOW TABLES, information_schema, duckdb_views()), not their rows.

`themelake query "select 1"` runs where there is no lake, on a connection with no views: SQL that names a
view fails there as "no lake at ...". SQL that lists the tables names none, so it ran, and answered
`show tables` with 0 rows: a lake with no table, as a user reads it, where there was no lake at all.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import duckdb

# The schemas whose tables describe a database's tables (DuckDB's, and PostgreSQL's it imitates).
_CATALOG_SCHEMAS = frozenset(("information_schema", "pg_catalog"))
# The table functions and PRAGMAs that list or describe tables, views, their columns or the database.
_CATALOG_FUNCTIONS = frozenset((
    "duckdb_tables", "duckdb_views", "duckdb_columns", "duckdb_schemas", "duckdb_databases", "duckdb_constraints",
    "duckdb_indexes", "duckdb_dependencies", "show_tables", "show_tables_expanded", "show", "table_info",
    "pragma_table_info", "pragma_show", "pragma_storage_info", "storage_info", "pragma_database_size",
    "database_size", "database_list", "pragma_database_list", "pragma_metadata_info", "metadata_info",
))
_FUNCTION = re.compile(r"(?is)\s*(?:pragma|call)\s+([a-z_][a-z0-9_]*)")


def asks_about_tables(con: duckdb.DuckDBPyConnection, sql: str) -> bool:
    """Return True when `sql` lists or describes the database's tables rather than reading a table's rows.

    >>> con = duckdb.connect()
    >>> [asks_about_tables(con, q) for q in ("show tables", "select 'show tables' as s", "pragma show_tables")]
    [True, False, True]
    """
    for statement in con.extract_statements(sql):
        text = str(statement.query)
        if statement.type.name in ("PRAGMA", "CALL"):
            found = _FUNCTION.match(text)
            if found and found.group(1).lower() in _CATALOG_FUNCTIONS:
                return True
            continue
        [tree] = con.execute("select json_serialize_sql(?)", [text]).fetchone() or ["{}"]
        if any(_names_catalog(con, node) for node in _nodes(json.loads(tree))):
            return True
    return False


def _nodes(tree: Any) -> Iterator[dict[str, Any]]:
    """Yield every object of a parsed statement's JSON tree."""
    if isinstance(tree, dict):
        yield tree
        for value in tree.values():
            yield from _nodes(value)
    elif isinstance(tree, list):
        for value in tree:
            yield from _nodes(value)


def _names_catalog(con: duckdb.DuckDBPyConnection, node: dict[str, Any]) -> bool:
    """Return True for a FROM item that lists the database's tables: SHOW of a name (not of a query,
    whose own tables answer for it), a catalog schema's table, a catalog table function."""
    kind = node.get("type")
    if kind == "SHOW_REF":
        return bool(node.get("table_name")) and node.get("query") is None
    if kind == "BASE_TABLE":
        name = str(node.get("table_name") or "").lower()
        schema = str(node.get("schema_name") or "").lower()
        # pg_catalog is on DuckDB's search path: `select * from pg_tables` reads it unqualified.
        return schema in _CATALOG_SCHEMAS or (not schema and name.startswith("pg_") and _in_pg_catalog(con, name))
    if kind == "TABLE_FUNCTION":
        function = node.get("function") or {}
        return str(function.get("function_name") or "").lower() in _CATALOG_FUNCTIONS
    return False


def _in_pg_catalog(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    """Return True when `name` is one of DuckDB's pg_catalog views (not a file such as 'pg_2026.csv')."""
    found = con.execute(
        "select 1 from duckdb_views() where schema_name = 'pg_catalog' and lower(view_name) = ?", [name]
    ).fetchone()
    return found is not None
