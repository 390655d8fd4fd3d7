"""Bylines as German, French, Spanish, Portuguese and Italian pages and exports write them: "Von", "Par", "Por",
"Di" before the names, "und", "et", "y", "e" between them, a role after them."""

from __future__ import annotations

import json

import pytest

from transforms.formats import ReadOptions, read_articles
from transforms.formats.record_authors import authors_of

STORY = (
    "<p>Der Bundestag hat am Freitag den Haushalt für das kommende Jahr beschlossen, nach einer langen Debatte "
    "über Schulden, Investitionen und die Schuldenbremse.</p>"
    "<p>Die Opposition kritisierte den Entwurf scharf und kündigte eine Klage an.</p>"
)


def page(byline: str, lang: str = "de") -> tuple[tuple[str, ...], list[str]]:
    html = (f'<html lang="{lang}"><head><title>Bundestag beschließt Haushalt</title></head><body><article>'
            f"<h1>Bundestag beschließt Haushalt</h1><p>{byline}</p>{STORY}</article></body></html>")
    article = read_articles(html.encode(), "html", ReadOptions()).articles[0]
    return article.authors, article.text.split("\n\n")


@pytest.mark.parametrize(
    ("byline", "lang", "expected"),
    [
        ("Von Max Müller, ARD-Hauptstadtstudio", "de", ("Max Müller",)),
        ("Von Anna Schmidt und Peter Weber", "de", ("Anna Schmidt", "Peter Weber")),
        ("Par Jean Martin et Sophie Leroy", "fr", ("Jean Martin", "Sophie Leroy")),
        ("Par Éric Lefèvre, envoyé spécial à Kyiv", "fr", ("Éric Lefèvre",)),
        ("Por Ana García y Luis Pérez", "es", ("Ana García", "Luis Pérez")),
        ("Di Giovanni Bianchi, inviato a Norcia", "it", ("Giovanni Bianchi",)),
    ],
    ids=["de-role", "de-und", "fr-et", "fr-role", "es-y", "it-role"],
)
def test_a_plain_byline_in_another_language_names_its_authors_and_is_no_paragraph(
    byline: str, lang: str, expected: tuple[str, ...]
) -> None:
    # Only "By" was read: such a page had no author, its byline a body paragraph.
    authors, paragraphs = page(byline, lang)
    assert authors == expected
    assert byline not in paragraphs


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Von Montag an gelten in Berlin neue Regeln für Mieter.", "de"),
        ("Par ailleurs, les agriculteurs ont bloqué plusieurs routes.", "fr"),
        ("Por Madrid pasarán mañana más de 30.000 corredores.", "es"),
        ("Von Berlin", "de"),
    ],
    ids=["de-sentence", "fr-sentence", "es-sentence", "one-name"],
)
def test_a_sentence_that_opens_with_a_bylines_word_is_no_byline(sentence: str, lang: str) -> None:
    authors, paragraphs = page(sentence, lang)
    assert authors == ()
    assert sentence in paragraphs


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Von Max Müller", ("Max Müller",)),
        ("Par Claire Dubois et Marc Petit", ("Claire Dubois", "Marc Petit")),
        ("Por João Silva e Maria Costa", ("João Silva", "Maria Costa")),
        ("Di Maio", ("Di Maio",)),  # a surname, not "Di" and a name
        ("Von der Leyen", ("Von der Leyen",)),  # a surname whose particle is "Von"
        ("Jane Doe and Tom Roe", ("Jane Doe", "Tom Roe")),
        ("Smith et al.", ("Smith et al.",)),  # "et" joins names after "Par" only
        # a label before the names: it was read as part of the name ("Autor: Ivana Horvat", one author)
        ("Author: Jane Doe", ("Jane Doe",)),
        ("Autor: Ivana Horvat", ("Ivana Horvat",)),
        ("Autorin: Anna Schmidt", ("Anna Schmidt",)),
        ("Auteur : Claire Dubois", ("Claire Dubois",)),
        ("Written by Jane Doe and Tom Roe", ("Jane Doe", "Tom Roe")),
        ("Autor Ivana Horvat", ("Ivana Horvat",)),  # its colon dropped, as an extraction drops it
        ("Jane Author", ("Jane Author",)),  # a surname
    ],
)
def test_a_records_byline_in_another_language_is_its_names(value: str, expected: tuple[str, ...]) -> None:
    assert authors_of(value) == expected


def test_a_json_records_byline_in_german_is_its_name() -> None:
    record = {"title": "Streik bei der Post", "text": "Die Gewerkschaft hat zu einem Warnstreik aufgerufen.",
              "author": "Von Max Müller"}
    [article] = read_articles(json.dumps(record).encode(), "json", ReadOptions()).articles
    assert article.authors == ("Max Müller",)


def test_a_pages_labelled_byline_is_its_names() -> None:
    data = ('<html><head><title>Nova linija</title></head><body><article><h1>Nova linija</h1>'
            '<p class="byline">Autor: Ivana Horvat | 3. listopada 2024.</p><p>Gradsko vijeće je u četvrtak odobrilo '
            'izgradnju nove tramvajske linije koja će povezati istočne dijelove grada sa središtem.</p>'
            '</article></body></html>')
    [article] = read_articles(data.encode(), "html", ReadOptions()).articles
    assert article.authors == ("Ivana Horvat",)  # it was "Autor Ivana Horvat"


@pytest.mark.parametrize("value", ["Author: Unknown", "Unknown", "N/A", "null", "Autor: unknown"])
def test_a_placeholder_for_no_author_is_none(value: str) -> None:
    # once its label was stripped, "Author: Unknown" gave an author named "Unknown"
    assert authors_of(value) == ()
    assert authors_of(["Jane Doe", value]) == ("Jane Doe",)


def test_a_pages_labelled_placeholder_byline_names_no_author() -> None:
    data = ('<html><head><title>Bridge to close</title></head><body><article><h1>Bridge to close</h1>'
            '<p class="byline">Author: Unknown</p><p>The council voted on Tuesday to close the old bridge for repairs '
            'that will last most of the coming year, officials said.</p></article></body></html>')
    [article] = read_articles(data.encode(), "html", ReadOptions()).articles
    assert article.authors == ()


def test_a_noble_name_with_zu_after_a_plain_given_name_is_read() -> None:
    # "Von Philipp zu Eulenburg" gave no author: "zu" was read only after a hyphenated given name
    authors, paragraphs = page("Von Philipp zu Eulenburg")
    assert authors == ("Philipp zu Eulenburg",) and "Von Philipp zu Eulenburg" not in paragraphs


@pytest.mark.parametrize("line", ["Von Kiel zu Hamburg", "Von Jahr zu Jahr",
                                  # a German idiom's two names, a subheading's words: each was the article's author
                                  "Von Saulus zu Paulus", "Von Pontius zu Pilatus"])
def test_a_places_or_a_repeated_nouns_zu_is_no_name(line: str) -> None:
    assert page(line)[0] == ()
