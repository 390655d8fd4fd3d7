"""A records file's article whose record gives no date is dated by its URL's day, as an HTML page is."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from transforms.formats import ArticleRecord, ReadOptions, read_articles

URL = "https://city.test/2024/01/15/museum-reopens"


def article_of(record: dict[str, object]) -> ArticleRecord:
    [article] = read_articles(json.dumps(record).encode(), "jsonl", ReadOptions()).articles
    return article


def test_a_record_without_a_date_is_dated_by_its_urls_day_and_says_so() -> None:
    # It was undated beside its URL's day.
    article = article_of({"title": "Museum reopens", "url": URL, "text": "The museum reopened on Monday."})
    assert article.published_at == datetime(2024, 1, 15, tzinfo=UTC)
    assert article.metadata["date_from"] == "url"


def test_a_records_own_date_wins_over_its_urls_and_an_unreadable_one_is_noted_not_replaced() -> None:
    dated = article_of({"url": URL, "date": "2024-01-16T09:30:00Z", "text": "The museum reopened on Monday."})
    assert dated.published_at == datetime(2024, 1, 16, 9, 30, tzinfo=UTC)
    assert "date_from" not in dated.metadata
    unread = article_of({"url": URL, "date": "TBD", "text": "The museum reopened on Monday."})
    assert unread.published_at is None and unread.metadata["date_unparsed"] == "TBD"


def test_a_url_of_no_real_day_dates_nothing() -> None:
    article = article_of({"url": "https://city.test/2024/13/45/x", "text": "The museum reopened on Monday."})
    assert article.published_at is None


def test_a_feed_item_without_a_date_is_dated_by_its_links_day() -> None:
    feed = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Post</title><item>'
            b"<title>New bridge opens</title><link>https://valley.test/2024/05/06/new-bridge</link>"
            b"<description>The new bridge opened to traffic on Monday.</description></item></channel></rss>")
    [article] = read_articles(feed, "feed", ReadOptions()).articles
    assert article.published_at == datetime(2024, 5, 6, tzinfo=UTC)


def test_a_record_whose_date_is_empty_is_dated_by_its_urls_day() -> None:
    # A CSV's date column left empty in a row (or a JSON "date": "") gives no date: the row was undated beside its
    # URL's day, as only a record without the field was dated by it.
    csv = f'title,url,date,text\nMuseum reopens,{URL},,"The museum reopened on Monday."\n'.encode()
    [row] = read_articles(csv, "csv", ReadOptions()).articles
    empty = article_of({"url": URL, "date": "", "text": "The museum reopened on Monday."})
    assert row.published_at == empty.published_at == datetime(2024, 1, 15, tzinfo=UTC)
    assert "date_unparsed" not in empty.metadata


def test_a_url_of_a_day_to_come_dates_nothing() -> None:
    # An event's page (`/events/2099/06/14/summer-concert`) names the day of the event: the record was dated by it,
    # where a page's date later than tomorrow is no date (htmldate's `max_date`, `formats.html`).
    article = article_of({"url": "https://city.test/events/2099/06/14/concert", "text": "Tickets go on sale today."})
    assert article.published_at is None and "date_from" not in article.metadata


def test_tomorrows_url_dates_a_record_and_the_day_after_does_not(monkeypatch) -> None:
    # One "today" (`url_dates.today`) limits a URL's day, as it limits an HTML page's: a story filed in a zone ahead of
    # UTC can carry tomorrow's day in its URL, an event's page a later one.
    from datetime import date

    monkeypatch.setattr("transforms.formats.url_dates.today", lambda: date(2026, 12, 3))
    tomorrow = article_of({"url": "https://city.test/2026/12/04/late-vote", "text": "Votes are counted."})
    later = article_of({"url": "https://city.test/2026/12/05/late-vote", "text": "Votes are counted."})
    assert tomorrow.published_at == datetime(2026, 12, 4, tzinfo=UTC)
    assert later.published_at is None


STORY = ("<p>The city museum reopened on Monday after a two-year refurbishment that cost more than four million "
         "pounds, with a new gallery given over to the history of the harbour.</p>"
         "<p>Visitors queued from early morning, and the museum said it expected ten thousand people in the first "
         "week, twice as many as in a normal week before it closed.</p>")


def page_at(url: str) -> bytes:
    return (f'<html lang="en"><head><title>Museum reopens</title><link rel="canonical" href="{url}"></head>'
            f"<body><article><h1>Museum reopens</h1>{STORY}</article></body></html>").encode()


@pytest.mark.parametrize("path", ["news/20240115/museum-reopens", "n1/2024/0115/c1001-40196000.html",
                                  "news/museum-reopens-20240115.html", "a/202401/15/WS65a4c1b2a31082fc043b1234.html"])
def test_a_day_in_digits_alone_dates_a_page_and_a_record_without_a_date(path: str) -> None:
    # Neither htmldate nor the slashes' pattern read it: both were undated.
    url = f"https://city.test/{path}"
    [page] = read_articles(page_at(url), "html", ReadOptions()).articles
    record = article_of({"title": "Museum reopens", "url": url, "text": "The museum reopened on Monday."})
    for article in (page, record):
        assert article.published_at == datetime(2024, 1, 15, tzinfo=UTC)
        assert article.metadata["date_from"] == "url"


@pytest.mark.parametrize("path", ["story/20240115991/museum", "news/20241399/museum", "view/AKR20240115012300001",
                                  "news/article-68512345", "news/uk-20241101", "sport/football-20121105",
                                  "story/2000/1024/museum"])
def test_digits_that_are_an_id_or_no_day_date_nothing(path: str) -> None:
    # The BBC's story ids (`uk-20241101`) and two folders of numbers (`/2000/1024/`) were read as days.
    url = f"https://city.test/{path}"
    [page] = read_articles(page_at(url), "html", ReadOptions()).articles
    record = article_of({"title": "Museum reopens", "url": url, "text": "The museum reopened on Monday."})
    for article in (page, record):
        assert article.published_at is None and "date_from" not in article.metadata


@pytest.mark.parametrize(("path", "day"), [("news/museum-reopens-20240115/", 15), ("news/museum-reopens_20240115", 15),
                                           ("n1/2024/1024/c1001-40196000.html", 24)])
def test_a_slugs_day_with_a_folder_of_its_own_or_after_an_underscore_still_dates_a_record(path: str, day: int) -> None:
    record = article_of({"title": "Museum reopens", "url": f"https://city.test/{path}", "text": "The museum reopened."})
    assert record.published_at is not None and record.published_at.day == day


@pytest.mark.parametrize("path", ["news/uk-politics-20241101.amp", "news/uk-20241101?at_medium=RSS"])
def test_a_story_ids_amp_page_or_query_dates_no_record(path: str) -> None:
    # The BBC's AMP page of a 2012 story (`news/uk-politics-20241101.amp`) was dated 2024-11-01.
    record = article_of({"title": "Museum reopens", "url": f"https://city.test/{path}", "text": "The museum reopened."})
    assert record.published_at is None and "date_from" not in record.metadata


@pytest.mark.parametrize("path", ["news/20240115?ref=rss", "news/20240115#comments", "news/museum-20240115.html?x=1"])
def test_a_day_in_digits_alone_before_a_query_or_fragment_dates_a_record(path: str) -> None:
    # `news/20240115?ref=rss` was undated: the day had to end the URL or stand before a `/`, `_`, `.` or `-`.
    record = article_of({"title": "Museum reopens", "url": f"https://city.test/{path}", "text": "The museum reopened."})
    assert record.published_at == datetime(2024, 1, 15, tzinfo=UTC)
