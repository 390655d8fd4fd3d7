"""Factiva's text export: each field's code alone on its line before its value, documents one after another."""

from __future__ import annotations

from transforms.formats import ReadOptions, read_articles

DOCUMENT = """HD
Dock strike ends after pay deal
BY
By Ana Costa
WC
212 words
PD
4 March 2026
SN
Financial Times
SC
FTCOM
LA
English
CY
(c) 2026 The Financial Times Limited
LP
Dockworkers at Santos returned to work on Tuesday after the union accepted a pay offer.

The strike had halted grain exports for a week.
TD
The port authority said ships would be cleared by Friday.

Exporters welcomed the deal.
CO
sntspt : Santos Port Authority
IN
i7720 : Water Transport
NS
c42 : Labor/Personnel
RE
brazil : Brazil
AN
Document FTCOM00020260304
"""


def test_a_factiva_text_export_is_read_by_its_codes_none_of_them_in_the_text() -> None:
    [article] = read_articles(DOCUMENT.encode(), "txt", ReadOptions()).articles
    assert (article.title, article.site, article.authors) == ("Dock strike ends after pay deal", "Financial Times",
                                                              ("Ana Costa",))
    assert article.published_at is not None and article.published_at.date().isoformat() == "2026-03-04"
    paragraphs = article.text.split("\n\n")
    assert paragraphs.index("The strike had halted grain exports for a week.") < paragraphs.index(
        "The port authority said ships would be cleared by Friday.")
    for code_or_value in ("HD", "TD", "CO", "AN", "212 words", "English", "FTCOM", "Water Transport", "Labor/Personnel",
                          "brazil : Brazil", "(c) 2026", "Document FTCOM"):
        assert code_or_value not in article.text


def test_each_document_of_a_factiva_text_export_is_an_article() -> None:
    second = DOCUMENT.replace("Dock strike ends after pay deal", "Grain prices fall").replace("FTCOM00020260304", "X2")
    articles = read_articles(f"{DOCUMENT}\n\n{second}".encode(), "txt", ReadOptions()).articles
    assert [a.title for a in articles] == ["Dock strike ends after pay deal", "Grain prices fall"]
    assert len({a.key for a in articles}) == 2


def test_a_text_that_opens_with_the_letters_hd_is_no_factiva_export() -> None:
    # "HD" alone, no lead's or text's code after it: a text file's first line, read as it was
    text = "HD\n\nTelevisions in HD sold out before the final.\n\nShops said TD Bank cards were declined.\n"
    [article] = read_articles(text.encode(), "txt", ReadOptions()).articles
    assert article.text.startswith("HD")


def test_a_factiva_documents_time_language_and_wire_credit_are_read() -> None:
    # ET is the time of PD's day, LA the language's English name, a Reuters credit the reporters, no paragraph
    wire = (DOCUMENT.replace("By Ana Costa\n", "").replace("BY\n", "").replace("WC\n", "ET\n14:32\nWC\n")
            .replace("Exporters welcomed the deal.",
                     "Exporters welcomed the deal.\n\n(Reporting by Ana Costa in Santos; Editing by Tom Roe)"))
    [article] = read_articles(wire.encode(), "txt", ReadOptions()).articles
    assert article.published_at is not None and article.published_at.isoformat() == "2026-03-04T14:32:00+00:00"
    assert article.language == "en"
    assert article.authors == ("Ana Costa",)
    assert article.text.endswith("Exporters welcomed the deal.") and "Editing by" not in article.text


def test_a_factiva_documents_byline_stays_its_author_beside_a_wire_credit() -> None:
    credited = DOCUMENT.replace("Exporters welcomed the deal.", "Exporters welcomed the deal.\n\n(Reporting by Jo Lee)")
    [article] = read_articles(credited.encode(), "txt", ReadOptions()).articles
    assert article.authors == ("Ana Costa",) and "Reporting by" not in article.text


def test_a_factiva_documents_last_sentence_that_is_no_credit_stays() -> None:
    closing = DOCUMENT.replace("Exporters welcomed the deal.", "Exporters welcomed the deal.\n\n(Editing rules apply.)")
    [article] = read_articles(closing.encode(), "txt", ReadOptions()).articles
    assert article.text.endswith("(Editing rules apply.)")


def _keys(text: str) -> list[str | None]:
    return [a.key for a in read_articles(text.encode(), "txt", ReadOptions()).articles]


WITHOUT_AN = DOCUMENT.split("AN\n")[0]
SECOND_WITHOUT_AN = WITHOUT_AN.replace("Dock strike ends after pay deal", "Grain prices fall")


def test_a_factiva_document_without_an_accession_number_keeps_its_key_when_one_before_it_is_dropped() -> None:
    # keyed by place ("record=2"), a document after a dropped one was a new article and the old one deleted
    keys = _keys(WITHOUT_AN + SECOND_WITHOUT_AN)
    assert len(set(keys)) == 2
    assert _keys(SECOND_WITHOUT_AN) == keys[1:]
    assert _keys(WITHOUT_AN.replace("Exporters welcomed", "Shippers welcomed") + SECOND_WITHOUT_AN) == keys


