"""Dates written as digits alone, year first, as GDELT writes them: read, with GDELT's names for a page and its site."""

from __future__ import annotations

import json

import pytest

from transforms.formats import ReadOptions, read_articles
from transforms.formats.dates import UnparsedDate, parse_date

GKG = (
    "GKGRECORDID,DATE,SourceCommonName,DocumentIdentifier,V2Themes,Title,Text\n"
    '20240305143000-12,20240305143000,courier.test,https://www.courier.test/2024/03/05/strike,"STRIKE,1",'
    "Junior doctors announce strike,Junior doctors in England will strike for five days from next Wednesday.\n"
)


def test_a_gdelt_records_date_page_and_site_are_read() -> None:
    [article] = read_articles(GKG.encode(), "csv", ReadOptions()).articles
    assert article.published_at is not None and article.published_at.isoformat() == "2024-03-05T14:30:00+00:00"
    assert (article.url, article.site) == ("https://www.courier.test/2024/03/05/strike", "courier.test")


@pytest.mark.parametrize(("value", "expected"), [
    (20240305, "2024-03-05T00:00:00+00:00"),  # GDELT events' SQLDATE, a number
    (20240305143000, "2024-03-05T14:30:00+00:00"),
    ("20240305143000", "2024-03-05T14:30:00+00:00"),
    (202403051430, "2024-03-05T14:30:00+00:00"),
    (20240305.0, "2024-03-05T00:00:00+00:00"),  # pandas' number of a column with a missing value
    ("20240305.0", "2024-03-05T00:00:00+00:00"),  # and its CSV's
    (1709650800, "2024-03-05T15:00:00+00:00"),  # epoch seconds, as before
    (1709650800.0, "2024-03-05T15:00:00+00:00"),
    (1709650800000, "2024-03-05T15:00:00+00:00"),  # and milliseconds
])
def test_digits_year_first_are_a_date(value: object, expected: str) -> None:
    moment = parse_date(value)
    assert moment is not None and moment.isoformat() == expected


def test_digits_that_are_no_date_stay_unread() -> None:
    with pytest.raises(UnparsedDate):
        parse_date("20241305143000")  # month 13


def test_phps_zero_date_is_no_date() -> None:
    # WordPress dates a draft "Mon, 30 Nov -0001": it was read as 30 November 2001.
    record = {"title": "Draft", "text": "Notes for next week.", "date": "Mon, 30 Nov -0001 00:00:00 +0000"}
    [article] = read_articles(json.dumps([record]).encode(), "json", ReadOptions()).articles
    assert article.published_at is None
    assert article.metadata["date_unparsed"] == record["date"]
    with pytest.raises(UnparsedDate):
        parse_date("Mon, 30 Nov -0001")  # without its time: it was 30 November 2001 too
    moment = parse_date("Tue, 05 Mar 2024 10:00:00 -0500")  # an offset west of UTC is no negative year
    assert moment is not None and moment.isoformat() == "2024-03-05T15:00:00+00:00"


@pytest.mark.parametrize("value", ["Tue Mar 05 14:30:00 EST -0500 2024", "Tue, 05 Mar 2024 14:30:00 GMT -0500 (EST)"])
def test_a_zones_name_before_its_offset_is_no_negative_year(value: str) -> None:
    # A zone's name, then an offset west of UTC and the year (or a comment): read as before, not PHP's zero date.
    moment = parse_date(value)
    assert moment is not None and moment.isoformat() == "2024-03-05T19:30:00+00:00"
