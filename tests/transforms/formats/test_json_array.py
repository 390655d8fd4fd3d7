"""JSON files: an array of articles, or an object holding one."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from transforms.formats import FormatError, ReadOptions, read_articles

API = Path(__file__).parents[2] / "data" / "formats" / "mixed" / "api.json"


def test_api_response_holding_an_array_of_articles() -> None:
    result = read_articles(API.read_bytes(), "json", ReadOptions())
    [article] = result.articles
    assert article.title == "Payments to farmers delayed"
    assert article.site == "Farm Weekly"  # {"source": {"name": ...}}
    assert article.published_at == datetime(2022, 9, 26, 10, tzinfo=UTC)
    assert (article.record, article.key) == (1, "url=https://api.example/p1")


def test_plain_array_with_a_non_object_item() -> None:
    result = read_articles(b'[{"title": "A", "text": "One."}, 5, {"text": "Two."}]', "json", ReadOptions())
    assert [(a.record, a.title) for a in result.articles] == [(1, "A"), (3, None)]
    assert [(b.record, b.reason) for b in result.bad] == [(2, "malformed_record")]


@pytest.mark.parametrize("data", [b"<html><body>hi</body></html>", b'{"status": "ok"}', b"42"])
def test_not_an_article_export_is_rejected_whole(data: bytes) -> None:
    with pytest.raises(FormatError) as raised:
        read_articles(data, "json", ReadOptions())
    assert raised.value.reason == "not_records"


def test_not_json_detail_has_no_doubled_word() -> None:
    with pytest.raises(FormatError) as raised:
        read_articles(b'[{"text": "cut off', "json", ReadOptions())
    assert raised.value.detail == "not JSON: Unterminated string starting at line 1"
