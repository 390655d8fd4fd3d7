"""JSON as news APIs and scrapers write it: NewsAPI's response, trafilatura's and newspaper3k's outputs."""

from __future__ import annotations

import json

import pytest

from transforms.formats import ReadOptions, read_articles
from transforms.formats.base import ArticleRecord


def articles(value: object) -> list[ArticleRecord]:
    return read_articles(json.dumps(value).encode(), "json", ReadOptions()).articles


def test_newsapis_count_of_the_characters_it_cut_is_no_text() -> None:
    [article] = articles({"status": "ok", "totalResults": 1, "articles": [{
        "source": {"id": "bbc-news", "name": "BBC News"}, "author": "BBC News", "title": "Rates held",
        "url": "https://news.test/a", "publishedAt": "2025-03-05T14:20:00Z",
        "content": "The Bank of England held interest rates at 4.5% on Thursday… [+2345 chars]"}]})
    assert article.text == "Rates held\n\nThe Bank of England held interest rates at 4.5% on Thursday…"
    assert article.metadata["text_cut"] == "[+2345 chars]"
    assert article.site == "BBC News"


@pytest.mark.parametrize("line_end", ["\r\n", "\n", "\r\n \r\n"])
def test_each_line_of_a_text_newsapi_cut_is_a_paragraph(line_end: str) -> None:
    # NewsAPI joins the paragraphs it keeps with "\r\n": they were one paragraph, a line break inside it.
    [article] = articles({"status": "ok", "articles": [{
        "source": {"id": None, "name": "BBC News"}, "title": "Rates held", "url": "https://news.test/a",
        "content": f"The Bank of England held rates on Thursday.{line_end}Its governor spoke… [+2345 chars]\r\n"}]})
    assert article.text == "Rates held\n\nThe Bank of England held rates on Thursday.\n\nIts governor spoke…"
    assert article.metadata["text_cut"] == "[+2345 chars]"


def test_a_line_break_in_a_text_not_cut_by_newsapi_stays_inside_its_paragraph() -> None:
    [article] = articles({"title": "Rates held", "url": "https://news.test/a",
                          "content": "The Bank of England held rates\r\non Thursday."})
    assert article.text == "Rates held\n\nThe Bank of England held rates\non Thursday."


def test_trafilaturas_source_is_the_pages_address_not_its_site() -> None:
    [article] = articles({"title": "Floods hit towns", "author": "Jane Smith; John Doe", "hostname": "news.test",
                          "date": "2025-03-05", "text": "Rain flooded 300 homes.", "language": "en",
                          "source": "https://news.test/c", "source-hostname": "news.test"})
    assert (article.url, article.site) == ("https://news.test/c", None)  # the site was "https://news.test/c"
    assert article.authors == ("Jane Smith", "John Doe")


def test_a_source_that_is_an_address_stays_the_site_beside_a_url() -> None:
    [article] = articles({"title": "Floods", "text": "Rain.", "url": "https://news.test/c",
                          "source": "https://news.test"})
    assert (article.url, article.site) == ("https://news.test/c", "https://news.test")


def test_newspaper3ks_meta_lang_is_the_language() -> None:
    [article] = articles({"url": "https://news.test/d", "title": "Strike ends", "text": "Workers returned.",
                          "authors": ["Jane Smith"], "publish_date": "2025-03-05 00:00:00", "meta_lang": "en"})
    assert article.language == "en"  # it was null, meta_lang in metadata


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_newsapis_source_name_at_the_end_of_its_title_is_no_headline(fmt: str) -> None:
    # NewsAPI ends every title with " - " and its source's name: the headline was "Rates held - BBC News".
    record = {"source": {"id": "bbc-news", "name": "BBC News"}, "title": "Rates held - BBC News",
              "url": "https://news.test/a", "content": "The Bank of England held rates on Thursday."}
    data = {"json": json.dumps({"status": "ok", "articles": [record]}), "jsonl": json.dumps(record),
            "csv": "source,title,url,content\n"
                   'BBC News,Rates held - BBC News,https://news.test/a,"The bank held."\n'}[fmt]
    [article] = read_articles(data.encode(), fmt, ReadOptions()).articles
    assert (article.title, article.site) == ("Rates held", "BBC News")
    assert article.text.startswith("Rates held\n\n")


