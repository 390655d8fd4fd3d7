"""A text or Markdown file's head: a byline without its day, a publisher's dated line, a day alone under its title."""

from __future__ import annotations

from datetime import date

import pytest

from transforms.formats import ArticleRecord, ReadOptions, read_articles
from transforms.formats.record_authors import authors_of

STORY = "Dock workers in Rotterdam returned to work on Tuesday after a ten-day strike over pay and hours."
MORE = "The union said the deal met most of its demands."
GERMAN = "Die Gewerkschaft der Lokführer hat am Montag zu einem weiteren Streik im Fernverkehr aufgerufen."


def read(text: str, format: str = "txt") -> ArticleRecord:
    [article] = read_articles(text.encode(), format, ReadOptions()).articles
    return article


@pytest.mark.parametrize(("byline", "authors"), [
    ("By Sadiq Khan, Mayor of London", ("Sadiq Khan",)),
    ("By Jane Doe and Tom Roe", ("Jane Doe", "Tom Roe")),
    ("Von Anna Schmidt", ("Anna Schmidt",)),
    ("Von Anna Schmidt und Jonas Weber", ("Anna Schmidt", "Jonas Weber")),
    ("Autorin: Anna Schmidt und Jonas Weber", ("Anna Schmidt", "Jonas Weber")),
    ("Par Claire Dubois, envoyée spéciale à Kyiv", ("Claire Dubois",)),
    # an office signed in French or Spanish: the line stayed a paragraph
    ("Par Emmanuel Macron, président de la République", ("Emmanuel Macron",)),
    ("Por Pedro Sánchez, presidente del Gobierno", ("Pedro Sánchez",)),
    ("By Ben Quinn and agencies", ("Ben Quinn",)),  # the agencies are no name: the line stayed a paragraph
    # a guest article's signature, a surname that opens with its particles: the line stayed a paragraph, no author
    ("Von Ursula von der Leyen", ("Ursula von der Leyen",)),
    ("Par Charles de Gaulle", ("Charles de Gaulle",)),
    # a Chinese byline and its agency (the publisher's), a reporter's credit: each stayed a paragraph
    ("李明 / 新华社", ("李明",)),
    ("新华社记者 王芳 张伟", ("王芳", "张伟")),
    # a surname that ends as an abstract noun does ("-ship", "-ment"): the writer was lost as a rubric's title
    ("By Hannah Blankenship", ("Hannah Blankenship",)),
    ("By Tom Parchment and Jane Doe", ("Tom Parchment", "Jane Doe")),
])
def test_an_undated_byline_under_the_headline_names_the_authors_and_is_no_paragraph(
        byline: str, authors: tuple[str, ...]) -> None:
    # Only a byline with its day was read: this one was a paragraph, its office ("Mayor of London") in it, no author
    article = read(f"Port strike ends\n{byline}\n\n{STORY}\n\n{MORE}")
    assert article.authors == authors
    assert article.text == f"Port strike ends\n\n{STORY}\n\n{MORE}"


@pytest.mark.parametrize("line", [
    "Von den 733 Abgeordneten stimmten 389 dafür.",
    "Von Berlin aus koordiniert die Regierung die Hilfe.",
    "Von Montag an gelten neue Regeln",
    "By the end of 2025, prices had doubled",
    "By Tuesday, the strike was over",
    "By Tuesday night, rescuers had reached the village",
    # a heading's or a standfirst's title, no writer: each was read as one ("The Numbers", "Any Means Necessary")
    "By The Numbers",
    "By Any Means Necessary",
    "By Invitation Only",
    "By Design: How Apple Built Its Empire",
    "Di Maio al Quirinale",
    "Von Kiel zu Hamburg",
    "Von Kiel bis Hamburg",
    # a kicker's abstract noun, no writer's name: "Royal Appointment" was the text's author
    "By Royal Appointment",
    "By Special Invitation",
    "By Royal Command",
    "By Popular Demand",
    # places parted by a slash, no Chinese byline
    "北京 / 上海",
    # a place's or a section's name over its agency or site ("Beijing / Xinhua", "International / Xinhuanet"), no
    # writer: each was read as the author
    "北京 / 新华社",
    "国际 / 新华网",
    "文化 / 人民网",
    # a credit's label opening a phrase, a count or a quotation's source, no writer
    "Words: they matter more than ever",
    "Story by the sea: a summer in Whitby",
    "Words: 850",
    "Text: Section 12 of the Act reads as follows",
    "Story by Numbers",
])
def test_prose_that_opens_as_a_byline_does_stays_a_paragraph(line: str) -> None:
    article = read(f"Streit um die Rente\n{line}\n\n{GERMAN}")
    assert article.authors == () and line in article.text


