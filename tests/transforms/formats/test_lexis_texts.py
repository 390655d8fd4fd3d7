"""LexisNexis's text export: a title, its source and day, labelled lines, "Body", the text, "Load-Date:" and "End of
Document"; each document an article, the export's lines no paragraphs."""

from __future__ import annotations

import pytest

from transforms.formats import ReadOptions, read_articles

STORY = ("Ministers approved a new budget for the city's water network on Thursday after months of delay.\n\n"
         "The plan sets aside money for pipes, pumps and a new reservoir north of the city.")
DOCUMENT = (f"Water budget approved\n\nThe Guardian (London)\nMarch 5, 2026 Thursday\n\nByline: Jane Doe\n\n"
            f"Section: NEWS\nLength: 612 words\n\nBody\n\n{STORY}\n\nLoad-Date: March 6, 2026\n\nEnd of Document\n")


@pytest.mark.parametrize("byline", ["Byline: Jane Doe", "Byline: By JANE DOE"])
def test_a_lexis_document_is_read_by_its_lines_none_of_them_in_the_text(byline: str) -> None:
    [article] = read_articles(DOCUMENT.replace("Byline: Jane Doe", byline).encode(), "txt", ReadOptions()).articles
    assert (article.title, article.site, article.authors) == ("Water budget approved", "The Guardian", ("Jane Doe",))
    assert article.metadata["source_place"] == "London"  # the source line's bracketed place, beside its outlet
    assert article.published_at is not None and article.published_at.date().isoformat() == "2026-03-05"
    assert article.text.endswith(STORY)
    for furniture in ("Byline", "Section:", "Length:", "Body", "Load-Date", "End of Document", "Guardian"):
        assert furniture not in article.text


def test_each_document_of_a_lexis_export_is_an_article() -> None:
    second = DOCUMENT.replace("Water budget approved", "Reservoir site chosen")
    articles = read_articles(f"{DOCUMENT}\n{second}".encode(), "txt", ReadOptions()).articles
    assert [a.title for a in articles] == ["Water budget approved", "Reservoir site chosen"]


@pytest.mark.parametrize("text", [
    f"Body\n\n{STORY}\n",  # a line "Body" alone, no end of a document: a text's own word
    f"Water budget approved\n\n{STORY}\n\nEnd of Document\n",  # the end's line without a body's
])
def test_a_text_with_one_of_lexis_lines_alone_is_read_as_any_text(text: str) -> None:
    [article] = read_articles(text.encode(), "txt", ReadOptions()).articles
    assert STORY.split("\n\n")[1] in article.text


def _keys(text: str) -> list[str | None]:
    return [a.key for a in read_articles(text.encode(), "txt", ReadOptions()).articles]


def test_a_lexis_document_keeps_its_key_when_the_documents_before_it_are_dropped() -> None:
    # keyed by place ("record=2"), each document after a dropped one was a new article and the old one deleted
    second = DOCUMENT.replace("Water budget approved", "Reservoir site chosen")
    third = DOCUMENT.replace("Water budget approved", "Pipes replaced").replace(STORY, "Pipes were replaced.")
    keys = _keys(DOCUMENT + second + third)
    assert _keys(second + third) == keys[1:] and _keys(DOCUMENT + third) == [keys[0], keys[2]]


def test_two_identical_lexis_documents_are_two_articles_and_two_of_one_title_apart() -> None:
    other_source = DOCUMENT.replace("The Guardian (London)", "The Times (London)")
    assert len(set(_keys(DOCUMENT + DOCUMENT + other_source))) == 3
    assert len(read_articles((DOCUMENT + DOCUMENT).encode(), "txt", ReadOptions()).articles) == 2


def test_a_lexis_document_with_its_body_corrected_keeps_its_key() -> None:
    # keyed by a digest of its text too, a typo fixed in the next export deleted the article and wrote a new one:
    # a user expects the same article in a new version, as a records file's record of the same id and a new text
    second = DOCUMENT.replace("Water budget approved", "Reservoir site chosen")
    corrected = DOCUMENT.replace("after months of delay", "after months of delays")
    assert _keys(corrected + second) == _keys(DOCUMENT + second)


