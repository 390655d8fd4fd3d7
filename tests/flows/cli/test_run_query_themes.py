from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from flows.cli.main import app

runner = CliRunner()


@pytest.mark.slow
def test_run_then_query_as_csv_and_json(tmp_path, data_dir, taxonomy_file) -> None:
    source = tmp_path / "in"
    source.mkdir()
    shutil.copy(data_dir / "seed_format.txt", source)
    lake = str(tmp_path / "lake")
    result = runner.invoke(app, ["run", str(source), "--lake", lake, "--taxonomy", taxonomy_file])
    assert result.exit_code == 0, result.output
    assert "paragraphs written" in result.output
    csv_out = runner.invoke(app, ["query", "select role, count(*) as n from paragraphs group by 1 order by 1",
                                  "--lake", lake, "--format", "csv"])
    assert csv_out.exit_code == 0
    assert csv_out.output.splitlines() == ["role,n", "body,6", "boilerplate,1", "summary,1"]
    json_out = runner.invoke(app, ["query", "select count(*) as n from articles", "--lake", lake, "-f", "json"])
    assert json_out.output.strip() == '[{"n": 1}]'


def test_user_errors_are_one_line_and_non_zero(tmp_path) -> None:
    missing = runner.invoke(app, ["run", str(tmp_path / "nowhere"), "--lake", str(tmp_path / "lake")])
    assert missing.exit_code == 2
    assert "source not found" in missing.output and "Traceback" not in missing.output
    bad_tax = tmp_path / "bad.toml"
    bad_tax.write_text("[[themes]\n")
    result = runner.invoke(app, ["run", str(tmp_path), "--taxonomy", str(bad_tax)])
    assert result.exit_code == 2 and "bad.toml: not valid TOML" in result.output
    no_lake = runner.invoke(app, ["query", "select count(*) from articles", "--lake", str(tmp_path / "none")])
    assert no_lake.exit_code == 2 and "no lake" in no_lake.output


@pytest.mark.parametrize("command", [["query", "select count(*) from articles"], ["report"], ["enrich"], ["relabel"],
                                     ["compact"]])
def test_a_lake_that_is_a_file_is_named_so_not_sent_to_run(tmp_path, command) -> None:
    # "run `themelake run SOURCE --lake FILE` first" sent the user to a command that refuses a file.
    lake = tmp_path / "notes.txt"
    lake.write_text("not a lake")
    result = runner.invoke(app, [*command, "--lake", str(lake)])
    assert result.exit_code == 2 and "it is a file, not a folder" in result.output, result.output
    assert "themelake run" not in result.output and len(result.output.strip().splitlines()) == 1


def test_themes_export_prints_the_file_or_one_line_for_a_missing_one(tmp_path) -> None:
    exported = runner.invoke(app, ["themes", "--export"])
    assert exported.exit_code == 0 and 'id = "medtop:16000000"' in exported.output
    missing = runner.invoke(app, ["themes", "--export", "--taxonomy", str(tmp_path / "none.toml")])
    assert missing.exit_code == 2 and "taxonomy file not found" in missing.output
    assert "Traceback" not in missing.output


@pytest.mark.slow
def test_query_prints_values_as_stored_and_json_standard_tools_read(tmp_path) -> None:
    from warehouse.catalog import write_catalog
    from warehouse.lake import ensure_lake

    lake = tmp_path / "lake"
    ensure_lake(lake)
    write_catalog(lake)
    # Text that reads as rich markup or emoji codes (a WordPress shortcode, /etc/passwd's ":x:").
    sql = "select '[caption]A cyclist[/caption] user:x:1000 [bold]b[/bold]' as \"[b]s\""
    table = runner.invoke(app, ["query", sql, "--lake", str(lake)])
    assert table.exit_code == 0, table.output
    assert "[caption]A cyclist[/caption] user:x:1000 [bold]b[/bold]" in table.output and "[b]s" in table.output
    # A control character (an ESC in a file name) is shown as \xNN in a table: raw, it recoloured the
    # terminal. CSV and JSON hold the value as it is (JSON escapes it its own way).
    esc = "select 'esc' || chr(27) || '[31mRED' as v"
    shown = runner.invoke(app, ["query", esc, "--lake", str(lake)])
    assert shown.exit_code == 0 and "esc\\x1b[31mRED" in shown.output and "\x1b" not in shown.output
    assert "esc\x1b[31mRED" in runner.invoke(app, ["query", esc, "--lake", str(lake), "-f", "csv"]).output
    # 1/0 and NaN are no JSON: null, inside lists too.
    as_json = runner.invoke(app, ["query", "select 1/0 as r, 'nan'::double as n, [1.5, 'inf'::double] as l",
                                  "--lake", str(lake), "-f", "json"])
    assert as_json.exit_code == 0
    assert json.loads(as_json.output, parse_constant=lambda c: pytest.fail(f"not JSON: {c}")) == [
        {"r": None, "n": None, "l": [1.5, None]}
    ]
    # No statement, or several (DuckDB would show the last one's rows only): one line, exit 2.
    for sql, said in (("", "the SQL argument is empty"), (" ;", "no SQL statement"),
                      ("select 1; select 2", "one SQL statement at a time")):
        result = runner.invoke(app, ["query", sql, "--lake", str(lake)])
        assert result.exit_code == 2 and said in result.output and "Traceback" not in result.output


