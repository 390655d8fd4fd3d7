"""Exports that wrap each record's fields in one object (`_source`, `attributes`, `node`) are read through it."""

from __future__ import annotations

import json

import pytest

from transforms.formats import FormatError, ReadOptions, read_articles

HIT = {"_index": "news", "_id": "a1", "_score": 1.0,
       "_source": {"title": "Budget passed", "body": "The council approved the budget.",
                   "published": "2024-03-05T10:00:00Z", "author": "Jane Doe"}}


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        ("\n".join(json.dumps(h) for h in (HIT, {**HIT, "_id": "a2"})), "jsonl"),  # elasticdump
        (json.dumps({"took": 3, "hits": {"total": {"value": 2}, "hits": [HIT, {**HIT, "_id": "a2"}]}}), "json"),
    ],
    ids=["elasticdump-jsonl", "search-response-json"],
)
def test_an_elasticsearch_export_is_read_through_its_source(data: str, kind: str) -> None:
    # It was quarantined no_text_field, and --field text=_source.body left the title, date and
    # authors unread and took `_source`, an object, for the site.
    result = read_articles(data.encode(), kind, ReadOptions())
    assert [(a.key, a.title, a.site) for a in result.articles] == [("id=a1", "Budget passed", None),
                                                                 ("id=a2", "Budget passed", None)]
    first = result.articles[0]
    assert (first.published_at.isoformat(), first.authors) == ("2024-03-05T10:00:00+00:00", ("Jane Doe",))
    assert first.metadata == {"_index": "news", "_score": 1.0}


def test_a_json_api_resource_keeps_its_own_id_and_a_graphql_node_is_read() -> None:
    api = {"data": [{"id": "7", "type": "articles",
                     "attributes": {"id": 1, "title": "T", "body": "Some text here.", "created-at": "2024-03-05"}}]}
    [article] = read_articles(json.dumps(api).encode(), "json", ReadOptions()).articles
    assert (article.key, article.title, article.text) == ("id=7", "T", "T\n\nSome text here.")
    edges = {"data": {"articles": {"edges": [{"cursor": "x", "node": {"id": "n1", "headline": "H",
                                                                    "content": "Body text."}}]}}}
    [article] = read_articles(json.dumps(edges).encode(), "json", ReadOptions()).articles
    assert (article.key, article.title, article.metadata) == ("id=n1", "H", {"cursor": "x"})


def test_a_text_field_of_the_records_own_or_a_given_one_is_read_as_before() -> None:
    # The records' own text wins over a wrapper's; a --field text= reads the file as it says.
    own = json.dumps({"text": "Own text.", "_source": {"body": "Wrapped text."}}).encode()
    assert read_articles(own, "jsonl", ReadOptions()).articles[0].text == "Own text."
    given = read_articles(json.dumps(HIT).encode(), "jsonl", ReadOptions(fields={"text": "_source.body"}))
    # ... its text the path's, and the members beside it its title, date and author, as the wrapper's unmapped are
    [article] = given.articles
    assert (article.text, article.title, article.authors) == (
        "Budget passed\n\nThe council approved the budget.", "Budget passed", ("Jane Doe",))
    # A wrapper some record lacks is no wrapper: the file has no text field, as before.
    with pytest.raises(FormatError, match="no field holds the article text"):
        read_articles((json.dumps(HIT) + "\n" + json.dumps({"_id": "b"})).encode(), "jsonl", ReadOptions())


@pytest.mark.parametrize("kept", [False, True], ids=["given", "remembered"])
def test_a_run_s_text_field_that_the_file_lacks_leaves_its_wrapper_read(kept: bool) -> None:
    # A run over a folder maps `--field text=Body Text` for its CSV files; a JSON:API export beside them has no
    # such field. The pair applies only to files that have it, but it stopped the wrapper from being read:
    # the export was quarantined no_text_field, every article lost.
    pair = {"text": "Body Text"}
    options = ReadOptions(kept=pair, where_present=True) if kept else ReadOptions(fields=pair, where_present=True)
    api = {"data": [{"id": "7", "attributes": {"title": "T", "body": "Some text here."}}]}
    [article] = read_articles(json.dumps(api).encode(), "json", options).articles
    assert (article.key, article.title, article.text) == ("id=7", "T", "T\n\nSome text here.")


def test_a_guardian_content_api_response_is_read_through_its_fields() -> None:
    # `show-fields=all` puts the body and byline in `fields`, the date, title and URL beside it as `web...`:
    # the file was quarantined no_text_field.
    result = {"id": "politics/2024/mar/04/budget", "type": "article", "webPublicationDate": "2024-03-04T10:00:00Z",
              "webTitle": "Budget: what we know", "webUrl": "https://www.theguardian.com/politics/budget",
              "fields": {"byline": "Jane Doe", "body": "<p>The chancellor will stand up.</p>"}}
    data = json.dumps({"response": {"status": "ok", "results": [result]}}).encode()
    [article] = read_articles(data, "json", ReadOptions()).articles
    assert (article.title, article.text) == ("Budget: what we know",
                                             "Budget: what we know\n\nThe chancellor will stand up.")
    assert (article.published_at.isoformat(), article.url, article.authors) == (
        "2024-03-04T10:00:00+00:00", "https://www.theguardian.com/politics/budget", ("Jane Doe",))


def test_a_contentful_export_is_read_through_its_localised_fields() -> None:
    entry = {"sys": {"id": "e1", "type": "Entry"},
             "fields": {"title": {"en-US": "Rates held"}, "body": {"en-US": "The bank held rates."}}}
    [article] = read_articles(json.dumps({"items": [entry]}).encode(), "json", ReadOptions()).articles
    assert (article.title, article.text) == ("Rates held", "Rates held\n\nThe bank held rates.")


def test_a_drupal_json_api_export_is_dated_by_its_created_attribute() -> None:
    # Drupal's JSON:API writes the node's date as `created`: the articles had no date.
    api = {"data": [{"type": "node--article", "id": "u1",
                     "attributes": {"title": "T", "body": "Some text here.", "created": "2024-03-04T10:00:00+01:00"}}]}
    [article] = read_articles(json.dumps(api).encode(), "json", ReadOptions()).articles
    assert article.published_at is not None and article.published_at.isoformat() == "2024-03-04T09:00:00+00:00"
