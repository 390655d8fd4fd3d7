"""Bookmarking apps' exports of saved links (Pocket, Readwise Reader, Pinboard): no articles, and the quarantine says
so, naming the file's columns, where it said only that no field holds text."""

from __future__ import annotations

import json

import pytest

from transforms.formats import ReadOptions, read_articles
from transforms.formats.base import FormatError

POCKET = (
    "title,url,time_added,tags,status\n"
    "Port strike ends,https://news.test/2024/03/05/port-strike-ends,1709640000,work|ports,unread\n"
)
READER = (
    "Title,URL,ID,Document tags,Saved date,Reading progress,Location,Seen\n"
    "Port strike ends,https://news.test/port-strike-ends,01hq,['ports'],2024-03-05 10:00:00+00:00,0,new,False\n"
)
PINBOARD = json.dumps([{"href": "https://news.test/port-strike-ends", "description": "Port strike ends",
                        "extended": "", "meta": "9f2", "hash": "c41", "time": "2024-03-05T10:00:00Z",
                        "shared": "yes", "toread": "no", "tags": "ports"}])


@pytest.mark.parametrize(
    ("data", "kind", "app", "column"),
    [(POCKET, "csv", "Pocket", "time_added"), (READER, "csv", "Readwise Reader", "Saved date"),
     (PINBOARD, "json", "Pinboard", "toread")],
)
def test_a_bookmarking_apps_export_is_quarantined_as_links_naming_its_columns(
    data: str, kind: str, app: str, column: str
) -> None:
    # Pinboard's was read as articles whose text was each link's title; the others said only "no field holds the
    # article text", as a file whose text column is unnamed does.
    with pytest.raises(FormatError) as error:
        read_articles(data.encode(), kind, ReadOptions())
    assert error.value.reason == "no_text_field"
    assert f"a {app} export: links to articles" in str(error.value)
    assert column in str(error.value)


def test_any_records_of_links_without_text_say_they_hold_links() -> None:
    data = json.dumps([{"title": "Port strike ends", "url": "https://news.test/a", "saved_at": "2024-03-05"}])
    with pytest.raises(FormatError) as error:
        read_articles(data.encode(), "json", ReadOptions())
    assert "links to articles (url, title), not their text" in str(error.value)


def test_records_without_text_or_links_say_no_field_holds_text() -> None:
    with pytest.raises(FormatError) as error:
        read_articles(b"region,count\nNorth,12\n", "csv", ReadOptions())
    assert "link" not in str(error.value) and "no field holds the article text" in str(error.value)


def test_an_export_with_a_text_column_or_a_text_field_given_is_read() -> None:
    with_text = ("title,url,time_added,status,content\n"
                 "Port strike ends,https://news.test/a,1709640000,unread,Dockers returned.\n")
    [article] = read_articles(with_text.encode(), "csv", ReadOptions()).articles
    assert article.text.endswith("Dockers returned.")
    [note] = read_articles(PINBOARD.encode(), "json", ReadOptions(fields={"text": "description"})).articles
    assert note.text.startswith("Port strike ends")


@pytest.mark.parametrize("kind", ["json", "csv"])
def test_gdelts_article_list_is_named_as_links_whose_pages_are_to_be_fetched(kind: str) -> None:
    # GDELT's DOC API (mode=artlist) lists the articles it saw, never their text: the detail said "the records"
    row = {"url": "https://r.test/x", "url_mobile": "", "title": "Port strike ends", "seendate": "20240305T101500Z",
           "socialimage": "", "domain": "reuters.com", "language": "English", "sourcecountry": "United States"}
    data = (json.dumps({"articles": [row]}) if kind == "json"
            else ",".join(row) + "\n" + ",".join(row.values()) + "\n")
    with pytest.raises(FormatError) as error:
        read_articles(data.encode(), kind, ReadOptions())
    assert error.value.reason == "no_text_field"
    assert "a GDELT DOC API export: links to articles" in str(error.value)
    assert "save each page" in str(error.value)
