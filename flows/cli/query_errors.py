"""The one line `themelake query` prints for SQL DuckDB refused: DuckDB's message, and how to rewrite the SQL
where DuckDB's words say only what is wrong."""

from __future__ import annotations

import re
from collections.abc import Callable

from flows.cli.misspelt_keywords import misspelt_keyword
from flows.cli.own_column import own_column

# DuckDB's words for a query that has both, as an analyst writes "the top 2 themes of each month" (the README's
# examples use each alone): they say what is missing, not what to write instead.
_QUALIFY_GROUP_BY_ALL = "Combining QUALIFY with GROUP BY ALL is not supported"
# `select evidence.term from paragraph_themes`: a list of structs has no field, its items have.
_FIELD_OF_A_LIST = re.compile(
    r"""Cannot extract field '([^']+)' from expression "([^"]+)" because it is not a struct"""
)
# `select published_at from paragraph_themes`, or `pt.published_at`: the column is another view's.
_NO_SUCH_COLUMN = re.compile(
    r'Referenced column "([^"]+)" not found in FROM clause'
    r'|(?:Table|Values list) "[^"]+" does not have a column named "([^"]+)"'  # DuckDB names a view `pt` either way
)
# `sum(mentions) AS mentions ... order by mentions`: DuckDB binds the table's column, not the alias.
# The views a query reads, by name (`from articles a`, `join themes using (theme_id)`).
_READ_VIEW = re.compile(r'\b(?:from|join)\s+"?([A-Za-z_]\w*)', re.IGNORECASE)
_NOT_GROUPED = re.compile(r'column "([^"]+)" must appear in the GROUP BY clause')
# A filter in a clause that may not hold it: DuckDB names the clause that refused, not the one that filters so.
# SQL filters rows (WHERE), then groups (HAVING), then a window's values (QUALIFY), in that order.
_WINDOW_IN = re.compile(r"(WHERE|HAVING) clause cannot contain window functions")
_CLAUSE_HINTS = {
    "WHERE clause cannot contain aggregates": "a condition on an aggregate goes in HAVING, after GROUP BY: "
    "`group by ... having count(*) > 1`",
    "at least one window function must appear in the SELECT column or QUALIFY clause": "QUALIFY filters on a "
    "window function's value, `qualify row_number() over (...) = 1`; a condition on columns alone goes in WHERE",
}
# `theme_id = "medtop:16000000"`: double quotes name a column; the value compared with, or listed, is in them.
# (A column named in double quotes stands alone, in a select list or left of `=`: `"titel"` keeps DuckDB's line;
# so does one an IN's subquery selects, `in (select "thme_id" from themes)`, which lists no values.)
# A value is written on either side of its comparison: `"economy" = name` compares with a bare column on the right
# (`"titel" = 'x'` compares a column with a value, and keeps DuckDB's line).
_QUOTED_VALUE = (r'(?:(?:[=<>]|\bi?like|\bbetween)\s*|\bin\s*\((?!\s*select\b)[^)]*|\bbetween\s+\S+\s+and\s+)'
                 r'"{name}"|"{name}"\s*(?:[=<>!]=?|<>)\s*[A-Za-z_]')
# DuckDB's columns near a name it did not find: `Candidate bindings: "p.theme_id", "title"`.
_CANDIDATES = re.compile(r'Candidate bindings: ((?:"[^"]+"(?:, )?)+)')

# The key a view joins on (as the README's examples join them): every label, place and amount has its
# paragraph's and article's ids, a label its theme's, each row its run's.
_JOIN_KEYS = {"articles": "article_id", "paragraphs": "paragraph_id", "themes": "theme_id", "runs": "run_id"}

ColumnViews = Callable[[str], list[str]]


