"""User errors found by trying the CLI as a careless user would: each one line, exit code 2, no traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli.main import app
from tests.warehouse.report_lake import make_report_lake
from warehouse import lake as lakes
from warehouse import lake_lock
from warehouse.schemas import SCHEMA_VERSION

runner = CliRunner()
REPO = Path(__file__).resolve().parents[3]


def one_error_line(result) -> str:
    """Return the one `error:` line of a command that failed as a user's error should."""
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    (line,) = [line for line in result.output.splitlines() if line.startswith("error:")]
    return line


@pytest.mark.parametrize("manifest", ['{"version": 3, "tabl', "[]", json.dumps({"schema_version": SCHEMA_VERSION})],
                         ids=["cut short", "a list", "no tables"])
@pytest.mark.parametrize("command", [["query", "select 1"], ["themes"], ["report"], ["compact"], ["enrich"],
                                     ["relabel"]], ids=lambda c: c[0])
def test_a_manifest_damaged_by_hand_is_one_line_in_every_command(tmp_path, command, manifest) -> None:
    # A JSONDecodeError, AttributeError or KeyError traceback; compact started Prefect first.
    lakes.commit(tmp_path, {})
    (tmp_path / lakes.MANIFEST).write_text(manifest)
    line = one_error_line(runner.invoke(app, [*command, "--lake", str(tmp_path)]))
    assert f"manifest {tmp_path / lakes.MANIFEST} is damaged" in line and "new --lake" in line


@pytest.mark.parametrize("command", [["compact"], ["enrich"], ["relabel"]])
def test_a_lake_that_cannot_be_written_is_one_line_before_prefect_starts(tmp_path, monkeypatch, command) -> None:
    # A read-only disk: an OSError traceback from the lock file, after a temporary Prefect API started.
    # (As root, permissions do not stop a write: the check is what is faked.)
    lakes.commit(tmp_path, {})
    real = os.access
    monkeypatch.setattr(lakes.os, "access",
                        lambda path, mode, **kw: False if Path(path) == tmp_path and mode == os.W_OK
                        else real(path, mode, **kw))
    line = one_error_line(runner.invoke(app, [*command, "--lake", str(tmp_path)]))
    assert f"cannot write the lake {tmp_path}" in line and "can still be read" in line
    assert "started a temporary Prefect API" not in line


def test_a_folder_of_other_files_is_no_lake_and_not_one_to_run_into(tmp_path) -> None:
    # "run `themelake run SOURCE --lake DIR` first" sent the user to a command that refuses that folder.
    (tmp_path / "notes.txt").write_text("not a lake")
    for command in (["query", "select count(*) from articles"], ["themes"], ["report"]):
        line = one_error_line(runner.invoke(app, [*command, "--lake", str(tmp_path)]))
        assert "it is a folder of other files (1, such as 'notes.txt')" in line and "themelake run" not in line


def test_query_without_sql_says_how_to_give_it(tmp_path) -> None:
    lakes.commit(tmp_path, {})
    line = one_error_line(runner.invoke(app, ["query", "--lake", str(tmp_path)]))
    assert "give the SQL to run" in line and "not both" not in line  # "..., not both" when neither was given


def test_qualify_with_group_by_all_says_what_to_write_instead(tmp_path) -> None:
    # "The top 2 themes of each month" written with both, as the README's examples use each: DuckDB's
    # "Combining QUALIFY with GROUP BY ALL is not supported yet" said what it lacks, not how to write it.
    lakes.commit(tmp_path, {})
    sql = ("select x % 2 as month, count(*) as n from range(5) t(x) group by all "
           "qualify row_number() over (partition by month order by n desc) <= 2")
    line = one_error_line(runner.invoke(app, ["query", sql, "--lake", str(tmp_path)]))
    assert "QUALIFY with GROUP BY ALL" in line and "name the grouped columns, `group by 1, 2`" in line
    rewritten = runner.invoke(app, ["query", sql.replace("group by all", "group by 1"), "--lake", str(tmp_path)])
    assert rewritten.exit_code == 0, rewritten.output  # the way the line gives works


