"""Records whose story's page is a `thread` object beside the post (Webz.io's news API): its site, title and date."""

from __future__ import annotations

import json

from transforms.formats import ReadOptions, read_articles

BODY = "The central bank held its main rate at 5.25 percent on Wednesday, citing stubborn service inflation."
THREAD = {"uuid": "t1", "url": "https://www.reuters.com/x", "site": "reuters.com", "site_full": "www.reuters.com",
          "title": "Rates hold", "published": "2024-03-05T10:00:00.000+02:00", "country": "US"}


def test_a_post_without_a_site_title_or_date_has_its_threads() -> None:
    # Webz.io's post names its site only in its thread: the article had no site, title or date
    post = {"thread": THREAD, "uuid": "p1", "url": "https://www.reuters.com/x", "author": "Jane Doe", "text": BODY}
    [article] = read_articles(json.dumps({"posts": [post]}).encode(), "json", ReadOptions()).articles
    assert (article.site, article.title) == ("reuters.com", "Rates hold")
    assert article.published_at is not None and article.published_at.isoformat() == "2024-03-05T08:00:00+00:00"
    assert article.metadata["thread"] == {"uuid": "t1", "url": "https://www.reuters.com/x",
                                          "site_full": "www.reuters.com", "country": "US"}


def test_a_posts_own_title_and_date_win_over_its_threads() -> None:
    post = {"thread": THREAD, "url": "https://www.reuters.com/x", "title": "Rates on hold again",
            "published": "2024-03-06T09:00:00Z", "text": BODY}
    data = (json.dumps(post) + "\n").encode()
    [article] = read_articles(data, "jsonl", ReadOptions()).articles
    assert (article.site, article.title) == ("reuters.com", "Rates on hold again")
    assert article.published_at is not None and article.published_at.isoformat() == "2024-03-06T09:00:00+00:00"


def test_a_thread_that_is_not_an_object_is_no_site() -> None:
    # Slack's and chat exports' `thread` is an id or a flag, not the story's page
    data = (json.dumps({"thread": "1700000000.000100", "text": BODY}) + "\n").encode()
    [article] = read_articles(data, "jsonl", ReadOptions()).articles
    assert article.site is None and article.metadata["thread"] == "1700000000.000100"
