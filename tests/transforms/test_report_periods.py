"""The time axis's title when most articles have no publication date: what it counts, said without contradiction."""

from __future__ import annotations

from datetime import date

from transforms.report.periods import date_title, one_period_note


def test_a_chart_of_ingestion_days_says_it_counts_all_the_articles_and_why() -> None:
    # agnews-dev: "day ingested (every article: 3,799 of 3,800 have no publication date)" read as if every article
    # had none; the chart counts all 3,800 by the day they were ingested because 3,799 have none.
    title = date_title({"published": 1, "ingested": 3799}, "day", "ingested")
    assert title == "day ingested (all 3,800 articles, as 3,799 have no publication date)"
    note = one_period_note({"grain": "day", "left_out": 0, "rows": [{"period": date(2026, 12, 7)}]}, title)
    assert note is not None and note.startswith("Labelled paragraphs per day ingested (all 3,800 articles, as 3,799")


def test_a_chart_of_publication_days_still_says_whom_it_leaves_out() -> None:
    assert date_title({"published": 3, "ingested": 1}, "month") == (
        "month published (1 article without a publication date left out)")
    assert date_title({"ingested": 4}, "week", "ingested") == "week ingested (publication date unknown)"
