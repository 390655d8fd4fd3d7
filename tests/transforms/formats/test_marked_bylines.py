"""Bylines as Portuguese and Italian pages write them: over their date's line, after a lower-case "di", a name alone
in the element marked as the author's."""

from __future__ import annotations

import pytest

from transforms.formats import ReadOptions, read_articles


def page(lang: str, headline: str, under: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{headline}</title></head><body><article>'
            f"<h1>{headline}</h1>{under}{body}</article></body></html>").encode()


PORTUGUESE = ["O Comitê de Política Monetária decidiu nesta quarta-feira manter a taxa básica de juros em "
              "14,25% ao ano.",
              "Economistas avaliam que o ciclo de cortes só deve começar no segundo semestre."]


ITALIAN = ["Il tasso di disoccupazione in Italia è sceso al 5,9% a gennaio, il livello più basso dal 2007.",
           "Il numero degli occupati è cresciuto di 45 mila unità rispetto a dicembre."]

@pytest.mark.parametrize(("under", "author"), [
    # a byline over its date's line, its place after a dash: no author, and "Por Mariana Costa — BrasíliaPublicado
    # em ..." was a body paragraph
    ('<p class="meta">Por Mariana Costa — Brasília<br>Publicado em 05/03/2026 às 18h42</p>', "Mariana Costa"),
    # a name alone in the element marked as the author's
    ('<p class="autor">Joana Ferreira</p>', "Joana Ferreira"),
])
def test_a_portuguese_byline_names_the_author_and_is_no_paragraph(under: str, author: str) -> None:
    article = read_articles(page("pt-BR", "Selic", under, PORTUGUESE), "html", ReadOptions()).articles[0]
    assert article.authors == (author,)
    assert article.text.split("\n\n") == ["Selic", *PORTUGUESE]


def test_an_italian_byline_in_lower_case_names_the_author() -> None:
    under = '<p class="firma">di Giulia Romano</p>'
    article = read_articles(page("it", "Istat", under, ITALIAN), "html", ReadOptions()).articles[0]
    assert article.authors == ("Giulia Romano",)
    assert article.text.split("\n\n") == ["Istat", *ITALIAN]


def test_two_names_in_the_authors_element_are_two_authors() -> None:
    under = '<p class="autore">di Marco Bianchi e Laura Neri</p>'
    article = read_articles(page("it", "Istat", under, ITALIAN), "html", ReadOptions()).articles[0]
    assert article.authors == ("Marco Bianchi", "Laura Neri")
    assert article.text.split("\n\n") == ["Istat", *ITALIAN]
