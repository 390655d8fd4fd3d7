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


def _record_texts(notice: str) -> dict[str, str]:
    """The text each records format reads of one story whose text field ends with a notice."""
    import csv
    import io
    import json

    text = "\n\n".join([*STORY, notice])
    record = {"id": "p1", "title": "Parking charges to rise", "date": "2024-03-05", "text": text}
    table = io.StringIO()
    writer = csv.DictWriter(table, list(record), lineterminator="\r\n")
    writer.writeheader()
    writer.writerow(record)
    item = "".join(f"<p>{p}</p>" for p in [*STORY, notice])
    feed = ('<rss version="2.0"><channel><title>Ledger</title><item><title>Parking charges to rise</title>'
            f"<guid>p1</guid><description><![CDATA[{item}]]></description></item></channel></rss>")
    inputs = {"jsonl": json.dumps(record), "json": json.dumps({"articles": [record]}), "csv": table.getvalue(),
              "feed": feed}
    return {fmt: read_articles(data.encode(), fmt, ReadOptions()).articles[0].text for fmt, data in inputs.items()}


@pytest.mark.parametrize("notice", ["Subscribe to continue reading", "This article is for subscribers only.",
                                    "Already a subscriber? Log in", "Dieser Artikel ist nur für Abonnenten verfügbar."])
def test_a_records_text_field_loses_its_paywall_notice(notice: str) -> None:
    # JSON, JSON Lines and CSV exports and feeds carry the notice their exporter scraped, as a page does
    for fmt, text in _record_texts(notice).items():
        assert notice not in text, fmt
        assert text.endswith(STORY[-1]), fmt


def test_a_records_sentence_that_speaks_of_a_notice_stays() -> None:
    notice = "Subscribers only pay half the new parking fee, the council said."
    for fmt, text in _record_texts(notice).items():
        assert text.endswith(notice), fmt


def _records_of_a_paywall_alone(notice: str) -> dict[str, tuple[list[str], list[tuple[int, str]]]]:
    """What each records format reads of two records, the first's text nothing but a notice: its articles' texts
    and its bad records (number, reason)."""
    import csv
    import io
    import json

    records = [{"id": "p1", "title": "Parking charges to rise", "text": notice},
               {"id": "p2", "title": "Bus lanes approved", "text": "\n\n".join(STORY)}]
    table = io.StringIO()
    writer = csv.DictWriter(table, list(records[0]), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(records)
    inputs = {"jsonl": "\n".join(json.dumps(r) for r in records), "json": json.dumps({"articles": records}),
              "csv": table.getvalue()}
    read = {fmt: read_articles(data.encode(), fmt, ReadOptions()) for fmt, data in inputs.items()}
    return {fmt: ([a.text for a in r.articles], [(b.record, b.reason) for b in r.bad]) for fmt, r in read.items()}


@pytest.mark.parametrize("notice", ["Subscribe to continue reading", "Cet article est réservé aux abonnés."])
def test_a_record_whose_text_is_only_a_paywall_notice_is_a_bad_record_not_an_article(notice: str) -> None:
    # it was read as an article of one paragraph, the notice, which the themes and the tone then read
    for fmt, (texts, bad) in _records_of_a_paywall_alone(notice).items():
        assert bad == [(1, "no_text")], fmt
        assert len(texts) == 1 and STORY[0] in texts[0] and notice not in texts[0], fmt
