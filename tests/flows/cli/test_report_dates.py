"""`themelake report --since/--until`: a day as YYYY-MM-DD, and a wrong one refused naming that form."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from flows.cli.main import app

runner = CliRunner()


@pytest.mark.parametrize("given", ["yesterday", "2026-02-30", "01/09/2026", "2026-9"])
def test_a_day_that_is_not_yyyy_mm_dd_is_refused_naming_the_form(tmp_path, given) -> None:
    # Click's words were "does not match the formats '%Y-%m-%d'": strptime's notation, no date one could type.
    for option in ("--since", "--until"):
        result = runner.invoke(app, ["report", "--lake", str(tmp_path / "lake"), option, given])
        assert result.exit_code == 2, result.output
        said = " ".join(result.output.replace("│", " ").split())
        assert f"'{option}': give a date as YYYY-MM-DD, e.g. 2026-09-01; '{given}' is not one" in said, said
        assert "%Y" not in said and "Traceback" not in said


def test_a_day_as_yyyy_mm_dd_is_read(tmp_path) -> None:
    result = runner.invoke(app, ["report", "--lake", str(tmp_path / "lake"), "--since", "2026-09-01",
                                 "--until", "2026-10-31"])
    assert result.exit_code == 2 and "no lake at" in result.output, result.output  # past the dates, to the lake
