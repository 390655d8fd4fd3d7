"""Mastodon's posts (its API's statuses, an account's RSS feed): hashtag links are tags, not prose."""

from __future__ import annotations

import html
import json

import pytest

from transforms.formats import ReadOptions, read_articles

POST = "Flooding has closed the A39 between Bridgwater and Minehead; police say it stays shut overnight."


def tag(word: str) -> str:
    return f'<a href="https://mastodon.social/tags/{word}" class="mention hashtag" rel="tag">#<span>{word}</span></a>'


CONTENT = f"<p>{POST}</p><p>{tag('flooding')} {tag('Somerset')}</p>"


def test_a_statuss_closing_hashtags_are_no_paragraph() -> None:
    status = {"id": "113912", "created_at": "2025-03-05T10:00:00.000Z", "language": "en", "content": CONTENT,
              "url": "https://mastodon.social/@jane/113912", "tags": [{"name": "flooding"}, {"name": "somerset"}]}
    [article] = read_articles(json.dumps([status]).encode(), "json", ReadOptions()).articles
    assert article.text == POST  # "#flooding #Somerset" was a paragraph of its own
    assert article.metadata["tags"] == [{"name": "flooding"}, {"name": "somerset"}]


def test_a_hashtag_inside_a_sentence_is_its_word() -> None:
    content = f"<p>The {tag('Minehead')} ferry will not run this week, after storm damage to the harbour wall.</p>"
    [article] = read_articles(json.dumps([{"content": content}]).encode(), "json", ReadOptions()).articles
    assert article.text == "The Minehead ferry will not run this week, after storm damage to the harbour wall."


def test_a_mastodon_feeds_hashtags_are_its_categories_not_its_text() -> None:
    feed = ('<rss version="2.0"><channel><title>Jane Doe</title><link>https://mastodon.social/@jane</link><item>'
            "<guid>https://mastodon.social/@jane/1</guid><pubDate>Wed, 05 Mar 2025 10:00:00 +0000</pubDate>"
            f"<description>{html.escape(CONTENT)}</description><category>flooding</category>"
            "<category>Somerset</category></item></channel></rss>")
    [article] = read_articles(feed.encode(), "feed", ReadOptions()).articles
    assert article.text == POST
    assert article.metadata["categories"] == ["flooding", "Somerset"]


@pytest.mark.parametrize(("content", "text"), [
    ('<p>Filed under <a href="/tag/politics" rel="tag">Politics</a></p>', "Filed under Politics"),  # WordPress's
    ("<p>#1 seed wins the final</p>", "#1 seed wins the final"),  # a "#" that is no tag link
    ('<p><a href="https://news.test/a">#Budget2025</a> is trending.</p>', "#Budget2025 is trending."),
])
def test_text_that_is_no_hashtag_link_stays(content: str, text: str) -> None:
    [article] = read_articles(json.dumps([{"content": content}]).encode(), "json", ReadOptions()).articles
    assert article.text == text


def test_a_statuss_author_is_its_accounts_display_name() -> None:
    status = {"id": "113912", "created_at": "2025-03-05T10:00:00.000Z", "content": f"<p>{POST}</p>",
              "account": {"id": "1", "username": "jane", "acct": "jane", "display_name": "Jane Doe"}}
    [article] = read_articles(json.dumps([status]).encode(), "json", ReadOptions()).articles
    assert article.authors == ("Jane Doe",)  # it had none, the account in metadata


def test_an_account_field_that_is_no_users_record_is_no_author() -> None:
    record = {"id": "7", "title": "Fares rise", "text": POST, "account": "premium"}  # a paywall's plan
    [article] = read_articles(json.dumps([record]).encode(), "json", ReadOptions()).articles
    assert article.authors == ()  # it was ("premium",)
    assert article.metadata["account"] == "premium"


@pytest.mark.parametrize("closing", [
    f" {tag('Bretagne')} {tag('ferry')}",  # after the sentence, in its paragraph
    f"<br>{tag('Bretagne')} {tag('ferry')}",  # on a line of their own in it
])
def test_a_statuss_closing_hashtags_in_its_last_paragraph_are_no_words(closing: str) -> None:
    sentence = "Le ferry pour Roscoff ne partira pas ce matin à cause de la tempête."
    content = f"<p>{sentence}{closing}</p>"
    [article] = read_articles(json.dumps([{"content": content}]).encode(), "json", ReadOptions()).articles
    assert article.text == sentence  # it ended "... la tempête. Bretagne ferry"


@pytest.mark.parametrize(("content", "text"), [
    (f"<p>Crossings to {tag('Minehead')}.</p>", "Crossings to Minehead."),  # the sentence's last word
    # no sentence before them
    (f"<p>Storm damage at {tag('Minehead')} {tag('harbour')}</p>", "Storm damage at Minehead harbour"),
])
def test_hashtags_that_end_a_sentence_are_its_words(content: str, text: str) -> None:
    [article] = read_articles(json.dumps([{"content": content}]).encode(), "json", ReadOptions()).articles
    assert article.text == text


@pytest.mark.parametrize(("account", "author"), [
    ({"id": "1", "username": "jane", "acct": "jane", "display_name": ""}, "jane"),  # no display name set
    ({"id": "2", "acct": "jane@mastodon.social", "display_name": " "}, "jane@mastodon.social"),  # only its address
])
def test_an_account_without_a_display_name_is_known_by_its_user_name(account: dict, author: str) -> None:
    status = {"id": "113912", "created_at": "2025-03-05T10:00:00.000Z", "content": f"<p>{POST}</p>",
              "account": account}
    [article] = read_articles(json.dumps([status]).encode(), "json", ReadOptions()).articles
    assert article.authors == (author,)  # it had none
