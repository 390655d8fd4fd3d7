"""News datasets' and monitoring APIs' exports read in their own column layouts: each record's outlet is its site and
the publisher's date its date, with no `--field` option."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from transforms.formats import ReadOptions, read_articles

_TEXT = "Chicago teachers voted on Tuesday to approve a new contract after months of talks with the city."


def test_all_the_news_rows_name_their_outlet_in_publication() -> None:
    # Kaggle's "All the News" (id, title, publication, author, date, year, month, url, content): the outlet was left
    # in metadata and the article had no site.
    data = ("id,title,publication,author,date,year,month,url,content\n"
            f'17283,House Republicans Fret,New York Times,Carl Hulse,2016-12-31,2016,12,,"{_TEXT}"\n').encode()
    [article] = read_articles(data, "csv", ReadOptions()).articles
    assert article.site == "New York Times"
    assert article.authors == ("Carl Hulse",)
    assert article.published_at == datetime(2016, 12, 31, tzinfo=UTC)
    assert "publication" not in article.metadata


def test_a_json_lines_records_publication_is_its_site() -> None:
    data = b'{"headline":"T","content":"Chicago teachers voted.","publication":"Chicago Wire"}\n'
    assert read_articles(data, "jsonl", ReadOptions()).articles[0].site == "Chicago Wire"


def test_mediacloud_stories_name_their_outlet_in_media_name() -> None:
    data = ("id,indexed_date,language,media_name,media_url,publish_date,title,url,text\n"
            f"a1,2024-03-06 01:00:00,en,chicagotribune.com,chicagotribune.com,2024-03-05,Vote,https://ct.test/x,\"{_TEXT}\"\n"
            ).encode()
    [article] = read_articles(data, "csv", ReadOptions()).articles
    assert (article.site, article.published_at) == ("chicagotribune.com", datetime(2024, 3, 5, tzinfo=UTC))


def test_a_newspaper_column_is_the_site_and_a_plainer_site_name_wins_over_it() -> None:
    data = f'title,text,newspaper\nVote,"{_TEXT}",Chicago Wire\n'.encode()
    assert read_articles(data, "csv", ReadOptions()).articles[0].site == "Chicago Wire"
    both = (json.dumps({"text": _TEXT, "source": "Wire A", "publication": "Paper B"}) + "\n").encode()
    [article] = read_articles(both, "jsonl", ReadOptions()).articles
    assert (article.site, article.metadata.get("publication")) == ("Wire A", "Paper B")


def test_event_registry_articles_are_dated_when_their_publisher_published_them() -> None:
    # Event Registry's `date`, `time` and `dateTime` are when its crawler found the article (it was dated 10:15).
    record = {"uri": "8012345678", "lang": "eng", "date": "2024-03-05", "time": "10:15:00",
              "dateTime": "2024-03-05T10:15:00Z", "dateTimePub": "2024-03-05T10:00:00Z", "url": "https://r.test/x",
              "title": "Vote", "body": _TEXT, "source": {"uri": "reuters.com", "title": "Reuters"},
              "authors": [{"uri": "jane_doe@reuters.com", "name": "Jane Doe", "type": "author"}]}
    data = json.dumps({"articles": {"results": [record], "totalResults": 1}}).encode()
    [article] = read_articles(data, "json", ReadOptions()).articles
    assert article.published_at == datetime(2024, 3, 5, 10, 0, tzinfo=UTC)
    assert (article.site, article.authors) == ("Reuters", ("Jane Doe",))


def test_huffposts_news_category_dataset_is_read_by_its_short_description() -> None:
    # Its only text: the file was "links to articles, not their text" though it is a corpus made to be read so
    record = {"link": "https://h.test/x", "headline": "Budget passes", "category": "POLITICS",
              "short_description": _TEXT, "authors": "Jane Doe, AP", "date": "2022-09-23"}
    [article] = read_articles((json.dumps(record) + "\n").encode(), "jsonl", ReadOptions()).articles
    assert (article.title, article.url) == ("Budget passes", "https://h.test/x")
    assert article.text.endswith(_TEXT)
    assert article.published_at == datetime(2022, 9, 23, tzinfo=UTC)


def test_nyt_article_search_docs_give_their_lead_paragraph_and_their_bylines_names() -> None:
    doc = {"abstract": "A budget passed.", "web_url": "https://n.test/x", "lead_paragraph": _TEXT,
           "source": "The New York Times", "pub_date": "2024-03-05T10:00:00+0000",
           "byline": {"original": "By Jane Doe and Tom Roe", "person": [{"firstname": "Jane", "lastname": "Doe"}]},
           "headline": {"main": "Budget passes"}}
    data = json.dumps({"status": "OK", "response": {"docs": [doc]}}).encode()
    [article] = read_articles(data, "json", ReadOptions()).articles
    assert article.text.endswith(_TEXT) and "A budget passed." not in article.text
    assert (article.site, article.authors) == ("The New York Times", ("Jane Doe", "Tom Roe"))


def test_a_records_text_wins_over_its_abstract() -> None:
    record = {"title": "T", "content": _TEXT, "abstract": "Short."}
    [article] = read_articles((json.dumps(record) + "\n").encode(), "jsonl", ReadOptions()).articles
    assert "Short." not in article.text
