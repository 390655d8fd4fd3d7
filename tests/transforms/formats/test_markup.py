"""HTML markup inside records' text fields is read as HTML; plain text is kept as written."""

from __future__ import annotations

import json

from transforms.formats import ArticleRecord, ReadOptions, read_articles


def article_of(record: dict[str, object]) -> ArticleRecord:
    [article] = read_articles(json.dumps(record).encode(), "jsonl", ReadOptions()).articles
    return article


def test_markup_in_a_text_field_becomes_paragraphs_and_entities_are_unescaped() -> None:
    article = article_of({
        "title": "Council &amp; cyclists",
        "content": "<p>Traffic &amp; pollution will fall.</p><p>Shops <b>objected</b>.</p><div>Third<br>line.</div>",
    })
    assert article.title == "Council & cyclists"
    assert article.text == "Council & cyclists\n\nTraffic & pollution will fall.\n\nShops objected.\n\nThird\nline."


def test_plain_text_with_angle_brackets_and_ampersands_is_untouched() -> None:
    text = "Rain < 2 mm & wind of <b>40</b> km/h; AT&T said &amp; is fine."
    assert article_of({"text": text}).text == text


def test_markup_with_control_characters_is_read_not_a_failed_batch() -> None:
    # XML allows no form feed or escape character: lxml refused the value and the batch failed.
    article = article_of({"title": "T", "text": "<p>Bad \x0c form\x1b feed</p><p>Second.</p>"})
    assert article.text == "T\n\nBad form feed\n\nSecond."
