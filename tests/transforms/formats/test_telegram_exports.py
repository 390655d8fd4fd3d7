"""Telegram Desktop's chat export (`result.json`): a message whose text has a link or bold words in it is written as
a list of pieces, strings and `{"type", "text"}` objects; it is one text, its pieces run together."""

from __future__ import annotations

import json

from transforms.formats import ReadOptions, read_articles

EXPORT = {"name": "Kyiv Daily Briefing", "type": "public_channel", "id": 1789012345, "messages": [
    {"id": 4412, "type": "message", "date": "2025-11-03T09:15:02", "from": "Kyiv Daily Briefing",
     "text": ["Breaking: ", {"type": "bold", "text": "Russian drones"}, " hit Kharkiv overnight, damaging two "
              "apartment blocks, the regional governor said. Read more: ",
              {"type": "text_link", "text": "our live page", "href": "https://example.org/live"}, "."]},
    {"id": 4413, "type": "message", "date": "2025-11-03T11:40:10", "from": "Kyiv Daily Briefing",
     "text": "Repair crews restored electricity to most of Kharkiv's northern districts by midday."}]}


def test_a_message_written_in_pieces_is_read_as_one_text() -> None:
    result = read_articles(json.dumps(EXPORT).encode(), "json", ReadOptions())
    texts = [article.text for article in result.articles]
    assert len(texts) == 2 and not result.bad  # it was set aside: "field 'text' holds an object"
    assert texts[0].startswith("Breaking: Russian drones hit Kharkiv overnight")
    assert "Read more: our live page." in texts[0]


def test_a_body_of_typed_blocks_stays_paragraphs() -> None:
    record = {"title": "Rain", "text": [{"type": "paragraph", "text": "It rained in Leeds on Monday morning."},
                                        {"type": "paragraph", "text": "The river rose by a metre overnight."}]}
    result = read_articles(json.dumps([record]).encode(), "json", ReadOptions())
    assert "Monday morning.The river" not in "".join(a.text for a in result.articles)


def test_a_service_message_is_a_bad_record_that_says_what_it_is() -> None:
    # a pin, a join or the channel's creation is no one's post: kept as a bad record (counted), its detail naming
    # it, where it read "no text in field 'text'" as an empty post would
    service = [{"id": 4414, "type": "service", "date": "2025-11-03T11:41:00", "actor": "Kyiv Daily Briefing",
                "action": "pin_message", "message_id": 4413, "text": ""},
               {"id": 4415, "type": "service", "date": "2025-11-03T12:00:00", "actor": "Olena K.",
                "action": "join_group_by_link", "text": ""}]
    export = {**EXPORT, "messages": [*EXPORT["messages"], *service]}  # type: ignore[list-item]
    result = read_articles(json.dumps(export).encode(), "json", ReadOptions())
    assert len(result.articles) == 2
    assert [(b.reason, b.detail.rsplit(": ", 1)[-1]) for b in result.bad] == [
        ("no_text", "a Telegram service message (pin_message), no article"),
        ("no_text", "a Telegram service message (join_group_by_link), no article")]
