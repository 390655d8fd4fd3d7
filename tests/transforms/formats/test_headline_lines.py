"""The lines around an HTML page's headline that are no article text: a lone date above it."""

from __future__ import annotations

import pytest

from transforms.formats import ReadOptions, read_articles

STORY = (
    "<p>The regional health authority said on Wednesday that waiting times for routine operations had "
    "fallen for a third month in a row.</p>"
    "<p>Officials credited extra weekend clinics and a new booking system introduced last year.</p>"
)


def paragraphs(above: str) -> list[str]:
    page = (f'<html lang="en"><head><title>Waiting times fall again</title></head><body><article>'
            f"{above}<h1>Waiting times fall again</h1>{STORY}</article></body></html>")
    return read_articles(page.encode(), "html", ReadOptions()).articles[0].text.split("\n\n")


@pytest.mark.parametrize("above", ["<p>Monday 3 March 2025</p>", "<div>3 March 2025</div>", "<p>Mon, 03/03/2025</p>"])
def test_a_lone_date_above_the_headline_is_no_paragraph(above: str) -> None:
    # It was the article's first body paragraph, after the headline.
    assert paragraphs(above) == [
        "Waiting times fall again",
        "The regional health authority said on Wednesday that waiting times for routine operations had fallen "
        "for a third month in a row.",
        "Officials credited extra weekend clinics and a new booking system introduced last year.",
    ]


def test_a_dateline_with_text_above_the_headline_stays_a_paragraph() -> None:
    dateline = "LONDON, 3 March 2025 — The bank raised rates again on Monday, its third rise this year."
    assert dateline in paragraphs(f"<p>{dateline}</p>")


def test_a_lone_date_above_the_headline_still_dates_the_page() -> None:
    page = ('<html lang="en"><head><title>Waiting times fall again</title></head><body><article>'
            f"<p>Monday 3 March 2025</p><h1>Waiting times fall again</h1>{STORY}</article></body></html>")
    article = read_articles(page.encode(), "html", ReadOptions()).articles[0]
    assert article.published_at is not None and article.published_at.date().isoformat() == "2025-03-03"


@pytest.mark.parametrize(
    ("lang", "headline", "date", "text"),
    [
        ("de", "Neue Brücke eröffnet", "Veröffentlicht am 05.03.2024, 14:20 Uhr",
         "Die neue Brücke über den Fluss wurde am Dienstag nach zwei Jahren Bauzeit für den Verkehr freigegeben."),
        ("fr", "Le pont rouvre", "Publié le 5 mars 2024 à 14h20",
         "Le pont sur la rivière a rouvert mardi après deux ans de travaux, a annoncé la mairie."),
    ],
    ids=["german", "french"],
)
def test_a_date_in_another_language_under_the_headline_is_no_paragraph(
    lang: str, headline: str, date: str, text: str
) -> None:
    # It was the article's first body paragraph: only an English byline's date words were known.
    page = (f'<html lang="{lang}"><head><title>{headline}</title></head><body><article><h1>{headline}</h1>'
            f"<p>{date}</p><p>{text}</p><p>{text}</p></article></body></html>")
    assert date not in read_articles(page.encode(), "html", ReadOptions()).articles[0].text.split("\n\n")


def paragraphs_under(below: str) -> list[str]:
    page = (f'<html lang="en"><head><title>Waiting times fall again</title></head><body><article>'
            f"<h1>Waiting times fall again</h1>{below}{STORY}</article></body></html>")
    return read_articles(page.encode(), "html", ReadOptions()).articles[0].text.split("\n\n")


@pytest.mark.parametrize("below", [
    "<p>Updated: 6 March 2025, 18:10 GMT<br>Published: 4 March 2025, 09:30 GMT</p>",
    "<div>Last updated 12 Feb 2026<br>First published 10 Feb 2026</div>",
])
def test_a_pages_updated_and_published_dates_in_one_block_under_the_headline_are_no_paragraph(below: str) -> None:
    # Both dates on lines of one block were the article's first paragraph.
    assert paragraphs_under(below)[1].startswith("The regional health authority said")


