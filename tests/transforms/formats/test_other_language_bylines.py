"""Bylines written in other languages than English: the pronouns printed beside a name ("ella/ella", "iel",
"sie/ihr"), a byline and its day on one line after "Por", "Von", "Par" or "Di", and such a line that names no one."""

from __future__ import annotations

import json

import pytest

from transforms.formats import ReadOptions, read_articles

ES = "El Gobierno aprobó este martes un plan de vivienda de 2.000 millones de euros para jóvenes menores de 35 años."
FR = "Le gouvernement a présenté mardi un plan de 2 milliards d'euros pour rénover les logements sociaux."
DE = "Die Bundesregierung hat am Dienstag ein Entlastungspaket von zwei Milliarden Euro für Pendler beschlossen."


def text_article(byline: str, day: str, story: str):
    data = f"Titular de la noticia\n\n{byline}\n{day}\n\n{story}\n".encode() if day else \
        f"Titular de la noticia\n\n{byline}\n\n{story}\n".encode()
    [article] = read_articles(data, "txt", ReadOptions()).articles
    return article


@pytest.mark.parametrize(("byline", "day", "story", "author"), [
    ("Por María José Fernández (ella/ella)", "22 de enero de 2026", ES, "María José Fernández"),
    ("Par Camille Martin (iel)", "22 janvier 2026", FR, "Camille Martin"),
    ("Von Alex Schmidt (sie/ihr)", "22.01.2026", DE, "Alex Schmidt"),
    ("Por Ana Souza (ela/dela)", "22 de janeiro de 2026", ES, "Ana Souza"),
])
def test_a_writers_pronouns_in_another_language_leave_their_name(byline: str, day: str, story: str,
                                                                 author: str) -> None:
    article = text_article(byline, day, story)
    assert article.authors == (author,)
    assert article.published_at is not None and article.published_at.date().isoformat() == "2026-01-22"
    assert byline not in article.text


def test_a_records_byline_with_pronouns_in_other_languages_names_its_writers() -> None:
    record = {"title": "Logement", "byline": "Par Camille Martin (iel/iel) et Léa Dupont (elle/elle)", "text": FR}
    [article] = read_articles(json.dumps(record).encode(), "json", ReadOptions()).articles
    assert article.authors == ("Camille Martin", "Léa Dupont")


def test_a_nickname_in_brackets_is_no_pronoun() -> None:
    # inside the name, where a bracket after a name is no second author ("By Gabriella Smith (Ella)" is hers alone)
    record = {"title": "T", "author": "By Gabriella (Ella) Smith", "text": FR}
    [article] = read_articles(json.dumps(record).encode(), "json", ReadOptions()).articles
    assert article.authors == ("Gabriella (Ella) Smith",)


@pytest.mark.parametrize(("byline", "author", "day"), [
    ("Por Lucía Gómez | 22 de enero de 2026", "Lucía Gómez", "2026-01-22"),
    ("Por Lucía Gómez | Madrid | 22 ene 2026 - 10:30 CET", "Lucía Gómez", "2026-01-22"),
    ("Von Anna Weber | 22.01.2026, 10:30 Uhr", "Anna Weber", "2026-01-22"),
    ("Por Marta Gil | 3 abr 2026", "Marta Gil", "2026-04-03"),
])
def test_a_byline_and_its_day_on_one_line_in_another_language(byline: str, author: str, day: str) -> None:
    article = text_article(byline, "", ES)
    assert article.authors == (author,)
    assert article.published_at is not None and article.published_at.date().isoformat() == day
    assert byline not in article.text


@pytest.mark.parametrize("line", ["Di Maio al Quirinale | 22 gennaio 2026",
                                  "Por Madrid y Barcelona | 22 de enero de 2026",
                                  "Von Berlin nach Hamburg | 22.01.2026", "Por qué sube la luz | 22 de enero de 2026"])
def test_a_line_that_opens_with_a_lead_but_names_no_one_gives_no_author(line: str) -> None:
    assert text_article(line, "", ES).authors == ()
