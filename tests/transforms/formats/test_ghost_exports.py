"""A Ghost blog's export: its posts, each by the authors the export joins to it."""

from __future__ import annotations

import json

from transforms.formats import ReadOptions, read_articles


def export(posts_authors: list[dict[str, object]]) -> bytes:
    posts = [
        {"id": "p1", "title": "Why the night bus matters", "status": "published",
         "html": "<p>The city's night buses carried 2.1 million passengers last year, most of them shift workers.</p>",
         "published_at": "2025-05-28T06:30:00.000Z"},
        {"id": "p2", "title": "The library that stayed open", "status": "published",
         "html": "<p>When the council closed four branch libraries in 2024, volunteers kept one of them open.</p>",
         "published_at": "2025-06-01T08:00:00.000Z"},
    ]
    users = [{"id": "u1", "name": "Helen Marsh", "slug": "helen"}, {"id": "u2", "name": "Omar Haddad"}]
    data = {"posts": posts, "users": users, "posts_authors": posts_authors}
    return json.dumps({"db": [{"meta": {"version": "5.120.3"}, "data": data}]}).encode()


def test_a_ghost_exports_posts_are_by_their_authors_in_the_exports_order() -> None:
    links = [{"post_id": "p1", "author_id": "u2", "sort_order": 1},
             {"post_id": "p1", "author_id": "u1", "sort_order": 0},
             {"post_id": "p2", "author_id": "u1", "sort_order": 0}]
    articles = read_articles(export(links), "json", ReadOptions()).articles
    assert [(a.title, a.authors) for a in articles] == [
        ("Why the night bus matters", ("Helen Marsh", "Omar Haddad")),
        ("The library that stayed open", ("Helen Marsh",)),
    ]


def test_a_ghost_post_no_author_is_joined_to_has_none() -> None:
    articles = read_articles(export([{"post_id": "p2", "author_id": "u2"}]), "json", ReadOptions()).articles
    assert [a.authors for a in articles] == [(), ("Omar Haddad",)]


def test_an_object_with_a_db_field_that_is_no_ghost_export_is_read_as_records() -> None:
    record = {"title": "Tram line opens", "author": "Pia Lund",
              "text": "The new tram line opened on Saturday, linking the airport and the centre."}
    value = {"db": "newsroom-prod", "articles": [record]}
    [article] = read_articles(json.dumps(value).encode(), "json", ReadOptions()).articles
    assert (article.title, article.authors) == ("Tram line opens", ("Pia Lund",))


def test_a_ghost_1_exports_posts_are_by_the_author_each_names() -> None:
    # Ghost 1's export has no `posts_authors`: each post names its one author by `author_id`
    posts = [{"id": "1", "title": "Rain", "status": "published", "author_id": "7",
              "html": "<p>Rain fell all week in the valley, and the river rose to a record on Sunday.</p>"}]
    users = [{"id": "7", "name": "Tom Roe"}]
    value = {"db": [{"meta": {"version": "1.25.0"}, "data": {"posts": posts, "users": users}}]}
    [article] = read_articles(json.dumps(value).encode(), "json", ReadOptions()).articles
    assert article.authors == ("Tom Roe",)


def test_a_ghost_exports_drafts_and_pages_say_so_as_a_wordpress_exports_do() -> None:
    posts = [{"id": "p1", "title": "Flood wall finished", "status": "published", "type": "post",
              "html": "<p>The town's new flood wall was finished on Monday after two years of work.</p>"},
             {"id": "p2", "title": "Budget notes", "status": "draft", "type": "post",
              "html": "<p>Notes on the council budget to write up before Thursday's meeting.</p>"},
             {"id": "p3", "title": "About us", "status": "published", "type": "page",
              "html": "<p>We are a local news site covering the valley since 2019.</p>"}]
    data = json.dumps({"db": [{"data": {"posts": posts, "users": []}}]}).encode()
    articles = read_articles(data, "json", ReadOptions()).articles
    kinds = [(a.title, a.metadata.get("status"), a.metadata.get("post_type")) for a in articles]
    assert kinds == [("Flood wall finished", "published", "post"), ("Budget notes", "draft", "post"),
                     ("About us", "published", "page")]


def test_a_ghost_posts_other_encodings_of_its_body_are_not_copied_into_its_metadata() -> None:
    # A real export holds each post's body three or four times (html, plaintext, mobiledoc or lexical): the article
    # is read from its html and its metadata keeps no copy of the text.
    post = {"id": "p1", "title": "Flood wall finished", "status": "published", "type": "post",
            "html": "<p>The town's new flood wall was finished on Monday after two years of work.</p>",
            "plaintext": "The town's new flood wall was finished on Monday after two years of work.",
            "lexical": json.dumps({"root": {"children": [{"text": "The town's new flood wall was finished"}]}}),
            "uuid": "5f1c"}
    data = {"posts": [post], "users": [], "posts_authors": []}
    raw = json.dumps({"db": [{"meta": {"version": "5.120.3"}, "data": data}]}).encode()
    [article] = read_articles(raw, "json", ReadOptions()).articles
    assert "flood wall was finished on Monday" in article.text
    assert not {"plaintext", "lexical", "mobiledoc"} & set(article.metadata), article.metadata
    assert article.metadata.get("post_type") == "post" and article.metadata.get("uuid") == "5f1c"
