"""CSV files: a header, one article per row, wrong column counts as bad records."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from transforms.formats import FormatError, ReadOptions, read_articles

EXPORT = Path(__file__).parents[2] / "data" / "formats" / "mixed" / "export.csv"


def test_quoted_text_with_commas_and_a_short_row() -> None:
    result = read_articles(EXPORT.read_bytes(), "csv", ReadOptions())
    [article] = result.articles
    assert article.text.endswith('an economist said export prices would rise again, "sharply", this winter.')
    assert article.published_at == datetime(2022, 9, 23, tzinfo=UTC)
    assert article.authors == ("Jane Doe",)
    assert [(b.record, b.reason) for b in result.bad] == [(2, "malformed_record")]


def test_semicolon_csv_with_mapped_fields() -> None:
    data = b"kop;tekst;datum\nHandel;Sancties raken de handel.;2022-09-23\n"
    options = ReadOptions({"title": "kop", "text": "tekst", "published_at": "datum"})
    [article] = read_articles(data, "csv", options).articles
    assert (article.title, article.published_at) == ("Handel", datetime(2022, 9, 23, tzinfo=UTC))


def test_a_file_that_is_not_csv_is_rejected_whole() -> None:
    with pytest.raises(FormatError) as raised:
        read_articles(b"Just one line of prose\n", "csv", ReadOptions())
    assert raised.value.reason == "not_records"


def test_excels_sep_line_a_single_text_column_and_a_doubled_text_column() -> None:
    # Excel's "sep=;" line quarantined the file ("3 columns where the header has 2"); a file of one
    # "text" column was not CSV; of two "text" columns the second was read, unsaid.
    excel = read_articles(b"sep=;\r\ntitle;text\r\nA;One, with a comma.\r\n", "csv", ReadOptions())
    assert [(a.title, a.text) for a in excel.articles] == [("A", "A\n\nOne, with a comma.")] and not excel.bad
    assert [a.text for a in read_articles(b"text\nOne story.\nTwo.\n", "csv", ReadOptions()).articles] == [
        "One story.", "Two."
    ]
    with pytest.raises(FormatError) as raised:
        read_articles(b"title,text,text\nA,x,y\n", "csv", ReadOptions())
    assert raised.value.detail == "the header names the text column 'text' twice: rename one"
    kept = read_articles(b"title,text,url,url\nA,One.,x,https://example.org/a\n", "csv", ReadOptions())
    assert [(a.title, a.url) for a in kept.articles] == [("A", "https://example.org/a")]  # as before: the second


def test_a_space_after_the_delimiter_is_not_part_of_a_field() -> None:
    # The header's names were " text" and " date", and a quoted field after a space a malformed row.
    data = b'title, text, date\n"Rates up", "The bank raised rates, citing inflation.", "2026-12-03"\n'
    result = read_articles(data, "csv", ReadOptions())
    assert result.bad == []
    [article] = result.articles
    assert (article.title, article.published_at) == ("Rates up", datetime(2026, 12, 3, tzinfo=UTC))
    assert article.text == "Rates up\n\nThe bank raised rates, citing inflation."
    assert result.mapping == {"title": "title", "text": "text", "published_at": "date"}
