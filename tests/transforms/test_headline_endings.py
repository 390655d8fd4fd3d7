"""A text file's first line that ends with a character reference's ";" is its headline, as AG News's items are."""

from __future__ import annotations

import pytest

from transforms.paragraphs import BODY, TITLE, split_paragraphs


@pytest.mark.parametrize(
    "first_line",
    [
        "World News: Zimbabwe jails UK  #39;coup plotter #39;",
        "Ontario commission accuses fund managers of improper &lt;b&gt;...&lt;/b&gt;",
        "Gamers hit stores for release of  quot;PlayStation Portable quot;",
        "Minister quits over &quot;cash for honours&quot;",
        "Zimbabwe jails UK &#x27;coup plotter&#x27;",
    ],
    ids=["number-without-ampersand", "cut-headline-in-bold", "name-without-ampersand", "name", "hex"],
)
def test_a_first_line_ending_in_a_character_reference_is_the_headline(first_line: str) -> None:
    # Its ";" was read as a sentence's: the item had no headline, its title a body paragraph (91 of agnews-dev).
    paragraphs = split_paragraphs(f"{first_line}\n\nThe British leader of a group of mercenaries was jailed.\n")
    assert [(p.role, p.text) for p in paragraphs][0] == (TITLE, first_line)


@pytest.mark.parametrize(
    "first_line",
    ["Irish eyes turn to Clements ;", "Prices rose sharply;", "Ce qu'il faut retenir :", "The bank said;"],
)
def test_a_first_line_ending_in_a_sentences_punctuation_is_no_headline(first_line: str) -> None:
    paragraphs = split_paragraphs(f"{first_line}\n\nThe bank raised its rates on Tuesday.\n")
    assert paragraphs[0].role == BODY


@pytest.mark.parametrize(
    "first_line",
    [
        "Auto sales surged in Sept.",
        "Budget vote delayed until Sept.",
        "Lebanon PM Resigns, Says Will Not Head New Govt.",
        "UN Signs Pact with New World Court Opposed by U.S.",
        "Michigan St. Beats Central Conn. St.",
        "Talks stall with U.S.",
        "Factory orders slump in Jan.",
        "Heat wave grips mainland U.S.",
    ],
    ids=["month", "month-sentence-case", "govt", "capitals-us", "capitals-st", "us-without-the", "month-name-too",
         "us-after-a-word-without-the"],
)
def test_a_first_line_ending_in_a_headlines_abbreviation_is_the_headline(first_line: str) -> None:
    # Its abbreviation's full stop was read as a sentence's: the item had no headline (6 of agnews-dev's 12 such).
    paragraphs = split_paragraphs(f"{first_line}\n\nAuto sales soared 10 percent in September, led by GM.\n")
    assert [(p.role, p.text) for p in paragraphs][0] == (TITLE, first_line)


@pytest.mark.parametrize(
    "first_line",
    [
        "The company said it would appeal the ruling in the U.S.",
        "The Magic Roundabout is out in the UK on 11 February.",
        "Cech, Ferreira, Carvalho, Terry, Gallas.",
        "Traffic was heavy before pre-Sept.",
        "The prize went to Jan.",
        "Talks stall with the U.S.",
        "Snow is forecast across the northern U.S.",
        "Prices were highest in the whole U.K.",
    ],
    ids=["sentence-us", "sentence-with-names", "list-of-names", "hyphenated", "given-name", "us-after-the",
         "us-after-the-and-a-word", "uk-after-the-and-a-word"],
)
def test_a_sentence_or_a_list_ending_in_an_abbreviation_is_no_headline(first_line: str) -> None:
    paragraphs = split_paragraphs(f"{first_line}\n\nThe bank raised its rates on Tuesday.\n")
    assert paragraphs[0].role == BODY


@pytest.mark.parametrize(
    "first_line",
    [
        "WASHINGTON (AP) -- THE SENATE VOTED TODAY TO EXTEND THE TAX CUTS.",
        "\u201cWE WILL NOT BE MOVED,\u201d SHOUTED THE STRIKERS OUTSIDE PARLIAMENT.",
    ],
    ids=["wire-lead-in-capitals", "shouted-quote"],
)
def test_a_sentence_in_capitals_is_no_headline(first_line: str) -> None:
    # Every word capitalised read as headline capitals: a lead or a quote written in capitals became the headline.
    paragraphs = split_paragraphs(f"{first_line}\n\nThe vote was 60 to 38.\n")
    assert paragraphs[0].role == BODY


def test_a_headline_in_capitals_ending_with_an_abbreviation_is_the_headline() -> None:
    first_line = "U.S. STOCKS TUMBLE AS FED SIGNALS MORE HIKES IN SEPT."
    paragraphs = split_paragraphs(f"{first_line}\n\nStocks fell on Monday.\n")
    assert (paragraphs[0].role, paragraphs[0].text) == (TITLE, first_line)


@pytest.mark.parametrize(
    "first_line", ["Rivals of the £400 Apple...", "Brexit talks stall as deadline looms…", "Is it over...?"],
    ids=["three-full-stops", "ellipsis-character", "question-after-dots"],
)
def test_a_short_first_line_ending_in_an_ellipsis_is_the_headline(first_line: str) -> None:
    # Three full stops ended a sentence: bbc-dev's "Rivals of the £400 Apple..." was a body paragraph, its article
    # untitled.
    paragraphs = split_paragraphs(f"{first_line}\n\nThe Mac mini is the cheapest Apple computer ever.\n")
    assert (paragraphs[0].role, paragraphs[0].text) == (TITLE, first_line)


def test_a_long_first_paragraph_ending_in_an_ellipsis_is_no_headline() -> None:
    first = ("The minister said the plan would work, that the money was there and that nobody would pay more, "
             "but critics said it would cost far more than promised and...")
    assert split_paragraphs(f"{first}\n\nThe plan was published.\n")[0].role == BODY