def test_a_title_ending_in_another_name_keeps_it() -> None:
    [article] = articles({"source": {"name": "BBC News"}, "title": "Rates held - analysis",
                          "content": "The Bank of England held rates on Thursday."})
    assert article.title == "Rates held - analysis"


@pytest.mark.parametrize(("title", "site"),
                         [("Rates held - BBC  News", "BBC News"), ("Rates held - BBC News", " bbc  news ")])
def test_a_site_name_spaced_otherwise_in_the_title_or_site_is_still_no_headline(title: str, site: str) -> None:
    # A scraped title's double space kept "Rates held - BBC  News" whole.
    [article] = articles({"source": {"name": site}, "title": title, "content": "The Bank of England held rates."})
    assert article.title == "Rates held"


@pytest.mark.parametrize(("byline", "authors"), [
    ("Gwyn Topham Transport correspondent", ("Gwyn Topham",)),
    ("Dan Sabbagh Defence and security editor", ("Dan Sabbagh",)),
    ("Jessica Elgot Deputy political editor and Peter Walker", ("Jessica Elgot", "Peter Walker")),
    ("Chief Opera Critic", ()),
])
def test_the_guardians_byline_a_name_then_its_role_is_the_name(byline: str, authors: tuple[str, ...]) -> None:
    # The Guardian's API writes a name and its role without a comma: each was read as a role, no author.
    result = {"webTitle": "Rail fares rise", "webPublicationDate": "2025-12-02T16:04:11Z",
              "fields": {"body": "<p>Rail fares will rise in March.</p>", "byline": byline}}
    [article] = articles({"response": {"status": "ok", "results": [result]}})
    assert article.authors == authors


def test_trafilaturas_site_name_is_the_site() -> None:
    # trafilatura writes the page's og:site_name as `source-hostname` (else its host name, no site): it was null.
    [article] = articles({"title": "Ferry timetable cut", "text": "Winter sailings end.", "date": "2025-11-20",
                          "source": "https://coast.test/ferry", "source-hostname": "Coast News"})
    assert (article.url, article.site) == ("https://coast.test/ferry", "Coast News")


def test_news_pleases_date_publish_is_the_date() -> None:
    # news-please's dump: the article was dateless, `date_publish` in metadata.
    [article] = articles({"title": "Budget passed", "maintext": "The council passed the budget.",
                          "date_download": "2025-12-03 10:00:00", "date_publish": "2025-12-02 08:45:00",
                          "date_modify": None, "url": "https://news.test/budget", "source_domain": "news.test"})
    assert article.published_at is not None and article.published_at.isoformat() == "2025-12-02T08:45:00+00:00"


def test_gnews_count_of_the_characters_it_cut_is_no_text() -> None:
    [article] = articles({"totalArticles": 1, "articles": [{
        "title": "Airport expansion approved", "description": "After years of debate.",
        "content": "The airport may add a runway by 2030, the council said... [1234 chars]",
        "url": "https://news.test/airport", "publishedAt": "2025-12-01T12:00:00Z",
        "source": {"name": "Airport Times", "url": "https://airport.test"}}]})
    assert article.text.endswith("the council said...")
    assert article.metadata["text_cut"] == "[1234 chars]"


_READER_ITEM = {  # the Google Reader API's item, as Feedly's and Inoreader's exports write it
    "id": "tag:google.com,2005:reader/item/0000000012345", "title": "Rail strike called off after late deal",
    "published": 1764950000, "author": "Tom Hughes",
    "canonical": [{"href": "https://news.test/2025/12/05/rail-strike"}],
    "alternate": [{"href": "https://news.test/2025/12/05/rail-strike", "type": "text/html"}],
    "origin": {"streamId": "feed/https://news.test/rss", "title": "Example News", "htmlUrl": "https://news.test/"},
}


