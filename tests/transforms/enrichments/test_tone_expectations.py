"""A move measured against what was expected of it (transforms/enrichments/tone_expectations.py)."""

from __future__ import annotations

import pytest

from transforms.enrichments import tone
from transforms.enrichments.batch import ParagraphBatch


def tone_of(text: str) -> float:
    return tone.rows(ParagraphBatch([text], ["p"], ["a"]))["tone"][0]


@pytest.mark.parametrize("text", ["Retail sales fell less than economists had feared in January.",
                                  "Profits dropped less than expected.",
                                  "Unemployment rose by less than forecast."])
def test_a_bad_move_less_than_expected_reads_good(text: str) -> None:
    assert tone_of(text) > 0


@pytest.mark.parametrize("text", ["Profits rose, but far less than analysts had expected.",
                                  "Exports rose less than the government had hoped.",
                                  "Inflation fell less than expected in March."])
def test_a_good_move_less_than_expected_reads_bad(text: str) -> None:
    assert tone_of(text) < 0


@pytest.mark.parametrize("text", ["Sales fell less than 1% in May.", "Sales fell more than expected.",
                                  # "shrank" with no quantity before it ("economy" is one: `tone_moves`)
                                  "The market for games shrank less than feared in the third quarter.",
                                  "Profits were worse than feared."])
def test_a_move_less_than_a_number_or_more_than_expected_and_a_fear_with_no_move_stay_bad(text: str) -> None:
    assert tone_of(text) < 0


@pytest.mark.parametrize("text", ["Sales rose by less than 1%, as expected.",
                                  "Unemployment fell to less than 5%, as forecast.",
                                  "Sales rose by no less than analysts had forecast."])
def test_a_move_to_less_than_a_number_as_expected_or_no_less_than_forecast_keeps_its_sign(text: str) -> None:
    # the expectation is another clause's ("as expected") or the move's at least ("no less than"): no shortfall
    assert tone_of(text) > 0


@pytest.mark.parametrize("text", ["The Australian economy grew just 0.1% in the quarter.",
                                  "Profits rose only 1% last year.", "Sales rose only slightly in March.",
                                  "Exports grew by a mere 0.2%.", "Unemployment fell by only 0.1%."])
def test_a_move_by_just_or_only_so_much_fell_short_and_reads_the_other_way(text: str) -> None:
    assert tone_of(text) < 0


@pytest.mark.parametrize("text", ["Shares fell just 1% despite the warning.", "Sales rose just as costs rose."])
def test_a_fall_by_little_is_a_relief_and_just_before_no_size_keeps_the_move(text: str) -> None:
    assert tone_of(text) > 0  # "rose just as" says no size


@pytest.mark.parametrize("text, sign", [("Hospital admissions for flu were lower than feared this winter.", 1),
                                        ("Deaths were lower than feared.", 1), ("Sales were lower than hoped.", -1),
                                        ("Unemployment was higher than feared.", -1)])
def test_a_comparative_moves_than_feared_or_hoped_says_what_was_expected_no_feeling(text: str, sign: int) -> None:
    assert tone_of(text) * sign > 0  # the move says the news; "feared" read the flu's lower admissions as bad


@pytest.mark.parametrize("text, sign", [("Unemployment rose by just over 100,000 in the quarter.", -1),
                                        ("Crime fell by just under 10% last year.", 1),
                                        ("Inflation rose by just under 6% in the year to December.", -1),
                                        ("Unemployment rose just over 1% in the year.", -1)])
def test_a_move_by_just_over_or_just_under_so_much_is_an_approximate_size_and_keeps_its_sign(text: str,
                                                                                             sign: int) -> None:
    # "just over 100,000" is a little more than 100,000, no "merely": read as a move that fell short, the other way
    assert tone_of(text) * sign > 0


@pytest.mark.parametrize("text", ["The economy grew by only about 0.5% last year.", "Exports rose merely around 1%."])
def test_a_move_by_only_about_so_much_fell_short(text: str) -> None:
    assert tone_of(text) < 0
