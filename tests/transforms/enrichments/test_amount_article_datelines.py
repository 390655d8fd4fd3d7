"""A currency read from the article's dateline: a later paragraph's bare "$" or "Rs" in a story datelined in a dollar
or rupee country's city is that country's ("LAHORE: ..." then "a fine of Rs500,000" is in Pakistani rupees), and
the letters read before South Asia's scale words ("Tk 50 crore") and a charge's noun ("a N500 daily levy")."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.amount_rows import found
from transforms.enrichments import amounts
from transforms.enrichments.batch import ParagraphBatch


def _last_units(paragraphs: list[str], articles: list[str] | None = None) -> list[str | None]:
    """Return the units of the amounts in the last paragraph of the batch (one article unless `articles`)."""
    ids = [f"p{n}" for n in range(len(paragraphs))]
    rows = amounts.rows(ParagraphBatch(paragraphs, ids, articles or ["a"] * len(paragraphs)))
    return [unit for paragraph, unit in zip(rows["paragraph_id"], rows["unit"], strict=True) if paragraph == ids[-1]]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["LAHORE: The Punjab environment department has started a crackdown on brick kilns.",
          "The department imposed a fine of Rs500,000 on every kiln found violating the rules."], ["PKR"]),
        (["COLOMBO, Dec 7 (Reuters) - The cabinet approved the budget.", "Schools get Rs 3 billion."], ["LKR"]),
        (["KATHMANDU - The government raised fuel prices.", "Petrol will cost 180 rupees a litre."], ["NPR"]),
        (["CALGARY - Rents have fallen across the city this spring.",
          "The average one-bedroom fell 4.2 per cent over the year to $1,950 a month."], ["percent", "CAD"]),
    ],
)
def test_a_later_paragraph_reads_its_articles_dateline(paragraphs: list[str], expected: list) -> None:
    assert _last_units(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, articles, expected",
    [
        (["The ministry met on Monday.", "It approved Rs 500 crore."], None, ["INR"]),  # no dateline: India's
        (["LAHORE: The cabinet met.", "India will spend Rs 500 crore, Delhi said."], None, ["INR"]),  # one named
        (["LAHORE: The cabinet met.", "It approved Rs 500 crore."], ["a", "b"], ["INR"]),  # another article's
        (["TORONTO (Reuters) - Enbridge reported results.", "It will pay $613 million."], None, ["USD"]),  # a wire's
        (["OTTAWA -- The budget is out.", "It costs $2.6 billion US."], None, ["USD"]),  # marked US
        (["Rents in Calgary rose this year.", "They reached $1,950 a month."], None, ["USD"]),  # a city, no dateline
    ],
)
def test_no_dateline_of_its_article_no_local_currency(paragraphs: list[str], articles: list[str] | None,
                                                      expected: list) -> None:
    assert _last_units(paragraphs, articles) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tk 50 crore will go to the schools.", [(5e8, "BDT")]),
        ("The bank lent Tk 3 lakh to each farmer.", [(3e5, "BDT")]),
        ("The government set aside Rs 3m in Colombo for schools.", [(3e6, "LKR")]),  # no race's metres after "Rs"
        # a charge's noun after a naira's or a rand's bare number (it was no amount)
        ("Lagos State announced a new N500 daily levy on commercial buses.", [(500, "NGN")]),
        ("Parents pay the R150 fee each term.", [(150, "ZAR")]),
    ],
)
def test_letters_before_their_scales_and_charges(text: str, expected: list) -> None:
    assert [(value, unit) for value, unit, _ in found(text)] == expected



@pytest.mark.parametrize("text", ["Trucks use the N3 toll road.", "The N95 masks sold out.", "Tcl/Tk 8 shipped.",
                                  "He drove the R21 to the airport."])
def test_letters_that_name_roads_and_models(text: str) -> None:
    assert all(unit not in ("NGN", "ZAR", "BDT") for _, unit, _ in found(text))


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a headline (and a standfirst) before the dateline: the article's dateline is the first of its first three
        # paragraphs' (it read the headline alone, USD)
        (["Rents fall in Calgary", "CALGARY - Rents have fallen across the city.",
          "The average one-bedroom rents for $1,950 a month."], ["CAD"]),
        (["Budget day", "A surplus at last", "WELLINGTON - The government posted a surplus.",
          "It totals $3.2 billion."], ["NZD"]),
        (["Kilns shut", "LAHORE: The department acted.", "It imposed fines of Rs500,000."], ["PKR"]),
        # a world commodity's price by the barrel or the ounce is in US dollars whatever the dateline (it was CAD, AUD)
        (["CALGARY - Oil rose.", "Oil rose to $80 a barrel."], ["USD"]),
        (["SYDNEY - Gold rallied.", "Gold hit $2,000 an ounce."], ["USD"]),
        (["MELBOURNE - Miners rallied.", "Gold rose to $2,300/oz overnight."], ["USD"]),
    ],
)
def test_the_articles_dateline_after_its_headline_and_world_prices(paragraphs: list[str], expected: list) -> None:
    assert _last_units(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a dateline past the article's first three paragraphs is not the article's
        (["Rents fall in Calgary", "Tenants say so.", "Landlords cut deals.", "CALGARY - later.", "It is $1,950."],
         ["USD"]),
        (["CALGARY - Rents fell.", "Rents fell to $1,950 a month."], ["CAD"]),  # a month's rent: no world price
        (["CALGARY - Carbon prices rise.", "The carbon tax rises to $65 a tonne."], ["CAD"]),  # a tonne's levy
    ],
)
def test_no_dateline_past_the_lead_and_local_prices_stay_local(paragraphs: list[str], expected: list) -> None:
    assert _last_units(paragraphs) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The town council of Taupo spent $2m.", [(2e6, "NZD")]),  # the council's town after "of"
        ("The district council of Toowoomba will spend $5m.", [(5e6, "AUD")]),
        ("The Council of Europe fined Russia $5m.", [(5e6, "USD")]),  # no town
        ("The council of Hamilton spent $2m.", [(2e6, "USD")]),  # a town of several dollar countries
        ("The reservoir holds 2 km³ of water.", [(2, "km³")]),  # a volume (it was no unit)
        ("The lake lost 40 cubic kilometres of water.", [(40, "km³")]),
    ],
)
def test_a_councils_town_after_of_and_cubic_kilometres(text: str, expected: list) -> None:
    assert [(value, unit) for value, unit, _ in found(text)] == expected
