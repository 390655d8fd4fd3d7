"""A story shared from a reading app and saved as text: the app's notice and the story's link are no paragraphs, the
link is the story's address."""

from __future__ import annotations

import pytest

from transforms.formats import ArticleRecord, ReadOptions, read_articles


def read(text: str) -> ArticleRecord:
    [article] = read_articles(text.encode(), "txt", ReadOptions()).articles
    return article


@pytest.mark.parametrize("notice", ["Shared from Apple News", "Shared via Google News", "Shared from Flipboard"])
def test_an_apps_share_notice_is_no_paragraph_and_its_link_the_url(notice: str) -> None:
    text = (f"Czech coalition agrees budget\n\n{notice}\n\nPrague - The government agreed a budget on Wednesday.\n\n"
            "https://apple.news/AbCdEf12345\n")
    article = read(text)
    assert article.text.strip().split("\n\n") == ["Czech coalition agrees budget",
                                                  "Prague - The government agreed a budget on Wednesday."]
    assert article.url == "https://apple.news/AbCdEf12345"


def test_a_link_alone_under_the_story_is_its_address() -> None:
    article = read("Rail fares rise\n\nFares rose by 5 percent on Monday.\n\nhttps://example.com/news/fares\n")
    assert article.url == "https://example.com/news/fares"
    assert "https://" not in article.text


@pytest.mark.parametrize("text", [
    "Rail fares rise\n\nShared from Apple News, the story reached a million readers on Monday.\n",
    "Rail fares rise\n\nThe report is at https://example.com/fares and was shared widely.\n",
    "Reading list\n\nhttps://example.com/one\n\nhttps://example.com/two\n",
])
def test_a_sentence_or_a_list_of_links_stays(text: str) -> None:
    article = read(text)
    assert article.text.strip() == text.strip() and article.url is None


def test_a_link_alone_over_the_story_is_its_address_and_no_headline() -> None:
    # the app's link pasted first, its notice under it: the link was the text's headline
    article = read("https://apple.news/AqWe12\n\nShared from Apple News\n\nDutch cabinet falls\n\n"
                   "The Dutch cabinet collapsed on Friday after talks on migration failed.\n")
    assert article.url == "https://apple.news/AqWe12"
    assert article.text.split("\n\n")[0] == "Dutch cabinet falls"
