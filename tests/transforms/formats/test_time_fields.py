"""A record's date and time of day in two fields, read as one published moment."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from transforms.formats import ReadOptions, read_articles


def _published(csv: str) -> list[datetime | None]:
    return [a.published_at for a in read_articles(csv.encode(), "csv", ReadOptions()).articles]


@pytest.mark.parametrize(("date", "time", "published"), [
    ("2024-03-05", "14:32", datetime(2024, 3, 5, 14, 32, tzinfo=UTC)),
    ("2024-03-05", "14:32:05", datetime(2024, 3, 5, 14, 32, 5, tzinfo=UTC)),
    ("5 March 2024", "2:32 PM", datetime(2024, 3, 5, 14, 32, tzinfo=UTC)),
    ("2024-03-05", "00:30 +02:00", datetime(2024, 3, 4, 22, 30, tzinfo=UTC)),  # its zone, as any date's
    ("2024-03-05", "soon", datetime(2024, 3, 5, tzinfo=UTC)),  # no time of day: the date alone, as before
    ("2024-03-05T09:00:00Z", "14:32", datetime(2024, 3, 5, 9, 0, tzinfo=UTC)),  # the date's own time wins
])
def test_a_date_and_a_time_column_are_one_published_moment(date: str, time: str, published: datetime) -> None:
    assert _published(f"id,text,date,time\n1,Rates held.,{date},{time}\n") == [published]


def test_the_time_is_read_with_the_date_in_the_files_day_order() -> None:
    csv = "id,text,date,time\n1,One.,05/03/2024,14:32\n2,Two.,13/03/2024,09:00\n"
    assert _published(csv) == [datetime(2024, 3, 5, 14, 32, tzinfo=UTC), datetime(2024, 3, 13, 9, 0, tzinfo=UTC)]


def test_a_json_records_published_time_field_joins_its_date() -> None:
    record = b'{"id": 1, "text": "T.", "published_date": "2024-03-05", "published_time": "14:32"}\n'
    [article] = read_articles(record, "jsonl", ReadOptions()).articles
    assert article.published_at == datetime(2024, 3, 5, 14, 32, tzinfo=UTC)
    assert article.metadata == {"published_time": "14:32"}  # kept, as every field the mapping does not name
