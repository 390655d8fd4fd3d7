"""`themelake serve` reads its deployments and schedules from the same prefect.yaml as `prefect deploy`."""

from __future__ import annotations

import re

import pytest
import yaml
from prefect.settings import PREFECT_API_URL, temporary_settings
from typer.testing import CliRunner

from flows.cli.main import app
from flows.serve import PREFECT_FILE, DeploymentFileError, read_deployment_specs, runner_deployments


def test_prefect_yaml_declares_a_daily_ingest_and_a_manual_relabel() -> None:
    config = yaml.safe_load(PREFECT_FILE.read_text())
    by_name = {d["name"]: d for d in config["deployments"]}
    assert by_name["daily"]["entrypoint"] == "flows/ingest.py:ingest_articles"
    (schedule,) = by_name["daily"]["schedules"]
    assert schedule["cron"] and schedule["timezone"]
    assert (
        by_name["manual"]["entrypoint"] == "flows/relabel.py:relabel_paragraphs"
        and not by_name["manual"]["schedules"]
    )
    report = by_name["daily-report"]
    assert report["entrypoint"] == "flows/report.py:report_lake"
    (report_schedule,) = report["schedules"]  # after the daily ingest, same zone
    assert report_schedule["timezone"] == schedule["timezone"] and report_schedule["cron"] != schedule["cron"]
    # Nothing installs at deploy time: no `requires:` and no build or push steps.
    assert "requires" not in PREFECT_FILE.read_text() and config["build"] is None and config["push"] is None
    (pull,) = config["pull"]
    assert "prefect.deployments.steps.set_working_directory" in pull


def test_every_deployment_entrypoint_is_a_flow_of_that_name() -> None:
    flows = {spec.name: spec.load_flow().name for spec in read_deployment_specs()}
    assert flows == {"daily": "ingest-articles", "manual": "relabel-paragraphs", "daily-report": "report-lake"}


def test_served_daily_deployment_has_the_schedule_of_prefect_yaml() -> None:
    (spec,) = [s for s in read_deployment_specs() if s.name == "daily"]
    (deployment,) = runner_deployments(names=["ingest-articles/daily"])
    (schedule,) = deployment.schedules
    assert (
        schedule.schedule.cron == spec.schedules[0].cron
        and schedule.schedule.timezone == spec.schedules[0].timezone
    )
    assert deployment.entrypoint == "flows.ingest.ingest_articles"  # imported from the installed themelake


def test_environment_placeholders_are_filled_in_like_prefect_deploy(tmp_path, monkeypatch) -> None:
    path = tmp_path / "prefect.yaml"
    path.write_text(
        "deployments:\n"
        "  - name: hourly\n"
        "    entrypoint: flows/ingest.py:ingest_articles\n"
        "    parameters: {source: '{{ $TEST_INBOX }}'}\n"
        "    schedules: [{interval: 3600}]\n"
    )
    monkeypatch.setenv("TEST_INBOX", "/data/inbox")
    (deployment,) = runner_deployments(path)
    assert deployment.parameters == {"source": "/data/inbox"}
    assert deployment.schedules[0].schedule.interval.total_seconds() == 3600


