"""The report's examples: each paragraph with the line that names and links its article."""

from __future__ import annotations

import pytest

from transforms.report.page import HEADLINE_LINK, make_examples


def _row(text: str, title: str | None) -> dict:
    return {"theme": "politics", "score": 2.9, "text": text, "relative_path": "intl/a.json",
            "source": "/in/intl/a.json",
            "evidence": [{"start": 0, "end": 8, "term": "protests", "kind": "semantic"}], "title": title,
            "dated_at": None, "dated_by": "ingested", "url": "https://world.example.com/cairo", "source_name": "world"}


# A title field punctuated or cased otherwise than the text's first line is the same headline: it was shown twice.
@pytest.mark.parametrize("text", ["Protests in Cairo over food prices", "Protests in  Cairo over food prices.",
                                  "Protests in Cairo: Over Food Prices", "‘Protests in Cairo over food prices’"])
def test_a_headline_example_is_not_repeated_as_its_link(text: str) -> None:
    # The headline was shown twice, as the example and as the link under it.
    [example] = make_examples([_row(text, "Protests in Cairo over food prices")])
    assert example.title == HEADLINE_LINK
    assert example.link == "https://world.example.com/cairo"


def test_a_body_paragraph_is_linked_by_its_articles_title() -> None:
    [example] = make_examples([_row("Protests spread to three more cities on Tuesday.", "Protests in Cairo")])
    assert example.title == "Protests in Cairo"


def test_an_untitled_article_is_named_by_its_file() -> None:
    [example] = make_examples([_row("intl/a.json", None)])
    assert example.title == "intl/a.json"


def test_an_example_is_in_its_articles_language() -> None:
    # A Japanese paragraph was marked up as English (the page's lang): read aloud as English, drawn with
    # Chinese forms of the characters in a browser that prefers them.
    [example] = make_examples([{**_row("東京で大雨、数千人が避難", "東京で大雨"), "language": "ja"}])
    assert example.language == "ja"
    [unknown] = make_examples([{**_row("Flood waters rise", "Floods"), "language": None}])
    assert unknown.language == ""


def test_an_examples_title_is_in_its_articles_language_but_the_pages_own_words_are_not() -> None:
    # A Russian title was read aloud as English (the page's lang) beside its paragraph read as Russian.
    ru = {**_row("Банк России в пятницу повысил ключевую ставку до 16% годовых.",
                 "Центробанк повысил ключевую ставку до 16 процентов"), "language": "ru"}
    [titled] = make_examples([ru])
    assert titled.title_language == "ru"
    # The link that says the example is its headline is the page's English; a file's name is no language.
    [headline] = make_examples([{**ru, "text": ru["title"]}])
    assert headline.title == HEADLINE_LINK and headline.title_language == ""
    [untitled] = make_examples([{**ru, "title": None}])
    assert untitled.title_language == ""
