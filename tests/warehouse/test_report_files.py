"""Where a report page may be written: warehouse.report_files."""

from __future__ import annotations

import os

import pytest

from warehouse.report_files import ReportPathError, check_output, write_page

PAGE = "<!doctype html><title>themelake report</title><p>Rates held at 4.5%.</p>"


def test_a_page_named_in_folders_not_there_yet_is_written_into_them(tmp_path) -> None:
    # `report -o reports/2026/may.html` said "folder .../reports/2026 does not exist": the lake's own
    # reports/ folder is made as needed, a named one was not.
    page = tmp_path / "reports" / "2026" / "may.html"
    assert check_output(page) == page  # nothing made by the check: the lake is read first
    assert not (tmp_path / "reports").exists()
    assert write_page(page, PAGE) == page and page.read_text() == PAGE


def test_a_file_where_a_folder_goes_is_said_as_a_file(tmp_path) -> None:
    (tmp_path / "notes").write_text("a file, not a folder")
    with pytest.raises(ReportPathError) as said:
        write_page(tmp_path / "notes" / "2026" / "page.html", PAGE)
    assert str(said.value) == (f"cannot write the report to {tmp_path / 'notes' / '2026' / 'page.html'}: "
                               f"{tmp_path / 'notes'} is a file, not a folder")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes in a read-only folder")
def test_a_folder_that_cannot_be_made_is_said_before_anything_is_written(tmp_path) -> None:
    shut = tmp_path / "shut"
    shut.mkdir(mode=0o500)
    try:
        with pytest.raises(ReportPathError, match="permission denied"):
            check_output(shut / "new" / "page.html")
        assert not (shut / "new").exists()
    finally:
        shut.chmod(0o700)
