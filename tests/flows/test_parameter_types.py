"""A deployment run's parameter of the wrong type is refused in one line naming it and the forms it takes."""

from __future__ import annotations

from datetime import date

import pytest
from prefect.exceptions import ParameterTypeError

from flows.compact import compact_lake_flow
from flows.ingest import ingest_articles
from flows.report import report_lake


@pytest.mark.parametrize(("flow", "parameters", "says"), [
    # `since=yesterday` was two lines of pydantic's ("input is too short"), naming no form that works.
    (report_lake, {"since": "yesterday"}, "`since` takes a date, YYYY-MM-DD (2026-09-01), or null for none; "
                                          "got 'yesterday'"),
    (report_lake, {"until": "31/10/2026", "top": "ten"}, "`until` takes a date"),
    (ingest_articles, {"include": "*.txt"}, '`include` takes a list of texts (["a", "b"]), or null for none'),
    (ingest_articles, {"compact": "maybe"}, "`compact` takes true or false; got 'maybe'"),
    (compact_lake_flow, {"rows_per_file": "lots"}, "`rows_per_file` takes a whole number, or null for none"),
])
def test_a_parameter_of_the_wrong_type_is_one_line_naming_its_forms(flow, parameters, says) -> None:
    with pytest.raises(ParameterTypeError) as refused:
        flow.validate_parameters(parameters)
    message = str(refused.value)
    assert says in message and "\n" not in message, message
    assert all(f"`{name}`" in message for name in parameters), message  # each refused parameter is named


def test_parameters_of_the_right_type_are_read_as_before() -> None:
    read = report_lake.validate_parameters({"since": "2026-09-01", "top": "8"})
    assert read["since"] == date(2026, 9, 1) and read["top"] == 8
    assert ingest_articles.validate_parameters({"include": ["*.txt"]})["include"] == ["*.txt"]
