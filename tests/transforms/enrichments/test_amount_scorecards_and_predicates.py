"""Amounts of scorecards and leaderboards (a bracket's second figure) and of a share said of something."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.amount_rows import found


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bracket's one or two digits after a player's or a side's number is the scorecard's second figure
        ("Ind 5 (0) and Pak 2 (1) after the rain delay of 45 minutes.", [(5, None, None), (45, None, "minutes")]),
        ("Leaderboard: Fleetwood -9 (F), Rahm -8 (16), Lowry -5 (14).",
         [(-9, None, None), (-8, None, None), (-5, None, None)]),
        # ... not a change's signed figure, a year's or an index's longer one, nor money in brackets
        ("Lab 45 (+6), Con 12 (-4) after the count.", [(45, None, None), (6, None, None), (12, None, None),
                                                       (-4, None, None)]),
        ("FTSE 100 8,120 (8,050) at the close.", [(8120, None, None), (8050, None, None)]),
        ("Tickets cost $45 (£35) each.", [(45, "USD", None), (35, "GBP", None)]),
        # a share said of something, an adjective and then a preposition or the clause's end, counts nothing
        ("The new vaccine was 78% effective in people over 65.", [(78, "percent", None)]),
        ("Tests were 95% accurate in children under five.", [(95, "percent", None)]),
        ("The grid will be 100% renewable by 2035.", [(100, "percent", None)]),
        ("Dogs were 95% reliable.", [(95, "percent", None)]),
        # ... before its noun the adjective is read past, and a noun of such an ending is what the amount is of
        ("A 90% effective vaccine could save 40,000 lives a year.", [(90, "percent", "vaccine"),
                                                                    (40000, None, "lives")]),
        ("They found 20kg of explosive in the van.", [(20, "kg", "explosive")]),
        ("The ministry offered a $2m incentive for builders.", [(2e6, "USD", "incentive")]),
        ("The mix is 90% water.", [(90, "percent", "water")]),
    ],
)
def test_scorecards_and_predicates(text: str, expected: list[tuple[float, str | None, str | None]]) -> None:
    assert [(pytest.approx(v), u, o) for v, u, o in expected] == found(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # an article or a possessive before the amount opens a noun phrase: its noun, whatever its ending, before
        # a preposition too
        ("The charity launched a $10m drive to recruit nurses.", [(10e6, "USD", "drive")]),
        ("The £5m archive in Leeds opens in May.", [(5e6, "GBP", "archive")]),
        # ... and a predicate's adjective before "about", or of an ending the rule did not list, counts nothing
        ("Voters were 50% positive about the plan.", [(50, "percent", None)]),
        ("Solar cells are now 22% efficient in the lab.", [(22, "percent", None)]),
    ],
)
def test_a_noun_phrases_noun_is_counted_and_a_predicates_adjective_is_not(
        text: str, expected: list[tuple[float, str | None, str | None]]) -> None:
    assert [(pytest.approx(v), u, o) for v, u, o in expected] == found(text)


@pytest.mark.parametrize(
    "text, figures",
    [
        # a report's comparison figure in brackets, a scale or a unit after it, is last year's amount, no score
        # (after a currency's amount both are its millions: "EUR 45 (38) million" is 45 and 38 million euros)
        ("Operating profit was EUR 45 (38) million in the quarter.", (45e6, 38e6)),
        ("The operating margin was 12 (9) per cent.", (12, 9)),
        ("Sales rose 8 (5)% in the Nordic region.", (8, 5)),
    ],
)
def test_a_bracketed_comparison_figure_before_its_scale_is_an_amount(text: str, figures: tuple[float, float]) -> None:
    assert [v for v, _, _ in found(text)] == [pytest.approx(f) for f in figures]
