"""API responses saved page after page (a line each, or one after another) are read as their records."""

from __future__ import annotations

import json

import pytest

from transforms.formats import FormatError, ReadOptions, read_articles


def page(*ids: int) -> dict[str, object]:
    return {"status": "ok", "totalResults": 40,
            "articles": [{"url": f"https://x.test/{i}", "title": f"T{i}", "description": f"Story {i}."} for i in ids]}


@pytest.mark.parametrize("kind", ["jsonl", "json"])
@pytest.mark.parametrize(
    "pages",
    [[page(1, 2), page(3)], [page(1, 2)["articles"], page(3)["articles"]]],
    ids=["responses", "arrays"],
)
def test_pages_of_an_api_saved_line_by_line_are_their_articles(kind: str, pages: list[object]) -> None:
    # `curl "...&page=$p" >> news.jsonl` (or `jq -c .articles`): every line a page. The file was no_text_field
    # (a page's fields are status, totalResults and articles) or not_records (no line an object).
    data = "\n".join(json.dumps(p) for p in pages).encode() + b"\n"
    result = read_articles(data, kind, ReadOptions())
    assert [(a.record, a.key, a.title) for a in result.articles] == [
        (1, "url=https://x.test/1", "T1"), (2, "url=https://x.test/2", "T2"), (3, "url=https://x.test/3", "T3")]
    assert result.bad == []


def test_a_broken_page_line_is_one_bad_record_and_the_other_pages_are_read() -> None:
    data = "\n".join([json.dumps(page(1, 2)), '{"status": "ok", "articles": [{"title": "cut', json.dumps(page(3))])
    result = read_articles(data.encode() + b"\n", "jsonl", ReadOptions())
    assert [(a.record, a.title) for a in result.articles] == [(1, "T1"), (2, "T2"), (4, "T3")]
    [bad] = result.bad
    assert (bad.record, bad.reason) == (3, "malformed_record") and bad.detail.startswith("line 2: not JSON")


def test_records_with_a_list_of_other_objects_are_no_pages() -> None:
    # A record whose text field has no common name is no page because it holds a list of tags: the file is
    # no_text_field, as before, not its tags read as articles.
    lines = [{"story_html": "x", "tags": [{"name": "politics", "text": "Politics"}]}] * 2
    with pytest.raises(FormatError, match="no field holds the article text"):
        read_articles("\n".join(json.dumps(x) for x in lines).encode(), "jsonl", ReadOptions())
    # Nor is a record holding a list of results (a match report's scores) a page: its own fields are named.
    lines = [{"story_html": "x", "results": [{"team": "A", "score": 1}]}] * 2
    with pytest.raises(FormatError, match="fields: story_html, results"):
        read_articles("\n".join(json.dumps(x) for x in lines).encode(), "jsonl", ReadOptions())