def test_a_table_to_a_file_holds_wide_characters_whole(tmp_path) -> None:
    # A CJK character or an emoji takes two columns: counted as one, the table to a file or a pipe
    # was too narrow and cut them ("日本 …", a column "列名前" headed "列名…").
    from warehouse.catalog import write_catalog
    from warehouse.lake import ensure_lake

    lake = tmp_path / "lake"
    ensure_lake(lake)
    write_catalog(lake)
    sql = "select '日本語のテキスト' as t, 'x' as \"列名前\", '😀😀😀' as e"
    table = runner.invoke(app, ["query", sql, "--lake", str(lake)])
    assert table.exit_code == 0, table.output
    assert "…" not in table.output
    row = [" 日本語のテキスト ", " x      ", " 😀😀😀 "]  # each cell padded to its column, none cut
    assert any(line.split("│")[1:4] == row for line in table.output.splitlines())
    assert "列名前" in table.output


@pytest.mark.slow
def test_json_of_a_result_with_a_name_twice_is_one_line_not_a_column_lost(tmp_path) -> None:
    # `select *` over a join has article_id twice: as JSON, each row's second value replaced the
    # first, and the output held one column of the two, silently.
    from warehouse.catalog import write_catalog
    from warehouse.lake import ensure_lake

    lake = tmp_path / "lake"
    ensure_lake(lake)
    write_catalog(lake)
    twice = runner.invoke(app, ["query", "select 1 as a, 2 as a", "--lake", str(lake), "-f", "json"])
    assert twice.exit_code == 2
    assert twice.output.startswith("error: column 'a' appears twice in the result: ") and "AS" in twice.output
    as_csv = runner.invoke(app, ["query", "select 1 as a, 2 as a", "--lake", str(lake), "-f", "csv"])
    assert as_csv.output.splitlines() == ["a,a", "1,2"]  # a header row holds both
    apart = runner.invoke(app, ["query", "select 1 as a, 2 as b", "--lake", str(lake), "-f", "json"])
    assert json.loads(apart.output) == [{"a": 1, "b": 2}]


@pytest.mark.slow
def test_query_refuses_statements_that_write_files_or_change_the_lake(tmp_path) -> None:
    # COPY ... TO wrote wherever it was told, the lake's own Parquet files included, through a
    # read-only catalog: one line and exit 2 instead, and nothing written.
    from warehouse.catalog import write_catalog
    from warehouse.lake import ensure_lake

    lake = tmp_path / "lake"
    ensure_lake(lake)
    write_catalog(lake)
    out = tmp_path / "out.csv"
    for sql in (f"copy (select 1 as x) to '{out}'", f"export database '{tmp_path / 'export'}'",
                f"pragma profiling_output = '{out}'", "create table t as select 1", "set threads = 1",
                f"explain analyze copy (select 1 as x) to '{out}'",  # runs what it explains
                f"explain (format json, analyze) copy (select 1 as x) to '{out}'",
                f"call enable_logging(storage = 'file', storage_path = '{tmp_path / 'export'}')",
                f"pragma import_database('{tmp_path}')"):  # runs the folder's schema.sql and load.sql
        result = runner.invoke(app, ["query", sql, "--lake", str(lake)])
        assert result.exit_code == 2 and "refused" in result.output and "Traceback" not in result.output, sql
    assert not out.exists() and not (tmp_path / "export").exists()
    for sql in ("describe runs", "summarize runs", "explain select 1", "pragma table_info('runs')", "show tables",
                "call duckdb_tables()", "pragma database_size"):
        assert runner.invoke(app, ["query", sql, "--lake", str(lake)]).exit_code == 0, sql


