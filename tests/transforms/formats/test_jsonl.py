"""JSON Lines: one article per line, auto-detected or mapped fields, bad lines as bad records."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from transforms.article_rows import metadata_json
from transforms.formats import FormatError, ReadOptions, read_articles

WIRE = Path(__file__).parents[2] / "data" / "formats" / "mixed" / "wire.jsonl"


def test_common_field_names_are_recognised_and_the_rest_is_metadata() -> None:
    result = read_articles(WIRE.read_bytes(), "jsonl", ReadOptions())
    first = result.articles[0]
    assert result.mapping == {
        "id": "id", "title": "headline", "text": "body", "published_at": "pubDate", "url": "link", "authors": "byline",
    }
    assert (first.record, first.key, first.title) == (1, "id=w-1", "Troops pulled back from the border")
    assert first.text.startswith("Troops pulled back from the border\n\nSoldiers and troops withdrew")
    assert first.published_at == datetime(2022, 9, 23, 8, 15, tzinfo=UTC)
    assert first.authors == ("Ann Lee",)
    assert first.metadata == {"section": "world"}


def test_malformed_line_and_record_without_text_are_bad_records_the_others_articles() -> None:
    result = read_articles(WIRE.read_bytes(), "jsonl", ReadOptions())
    assert [a.record for a in result.articles] == [1, 2]
    assert [(b.record, b.reason) for b in result.bad] == [(3, "malformed_record"), (4, "no_text")]


def test_mappings_choose_the_fields() -> None:
    line = {"story": "Trade talks resume.", "hed": "Talks", "when": "2022-09-23", "kind": "wire"}
    options = ReadOptions({"text": "story", "title": "hed", "published_at": "when"})
    article = read_articles(json.dumps(line).encode(), "jsonl", options).articles[0]
    assert (article.title, article.published_at) == ("Talks", datetime(2022, 9, 23, tzinfo=UTC))
    assert article.metadata == {"kind": "wire"}


def test_record_version_changes_with_the_record_only() -> None:
    a = b'{"id": 1, "text": "One."}\n{"id": 2, "text": "Two."}\n'
    b = b'{"text": "One.", "id": 1}\n{"id": 2, "text": "Two, changed."}\n{"id": 3, "text": "Three."}\n'
    first, second = (read_articles(x, "jsonl", ReadOptions()).articles for x in (a, b))
    assert first[0].version == second[0].version  # same fields, other order
    assert first[1].version != second[1].version
    assert [x.key for x in second] == ["id=1", "id=2", "id=3"]


def test_a_file_that_is_not_json_lines_is_rejected_whole() -> None:
    with pytest.raises(FormatError) as raised:
        read_articles(b"title,text\nA,B\n", "jsonl", ReadOptions())
    assert raised.value.reason == "not_records"


def test_no_text_field_is_rejected_whole_with_the_fix() -> None:
    with pytest.raises(FormatError) as raised:
        read_articles(b'{"a": 1, "b": 2}\n', "jsonl", ReadOptions())
    assert raised.value.reason == "no_text_field" and "--field text=" in raised.value.detail


def test_duplicate_ids_keep_the_first() -> None:
    result = read_articles(b'{"id": 1, "text": "One."}\n{"id": 1, "text": "Again."}\n', "jsonl", ReadOptions())
    assert [a.text for a in result.articles] == ["One."]
    assert [(b.record, b.reason) for b in result.bad] == [(2, "duplicate_key")]


@pytest.mark.parametrize(
    ("line", "detail"),
    [
        ('{"id": "t2", "text": "The minister said the', "not JSON: Unterminated string starting at column 22"),
        ('{"id": 1,', "not JSON: Expecting property name enclosed in double quotes at column 10"),
    ],
)
def test_malformed_record_detail_names_the_column_once(line: str, detail: str) -> None:
    data = f'{{"id": "t1", "text": "ok"}}\n{line}\n'.encode()
    [bad] = read_articles(data, "jsonl", ReadOptions()).bad
    assert bad.detail == detail


def test_a_record_whose_text_is_a_number_or_a_boolean_is_no_text() -> None:
    # They were ingested as articles whose text was "42" or "True".
    result = read_articles(b'{"text": 42}\n{"text": true}\n{"text": "A real story."}\n', "jsonl", ReadOptions())
    assert [a.text for a in result.articles] == ["A real story."]
    assert [(b.record, b.reason, b.detail) for b in result.bad] == [
        (1, "no_text", "field 'text' holds 42, not text"), (2, "no_text", "field 'text' holds true, not text")
    ]


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Jane Doe and Tom Roe", ("Jane Doe", "Tom Roe")),
        ("Jane Doe, Political Editor", ("Jane Doe",)),
        ("Staff Writer", ()),
        ("A. Writer and Jane Editor", ("A. Writer", "Jane Editor")),
        ("Ann Lee, Europe Editor", ("Ann Lee",)),
        ("Laura Kuenssberg, BBC political editor", ("Laura Kuenssberg",)),
        ("Smith, Jane", ("Jane Smith",)),
        ("Jane Doe, Tom Roe", ("Jane Doe", "Tom Roe")),
        ("Reuters, AFP", ("Reuters", "AFP")),
        # A degree or honour after a comma is no second author; a generation stays with its name.
        ("Dr. Jane Doe, PhD", ("Dr. Jane Doe",)),
        ("Tom Roe, M.D., and Ann Lee, OBE", ("Tom Roe", "Ann Lee")),
        ("Martin Luther King, Jr.", ("Martin Luther King Jr.",)),
        # An address with its owner's name is the name, as a feed's <author> is read.
        ("jane@example.com (Jane Doe)", ("Jane Doe",)),
        ("Jane Doe <jane@example.com>, Tom Roe <tom@example.org>", ("Jane Doe", "Tom Roe")),
        (["Ann Lee", "Economics Correspondent"], ("Ann Lee",)),
        # A dateline is no author; a person's name that is also a place's stays a name.
        ("By Jane Doe and Tom Roe, London", ("Jane Doe", "Tom Roe")),
        ("Reuters in Kyiv", ("Reuters",)),
        ("Jane Doe, in London", ("Jane Doe",)),
        ("JANE DOE, LONDON", ("JANE DOE",)),
        ("JANE DOE, JAMMU AND KASHMIR", ("JANE DOE",)),
        ("JANE DOE, KWAZULU-NATAL", ("JANE DOE",)),
        ("Smith, Mary", ("Mary Smith",)),  # Mary, a city of Brazil, is a given name here
        ("Jane Doe and Victoria", ("Jane Doe", "Victoria")),  # a dateline follows a comma
        ("By Jordan Smith, Victoria Lee", ("Jordan Smith", "Victoria Lee")),
        ("Sydney", ("Sydney",)),
        (["Jane Doe", "Tom Roe", "London"], ("Jane Doe", "Tom Roe")),  # a list's last item too
        (["Jordan"], ("Jordan",)),
        (["Jane Doe and Victoria"], ("Jane Doe", "Victoria")),  # one item: the "and" rule, as in a string
        # A part whose last word is a role noun, after words that name a beat, is a role.
        ("Sam Brown, Weather Correspondent", ("Sam Brown",)),
        ("Ann Lee, Home Affairs Editor", ("Ann Lee",)),
        ("Ann Lee, Transport Correspondent", ("Ann Lee",)),
        ("Ann Lee, Royal Correspondent", ("Ann Lee",)),
        ("Ann Lee, Travel Editor", ("Ann Lee",)),
        ("Ann Lee, Foreign Affairs Editor", ("Ann Lee",)),
        ("By Ann Lee, Guest Writer", ("Ann Lee",)),
        ("Ann Lee, Film Critic", ("Ann Lee",)),
        ("Ann Lee, Chief Music Critic", ("Ann Lee",)),
        (["Ann Lee", "Motoring Columnist"], ("Ann Lee",)),
        # A role with "and" in it is one role, not a beat's name as an author.
        ("By Jane Doe, Science and Technology Editor", ("Jane Doe",)),
        ("Jane Doe, Arts & Culture Editor", ("Jane Doe",)),
        ("Jane Doe & Science Editor", ("Jane Doe",)),
        ("Jane Doe, Politics and Policy Reporter", ("Jane Doe",)),
        ("AP and AFP Staff", ("AP", "AFP")),  # agencies' names are no beat: "AFP Staff" is AFP's byline
        ("BBC News and Sport Team", ("BBC News",)),
        # Many unnamed people are no author: agencies, wires; an outlet's staff is the outlet.
        ("Anna Smith and agencies", ("Anna Smith",)),
        ("Guardian staff and agencies", ("Guardian",)),  # an outlet's staff: the outlet's byline
        ("Jane Doe, with wires", ("Jane Doe",)),
        # A given name and a role noun is a person: the surname stays ("Jane Writer", "Tom Critic").
        ("Jane Writer, Film Critic", ("Jane Writer",)),
        ("Tom Critic and Ann Lee", ("Tom Critic", "Ann Lee")),
        # A byline's date is no author (a page's "By Jane Doe | March 5, 2024": "Jane Doe; March 5").
        ("By Jane Doe, March 5, 2024", ("Jane Doe",)),
        ("Jane Doe; March 5", ("Jane Doe",)),
        ("Jane Doe | Updated 5 March 2024 10:00 AM GMT", ("Jane Doe",)),
        ("Jane Doe, 2024-03-05", ("Jane Doe",)),
        ("Agent 47 and Jane Doe", ("Agent 47", "Jane Doe")),
        # ... nor is its weekday, and a date does not keep a dateline or a name surname first from being one.
        ("Jane Doe | Sun, 05 May 2024 10:00:00 GMT", ("Jane Doe",)),
        ("By Jane Doe, Tuesday, March 5, 2024", ("Jane Doe",)),
        ("Jane Doe, London, March 5, 2024", ("Jane Doe",)),
        (["Jane Doe", "London", "March 5"], ("Jane Doe",)),
        ("Doe, Jane | March 5, 2024", ("Jane Doe",)),
        ("Jane Doe; Sunday", ("Jane Doe", "Sunday")),
        # A full stop before the byline's date ends its names ("Tom Hughes. Updated 5 March 2025" was one).
        ("By Tom Hughes. Updated 5 March 2025, 14:20", ("Tom Hughes",)),
        ("Tom Hughes. Sun, 5 May 2024", ("Tom Hughes",)),
        ("J. R. Hughes. Posted 5 March 2025", ("J. R. Hughes",)),
        ("Dr. Jane Doe. 2024-03-05", ("Dr. Jane Doe",)),
        ("Sun Yang, March 5", ("Sun Yang",)),
        # People written surname first, parted by ";", "|", "and" or "&": each one person.
        ("Doe, Jane; Roe, John", ("Jane Doe", "John Roe")),
        ("Doe, Jane | Roe, John", ("Jane Doe", "John Roe")),
        ("Doe, Jane and Roe, John", ("Jane Doe", "John Roe")),
    ],
)
def test_a_byline_gives_the_people_who_wrote_the_article(byline: object, authors: tuple[str, ...]) -> None:
    body = "Rain fell on the city all day long and into the night."
    line = json.dumps({"title": "Rain", "body": body, "byline": byline})
    assert read_articles(line.encode(), "jsonl", ReadOptions()).articles[0].authors == authors


BODY_LINES = [
    {"id": n, "title": f"T{n}", "body": f"The council met on day {n} and approved the new budget."} for n in range(3)
]


def test_a_line_with_another_text_name_does_not_lose_the_records_before_it() -> None:
    # Appending a line that names its text "text" made the file's text field "text", and the three
    # records that name it "body" were each quarantined no_text.
    before = "".join(json.dumps(line) + "\n" for line in BODY_LINES).encode()
    appended = before + b'{"id": 9, "title": "New", "text": "Farmers in the north said the harvest was late."}\n'
    first, second = (read_articles(data, "jsonl", ReadOptions()) for data in (before, appended))
    assert second.bad == []
    assert [a.key for a in second.articles] == ["id=0", "id=1", "id=2", "id=9"]
    assert [(a.text, a.version) for a in second.articles[:3]] == [(a.text, a.version) for a in first.articles]
    assert second.articles[3].text == "New\n\nFarmers in the north said the harvest was late."


def test_each_record_falls_back_through_the_common_names_for_every_field() -> None:
    lines = [
        {"guid": "a", "headline": "Rates up", "content": "The bank raised rates.", "pubDate": "2024-03-01"},
        {"id": "b", "title": "Rates down", "text": "The bank cut rates.", "date": "2024-03-02", "link": "http://x/b"},
    ]
    result = read_articles("".join(json.dumps(x) + "\n" for x in lines).encode(), "jsonl", ReadOptions())
    # ... but the id: a record keeps the key it had, its number here, with "guid" in metadata (an id
    # that fell back would give an article already in a lake a new identity when its file changes)
    assert [(a.key, a.title, a.published_at) for a in result.articles] == [
        ("record=1", "Rates up", datetime(2024, 3, 1, tzinfo=UTC)),
        ("id=b", "Rates down", datetime(2024, 3, 2, tzinfo=UTC)),
    ]
    assert [a.metadata for a in result.articles] == [{"guid": "a"}, {}]


def test_a_field_a_record_holds_as_null_does_not_fall_back() -> None:
    lines = [{"title": "T", "content": "The bank raised rates by a quarter point.", "summary": "Teaser."},
             {"title": "U", "content": None, "article": "Follow our live coverage."}]
    result = read_articles("".join(json.dumps(x) + "\n" for x in lines).encode(), "jsonl", ReadOptions())
    assert [a.title for a in result.articles] == ["T"]
    assert [(b.record, b.reason) for b in result.bad] == [(2, "no_text")]


@pytest.mark.parametrize("content", [None, "", "  "], ids=["null", "empty", "blank"])
def test_a_newsapi_article_without_content_is_its_description_noted_so(content: str | None) -> None:
    # NewsAPI's free tier writes `"content": null` beside the description: each such article was no_text.
    response = {"status": "ok", "totalResults": 2, "articles": [
        {"source": {"id": None, "name": "Ledger"}, "title": "Rates up", "publishedAt": "2024-03-01T09:00:00Z",
         "description": "The bank raised rates by a quarter point.",
         "content": "The bank raised rates … [+2345 chars]"},
        {"source": {"id": None, "name": "Ledger"}, "title": "Fares frozen", "publishedAt": "2024-03-02T09:00:00Z",
         "description": "Rail fares will not rise this year, the minister said.", "content": content},
    ]}
    result = read_articles(json.dumps(response).encode(), "json", ReadOptions())
    assert result.bad == []
    cut, described = result.articles
    assert described.text == "Fares frozen\n\nRail fares will not rise this year, the minister said."
    assert described.metadata["text_from"] == "description"
    assert "description" not in described.metadata
    assert "text_from" not in cut.metadata and cut.metadata["description"].startswith("The bank")


def test_a_newsapi_article_removed_by_the_api_is_no_text_not_an_article() -> None:
    # NewsAPI keeps a removed article's place in its results, every field "[Removed]" and its date 1970:
    # it was an article titled and reading "[Removed]", of the site "[Removed]".
    removed = {"source": {"id": None, "name": "[Removed]"}, "author": None, "title": "[Removed]",
               "description": "[Removed]", "url": "https://removed.com", "urlToImage": None,
               "publishedAt": "1970-01-01T00:00:00Z", "content": "[Removed]"}
    kept = {"source": {"id": None, "name": "Ledger"}, "title": "Rates up", "publishedAt": "2024-03-01T09:00:00Z",
            "content": "The bank raised rates by a quarter point."}
    result = read_articles(json.dumps({"status": "ok", "articles": [kept, removed]}).encode(), "json", ReadOptions())
    assert [a.title for a in result.articles] == ["Rates up"]
    assert [(b.record, b.reason, b.detail) for b in result.bad] == [
        (2, "no_text", "no text in field 'content' (\"[Removed]\": the API removed the article)")
    ]


def test_a_mapped_text_field_without_text_does_not_become_the_description() -> None:
    line = {"title": "U", "content": None, "description": "Follow our live coverage."}
    result = read_articles((json.dumps(line) + "\n").encode(), "jsonl", ReadOptions({"text": "content"}))
    assert (result.articles, [b.reason for b in result.bad]) == ([], ["no_text"])


def test_a_mapped_field_holds_for_every_record_without_falling_back() -> None:
    before = "".join(json.dumps(line) + "\n" for line in BODY_LINES).encode()
    appended = before + b'{"id": 9, "title": "New", "text": "Farmers in the north said the harvest was late."}\n'
    result = read_articles(appended, "jsonl", ReadOptions({"text": "text"}))
    assert [a.key for a in result.articles] == ["id=9"]
    assert [(b.record, b.reason, b.detail) for b in result.bad] == [
        (n, "no_text", "no text in field 'text'") for n in (1, 2, 3)
    ]


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_a_lone_surrogate_escape_is_a_replacement_character_not_a_failed_run(fmt: str) -> None:
    # An emoji cut in half by a tool that truncates at a length ("\ud83d" alone): json.loads keeps the
    # lone surrogate, the record's hash could not encode it, and every run of the folder failed.
    line = b'{"id": 1, "title": "Cut \\udc00", "text": "The bank raised rates \\ud83d", "tags": ["\\ud83d"]}'
    result = read_articles(line if fmt == "jsonl" else b"[" + line + b"]", fmt, ReadOptions())
    [article] = result.articles
    assert (article.title, article.text) == ("Cut \ufffd", "Cut \ufffd\n\nThe bank raised rates \ufffd")
    assert article.metadata == {"tags": ["\ufffd"]} and article.version


STORIES = [
    {"id": "s1", "title": "Rates up", "text": "The bank raised rates.", "date": "2024-03-01"},
    {"id": "s2", "title": "Rain at last", "text": "Farmers welcomed the rain.", "date": "2024-03-02"},
]


@pytest.mark.parametrize(
    ("data", "records"),
    [
        # An array, pretty-printed (json.dump(..., indent=2), no end of line) or on one line: its places.
        (json.dumps(STORIES, indent=2).encode(), [1, 2]),
        (json.dumps(STORIES).encode() + b"\n", [1, 2]),
        # An API response holding the array, pretty-printed.
        (json.dumps({"status": "ok", "articles": STORIES}, indent=2).encode(), [1, 2]),
        # Objects written one after another, pretty-printed (jq's output): the lines they start on.
        (b"\n".join(json.dumps(s, indent=2).encode() for s in STORIES) + b"\n", [1, 7]),
    ],
)
def test_pretty_printed_json_in_a_jsonl_file_is_read_as_json(data: bytes, records: list[int]) -> None:
    # Every line was a malformed record, and the file was quarantined whole (not_records).
    result = read_articles(data, "jsonl", ReadOptions())
    assert [(a.record, a.key, a.title) for a in result.articles] == [
        (records[0], "id=s1", "Rates up"), (records[1], "id=s2", "Rain at last"),
    ]
    assert result.bad == [] and result.articles[0].published_at == datetime(2024, 3, 1, tzinfo=UTC)
    # The same records as the file written as JSON Lines: keys and versions, so nothing is written again.
    lines = read_articles(b"".join(json.dumps(s).encode() + b"\n" for s in STORIES), "jsonl", ReadOptions())
    assert [(a.key, a.version) for a in result.articles] == [(a.key, a.version) for a in lines.articles]


def test_one_pretty_printed_article_in_a_jsonl_file_is_an_article() -> None:
    [article] = read_articles(json.dumps(STORIES[0], indent=4).encode(), "jsonl", ReadOptions()).articles
    assert (article.record, article.key, article.title) == (1, "id=s1", "Rates up")


def test_a_pretty_printed_file_that_is_not_json_says_where() -> None:
    data = b'[\n  {"id": "s1", "text": "One."},\n  {"id": "s2" "text": "Two."}\n]\n'
    with pytest.raises(FormatError) as raised:
        read_articles(data, "jsonl", ReadOptions())
    assert raised.value.reason == "not_records"
    assert raised.value.detail.endswith(", nor is the file JSON (Expecting ',' delimiter at line 3, column 15)")


def test_json_lines_with_a_bad_line_stay_json_lines() -> None:
    # A file of lines and one that is not JSON is no pretty-printed JSON: the others are still read, by line.
    data = b'{"id": "s1", "text": "One."}\n{"id": "s2", "text": \n{"id": "s3", "text": "Three."}\n'
    result = read_articles(data, "jsonl", ReadOptions())
    assert [a.record for a in result.articles] == [1, 3] and [b.record for b in result.bad] == [2]


@pytest.mark.parametrize(
    "data",
    [
        b'{"id": "s1", "text": "One."}\n{"id": "s2", "text": "The minister sa',  # cut in a string
        b'{"id": "s1", "text": "One."}\n{"id": "s2", ',  # between two fields
        b'{"id": "s1", "text": "One."}\n{"id": "s2"',
        json.dumps(STORIES, indent=2).encode()[:-40],  # a pretty-printed export, half written
    ],
)
def test_a_file_that_ends_in_a_record_cut_off_is_still_being_written(data: bytes) -> None:
    # The cut record was quarantined, and the records after it (not yet written again) counted deleted.
    # Its whole records are read (JSON Lines: the lines before it; of a pretty-printed array, those before the cut).
    result = read_articles(data, "jsonl", ReadOptions())
    assert [a.key for a in result.articles] == ["id=s1"]
    assert result.bad == []
    assert result.unfinished is not None and "cut off (no end of line, not JSON: " in result.unfinished
    assert result.unfinished.endswith("): still being written")


def test_a_bad_line_before_a_record_cut_off_is_a_bad_record() -> None:
    data = b'{"id": "s1", "text": "One."}\nnot json\n{"id": "s3", "text": "Three."}\n{"id": "s4", "te'
    result = read_articles(data, "jsonl", ReadOptions())
    assert [a.key for a in result.articles] == ["id=s1", "id=s3"]
    assert [(b.record, b.reason) for b in result.bad] == [(2, "malformed_record")]
    assert result.unfinished is not None and result.unfinished.startswith("line 4 is cut off")


@pytest.mark.parametrize(
    "data",
    [
        b'{"id": "s1", "text": "One."}\n{"id": "s2", "text": "cut, and ended\n',  # an end of line: a bad line
        b'{"id": "s1", "text": "One."}\n]',  # not JSON, but no record cut off
        b'{"id": "s1", "text": "One."}\n{"id": "s2"} x',
    ],
)
def test_a_last_line_that_is_not_a_record_cut_off_is_a_bad_record(data: bytes) -> None:
    result = read_articles(data, "jsonl", ReadOptions())
    assert [a.record for a in result.articles] == [1]
    assert [(b.record, b.reason) for b in result.bad] == [(2, "malformed_record")]


def test_a_file_of_no_json_without_an_end_of_line_is_still_not_records() -> None:
    with pytest.raises(FormatError) as raised:
        read_articles(b"<html><body>Not found</body></html>", "jsonl", ReadOptions())
    assert raised.value.reason == "not_records"



CJK = "北京市政府周二宣布新的交通计划，预计将在明年全面实施。" * 3


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
@pytest.mark.parametrize(
    ("text", "into"),
    [(CJK, 1), (CJK, 2), ("Правительство объявило план.", 1)],
    ids=["cjk-1-byte", "cjk-2-bytes", "cyrillic-1-byte"],
)
def test_a_file_cut_off_inside_a_character_is_still_being_written(fmt: str, text: str, into: int) -> None:
    # Cut inside a character of two or three bytes, the file was no UTF-8 and no other encoding:
    # quarantined as undecodable, and its records deleted, which a file still being written must not be.
    feed = [{"id": "c1", "text": "One."}, {"id": "c2", "text": text}]
    if fmt == "jsonl":
        data = "".join(json.dumps(s, ensure_ascii=False) + "\n" for s in feed).encode()
    else:
        data = json.dumps(feed, ensure_ascii=False, indent=2).encode()
    cut = data[: data.rfind(text[-4].encode()) + into]  # `into` bytes into a character near its end
    result = read_articles(cut, fmt, ReadOptions())
    assert result.unfinished is not None and result.bad == []
    assert [a.key for a in result.articles] == ["id=c1"]  # JSON: the whole records of an array cut off


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_a_file_read_once_reads_a_record_cut_off_as_a_bad_record(fmt: str) -> None:
    # A labelled corpus (eval, learn) is no file being written: its whole records are read.
    data = b'{"id": "s1", "text": "One."}\n{"id": "s2", "text": "The minister sa'
    result = read_articles(data, fmt, ReadOptions(unfinished=False))
    assert [a.key for a in result.articles] == ["id=s1"]
    assert [(b.record, b.reason) for b in result.bad] == [(2, "malformed_record")]


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_two_objects_on_one_line_are_two_records_of_their_own(fmt: str) -> None:
    # Both numbered by their line, the second was quarantined as a duplicate_key ("record=1 already used"),
    # its source the first's (`<file>#record=1`).
    data = b'{"text": "Rates rose."}{"text": "Rain fell."}\n{"text": "Fares went up."}\n'
    result = read_articles(data, fmt, ReadOptions())
    assert [(a.record, a.key, a.text) for a in result.articles] == [
        (1, "record=1", "Rates rose."), (2, "record=2", "Rain fell."), (3, "record=3", "Fares went up."),
    ]
    assert result.bad == []


@pytest.mark.parametrize("padding", [b"  ", b"\n  ", b"\t", b"\f"])
def test_a_finished_records_file_padded_after_its_last_end_of_line_is_read_whole(padding: bytes) -> None:
    # spaces after the last end of line are no record begun: every row and line is read, none held back
    rows = read_articles(b"title,text\nA,One.\nB,Two.\nC,Three.\n" + padding, "csv", ReadOptions())
    assert ([a.title for a in rows.articles], rows.unfinished) == (["A", "B", "C"], None)
    lines = b'{"title": "A", "text": "One."}\n{"title": "B", "text": "Two."}\n{"title": "C", "text": "x\n'
    result = read_articles(lines + padding, "jsonl", ReadOptions())
    assert [a.title for a in result.articles] == ["A", "B"] and result.unfinished is None
    assert [(b.record, b.reason) for b in result.bad] == [(3, "malformed_record")]


def test_one_json_line_nested_too_deep_is_a_bad_record_of_its_own() -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    result = read_articles(b'{"title": "A", "text": "One."}\n' + deep + b'\n{"title": "B", "text": "Two."}\n',
                           "jsonl", ReadOptions())
    assert [a.title for a in result.articles] == ["A", "B"]
    assert [(b.record, b.reason) for b in result.bad] == [(2, "malformed_record")]


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_a_record_nested_deeper_than_metadata_goes_is_a_bad_record_and_one_at_the_limit_is_read(fmt: str) -> None:
    # 150 levels parse, but every step after reading walks a record once per level: a few hundred stopped
    # the run with a RecursionError. 100 levels (nesting.MAX_NESTING) is the deepest record read.
    def record(title: str, levels: int) -> str:
        return json.dumps({"title": title, "text": "One.", "meta": json.loads("[" * levels + "1" + "]" * levels)})

    records = [record("deep", 150), record("limit", 100), '{"title": "B", "text": "Two."}']
    data = ("\n".join(records) if fmt == "jsonl" else "[" + ",\n".join(records) + "]").encode()
    result = read_articles(data, fmt, ReadOptions())
    assert [a.title for a in result.articles] == ["limit", "B"]
    assert [(b.record, b.reason, b.detail) for b in result.bad] == [
        (1, "malformed_record", "nested deeper than 100 levels of arrays or objects")
    ]
    assert json.loads(metadata_json(result.articles[0].metadata))["meta"] == json.loads("[" * 100 + "1" + "]" * 100)


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_an_integer_longer_than_python_reads_is_kept_as_its_digits_not_a_failed_run(fmt: str) -> None:
    # A number of more than 4,300 digits is valid JSON, but json.loads raised a ValueError (Python's limit
    # on converting digits to an int) that was no bad record: the whole run stopped with its traceback.
    digits = "9" * 5000
    lines = [
        f'{{"id": 1, "text": "The bank raised rates.", "checksum": {digits}, "date": -{digits}}}',
        '{"id": 2, "text": "Farmers welcomed the rain."}',
    ]
    data = ("\n".join(lines) + "\n").encode() if fmt == "jsonl" else f"[{', '.join(lines)}]".encode()
    result = read_articles(data, fmt, ReadOptions())
    first, second = result.articles
    assert [first.key, second.key] == ["id=1", "id=2"] and not result.bad
    assert first.metadata["checksum"] == digits and first.published_at is None
    assert first.metadata["date_unparsed"] == f"-{digits}"
    assert json.loads(metadata_json(first.metadata))["checksum"] == digits and first.version


def test_files_with_a_byte_order_mark_joined_into_one_keep_every_record() -> None:
    # `cat a.jsonl b.jsonl` of two files a Windows tool wrote with a BOM: b's first line starts with one,
    # json reads no BOM, and that record was quarantined as not JSON.
    first = '\ufeff{"id": 1, "text": "Rates rose."}\n'.encode()
    second = '\ufeff{"id": 2, "text": "Farmers welcomed the rain."}\n{"id": 3, "text": "Prices fell."}\n'.encode()
    result = read_articles(first + second, "jsonl", ReadOptions())
    assert [a.key for a in result.articles] == ["id=1", "id=2", "id=3"] and not result.bad


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_a_nul_escaped_in_a_field_is_dropped_from_the_article_and_kept_in_metadata(fmt: str) -> None:
    # "\u0000" decoded into the text, title and byline, and from there into paragraphs and the lake's exports,
    # where a NUL byte in a text file's bytes is dropped. Metadata keeps the value as the input gives it.
    line = (r'{"title": "Rain\u0000 at last", "text": "Farmers\u0000 cheered.", "author": "Jo\u0000 Doe",'
            r' "url": "https://news.example/rain\u0000", "tags": "weather\u0000"}')
    [article] = read_articles(line.encode(), fmt, ReadOptions()).articles
    assert (article.title, article.text, article.authors, article.url) == (
        "Rain at last", "Rain at last\n\nFarmers cheered.", ("Jo Doe",), "https://news.example/rain",
    )
    assert article.metadata == {"tags": "weather\x00"}
    assert json.loads(metadata_json(article.metadata)) == {"tags": "weather\x00"}


def test_a_text_field_with_windows_line_ends_is_parted_into_paragraphs_as_a_text_file_is() -> None:
    # "\r\n\r\n" in a JSON string stayed in the text: one paragraph where a .txt file of it has two.
    line = json.dumps({"title": "Rain", "text": "Farmers cheered.  \r\n\r\nThe dry spell ended.\rAt last."})
    [article] = read_articles(line.encode(), "jsonl", ReadOptions()).articles
    assert article.text == "Rain\n\nFarmers cheered.\n\nThe dry spell ended.\nAt last."


def test_a_json_lines_record_with_a_trailing_comma_or_a_comment_line_says_so() -> None:
    # Each was "not JSON: Expecting property name enclosed in double quotes" / "Expecting value at column 1".
    data = b'// feed of 5 March\n{"id": 1, "text": "Rain at last.",}\n{"id": 2, "text": "Farmers cheered."}\n'
    result = read_articles(data, "jsonl", ReadOptions())
    assert [a.key for a in result.articles] == ["id=2"]
    assert [(b.record, b.reason, b.detail) for b in result.bad] == [
        (1, "malformed_record", "not JSON: a // comment (JSON has no comments) at column 1"),
        (2, "malformed_record", "not JSON: a trailing comma before } (JSON allows none) at column 34"),
    ]


@pytest.mark.parametrize(
    ("data", "fmt"),
    [
        (b'{"id":1,"title":"Flag","text":"The council approved the budget.","published":true,'
         b'"date":"2024-03-05T10:00:00Z"}\n', "jsonl"),
        (b"title,text,published,created_at\nFlag,The council approved the budget.,yes,2024-03-05T10:00:00Z\n", "csv"),
        (b'[{"title":"Flag","text":"The council approved the budget.","published":"False",'
         b'"date":"2024-03-05T10:00:00Z"}]', "json"),
    ],
    ids=["jsonl", "csv", "json"],
)
def test_a_published_flag_is_no_date_and_the_real_date_is_read(data: bytes, fmt: str) -> None:
    # "published" is a date's common name before "date": its true (or "yes") replaced the date, which
    # was null with date_unparsed "True".
    [article] = read_articles(data, fmt, ReadOptions()).articles
    assert article.published_at == datetime(2024, 3, 5, 10, tzinfo=UTC)
    assert "date_unparsed" not in article.metadata
    assert article.metadata.get("published") in (True, "yes", "False")


def test_a_record_lacking_the_date_falls_back_past_a_flag_and_a_mapped_flag_is_read_as_asked() -> None:
    lines = [
        {"id": 1, "text": "The council met.", "date": "2024-03-05"},
        {"id": 2, "text": "The council met again.", "published": True, "created_at": "2024-03-06"},
    ]
    data = "".join(json.dumps(x) + "\n" for x in lines).encode()
    result = read_articles(data, "jsonl", ReadOptions())
    assert [a.published_at for a in result.articles] == [
        datetime(2024, 3, 5, tzinfo=UTC), datetime(2024, 3, 6, tzinfo=UTC)
    ]
    asked = read_articles(data, "jsonl", ReadOptions({"published_at": "published"}))
    assert [(a.published_at, "date_unparsed" in a.metadata) for a in asked.articles] == [(None, False), (None, True)]


@pytest.mark.parametrize(
    ("first", "appended", "before", "after"),
    [
        ('"03/04/2024"', '"13/04/2024"', datetime(2024, 3, 4, tzinfo=UTC), datetime(2024, 4, 3, tzinfo=UTC)),
        ("19723", "45292", datetime(2024, 1, 1, tzinfo=UTC), datetime(1953, 12, 30, tzinfo=UTC)),
    ],
    ids=["day-first", "excel-serials"],
)
def test_a_record_whose_date_the_appended_lines_read_otherwise_gets_a_new_version(
    first: str, appended: str, before: datetime, after: datetime
) -> None:
    # Only a record's values made its version: a lake kept 2024-03-04 (month first, date_ambiguous)
    # for record 1 after "13/04/2024" was appended, while a new lake read 2024-04-03.
    lines = [f'{{"id": 1, "text": "The council met to discuss roads.", "date": {first}}}',
             '{"id": 3, "text": "The council met again.", "date": "2024-03-05", "ref": "05.03.2024"}',
             '{"id": 4, "text": "A dotted date.", "date": "05.03.2024"}']
    old = read_articles("".join(line + "\n" for line in lines).encode(), "jsonl", ReadOptions())
    lines.append(f'{{"id": 2, "text": "The council met once more.", "date": {appended}}}')
    new = read_articles("".join(line + "\n" for line in lines).encode(), "jsonl", ReadOptions())
    assert (old.articles[0].published_at, new.articles[0].published_at) == (before, after)
    assert old.articles[0].version != new.articles[0].version
    # a record whose date reads alike either way keeps its version, and is not written again
    assert [a.version for a in old.articles[1:]] == [a.version for a in new.articles[1:3]]


def test_values_that_are_not_text_are_written_as_json_not_as_python() -> None:
    # Python's spelling leaked: date_unparsed "True" and "{'a': 1}", the title "True", the key "id=False".
    lines = [{"id": False, "title": True, "text": "The council met.", "date": True},
             {"id": 2, "text": "The council met again.", "date": {"a": 1}}]
    result = read_articles("".join(json.dumps(x) + "\n" for x in lines).encode(), "jsonl", ReadOptions())
    assert [(a.key, a.title, a.metadata) for a in result.articles] == [
        ("id=false", "true", {"date_unparsed": "true"}),
        ("id=2", None, {"date_unparsed": '{"a": 1}'}),
    ]


@pytest.mark.parametrize(
    ("data", "fmt"),
    [('{"id": 1, "text": "\\u200b\\u200c\\u200d\\u2060\\ufeff"}\n{"id": 2, "text": "Rain."}\n', "jsonl"),
     ("id,text\n1,\u200b \u200d\n2,Rain.\n", "csv")],
    ids=["jsonl", "csv"],
)
def test_a_text_of_zero_width_characters_is_no_text(data: str, fmt: str) -> None:
    # It was an article of one invisible paragraph.
    result = read_articles(data.encode(), fmt, ReadOptions())
    assert [a.key for a in result.articles] == ["id=2"]
    assert [(b.record, b.reason, b.detail) for b in result.bad] == [
        (1, "no_text", "no text in field 'text' (only zero-width characters)")
    ]


def test_a_file_without_a_text_field_counts_its_lines_that_are_no_json_too() -> None:
    # The file was quarantined for its fields alone: with --field text=... mapped, its second line was then a
    # new surprise, run after run.
    data = (b'{"headline": "Markets slide", "section": "business"}\n'
            b'{"headline": "Oil prices jump", "summary": "Brent crude rose 4%\n'
            b'{"headline": "Gold steadies", "section": "markets"\n'
            b'["a line that is JSON but no object"]\n')
    with pytest.raises(FormatError) as raised:
        read_articles(data, "jsonl", ReadOptions(unfinished=False))
    assert raised.value.reason == "no_text_field"
    detail = raised.value.detail
    assert "fields: headline, section" in detail and "--field text=" in detail
    assert "3 lines are no JSON object" in detail and "(line 2: not JSON" in detail


def test_a_line_that_is_an_empty_array_among_records_holds_no_record_and_is_no_bad_one() -> None:
    # An exporter's batch of no records (`jq -c .articles` of a page with no result): it was a malformed_record,
    # "not an object but list", reported on every run as a fault of the file
    data = b'{"text": "Rates held."}\n[]\n{"text": "Shares rose."}\n'
    result = read_articles(data, "jsonl", ReadOptions(unfinished=False))
    assert [(a.record, a.text) for a in result.articles] == [(1, "Rates held."), (3, "Shares rose.")]
    assert result.bad == []


@pytest.mark.parametrize(("data", "held"), [(b"[]\n", "its one line is an empty array"),
                                            (b"[]\n\n[ ]\n", "its 2 lines are empty arrays")])
def test_a_file_whose_every_line_is_an_empty_array_is_quarantined_as_empty(data: bytes, held: str) -> None:
    # It read as no article and nothing said, where the same `[]` in a .json file is quarantined as empty
    with pytest.raises(FormatError) as raised:
        read_articles(data, "jsonl", ReadOptions(unfinished=False))
    assert (raised.value.reason, raised.value.detail) == ("empty", f"{held} ([]): no article to read")
