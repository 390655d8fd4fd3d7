"""A text file dated by its first paragraph's lead where the lead's shape is a dateline's."""

from __future__ import annotations

import pytest

from transforms.formats import ReadOptions, read_articles


def _day(text: str) -> str | None:
    [article] = read_articles(text.encode(), "txt", ReadOptions()).articles
    return article.published_at.date().isoformat() if article.published_at else None


@pytest.mark.parametrize(
    ("lead", "day"),
    [
        ("Reykjavik (AFP) - Nov 5, 2026 - A volcano erupted again on Iceland's Reykjanes peninsula on Thursday.",
         "2026-11-05"),
        ("Rio de Janeiro (AP) – Feb 2, 2026 – Heavy rain flooded parts of the city on Monday.", "2026-02-02"),
        ("18. Februar 2026 – Die Gewerkschaft Deutscher Lokomotivführer hat am Mittwoch einen Streik begonnen.",
         "2026-02-18"),
        ("3 février 2026 – Le gouvernement a annoncé mardi un nouveau plan pour les hôpitaux.", "2026-02-03"),
    ],
)
def test_a_lead_dateline_dates_the_text_and_stays_its_paragraph(lead: str, day: str) -> None:
    text = f"Headline of the story\n\nVon Markus Balser, Berlin\n\n{lead}\n"
    assert _day(text) == day
    [article] = read_articles(text.encode(), "txt", ReadOptions()).articles
    assert lead in article.text


@pytest.mark.parametrize(
    "text",
    [
        # the day is the sentence's subject, no dash after it
        "Cold snap\n\n18. Februar 2026 war der kälteste Tag des Jahres in ganz Bayern, sagte der Wetterdienst.",
        # the day inside the sentence, after the agency's dash
        "Volcano\n\nReykjavik (AFP) - A volcano erupted on Nov 5, 2026, the Met Office said on Thursday.",
        # no year: not guessed
        "Volcano\n\nReykjavik (AFP) - Nov 5 - A volcano erupted again on the peninsula on Thursday.",
        # no agency's brackets: words in brackets in lower case
        "Volcano\n\nIceland's volcano (pictured) - Nov 5, 2026 - erupted again on the peninsula on Thursday.",
        # under a first sentence a day and a dash open a diary's entry as often as a lead
        "Council\n\nThe council met on Monday and voted for the plan after a long debate in the chamber.\n\n"
        "5 March 2026 - The council voted again.",
        # a headline that opens with a day: no sentence after its dash
        "5 March 2026 – Budget day\n\nThe chancellor rose at noon to present the budget to MPs.",
    ],
)
def test_a_day_that_is_no_dateline_leaves_the_text_undated(text: str) -> None:
    assert _day(text) is None


@pytest.mark.parametrize(("lead", "day"), [
    ("Paris, 4 mars 2026 (AFP) - Les cheminots ont reconduit mercredi leur mouvement de grève.", "2026-03-04"),
    ("Madrid, 3 de marzo de 2026 (EFE).- El Gobierno aprobó hoy el plan de vivienda.", "2026-03-03"),
])
def test_a_place_and_its_day_before_the_agency_date_the_text(lead: str, day: str) -> None:
    [article] = read_articles(f"La grève continue\n\n{lead}\n\nLe trafic reste perturbé.\n".encode(), "txt",
                              ReadOptions()).articles
    assert article.published_at is not None and article.published_at.date().isoformat() == day


def test_a_day_between_a_place_and_no_agency_dates_nothing() -> None:
    lead = "Paris, 4 mars 2026 (photo) - Les cheminots ont reconduit mercredi leur mouvement de grève."
    [article] = read_articles(f"La grève continue\n\n{lead}\n".encode(), "txt", ReadOptions()).articles
    assert article.published_at is None


@pytest.mark.parametrize(("lead", "day"), [
    ("Berlin, 5. März 2026 (dpa) - Die Lokführer streiken ab Montag erneut im Fernverkehr.", "2026-03-05"),
    ("Hamburg, 6. März 2026 (dpa/lno) - Der Hafen meldet einen Rückgang beim Umschlag.", "2026-03-06"),
    ("Wien, 7. März 2026 (apa) - Die Regierung hat das Budget im Nationalrat vorgelegt.", "2026-03-07"),
    ("Frankfurt/Main, 12. Januar 2026 (dpa-AFX) - Die Aktie des Chipkonzerns ist kräftig gestiegen.", "2026-01-12"),
])
def test_an_agency_that_writes_its_name_in_lower_case_dates_the_text(lead: str, day: str) -> None:
    [article] = read_articles(f"Streik bei der Bahn\n\n{lead}\n\nReisende müssen umplanen.\n".encode(), "txt",
                              ReadOptions()).articles
    assert article.published_at is not None and article.published_at.date().isoformat() == day


def test_a_lower_case_word_in_brackets_after_a_day_is_no_agency() -> None:
    lead = "Berlin, 5. März 2026 (ohne Gewähr) - Die Lottozahlen vom Mittwoch lauten wie folgt."
    [article] = read_articles(f"Lottozahlen\n\n{lead}\n".encode(), "txt", ReadOptions()).articles
    assert article.published_at is None