# An analyst's first tries at common questions, each refused in DuckDB's words, which said what was wrong but
# not how to write it: (SQL, what the line must say, the SQL written as the line says, which then runs).
REWRITTEN = {
    "a date of the articles, asked of the labels": (
        "select theme_id from paragraph_themes where published_at >= '2026-01-01'",
        "`published_at` is a column of articles: join articles to the query, e.g. `join articles using (article_id)`",
        "select theme_id from paragraph_themes join articles using (article_id) where published_at >= '2026-01-01'"),
    "a date of the articles, asked of the labels' alias": (
        "select pt.published_at from paragraph_themes pt",
        "`published_at` is a column of articles: join articles to the query, e.g. `join articles using (article_id)`",
        "select a.published_at from paragraph_themes pt join articles a using (article_id)"),
    "an author's name read off the list of names": (
        "select authors.name from articles",
        "`authors` is a list: read its items one a row with `, unnest(authors) as u(e)`",
        "select e from articles, unnest(authors) as u(e)"),
    "an evidence field read off the list": (
        "select evidence.term from paragraph_themes",
        "`evidence` is a list: read its items one a row with `, unnest(evidence) as u(e)`",
        "select list_transform(evidence, lambda e: e.term) from paragraph_themes"),
    "a theme's name asked of the labels": (
        "select theme, count(*) from paragraph_themes group by theme",
        "`theme` is no column of the lake: the theme's name is `name` of themes, e.g. `join themes using (theme_id)`",
        "select themes.name, count(*) from paragraph_themes join themes using (theme_id) group by 1"),
    "a theme's name asked of the labels' alias as theme_name": (
        "select a.title from articles a join paragraph_themes pt using (article_id) where pt.theme_name = 'war'",
        "`theme_name` is no column of the lake: the theme's name is `name` of themes",
        "select a.title from articles a join paragraph_themes pt using (article_id) join themes using (theme_id) "
        "where themes.name = 'war'"),
    "a place's name asked of the labels": (
        "select place_name, count(*) from paragraph_themes group by 1",
        "`place_name` is no column of the lake: the place's name is `name` of paragraph_places, "
        "e.g. `join paragraph_places using (paragraph_id)`",
        "select paragraph_places.name, count(*) from paragraph_themes join paragraph_places using (paragraph_id) "
        "group by 1"),
    "the theme's name asked of the labels by its column's name": (
        "select theme_id, name from paragraph_themes",
        "(`name` is a column of themes, article_places, paragraph_places: join themes to the query, "
        "e.g. `join themes using (theme_id)`)",
        "select theme_id, name from paragraph_themes join themes using (theme_id)"),
    # The view a column is named after, or the one that has it, joined on a key the query's own view has: "join
    # paragraph_places using (paragraph_id)" to the articles, "join themes using (theme_id)" to them, failed again.
    "a place's name asked of the articles": (
        "select title, place from articles",
        "the place's name is `name` of article_places, e.g. `join article_places using (article_id)`",
        "select title, article_places.name from articles join article_places using (article_id)"),
    "a theme's id asked of the articles": (
        "select title, theme_id from articles",
        "join article_themes to the query, e.g. `join article_themes using (article_id)`",
        "select title, theme_id from articles join article_themes using (article_id)"),
    # ... and a view the query reads already is not joined to it again: its column is named as it is.
    "an article's title asked of the articles by the view's name": (
        "select article_title from articles",
        "`article_title` is no column of the lake: the article's title is `title` of articles, which the query "
        "reads: write `title`",
        "select title from articles"),
    "a theme's name asked of the themes by the view's name": (
        "select theme_id, theme_name from themes t",
        "the theme's name is `name` of themes, which the query reads: write `name`",
        "select theme_id, name from themes t"),
    "a sum named as the column it sums": (
        "select name, sum(mentions) as mentions from article_places group by 1 "
        "qualify row_number() over (order by mentions desc) = 1",
        "give the result another name, `AS n_mentions`",
        "select name, sum(mentions) as n_mentions from article_places group by 1 "
        "qualify row_number() over (order by n_mentions desc) = 1"),
    # Filters in the wrong clause: DuckDB says which clause may not hold what, not which clause does.
    "the top theme of each paragraph filtered in WHERE": (
        "select paragraph_id, theme_id from paragraph_themes "
        "where row_number() over (partition by paragraph_id order by score desc) = 1",
        "move the condition with OVER (...) from WHERE to QUALIFY",
        "select paragraph_id, theme_id from paragraph_themes "
        "qualify row_number() over (partition by paragraph_id order by score desc) = 1"),
    "the top themes filtered in HAVING": (
        "select theme_id, count(*) as n from paragraph_themes group by 1 having rank() over (order by n desc) <= 2",
        "move the condition with OVER (...) from HAVING to QUALIFY",
        "select theme_id, count(*) as n from paragraph_themes group by 1 qualify rank() over (order by n desc) <= 2"),
    "a count filtered in WHERE": (
        "select theme_id, count(*) from paragraph_themes where count(*) > 1 group by 1",
        "a condition on an aggregate goes in HAVING, after GROUP BY",
        "select theme_id, count(*) from paragraph_themes group by 1 having count(*) > 1"),
    "a score filtered in QUALIFY": (
        "select paragraph_id, theme_id from paragraph_themes qualify score > 2",
        "a condition on columns alone goes in WHERE",
        "select paragraph_id, theme_id from paragraph_themes where score > 2"),
    # Double quotes name a column in SQL: a theme id or a date written so was "column not found", with a column
    # of the query offered in its place ('Candidate bindings: "theme_id"').
    "a theme's id in double quotes": (
        'select count(*) from paragraph_themes where theme_id = "medtop:16000000"',
        "`\"medtop:16000000\"` in double quotes names a column: a value takes single quotes, `'medtop:16000000'`",
        "select count(*) from paragraph_themes where theme_id = 'medtop:16000000'"),
    "a date in double quotes": (
        'select title from articles where published_at >= "2024-01-01"',
        "a value takes single quotes, `'2024-01-01'`",
        "select title from articles where published_at >= '2024-01-01'"),
    "places in double quotes in a list": (
        'select count(*) from paragraph_places where name in ("Kyiv", "Gaza")',
        "a value takes single quotes, `'Kyiv'`",
        "select count(*) from paragraph_places where name in ('Kyiv', 'Gaza')"),
}


