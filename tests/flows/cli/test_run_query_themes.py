from __future__ import annotations

import shutil

from typer.testing import CliRunner

from flows.cli.main import app

runner = CliRunner()


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
    assert "source folder not found" in missing.output and "Traceback" not in missing.output
    bad_tax = tmp_path / "bad.toml"
    bad_tax.write_text("[[themes]\n")
    result = runner.invoke(app, ["run", str(tmp_path), "--taxonomy", str(bad_tax)])
    assert result.exit_code == 2 and "bad.toml: not valid TOML" in result.output
    no_lake = runner.invoke(app, ["query", "select 1", "--lake", str(tmp_path / "none")])
    assert no_lake.exit_code == 2 and "no lake" in no_lake.output


def test_themes_export_prints_the_file_or_one_line_for_a_missing_one(tmp_path) -> None:
    exported = runner.invoke(app, ["themes", "--export"])
    assert exported.exit_code == 0 and 'id = "medtop:16000000"' in exported.output
    missing = runner.invoke(app, ["themes", "--export", "--taxonomy", str(tmp_path / "none.toml")])
    assert missing.exit_code == 2 and "taxonomy file not found" in missing.output
    assert "Traceback" not in missing.output
