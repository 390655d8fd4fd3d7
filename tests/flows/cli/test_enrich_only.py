"""`themelake enrich --only NAMES`: which enrichments it finds again, and a name it does not know."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from flows.cli.main import app

runner = CliRunner()


@pytest.mark.parametrize(("given", "says"), [
    (["--only", "place"], "error: --only is 'place': give places, amounts or tone (comma-separated, e.g. "
                          "--only places,amounts)"),
    (["--only", "places,sentiment"], "error: --only is 'sentiment': give places, amounts or tone"),
    (["--only", " , "], "error: --only is empty: give places, amounts or tone, or leave it out for all three"),
])
def test_an_enrichment_it_does_not_know_is_one_line_before_the_lake_is_looked_at(tmp_path, given, says) -> None:
    result = runner.invoke(app, ["enrich", "--lake", str(tmp_path / "none"), *given], env={"COLUMNS": "400"})
    assert result.exit_code == 2 and " ".join(result.output.split()).startswith(says), result.output


def test_help_says_what_only_keeps() -> None:
    result = runner.invoke(app, ["enrich", "--help"], env={"COLUMNS": "200"})
    assert "--only" in result.output and "keeping the others' rows" in " ".join(result.output.split())
