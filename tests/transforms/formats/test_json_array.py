"""JSON files: an array of articles, or an object holding one."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from transforms.formats import FormatError, ReadOptions, read_articles
from transforms.formats.field_options import parse_field_options

API = Path(__file__).parents[2] / "data" / "formats" / "mixed" / "api.json"


def test_api_response_holding_an_array_of_articles() -> None:
    result = read_articles(API.read_bytes(), "json", ReadOptions())
    [article] = result.articles
    assert article.title == "Payments to farmers delayed"
    assert article.site == "Farm Weekly"  # {"source": {"name": ...}}
    assert article.published_at == datetime(2022, 9, 26, 10, tzinfo=UTC)
    assert (article.record, article.key) == (1, "url=https://api.example/p1")


def test_plain_array_with_a_non_object_item() -> None:
    result = read_articles(b'[{"title": "A", "text": "One."}, 5, {"text": "Two."}]', "json", ReadOptions())
    assert [(a.record, a.title) for a in result.articles] == [(1, "A"), (3, None)]
    assert [(b.record, b.reason) for b in result.bad] == [(2, "malformed_record")]


@pytest.mark.parametrize("data", [b"<html><body>hi</body></html>", b'{"status": "ok"}', b"42"])
def test_not_an_article_export_is_rejected_whole(data: bytes) -> None:
    with pytest.raises(FormatError) as raised:
        read_articles(data, "json", ReadOptions())
    assert raised.value.reason == "not_records"


def test_not_json_detail_has_no_doubled_word() -> None:
    result = read_articles(b'[{"text": "cut off', "json", ReadOptions())  # cut off in a string: being written
    assert result.unfinished == (
        "the file is cut off (no end of line, not JSON: Unterminated string starting at line 1): still being written"
    )


def test_the_articles_of_a_wrapper_are_found_beside_other_arrays_and_nested_in_it() -> None:
    # {"tags": [...], "articles": [...]} read the tag as the only article, and dropped the article;
    # {"articles": []} (a page with no results) was not_records while [] was fine; a Guardian-shaped
    # {"response": {"results": [...]}} was not_records whatever was mapped.
    body = {"headline": "Budget passed", "body": "The parliament passed the budget after a long debate."}
    tags = b'{"tags": [{"name": "politics"}], "articles": [%s]}' % json.dumps(body).encode()
    assert [a.title for a in read_articles(tags, "json", ReadOptions()).articles] == ["Budget passed"]
    assert read_articles(b'{"status": "ok", "articles": []}', "json", ReadOptions()).articles == []
    categories = b'{"categories": [{"name": "World", "description": "News of the world."}], "articles": [%s]}' % (
        json.dumps(body).encode())
    assert [a.title for a in read_articles(categories, "json", ReadOptions()).articles] == ["Budget passed"]
    single = b'{"headline": "A", "body": "One.", "comments": [{"body": "Nice."}]}'
    assert [a.title for a in read_articles(single, "json", ReadOptions()).articles] == ["A"]
    guardian = json.dumps({"response": {"status": "ok", "results": [
        {"webTitle": "Budget passed", "webUrl": "https://example.org/b", "fields": {"bodyText": "It passed."}}
    ]}}).encode()
    # Read through its `fields` (test_record_wrappers); it was no_text_field, and needed the mapping below.
    [article] = read_articles(guardian, "json", ReadOptions()).articles
    assert (article.title, article.url, article.text) == ("Budget passed", "https://example.org/b",
                                                          "Budget passed\n\nIt passed.")
    mapped = ReadOptions(parse_field_options(["text=fields.bodyText", "title=webTitle", "url=webUrl"]))
    [article] = read_articles(guardian, "json", mapped).articles
    assert (article.title, article.url, article.text) == ("Budget passed", "https://example.org/b",
                                                          "Budget passed\n\nIt passed.")


MONGO_LINES = (
    b'{"_id": {"$oid": "65a1f0"}, "title": "Rates up", "body": "The bank raised rates.",'
    b' "date": {"$date": "2026-12-03T10:00:00Z"}}\n'
    b'{"_id": {"$oid": "65a1f1"}, "title": "Rates down", "body": "The bank cut rates.",'
    b' "date": {"$date": {"$numberLong": "1796292000000"}}}\n'
)


def test_json_lines_saved_as_json_are_read_as_json_lines() -> None:
    # mongoexport's and BigQuery's NDJSON, named .json: the whole file was "not JSON: Extra data at line 2".
    result = read_articles(MONGO_LINES + b"\n{not json\n", "json", ReadOptions())
    assert [(a.record, a.key, a.title) for a in result.articles] == [
        (1, "id=65a1f0", "Rates up"), (2, "id=65a1f1", "Rates down"),
    ]
    assert [(b.record, b.reason) for b in result.bad] == [(4, "malformed_record")]


def test_a_json_file_of_one_value_and_garbage_is_still_not_json() -> None:
    with pytest.raises(FormatError) as raised:
        read_articles(b'[{"text": "One."}]\n]\n', "json", ReadOptions())
    assert raised.value.reason == "not_records" and raised.value.detail.startswith("not JSON: Extra data")


def test_mongo_extended_json_dates_are_dates() -> None:
    result = read_articles(MONGO_LINES, "json", ReadOptions())
    assert [a.published_at for a in result.articles] == [
        datetime(2026, 12, 3, 10, tzinfo=UTC), datetime(2026, 12, 3, 10, tzinfo=UTC),
    ]
    assert [a.metadata for a in result.articles] == [{}, {}]


@pytest.mark.parametrize(("author", "authors"), [(5, ()), ("5", ()), ([5, "Ann Lee"], ("Ann Lee",))])
def test_a_numeric_author_is_an_id_kept_in_metadata_not_a_name(author: object, authors: tuple) -> None:
    # WordPress's REST API writes the author's user id: it became the author "5".
    post = {"id": 1, "title": {"rendered": "Rates up"}, "content": {"rendered": "<p>The bank raised rates.</p>"},
            "author": author}
    [article] = read_articles(json.dumps([post]).encode(), "json", ReadOptions()).articles
    assert article.authors == authors
    assert article.metadata == {"author": author}


def test_pretty_printed_objects_one_after_another_are_records() -> None:
    # jq's output saved as .json: "not JSON: Extra data", the file quarantined whole.
    stories = [{"id": "s1", "text": "One."}, {"id": "s2", "text": "Two."}]
    data = b"\n".join(json.dumps(s, indent=2).encode() for s in stories)
    result = read_articles(data, "json", ReadOptions())
    assert [(a.record, a.key) for a in result.articles] == [(1, "id=s1"), (5, "id=s2")]


def test_a_json_export_cut_off_is_still_being_written_and_a_broken_one_not_records() -> None:
    stories = json.dumps([{"id": f"s{n}", "text": f"Story {n}."} for n in range(3)], indent=2).encode()
    cuts = [
        (stories[:-30], ["id=s0", "id=s1"]),  # an array's whole records are read, numbered as when it is whole
        (stories[:-2], ["id=s0", "id=s1", "id=s2"]),
        (b'{"articles": [{"id": "s1", "text": "One."}, {"id": "s2", "te', []),  # an object holding one: none
        # Cut right after an end of line, as a writer's buffer may end (it was not_records, its records deleted)
        (stories[:-2] + b"\n", ["id=s0", "id=s1", "id=s2"]),
        (stories[: stories.index(b'"id": "s2",') + 12], ["id=s0", "id=s1"]),
    ]
    for cut, keys in cuts:
        result = read_articles(cut, "json", ReadOptions())
        assert ([(a.record, a.key) for a in result.articles], result.bad) == (list(enumerate(keys, 1)), []), cut
        assert result.unfinished is not None and result.unfinished.endswith("): still being written"), cut
    # A mistake inside the file is no export being written: not_records, as before; and so is one cut
    # off, read as it is (a labelled corpus, or an hour after its last write).
    for broken, options in ((stories.replace(b"},", b"}", 1), ReadOptions()),
                            (stories[:-2] + b"\n", ReadOptions(unfinished=False))):
        with pytest.raises(FormatError) as raised:
            read_articles(broken, "json", options)
        assert raised.value.reason == "not_records"


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
@pytest.mark.parametrize(
    "data", [b"[" * 100_000, b'[{"id": 1, "text": "One."}, ' + b"[" * 100_000, b'{"text": "One.", "x": ' + b"[" * 5000]
)
def test_json_nested_deeper_than_python_reads_is_not_records(fmt: str, data: bytes) -> None:
    # json raised RecursionError, which stopped the whole run.
    with pytest.raises(FormatError) as raised:
        read_articles(data, fmt, ReadOptions())
    # (a JSON Lines file says so of its line: "not JSON Lines: no line is JSON (line 1: JSON nested ...)")
    assert raised.value.reason == "not_records"
    assert "JSON nested deeper than Python's json reads" in raised.value.detail


@pytest.mark.parametrize(("data", "detail"), [
    (b'[\n  {"title": "Rain", "text": "Rain at last."},\n]\n',
     "not JSON: a trailing comma before ] (JSON allows none) at line 2, column 45"),
    (b'[\n  {"title": "Rain", "text": "Rain at last.",\n  }\n]\n',
     "not JSON: a trailing comma before } (JSON allows none) at line 2, column 44"),
    (b'// exported 5 March\n[{"title": "Rain", "text": "Rain at last."}]\n',
     "not JSON: a // comment (JSON has no comments) at line 1, column 1"),
    (b'[{"title": "Rain", "text": "Rain at last."} /* the first */]\n',
     "not JSON: a /* comment (JSON has no comments) at line 1, column 45"),
])
def test_a_hand_edited_json_file_names_its_trailing_comma_or_comment_and_where(data: bytes, detail: str) -> None:
    # The detail was json's "Expecting value at line 3" (the line after the comma, no column): the comma or
    # comment to remove was for the user to find. Such a file is still not read.
    with pytest.raises(FormatError) as raised:
        read_articles(data, "json", ReadOptions())
    assert (raised.value.reason, raised.value.detail) == ("not_records", detail)


@pytest.mark.parametrize(("data", "detail"), [
    (b'{"id": 7, "title": "Storm", "content": "This file was cut off while saving, so it ends in the\n',
     "not JSON: Invalid control character at line 1, column 94"),
    (b'[{"title": "Rain", "text": "Rain at last."},\n {"title": "Sun", "te', "not JSON: Unterminated string"),
    (b'[{"title": "Rain", "text": "Rain at last."},', "not JSON: Expecting value at line 1, column 45"),
])
def test_a_settled_json_file_that_ends_inside_its_value_says_it_looks_cut_short(data: bytes, detail: str) -> None:
    # The detail was json's alone ("Invalid control character at line 1, column 109" of a download cut short in a
    # string): nothing said the file ends before its value does.
    with pytest.raises(FormatError) as raised:
        read_articles(data, "json", ReadOptions(unfinished=False))
    assert raised.value.reason == "not_records" and raised.value.detail.startswith(detail)
    assert raised.value.detail.endswith("; the file ends before its JSON is complete: a download or copy cut short?")


def test_a_json_file_wrong_before_its_end_says_nothing_of_a_cut() -> None:
    with pytest.raises(FormatError) as raised:
        read_articles(b'[{"title": "Rain" "text": "Rain at last."}]\n', "json", ReadOptions(unfinished=False))
    assert raised.value.detail == "not JSON: Expecting ',' delimiter at line 1, column 19"


def test_a_wordpress_export_with_embeds_names_its_authors() -> None:
    # `?_embed` adds the author's record to each post: the article had no author, the user id alone read.
    post = {"id": 1, "title": {"rendered": "Rates up"}, "content": {"rendered": "<p>The bank raised rates.</p>"},
            "author": 7, "_embedded": {"author": [{"id": 7, "name": "Marta Kowalski", "slug": "marta"}]}}
    [article] = read_articles(json.dumps([post]).encode(), "json", ReadOptions()).articles
    assert article.authors == ("Marta Kowalski",)
    assert article.metadata["author"] == 7


@pytest.mark.parametrize("data", [b"[]", b"[ ]\n", b"{}\n", b"\xef\xbb\xbf{ }"],
                         ids=["array", "spaced", "object", "bom"])
def test_a_file_of_an_empty_array_or_object_is_quarantined_as_empty(data: bytes) -> None:
    # An export of nothing (`[]`) was a new file of no article and nothing said; `{}` was "neither an array of
    # articles nor an object holding one", as if its shape were wrong.
    with pytest.raises(FormatError) as raised:
        read_articles(data, "json", ReadOptions(unfinished=False))
    assert raised.value.reason == "empty"
    assert "no article to read" in raised.value.detail


@pytest.mark.parametrize(("data", "fmt", "held"), [
    (b"[{}]", "json", "its one record is an empty object ({})"),
    (b"[{}, {}]\n", "json", "its 2 records are empty objects ({})"),
    (b"{}\n{ }\n", "jsonl", "its 2 records are empty objects ({})"),
], ids=["one", "two", "lines"])
def test_a_file_of_empty_objects_is_quarantined_as_empty(data: bytes, fmt: str, held: str) -> None:
    # It was no_text_field, "no field holds the article text (fields: )": no field to map, an export of nothing
    with pytest.raises(FormatError) as raised:
        read_articles(data, fmt, ReadOptions(unfinished=False))
    assert (raised.value.reason, raised.value.detail) == ("empty", f"{held}: no article to read")


@pytest.mark.parametrize("data", [b"[[]]", b"[[], []]\n"])
def test_a_file_of_empty_batches_is_quarantined_as_empty(data: bytes) -> None:
    # It was not_records ("no record is an object"), as if its shape were wrong: an export of nothing, as `[]` is
    with pytest.raises(FormatError) as raised:
        read_articles(data, "json", ReadOptions(unfinished=False))
    assert raised.value.reason == "empty"


def test_an_array_of_batches_reads_each_batchs_records_in_order() -> None:
    # As `jq -s` gathers an export written a batch a line: each batch was "not an object but list", no article
    batches = [[{"title": "Ferry fares rise", "text": "Fares rise in May."}], [],
               [{"title": "Bridge shut", "text": "The bridge shuts for repairs."}]]
    articles = read_articles(json.dumps(batches).encode(), "json", ReadOptions()).articles
    assert [(article.record, article.title) for article in articles] == [(1, "Ferry fares rise"), (2, "Bridge shut")]


def test_empty_objects_beside_bad_records_name_no_empty_list_of_fields() -> None:
    with pytest.raises(FormatError) as raised:
        read_articles(b"{}\nnot json\n", "jsonl", ReadOptions(unfinished=False))
    assert raised.value.reason == "no_text_field" and "fields: )" not in raised.value.detail
    assert "its records that are objects are empty ({})" in raised.value.detail


def test_an_api_response_of_no_result_is_still_no_articles_not_a_bad_file() -> None:
    # `{"articles": []}`: a search that matched nothing this time, polled again next time.
    data = b'{"status": "ok", "totalResults": 0, "articles": []}'
    assert read_articles(data, "json", ReadOptions(unfinished=False)).articles == []


def _by_id(*records: dict[str, str]) -> dict[str, dict[str, str]]:
    return {record["id"]: record for record in records}


FERRY = {"id": "3901234567", "title": "Ferry fares rise", "text": "Fares rise in May."}
BRIDGE = {"id": "3901234568", "title": "Bridge shut", "text": "The bridge shuts for repairs."}


@pytest.mark.parametrize("data", [_by_id(FERRY, BRIDGE), {"status": 1, "list": _by_id(FERRY, BRIDGE), "since": 17},
                                  {"-NxA1b2C3d4": {"title": "Ferry fares rise", "text": "Fares rise in May."},
                                   "-NxA1b2C3d5": {"title": "Bridge shut", "text": "The bridge shuts."}}])
def test_records_keyed_by_their_ids_are_read_in_order(data: dict[str, object]) -> None:
    # As Pocket's API and a Firebase export key each record by its id: "neither an array of articles nor an object
    # holding one", not_records
    articles = read_articles(json.dumps(data).encode(), "json", ReadOptions()).articles
    assert [(article.record, article.title) for article in articles] == [(1, "Ferry fares rise"), (2, "Bridge shut")]


def test_a_pocket_api_response_names_its_links_not_text() -> None:
    item = {"item_id": "3901234567", "resolved_title": "France extends energy cap", "time_added": "1709630000",
            "resolved_url": "https://www.lemonde.fr/en/a.html", "excerpt": "The cap stays.", "status": "0"}
    data = json.dumps({"status": 1, "list": {"3901234567": item}}).encode()
    with pytest.raises(FormatError) as raised:
        read_articles(data, "json", ReadOptions())
    assert raised.value.reason == "no_text_field"
    assert raised.value.detail.startswith("a Pocket export: links to articles (resolved_url, resolved_title)")
    # its excerpt mapped as the text, each saved link is read with Pocket's title and URL, undated by its saving
    [article] = read_articles(data, "json", ReadOptions(fields=parse_field_options(["text=excerpt"]))).articles
    assert (article.title, article.url, article.published_at) == (item["resolved_title"], item["resolved_url"], None)


@pytest.mark.parametrize("data", [
    {"title": "Ferry fares rise", "text": "Fares rise in May.", "author": {"name": "Jane Doe"}},
    {"author": {"name": "Jane Doe", "url": "/jane"}, "source": {"name": "BBC", "url": "/bbc"}},  # fields, no ids
])
def test_an_object_of_named_objects_is_no_records_keyed_by_id(data: dict[str, object]) -> None:
    try:
        articles = read_articles(json.dumps(data).encode(), "json", ReadOptions()).articles
    except FormatError as error:
        assert error.reason == "not_records"
    else:
        assert [article.title for article in articles] == ["Ferry fares rise"]


def test_a_tables_rows_by_year_are_no_records_keyed_by_id() -> None:
    with pytest.raises(FormatError) as raised:
        read_articles(json.dumps({"2023": {"count": 5}, "2024": {"count": 7}}).encode(), "json", ReadOptions())
    assert raised.value.reason == "not_records"


@pytest.mark.parametrize("data", [
    {"2024-03-05": {"count": 5, "mean": 0.3}, "2024-03-06": {"count": 7, "mean": 0.1}},  # a series by day
    {"20240305": {"visits": 5}, "20240306": {"visits": 7}},
    {"2024-03": {"count": 5}, "2024-04": {"count": 7}},  # by month
    {"2024-W10": {"count": 5}, "2024-W11": {"count": 7}},  # by ISO week (it was no_text_field)
    {"2024-Q1": {"count": 5}, "2024-Q2": {"count": 7}},  # by quarter
])
def test_a_tables_rows_by_day_are_no_records_keyed_by_id(data: dict[str, object]) -> None:
    # A day's key has digits and six characters, as an id's; it was read as records and the file told the user to
    # map a text field its statistics do not have (no_text_field)
    with pytest.raises(FormatError) as raised:
        read_articles(json.dumps(data).encode(), "json", ReadOptions())
    assert raised.value.reason == "not_records"


@pytest.mark.parametrize("keys", [("2024-03-05", "2024-03-06"), ("2024-W10", "2024-W11"), ("2023", "2024")])
def test_an_archive_keyed_by_date_whose_values_are_articles_reads_each(keys: tuple[str, str]) -> None:
    # Only the first day's article was read and the other lost without a word
    data = {keys[0]: {"title": "Rates rise", "text": "The bank raised its rate on Tuesday."},
            keys[1]: {"title": "Rates hold", "text": "The bank held its rate on Wednesday."}}
    articles = read_articles(json.dumps(data).encode(), "json", ReadOptions()).articles
    assert [article.title for article in articles] == ["Rates rise", "Rates hold"]


def test_an_archive_keyed_by_day_whose_values_are_lists_of_articles_reads_each_on_its_day() -> None:
    # A day's list of articles: only the first day's were read (from its list), and undated
    data = {"2024-03-05": [{"title": "Rates rise", "text": "The bank raised its rate on Tuesday."},
                           {"title": "Port reopens", "text": "The port reopened on Tuesday."}],
            "2024-03-06": [{"title": "Rates hold", "text": "The bank held its rate on Wednesday."}]}
    articles = read_articles(json.dumps(data).encode(), "json", ReadOptions()).articles
    assert [article.title for article in articles] == ["Rates rise", "Port reopens", "Rates hold"]
    assert [a.published_at.date().isoformat() for a in articles if a.published_at] == [
        "2024-03-05", "2024-03-05", "2024-03-06"]


def test_an_archives_article_with_its_own_date_keeps_it() -> None:
    data = {"2024-03-05": {"title": "Rates rise", "text": "The bank raised its rate.", "date": "2024-03-04"},
            "2024-03-06": {"title": "Rates hold", "text": "The bank held its rate."},
            "2024-W11": {"title": "Week in review", "text": "A week of rates."}}
    articles = read_articles(json.dumps(data).encode(), "json", ReadOptions()).articles
    # its own date wins; a week is no day: undated
    assert [a.published_at and a.published_at.date().isoformat() for a in articles] == [
        "2024-03-04", "2024-03-06", None]
