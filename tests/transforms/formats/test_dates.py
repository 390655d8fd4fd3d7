"""Publication dates in the formats exports use, to UTC."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest

from transforms.formats import ReadOptions, read_articles
from transforms.formats.dates import UnparsedDate, parse_date

SEP23 = datetime(2022, 9, 23, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-09-23T10:30:00+02:00", datetime(2022, 9, 23, 8, 30, tzinfo=UTC)),
        ("2022-09-23T08:30:00Z", datetime(2022, 9, 23, 8, 30, tzinfo=UTC)),
        ("2022-09-23T08:30:00", datetime(2022, 9, 23, 8, 30, tzinfo=UTC)),  # no zone: UTC
        ("Fri, 23 Sep 2022 10:30:00 +0200", datetime(2022, 9, 23, 8, 30, tzinfo=UTC)),  # RFC 2822
        ("2022-09-23", SEP23),
        ("Sep 23, 2022", SEP23),
        ("23 September 2022", SEP23),
        (1663921800, datetime(2022, 9, 23, 8, 30, tzinfo=UTC)),  # epoch seconds
        ("1663921800", datetime(2022, 9, 23, 8, 30, tzinfo=UTC)),
        (1663921800000, datetime(2022, 9, 23, 8, 30, tzinfo=UTC)),  # epoch milliseconds
        ("March 5, 2024 4:45 PM EST", datetime(2024, 3, 5, 21, 45, tzinfo=UTC)),  # it was 16:45
        ("Tue, 5 Mar 2024 16:45:00 PST", datetime(2024, 3, 6, 0, 45, tzinfo=UTC)),
        ("2024-06-01 12:00 CEST", datetime(2024, 6, 1, 10, 0, tzinfo=UTC)),
        ("June 5, 2024 4:45 PM ET", datetime(2024, 6, 5, 20, 45, tzinfo=UTC)),  # ET in summer is EDT
        ("January 5, 2024 4:45 PM ET", datetime(2024, 1, 5, 21, 45, tzinfo=UTC)),
        ("March 5, 2024 10:00 P.M.", datetime(2024, 3, 5, 22, tzinfo=UTC)),  # "M." is no zone
        ("2022", datetime(2022, 1, 1, tzinfo=UTC)),  # a year alone: its start
        (2022, datetime(2022, 1, 1, tzinfo=UTC)),  # as a JSON number too (it was date_unparsed "2022")
        (2022.0, datetime(2022, 1, 1, tzinfo=UTC)),
        ("1 Jan 2000 10:00", datetime(2000, 1, 1, 10, tzinfo=UTC)),
        # An offset after GMT or UTC is the zone's offset east of UTC, as in ISO 8601: dateutil's POSIX
        # reading turned it round (10:00 GMT+0100 was 11:00 UTC, an hour off the other way).
        ("Thu Dec 03 2026 10:00:00 GMT+0100", datetime(2026, 12, 3, 9, tzinfo=UTC)),
        ("2026-12-03 10:00 UTC+01:00", datetime(2026, 12, 3, 9, tzinfo=UTC)),
        ("Wed, 02 Dec 2026 10:00:00 GMT+0530", datetime(2026, 12, 2, 4, 30, tzinfo=UTC)),
        ("2026-12-03 10:00 GMT-5", datetime(2026, 12, 3, 15, tzinfo=UTC)),
        ("Thu Dec 03 2026 10:00:00 GMT +0100", datetime(2026, 12, 3, 9, tzinfo=UTC)),  # the offset was dropped
        # JavaScript's Date.toString(): the zone's name in brackets after the offset was unparsed.
        ("Thu Dec 03 2026 10:00:00 GMT+0100 (Central European Standard Time)", datetime(2026, 12, 3, 9, tzinfo=UTC)),
        ("Thu Dec 03 2026 10:00:00 GMT-0500 (Eastern Standard Time)", datetime(2026, 12, 3, 15, tzinfo=UTC)),
        # The Guardian's time with a dot.
        ("Thursday 3 December 2026 09.15 GMT", datetime(2026, 12, 3, 9, 15, tzinfo=UTC)),
        ("Thu 4 Jun 2026 18.30 BST", datetime(2026, 6, 4, 17, 30, tzinfo=UTC)),
        ("3 December 2026 9.15am", datetime(2026, 12, 3, 9, 15, tzinfo=UTC)),
        ("12.03.24", datetime(2024, 12, 3, tzinfo=UTC)),  # a day, month and year with dots stays a date
        # A zone's name in lower case (dateutil takes capitals only): it was unread.
        ("Tue, 5 Mar 2024 10:15 gmt", datetime(2024, 3, 5, 10, 15, tzinfo=UTC)),
        ("Tue, 5 Mar 2024 10:15 Gmt", datetime(2024, 3, 5, 10, 15, tzinfo=UTC)),
        ("March 5, 2024 4:45 pm est", datetime(2024, 3, 5, 21, 45, tzinfo=UTC)),
        ("2024-03-05T10:15:00z", datetime(2024, 3, 5, 10, 15, tzinfo=UTC)),
        ("Thu Dec 03 2026 10:00:00 gmt+0100", datetime(2026, 12, 3, 9, tzinfo=UTC)),
        ("Thu 4 Jun 2026 18.30 bst", datetime(2026, 6, 4, 17, 30, tzinfo=UTC)),
        ("", None),
        (None, None),
    ],
)
def test_export_dates_parse_to_utc(value: object, expected: datetime | None) -> None:
    assert parse_date(value) == expected


# A time alone or a day without a year became 1 January 2000, or that day of 2000; an unknown or
# ambiguous zone abbreviation (IST: India, Ireland or Israel) was read as UTC, hours off.
@pytest.mark.parametrize(
    "value",
    ["yesterday-ish", "not a date", True, "99/99/9999", "12:30", "Sep 23", "2024-03-05 10:00 IST",
     "2024-03-05 10:00 ist", 999, 2022.5],
)
def test_unparseable_dates_raise(value: object) -> None:
    with pytest.raises(UnparsedDate):
        parse_date(value)


# Placeholders an export writes for "no date": .NET's DateTime.MinValue and the epoch's first second.
@pytest.mark.parametrize(
    "value",
    ["0001-01-01", "0001-01-01T00:00:00", "0001-01-01T00:00:00.0000000Z", "1/1/0001 12:00:00 AM",
     "1970-01-01T00:00:00Z", "1970-01-01T00:00:00.000Z", "Thu Jan 01 1970 01:00:00 GMT+0100", date(1, 1, 1),
     datetime(1970, 1, 1, tzinfo=UTC)],
)
def test_placeholder_dates_are_no_date(value: object) -> None:
    with pytest.raises(UnparsedDate):
        parse_date(value)


def test_days_next_to_a_placeholder_are_dates() -> None:
    assert parse_date("1970-01-01T00:00:01Z") == datetime(1970, 1, 1, 0, 0, 1, tzinfo=UTC)
    assert parse_date("1970-01-02") == datetime(1970, 1, 2, tzinfo=UTC)
    assert parse_date("0002-01-01") == datetime(2, 1, 1, tzinfo=UTC)


def records(*dates: str) -> list[tuple[datetime | None, dict[str, object]]]:
    data = "\n".join(json.dumps({"text": f"Story {n}.", "date": d}) for n, d in enumerate(dates)).encode()
    return [(a.published_at, dict(a.metadata)) for a in read_articles(data, "jsonl", ReadOptions()).articles]


def test_a_records_files_placeholder_date_is_null_and_kept_as_unparsed() -> None:
    # They became published_at (year 1, 1970), where an HTML page's 1970 placeholder is no date.
    assert records("0001-01-01T00:00:00", "1970-01-01T00:00:00Z", "2024-03-05") == [
        (None, {"date_unparsed": "0001-01-01T00:00:00"}),
        (None, {"date_unparsed": "1970-01-01T00:00:00Z"}),
        (datetime(2024, 3, 5, tzinfo=UTC), {}),
    ]


def test_ambiguous_numeric_date_follows_the_order_its_file_shows() -> None:
    assert records("12/03/2024", "13/03/2024") == [
        (datetime(2024, 3, 12, tzinfo=UTC), {}), (datetime(2024, 3, 13, tzinfo=UTC), {}),
    ]
    assert records("03/12/2024", "03/13/2024") == [
        (datetime(2024, 3, 12, tzinfo=UTC), {}), (datetime(2024, 3, 13, tzinfo=UTC), {}),
    ]


def test_ambiguous_numeric_date_nothing_settles_is_month_first_and_noted() -> None:
    assert records("12/03/2024", "2024-03-14") == [
        (datetime(2024, 12, 3, tzinfo=UTC), {"date_ambiguous": "12/03/2024"}), (datetime(2024, 3, 14, tzinfo=UTC), {}),
    ]
    assert records("03/03/2024") == [(datetime(2024, 3, 3, tzinfo=UTC), {})]  # same either way


def test_a_numeric_date_with_dots_is_day_first_where_the_file_says_no_order() -> None:
    # A German or Russian export's 05.03.2024 was read as 3 May, month first, as 05/03/2024 is.
    assert records("05.03.2024 14:30", "2024-03-14") == [
        (datetime(2024, 3, 5, 14, 30, tzinfo=UTC), {}), (datetime(2024, 3, 14, tzinfo=UTC), {}),
    ]
    assert records("05.03.2024", "03/13/2024")[0] == (datetime(2024, 5, 3, tzinfo=UTC), {})  # the file's order
    # Czech and Slovak write a space after each dot: "5. 3. 2024" is 5 March too (it was 3 May, without a note).
    assert records("5. 3. 2024")[0] == (datetime(2024, 3, 5, tzinfo=UTC), {})
    assert records("5. 3. 2024", "12/13/2024")[0] == (datetime(2024, 5, 3, tzinfo=UTC), {})
    assert records("5. 3. 2024", "13. 3. 2024")[0] == (datetime(2024, 3, 5, tzinfo=UTC), {})


def test_a_day_first_file_reads_its_iso_dates_as_iso() -> None:
    # The file's day/month order is for its day/month/year dates only: 2024-03-05 is 5 March in any file.
    assert records("13/03/2024", "2024-03-05", "2024-03-05T10:00:00Z", "05.03.2024") == [
        (datetime(2024, 3, 13, tzinfo=UTC), {}), (datetime(2024, 3, 5, tzinfo=UTC), {}),
        (datetime(2024, 3, 5, 10, tzinfo=UTC), {}), (datetime(2024, 3, 5, tzinfo=UTC), {}),
    ]


def test_reading_zones_leaves_no_warning_filter_behind_for_other_threads() -> None:
    # A process-wide "error" filter for dateutil's warning leaked into other threads (batches run
    # in threads on Dask and in a local run without a pool).
    import warnings

    before = list(warnings.filters)
    with pytest.raises(UnparsedDate):
        parse_date("2024-03-05 10:00 IST")
    assert parse_date("2024-03-05 10:00 GMT") == datetime(2024, 3, 5, 10, tzinfo=UTC)
    assert warnings.filters == before


@pytest.mark.parametrize(
    "value",
    [
        {"$date": "2026-12-03T10:00:00Z"},
        {"$date": {"$numberLong": "1796292000000"}},
        {"$date": 1796292000000},  # the legacy shell's milliseconds
    ],
)
def test_mongo_extended_json_dates_are_read(value: object) -> None:
    assert parse_date(value) == datetime(2026, 12, 3, 10, tzinfo=UTC)


def test_an_early_mongo_date_is_milliseconds_not_seconds() -> None:
    # $numberLong is always milliseconds: 86,400,000 is 2 January 1970, not a date of 4707.
    assert parse_date({"$date": {"$numberLong": "86400000"}}) == datetime(1970, 1, 2, tzinfo=UTC)


@pytest.mark.parametrize("value", ["0001-01-01T00:00:00+01:00", "9999-12-31T23:00:00-05:00"])
def test_a_date_beyond_the_calendar_in_utc_is_unparsed_not_a_crash(value: str) -> None:
    with pytest.raises(UnparsedDate):
        parse_date(value)


@pytest.mark.parametrize(
    "value", ["2024-03-05T10:00:00+25:00", "Tue, 05 Mar 2024 10:00:00 +2400", "2024-03-05 10:00 -9900"]
)
def test_a_date_whose_utc_offset_is_a_day_or_more_is_unparsed_and_its_article_read(value: str) -> None:
    # dateutil reads such an offset and datetime refuses it: the ValueError stopped the whole run.
    with pytest.raises(UnparsedDate, match="its UTC offset is a day or more"):
        parse_date(value)
    line = json.dumps({"id": 1, "text": "The bank raised rates.", "date": value}).encode() + b"\n"
    [article] = read_articles(line, "jsonl", ReadOptions()).articles
    assert article.published_at is None and article.metadata == {"date_unparsed": value}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # Excel's serial days, as a spreadsheet saved as CSV writes a date column formatted as a number.
        ("45292", datetime(2024, 1, 1, tzinfo=UTC)),
        ("45292.5", datetime(2024, 1, 1, 12, tzinfo=UTC)),
        (45352.75, datetime(2024, 3, 1, 18, tzinfo=UTC)),
        ("73050", datetime(2099, 12, 31, tzinfo=UTC)),
        ("25570", datetime(1970, 1, 2, tzinfo=UTC)),  # from 25569 (1970-01-01) on, a serial only
        # .NET's JSON dates: milliseconds in UTC; the offset says the value was local, and moves nothing.
        ("/Date(1709251200000)/", datetime(2024, 3, 1, tzinfo=UTC)),
        ("/Date(1709251200000+0100)/", datetime(2024, 3, 1, tzinfo=UTC)),
        ("/Date(1709251200000-0500)/", datetime(2024, 3, 1, tzinfo=UTC)),
        ("\\/Date(1709251200000)\\/", datetime(2024, 3, 1, tzinfo=UTC)),  # the JSON escape, unread (a CSV's)
        ("/Date(-86400000)/", datetime(1969, 12, 31, tzinfo=UTC)),
        # Numbers that are no serial read as before: a year, epoch seconds and milliseconds, digits of a day.
        ("2022", datetime(2022, 1, 1, tzinfo=UTC)),
        ("1709251200", datetime(2024, 3, 1, tzinfo=UTC)),
        (1709251200000, datetime(2024, 3, 1, tzinfo=UTC)),
        ("20240301", datetime(2024, 3, 1, tzinfo=UTC)),
    ],
)
def test_excel_serial_and_dotnet_dates_are_read(value: object, expected: datetime) -> None:
    # They were date_unparsed (or, for a serial in a JSON number, no date at all).
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["73051", 9999, "/Date(-62135596800000)/", "/Date(abc)/"])
def test_numbers_beyond_excel_serials_and_dotnet_placeholders_are_no_date(value: object) -> None:
    with pytest.raises(UnparsedDate):
        parse_date(value)


def test_a_csv_date_column_of_excel_serials_gives_dates() -> None:
    data = b"title,text,date\nRates,The bank raised rates.,45292\nRain,It rained.,45292.5\nOld,Kept.,2022\n"
    result = read_articles(data, "csv", ReadOptions())
    assert [(a.published_at, dict(a.metadata)) for a in result.articles] == [
        (datetime(2024, 1, 1, tzinfo=UTC), {}), (datetime(2024, 1, 1, 12, tzinfo=UTC), {}),
        (datetime(2022, 1, 1, tzinfo=UTC), {}),
    ]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # Six digits with a leading zero: a day, month and year run together, as dateutil read them
        # before serials were; their numbers (10124, 50324, 31224) are in the serials' range.
        ("010124", datetime(2024, 1, 1, tzinfo=UTC)),  # was 1927-09-19
        ("050324", datetime(2024, 5, 3, tzinfo=UTC)),  # was 2037-10-11
        ("031224", datetime(2024, 3, 12, tzinfo=UTC)),  # was 1985-06-26
    ],
)
def test_six_digits_with_a_leading_zero_are_no_excel_serial(value: str, expected: datetime) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # Days since 1970, as an Avro or Arrow export writes a date column: read as Excel serials of
        # 1927 to 1969, 19723 (2024-01-01) was 1953-12-30.
        (19723, datetime(2024, 1, 1, tzinfo=UTC)),
        ("19723", datetime(2024, 1, 1, tzinfo=UTC)),
        ("10000", datetime(1997, 5, 19, tzinfo=UTC)),
        (25568.5, datetime(2040, 1, 2, 12, tzinfo=UTC)),  # the last day number that is an epoch day
    ],
)
def test_a_number_of_days_below_excel_s_1970_is_days_since_1970(value: object, expected: datetime) -> None:
    assert parse_date(value) == expected
    assert parse_date(value, serials=True) == datetime(1899, 12, 30, tzinfo=UTC) + (expected - datetime(
        1970, 1, 1, tzinfo=UTC))  # the file's other dates Excel's serials: one of them too


def test_a_file_s_days_are_read_in_one_count() -> None:
    # A column of Excel's serials with one date before 1970 (19723, 1953-12-30) keeps it a serial; a
    # column of epoch days, all below 25569, is read as epoch days.
    serials = b"title,text,date\nRates,The bank raised rates.,45292\nOld,An old story.,19723\n"
    assert [a.published_at for a in read_articles(serials, "csv", ReadOptions()).articles] == [
        datetime(2024, 1, 1, tzinfo=UTC), datetime(1953, 12, 30, tzinfo=UTC),
    ]
    epoch = b'{"text": "Rates rose.", "date": 19723}\n{"text": "Rain fell.", "date": 20000}\n'
    assert [a.published_at for a in read_articles(epoch, "jsonl", ReadOptions()).articles] == [
        datetime(2024, 1, 1, tzinfo=UTC), datetime(2024, 10, 4, tzinfo=UTC),
    ]


def test_a_year_written_as_a_json_number_is_read_as_its_text_is() -> None:
    data = b'{"id": 1, "text": "The council met.", "date": 2024}\n{"id": 2, "text": "It met again.", "date": "2024"}\n'
    result = read_articles(data, "jsonl", ReadOptions())
    assert [(a.published_at, a.metadata) for a in result.articles] == [(datetime(2024, 1, 1, tzinfo=UTC), {})] * 2


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("5 mars 2024", "2024-03-05T00:00:00+00:00"),
        ("mardi 5 mars 2024 à 10h30", "2024-03-05T10:30:00+00:00"),
        ("5. März 2024", "2024-03-05T00:00:00+00:00"),
        ("Dienstag, 5. März 2024, 10:30 Uhr", "2024-03-05T10:30:00+00:00"),
        ("5 de marzo de 2024", "2024-03-05T00:00:00+00:00"),
        ("5 dicembre 2024", "2024-12-05T00:00:00+00:00"),
        ("terça-feira, 5 de março de 2024", "2024-03-05T00:00:00+00:00"),
        ("5 maart 2024 14:00 +0100", "2024-03-05T13:00:00+00:00"),
        ("1er août 2023", "2023-08-01T00:00:00+00:00"),
    ],
)
def test_a_date_with_another_languages_month_name_is_read(value: str, expected: str) -> None:
    # Left unread (date_unparsed) in a records file or front matter, where an HTML page's markup reads it.
    assert parse_date(value).isoformat() == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("5 марта 2024, 14:20", "2024-03-05T14:20:00+00:00"),
        ("05 октября 2023", "2023-10-05T00:00:00+00:00"),
        ("5 березня 2024", "2024-03-05T00:00:00+00:00"),
        ("5 marca 2024", "2024-03-05T00:00:00+00:00"),
        ("5 października 2024 10:30", "2024-10-05T10:30:00+00:00"),
        ("5. března 2024", "2024-03-05T00:00:00+00:00"),
        ("5 Μαΐου 2024", "2024-05-05T00:00:00+00:00"),
        ("5 Δεκεμβρίου 2024", "2024-12-05T00:00:00+00:00"),
    ],
)
def test_a_date_with_a_slavic_or_greek_month_name_is_read(value: str, expected: str) -> None:
    # Russian, Ukrainian, Polish, Czech and Greek write a date's month in the genitive: such a date was unread.
    assert parse_date(value).isoformat() == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("wtorek, 5 marca 2024 14:20", "2024-03-05T14:20:00+00:00"),
        ("вторник, 5 марта 2024 г.", "2024-03-05T00:00:00+00:00"),
        ("Salı, 5 Mart 2024 14:20", "2024-03-05T14:20:00+00:00"),
        ("5 Ağustos 2024", "2024-08-05T00:00:00+00:00"),
        ("tisdag 5 mars 2024 kl. 14.20", "2024-03-05T14:20:00+00:00"),
        ("5 augusti 2024", "2024-08-05T00:00:00+00:00"),
    ],
)
def test_a_date_with_a_weekday_or_a_turkish_or_swedish_month_is_read(value: str, expected: str) -> None:
    # A weekday, Russian's "г." after the year, Swedish's "kl." before a dotted time: each left the date unread.
    assert parse_date(value).isoformat() == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("15. listopada 2024.", "2024-10-15T00:00:00+00:00"),  # Croatian's October: it was Polish's November
        ("15. listopada 2024. u 14:20 sati", "2024-10-15T14:20:00+00:00"),
        ("5. ožujka 2024.", "2024-03-05T00:00:00+00:00"),  # each of these was unread
        ("3. srpnja 2024.", "2024-07-03T00:00:00+00:00"),
        ("20. studenoga 2024.", "2024-11-20T00:00:00+00:00"),
        ("1. prosinca 2023. godine", "2023-12-01T00:00:00+00:00"),
        ("utorak, 15. LISTOPADA 2024.", "2024-10-15T00:00:00+00:00"),  # with its weekday, in capitals
        ("Srijeda, 5. ožujka 2025. 08:15", "2025-03-05T08:15:00+00:00"),
        ("15 listopada 2024", "2024-11-15T00:00:00+00:00"),  # Polish's November, its day no ordinal, as before
        ("15 listopada 2024 r.", "2024-11-15T00:00:00+00:00"),
        ("15. listopadu 2024", "2024-11-15T00:00:00+00:00"),  # Czech's November
    ],
)
def test_a_croatian_month_is_read_and_listopada_by_how_its_day_is_written(value: str, expected: str) -> None:
    assert parse_date(value).isoformat() == expected


@pytest.mark.parametrize(("language", "month"), [("hr", 10), ("bs", 10), ("pl", 11), (None, 11)])
def test_a_records_language_says_which_month_listopada_is(language: str | None, month: int) -> None:
    record = {"title": "Štrajk u luci", "text": "Lučki radnici vratili su se na posao.", "date": "15 listopada 2024"}
    if language:
        record["language"] = language
    [article] = read_articles(json.dumps([record]).encode(), "json", ReadOptions()).articles
    assert article.published_at == datetime(2024, month, 15, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "date", "month"),
    [
        # A record that names no language: its text's words say which month "listopada" is (each was read by its
        # day's full stop alone, the other month)
        ("Vlada je rekla da će mjere, koje su najavljene, stajati kao i prošle godine.", "15 listopada 2024", 10),
        ("Rząd przyjął projekt, który zakłada, że deficyt nie wzrośnie, jak powiedział minister.",
         "15. listopada 2024", 11),
    ],
)
def test_a_records_words_say_which_month_listopada_is(text: str, date: str, month: int) -> None:
    record = {"title": "Vijesti", "text": text, "date": date}
    [article] = read_articles(json.dumps([record]).encode(), "json", ReadOptions()).articles
    assert article.published_at == datetime(2024, month, 15, tzinfo=UTC)


def test_words_no_language_makes_a_date_stay_unread() -> None:
    for value in ("3 days ago", "mars", "out of office", "le 5"):
        with pytest.raises(UnparsedDate):
            parse_date(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2024-03-04T10:00:00+01:00[Europe/Paris]", datetime(2024, 3, 4, 9, tzinfo=UTC)),
     ("2024-03-04T10:00:00.123Z[UTC]", datetime(2024, 3, 4, 10, 0, 0, 123000, tzinfo=UTC)),
     ("2024-03-04T10:00-05:00[America/New_York]", datetime(2024, 3, 4, 15, tzinfo=UTC))],
)
def test_a_java_zoned_date_time_is_read_by_its_offset(value: str, expected: datetime) -> None:
    # Java's ZonedDateTime.toString() (and RFC 9557) writes the zone's name in brackets after the offset: the
    # date was unread, date_unparsed.
    assert parse_date(value) == expected


def test_a_bracketed_zone_without_an_offset_stays_unread() -> None:
    with pytest.raises(UnparsedDate):  # read as UTC, it would be hours off
        parse_date("2024-03-04T10:00:00[Europe/Paris]")


# ISO 8601's week and ordinal dates, as planning and analytics exports write them: dateutil read neither.
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-W10-2", datetime(2024, 3, 5, tzinfo=UTC)),
        ("2024W102", datetime(2024, 3, 5, tzinfo=UTC)),
        ("2024-W10", datetime(2024, 3, 4, tzinfo=UTC)),
        ("2024-W10-2T10:00:00+01:00", datetime(2024, 3, 5, 9, tzinfo=UTC)),
        ("2024-065", datetime(2024, 3, 5, tzinfo=UTC)),
        ("2024-366 10:00", datetime(2024, 12, 31, 10, tzinfo=UTC)),
    ],
)
def test_iso_week_and_ordinal_dates_are_read(value: str, expected: datetime) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["2024-W54-1", "2024-W10-8", "2023-366", "2024-000"])
def test_a_week_or_ordinal_date_that_is_no_day_is_unparsed(value: str) -> None:
    with pytest.raises(UnparsedDate):
        parse_date(value)


def test_a_records_files_week_date_is_its_articles_date() -> None:
    data = b'{"id": "1", "text": "The council approved the budget.", "date": "2024-W10-2"}\n'
    [article] = read_articles(data, "jsonl", ReadOptions()).articles
    assert article.published_at == datetime(2024, 3, 5, tzinfo=UTC)
    assert "date_unparsed" not in article.metadata


# Weekdays as English news abbreviates them ("Tues", "Thurs"), and the word for "at" before a time in
# Italian, Dutch and Portuguese: such a date was unread.
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Tues 5 March 2024", datetime(2024, 3, 5, tzinfo=UTC)),
        ("Thurs, March 7, 2024 10:30 AM EST", datetime(2024, 3, 7, 15, 30, tzinfo=UTC)),
        ("Weds 6 March 2024", datetime(2024, 3, 6, tzinfo=UTC)),
        ("5 marzo 2024 alle 10:30", datetime(2024, 3, 5, 10, 30, tzinfo=UTC)),
        ("5 maart 2024 om 10:30", datetime(2024, 3, 5, 10, 30, tzinfo=UTC)),
        ("5 de março de 2024 às 10:30", datetime(2024, 3, 5, 10, 30, tzinfo=UTC)),
    ],
)
def test_abbreviated_weekdays_and_a_word_before_the_time_are_read(value: str, expected: datetime) -> None:
    assert parse_date(value) == expected


# A Spanish time after "a las" (dateutil read its "a" as "am"), and a feed date as German CMSs write pubDate, with
# German's two-letter weekdays and "Mär": such dates were unread.
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("5 de marzo de 2024 a las 10:30", datetime(2024, 3, 5, 10, 30, tzinfo=UTC)),
        ("martes, 5 de marzo de 2024 a la 1:30 +0100", datetime(2024, 3, 5, 0, 30, tzinfo=UTC)),
        ("Di, 05 Mär 2024 10:00:00 +0100", datetime(2024, 3, 5, 9, tzinfo=UTC)),
        ("So, 06 Okt 2024 10:00:00 +0200", datetime(2024, 10, 6, 8, tzinfo=UTC)),
        # ... and Dutch's ("mrt" its March)
        ("vr, 08 mrt 2024 10:00:00 +0100", datetime(2024, 3, 8, 9, tzinfo=UTC)),
        ("za, 09 mrt 2024 10:00:00 +0100", datetime(2024, 3, 9, 9, tzinfo=UTC)),
        ("wo, 13 mrt 2024 08:15 +0100", datetime(2024, 3, 13, 7, 15, tzinfo=UTC)),
    ],
)
def test_a_spanish_time_after_a_las_and_a_german_feed_date_are_read(value: str, expected: datetime) -> None:
    assert parse_date(value) == expected


# Spanish, French and Italian feeds abbreviate the weekday in three letters before a comma, Tuesday "mar" as
# March is: such dates were unread, and "mar" cannot be a weekday elsewhere ("5 mar 2024" is March).
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("mar, 05 mar 2024 14:32:00 +0100", datetime(2024, 3, 5, 13, 32, tzinfo=UTC)),
        ("jue, 07 mar 2024 10:00:00 +0100", datetime(2024, 3, 7, 9, tzinfo=UTC)),
        ("mié, 06 mar 2024 10:00:00 +0100", datetime(2024, 3, 6, 9, tzinfo=UTC)),
        ("sáb., 09 mar 2024 10:00:00 +0100", datetime(2024, 3, 9, 9, tzinfo=UTC)),
        ("ven., 08 mars 2024 10:00:00 +0100", datetime(2024, 3, 8, 9, tzinfo=UTC)),
        ("gio, 07 mar 2024 10:00:00 +0100", datetime(2024, 3, 7, 9, tzinfo=UTC)),
        ("5 mar 2024 10:00", datetime(2024, 3, 5, 10, tzinfo=UTC)),
    ],
)
def test_a_three_letter_weekday_of_a_spanish_french_or_italian_feed_is_read(value: str, expected: datetime) -> None:
    assert parse_date(value) == expected


def test_a_german_cms_feeds_pub_date_is_its_items_date() -> None:
    feed = ("<rss><channel><title>Stadtanzeiger</title><item><title>Fahrpreise steigen</title>"
            "<pubDate>Di, 05 Mär 2024 10:00:00 +0100</pubDate><description>Die Fahrpreise steigen im März um fast "
            "fünf Prozent, teilte der Verkehrsverbund mit.</description></item></channel></rss>")
    [article] = read_articles(feed.encode(), "feed", ReadOptions()).articles
    assert article.published_at == datetime(2024, 3, 5, 9, tzinfo=UTC)
    assert "date_unparsed" not in article.metadata


@pytest.mark.parametrize(
    "written", ["2024年3月5日 14:20", "2024年03月05日14:20", "2024年3月5日(火) 14:20", "2024년 3월 5일 14:20"]
)
def test_a_date_written_in_cjk_characters_is_read(written: str) -> None:
    # dateutil reads none of them: a records file's date so written was `date_unparsed`.
    assert parse_date(written) == datetime(2024, 3, 5, 14, 20, tzinfo=UTC)


@pytest.mark.parametrize(
    "written",
    ["2024年3月5日 14時20分", "2024年3月5日 午後2時20分", "2024年3月5日 下午2:20", "2024년 3월 5일 오후 2:20",
     "2024년 3월 5일 14시 20분"],
)
def test_a_cjk_dates_time_written_in_its_characters_is_read(written: str) -> None:
    # A time so written ("14時20分", Korean "14시 20분") or after its half of the day (Japanese 午後,
    # Chinese 下午, Korean 오후: afternoon) left the whole date `date_unparsed`.
    assert parse_date(written) == datetime(2024, 3, 5, 14, 20, tzinfo=UTC)


def test_a_cjk_dates_morning_time_is_read_as_written() -> None:
    assert parse_date("2024年3月5日 午前9時05分") == datetime(2024, 3, 5, 9, 5, tzinfo=UTC)
    assert parse_date("2024년 3월 5일 오전 12:30") == datetime(2024, 3, 5, 0, 30, tzinfo=UTC)


def test_a_numeric_dates_order_is_read_past_a_weekday_or_label_before_it() -> None:
    # "Di 05.03.2024 - 14:20" (a German CMS's) was read month first, 3 May, as "05.03.2024" is not; and a weekday
    # before "05/03/2024" hid the day first that the file's "13/03/2024" shows.
    rows = [("Di 05.03.2024 - 14:20", datetime(2024, 3, 5, 14, 20, tzinfo=UTC)),
            ("Tue, 05/03/2024", datetime(2024, 3, 5, tzinfo=UTC)),
            ("Wed, 13/03/2024", datetime(2024, 3, 13, tzinfo=UTC))]
    data = "".join(json.dumps({"id": i, "text": "The council met.", "date": value}) + "\n"
                   for i, (value, _) in enumerate(rows)).encode()
    assert [a.published_at for a in read_articles(data, "jsonl", ReadOptions()).articles] == [day for _, day in rows]


# A word of capitals after a time that is no zone `ZONES` knows was read as UTC by every reader of a date value, where
# a page's byline left it unread: both leave it unread now, as an ambiguous zone's (IST) is.
@pytest.mark.parametrize("value", ["March 5, 2024 10:30 XYZ", "Tue, 05 Mar 2024 10:30:00 QQ", "2024-03-05 10:30 LT"])
def test_an_unknown_zone_after_a_time_leaves_the_date_unread(value: str) -> None:
    with pytest.raises(UnparsedDate):
        parse_date(value)


@pytest.mark.parametrize("value", ["5 March 2024 10:30 HRS", "March 5, 2024 10:30 AM", "2024-03-05 10:30 Z"])
def test_a_word_after_a_time_that_names_no_zone_leaves_the_date_read(value: str) -> None:
    assert parse_date(value) == datetime(2024, 3, 5, 10, 30, tzinfo=UTC)


def test_a_records_date_and_a_pages_byline_with_an_unknown_zone_agree() -> None:
    row = "id,title,date,text\n1,Port strike,March 5 2024 10:30 XYZ,Dockers went on strike on Tuesday over pay.\n"
    [record] = read_articles(row.encode(), "csv", ReadOptions()).articles
    assert record.published_at is None and record.metadata["date_unparsed"] == "March 5 2024 10:30 XYZ"
    story = "Rail fares in the region will rise by five per cent from next month, the operator said on Tuesday."
    page = (f"<html><body><article><h1>Rail fares rise</h1><p class='byline'>By Jo Lee | Published 5 March 2024, "
            f"10:30 XYZ</p><p>{story}</p><p>{story}</p></article></body></html>")
    [article] = read_articles(page.encode(), "html", ReadOptions()).articles
    assert article.published_at is None or article.published_at.time().isoformat() == "00:00:00"
