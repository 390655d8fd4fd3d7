"""Amounts round 38: a rand's hyphenated scale, Latin America's currencies by their plural word, a conjunction after
an amount, a magnitude written before its number and a judgment's bracketed paragraph number."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.amount_rows import found
from transforms.enrichments import amounts
from transforms.enrichments.batch import ParagraphBatch


@pytest.mark.parametrize(("text", "expected"), [
    ("The government approved a R2.4-billion project in Durban.", (2.4e9, "ZAR", "project")),
    ("Eskom secured a R1.2-billion loan from the bank.", (1.2e9, "ZAR", "loan")),
    ("Lagos approved a N5-billion road plan.", (5e9, "NGN", "plan")),
    ("The council won a $3-million grant for roads.", (3e6, "USD", "grant")),
])
def test_a_letter_currencys_scale_hyphenated_before_its_noun_is_the_sum(
        text: str, expected: tuple[float, str, str]) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize("text", ["The R21 highway was closed.", "He owns an R2-D2 toy."])
def test_a_roads_or_a_models_letter_and_number_stay_no_sum(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "code"), [
    ("The government borrowed 45 million bolivianos.", "BOB"),
    ("The fine was 3,000 soles.", "PEN"),
    ("Farmers were paid 200,000 guaraníes.", "PYG"),
    ("Paraguay set aside 50 billion guaranis.", "PYG"),
    ("The bank lent 5 million colones.", "CRC"),
    ("The scheme cost 80 million quetzales.", "GTQ"),
    ("The mayor spent 2 million lempiras.", "HNL"),
    ("Wages rose to 9,000 córdobas.", "NIO"),
    ("It cost 5 million Peruvian soles.", "PEN"),
    ("The bank lent 5 million Costa Rican colones.", "CRC"),
])
def test_a_currency_one_country_names_by_its_plural_is_that_countrys(text: str, code: str) -> None:
    [(_, unit, thing)] = found(text)
    assert (unit, thing) == (code, None)


@pytest.mark.parametrize(("text", "expected"), [
    ("It rose to €1.5 billion because of higher prices.", (1.5e9, "EUR", None)),
    ("Profit rose to $4 billion although costs climbed.", (4e9, "USD", None)),
    ("Growth of 7.0 percent despite high oil prices.", (7.0, "percent", None)),
    ("He scored 20 points though the team lost.", (20.0, None, "points")),
])
def test_a_conjunction_or_preposition_after_an_amount_is_no_object(
        text: str, expected: tuple[float, str | None, str | None]) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(("text", "thing"), [
    ("Magnitude 6.1 strikes off Japan.", None),
    ("Magnitude 5.8 hits Peru.", None),
    ("A magnitude 7.2 quake jolts Mexico.", "quake"),
    ("A magnitude 6.1 earthquake hit the coast.", "earthquake"),
    ("Magnitude 4 aftershocks followed.", "aftershocks"),
    ("Workers staged 6 strikes this year.", "strikes"),
])
def test_a_magnitude_before_its_number_counts_its_quake_not_its_verb(text: str, thing: str | None) -> None:
    [(_, unit, counted)] = found(text)
    assert (unit, counted) == (None, thing)


def test_a_judgments_bracketed_paragraph_number_is_no_amount_in_any_paragraph_of_a_batch() -> None:
    texts = ["[11] The respondent opposes it.", "[12] The applicant seeks R20,000 in costs.",
             "(3) The order is set aside."]
    rows = amounts.rows(ParagraphBatch(texts, ["p1", "p2", "p3"], ["a"] * 3))
    assert list(zip(rows["paragraph_id"], rows["value"], rows["unit"], strict=True)) == [("p2", 20000.0, "ZAR")]


@pytest.mark.parametrize(("text", "value"), [
    ("12 people were hurt.", 12.0),
    ("The court cited paragraph [12] of the ruling, and 12 people.", 12.0),
])
def test_a_number_not_opening_its_paragraph_in_brackets_stays_an_amount(text: str, value: float) -> None:
    assert value in [v for v, _, _ in found(text)]