@pytest.mark.parametrize("text", ["content", "summary"], ids=["feedly", "inoreader"])
def test_a_feed_readers_export_is_read_through_its_text_objects_and_links(text: str) -> None:
    # Feedly's `content` ({"direction": "ltr", "content": "<p>...</p>"}) was no_text; Inoreader's file, its text in
    # `summary`, was no_text_field.
    body = "<p>The strike was called off.</p><p>Trains run.</p>"
    item = {**_READER_ITEM, text: {"direction": "ltr", "content": body}}
    [article] = articles({"id": "user/1005/state/com.google/starred", "title": "Starred", "items": [item]})
    assert article.text == "Rail strike called off after late deal\n\nThe strike was called off.\n\nTrains run."
    assert (article.url, article.site) == ("https://news.test/2025/12/05/rail-strike", "Example News")
    assert article.published_at is not None and article.published_at.isoformat() == "2025-12-05T15:53:20+00:00"
    assert article.authors == ("Tom Hughes",)


def test_a_ghost_export_is_read_as_its_posts() -> None:
    # Ghost's "Export your content" file: {"db": [{"meta": ..., "data": {"posts": [...], "users": [...]}}]}, its
    # post's text in `html`; the file was no_text_field (its one record was the {"meta", "data"} object).
    post = {"id": "65a", "title": "Why we moved to a four-day week", "slug": "four-day-week",
            "html": "<p>The newsroom tried it for a year.</p><p>Output rose.</p>",
            "plaintext": "The newsroom tried it for a year.\n\nOutput rose.", "status": "published",
            "published_at": "2025-10-14T07:00:00.000Z"}
    export = {"db": [{"meta": {"exported_on": 1764770000000, "version": "5.100.0"},
                      "data": {"posts": [post], "users": [{"id": "1", "name": "Sam Lee"}], "tags": []}}]}
    [article] = articles(export)
    assert article.text == "Why we moved to a four-day week\n\nThe newsroom tried it for a year.\n\nOutput rose."
    assert article.published_at is not None and article.published_at.isoformat() == "2025-10-14T07:00:00+00:00"


def test_a_feed_readers_item_with_two_links_is_at_the_first() -> None:
    # Inoreader and Feedly list a page's links: the page and its AMP copy were joined into one address
    [article] = articles({"items": [{
        "title": "Rates held", "summary": {"direction": "ltr", "content": "The Bank of England held rates."},
        "alternate": [{"href": "https://news.test/a", "type": "text/html"},
                      {"href": "https://news.test/a.amp", "type": "text/html"}]}]})
    assert article.url == "https://news.test/a"


def test_a_scrapers_whole_page_in_a_field_gives_its_article_not_its_menu_and_footer() -> None:
    # A scraper's `html` holding the whole page was read as a fragment: the menu ("Home News Sport"), the
    # headline again and the footer's cookie line were paragraphs of the article.
    page = ("<!doctype html><html><head><title>Port strike ends - Coast News</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>"
            "<article><h1>Port strike ends after nine days</h1>"
            "<p>Dockworkers at the city's container port voted on Tuesday to end a nine-day strike after the "
            "operator raised its pay offer.</p><p>The union said ships queued offshore would be unloaded by the "
            "weekend.</p></article><footer>Copyright 2025 Coast News. Cookie settings.</footer></body></html>")
    [article] = articles([{"title": "Port strike ends after nine days", "description": "Dockworkers vote.",
                           "html": page, "url": "https://coast.test/port"}])
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0] == "Port strike ends after nine days"
    assert paragraphs[1].startswith("Dockworkers at the city's container port")
    assert paragraphs[2] == "The union said ships queued offshore would be unloaded by the weekend."
    assert len(paragraphs) == 3  # no menu, no headline twice, no footer


def test_a_page_whose_extraction_finds_nothing_is_read_as_markup_still() -> None:
    [article] = articles([{"title": "Note", "html": "<html><body><div>Short note.</div></body></html>"}])
    assert article.text.endswith("Short note.")


def test_a_whole_page_in_a_field_that_is_an_error_page_is_no_text() -> None:
    # A scraper that saved a dead link's page gave its apology as the article, labelled like news; an `.html`
    # file of the same page is no article.
    page = ("<!doctype html><html><head><title>404 Not Found - Coast News</title></head><body>"
            "<nav><a href='/'>Home</a></nav><h1>Page not found</h1><p>Sorry, the page you were looking for does "
            "not exist. Check the URL or return to our home page.</p></body></html>")
    result = read_articles(json.dumps([{"title": "Port strike ends", "html": page}]).encode(), "json", ReadOptions())
    assert result.articles == []
    [bad] = result.bad
    assert bad.reason == "no_text" and "error page" in bad.detail