def test_a_factiva_document_with_an_accession_number_is_keyed_by_it() -> None:
    assert _keys(WITHOUT_AN + DOCUMENT) == [_keys(WITHOUT_AN)[0], "id=Document FTCOM00020260304"]


# Factiva's article format, as its "Save as text" writes it: no codes, the head's lines in their fixed order (headline,
# byline, word count, day, time, source, source code, language, copyright), each document closed by its accession line
ARTICLES = """Dock strike ends after pay deal

By Ana Costa
212 words
4 March 2026
09:15
Financial Times
FTCOM
English
(c) 2026 The Financial Times Limited

Dockworkers at Santos returned to work on Tuesday after the union accepted a pay offer.

The strike had halted grain exports for a week.

Document FTCOM00020260304em34000aa



Grain ships queue off Paranagua

318 words
5 March 2026
Valor International
VALINT
English
Copyright 2026 Valor International

Dozens of grain ships waited off Paranagua on Wednesday as the backlog from the strike cleared slowly.

Document VALINT0020260305em35000bb



Search Summary
Text\tsantos OR paranagua
Date\t03/01/2026 to 03/31/2026
Results Found\t2
"""


def test_a_factiva_article_format_export_is_one_article_per_document() -> None:
    first, second = read_articles(ARTICLES.encode(), "txt", ReadOptions()).articles
    assert [(a.title, a.site, a.authors) for a in (first, second)] == [
        ("Dock strike ends after pay deal", "Financial Times", ("Ana Costa",)),
        ("Grain ships queue off Paranagua", "Valor International", ())]
    assert first.published_at is not None and first.published_at.isoformat() == "2026-03-04T09:15:00+00:00"
    assert first.language == "en" and first.text.endswith("The strike had halted grain exports for a week.")
    assert second.text.endswith("the backlog from the strike cleared slowly.")
    for furniture in ("212 words", "FTCOM", "(c) 2026", "Document ", "Search Summary", "Results Found"):
        assert all(furniture not in article.text for article in (first, second))


def test_a_factiva_article_format_documents_key_is_its_accession_line() -> None:
    # keyed by its accession number as a coded export's AN: the same document's key whatever stands before it
    keys = [a.key for a in read_articles(ARTICLES.encode(), "txt", ReadOptions()).articles]
    alone = ARTICLES[ARTICLES.index("Grain ships"):]
    assert [a.key for a in read_articles(alone.encode(), "txt", ReadOptions()).articles] == keys[1:]
    assert keys[0] is not None and "FTCOM00020260304em34000aa" in keys[0]


def test_a_story_that_names_a_document_and_its_word_count_is_no_factiva_export() -> None:
    story = ("Leaked memo stirs row\n\nThe memo ran to 512 words.\n\nDocument ABCDEFGHIJ12 was cited by the minister "
             "on Monday.\n\nSearch Summary\n\nOpposition MPs demanded its release.\n")
    [article] = read_articles(story.encode(), "txt", ReadOptions()).articles
    assert "The memo ran to 512 words." in article.text and "Search Summary" in article.text


INDEXED = ARTICLES.replace("The strike had halted grain exports for a week.\n\n",
                           "The strike had halted grain exports for a week.\n\n"
                           "License this article from Dow Jones Reprint Service\n\n", 1).replace(
    "cleared slowly.\n\n", "cleared slowly.\n\nCompany\n\nSantos Port Authority\n\nIndustry\n\nPorts\n\n"
    "Region\n\nBrazil\n\nSubject\n\nLabor Disputes\n\nLanguage\n\nEnglish\n\nIPD\n\nstrikes\n\n", 1)


def test_a_factiva_articles_reprint_line_and_indexing_are_no_paragraphs() -> None:
    first, second = read_articles(INDEXED.encode(), "txt", ReadOptions()).articles
    assert first.text.endswith("The strike had halted grain exports for a week.")
    assert second.text.endswith("as the backlog from the strike cleared slowly.")


def test_a_factiva_articles_indexing_is_kept_in_metadata_by_its_codes() -> None:
    # a user filters by company, industry, region or subject, as a coded export's CO, IN, RE and NS let them
    second = read_articles(INDEXED.encode(), "txt", ReadOptions()).articles[1]
    assert {code: second.metadata.get(code) for code in ("CO", "IN", "RE", "NS")} == {
        "CO": "Santos Port Authority", "IN": "Ports", "RE": "Brazil", "NS": "Labor Disputes"}


def test_a_factiva_paragraph_opening_with_an_index_name_stays_text() -> None:
    story = "Company\n\nDockworkers said the company had agreed to rehire every striker.\n\n"
    text = ARTICLES.replace("The strike had halted grain exports for a week.\n\n",
                            f"The strike had halted grain exports for a week.\n\n{story}", 1)
    first = read_articles(text.encode(), "txt", ReadOptions()).articles[0]
    assert first.text.endswith("the company had agreed to rehire every striker.") and "CO" not in first.metadata


def test_a_factiva_source_is_its_outlet_its_bracketed_place_in_metadata() -> None:
    text = ARTICLES.replace("Valor International\nVALINT", "The Age (Melbourne, Australia)\nAGEE")
    second = read_articles(text.encode(), "txt", ReadOptions()).articles[1]
    assert (second.site, second.metadata["source_place"]) == ("The Age", "Melbourne, Australia")