@pytest.mark.parametrize(("sql", "named"), [
    ("install httpfs", "an INSTALL statement"), ("use memory", "a USE statement"), ("analyze", "an ANALYZE statement"),
    ("checkpoint", "a CHECKPOINT statement"), ("/* x */ begin", "a BEGIN statement"),
    ("reset threads", "a RESET statement"), ("attach 'x.db'", "an ATTACH statement"),
    ("update t set a = 1", "an UPDATE statement"), ("load httpfs", "a LOAD statement"),
])
def test_a_refused_statement_is_named_as_written(tmp_path, sql, named) -> None:
    # DuckDB gives several statements one type: `install httpfs` was refused as "a LOAD statement",
    # `use memory` as "a SET", `checkpoint` as "CALL ... is not one that describes the lake"; and
    # "a ATTACH", "a INSERT".
    from warehouse.catalog import write_catalog
    from warehouse.lake import ensure_lake

    lake = tmp_path / "lake"
    ensure_lake(lake)
    write_catalog(lake)
    result = runner.invoke(app, ["query", sql, "--lake", str(lake)])
    assert result.exit_code == 2
    assert result.output.startswith(f"error: refused: {named} is not a query; "), result.output


def test_a_refused_statement_names_what_query_reads_and_only_a_write_gets_the_way_to_keep_a_result(
    tmp_path,
) -> None:
    from warehouse.catalog import write_catalog
    from warehouse.lake import ensure_lake

    lake = tmp_path / "lake"
    ensure_lake(lake)
    write_catalog(lake)
    copy = runner.invoke(app, ["query", f"copy (select 1 as x) to '{tmp_path / 'out.csv'}'", "--lake", str(lake)])
    setting = runner.invoke(app, ["query", "set threads = 1", "--lake", str(lake)])
    for result in (copy, setting):
        assert result.exit_code == 2 and "PIVOT" in result.output and "CALL" in result.output, result.output
    assert "--format csv or json into a file" in copy.output
    assert "--format" not in setting.output  # a SET has no result to keep
    # What the message lists is what runs.
    pivot = runner.invoke(app, ["query", "pivot (select 'a' as k) on k using count(*)", "--lake", str(lake)])
    assert pivot.exit_code == 0, pivot.output


@pytest.mark.parametrize("mark", ["?", "\\"])
@pytest.mark.parametrize("command", [["run", "in"], ["query", "select 1"], ["compact"], ["relabel"], ["themes"]])
def test_a_lake_path_duckdb_cannot_open_a_catalog_under_is_one_line(tmp_path, mark, command) -> None:
    # DuckDB reads '?' in a database's path as a URL's query and '\\' as a separator: `run` and
    # `compact` ended in its traceback ("Cannot open file .../we.wal?ird/...") after making the folder.
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Troops moved to the border.\n")
    lake = tmp_path / f"we{mark}ird" / "lake"
    args = [str(tmp_path / "in") if arg == "in" else arg for arg in command]
    result = runner.invoke(app, [*args, "--lake", str(lake)])
    assert result.exit_code == 2, result.output
    assert f"has '{mark}' in its path" in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert not lake.parent.exists()  # nothing made


def test_a_lake_path_that_is_a_file_is_one_line_before_anything_starts(tmp_path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Troops moved to the border.\n")
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a lake")
    for lake in (a_file, a_file / "lake"):
        result = runner.invoke(app, ["run", str(tmp_path / "in"), "--lake", str(lake)])
        assert result.exit_code == 2, result.output
        assert "is a file, not a folder" in result.output and "Traceback" not in result.output
    assert a_file.read_text() == "not a lake"
    same = runner.invoke(app, ["run", str(tmp_path / "in"), "--lake", str(tmp_path / "in")])
    assert same.exit_code == 2 and "the lake and the source are the same folder" in same.output


@pytest.mark.slow
def test_a_lake_path_that_is_a_folder_of_other_files_is_one_line_and_nothing_is_written(tmp_path) -> None:
    # A folder of articles given as --lake got _manifest.json, data/ and a catalog among its files.
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Troops moved to the border.\n")
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "draft.txt").write_text("mine")
    (notes / ".hidden").write_text("x")
    result = runner.invoke(app, ["run", str(tmp_path / "in"), "--lake", str(notes)])
    assert result.exit_code == 2 and "is a folder of other files" in result.output, result.output
    assert "Traceback" not in result.output
    assert sorted(p.name for p in notes.iterdir()) == [".hidden", "draft.txt"]
    # An empty folder, or one with hidden files only, is a new lake.
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / ".gitkeep").write_text("")
    assert runner.invoke(app, ["run", str(tmp_path / "in"), "--lake", str(empty)]).exit_code == 0


