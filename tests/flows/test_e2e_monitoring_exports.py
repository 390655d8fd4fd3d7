"""A media-monitoring export, a feed and a newsletter, as a user saves them, read end to end into the lake."""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.ingest import ingest_articles
from warehouse.lake import read_table

# Meltwater's CSV export: a BOM, its own column names, and a day written "10-Oct-2026 09:12PM".
MELTWATER = (
    "\ufeffDate,Headline,URL,Opening Text,Hit Sentence,Source,Author,Country,Language,Sentiment,Reach\n"
    '10-Oct-2026 09:12PM,Uganda Cranes beat Kenya 2-1 in Kampala qualifier,https://www.monitor.test/cranes,'
    '"Uganda Cranes came from behind to beat Kenya 2-1 at Mandela National Stadium in Kampala on Saturday, keeping '
    'alive their hopes of reaching the Africa Cup of Nations.",came from behind,Daily Monitor,Isaac Ssejjombwe,'
    "Uganda,English,Positive,125000\n"
)
# An RSS 2.0 file of several items: each item an article, its author the item's dc:creator.
RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Results</title>
<link>https://sport.test/</link><description>Latest results</description>
<item><title>Black Stars edge Nigeria in Accra friendly</title><link>https://sport.test/black-stars</link>
<pubDate>Wed, 25 Mar 2026 21:40:00 GMT</pubDate><dc:creator>Kwame Asare</dc:creator>
<description>Ghana beat Nigeria 1-0 in a friendly at the Accra Sports Stadium on Wednesday.</description></item>
<item><title>Pakistan chase 280 to win ODI in Rawalpindi</title><link>https://sport.test/odi</link>
<pubDate>Thu, 26 Mar 2026 16:05:00 GMT</pubDate><dc:creator>Ali Raza</dc:creator>
<description>Pakistan chased down 280 with four wickets to spare against Sri Lanka in Rawalpindi.</description></item>
</channel></rss>
"""
# A newsletter saved from Outlook: its subject the title, its sender the site, its "view in your browser" line
# no paragraph.
NEWSLETTER = """From: "Caribbean Climate Brief" <brief@climate.test>
To: reader@example.test
Subject: Barbados sea levels rise faster than forecast
Date: Thu, 15 Jan 2026 07:00:00 -0400
MIME-Version: 1.0
X-Mailer: Microsoft Outlook 16.0
Content-Type: text/plain; charset="utf-8"

View this email in your browser

Sea levels around Barbados are rising by 3.4 mm a year, faster than models predicted a decade ago, a study found.

The government has asked the Green Climate Fund for US$300 million to build sea defences near Bridgetown.

You are receiving this because you subscribed. Unsubscribe | Update preferences
"""
# A phone's photo saved with a .txt name: quarantined as binary, never an article of mojibake.
PHOTO = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    folder = tmp_path / "saved"
    folder.mkdir()
    (folder / "meltwater-export.csv").write_text(MELTWATER, encoding="utf-8")
    (folder / "results.rss").write_text(RSS, encoding="utf-8")
    (folder / "climate-brief.eml").write_text(NEWSLETTER.replace("\n", "\r\n"), encoding="utf-8")
    (folder / "photo.txt").write_bytes(PHOTO)
    return folder


@pytest.mark.slow
def test_each_saved_item_is_an_article_with_its_outlet_author_and_day(tmp_path, saved) -> None:
    lake = str(tmp_path / "lake")
    ingest_articles(source=str(saved), lake=lake)
    articles = {row["title"]: row for row in read_table(lake, "articles").to_pylist()}
    cranes = articles["Uganda Cranes beat Kenya 2-1 in Kampala qualifier"]
    assert (cranes["site"], cranes["authors"], cranes["url"]) == (
        "Daily Monitor", ["Isaac Ssejjombwe"], "https://www.monitor.test/cranes")
    assert cranes["published_at"].isoformat().startswith("2026-10-10T21:12")
    odi = articles["Pakistan chase 280 to win ODI in Rawalpindi"]
    assert (odi["authors"], odi["published_at"].date().isoformat()) == (["Ali Raza"], "2026-03-26")
    assert articles["Black Stars edge Nigeria in Accra friendly"]["authors"] == ["Kwame Asare"]
    brief = articles["Barbados sea levels rise faster than forecast"]
    assert brief["site"] == "Caribbean Climate Brief"
    assert brief["published_at"].isoformat().startswith("2026-01-15T11:00")
    paragraphs = read_table(lake, "paragraphs").to_pylist()
    texts = [row["text"] for row in paragraphs if row["article_id"] == brief["article_id"] and row["role"] == "body"]
    assert any(text.startswith("Sea levels around Barbados") for text in texts)
    assert not any("View this email" in text for text in texts)
    quarantined = {Path(row["source"]).name: row["reason"] for row in read_table(lake, "quarantine").to_pylist()}
    assert quarantined == {"photo.txt": "binary"}
