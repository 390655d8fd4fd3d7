"""Words a command has no place for are said as what they were meant to be: unquoted SQL, a theme, a lake."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from flows.cli.main import app

runner = CliRunner()


def usage_line(command: list[str]) -> str:
    """Return the one line of a command line refused as Click's usage error."""
    result = runner.invoke(app, command, prog_name="themelake")
    assert result.exit_code == 2, result.output
    (line,) = [line for line in result.output.splitlines() if line.strip()]
    assert line.startswith("error: Got unexpected extra argument") and "Traceback" not in result.output
    return line


@pytest.mark.parametrize("words", [["select", "title", "from", "articles"],
                                   ["select", "name", "from", "themes", "where", "name", "=", "sport", "limit", "2"]])
def test_sql_the_shell_split_into_words_is_said_to_be_quoted_whole(words) -> None:
    line = usage_line(["query", *words, "--lake", "lake"])
    assert f'the SQL is one argument: quote it whole, `themelake query "{" ".join(words)}"`' in line, line


def test_two_quoted_statements_are_not_said_to_be_words_of_one() -> None:
    line = usage_line(["query", "select 1", "select 2"])
    assert "quote it whole" not in line, line


def test_a_themes_name_given_to_themes_says_how_to_find_it() -> None:
    line = usage_line(["themes", "sport"])
    assert "`themes` takes no theme's name" in line and "themes | grep -i sport" in line and "--export" in line


@pytest.mark.parametrize("command", ["report", "relabel", "compact", "enrich"])
def test_a_lakes_folder_given_as_an_argument_names_lake(tmp_path, command) -> None:
    line = usage_line([command, str(tmp_path)])
    assert f"a lake is given with --lake: `themelake {command} --lake {tmp_path}`" in line, line


def test_a_word_that_is_no_folder_keeps_clicks_line(tmp_path) -> None:
    line = usage_line(["report", str(tmp_path / "nosuch")])
    assert "--lake" not in line.split("; see")[0], line


def test_the_line_suggested_for_a_lake_keeps_the_options_given_with_it(tmp_path) -> None:
    line = usage_line(["report", str(tmp_path), "--since", "2020-01-01", "--top", "5"])
    assert f"`themelake report --lake {tmp_path} --since 2020-01-01 --top 5`" in line, line


def test_the_lines_suggested_for_a_themes_name_keep_its_lake_where_they_take_one(tmp_path) -> None:
    line = usage_line(["themes", "economy", "--lake", str(tmp_path)])
    # --export prints the taxonomy's file, and refuses --lake: it is left out of that line alone.
    assert f"`themelake themes --lake {tmp_path} | grep -i economy`" in line, line
    assert "`themelake themes --export`" in line, line


@pytest.mark.parametrize("made", [True, False])
def test_a_lake_given_after_runs_source_names_lake(tmp_path, made) -> None:
    lake = tmp_path / "lake"
    if made:  # a lake a run made before, or one this run is to make
        lake.mkdir()
        (lake / "_manifest.json").write_text("{}")
    line = usage_line(["run", "examples/articles", str(lake), "--workers", "2"])
    assert f"a lake is given with --lake: `themelake run examples/articles --lake {lake} --workers 2`" in line, line


def test_a_second_folder_of_articles_after_runs_source_keeps_clicks_line(tmp_path) -> None:
    line = usage_line(["run", "examples/articles", str(tmp_path)])
    assert "--lake" not in line.split("; see")[0], line


@pytest.mark.parametrize("option", ["--out", "--output", "--dest", "--to", "--db", "--catalog"])
def test_an_option_a_user_guesses_for_the_lake_names_lake(option) -> None:
    result = runner.invoke(app, ["run", "examples/articles", option, "my lake", "--no-enrich"], prog_name="themelake")
    assert result.exit_code == 2 and "Traceback" not in result.output, result.output
    (line,) = [line for line in result.output.splitlines() if line.strip()]
    assert f"No such option: {option}: a lake is given with --lake: " in line, line
    assert "`themelake run examples/articles --lake 'my lake' --no-enrich`" in line, line
    assert "Possible options" not in line, line


@pytest.mark.parametrize("command", [["report", "--outt", "x"],  # Click's guess (--output) stands
                                     ["report", "--dest", "x"],  # report writes a page: no lake is meant
                                     ["run", "examples/articles", "--reprot"]])
def test_an_option_no_lake_is_meant_by_keeps_clicks_line(command) -> None:
    result = runner.invoke(app, command, prog_name="themelake")
    assert result.exit_code == 2 and "--lake" not in result.output, result.output


@pytest.mark.parametrize(("command", "line"), [
    (["query", "select 1", "--output", "out.csv"], "`themelake query 'select 1' --format csv > out.csv`"),
    (["query", "select 1", "-f", "json", "-o", "r.json"], "`themelake query 'select 1' -f json > r.json`"),
    (["query", "select 1", "--lake", "l", "--out=my rows.txt"],
     "`themelake query 'select 1' --lake l > 'my rows.txt'`"),
    (["themes", "--export", "--output", "my.toml"], "`themelake themes --export > my.toml`"),
])
def test_a_file_named_to_a_command_that_prints_is_said_to_be_redirected_to(command, line) -> None:
    # `query SQL --output out.csv` was said to mean `--lake out.csv`: the rows are wanted in that file.
    result = runner.invoke(app, command, prog_name="themelake")
    assert result.exit_code == 2 and "Traceback" not in result.output, result.output
    (said,) = [said for said in result.output.splitlines() if said.strip()]
    assert "prints its result on standard output: redirect it to the file, " in said and line in said, said
    assert "--lake out" not in said and "--lake my" not in said, said


