"""Media-monitoring tools' CSV exports: their text, writer and outlet columns read without a --field option."""

from __future__ import annotations

import pytest

from transforms.formats import FormatError, ReadOptions, read_articles

MELTWATER = (
    b"Date,Time,Headline,URL,Opening Text,Hit Sentence,Source,Influencer,Country,Reach,Sentiment,Language\n"
    b"07-Aug-2026,09:12AM,Chile's copper output falls,https://example.com/a,\"SANTIAGO, Aug 7 (Reuters) - Chile's"
    b" copper production fell 3% in June from a year earlier.\",copper production fell,Reuters,Fabian Cambero,"
    b"Chile,1200000,Negative,English\n"
)


def test_a_meltwater_export_is_read_by_its_opening_text_with_its_influencer_and_source() -> None:
    [article] = read_articles(MELTWATER, "csv", ReadOptions()).articles
    assert "copper production fell 3% in June" in article.text
    assert "copper production fell," not in article.text  # the hit sentence is no part of the text
    assert (article.title, article.authors, article.site) == (
        "Chile's copper output falls", ("Fabian Cambero",), "Reuters")
    assert article.published_at is not None and article.published_at.date().isoformat() == "2026-08-07"


def test_a_talkwalker_export_names_its_author_and_outlet_by_their_attributes() -> None:
    data = (b"url,published,title,content,extra_author_attributes.name,extra_source_attributes.name\n"
            b"https://example.com/b,2026-04-02T10:00:00Z,Port reopens,The port reopened on Thursday.,Ana Lima,Folha\n")
    [article] = read_articles(data, "csv", ReadOptions()).articles
    assert (article.authors, article.site) == (("Ana Lima",), "Folha")


def test_an_author_column_is_the_writer_before_an_influencer_one() -> None:
    data = b"title,text,author,influencer\nA,The text of the story.,Real Author,Some Influencer\n"
    [article] = read_articles(data, "csv", ReadOptions()).articles
    assert article.authors == ("Real Author",)


def test_a_file_of_hit_sentences_alone_is_still_links_not_articles() -> None:
    # a hit sentence is the query's match, a few words of the article: no text to read as the article's
    data = b"Headline,URL,Hit Sentence,Source\nA,https://example.com/e,a hit,BBC\n"
    with pytest.raises(FormatError, match="links to articles"):
        read_articles(data, "csv", ReadOptions())


def test_cisions_outlet_name_is_the_site() -> None:
    data = (b"Headline,Outlet Name,Author,Published Date,Full Text\n"
            b'Chile copper output falls,El Mercurio,Fabian Cambero,2026-06-02,'
            b'"Chile copper output fell 6.1% in April."\n')
    [article] = read_articles(data, "csv", ReadOptions()).articles
    assert (article.site, article.authors) == ("El Mercurio", ("Fabian Cambero",))
