"""The note on stderr under a query comparing a theme's name or id with a value no theme has ('Ecnomy')."""

from __future__ import annotations

from flows.cli.app import err


def say_unnamed_theme(lake: str, sql: str, found: bool) -> None:
    """Say on stderr which theme a query meant, where it compares the themes' name or theme_id with a value no theme
    has ('Ecnomy', 'medtop:4000000'): of a query that found no row (or counted none), any such value; of one that
    `found` rows by its other values, a slip of a theme it does not list. Rows and exit status stay as they are."""
    from flows.cli.theme_ids import compared_ids, theme_id_note
    from flows.cli.theme_names import compared, theme_name_note
    from warehouse.catalog import QueryError, views_with_column
    from warehouse.lake import LakeError
    from warehouse.query_rows import query_rows

    notes: list[str | None] = []
    try:
        if compared(sql, ["themes"]):  # most queries: no second look at the lake (a pattern of a fold's kept)
            ids = dict(query_rows(lake, "select distinct theme_id, name from themes").rows)  # an id for a name
            notes.append(theme_name_note(sql, list(ids.values()), lambda column: views_with_column(lake, column),
                                         found, ids))
        if "theme_id" in sql.lower() and compared_ids(sql, id_views := views_with_column(lake, "theme_id")):
            # Every version's ids: an id of a taxonomy the lake labelled with before is no slip.
            rows = query_rows(lake, "select distinct theme_id, name from themes_all").rows
            notes.append(theme_id_note(sql, {row[0]: row[1] for row in rows}, id_views, found))
    except (QueryError, LakeError):
        return  # a lake without themes: nothing to name
    for note in notes:
        if note is not None:
            err.print(f"note: {note}", highlight=False, markup=False, soft_wrap=True)
