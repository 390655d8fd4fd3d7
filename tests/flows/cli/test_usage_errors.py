"""A command line Click cannot read is one line, `error: ...`, as every other mistake of the user's."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli.main import app
from tests.warehouse.report_lake import make_report_lake

runner = CliRunner()


@pytest.mark.parametrize(
    ("command", "said"),
    [
        (["query", "select 1", "--max-rows", "abc"], "Invalid value for '--max-rows': 'abc' is not a valid int"),
        (["query", "select 1", "-f", "xml"], "Invalid value for '--format' / '-f': 'xml' is not one of 'table', 'csv'"),
        (["report", "--since", "2026-13-01"], "`--since` takes a date, YYYY-MM-DD (2026-09-01); got '2026-13-01'"),
        (["run", "in", "--lakes", "x"], "No such option: --lakes"),
        (["eval", "labeled"], "Missing option '--map'"),
        (["learn", "labeled", "--cv", "3"], "Missing option '--map': the label map, a TOML file giving each label"),
        (["eval"], "Missing argument 'DIR'"),  # the README's word, not the Python name labeled_dir
        (["learn"], "Missing argument 'DIR'"),
        (["nosuch"], "No such command 'nosuch'"),
        (["--bogus"], "No such option: --bogus"),
    ],
    ids=lambda v: " ".join(v) if isinstance(v, list) else "",
)
def test_a_command_line_click_cannot_read_is_one_line_naming_the_help(command, said) -> None:
    # Click's box: a usage line, "Try '... --help' for help.", then the message framed in rich's panel.
    result = runner.invoke(app, command)
    assert result.exit_code == 2, result.output
    (line,) = [line for line in result.output.splitlines() if line.strip()]
    assert line.startswith(f"error: {said}"), line
    named = command[0] in {"query", "report", "run", "eval"}  # the command whose help says how to write it
    assert line.endswith(f" {command[0]} --help`" if named else " --help`"), line


def test_themelake_alone_still_shows_the_help() -> None:
    result = runner.invoke(app, [])
    assert "Usage:" in result.output and "Commands" in result.output and "error:" not in result.output


def test_every_command_s_usage_line_names_its_arguments_as_the_readme_writes_them() -> None:
    # `learn --help` read `Usage: themelake learn [OPTIONS] {DIR}`: typer braces a required argument,
    # a form the README, the errors ("Missing argument 'DIR'") and Click's own usage lines never use.
    import typer

    group = typer.main.get_command(app)
    for name in group.commands:  # type: ignore[attr-defined]
        done = runner.invoke(app, [name, "--help"], terminal_width=200)
        assert done.exit_code == 0, done.output
        usage = next(line for line in done.output.splitlines() if "Usage:" in line)
        assert "{" not in usage and "}" not in usage, usage
        if name in ("eval", "learn"):
            assert usage.split()[-1] == "DIR", usage


@pytest.mark.parametrize(("command", "said"), [
    ("status", 'the lake\'s runs are rows of `runs`: `themelake query "select started_at, flow_name, state, '
               'files_new, articles_written from runs order by started_at desc limit 5"`'),
    ("runs", "the lake's runs are rows of `runs`"),  # not Click's "Did you mean 'run'?"
    ("tables", 'the lake\'s tables and views: `themelake query "show tables"`'),
    ("ls", 'the lake\'s tables and views: `themelake query "show tables"`'),
    ("ingest", "articles are read into the lake by `themelake run SOURCE`"),
    ("init", "a lake is made by its first run: `themelake run SOURCE --lake LAKE`"),
])
def test_a_command_a_new_user_expects_names_the_one_that_does_it(command, said) -> None:
    # `themelake status` (or ls, ingest, init) said "No such command 'status'" and no more: the user read the
    # whole --help to find that a lake's state is a query of its `runs` table.
    result = runner.invoke(app, [command])
    assert result.exit_code == 2, result.output
    (line,) = [line for line in result.output.splitlines() if line.strip()]
    assert line.startswith(f"error: No such command '{command}': {said}"), line
    assert line.endswith(" --help`"), line
    other = runner.invoke(app, ["label"]).output  # a name of no such kind: Click's words alone
    assert other.startswith("error: No such command 'label'. Did you mean 'relabel'?; see `"), other


@pytest.mark.parametrize(("command", "said"), [
    ("stats", "the lake's counts: `themelake report` (its overview counts articles and paragraphs, and the share "
              "labelled)"),
    ("summary", "the lake's counts: `themelake report`"),
    ("help", "`themelake --help` lists the commands, `themelake COMMAND --help` one's options"),
])
def test_a_lake_s_counts_and_help_are_named_where_a_user_asks_for_them(command, said) -> None:
    # `themelake stats` was answered with the runs table, which counts what each run read, not what the lake
    # holds; `themelake help` had Click's "No such command" alone.
    line = runner.invoke(app, [command]).output.strip()
    assert line.startswith(f"error: No such command '{command}': {said}"), line


@pytest.mark.parametrize(("command", "said", "named"), [
    ("version", "`themelake --version` says which themelake runs", ["--version"]),
    ("describe", 'a view\'s columns: `themelake query "describe articles"`', ["query", "describe articles"]),
])
def test_another_tools_version_and_describe_name_their_themelake_ways(tmp_path, command, said, named) -> None:
    # `docker version`, a database shell's `describe`: Click's "No such command" alone.
    line = runner.invoke(app, [command]).output.strip()
    assert line.startswith(f"error: No such command '{command}': {said}"), line
    lake = ["--lake", str(make_report_lake(tmp_path / "lake"))] if named[0] == "query" else []
    assert runner.invoke(app, [*named, *lake]).exit_code == 0  # the way named works


@pytest.mark.parametrize("command", ["schedule", "deploy", "cron"])
def test_a_schedulers_words_name_the_deployments_file_and_serve(command) -> None:
    # `themelake schedule` had Click's "No such command" alone: the schedules are the deployments', in one file.
    line = runner.invoke(app, [command]).output.strip()
    assert line.startswith(f"error: No such command '{command}': the deployments and their schedules are declared "
                           "in deployments/prefect.yaml; `themelake serve` serves them"), line


@pytest.mark.parametrize("command", [["relabel", "--taxonomy"], ["report", "--since"], ["query", "select 1", "-f"]])
def test_an_option_without_its_value_names_the_commands_help(command) -> None:
    # Click raises it in the group's context: the line named `themelake --help`, which lists no option of relabel's.
    line = runner.invoke(app, command, prog_name="themelake").output.strip()
    assert line.startswith(f"error: Option '{command[-1]}' requires an argument"), line
    assert line.endswith(f"; see `themelake {command[0]} --help`"), line


@pytest.mark.parametrize("command", [["serve", "--schedule", "0 6 * * *"], ["run", "examples/articles", "--cron", "x"],
                                     ["compact", "--interval=3600"], ["report", "--every", "1d"]])
def test_a_schedulers_option_names_the_deployments_file_and_serve(command) -> None:
    # `serve --schedule` had Click's "(Possible options: --help)": the schedules are the deployments', in one file.
    line = runner.invoke(app, command).output.strip()
    option = command[-2] if "=" not in command[-1] else command[-1].partition("=")[0]
    assert line.startswith(f"error: No such option: {option}: the deployments and their schedules are declared "
                           "in deployments/prefect.yaml; `themelake serve` serves them"), line


def test_an_option_near_a_schedulers_keeps_clicks_line() -> None:
    line = runner.invoke(app, ["run", "examples/articles", "--scheduled"]).output.strip()
    assert line.startswith("error: No such option: --scheduled") and "prefect.yaml" not in line, line


@pytest.mark.parametrize("command", [["eval", "labeled"], ["learn", "labeled", "-o", "mine.toml"]])
def test_a_missing_map_says_what_a_map_is_and_names_one(command) -> None:
    # It said "Missing option '--map'" alone: a user's first eval has met no label map yet.
    said = runner.invoke(app, command).output.strip()
    assert said.startswith("error: Missing option '--map': the label map, a TOML file giving each label folder")
    assert "examples/bbc-map.toml" in said and len(said.splitlines()) == 1
    assert (Path(__file__).parents[3] / "examples" / "bbc-map.toml").is_file()  # the map named is there
    assert runner.invoke(app, ["eval"]).output.count("label map") == 0  # another missing thing: Click's words alone


@pytest.mark.parametrize(("command", "said"), [
    # Prefect's command and option typed to themelake: Click's "No such command 'deployment'" alone.
    (["deployment", "run", "ingest-articles/daily"], "`prefect deployment run 'ingest-articles/daily'`"),
    (["run", "--param", "source=/a/folder"], "`--param` is `prefect deployment run`'s"),
    (["run", "inbox", "--params", '{"lake": "x"}'], "`themelake run SOURCE --lake LAKE --taxonomy FILE`"),
])
def test_prefect_s_own_command_and_param_typed_here_name_both_ways(command, said) -> None:
    line = runner.invoke(app, command).output.strip()
    assert line.startswith("error: No such ") and said in line and len(line.splitlines()) == 1, line