@pytest.mark.parametrize(("byline", "authors"), [
    ("Story by Jane Doe", ("Jane Doe",)),
    ("Words: Priya Nair", ("Priya Nair",)),
    ("Text: Anna Schmidt", ("Anna Schmidt",)),
    ("Reporting by Jane Doe; Editing by Tom Roe", ("Jane Doe",)),
    ("Reporting by Maria Gonzalez in Madrid and Tom Roe in Lisbon; Editing by Ann Lee", ("Maria Gonzalez", "Tom Roe")),
    ("Written by Omar Khan | Photos by Lucy Grant", ("Omar Khan",)),
    ("Words and pictures by Sam Okafor", ("Sam Okafor",)),
    ("Compiled by Rosa Ibarra | Design by Tom Hale", ("Rosa Ibarra",)),
    ("Reporting by Reuters; Editing by Ann Lee", ("Reuters",)),
    ("By Reuters", ("Reuters",)),
    # a wire's byline in capitals, its names as a name is written
    ("By JOSH BOAK and FATIMA HUSSEIN", ("Josh Boak", "Fatima Hussein")),
])
def test_a_credit_line_under_the_headline_names_its_writers_and_is_no_paragraph(
        byline: str, authors: tuple[str, ...]) -> None:
    # Only "By", "Von" or a label's line was a byline: a credit's stayed a paragraph, and the text had no author
    article = read(f"Port strike ends\n{byline}\n\n{STORY}\n\n{MORE}")
    assert article.authors == authors
    assert article.text == f"Port strike ends\n\n{STORY}\n\n{MORE}"


def test_a_publishers_dated_line_dates_the_text_and_names_no_author() -> None:
    # "Published by Penguin on 5 March 2024" made Penguin the article's author
    article = read(f"The Quiet Garden reviewed\nPublished by Penguin on 5 March 2024\n\n{STORY}")
    assert (article.published_at.date(), article.authors) == (date(2024, 3, 5), ())  # type: ignore[union-attr]
    assert article.metadata["publisher"] == "Penguin" and "Penguin" not in article.text
    company = read(f"Agency wins contract\nPosted by Acme Media Ltd on March 5, 2024\n\n{STORY}")
    assert company.authors == () and company.metadata["publisher"] == "Acme Media Ltd"
    person = read(f"Rain\nPublished by Jane Doe on 5 March 2024\n\n{STORY}")
    assert person.authors == ("Jane Doe",) and "publisher" not in person.metadata
    # a surname that ends an organisation's name too: "Tom House" was read as a publisher, no author
    surname = read(f"Rain\nPosted by Tom House on 5 March 2024\n\n{STORY}")
    assert surname.authors == ("Tom House",) and "publisher" not in surname.metadata
    press = read(f"Rain\nPublished by Oxford University Press on 5 March 2024\n\n{STORY}")
    assert press.authors == () and press.metadata["publisher"] == "Oxford University Press"


@pytest.mark.parametrize("day", ["5 March 2024", "Tuesday 5 March 2024", "March 5, 2024", "5. März 2024"])
def test_a_day_alone_under_a_texts_headline_dates_it_and_is_no_paragraph(day: str) -> None:
    article = read(f"Port strike ends\n{day}\n\n{STORY}")
    assert article.published_at is not None and article.published_at.date() == date(2024, 3, 5)
    assert article.text == f"Port strike ends\n\n{STORY}"


@pytest.mark.parametrize(("head", "day"), [
    ("*Published 5 March 2024*", date(2024, 3, 5)),
    ("_12. März 2024_", date(2024, 3, 12)),
    ("March 5, 2024", date(2024, 3, 5)),
    ("**By Jane Doe** | March 5, 2024", date(2024, 3, 5)),
])
def test_a_markdown_posts_head_date_under_its_title_dates_it_and_is_no_paragraph(head: str, day: date) -> None:
    # A Markdown file's head was never read for a date: the line was its second paragraph, the post undated
    article = read(f"# Port strike ends\n\n{head}\n\n{STORY}\n\n{MORE}\n", "md")
    assert article.published_at is not None and article.published_at.date() == day
    assert (article.title, article.text) == ("Port strike ends", f"Port strike ends\n\n{STORY}\n\n{MORE}")


def test_a_markdown_posts_undated_byline_names_its_author() -> None:
    article = read(f"# Ferry fares frozen\n\nBy Jane Doe\n\nMarch 5, 2024\n\n{STORY}\n", "md")
    assert article.authors == ("Jane Doe",) and article.published_at is not None
    assert article.text == f"Ferry fares frozen\n\n{STORY}"


@pytest.mark.parametrize(("byline", "authors"), [
    ("Autorin: Anna Schmidt und Jonas Weber", ("Anna Schmidt", "Jonas Weber")),
    ("Auteur : Claire Dubois et Marc Petit", ("Claire Dubois", "Marc Petit")),
    ("Autor: Jan Novák a Petr Svoboda", ("Jan Novák", "Petr Svoboda")),
])
def test_a_labelled_byline_parts_its_names_with_its_languages_word(byline: str, authors: tuple[str, ...]) -> None:
    # The label's language was not read: "Anna Schmidt und Jonas Weber" was one author of five words
    assert authors_of(byline) == authors


@pytest.mark.parametrize(("text", "format"), [
    (f"Key dates in the strike\n5 March 2024\n12 March 2024\n\n{STORY}", "txt"),
    (f"# Key dates in the strike\n\n- 5 March 2024\n- 12 March 2024\n\n{STORY}\n", "md"),
])
def test_a_list_of_days_under_the_headline_is_the_texts_content_not_its_date(text: str, format: str) -> None:
    # its first day was read as the text's date and cut from the list
    article = read(text, format)
    assert article.published_at is None
    assert "5 March 2024" in article.text and "12 March 2024" in article.text
