"""The README's example queries, run on a lake of the bundled examples, print what the README shows."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli.main import app
from flows.ingest import ingest_articles
from warehouse.committed_reads import query

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text("utf-8")
QUERIES = sorted((ROOT / "examples" / "queries").glob("*.sql"))
# Columns whose value belongs to the moment of the run, not to the articles: the README's run id
# and duration (5_runs).
OF_THE_RUN = {"5_runs": {"run", "seconds"}}
# Columns that show when an article was published, or, for an article without a date, when it was
# ingested: the README shows the day it was refreshed where a run shows its own day. The SQL that
# gives the run's own value, as the query writes it.
INGESTED = {
    "6_themes_by_month": ("month", "select strftime(max(ingested_at), '%Y-%m') from articles"),
    "11_troops_and_money_per_theme": ("day", "select cast(max(ingested_at) as date) from articles"),
}


def readme_block(name: str, kind: str) -> str:
    """Return the first ```kind block after the README's mention of an example query file."""
    at = README.index(f"(`{name}`)")
    found = re.search(rf"```{kind}\n(.*?)```", README[at:], re.S)
    assert found, f"the README shows no {kind} block for {name}"
    return found.group(1)


def parse_table(block: str) -> tuple[list[str], list[list[str]]]:
    """Return the header and rows of a table the CLI printed (rich's box drawing), wrapped cells joined."""
    header: list[str] = []
    rows: list[list[str]] = []
    for line in block.splitlines():
        line = line.strip()
        if line.startswith("┃"):
            cells = [c.strip() for c in line.strip("┃").split("┃")]
            header = cells if not header else [f"{a} {b}".strip() for a, b in zip(header, cells, strict=True)]
        elif line.startswith("│"):
            cells = [c.strip() for c in line.strip("│").split("│")]
            if rows and not cells[0]:  # a wrapped row goes on: its first cell is blank
                rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], cells, strict=True)]
            else:
                rows.append(cells)
    return header, rows


def same_text(shown: str, value: str) -> bool:
    """Return True when a cell the README shows is this value, wrapping and a truncation (…) aside."""
    shown, value = "".join(shown.split()), "".join(value.split())
    return value.startswith(shown[:-1]) if shown.endswith("…") else shown == value


@pytest.fixture(scope="module")
def example_lake(tmp_path_factory, prefect_api) -> Path:  # a flow run: the session's API (tests/flows/conftest.py)
    lake = tmp_path_factory.mktemp("examples") / "lake"
    ingest_articles(source=str(ROOT / "examples" / "articles"), lake=str(lake))
    return lake


@pytest.mark.parametrize("path", QUERIES, ids=[p.stem for p in QUERIES])
@pytest.mark.slow
def test_example_query_prints_what_the_readme_shows(example_lake: Path, path: Path) -> None:
    sql = path.read_text("utf-8")
    code = [line for line in sql.splitlines() if not line.lstrip().startswith("--")]  # the file's comments
    assert readme_block(path.name, "sql").split() == " ".join(code).split(), "the README's SQL differs"
    header, shown = parse_table(readme_block(path.name, "text"))
    result = query(example_lake, sql)
    assert len(header) == result.num_columns and all(
        same_text(h, c) for h, c in zip(header, result.column_names, strict=True)
    ), (header, result.column_names)
    rows = [["" if v is None else str(v) for v in row.values()] for row in result.to_pylist()]
    assert len(rows) == len(shown), f"{len(rows)} rows, the README shows {len(shown)}"
    skip = OF_THE_RUN.get(path.stem, set())
    ingested_column, ingested_sql = INGESTED.get(path.stem, (None, ""))
    ingested = str(query(example_lake, ingested_sql).to_pylist()[0].popitem()[1]) if ingested_column else None
    for n, (got, want) in enumerate(zip(rows, shown, strict=True)):
        for column, value, cell in zip(result.column_names, got, want, strict=True):
            if column == ingested_column and value == ingested:  # this run's day: the README's is a day too
                assert re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", cell) and len(cell) == len(value), (n, cell)
            elif column not in skip:
                assert same_text(cell, value), f"row {n}, {column}: {value!r}, the README shows {cell!r}"


def test_every_example_query_is_in_the_readme() -> None:
    for path in QUERIES:
        assert f"(`{path.name}`)" in README


@pytest.mark.slow  # its lake is a flow run's
def test_sql_from_a_file_or_stdin(example_lake: Path, tmp_path: Path) -> None:
    sql = tmp_path / "q.sql"
    sql.write_text("-- comment first\nselect count(*) as n from articles")
    runner = CliRunner()
    from_file = runner.invoke(app, ["query", "--sql-file", str(sql), "--lake", str(example_lake), "-f", "csv"])
    assert from_file.output.splitlines() == ["n", "13"]
    from_stdin = runner.invoke(
        app, ["query", "--sql-file", "-", "--lake", str(example_lake), "-f", "csv"], input=sql.read_text()
    )
    assert from_stdin.output.splitlines() == ["n", "13"]
    both = runner.invoke(app, ["query", "select 1", "--sql-file", str(sql), "--lake", str(example_lake)])
    assert both.exit_code == 2


@pytest.mark.slow  # its lake is a flow run's
def test_the_primary_theme_query_tells_the_articles_of_one_records_file_apart(tmp_path: Path, prefect_api) -> None:
    # Each article of a JSON Lines file was named by its file alone: three rows read "feed.jsonl".
    source = tmp_path / "in"
    source.mkdir()
    records = [
        ("Central bank raises interest rates", "The central bank raised interest rates to curb inflation, banks said."),
        ("City win the cup final", "City beat United on penalties to win the cup final in front of 80,000 fans."),
        ("Parliament passes budget", "Parliament passed the government's budget after a long debate among MPs."),
    ]
    (source / "feed.jsonl").write_text(
        "".join(f'{{"title": "{title}", "text": "{text}"}}\n' for title, text in records), "utf-8")
    lake = tmp_path / "lake"
    ingest_articles(source=str(source), lake=str(lake))
    result = query(lake, (ROOT / "examples" / "queries" / "1_primary_theme_per_article.sql").read_text("utf-8"))
    assert result.column("article").to_pylist() == [f"feed.jsonl#record={n}" for n in (1, 2, 3)]


@pytest.mark.slow  # its lake is two flow runs'
def test_what_the_last_run_changed_names_each_file_by_what_happened_to_it(tmp_path: Path, prefect_api) -> None:
    # The README's runs query gave counts only: which files a run added, changed, deleted or quarantined
    # took the history views, and the new and the changed articles' rows looked alike.
    source = tmp_path / "in"
    source.mkdir()
    for name, title in (("kept", "Council sets budget"), ("edited", "Storm closes roads"), ("gone", "Team wins cup")):
        (source / f"{name}.txt").write_text(f"{title}\n\nThe {title.lower()} story, told in one paragraph.\n")
    lake = tmp_path / "lake"
    ingest_articles(source=str(source), lake=str(lake))
    (source / "edited.txt").write_text("Storm closes roads\n\nRoads stayed closed on Tuesday after the storm.\n")
    (source / "gone.txt").unlink()
    (source / "added.txt").write_text("Bank holds rates\n\nThe central bank held interest rates.\n")
    (source / "bad.txt").write_bytes(b"\x00\x01\x02\xff\xfe binary junk \x00\x00")
    ingest_articles(source=str(source), lake=str(lake))
    result = query(lake, (ROOT / "examples" / "queries" / "15_what_the_last_run_changed.sql").read_text("utf-8"))
    rows = [(row["what"], row["file"]) for row in result.to_pylist()]
    assert rows == [("changed", "edited.txt"), ("deleted", "gone.txt"), ("new", "added.txt"),
                    ("quarantined", "bad.txt")]