@pytest.fixture(scope="module")
def labelled_lake(tmp_path_factory) -> Path:
    return make_report_lake(tmp_path_factory.mktemp("lake"))


@pytest.mark.parametrize("case", REWRITTEN)
def test_a_refused_query_says_how_to_write_it(labelled_lake, case) -> None:
    sql, said, rewritten = REWRITTEN[case]
    line = one_error_line(runner.invoke(app, ["query", sql, "--lake", str(labelled_lake)]))
    assert said in line
    result = runner.invoke(app, ["query", rewritten, "--lake", str(labelled_lake)])
    assert result.exit_code == 0, result.output  # the way the line gives works


@pytest.mark.parametrize("sql", [
    'select count(*) from paragraph_themes where theme_id in (select "thme_id" from themes)',
    'select count(*) from paragraph_themes where theme_id in (\n  SELECT "thme_id" from themes where name is not null)',
])
def test_a_misspelt_column_a_subquery_selects_is_no_value_in_double_quotes(labelled_lake, sql) -> None:
    # `in (select "thme_id" ...)` lists no values: the column is a column, misspelt; "a value takes single quotes"
    # sent the user to compare theme ids with the word 'thme_id'.
    line = one_error_line(runner.invoke(app, ["query", sql, "--lake", str(labelled_lake)]))
    assert "thme_id" in line and "single quotes" not in line


@pytest.mark.parametrize("column", ["colour", "source_file", "run_date", "theme_colour"])
def test_a_column_no_view_has_is_duckdbs_line_alone(labelled_lake, column) -> None:
    # Named after no view, or after one without such a column: no join would give it.
    line = one_error_line(runner.invoke(app, ["query", f"select {column} from paragraph_themes", "--lake",
                                              str(labelled_lake)]))
    assert f'Referenced column "{column}" not found' in line and "no column of the lake" not in line, line


@pytest.mark.parametrize("sql", ['select "titel" from articles', 'select title, "titel" from articles',
                                 'select title from articles where "titel" = title'])
def test_a_column_named_in_double_quotes_is_not_taken_for_a_value(labelled_lake, sql) -> None:
    line = one_error_line(runner.invoke(app, ["query", sql, "--lake", str(labelled_lake)]))
    assert 'Referenced column "titel" not found' in line and "single quotes" not in line, line


def report_to_stdout(lake: Path, name: str, stdout, cwd: Path) -> subprocess.CompletedProcess:
    """Run `themelake report -o NAME` in a process of its own, its standard output `stdout`."""
    return subprocess.run(
        [sys.executable, "-m", "flows.cli", "report", "--lake", str(lake), "-o", name],
        cwd=cwd, stdout=stdout, stderr=subprocess.PIPE, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(REPO), "DO_NOT_TRACK": "1"},
    )


