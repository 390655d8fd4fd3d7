"""CSV files: a header, one article per row, wrong column counts as bad records."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from transforms.formats import FormatError, ReadOptions, format_of, read_articles

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
    kept = read_articles(b"title,text,url,url\nA,One.,https://example.org/a,x\n", "csv", ReadOptions())
    # the first of a doubled column is read (the second was, and the first lost): the second is kept too
    assert [(a.title, a.url, a.metadata) for a in kept.articles] == [("A", "https://example.org/a", {"url_2": "x"})]


def test_a_space_after_the_delimiter_is_not_part_of_a_field() -> None:
    # The header's names were " text" and " date", and a quoted field after a space a malformed row.
    data = b'title, text, date\n"Rates up", "The bank raised rates, citing inflation.", "2026-12-03"\n'
    result = read_articles(data, "csv", ReadOptions())
    assert result.bad == []
    [article] = result.articles
    assert (article.title, article.published_at) == ("Rates up", datetime(2026, 12, 3, tzinfo=UTC))
    assert article.text == "Rates up\n\nThe bank raised rates, citing inflation."
    assert result.mapping == {"title": "title", "text": "text", "published_at": "date"}


@pytest.mark.parametrize(
    ("data", "cut"),
    [
        (b'title,text\nA,One.\nB,The minister sa', "row 2 is cut off (no end of line): still being written"),
        (b'title,text\nA,One.\nB,"The minister said, ', "row 2 is cut off (no end of line): still being written"),
        (b"title,text\nA,One.\nB", "row 2 is cut off (no end of line, 1 columns where the header has 2): "
                                   "still being written"),
        (b"title,te", "the file ends before its header does (no end of line): still being written"),
        # after Excel's "sep=;" line: 0 records and both deleted, or (one column) not_records
        (b"sep=;\ntitle;te", "the file ends before its header does (no end of line): still being written"),
        (b"sep=;\r\ntex", "the file ends before its header does (no end of line): still being written"),
        # cut inside a character of three bytes: undecodable, the file was quarantined
        ("title,text\nA,One.\nB,北京市政府".encode()[:-1], "row 2 is cut off (no end of line): still being written"),
    ],
)
def test_a_csv_file_whose_last_row_has_no_end_of_line_is_still_being_written(data: bytes, cut: str) -> None:
    # The cut row was read as an article ("The minister sa"), or quarantined, and the rows after it,
    # not yet written again, deleted from the lake.
    result = read_articles(data, "csv", ReadOptions())
    assert [a.title for a in result.articles] == ([] if data.endswith((b"title,te", b"title;te", b"\ntex")) else ["A"])
    assert (result.bad, result.unfinished) == ([], cut)


@pytest.mark.parametrize("padding", [b"", b"   "])
def test_a_csv_file_cut_in_a_quoted_field_after_an_end_of_line_in_it_is_still_being_written(padding: bytes) -> None:
    # csv closes a quoted field the text ends in: row 2 was stored as an article of its first paragraph.
    data = b'title,text\nA,One.\nB,"The minister said:\n' + padding
    result = read_articles(data, "csv", ReadOptions())
    assert [a.title for a in result.articles] == ["A"] and result.bad == []
    assert result.unfinished == "row 2 is cut off (in a quoted field not closed yet): still being written"
    # Its quote closed, the row is whole; read once (an hour after its last write), its quote is a mistake.
    whole = read_articles(data + b'Rates rise."\n', "csv", ReadOptions())
    assert [a.title for a in whole.articles] == ["A", "B"] and whole.unfinished is None
    settled = read_articles(data, "csv", ReadOptions(unfinished=False))
    assert [a.title for a in settled.articles] == ["A"] and settled.unfinished is None
    assert [(b.record, b.reason) for b in settled.bad] == [(2, "malformed_record")]
    # A quote inside an unquoted field opens none
    inches = read_articles(b'title,text\nA,"One."\nB,A 5" screen\n', "csv", ReadOptions())
    assert [a.title for a in inches.articles] == ["A", "B"] and inches.unfinished is None


def test_a_csv_file_read_once_reads_its_last_row_without_an_end_of_line() -> None:
    # A labelled corpus (eval, learn), or a file settled for an hour: a last row without an end of line is whole.
    result = read_articles(b"title,text\nA,One.\nB,Two.", "csv", ReadOptions(unfinished=False))
    assert [a.title for a in result.articles] == ["A", "B"] and result.unfinished is None
    ended = read_articles(b"title,text\r\nA,One.\r\nB,Two.\r\n", "csv", ReadOptions())
    assert [a.title for a in ended.articles] == ["A", "B"] and ended.unfinished is None


@pytest.mark.parametrize(
    ("header", "rows"),
    [("id,text", (b"1,Rates rose.", b'2,"Rain at last', b"3,Farmers cheered.", b"4,Prices fell.")),
     ("title,text", (b"A,Rates rose.", b'B,"Rain at last', b"C,Farmers cheered.", b"D,Prices fell."))],
    ids=["id", "no-id"],
)
def test_a_quote_never_closed_is_one_bad_record_and_loses_no_row_below(header: str, rows: tuple[bytes, ...]) -> None:
    # csv reads every line after a field's opening quote as that field's text until the file ends: the
    # rows below a stray quote were lost without a word, inside one article's text; then in a bad record
    # (in a file without an id, still so); then, with an id, the row was read with its quote as text
    # ('"Rain at last'), the quote said nowhere.
    data = header.encode() + b"\n" + b"\n".join(rows) + b"\n"
    result = read_articles(data, "csv", ReadOptions(unfinished=False))
    assert [a.record for a in result.articles] == [1, 3, 4]
    assert all('"' not in a.text and "Rain" not in a.text for a in result.articles)
    [bad] = result.bad
    assert (bad.record, bad.reason) == (2, "malformed_record")
    assert bad.detail.startswith("a quote opens a field on line 3 that is never closed, and line 4 is the next row")
    first = read_articles(b'id,title,text\n1,"Weird Al,Text one.\n2,B,Two.\n', "csv", ReadOptions(unfinished=False))
    assert [a.text for a in first.articles] == ["B\n\nTwo."] and [b.record for b in first.bad] == [1]


def test_a_quote_never_closed_in_a_row_that_cannot_be_read_is_a_bad_record_and_the_rows_below_are_read() -> None:
    # Its first line alone has a column too many ("Rain, at last" unquoted): which comma is the text's, nothing says.
    data = b'id,text\n1,Rates rose.\n2,"Rain, at last\n3,Farmers cheered.\n4,Prices fell.\n'
    result = read_articles(data, "csv", ReadOptions(unfinished=False))
    assert [a.text for a in result.articles] == ["Rates rose.", "Farmers cheered.", "Prices fell."]
    [bad] = result.bad
    assert (bad.record, bad.reason) == (2, "malformed_record")
    assert bad.detail.startswith("a quote opens a field on line 3 that is never closed, and line 4 is the next row")


def test_a_quote_never_closed_in_a_file_just_written_is_judged_where_whole_rows_follow() -> None:
    # A file written by hand and run at once kept its rows below out, said to be still written, for an hour.
    data = b'title,text\nA,One.\nB,"Rates rose.\nC,Shares fell.\nD,Prices rose.\n'
    result = read_articles(data, "csv", ReadOptions())  # may still be written
    assert [a.title for a in result.articles] == ["A", "C", "D"] and result.unfinished is None
    assert [(b.record, b.reason) for b in result.bad] == [(2, "malformed_record")]
    # ... but one line below, or a line cut short, may be its writer's paragraphs: left for the next run
    for cut in (b'title,text\nA,One.\nB,"Rates rose.\nC,Shares fell.\n', b'title,text\nA,One.\nB,"Rates rose.\nC,Sha'):
        assert [a.title for a in read_articles(cut, "csv", ReadOptions()).articles] == ["A"]


def test_a_quote_never_closed_without_an_id_keeps_the_rows_below_though_one_has_a_column_too_many() -> None:
    # Every line below had to be a row of the header's width: a second, unrelated typo lost them all in the field.
    data = b'title,text\nA,One.\nB,"Rates rose.\nC,Shares fell.\nD,Prices, up.\nE,End.\n'
    result = read_articles(data, "csv", ReadOptions(unfinished=False))
    assert [a.title for a in result.articles] == ["A", "C", "E"]
    assert [(b.record, b.reason) for b in result.bad] == [(2, "malformed_record"), (4, "malformed_record")]


@pytest.mark.parametrize(
    "after",
    [b"\nShares fell.\n", b"Shares fell.\n",
     # a paragraph with one comma has a two-column row's width, the next does not: it was read as an article
     b"the town, was flooded.\nMore rain fell.\n"],
    ids=["blank-line", "one-column", "a-paragraph-with-a-comma"],
)
def test_a_quote_never_closed_without_an_id_over_lines_that_are_no_row_is_read_to_the_files_end(after: bytes) -> None:
    # A blank line, or a line of another width, is no next row: its row is a bad record that says so, as before.
    data = b'title,text\nA,One.\nB,"Rates rose.\n' + after
    result = read_articles(data, "csv", ReadOptions(unfinished=False))
    assert [a.title for a in result.articles] == ["A"] and "starts on line 3 is never closed" in result.bad[0].detail


def test_a_file_being_written_without_an_id_inside_a_quoted_field_is_not_judged() -> None:
    # Its writer may be in the field's paragraphs: the row is left for the next run, never a bad record.
    data = b'title,text\nA,One.\nB,"Rates rose, a lot.\nShares fell, too.\n'
    result = read_articles(data, "csv", ReadOptions())
    assert [a.title for a in result.articles] == ["A"] and not result.bad
    assert result.unfinished is not None and result.unfinished.startswith("row 2 is cut off")


def test_a_csv_file_that_may_be_written_ending_in_an_open_quoted_field_is_still_being_written() -> None:
    # A writer caught inside a quoted field just after an end of line in it: the row goes on, its text is
    # not what the file has so far.
    data = b'id,text\n1,Rates rose.\n2,"First paragraph.\n\n'
    result = read_articles(data, "csv", ReadOptions())
    assert [a.text for a in result.articles] == ["Rates rose."] and not result.bad
    assert result.unfinished is not None and result.unfinished.startswith("row 2 is cut off")


def test_quoted_fields_over_several_lines_and_quotes_inside_fields_are_read_as_before() -> None:
    data = b'id,text\n1,"Rates rose.\n\nShares fell."\n2,"He said ""no"" twice"\n3,A 6" pipe burst.\n'
    result = read_articles(data, "csv", ReadOptions(unfinished=False))
    assert [a.text for a in result.articles] == [
        "Rates rose.\n\nShares fell.", 'He said "no" twice', 'A 6" pipe burst.',
    ]
    assert not result.bad and result.unfinished is None


@pytest.mark.parametrize(
    "row_3",
    [b'3,Three,"The team won the match."', b'3,Three,The team won the match."'],
    ids=["closed-before-text", "next-row-inside"],
)
def test_a_stray_quote_closed_further_down_swallows_no_row_and_is_a_bad_record(row_3: bytes) -> None:
    # Row 1's quote ran to row 3's quote: article 1 held the raw lines of rows 2 and 3, which were
    # missing, and nothing was quarantined. Then row 1 was its own line, its quote a character of its text
    # ('"The storm hit the coast.'), said nowhere. It is a bad record, as a quote never closed is.
    data = b'id,title,text\n1,One,"The storm hit the coast.\n2,Two,The bank raised rates.\n' + row_3
    result = read_articles(data + b"\n4,Four,The end of the season.\n", "csv", ReadOptions())
    assert [(a.key, a.title) for a in result.articles] == [("id=2", "Two"), ("id=3", "Three"), ("id=4", "Four")]
    assert result.articles[0].text == "Two\n\nThe bank raised rates."
    [bad] = result.bad
    assert (bad.record, bad.reason) == (1, "malformed_record")
    assert bad.detail.startswith("a quote opens a field on line 2 ") and "the row is left out" in bad.detail
    # A first line that cannot be read alone (a column too many) is a bad record too.
    broken = read_articles(data.replace(b"The storm", b"The, storm") + b"\n", "csv", ReadOptions())
    assert [a.key for a in broken.articles] == ["id=2", "id=3"]
    [bad] = broken.bad
    assert (bad.record, bad.reason) == (1, "malformed_record")
    assert bad.detail.startswith("a quote opens a field on line 2 ")


def test_a_field_over_lines_with_a_quote_not_doubled_is_no_stray_quote_where_no_row_follows_its_first_line() -> None:
    # Its quote closes later with text after it, as a stray one's does, but the line after its first is no row:
    # it was a bad record, and its lines read alone made an article of 'He said "no' (its id) and its text.
    data = b'id,title,text\n1,One,"Line one.\n\nHe said "no, never" and left, angry."\n2,Two,End.\n'
    result = read_articles(data, "csv", ReadOptions())
    assert [a.key for a in result.articles] == ["id=2"]
    [bad] = result.bad  # as csv reads it, five columns: one bad record
    assert (bad.record, bad.reason, bad.detail) == (1, "malformed_record", "5 columns where the header has 3")
    # read to the header's columns by csv, it is an article
    data = b'id,title,text\n1,One,"Line one.\n\nHe said "no" and left."\n2,Two,End.\n'
    result = read_articles(data, "csv", ReadOptions())
    assert [a.key for a in result.articles] == ["id=1", "id=2"] and not result.bad
    assert result.articles[0].text.startswith("One\n\nLine one.\n\nHe said no")


def test_a_stray_quote_closed_further_down_is_found_where_the_ids_skip_numbers() -> None:
    data = (b'id,title,text\n10,One,"The storm hit the coast.\n20,Two,The bank raised rates.\n'
            b'30,Three,"The team won the match."\n40,Four,The end of the season.\n')
    result = read_articles(data, "csv", ReadOptions())
    assert [a.key for a in result.articles] == ["id=20", "id=30", "id=40"]
    [bad] = result.bad
    assert (bad.record, bad.reason) == (1, "malformed_record") and bad.detail.startswith("a quote opens a field on")


def test_a_quoted_text_of_paragraphs_whose_lines_look_like_rows_is_still_one_field() -> None:
    # Its lines read alone have the header's three columns, but none is row 2 (the id after row 1's) and its
    # closing quote ends its field: an article's paragraphs, not rows lost in it, nor a stray quote.
    text = "Result:\n3, 1, after extra time.\n\nFans sang, danced, cheered."
    data = f'id,title,text\n1,Cup final,"{text}"\n2,Rain,At last.\n'.encode()
    result = read_articles(data, "csv", ReadOptions())
    assert [a.text for a in result.articles] == [f"Cup final\n\n{text}", "Rain\n\nAt last."]
    assert result.bad == []


@pytest.mark.parametrize(
    ("data", "texts"),
    [
        (b'id,text\n1,"Results:\n3, three goals\n\nA draw, then a win."\n2,Rain.\n',
         ["Results:\n3, three goals\n\nA draw, then a win.", "Rain."]),
        (b'title,text\nA,"Scores:\n2,1 to the home side."\nB,Rain.\n',
         ["A\n\nScores:\n2,1 to the home side.", "B\n\nRain."]),
        (b'id,title,text\n1,"Rain,\nat last",Farmers cheered.\n', ["Rain,\nat last\n\nFarmers cheered."]),
    ],
    ids=["another-number", "no-id", "title-over-two-lines"],
)
def test_quoted_fields_over_lines_that_look_like_rows_are_still_read_whole(data: bytes, texts: list[str]) -> None:
    result = read_articles(data, "csv", ReadOptions())
    assert [a.text for a in result.articles] == texts and not result.bad


def test_a_repeated_or_empty_column_name_loses_no_value_and_an_empty_unnamed_column_adds_nothing() -> None:
    # A repeated name kept its last column's value, an empty one likewise: {"tag": "schools", "": "y"};
    # a header's trailing delimiter added {"": ""} to every article.
    data = b"title,text,tag,tag,,\nDup meta,The storm hit the coast.,weather,schools,x,y\n"
    [article] = read_articles(data, "csv", ReadOptions()).articles
    assert article.metadata == {"tag": "weather", "tag_2": "schools", "column_5": "x", "column_6": "y"}
    trailing = read_articles(b"title;text;date;\nA;The storm hit the coast.;2024-03-05;\n", "csv", ReadOptions())
    assert [a.metadata for a in trailing.articles] == [{}] and not trailing.bad


@pytest.mark.parametrize(
    "data",
    [b"\n\n\ntitle,text\nLead blank,The mayor spoke about housing.\n",
     b"\r\n  \r\n\t\r\ntitle\ttext\r\nLead blank\tThe mayor spoke about housing.\r\n",
     b"\nsep=;\n\ntitle;text\nLead blank;The mayor spoke about housing.\n"],
    ids=["lf", "crlf-spaces-tab", "excel-sep"],
)
def test_blank_lines_before_the_header_are_skipped(data: bytes) -> None:
    # The file was refused whole: "not CSV: the first row is not a header of two or more columns".
    result = read_articles(data, "csv", ReadOptions())
    assert [(a.record, a.title) for a in result.articles] == [(1, "Lead blank")] and not result.bad


def test_a_line_a_bad_record_names_counts_the_blank_lines_before_the_header() -> None:
    data = b'\n\nid,text\n1,Rates rose.\n2,"Rain, at last\n3,Farmers cheered.\n'
    [bad] = read_articles(data, "csv", ReadOptions(unfinished=False)).bad
    assert "opens a field on line 5 that is never closed, and line 6 is the next row" in bad.detail


def test_a_spreadsheets_empty_rows_are_no_records() -> None:
    # An Excel export's trailing ";;;" rows were each a `no_text` quarantine row.
    data = b"title;text;date\r\nBudget;The council approved the budget.;2024-03-05\r\n;;\r\n ; ;\r\n;;\r\n"
    result = read_articles(data, "csv", ReadOptions())
    assert [a.title for a in result.articles] == ["Budget"] and result.bad == []
    # A row with a value but no text is still a record without text.
    [bad] = read_articles(data + b"Untitled;;2024-03-06\r\n", "csv", ReadOptions()).bad
    assert bad.reason == "no_text"


@pytest.mark.parametrize(
    "data",
    [b"title\ttext\ttag\r\nBudget\tThe council approved the budget.\t\r\n",
     b"\xff\xfe" + "title\ttext\ttag\r\nBudget\tThe council approved the budget.\t\r\n".encode("utf-16-le")],
    ids=["tab-utf8", "excel-unicode-text"],
)
def test_a_tab_delimited_row_whose_last_cells_are_empty_keeps_its_columns(data: bytes) -> None:
    # Excel's "Unicode text" export (UTF-16, tab-delimited) ends a row whose last cell is empty with a tab:
    # decoding dropped a line's trailing tabs as trailing spaces, and the row was a malformed_record,
    # "2 columns where the header has 3".
    result = read_articles(data, "csv", ReadOptions())
    assert [(a.title, a.metadata) for a in result.articles] == [("Budget", {"tag": ""})] and result.bad == []
    # In a file of another delimiter, trailing spaces and tabs are no cells, and no part of a header's name.
    other = read_articles(b"title,text\t \nBudget,The council approved the budget. \t\n", "csv", ReadOptions())
    assert (other.mapping, [a.title for a in other.articles]) == ({"title": "title", "text": "text"}, ["Budget"])


def test_a_spreadsheets_body_text_column_is_the_text() -> None:
    # "Body Text" (or schema.org's articleBody) was no common name: the file was quarantined no_text_field.
    for name in ("Body Text", "articleBody"):
        data = f"Headline;{name};Pub Date\nBudget;The council approved the budget.;2024-03-05\n".encode()
        [article] = read_articles(data, "csv", ReadOptions()).articles
        assert (article.title, article.published_at) == ("Budget", datetime(2024, 3, 5, tzinfo=UTC))


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"], ids=["plain", "bom"])
def test_a_header_repeated_by_joined_exports_is_no_article(bom: bytes) -> None:
    # `cat january.csv february.csv > all.csv` repeats the header (with each file's BOM): it was an article
    # titled "title" whose text was "text", its date unparsed.
    header = bom + b"title,text,date\r\n"
    data = header + b"A,Alpha text here.,2024-03-01\r\n" + header + b"B,Beta text here.,2024-03-02\r\n"
    result = read_articles(data, "csv", ReadOptions())
    assert [(a.record, a.title) for a in result.articles] == [(1, "A"), (3, "B")] and result.bad == []


@pytest.mark.parametrize(("row", "title", "text"), [
    (b'1,TV,"A 5" screen, big and bright"', "TV", 'A 5" screen, big and bright'),  # was a column too many
    (b'1,TV,"He said "hi" to me"', "TV", 'He said "hi" to me'),  # was He said hi" to me"
    (b'1,"Best" phones of 2024,Ten phones.', '"Best" phones of 2024', "Ten phones."),  # was Best phones
    (b'1,TV,"5" screens compared', "TV", '"5" screens compared'),  # was 5 screens
    (b'1,O"Neil wins,A 5" screen', 'O"Neil wins', 'A 5" screen'),  # inside an unquoted field: as before
])
def test_quotes_no_writer_doubled_are_characters_of_their_field(row: bytes, title: str, text: str) -> None:
    result = read_articles(b"id,title,text\n" + row + b"\n2,B,Two.\n", "csv", ReadOptions())
    assert [(a.title, a.text) for a in result.articles] == [(title, f"{title}\n\n{text}"), ("B", "B\n\nTwo.")]
    assert result.bad == []


def test_a_row_whose_quotes_read_no_way_to_the_headers_columns_is_still_a_bad_record() -> None:
    result = read_articles(b'id,title,text\n1,"5" screen, big,Text\n2,B,Two.\n', "csv", ReadOptions())
    assert [a.title for a in result.articles] == ["B"]
    assert [(b.record, b.detail) for b in result.bad] == [(1, "4 columns where the header has 3")]


@pytest.mark.parametrize(("row", "text"), [
    # a quote no writer doubled, closed before a delimiter inside the field: the field ends at the quote before the
    # delimiter that gives the header's columns (it was a column too many, a malformed_record)
    (b'Minister resigns,"He said "no", then left the room.",2024-05-01', 'He said "no", then left the room.'),
    (b'Minister resigns,"Asked "why", "when", he left.",2024-05-01', 'Asked "why", "when", he left.'),
])
def test_a_quote_closed_before_a_delimiter_inside_a_field_without_an_id(row: bytes, text: str) -> None:
    data = b"title,text,date\n" + row + b"\nStrike called off,Unions called off the strike.,2024-05-02\n"
    result = read_articles(data, "csv", ReadOptions())
    assert [(a.title, a.text, a.published_at.date().isoformat()) for a in result.articles] == [
        ("Minister resigns", f"Minister resigns\n\n{text}", "2024-05-01"),
        ("Strike called off", "Strike called off\n\nUnions called off the strike.", "2024-05-02")]
    assert result.bad == []


EXCEL = Path(__file__).parents[2] / "data" / "formats" / "exports" / "excel-semicolon.csv"


def test_a_european_excel_export_gives_its_rows_fields() -> None:
    result = read_articles(EXCEL.read_bytes(), "csv", ReadOptions())
    assert not result.bad
    assert [(a.key, a.title, a.authors) for a in result.articles] == [
        ("id=101", "Le conseil approuve le tramway", ("Jane Smith", "John Doe")),
        ("id=102", 'Inondations dans le "Nord"', ("John Doe",)),
        ("id=103", "La banque maintient ses taux", ("Reuters",)),
    ]
    first = result.articles[0]
    assert first.text.split("\n\n")[1:] == [
        "Le conseil a voté mardi pour la nouvelle ligne.", "Les travaux commenceront en 2026; le coût est de 450 M€."]
    assert first.metadata["section"] == "Transport"  # the empty trailing columns add nothing
    assert set(first.metadata) == {"section", "date_order"}


def test_a_semicolon_files_dates_are_day_first_where_they_do_not_show_their_order() -> None:
    # Excel writes `;` where the locale writes dates day first: 05/03/2025 was read as 3 May, month first
    dates = [a.published_at for a in read_articles(EXCEL.read_bytes(), "csv", ReadOptions()).articles]
    assert dates == [datetime(2025, 3, 5, 14, 20, tzinfo=UTC), datetime(2025, 3, 3, tzinfo=UTC),
                     datetime(2025, 3, 7, 9, 5, tzinfo=UTC)]


def test_a_comma_files_ambiguous_dates_stay_month_first_and_noted() -> None:
    data = b"title,text,date\nRates,The bank held rates.,05/03/2025\n"
    [article] = read_articles(data, "csv", ReadOptions()).articles
    assert article.published_at == datetime(2025, 5, 3, tzinfo=UTC)
    assert article.metadata["date_ambiguous"] == "05/03/2025"


def test_a_semicolon_files_dates_that_show_month_first_stay_so() -> None:
    data = b"title;text;date\nRates;The bank held rates.;05/03/2025\nJobs;Jobs rose.;05/13/2025\n"
    dates = [a.published_at for a in read_articles(data, "csv", ReadOptions()).articles]
    assert dates == [datetime(2025, 5, 3, tzinfo=UTC), datetime(2025, 5, 13, tzinfo=UTC)]


@pytest.mark.parametrize("data", [
    b"title,text,published\n",
    b"\xef\xbb\xbfsep=;\r\ntitle;text;date\r\n\r\n;;\r\n",  # Excel's export of a sheet with no row but an empty one
    b"title,text\ntitle,text\n",  # exports joined with `cat`, each of no row
], ids=["header", "excel", "headers"])
def test_a_file_of_its_header_alone_is_one_quarantine_row_saying_so(data: bytes) -> None:
    # An export of no row counted as a new file with no article and nothing said: a user looked for their rows.
    with pytest.raises(FormatError) as raised:
        read_articles(data, "csv", ReadOptions(unfinished=False))
    assert raised.value.reason == "empty"
    assert "header" in raised.value.detail and "no row" in raised.value.detail


def test_a_file_of_its_header_alone_while_written_is_read_again_not_quarantined() -> None:
    # A writer that has put its header down and not yet a row: the next run reads the file again.
    result = read_articles(b"title,text\n", "csv", ReadOptions(unfinished=True))
    assert result.articles == [] and result.unfinished is not None and "no row" in result.unfinished


def test_a_file_of_one_article_line_and_no_header_is_quarantined_in_one_short_line() -> None:
    # Its one line is read as the header: the detail named every "column", a whole article's text, in one line
    # of a thousand characters and more; each is clipped, and the detail says where the header goes.
    body = "The city council approved a budget of £4.2m on Tuesday after a long debate about bus routes. " * 10
    data = f'"Council approves 2025 budget","{body}",2025-03-04\n'.encode()
    with pytest.raises(FormatError) as raised:
        read_articles(data, "csv", ReadOptions(unfinished=False))
    assert raised.value.reason == "empty"
    detail = raised.value.detail
    assert len(detail) < 300 and "Council approves 2025 budget" in detail and body not in detail
    assert "title,text" in detail


def test_a_file_without_a_text_field_counts_its_malformed_rows_too() -> None:
    # Quarantined for its columns alone, the file's broken rows were news only once a text column was mapped.
    data = (b'headline,section\n"Rates held","business"\n"Broken, "row" here",x,y\n'
            b'"Oil jumps","markets"\n"Gold",a,b,c\n')
    with pytest.raises(FormatError) as raised:
        read_articles(data, "csv", ReadOptions(unfinished=False))
    assert raised.value.reason == "no_text_field"
    detail = raised.value.detail
    assert "headline, section" in detail and "--field text=" in detail
    assert "2 rows are malformed (row 2: " in detail


def test_a_header_alone_with_a_long_column_name_is_not_taken_for_an_article() -> None:
    with pytest.raises(FormatError) as raised:
        read_articles(b"title,Body text of the article as exported from the newsroom CMS v2\n", "csv",
                      ReadOptions(unfinished=False))
    assert raised.value.reason == "empty"
    assert "goes above it" not in raised.value.detail and "Body text of the article" in raised.value.detail


def test_a_tsv_file_is_read_at_its_tabs_whatever_its_header_holds() -> None:
    # A .tsv export was quarantined unsupported_format; read as a .csv is, a header of one column split its rows'
    # prose at their commas, and a header's comma in a column's name made commas the delimiter
    one_column = b"text\nRain fell, and the river rose, flooding the town.\nPrices rose 3%, the ONS said.\n"
    read = read_articles(one_column, format_of("exports/stories.tsv") or "", ReadOptions())
    assert [a.text for a in read.articles] == [
        "Rain fell, and the river rose, flooding the town.", "Prices rose 3%, the ONS said."]
    assert read.bad == []
    named = b"headline, short\tbody\nStorm Eowyn, day two\tWinds of 100mph hit Scotland, closing schools.\n"
    [article] = read_articles(named, format_of("a/b.TSV.gz") or "", ReadOptions({"title": "headline, short"})).articles
    assert (article.title, article.text.split("\n")[-1]) == (
        "Storm Eowyn, day two", "Winds of 100mph hit Scotland, closing schools.")