@pytest.mark.parametrize(
    ("text", "names", "message"),
    [
        ("deployments: [{name: x, entrypoint: flows/nope.py:f}]\n", None, "cannot load flows/nope.py:f"),
        ("deployments: [{name: x}]\n", None, "needs a name and an entrypoint"),
        (
            "deployments:\n  - name: [x\n",
            None,
            r"prefect.yaml: not valid YAML: line 3, column 1: expected ',' or '\]', but got '<stream end>'\Z",
        ),
        (
            "deployments: [{name: x, entrypoint: flows/ingest.py:ingest_articles, schedules: [{cron: x}]}]\n",
            None,
            "schedule",
        ),
        # A cron Prefect refuses named neither the file nor the deployment: only the schedule.
        (
            "deployments: [{name: x, entrypoint: flows/ingest.py:ingest_articles, schedules: [{cron: 0 25 * * *}]}]\n",
            None,
            r'prefect.yaml: deployment x: schedule .*Invalid cron string: "0 25 \* \* \*"',
        ),
        # A timezone Prefect refuses is found when the deployment is made: a pydantic traceback.
        (
            "deployments: [{name: x, entrypoint: flows/ingest.py:ingest_articles, "
            "schedules: [{cron: 0 6 * * *, timezone: Mars/Olympus}]}]\n",
            None,
            r'prefect.yaml: deployment x: Invalid timezone: "Mars/Olympus" \(specify in IANA tzdata format',
        ),
        # A list of names, not of mappings, was a traceback ('str' object has no attribute 'get').
        ("deployments: [x]\n", None, r"prefect.yaml: deployment 1 \('x'\) is not a mapping: each deployment is"),
        ("deployments: [{name: x, entrypoint: e}, 2]\n", None, r"deployment 2 \(2\) is not a mapping"),
        # A cron written as the schedule itself read its characters as keys (unknown keys [' ', '*', '0', '6']).
        (
            "deployments: [{name: x, entrypoint: flows/ingest.py:ingest_articles, schedules: ['0 6 * * *']}]\n",
            None,
            r"prefect.yaml: deployment x: schedule '0 6 \* \* \*' is not a mapping: "
            r"write it `- cron: \"0 6 \* \* \*\"`",
        ),
        (
            "deployments: [{name: x, entrypoint: flows/ingest.py:ingest_articles, parameters: [lake]}]\n",
            None,
            r"prefect.yaml: deployment x: parameters is not a mapping: write them `parameters: \{name: value\}`",
        ),
        (
            "deployments: [{name: x, entrypoint: flows/ingest.py:ingest_articles}]\n",
            ["ingest-articles/y"],
            "no deployment named ingest-articles/y",
        ),
    ],
)
def test_bad_deployment_files_say_what_is_wrong(tmp_path, text, names, message) -> None:
    path = tmp_path / "prefect.yaml"
    path.write_text(text)
    with pytest.raises(DeploymentFileError, match=message):
        runner_deployments(path, names)


def test_serve_without_a_server_is_one_clear_line() -> None:
    with temporary_settings(restore_defaults={PREFECT_API_URL}):
        result = CliRunner().invoke(app, ["serve"])
    assert (
        result.exit_code == 2 and "prefect server start" in result.output and "Traceback" not in result.output
    )


def test_serve_refuses_deployments_a_work_pool_holds_naming_each_and_the_way_out() -> None:
    # `themelake serve` after `prefect deploy` left each deployment on its work pool: a worker still up
    # took half the runs (whichever of the two asked first), where the README said the last one wins.
    from flows.serve import pooled_deployments

    pools = {"ingest-articles/daily": "themelake", "report-lake/daily-report": None}
    line = pooled_deployments(["ingest-articles/daily", "report-lake/daily-report"], pools.get)
    assert line is not None and "\n" not in line
    assert "ingest-articles/daily (work pool themelake)" in line and "report-lake" not in line
    assert "prefect deployment delete 'ingest-articles/daily'" in line
    assert pooled_deployments(["report-lake/daily-report", "x/new"], pools.get) is None


def test_serve_says_the_work_pool_line_and_exits_2_before_serving(monkeypatch) -> None:
    import flows.api_server
    import flows.serve

    served = []
    monkeypatch.setattr(flows.api_server, "check_api", lambda url=None: None)
    monkeypatch.setattr(flows.serve, "work_pool_of", lambda name: "themelake")
    monkeypatch.setattr("prefect.serve", lambda *d, **k: served.append(d))
    with temporary_settings({PREFECT_API_URL: "http://127.0.0.1:9/api"}):
        result = CliRunner().invoke(app, ["serve", "--name", "ingest-articles/daily"])
    assert result.exit_code == 2 and not served, result.output
    assert "work pool themelake" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("tags", ["ingest", "[ingest]", "[themelake, ingest]"])
def test_a_deployments_tags_written_as_one_string_are_one_tag(tmp_path, tags) -> None:
    # `tags: ingest` was read letter by letter: tags i, n, g, e, s, t.
    path = tmp_path / "prefect.yaml"
    path.write_text(f"deployments: [{{name: x, entrypoint: flows/ingest.py:ingest_articles, tags: {tags}}}]\n")
    (spec,) = read_deployment_specs(path)
    assert spec.tags == yaml.safe_load(tags if tags.startswith("[") else f"[{tags}]")


def test_a_folder_given_as_the_deployments_file_names_its_prefect_yaml(tmp_path) -> None:
    (tmp_path / "prefect.yaml").write_text("deployments: []\n")
    line = f"{tmp_path}: a folder: give its deployments file, `--prefect-file {tmp_path / 'prefect.yaml'}`"
    with pytest.raises(DeploymentFileError, match=re.escape(line)):
        read_deployment_specs(tmp_path)


def test_a_folder_without_a_deployments_file_says_it_is_a_folder(tmp_path) -> None:
    with pytest.raises(DeploymentFileError, match=re.escape(f"{tmp_path}: a folder, not a deployments file")):
        read_deployment_specs(tmp_path)