def error_line(message: str, sql: str = "", views_with: ColumnViews | None = None) -> str:
    """Return the line of a query that failed; one that names a table the lake lacks names the lake's own,
    and one DuckDB refuses in words that do not say how to write it instead (a limit of its own, a field of a
    list, another view's column, an alias that a table's column hides) says so. `views_with(column)` names
    the lake's views that have a column.

    Where no view's name is close to the one given, DuckDB suggests a system table's ("labels": `Did you
    mean "pg_tables"?`), which sent a new user to DuckDB's catalog instead of the lake's tables.
    """
    if _QUALIFY_GROUP_BY_ALL in message:
        return f"{message} (DuckDB's limit: name the grouped columns, `group by 1, 2` or `group by month, theme`)"
    if (clause := _WINDOW_IN.search(message)) is not None:
        return (f"{message} (a window function's value is filtered after {clause.group(1)}, in QUALIFY: move the "
                f"condition with OVER (...) from {clause.group(1)} to QUALIFY, written after GROUP BY and HAVING)")
    for words, rewrite in _CLAUSE_HINTS.items():
        if words in message:
            return f"{message} ({rewrite})"
    if (field := _FIELD_OF_A_LIST.search(message)) is not None:
        return f"{message} ({field_of_a_list(field.group(2), field.group(1))})"
    if (column := _NO_SUCH_COLUMN.search(message)) is not None and views_with is not None:
        name = column.group(1) or column.group(2)
        if re.search(_QUOTED_VALUE.format(name=re.escape(name)), sql, re.IGNORECASE) and not spelled_like_a_column(
                name, message):
            quoted = name.replace("'", "''")  # a quote inside a value is doubled: 'it''s'
            return (f'{message} (`"{name}"` in double quotes names a column: a value takes single quotes, '
                    f"`'{quoted}'`)")
        views, read = views_with(name), views_read(sql)
        if not views:
            hint = named_after_a_view(name, views_with, read)
            return f"{message} ({hint})" if hint else message
        # A view the README's examples join by its key first: `name` asked of the labels is the themes' name; but
        # one the query's own views share a key with (`theme_id` of the articles: article_themes, by article_id).
        views.sort(key=lambda view: view not in _JOIN_KEYS)
        joined = sorted(views, key=lambda v: join_key(v, read, views_with) is None)
        view, key = joined[0], join_key(joined[0], read, views_with)
        if key is None and (own := own_column(name, read)) is not None:
            # `select relative_path from quarantine` was told to join articles, which it shares no key with.
            return (f"{message} (`{name}` is a column of {', '.join(views)}, which {read[0]} shares no key with: "
                    f"{read[0]}'s own column for the {own[1]} is `{own[0]}`)")
        example = f", e.g. `join {view} using ({key})`" if key else ""
        return f"{message} (`{name}` is a column of {', '.join(views)}: join {view} to the query{example})"
    if (column := _NOT_GROUPED.search(message)) is not None and re.search(
        rf'\bas\s+"?{re.escape(column.group(1))}"?(?!\w)', sql, re.IGNORECASE
    ):
        name = column.group(1)
        return (f"{message} (`{name}` is both a column of a table in the query and a name given with AS: an ORDER BY"
                f" in a window or QUALIFY reads the column; give the result another name, `AS n_{name}`)")
    if (slip := misspelt_keyword(message, sql)) is not None:
        return f"{message} ({slip})"
    if "Catalog Error: Table with name" not in message:
        return message
    from warehouse.schema_version import TABLE_NAMES
    from warehouse.views import derived_views

    views = [name for name, _ in derived_views(None) if name not in TABLE_NAMES and not name.endswith("_all")]
    # DuckDB's guess of a system table (pg_tables, duckdb_tables ...) is no table of the lake: left out.
    message = re.sub(r' Did you mean "(?:pg_|duckdb_|sqlite_|information_schema)[^"]*"\?', "", message)
    return (f"{message} (the lake's tables: {', '.join(TABLE_NAMES)}; its views of them: {', '.join(views)}; "
            '`themelake query "show tables"` lists every view, the history ones too)')


def spelled_like_a_column(name: str, message: str) -> bool:
    """Return whether a name DuckDB found no column of is spelled like one it offers in its place: a column misspelt
    in double quotes (`on p.theme_id = "thme_id"`), not a value in them (`name = "economy"`, `"2026-01-01"`).

    >>> said = 'Candidate bindings: "p.theme_id", "t.name"'
    >>> spelled_like_a_column("thme_id", said), spelled_like_a_column("economy", said), spelled_like_a_column("nam", "")
    (True, False, False)
    """
    from difflib import SequenceMatcher

    # One letter dropped, doubled or swapped in a column's name keeps 0.8 of its letters in order (`thme_id`: 0.93,
    # `artcle_id` 0.95), while a word or a date compared with the column shares few (`economy` with `name`: 0.36).
    offered = _CANDIDATES.search(message)
    columns = re.findall(r'"(?:[^".]+\.)?([^"]+)"', offered.group(1)) if offered else []
    return any(SequenceMatcher(None, name.lower(), c.lower()).ratio() >= 0.8 for c in columns)