@pytest.mark.slow
def test_report_to_dash_is_the_page_on_stdout_not_a_file_named_dash(tmp_path) -> None:
    lake = make_report_lake(tmp_path / "lake")
    done = report_to_stdout(lake, "-", subprocess.PIPE, tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("<!DOCTYPE html>") and not (tmp_path / "-").exists()


@pytest.mark.parametrize("name", ["-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1", "/dev//stdout"])
@pytest.mark.slow
def test_report_to_stdout_redirected_to_a_file_is_written_into_it_not_renamed_over_it(tmp_path, name) -> None:
    # `report -o - >> pages.html` replaced pages.html by the page (a temporary renamed over the file
    # /dev/stdout led to), losing what it held, and printed the page's path into the replaced file;
    # every name of stdout is stdout (`-o /dev/fd/1` printed its name after </html>).
    lake = make_report_lake(tmp_path / "lake")
    pages = tmp_path / "pages.html"
    pages.write_text("<!-- earlier pages -->\n")
    with open(pages, "a") as stdout:
        done = report_to_stdout(lake, name, stdout, tmp_path)
    assert done.returncode == 0, done.stderr
    text = pages.read_text()
    assert text.startswith("<!-- earlier pages -->\n<!DOCTYPE html>") and text.rstrip().endswith("</html>")
    assert str(pages) not in text and not (tmp_path / "-").exists()


@pytest.mark.parametrize("command", [["query", "select 1"], ["themes"], ["report"], ["compact"]], ids=lambda c: c[0])
def test_a_lake_url_of_no_known_filesystem_is_one_line(command) -> None:
    line = one_error_line(runner.invoke(app, [*command, "--lake", "foo://bucket/lake"]))
    assert "foo://bucket/lake: Unsupported filesystem: 'foo'" in line


class NoCredentialsError(Exception):
    """As botocore raises it: no OSError, and s3fs passes it on."""


class RefusingStore:
    """A lake URL's path whose object store refuses every request."""

    def __str__(self) -> str:
        return "s3://bucket/lake"

    def __truediv__(self, name: str) -> RefusingStore:
        return self

    def exists(self) -> bool:
        raise NoCredentialsError("Unable to locate credentials")


@pytest.mark.parametrize("command", [["query", "select 1"], ["themes"], ["report"], ["compact"], ["enrich"]],
                         ids=lambda c: c[0])
def test_an_object_store_that_refuses_is_one_line_naming_where_credentials_come_from(command, monkeypatch) -> None:
    # botocore's NoCredentialsError was a traceback in every command given an s3:// lake without credentials.
    from warehouse import storage

    monkeypatch.setattr(storage, "url_path", lambda url: RefusingStore())
    line = one_error_line(runner.invoke(app, [*command, "--lake", "s3://bucket/lake"]))
    assert "cannot read the lake's manifest s3://bucket/lake: Unable to locate credentials" in line
    assert "AWS_ACCESS_KEY_ID" in line


def test_an_empty_lake_setting_is_the_default(monkeypatch) -> None:
    # THEMELAKE_LAKE="" made the current folder the lake (the other THEMELAKE_* variables read empty as unset).
    from flows.settings import Settings

    monkeypatch.setenv("THEMELAKE_LAKE", "")
    monkeypatch.setenv("THEMELAKE_TAXONOMY", "")
    assert (Settings.from_env().lake, Settings.from_env().taxonomy) == (Settings.lake, None)


@pytest.mark.parametrize("variable", ["INBOX", "LAKE", "TAXONOMY", "BATCH_SIZE", "MAX_FILE_BYTES", "RUNNER",
                                      "DASK_ADDRESS", "LOCK_TIMEOUT", "WORKERS"])
def test_every_empty_themelake_variable_is_unset(monkeypatch, variable) -> None:
    # THEMELAKE_RUNNER="" was `error: unknown runner ''` (the README: an empty variable is unset).
    from flows.settings import Settings

    for name in [name for name in os.environ if name.startswith("THEMELAKE_")]:
        monkeypatch.delenv(name)  # the suite's own (THEMELAKE_WORKERS)
    monkeypatch.setenv(f"THEMELAKE_{variable}", "")
    assert Settings.from_env() == Settings()


LABELED = str(REPO / "tests" / "data" / "labeled")
LABEL_MAP = str(REPO / "tests" / "data" / "labeled-map.toml")


@pytest.mark.parametrize("command", [
    ["query", "select 1", "--lake", ""], ["themes", "--lake", ""], ["report", "--lake", ""], ["compact", "--lake", ""],
    ["enrich", "--lake", ""], ["relabel", "--lake", ""], ["run", "examples/articles", "--lake", ""],
    ["themes", "--taxonomy", ""], ["run", "examples/articles", "--taxonomy", ""], ["relabel", "--taxonomy", ""],
    ["eval", LABELED, "--map", LABEL_MAP, "--taxonomy", ""], ["learn", LABELED, "--map", LABEL_MAP, "--taxonomy", ""],
    ["learn", LABELED, "--map", LABEL_MAP, "-o", ""], ["report", "-o", ""],
    ["eval", LABELED, "--map", ""], ["learn", LABELED, "--map", "", "-o", "t.toml"],
    ["eval", LABELED, "--map", LABEL_MAP, "--label-field", ""],
    ["run", "examples/articles", "--include", "*.txt", "--include", ""], ["run", "examples/articles", "--exclude", ""],
    ["query", "--sql-file", "", "--lake", "lake"],  # was `error: cannot read .: Is a directory`
], ids=lambda c: " ".join(repr(a) if a == "" else a for a in c if a not in (LABELED, LABEL_MAP)))
def test_an_empty_option_value_is_one_line_naming_the_option(tmp_path, monkeypatch, command) -> None:
    # `--lake ""` made the current folder the lake, `--taxonomy ""` was the bundled taxonomy and
    # `report -o ""` the current folder: an empty value (an unset shell variable, `--lake "$LAKE"`)
    # is refused, not read as the default or as the current folder; nothing is written.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "examples" / "articles").mkdir(parents=True)
    option = command[command.index("") - 1]
    line = one_error_line(runner.invoke(app, command))
    assert option in line.split(" is empty: ")[0] and "give " in line
    assert [p.name for p in tmp_path.iterdir()] == ["examples"]


@pytest.mark.parametrize(("command", "argument"), [
    (["run", "", "--lake", "lake"], "SOURCE"), (["learn", "", "--map", LABEL_MAP, "-o", "t.toml"], "DIR"),
    (["eval", "", "--map", LABEL_MAP], "DIR"), (["query", "", "--lake", "lake"], "SQL"),
    (["run", "examples/articles", "--runner", ""], "--runner"),
    (["run", "examples/articles", "--dask-address", ""], "--dask-address"),
], ids=lambda c: " ".join(repr(a) if a == "" else a for a in c if a != LABEL_MAP) if isinstance(c, list) else c)
def test_an_empty_argument_is_one_line_naming_it(tmp_path, monkeypatch, command, argument) -> None:
    # `run "" --lake X` ingested the default inbox; `learn ""` said `error: : no labeled articles`.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "examples" / "articles").mkdir(parents=True)
    line = one_error_line(runner.invoke(app, command))
    name = argument if argument.startswith("--") else f"the {argument} argument"
    assert line.startswith(f"error: {name} is empty: give ")
    assert [p.name for p in tmp_path.iterdir()] == ["examples"]


def test_a_new_lake_in_a_folder_that_cannot_be_written_is_one_line_before_prefect_starts(tmp_path, monkeypatch) -> None:
    # The run started a temporary Prefect API, then said it once as the flow's error, and again in a
    # warning that the failed run could not be recorded, with Prefect's own warnings around it.
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "war.txt").write_text("Troops\n\nSoldiers and troops: the war goes on.\n")
    read_only = tmp_path / "read-only"
    read_only.mkdir()
    real = os.access
    monkeypatch.setattr(lakes.os, "access",
                        lambda path, mode, **kw: False if Path(path) == read_only and mode == os.W_OK
                        else real(path, mode, **kw))
    result = runner.invoke(app, ["run", str(inbox), "--lake", str(read_only / "lake")])
    line = one_error_line(result)
    assert f"cannot make the lake folder {read_only / 'lake'}: {read_only} cannot be written" in line
    assert "Prefect" not in result.output and "WARNING" not in result.output