def test_a_source_inside_the_lake_is_one_line_and_nothing_is_written(tmp_path) -> None:
    # `run lake/data --lake lake` quarantined the lake's own Parquet files into its quarantine table.
    from warehouse.lake import ensure_lake

    lake = tmp_path / "lake"
    ensure_lake(lake)
    (lake / "data").mkdir(exist_ok=True)
    (lake / "data" / "a.txt").write_text("Troops moved to the border.\n")
    (lake / "notes.txt").write_text("A file of the lake's folder itself, as its manifest and catalog.\n")
    before = sorted(p.relative_to(lake) for p in lake.rglob("*"))
    for source in (lake / "data", lake / "data" / "a.txt", lake / "notes.txt"):
        result = runner.invoke(app, ["run", str(source), "--lake", str(lake)])
        assert result.exit_code == 2, result.output
        assert "is the lake's own files" in result.output and "Traceback" not in result.output
    assert sorted(p.relative_to(lake) for p in lake.rglob("*")) == before
    # A folder of articles kept below the lake folder is a source like any other.
    from warehouse.sources import FileChoice, without_lake

    assert without_lake(FileChoice(), lake / "inbox", lake) == FileChoice()


def test_an_exported_copy_of_the_bundled_taxonomy_works_where_it_is_saved(tmp_path) -> None:
    from warehouse.taxonomy_files import read_taxonomy

    exported = runner.invoke(app, ["themes", "--export"])
    copy = tmp_path / "elsewhere" / "my-taxonomy.toml"
    copy.parent.mkdir()
    copy.write_text(exported.output)
    listed = runner.invoke(app, ["themes", "--taxonomy", str(copy)])
    assert listed.exit_code == 0, listed.output
    # The same taxonomy, so the same version, which `themes` shows as runs store it.
    version = read_taxonomy(str(copy)).version
    assert version == read_taxonomy(None).version
    assert f"version {version}" in runner.invoke(app, ["themes"]).output
    assert f"version {version}" in listed.output


def test_a_theme_added_to_an_exported_copy_gets_a_vector_from_its_text_and_one_note(tmp_path) -> None:
    # The export's header invites "add themes of your own"; the bundled vectors file has none for them.
    from warehouse.taxonomy_files import read_taxonomy

    exported = runner.invoke(app, ["themes", "--export"]).output
    copy = tmp_path / "my-taxonomy.toml"
    copy.write_text(exported + '\n[[themes]]\nid = "my:elections"\nname = "elections"\n'
                    'terms = ["election", "voters"]\n')
    listed = runner.invoke(app, ["themes", "--taxonomy", str(copy)])
    assert listed.exit_code == 0 and "my:elections" in listed.stdout, listed.output
    assert listed.stderr.startswith("note: ") and len(listed.stderr.strip().splitlines()) == 1
    assert "no vector for theme(s) my:elections" in listed.stderr and "themelake learn" in listed.stderr
    assert read_taxonomy(str(copy)).version != read_taxonomy(None).version
    # A theme taken out leaves its vector unused, and says so; the bundled taxonomy says nothing.
    at = exported.index('id = "medtop:12000000"')
    start, end = exported.rindex("[[themes]]", 0, at), exported.index("[[themes]]", at)
    copy.write_text(exported[:start] + exported[end:])
    listed = runner.invoke(app, ["themes", "--taxonomy", str(copy)])
    assert listed.exit_code == 0 and "medtop:12000000" not in listed.stdout, listed.output
    assert "medtop:12000000" in listed.stderr and "not used" in listed.stderr
    assert runner.invoke(app, ["themes"]).stderr == ""


