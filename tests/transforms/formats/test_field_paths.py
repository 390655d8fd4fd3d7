"""Records whose fields hold objects (WordPress REST exports, nested feeds): never a Python repr."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from transforms.formats import ReadOptions, read_articles

WORDPRESS = json.dumps([{
    "id": 101,
    "date": "2024-03-12T10:00:00",
    "date_gmt": "2024-03-12T09:00:00",
    "link": "https://blog.example/cycle-lanes",
    "title": {"rendered": "Council approves new cycle lanes"},
    "content": {"rendered": "<p>The council voted for lanes.</p>\n<p>Shops objected.</p>", "protected": False},
    "excerpt": {"rendered": "<p>Lanes.</p>"},
}]).encode()
NESTED = json.dumps({"id": "n1", "article": {"headline": "Rain", "body": "It rained all day.", "section": "uk"}})


def test_wordpress_export_reads_rendered_members_without_a_mapping() -> None:
    result = read_articles(WORDPRESS, "json", ReadOptions())
    [article] = result.articles
    assert result.mapping is not None and result.mapping["text"] == "content"
    assert article.title == "Council approves new cycle lanes"
    assert article.text == "Council approves new cycle lanes\n\nThe council voted for lanes.\n\nShops objected."
    assert article.published_at == datetime(2024, 3, 12, 9, tzinfo=UTC)  # date_gmt, not the local "date"
    assert "{'rendered'" not in article.text + json.dumps(article.metadata)


def test_dotted_paths_map_members_of_nested_objects() -> None:
    options = ReadOptions({"text": "article.body", "title": "article.headline"})
    result = read_articles(NESTED.encode(), "jsonl", options)
    [article] = result.articles
    assert (article.title, article.text, article.key) == ("Rain", "Rain\n\nIt rained all day.", "id=n1")
    assert article.metadata == {"article": {"section": "uk"}}  # the mapped members are not repeated
    assert result.bad == []


def test_text_field_holding_an_object_is_no_text_naming_the_path_to_map() -> None:
    result = read_articles(NESTED.encode(), "jsonl", ReadOptions())
    assert result.articles == []
    [bad] = result.bad
    assert bad.reason == "no_text"
    assert "article.body" in bad.detail and "--field text=article.body" in bad.detail


def test_list_of_paragraphs_is_paragraphs_and_an_odd_title_object_stays_in_metadata() -> None:
    line = {"title": {"a": "x", "b": "y"}, "text": ["First.", "Second."]}
    [article] = read_articles(json.dumps(line).encode(), "jsonl", ReadOptions()).articles
    assert (article.title, article.text) == (None, "First.\n\nSecond.")
    assert article.metadata == {"title": {"a": "x", "b": "y"}}


def test_an_id_holding_an_object_keys_by_its_text_or_its_json_never_a_python_repr() -> None:
    lines = [{"_id": {"$oid": "65a1f0"}, "text": "Rain fell."},  # a MongoDB export
             {"_id": {"a": 1, "b": "x"}, "text": "Sun came out."},
             {"_id": {"b": "x", "a": 1}, "text": "Same id, members in another order."}]
    result = read_articles("\n".join(json.dumps(x) for x in lines).encode(), "jsonl", ReadOptions({"id": "_id"}))
    assert [a.key for a in result.articles] == ["id=65a1f0", 'id={"a": 1, "b": "x"}']
    [bad] = result.bad
    assert (bad.record, bad.reason) == (3, "duplicate_key")


def test_a_text_of_blocks_is_read_by_the_path_its_no_text_detail_names() -> None:
    # A CMS body as a list of blocks (Arc XP's content_elements, a headless CMS's rich text): the record was
    # no_text naming `--field text=body.text`, and that path read nothing (no_text again, every record).
    record = {"id": "b1", "title": "Rates held",
              "body": [{"type": "text", "text": "The bank held rates."}, {"type": "image", "url": "x.jpg"},
                       {"type": "text", "text": "<p>Markets <em>rose</em>.</p>"}]}
    data = json.dumps(record).encode()
    [bad] = read_articles(data, "jsonl", ReadOptions()).bad
    assert "--field text=body.text" in bad.detail
    result = read_articles(data, "jsonl", ReadOptions({"text": "body.text"}))
    [article] = result.articles
    assert (article.text, result.bad) == ("Rates held\n\nThe bank held rates.\n\nMarkets rose.", [])
    # The blocks' text is not repeated in metadata; what else they hold stays.
    assert article.metadata == {"body": [{"type": "text"}, {"type": "image", "url": "x.jpg"}, {"type": "text"}]}