def test_a_whole_pages_own_headline_is_no_paragraph_beside_the_records_title() -> None:
    # The record's title and the page's <h1> differ (a scraper's og:title, a site's suffix): the <h1> was the
    # article's second paragraph, a second headline.
    body = ("<p>Dockworkers at the city's container port voted on Tuesday to end a nine-day strike after the "
            "operator raised its pay offer.</p><p>The union said ships queued offshore would be unloaded by the "
            "weekend.</p>")
    for title, h1 in [("Port strike ends after nine days", "Dockers accept deal as port strike ends"),
                      ("Port strike ends after nine days | Coast News", "Port strike ends after nine days")]:
        page = f"<!doctype html><html><head><title>{h1}</title></head><body><article><h1>{h1}</h1>{body}</article>"
        [article] = articles([{"title": title, "html": page + "</body></html>"}])
        paragraphs = article.text.split("\n\n")
        assert paragraphs[0] == title and paragraphs[1].startswith("Dockworkers"), paragraphs
        assert article.title == title


def test_a_whole_page_in_a_record_without_a_title_is_headlined_with_the_pages_headline() -> None:
    # A crawl's record of a page and its address alone had no title: its <h1> was an untitled first paragraph.
    page = ("<!doctype html><html><head><title>Port strike ends after nine days | Coast News</title></head><body>"
            "<nav><a href='/'>Home</a></nav><article><h1>Port strike ends after nine days</h1><p>Dockworkers at the "
            "city's container port voted on Tuesday to end a nine-day strike after the operator raised its pay "
            "offer.</p><p>The union said ships queued offshore would be unloaded by the weekend.</p></article>"
            "</body></html>")
    [article] = articles([{"url": "https://coast.test/port", "fetched_at": "2025-03-05T10:00:00Z", "html": page}])
    assert article.title == "Port strike ends after nine days"
    assert article.text.split("\n\n")[:2] == ["Port strike ends after nine days", (
        "Dockworkers at the city's container port voted on Tuesday to end a nine-day strike after the operator "
        "raised its pay offer.")]


def test_a_feed_readers_item_with_only_a_summary_is_read_by_it() -> None:
    # Feedly writes `content` for a full-text feed's items and only `summary` for the others, each {"content": ...}.
    read = articles({"items": [
        {"id": "1", "title": "Water bills to rise", "content": {"content": "<p>Bills will rise by 6% in April.</p>"}},
        {"id": "2", "title": "Runway approved", "summary": {"content": "Ministers approved a second runway."}},
    ]})
    assert [article.text.split("\n\n")[-1] for article in read] == [
        "Bills will rise by 6% in April.", "Ministers approved a second runway."]


def test_each_line_of_news_pleases_maintext_is_a_paragraph() -> None:
    # news-please's cleaner deletes a line end before another, so its paragraphs are joined by one "\n": an article
    # was one paragraph of all its text.
    [article] = articles({"title": "Bank holds rates", "url": "https://news.test/a", "source_domain": "news.test",
                          "date_publish": "2024-03-05 14:30:00", "authors": ["Jane Doe"],
                          "maintext": "Rates were held on Tuesday.\nThe governor spoke.\nMarkets had expected it."})
    assert article.text.split("\n\n") == [
        "Bank holds rates", "Rates were held on Tuesday.", "The governor spoke.", "Markets had expected it."]


def test_a_maintext_of_blank_line_paragraphs_keeps_its_line_breaks() -> None:
    text = "Rates were held\non Tuesday.\n\nThe governor spoke."
    [article] = articles({"title": "Bank holds rates", "maintext": text})
    assert article.text == "Bank holds rates\n\nRates were held\non Tuesday.\n\nThe governor spoke."


def test_a_scrapy_items_date_in_a_list_of_one_is_read() -> None:
    # Scrapy's ItemLoader without TakeFirst writes every field as a list: the title and text were read, the date
    # was date_unparsed.
    [article] = articles([{"url": "https://news.test/a", "title": ["Rates held"], "body": ["The bank held rates."],
                           "date": ["2025-03-05T14:20:00Z"]}])
    assert (article.title, article.published_at and article.published_at.isoformat()) == (
        "Rates held", "2025-03-05T14:20:00+00:00")
    assert "date_unparsed" not in article.metadata