@pytest.mark.parametrize("below", [
    "<p>Opening hours: 9am to 5pm<br>Closed: 25 December 2025</p>",
    "<p>Published: 4 March 2025<br>The clinics opened on Saturdays from January.</p>",
])
def test_a_block_of_a_date_and_other_lines_under_the_headline_stays(below: str) -> None:
    assert paragraphs_under(below)[1].split("\n")[0] == below[3:].split("<br>")[0]


def _under(date: str, lang: str = "en-IN") -> list[str]:
    page = (f'<html lang="{lang}"><head><title>Waiting times fall again</title></head><body><article>'
            f"<h1>Waiting times fall again</h1><p>{date}</p>{STORY}</article></body></html>")
    return read_articles(page.encode(), "html", ReadOptions()).articles[0].text.split("\n\n")


@pytest.mark.parametrize("date", ["Updated - March 05, 2024 10:14 pm IST - CHENNAI",
                                  "Published - March 05, 2024 09:00 am IST - NEW DELHI"])
def test_a_date_and_its_dateline_in_capitals_under_the_headline_is_no_paragraph(date: str) -> None:
    # As The Hindu prints its date and then its dateline's city: it was the article's first body paragraph
    assert date not in _under(date)


@pytest.mark.parametrize("date", ["Mar 5, 2024 - Economy", "March 05, 2024 - Chennai", "5 March 2024 – World News"])
def test_a_date_and_its_section_or_city_under_the_headline_is_no_paragraph(date: str) -> None:
    # As Axios prints its day and its section, and a paper its day and its city in a name's case: it was the
    # article's first body paragraph
    assert date not in _under(date)


@pytest.mark.parametrize("date", ["March 05, 2024 - CHENNAI SUPER KINGS WIN THE TOSS AND BAT FIRST",
                                  "March 05, 2024 - the day the strike ended",
                                  "March 05, 2024 - Chennai beat Mumbai by six wickets"])
def test_a_date_before_a_headline_or_a_sentence_stays(date: str) -> None:
    assert date in _under(date)


def _named(name: str, author: str = "Jane Doe") -> list[str]:
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Waiting times fall again", '
          f'"author": [{{"@type": "Person", "name": "{author}"}}]}}</script>')
    page = (f'<html lang="en"><head><title>Waiting times fall again</title>{ld}</head><body><article>'
            f"<h1>Waiting times fall again</h1><p>{name}</p>{STORY}</article></body></html>")
    return read_articles(page.encode(), "html", ReadOptions()).articles[0].text.split("\n\n")


def test_the_authors_name_alone_under_the_headline_is_no_paragraph() -> None:
    # As Axios prints its byline, the name without "By": it was the article's first body paragraph
    assert "Jane Doe" not in _named("Jane Doe")


@pytest.mark.parametrize(("name", "author"), [("Tom Roe", "Jane Doe"), ("Jane Doe said so.", "Jane Doe"),
                                              ("Reuters", "Reuters")])
def test_a_line_under_the_headline_that_is_no_authors_name_stays(name: str, author: str) -> None:
    assert name in _named(name, author)


@pytest.mark.parametrize("date", ["Posted Tue 5 Mar 2024 at 6:00am, updated Tue 5 Mar 2024 at 9:15am",
                                  "Published 5 March 2024; Last updated 6 March 2024"])
def test_a_dates_and_its_updates_on_one_line_under_the_headline_are_no_paragraph(date: str) -> None:
    # As ABC Australia prints both after a comma: it was the article's first body paragraph
    assert date not in _under(date)


def test_a_date_and_a_sentence_after_its_comma_stays() -> None:
    date = "Posted Tue 5 Mar 2024, updated figures show waiting times fell again in the spring"
    assert date in _under(date)
