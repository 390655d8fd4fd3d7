"""A folder of a feed reader's and a news API's exports, as a user saves them, read end to end into the lake."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flows.ingest import ingest_articles
from warehouse.lake import read_table

# Inoreader's (and Google Reader's) starred-items export: the text is `summary.content` HTML, the outlet is
# `origin.title`, the link `canonical[0].href` and the day a Unix time; a user reads the outlet as the site.
INOREADER = {"title": "Starred items", "items": [{
    "id": "tag:google.com,2005:reader/item/0001", "title": "Norway's wealth fund tops $1.8 trillion on tech rally",
    "published": 1780300800, "canonical": [{"href": "https://www.reuters.test/markets/norway-fund/"}],
    "author": "Gwladys Fouche", "origin": {"title": "Reuters", "htmlUrl": "https://www.reuters.test"},
    "summary": {"content": "<p>OSLO, June 1 (Reuters) - Norway's sovereign wealth fund is now worth more than "
                           "$1.8 trillion after a rally in technology shares, its manager said.</p>"}}]}
# NewsAPI.org's response: `source.name` the outlet, `content` the first words with its "[+N chars]" cut mark.
NEWSAPI = {"status": "ok", "totalResults": 1, "articles": [{
    "source": {"id": None, "name": "ERR News"}, "author": "Marcus Turovski",
    "title": "Estonia repels cyberattack on government websites", "url": "https://news.err.test/cyber",
    "publishedAt": "2026-08-13T14:45:00Z",
    "content": "Hackers launched a denial-of-service attack on more than 1,000 government websites in Tallinn "
               "on Thursday, but services were restored within two hours… [+980 chars]"}]}
# GDELT's GKG lists links to articles, not their text: a file of no article, said so, never an empty article.
GKG = ("GKGRECORDID,DATE,SourceCommonName,DocumentIdentifier,V2Tone\n"
       "20261203150000-12,20261203150000,apnews.test,https://apnews.test/article/serbia-protest,\"-3.2,1.1\"\n")


@pytest.fixture
def exports(tmp_path: Path) -> Path:
    folder = tmp_path / "saved"
    folder.mkdir()
    (folder / "inoreader-starred.json").write_text(json.dumps(INOREADER))
    (folder / "newsapi.json").write_text(json.dumps(NEWSAPI))
    (folder / "gdelt-gkg.csv").write_text(GKG)
    (folder / "empty.txt").write_text("")
    return folder


@pytest.mark.slow
def test_each_exported_item_is_an_article_with_its_outlet_author_link_and_day(tmp_path, exports) -> None:
    lake = str(tmp_path / "lake")
    ingest_articles(source=str(exports), lake=lake)
    articles = {row["title"]: row for row in read_table(lake, "articles").to_pylist()}
    norway = articles["Norway's wealth fund tops $1.8 trillion on tech rally"]
    estonia = articles["Estonia repels cyberattack on government websites"]
    assert (norway["site"], norway["authors"], norway["url"]) == (
        "Reuters", ["Gwladys Fouche"], "https://www.reuters.test/markets/norway-fund/")
    assert (estonia["site"], estonia["authors"], estonia["url"]) == (
        "ERR News", ["Marcus Turovski"], "https://news.err.test/cyber")
    assert norway["published_at"].date().isoformat() == "2026-06-01"
    assert estonia["published_at"].isoformat().startswith("2026-08-13T14:45")
    texts = [row["text"] for row in read_table(lake, "paragraphs").to_pylist()]
    assert not any("[+980 chars]" in text for text in texts), "NewsAPI's cut mark is no part of the story"
    quarantined = {Path(row["source"]).name: row["reason"] for row in read_table(lake, "quarantine").to_pylist()}
    assert quarantined == {"gdelt-gkg.csv": "no_text_field", "empty.txt": "empty"}