@pytest.mark.parametrize("command", [["enrich", "-o", "LAKE"], ["run", "examples/articles", "-o", "LAKE"],
                                     ["query", "select 1", "--dest", "LAKE"]])  # a folder: no file to redirect to
def test_a_lake_given_with_o_or_a_folder_given_to_a_command_that_prints_names_lake(tmp_path, command) -> None:
    words = [str(tmp_path) if word == "LAKE" else word for word in command]
    result = runner.invoke(app, words, prog_name="themelake")
    assert result.exit_code == 2 and f"a lake is given with --lake: `themelake {words[0]} " in result.output, \
        result.output
    assert f"--lake {tmp_path}`" in result.output, result.output


def test_an_option_beside_the_lake_given_is_no_second_lake(tmp_path) -> None:
    # `--lake L --output x` was said as `--lake L --lake x`: with a lake given, the other is Click's line.
    result = runner.invoke(app, ["run", "examples/articles", "--lake", str(tmp_path), "--output", "x"],
                           prog_name="themelake")
    assert result.exit_code == 2 and "No such option: --output" in result.output, result.output
    assert "a lake is given" not in result.output, result.output


@pytest.mark.parametrize("option", ["--to", "--dest", "-o"])
def test_a_new_name_without_a_suffix_given_to_query_is_said_to_be_a_lake_or_a_file(tmp_path, option) -> None:
    # `query SQL --to newlake` was said to be a file to redirect to: no lake is there yet, and none has a suffix.
    new = tmp_path / "newlake"
    result = runner.invoke(app, ["query", "select 1", option, str(new)], prog_name="themelake")
    assert result.exit_code == 2 and "Traceback" not in result.output, result.output
    (said,) = [said for said in result.output.splitlines() if said.strip()]
    assert f"a lake is given with --lake: `themelake query 'select 1' --lake {new}` (no lake is there yet)" in said
    assert f"redirect it to the file, `themelake query 'select 1' > {new}`" in said, said


@pytest.mark.parametrize("name", ["newlake/", "rows.csv", "rows"])
def test_a_folder_written_as_one_names_lake_and_a_file_a_redirect_alone(tmp_path, name) -> None:
    (tmp_path / "rows").write_text("")  # a file already there: what is redirected to, never a lake
    target = f"{tmp_path}/{name}"
    result = runner.invoke(app, ["query", "select 1", "--to", target], prog_name="themelake")
    assert result.exit_code == 2, result.output
    assert ("a lake is given" in result.output) == name.endswith("/"), result.output
    assert ("redirect it" in result.output) != name.endswith("/"), result.output


@pytest.mark.parametrize("path", ["deployments/nonexistent.yaml", "deployments/prefect.yaml", "my-deployments.yml"])
def test_a_deployments_file_given_to_serve_as_an_argument_names_prefect_file(path) -> None:
    # `serve FILE`: Click said only "unexpected extra argument", whether the file exists or not.
    line = usage_line(["serve", path, "--limit", "2"])
    assert f"a deployments file is given with --prefect-file: `themelake serve --prefect-file {path} --limit 2`" \
        in line, line


@pytest.mark.parametrize("name", ["daily", "ingest-articles/daily"])
def test_a_deployments_name_given_to_serve_as_an_argument_names_name(name) -> None:
    line = usage_line(["serve", name])
    assert f"a deployment is chosen with --name: `themelake serve --name {name}`" in line, line


@pytest.mark.parametrize("words", [["daily", "nightly"], ["daily", "deployments/prefect.yml.bak"]])
def test_two_words_to_serve_not_both_its_deployments_keep_clicks_line(words) -> None:
    # Two words may be two names or a name and a file misspelt: unless the file declares both, nothing is guessed.
    line = usage_line(["serve", *words])
    assert "--name" not in line.split("; see")[0] and "--prefect-file" not in line.split("; see")[0], line


@pytest.mark.parametrize(("words", "again"), [
    (["daily", "manual"], "themelake serve --name daily --name manual"),
    (["daily", "ingest-articles/manual"], "themelake serve --name daily --name ingest-articles/manual"),
    (["daily", "manual", "--prefect-file", "deployments/prefect.yaml"],
     "themelake serve --prefect-file deployments/prefect.yaml --name daily --name manual"),
])
def test_deployments_the_file_declares_given_to_serve_as_arguments_are_each_chosen_with_name(words, again) -> None:
    # `serve daily manual`: two of prefect.yaml's deployments, said only "unexpected extra arguments".
    line = usage_line(["serve", *words])
    assert f"deployments are chosen with --name, once each: `{again}`" in line, line


@pytest.mark.parametrize("words", [["deployments/prefect.yaml", "daily"], ["daily", "deployments/prefect.yaml"]])
def test_a_deployments_file_and_a_name_given_to_serve_as_arguments_name_both_options(words) -> None:
    # `serve FILE NAME`: two words were left to Click's line, though one is a file and the other is not.
    line = usage_line(["serve", *words])
    assert "`themelake serve --prefect-file deployments/prefect.yaml --name daily`" in line, line


def test_a_name_given_to_serve_beside_name_is_added_to_the_names_given() -> None:
    line = usage_line(["serve", "daily", "--name", "manual"])
    assert "`themelake serve --name manual --name daily`" in line, line


def test_a_name_given_to_serve_again_as_an_argument_is_not_suggested_twice() -> None:
    # `serve daily --name daily` suggested `--name daily --name daily`.
    line = usage_line(["serve", "daily", "--name", "daily"])
    assert "--name daily --name daily" not in line and "`themelake serve --name daily`" in line, line