def field_of_a_list(expression: str, field: str) -> str:
    """Return how to read a field of a list's items.

    >>> hint = field_of_a_list("evidence", "term")
    >>> "unnest(evidence) as u(e)" in hint, "list_transform(evidence, lambda e: e.term)" in hint
    (True, True)
    """
    # The list may be of structs (evidence) or of strings (authors): `e.name` of a string is no field either.
    return (f"`{expression}` is a list: read its items one a row with `, unnest({expression}) as u(e)` after the "
            f"FROM table, then `e.{field}` (or `e` itself, for a list of values without fields), or in one row with "
            f"`list_transform({expression}, lambda e: e.{field})`")


def views_read(sql: str) -> list[str]:
    """Return the names a query reads from or joins, lower-cased, in its order.

    >>> views_read('select * from Articles a join "themes" using (theme_id), paragraphs')
    ['articles', 'themes']
    """
    return [name.lower() for name in _READ_VIEW.findall(sql)]


def join_key(view: str, read: list[str], views_with: ColumnViews) -> str | None:
    """Return the key to join `view` on to a query that reads `read` (its own key, else a paragraph's or an
    article's id) that one of those views has too; any key of the view's when the query reads none of the lake's."""
    for key in dict.fromkeys((own_key(view), "paragraph_id", "article_id")):
        having = views_with(key)
        if view in having and (not read or any(r in having for r in read)):
            return key
    return None


def own_key(view: str) -> str:
    """Return the id a view's rows are of: `theme_id` of themes, `article_id` of article_places.

    >>> own_key("themes"), own_key("article_places"), own_key("paragraph_themes")
    ('theme_id', 'article_id', 'paragraph_id')
    """
    return _JOIN_KEYS.get(view) or f"{view.partition('_')[0]}_id"


def named_after_a_view(name: str, views_with: ColumnViews, read: list[str] | None = None) -> str | None:
    """Return where the thing a column no view has is named after lives, as an analyst first writes it: `theme`
    or `theme_name` (a theme's name is `name` of themes), `place_name`, `article_title`; None for another name.
    `read`, the views the query reads: one of them is not joined again, another is joined on a key they share.

    >>> columns = {"theme_id": ["paragraph_themes", "themes"], "name": ["themes", "paragraph_places"],
    ...            "paragraph_id": ["paragraphs", "paragraph_places"], "title": ["articles"]}
    >>> said = named_after_a_view("theme_name", lambda c: columns.get(c, []))
    >>> said.split(", e.g. ")
    ["`theme_name` is no column of the lake: the theme's name is `name` of themes", \
'`join themes using (theme_id)`, then `themes.name`']
    >>> named_after_a_view("place", lambda c: columns.get(c, [])).split(", e.g. ")[1]
    '`join paragraph_places using (paragraph_id)`, then `paragraph_places.name`'
    >>> named_after_a_view("theme", lambda c: columns.get(c, []), ["themes"]).split(": ")[-1]
    'write `name`'
    >>> named_after_a_view("colour", lambda c: columns.get(c, [])) is None
    True
    """
    from warehouse.schema_version import TABLE_NAMES
    from warehouse.views import derived_views

    read = read or []
    stem, _, rest = name.lower().partition("_")
    views = dict.fromkeys([*TABLE_NAMES, *(n for n, _ in derived_views(None) if not n.endswith("_all"))])
    column = rest or "name"
    having = views_with(column)
    # `theme` is the themes view's, before paragraph_themes'; `place` the paragraphs' places, the first of its kind.
    named = [v for v in views if v == f"{stem}s" and v in having] or [
        v for v in views if v.endswith(f"_{stem}s") and v in having]
    said = f"`{name}` is no column of the lake: the {stem}'s {column} is `{column}`"
    for view in named:
        if view in read:
            return f"{said} of {view}, which the query reads: write `{column}`"
    # The one of its kind joined on its own key: an article's places to the articles, a paragraph's to the paragraphs.
    for view in sorted(named, key=lambda v: join_key(v, read, views_with) != own_key(v)):
        if key := join_key(view, read, views_with):
            return f"{said} of {view}, e.g. `join {view} using ({key})`, then `{view}.{column}`"
    return None