def test_two_lexis_documents_of_one_title_day_and_source_stay_apart_and_keep_their_keys() -> None:
    # a paper's letters of one day under one title: two articles, each keeping its key when its own body is corrected
    first, second = (DOCUMENT.replace("Water budget approved", "Letters").replace(STORY, body)
                     for body in ("Sir, the buses are late.", "Sir, the trains are late."))
    keys = _keys(first + second)
    assert len(set(keys)) == 2
    assert _keys(first.replace("late.", "late again.") + second) == keys


@pytest.mark.parametrize("change", [("Water budget approved", "Water budget delayed"),
                                    ("March 5, 2026", "March 6, 2026"),
                                    ("The Guardian (London)", "The Times (London)")])
def test_a_lexis_document_of_another_title_day_or_source_is_another_article(change: tuple[str, str]) -> None:
    assert _keys(DOCUMENT.replace(*change)) != _keys(DOCUMENT)


def test_a_lexis_document_with_a_blank_line_between_its_head_lines_is_read() -> None:
    # its "Body" stood past the twelfth line with the blank ones counted: the whole export was one article
    head = "\n\n".join(("Water budget approved", "The Guardian", "March 5, 2026 Thursday", "First Edition",
                       "Copyright 2026 The Guardian"))
    labels = "\n\n".join(("Section: NEWS", "Length: 612 words", "Byline: Jane Doe", "Body"))
    [article] = read_articles(f"{head}\n\n{labels}\n\n{STORY}\n\nLoad-Date: March 6, 2026\n\nEnd of Document\n"
                              .encode(), "txt", ReadOptions()).articles
    assert (article.title, article.site, article.authors) == ("Water budget approved", "The Guardian", ("Jane Doe",))
    assert article.text.endswith(STORY) and "Section:" not in article.text and "Load-Date" not in article.text


def test_a_lexis_page_count_over_the_title_is_no_title() -> None:
    [article] = read_articles(f"Page 1 of 1\n\n{DOCUMENT}".encode(), "txt", ReadOptions()).articles
    assert (article.title, article.site) == ("Water budget approved", "The Guardian")
    assert "Page 1 of 1" not in article.text


@pytest.mark.parametrize("field", ["Graphic\n\nPHOTO: Pipes laid north of the city.",
                                   "Notes\n\nThis story has a correction appended."])
def test_a_lexis_graphic_or_notes_field_under_the_body_is_no_paragraph_of_any_document(field: str) -> None:
    document = DOCUMENT.replace(f"{STORY}\n\n", f"{STORY}\n\n{field}\n\n")
    articles = read_articles((document * 3).replace("March 5", "March 4", 1).encode(), "txt", ReadOptions()).articles
    assert len(articles) == 3
    assert all(article.text.endswith(STORY) for article in articles)


@pytest.mark.parametrize(("source", "site", "place"), [
    ("The Age (Melbourne, Australia)", "The Age", "Melbourne, Australia"),
    ("The Washington Post (Online)", "The Washington Post (Online)", None),
    ("Financial Times (FT.com)", "Financial Times (FT.com)", None)])
def test_a_lexis_source_is_its_outlet_its_bracketed_place_in_metadata(source: str, site: str,
                                                                       place: str | None) -> None:
    [article] = read_articles(DOCUMENT.replace("The Guardian (London)", source).encode(), "txt",
                              ReadOptions()).articles
    assert (article.site, article.metadata.get("source_place")) == (site, place)


def test_a_lexis_documents_key_holds_its_source_place_as_written() -> None:
    # keyed as before the place was moved: an export read again keeps its articles' keys, two editions stay two
    assert _keys(DOCUMENT) != _keys(DOCUMENT.replace("(London)", "(Manchester)"))
