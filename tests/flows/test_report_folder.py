"""The report-lake flow says what it makes of a deployment's `output`: a folder made for it, a folder's name."""

from __future__ import annotations

import logging

import pytest

from tests.warehouse.report_lake import make_report_lake


@pytest.mark.slow  # a flow run
def test_a_folder_the_flow_makes_for_the_page_is_logged_and_a_folders_name_refused(tmp_path, caplog) -> None:
    # `themelake report -o new/x.html` says the folder it made; the flow made it in silence.
    from flows.report import report_lake

    lake = make_report_lake(tmp_path / "lake")
    page = tmp_path / "new" / "deeper" / "x.html"
    runs = logging.getLogger("prefect.flow_runs")  # the run logger's, which Prefect may keep from propagating
    runs.addHandler(caplog.handler)
    try:
        with caplog.at_level(logging.INFO, logger="prefect.flow_runs"):
            assert report_lake(lake=str(lake), output=str(page)) == str(page)
    finally:
        runs.removeHandler(caplog.handler)
    assert f"made the folder {tmp_path / 'new'} for the report" in caplog.text, caplog.text
    # `output: out/` wrote the page into a file named `out`: refused in one line, nothing made.
    state = report_lake(lake=str(lake), output=f"{tmp_path / 'out'}/", return_state=True)
    said = state.message or ""
    assert state.is_failed() and said.startswith(f"output {tmp_path / 'out'}/: ends in '/'"), said
    assert not (tmp_path / "out").exists()