@pytest.mark.parametrize("command", [["query", "select 1"], ["themes"], ["report"]], ids=lambda c: c[0])
def test_a_lake_in_a_folder_that_may_not_be_searched_is_one_line(tmp_path, monkeypatch, command) -> None:
    # `query --lake /root/x/lake` as another user: a PermissionError traceback from the catalog's exists().
    # (As root, permissions do not stop a read: the folder's refusal is what is faked.)
    import errno
    from pathlib import Path as RealPath

    locked = tmp_path / "locked"
    real = RealPath.stat

    def stat(self, *args, **kwargs):
        if self.is_relative_to(locked) and self != locked:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(RealPath, "stat", stat)
    line = one_error_line(runner.invoke(app, [*command, "--lake", str(locked / "lake")]))
    assert f"cannot read the lake's manifest {locked / 'lake' / lakes.MANIFEST}: Permission denied" in line


@pytest.mark.skipif(not os.path.isdir("/dev/fd"), reason="no /dev/fd on this system")
@pytest.mark.parametrize("fd", [3, 7, 9])
@pytest.mark.slow
def test_report_to_a_descriptor_it_was_not_given_is_one_line_and_nothing_written(tmp_path, fd) -> None:
    # `report -o /dev/fd/7` wrote part of the page into a socket the program had opened itself (its
    # event loop's, its API's): a descriptor not open when the command started is refused, before any work.
    lake = make_report_lake(tmp_path / "lake")
    done = report_to_stdout(lake, f"/dev/fd/{fd}", subprocess.PIPE, tmp_path)
    assert done.returncode == 2 and done.stdout == "" and "Traceback" not in done.stderr
    (line,) = [line for line in done.stderr.splitlines() if line]
    assert line.startswith(f"error: -o /dev/fd/{fd}: descriptor {fd} was not open when the command started")
    assert not (lake / "reports").exists()


