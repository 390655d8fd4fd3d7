"""A Bluesky feed (`app.bsky.feed.getAuthorFeed`'s JSON): each item's post is an article."""

from __future__ import annotations

import json

from transforms.formats import ReadOptions, read_articles

POSTS = ["Flooding has closed the A39 between Bridgwater and Minehead; police say it stays shut overnight.",
         "The Minehead ferry will not run this week, after storm damage to the harbour wall."]


def item(n: int, text: str, author: dict) -> dict:
    post = {"uri": f"at://did:plc:k7r2/app.bsky.feed.post/3lb{n}", "cid": f"bafyrei{n}", "author": author,
            "record": {"$type": "app.bsky.feed.post", "text": text, "createdAt": f"2025-03-05T1{n}:00:00.000Z",
                       "langs": ["en"]},
            "replyCount": 0, "repostCount": 3, "likeCount": 12, "indexedAt": f"2025-03-05T1{n}:00:01.000Z"}
    return {"post": post}


def test_each_post_of_an_author_feed_is_an_article() -> None:
    author = {"did": "did:plc:k7r2", "handle": "somersetlive.bsky.social", "displayName": "Somerset Live"}
    feed = {"feed": [item(n, text, author) for n, text in enumerate(POSTS)], "cursor": "2025-03-05T10:00:00.000Z"}
    result = read_articles(json.dumps(feed).encode(), "json", ReadOptions())  # it was quarantined no_text_field
    assert [a.text for a in result.articles] == POSTS
    first = result.articles[0]
    assert first.published_at.isoformat() == "2025-03-05T10:00:00+00:00"
    assert first.authors == ("Somerset Live",)
    assert first.url == "https://bsky.app/profile/somersetlive.bsky.social/post/3lb0"  # not its at:// uri
    assert first.key == f"url={first.url}"


def test_a_post_whose_author_set_no_display_name_is_by_its_handle() -> None:
    feed = {"feed": [item(1, POSTS[0], {"did": "did:plc:k7r2", "handle": "jdoe.bsky.social"})]}
    [article] = read_articles(json.dumps(feed).encode(), "json", ReadOptions()).articles
    assert (article.authors, article.url) == (("jdoe.bsky.social",), "https://bsky.app/profile/jdoe.bsky.social/post/3lb1")
