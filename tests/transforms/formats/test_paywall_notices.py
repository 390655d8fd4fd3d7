"""A paywall's notice left in a page's article ("Subscribe to continue reading") is no paragraph of it."""

from __future__ import annotations

import pytest

from transforms.formats import ReadOptions, read_articles

STORY = [
    "The council voted on Tuesday to raise parking charges in the town centre for the first time in eight years, "
    "citing rising maintenance costs.",
    "Shop owners said the increase would drive customers to out-of-town retail parks, while the council argued the "
    "money would fund new bus lanes.",
]


def body(notices: list[str]) -> str:
    page = ("<html><head><title>Parking charges to rise</title></head><body><article><h1>Parking charges to rise</h1>"
            + "".join(f"<p>{p}</p>" for p in STORY + notices) + "</article></body></html>")
    [article] = read_articles(page.encode(), "html", ReadOptions()).articles
    return article.text


@pytest.mark.parametrize(
    "notice",
    [
        "Subscribe to continue reading",
        "Subscribers only",
        "This article is for subscribers only.",
        "Already a subscriber? Log in",
        "🔒 To continue reading, please subscribe. Plans from £1 a week.",
        "Dieser Artikel ist nur für Abonnenten verfügbar.",
        "Cet article est réservé aux abonnés.",
        "Il vous reste 68% de cet article à lire.",
        "Suscríbete para seguir leyendo",
        "Este contenido es exclusivo para suscriptores.",
        "Assine para continuar lendo",
        "Questo articolo è riservato agli abbonati.",
        "Dit artikel is alleen voor abonnees.",
    ],
)
def test_a_paywall_notice_is_no_paragraph(notice: str) -> None:
    text = body([notice])
    assert notice not in text
    assert all(paragraph in text for paragraph in STORY)


@pytest.mark.parametrize(
    "sentence",
    [
        # the article's own sentences that speak of a paywall stay
        "Readers who met a 'subscribe to continue reading' notice mostly left, the study found.",
        "Subscribers only pay half the price of a day ticket, the council said.",
    ],
)
def test_a_sentence_about_a_paywall_stays(sentence: str) -> None:
    assert sentence in body([sentence])
