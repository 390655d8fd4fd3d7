"""A Mastodon archive's outbox.json (ActivityStreams): each `Create` activity's post is an article."""

from __future__ import annotations

import json

from transforms.formats import ReadOptions, read_articles

POST = "Flooding has closed the A39 between Bridgwater and Minehead; police say it stays shut overnight."


def create(n: int, content: str) -> dict:
    return {"id": f"https://mastodon.social/users/jane/statuses/{n}/activity", "type": "Create",
            "actor": "https://mastodon.social/users/jane", "published": "2025-03-05T10:00:00Z",
            "object": {"id": f"https://mastodon.social/users/jane/statuses/{n}", "type": "Note", "summary": None,
                       "url": f"https://mastodon.social/@jane/{n}", "published": "2025-03-05T10:00:00Z",
                       "content": content, "tag": [{"type": "Hashtag", "name": "#flooding"}]}}


def test_an_outboxs_posts_are_articles_and_a_boost_is_no_text() -> None:
    outbox = {"@context": "https://www.w3.org/ns/activitystreams", "type": "OrderedCollection", "totalItems": 3,
              "orderedItems": [create(1, f"<p>{POST}</p>"), create(2, "<p>The ferry will not run this week.</p>"),
                               {"id": "https://mastodon.social/users/jane/statuses/3/activity", "type": "Announce",
                                "published": "2025-03-05T11:00:00Z", "object": "https://other.test/statuses/9"}]}
    result = read_articles(json.dumps(outbox).encode(), "json", ReadOptions())
    # The file was no_text_field: its activities' text is in their `object`.
    assert [article.text for article in result.articles] == [POST, "The ferry will not run this week."]
    assert result.articles[0].url == "https://mastodon.social/@jane/1"
    assert result.articles[0].published_at is not None and result.articles[0].published_at.isoformat() == (
        "2025-03-05T10:00:00+00:00")
    assert [(bad.record, bad.reason) for bad in result.bad] == [(3, "no_text")]


def test_a_posts_content_map_gives_its_language() -> None:
    french = "Le ferry pour Roscoff ne partira pas ce matin à cause de la tempête."
    post = create(1, f"<p>{french}</p>")
    post["object"]["contentMap"] = {"fr": f"<p>{french}</p>"}
    [article] = read_articles(json.dumps({"orderedItems": [post]}).encode(), "json", ReadOptions()).articles
    assert (article.text, article.language) == (french, "fr")  # it had no language


def test_a_bluesky_posts_langs_give_its_language() -> None:
    record = {"text": POST, "createdAt": "2025-03-05T10:00:00.000Z", "langs": ["en-GB"]}
    [article] = read_articles(json.dumps([record]).encode(), "json", ReadOptions()).articles
    assert article.language == "en"


def test_a_posts_text_only_in_its_content_map_is_its_text() -> None:
    # ActivityStreams allows a Note's content as `contentMap` alone, or beside a null `content`: each was no_text.
    french = "Les liaisons entre Roscoff et Plymouth reprennent ce matin après deux jours d'annulations."
    without, null = create(1, ""), create(2, "")
    del without["object"]["content"]
    null["object"]["content"] = None
    for post in (without, null):
        post["object"]["contentMap"] = {"fr": f"<p>{french}</p>"}
        post["object"]["summary"] = "Transports"  # a content warning, no stand-in for the text
    result = read_articles(json.dumps({"orderedItems": [without, null]}).encode(), "json", ReadOptions())
    assert [(a.text, a.language) for a in result.articles] == [(french, "fr"), (french, "fr")]
    assert result.bad == []


def test_a_file_of_posts_without_content_reads_their_content_map_not_their_content_warnings() -> None:
    # No post of the file has `content`: the file's text field is `summary`, each post's content warning.
    french = "Les liaisons entre Roscoff et Plymouth reprennent ce matin après deux jours d'annulations."
    posts = [create(n, "") for n in (1, 2)]
    for post in posts:
        del post["object"]["content"]
        post["object"]["contentMap"] = {"fr": f"<p>{french}</p>"}
        post["object"]["summary"] = "Transports"
    result = read_articles(json.dumps({"orderedItems": posts}).encode(), "json", ReadOptions())
    assert [(a.text, a.language) for a in result.articles] == [(french, "fr"), (french, "fr")]
