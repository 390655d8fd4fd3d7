"""Instapaper's CSV export: each row's highlighted `Selection` its text, a row without one no text."""

from __future__ import annotations

from transforms.formats import ReadOptions, read_articles

EXPORT = (
    "URL,Title,Selection,Folder,Timestamp\n"
    "https://news.test/rates,Central bank holds rates,\"The central bank kept its main rate at 5.25 percent.\","
    "Unread,1709650000\n"
    "https://news.test/floods,Floods hit northern towns,,Archive,1709736400\n"
)


def test_an_instapaper_rows_selection_is_its_text_and_a_row_without_one_no_text() -> None:
    # The export was quarantined whole, no_text_field: no column it had was a text's name.
    result = read_articles(EXPORT.encode(), "csv", ReadOptions())
    [article] = result.articles
    assert article.title == "Central bank holds rates"
    assert article.text.endswith("The central bank kept its main rate at 5.25 percent.")
    assert article.url == "https://news.test/rates"
    assert article.metadata["Folder"] == "Unread"
    assert [(bad.record, bad.reason) for bad in result.bad] == [(2, "no_text")]


def test_a_text_column_wins_over_a_selection() -> None:
    data = b"title,text,selection\nRates held,The bank held rates on Tuesday.,held rates\n"
    [article] = read_articles(data, "csv", ReadOptions()).articles
    assert article.text.endswith("The bank held rates on Tuesday.")


def test_an_instapaper_rows_timestamp_is_when_it_was_saved_not_its_publication() -> None:
    # Its `Timestamp` was read as published_at: an article of 2023 saved in March 2024 was dated March 2024.
    [article] = read_articles(EXPORT.encode(), "csv", ReadOptions()).articles
    assert article.published_at is None
    assert article.metadata["Timestamp"] == "1709650000"  # kept as the export writes it


def test_a_highlights_date_given_by_an_option_is_read() -> None:
    [article] = read_articles(EXPORT.encode(), "csv", ReadOptions(fields={"published_at": "Timestamp"})).articles
    assert article.published_at is not None and article.published_at.year == 2024