def test_exporting_a_learned_taxonomy_says_where_its_vectors_are_and_prints_only_the_toml(tmp_path) -> None:
    learned = tmp_path / "learned.toml"
    learned.write_text(
        '[taxonomy]\nname = "l"\nvectors = "learned.vectors.npz"\n[[themes]]\nid = "war"\nterms = ["army"]\n'
    )
    (tmp_path / "learned.vectors.npz").write_bytes(b"")  # only where it is matters to the export
    exported = runner.invoke(app, ["themes", "--export", "--taxonomy", str(learned)])
    assert exported.exit_code == 0, exported.output
    assert exported.stdout == learned.read_text()
    assert "learned.vectors.npz: copy that file beside the copy" in exported.stderr
    bundled = runner.invoke(app, ["themes", "--export"])  # the bundled file is found wherever a copy is
    assert bundled.exit_code == 0 and bundled.stderr == ""


def test_a_taxonomy_saved_with_a_byte_order_mark_reads_as_without(tmp_path) -> None:
    from warehouse.taxonomy_files import read_taxonomy

    text = '[taxonomy]\nname = "t"\n[[themes]]\nid = "war"\nname = "War"\nterms = ["army"]\n'
    (tmp_path / "plain.toml").write_text(text, encoding="utf-8")
    (tmp_path / "bom.toml").write_text(text, encoding="utf-8-sig")  # as Windows Notepad saves it
    assert read_taxonomy(str(tmp_path / "bom.toml"), vectors=False).version == read_taxonomy(
        str(tmp_path / "plain.toml"), vectors=False
    ).version


def test_an_sql_file_in_utf16_is_read_and_one_in_another_encoding_is_one_line(tmp_path) -> None:
    # A UTF-16 file (Windows Notepad's "Unicode") or cp1252 bytes gave a UnicodeDecodeError traceback;
    # undecodable bytes on standard input a TypeError from DuckDB's parser.
    from warehouse.catalog import write_catalog
    from warehouse.lake import ensure_lake

    lake = tmp_path / "lake"
    ensure_lake(lake)
    write_catalog(lake)
    utf16 = tmp_path / "utf16.sql"
    utf16.write_bytes("select 'café' as v".encode("utf-16"))
    read = runner.invoke(app, ["query", "--sql-file", str(utf16), "--lake", str(lake), "-f", "csv"])
    assert read.exit_code == 0 and read.output.splitlines() == ["v", "café"], read.output
    cp1252 = tmp_path / "cp1252.sql"
    cp1252.write_bytes("select 'café' as v".encode("cp1252"))
    for args, stdin in ((["--sql-file", str(cp1252)], None), (["--sql-file", "-"], b"\xffselect 1")):
        result = runner.invoke(app, ["query", *args, "--lake", str(lake)], input=stdin)
        assert result.exit_code == 2, result.output
        assert "the SQL is not UTF-8 text" in result.output and "Traceback" not in result.output


@pytest.mark.slow
def test_a_glob_that_matches_no_file_is_a_warning_even_when_nothing_changed(tmp_path) -> None:
    # An unchanged re-run skips the flow: "--include sprot" (a typo) read nothing and said nothing.
    (tmp_path / "in" / "sport").mkdir(parents=True)
    (tmp_path / "in" / "sport" / "a.txt").write_text("Goal\n\nThe striker scored a goal in the match.\n")
    lake = str(tmp_path / "lake")
    assert runner.invoke(app, ["run", str(tmp_path / "in"), "--lake", lake]).exit_code == 0
    for args in (["--include", "sprot"], ["--include", "sport", "--exclude", "drafts"]):
        result = runner.invoke(app, ["run", str(tmp_path / "in"), "--lake", lake, *args])
        assert result.exit_code == 0, result.output
        said = result.output.replace("\n", " ")
        assert f"--{args[-2][2:]} {args[-1]} matches no file of the source" in said, result.output


def test_a_taxonomy_on_a_store_is_refused_as_not_local(tmp_path) -> None:
    # It said "s3://bucket/t.toml: taxonomy file not found", as if the store had been looked in.
    for command in (["themes", "--taxonomy"], ["run", str(tmp_path), "--lake", str(tmp_path / "lake"), "--taxonomy"]):
        result = runner.invoke(app, [*command, "s3://bucket/t.toml"])
        assert result.exit_code == 2, result.output
        assert "a taxonomy is a local file" in result.output and "not found" not in result.output
        assert len(result.output.strip().splitlines()) == 1, result.output
    assert not (tmp_path / "lake").exists()
