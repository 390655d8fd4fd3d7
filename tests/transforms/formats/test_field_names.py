"""Records files whose fields are named in German, French or Spanish: read by their names, no `--field` needed."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from transforms.formats import ReadOptions, read_articles

_TEXT = "Der Stadtrat hat am Dienstag den Haushalt beschlossen. Schulen und Straßen bekommen mehr Geld."


@pytest.mark.parametrize(("names", "kind"), [
    (("Titel", "Datum", "Inhalt", "Autor", "Quelle", "Link"), "csv"),
    (("titel", "datum", "text", "autor", "quelle", "url"), "csv"),
    (("titre", "date", "contenu", "auteur", "source", "lien"), "json"),
    (("título", "fecha", "contenido", "autor", "fuente", "enlace"), "jsonl"),
    (("Titulo", "Fecha", "Texto", "Autores", "Fuente", "URL"), "csv"),
], ids=["de", "de-text", "fr", "es", "es-unaccented"])
def test_fields_named_in_german_french_or_spanish_are_read(names: tuple[str, ...], kind: str) -> None:
    # Such a file was no_text_field: "use --field text=Inhalt".
    values = ("Haushalt beschlossen", "05.03.2025", _TEXT, "Anna Schmidt", "Nordkurier", "https://nk.test/haushalt")
    record = dict(zip(names, values, strict=True))
    if kind == "csv":
        data = (";".join(names) + "\n" + ";".join(values) + "\n").encode()
    elif kind == "json":
        data = json.dumps([record]).encode()
    else:
        data = (json.dumps(record, ensure_ascii=False) + "\n").encode()
    [article] = read_articles(data, kind, ReadOptions()).articles
    assert article.title == "Haushalt beschlossen"
    assert article.text.endswith("Straßen bekommen mehr Geld.")
    assert article.published_at == datetime(2025, 3, 5, tzinfo=UTC)
    assert article.authors == ("Anna Schmidt",)
    assert (article.site, article.url) == ("Nordkurier", "https://nk.test/haushalt")
    assert article.metadata == {}


def test_an_english_name_wins_over_a_translated_one() -> None:
    data = b"title;titel;text\nBudget passed;Haushalt beschlossen;The council passed the budget on Tuesday.\n"
    [article] = read_articles(data, "csv", ReadOptions()).articles
    assert article.title == "Budget passed"
    assert article.metadata == {"titel": "Haushalt beschlossen"}



def test_a_records_paragraphs_field_of_a_list_is_its_text_and_a_text_field_wins_over_it() -> None:
    # A scraper's `"paragraphs": [...]` beside no text field was no_text_field.
    data = (json.dumps({"id": 1, "title": "Budget approved", "paragraphs": ["The council voted.", "Rates held."]})
            + "\n" + json.dumps({"id": 2, "text": "The bank met.", "paragraphs": 4}) + "\n").encode()
    first, second = read_articles(data, "jsonl", ReadOptions()).articles
    assert first.text == "Budget approved\n\nThe council voted.\n\nRates held."
    assert second.text == "The bank met." and second.metadata == {"paragraphs": 4}


def test_a_records_paragraphs_list_wins_over_its_description_and_a_count_of_them_does_not() -> None:
    # A scraper's item of a page's meta description and its paragraphs was read as the description alone, a teaser.
    data = (json.dumps({"id": 1, "title": "Budget approved", "description": "Councillors back the plan.",
                        "paragraphs": ["The council voted.", "Rates held."]})
            + "\n" + json.dumps({"id": 2, "title": "Bank meets", "description": "The bank met.", "paragraphs": 4})
            + "\n").encode()
    first, second = read_articles(data, "jsonl", ReadOptions()).articles
    assert first.text == "Budget approved\n\nThe council voted.\n\nRates held."
    assert second.text == "Bank meets\n\nThe bank met."


def test_a_records_paragraphs_list_stands_in_for_its_empty_text_field() -> None:
    # A scraper's item of an empty `body` (its selector missed) and its paragraphs was no_text.
    data = json.dumps({"title": "Budget approved", "body": "", "paragraphs": ["The council voted.", "Rates held."]})
    [article] = read_articles(data.encode() + b"\n", "jsonl", ReadOptions()).articles
    assert article.text == "Budget approved\n\nThe council voted.\n\nRates held."


def test_a_spreadsheets_abbreviated_date_column_is_the_date() -> None:
    # "Pub. Date" was no date column: the rows were undated, their date in metadata
    data = f'"Headline","Body Text","Pub. Date","Writer(s)"\n"Haushalt","{_TEXT}","01/20/2026","Anna Weber"\n'
    [article] = read_articles(data.encode(), "csv", ReadOptions()).articles
    assert article.published_at == datetime(2026, 1, 20, tzinfo=UTC)
    assert article.authors == ("Anna Weber",)