@pytest.mark.skipif(not os.path.isdir("/dev/fd"), reason="no /dev/fd on this system")
@pytest.mark.slow
def test_report_to_a_descriptor_it_was_given_is_written_into_it(tmp_path) -> None:
    lake = make_report_lake(tmp_path / "lake")
    page = tmp_path / "page.html"
    with open(page, "w") as handle:
        done = subprocess.run(
            [sys.executable, "-m", "flows.cli", "report", "--lake", str(lake), "-o", f"/dev/fd/{handle.fileno()}"],
            cwd=tmp_path, capture_output=True, text=True, timeout=120, pass_fds=(handle.fileno(),),
            env={**os.environ, "PYTHONPATH": str(REPO), "DO_NOT_TRACK": "1"},
        )
    assert done.returncode == 0, done.stderr
    assert page.read_text().startswith("<!DOCTYPE html>") and done.stdout == ""


def test_a_store_that_fails_once_before_a_run_leaves_it_to_the_run(monkeypatch) -> None:
    # A timeout of the store's write probe was "cannot write the lake"; it is no refusal: the flow checks
    # the lake again, its writes tried again on transient errors.
    from flows import api_server
    from flows.cli.app import ready_to_write

    def timeout(*args, **kwargs) -> None:
        raise TimeoutError("read timed out")

    monkeypatch.setattr(lake_lock, "wait_for_writer_lock", timeout)
    monkeypatch.setattr(api_server, "check_api", lambda: None)
    monkeypatch.setattr(api_server, "ensure_api", lambda: None)
    ready_to_write("s3://bucket/lake")


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full on this system")
@pytest.mark.slow
def test_report_to_stdout_on_a_full_disk_is_one_line(tmp_path) -> None:
    # `report -o - > /dev/full`: an OSError (no space left on device) traceback.
    lake = make_report_lake(tmp_path / "lake")
    with open("/dev/full", "w") as full:
        done = report_to_stdout(lake, "-", full, tmp_path)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    (line,) = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert line == "error: cannot write the report to standard output: No space left on device"


@pytest.mark.parametrize(("command", "said"), [
    (["themes", "--export", "--taxonomy", "folder"], "folder: is a folder; give the taxonomy's TOML file"),
    (["relabel", "--lake", "lake", "--taxonomy", "folder"], "folder: is a folder; give the taxonomy's TOML file"),
    (["eval", LABELED, "--map", "folder"], "folder: is a folder; give the label map's TOML file"),
    (["learn", LABELED, "--map", "folder", "-o", "t.toml"], "folder: is a folder; give the label map's TOML file"),
], ids=lambda c: " ".join(a for a in c if a != LABELED) if isinstance(c, list) else "")
def test_a_folder_given_for_a_toml_file_is_one_line_saying_so(tmp_path, monkeypatch, command, said) -> None:
    # It was `cannot read the taxonomy file: [Errno 21] Is a directory: 'folder'` (and the label map's alike).
    monkeypatch.chdir(tmp_path)
    (tmp_path / "folder").mkdir()
    assert one_error_line(runner.invoke(app, command)) == f"error: {said}"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder"]  # nothing written
