"""Bylines that open with Dutch "Door", Swedish and Norwegian "Av", Danish "Af" or an Italian "di" in lower case name
their writers, in a text's head, a record's field and a page's byline; the same words opening a sentence, a place or a
heading name no one."""

from __future__ import annotations

import json

import pytest

from transforms.formats import ReadOptions, read_articles

NL = "Het kabinet trekt 2,5 miljard euro extra uit voor de bouw van betaalbare huurwoningen, zei de minister dinsdag."
SV = "Regeringen föreslår att elpriset ska sänkas med ett nytt stöd till hushållen i södra Sverige under vintern."
IT = "Il governo ha approvato martedì un decreto da 3 miliardi di euro per le bollette delle famiglie a basso reddito."
EN = "Thousands marched on Sunday against the pension reform, and the avenue stayed closed until the evening."


def text_article(head: str, story: str):
    [article] = read_articles(f"Het nieuws van vandaag\n\n{head}\n\n{story}\n".encode(), "txt",
                              ReadOptions()).articles
    return article


@pytest.mark.parametrize(("head", "story", "authors", "day"), [
    ("Door Jan de Vries\n22 januari 2026", NL, ("Jan de Vries",), "2026-01-22"),
    ("Door Jan de Vries | 22 januari 2026", NL, ("Jan de Vries",), "2026-01-22"),
    ("Door Jan de Vries, correspondent in Brussel\n22 januari 2026", NL, ("Jan de Vries",), "2026-01-22"),
    ("Av Kari Nordmann og Ola Hansen\n5. februar 2026", SV, ("Kari Nordmann", "Ola Hansen"), "2026-02-05"),
    ("Door Jan de Vries en Sanne Bakker\n3 februari 2026", NL, ("Jan de Vries", "Sanne Bakker"), "2026-02-03"),
    ("Av Anna Lindqvist\n3 februari 2026", SV, ("Anna Lindqvist",), "2026-02-03"),
    ("Av Anna Lindqvist | 2026-02-03 07:15", SV, ("Anna Lindqvist",), "2026-02-03"),
    ("Av Anna Lindqvist och Erik Berg\n3 februari 2026", SV, ("Anna Lindqvist", "Erik Berg"), "2026-02-03"),
    ("di Marco Rossi\n14 marzo 2026", IT, ("Marco Rossi",), "2026-03-14"),
    ("di Marco Rossi | 14 marzo 2026", IT, ("Marco Rossi",), "2026-03-14"),
])
def test_a_dutch_nordic_or_lower_case_italian_byline_names_its_writers(head: str, story: str,
                                                                      authors: tuple[str, ...], day: str) -> None:
    article = text_article(head, story)
    assert article.authors == authors
    assert article.published_at is not None and article.published_at.date().isoformat() == day
    assert article.text.strip().split("\n\n")[1] == story  # the byline is no paragraph


@pytest.mark.parametrize(("line", "story"), [
    ("Door-to-door sales rose 4% in January, the trade body said.", EN),
    ("Door de storm vielen er gisteren twee doden in Zeeland.", NL),
    ("Av. Paulista was closed on Sunday as thousands marched against the reform.", EN),
    ("Av de 349 ledamöterna röstade 175 för förslaget.", SV),
    ("di Maio said the coalition would hold until the spring.", EN),
    ("di Maio e Conte hanno firmato l'accordo.", IT),
    ("Door County Board Approves Ferry Budget", EN),  # Wisconsin's county, a heading in title case
    ("Door Het Vuur Gegaan", NL),  # a heading that opens with an article
])
def test_the_same_words_opening_a_sentence_a_place_or_a_heading_name_no_one(line: str, story: str) -> None:
    article = text_article(line, story)
    assert article.authors == ()
    assert line in article.text


@pytest.mark.parametrize(("byline", "authors"), [
    ("Door Jan de Vries", ("Jan de Vries",)),
    ("Av Anna Lindqvist och Erik Berg", ("Anna Lindqvist", "Erik Berg")),
    ("Af Mette Holm og Lars Nielsen", ("Mette Holm", "Lars Nielsen")),
    ("di Marco Rossi", ("Marco Rossi",)),
    # a broadcaster's initials beside the name are its outlet, no second author
    ("Door Jan de Vries, NOS", ("Jan de Vries",)),
    ("Av Anna Lindqvist, SVT Nyheter", ("Anna Lindqvist",)),
])
def test_a_records_byline_in_dutch_or_a_nordic_language_names_its_writers(byline: str,
                                                                         authors: tuple[str, ...]) -> None:
    record = {"title": "Woningbouw", "byline": byline, "text": NL}
    [article] = read_articles(json.dumps(record).encode(), "json", ReadOptions()).articles
    assert article.authors == authors


def test_a_pages_byline_paragraph_in_swedish_names_its_writer() -> None:
    page = (f'<html lang="sv"><body><article><h1>Elpriset sänks</h1><p class="byline">Av Anna Lindqvist</p>'
            f"<p>{SV}</p></article></body></html>")
    [article] = read_articles(page.encode(), "html", ReadOptions()).articles
    assert article.authors == ("Anna Lindqvist",)
    assert "Av Anna" not in article.text
